"""The demo organisation's charter: both languages, version 1, three ambassadors signed."""

import io

import pytest

from charter.demo import demo_seed
from charter.models import Charter, CharterSignature, CharterVersion
from charter.selectors import charter_statuses_for
from lms.demo import demo_people_seed

pytestmark = pytest.mark.django_db


def test_demo_seed_is_idempotent_and_signs_three_ambassadors():
    demo = demo_people_seed()
    for _ in range(2):
        demo_seed(**demo, stdout=io.StringIO())
    charter = Charter.objects.get(organisation=demo["organisation"])
    assert charter.sections.count() == 9
    version = CharterVersion.objects.get(charter=charter)
    assert (version.number, version.languages) == (1, ["fr", "en"])
    assert CharterSignature.objects.count() == 3
    people = demo["people"]
    statuses = charter_statuses_for(users=[people[f"ambassador{n}"] for n in range(1, 7)])
    states = [statuses[people[f"ambassador{n}"].pk].state for n in range(1, 7)]
    assert states == ["signed"] * 3 + ["not_signed"] * 3
