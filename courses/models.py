"""Shared Flemish training content as Wagtail pages, and what learners do with it.

Pages: CourseIndexPage -> CoursePage -> ModulePage -> LessonPage, and GoodPracticeIndexPage ->
GoodPracticePage. Learner state (LessonCompletion, ReflectionAnswer) is keyed on the lesson's
translation key, so progress is shared by every language version of a lesson. Pages present
content; writes go through courses.services.
"""

import uuid

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from lms.accounts.models import JobRole

from .blocks import RICH_FEATURES, LessonStreamBlock


def _checkboxes():
    return forms.CheckboxSelectMultiple


class Theme(models.TextChoices):
    SIGNALS = "signals", _("Recognising signals")
    CONVERSATION = "conversation", _("Conversation techniques")
    CASES = "cases", _("Case situations")
    POLARISATION = "polarisation", _("Polarisation")
    ONLINE = "online", _("Online radicalisation")
    RESILIENCE = "resilience", _("Resilience")
    PARENTS = "parents", _("Parents and families")
    COOPERATION = "cooperation", _("Cooperation and referral")


class Tag(models.Model):
    """A theme or an audience (job role) that courses and good practices are filtered by.

    Codes come from the Theme and JobRole choices, so labels are translated by gettext."""

    class Kind(models.TextChoices):
        THEME = "theme", _("Theme")
        AUDIENCE = "audience", _("Audience")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    code = models.SlugField(_("code"), max_length=50)

    class Meta:
        verbose_name = _("theme or audience")
        verbose_name_plural = _("themes and audiences")
        ordering = ["kind", "code"]
        constraints = [models.UniqueConstraint(fields=["kind", "code"], name="courses_tag_unique")]

    def __str__(self) -> str:
        choices = Theme if self.kind == self.Kind.THEME else JobRole
        try:
            return str(choices(self.code).label)
        except ValueError:
            return self.code


class CourseIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from .selectors import catalogue_courses  # noqa: PLC0415 - cycle: selectors import models

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_courses(index_page=self, params=request.GET, user=request.user))
        return context


class CoursePage(Page):
    summary = models.TextField(_("summary"))
    learning_goals = RichTextField(_("learning goals"), features=["ul", "bold", "italic"])
    audiences = ParentalManyToManyField(
        Tag,
        verbose_name=_("target audiences"),
        related_name="+",
        blank=True,
        limit_choices_to={"kind": Tag.Kind.AUDIENCE},
    )
    themes = ParentalManyToManyField(
        Tag,
        verbose_name=_("themes"),
        related_name="+",
        blank=True,
        limit_choices_to={"kind": Tag.Kind.THEME},
    )
    estimated_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"), validators=[MinValueValidator(1)], default=60
    )
    owning_sector = models.ForeignKey(
        "sectors.Sector",
        verbose_name=_("owning sector"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Empty means shared Flemish content for every sector."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_goals"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=_checkboxes()),
                FieldPanel("themes", widget=_checkboxes()),
                FieldPanel("estimated_minutes"),
                FieldPanel("owning_sector"),
            ],
            heading=_("Catalogue"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("learning_goals"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_outline  # noqa: PLC0415 - cycle: selectors import models

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline(course=self, user=request.user)
        return context


class ModulePage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("module")

    def serve(self, request, *args, **kwargs):
        # A module is a heading inside its course: show it there.
        return redirect(self.get_parent().url + f"#module-{self.pk}")


class LessonPage(RoutablePageMixin, Page):
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))
    required = models.BooleanField(
        _("required"), default=True, help_text=_("Required lessons count toward completion.")
    )
    estimated_minutes = models.PositiveIntegerField(
        _("estimated minutes"),
        validators=[MinValueValidator(1), MaxValueValidator(600)],
        default=10,
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("required"), FieldPanel("estimated_minutes")], heading=_("Lesson")
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request, *args, **kwargs):
        from .selectors import lesson_context  # noqa: PLC0415 - cycle: selectors import models

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(lesson=self, user=request.user))
        return context

    def scenario_blocks(self):
        return {block.id: block for block in self.body if block.block_type == "case_scenario"}

    # Sub-routes of a lesson; the views live in courses.views (imported where called: views
    # import services, which import these models). Wagtail routes only live pages, so drafts
    # and unpublished lessons answer 404 here too.
    @path("done/", name="done")
    def done_route(self, request):
        from .views import lesson_mark_done  # noqa: PLC0415 - cycle: views -> services -> models

        return lesson_mark_done(request, self)

    @path("scenario/<uuid:block_id>/<slug:step>/", name="scenario_step")
    def scenario_step_route(self, request, block_id, step):
        from .views import scenario_step  # noqa: PLC0415 - cycle: views -> services -> models

        return scenario_step(request, self, str(block_id), step)

    @path("scenario/<uuid:block_id>/<slug:step>/<int:choice>/", name="scenario_choice")
    def scenario_choice_route(self, request, block_id, step, choice):
        from .views import scenario_step  # noqa: PLC0415 - cycle: views -> services -> models

        return scenario_step(request, self, str(block_id), step, choice)

    @path("reflection/<uuid:block_id>/", name="reflection")
    def reflection_route(self, request, block_id):
        from .views import reflection_save  # noqa: PLC0415 - cycle: views -> services -> models

        return reflection_save(request, self, str(block_id))


class GoodPracticeIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.GoodPracticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("good practice library")

    def get_context(self, request, *args, **kwargs):
        from .selectors import good_practice_list  # noqa: PLC0415 - cycle: selectors import models

        context = super().get_context(request, *args, **kwargs)
        context.update(good_practice_list(index_page=self, params=request.GET))
        return context


class GoodPracticePage(Page):
    municipality = models.CharField(_("city or municipality"), max_length=100)
    sector = models.ForeignKey(
        "sectors.Sector",
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = ParentalManyToManyField(
        Tag,
        verbose_name=_("themes"),
        related_name="+",
        blank=True,
        limit_choices_to={"kind": Tag.Kind.THEME},
    )
    summary = models.TextField(_("summary"))
    what_was_done = RichTextField(_("what was done"), features=RICH_FEATURES)
    what_worked = RichTextField(_("what worked"), features=RICH_FEATURES)
    contact = models.CharField(
        _("contact"),
        max_length=250,
        blank=True,
        help_text=_("A service or a professional address; never a private person."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("municipality"),
        FieldPanel("sector"),
        FieldPanel("themes", widget=_checkboxes()),
        FieldPanel("summary"),
        FieldPanel("what_was_done"),
        FieldPanel("what_worked"),
        FieldPanel("contact"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("municipality"),
        index.SearchField("summary"),
        index.SearchField("what_was_done"),
        index.SearchField("what_worked"),
        index.FilterField("municipality"),
    ]
    parent_page_types = ["courses.GoodPracticeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("good practice")


class LessonCompletion(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions"
    )
    lesson_key = models.UUIDField(
        _("lesson"), help_text=_("Translation key of the lesson: shared by its translations.")
    )
    lesson = models.ForeignKey(
        LessonPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    completed_at = models.DateTimeField(_("completed at"))

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson_key"], name="courses_completion_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.lesson_key}"


class ReflectionAnswer(models.Model):
    """A learner's own answer to a reflection prompt: visible to them only, deletable by them."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflection_answers"
    )
    lesson_key = models.UUIDField(_("lesson"))
    block_id = models.UUIDField(_("prompt"), default=uuid.uuid4)
    text = models.TextField(_("answer"), max_length=5000)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("reflection answer")
        verbose_name_plural = _("reflection answers")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key", "block_id"], name="courses_reflection_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.block_id}"


class LessonQuiz(models.Model):
    """Which quizzes a published lesson embeds; kept in step on publish so that passing a quiz
    can mark its lessons done without scanning lesson bodies."""

    lesson_key = models.UUIDField(_("lesson"), db_index=True)
    quiz = models.ForeignKey("assessments.Quiz", on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("quiz in a lesson")
        verbose_name_plural = _("quizzes in lessons")
        constraints = [
            models.UniqueConstraint(fields=["lesson_key", "quiz"], name="courses_lessonquiz_unique")
        ]

    def __str__(self) -> str:
        return f"{self.lesson_key} – {self.quiz_id}"
