"""Admin form for certificate templates: sector choice limited to the user's sectors, one
default template per sector."""

from django import forms
from django.db import transaction

from lms.sectors.viewsets import SectorOwnedAdminForm

from .models import CertificateTemplate


class ColourInput(forms.TextInput):
    """The browser's colour picker; it submits #rrggbb, which the model's validator accepts."""

    input_type = "color"


class CertificateTemplateAdminForm(SectorOwnedAdminForm):
    """Saving a template as its sector's default takes the flag from the previous default."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("primary_colour", "accent_colour"):
            if name in self.fields:
                self.fields[name].widget = ColourInput()
        for name in ("logo", "signature"):
            if name in self.fields:
                self.fields[name].widget.attrs.setdefault("accept", "image/png,image/jpeg")

    def _get_validation_exclusions(self):
        # The one-default-per-sector constraint is satisfied by save() below, which unsets the
        # previous default; validating it here would refuse exactly the change we support.
        exclude = super()._get_validation_exclusions()
        exclude.add("is_default")
        return exclude

    def save(self, commit=True):
        if not commit:
            return super().save(commit=False)
        with transaction.atomic():
            self._release_previous_default()
            return super().save(commit=True)

    def _release_previous_default(self) -> None:
        instance = self.instance
        if not instance.is_default or not instance.sector_id:
            return
        others = CertificateTemplate.objects.select_for_update().filter(
            sector_id=instance.sector_id, is_default=True
        )
        if instance.pk:
            others = others.exclude(pk=instance.pk)
        ids = list(others.values_list("pk", flat=True))
        if ids:
            CertificateTemplate.objects.filter(pk__in=ids).update(is_default=False)
