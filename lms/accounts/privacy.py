"""What the privacy export and erasure do with the accounts app's data: the profile section of
the export and the erasure records (lms/accounts/privacy_registry.py)."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from .privacy_registry import REFERENCES, Erase, Rule, export_section_register, iso, rules_register


def profile(user) -> dict:
    user_profile = apps.get_model("wagtailusers", "UserProfile")
    data = {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.preferred_language,
        "job_role": user.job_role,
        "organisation": user.organisation,
        "region": user.region,
        "date_joined": iso(user.date_joined),
        "last_login": iso(user.last_login),
        "is_active": user.is_active,
        "roles": sorted(user.groups.values_list("name", flat=True)),
    }
    admin = user_profile.objects.filter(user=user).first()
    if admin is not None:
        data["admin_preferences"] = {
            "preferred_language": admin.preferred_language,
            "current_time_zone": admin.current_time_zone,
            "theme": admin.theme,
            "has_avatar": bool(admin.avatar),
            "submitted_notifications": admin.submitted_notifications,
            "approved_notifications": admin.approved_notifications,
            "rejected_notifications": admin.rejected_notifications,
            "updated_comments_notifications": admin.updated_comments_notifications,
        }
    return data


def register() -> None:
    rules_register(
        Rule(
            "accounts.ErasureRecord",
            "erased_by",
            REFERENCES,
            Erase.KEEP,
            "Accountability: who erased an account stays linked to the (anonymised) account id.",
        ),
    )
    export_section_register(
        "profile",
        profile,
        order=10,
        description=_(
            "Your profile: name, email, language, job role, organisation, region, roles."
        ),
    )
