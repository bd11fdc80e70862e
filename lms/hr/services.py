"""HR actions: exports of the ambassadors table, API tokens, reminders to stalled ambassadors."""

import csv
import datetime
import hashlib
import io
import secrets
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from lms.audit.services import audit_record
from lms.mail import email_queue

from .models import ApiToken, Export, ExportFormat, ExportState, StalledReminder
from .selectors import PipelineFilters, PipelineRow, pipeline_row, pipeline_rows

DEFAULT_EXPORT_ASYNC_THRESHOLD = 2000


def export_async_threshold() -> int:
    """Above this many rows an export is built by a worker and offered when ready."""
    return int(getattr(settings, "HR_EXPORT_ASYNC_THRESHOLD", DEFAULT_EXPORT_ASYNC_THRESHOLD))


# Exports -----------------------------------------------------------------------------------

EXPORT_COLUMNS = (
    ("name", _("Name")),
    ("email", _("Email")),
    ("organisation", _("Organisation")),
    ("department", _("Department")),
    ("cohort", _("Cohort")),
    ("step_label", _("Step reached")),
    ("invited_at", _("Invited on")),
    ("enrolled_at", _("Enrolled on")),
    ("certified_at", _("Certified on")),
    ("certificate_status_label", _("Certificate")),
    ("posting_state_label", _("Posting")),
    ("last_activity", _("Last activity")),
)


def _cell(value):
    """Dates in local time without a zone (spreadsheets have none); text that a spreadsheet
    would run as a formula is quoted."""
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).replace(tzinfo=None, microsecond=0)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def export_table(*, filters: PipelineFilters, sort: str = "name", descending: bool = False):
    """The header and the rows of the filtered table, as cells (rows read in chunks)."""
    header = [str(label) for _key, label in EXPORT_COLUMNS]
    people = pipeline_rows(filters=filters, sort=sort, descending=descending)

    def rows():
        for person in people.iterator(chunk_size=2000):
            row: PipelineRow = pipeline_row(person)
            yield [_cell(getattr(row, key)) for key, _label in EXPORT_COLUMNS]

    return header, rows()


def export_render(
    *, filters: PipelineFilters, format: str, sort: str = "name", descending: bool = False
) -> tuple[bytes, int]:
    """The file's bytes and its number of rows, in the table's order."""
    header, rows = export_table(filters=filters, sort=sort, descending=descending)
    count = 0
    if format == ExportFormat.XLSX:
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(title=str(_("Ambassadors"))[:31])
        sheet.append(header)
        for row in rows:
            sheet.append(row)
            count += 1
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue(), count
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if cell is None else cell for cell in row])
        count += 1
    # A byte-order mark so that spreadsheet programs read the accents right.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8"), count


def _export_audit(*, user, filters, format, rows, mode, request=None, export=None):
    audit_record(
        action="export.create",
        actor=user,
        organisation=user.organisation if filters.organisation_id else None,
        target=export,
        data={
            "what": "hr.ambassadors",
            "format": format,
            "rows": rows,
            "mode": mode,
            "filters": filters.as_json(),
        },
        request=request,
    )


def export_direct(
    *,
    user,
    filters: PipelineFilters,
    format: str,
    sort: str = "name",
    descending: bool = False,
    request=None,
) -> tuple[bytes, int]:
    """A small export, built now and recorded in the audit log."""
    content, rows = export_render(filters=filters, format=format, sort=sort, descending=descending)
    with transaction.atomic():
        _export_audit(
            user=user, filters=filters, format=format, rows=rows, mode="direct", request=request
        )
    return content, rows


def export_queue(
    *,
    user,
    filters: PipelineFilters,
    format: str,
    sort: str = "name",
    descending: bool = False,
    request=None,
) -> Export:
    """A large export: recorded now, built by a worker after commit."""
    from .tasks import export_build_task

    with transaction.atomic():
        export = Export.objects.create(
            organisation_id=filters.organisation_id,
            requested_by=user,
            format=format,
            filters={**filters.as_json(), "sort": sort, "descending": descending},
        )
        _export_audit(
            user=user,
            filters=filters,
            format=format,
            rows=None,
            mode="background",
            request=request,
            export=export,
        )
        export_build_task.delay_on_commit(export_id=export.pk)
    return export


