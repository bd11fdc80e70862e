"""Withdrawing from the programme at any time, and coming back."""

import pytest

from django.core import mail
from django.template.loader import render_to_string

from charter.dashboard import dashboard_panels
from charter.models import ParticipationChange
from charter.selectors import charter_status_for
from charter.services import charter_sign, participation_rejoin, participation_withdraw
from lms.factories import UserFactory
from lms.models import Role

from .conftest import sign_data

pytestmark = pytest.mark.django_db


def test_withdrawal_needs_a_confirmation_page(client, ambassador):
    client.force_login(ambassador)
    response = client.get("/charter/withdraw/")
    assert response.status_code == 200
    assert not ParticipationChange.objects.exists()


def test_withdrawal_without_reason_is_recorded_and_tells_hr_only(
    client, ambassador, hr, other_hr, django_capture_on_commit_callbacks
):
    client.force_login(ambassador)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/charter/withdraw/", {"reason": ""})
    assert response.status_code == 302
    change = ParticipationChange.objects.get(user=ambassador)
    assert change.kind == "withdrawn" and change.created_at and change.reason == ""
    assert [m.to for m in mail.outbox] == [[hr.email]]
    assert ambassador.get_full_name() in mail.outbox[0].body
    assert charter_status_for(user=ambassador).state == "withdrawn"


def test_optional_reason_reaches_hr(ambassador, hr, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        participation_withdraw(user=ambassador, reason="Trop de travail ce trimestre.")
    assert "Trop de travail ce trimestre." in mail.outbox[0].body


def test_withdrawn_ambassador_cannot_sign(client, named_ambassador, version):
    participation_withdraw(user=named_ambassador)
    client.force_login(named_ambassador)
    client.post("/charter/", sign_data(version, full_name="Léa Garnier"))
    assert not named_ambassador.charter_signatures.exists()


def test_rejoining_requires_signing_the_current_version_again(client, named_ambassador, version):
    charter_sign(
        user=named_ambassador,
        version=version,
        full_name="Léa Garnier",
        acknowledged_sections=version.section_keys,
        language="fr",
    )
    participation_withdraw(user=named_ambassador)
    client.force_login(named_ambassador)
    assert client.get("/charter/rejoin/").status_code == 200
    response = client.post("/charter/rejoin/")
    assert response["Location"] == "/charter/"
    assert charter_status_for(user=named_ambassador).state == "resign_required"
    client.post("/charter/", sign_data(version, full_name="Léa Garnier"))
    assert charter_status_for(user=named_ambassador).state == "signed"


def test_rejoin_before_any_signature_leaves_the_charter_to_sign(ambassador, version):
    participation_withdraw(user=ambassador)
    participation_rejoin(user=ambassador)
    assert charter_status_for(user=ambassador).state == "not_signed"


def test_hr_of_the_organisation_only_are_notified(
    organisation, ambassador, django_capture_on_commit_callbacks
):
    trainer_of_org = UserFactory(organisation=organisation, roles=[Role.TRAINER])
    with django_capture_on_commit_callbacks(execute=True):
        participation_withdraw(user=ambassador)
    assert trainer_of_org.email not in {m.to[0] for m in mail.outbox}


def panel_html(user):
    """Our panel as the dashboard renders it (the page itself also shows other apps' panels)."""
    (panel,) = dashboard_panels(user=user)
    return render_to_string(panel["template"], {"panel": panel["context"]})


def test_dashboard_panel_offers_the_right_action(named_ambassador, version):
    assert 'class="button" href="/charter/"' in panel_html(named_ambassador)
    charter_sign(
        user=named_ambassador,
        version=version,
        full_name="Léa Garnier",
        acknowledged_sections=version.section_keys,
        language="fr",
    )
    html = panel_html(named_ambassador)
    signature = named_ambassador.charter_signatures.get()
    assert f"/charter/signatures/{signature.pk}.pdf" in html
    participation_withdraw(user=named_ambassador)
    html = panel_html(named_ambassador)
    assert "/charter/rejoin/" in html
    assert "/charter/withdraw/" not in html


def test_dashboard_panel_is_for_ambassadors_only(hr, version):
    assert dashboard_panels(user=hr) == []
