"""The demo data: a realistic coaching state, the same after two runs."""

import io

import pytest

from coaching import demo
from coaching.models import (
    ActionItem,
    CoachAssignment,
    CoachingSession,
    CoachPrivateNote,
    DraftComment,
    DraftPost,
    EditorialLine,
    EditorialLineVersion,
    LineState,
    OrganisationPillar,
)
from coaching.selectors import ambassadors_coached_by, editorial_line_validated, ready_draft_count
from lms.demo import demo_people_seed

pytestmark = pytest.mark.django_db

MODELS = (
    CoachAssignment,
    CoachingSession,
    CoachPrivateNote,
    ActionItem,
    OrganisationPillar,
    EditorialLineVersion,
    DraftPost,
    DraftComment,
)


def test_demo_seed_is_idempotent_and_complete():
    seeded = demo_people_seed()
    people = seeded["people"]
    demo.demo_seed(**seeded, stdout=io.StringIO())
    counts = {model: model.objects.count() for model in MODELS}
    demo.demo_seed(**seeded, stdout=io.StringIO())
    assert counts == {model: model.objects.count() for model in MODELS}

    coached = {user.email.split("@")[0] for user in ambassadors_coached_by(coach=people["coach"])}
    assert coached == {"ambassador1", "ambassador2", "ambassador3"}
    trained = ambassadors_coached_by(coach=people["trainer"])
    assert {u.email.split("@")[0] for u in trained} == {"ambassador4", "ambassador5", "ambassador6"}
    assert editorial_line_validated(user=people["ambassador1"])
    hugo_line = EditorialLine.objects.get(ambassador=people["ambassador2"])
    assert hugo_line.state == LineState.CHANGES_REQUESTED
    assert hugo_line.coach_comment
    assert DraftPost.objects.filter(author=people["ambassador1"]).count() == 2
    assert ready_draft_count(user=people["ambassador1"]) == 1
    assert CoachPrivateNote.objects.exclude(text="").exists()
    assert OrganisationPillar.objects.count() == 4
