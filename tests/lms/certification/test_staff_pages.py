"""Trainers and HR read the checklists; trainers issue and revoke through confirmation pages."""

import pytest

from django.urls import reverse

from lms.certification.models import Certificate
from lms.certification.selectors import certificate_for, posting_state_for
from lms.factories import UserFactory
from lms.models import Role

from .conftest import attend, meet_everything, seat

pytestmark = pytest.mark.django_db


def test_the_trainer_sees_the_checklist_of_their_cohort(client, cohort, learner, trainer):
    attend(learner, cohort)
    client.force_login(trainer)
    listing = client.get(reverse("certification:people")).content.decode()
    assert "Léa Garnier" in listing and "1 of 6" in listing
    page = client.get(reverse("certification:person", args=[learner.pk])).content.decode()
    assert "The final quiz is not passed yet." in page


def test_another_trainer_and_another_organisations_hr_see_nothing(
    client, cohort, learner, other_hr
):
    stranger = UserFactory(organisation=None, roles=[Role.TRAINER])
    for viewer in (stranger, other_hr):
        client.force_login(viewer)
        assert "Léa Garnier" not in client.get(reverse("certification:people")).content.decode()
        url = reverse("certification:person", args=[learner.pk])
        assert client.get(url).status_code == 404


def test_hr_reads_but_does_not_issue(client, cohort, learner, hr):
    client.force_login(hr)
    assert client.get(reverse("certification:person", args=[learner.pk])).status_code == 200
    url = reverse("certification:person_issue", args=[learner.pk])
    assert client.post(url, {"reason": "x"}).status_code == 403
    assert certificate_for(user=learner) is None


def test_the_trainer_issues_by_hand_then_revokes_with_a_reason(client, cohort, learner, trainer):
    client.force_login(trainer)
    response = client.post(reverse("certification:person_issue", args=[learner.pk]), {"reason": ""})
    assert response.status_code == 302
    certificate = certificate_for(user=learner)
    assert certificate.issued_by == trainer
    revoke = reverse("certification:revoke", args=[certificate.pk])
    assert client.post(revoke, {"reason": ""}).status_code == 200  # the reason is required
    assert client.post(revoke, {"reason": "Attribué par erreur"}).status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    assert certificate.revoke_reason == "Attribué par erreur"


def test_reissuing_by_hand_needs_a_reason(client, cohort, learner, trainer):
    meet_everything(learner, cohort)
    client.force_login(trainer)
    url = reverse("certification:person_issue", args=[learner.pk])
    response = client.post(url, {"reason": ""})
    assert response.status_code == 200
    assert "Give the reason for issuing a new certificate." in response.content.decode()
    assert client.post(url, {"reason": "Nom corrigé"}).status_code == 302
    assert Certificate.objects.filter(user=learner).count() == 2
    assert posting_state_for(user=learner).state == "enrolled"


def test_the_people_page_takes_the_same_queries_for_more_people(
    client, cohort, learner, trainer, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(trainer)
    url = reverse("certification:people")
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for n in range(5):
        meet_everything(seat(cohort, email=f"n{n}@acme.example"), cohort)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(url).status_code == 200
