"""Permissions the roles hold in this part of lms (merged by lms.roles).

Only "view": nobody, whatever their role, adds, changes or deletes an audit entry from the site.
"""

ROLE_PERMISSIONS: dict[str, list[str]] = {
    "hr": ["audit.view_auditentry"],
    "editor": ["audit.view_auditentry"],
}
