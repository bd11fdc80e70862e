"""The data the benchmark measures: the demo, a reference page, a 20-question quiz and its
takers, and an organisation grown to any number of ambassadors with bulk inserts."""

import datetime
import io
from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Locale

from courses.models import LessonPage, ProgrammePage
from courses.quizzes import factories as quiz_factories
from lms.demo import DEMO_DOMAIN
from lms.models import ROLE_GROUPS, HomePage, Role, User

PASSWORD = "bench-password-not-secret"


@dataclass
class World:
    programme: ProgrammePage
    ambassador: User
    quiz: object
    quiz_takers: list[User]


def demo_build() -> None:
    call_command("seed_demo", stdout=io.StringIO())


def lessons_longest_first() -> list[LessonPage]:
    french = Locale.objects.get(language_code="fr")
    lessons = LessonPage.objects.live().filter(locale=french).order_by("path")
    return sorted(lessons, key=lambda lesson: -len(str(lesson.body.raw_data)))


def reference_page_build(lesson: LessonPage) -> HomePage:
    """A bare Wagtail page at the lesson's depth whose body is the lesson's body, rendered."""
    existing = HomePage.objects.filter(slug=f"bench-reference-{lesson.depth}").first()
    if existing:
        return existing
    parent = HomePage.objects.get(locale=lesson.locale, depth=2)
    for depth in range(3, lesson.depth + 1):
        last = depth == lesson.depth
        page = HomePage(
            title=lesson.title if last else f"Référence {depth}",
            slug=f"bench-reference-{depth}",
            locale=lesson.locale,
            lead=lesson.summary if last else "",
            body=lesson.body.render_as_block() if last else "",
        )
        parent = parent.add_child(instance=page)
    return parent


def users_create(
    *,
    count: int,
    organisation,
    prefix: str,
    departments=(),
    role=Role.AMBASSADOR,
    batch: int = 5000,
) -> list[int]:
    """`count` active users with one role, in bulk; returns their ids."""
    password = make_password(PASSWORD)
    group = Group.objects.get(name=ROLE_GROUPS[role])
    start = User.objects.filter(email__startswith=prefix).count()
    ids = []
    for offset in range(0, count, batch):
        users = [
            User(
                email=f"{prefix}{start + n}@bench.example",
                first_name="Prénom",
                last_name=f"Nom {start + n}",
                organisation=organisation,
                department=departments[(start + n) % len(departments)] if departments else None,
                language="fr",
                password=password,
                is_active=True,
            )
            for n in range(offset, min(offset + batch, count))
        ]
        created = User.objects.bulk_create(users, batch_size=batch)
        Through = User.groups.through
        Through.objects.bulk_create(
            [Through(user_id=user.pk, group_id=group.pk) for user in created], batch_size=batch
        )
        ids += [user.pk for user in created]
    return ids


def quiz_build(*, takers: int, organisation):
    """A quiz of 20 questions of every type, tied to no session, and people to take it."""
    f = quiz_factories
    questions = (
        [f.SingleChoiceQuestionFactory() for _ in range(4)]
        + [f.MultipleChoiceQuestionFactory() for _ in range(4)]
        + [f.TrueFalseQuestionFactory() for _ in range(3)]
        + [f.OrderingQuestionFactory() for _ in range(3)]
        + [f.ScenarioQuestionFactory() for _ in range(4)]
        + [f.FreeTextQuestionFactory() for _ in range(2)]
    )
    quiz = f.QuizFactory(
        questions=questions, max_attempts=32000, pass_mark=100, title_fr="Quiz du banc d'essai"
    )
    ids = users_create(count=takers, organisation=organisation, prefix="quiz-taker-")
    return quiz, list(User.objects.filter(pk__in=ids).order_by("pk"))


def world_build(*, quiz_takers: int) -> World:
    demo_build()
    ambassador = User.objects.get(email=f"ambassador1@{DEMO_DOMAIN}")
    quiz, takers = quiz_build(takers=quiz_takers, organisation=ambassador.organisation)
    return World(
        programme=ProgrammePage.objects.get(locale__language_code="fr"),
        ambassador=ambassador,
        quiz=quiz,
        quiz_takers=takers,
    )


def days_ago(days: int) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)
