"""The model backend that loads the signed-in user in one query: the permissions and sector
memberships it hands out are the same as Django's own answers, and never stale."""

import pytest
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from lms.accounts.backends import ModelBackend
from lms.sectors.models import SectorMembership
from lms.sectors.permissions import staff_sector_ids
from tests.factories import SectorFactory, SectorMembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_permissions_equal_djangos_own_and_group():
    user = UserFactory()
    group = Group.objects.create(name="Test group")
    group.permissions.add(Permission.objects.get(codename="view_cohort"))
    user.groups.add(group)
    user.user_permissions.add(Permission.objects.get(codename="add_cohort"))
    ours = ModelBackend().get_all_permissions(ModelBackend().get_user(user.pk))
    django = DjangoModelBackend().get_all_permissions(DjangoModelBackend().get_user(user.pk))
    assert ours == django
    assert {"cohorts.view_cohort", "cohorts.add_cohort"} <= ours


def test_inactive_and_superuser_permissions():
    inactive = UserFactory()
    inactive.is_active = False
    assert ModelBackend().get_all_permissions(inactive) == set()
    admin = UserFactory()
    admin.is_superuser = True
    assert len(ModelBackend().get_all_permissions(admin)) == Permission.objects.count()


def test_get_user_carries_memberships_and_refuses_inactive(django_assert_num_queries):
    first, second = SectorFactory(), SectorFactory()
    user = UserFactory()
    SectorMembershipFactory(user=user, sector=first, role=SectorMembership.Role.TRAINER)
    SectorMembershipFactory(user=user, sector=second, role=SectorMembership.Role.COORDINATOR)
    with django_assert_num_queries(1):
        loaded = ModelBackend().get_user(user.pk)
        assert staff_sector_ids(loaded) == {first.pk, second.pk}
        assert staff_sector_ids(loaded, roles=(SectorMembership.Role.COORDINATOR,)) == {second.pk}
    user.is_active = False
    user.save()
    assert ModelBackend().get_user(user.pk) is None
    assert ModelBackend().get_user(999_999) is None


def test_membership_change_is_seen_at_once(client):
    sector = SectorFactory()
    user = UserFactory()
    loaded = ModelBackend().get_user(user.pk)
    assert staff_sector_ids(loaded) == set()
    SectorMembershipFactory(user=loaded, sector=sector, role=SectorMembership.Role.TRAINER)
    assert staff_sector_ids(loaded) == {sector.pk}
    # A revoked membership ends admin access on the next request (fresh user per request).
    client.force_login(user)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    SectorMembership.objects.filter(user=user).delete()
    user.groups.clear()
    assert client.get(reverse("wagtailadmin_home")).status_code == 302
