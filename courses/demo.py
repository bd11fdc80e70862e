"""This app's part of `manage.py seed_demo` (called by lms.demo with the demo people).

Creates the shipped programme under the French home page and its English translation under
/en/. Pages that already exist are left as they are (editors may have changed them), so a
second run creates nothing.
"""

from decimal import Decimal

from django.db import transaction

from wagtail.models import Locale, Page

from .cohorts import demo as cohorts_demo
from .content import en, fr, stream
from .models import LessonPage, ProgrammePage, SessionPage
from .quizzes import demo as quizzes_demo

OPEN_SESSIONS = {1, 2}


def demo_seed(*, organisation, people, stdout) -> None:
    programme = programme_seed()
    stdout.write(f"Programme ready at {programme.url} and its translation under /en/.")
    cohorts_demo.demo_seed(organisation=organisation, people=people, stdout=stdout)
    quizzes_demo.demo_seed(organisation=organisation, people=people, stdout=stdout)


def _programme_fields(data: dict) -> dict:
    return {
        "title": data["title"],
        "slug": data["slug"],
        "lead": data["lead"],
        "intro": data["intro"],
    }


def _session_fields(data: dict) -> dict:
    return {
        "title": data["title"],
        "slug": data["slug"],
        "number": data["number"],
        "format": data["format"],
        "duration_hours": Decimal(data["duration"]),
        "objectives": data["objectives"],
        "agenda": data["agenda"],
        "preparation": data["preparation"],
        "open_to_learners": data["number"] in OPEN_SESSIONS,
    }


def _lesson_fields(data: dict) -> dict:
    return {
        "title": data["title"],
        "slug": data["slug"],
        "summary": data["summary"],
        "duration_minutes": data["minutes"],
        "body": stream(data["key"], data["body"]),
    }


def _child(parent: Page, model, slug: str, fields: dict):
    """The live child of `parent` with `slug`, created and published when missing."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = model(**fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _translation(page: Page, locale: Locale, fields: dict):
    """The translation of `page` in `locale`, copied from it and published when missing."""
    existing = page.get_translations().filter(locale=locale).first()
    if existing:
        return existing.specific
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


@transaction.atomic
def programme_seed() -> ProgrammePage:
    """The French programme under the French home page, and its English translation."""
    french_locale = Locale.objects.get(language_code="fr")
    english_locale = Locale.objects.get(language_code="en")
    home = Page.objects.get(depth=2, locale=french_locale).specific
    programme = _child(home, ProgrammePage, fr.PROGRAMME["slug"], _programme_fields(fr.PROGRAMME))
    _translation(programme, english_locale, _programme_fields(en.PROGRAMME))
    for session_fr, session_en in zip(
        fr.PROGRAMME["sessions"], en.PROGRAMME["sessions"], strict=True
    ):
        session = _child(programme, SessionPage, session_fr["slug"], _session_fields(session_fr))
        _translation(session, english_locale, _session_fields(session_en))
        for lesson_fr, lesson_en in zip(session_fr["lessons"], session_en["lessons"], strict=True):
            lesson = _child(session, LessonPage, lesson_fr["slug"], _lesson_fields(lesson_fr))
            _translation(lesson, english_locale, _lesson_fields(lesson_en))
    return programme
