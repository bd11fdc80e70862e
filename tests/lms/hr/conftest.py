"""A known organisation for the HR figures: one ambassador stopped at each step of the pipeline,
one who withdrew, and a fully certified ambassador of another organisation who must never count.
"""

import datetime
from dataclasses import dataclass, field

import pytest

from django.utils import timezone

from charter.factories import CharterFactory, charter_signed_by
from charter.models import ParticipationChange
from coaching.factories import DraftPostFactory, EditorialLineFactory
from coaching.models import CoachPrivateNote, LineState
from courses.cohorts.factories import CohortFactory, CohortSessionFactory, EnrolmentFactory
from courses.factories import ProgrammePageFactory, SessionPageFactory
from courses.models import Attendance, AttendanceStatus, QuizAnswer, QuizAttempt
from courses.quizzes.factories import FreeTextQuestionFactory, QuizFactory
from lms.certification.models import Certificate, PostingEnrolment, PostingState
from lms.factories import AmbassadorFactory, DepartmentFactory, OrganisationFactory
from lms.site_setup import site_install
from tests.shared_data import built_once, fresh

# Strings that live in private places: none may ever appear in what HR sees.
PRIVATE_NOTE = "Note privée: très stressée par son manager"
QUIZ_ANSWER = "Réponse libre: je publierais le chiffre d'affaires"
DRAFT_TEXT = "Brouillon secret sur la fusion à venir"


@dataclass
class PipelineWorld:
    programme: object
    cohort: object
    quizzes: list
    people: dict = field(default_factory=dict)
    departments: dict = field(default_factory=dict)


def attend(user, cohort):
    for cohort_session in cohort.sessions.all():
        Attendance.objects.update_or_create(
            cohort_session=cohort_session,
            user=user,
            defaults={"status": AttendanceStatus.PRESENT},
        )


def pass_quiz(user, quiz, *, when=None):
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
        score=100,
        passed=True,
    )


def certify(user, world, *, issued_at=None):
    return Certificate.objects.create(
        user=user,
        programme=world.programme,
        organisation=user.organisation,
        cohort=world.cohort,
        recipient_name=user.get_full_name(),
        certification_name="Ambassadeur certifié",
        issued_at=issued_at or timezone.now(),
    )


def programme_with_quizzes(site):
    programme = ProgrammePageFactory(parent=site, title="Programme ambassadeurs")
    quizzes = []
    for number in range(1, 5):
        session = SessionPageFactory(parent=programme, number=number)
        quizzes.append(QuizFactory(session=session))
    quizzes.append(QuizFactory(programme=programme, title_fr="Quiz final"))
    return programme, quizzes


def cohort_for(organisation, programme, **fields):
    cohort = CohortFactory(organisation=organisation, programme=programme, **fields)
    for session in programme.get_children().specific():
        CohortSessionFactory(cohort=cohort, session=session)
    return cohort


# Steps each person of the known organisation has done, in pipeline order.
JOURNEY = ("enrolled", "attended", "quizzes", "charter", "line", "certified", "posting")


def walk(user, world, *, upto: str):
    """Do every step of the pipeline up to `upto` for `user`, as the other apps record it."""
    done = JOURNEY[: JOURNEY.index(upto) + 1] if upto in JOURNEY else ()
    if "enrolled" in done:
        EnrolmentFactory(cohort=world.cohort, user=user)
    if "attended" in done:
        attend(user, world.cohort)
    if "quizzes" in done:
        for quiz in world.quizzes:
            pass_quiz(user, quiz)
    if "charter" in done:
        charter_signed_by(user)
    if "line" in done:
        EditorialLineFactory(ambassador=user, state=LineState.VALIDATED, networks=["linkedin"])
    if "certified" in done:
        certify(user, world)
    if "posting" in done:
        PostingEnrolment.objects.create(
            user=user, organisation=user.organisation, state=PostingState.ENROLLED
        )


