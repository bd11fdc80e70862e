"""Permissions this app's roles need, keyed by role value; lms.roles installs them."""

ROLE_PERMISSIONS: dict[str, list[str]] = {}
