"""The JSON API for an organisation's HR information system, at /api/v1/.

Every request carries a token of one organisation (`Authorization: Bearer aa_…`) and reads that
organisation only. Every answer, errors included, is JSON.
"""

import datetime
import re
from typing import Generic, Literal, TypeVar

from ninja import Field, NinjaAPI, Path, Query, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.openapi.docs import Swagger
from ninja.security import HttpBearer
from pydantic import field_validator

from django.http import Http404
from django.utils.translation import gettext as _

from .selectors import (
    STEP_KEYS,
    PipelineFilters,
    api_certificates,
    api_cohorts,
    api_posting_enrolments,
    funnel,
    pipeline_row,
    pipeline_rows,
)
from .services import api_token_authenticate

# Ids and page numbers the database can hold: larger ones are refused (422), never a 500.
MAX_ID = 2**31 - 1
MAX_PAGE = 100_000
DEFAULT_PAGE_SIZE = 50
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_PAGE_SIZE = 200

Step = Literal[tuple(STEP_KEYS)]


class ApiTokenAuth(HttpBearer):
    def authenticate(self, request, token):
        return api_token_authenticate(raw=token, request=request)


api = NinjaAPI(
    title="Ambassador Academy HR API",
    version="1",
    description=(
        "Read-only access for an organisation's HR information system: its ambassadors and where "
        "they stand on the way to posting, cohorts, certificates and posting enrolments. "
        "Authenticate with a token created in the admin (HR onboarding → API tokens), sent as "
        "`Authorization: Bearer <token>`."
    ),
    auth=ApiTokenAuth(),
    urls_namespace="hr:api",
    docs=Swagger(settings={"persistAuthorization": False}),
    docs_url="/docs",
    openapi_url="/openapi.json",
)


# Errors ------------------------------------------------------------------------------------


class Error(Schema):
    detail: str


class FieldError(Schema):
    loc: list[str | int]
    msg: str
    type: str


class ValidationErrorOut(Schema):
    detail: str
    errors: list[FieldError]


ERRORS = {401: Error, 404: Error, 422: ValidationErrorOut}


@api.exception_handler(AuthenticationError)
def unauthorized(request, exc):
    response = api.create_response(
        request,
        {"detail": _("A valid API token is required: send “Authorization: Bearer <token>”.")},
        status=401,
    )
    response["WWW-Authenticate"] = 'Bearer realm="api"'
    return response


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": _("Not found.")}, status=404)


@api.exception_handler(HttpError)
def http_error(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)


@api.exception_handler(ValidationError)
def invalid(request, exc):
    errors = [
        {
            "loc": [str(part) if not isinstance(part, int) else part for part in e.get("loc", [])],
            "msg": str(e.get("msg", "")),
            "type": str(e.get("type", "")),
        }
        for e in exc.errors
    ]
    return api.create_response(
        request, {"detail": _("Some parameters are not valid."), "errors": errors}, status=422
    )


# Pagination --------------------------------------------------------------------------------

T = TypeVar("T")


class PageParams(Schema):
    page: int = Field(1, ge=1, le=MAX_PAGE, description="Page number, from 1.")
    page_size: int = Field(
        DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Items per page (at most 200)."
    )


class Page(Schema, Generic[T]):
    count: int
    page: int
    page_size: int
    items: list[T]


def reject_unknown_parameters(request, *schemas) -> None:
    """A parameter the operation does not take is an error, not something silently ignored."""
    known = {name for schema in schemas for name in schema.model_fields}
    unknown = [key for key in request.GET if key not in known]
    if unknown:
        raise ValidationError(
            [
                {"loc": ["query", key], "msg": "Unknown parameter.", "type": "extra_forbidden"}
                for key in unknown
            ]
        )


def _page(queryset, params: PageParams, convert) -> dict:
    start = (params.page - 1) * params.page_size
    return {
        "count": queryset.count(),
        "page": params.page,
        "page_size": params.page_size,
        "items": [convert(item) for item in queryset[start : start + params.page_size]],
    }


