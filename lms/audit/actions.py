"""Readable names of the actions recorded in the audit log. An action without a name here is
shown as recorded ("thing.verb")."""

from django.utils.translation import gettext_lazy as _

ACTION_LABELS = {
    "audit.export": _("Audit log exported"),
    "charter.sign": _("Charter signed"),
    "participation.withdraw": _("Withdrew from the programme"),
    "participation.rejoin": _("Re-joined the programme"),
    "enrolment.confirm": _("Enrolment confirmed on their behalf"),
    "enrolment.withdraw": _("Withdrawn from a cohort on their behalf"),
    "role.grant": _("Role granted"),
    "role.revoke": _("Role removed"),
    "certificate.issue": _("Certificate issued"),
    "certificate.revoke": _("Certificate revoked"),
    "certificate.reissue": _("Certificate re-issued"),
    "posting.enrol": _("Enrolled in posting"),
    "posting.suspend": _("Posting suspended"),
    "api_token.create": _("API token created"),
    "api_token.use": _("API token used"),
    "privacy.export": _("Personal data downloaded"),
    "privacy.erase": _("Personal data erased"),
    "privacy.purge": _("Old records purged"),
}


def action_label(action: str) -> str:
    return str(ACTION_LABELS.get(action, action))
