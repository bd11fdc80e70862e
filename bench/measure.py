"""Timing, percentiles, query counts and the table of results."""

import statistics
import time
from dataclasses import dataclass, field

from django.db import connection
from django.test.utils import CaptureQueriesContext

OK, MISSED, INFO, NOT_AVAILABLE, ERROR = "ok", "MISSED", "-", "not available", "ERROR"


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (0-100) by linear interpolation."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def median(values: list[float]) -> float:
    return statistics.median(values)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def queries_of(fn) -> int:
    with CaptureQueriesContext(connection) as captured:
        fn()
    return len(captured)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


@dataclass
class Row:
    section: str
    measure: str
    figure: str = ""
    reference: str = ""
    ratio: float | None = None
    queries: str = ""
    goal: str = ""
    status: str = INFO

    def cells(self) -> list[str]:
        ratio = f"{self.ratio:.2f}x" if self.ratio is not None else ""
        return [
            self.measure,
            self.figure,
            self.reference,
            ratio,
            self.queries,
            self.goal,
            self.status,
        ]


HEADERS = ["Measure", "Figure", "Reference", "Ratio", "Queries", "Goal", "Result"]


@dataclass
class Results:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        print(
            f"  {row.measure}: {row.figure} {row.reference} {row.cells()[3]} "
            f"{row.queries} -> {row.status}",
            flush=True,
        )
        return row

    @property
    def missed(self) -> list[Row]:
        return [row for row in self.rows if row.status in {MISSED, ERROR}]

    def markdown(self) -> str:
        lines = []
        for section in dict.fromkeys(row.section for row in self.rows):
            lines += [
                f"### {section}",
                "",
                "| " + " | ".join(HEADERS) + " |",
                "|" + "---|" * len(HEADERS),
            ]
            for row in self.rows:
                if row.section == section:
                    lines.append("| " + " | ".join(row.cells()) + " |")
            lines.append("")
        return "\n".join(lines)

    def text(self) -> str:
        widths = [len(h) for h in HEADERS]
        for row in self.rows:
            widths = [max(w, len(c)) for w, c in zip(widths, row.cells(), strict=True)]
        line = "  ".join(h.ljust(w) for h, w in zip(HEADERS, widths, strict=True))
        out = [line, "-" * len(line)]
        section = None
        for row in self.rows:
            if row.section != section:
                section = row.section
                out.append(f"[{section}]")
            out.append("  ".join(c.ljust(w) for c, w in zip(row.cells(), widths, strict=True)))
        return "\n".join(out)
