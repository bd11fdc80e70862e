"""The charter panel reads a person's status in one query, the same as the batch reader's."""

import pytest

from charter.factories import charter_signed_by
from charter.selectors import charter_status_for, charter_status_read
from charter.services import charter_version_publish, participation_rejoin, participation_withdraw
from lms.factories import AmbassadorFactory

pytestmark = pytest.mark.django_db


def test_one_query_status_matches_the_batch_one_in_every_state(organisation, charter, version):
    people = [AmbassadorFactory(organisation=organisation) for _ in range(6)]
    for user in people[:5]:
        charter_signed_by(user, version)
    participation_withdraw(user=people[1])
    participation_withdraw(user=people[2])
    participation_rejoin(user=people[2])
    charter_version_publish(charter=charter, is_material=True)
    charter_signed_by(people[3], charter.versions.get(number=2))
    charter_version_publish(charter=charter, is_material=False)
    statuses = [charter_status_read(user=user) for user in people]
    assert [status.state for status in statuses] == [
        "resign_required",
        "withdrawn",
        "resign_required",
        "signed",
        "resign_required",
        "not_signed",
    ]
    assert statuses == [charter_status_for(user=user) for user in people]
    assert (statuses[3].current_version, statuses[3].signed_version) == (3, 2)


def test_one_query_status_without_charter_or_organisation(ambassador, django_assert_num_queries):
    with django_assert_num_queries(1):
        status = charter_status_read(user=ambassador)
    assert status == charter_status_for(user=ambassador)
    loner = AmbassadorFactory(organisation=None)
    assert charter_status_read(user=loner) == charter_status_for(user=loner)
