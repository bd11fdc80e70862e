import pytest

from charter.factories import CharterFactory
from lms.factories import AmbassadorFactory


@pytest.fixture
def charter(organisation):
    return CharterFactory(organisation=organisation, published=True)


@pytest.fixture
def version(charter):
    return charter.versions.get()


@pytest.fixture
def named_ambassador(organisation):
    return AmbassadorFactory(
        organisation=organisation,
        first_name="Léa",
        last_name="Garnier",
        email="lea@acme.example",
        language="fr",
    )


def sign_data(version, *, full_name, sections=None):
    keys = version.section_keys if sections is None else sections
    data = {"version": version.number, "full_name": full_name}
    data.update({f"section_{key}": "on" for key in keys})
    return data
