"""The personal dashboard is assembled from panels that each app offers for the user.

Each app exposes `dashboard_panels(*, user) -> list[dict]` in its `dashboard` module; a panel is
`{"template": str, "context": dict, "order": int}`. lms reads them; the apps never import lms.

A module may also expose `dashboard_facts(*, user) -> dict`: what its panels need to know about
the user, as expressions on the user's row (subqueries on OuterRef("pk")). lms reads the facts of
every module in one query, with the organisation and department the page's header names, and
leaves them on the user object as `dashboard_facts`, a dict the panels read instead of querying;
without it (a panel rendered on its own), a panel reads what it needs itself.
"""

import hashlib
from datetime import datetime
from importlib import import_module

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save

from courses.caching import (
    CONTENT_TOKEN,
    cached_read,
    earliest,
    next_midnight,
    tokens_change,
)

PANEL_MODULES = (
    "courses.dashboard",
    "courses.cohorts.dashboard",
    "courses.quizzes.dashboard",
    "charter.dashboard",
    "coaching.dashboard",
    "lms.certification.dashboard",
    "lms.hr.dashboard",
    "lms.privacy.dashboard",
)

# Roles whose facts are about other people (a coach's ambassadors): never kept in the cache.
FACTS_OF_OTHERS = ("coach",)


def person_token(user_id: int) -> str:
    """Changes with the person's own records kept by lms and the apps besides courses (their
    charter, coaching and certification records, attendance, their user row)."""
    return f"lms:token:person:{user_id}"


def organisation_token(organisation_id: int) -> str:
    """Changes with the organisation, its departments and its charter (lms.signals)."""
    return f"lms:token:organisation:{organisation_id}"


def _facts_read(user, expressions: dict) -> tuple:
    """The user's organisation, department and facts (one query), and when they may change by
    themselves: a date in them still to come (a coaching session about to start), or midnight."""
    row = (
        get_user_model()
        .objects.select_related("organisation", "department")
        .annotate(**expressions)
        .get(pk=user.pk)
    )
    facts = {name: getattr(row, name) for name in expressions}
    moments = [value for value in facts.values() if isinstance(value, datetime)]
    return (row.organisation, row.department, facts), earliest([next_midnight(), *moments])


def dashboard_facts_load(*, user, modules) -> None:
    """One query for the facts of every panel and the user's organisation and department, or
    none when there is nothing to read. The answer is kept in the cache while the person's own
    records and their organisation's are unchanged (courses.caching); a coach's facts count
    other people's records, so they are read each time."""
    expressions = {}
    for module in modules:
        if hasattr(module, "dashboard_facts"):
            expressions.update(module.dashboard_facts(user=user))
    if not (expressions or user.organisation_id or user.department_id):
        user.dashboard_facts = {}
        return
    if user.has_role(*FACTS_OF_OTHERS):
        organisation, department, facts = _facts_read(user, expressions)[0]
    else:
        tokens = [person_token(user.pk)]
        if user.organisation_id:
            tokens.append(organisation_token(user.organisation_id))
        # The facts asked for follow the person's roles: a role given asks for others.
        asked = hashlib.sha256(",".join(sorted(expressions)).encode()).hexdigest()[:16]
        organisation, department, facts = cached_read(
            f"lms:dashboard-facts:{user.pk}:{user.organisation_id}:{user.department_id}:{asked}",
            tokens=tokens,
            read=lambda: _facts_read(user, expressions),
        )
    user.organisation, user.department = organisation, department
    user.dashboard_facts = facts


def dashboard_panels_for(*, user) -> list[dict]:
    modules = [import_module(module_name) for module_name in PANEL_MODULES]
    dashboard_facts_load(user=user, modules=modules)
    panels = []
    for module in modules:
        panels.extend(module.dashboard_panels(user=user))
    return sorted(panels, key=lambda panel: panel.get("order", 100))


# What the cached facts and certification checklist are read from (besides what courses.signals
# follows): a person's own records, by the field naming the person, and their organisation's
# records, by the path to the organisation.
PERSON_RECORDS = {
    "courses.Attendance": "user_id",
    "charter.CharterSignature": "user_id",
    "charter.ParticipationChange": "user_id",
    "coaching.CoachingSession": "ambassador_id",
    "coaching.EditorialLine": "ambassador_id",
    "coaching.DraftPost": "author_id",
    "certification.Certificate": "user_id",
    "certification.PostingEnrolment": "user_id",
    "lms.User": "pk",
}
ORGANISATION_RECORDS = {
    "lms.Organisation": lambda instance: instance.pk,
    "lms.Department": lambda instance: instance.organisation_id,
    "charter.Charter": lambda instance: instance.organisation_id,
    "charter.CharterVersion": lambda instance: _charter_organisation_id(instance.charter_id),
}


def _charter_organisation_id(charter_id: int) -> int | None:
    from charter.models import Charter

    return Charter.objects.filter(pk=charter_id).values_list("organisation_id", flat=True).first()


def _certification_rules_changed(sender, instance=None, **kwargs) -> None:
    """A programme's requirements are part of its content, as its pages and quizzes are."""
    from lms.certification.models import ProgrammeCertification, Requirement

    if isinstance(instance, Requirement | ProgrammeCertification):
        tokens_change([CONTENT_TOKEN])


def _person_record_changed(sender, instance, **kwargs) -> None:
    field = PERSON_RECORDS[sender._meta.label]
    tokens_change([person_token(getattr(instance, field))])


def _organisation_record_changed(sender, instance, **kwargs) -> None:
    organisation_id = ORGANISATION_RECORDS[sender._meta.label](instance)
    if organisation_id is not None:
        tokens_change([organisation_token(organisation_id)])


def dashboard_signals_connect() -> None:
    """Keep the cached facts true: any write of what they are read from changes a token."""
    for label in PERSON_RECORDS:
        for signal in (post_save, post_delete):
            signal.connect(
                _person_record_changed, sender=label, dispatch_uid=f"lms-dashboard-{label}"
            )
    for signal in (post_save, post_delete):  # polymorphic: every kind of requirement
        signal.connect(_certification_rules_changed, dispatch_uid="lms-dashboard-requirements")
    for label in ORGANISATION_RECORDS:
        for signal in (post_save, post_delete):
            signal.connect(
                _organisation_record_changed, sender=label, dispatch_uid=f"lms-dashboard-{label}"
            )
