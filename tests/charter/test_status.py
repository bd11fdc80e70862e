"""The selectors other capabilities read (certification): one person, or many at once."""

import pytest

from charter.factories import CharterFactory, charter_signed_by
from charter.selectors import charter_status_for, charter_statuses_for
from charter.services import charter_version_publish, participation_withdraw
from lms.factories import AmbassadorFactory

pytestmark = pytest.mark.django_db


def test_status_without_charter_is_not_signed(ambassador):
    status = charter_status_for(user=ambassador)
    assert (status.state, status.current_version, status.signed_version) == (
        "not_signed",
        None,
        None,
    )


def test_status_reports_versions_and_date(ambassador, version):
    charter_signed_by(ambassador, version)
    status = charter_status_for(user=ambassador)
    assert status.state == "signed" and status.is_signed
    assert (status.current_version, status.signed_version) == (1, 1)
    assert status.signed_at is not None


def _people(organisation, version, count):
    people = [AmbassadorFactory(organisation=organisation) for _ in range(count)]
    for user in people[::2]:
        charter_signed_by(user, version)
    participation_withdraw(user=people[1])
    return people


def test_batch_status_matches_the_single_one(organisation, charter, version):
    people = _people(organisation, version, 5)
    charter_version_publish(charter=charter, is_material=True)
    charter_signed_by(people[2], charter.versions.get(number=2))
    statuses = charter_statuses_for(users=people)
    assert [statuses[u.pk].state for u in people] == [
        "resign_required",
        "withdrawn",
        "signed",
        "not_signed",
        "resign_required",
    ]
    assert all(statuses[u.pk] == charter_status_for(user=u) for u in people)


@pytest.mark.parametrize("count", [2, 20])
def test_batch_status_query_count_does_not_grow_with_people(
    organisation, other_organisation, version, count, django_assert_num_queries
):
    other_version = CharterFactory(organisation=other_organisation, published=True).versions.get()
    people = _people(organisation, version, count) + _people(other_organisation, other_version, 2)
    with django_assert_num_queries(3):
        statuses = charter_statuses_for(users=people)
    assert len(statuses) == count + 2
