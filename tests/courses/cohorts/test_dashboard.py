from django.template.loader import render_to_string

from courses.cohorts.dashboard import dashboard_panels
from courses.models import EnrolmentState

from .conftest import members


def render(panel):
    return render_to_string(panel["template"], {"panel": panel["context"]})


def test_invited_ambassador_sees_their_cohort_and_next_session(cohort, schedule):
    (enrolment,) = members(cohort, 1, state=EnrolmentState.INVITED)
    (panel,) = dashboard_panels(user=enrolment.user)
    html = render(panel)
    assert "Promotion A" in html and "/cohorts/mine/" in html
    assert panel["context"]["items"][0]["next_session"] == schedule[1]


def test_trainer_sees_links_to_the_live_view_of_their_sessions(trainer, cohort, schedule):
    (panel,) = dashboard_panels(user=trainer)
    html = render(panel)
    assert f"/cohorts/sessions/{schedule[1].pk}/live/" in html


def test_people_without_cohort_get_no_panel(ambassador, hr):
    assert dashboard_panels(user=ambassador) == []
    assert dashboard_panels(user=hr) == []
