"""The learner's privacy page: what the platform keeps, the download of it, and how erasure
works."""

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from .export import user_data_export


@login_required
@require_GET
def privacy(request):
    """What the platform keeps about the learner, the download of it, and how erasure works."""
    return render(
        request,
        "privacy/privacy.html",
        {
            "retention_reflection_days": settings.RETENTION_REFLECTION_DAYS,
            "retention_essay_days": settings.RETENTION_ESSAY_DAYS,
        },
    )


@login_required
@require_POST
def privacy_export(request):
    """The learner's own data as a ZIP, built in the request: one learner's rows take a few
    dozen milliseconds (tests/privacy/test_export.py measures it)."""
    data = user_data_export(user=request.user)
    filename = f"{_('my-data')}-{timezone.localdate():%Y-%m-%d}.zip"
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
