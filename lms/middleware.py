"""Project-wide middleware: the Content-Security-Policy that differs between site and admin."""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

ADMIN_PREFIX = "/admin/"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp, with the admin's own (slightly wider) policy under /admin/."""

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(ADMIN_PREFIX):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, without its redirect of a 404 to a language-prefixed URL when
    a view outside the content tree gave the 404 (the catch-all page route would make every such
    URL look valid, turning "not found" into a pointless redirect)."""

    def process_response(self, request, response):
        match = getattr(request, "resolver_match", None)
        if response.status_code == 404 and match is not None and match.url_name != "wagtail_serve":
            return response
        return super().process_response(request, response)
