import datetime

import factory

from django.utils import timezone

from lms.factories import AmbassadorFactory, OrganisationFactory

from ..models import (
    Cohort,
    CohortSession,
    Enrolment,
    EnrolmentState,
    SessionMode,
)


class CohortFactory(factory.django.DjangoModelFactory):
    """A cohort; pass programme= (a ProgrammePage) and trainers=[...]."""

    class Meta:
        model = Cohort
        skip_postgeneration_save = True

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Promotion {n}")
    capacity = 8

    @factory.post_generation
    def trainers(self, create, extracted, **kwargs):
        if create and extracted:
            self.trainers.set(extracted)


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment

    cohort = factory.SubFactory(CohortFactory)
    user = factory.SubFactory(
        AmbassadorFactory, organisation=factory.SelfAttribute("..cohort.organisation")
    )
    state = EnrolmentState.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)


class CohortSessionFactory(factory.django.DjangoModelFactory):
    """Pass cohort= and session= (a SessionPage of the cohort's programme)."""

    class Meta:
        model = CohortSession

    number = factory.LazyAttribute(lambda o: o.session.number)
    date = factory.LazyAttribute(
        lambda o: timezone.localdate() + datetime.timedelta(days=14 * o.session.number)
    )
    starts_at = datetime.time(9, 0)
    ends_at = datetime.time(12, 30)
    mode = SessionMode.IN_PERSON
    place = "Salle Lumière, 3 rue des Arts, Lyon"
