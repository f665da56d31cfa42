"""Locale look-ups cached in the process: locales change about never, pages ask on every request."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

_cache: dict[str, Locale] = {}


def _locale(code: str) -> Locale:
    try:
        code = get_supported_content_language_variant(code)
    except LookupError:
        code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    if code not in _cache:
        _cache[code] = Locale.objects.get(language_code=code)
    return _cache[code]


def locale_for(language_code: str) -> Locale | None:
    """The locale of ``language_code`` if it is one of the site's languages."""
    if language_code not in dict(settings.LANGUAGES):
        return None
    return _locale(language_code)


def active_locale() -> Locale:
    try:
        return _locale(translation.get_language() or settings.LANGUAGE_CODE)
    except Locale.DoesNotExist:
        return default_locale()


def default_locale() -> Locale:
    return _locale(settings.LANGUAGE_CODE)


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def _forget(**kwargs):
    _cache.clear()
