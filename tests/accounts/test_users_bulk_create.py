"""users_bulk_create: the rows user_create writes, for many accounts in a few statements."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms.accounts.models import User
from lms.accounts.roles import GROUP_NAMES, Role
from lms.accounts.services import user_create, users_bulk_create

pytestmark = pytest.mark.django_db

COMPARED = (
    "email",
    "first_name",
    "last_name",
    "preferred_language",
    "job_role",
    "organisation",
    "region",
    "is_active",
    "is_staff",
    "is_superuser",
)


def _row(n: int, **extra) -> dict:
    return {
        "email": f"  Learner{n}@School.Example ",
        "first_name": f"Voornaam{n}",
        "last_name": "Peeters",
        "job_role": "teacher",
        "organisation": "GO! Atheneum",
        "preferred_language": "fr",
        "region": "antwerpen",
        **extra,
    }


def test_bulk_rows_are_the_rows_of_user_create():
    single = user_create(**_row(1))
    [bulk] = users_bulk_create(rows=[_row(2)])
    bulk = User.objects.get(pk=bulk.pk)
    assert bulk.email == "learner2@school.example"
    for name in COMPARED:
        if name != "email" and name != "first_name":
            assert getattr(bulk, name) == getattr(single, name), name
    assert bulk.first_name == "Voornaam2"
    assert not bulk.has_usable_password() and not single.has_usable_password()
    learner_group = GROUP_NAMES[Role.LEARNER]
    assert list(bulk.groups.values_list("name", flat=True)) == [learner_group]
    assert list(single.groups.values_list("name", flat=True)) == [learner_group]


def test_a_password_is_hashed_as_user_create_does():
    [user] = users_bulk_create(rows=[_row(1, password="lang-genoeg-wachtwoord")])
    user.refresh_from_db()
    assert user.check_password("lang-genoeg-wachtwoord")


def test_existing_accounts_and_repeated_rows_create_nothing():
    existing = user_create(email="learner1@school.example", first_name="Eigen", last_name="Naam")
    created = users_bulk_create(rows=[_row(1), _row(2), _row(2, first_name="Tweede")])
    assert [user.email for user in created] == ["learner2@school.example"]
    existing.refresh_from_db()
    assert existing.first_name == "Eigen"  # an existing account is never changed
    assert User.objects.filter(email="learner2@school.example").get().first_name == "Voornaam2"
    # Repeating the call is harmless.
    assert users_bulk_create(rows=[_row(1), _row(2)]) == []
    assert User.objects.count() == 2
    assert User.groups.through.objects.count() == 2


def test_statements_grow_per_batch_not_per_row():
    rows = [_row(n) for n in range(60)]
    with CaptureQueriesContext(connection) as queries:
        created = users_bulk_create(rows=rows, batch_size=25)
    assert len(created) == 60
    assert len({user.pk for user in created}) == 60 and None not in {u.pk for u in created}
    assert len(queries.captured_queries) <= 15
    assert User.groups.through.objects.filter(user__in=created).count() == 60