def export_build(*, export: Export) -> Export:
    """Build the file of a queued export in its requester's language. Idempotent."""
    if export.state != ExportState.PENDING:
        return export
    saved = dict(export.filters)
    order = {"sort": saved.pop("sort", "name"), "descending": saved.pop("descending", False)}
    filters = PipelineFilters.from_json(saved)
    with translation.override(export.requested_by.language):
        content, rows = export_render(filters=filters, format=export.format, **order)
    with transaction.atomic():
        export = Export.objects.select_for_update().get(pk=export.pk)
        if export.state != ExportState.PENDING:
            return export
        export.file.save(f"ambassadors.{export.format}", ContentFile(content), save=False)
        export.row_count = rows
        export.state = ExportState.READY
        export.finished_at = timezone.now()
        export.save()
    return export


def export_fail(*, export_id: int) -> None:
    Export.objects.filter(pk=export_id, state=ExportState.PENDING).update(
        state=ExportState.FAILED, finished_at=timezone.now()
    )


# API tokens --------------------------------------------------------------------------------

TOKEN_START = "aa_"
USE_AUDIT_INTERVAL = datetime.timedelta(hours=1)


def token_hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def api_token_create(*, organisation, name: str, created_by, request=None) -> tuple[ApiToken, str]:
    """A new token and its secret value, which is never stored and must be shown now."""
    raw = TOKEN_START + secrets.token_urlsafe(32)
    with transaction.atomic():
        token = ApiToken.objects.create(
            organisation=organisation,
            name=name,
            prefix=raw[:10],
            token_hash=token_hash(raw),
            created_by=created_by,
        )
        audit_record(
            action="api_token.create",
            actor=created_by,
            organisation=organisation,
            target=token,
            data={"name": name, "prefix": token.prefix},
            request=request,
        )
    return token, raw


def api_token_revoke(*, token: ApiToken, revoked_by, request=None) -> ApiToken:
    with transaction.atomic():
        token = ApiToken.objects.select_for_update().get(pk=token.pk)
        if token.revoked_at is not None:
            return token
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        audit_record(
            action="api_token.revoke",
            actor=revoked_by,
            organisation=token.organisation,
            target=token,
            data={"name": token.name, "prefix": token.prefix},
            request=request,
        )
    return token


def api_token_authenticate(*, raw: str, request=None) -> ApiToken | None:
    """The active token whose secret is `raw`, else None. Its use is recorded at most once an
    hour (the conditional update lets a single process win)."""
    if not raw or not raw.startswith(TOKEN_START) or len(raw) > 200:
        return None
    token = (
        ApiToken.objects.select_related("organisation")
        .filter(token_hash=token_hash(raw), revoked_at__isnull=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    with transaction.atomic():
        marked = (
            ApiToken.objects.filter(pk=token.pk)
            .exclude(last_used_at__gt=now - USE_AUDIT_INTERVAL)
            .update(last_used_at=now)
        )
        if marked:
            audit_record(
                action="api_token.use",
                actor=None,
                organisation=token.organisation,
                target=token,
                data={"name": token.name, "prefix": token.prefix, "path": _path(request)},
                request=request,
            )
    return token


def _path(request) -> str:
    return request.path[:200] if request is not None else ""


# Reminders to stalled ambassadors ----------------------------------------------------------


def stalled_reminder_send(
    *, ambassador, sent_by, request_key: uuid.UUID, request=None
) -> StalledReminder | None:
    """Email `ambassador` a reminder to pick up where they stopped. The same `request_key`
    (one confirmation form) sends once: a second call returns None."""
    with transaction.atomic():
        reminder, created = StalledReminder.objects.get_or_create(
            request_key=request_key, defaults={"ambassador": ambassador, "sent_by": sent_by}
        )
        if not created:
            return None
        email_queue(
            to=[ambassador.email],
            template="hr/stalled_reminder",
            context={
                "name": ambassador.get_short_name(),
                "sender": sent_by.get_full_name() or sent_by.email,
                "organisation": ambassador.organisation.name if ambassador.organisation_id else "",
            },
            language=ambassador.language,
        )
        audit_record(
            action="reminder.send",
            actor=sent_by,
            subject=ambassador,
            target=reminder,
            data={"kind": "stalled"},
            request=request,
        )
    return reminder