# Ambassadors -------------------------------------------------------------------------------


class AmbassadorOut(Schema):
    id: int
    name: str
    email: str
    department: str | None
    cohort_id: int | None
    cohort: str | None
    step: Step = Field(description="The furthest step reached: " + ", ".join(STEP_KEYS) + ".")
    step_label: str
    withdrawn: bool
    invited_at: datetime.datetime
    enrolled_at: datetime.datetime | None
    certified_at: datetime.datetime | None
    certificate_status: Literal["valid", "expired"] | None
    posting_state: Literal["enrolled", "suspended", "withdrawn"] | None
    posting_changed_at: datetime.datetime | None
    last_activity: datetime.datetime | None


class AmbassadorFilters(Schema):
    department_id: int | None = Field(None, ge=1, le=MAX_ID)
    cohort_id: int | None = Field(None, ge=1, le=MAX_ID)
    programme_id: int | None = Field(None, ge=1, le=MAX_ID)
    step: Step | None = None
    invited_from: datetime.date | None = Field(
        None, description="Invited on or after (YYYY-MM-DD)."
    )
    invited_to: datetime.date | None = Field(None, description="Invited on or before (YYYY-MM-DD).")

    @field_validator("invited_from", "invited_to", mode="before")
    @classmethod
    def iso_date(cls, value):
        """Only YYYY-MM-DD (pydantic would also take a number as a timestamp)."""
        if value is None or isinstance(value, datetime.date):
            return value
        if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
            raise ValueError("Use a date written YYYY-MM-DD.")
        return value


def _ambassador(person) -> dict:
    row = pipeline_row(person)
    return {
        "id": row.id,
        "name": row.name,
        "email": row.email,
        "department": row.department or None,
        "cohort_id": row.cohort_id,
        "cohort": row.cohort or None,
        "step": row.step,
        "step_label": row.step_label,
        "withdrawn": row.withdrawn,
        "invited_at": row.invited_at,
        "enrolled_at": row.enrolled_at,
        "certified_at": row.certified_at,
        "certificate_status": row.certificate_status or None,
        "posting_state": row.posting_state or None,
        "posting_changed_at": row.posting_changed_at,
        "last_activity": row.last_activity,
    }


def _filters(request, filters: AmbassadorFilters | None = None) -> PipelineFilters:
    filters = filters or AmbassadorFilters()
    return PipelineFilters(
        organisation_id=request.auth.organisation_id,
        department_id=filters.department_id,
        cohort_id=filters.cohort_id,
        programme_id=filters.programme_id,
        step=filters.step,
        invited_from=_date(filters.invited_from),
        invited_to=_date(filters.invited_to),
    )


def _date(value: datetime.date | None) -> datetime.date | None:
    """Dates the calendar can shift by a day either way without overflowing."""
    if value is None:
        return None
    return min(max(value, datetime.date(1, 1, 2)), datetime.date(9999, 12, 30))


@api.get(
    "/ambassadors",
    response={200: Page[AmbassadorOut], **ERRORS},
    summary="Ambassadors and their pipeline state",
    tags=["ambassadors"],
)
def ambassadors(request, filters: Query[AmbassadorFilters], paging: Query[PageParams]):
    """The organisation's ambassadors, by name, with the furthest step each reached."""
    reject_unknown_parameters(request, AmbassadorFilters, PageParams)
    rows = pipeline_rows(filters=_filters(request, filters))
    return _page(rows, paging, _ambassador)


@api.get(
    "/ambassadors/{ambassador_id}",
    response={200: AmbassadorOut, **ERRORS},
    summary="One ambassador",
    tags=["ambassadors"],
)
def ambassador(request, ambassador_id: int = Path(..., ge=1, le=MAX_ID)):
    reject_unknown_parameters(request)
    person = pipeline_rows(filters=_filters(request)).filter(pk=ambassador_id).first()
    if person is None:
        raise Http404
    return _ambassador(person)


