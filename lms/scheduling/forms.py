"""Admin form of a training session: sector staff pick only their own cohorts and trainers."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from lms.accounts.models import User
from lms.cohorts.models import Cohort, CohortQuerySet
from lms.sectors.models import SectorMembership
from lms.sectors.viewsets import SectorScopedPermissionPolicy

from .models import Registration


class TrainingSessionAdminForm(WagtailAdminModelForm):
    """The sector of a session comes through its cohort: the cohort list holds the user's own
    sectors' cohorts, the trainer list their trainers and coordinators. The model's own rules
    (classroom needs an address, online a link, the end comes after the start) apply as well."""

    # Set by SectorScopedViewSetMixin.get_edit_handler.
    sector_field_name = "cohort"
    policy_options: dict = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if user is None:
            return
        if "cohort" in self.fields:
            field = self.fields["cohort"]
            field.queryset = Cohort.objects.for_staff(user).order_by("-starts_on", "name")
            field.empty_label = None if field.queryset.count() == 1 else field.empty_label
        if "trainer" in self.fields:
            memberships = SectorMembership.objects.for_staff(user)
            self.fields["trainer"].queryset = User.objects.filter(
                pk__in=memberships.values("user")
            ).order_by("last_name", "first_name", "email")

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        if self.for_user is not None and instance.pk:
            policy = SectorScopedPermissionPolicy(self._meta.model, **self.policy_options)
            if not policy.user_has_permission_for_instance(self.for_user, "change", instance):
                raise ValidationError(_("You can only change what belongs to your own sector."))
        if instance.pk and instance.cancelled_at:
            raise ValidationError(_("This session was cancelled; it can no longer be changed."))
        cohort, trainer = cleaned.get("cohort"), cleaned.get("trainer")
        # The trainer must be able to run the cohort themselves.
        if cohort and trainer and not CohortQuerySet.sector_scope.allows(trainer, cohort):
            self.add_error("trainer", _("Choose a trainer or coordinator of the cohort's sector."))
        if instance.pk:
            registrations = Registration.objects.filter(session_id=instance.pk)
            if cohort and cohort.pk != instance.cohort_id and registrations.exists():
                self.add_error(
                    "cohort",
                    _("Learners registered for this session: the cohort cannot change."),
                )
            capacity = cleaned.get("capacity")
            registered = registrations.filter(status=Registration.Status.REGISTERED).count()
            if capacity is not None and capacity < registered:
                self.add_error(
                    "capacity",
                    _("%(count)s learners are registered: the capacity cannot be lower.")
                    % {"count": registered},
                )
        return cleaned
