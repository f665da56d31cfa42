"""Certificates in the Wagtail admin, for the trainers and coordinators of their sector only."""

from django import forms
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.cohorts.models import Cohort
from lms.sectors.viewsets import SectorScopedViewSetMixin

from . import admin_views
from .admin_templates import TemplatePreviewView
from .forms import CertificateTemplateAdminForm
from .models import Certificate, CertificateTemplate

# --- Certificate templates ------------------------------------------------------------------
# Listing, create/edit/delete scoped by sector (other sectors' templates are 404), and a
# "Preview" that renders a sample certificate of the template as a PDF.


class CertificateTemplateViewSet(SectorScopedViewSetMixin, SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    menu_name = "certificate_templates"
    menu_order = 295
    add_to_admin_menu = True
    url_prefix = "certificates/templates"
    url_namespace = "certificate_templates"
    sector_field = "sector"
    base_form_class = CertificateTemplateAdminForm
    list_display = ["title", "sector", "orientation", "is_default", "updated_at"]
    list_filter = ["sector", "is_default"]
    search_fields = ["title"]
    copy_view_enabled = False
    panels = [
        # A plain select: it lists only the user's sectors (the form limits the queryset).
        FieldPanel("sector", widget=forms.Select),
        FieldPanel("title"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("orientation"),
                FieldRowPanel([FieldPanel("primary_colour"), FieldPanel("accent_colour")]),
                FieldPanel("logo"),
            ],
            heading=_("Design"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("signatory_name"),
                FieldPanel("signatory_function"),
                FieldPanel("signature"),
            ],
            heading=_("Signature"),
        ),
        MultiFieldPanel(
            [FieldPanel("validity_months"), FieldPanel("is_default")], heading=_("Use")
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("sector")

    @property
    def preview_view(self):
        return TemplatePreviewView.as_view(permission_policy=self.permission_policy)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/preview/", self.preview_view, name="sample_preview"),
        ]

    @property
    def edit_view_class(self):
        base = super().edit_view_class

        class EditView(base):
            @property
            def header_buttons(self):
                return [
                    *super().header_buttons,
                    HeaderButton(
                        _("Preview"),
                        url=template_preview_url(self.object),
                        icon_name="view",
                        attrs={"target": "_blank", "rel": "noopener"},
                    ),
                ]

        EditView.__name__ = base.__name__
        return EditView


def template_preview_url(template: CertificateTemplate) -> str:
    return reverse("certificate_templates:sample_preview", args=[template.pk])


register_snippet(CertificateTemplateViewSet)


@hooks.register("register_snippet_listing_buttons")
def certificate_template_listing_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, CertificateTemplate):
        return []
    return [
        Button(
            _("Preview"),
            template_preview_url(snippet),
            icon_name="view",
            attrs={"target": "_blank", "rel": "noopener"},
            priority=5,
        )
    ]


# --- end of certificate templates -----------------------------------------------------------


# --- Issued certificates (helper B) ---------------------------------------------------------
# A read-only, sector-scoped listing with inspect; revoke, renew, manual issue, a cohort's
# overview and its ZIP are dedicated screens in admin_views.py that call the services.


def _register_issued_certificates():
    register_snippet(admin_views.CertificateViewSet)

    @hooks.register("register_admin_urls")
    def register_certificate_admin_urls():
        return admin_views.register_urls()

    @hooks.register("register_snippet_listing_buttons")
    def certificate_listing_buttons(snippet, user, next_url=None):
        if isinstance(snippet, Cohort):
            return [
                Button(
                    _("Certificates"),
                    reverse("certificates_admin:cohort", args=[snippet.pk]),
                    icon_name="doc-full",
                    priority=7,
                )
            ]
        if not isinstance(snippet, Certificate):
            return []
        buttons = [
            Button(
                _("PDF"),
                reverse("certificates_admin:pdf", args=[snippet.pk]),
                icon_name="download",
                priority=5,
            )
        ]
        if snippet.revoked_at is None and user.has_perm(admin_views.CHANGE_PERMISSION):
            buttons.append(
                Button(
                    _("Revoke"),
                    reverse("certificates_admin:revoke", args=[snippet.pk]),
                    icon_name="cross",
                    priority=10,
                )
            )
        if (
            snippet.revoked_at is None
            and snippet.superseded_at is None
            and user.has_perm(admin_views.ISSUE_PERMISSION)
        ):
            buttons.append(
                Button(
                    _("Renew"),
                    reverse("certificates_admin:renew", args=[snippet.pk]),
                    icon_name="repeat",
                    priority=11,
                )
            )
        return buttons


_register_issued_certificates()
# --- end of issued certificates -------------------------------------------------------------
