"""Panels this part of lms adds to the personal dashboard (collected by lms.dashboard)."""

from functools import cache

from django.db.models import OuterRef, Subquery

from courses.caching import (
    CONTENT_TOKEN,
    attempts_token,
    cached_read,
    learner_token,
    next_midnight,
)
from lms.dashboard import organisation_token, person_token

from .models import Certificate, PostingEnrolment
from .selectors import certificate_for, posting_state_for, readiness_for

STAFF_ROLES = ("trainer", "hr", "editor")
# What the panel shows of the certificate and of the posting enrolment.
CERTIFICATE_FIELDS = ("pk", "certification_name", "expires_at")
POSTING_FIELDS = ("pk", "state", "reason", "changed_at")


def _serves_ambassador(user) -> bool:
    return bool(user.organisation_id) and user.has_role("ambassador")


def dashboard_facts(*, user) -> dict:
    return _facts() if _serves_ambassador(user) else {}


@cache
def _facts() -> dict:
    """The current certificate (as `certificate_for`: the newest not revoked) and the posting
    enrolment, as expressions on the user's row (built once: they hold nothing of a person)."""
    certificates = Certificate.objects.filter(
        user=OuterRef("pk"), revoked_at__isnull=True
    ).order_by("-issued_at", "-pk")
    posting = PostingEnrolment.objects.filter(user=OuterRef("pk"))
    facts = {
        f"certificate_{name}": Subquery(certificates.values(name)[:1])
        for name in CERTIFICATE_FIELDS
    }
    facts.update({f"posting_{name}": Subquery(posting.values(name)[:1]) for name in POSTING_FIELDS})
    return facts


def _built(model, facts: dict, prefix: str, names: tuple[str, ...]):
    """An instance of `model` with the fields the panel shows, or None when there is none."""
    if facts[f"{prefix}_pk"] is None:
        return None
    return model(**{name: facts[f"{prefix}_{name}"] for name in names})


def readiness_cached(user):
    """`readiness_for`, from the cache while the person's records, their organisation's and the
    programme's (its pages, quizzes and requirements) are unchanged (lms.dashboard)."""
    tokens = [CONTENT_TOKEN, learner_token(user.pk), attempts_token(user.pk), person_token(user.pk)]
    if user.organisation_id:
        tokens.append(organisation_token(user.organisation_id))
    return cached_read(
        f"lms:readiness:{user.pk}:{user.organisation_id}",
        tokens=tokens,
        read=lambda: (readiness_for(user=user), next_midnight()),
    )


def _ambassador_context(user) -> dict:
    """The certificate once there is one; the checklist of requirements only before, since
    the panel shows it only then and it is the costly part (a few queries per requirement)."""
    facts = getattr(user, "dashboard_facts", None)
    if facts:
        certificate = _built(Certificate, facts, "certificate", CERTIFICATE_FIELDS)
        posting = _built(PostingEnrolment, facts, "posting", POSTING_FIELDS)
    else:
        certificate, posting = certificate_for(user=user), posting_state_for(user=user)
    context = {"certificate": certificate, "posting": posting}
    if certificate is None:
        readiness = readiness_cached(user)
        context.update(
            readiness=readiness,
            met=sum(item.met for item in readiness),
            total=len(readiness),
        )
    return context


def dashboard_panels(*, user) -> list[dict]:
    panels = []
    if _serves_ambassador(user):
        panels.append(
            {
                "template": "certification/dashboard_panel.html",
                "context": _ambassador_context(user),
                "order": 42,
            }
        )
    if user.is_superuser or user.has_role(*STAFF_ROLES):
        panels.append(
            {
                "template": "certification/dashboard_staff.html",
                "context": {"may_export": user.has_role("hr") and bool(user.organisation_id)},
                "order": 50,
            }
        )
    return panels
