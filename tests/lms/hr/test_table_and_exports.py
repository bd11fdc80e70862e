"""The per-ambassador table: sorting, pagination, and its exports (CSV, XLSX, in the background
above the threshold), each recorded in the audit log."""

import csv
import io

import pytest
from openpyxl import load_workbook

from django.urls import reverse

from lms.audit.models import AuditEntry
from lms.hr.models import Export, ExportState

# The world is built once for the module (see conftest.world_once).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("world_once")]


def table(client, **params):
    return client.get(reverse("hr_ambassadors"), params)


def emails(response):
    return [row.email for row in response.context["rows"]]


def test_the_table_lists_the_organisation_by_name(client, world, hr):
    client.force_login(hr)
    response = table(client)
    assert response.status_code == 200
    assert len(emails(response)) == 9
    assert "outsider@globex.example" not in emails(response)
    names = [row.name.split()[-1] for row in response.context["rows"]]
    assert names == sorted(names)


def test_the_table_sorts_by_step_both_ways(client, world, hr):
    client.force_login(hr)
    ascending = [row.step for row in table(client, sort="step").context["rows"]]
    descending = [row.step for row in table(client, sort="step", dir="desc").context["rows"]]
    assert ascending[0] == "invited" and ascending[-1] == "posting"
    assert descending[0] == "posting"


def test_the_table_is_paginated(client, world, hr, settings):
    client.force_login(hr)
    from lms.hr import views

    views.PER_PAGE, saved = 4, views.PER_PAGE
    try:
        first, third = table(client), table(client, p=3)
    finally:
        views.PER_PAGE = saved
    assert len(emails(first)) == 4
    assert len(emails(third)) == 1


def test_the_row_shows_cohort_certificate_and_posting(client, world, hr):
    client.force_login(hr)
    row = next(r for r in table(client).context["rows"] if r.email == "posting@acme.example")
    assert (row.cohort, row.step, row.certificate_status, row.posting_state) == (
        "Promotion Lumière",
        "posting",
        "valid",
        "enrolled",
    )


def export(client, format, **params):
    url = reverse("hr_export")
    if params:
        url += "?" + "&".join(f"{key}={value}" for key, value in params.items())
    return client.post(url, {"format": format})


def test_csv_export_matches_the_filtered_table(client, world, hr):
    client.force_login(hr)
    department = world.departments["communication"].pk
    response = export(client, "csv", department=department)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    shown = table(client, department=department).context["rows"]
    assert [row[1] for row in rows[1:]] == [row.email for row in shown]
    assert len(rows) == 1 + 3


def test_xlsx_export_opens_and_matches_the_table(client, world, hr):
    client.force_login(hr)
    response = export(client, "xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    shown = table(client).context["rows"]
    assert [row[1] for row in rows[1:]] == [row.email for row in shown]
    by_email = {row[1]: row for row in rows[1:]}
    posting = by_email["posting@acme.example"]
    assert posting[4] == "Promotion Lumière"
    assert posting[8] is not None  # certified on, as a date the spreadsheet understands
    assert AuditEntry.objects.filter(action="export.create", actor=hr).count() == 1


def test_formulas_are_not_run_by_spreadsheets(client, world, hr):
    person = world.people["invited"]
    person.first_name = "=HYPERLINK(1)"
    person.save()
    client.force_login(hr)
    text = export(client, "csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in text


def test_large_exports_are_built_in_the_background(
    client, world, hr, settings, django_capture_on_commit_callbacks
):
    settings.HR_EXPORT_ASYNC_THRESHOLD = 5
    client.force_login(hr)
    with django_capture_on_commit_callbacks(execute=True):
        response = export(client, "xlsx")
    assert response.status_code == 302
    assert response["Location"] == reverse("hr_exports")
    job = Export.objects.get()
    assert (job.state, job.row_count, job.requested_by, job.organisation) == (
        ExportState.READY,
        9,
        hr,
        hr.organisation,
    )
    listing = client.get(reverse("hr_exports"))
    assert reverse("hr_export_download", args=[job.pk]) in listing.content.decode()
    download = client.get(reverse("hr_export_download", args=[job.pk]))
    sheet = load_workbook(io.BytesIO(b"".join(download.streaming_content))).active
    assert sheet.max_row == 10
    entry = AuditEntry.objects.get(action="export.create")
    assert entry.data["mode"] == "background"


def test_an_export_is_downloaded_by_its_requester_only(
    client, world, hr, other_hr, editor, settings, django_capture_on_commit_callbacks
):
    settings.HR_EXPORT_ASYNC_THRESHOLD = 1
    client.force_login(hr)
    with django_capture_on_commit_callbacks(execute=True):
        export(client, "csv")
    job = Export.objects.get()
    for someone in (other_hr, editor):
        client.force_login(someone)
        assert client.get(reverse("hr_export_download", args=[job.pk])).status_code == 404
        assert job.filename not in client.get(reverse("hr_exports")).content.decode()


def test_a_get_does_not_export(client, world, hr):
    client.force_login(hr)
    assert client.get(reverse("hr_export")).status_code == 405


def test_the_export_keeps_the_tables_order(client, world, hr):
    client.force_login(hr)
    response = export(client, "csv", sort="step", dir="desc")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    shown = table(client, sort="step", dir="desc").context["rows"]
    assert [row[1] for row in rows[1:]] == [row.email for row in shown]
    assert rows[1][1] == "posting@acme.example"


def test_a_lost_export_is_built_by_the_reconciliation_or_given_up_after_a_day(
    client, world, hr, settings
):
    import datetime

    from django.utils import timezone

    from lms.hr.reconcile import exports_requeue
    from lms.hr.tasks import export_build_task

    settings.HR_EXPORT_ASYNC_THRESHOLD = 5
    client.force_login(hr)
    grace = datetime.timedelta(minutes=15)
    with pytest.MonkeyPatch.context() as patch:  # the broker lost the message
        patch.setattr(export_build_task, "delay_on_commit", lambda **kwargs: None)
        export(client, "csv")
        export(client, "csv")
    lost, forgotten = Export.objects.order_by("pk")
    assert exports_requeue(grace=grace) == 0  # too young: probably in a worker's hands
    Export.objects.filter(pk=lost.pk).update(created_at=timezone.now() - grace * 2)
    Export.objects.filter(pk=forgotten.pk).update(created_at=timezone.now() - datetime.timedelta(2))
    assert exports_requeue(grace=grace) == 1
    lost.refresh_from_db()
    forgotten.refresh_from_db()
    assert (lost.state, lost.row_count) == (ExportState.READY, 9)
    assert forgotten.state == ExportState.FAILED and forgotten.finished_at
    assert exports_requeue(grace=grace) == 0
