"""What the base template needs on every page: languages, html lang, staff links."""

from django.conf import settings
from django.utils import translation

HTML_LANG = {"nl": "nl-BE", "fr": "fr-BE", "en": "en"}


def site_chrome(request):
    language = translation.get_language() or settings.LANGUAGE_CODE
    user = getattr(request, "user", None)
    return {
        "html_lang": HTML_LANG.get(language, language),
        "site_languages": settings.LANGUAGES,
        "can_access_admin": bool(
            user is not None
            and user.is_authenticated
            and user.has_perm("wagtailadmin.access_admin")
        ),
    }
