"""This app's part of `manage.py seed_demo` (called by lms.demo with the demo people)."""

from .models import CharterVersion
from .selectors import SIGNED, charter_status_for
from .services import charter_create_from_template, charter_sign, charter_version_publish

SIGNERS = ("ambassador1", "ambassador2", "ambassador3")


def demo_seed(*, organisation, people, stdout) -> None:
    """The demo charter in both languages, version 1 published, three ambassadors signed."""
    for language in ("fr", "en"):
        charter = charter_create_from_template(organisation=organisation, language=language)
    version = CharterVersion.objects.filter(charter=charter).order_by("-number").first()
    if version is None:
        version = charter_version_publish(
            charter=charter, is_material=True, published_by=people["editor"]
        )
    for key in SIGNERS:
        user = people[key]
        if charter_status_for(user=user).state != SIGNED:
            charter_sign(
                user=user,
                version=version,
                full_name=user.get_full_name(),
                acknowledged_sections=version.section_keys,
                language=user.language,
                user_agent="seed_demo",
            )
    stdout.write(f"Charter: version {version.number}, signed by {', '.join(SIGNERS)}.")
