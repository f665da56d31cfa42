"""Staff screens of the quiz engine in the Wagtail admin: the essay grading queue and item analysis.

Both are scoped by sector: a trainer or coordinator grades and analyses only the attempts taken in
their own sectors (``Attempt.sector``); platform administrators see every sector.
"""

from decimal import Decimal, InvalidOperation

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import Attempt, EssayQuestion, Quiz, Response
from .selectors import GRADING_SCOPE, ITEM_ANALYSIS_SCOPE, grading_queue, item_analysis_rows
from .services import AttemptError, response_grade

PAGE_SIZE = 25


def can_grade(user) -> bool:
    return GRADING_SCOPE.has_any(user)


def _scoped_attempts(user):
    return GRADING_SCOPE.filter(Attempt.objects.all(), user)


def _sector_choices(user):
    return GRADING_SCOPE.sectors(user)


class StaffOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_grade(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class GradingQueueView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Essays to grade")
    header_icon = "edit"
    template_name = "assessments/admin/grading_queue.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        sectors = list(_sector_choices(user))
        sector_id = self.request.GET.get("sector", "")
        queue = grading_queue(attempts=_scoped_attempts(user))
        if sector_id.isdigit() and int(sector_id) in {s.pk for s in sectors}:
            queue = queue.filter(attempt__sector_id=int(sector_id))
        page = Paginator(queue, PAGE_SIZE).get_page(self.request.GET.get("p"))
        context.update(
            page=page, sectors=sectors, sector_id=sector_id, show_sector_filter=len(sectors) > 1
        )
        return context


class GradeForm(forms.Form):
    feedback = forms.CharField(
        label=gettext_lazy("Feedback for the learner"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def __init__(self, *args, points: Decimal, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields = {
            "score": forms.DecimalField(
                label=_("Score"),
                min_value=0,
                max_value=points,
                decimal_places=2,
                help_text=_("Between 0 and %(points)s points.") % {"points": points},
                widget=forms.NumberInput(attrs={"step": "0.5", "min": "0", "max": str(points)}),
            ),
            **self.fields,
        }


class GradeResponseView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Grade an essay answer")
    header_icon = "edit"
    template_name = "assessments/admin/grade.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.response_obj = None

    def _load(self):
        # Another sector's answer does not exist for this grader.
        response = get_object_or_404(
            Response.objects.select_related("attempt__quiz", "attempt__user", "attempt__sector"),
            pk=self.kwargs["response_id"],
            attempt__in=_scoped_attempts(self.request.user),
        )
        question = EssayQuestion.objects.filter(pk=response.question_id).first()
        if question is None:
            raise Http404
        return response, question

    def get(self, request, *args, **kwargs):
        response, question = self._load()
        form = GradeForm(points=question.points)
        return self.render_to_response(self.get_context_data(form=form, item=response, q=question))

    def post(self, request, *args, **kwargs):
        response, question = self._load()
        form = GradeForm(request.POST, points=question.points)
        if form.is_valid():
            if response.score is not None:
                messages.warning(request, _("This answer was already graded; nothing changed."))
                return redirect("assessments_admin:grading_queue")
            try:
                response_grade(
                    response=response,
                    grader=request.user,
                    score=form.cleaned_data["score"],
                    feedback=form.cleaned_data["feedback"],
                )
            except (AttemptError, InvalidOperation) as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(
                    request,
                    _("Graded the answer of %(name)s.")
                    % {"name": response.attempt.user.get_full_name() or response.attempt.user},
                )
                return redirect("assessments_admin:grading_queue")
        context = self.get_context_data(form=form, item=response, q=question)
        return self.render_to_response(context, status=400)


class ItemAnalysisView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Item analysis")
    header_icon = "table"
    template_name = "assessments/admin/item_analysis.html"

    def get_page_subtitle(self):
        return self.quiz.title

    def dispatch(self, request, *args, **kwargs):
        self.quiz = get_object_or_404(Quiz, pk=kwargs["quiz_id"])
        policy = Quiz.snippet_viewset.permission_policy
        if not policy.user_has_permission_for_instance(request.user, "view", self.quiz):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        # The content team sees every sector's figures (no learner is named); staff their own.
        attempts = ITEM_ANALYSIS_SCOPE.filter(Attempt.objects.filter(quiz=self.quiz), user)
        sectors = list(ITEM_ANALYSIS_SCOPE.sectors(user))
        sector_id = self.request.GET.get("sector", "")
        if sector_id.isdigit() and int(sector_id) in {s.pk for s in sectors}:
            attempts = attempts.filter(sector_id=int(sector_id))
        else:
            sector_id = ""
        rows, graded = item_analysis_rows(attempts=attempts)
        context.update(
            quiz=self.quiz,
            rows=rows,
            graded=graded,
            sectors=sectors,
            sector_id=sector_id,
            edit_url=reverse(Quiz.snippet_viewset.get_url_name("list")),
        )
        return context
