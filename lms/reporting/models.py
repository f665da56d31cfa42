"""The audit log of report exports, and the permission to see reports.

Reports read every app and own no learner data; the only thing stored here is who exported which
selection when, so a coordinator's or administrator's downloads of personal data can be checked.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ExportLog(models.Model):
    class Kind(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "XLSX"
        AGGREGATES = "aggregates", _("Anonymised aggregates (CSV)")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("exported by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("exported at"), auto_now_add=True, db_index=True)
    kind = models.CharField(_("format"), max_length=16, choices=Kind.choices)
    report = models.CharField(_("report"), max_length=100)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    row_count = models.PositiveIntegerField(_("rows"), default=0)

    class Meta:
        verbose_name = _("report export")
        verbose_name_plural = _("report exports")
        ordering = ["-created_at"]
        # Sector coordinators and platform administrators see reports (their sectors', all).
        permissions = [("view_reports", "Can view reports")]

    def __str__(self) -> str:
        return f"{self.report} ({self.kind}) – {self.created_at:%Y-%m-%d %H:%M}"
