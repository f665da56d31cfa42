"""Writes to accounts: creating users, editing profiles, granting and withdrawing roles."""

from django.contrib.auth.models import Group
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from .models import JobRole, Language, User, normalise_email
from .roles import GROUP_NAMES, Role
from .tasks import email_send_task


def user_create(
    *,
    email: str,
    password: str | None = None,
    first_name: str = "",
    last_name: str = "",
    preferred_language: str = Language.DUTCH,
    job_role: str = JobRole.OTHER,
    organisation: str = "",
) -> User:
    """Create a learner account; every account starts with the learner role."""
    with transaction.atomic():
        user = User(
            email=normalise_email(email),
            first_name=first_name,
            last_name=last_name,
            preferred_language=preferred_language,
            job_role=job_role,
            organisation=organisation,
        )
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.full_clean()
        user.save()
        user_assign_role(user=user, role=Role.LEARNER)
    return user


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
    from wagtail.users.models import UserProfile

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


def password_reset_email_send(*, user: User, context: dict) -> None:
    """Queue the reset email, written in the user's own language."""
    with translation.override(user.preferred_language):
        subject = render_to_string("registration/password_reset_subject.txt", context)
        body = render_to_string("registration/password_reset_email.txt", context)
    subject = " ".join(subject.splitlines()).strip()
    transaction.on_commit(
        lambda: email_send_task.enqueue(subject=subject, body=body, to=[user.email])
    )
