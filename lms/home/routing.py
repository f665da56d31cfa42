"""Serving Wagtail pages with fewer queries.

Wagtail resolves every page request with a site lookup, the site's root page, the active locale,
the localized home page and one or two queries per level of the tree. Sites and home pages change
about never, so this wrapper caches them briefly per process and routes to the deepest page of
the path in one query (``HomePage.route``); everything after routing (privacy checks, serving)
is Wagtail's own ``serve`` view.
"""

import re
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page, Site
from wagtail.models.sites import get_site_for_hostname

from courses.locales import active_locale, locale_for

TTL_SECONDS = 60
_sites: dict[tuple[str, int], tuple[float, Site | None]] = {}
_homes: dict[tuple[int, int], tuple[float, object]] = {}


def forget() -> None:
    _sites.clear()
    _homes.clear()


def _cached(store: dict, key, compute):
    now = time.monotonic()
    hit = store.get(key)
    if hit is not None and now - hit[0] < TTL_SECONDS:
        return hit[1]
    value = compute()
    store[key] = (now, value)
    return value


def _site_for(request) -> Site | None:
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()

    def find():
        try:
            return get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return None

    return _cached(_sites, (hostname, port), find)


def _home_for(site: Site, locale):
    """The site's root page in ``locale`` (or the root page itself), as a HomePage instance."""

    def find():
        root = Page.objects.get(pk=site.root_page_id)
        localized = root.get_translations(inclusive=True).filter(locale=locale).first() or root
        return localized.specific

    return _cached(_homes, (site.pk, locale.pk), find)


def serve(request, path):
    site = _site_for(request)
    request._wagtail_site = site
    if site is not None and path:
        home = _home_for(site, active_locale())
        components = [component for component in path.split("/") if component]
        try:
            request._wagtail_route_for_request = home.route(request, components)
        except Http404:
            request._wagtail_route_for_request = None
    return wagtail_views.serve(request, path)


LANGUAGE_PATH = re.compile(r"^/(?P<language>[a-z]{2})/(?P<rest>(?:[\w\-]+/)*)$")


def translated_page_url(request, url: str, language: str) -> str | None:
    """The URL of the page at ``url`` in ``language``: its translation, or else the nearest
    ancestor that has one (so switching language never lands on a missing page)."""
    match = LANGUAGE_PATH.match(urlsplit(url or "").path)
    if not match or language not in dict(settings.LANGUAGES):
        return None
    site = _site_for(request)
    try:
        source = locale_for(match["language"])
        target = locale_for(language)
    except Locale.DoesNotExist:
        return None
    if site is None or source is None or target is None:
        return None
    home = _home_for(site, source)
    components = [component for component in match["rest"].split("/") if component]
    try:
        page = home.route(request, components)[0] if components else home
    except Http404:
        return None
    for candidate in [page, *reversed(page.get_ancestors().filter(depth__gt=1))]:
        translation = candidate.get_translation_or_none(target)
        if translation is not None and translation.live:
            return translation.url
    return None
