"""Re-signature emails whose task was lost (broker down when the version was published, worker
killed): queued again by the operations reconciliation (OPERATIONS_RECONCILERS)."""

from datetime import timedelta

from django.db.models import Exists, OuterRef
from django.utils import timezone

from .models import CharterResignNotice, CharterSignature, CharterVersion

# A lost notice is looked for during this long after a version's publication.
RESIGN_NOTICE_WINDOW = timedelta(days=7)


def resign_notices_requeue(*, grace: timedelta) -> int:
    """Material versions, published more than `grace` ago and less than a week ago, with a
    member still to be told: someone who signed an earlier version, has not signed this one or
    a later one, and has no notice for it. Their task is queued again (it sends once each)."""
    from .tasks import charter_resign_notify

    now = timezone.now()
    version = OuterRef(OuterRef("pk"))
    signed_since = CharterSignature.objects.filter(
        user_id=OuterRef("user_id"),
        version__charter_id=OuterRef(OuterRef("charter_id")),
        version__number__gte=OuterRef(OuterRef("number")),
    )
    told = CharterResignNotice.objects.filter(user_id=OuterRef("user_id"), version_id=version)
    earlier_signer_untold = (
        CharterSignature.objects.filter(
            version__charter_id=OuterRef("charter_id"),
            version__number__lt=OuterRef("number"),
            user__organisation_id=OuterRef("charter__organisation_id"),
            user__is_active=True,
        )
        .exclude(Exists(signed_since))
        .exclude(Exists(told))
    )
    ids = list(
        CharterVersion.objects.filter(
            is_material=True,
            number__gt=1,
            published_at__lte=now - grace,
            published_at__gte=now - RESIGN_NOTICE_WINDOW,
        )
        .filter(Exists(earlier_signer_untold))
        .values_list("pk", flat=True)
    )
    for pk in ids:
        charter_resign_notify.delay(version_id=pk)
    return len(ids)
