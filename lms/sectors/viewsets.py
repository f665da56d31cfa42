"""Sector scoping for Wagtail admin viewsets: one permission policy and one viewset mixin.

A model that belongs to a sector (a quiz, a question, later a cohort) is listed, opened, changed
and deleted in the admin only by staff of that sector. Shared rows (no sector) may be visible to
every staff member with the model permission but are changed only by the unrestricted roles
(platform administrators and, for content, the Flemish content team). Rows of another sector are
404, not 403, so their existence does not leak.
"""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
    SnippetCreateView,
)

from .permissions import SectorScope

VIEW_ACTIONS = {"view", "inspect"}


class SectorScopedPermissionPolicy(ModelPermissionPolicy):
    """Wagtail's model permissions, narrowed to the rows of the user's sectors by the one
    ``SectorScope`` (lms/sectors/permissions.py): the same rule answers the listing and the
    instance check."""

    def __init__(
        self,
        model,
        *,
        sector_field: str,
        shared_visible: bool = False,
        content_team: bool = False,
    ):
        super().__init__(model)
        self.scope = SectorScope(
            sector_field=sector_field, shared_visible=shared_visible, content_team=content_team
        )

    @property
    def sector_field(self) -> str:
        return self.scope.sector_field

    def is_unrestricted(self, user) -> bool:
        return self.scope.is_unrestricted(user)

    def user_has_permission_for_instance(self, user, action, instance) -> bool:
        if not self.user_has_permission(user, action):
            return False
        return self.scope.allows(user, instance, viewing=action in VIEW_ACTIONS)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.scope.filter(
            self.model._default_manager.all(), user, viewing=bool(VIEW_ACTIONS & set(actions))
        )

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def editable_sectors(self, user):
        """The sectors this user may assign a new or changed row to (None = any, or shared)."""
        if self.is_unrestricted(user):
            return None
        return self.scope.sectors(user)


def _checked_view(view_class, action: str | None):
    """Subclass a generic view so the object it loads is checked against the policy."""

    class CheckedView(view_class):
        def get_object(self, *args, **kwargs):
            # Rows of another sector are not found, whatever the view would say about them.
            pk = self.kwargs.get(getattr(self, "pk_url_kwarg", "pk")) or next(iter(self.args), None)
            candidate = self.model._default_manager.filter(pk=unquote(str(pk))).first()
            policy = self.permission_policy
            user = self.request.user
            if candidate is None or not policy.user_has_permission_for_instance(
                user, "view", candidate
            ):
                raise Http404
            obj = super().get_object(*args, **kwargs)
            if action and not policy.user_has_permission_for_instance(user, action, obj):
                raise PermissionDenied
            return obj

    CheckedView.__name__ = f"SectorScoped{view_class.__name__}"
    return CheckedView


def _scoped_index_view(view_class):
    """The listing offers edit and delete only on rows this user may change or delete."""

    class ScopedIndexView(view_class):
        def _allowed(self, action, instance) -> bool:
            return self.permission_policy.user_has_permission_for_instance(
                self.request.user, action, instance
            )

        def get_edit_url(self, instance):
            return super().get_edit_url(instance) if self._allowed("change", instance) else None

        def get_delete_url(self, instance):
            return super().get_delete_url(instance) if self._allowed("delete", instance) else None

    ScopedIndexView.__name__ = f"SectorScoped{view_class.__name__}"
    return ScopedIndexView


def scoped_chooser_view(view_class, scope=None):
    """A chooser view (list, results, chosen, chosen-multiple, create) that offers only the
    rows this user may see: Wagtail's choosers otherwise list every row to anyone in the admin.

    ``scope(user)`` gives those rows; without it, the model's viewset policy decides (and the
    chooser is refused to users without view or change permission on the model)."""

    class ScopedChooserView(view_class):
        def dispatch(self, request, *args, **kwargs):
            if scope is None and not self.policy().user_has_any_permission(
                request.user, ["view", "change"]
            ):
                raise PermissionDenied
            return super().dispatch(request, *args, **kwargs)

        def policy(self):
            return self.model_class.snippet_viewset.permission_policy

        def scoped(self):
            if scope is not None:
                return scope(self.request.user)
            return self.policy().instances_user_has_any_permission_for(
                self.request.user, ["view", "change"]
            )

        def get_object_list(self):
            return self.scoped()

        def get_object(self, pk):
            return self.scoped().get(pk=pk)

        def get_objects(self, pks):
            return self.scoped().filter(pk__in=pks)

    ScopedChooserView.__name__ = f"SectorScoped{view_class.__name__}"
    return ScopedChooserView


