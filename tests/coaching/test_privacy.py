"""Private coach notes: only the coach who wrote them ever reads them."""

import pytest

from coaching.factories import ActionItemFactory
from coaching.pdf import editorial_guide_pdf
from coaching.services import coaching_session_save
from tests.pdf import pdf_text

from .conftest import PRIVATE_NOTE

pytestmark = pytest.mark.django_db


def test_the_coach_reads_their_private_note(client, coach, session_with_private_note):
    client.force_login(coach)
    html = client.get(f"/coaching/coach/ambassadors/{session_with_private_note.ambassador_id}/")
    assert PRIVATE_NOTE in html.content.decode()


def test_ambassador_pages_never_show_the_private_note(
    client, ambassador, session_with_private_note, site
):
    ActionItemFactory(session=session_with_private_note, title="Relire la charte")
    client.force_login(ambassador)
    for url in ("/coaching/", "/coaching/editorial-line/", "/coaching/drafts/", "/dashboard/"):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert PRIVATE_NOTE not in html, url
    home = client.get("/coaching/").content.decode()
    assert "Notes partagées : bonne énergie" in home  # the shared note is there
    assert "Relire la charte" in home


def test_hr_admin_pages_never_show_the_private_note(
    client, hr, organisation_line, session_with_private_note
):
    client.force_login(hr)
    for url in ("/admin/coaching/assignments/", "/admin/coaching/organisation-lines/", "/admin/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert PRIVATE_NOTE not in response.content.decode()
    # The page is the real one: HR sees the assignment of their ambassador.
    listing = client.get("/admin/coaching/assignments/").content.decode()
    assert str(session_with_private_note.ambassador) in listing


def test_the_guide_pdf_never_contains_the_private_note(
    client, ambassador, organisation_line, session_with_private_note
):
    text = pdf_text(editorial_guide_pdf(ambassador=ambassador))
    assert PRIVATE_NOTE not in text
    client.force_login(ambassador)
    response = client.get("/coaching/editorial-line/guide.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert PRIVATE_NOTE not in pdf_text(response.content)


def test_a_coach_does_not_read_another_coachs_private_note(
    client, session_with_private_note, ambassador
):
    from coaching.factories import CoachFactory
    from coaching.services import coach_assign

    other_coach = CoachFactory()
    coach_assign(coach=other_coach, ambassador=ambassador)  # the ambassador changes coach
    client.force_login(other_coach)
    html = client.get(f"/coaching/coach/ambassadors/{ambassador.pk}/").content.decode()
    assert "Notes partagées : bonne énergie" in html
    assert PRIVATE_NOTE not in html


def test_the_coach_saves_a_session_with_a_private_note(client, coach, assignment):
    client.force_login(coach)
    response = client.post(
        f"/coaching/coach/ambassadors/{assignment.ambassador_id}/sessions/new/",
        {
            "starts_at": "2030-01-15T10:00",
            "format": "phone",
            "agenda": "Choisir les piliers",
            "shared_notes": "On a trouvé trois piliers.",
            "private_notes": "Hésite à parler de son ancien poste.",
        },
    )
    assert response.status_code == 302
    client.force_login(assignment.ambassador)
    html = client.get("/coaching/").content.decode()
    assert "On a trouvé trois piliers." in html
    assert "Hésite à parler de son ancien poste." not in html


def test_only_the_assigned_coach_saves_sessions(ambassador):
    from django.core.exceptions import PermissionDenied

    from coaching.factories import CoachFactory

    with pytest.raises(PermissionDenied):
        coaching_session_save(
            coach=CoachFactory(),
            ambassador=ambassador,
            starts_at="2030-01-01T10:00Z",
            format="video",
        )
