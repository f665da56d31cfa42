"""Open Badges endpoints: the issuer Profiles and the public key (public, JSON), and the signed
credential of a certificate for its own learner (anyone else gets a 404, as if it did not exist).
"""

import logging

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseGone, JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from lms.sectors.models import Sector

from . import openbadges, selectors
from .models import Certificate

logger = logging.getLogger(__name__)

# Public documents change only when the key or a sector's name changes.
PUBLIC_MAX_AGE = 60 * 60


def _public_json(document: dict) -> JsonResponse:
    response = JsonResponse(document, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"  # verifiers fetch these from anywhere
    patch_cache_control(response, public=True, max_age=PUBLIC_MAX_AGE)
    return response


def _unavailable() -> HttpResponse:
    response = HttpResponse(
        _("Open Badges are not available: no signing key is configured."),
        status=503,
        content_type="text/plain; charset=utf-8",
    )
    patch_cache_control(response, no_store=True)
    return response


@require_safe
def issuer(request):
    """The platform's Profile (the holder of the signing key)."""
    return _public_json({"@context": openbadges.CONTEXT, **openbadges.platform_profile()})


@require_safe
def sector_issuer(request, sector_id: int):
    """A sector's Profile: the issuer named in its certificates' credentials."""
    sector = get_object_or_404(Sector, pk=sector_id)
    profile = openbadges.sector_profile(sector_id=sector.pk, sector_name=sector.name)
    return _public_json({"@context": openbadges.CONTEXT, **profile})


@require_safe
def jwks(request):
    """The public signing key as a JWK Set (OKP, Ed25519)."""
    try:
        document = openbadges.public_jwks()
    except openbadges.BadgeKeyMissing:
        logger.exception("Open Badges JWKS requested without a signing key")
        return _unavailable()
    return _public_json(document)


@require_safe
@never_cache
@login_required
def badge(request, code: str):
    """The signed credential of one of the learner's own certificates, as a .jwt download."""
    if not selectors.CODE_RE.fullmatch(code):
        raise Http404  # no certificate has such a code (and PostgreSQL refuses a NUL in a query)
    certificate = get_object_or_404(Certificate.objects.select_related("user"), code=code)
    if certificate.user_id is None or certificate.user_id != request.user.pk:
        raise Http404
    if certificate.revoked_at is not None:
        return HttpResponseGone(
            _("This certificate was revoked, so it is no longer available as an Open Badge."),
            content_type="text/plain; charset=utf-8",
        )
    try:
        token = openbadges.credential_jwt(certificate=certificate)
    except openbadges.BadgeKeyMissing:
        logger.exception("Open Badge requested without a signing key")
        return _unavailable()
    response = HttpResponse(token, content_type=openbadges.JWT_CONTENT_TYPE)
    response["Content-Disposition"] = (
        f'attachment; filename="{openbadges.credential_filename(certificate)}"'
    )
    return response
