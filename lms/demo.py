"""The demo organisation and its people. `manage.py seed_demo` runs this, then each app's demo."""

import os
from importlib import import_module

from django.db import transaction

from courses.caching import everything_forget

from .models import Role, User
from .services import organisation_create, user_grant_roles
from .site_setup import site_install

DEFAULT_DEMO_PASSWORD = "ambassadeur-demo"
DEMO_DOMAIN = "demo.example"
APP_DEMO_MODULES = (
    "courses.demo",
    "charter.demo",
    "coaching.demo",
    "lms.certification.demo",
    "lms.hr.demo",
)

DEPARTMENTS = [
    ("Communication", True),
    ("Marketing", True),
    ("Ventes", False),
    ("Recherche et développement", False),
    ("Ressources humaines", False),
    ("Production", False),
]

# key, first name, last name, roles, department, language
PEOPLE = [
    ("trainer", "Claire", "Morel", [Role.TRAINER, Role.COACH], None, "fr"),
    ("coach", "Julien", "Bernard", [Role.COACH], None, "fr"),
    ("hr", "Nadia", "Haddad", [Role.HR], "Ressources humaines", "fr"),
    ("editor", "Thomas", "Leroy", [Role.EDITOR], None, "fr"),
    ("ambassador1", "Camille", "Durand", [Role.AMBASSADOR], "Ventes", "fr"),
    ("ambassador2", "Hugo", "Petit", [Role.AMBASSADOR], "Recherche et développement", "fr"),
    ("ambassador3", "Léa", "Garnier", [Role.AMBASSADOR], "Communication", "fr"),
    ("ambassador4", "Sam", "Taylor", [Role.AMBASSADOR], "Production", "en"),
    ("ambassador5", "Inès", "Roux", [Role.AMBASSADOR], "Marketing", "fr"),
    ("ambassador6", "Antoine", "Fabre", [Role.AMBASSADOR], "Ventes", "fr"),
]
# Consultants work across organisations; everyone else belongs to the demo organisation.
CROSS_ORGANISATION = {"trainer", "coach", "editor"}


def demo_password() -> str:
    return os.environ.get("DEMO_PASSWORD") or DEFAULT_DEMO_PASSWORD


@transaction.atomic
def demo_people_seed() -> dict:
    organisation = organisation_create(
        name="Démo Industries", slug="demo-industries", departments=DEPARTMENTS
    )
    departments = {d.name: d for d in organisation.departments.all()}
    people = {}
    for key, first_name, last_name, roles, department, language in PEOPLE:
        user, created = User.objects.get_or_create(
            email=f"{key}@{DEMO_DOMAIN}",
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "language": language,
                "organisation": None if key in CROSS_ORGANISATION else organisation,
                "department": departments.get(department),
            },
        )
        user.set_password(demo_password())
        user.is_active = True
        user.save()
        people[key] = user_grant_roles(user=user, roles=roles)
    return {"organisation": organisation, "people": people}


def demo_seed(*, stdout) -> dict:
    """Idempotent: running it twice leaves the same data."""
    site_install()
    demo = demo_people_seed()
    for module_name in APP_DEMO_MODULES:
        import_module(module_name).demo_seed(**demo, stdout=stdout)
    everything_forget()  # some records were written in bulk, without the cache's signals
    return demo
