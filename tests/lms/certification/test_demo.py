"""The demo: one ambassador certified and enrolled, one blocked, one suspended."""

import io

import pytest

from lms.certification.demo import demo_seed
from lms.certification.models import Certificate, PostingEnrolment, Requirement
from lms.certification.selectors import certificate_for, posting_state_for, readiness_for
from lms.demo import demo_seed as lms_demo_seed

pytestmark = pytest.mark.django_db


def test_demo_seed_is_idempotent_and_shows_the_three_situations(site):
    demo = lms_demo_seed(stdout=io.StringIO())
    for _ in range(2):
        demo_seed(**demo, stdout=io.StringIO())
    people = demo["people"]
    camille, hugo, lea = people["ambassador1"], people["ambassador2"], people["ambassador3"]

    assert Requirement.objects.count() == 6
    assert readiness_for(user=camille).is_ready
    certificate = certificate_for(user=camille)
    assert certificate.status == "valid" and certificate.pdf
    assert certificate.linkedin_sharing
    assert posting_state_for(user=camille).state == "enrolled"

    readiness = readiness_for(user=hugo)
    assert not readiness.is_ready
    assert "The editorial line is not validated by the coach yet." in [
        item.why_not for item in readiness.missing
    ]
    assert certificate_for(user=hugo) is None and posting_state_for(user=hugo) is None

    assert certificate_for(user=lea).status == "expired"
    enrolment = posting_state_for(user=lea)
    assert (enrolment.state, enrolment.reason) == ("suspended", "certificate_expired")

    assert Certificate.objects.count() == 2
    assert PostingEnrolment.objects.count() == 2
