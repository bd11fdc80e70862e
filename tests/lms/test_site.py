import pytest

from django.urls import reverse

from wagtail.models import Page

from lms.models import HomePage
from lms.site_setup import site_install

pytestmark = pytest.mark.django_db


def test_root_redirects_to_the_french_home_page(client, site):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"
    page = client.get("/fr/")
    assert page.status_code == 200
    assert '<html lang="fr">' in page.content.decode()
    assert "Quatre demi-journées" in page.content.decode()


def test_english_home_page_is_the_translation(client, site):
    response = client.get("/en/")
    assert response.status_code == 200
    assert "Four half-day sessions" in response.content.decode()


def test_site_install_is_idempotent(site):
    site_install()
    assert HomePage.objects.count() == 2
    assert Page.objects.filter(depth=2).count() == 2


def test_language_switch_remembers_the_choice(client, ambassador, site):
    client.force_login(ambassador)
    response = client.post(reverse("language_switch"), {"language": "en", "next": "/fr/"})
    assert response.status_code == 302
    assert response["Location"] == "/en/"
    ambassador.refresh_from_db()
    assert ambassador.language == "en"


def test_language_switch_refuses_an_outside_redirect(client, site):
    response = client.post(
        reverse("language_switch"), {"language": "en", "next": "https://evil.example/"}
    )
    assert response.status_code == 302
    assert "evil" not in response["Location"]


def test_dashboard_has_landmarks_and_skip_link(client, ambassador):
    client.force_login(ambassador)
    html = client.get(reverse("dashboard")).content.decode()
    assert 'href="#main"' in html
    assert '<main id="main"' in html
    assert "<nav" in html
