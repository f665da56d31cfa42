"""factory_boy factories; users are created through the same service the platform uses."""

import factory

from lms.accounts.models import JobRole, User
from lms.accounts.services import user_create
from lms.sectors.models import Sector, SectorMembership

DEFAULT_PASSWORD = "Correct-horse-battery-9"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"professional{n}@school.example")
    first_name = factory.Faker("first_name", locale="nl_BE")
    last_name = factory.Faker("last_name", locale="nl_BE")
    preferred_language = "nl"
    job_role = JobRole.TEACHER
    organisation = "Sint-Jozefscollege"
    password = DEFAULT_PASSWORD

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return user_create(**kwargs)


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Sector {n}")
    slug = factory.Sequence(lambda n: f"sector-{n}")
    colour = "#1d4f91"


class SectorMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SectorMembership

    user = factory.SubFactory(UserFactory)
    sector = factory.SubFactory(SectorFactory)
    role = SectorMembership.Role.TRAINER
