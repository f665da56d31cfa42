"""The admin's second-factor pages: setup (scan, confirm, receive recovery codes), verify at
sign-in (app code or recovery code), the recovery codes shown once, and the staff member's own
page to renew recovery codes or replace the app. Routed under /admin/ by wagtail_hooks.py, so
Wagtail has already refused anyone who may not open the admin."""

import logging
from urllib.parse import urlencode

import django_otp
from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import User
from .permissions import is_platform_admin
from .two_factor import (
    Outcome,
    app_device,
    app_device_confirm,
    app_device_pending,
    app_qr_svg,
    app_secret,
    recovery_codes_left,
    recovery_codes_replace,
    second_factor_verify,
    two_factor_reset,
)

logger = logging.getLogger("lms.security")

NEW_CODES_SESSION_KEY = "two_factor_new_codes"
NEW_CODES_NEXT_SESSION_KEY = "two_factor_new_codes_next"


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "off",
                "spellcheck": "false",
                "autofocus": True,
            }
        ),
    )

    def __init__(self, *args, numeric: bool = False, help_text: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = help_text
        if numeric:
            self.fields["code"].widget.attrs["inputmode"] = "numeric"


def _is_verified(user) -> bool:
    return bool(getattr(user, "is_verified", lambda: False)())


def next_url(request) -> str:
    """Where to go after the second factor: a local admin address, else the dashboard."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if (
        target.startswith("/admin/")
        and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        and not target.startswith(reverse("two_factor_setup"))
        and not target.startswith(reverse("two_factor_verify"))
    ):
        return target
    return reverse("wagtailadmin_home")


def _with_next(url_name: str, target: str) -> str:
    return f"{reverse(url_name)}?{urlencode({'next': target})}"


def _refusal(outcome: Outcome) -> str:
    if outcome.locked_until is not None:
        seconds = outcome.wait_seconds
        return ngettext(
            "Too many wrong codes. Wait %(seconds)s second, then try again.",
            "Too many wrong codes. Wait %(seconds)s seconds, then try again.",
            seconds,
        ) % {"seconds": seconds}
    return _("This code is not valid. Check the code and try again.")


def _verified(request, device) -> None:
    # A new session key at the step that grants access, against session fixation.
    request.session.cycle_key()
    django_otp.login(request, device)


@never_cache
@require_http_methods(["GET", "POST"])
def setup(request):
    user = request.user
    target = next_url(request)
    if app_device(user) is not None:
        if _is_verified(user):
            return redirect("two_factor_manage")
        return HttpResponseRedirect(_with_next("two_factor_verify", target))
    device = app_device_pending(user=user)
    form = CodeForm(
        request.POST or None,
        numeric=True,
        help_text=_("The six digits your app shows now."),
    )
    if request.method == "POST" and form.is_valid():
        outcome, codes = app_device_confirm(user=user, code=form.cleaned_data["code"])
        if outcome.device is not None:
            _verified(request, outcome.device)
            request.session[NEW_CODES_SESSION_KEY] = codes
            request.session[NEW_CODES_NEXT_SESSION_KEY] = target
            logger.info("Second factor set up by user %s", user.pk)
            return redirect("two_factor_recovery_codes")
        logger.warning("Wrong code while setting up a second factor, user %s", user.pk)
        form.add_error("code", _refusal(outcome))
    return render(
        request,
        "accounts/two_factor_setup.html",
        {
            "form": form,
            "next": target,
            "secret": app_secret(device),
            "qr_svg": app_qr_svg(
                device, title=_("QR code with the key for your authenticator app")
            ),
        },
        status=400 if request.method == "POST" else 200,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request):
    user = request.user
    target = next_url(request)
    if _is_verified(user):
        return HttpResponseRedirect(target)
    if app_device(user) is None:
        return HttpResponseRedirect(_with_next("two_factor_setup", target))
    form = CodeForm(
        request.POST or None,
        help_text=_("The six digits your app shows now, or one of your recovery codes."),
    )
    if request.method == "POST" and form.is_valid():
        outcome = second_factor_verify(user=user, code=form.cleaned_data["code"])
        if outcome.device is not None:
            _verified(request, outcome.device)
            if outcome.recovery:
                left = recovery_codes_left(user)
                messages.warning(
                    request,
                    ngettext(
                        "You used a recovery code; it no longer works. %(count)s code is left.",
                        "You used a recovery code; it no longer works. %(count)s codes are left.",
                        left,
                    )
                    % {"count": left},
                )
            return HttpResponseRedirect(target)
        logger.warning(
            "Second factor refused for user %s (%s)",
            user.pk,
            "throttled" if outcome.locked_until else "wrong code",
        )
        form.add_error("code", _refusal(outcome))
    return render(
        request,
        "accounts/two_factor_verify.html",
        {"form": form, "next": target},
        status=400 if request.method == "POST" else 200,
    )


@never_cache
@require_http_methods(["GET"])
def recovery_codes(request):
    """The recovery codes just made, shown this once and then gone from the session."""
    codes = request.session.pop(NEW_CODES_SESSION_KEY, None)
    target = request.session.pop(NEW_CODES_NEXT_SESSION_KEY, None) or reverse("wagtailadmin_home")
    if not codes:
        return redirect("two_factor_manage")
    return render(
        request, "accounts/two_factor_recovery_codes.html", {"codes": codes, "next": target}
    )


class ManageView(WagtailAdminTemplateMixin, TemplateView):
    """The staff member's own page: how many recovery codes are left, new codes, a new app."""

    page_title = gettext_lazy("Two-factor authentication")
    header_icon = "key"
    template_name = "accounts/two_factor_manage.html"
    http_method_names = ["get", "post"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context.update(device=app_device(user), codes_left=recovery_codes_left(user))
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action == "recovery-codes":
            request.session[NEW_CODES_SESSION_KEY] = recovery_codes_replace(user=request.user)
            request.session[NEW_CODES_NEXT_SESSION_KEY] = reverse("two_factor_manage")
            logger.info("Recovery codes renewed by user %s", request.user.pk)
            return redirect("two_factor_recovery_codes")
        if action == "reset":
            two_factor_reset(user=request.user)
            logger.info("Second factor removed by user %s", request.user.pk)
            messages.success(request, _("Your authenticator app was removed. Set up a new one."))
            return redirect("two_factor_setup")
        return redirect("two_factor_manage")


manage = never_cache(ManageView.as_view())


class AdminResetView(WagtailAdminTemplateMixin, TemplateView):
    """A platform administrator removes another staff member's app and recovery codes (a lost
    phone and no codes left); that person sets up a new app at their next admin sign-in."""

    page_title = gettext_lazy("Reset two-factor authentication")
    header_icon = "key"
    template_name = "accounts/two_factor_admin_reset.html"
    http_method_names = ["get", "post"]

    def dispatch(self, request, *args, **kwargs):
        if not is_platform_admin(request.user) or kwargs["user_id"] == request.user.pk:
            # Wagtail turns PermissionDenied into a redirect with a message; 404 says nothing.
            raise Http404
        self.subject = get_object_or_404(User, pk=kwargs["user_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.subject.get_full_name() or self.subject.email

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(subject=self.subject, device=app_device(self.subject))
        return context

    def post(self, request, *args, **kwargs):
        two_factor_reset(user=self.subject)
        logger.info(
            "Second factor of user %s reset by platform administrator %s",
            self.subject.pk,
            request.user.pk,
        )
        messages.success(
            request,
            _("%(name)s sets up a new authenticator app at the next admin sign-in.")
            % {"name": self.subject.get_full_name() or self.subject.email},
        )
        return redirect("wagtailusers_users:index")


admin_reset = never_cache(AdminResetView.as_view())
