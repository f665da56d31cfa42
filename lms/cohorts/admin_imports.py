"""Bulk enrolment of a cohort in the Wagtail admin: upload, preview, confirm, progress.

Step 1 uploads a CSV or .xlsx file, which is checked at once; step 2 previews the first rows,
the counts and every error by line (a file with errors cannot be confirmed); step 3 queues the
commit as a background task and shows its progress. Only the staff of the cohort's sector and
platform administrators reach these screens: for anyone else the cohort does not exist (404).

The URLs are added by ``register_urls()``, called from the app's ``register_admin_urls`` hook.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import NoReverseMatch, include, path, reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from lms import uploads
from lms.accounts.models import JobRole

from .imports import check, lifecycle, parse
from .models import Cohort, EnrollmentImport

IMPORT_PERMISSION = "cohorts.add_enrollment"
ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
RECENT_IMPORTS = 5


def import_cohort(request, cohort_id: int) -> Cohort:
    """The cohort if this user may enrol learners in it; 404 when it is another sector's."""
    if not request.user.has_perm(IMPORT_PERMISSION):
        raise PermissionDenied
    return get_object_or_404(
        Cohort.objects.for_staff(request.user).select_related("sector", "course"), pk=cohort_id
    )


def _reverse_or_none(name: str, *args) -> str | None:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def cohort_back_url(cohort: Cohort) -> str:
    """The cohort's roster when the roster screens are installed, else the admin home."""
    return (
        _reverse_or_none("cohorts_admin:roster", cohort.pk)
        or _reverse_or_none("wagtailsnippets_cohorts_cohort:list")
        or reverse("wagtailadmin_home")
    )


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File with learners"),
        help_text=gettext_lazy("CSV (UTF-8) or Excel (.xlsx)."),
        widget=forms.FileInput(attrs={"accept": ACCEPT}),
    )

    def clean_file(self):
        """Within the size limit, and CSV text or a real .xlsx within the archive limits.

        Judged by content, whatever the name says: a workbook named ``.csv`` is accepted as a
        workbook, since the import reads it by content too (see ``validate_import_table``)."""
        upload = self.cleaned_data["file"]
        if upload.size > parse.MAX_FILE_BYTES:
            raise forms.ValidationError(parse.too_big_message())
        uploads.validate_import_table(upload)
        return upload


class CohortImportMixin(WagtailAdminTemplateMixin):
    header_icon = "upload"
    page_title = gettext_lazy("Import learners")

    def dispatch(self, request, *args, **kwargs):
        self.cohort = import_cohort(request, kwargs["cohort_id"])
        self.load(**kwargs)
        return super().dispatch(request, *args, **kwargs)

    def load(self, **kwargs) -> None:
        """Load what else the view needs, once the cohort is known to be the user's."""

    def get_page_subtitle(self):
        return self.cohort.name

    def get_breadcrumbs_items(self):
        items = [{"url": reverse("wagtailadmin_home"), "label": _("Home")}]
        cohorts_url = _reverse_or_none("wagtailsnippets_cohorts_cohort:list")
        if cohorts_url:
            items.append({"url": cohorts_url, "label": _("Cohorts")})
        items.append({"url": cohort_back_url(self.cohort), "label": self.cohort.name})
        items.append({"url": "", "label": self.get_page_title()})
        return items

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            cohort=self.cohort,
            back_url=cohort_back_url(self.cohort),
            upload_url=reverse("cohorts_import:upload", args=[self.cohort.pk]),
        )
        return context


class ImportUploadView(CohortImportMixin, TemplateView):
    template_name = "cohorts/admin/import_upload.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            form=kwargs.get("form") or ImportUploadForm(),
            job_roles=JobRole.labels,
            max_megabytes=parse.MAX_FILE_BYTES // (1024 * 1024),
            max_rows=number_format(parse.MAX_ROWS, force_grouping=True),
            recent=EnrollmentImport.objects.filter(cohort=self.cohort).select_related(
                "uploaded_by"
            )[:RECENT_IMPORTS],
        )
        return context

    def post(self, request, *args, **kwargs):
        form = ImportUploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                enrollment_import = lifecycle.enrollment_import_create(
                    cohort=self.cohort,
                    uploaded_by=request.user,
                    filename=upload.name,
                    data=upload.read(),
                )
            except parse.ImportFileError as exc:
                form.add_error("file", str(exc))
            else:
                return redirect(
                    "cohorts_import:detail",
                    cohort_id=self.cohort.pk,
                    import_id=enrollment_import.pk,
                )
        return self.render_to_response(self.get_context_data(form=form), status=400)


def _status_text(enrollment_import: EnrollmentImport) -> str:
    status = enrollment_import.status
    if status == EnrollmentImport.Status.QUEUED:
        return _("Waiting for its turn…")
    if status == EnrollmentImport.Status.RUNNING:
        if enrollment_import.processed_rows < enrollment_import.total_rows:
            return _("Checked %(processed)s of %(total)s learners.") % {
                "processed": number_format(enrollment_import.processed_rows, force_grouping=True),
                "total": number_format(enrollment_import.total_rows, force_grouping=True),
            }
        return _("Saving all enrolments at once…")
    if status == EnrollmentImport.Status.DONE:
        return _("The import is finished.")
    if status == EnrollmentImport.Status.FAILED:
        return _("The import failed; nothing was saved.")
    return _("Checked; waiting for your confirmation.")


