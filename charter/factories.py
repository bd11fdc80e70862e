import factory

from lms.factories import OrganisationFactory

from .models import Charter, CharterSection, CharterVersion
from .services import charter_sign, charter_version_publish


class CharterFactory(factory.django.DjangoModelFactory):
    """A charter with two short sections in both languages; `published=True` publishes v1."""

    class Meta:
        model = Charter
        django_get_or_create = ("organisation",)
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    title_fr = "Charte de test"
    introduction_fr = "Introduction."
    title_en = "Test charter"
    introduction_en = "Introduction."

    @factory.post_generation
    def sections(self, create, extracted, **kwargs):
        if not create:
            return
        for order, key in enumerate(extracted or ["voluntary", "disclosure"]):
            CharterSection.objects.create(
                charter=self,
                key=key,
                sort_order=order,
                heading_fr=f"Titre {key}",
                body_fr=f"Texte de la section {key}.",
                heading_en=f"Heading {key}",
                body_en=f"Text of section {key}.",
            )

    @factory.post_generation
    def published(self, create, extracted, **kwargs):
        if create and extracted:
            charter_version_publish(charter=self, is_material=True)


def charter_signed_by(user, version=None, *, language="fr"):
    """`user` signs `version` (by default the latest version of their organisation's charter),
    acknowledging every section, as the signing page would."""
    if version is None:
        version = (
            CharterVersion.objects.filter(charter__organisation_id=user.organisation_id)
            .order_by("-number")
            .first()
        )
    return charter_sign(
        user=user,
        version=version,
        full_name=user.get_full_name(),
        acknowledged_sections=version.section_keys,
        language=language,
    )
