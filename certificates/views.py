"""Public verification of a certificate and the learner's own certificates.

Anyone (an employer, an inspector, a QR scan) may verify a code without logging in; the answer
holds the status and what is printed on the certificate, nothing more. Look-ups are limited per
client address so codes cannot be enumerated. Learners list and download only their own
certificates: another learner's is not found (404).
"""

import time

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from lms.net import client_address

from . import selectors
from .models import Certificate
from .services import certificate_render

RATE_WINDOW_SECONDS = 60


def _client_address(request) -> str:
    # X-Forwarded-For only as far as TRUSTED_PROXY_COUNT proxies vouch for it (lms/net.py).
    return client_address(request)


def verify_rate_exceeded(request) -> int:
    """Count one look-up for this client; the seconds to wait when over the limit, else 0."""
    limit = settings.CERTIFICATE_VERIFY_RATE
    now = time.time()
    window = int(now // RATE_WINDOW_SECONDS)
    key = f"certificates:verify:{_client_address(request)}:{window}"
    cache.add(key, 0, timeout=RATE_WINDOW_SECONDS * 2)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=RATE_WINDOW_SECONDS * 2)
        count = 1
    if count <= limit:
        return 0
    return max(1, int((window + 1) * RATE_WINDOW_SECONDS - now) + 1)


def _private(response):
    # A verification answer names a person: no shared caches, no search engines.
    response["Cache-Control"] = "no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_GET
def verify_form(request):
    """A form to type a code; submitting it goes to the code's verification page."""
    code = selectors.normalise_certificate_code(request.GET.get("code", ""))
    error = ""
    if "code" in request.GET:
        if not code:
            error = _("Type the code printed on the certificate.")
        elif selectors.CODE_RE.fullmatch(code):
            return redirect("certificates:verify", code=code)
        else:
            # Not the shape of any code (and a "/" could not even go into the page's URL).
            error = _(
                "This is not a certificate code: it has 8 to 64 letters, digits, dashes and "
                "underscores. Check what you typed."
            )
    return _private(
        render(
            request,
            "certificates/verify_form.html",
            {"error": error, "value": request.GET.get("code", "")[:200]},
            status=400 if error else 200,
        )
    )


def _too_many(request, wait: int, as_json: bool):
    message = _(
        "Too many verifications from your address. Wait %(seconds)s seconds and try again."
    ) % {"seconds": wait}
    response: HttpResponse
    if as_json:
        response = JsonResponse({"status": "rate_limited", "detail": message}, status=429)
    else:
        response = render(
            request,
            "certificates/verify_limited.html",
            {"message": message, "seconds": wait},
            status=429,
        )
    response["Retry-After"] = str(wait)
    return _private(response)


@never_cache
@require_GET
def verify(request, code: str):
    """The status of one certificate as a page, or as JSON with ``?format=json``."""
    as_json = request.GET.get("format") == "json"
    wait = verify_rate_exceeded(request)
    if wait:
        return _too_many(request, wait, as_json)
    certificate = selectors.certificate_for_verification(code=code)
    data = selectors.verification_data(certificate)
    status = 404 if certificate is None else 200
    response: HttpResponse
    if as_json:
        response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    else:
        response = render(
            request,
            "certificates/verify.html",
            {"certificate": certificate, "data": data, "code": code[:64]},
            status=status,
        )
    return _private(response)


@login_required
@require_GET
def my_certificates(request):
    certificates = list(selectors.certificates_for_learner(user=request.user))
    now = timezone.now()
    for certificate in certificates:
        certificate.current_status = certificate.status_at(now)
    return render(request, "certificates/my_certificates.html", {"certificates": certificates})


def pdf_filename(certificate: Certificate) -> str:
    slug = slugify(certificate.course_title)[:60] or "certificate"
    return f"{_('certificate')}-{slug}.pdf".lower()


@login_required
@require_GET
def certificate_pdf(request, code: str):
    """The learner's own certificate as a PDF (rendered now if the task has not yet)."""
    if not selectors.CODE_RE.fullmatch(code):
        raise Http404  # no certificate has such a code (and PostgreSQL refuses a NUL in a query)
    certificate = (
        Certificate.objects.filter(user=request.user, code=code, revoked_at__isnull=True)
        .select_related("sector", "template")
        .first()
    )
    if certificate is None:
        raise Http404
    if not certificate.pdf or not certificate.pdf.storage.exists(certificate.pdf.name):
        certificate.rendered_at = None
        certificate_render(certificate=certificate, force=True)
    response = FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=pdf_filename(certificate),
        content_type="application/pdf",
    )
    response["Cache-Control"] = "private, no-store"
    return response
