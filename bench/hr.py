"""HR dashboard, per-ambassador table and API list for one organisation of 1,000, 10,000 and
100,000 ambassadors: time and query count at each size; the reference is the smallest size."""

from django.db import connection
from django.test import Client
from django.urls import NoReverseMatch, reverse

from lms.hr.models import PipelineState
from lms.hr.pipeline import pipeline_mark_stale, pipeline_rebuild
from lms.models import Role, User

from .data import users_create
from .measure import MISSED, NOT_AVAILABLE, OK, Row, median, ms, percentile, queries_of, timed
from .scale import ScaleOrganisation

SECTION = "HR at scale (in process)"
MAX_P95 = 1.0  # seconds, at 100,000 ambassadors


def _endpoints(token: str):
    """(name, url, extra request headers) of what HR opens; None when not there."""
    try:
        dashboard, table = reverse("hr_dashboard"), reverse("hr_ambassadors")
    except NoReverseMatch:
        return None
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    return [
        ("HR dashboard", dashboard, {}),
        ("per-ambassador table (first page)", table, {}),
        ("API list /api/v1/ambassadors", "/api/v1/ambassadors", bearer),
    ]


def _fetch(client, url, headers):
    def fetch():
        response = client.get(url, **headers)
        assert response.status_code == 200, (url, response.status_code)

    return fetch


PROGRESSED = 500
AFTER_PROGRESS_ROUNDS = 5


def _after_progress(results, client, endpoint, scale, size) -> None:
    """The dashboard read right after many people's records changed: it recomputes them."""
    name, url, headers = endpoint
    people = list(
        PipelineState.objects.filter(organisation=scale.organisation)
        .order_by("user_id")
        .values_list("user_id", flat=True)[: PROGRESSED * AFTER_PROGRESS_ROUNDS]
    )
    times = []
    for round_ in range(AFTER_PROGRESS_ROUNDS):
        pipeline_mark_stale(user_ids=people[round_ * PROGRESSED : (round_ + 1) * PROGRESSED])
        times.append(timed(_fetch(client, url, headers)))
    results.add(
        Row(SECTION, f"{name} after {PROGRESSED} people progressed, {size:,} ambassadors",
            figure=f"p50 {ms(median(times))}, max {ms(max(times))}",
            goal=f"max < {MAX_P95:.0f} s",
            status=OK if max(times) < MAX_P95 else MISSED)
    )  # fmt: skip


def _not_available(results, reason: str) -> None:
    for name in ("HR dashboard", "per-ambassador table", "API list"):
        results.add(Row(SECTION, name, figure=reason, status=NOT_AVAILABLE))


def run(world, results, config) -> None:
    try:
        from lms.hr.services import api_token_create
    except ImportError:
        return _not_available(results, "lms.hr is not there yet")
    scale = ScaleOrganisation(editor=User.objects.filter(is_superuser=False).first())
    (hr_id,) = users_create(
        count=1, organisation=scale.organisation, prefix="scale-hr-", role=Role.HR
    )
    hr = User.objects.get(pk=hr_id)
    _token, raw = api_token_create(organisation=scale.organisation, name="bench", created_by=hr)
    endpoints = _endpoints(raw)
    if endpoints is None:
        return _not_available(results, "the HR pages are not there yet")
    client = Client()
    client.force_login(hr)
    first = {}
    for size in config.hr_sizes:
        print(f"  growing the organisation to {size:,} ambassadors", flush=True)
        scale.grow_to(size)
        rebuild_time = timed(lambda: pipeline_rebuild(organisation_id=scale.organisation.pk))
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        results.add(
            Row(SECTION, f"onboarding states rebuilt from the records, {size:,} ambassadors",
                figure=f"{rebuild_time:.1f} s ({size / rebuild_time:,.0f} people/s)",
                goal="nightly, in the background")
        )  # fmt: skip
        for name, url, headers in endpoints:
            fetch = _fetch(client, url, headers)
            fetch()  # warm-up
            times = [timed(fetch) for _ in range(config.hr_requests)]
            queries = queries_of(fetch)
            p95 = percentile(times, 95)
            first.setdefault(name, (median(times), queries))
            reference_time, reference_queries = first[name]
            constant = queries == reference_queries
            met = constant and p95 < MAX_P95
            results.add(
                Row(SECTION, f"{name}, {size:,} ambassadors",
                    figure=f"p50 {ms(median(times))}, p95 {ms(p95)}",
                    reference=f"p50 {ms(reference_time)} at {config.hr_sizes[0]:,}",
                    ratio=median(times) / reference_time, queries=str(queries),
                    goal=f"p95 < {MAX_P95:.0f} s, queries as at {config.hr_sizes[0]:,}",
                    status=OK if met else MISSED)
            )  # fmt: skip
        _after_progress(results, client, endpoints[0], scale, size)
    results.notes.append(
        f"HR: after each growth the onboarding states are rebuilt from the records, as the "
        f'nightly run does after a bulk import; "after {PROGRESSED} people progressed": '
        f"their states marked stale (as their records' signals do), then the dashboard read "
        f"once, which recomputes them; {AFTER_PROGRESS_ROUNDS} rounds."
    )
    results.notes.append(
        f"HR: one organisation grown to {', '.join(f'{s:,}' for s in config.hr_sizes)} "
        f"ambassadors (bulk inserts, then ANALYZE); {config.hr_requests} requests per figure "
        "after one warm-up, by an HR user of that organisation (the API with a bearer token)."
    )
