"""The completion reports in the Wagtail admin: the dashboard, the exports and the anonymised
aggregates. Coordinators see their own sectors, platform administrators all; a filter outside
those (or otherwise invalid) gives a message and no figures, never an error page."""

from django.http import FileResponse, StreamingHttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import aggregates, charts
from .exports import csv_lines, export_header, export_rows, xlsx_file
from .forms import AggregateOptionsForm
from .models import ExportLog
from .selectors import completion_report, report_scope
from .services import export_log_create

REPORT_NAME = "completion"
AGGREGATES_NAME = "anonymised-aggregates"


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Completion reports")
    header_icon = "table"
    template_name = "reporting/admin/dashboard.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        scope = report_scope(user=self.request.user, params=self.request.GET)
        report = completion_report(scope=scope) if scope.valid and scope.sectors else None
        query = self.request.GET.urlencode()
        context.update(
            scope=scope,
            form=scope.form,
            report=report,
            query=query,
            aggregate_form=AggregateOptionsForm(self.request.GET or None),
            dimension_choices=[
                (d, aggregates.dimension_labels()[d]) for d in aggregates.OPTIONAL_DIMENSIONS
            ],
            chosen_dimensions=set(self.request.GET.getlist("dimensions"))
            or set(aggregates.OPTIONAL_DIMENSIONS),
        )
        if report is not None:
            context["course_chart"] = charts.completion_bars(report.per_course)
            context["month_chart"] = charts.monthly_bars(
                report.per_month,
                enrolled_label=_("Enrolments"),
                completed_label=_("Completions"),
            )
        return context


def _invalid(request):
    """Back to the dashboard with the same filter: it shows what is wrong."""
    url = reverse("reporting_admin:dashboard")
    query = request.GET.urlencode()
    return redirect(f"{url}?{query}" if query else url)


def _stamp() -> str:
    return timezone.localtime().strftime("%Y%m%d-%H%M")


def export_csv(request):
    scope = report_scope(user=request.user, params=request.GET)
    if not scope.valid or not scope.sectors:
        return _invalid(request)
    rows = scope.enrollments().count()
    export_log_create(
        user=request.user,
        kind=ExportLog.Kind.CSV,
        report=REPORT_NAME,
        filters=scope.filters(),
        row_count=rows,
    )
    response = StreamingHttpResponse(
        csv_lines(export_header(), export_rows(scope)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="voortgang-{_stamp()}.csv"'
    return response


def export_xlsx(request):
    scope = report_scope(user=request.user, params=request.GET)
    if not scope.valid or not scope.sectors:
        return _invalid(request)
    rows = scope.enrollments().count()
    export_log_create(
        user=request.user,
        kind=ExportLog.Kind.XLSX,
        report=REPORT_NAME,
        filters=scope.filters(),
        row_count=rows,
    )
    handle = xlsx_file(export_header(), export_rows(scope), title=_("Enrolments"))
    return FileResponse(
        handle,
        as_attachment=True,
        filename=f"voortgang-{_stamp()}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def aggregates_csv(request):
    scope = report_scope(user=request.user, params=request.GET)
    options = AggregateOptionsForm(request.GET)
    if not scope.valid or not scope.sectors or not options.is_valid():
        return _invalid(request)
    period = options.cleaned_data["period"]
    chosen = [d for d in aggregates.OPTIONAL_DIMENSIONS if d in request.GET.getlist("dimensions")]
    dimensions = ("period", *(chosen or aggregates.OPTIONAL_DIMENSIONS))
    cells = aggregates.aggregate_cells(scope=scope, period=period, dimensions=dimensions)
    table = aggregates.suppress(cells, dimensions)
    export_log_create(
        user=request.user,
        kind=ExportLog.Kind.AGGREGATES,
        report=AGGREGATES_NAME,
        filters={**scope.filters(), "period": period, "dimensions": list(dimensions)},
        row_count=len(table.rows),
    )
    response = StreamingHttpResponse(
        _aggregate_lines(table), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="geanonimiseerd-{_stamp()}.csv"'
    return response


def _aggregate_lines(table):
    rows = aggregates.aggregate_csv_rows(table)
    header = next(rows)
    return csv_lines(header, rows)
