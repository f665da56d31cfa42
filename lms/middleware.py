"""Project-wide middleware: the Content-Security-Policy that differs between site and admin,
session timeouts, and the second factor that staff pass before using the admin."""

import functools
import logging
import time
from urllib.parse import urlencode, urlsplit

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils.translation import gettext, override
from django_otp.middleware import OTPMiddleware as DjangoOTPMiddleware

from lms.accounts.two_factor import app_device, requires_second_factor

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


# --- sessions and the admin's second factor ----------------------------------------------

SESSION_LOGIN_AT = "_lms_login_at"
SESSION_SEEN_AT = "_lms_seen_at"
# Last activity is written at most once a minute, so ordinary requests cost no session write.
SESSION_ACTIVITY_RESOLUTION = 60


def session_clock() -> float:
    """Seconds since the epoch; tests replace it to move time."""
    return time.time()


def session_start(sender, request, user, **kwargs):
    """On login (connected in AccountsConfig.ready): start the session's clocks."""
    if request is not None and hasattr(request, "session"):
        now = int(session_clock())
        request.session[SESSION_LOGIN_AT] = now
        request.session[SESSION_SEEN_AT] = now


class SessionTimeoutMiddleware:
    """Ends a logged-in session after SESSION_IDLE_TIMEOUT seconds without a request (the
    shorter SESSION_IDLE_TIMEOUT_STAFF for anyone who may open the admin) and
    SESSION_ABSOLUTE_TIMEOUT seconds after login, then sends the user to log in again."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            if self._expired(request, user):
                return self._end(request)
        elif user is not None and SESSION_KEY in request.session:
            # The session names a user the backend no longer accepts (deactivated): end it.
            request.session.flush()
        return self.get_response(request)

    def _expired(self, request, user) -> bool:
        session = request.session
        now = int(session_clock())
        login_at = session.get(SESSION_LOGIN_AT)
        seen_at = session.get(SESSION_SEEN_AT)
        if login_at is None or seen_at is None:
            # A session from before these clocks existed: start them now.
            session[SESSION_LOGIN_AT] = login_at or now
            session[SESSION_SEEN_AT] = now
            return False
        if now - login_at > settings.SESSION_ABSOLUTE_TIMEOUT:
            return True
        idle = now - seen_at
        staff_limit = settings.SESSION_IDLE_TIMEOUT_STAFF
        limit = settings.SESSION_IDLE_TIMEOUT
        # Only a session idle longer than the shorter limit needs to know whether it is staff's
        # (a permission query), so active sessions pay nothing for the distinction.
        if idle > min(limit, staff_limit) and idle > (
            staff_limit if requires_second_factor(user) else limit
        ):
            return True
        if idle >= SESSION_ACTIVITY_RESOLUTION:
            session[SESSION_SEEN_AT] = now
        return False

    def _end(self, request):
        path = request.get_full_path() if request.method == "GET" else request.path
        logout(request)
        messages.info(request, gettext("Your session has expired. Please log in again."))
        if request.path_info.startswith(ADMIN_PREFIX):
            login_url = reverse("wagtailadmin_login")
        else:
            login_url = resolve_url(settings.LOGIN_URL)
        return HttpResponseRedirect(f"{login_url}?{urlencode({'next': path})}")


OTP_DEVICE_CACHE_SECONDS = 60


def _device_cache_key(persistent_id: str) -> str:
    return f"otp-device:{persistent_id}"


def otp_device_forget(sender, instance, **kwargs):
    """On every save or delete of a device (connected in AccountsConfig.ready): drop its cached
    copy, so a removed app stops verifying sessions at once in this process."""
    cache.delete(_device_cache_key(instance.persistent_id))


class OTPMiddleware(DjangoOTPMiddleware):
    """django-otp's middleware, which gives ``request.user.is_verified()``, looking the session's
    device up through the cache: verified staff then cost no extra query per request. Saving or
    deleting a device clears its entry here; other processes notice within
    OTP_DEVICE_CACHE_SECONDS."""

    def _device_from_persistent_id(self, persistent_id: str):
        key = _device_cache_key(self._normalize_persistent_id(persistent_id))
        device = cache.get(key)
        if device is None:
            device = super()._device_from_persistent_id(persistent_id)
            if device is not None:
                cache.set(key, device, OTP_DEVICE_CACHE_SECONDS)
        return device


class TwoFactorMiddleware:
    """Under /admin/, staff must have passed their second factor in this session: without an
    app they are sent to set one up, with one to verify. Runs after django-otp's OTPMiddleware;
    the admin's public addresses (login, password reset, icons, script catalogue) and logout
    stay reachable."""

    OPEN_URL_NAMES = (
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
        "two_factor_setup",
        "two_factor_verify",
    )

    def __init__(self, get_response):
        self.get_response = get_response
        self._open_paths: tuple[str, ...] | None = None

    def open_paths(self) -> tuple[str, ...]:
        if self._open_paths is None:
            self._open_paths = (
                *(reverse(name) for name in self.OPEN_URL_NAMES),
                f"{ADMIN_PREFIX}password_reset/",
            )
        return self._open_paths

    def __call__(self, request):
        path = request.path_info
        if path.startswith(ADMIN_PREFIX) and not path.startswith(self.open_paths()):
            user = request.user
            if user.is_authenticated and not user.is_verified() and requires_second_factor(user):
                step = "two_factor_verify" if app_device(user) else "two_factor_setup"
                target = request.get_full_path() if request.method == "GET" else path
                return HttpResponseRedirect(f"{reverse(step)}?{urlencode({'next': target})}")
        return self.get_response(request)


# --- denied requests -----------------------------------------------------------------------

denial_logger = logging.getLogger("lms.security.denied")

# What Wagtail's admin says when it turns a PermissionDenied into a redirect with a message.
WAGTAIL_DENIAL_MESSAGES = (
    "Sorry, you do not have permission to access this area.",
    "You do not have permission to access the admin.",
)


@functools.cache
def wagtail_denial_texts() -> frozenset[str]:
    """Wagtail's refusal messages in every interface language (the admin may use any)."""
    texts = set(WAGTAIL_DENIAL_MESSAGES)
    for code, _name in settings.LANGUAGES:
        with override(code):
            texts.update(gettext(text) for text in WAGTAIL_DENIAL_MESSAGES)
    # Some catalogues end the message with stray newlines.
    return frozenset(text.strip() for text in texts)


