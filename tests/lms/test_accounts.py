import re

import pytest

from django.core import mail
from django.urls import reverse

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_login_with_email_lands_on_dashboard_in_the_users_language(client, ambassador):
    ambassador.language = "en"
    ambassador.save()
    response = client.post(
        reverse("login"), {"username": "AMBASSADOR@acme.example", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")
    assert response.cookies["aa_language"].value == "en"
    assert "Hello" in client.get(reverse("dashboard")).content.decode()


def test_wrong_password_is_refused_with_a_clear_message(client, ambassador):
    response = client.post(reverse("login"), {"username": ambassador.email, "password": "nope"})
    assert response.status_code == 200
    assert "ne correspondent à aucun compte" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_dashboard_requires_login(client):
    response = client.get(reverse("dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_logout_is_a_post(client, ambassador):
    client.force_login(ambassador)
    assert client.get(reverse("logout")).status_code == 405
    client.post(reverse("logout"))
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_a_link_that_sets_a_new_password(
    client, ambassador, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("password_reset"), {"email": ambassador.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [ambassador.email]
    assert "mot de passe" in message.subject
    path = re.search(r"/accounts/reset/\S+/", message.body).group(0)
    form_url = client.get(path).url
    response = client.post(
        form_url,
        {"new_password1": "un-nouveau-mot-de-passe", "new_password2": "un-nouveau-mot-de-passe"},
    )
    assert response.status_code == 302
    ambassador.refresh_from_db()
    assert ambassador.check_password("un-nouveau-mot-de-passe")


def test_password_reset_for_unknown_email_says_the_same_and_sends_nothing(client, db):
    response = client.post(reverse("password_reset"), {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_short_password_is_refused(client, ambassador):
    client.force_login(ambassador)
    response = client.post(
        reverse("password_change"),
        {"old_password": PASSWORD, "new_password1": "short-pw", "new_password2": "short-pw"},
    )
    assert response.status_code == 200
    assert "12" in response.content.decode()
