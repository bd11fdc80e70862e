import factory

from lms.factories import OrganisationFactory

from .models import Charter, CharterSection
from .services import charter_version_publish


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
