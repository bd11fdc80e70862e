"""Reads: readiness checklists, current certificates, posting states, and who sees what."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import QuerySet

from courses.models import ProgrammePage

from .models import (
    Certificate,
    PostingEnrolment,
    PostingState,
    PostingWebhook,
    ProgrammeCertification,
    Requirement,
    WebhookDelivery,
)


@dataclass(frozen=True)
class ReadinessItem:
    requirement_id: int
    label: str
    met: bool
    why_not: str = ""


@dataclass(frozen=True)
class Readiness:
    programme: ProgrammePage | None
    items: list[ReadinessItem]

    @property
    def is_ready(self) -> bool:
        return bool(self.items) and all(item.met for item in self.items)

    @property
    def missing(self) -> list[ReadinessItem]:
        return [item for item in self.items if not item.met]

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)


def original_programme(programme: ProgrammePage | None) -> ProgrammePage | None:
    """The programme page in the default language (requirements and certificates point to it)."""
    if programme is None:
        return None
    if programme.locale.language_code == settings.LANGUAGE_CODE:
        return programme
    original = (
        ProgrammePage.objects.filter(
            translation_key=programme.translation_key,
            locale__language_code=settings.LANGUAGE_CODE,
        )
        .select_related("locale")
        .first()
    )
    return original or programme


def programme_of(*, user) -> ProgrammePage | None:
    """The programme `user` follows: their cohort's, else the site's programme."""
    from courses.cohorts.selectors import cohort_of
    from courses.selectors import programme_for_language

    cohort = cohort_of(user=user)
    if cohort is not None:
        return original_programme(
            ProgrammePage.objects.select_related("locale").get(pk=cohort.programme_id)
        )
    return original_programme(programme_for_language(settings.LANGUAGE_CODE))


def requirements_for(*, programme) -> list[Requirement]:
    """The programme's requirements as their own types, in order (one query per type)."""
    if programme is None:
        return []
    return list(
        Requirement.objects.filter(programme_id=programme.pk)
        .select_related("programme")
        .order_by("position", "pk")
    )


def readiness_for_many(*, users, programme) -> dict[int, Readiness]:
    """Each user's checklist for `programme`, keyed by user id. The number of queries depends on
    the programme's requirements, never on the number of users."""
    users = list(users)
    requirements = requirements_for(programme=programme)
    checks = {req.pk: req.evaluate(users) if users else {} for req in requirements}
    return {
        user.pk: Readiness(
            programme=programme,
            items=[
                ReadinessItem(
                    requirement_id=req.pk,
                    label=req.label,
                    met=checks[req.pk][user.pk].met,
                    why_not=checks[req.pk][user.pk].why_not,
                )
                for req in requirements
            ],
        )
        for user in users
    }


def readiness_for(*, user, programme=None) -> Readiness:
    """`user`'s checklist: each requirement of the programme, met or why not."""
    programme = original_programme(programme) if programme else programme_of(user=user)
    return readiness_for_many(users=[user], programme=programme)[user.pk]


def certification_settings_for(*, programme) -> ProgrammeCertification | None:
    if programme is None:
        return None
    return ProgrammeCertification.objects.filter(programme_id=programme.pk).first()


def certificates_for(*, user_ids, programme=None) -> dict[int, Certificate]:
    """The current (not revoked) certificate of each user that has one: one query."""
    queryset = Certificate.objects.filter(
        user_id__in=list(user_ids), revoked_at__isnull=True
    ).select_related("programme", "organisation", "cohort")
    if programme is not None:
        queryset = queryset.filter(programme_id=programme.pk)
    result: dict[int, Certificate] = {}
    for certificate in queryset.order_by("issued_at", "pk"):
        result[certificate.user_id] = certificate  # the newest wins
    return result


def certificate_for(*, user, programme=None) -> Certificate | None:
    return certificates_for(user_ids=[user.pk], programme=programme).get(user.pk)


def certificate_history(*, user) -> QuerySet[Certificate]:
    return Certificate.objects.filter(user=user).select_related("programme", "replaced_by")


def certificate_by_code(*, code: str) -> Certificate | None:
    return (
        Certificate.objects.select_related("programme", "organisation", "replaced_by")
        .filter(code=code)
        .first()
    )


def current_replacement(certificate: Certificate) -> Certificate | None:
    """Follow `replaced_by` to the newest certificate (a few hops at most)."""
    seen = set()
    current = certificate.replaced_by
    while current is not None and current.replaced_by_id and current.pk not in seen:
        seen.add(current.pk)
        current = current.replaced_by
    return current


