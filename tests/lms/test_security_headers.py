import pytest

pytestmark = pytest.mark.django_db


def test_pages_forbid_inline_scripts_and_framing(client, site):
    response = client.get("/fr/")
    policy = response["Content-Security-Policy"]
    script_src = next(part for part in policy.split(";") if "script-src" in part)
    assert "'unsafe-inline'" not in script_src
    assert "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_login_page_carries_the_policy(client, db):
    assert "default-src 'self'" in client.get("/accounts/login/")["Content-Security-Policy"]
