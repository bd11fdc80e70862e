"""An organisation grown to any number of ambassadors, in bulk, at every step of the journey.

Person number i stops at step i % 8: invited, enrolled, sessions attended, quizzes passed,
charter signed, editorial line validated, certified, enrolled in posting. Cohorts of eight,
four scheduled sessions each; a few withdrawals and lesson completions for the stalled list.
"""

import datetime
import uuid

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from charter.models import CharterSignature, ParticipationChange
from charter.services import charter_create_from_template, charter_version_publish
from coaching.models import EditorialLine, LineState
from courses.models import (
    Attendance,
    AttendanceStatus,
    Cohort,
    CohortSession,
    CohortStatus,
    Enrolment,
    EnrolmentState,
    LessonCompletion,
    LessonPage,
    ProgrammePage,
    QuizAttempt,
)
from courses.models.quizzes import AttemptState, Quiz
from lms.models import ROLE_GROUPS, Organisation, Role, User
from lms.services import organisation_create

from .data import PASSWORD

CHUNK = 4000
STEPS = 8
COHORT_SIZE = 8


class ScaleOrganisation:
    """The organisation and what every batch of new people needs; `grow_to(n)` adds people."""

    def __init__(self, *, editor):
        self.organisation = organisation_create(
            name="Grande Entreprise", slug="bench-scale",
            departments=[(f"Département {n}", n == 1) for n in range(1, 21)],
        )  # fmt: skip
        self.departments = list(self.organisation.departments.order_by("pk"))
        self.programme = ProgrammePage.objects.get(locale__language_code="fr")
        self.sessions = list(self.programme.sessions)
        self.quiz_ids = list(
            Quiz.objects.filter(
                Q(session__in=self.sessions) | Q(programme=self.programme)
            ).values_list("pk", flat=True)
        )
        self.lesson_keys = list(
            LessonPage.objects.descendant_of(self.programme).values_list(
                "translation_key", flat=True
            )
        )
        charter = charter_create_from_template(organisation=self.organisation, language="fr")
        self.version = charter_version_publish(
            charter=charter, is_material=True, published_by=editor
        )
        self.group = Group.objects.get(name=ROLE_GROUPS[Role.AMBASSADOR])
        self.password = make_password(PASSWORD)
        self.size = 0

    def grow_to(self, size: int) -> None:
        while self.size < size:
            count = min(CHUNK, size - self.size)
            with transaction.atomic():
                self._add(self.size, count)
            self.size += count

    def _add(self, start: int, count: int) -> None:
        now = timezone.now()
        users = User.objects.bulk_create(
            [
                User(
                    email=f"scale-{n}@bench.example",
                    first_name="Prénom",
                    last_name=f"Nom {n:06d}",
                    organisation=self.organisation,
                    department=self.departments[n % len(self.departments)],
                    language="fr",
                    password=self.password,
                    date_joined=now - datetime.timedelta(days=(n * 7) % 400),
                )
                for n in range(start, start + count)
            ]
        )
        Through = User.groups.through
        Through.objects.bulk_create([Through(user_id=u.pk, group_id=self.group.pk) for u in users])
        people = [(start + index, user) for index, user in enumerate(users)]
        self._journeys([(n, u) for n, u in people if n % STEPS >= 1], now=now)
        withdrawn = [u for n, u in people if n % 50 == 7]
        ParticipationChange.objects.bulk_create(
            ParticipationChange(user=u, organisation=self.organisation,
                                kind=ParticipationChange.Kind.WITHDRAWN, created_at=now)
            for u in withdrawn
        )  # fmt: skip

    def _journeys(self, enrolled: list[tuple[int, User]], *, now) -> None:
        rows = {name: [] for name in ("enrolments", "attendance", "attempts", "signatures",
                                       "lines", "completions")}  # fmt: skip
        cohorts = Cohort.objects.bulk_create(
            Cohort(organisation=self.organisation, programme=self.programme,
                   name=f"Promotion {enrolled[i][0]}", capacity=COHORT_SIZE,
                   status=CohortStatus.FINISHED)
            for i in range(0, len(enrolled), COHORT_SIZE)
        )  # fmt: skip
        scheduled = CohortSession.objects.bulk_create(
            CohortSession(cohort=cohort, session=session, number=session.number, uid=uuid.uuid4(),
                          date=(now - datetime.timedelta(days=60 - 7 * session.number)).date(),
                          starts_at=datetime.time(9), ends_at=datetime.time(12, 30))
            for cohort in cohorts
            for session in self.sessions
        )  # fmt: skip
        by_cohort = [scheduled[i : i + len(self.sessions)] for i in range(0, len(scheduled), 4)]
        for position, (n, user) in enumerate(enrolled):
            step = n % STEPS
            cohort_index = position // COHORT_SIZE
            rows["enrolments"].append(
                Enrolment(cohort=cohorts[cohort_index], user=user, state=EnrolmentState.CONFIRMED,
                          confirmed_at=now)
            )  # fmt: skip
            attended = by_cohort[cohort_index] if step >= 2 else by_cohort[cohort_index][: n % 4]
            rows["attendance"] += [
                Attendance(cohort_session=cs, user=user, status=AttendanceStatus.PRESENT)
                for cs in attended
            ]
            rows["completions"] += [
                LessonCompletion(user=user, lesson_key=key, completed_at=now)
                for key in self.lesson_keys[: 1 + n % 3]
            ]
            if step >= 3:
                rows["attempts"] += [
                    QuizAttempt(quiz_id=quiz_id, user=user, number=1, state=AttemptState.GRADED,
                                layout=[], started_at=now, submitted_at=now, graded_at=now,
                                score=100, passed=True)
                    for quiz_id in self.quiz_ids
                ]  # fmt: skip
            if step >= 4:
                rows["signatures"].append(
                    CharterSignature(version=self.version, organisation=self.organisation,
                                     user=user, language="fr", full_name=user.get_full_name(),
                                     text_sha256="0" * 64, signed_at=now)
                )  # fmt: skip
            if step >= 5:
                rows["lines"].append(
                    EditorialLine(ambassador=user, organisation=self.organisation,
                                  state=LineState.VALIDATED, positioning="Mon expertise.",
                                  validated_at=now)
                )  # fmt: skip
        Enrolment.objects.bulk_create(rows["enrolments"])
        Attendance.objects.bulk_create(rows["attendance"])
        LessonCompletion.objects.bulk_create(rows["completions"])
        QuizAttempt.objects.bulk_create(rows["attempts"])
        CharterSignature.objects.bulk_create(rows["signatures"])
        EditorialLine.objects.bulk_create(rows["lines"])
        certified = [
            (n, u, cohorts[p // COHORT_SIZE]) for p, (n, u) in enumerate(enrolled) if n % STEPS >= 6
        ]
        self._certificates(certified, now=now)

    def _certificates(self, certified, *, now) -> None:
        from lms.certification.models import Certificate, PostingEnrolment, PostingState

        Certificate.objects.bulk_create(
            Certificate(user=u, programme=self.programme, organisation=self.organisation,
                        cohort=cohort, recipient_name=u.get_full_name(),
                        certification_name=self.programme.title, issued_at=now)
            for _n, u, cohort in certified
        )  # fmt: skip
        PostingEnrolment.objects.bulk_create(
            PostingEnrolment(user=u, organisation=self.organisation, state=PostingState.ENROLLED)
            for n, u, _cohort in certified
            if n % STEPS >= 7
        )


def organisation_of_scale() -> Organisation:
    return Organisation.objects.get(slug="bench-scale")
