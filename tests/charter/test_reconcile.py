"""Re-signature emails whose task was lost are sent by the operations reconciliation, once."""

import datetime

import pytest

from django.utils import timezone

from charter.factories import charter_signed_by
from charter.models import CharterResignNotice, CharterVersion
from charter.reconcile import resign_notices_requeue
from charter.services import charter_version_publish
from charter.tasks import charter_resign_notify
from lms.factories import AmbassadorFactory

pytestmark = pytest.mark.django_db

GRACE = datetime.timedelta(minutes=15)


def _published_lost(charter) -> CharterVersion:
    """A material version whose notification task the broker lost, published 20 minutes ago."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(charter_resign_notify, "delay_on_commit", lambda **kwargs: None)
        version = charter_version_publish(charter=charter, is_material=True)
    CharterVersion.objects.filter(pk=version.pk).update(
        published_at=timezone.now() - datetime.timedelta(minutes=20)
    )
    return version


def test_the_lost_notices_are_sent_once(organisation, charter, version):
    signers = [AmbassadorFactory(organisation=organisation) for _ in range(3)]
    for person in signers:
        charter_signed_by(person, version)
    AmbassadorFactory(organisation=organisation)  # never signed: nothing to re-sign
    second = _published_lost(charter)
    charter_signed_by(signers[0], second)  # already signed the new one
    assert resign_notices_requeue(grace=GRACE) == 1
    told = set(CharterResignNotice.objects.values_list("user_id", flat=True))
    assert told == {signers[1].pk, signers[2].pk}
    assert resign_notices_requeue(grace=GRACE) == 0


def test_young_old_and_minor_versions_are_left_alone(organisation, charter, version):
    charter_signed_by(AmbassadorFactory(organisation=organisation), version)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(charter_resign_notify, "delay_on_commit", lambda **kwargs: None)
        young = charter_version_publish(charter=charter, is_material=True)
    assert resign_notices_requeue(grace=GRACE) == 0  # probably in a worker's hands
    CharterVersion.objects.filter(pk=young.pk).update(
        published_at=timezone.now() - datetime.timedelta(days=8)
    )
    assert resign_notices_requeue(grace=GRACE) == 0  # past the window
    charter_version_publish(charter=charter, is_material=False)
    assert resign_notices_requeue(grace=GRACE) == 0
