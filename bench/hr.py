"""HR dashboard, per-ambassador table and API list for one organisation of 1,000, 10,000 and
100,000 ambassadors: time and query count at each size; the reference is the smallest size."""

from django.db import connection
from django.test import Client
from django.urls import NoReverseMatch, reverse

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
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
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
    results.notes.append(
        f"HR: one organisation grown to {', '.join(f'{s:,}' for s in config.hr_sizes)} "
        f"ambassadors (bulk inserts, then ANALYZE); {config.hr_requests} requests per figure "
        "after one warm-up, by an HR user of that organisation (the API with a bearer token)."
    )
