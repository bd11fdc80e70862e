"""Coach-facing pages: scoped to the coach's own ambassadors; decisions and reviews."""

import pytest

from coaching.factories import (
    CoachAssignmentFactory,
    CoachFactory,
    CoachingSessionFactory,
    DraftPostFactory,
)
from coaching.models import DraftState, LineState
from coaching.selectors import ambassadors_coached_by, ready_draft_count, ready_draft_counts
from coaching.services import editorial_line_submit
from lms.factories import AmbassadorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def stranger(organisation):
    """An ambassador of the same organisation, coached by someone else."""
    return CoachAssignmentFactory(
        ambassador=AmbassadorFactory(organisation=organisation)
    ).ambassador


def test_coach_lists_only_assigned_ambassadors(client, coach, assignment, stranger):
    client.force_login(coach)
    html = client.get("/coaching/coach/").content.decode()
    assert str(assignment.ambassador) in html
    assert str(stranger) not in html
    assert list(ambassadors_coached_by(coach=coach)) == [assignment.ambassador]


def test_unassigned_ambassador_pages_answer_404(client, coach, assignment, stranger):
    session = CoachingSessionFactory(ambassador=stranger)
    draft = DraftPostFactory(author=stranger)
    client.force_login(coach)
    base = f"/coaching/coach/ambassadors/{stranger.pk}"
    for url in (f"{base}/", f"{base}/versions/1/", f"{base}/sessions/new/", f"{base}/guide.pdf"):
        assert client.get(url).status_code == 404, url
    for url in (
        f"{base}/line/",
        f"/coaching/coach/drafts/{draft.pk}/ready/",
        f"/coaching/drafts/{draft.pk}/comment/",
        f"/coaching/coach/sessions/{session.pk}/action-items/",
    ):
        assert (
            client.post(url, {"action": "validate", "text": "x", "title": "x"}).status_code == 404
        )
    assert client.get(f"/coaching/drafts/{draft.pk}/").status_code == 404
    draft.refresh_from_db()
    assert draft.state == DraftState.DRAFT and not draft.comments.exists()


def test_ambassador_cannot_open_coach_pages(client, ambassador):
    client.force_login(ambassador)
    assert client.get("/coaching/coach/").status_code == 403


def test_ambassador_cannot_read_another_ambassadors_draft(client, ambassador, stranger):
    draft = DraftPostFactory(author=stranger)
    client.force_login(ambassador)
    assert client.get(f"/coaching/drafts/{draft.pk}/").status_code == 404


def test_coach_validates_a_submitted_line(client, coach, complete_line, ambassador):
    editorial_line_submit(line=complete_line, user=ambassador)
    client.force_login(coach)
    page = client.get(f"/coaching/coach/ambassadors/{ambassador.pk}/").content.decode()
    assert "Mon pilier 1" in page
    response = client.post(
        f"/coaching/coach/ambassadors/{ambassador.pk}/line/", {"action": "validate"}
    )
    assert response.status_code == 302
    complete_line.refresh_from_db()
    assert complete_line.state == LineState.VALIDATED


def test_coach_requests_changes_and_the_ambassador_reads_them(
    client, coach, complete_line, ambassador
):
    editorial_line_submit(line=complete_line, user=ambassador)
    client.force_login(coach)
    client.post(
        f"/coaching/coach/ambassadors/{ambassador.pk}/line/",
        {"action": "request_changes", "comment": "Ajoute un public cible."},
    )
    complete_line.refresh_from_db()
    assert complete_line.state == LineState.CHANGES_REQUESTED
    client.force_login(ambassador)
    assert "Ajoute un public cible." in client.get("/coaching/editorial-line/").content.decode()


