"""Permissions the roles hold in this part of lms (merged by lms.roles)."""

ROLE_PERMISSIONS: dict[str, list[str]] = {
    "trainer": [
        "certification.view_certificate",
    ],
    "hr": [
        "certification.view_certificate",
        "certification.view_postingenrolment",
        "certification.view_postingwebhook",
        "certification.add_postingwebhook",
        "certification.change_postingwebhook",
        "certification.delete_postingwebhook",
        "certification.view_webhookdelivery",
    ],
    "editor": [
        "certification.view_programmecertification",
        "certification.add_programmecertification",
        "certification.change_programmecertification",
        "certification.view_certificate",
        "certification.view_postingenrolment",
        "certification.view_postingwebhook",
        "certification.add_postingwebhook",
        "certification.change_postingwebhook",
        "certification.delete_postingwebhook",
        "certification.view_webhookdelivery",
    ],
}
