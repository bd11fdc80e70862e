"""Panels this app adds to the ambassador's personal dashboard (see lms.dashboard)."""


def dashboard_panels(*, user) -> list[dict]:
    return []
