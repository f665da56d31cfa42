"""Writes to accounts: creating users, editing profiles, granting and withdrawing roles."""

import secrets
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any, TypeVar

from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from .models import JobRole, Language, User, normalise_email
from .roles import GROUP_NAMES, Role
from .tasks import email_send_task

BATCH_SIZE = 500

T = TypeVar("T")


def user_build(
    *,
    email: str,
    password: str | None = None,
    first_name: str = "",
    last_name: str = "",
    preferred_language: str = Language.DUTCH,
    job_role: str = JobRole.OTHER,
    organisation: str = "",
    region: str = "",
    date_joined: datetime | None = None,
) -> User:
    """The unsaved row of a new account, as ``user_create`` and ``users_bulk_create`` write it:
    a normalised email and, without a password, an unusable one (set later through "forgot
    password" or an invitation)."""
    user = User(
        email=normalise_email(email),
        first_name=first_name,
        last_name=last_name,
        preferred_language=preferred_language,
        job_role=job_role,
        organisation=organisation,
        region=region,
        date_joined=date_joined or timezone.now(),
    )
    if password:
        user.set_password(password)
    else:
        # What set_unusable_password() stores ("!" and a random suffix, so no two accounts share
        # a hash), drawn in one call: Django draws the 40 characters one by one, which was a
        # third of a 10,000-learner import.
        user.password = UNUSABLE_PASSWORD_PREFIX + secrets.token_urlsafe(30)
    return user


def user_create(
    *,
    email: str,
    password: str | None = None,
    first_name: str = "",
    last_name: str = "",
    preferred_language: str = Language.DUTCH,
    job_role: str = JobRole.OTHER,
    organisation: str = "",
    region: str = "",
    date_joined: datetime | None = None,
) -> User:
    """Create a learner account; every account starts with the learner role."""
    with transaction.atomic():
        user = user_build(
            email=email,
            password=password,
            first_name=first_name,
            last_name=last_name,
            preferred_language=preferred_language,
            job_role=job_role,
            organisation=organisation,
            region=region,
            date_joined=date_joined,
        )
        user.full_clean()
        user.save()
        user_assign_role(user=user, role=Role.LEARNER)
    return user


def users_bulk_create(
    *, rows: Iterable[Mapping[str, Any]], batch_size: int = BATCH_SIZE
) -> list[User]:
    """Create many learner accounts at once; returns the created users in the order of ``rows``.

    Each row holds ``user_create``'s keyword arguments and is built by the same ``user_build``,
    and every new account gets the learner role, as with ``user_create``; the statements grow
    per batch of rows, never per row. Rows are not ``full_clean``ed one by one (that costs a
    query per row): the caller checks them first, as the enrolment import does line by line.
    A row whose email (after normalising) has an account already, or is repeated in ``rows``,
    creates nothing: existing accounts are never changed, so a second call is harmless."""
    users: dict[str, User] = {}
    for row in rows:
        user = user_build(**row)
        users.setdefault(user.email, user)
    emails = list(users)
    # No savepoint of its own (two statements fewer): a failure fails the caller's transaction.
    with transaction.atomic(savepoint=False):
        for batch in _batches(emails, batch_size):
            for email in (
                User.objects.annotate(email_ci=Lower("email"))
                .filter(email_ci__in=batch)
                .values_list("email_ci", flat=True)
            ):
                users.pop(email, None)
        created = list(users.values())
        User.objects.bulk_create(created, batch_size=batch_size)
        if any(user.pk is None for user in created):  # backends that return no ids
            ids: dict[str, int] = {}
            for batch in _batches([user.email for user in created], batch_size):
                ids.update(User.objects.filter(email__in=batch).values_list("email", "pk"))
            for user in created:
                user.pk = ids[user.email]
        if created:
            learners = Group.objects.get(name=GROUP_NAMES[Role.LEARNER])
            membership = User.groups.through
            membership.objects.bulk_create(
                [membership(user_id=user.pk, group_id=learners.pk) for user in created],
                batch_size=batch_size,
                ignore_conflicts=True,
            )
    return created


def _batches(items: list[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def user_update_profile(
    *,
    user: User,
    first_name: str,
    last_name: str,
    preferred_language: str,
    job_role: str,
    organisation: str,
    region: str = "",
) -> User:
    with transaction.atomic():
        user.first_name = first_name
        user.last_name = last_name
        user.preferred_language = preferred_language
        user.job_role = job_role
        user.organisation = organisation
        user.region = region
        user.full_clean()
        user.save(
            update_fields=[
                "first_name",
                "last_name",
                "preferred_language",
                "job_role",
                "organisation",
                "region",
            ]
        )
        _sync_admin_language(user)
    return user


def user_set_language(*, user: User, language: str) -> None:
    """Remember the interface language a user picked with the language switcher."""
    if language not in Language.values:
        raise ValueError(f"Unsupported language {language!r}")
    if user.preferred_language != language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])
        _sync_admin_language(user)


def _sync_admin_language(user: User) -> None:
    # Staff see the Wagtail admin in the same language they chose on the site.
    profile = UserProfile.get_for_user(user)
    if profile.preferred_language != user.preferred_language:
        profile.preferred_language = user.preferred_language
        profile.save(update_fields=["preferred_language"])


def user_assign_role(*, user: User, role: str) -> None:
    """Grant a role by group membership. Trainer and coordinator roles come with a sector, so
    grant those through ``lms.sectors.services.membership_create`` instead."""
    user.groups.add(Group.objects.get(name=GROUP_NAMES[Role(role)]))
    if role == Role.PLATFORM_ADMIN and not user.is_superuser:
        # Administrators manage sectors, roles, sites and workflows: everything in the admin.
        user.is_superuser = True
        user.save(update_fields=["is_superuser"])


def user_remove_role(*, user: User, role: str) -> None:
    user.groups.remove(Group.objects.get(name=GROUP_NAMES[Role(role)]))
    if role == Role.PLATFORM_ADMIN and user.is_superuser:
        user.is_superuser = False
        user.save(update_fields=["is_superuser"])


def password_reset_email_send(*, user: User, context: dict[str, Any]) -> None:
    """Queue the reset email, written in the user's own language."""
    with translation.override(user.preferred_language):
        subject_lines = render_to_string("registration/password_reset_subject.txt", context)
        body = render_to_string("registration/password_reset_email.txt", context)
    subject = " ".join(subject_lines.splitlines()).strip()
    transaction.on_commit(
        lambda: email_send_task.enqueue(subject=subject, body=body, to=[user.email])
    )
