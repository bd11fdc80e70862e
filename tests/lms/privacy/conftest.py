import datetime

import pytest

from django.utils import timezone

from charter.factories import CharterFactory
from charter.services import charter_sign, participation_rejoin, participation_withdraw
from coaching.factories import (
    ActionItemFactory,
    CoachAssignmentFactory,
    CoachFactory,
    CoachingSessionFactory,
    DraftPostFactory,
    OrganisationEditorialLineFactory,
)
from coaching.models import CoachPrivateNote, DraftComment
from coaching.services import (
    editorial_line_get_or_create,
    editorial_line_save_draft,
    editorial_line_submit,
)
from courses.cohorts.factories import CohortFactory, CohortSessionFactory, EnrolmentFactory
from courses.models import (
    Attendance,
    LessonCompletion,
    ReflectionAnswer,
    SessionFeedback,
)
from courses.quizzes.factories import FreeTextQuestionFactory, QuizFactory
from courses.quizzes.services import quiz_attempt_start, quiz_attempt_submit
from lms.factories import AmbassadorFactory
from lms.models import HomePage
from tests.courses.conftest import programme_build

PRIVATE_NOTE = "Note privée : semble fatiguée, à surveiller"


@pytest.fixture
def person(organisation):
    return AmbassadorFactory(
        organisation=organisation,
        first_name="Ada",
        last_name="Lovelace",
        email="ada@acme.example",
    )


@pytest.fixture
def full_record(site, person, organisation, trainer):
    """`person` has done a bit of everything the site records."""
    version = CharterFactory(organisation=organisation, published=True).versions.get()
    signature = charter_sign(
        user=person,
        version=version,
        full_name="Ada Lovelace",
        acknowledged_sections=version.section_keys,
        language="fr",
        ip_address="10.9.8.7",
        user_agent="Firefox",
    )
    participation_withdraw(user=person, reason="Surcharge de travail")
    participation_rejoin(user=person)

    programme = programme_build(HomePage.objects.get(locale__language_code="fr"))
    cohort = CohortFactory(organisation=organisation, programme=programme, trainers=[trainer])
    EnrolmentFactory(cohort=cohort, user=person)
    cohort_session = CohortSessionFactory(
        cohort=cohort,
        session=programme.sessions.get(number=1),
        date=timezone.localdate() - datetime.timedelta(days=1),
    )
    Attendance.objects.create(cohort_session=cohort_session, user=person, status="present")
    SessionFeedback.objects.create(
        cohort_session=cohort_session, user=person, rating=4, comment="Très concret"
    )
    lesson = programme.sessions.get(number=1).lessons[0]
    LessonCompletion.objects.create(user=person, lesson_key=lesson.translation_key)
    ReflectionAnswer.objects.create(
        user=person, lesson_key=lesson.translation_key, block_id="b1", answer="Mon expertise"
    )

    question = FreeTextQuestionFactory()
    attempt = quiz_attempt_start(quiz=QuizFactory(questions=[question]), user=person)
    quiz_attempt_submit(attempt=attempt, responses={question.pk: "Je demande avant de publier"})

    coach = CoachFactory()
    CoachAssignmentFactory(coach=coach, ambassador=person)
    session = CoachingSessionFactory(coach=coach, ambassador=person)
    CoachPrivateNote.objects.create(session=session, author=coach, text=PRIVATE_NOTE)
    ActionItemFactory(session=session)
    org_line = OrganisationEditorialLineFactory(organisation=organisation)
    line = editorial_line_get_or_create(ambassador=person)
    editorial_line_save_draft(
        line=line,
        data={
            "positioning": "Ingénieure fiabilité",
            "target_audiences": "Responsables de production",
            "mix_others": 4,
            "mix_reshare": 1,
            "mix_own": 1,
            "formats": "Retours d'expérience",
            "networks": ["linkedin"],
            "rhythm": "Un post par semaine",
            "tone": "Concret",
            "excluded_topics": "Politique",
        },
        pillars=[
            (f"Pilier {n}", pk)
            for n, pk in enumerate(org_line.pillars.values_list("pk", flat=True))
        ],
    )
    editorial_line_submit(line=line, user=person)
    draft = DraftPostFactory(author=person, text="Mon premier brouillon sur la maintenance")
    DraftComment.objects.create(draft=draft, author=coach, text="Ajoute un exemple")
    return {"signature": signature, "coach": coach, "session": session, "attempt": attempt}
