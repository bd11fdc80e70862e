"""Permissions the roles hold in this part of lms (merged by lms.roles)."""

ROLE_PERMISSIONS: dict[str, list[str]] = {
    # Editors watch the background work and queue failed items again.
    "editor": ["operations.view_outboundemail", "operations.change_outboundemail"],
}
