import datetime

import pytest

from django.utils import timezone

from coaching.factories import (
    CoachAssignmentFactory,
    CoachingSessionFactory,
    OrganisationEditorialLineFactory,
)
from coaching.models import CoachPrivateNote
from coaching.services import editorial_line_get_or_create, editorial_line_save_draft

PRIVATE_NOTE = "Semble manquer de confiance face à son manager"


@pytest.fixture
def organisation_line(organisation):
    return OrganisationEditorialLineFactory(organisation=organisation)


@pytest.fixture
def assignment(coach, ambassador):
    return CoachAssignmentFactory(coach=coach, ambassador=ambassador)


@pytest.fixture
def session_with_private_note(assignment):
    session = CoachingSessionFactory(
        coach=assignment.coach,
        ambassador=assignment.ambassador,
        starts_at=timezone.now() + datetime.timedelta(days=2),
        shared_notes="Notes partagées : bonne énergie",
    )
    CoachPrivateNote.objects.create(session=session, author=assignment.coach, text=PRIVATE_NOTE)
    return session


def complete_line_data():
    return {
        "positioning": "Ingénieure maintenance, je parle de fiabilité industrielle.",
        "target_audiences": "Responsables de production, jeunes ingénieurs",
        "mix_others": 4,
        "mix_reshare": 1,
        "mix_own": 1,
        "formats": "Carrousels, retours d'expérience",
        "networks": ["linkedin"],
        "rhythm": "Un post par semaine",
        "tone": "Concret, bienveillant",
        "excluded_topics": "Politique, résultats financiers",
    }


@pytest.fixture
def complete_line(ambassador, organisation_line, assignment):
    """A draft line of `ambassador` that can be submitted."""
    line = editorial_line_get_or_create(ambassador=ambassador)
    pillar_ids = list(organisation_line.pillars.values_list("pk", flat=True))
    pillars = [(f"Mon pilier {n}", pk) for n, pk in enumerate(pillar_ids, start=1)]
    return editorial_line_save_draft(line=line, data=complete_line_data(), pillars=pillars)