def _is_saving(enrollment_import: EnrollmentImport) -> bool:
    return (
        enrollment_import.status == EnrollmentImport.Status.RUNNING
        and enrollment_import.processed_rows >= enrollment_import.total_rows
    )


def _action_labels() -> dict[str, str]:
    return {
        "new": _("New account"),
        "existing": _("Existing account"),
        "reactivate": _("Enrolled again (had withdrawn)"),
        "already": _("Already enrolled: skipped"),
    }


class ImportDetailView(CohortImportMixin, TemplateView):
    """The preview while the import waits for confirmation; its progress and result after."""

    def load(self, **kwargs) -> None:
        self.enrollment_import = get_object_or_404(
            EnrollmentImport.objects.select_related("uploaded_by"),
            pk=kwargs["import_id"],
            cohort=self.cohort,
        )

    def get_template_names(self):
        if self.enrollment_import.status == EnrollmentImport.Status.VALIDATED:
            return ["cohorts/admin/import_preview.html"]
        return ["cohorts/admin/import_progress.html"]

    def get_page_title(self):
        if self.enrollment_import.status == EnrollmentImport.Status.VALIDATED:
            return _("Check the import")
        return _("Import progress")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        item = self.enrollment_import
        report = item.report or {}
        labels = _action_labels()
        preview = [
            {**row, "action_label": labels.get(row.get("action"), "")}
            for row in report.get("preview", [])
        ]
        total = max(item.total_rows, 1)
        context.update(
            item=item,
            report=report,
            counts=report.get("counts", {}),
            capacity=report.get("capacity", {}),
            errors=report.get("errors", []),
            error_lines=len({error["line"] for error in report.get("errors", [])}),
            preview=preview,
            result=report.get("result"),
            failure=report.get("failure", ""),
            refusal=report.get("refusal", ""),
            can_confirm=lifecycle.enrollment_import_can_confirm(item),
            finished=item.is_finished,
            saving=_is_saving(item),
            percent=round(100 * min(item.processed_rows, total) / total),
            status_text=_status_text(item),
            status_url=reverse("cohorts_import:status", args=[self.cohort.pk, item.pk]),
            confirm_url=reverse("cohorts_import:confirm", args=[self.cohort.pk, item.pk]),
        )
        return context


class ImportConfirmView(View):
    http_method_names = ["post"]

    def post(self, request, cohort_id: int, import_id: int):
        cohort = import_cohort(request, cohort_id)
        enrollment_import = get_object_or_404(EnrollmentImport, pk=import_id, cohort=cohort)
        if enrollment_import.status == EnrollmentImport.Status.VALIDATED and not (
            lifecycle.enrollment_import_confirm(enrollment_import=enrollment_import)
        ):
            messages.error(request, _("This file cannot be imported. Upload a corrected file."))
        return redirect("cohorts_import:detail", cohort_id=cohort.pk, import_id=import_id)


def import_status(request, cohort_id: int, import_id: int):
    """Progress as JSON for the progress page's poll."""
    cohort = import_cohort(request, cohort_id)
    enrollment_import = get_object_or_404(EnrollmentImport, pk=import_id, cohort=cohort)
    response = JsonResponse(
        {
            "status": enrollment_import.status,
            "processed": enrollment_import.processed_rows,
            "total": enrollment_import.total_rows,
            "saving": _is_saving(enrollment_import),
            "finished": enrollment_import.is_finished,
            "text": _status_text(enrollment_import),
        }
    )
    response["Cache-Control"] = "no-store"
    return response


def import_template(request):
    """An empty CSV with the column names, ready for Excel in Flanders (BOM and `;`)."""
    if not request.user.has_perm(IMPORT_PERMISSION):
        raise PermissionDenied
    response = HttpResponse(
        "\ufeff" + ";".join(check.FIELDS) + "\r\n", content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="learners-import-template.csv"'
    return response


def register_urls():
    """URL patterns for the ``register_admin_urls`` hook (under /admin/cohorts/)."""
    urls = [
        path("import-template.csv", import_template, name="template"),
        path("<int:cohort_id>/import/", ImportUploadView.as_view(), name="upload"),
        path(
            "<int:cohort_id>/import/<int:import_id>/",
            ImportDetailView.as_view(),
            name="detail",
        ),
        path(
            "<int:cohort_id>/import/<int:import_id>/confirm/",
            require_POST(ImportConfirmView.as_view()),
            name="confirm",
        ),
        path(
            "<int:cohort_id>/import/<int:import_id>/status.json",
            import_status,
            name="status",
        ),
    ]
    return [path("cohorts/", include((urls, "cohorts_import")))]
