from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lms import admin_overrides
from lms.home import routing
from lms.home.views import dashboard, healthz, language_switch, search

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    *admin_overrides.urlpatterns,  # stricter than Wagtail's own, so matched first
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/privacy/", include("lms.privacy.urls")),
    path("accounts/", include("lms.accounts.urls")),
    path("i18n/setlang/", language_switch, name="set_language"),
    path("dashboard/", dashboard, name="dashboard"),
    path("search/", search, name="search"),
    path("sessions/", include("lms.scheduling.urls")),
    path("cohorts/", include("lms.cohorts.urls")),
    path("certificates/", include("certificates.urls")),
    path("certificates/", include("certificates.urls_openbadges")),
    path("", include("assessments.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Content pages live under their language: /nl/, /fr/, /en/. Pages are served by Wagtail
# through lms.home.routing (cached site and home look-ups); the rest of wagtail.urls follows.
urlpatterns += i18n_patterns(
    re_path(r"^((?:[\w\-]+/)*)$", routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
)
