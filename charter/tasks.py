from celery import shared_task

from .models import CharterVersion
from .services import charter_resign_notices_send


@shared_task
def charter_resign_notify(*, version_id: int) -> int:
    """Ask signers of earlier versions to sign a material version; safe to run twice."""
    version = CharterVersion.objects.filter(pk=version_id, is_material=True).first()
    if version is None:
        return 0
    return charter_resign_notices_send(version=version)