@pytest.fixture(scope="module")
def world_once(django_db_setup, django_db_blocker):
    """The site, both organisations and the world built once for a module that asks for it
    (`pytest.mark.usefixtures("world_once")`, tests on `db` only): each test is rolled back to
    them (see tests/shared_data.py)."""
    with built_once(django_db_blocker):
        site = site_install()
        organisation = OrganisationFactory(name="Acme", slug="acme")
        other_organisation = OrganisationFactory(name="Globex", slug="globex")
        yield {
            "site": site,
            "organisation": organisation,
            "other_organisation": other_organisation,
            "world": world_build(site, organisation, other_organisation),
        }


def _built_once(request, name):
    if "world_once" in request.fixturenames:
        return fresh(request.getfixturevalue("world_once")[name])
    return None


@pytest.fixture
def site(request, db):
    return _built_once(request, "site") or site_install()


@pytest.fixture
def organisation(request, db):
    return _built_once(request, "organisation") or OrganisationFactory(name="Acme", slug="acme")


@pytest.fixture
def other_organisation(request, db):
    return _built_once(request, "other_organisation") or OrganisationFactory(
        name="Globex", slug="globex"
    )


@pytest.fixture
def world(request, site, organisation, other_organisation):
    return _built_once(request, "world") or world_build(site, organisation, other_organisation)


def world_build(site, organisation, other_organisation):
    """Acme: `invited` … `posting`, one person stopped at each step, and `withdrawn` (enrolled,
    then withdrew). Departments: `communication` (3 people) and `engineering` (the rest).
    Globex: `outsider`, certified and posting."""
    programme, quizzes = programme_with_quizzes(site)
    CharterFactory(organisation=organisation, published=True)
    CharterFactory(organisation=other_organisation, published=True)
    world = PipelineWorld(
        programme=programme,
        cohort=cohort_for(organisation, programme, name="Promotion Lumière"),
        quizzes=quizzes,
    )
    world.departments = {
        "communication": DepartmentFactory(
            organisation=organisation, name="Communication", is_communication=True
        ),
        "engineering": DepartmentFactory(organisation=organisation, name="Ingénierie"),
    }
    for index, step in enumerate(("invited", *JOURNEY)):
        department = "communication" if index < 3 else "engineering"
        person = AmbassadorFactory(
            organisation=organisation,
            first_name=f"Personne{index}",
            last_name=step.capitalize(),
            email=f"{step}@acme.example",
            department=world.departments[department],
        )
        walk(person, world, upto=step)
        world.people[step] = person
    withdrawn = AmbassadorFactory(
        organisation=organisation,
        first_name="Quentin",
        last_name="Parti",
        email="withdrawn@acme.example",
        department=world.departments["engineering"],
    )
    walk(withdrawn, world, upto="enrolled")
    ParticipationChange.objects.create(
        user=withdrawn, organisation=organisation, kind=ParticipationChange.Kind.WITHDRAWN
    )
    world.people["withdrawn"] = withdrawn
    outsider_cohort = cohort_for(other_organisation, programme, name="Promotion Globex")
    outsider = AmbassadorFactory(organisation=other_organisation, email="outsider@globex.example")
    outsider_world = PipelineWorld(programme=programme, cohort=outsider_cohort, quizzes=quizzes)
    walk(outsider, outsider_world, upto="posting")
    world.people["outsider"] = outsider
    return world


@pytest.fixture
def private_things(world, coach):
    """A private coaching note, a free-text quiz answer and a draft of an ambassador of Acme."""
    from coaching.factories import CoachingSessionFactory

    person = world.people["line"]
    session = CoachingSessionFactory(coach=coach, ambassador=person)
    CoachPrivateNote.objects.create(session=session, author=coach, text=PRIVATE_NOTE)
    question = FreeTextQuestionFactory()
    attempt = pass_quiz(person, world.quizzes[0])
    QuizAnswer.objects.create(attempt=attempt, question=question, response=QUIZ_ANSWER)
    DraftPostFactory(author=person, text=DRAFT_TEXT)
    return person


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)
