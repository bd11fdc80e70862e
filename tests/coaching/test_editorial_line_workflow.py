"""The personal editorial line: draft → submitted → changes requested → validated."""

import pytest

from django.core.exceptions import PermissionDenied, ValidationError

from coaching.factories import CoachFactory, EditorialLineFactory
from coaching.models import EditorialLineVersion, LineState
from coaching.selectors import editorial_line_validated, editorial_lines_validated, version_diff
from coaching.services import (
    TransitionNotAllowed,
    editorial_line_get_or_create,
    editorial_line_request_changes,
    editorial_line_save_draft,
    editorial_line_submit,
    editorial_line_validate,
)
from lms.factories import AmbassadorFactory

pytestmark = pytest.mark.django_db


def test_a_partial_draft_can_be_saved(ambassador, organisation_line):
    line = editorial_line_get_or_create(ambassador=ambassador)
    editorial_line_save_draft(line=line, data={"positioning": "Je parle achats."}, pillars=[])
    line.refresh_from_db()
    assert line.positioning == "Je parle achats."
    assert line.state == LineState.DRAFT


def test_an_incomplete_line_cannot_be_submitted(ambassador, organisation_line):
    line = editorial_line_get_or_create(ambassador=ambassador)
    editorial_line_save_draft(line=line, data={"positioning": "Je parle achats."}, pillars=[])
    with pytest.raises(ValidationError) as error:
        editorial_line_submit(line=line, user=ambassador)
    assert "pillars" in error.value.message_dict
    assert "tone" in error.value.message_dict
    line.refresh_from_db()
    assert line.state == LineState.DRAFT
    assert not line.versions.exists()


def test_submitting_needs_three_to_five_pillars(complete_line, ambassador):
    editorial_line_save_draft(line=complete_line, data={}, pillars=[("Un", None), ("", None)])
    complete_line.pillars.filter(position=3).update(name="")
    with pytest.raises(ValidationError) as error:
        editorial_line_submit(line=complete_line, user=ambassador)
    assert "trois à cinq piliers" in str(error.value.message_dict["pillars"])


def test_submit_keeps_a_snapshot_and_locks_the_line(complete_line, ambassador):
    version = editorial_line_submit(line=complete_line, user=ambassador)
    assert version.number == 1
    assert version.snapshot["content_mix"] == [4, 1, 1]
    assert [p["name"] for p in version.snapshot["pillars"]] == [
        "Mon pilier 1",
        "Mon pilier 2",
        "Mon pilier 3",
    ]
    complete_line.refresh_from_db()
    assert complete_line.state == LineState.SUBMITTED
    with pytest.raises(TransitionNotAllowed):
        editorial_line_save_draft(line=complete_line, data={"tone": "Autre"}, pillars=[])


def test_full_cycle_keeps_every_version_and_diffs_them(complete_line, ambassador, coach):
    editorial_line_submit(line=complete_line, user=ambassador)
    editorial_line_request_changes(line=complete_line, coach=coach, comment="Précise ton ton.")
    complete_line.refresh_from_db()
    assert complete_line.state == LineState.CHANGES_REQUESTED
    assert complete_line.coach_comment == "Précise ton ton."

    editorial_line_save_draft(line=complete_line, data={"tone": "Direct et chaleureux"}, pillars=[])
    second = editorial_line_submit(line=complete_line, user=ambassador)
    editorial_line_validate(line=complete_line, coach=coach)

    first = EditorialLineVersion.objects.get(line=complete_line, number=1)
    assert first.snapshot["tone"] == "Concret, bienveillant"  # the old snapshot is untouched
    assert first.decision == LineState.CHANGES_REQUESTED
    assert first.decision_comment == "Précise ton ton."
    second.refresh_from_db()
    assert second.decision == LineState.VALIDATED
    changed = {row["field"]: row for row in version_diff(version=second) if row["changed"]}
    assert list(changed) == ["tone"]
    assert changed["tone"]["before"] == "Concret, bienveillant"
    assert changed["tone"]["after"] == "Direct et chaleureux"
    assert editorial_line_validated(user=ambassador)