class SectorScopedChooserViewSet(SnippetChooserViewSet):
    choose_view_class = scoped_chooser_view(ChooseView)
    choose_results_view_class = scoped_chooser_view(ChooseResultsView)
    chosen_view_class = scoped_chooser_view(SnippetChosenView)
    chosen_multiple_view_class = scoped_chooser_view(SnippetChosenMultipleView)
    create_view_class = scoped_chooser_view(SnippetCreateView)


class SectorScopedViewSetMixin:
    """Mixin for a SnippetViewSet whose model belongs to a sector.

    Set ``sector_field`` (a lookup path such as ``owning_sector`` or ``cohort__sector``),
    ``shared_visible`` and ``content_team`` (the content team is unrestricted) on the viewset.
    """

    sector_field = "sector"
    shared_visible = False
    content_team = False
    base_form_class: "type[SectorOwnedAdminForm] | None" = None  # defaults to SectorOwnedAdminForm
    chooser_viewset_class = SectorScopedChooserViewSet

    def policy_options(self) -> dict:
        return {
            "sector_field": self.sector_field,
            "shared_visible": self.shared_visible,
            "content_team": self.content_team,
        }

    @property
    def permission_policy(self):
        return SectorScopedPermissionPolicy(self.model, **self.policy_options())

    def get_edit_handler(self):
        base = self.base_form_class or SectorOwnedAdminForm
        form_class = type(
            f"{self.model.__name__}SectorForm",
            (base,),
            {
                "sector_field_name": self.sector_field.split("__")[0],
                "policy_options": self.policy_options(),
            },
        )
        return ObjectList(self.panels, base_form_class=form_class).bind_to_model(self.model)

    def get_queryset(self, request):
        return self.permission_policy.instances_user_has_any_permission_for(
            request.user, ["view", "change"]
        )

    inspect_view_enabled = True

    @property
    def index_view_class(self):
        return _scoped_index_view(super().index_view_class)

    @property
    def edit_view_class(self):
        return _checked_view(super().edit_view_class, "change")

    @property
    def delete_view_class(self):
        return _checked_view(super().delete_view_class, "delete")

    @property
    def copy_view_class(self):
        return _checked_view(super().copy_view_class, None)

    @property
    def usage_view_class(self):
        return _checked_view(super().usage_view_class, None)

    @property
    def history_view_class(self):
        return _checked_view(super().history_view_class, None)

    @property
    def inspect_view_class(self):
        return _checked_view(super().inspect_view_class, None)


class SectorOwnedAdminForm(WagtailAdminModelForm):
    """Admin form for a sector-owned model: restricted staff may only pick their own sectors.

    Subclasses (built by ``sector_owned_form``) set ``sector_field_name`` and ``policy_options``.
    """

    sector_field_name = "owning_sector"
    policy_options: dict = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get(self.sector_field_name)
        if field is None or self.for_user is None:
            return
        policy = SectorScopedPermissionPolicy(self._meta.model, **self.policy_options)
        sectors = policy.editable_sectors(self.for_user)
        if sectors is None:
            return
        field.queryset = sectors
        field.required = True
        field.empty_label = None
        if not self.instance.pk and sectors.count() == 1:
            field.initial = sectors.get().pk

    def clean(self):
        cleaned = super().clean()
        if self.for_user is not None and self.instance.pk:
            policy = SectorScopedPermissionPolicy(self._meta.model, **self.policy_options)
            if not policy.user_has_permission_for_instance(self.for_user, "change", self.instance):
                raise ValidationError(_("You can only change what belongs to your own sector."))
        return cleaned