class AccessDenialLogMiddleware:
    """Logs every refused request to "lms.security.denied": a 401/403 answer, a view's
    PermissionDenied or Http404 (scoped views answer 404 for another sector's objects), a
    redirect to a login page for a visitor who is not logged in, and the Wagtail admin's own
    refusal (a redirect to the admin home with its permission message).

    The record names the route and the numeric ids in it, never the raw path: paths can hold
    tokens (invitation, password reset, calendar feed) that do not belong in logs."""

    def __init__(self, get_response):
        self.get_response = get_response
        self._login_paths: tuple[str, ...] | None = None

    def login_paths(self) -> tuple[str, ...]:
        if self._login_paths is None:
            self._login_paths = (
                resolve_url(settings.LOGIN_URL),
                reverse("wagtailadmin_login"),
            )
        return self._login_paths

    def __call__(self, request):
        response = self.get_response(request)
        reason = getattr(request, "_denial_reason", None) or self._reason(request, response)
        if reason:
            self.log(request, response, reason)
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, PermissionDenied):
            request._denial_reason = "forbidden"
        elif isinstance(exception, Http404):
            request._denial_reason = "not_found"
        return None

    def _reason(self, request, response) -> str | None:
        status = response.status_code
        if status in (401, 403):
            return "forbidden"
        if status == 404:
            return "not_found"
        if status == 429:
            return "rate_limited"
        if status not in (301, 302, 303, 307):
            return None
        location = urlsplit(response.get("Location", "")).path
        user = getattr(request, "user", None)
        anonymous = user is None or not user.is_authenticated
        if anonymous and location in self.login_paths() and request.path_info != location:
            return "login_required"
        if request.path_info.startswith(ADMIN_PREFIX) and self._wagtail_refused(request):
            return "admin_permission"
        return None

    @staticmethod
    def _wagtail_refused(request) -> bool:
        storage = getattr(request, "_messages", None)
        queued = getattr(storage, "_queued_messages", ())
        if not queued:
            return False
        texts = wagtail_denial_texts()
        return any(
            message.level >= messages.ERROR and str(message.message).strip() in texts
            for message in queued
        )

    @staticmethod
    def log(request, response, reason: str) -> None:
        user = getattr(request, "user", None)
        match = getattr(request, "resolver_match", None)
        ids = {k: v for k, v in (match.kwargs.items() if match else ()) if isinstance(v, int)}
        denial_logger.warning(
            "denied %s %s %s user=%s status=%s ids=%s",
            reason,
            request.method,
            (match.view_name or match.route) if match else "unresolved",
            user.pk if user is not None and user.is_authenticated else "anonymous",
            response.status_code,
            ids,
            extra={
                "denial_reason": reason,
                "denial_view": match.view_name if match else None,
                "denial_user_id": user.pk if user is not None and user.is_authenticated else None,
                "denial_status": response.status_code,
            },
        )
