"""Permissions this app's roles need, keyed by role value; lms.roles installs them."""

ROLE_PERMISSIONS: dict[str, list[str]] = {
    "hr": ["charter.view_charter", "charter.view_chartersignature"],
    "trainer": ["charter.view_charter", "charter.view_chartersignature"],
    "editor": [
        "charter.view_charter",
        "charter.add_charter",
        "charter.change_charter",
        "charter.view_chartersignature",
    ],
}
