"""Editors manage assignments and the organisation's line in the Wagtail admin."""

import pytest

from wagtail.test.utils.form_data import inline_formset, nested_form_data

from coaching.models import CoachAssignment, OrganisationEditorialLine

pytestmark = pytest.mark.django_db


def line_post(organisation, pillar_count):
    pillars = [{"name": f"Pilier {n}", "description": "", "id": ""} for n in range(pillar_count)]
    return nested_form_data(
        {
            "organisation": organisation.pk,
            "objectives": "Être reconnus comme experts",
            "key_messages": "",
            "pillars": inline_formset(pillars),
            "internal_sources": "",
            "external_sources": "",
            "networks": "LinkedIn",
            "common_to_all_audiences": "",
            "audience_specifics": "",
            "confidential_terms": "Projet Orion",
            "offer_keywords": "",
            "disclosure_phrases": "",
        }
    )


@pytest.mark.parametrize("count", [2, 6])
def test_fewer_than_three_or_more_than_five_pillars_are_refused(
    client, editor, organisation, count
):
    client.force_login(editor)
    response = client.post(
        "/admin/coaching/organisation-lines/new/", line_post(organisation, count)
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert f"three to five content pillars: you entered {count}" in html or (
        f"trois à cinq piliers de contenu : vous en avez saisi {count}" in html
    )
    assert not OrganisationEditorialLine.objects.exists()


@pytest.mark.parametrize("count", [3, 5])
def test_three_to_five_pillars_are_accepted(client, editor, organisation, count):
    client.force_login(editor)
    response = client.post(
        "/admin/coaching/organisation-lines/new/", line_post(organisation, count)
    )
    assert response.status_code == 302
    line = OrganisationEditorialLine.objects.get()
    assert line.pillars.count() == count
    assert line.rules().confidential_terms == ("Projet Orion",)


def test_editor_assigns_a_coach(client, editor, coach, ambassador):
    client.force_login(editor)
    response = client.post(
        "/admin/coaching/assignments/new/", {"coach": coach.pk, "ambassador": ambassador.pk}
    )
    assert response.status_code == 302
    assert CoachAssignment.objects.get().coach == coach


def test_a_person_without_the_coach_role_cannot_be_assigned(client, editor, hr, ambassador):
    client.force_login(editor)
    response = client.post(
        "/admin/coaching/assignments/new/", {"coach": hr.pk, "ambassador": ambassador.pk}
    )
    assert response.status_code == 200
    assert not CoachAssignment.objects.exists()


def test_hr_sees_only_assignments_of_their_organisation(client, other_hr, assignment):
    client.force_login(other_hr)
    html = client.get("/admin/coaching/assignments/").content.decode()
    assert str(assignment.ambassador) not in html
    assert client.get(f"/admin/coaching/assignments/edit/{assignment.pk}/").status_code in (
        302,
        403,
        404,
    )


def test_hr_sees_the_line_state_of_their_ambassadors(client, hr, complete_line, ambassador):
    from coaching.services import editorial_line_submit

    editorial_line_submit(line=complete_line, user=ambassador)
    client.force_login(hr)
    html = client.get("/admin/coaching/assignments/").content.decode()
    assert "Soumise au coach" in html


def test_assignment_list_queries_do_not_grow_with_rows(
    client, editor, django_assert_max_num_queries
):
    from coaching.factories import CoachAssignmentFactory, EditorialLineFactory

    for _ in range(8):
        EditorialLineFactory(ambassador=CoachAssignmentFactory().ambassador)
    client.force_login(editor)
    with django_assert_max_num_queries(14):
        assert client.get("/admin/coaching/assignments/").status_code == 200
