"""A person's charter records: export (GDPR access and portability) and erasure.

A signature is the organisation's proof of what the person agreed to (the legal basis of their
taking part), so erasure keeps it: version, language, hash of the text, sections acknowledged,
date. The typed name is replaced by a salted hash that can still be checked against a name
produced in a dispute; the address and browser are removed. Withdrawal reasons are free text
and are removed; the withdrawals themselves stay.
"""

import hashlib

from django.db import transaction

from .models import CharterSignature, ParticipationChange
from .services import normalise_name

ERASED_NAME_PREFIX = "sha256:"


def _iso(value):
    return value.isoformat() if value else None


def signed_name_digest(*, signature_id: int, full_name: str) -> str:
    """What an erased signature keeps of the typed name: check a name with this function."""
    salted = f"{signature_id}:{normalise_name(full_name)}".encode()
    return ERASED_NAME_PREFIX + hashlib.sha256(salted).hexdigest()


def personal_data_export(*, user) -> dict:
    signatures = CharterSignature.objects.filter(user=user).select_related("version")
    changes = ParticipationChange.objects.filter(user=user)
    return {
        "signatures": [
            {
                "version": signature.version.number,
                "language": signature.language,
                "full_name": signature.full_name,
                "text_sha256": signature.text_sha256,
                "acknowledged_sections": signature.acknowledged_sections,
                "signed_at": _iso(signature.signed_at),
                "ip_address": signature.ip_address,
                "user_agent": signature.user_agent,
            }
            for signature in signatures.order_by("signed_at")
        ],
        "participation_changes": [
            {"change": change.kind, "reason": change.reason, "at": _iso(change.created_at)}
            for change in changes.order_by("created_at")
        ],
    }


@transaction.atomic
def personal_data_erase(*, user) -> dict[str, int]:
    """Pseudonymise `user`'s signatures and remove withdrawal reasons. These rows are
    evidence the application never edits one by one; erasure is the one sanctioned change."""
    signatures = list(
        CharterSignature.objects.filter(user=user)
        .exclude(full_name__startswith=ERASED_NAME_PREFIX)
        .values_list("pk", "full_name")
    )
    for pk, full_name in signatures:
        CharterSignature.objects.filter(pk=pk).update(
            full_name=signed_name_digest(signature_id=pk, full_name=full_name),
            ip_address=None,
            user_agent="",
        )
    reasons = ParticipationChange.objects.filter(user=user).exclude(reason="").update(reason="")
    return {"signatures_pseudonymised": len(signatures), "withdrawal_reasons_cleared": reasons}
