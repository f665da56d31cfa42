"""Reads of content and progress, each with a fixed number of queries whatever the size."""

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode
from uuid import UUID

from django.contrib.auth.models import AnonymousUser
from django.core.paginator import Paginator
from django.db.models import BooleanField, Exists, OuterRef, Q, Value
from django.http import QueryDict
from wagtail.models import Locale, Page
from wagtail.query import PageQuerySet

from lms.accounts.models import JobRole, User
from lms.sectors.models import Sector

from .locales import active_locale, default_locale
from .models import (
    CourseIndexPage,
    CoursePage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    LessonCompletion,
    LessonPage,
    ModulePage,
    ReflectionAnswer,
    Tag,
    Theme,
)

CATALOGUE_PAGE_SIZE = 12

# Content pages are public: the reader may be signed in or not.
Reader = User | AnonymousUser


@dataclass
class Progress:
    done: int = 0
    total: int = 0

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def started(self) -> bool:
        return self.done > 0

    @property
    def finished(self) -> bool:
        return self.total > 0 and self.done >= self.total


@dataclass
class ModuleOutline:
    module: ModulePage
    lessons: list[tuple[LessonPage, bool]] = field(default_factory=list)  # (lesson, done)


def completed_keys(user: Reader) -> set[UUID]:
    if not user.is_authenticated:
        return set()
    return set(LessonCompletion.objects.filter(user=user).values_list("lesson_key", flat=True))


def with_done(queryset: PageQuerySet, user: Reader) -> PageQuerySet:
    """Annotate lesson pages with ``done`` for ``user`` inside the same query."""
    if not user.is_authenticated:
        return queryset.annotate(done=Value(False, output_field=BooleanField()))
    return queryset.annotate(
        done=Exists(
            LessonCompletion.objects.filter(user=user, lesson_key=OuterRef("translation_key"))
        )
    )


def localized_live(queryset: PageQuerySet, locale: Locale | None = None) -> PageQuerySet:
    """Live pages in the active locale, plus default-locale pages not translated into it
    (learners fall back to Dutch)."""
    locale = locale or active_locale()
    default = default_locale()
    if locale.pk == default.pk:
        return queryset.live().filter(locale=locale)
    translated = queryset.model.objects.live().filter(
        locale=locale, translation_key=OuterRef("translation_key")
    )
    return queryset.live().filter(Q(locale=locale) | (Q(locale=default) & ~Exists(translated)))


def _course_lessons(course: CoursePage, user: Reader | None = None) -> list[LessonPage]:
    queryset = LessonPage.objects.live().descendant_of(course)
    if user is not None:
        queryset = with_done(queryset, user)
    return list(
        queryset.only(
            "id",
            "title",
            "slug",
            "path",
            "depth",
            "url_path",
            "translation_key",
            "required",
            "estimated_minutes",
            "locale_id",
            "live",
        ).order_by("path")
    )


def course_outline(*, course: CoursePage, user: Reader) -> dict[str, Any]:
    """Modules with their lessons and the learner's done flags, in one query."""
    rows = list(
        with_done(
            Page.objects.live()
            .descendant_of(course)
            .filter(depth__lte=course.depth + 2)
            .select_related("lessonpage", "modulepage"),
            user,
        ).order_by("path")
    )
    outline: list[ModuleOutline] = []
    lessons: list[LessonPage] = []
    done_count = 0
    for row in rows:
        if row.depth == course.depth + 1 and hasattr(row, "modulepage"):
            outline.append(ModuleOutline(module=row.modulepage))
        elif row.depth == course.depth + 2 and hasattr(row, "lessonpage") and outline:
            lesson = row.lessonpage
            lesson.done = row.done
            if lesson.path.startswith(outline[-1].module.path):
                outline[-1].lessons.append((lesson, row.done))
                lessons.append(lesson)
                done_count += row.done
    next_lesson = next((lesson for lesson in lessons if not lesson.done), None)
    return {
        "modules": outline,
        "progress": Progress(done=done_count, total=len(lessons)),
        "next_lesson": next_lesson,
        "total_minutes": sum(lesson.estimated_minutes for lesson in lessons),
    }


def lesson_context(*, lesson: LessonPage, user: Reader) -> dict[str, Any]:
    steplen = Page.steplen
    ancestors = {
        page.depth: page
        for page in Page.objects.filter(
            path__in=[lesson.path[:-steplen], lesson.path[: -2 * steplen]]
        ).select_related("modulepage", "coursepage")
    }
    module = ancestors[lesson.depth - 1].modulepage
    course = ancestors[lesson.depth - 2].coursepage
    lessons = _course_lessons(course, user)
    keys = [item.pk for item in lessons]
    index = keys.index(lesson.pk) if lesson.pk in keys else -1
    reflections: dict[str, ReflectionAnswer] = {}
    if user.is_authenticated:
        reflections = {
            str(answer.block_id): answer
            for answer in ReflectionAnswer.objects.filter(
                user=user, lesson_key=lesson.translation_key
            )
        }
    return {
        "course": course,
        "module": module,
        "previous_lesson": lessons[index - 1] if index > 0 else None,
        "next_lesson": lessons[index + 1] if 0 <= index < len(lessons) - 1 else None,
        "is_done": index >= 0 and lessons[index].done,
        "progress": Progress(done=sum(item.done for item in lessons), total=len(lessons)),
        "position": index + 1,
        "lesson_count": len(lessons),
        "reflections": reflections,
    }


