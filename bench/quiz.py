"""The quiz page and the quiz submit (20 questions of every type) under 20 concurrent users,
each a real HTTP client against a gunicorn on loopback; the reference is a bare Wagtail page
under the same load."""

import threading
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser

from django.test import Client
from django.urls import reverse

from .data import PASSWORD, lessons_longest_first, reference_page_build
from .measure import MISSED, OK, Row, median, ms, percentile, queries_of, timed
from .server import logged_in_session, web_server

SECTION = "Quiz under concurrent users (gunicorn, loopback)"


class _FormFields(HTMLParser):
    """The answerable fields of the attempt form: radios, checkboxes, selects, textareas."""

    def __init__(self):
        super().__init__()
        self.choices: dict[str, list[str]] = {}
        self.texts: list[str] = []
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and attrs.get("type") in {"radio", "checkbox"} and name:
            self.choices.setdefault(name, []).append(attrs.get("value", ""))
        elif tag == "select" and name:
            self._select = name
            self.choices.setdefault(name, [])
        elif tag == "option" and self._select and attrs.get("value"):
            self.choices[self._select].append(attrs["value"])
        elif tag == "textarea" and name:
            self.texts.append(name)

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


def answers_from(html: str, csrf: str) -> dict:
    """An answer to every question: the first choice (the i-th for orderings), some text."""
    fields = _FormFields()
    fields.feed(html)
    data = {"csrfmiddlewaretoken": csrf}
    for name, values in fields.choices.items():
        if values:
            position = int(name.rsplit("_", 1)[1]) if "_" in name else 0
            data[name] = values[position % len(values)]
    for name in fields.texts:
        data[name] = "Je relis la charte avant de publier et je cite mes sources."
    return data


class _Taker:
    """One simulated learner: start an attempt, read the quiz, submit it."""

    def __init__(self, base: str, email: str, quiz_id: int):
        self.base = base
        self.session = logged_in_session(base, email, PASSWORD)
        self.start_url = f"{base}{reverse('courses:quizzes:start', args=[quiz_id])}"

    def round(self, page_times: list, submit_times: list, failures: list) -> None:
        csrf = self.session.cookies["csrftoken"]
        started = self.session.post(
            self.start_url, data={"csrfmiddlewaretoken": csrf}, allow_redirects=False
        )
        if started.status_code != 302 or "/attempts/" not in started.headers["Location"]:
            failures.append(f"start {started.status_code}")
            return
        attempt_url = self.base + started.headers["Location"]
        holder = {}
        page_times.append(timed(lambda: holder.update(page=self.session.get(attempt_url))))
        if holder["page"].status_code != 200:
            failures.append(f"page {holder['page'].status_code}")
            return
        data = answers_from(holder["page"].text, csrf)

        def submit():
            holder["submit"] = self.session.post(attempt_url, data=data, allow_redirects=False)

        submit_times.append(timed(submit))
        if holder["submit"].status_code != 302:
            failures.append(f"submit {holder['submit'].status_code}")


def _load(takers, rounds: int, work) -> None:
    barrier = threading.Barrier(len(takers))

    def run(taker):
        barrier.wait()
        for _ in range(rounds):
            work(taker)

    with ThreadPoolExecutor(max_workers=len(takers)) as pool:
        list(pool.map(run, takers))


def _query_counts(world) -> tuple[int, int]:
    """Queries of one quiz page and one submit, served in this process."""
    client = Client()
    client.force_login(world.quiz_takers[0])
    start = client.post(reverse("courses:quizzes:start", args=[world.quiz.pk]))
    attempt_url = start["Location"]
    holder = {}
    page_queries = queries_of(lambda: holder.update(page=client.get(attempt_url)))
    data = answers_from(holder["page"].content.decode(), client.cookies["csrftoken"].value)
    submit_queries = queries_of(lambda: holder.update(submit=client.post(attempt_url, data)))
    assert holder["submit"].status_code == 302, holder["submit"].status_code
    return page_queries, submit_queries


def run(world, results, config) -> None:
    page_queries, submit_queries = _query_counts(world)
    reference = reference_page_build(lessons_longest_first()[0])
    with web_server() as base:
        takers = [_Taker(base, user.email, world.quiz.pk) for user in world.quiz_takers]
        # The reference: a bare Wagtail page, twice per round, under the same load.
        bare_times, failures = [], []

        def bare(taker):
            holder = {}

            def fetch():
                holder["r"] = taker.session.get(base + reference.url)

            for _ in range(2):
                bare_times.append(timed(fetch))
                if holder["r"].status_code != 200:
                    failures.append(f"bare {holder['r'].status_code}")

        _load(takers, 1, bare)  # warm-up of every worker process
        bare_times.clear()
        _load(takers, config.quiz_rounds, bare)
        page_times, submit_times = [], []
        _load(takers, config.quiz_rounds, lambda t: t.round(page_times, submit_times, failures))
    users = len(takers)
    results.add(
        Row(SECTION, f"bare Wagtail page, {users} users (reference)",
            figure=f"p50 {ms(median(bare_times))}",
            reference=f"p95 {ms(percentile(bare_times, 95))}", ratio=1.0)
    )  # fmt: skip
    for name, times, queries in (
        ("quiz page (20 questions)", page_times, page_queries),
        ("quiz submit (20 questions, graded)", submit_times, submit_queries),
    ):
        results.add(
            Row(SECTION, f"{name}, {users} users",
                figure=f"p50 {ms(median(times))}, p95 {ms(percentile(times, 95))}",
                reference=f"p50 {ms(median(bare_times))}", ratio=median(times) / median(bare_times),
                queries=str(queries), goal="no failed request",
                status=MISSED if failures else OK)
        )  # fmt: skip
    results.notes.append(
        f"Quiz: {users} logged-in users on {users} threads, {config.quiz_rounds} rounds each "
        f"(start, read, submit), against gunicorn with {config_workers()} sync workers; "
        f"{len(page_times)} pages and {len(submit_times)} submits timed; "
        f"failures: {', '.join(sorted(set(failures))) or 'none'}. Query counts measured "
        "in process, one request each."
    )


def config_workers() -> int:
    from .server import WORKERS

    return WORKERS
