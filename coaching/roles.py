"""Permissions this app's roles need, keyed by role value; lms.roles installs them."""

ROLE_PERMISSIONS: dict[str, list[str]] = {
    "coach": ["coaching.view_coachassignment"],
    "hr": ["coaching.view_coachassignment", "coaching.view_organisationeditorialline"],
    "editor": [
        "coaching.view_coachassignment",
        "coaching.add_coachassignment",
        "coaching.change_coachassignment",
        "coaching.delete_coachassignment",
        "coaching.view_organisationeditorialline",
        "coaching.add_organisationeditorialline",
        "coaching.change_organisationeditorialline",
        "coaching.delete_organisationeditorialline",
    ],
}
