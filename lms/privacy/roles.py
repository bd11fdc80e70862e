"""Permissions the roles hold in this part of lms (merged by lms.roles)."""

ROLE_PERMISSIONS: dict[str, list[str]] = {}
