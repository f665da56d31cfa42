"""Certificates in the Wagtail admin, for the trainers and coordinators of their sector only.

A read-only listing with inspect (issued certificates are never edited by hand), and dedicated
screens that call the services: revoke (with a reason), renew, issue by hand for a completed
enrollment, a cohort's certificate overview, and "download all certificates of a cohort" as a
ZIP built by a background task with a progress page. For staff of another sector every one of
these answers 404: the certificate, enrollment, cohort or archive does not exist for them.

The viewset is registered and the URLs are added in ``wagtail_hooks.py``.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.views.snippets import SnippetViewSet

from lms.cohorts.models import Cohort, Enrollment
from lms.sectors.viewsets import SectorScopedPermissionPolicy, SectorScopedViewSetMixin

from . import selectors, services
from .models import Certificate, CertificateArchive
from .views import pdf_filename

VIEW_PERMISSION = "certificates.view_certificate"
ISSUE_PERMISSION = "certificates.add_certificate"
CHANGE_PERMISSION = "certificates.change_certificate"


def _reverse_or_none(name: str, *args) -> str | None:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def listing_url() -> str:
    return _reverse_or_none("wagtailsnippets_certificates_certificate:list") or reverse(
        "wagtailadmin_home"
    )


# --- scoping ------------------------------------------------------------------------------


def _require(request, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


def staff_certificate(request, certificate_id: int, permission: str = VIEW_PERMISSION):
    """The certificate if this user runs its sector; 404 otherwise (its existence does not
    leak), 403 without the model permission."""
    _require(request, permission)
    return get_object_or_404(
        Certificate.objects.for_staff(request.user).select_related(
            "sector", "template", "enrollment__cohort", "replaces"
        ),
        pk=certificate_id,
    )


def staff_cohort(request, cohort_id: int, permission: str = VIEW_PERMISSION) -> Cohort:
    _require(request, permission)
    return get_object_or_404(
        Cohort.objects.for_staff(request.user).select_related("sector", "course"), pk=cohort_id
    )


def staff_archive(request, archive_id: int) -> CertificateArchive:
    _require(request, VIEW_PERMISSION)
    return get_object_or_404(
        CertificateArchive.objects.filter(
            cohort__in=Cohort.objects.for_staff(request.user)
        ).select_related("cohort"),
        pk=archive_id,
    )


# --- the viewset --------------------------------------------------------------------------


class CertificatePermissionPolicy(SectorScopedPermissionPolicy):
    """Issued certificates are read-only in the generic views: issue, revoke and renew have
    their own screens (the groups' add/change permissions gate those)."""

    READ_ONLY = frozenset({"add", "change", "delete", "copy"})

    def user_has_permission(self, user, action):
        if action in self.READ_ONLY:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def _staff_cohorts(request):
    if request is None:
        return Cohort.objects.none()
    return Cohort.objects.for_staff(request.user).order_by("-starts_on", "name")


STATUS_CHOICES = [
    (Certificate.Status.VALID, gettext_lazy("Valid")),
    (Certificate.Status.EXPIRED, gettext_lazy("Expired")),
    (Certificate.Status.REVOKED, gettext_lazy("Revoked")),
    ("renewed", gettext_lazy("Renewed")),
]


class CertificateFilterSet(WagtailFilterSet):
    # Only the user's own cohorts are offered: other sectors' cohort names do not leak.
    cohort = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Cohort"), field_name="enrollment__cohort", queryset=_staff_cohorts
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=STATUS_CHOICES, method="filter_status"
    )

    class Meta:
        model = Certificate
        fields = ["cohort", "status"]

    def filter_status(self, queryset, name, value):
        if value == "renewed":
            return queryset.filter(superseded_at__isnull=False)
        return queryset.filter(selectors.status_filter(value))


def _status_label(certificate: Certificate) -> str:
    labels = dict(STATUS_CHOICES)
    label = str(labels[certificate.status])
    if certificate.superseded_at:
        label += " · " + str(labels["renewed"])
    return label


