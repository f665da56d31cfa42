"""Quizzes and the question bank in the Wagtail admin (one viewset per question type)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import models

BASE_PANELS = [
    FieldPanel("title"),
    FieldPanel("prompt"),
    FieldPanel("points"),
    FieldPanel("general_feedback"),
    MultiFieldPanel([FieldPanel("owning_sector"), FieldPanel("tags")], heading=_("Bank")),
]


def _question_viewset(model, *extra, icon="help", inline=None):
    class QuestionViewSet(SnippetViewSet):
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


class QuizViewSet(SnippetViewSet):
    model = models.Quiz
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
