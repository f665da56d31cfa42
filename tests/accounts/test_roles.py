import json
from pathlib import Path

from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission, Page

from lms.accounts.roles import (
    GROUP_NAMES,
    GROUP_PERMISSIONS,
    Role,
    group_permissions,
    role_permissions,
)
from lms.accounts.services import user_assign_role, user_remove_role
from lms.sectors.models import SectorMembership
from lms.sectors.services import membership_create, membership_delete

# Model permissions per role as lms/accounts/roles.py listed them before the apps registered
# their own (taken from GROUP_PERMISSIONS at that commit): the registry must give exactly these.
PERMISSIONS_BEFORE_THE_REGISTRY = {
    role: set(codenames)
    for role, codenames in json.loads(
        (Path(__file__).parent / "data" / "role_permissions_before_the_registry.json").read_text()
    ).items()
}


def _perms(group):
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def test_a_group_exists_for_each_of_the_five_roles(db):
    assert set(Group.objects.values_list("name", flat=True)) >= set(GROUP_NAMES.values())
    for role, name in GROUP_NAMES.items():
        assert _perms(Group.objects.get(name=name)) == set(role_permissions(role))


def test_the_apps_registrations_give_each_role_the_permissions_it_had():
    computed = {str(role): set(perms) for role, perms in group_permissions().items()}
    assert computed == PERMISSIONS_BEFORE_THE_REGISTRY
    for role in Role:
        assert len(role_permissions(role)) == len(set(role_permissions(role)))


def test_group_permissions_still_reads_as_a_mapping():
    assert dict(GROUP_PERMISSIONS) == group_permissions()
    assert set(GROUP_PERMISSIONS[Role.TRAINER]) == PERMISSIONS_BEFORE_THE_REGISTRY["trainer"]


def test_learners_have_no_admin_access_and_staff_roles_do(db):
    assert "wagtailadmin.access_admin" not in _perms(
        Group.objects.get(name=GROUP_NAMES[Role.LEARNER])
    )
    for role in (Role.TRAINER, Role.COORDINATOR, Role.CONTENT_EDITOR, Role.PLATFORM_ADMIN):
        assert "wagtailadmin.access_admin" in _perms(Group.objects.get(name=GROUP_NAMES[role]))


def test_content_editors_may_edit_but_not_publish_pages(db):
    group = Group.objects.get(name=GROUP_NAMES[Role.CONTENT_EDITOR])
    codenames = set(
        GroupPagePermission.objects.filter(
            group=group, page=Page.get_first_root_node()
        ).values_list("permission__codename", flat=True)
    )
    assert codenames == {"add_page", "change_page"}


def test_new_accounts_are_learners(learner):
    assert list(learner.groups.values_list("name", flat=True)) == [GROUP_NAMES[Role.LEARNER]]
    assert not learner.has_perm("wagtailadmin.access_admin")


def test_sector_membership_grants_and_withdraws_the_role_group(learner, sector, other_sector):
    trainers = GROUP_NAMES[Role.TRAINER]
    first = membership_create(user=learner, sector=sector, role=SectorMembership.Role.TRAINER)
    second = membership_create(
        user=learner, sector=other_sector, role=SectorMembership.Role.TRAINER
    )
    assert learner.groups.filter(name=trainers).exists()
    membership_delete(membership=first)
    assert learner.groups.filter(name=trainers).exists(), "still trainer in the other sector"
    membership_delete(membership=second)
    assert not learner.groups.filter(name=trainers).exists()


def test_platform_admin_role(learner):
    user_assign_role(user=learner, role=Role.PLATFORM_ADMIN)
    learner.refresh_from_db()
    assert learner.is_superuser
    user_remove_role(user=learner, role=Role.PLATFORM_ADMIN)
    learner.refresh_from_db()
    assert not learner.is_superuser
    assert not learner.groups.filter(name=GROUP_NAMES[Role.PLATFORM_ADMIN]).exists()
