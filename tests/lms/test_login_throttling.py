import re

import pytest

from django.core import mail
from django.test import override_settings
from django.urls import reverse

from tests.conftest import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("throttling")]


@pytest.fixture
def throttling():
    with override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3):
        yield


def fail(client, email, times, ip="10.0.0.1"):
    for _ in range(times):
        response = client.post(
            reverse("login"), {"username": email, "password": "wrong"}, REMOTE_ADDR=ip
        )
    return response


def test_account_is_locked_after_repeated_failures_with_a_clear_message(client, ambassador):
    response = fail(client, ambassador.email, 3)
    assert response.status_code == 429
    assert "Trop de tentatives" in response.content.decode()
    # Even the right password is refused while the lock holds, from another address too.
    response = client.post(
        reverse("login"),
        {"username": ambassador.email, "password": PASSWORD},
        REMOTE_ADDR="10.0.0.2",
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_an_address_is_locked_after_failures_on_several_accounts(client, ambassador, hr):
    fail(client, "nobody-1@example.org", 2, ip="10.0.0.9")
    response = fail(client, "nobody-2@example.org", 1, ip="10.0.0.9")
    assert response.status_code == 429


def test_a_password_reset_lifts_the_lock(client, ambassador, django_capture_on_commit_callbacks):
    fail(client, ambassador.email, 3)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("password_reset"), {"email": ambassador.email})
    path = re.search(r"/accounts/reset/\S+/", mail.outbox[0].body).group(0)
    form_url = client.get(path).url
    new = "un-nouveau-mot-de-passe"
    client.post(form_url, {"new_password1": new, "new_password2": new})
    response = client.post(
        reverse("login"), {"username": ambassador.email, "password": new}, REMOTE_ADDR="10.0.0.3"
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")
