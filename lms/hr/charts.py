"""Geometry of the dashboard's charts, drawn as SVG by templates/hr/charts/ (no script, no CDN).
Each chart is also given to the templates as a table, its text alternative."""

from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from .selectors import CertificationDelay, DepartmentShares, Funnel


@dataclass
class Bar:
    label: str
    value: float
    display: str
    fill: str
    x: float = 0
    y: float = 0
    width: float = 0
    height: float = 0
    text_x: float = 0
    text_y: float = 0


@dataclass
class Chart:
    title: str
    description: str
    bars: list[Bar]
    width: int
    height: int
    label_width: int = 0
    baseline: float = 0


# Colours readable on white (contrast above 4.5:1).
PRIMARY = "#007d7e"
ALT = "#6e3fa3"
ROW = 30
BAR = 20
LABEL_WIDTH = 220
BAR_WIDTH = 300


def horizontal(*, title: str, description: str, bars: list[Bar]) -> Chart:
    """One bar per row, label on the left, value after the bar."""
    top = max((bar.value for bar in bars), default=0) or 1
    for index, bar in enumerate(bars):
        bar.x = LABEL_WIDTH
        bar.y = index * ROW + (ROW - BAR) / 2
        bar.width = round(BAR_WIDTH * bar.value / top, 1)
        bar.height = BAR
        bar.text_x = LABEL_WIDTH + bar.width + 6
        bar.text_y = index * ROW + ROW / 2 + 5
    return Chart(
        title=title,
        description=description,
        bars=bars,
        width=LABEL_WIDTH + BAR_WIDTH + 90,
        height=max(1, len(bars)) * ROW,
        label_width=LABEL_WIDTH - 8,
    )


COLUMN = 34
GAP = 12
PLOT = 160
TOP = 20


def columns(*, title: str, description: str, bars: list[Bar]) -> Chart:
    """One column per item, value above, label below."""
    top = max((bar.value for bar in bars), default=0) or 1
    for index, bar in enumerate(bars):
        bar.width = COLUMN
        bar.height = round(PLOT * bar.value / top, 1)
        bar.x = GAP + index * (COLUMN + GAP)
        bar.y = TOP + PLOT - bar.height
        bar.text_x = bar.x + COLUMN / 2
        bar.text_y = bar.y - 5
    return Chart(
        title=title,
        description=description,
        bars=bars,
        width=GAP + len(bars) * (COLUMN + GAP),
        height=TOP + PLOT + 24,
        baseline=TOP + PLOT,
    )


def funnel_chart(funnel: Funnel) -> Chart:
    bars = [
        Bar(
            label=step.label,
            value=step.count,
            display=f"{step.count}"
            + (f" ({step.of_invited} %)" if step.of_invited is not None else ""),
            fill=PRIMARY,
        )
        for step in funnel.steps
    ]
    bars.append(
        Bar(
            label=pgettext("onboarding step", "Withdrawn"),
            value=funnel.withdrawn,
            display=str(funnel.withdrawn),
            fill=ALT,
        )
    )
    description = "; ".join(f"{bar.label}: {bar.display}" for bar in bars)
    return horizontal(title=_("Onboarding funnel"), description=description, bars=bars)


def _month(month) -> str:
    return date_format(month, "M Y")


def certifications_chart(per_month) -> Chart:
    bars = [
        Bar(label=_month(month), value=count, display=str(count), fill=PRIMARY)
        for month, count in per_month
    ]
    total = sum(count for _month_start, count in per_month)
    description = _("%(total)s certificates issued over %(months)s months.") % {
        "total": total,
        "months": len(per_month),
    }
    return columns(title=_("Certifications per month"), description=description, bars=bars)


def delay_chart(delay: CertificationDelay) -> Chart:
    bars = [
        Bar(
            label=_month(month),
            value=days or 0,
            display="–" if days is None else f"{days:g}",
            fill=ALT,
        )
        for month, days in delay.per_month
    ]
    if delay.median_days is None:
        description = _("No certificate over these months.")
    else:
        description = _(
            "Median: %(days)s days from the seat in a cohort to the certificate, "
            "over %(count)s certificates."
        ) % {
            "days": f"{delay.median_days:g}",
            "count": delay.count,
        }
    return columns(
        title=_("Median days from enrolment to certificate, per month of certification"),
        description=description,
        bars=bars,
    )


def departments_chart(shares: DepartmentShares) -> Chart:
    bars = [
        Bar(
            label=row.name,
            value=row.count,
            display=f"{row.count} ({row.percent} %)",
            fill=ALT if row.is_communication else PRIMARY,
        )
        for row in shares.rows
    ]
    description = _(
        "%(outside)s of %(total)s ambassadors (%(percent)s %%) come from outside "
        "marketing and communication."
    ) % {
        "outside": shares.outside_communication,
        "total": shares.total,
        "percent": shares.outside_percent if shares.outside_percent is not None else 0,
    }
    return horizontal(title=_("Ambassadors per department"), description=description, bars=bars)
