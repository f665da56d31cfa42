"""What the base template needs on every page: languages, html lang, staff and section links."""

import time

from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.db.models import Q
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from wagtail.models import Locale, Page

from courses.locales import active_locale, default_locale
from courses.models import CourseIndexPage, GoodPracticeIndexPage
from lms.accounts.permissions import is_active_user, is_platform_admin

HTML_LANG = {"nl": "nl-BE", "fr": "fr-BE", "en": "en"}
SECTION_CACHE_KEY = "lms:section-pages:{locale}"


def site_chrome(request):
    language = translation.get_language() or settings.LANGUAGE_CODE
    user = getattr(request, "user", None)
    return {
        "html_lang": HTML_LANG.get(language, language),
        "site_languages": settings.LANGUAGES,
        "section_pages": SimpleLazyObject(_section_pages),
        "can_access_admin": SimpleLazyObject(lambda: _can_access_admin_cached(request, user)),
    }


ADMIN_FLAG_SECONDS = 300


def _can_access_admin_cached(request, user) -> bool:
    """Whether to show the admin link, remembered in the session for a few minutes. Only the
    link depends on it: the admin checks the permission itself on every request."""
    session = getattr(request, "session", None)
    if session is None or user is None or not user.is_authenticated:
        return _can_access_admin(user)
    now = int(time.time())
    cached = session.get("lms_admin_link")
    if cached and cached[0] == user.pk and now - cached[2] < ADMIN_FLAG_SECONDS:
        return cached[1]
    allowed = _can_access_admin(user)
    session["lms_admin_link"] = (user.pk, allowed, now)
    return allowed


def _can_access_admin(user) -> bool:
    """Wagtail's access_admin permission, in one query instead of loading every permission."""
    if not is_active_user(user):
        return False
    if is_platform_admin(user):
        return True
    return (
        Permission.objects.filter(codename="access_admin", content_type__app_label="wagtailadmin")
        .filter(Q(group__user=user) | Q(user=user))
        .exists()
    )


def _section_pages() -> dict:
    """URLs of the catalogue and the good-practice library in the active language (falling back
    to Dutch), cached until a page is published, unpublished, moved or deleted."""
    locale = active_locale()
    key = SECTION_CACHE_KEY.format(locale=locale.pk)
    pages = cache.get(key)
    if pages is None:
        pages = _find_section_pages(locale)
        cache.set(key, pages, 60 * 60)
    return pages


def _find_section_pages(locale) -> dict:
    found: dict = {}
    for page in (
        Page.objects.live()
        .type(CourseIndexPage, GoodPracticeIndexPage)
        .filter(locale__in=[locale.pk, default_locale().pk])
        .select_related("content_type")
        .order_by("path")
    ):
        kind = "catalogue" if page.content_type.model == "courseindexpage" else "good_practices"
        if kind not in found or page.locale_id == locale.pk:
            found[kind] = {"url": page.url, "title": page.title}
    return found


def forget_section_pages(**kwargs) -> None:
    cache.delete_many(
        [SECTION_CACHE_KEY.format(locale=pk) for pk in Locale.objects.values_list("pk", flat=True)]
    )
