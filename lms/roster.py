"""Columns the core app adds to the trainer's live roster (settings.COHORT_ROSTER_COLUMNS)."""

from django.utils.translation import gettext as _

from charter.selectors import charter_statuses_for


def charter_column(*, users) -> dict[int, tuple[str, str]]:
    """Where each person stands with the charter in force, as a short label and a level."""
    labels = {
        "signed": (_("Charter signed"), "ok"),
        "not_signed": (_("Charter not signed"), "warn"),
        "resign_required": (_("Charter to sign again"), "warn"),
        "withdrawn": (_("Withdrawn"), "error"),
    }
    return {
        user_id: labels.get(status.state, (status.state, "warn"))
        for user_id, status in charter_statuses_for(users=users).items()
    }