def test_validating_twice_is_refused_with_a_message(client, coach, complete_line, ambassador):
    editorial_line_submit(line=complete_line, user=ambassador)
    client.force_login(coach)
    url = f"/coaching/coach/ambassadors/{ambassador.pk}/line/"
    client.post(url, {"action": "validate"})
    response = client.post(url, {"action": "validate"}, follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert any("Validated" in m or "Validée" in m for m in messages)
    assert complete_line.versions.get().decision == LineState.VALIDATED


def test_coach_sees_the_diff_between_versions(client, coach, complete_line, ambassador):
    from coaching.services import editorial_line_request_changes, editorial_line_save_draft

    editorial_line_submit(line=complete_line, user=ambassador)
    editorial_line_request_changes(line=complete_line, coach=coach, comment="Rythme ?")
    editorial_line_save_draft(
        line=complete_line, data={"rhythm": "Deux posts par mois"}, pillars=[]
    )
    editorial_line_submit(line=complete_line, user=ambassador)
    client.force_login(coach)
    html = client.get(f"/coaching/coach/ambassadors/{ambassador.pk}/versions/2/").content.decode()
    assert "<del>Un post par semaine</del>" in html
    assert "<ins>Deux posts par mois</ins>" in html


def test_coach_comments_and_marks_a_draft_ready(client, coach, assignment):
    draft = DraftPostFactory(author=assignment.ambassador)
    client.force_login(coach)
    client.post(f"/coaching/drafts/{draft.pk}/comment/", {"text": "Raccourcis l'accroche."})
    client.post(f"/coaching/coach/drafts/{draft.pk}/ready/", {"ready": "1"})
    draft.refresh_from_db()
    assert draft.state == DraftState.READY
    assert draft.comments.get().text == "Raccourcis l'accroche."
    assert ready_draft_count(user=assignment.ambassador) == 1


def test_ambassador_replies_in_the_thread(client, coach, assignment):
    from coaching.services import draft_post_comment

    draft = DraftPostFactory(author=assignment.ambassador)
    comment = draft_post_comment(draft=draft, author=coach, text="Qui est ta cible ?")
    client.force_login(assignment.ambassador)
    client.post(
        f"/coaching/drafts/{draft.pk}/comment/", {"text": "Les acheteurs.", "parent": comment.pk}
    )
    assert comment.replies.get().text == "Les acheteurs."
    html = client.get(f"/coaching/drafts/{draft.pk}/").content.decode()
    assert "Qui est ta cible ?" in html and "Les acheteurs." in html


def test_the_author_cannot_mark_their_own_draft_ready(client, ambassador, assignment):
    draft = DraftPostFactory(author=ambassador)
    client.force_login(ambassador)
    assert (
        client.post(f"/coaching/coach/drafts/{draft.pk}/ready/", {"ready": "1"}).status_code == 403
    )


def test_ready_draft_counts_batch_uses_one_query(django_assert_num_queries, ambassador):
    other = AmbassadorFactory()
    DraftPostFactory(author=ambassador, state=DraftState.READY)
    DraftPostFactory(author=ambassador, state=DraftState.READY)
    DraftPostFactory(author=ambassador)
    with django_assert_num_queries(1):
        counts = ready_draft_counts(users=[ambassador, other])
    assert counts == {ambassador.pk: 2, other.pk: 0}


def test_either_side_ticks_an_action_item(client, coach, assignment):
    from coaching.factories import ActionItemFactory

    item = ActionItemFactory(
        session=CoachingSessionFactory(coach=coach, ambassador=assignment.ambassador)
    )
    client.force_login(assignment.ambassador)
    client.post(f"/coaching/action-items/{item.pk}/done/", {"done": "1"})
    item.refresh_from_db()
    assert item.done and item.done_by == assignment.ambassador
    client.force_login(coach)
    client.post(f"/coaching/action-items/{item.pk}/done/", {"done": "0"})
    item.refresh_from_db()
    assert not item.done
    client.force_login(CoachFactory())
    assert client.post(f"/coaching/action-items/{item.pk}/done/", {"done": "1"}).status_code == 404


def test_coach_list_queries_do_not_grow_with_ambassadors(
    client, coach, django_assert_max_num_queries
):
    for _ in range(10):
        ambassador = CoachAssignmentFactory(coach=coach).ambassador
        DraftPostFactory(author=ambassador)
    client.force_login(coach)
    with django_assert_max_num_queries(7):
        html = client.get("/coaching/coach/").content.decode()
    assert html.count("/coaching/coach/ambassadors/") == 10
