"""The page tree every installation starts from: a French home page and its English translation."""

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import override

from wagtail.models import Locale, Page, Site

from .models import HomePage

HOME_TEXT = {
    "fr": {
        "title": "Ambassador Academy",
        "lead": (
            "Quatre demi-journées pour apprendre à parler de votre métier et de votre "
            "organisation sur LinkedIn, avec votre propre voix."
        ),
        "body": (
            "<p>Le programme ambassadeurs est volontaire. En petit groupe de quatre à huit "
            "personnes, vous découvrez ce que la prise de parole vous apporte, vous signez la "
            "charte de bonne conduite, vous construisez votre ligne éditoriale avec un coach "
            "et vous vous entraînez sur de vrais projets de posts.</p>"
            "<p>Une fois certifié, vous rejoignez la communauté des ambassadeurs et publiez "
            "quand vous le souhaitez. Vous pouvez vous retirer à tout moment.</p>"
        ),
    },
    "en": {
        "title": "Ambassador Academy",
        "lead": (
            "Four half-day sessions to learn how to speak about your work and your "
            "organisation on LinkedIn, in your own voice."
        ),
        "body": (
            "<p>The ambassador programme is voluntary. In a small group of four to eight "
            "people, you find out what speaking up brings you, sign the good-conduct charter, "
            "build your editorial line with a coach and practise on real draft posts.</p>"
            "<p>Once certified, you join the ambassador community and post when you choose. "
            "You can withdraw at any time.</p>"
        ),
    },
}


@transaction.atomic
def site_install() -> HomePage:
    """Idempotent: locales fr and en, the French home page at the site root, its translation."""
    french, _created = Locale.objects.get_or_create(language_code="fr")
    english, _created = Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=french)
    )
    home = HomePage.objects.filter(locale=french).first()
    if home is None:
        # Wagtail's own migration leaves a placeholder "Welcome" page; ours replaces it.
        Page.objects.filter(depth=2).exclude(
            content_type__model="homepage", content_type__app_label="lms"
        ).filter(slug="home").delete()
        root.refresh_from_db()
        home = root.add_child(instance=HomePage(locale=french, slug="accueil", **HOME_TEXT["fr"]))
    if not HomePage.objects.filter(locale=english).exists():
        translation = home.copy_for_translation(english)
        translation.slug = "home"
        for field, value in HOME_TEXT["en"].items():
            setattr(translation, field, value)
        translation.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    with override("fr"):
        site.site_name = _("Ambassador Academy")
    site.hostname, site.port, site.root_page = "localhost", 80, home
    site.save()
    return home
