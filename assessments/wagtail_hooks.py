"""Quizzes and the question bank in the Wagtail admin (one viewset per question type).

The Flemish content team and platform administrators author shared quizzes; sector trainers and
coordinators see the shared bank and their own sector's, and change only their own sector's.
"""

import copy

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from lms.sectors.viewsets import SectorOwnedAdminForm, SectorScopedViewSetMixin

from . import admin_views, models
from .selectors import questions_visible_to


class BankViewSetMixin(SectorScopedViewSetMixin):
    sector_field = "owning_sector"
    shared_visible = True
    content_team = True


class QuizAdminForm(SectorOwnedAdminForm):
    """Sector staff can put only shared questions and their own sector's into a quiz."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        formset = self.formsets.get("quiz_questions")
        if formset is None or self.for_user is None:
            return
        visible = questions_visible_to(self.for_user)
        base = formset.form
        limited = type(base.__name__, (base,), {})
        limited.base_fields = dict(base.base_fields)
        field = copy.deepcopy(base.base_fields["question"])
        field.queryset = visible
        limited.base_fields["question"] = field
        formset.form = limited


BASE_PANELS = [
    FieldPanel("title"),
    FieldPanel("prompt"),
    FieldPanel("points"),
    FieldPanel("general_feedback"),
    MultiFieldPanel([FieldPanel("owning_sector"), FieldPanel("tags")], heading=_("Bank")),
]


def _question_viewset(model, *extra, icon="help", inline=None):
    class QuestionViewSet(BankViewSetMixin, SnippetViewSet):
        list_display = ["title", "points", "owning_sector", "updated_at"]
        search_fields = ["title", "prompt"]
        list_filter = ["owning_sector"]

    QuestionViewSet.model = model
    QuestionViewSet.icon = icon
    QuestionViewSet.menu_label = model._meta.verbose_name
    panels = [*BASE_PANELS, *[FieldPanel(name) for name in extra]]
    if inline:
        panels.append(InlinePanel(inline, min_num=1, label=_("Options")))
    QuestionViewSet.panels = panels
    QuestionViewSet.__name__ = f"{model.__name__}ViewSet"
    return QuestionViewSet


class QuizViewSet(BankViewSetMixin, SnippetViewSet):
    model = models.Quiz
    base_form_class = QuizAdminForm
    icon = "form"
    menu_label = _("Quizzes")
    list_display = ["title", "owning_sector", "pass_mark", "max_attempts"]
    search_fields = ["title"]
    list_filter = ["owning_sector"]
    panels = [
        FieldPanel("title"),
        FieldPanel("intro"),
        FieldPanel("owning_sector"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("grading_method"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("grace_seconds"),
                FieldPanel("closes_at"),
                FieldPanel("review_policy"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_choices"),
            ],
            heading=_("Rules"),
        ),
        InlinePanel("quiz_questions", label=_("Questions")),
        InlinePanel("pools", label=_("Random draws from pools")),
    ]


class AssessmentsGroup(SnippetViewSetGroup):
    menu_label = _("Quizzes")
    menu_icon = "form"
    menu_name = "assessments"
    items = (
        QuizViewSet,
        _question_viewset(models.SingleChoiceQuestion, inline="options"),
        _question_viewset(models.MultipleResponseQuestion, "scoring", inline="options"),
        _question_viewset(
            models.TrueFalseQuestion, "correct_answer", "feedback_true", "feedback_false"
        ),
        _question_viewset(models.MatchingQuestion, inline="pairs"),
        _question_viewset(models.OrderingQuestion, inline="items"),
        _question_viewset(
            models.ShortAnswerQuestion,
            "case_sensitive",
            "accents_matter",
            inline="accepted_answers",
        ),
        _question_viewset(
            models.ScenarioJudgementQuestion, "situation", "mode", inline="responses"
        ),
        _question_viewset(models.EssayQuestion, "max_words", "guidance_for_graders"),
    )


register_snippet(AssessmentsGroup)


@hooks.register("register_admin_urls")
def register_assessment_admin_urls():
    urls = [
        path("grading/", admin_views.GradingQueueView.as_view(), name="grading_queue"),
        path(
            "grading/<int:response_id>/",
            admin_views.GradeResponseView.as_view(),
            name="grade_response",
        ),
        path(
            "quizzes/<int:quiz_id>/analysis/",
            admin_views.ItemAnalysisView.as_view(),
            name="item_analysis",
        ),
    ]
    return [path("assessments/", include((urls, "assessments_admin")))]


class GradingMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_grade(request.user)


@hooks.register("register_admin_menu_item")
def register_grading_menu_item():
    return GradingMenuItem(
        _("Essays to grade"),
        reverse("assessments_admin:grading_queue"),
        name="grading",
        icon_name="edit",
        order=310,
    )


@hooks.register("register_snippet_listing_buttons")
def quiz_listing_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, models.Quiz):
        return []
    return [
        Button(
            _("Preview as a learner"),
            reverse("assessments:preview", args=[snippet.pk]),
            icon_name="view",
            priority=40,
        ),
        Button(
            _("Item analysis"),
            reverse("assessments_admin:item_analysis", args=[snippet.pk]),
            icon_name="table",
            priority=50,
        ),
    ]
