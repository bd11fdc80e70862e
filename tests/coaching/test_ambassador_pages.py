"""The ambassador's side: building the line step by step, the draft workshop, the guide."""

import pytest

from coaching.factories import DraftPostFactory
from coaching.models import DraftPost, DraftState, EditorialLine, LineState
from tests.pdf import A4_POINTS, pdf_page_sizes, pdf_text

pytestmark = pytest.mark.django_db


def form_data(organisation_line, **overrides):
    pillars = list(organisation_line.pillars.all())
    data = {
        "positioning": "Acheteuse, je parle de relations fournisseurs.",
        "target_audiences": "Fournisseurs\nJeunes acheteurs",
        "mix_others": "4",
        "mix_reshare": "1",
        "mix_own": "1",
        "formats": "Texte et photo",
        "networks": ["linkedin"],
        "rhythm": "Un post par semaine",
        "tone": "Simple et concret",
        "excluded_topics": "Prix négociés",
    }
    for n, pillar in enumerate(pillars, start=1):
        data[f"pillar_{n}"] = f"Mon pilier {n}"
        data[f"pillar_{n}_org"] = str(pillar.pk)
    data.update(overrides)
    return data


def test_a_partial_draft_is_saved_without_required_errors(client, ambassador, organisation_line):
    client.force_login(ambassador)
    response = client.post(
        "/coaching/editorial-line/", {"positioning": "Je commence.", "action": "save"}
    )
    assert response.status_code == 302
    line = EditorialLine.objects.get(ambassador=ambassador)
    assert line.positioning == "Je commence."
    assert line.state == LineState.DRAFT


def test_submitting_an_incomplete_line_shows_errors_and_keeps_the_input(
    client, ambassador, organisation_line
):
    client.force_login(ambassador)
    data = form_data(organisation_line, tone="", pillar_3="", action="submit")
    response = client.post("/coaching/editorial-line/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "error-summary" in html
    assert "three to five" in html or "trois à cinq" in html
    assert "Acheteuse, je parle de relations fournisseurs." in html  # nothing typed is lost
    line = EditorialLine.objects.get(ambassador=ambassador)
    assert line.state == LineState.DRAFT
    assert line.positioning.startswith("Acheteuse")  # the draft part was still saved


def test_submitting_a_complete_line_locks_it(client, ambassador, organisation_line, assignment):
    client.force_login(ambassador)
    response = client.post(
        "/coaching/editorial-line/", {**form_data(organisation_line), "action": "submit"}
    )
    assert response.status_code == 302
    line = EditorialLine.objects.get(ambassador=ambassador)
    assert line.state == LineState.SUBMITTED
    assert line.versions.count() == 1
    html = client.get("/coaching/editorial-line/").content.decode()
    assert 'name="action"' not in html
    assert "Mon pilier 2" in html
    # A second post is refused: the line is locked while the coach reviews it.
    client.post(
        "/coaching/editorial-line/", {**form_data(organisation_line, tone="X"), "action": "save"}
    )
    line.refresh_from_db()
    assert line.tone == "Simple et concret"


def test_drafting_a_post_shows_the_checks(client, ambassador, organisation_line):
    client.force_login(ambassador)
    response = client.post(
        "/coaching/drafts/",
        {"network": "linkedin", "text": "Découvrez ThermoPilot ! #a #b #c #d #e #f"},
        follow=True,
    )
    html = response.content.decode()
    draft = DraftPost.objects.get(author=ambassador)
    assert response.redirect_chain[-1][0] == f"/coaching/drafts/{draft.pk}/"
    assert "ThermoPilot" in html
    assert "#salarié" in html  # the disclosure explanation, in French by default
    assert "badge--error" in html


def test_editing_a_ready_draft_sends_it_back_to_review(client, ambassador):
    draft = DraftPostFactory(author=ambassador, state=DraftState.READY)
    client.force_login(ambassador)
    client.post(f"/coaching/drafts/{draft.pk}/", {"network": "tiktok", "text": "Nouvelle version"})
    draft.refresh_from_db()
    assert draft.state == DraftState.DRAFT
    assert draft.network == "tiktok"


def test_an_empty_draft_is_refused_with_a_message(client, ambassador):
    client.force_login(ambassador)
    response = client.post("/coaching/drafts/", {"network": "linkedin", "text": ""})
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    assert not DraftPost.objects.exists()


def test_the_guide_pdf_holds_both_lines(client, ambassador, organisation_line, assignment):
    client.force_login(ambassador)
    client.post("/coaching/editorial-line/", {**form_data(organisation_line), "action": "save"})
    response = client.get("/coaching/editorial-line/guide.pdf")
    assert response.status_code == 200
    text = pdf_text(response.content)
    assert "Faire connaître notre expertise" in text  # the organisation's objectives
    assert "Pilier 1" in text  # an organisation pillar
    assert "Acheteuse, je parle de relations fournisseurs." in text
    assert "Mon pilier 2" in text
    assert "4-1-1" in text
    assert "Projet Orion" not in text  # the confidential terms list is not printed


def test_the_guide_is_a4(ambassador, organisation_line):
    from coaching.pdf import editorial_guide_pdf

    pdf = editorial_guide_pdf(ambassador=ambassador)
    assert set(pdf_page_sizes(pdf)) == {A4_POINTS}


def test_dashboard_panel_shows_line_state_and_action_items(
    client, ambassador, session_with_private_note, site
):
    from coaching.factories import ActionItemFactory

    ActionItemFactory(session=session_with_private_note, title="Écrire trois accroches")
    client.force_login(ambassador)
    html = client.get("/dashboard/").content.decode()
    assert "Écrire trois accroches" in html
    assert "/coaching/" in html
