"""Wagtail admin user forms with the platform's profile fields."""

from wagtail.users.forms import UserCreationForm, UserEditForm

PROFILE_FIELDS = {"preferred_language", "job_role", "organisation", "region"}


class PlatformUserCreationForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | PROFILE_FIELDS


class PlatformUserEditForm(UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | PROFILE_FIELDS
