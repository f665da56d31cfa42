"""Two-factor authentication for staff in the Wagtail admin, on django-otp.

Staff (anyone who may open the admin) confirm one TOTP app and receive ten one-time recovery
codes (a django-otp StaticDevice). A session counts as verified once django-otp's session key
names one of the user's confirmed devices; ``lms.middleware.TwoFactorMiddleware`` holds
unverified staff at the setup or verify page. Learners never meet any of this.
"""

from __future__ import annotations

import re
from base64 import b32encode
from dataclasses import dataclass
from datetime import datetime

import segno
from django.db import transaction
from django.utils import timezone
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .models import User

ADMIN_PERMISSION = "wagtailadmin.access_admin"
APP_DEVICE_NAME = "app"
RECOVERY_DEVICE_NAME = "recovery"
RECOVERY_CODE_COUNT = 10
# Codes the user types: digits of the app (spaces allowed) or a recovery code (any case, with
# or without the dash we show in the middle).
_SEPARATORS = re.compile(r"[\s-]+")


def requires_second_factor(user) -> bool:
    """Whether this user must pass a second factor to use the admin: every staff role."""
    return bool(user.is_authenticated and user.has_perm(ADMIN_PERMISSION))


def app_device(user: User) -> TOTPDevice | None:
    """The user's confirmed authenticator app, if any."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("-pk").first()


def recovery_codes_left(user: User) -> int:
    return StaticToken.objects.filter(
        device__user=user, device__name=RECOVERY_DEVICE_NAME, device__confirmed=True
    ).count()


def format_recovery_code(token: str) -> str:
    return f"{token[:4]}-{token[4:]}"


def app_secret(device: TOTPDevice) -> str:
    """The key in base32, grouped by four, for typing into an app by hand."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def app_qr_svg(device: TOTPDevice, *, title: str) -> str:
    """The provisioning URI as an inline SVG QR code (dark on white whatever the admin theme)."""
    svg = segno.make(device.config_url, error="m").svg_inline(
        scale=5, border=2, dark="#000", light="#fff", title=title
    )
    return svg.replace("<svg ", '<svg role="img" focusable="false" ', 1)


def app_device_pending(*, user: User) -> TOTPDevice:
    """The unconfirmed app device that setup shows, made once so that reloading keeps the key."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return device


@dataclass(frozen=True)
class Outcome:
    """What a typed code achieved: the device that accepted it, or why nothing was gained."""

    device: Device | None = None
    locked_until: datetime | None = None
    recovery: bool = False

    @property
    def wait_seconds(self) -> int:
        if self.locked_until is None:
            return 0
        return max(1, int((self.locked_until - timezone.now()).total_seconds() + 0.999))


def _verify(device: Device, token: str) -> Outcome:
    """Check ``token`` on a row-locked device, honouring django-otp's throttling."""
    allowed, info = device.verify_is_allowed()
    if not allowed:
        return Outcome(locked_until=(info or {}).get("locked_until"))
    if device.verify_token(token):
        return Outcome(device=device, recovery=isinstance(device, StaticDevice))
    return Outcome()


def app_device_confirm(*, user: User, code: str) -> tuple[Outcome, list[str]]:
    """Confirm the pending app with a code from it: the app becomes the user's only one and ten
    fresh recovery codes replace any earlier ones (returned, to be shown once)."""
    token = _SEPARATORS.sub("", code)
    with transaction.atomic():
        device = (
            TOTPDevice.objects.select_for_update()
            .filter(user=user, confirmed=False)
            .order_by("-pk")
            .first()
        )
        if device is None or TOTPDevice.objects.filter(user=user, confirmed=True).exists():
            return Outcome(), []
        outcome = _verify(device, token)
        if outcome.device is None:
            return outcome, []
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        codes = recovery_codes_replace(user=user)
    return outcome, codes


def second_factor_verify(*, user: User, code: str) -> Outcome:
    """Check a code from the app or a recovery code; a recovery code works once."""
    token = _SEPARATORS.sub("", code)
    with transaction.atomic():
        if token.isdigit():
            device = (
                TOTPDevice.objects.select_for_update()
                .filter(user=user, confirmed=True)
                .order_by("-pk")
                .first()
            )
        else:
            token = token.lower()
            device = (
                StaticDevice.objects.select_for_update()
                .filter(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
                .first()
            )
        if device is None or not token:
            return Outcome()
        return _verify(device, token)


def recovery_codes_replace(*, user: User) -> list[str]:
    """Ten new one-time recovery codes; the earlier ones stop working."""
    with transaction.atomic():
        device, _created = StaticDevice.objects.get_or_create(
            user=user, name=RECOVERY_DEVICE_NAME, defaults={"confirmed": True}
        )
        device.token_set.all().delete()
        tokens: list[str] = []
        while len(tokens) < RECOVERY_CODE_COUNT:
            token = StaticToken.random_token()
            if token not in tokens:
                tokens.append(token)
        StaticToken.objects.bulk_create(StaticToken(device=device, token=t) for t in tokens)
        device.throttle_reset(commit=False)
        device.confirmed = True
        device.save()
    return [format_recovery_code(t) for t in tokens]


def two_factor_reset(*, user: User) -> None:
    """Remove the user's app and recovery codes: the next admin request asks for a new setup.
    Sessions verified with them stop counting as verified (django-otp looks the device up)."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