class CertificateViewSet(SectorScopedViewSetMixin, SnippetViewSet):
    model = Certificate
    icon = "doc-full"
    menu_label = gettext_lazy("Certificates")
    menu_name = "issued_certificates"
    menu_order = 292
    add_to_admin_menu = True
    sector_field = "sector"
    shared_visible = False
    filterset_class = CertificateFilterSet
    search_fields = ["learner_name", "course_title", "cohort_name", "code"]
    list_per_page = 50
    copy_view_enabled = False
    list_display = [
        "learner_name",  # the title column: links to inspect and carries the row's buttons
        Column("course_title", label=gettext_lazy("Course")),
        Column("cohort_name", label=gettext_lazy("Cohort")),
        Column("issued_at", label=gettext_lazy("Issued on"), sort_key="issued_at"),
        Column("expires_at", label=gettext_lazy("Valid until"), sort_key="expires_at"),
        Column("status", label=gettext_lazy("Status"), accessor=_status_label),
    ]
    # Never shown (changing is refused), but the scoped viewset builds its form from panels.
    panels = [FieldPanel("learner_name", read_only=True)]
    inspect_view_fields = [
        "learner_name",
        "course_title",
        "sector_name",
        "cohort_name",
        "hours",
        "language",
        "code",
        "issued_at",
        "issued_by",
        "expires_at",
        "revoked_at",
        "revocation_reason",
        "revoked_by",
        "superseded_at",
        "replaces",
        "rendered_at",
    ]

    @property
    def permission_policy(self):
        return CertificatePermissionPolicy(self.model, **self.policy_options())

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("sector")


# --- revoke, renew, issue -----------------------------------------------------------------


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for the revocation"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=gettext_lazy(
            "Kept in the certificate's history for staff; the public verification page only "
            "says that and when it was revoked."
        ),
    )


class CertificateActionMixin(WagtailAdminTemplateMixin):
    header_icon = "doc-full"
    permission = CHANGE_PERMISSION

    def dispatch(self, request, *args, **kwargs):
        self.certificate = staff_certificate(request, kwargs["certificate_id"], self.permission)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return f"{self.certificate.learner_name} – {self.certificate.course_title}"

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": listing_url(), "label": _("Certificates")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(certificate=self.certificate, listing_url=listing_url())
        return context


class RevokeView(CertificateActionMixin, TemplateView):
    page_title = gettext_lazy("Revoke the certificate")
    template_name = "certificates/admin/revoke.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = kwargs.get("form") or RevokeForm()
        return context

    def post(self, request, *args, **kwargs):
        form = RevokeForm(request.POST)
        if form.is_valid():
            try:
                services.certificate_revoke(
                    certificate=self.certificate,
                    reason=form.cleaned_data["reason"],
                    revoked_by=request.user,
                )
            except services.CertificateError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(
                    request,
                    _("The certificate of %(name)s is revoked.")
                    % {"name": self.certificate.learner_name},
                )
                return redirect(listing_url())
        return self.render_to_response(self.get_context_data(form=form), status=400)


class RenewView(CertificateActionMixin, TemplateView):
    page_title = gettext_lazy("Renew the certificate")
    template_name = "certificates/admin/renew.html"
    permission = ISSUE_PERMISSION

    def post(self, request, *args, **kwargs):
        try:
            new = services.certificate_renew(certificate=self.certificate, issued_by=request.user)
        except services.CertificateError as exc:
            messages.error(request, str(exc))
            return self.render_to_response(self.get_context_data(), status=400)
        messages.success(
            request,
            _("A new certificate is issued to %(name)s; the previous one stays in the history.")
            % {"name": new.learner_name},
        )
        return redirect(listing_url())


class IssueView(WagtailAdminTemplateMixin, TemplateView):
    """Issue the certificate of one completed enrollment by hand (after a confirmation)."""

    page_title = gettext_lazy("Issue a certificate")
    header_icon = "doc-full"
    template_name = "certificates/admin/issue.html"

    def dispatch(self, request, *args, **kwargs):
        _require(request, ISSUE_PERMISSION)
        self.enrollment = get_object_or_404(
            Enrollment.objects.filter(
                cohort__in=Cohort.objects.for_staff(request.user)
            ).select_related("user", "cohort__sector", "cohort__course"),
            pk=kwargs["enrollment_id"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.enrollment.cohort.name

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            enrollment=self.enrollment,
            existing=selectors.enrollment_current_certificate(enrollment_id=self.enrollment.pk),
            back_url=reverse("certificates_admin:cohort", args=[self.enrollment.cohort_id]),
        )
        return context

    def post(self, request, *args, **kwargs):
        try:
            certificate = services.certificate_issue(
                enrollment=self.enrollment, issued_by=request.user
            )
        except services.CertificateError as exc:
            messages.error(request, str(exc))
            return self.render_to_response(self.get_context_data(), status=400)
        messages.success(
            request,
            _("The certificate of %(name)s is issued.") % {"name": certificate.learner_name},
        )
        return redirect("certificates_admin:cohort", cohort_id=self.enrollment.cohort_id)


def certificate_pdf(request, certificate_id: int):
    """A certificate's PDF for the staff of its sector (rendered now when missing)."""
    certificate = staff_certificate(request, certificate_id)
    if not certificate.pdf or not certificate.pdf.storage.exists(certificate.pdf.name):
        services.certificate_render(certificate=certificate, force=True)
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=pdf_filename(certificate),
        content_type="application/pdf",
    )


