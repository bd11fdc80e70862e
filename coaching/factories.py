import datetime

import factory

from django.utils import timezone

from lms.factories import AmbassadorFactory, OrganisationFactory, UserFactory
from lms.services import user_grant_roles

from .models import (
    ActionItem,
    CoachAssignment,
    CoachingSession,
    DraftPost,
    EditorialLine,
    OrganisationEditorialLine,
    OrganisationPillar,
)


class CoachFactory(UserFactory):
    organisation = None

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create:
            user_grant_roles(user=self, roles=extracted or ["coach"])


class CoachAssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CoachAssignment

    coach = factory.SubFactory(CoachFactory)
    ambassador = factory.SubFactory(AmbassadorFactory)


class OrganisationEditorialLineFactory(factory.django.DjangoModelFactory):
    """An organisation line with `pillar_count` pillars (three by default)."""

    class Meta:
        model = OrganisationEditorialLine
        django_get_or_create = ("organisation",)
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    objectives = "Faire connaître notre expertise en efficacité énergétique."
    key_messages = "Nous rendons l'industrie plus sobre."
    confidential_terms = "Projet Orion\nbudget 2027"
    offer_keywords = "ThermoPilot\naudit énergétique"

    @factory.post_generation
    def pillar_count(self, create, extracted, **kwargs):
        if create:
            for n in range(extracted if extracted is not None else 3):
                OrganisationPillar.objects.create(line=self, name=f"Pilier {n + 1}", sort_order=n)


class EditorialLineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EditorialLine

    ambassador = factory.SubFactory(AmbassadorFactory)
    organisation = factory.LazyAttribute(lambda o: o.ambassador.organisation)


class CoachingSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CoachingSession

    coach = factory.SubFactory(CoachFactory)
    ambassador = factory.SubFactory(AmbassadorFactory)
    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=3))
    agenda = "Trouver mes trois piliers"
    shared_notes = "Tu parles bien de la maintenance prédictive."


class ActionItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionItem

    session = factory.SubFactory(CoachingSessionFactory)
    title = "Lister cinq sujets que je maîtrise"
    due_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=7))


class DraftPostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DraftPost

    author = factory.SubFactory(AmbassadorFactory)
    network = "linkedin"
    text = "Trois leçons apprises en modernisant une ligne de production."
