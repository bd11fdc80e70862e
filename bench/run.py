"""`make bench`: build data on a PostgreSQL database of its own, measure, print a table.

Environment: BENCH_DATABASE_URL, BENCH_QUICK=1 (small sizes, a smoke run), BENCH_WRITE=1 (write
bench/RESULTS.md), BENCH_HR_SIZES (e.g. "1000,10000"), BENCH_CERTIFICATES, BENCH_ONLY (e.g.
"pages,quiz"), BENCH_KEEP_DB=1. Exits 1 when a goal is missed. See bench/README.md.
"""

import os
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")

SECTIONS = ("pages", "quiz", "hr", "certificates")


def _env_sizes(name: str, default: tuple[int, ...]) -> tuple[int, ...]:
    value = os.environ.get(name, "").strip()
    return tuple(int(part) for part in value.split(",") if part.strip()) if value else default


@dataclass(frozen=True)
class Config:
    quick: bool
    write: bool
    keep_db: bool
    sections: tuple[str, ...]
    page_requests: int
    quiz_users: int
    quiz_rounds: int
    hr_sizes: tuple[int, ...]
    hr_requests: int
    certificates: int
    certificate_renders: int

    @classmethod
    def from_env(cls) -> "Config":
        quick = os.environ.get("BENCH_QUICK") == "1"
        only = os.environ.get("BENCH_ONLY", "")
        return cls(
            quick=quick,
            write=os.environ.get("BENCH_WRITE") == "1",
            keep_db=os.environ.get("BENCH_KEEP_DB") == "1",
            sections=tuple(s.strip() for s in only.split(",") if s.strip()) or SECTIONS,
            page_requests=20 if quick else 200,
            quiz_users=20,
            quiz_rounds=2 if quick else 10,
            hr_sizes=_env_sizes("BENCH_HR_SIZES", (100, 1000) if quick else (1000, 10000, 100000)),
            hr_requests=5 if quick else 20,
            certificates=int(os.environ.get("BENCH_CERTIFICATES", 20 if quick else 500)),
            certificate_renders=5 if quick else 20,
        )


def main() -> int:
    config = Config.from_env()
    from django.conf import settings

    from . import db

    url = settings.BENCH_DATABASE_URL
    print(f"Benchmark on {url} ({'quick' if config.quick else 'full'} run)", flush=True)
    started = time.time()
    db.database_recreate(url)
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command

    cache.clear()  # a fresh database reuses ids: nothing read from an earlier run may be served

    from . import certificates, data, hr, machine, pages, quiz
    from .measure import ERROR, Results, Row

    results = Results()
    try:
        call_command("migrate", verbosity=0)
        world = data.world_build(quiz_takers=config.quiz_users)
        modules = {"pages": pages, "quiz": quiz, "hr": hr, "certificates": certificates}
        for name in config.sections:
            print(f"== {name}", flush=True)
            try:
                modules[name].run(world, results, config)
            except Exception as error:  # a broken section is reported, the others still run
                traceback.print_exc()
                results.add(Row(name, "section failed", figure=repr(error)[:120], status=ERROR))
    finally:
        if not config.keep_db:
            from django.db import connections

            connections.close_all()
            db.database_drop(url)
    elapsed = time.time() - started
    print()
    print(results.text())
    for note in results.notes:
        print(f"- {note}")
    print(f"\n{len(results.missed)} goal(s) missed; {elapsed:.0f} s in all.")
    if config.write:
        path = Path(__file__).with_name("RESULTS.md")
        path.write_text(machine.results_markdown(results, config=config, elapsed=elapsed, url=url))
        print(f"Written to {path}")
    return 1 if results.missed else 0


if __name__ == "__main__":
    sys.exit(main())