# --- a cohort's certificates and its ZIP --------------------------------------------------

RECENT_ARCHIVES = 5


class CohortCertificatesView(WagtailAdminTemplateMixin, TemplateView):
    """Completed learners of a cohort with their certificate, manual issue and the ZIP."""

    page_title = gettext_lazy("Certificates of the cohort")
    header_icon = "doc-full"
    template_name = "certificates/admin/cohort.html"

    def dispatch(self, request, *args, **kwargs):
        self.cohort = staff_cohort(request, kwargs["cohort_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.cohort.name

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = selectors.cohort_certificate_rows(cohort=self.cohort)
        context.update(
            cohort=self.cohort,
            rows=rows,
            with_certificate=sum(1 for row in rows if row.certificate),
            can_issue=self.request.user.has_perm(ISSUE_PERMISSION),
            archives=CertificateArchive.objects.filter(cohort=self.cohort)[:RECENT_ARCHIVES],
            roster_url=_reverse_or_none("cohorts_admin:roster", self.cohort.pk),
        )
        return context


class ArchiveCreateView(View):
    http_method_names = ["post"]

    def post(self, request, cohort_id: int):
        cohort = staff_cohort(request, cohort_id)
        archive = services.certificate_archive_create(cohort=cohort, requested_by=request.user)
        return redirect("certificates_admin:archive", archive_id=archive.pk)


def _archive_text(archive: CertificateArchive) -> str:
    if archive.status == CertificateArchive.Status.PENDING:
        return _("Waiting for its turn…")
    if archive.status == CertificateArchive.Status.RUNNING:
        return _("Added %(done)s of %(total)s certificates.") % {
            "done": archive.done,
            "total": archive.total,
        }
    if archive.status == CertificateArchive.Status.DONE:
        return _("The ZIP file is ready.")
    return _("Building the ZIP file failed.")


def _archive_finished(archive: CertificateArchive) -> bool:
    return archive.status in (CertificateArchive.Status.DONE, CertificateArchive.Status.FAILED)


class ArchiveDetailView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Download all certificates")
    header_icon = "download"
    template_name = "certificates/admin/archive.html"

    def dispatch(self, request, *args, **kwargs):
        self.archive = staff_archive(request, kwargs["archive_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.archive.cohort.name

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        archive = self.archive
        context.update(
            archive=archive,
            cohort=archive.cohort,
            finished=_archive_finished(archive),
            status_text=_archive_text(archive),
            percent=round(100 * archive.done / archive.total) if archive.total else 0,
            status_url=reverse("certificates_admin:archive_status", args=[archive.pk]),
            download_url=reverse("certificates_admin:archive_download", args=[archive.pk]),
            back_url=reverse("certificates_admin:cohort", args=[archive.cohort_id]),
        )
        return context


def archive_status(request, archive_id: int):
    """Progress as JSON for the progress page's poll."""
    archive = staff_archive(request, archive_id)
    response = JsonResponse(
        {
            "status": archive.status,
            "done": archive.done,
            "total": archive.total,
            "finished": _archive_finished(archive),
            "text": _archive_text(archive),
        }
    )
    response["Cache-Control"] = "no-store"
    return response


def archive_download(request, archive_id: int):
    archive = staff_archive(request, archive_id)
    if archive.status != CertificateArchive.Status.DONE or not archive.file:
        raise Http404
    day = timezone.localdate(archive.created_at).isoformat()
    return FileResponse(
        archive.file.open("rb"),
        as_attachment=True,
        filename=services.archive_filename(f"{_('Certificates')} {archive.cohort.name} {day}")
        + ".zip",
        content_type="application/zip",
    )


def register_urls():
    """URL patterns for the ``register_admin_urls`` hook (under /admin/certificates/)."""
    urls = [
        path("issue/<int:enrollment_id>/", IssueView.as_view(), name="issue"),
        path("<int:certificate_id>/revoke/", RevokeView.as_view(), name="revoke"),
        path("<int:certificate_id>/renew/", RenewView.as_view(), name="renew"),
        path("<int:certificate_id>/pdf/", certificate_pdf, name="pdf"),
        path("cohort/<int:cohort_id>/", CohortCertificatesView.as_view(), name="cohort"),
        path("cohort/<int:cohort_id>/archive/", ArchiveCreateView.as_view(), name="archive_create"),
        path("archive/<int:archive_id>/", ArchiveDetailView.as_view(), name="archive"),
        path("archive/<int:archive_id>/status.json", archive_status, name="archive_status"),
        path("archive/<int:archive_id>/download/", archive_download, name="archive_download"),
    ]
    return [path("certificates/", include((urls, "certificates_admin")))]
