import uuid

import factory
import wagtail_factories

from wagtail.models import Locale

from .models import LessonPage, ProgrammePage, SessionFormat, SessionPage


class ProgrammePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ProgrammePage

    title = "Programme ambassadeurs"
    slug = "programme"
    lead = "Quatre demi-journées pour prendre la parole."
    intro = "<p>Un programme volontaire.</p>"


class SessionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = SessionPage

    number = factory.Sequence(lambda n: n % 4 + 1)
    title = factory.LazyAttribute(lambda o: f"Session {o.number}")
    slug = factory.LazyAttribute(lambda o: f"session-{o.number}")
    format = SessionFormat.IN_PERSON
    objectives = factory.LazyAttribute(lambda o: f"<p>Objectifs de la session {o.number}</p>")
    open_to_learners = True


def reflection_block(prompt: str = "Qu'allez-vous changer ?") -> dict:
    return {
        "type": "reflection",
        "value": {"prompt": prompt, "guidance": ""},
        "id": str(uuid.uuid4()),
    }


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Leçon {n}")
    slug = factory.Sequence(lambda n: f"lecon-{n}")
    summary = "Ce que vous allez apprendre."
    body = factory.LazyFunction(
        lambda: [
            {"type": "text", "value": "<p>Un paragraphe.</p>", "id": str(uuid.uuid4())},
            reflection_block(),
        ]
    )


def page_translate(page, *, language: str, **fields):
    """Publish a translation of `page` (whose parent is already translated), with `fields` set."""
    locale, _created = Locale.objects.get_or_create(language_code=language)
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation
