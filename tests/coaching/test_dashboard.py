"""The ambassador's coaching panel: its summary in one query, the same as the separate reads."""

import datetime

import pytest

from django.template.loader import render_to_string
from django.utils import timezone

from coaching import selectors
from coaching.dashboard import dashboard_panels
from coaching.factories import (
    ActionItemFactory,
    CoachingSessionFactory,
    DraftPostFactory,
    EditorialLineFactory,
)
from coaching.models import DraftState, LineState

pytestmark = pytest.mark.django_db


def test_summary_of_an_ambassador_without_anything(ambassador, django_assert_num_queries):
    with django_assert_num_queries(1):
        summary = selectors.coaching_summary_for(ambassador=ambassador)
    assert summary == {"draft_count": 0, "ready_count": 0, "line": None, "next_session": None}


def test_summary_matches_the_separate_reads(ambassador, coach, django_assert_num_queries):
    now = timezone.now()
    CoachingSessionFactory(ambassador=ambassador, coach=coach, starts_at=now - _days(1))
    later = CoachingSessionFactory(ambassador=ambassador, coach=coach, starts_at=now + _days(9))
    sooner = CoachingSessionFactory(ambassador=ambassador, coach=coach, starts_at=now + _days(2))
    CoachingSessionFactory(coach=coach, starts_at=now + _days(1))  # someone else's
    EditorialLineFactory(ambassador=ambassador, state=LineState.CHANGES_REQUESTED)
    for state in (DraftState.READY, DraftState.DRAFT, DraftState.READY):
        DraftPostFactory(author=ambassador, state=state)
    DraftPostFactory(state=DraftState.READY)  # someone else's
    with django_assert_num_queries(1):
        summary = selectors.coaching_summary_for(ambassador=ambassador)
    assert (summary["draft_count"], summary["ready_count"]) == (3, 2)
    assert summary["line"].state == selectors.editorial_line_for(user=ambassador).state
    assert summary["next_session"] == selectors.next_session(ambassador=ambassador) == sooner
    assert summary["next_session"].starts_at == sooner.starts_at != later.starts_at
    assert summary["next_session"].format == sooner.format


def test_panel_shows_the_summary_and_the_open_items(ambassador, coach):
    session = CoachingSessionFactory(ambassador=ambassador, coach=coach)
    ActionItemFactory(session=session, title="Écrire trois accroches")
    EditorialLineFactory(ambassador=ambassador, state=LineState.VALIDATED)
    DraftPostFactory(author=ambassador, state=DraftState.READY)
    (panel,) = dashboard_panels(user=ambassador)
    html = render_to_string(panel["template"], {"panel": panel["context"]})
    assert "Écrire trois accroches" in html
    assert "badge--ok" in html and session.get_format_display() in html
    assert "1 brouillon" in html and "1 prêt à publier" in html


def _days(count):
    return datetime.timedelta(days=count)


def test_coach_summary_counts_as_the_list_of_coached_ambassadors(coach, ambassador, organisation):
    from coaching.factories import CoachAssignmentFactory
    from lms.factories import AmbassadorFactory

    other = AmbassadorFactory(organisation=organisation)
    for person in (ambassador, other):
        CoachAssignmentFactory(coach=coach, ambassador=person)
    for author, state in ((ambassador, DraftState.DRAFT), (other, DraftState.DRAFT)):
        DraftPostFactory(author=author, state=state)
    DraftPostFactory(author=other, state=DraftState.READY)
    DraftPostFactory(state=DraftState.DRAFT)  # not coached by `coach`
    listed = list(selectors.ambassadors_coached_by(coach=coach))
    assert (
        selectors.coach_summary_for(coach=coach)
        == {
            "ambassador_count": len(listed),
            "to_review": sum(a.drafts_to_review for a in listed),
        }
        == {"ambassador_count": 2, "to_review": 2}
    )
