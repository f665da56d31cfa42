"""Keeps the trainer/coordinator groups in step with sector memberships.

Memberships are also edited in the Wagtail admin, whose generic views save models directly,
so the group follows the membership here rather than in one service.
"""

from django.contrib.auth.models import Group
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from lms.accounts.backends import MEMBERSHIPS_ATTRIBUTE
from lms.accounts.roles import GROUP_NAMES, Role

from .models import SectorMembership

ROLE_GROUPS = {
    SectorMembership.Role.TRAINER: Role.TRAINER,
    SectorMembership.Role.COORDINATOR: Role.COORDINATOR,
}


def _sync(user) -> None:
    held = set(SectorMembership.objects.filter(user=user).values_list("role", flat=True))
    for membership_role, role in ROLE_GROUPS.items():
        group = Group.objects.get(name=GROUP_NAMES[role])
        if membership_role in held:
            user.groups.add(group)
        else:
            user.groups.remove(group)
    # The memberships cached on this user object are stale now.
    vars(user).pop(MEMBERSHIPS_ATTRIBUTE, None)


@receiver(post_save, sender=SectorMembership)
def membership_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _sync(instance.user)


@receiver(post_delete, sender=SectorMembership)
def membership_deleted(sender, instance, **kwargs):
    _sync(instance.user)