def posting_states_for(*, user_ids) -> dict[int, PostingEnrolment]:
    """The posting enrolment of each user that has one: one query."""
    return {
        enrolment.user_id: enrolment
        for enrolment in PostingEnrolment.objects.filter(user_id__in=list(user_ids))
    }


def posting_state_for(*, user) -> PostingEnrolment | None:
    return posting_states_for(user_ids=[user.pk]).get(user.pk)


def enrolled_ambassadors(*, organisation_id) -> QuerySet:
    """The people enrolled in posting in one organisation, for the export and the API."""
    return (
        get_user_model()
        .objects.filter(
            posting_enrolment__organisation_id=organisation_id,
            posting_enrolment__state=PostingState.ENROLLED,
        )
        .select_related("department", "posting_enrolment")
        .order_by("last_name", "first_name", "pk")
    )


# Scoping -----------------------------------------------------------------------------------


def sees_every_organisation(viewer) -> bool:
    return viewer.is_superuser or viewer.has_role("editor")


def _people_scope(viewer, queryset, user_field: str):
    """Editors all; HR their organisation; trainers the people of their cohorts."""
    if sees_every_organisation(viewer):
        return queryset
    if viewer.has_role("hr") and viewer.organisation_id:
        return queryset.filter(**{f"{user_field}__organisation_id": viewer.organisation_id})
    if viewer.has_role("trainer"):
        from courses.models import Enrolment

        people = Enrolment.objects.filter(cohort__trainers=viewer).values("user_id")
        return queryset.filter(**{f"{user_field}_id__in": people})
    return queryset.none()


def certificates_visible_to(*, viewer) -> QuerySet[Certificate]:
    queryset = Certificate.objects.select_related("user", "programme", "organisation", "cohort")
    return _people_scope(viewer, queryset, "user")


def posting_enrolments_visible_to(*, viewer) -> QuerySet[PostingEnrolment]:
    queryset = PostingEnrolment.objects.select_related("user", "organisation")
    if viewer.has_role("trainer") and not (
        sees_every_organisation(viewer) or viewer.has_role("hr")
    ):
        return queryset.none()
    return _people_scope(viewer, queryset, "user")


def webhooks_visible_to(*, viewer) -> QuerySet[PostingWebhook]:
    queryset = PostingWebhook.objects.select_related("organisation")
    if sees_every_organisation(viewer):
        return queryset
    if viewer.has_role("hr") and viewer.organisation_id:
        return queryset.filter(organisation_id=viewer.organisation_id)
    return queryset.none()


def deliveries_visible_to(*, viewer) -> QuerySet[WebhookDelivery]:
    queryset = WebhookDelivery.objects.select_related("webhook__organisation", "enrolment__user")
    if sees_every_organisation(viewer):
        return queryset
    if viewer.has_role("hr") and viewer.organisation_id:
        return queryset.filter(webhook__organisation_id=viewer.organisation_id)
    return queryset.none()


def people_visible_to(*, viewer) -> QuerySet:
    """The ambassadors whose checklist `viewer` may read (trainers, HR, editors)."""
    queryset = get_user_model().objects.filter(groups__name="Ambassadors").distinct()
    if sees_every_organisation(viewer):
        return queryset
    if viewer.has_role("hr") and viewer.organisation_id:
        return queryset.filter(organisation_id=viewer.organisation_id)
    if viewer.has_role("trainer"):
        from courses.models import Enrolment

        people = Enrolment.objects.filter(cohort__trainers=viewer).values("user_id")
        return queryset.filter(pk__in=people)
    return queryset.none()


def editorial_lines_for(*, user_ids) -> dict:
    """Each user's editorial line with its pillars, keyed by user id: two queries."""
    from coaching.models import EditorialLine

    lines = EditorialLine.objects.filter(ambassador_id__in=list(user_ids)).prefetch_related(
        "pillars"
    )
    return {line.ambassador_id: line for line in lines}


def posting_export_rows(*, organisation_id) -> list[dict]:
    """The ambassadors enrolled in posting in one organisation, as the platform needs them:
    email, names, department, language, networks and pillars. Three queries."""
    people = list(enrolled_ambassadors(organisation_id=organisation_id))
    lines = editorial_lines_for(user_ids=[p.pk for p in people])
    rows = []
    for person in people:
        line = lines.get(person.pk)
        rows.append(
            {
                "id": person.pk,
                "email": person.email,
                "first_name": person.first_name,
                "last_name": person.last_name,
                "department": person.department.name if person.department_id else "",
                "language": person.language,
                "networks": list(line.networks) if line else [],
                "pillars": [p.name for p in line.pillars.all() if p.name] if line else [],
                "enrolled_at": person.posting_enrolment.enrolled_at,
            }
        )
    return rows
