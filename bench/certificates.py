"""Certificates: the whole issue path against a bare WeasyPrint render, and throughput."""

from .measure import NOT_AVAILABLE, Row

SECTION = "Certificates"


def run(world, results, config) -> None:
    results.add(Row(SECTION, "certificate issue path", figure="not measured yet",
                    status=NOT_AVAILABLE))  # fmt: skip
