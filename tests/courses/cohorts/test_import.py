import pytest

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError

from courses.cohorts.imports import csv_decode, participants_import
from courses.models import EnrolmentState
from lms.factories import DepartmentFactory

HEADER = "email;first_name;last_name;department;language\n"


@pytest.fixture
def sales(organisation):
    return DepartmentFactory(organisation=organisation, name="Ventes")


def test_valid_file_creates_accounts_invites_and_sends_activation(
    cohort, sales, django_capture_on_commit_callbacks
):
    text = (
        HEADER + "lea.martin@acme.example;Léa;Martin;Ventes;fr\nsam.roy@acme.example;Sam;Roy;;en\n"
    )

    with django_capture_on_commit_callbacks(execute=True):
        result = participants_import(cohort=cohort, text=text)

    assert result.errors == []
    assert (result.created, result.invited) == (2, 2)
    lea = get_user_model().objects.get(email="lea.martin@acme.example")
    assert lea.department == sales and lea.organisation == cohort.organisation
    assert lea.has_role("ambassador")
    assert cohort.enrolments.filter(state=EnrolmentState.INVITED).count() == 2
    activation = [m for m in mail.outbox if "/accounts/reset/" in m.body]
    assert sorted(m.to[0] for m in activation) == [
        "lea.martin@acme.example",
        "sam.roy@acme.example",
    ]


def test_one_bad_row_imports_nothing_and_reports_each_row(cohort, sales):
    text = (
        HEADER
        + "ok@acme.example;Ok;Person;Ventes;fr\n"
        + "not-an-email;No;Mail;;fr\n"
        + "x@acme.example;;Nameless;Marketing;de\n"
    )

    result = participants_import(cohort=cohort, text=text)

    lines = [line for line, _message in result.errors]
    assert lines == [3, 4, 4, 4]
    assert "Unknown department" in " ".join(m for _l, m in result.errors)
    assert not get_user_model().objects.filter(email="ok@acme.example").exists()
    assert not cohort.enrolments.exists()


def test_an_address_with_a_nul_character_is_reported_not_looked_up(cohort):
    """PostgreSQL refuses text holding NUL: the row is flagged, the import does not crash."""
    result = participants_import(cohort=cohort, text=HEADER + "a\x00@acme.example;Ann;Lee;;fr\n")
    assert [line for line, _message in result.errors] == [2]
    assert "is not an email address" in result.errors[0][1]
    assert not cohort.enrolments.exists()


def test_person_of_another_organisation_is_refused(cohort, other_hr):
    result = participants_import(
        cohort=cohort, text=HEADER + f"{other_hr.email},Other,Person,,fr\n".replace(",", ";")
    )
    assert result.errors == [(2, "This person belongs to another organisation.")]


def test_comma_delimited_file_with_bom_is_read(cohort):
    data = ("\ufeff" + HEADER.replace(";", ",") + "a@acme.example,Ann,Lee,,en\n").encode()
    text = csv_decode(data=data, filename="people.CSV")
    result = participants_import(cohort=cohort, text=text)
    assert result.errors == [] and result.created == 1


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"email\n", "people.xlsx", ".csv"),
        (b"x" * (1024 * 1024 + 1), "people.csv", "1 MB"),
        ("é".encode("latin-1"), "people.csv", "UTF-8"),
    ],
)
def test_upload_is_checked_for_type_size_and_encoding(data, filename, message):
    with pytest.raises(ValidationError, match=message):
        csv_decode(data=data, filename=filename)