def test_first_version_diff_shows_everything_as_new(complete_line, ambassador):
    version = editorial_line_submit(line=complete_line, user=ambassador)
    rows = version_diff(version=version)
    assert all(row["changed"] for row in rows)
    assert all(row["before"] == "" for row in rows)


@pytest.mark.parametrize("action", ["validate", "request_changes"])
def test_a_draft_cannot_be_decided_before_it_is_submitted(complete_line, coach, action):
    with pytest.raises(TransitionNotAllowed):
        if action == "validate":
            editorial_line_validate(line=complete_line, coach=coach)
        else:
            editorial_line_request_changes(line=complete_line, coach=coach, comment="Non")


def test_a_validated_line_cannot_be_resubmitted_nor_edited(complete_line, ambassador, coach):
    editorial_line_submit(line=complete_line, user=ambassador)
    editorial_line_validate(line=complete_line, coach=coach)
    with pytest.raises(TransitionNotAllowed):
        editorial_line_submit(line=complete_line, user=ambassador)
    with pytest.raises(TransitionNotAllowed):
        editorial_line_request_changes(line=complete_line, coach=coach, comment="Oups")
    with pytest.raises(TransitionNotAllowed):
        editorial_line_save_draft(line=complete_line, data={"tone": "x"}, pillars=[])
    assert complete_line.versions.count() == 1


def test_a_submitted_line_cannot_be_submitted_twice(complete_line, ambassador):
    editorial_line_submit(line=complete_line, user=ambassador)
    with pytest.raises(TransitionNotAllowed):
        editorial_line_submit(line=complete_line, user=ambassador)
    assert complete_line.versions.count() == 1


def test_requesting_changes_needs_a_comment(complete_line, ambassador, coach):
    editorial_line_submit(line=complete_line, user=ambassador)
    with pytest.raises(ValidationError):
        editorial_line_request_changes(line=complete_line, coach=coach, comment="  ")


def test_only_the_assigned_coach_decides(complete_line, ambassador):
    editorial_line_submit(line=complete_line, user=ambassador)
    stranger = CoachFactory()
    with pytest.raises(PermissionDenied):
        editorial_line_validate(line=complete_line, coach=stranger)
    complete_line.refresh_from_db()
    assert complete_line.state == LineState.SUBMITTED


def test_pillars_of_another_organisation_are_not_linked(complete_line, other_organisation):
    from coaching.factories import OrganisationEditorialLineFactory

    foreign = OrganisationEditorialLineFactory(organisation=other_organisation).pillars.first()
    editorial_line_save_draft(line=complete_line, data={}, pillars=[("Volé", foreign.pk)])
    assert complete_line.pillars.get(position=1).organisation_pillar_id is None


def test_validated_selector_batch_uses_one_query(django_assert_num_queries, organisation):
    validated = EditorialLineFactory(state=LineState.VALIDATED).ambassador
    submitted = EditorialLineFactory(state=LineState.SUBMITTED).ambassador
    nothing = AmbassadorFactory()
    with django_assert_num_queries(1):
        result = editorial_lines_validated(users=[validated, submitted, nothing])
    assert result == {validated.pk: True, submitted.pk: False, nothing.pk: False}
    assert not editorial_line_validated(user=submitted)


def test_coach_and_ambassador_are_emailed_at_each_step(
    complete_line, ambassador, coach, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        editorial_line_submit(line=complete_line, user=ambassador)
    (to_coach,) = mailoutbox
    assert to_coach.to == [coach.email]
    assert f"/coaching/coach/ambassadors/{ambassador.pk}/" in to_coach.body
    with django_capture_on_commit_callbacks(execute=True):
        editorial_line_request_changes(line=complete_line, coach=coach, comment="Précise ton ton.")
    to_ambassador = mailoutbox[-1]
    assert to_ambassador.to == [ambassador.email]
    assert "Précise ton ton." in to_ambassador.body
    assert "/coaching/editorial-line/" in to_ambassador.body