class FunnelStepOut(Schema):
    key: Step
    label: str
    count: int
    of_previous: int | None = Field(description="Percentage of the step before.")


class FunnelOut(Schema):
    steps: list[FunnelStepOut]
    withdrawn: int
    stalled: int


@api.get(
    "/funnel",
    response={200: FunnelOut, **ERRORS},
    summary="How many ambassadors reached each step",
    url_name="funnel",
    tags=["ambassadors"],
)
def funnel_view(request, filters: Query[AmbassadorFilters]):
    reject_unknown_parameters(request, AmbassadorFilters)
    result = funnel(filters=_filters(request, filters))
    return {
        "steps": [
            {"key": s.key, "label": s.label, "count": s.count, "of_previous": s.of_previous}
            for s in result.steps
        ],
        "withdrawn": result.withdrawn,
        "stalled": result.stalled,
    }


# Cohorts, certificates, posting ------------------------------------------------------------


class CohortOut(Schema):
    id: int
    name: str
    status: Literal["planned", "running", "finished", "cancelled"]
    programme: str
    capacity: int
    seated: int
    first_session: datetime.date | None
    created_at: datetime.datetime


@api.get("/cohorts", response={200: Page[CohortOut], **ERRORS}, summary="Cohorts", tags=["cohorts"])
def cohorts(request, paging: Query[PageParams]):
    reject_unknown_parameters(request, PageParams)

    def convert(cohort):
        return {
            "id": cohort.pk,
            "name": cohort.name,
            "status": cohort.status,
            "programme": cohort.programme.title,
            "capacity": cohort.capacity,
            "seated": cohort.seated,
            "first_session": cohort.first_session,
            "created_at": cohort.created_at,
        }

    return _page(api_cohorts(organisation_id=request.auth.organisation_id), paging, convert)


class CertificateOut(Schema):
    id: int
    ambassador_id: int
    certification_name: str
    programme: str
    cohort_id: int | None
    code: str = Field(description="The code of its public verification page.")
    issued_at: datetime.datetime
    expires_at: datetime.datetime | None
    revoked_at: datetime.datetime | None
    status: Literal["valid", "expired", "revoked"]


@api.get(
    "/certificates",
    response={200: Page[CertificateOut], **ERRORS},
    summary="Certificates issued, newest first (revoked ones included)",
    tags=["certificates"],
)
def certificates(request, paging: Query[PageParams]):
    reject_unknown_parameters(request, PageParams)

    def convert(certificate):
        return {
            "id": certificate.pk,
            "ambassador_id": certificate.user_id,
            "certification_name": certificate.certification_name,
            "programme": certificate.programme.title,
            "cohort_id": certificate.cohort_id,
            "code": certificate.code,
            "issued_at": certificate.issued_at,
            "expires_at": certificate.expires_at,
            "revoked_at": certificate.revoked_at,
            "status": str(certificate.status),
        }

    queryset = api_certificates(organisation_id=request.auth.organisation_id).select_related(
        "programme"
    )
    return _page(queryset, paging, convert)


class PostingEnrolmentOut(Schema):
    ambassador_id: int
    state: Literal["enrolled", "suspended", "withdrawn"]
    reason: str | None
    enrolled_at: datetime.datetime
    changed_at: datetime.datetime


@api.get(
    "/posting-enrolments",
    response={200: Page[PostingEnrolmentOut], **ERRORS},
    summary="Enrolments in posting, last changed first",
    tags=["posting"],
)
def posting_enrolments(request, paging: Query[PageParams]):
    reject_unknown_parameters(request, PageParams)

    def convert(enrolment):
        return {
            "ambassador_id": enrolment.user_id,
            "state": enrolment.state,
            "reason": enrolment.reason or None,
            "enrolled_at": enrolment.enrolled_at,
            "changed_at": enrolment.changed_at,
        }

    queryset = api_posting_enrolments(organisation_id=request.auth.organisation_id)
    return _page(queryset, paging, convert)
