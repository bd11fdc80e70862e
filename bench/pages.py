"""Lesson page, programme page and dashboard for a logged-in ambassador, against a bare
Wagtail page with the same body text, served in this process by Django's test client."""

import os

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from lms.demo import DEMO_DOMAIN
from lms.models import User

from .data import lessons_longest_first, reference_page_build
from .measure import MISSED, OK, Row, median, ms, percentile, queries_of, timed

SECTION = "Pages for a logged-in ambassador (in process)"
TRAINEE = "ambassador2"  # not certified: his editorial line is still to be validated
MAX_RATIO = 1.3
MAX_QUERIES = 15  # strictly fewer


def _get(client, url):
    def fetch():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)

    return fetch


def _open_lesson(client):
    """The lesson with the longest body that the ambassador may read."""
    for lesson in lessons_longest_first():
        if client.get(lesson.url).status_code == 200:
            return lesson
    raise RuntimeError("No lesson is open to the ambassador.")


def run(world, results, config) -> None:
    client = Client()
    client.force_login(world.ambassador)
    lesson = _open_lesson(client)
    reference = reference_page_build(lesson)
    urls = {
        "bare Wagtail page (reference)": reference.url,
        "lesson page": lesson.url,
        "programme page": world.programme.url,
        "dashboard /dashboard/": "/dashboard/",
    }
    fetchers = {name: _get(client, url) for name, url in urls.items()}
    # An ambassador still in training: the dashboard shows the certification checklist.
    trainee = Client()
    trainee.force_login(User.objects.get(email=f"{TRAINEE}@{DEMO_DOMAIN}"))
    urls[f"dashboard, ambassador in training ({TRAINEE})"] = "/dashboard/"
    fetchers[f"dashboard, ambassador in training ({TRAINEE})"] = _get(trainee, "/dashboard/")
    for fetch in fetchers.values():  # warm up caches, templates, connections
        for _ in range(5):
            fetch()
    times = {name: [] for name in urls}
    for _ in range(config.page_requests):
        for name, fetch in fetchers.items():  # interleaved, so noise hits every page alike
            times[name].append(timed(fetch))
    queries = {name: queries_of(fetch) for name, fetch in fetchers.items()}
    if os.environ.get("BENCH_SHOW_QUERIES") == "1":
        _show_queries(fetchers)
    reference_name = next(iter(urls))
    reference_time = median(times[reference_name])
    results.add(
        Row(
            SECTION,
            reference_name,
            figure=f"p50 {ms(reference_time)}",
            reference=f"p95 {ms(percentile(times[reference_name], 95))}",
            ratio=1.0,
            queries=str(queries[reference_name]),
        )
    )
    for name in list(urls)[1:]:
        ratio = median(times[name]) / reference_time
        met = ratio <= MAX_RATIO and queries[name] < MAX_QUERIES
        results.add(
            Row(
                SECTION,
                name,
                figure=f"p50 {ms(median(times[name]))}, p95 {ms(percentile(times[name], 95))}",
                reference=f"p50 {ms(reference_time)}",
                ratio=ratio,
                queries=str(queries[name]),
                goal=f"<= {MAX_RATIO}x, < {MAX_QUERIES} queries",
                status=OK if met else MISSED,
            )
        )
    _after_a_change(client, world, urls, reference_time, results, config)
    results.notes.append(
        f"Pages: median of {config.page_requests} requests each, interleaved, after 5 warm-up "
        f"requests; lesson `{lesson.url}`."
    )


def _show_queries(fetchers) -> None:
    """Print the SQL of each page (BENCH_SHOW_QUERIES=1), to see where the queries go."""
    for name, fetch in fetchers.items():
        with CaptureQueriesContext(connection) as captured:
            fetch()
        print(f"--- {name}: {len(captured)} queries")
        for number, query in enumerate(captured.captured_queries, start=1):
            print(f"{number:3} {query['sql'][:300]}")


def _after_a_change(client, world, urls, reference_time, results, config) -> None:
    """Pages on the first request after something of the learner's changed, when what the cache
    kept of it is read again: the lesson page right after a lesson was completed (the next
    lesson of a learner going through a session), and the lesson page and the dashboard after
    every one of the learner's records changed (an enrolment, a role, a signature...)."""
    from courses.caching import completions_token, person_tokens, tokens_change
    from lms.dashboard import person_token

    person = world.ambassador.pk
    everything = [*person_tokens(person), person_token(person)]
    cases = [
        ("lesson page, right after a lesson completed", "lesson page", [completions_token(person)]),
        ("lesson page, after all their records changed", "lesson page", everything),
        ("dashboard, after all their records changed", "dashboard /dashboard/", everything),
    ]
    for label, name, tokens in cases:
        fetch = _get(client, urls[name])

        def changed_then_fetched(fetch=fetch, tokens=tokens):
            tokens_change(tokens)
            fetch()

        times = []
        for _ in range(max(20, config.page_requests // 4)):
            tokens_change(tokens)  # the writer's cost, not the page's
            times.append(timed(fetch))
        results.add(
            Row(
                SECTION,
                label,
                figure=f"p50 {ms(median(times))}, p95 {ms(percentile(times, 95))}",
                reference=f"p50 {ms(reference_time)}",
                ratio=median(times) / reference_time,
                queries=str(queries_of(changed_then_fetched)),
            )
        )