def learner_course_progress(
    *, user: Reader, locale: Locale | None = None
) -> list[tuple[CoursePage, Progress]]:
    """Every live course (in the learner's language, falling back to Dutch) with the learner's
    progress; three queries whatever the number of courses and lessons."""
    courses = list(localized_live(CoursePage.objects.all(), locale).order_by("path"))
    if not courses:
        return []
    lesson_rows = (
        LessonPage.objects.live()
        .filter(locale_id__in={c.locale_id for c in courses})
        .values_list("path", "translation_key")
    )
    done = completed_keys(user)
    by_path = {course.path: Progress() for course in courses}
    course_depth_len = len(courses[0].path)
    for path, key in lesson_rows:
        progress = by_path.get(path[:course_depth_len])
        if progress is not None:
            progress.total += 1
            progress.done += key in done
    return [(course, by_path[course.path]) for course in courses]


def _querystring(**filters: str) -> str:
    """Filters to carry over to the next page of results, ending in "&" when not empty."""
    query = urlencode({key: value for key, value in filters.items() if value})
    return f"{query}&" if query else ""


def catalogue_courses(
    *, index_page: CourseIndexPage, params: QueryDict, user: Reader
) -> dict[str, Any]:
    locale = active_locale()
    courses = localized_live(CoursePage.objects.all(), locale).prefetch_related("themes")
    theme = params.get("theme", "")
    audience = params.get("audience", "")
    language = params.get("language", "")
    if theme:
        courses = courses.filter(themes__kind=Tag.Kind.THEME, themes__code=theme)
    if audience:
        courses = courses.filter(audiences__kind=Tag.Kind.AUDIENCE, audiences__code=audience)
    if language:
        available = CoursePage.objects.live().filter(
            locale__language_code=language, translation_key=OuterRef("translation_key")
        )
        courses = courses.filter(Exists(available))
    courses = courses.distinct().order_by("title")
    page = Paginator(courses, CATALOGUE_PAGE_SIZE).get_page(params.get("page"))
    for course in page:
        course.is_fallback = course.locale_id != locale.pk  # shown in Dutch: not yet translated
    progress: dict[int, Progress] = {}
    if user.is_authenticated:
        progress = {c.pk: p for c, p in learner_course_progress(user=user)}
    return {
        "courses": page,
        "course_progress": progress,
        "filters": {"theme": theme, "audience": audience, "language": language},
        "filter_querystring": _querystring(theme=theme, audience=audience, language=language),
        "theme_options": [(theme.value, theme.label) for theme in Theme],
        "audience_options": [(role.value, role.label) for role in JobRole],
        "filtered": bool(theme or audience or language),
    }


def good_practice_list(*, index_page: GoodPracticeIndexPage, params: QueryDict) -> dict[str, Any]:
    practices = (
        localized_live(GoodPracticePage.objects.all())
        .select_related("sector")
        .prefetch_related("themes")
    )
    theme = params.get("theme", "")
    sector = params.get("sector", "")
    municipality = params.get("municipality", "").strip()
    if theme:
        practices = practices.filter(themes__code=theme)
    if sector:
        practices = practices.filter(sector__slug=sector)
    if municipality:
        practices = practices.filter(municipality__icontains=municipality)
    practices = practices.distinct().order_by("municipality", "title")
    return {
        "practices": Paginator(practices, CATALOGUE_PAGE_SIZE).get_page(params.get("page")),
        "filters": {"theme": theme, "sector": sector, "municipality": municipality},
        "filter_querystring": _querystring(theme=theme, sector=sector, municipality=municipality),
        "theme_options": [(t.value, t.label) for t in Theme],
        "sector_options": list(Sector.objects.values_list("slug", "name")),
        "filtered": bool(theme or sector or municipality),
    }


SEARCHABLE = (CoursePage, LessonPage, GoodPracticePage)
SEARCH_LIMIT = 200


def content_search(*, query: str) -> list[Page]:
    """Live courses, lessons and good practices matching ``query`` in the active language, plus
    Dutch pages that have no live translation in it; best matches first."""
    locale = active_locale()
    default = default_locale()
    locales = {locale.pk, default.pk}
    hits = list(
        Page.objects.live()
        .type(*SEARCHABLE)
        .filter(locale_id__in=locales)
        .search(query)[:SEARCH_LIMIT]
    )
    if locale.pk != default.pk:
        translated = set(
            Page.objects.live()
            .filter(locale=locale, translation_key__in=[h.translation_key for h in hits])
            .values_list("translation_key", flat=True)
        )
        hits = [h for h in hits if h.locale_id == locale.pk or h.translation_key not in translated]
    specific = {
        page.pk: page for page in Page.objects.filter(pk__in=[h.pk for h in hits]).specific()
    }
    return [specific[h.pk] for h in hits if h.pk in specific]
