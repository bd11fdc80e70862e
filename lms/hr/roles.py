"""Permissions the roles hold in this part of lms (merged by lms.roles)."""

HR_PERMISSIONS = [
    "hr.view_hr_dashboard",
    "hr.view_export",
    "hr.add_export",
    "hr.view_apitoken",
    "hr.add_apitoken",
    "hr.change_apitoken",
]

ROLE_PERMISSIONS: dict[str, list[str]] = {"hr": HR_PERMISSIONS, "editor": HR_PERMISSIONS}
