"""A programme with every kind of requirement, a cohort, a charter, and helpers that meet each
requirement for a person the way the other apps record it."""

import pytest

from django.utils import timezone

from charter.factories import CharterFactory, charter_signed_by
from coaching.factories import DraftPostFactory, EditorialLineFactory
from coaching.models import DraftState, LineState
from courses.cohorts.factories import CohortFactory, CohortSessionFactory, EnrolmentFactory
from courses.factories import ProgrammePageFactory, SessionPageFactory
from courses.models import Attendance, AttendanceStatus, QuizAttempt
from courses.quizzes.factories import QuizFactory
from lms.certification.models import (
    CharterSignedRequirement,
    EditorialLineValidatedRequirement,
    FinalQuizPassedRequirement,
    ProgrammeCertification,
    ReadyDraftsRequirement,
    SessionQuizzesPassedRequirement,
    SessionsAttendedRequirement,
)
from lms.factories import AmbassadorFactory


@pytest.fixture(autouse=True)
def commit_now(monkeypatch):
    """Test transactions never commit: run what waits for the commit at once (tasks are eager),
    as it runs after a real commit."""
    monkeypatch.setattr(
        "django.db.transaction.on_commit", lambda func, using=None, robust=False: func()
    )


@pytest.fixture(autouse=True)
def english():
    """The tests read the English texts (the French ones are checked where they matter)."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def client(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def programme(site):
    programme = ProgrammePageFactory(parent=site, title="Programme ambassadeurs")
    for number in range(1, 5):
        session = SessionPageFactory(parent=programme, number=number)
        QuizFactory(session=session)
    QuizFactory(programme=programme, title_fr="Quiz final")
    ProgrammeCertification.objects.create(
        programme=programme, certification_name="Ambassadeur certifié"
    )
    for position, model in enumerate(
        [
            SessionsAttendedRequirement,
            SessionQuizzesPassedRequirement,
            FinalQuizPassedRequirement,
            CharterSignedRequirement,
            EditorialLineValidatedRequirement,
        ]
    ):
        model.objects.create(programme=programme, position=position)
    ReadyDraftsRequirement.objects.create(programme=programme, position=9, minimum=2)
    return programme


@pytest.fixture
def charter(organisation):
    return CharterFactory(organisation=organisation, published=True)


@pytest.fixture
def cohort(organisation, programme, trainer):
    trainer.first_name, trainer.last_name = "Claire", "Formatrice"
    trainer.save()
    cohort = CohortFactory(organisation=organisation, programme=programme, trainers=[trainer])
    for session in programme.get_children().specific():
        CohortSessionFactory(cohort=cohort, session=session)
    return cohort


def seat(cohort, **fields):
    fields.setdefault("first_name", "Léa")
    fields.setdefault("last_name", "Garnier")
    user = AmbassadorFactory(organisation=cohort.organisation, **fields)
    EnrolmentFactory(cohort=cohort, user=user)
    return user


@pytest.fixture
def learner(cohort, charter):
    return seat(cohort, email="lea@acme.example")


def attend(user, cohort, numbers=(1, 2, 3, 4)):
    for cohort_session in cohort.sessions.filter(number__in=numbers):
        Attendance.objects.update_or_create(
            cohort_session=cohort_session,
            user=user,
            defaults={"status": AttendanceStatus.PRESENT},
        )


def pass_quiz(user, quiz, *, passed=True, when=None):
    when = when or timezone.now()
    number = QuizAttempt.objects.filter(user=user, quiz=quiz).count() + 1
    return QuizAttempt.objects.create(
        user=user,
        quiz=quiz,
        number=number,
        state="graded",
        started_at=when,
        submitted_at=when,
        graded_at=when,
        score=100 if passed else 10,
        passed=passed,
    )


def session_quizzes(programme):
    from courses.quizzes.selectors import quizzes_for_programme

    return [q for q in quizzes_for_programme(programme=programme) if q.session_id]


def final_quiz(programme):
    from courses.quizzes.selectors import final_quiz_for_programme

    return final_quiz_for_programme(programme=programme)


def validate_line(user):
    return EditorialLineFactory(ambassador=user, state=LineState.VALIDATED, networks=["linkedin"])


def ready_drafts(user, count=2):
    for _ in range(count):
        DraftPostFactory(author=user, state=DraftState.READY)


def meet_everything(user, cohort, *, but=()):
    """Meet every requirement except those named in `but`."""
    programme = cohort.programme
    if "attendance" not in but:
        attend(user, cohort)
    if "session_quizzes" not in but:
        for quiz in session_quizzes(programme):
            pass_quiz(user, quiz)
    if "final_quiz" not in but:
        pass_quiz(user, final_quiz(programme))
    if "charter" not in but:
        charter_signed_by(user)
    if "line" not in but:
        validate_line(user)
    if "drafts" not in but:
        ready_drafts(user)
