"""The Wagtail admin's user screens, with the platform's profile fields."""

from wagtail.users.views.users import UserViewSet

from .admin_forms import PlatformUserCreationForm, PlatformUserEditForm


class PlatformUserViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        return PlatformUserEditForm if for_update else PlatformUserCreationForm
