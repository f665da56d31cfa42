"""Site-level views: health check, the learner dashboard and search."""

import logging
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from certificates.selectors import certificates_for_learner
from courses.selectors import content_search, learner_course_progress
from lms.accounts import views as account_views
from lms.cohorts.selectors import learner_cohorts
from lms.scheduling.models import Registration

from .routing import translated_page_url

logger = logging.getLogger(__name__)


@never_cache
@require_GET
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database cannot be reached")
        return JsonResponse({"status": "error", "database": "error"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@login_required
def dashboard(request):
    rows = learner_course_progress(user=request.user)
    started = [(course, progress) for course, progress in rows if progress.started]
    others = [(course, progress) for course, progress in rows if not progress.started]
    cohorts = learner_cohorts(user=request.user)
    next_sessions = list(
        Registration.objects.filter(
            user=request.user,
            status__in=[Registration.Status.REGISTERED, Registration.Status.WAITLISTED],
            session__ends_at__gte=timezone.now(),
        )
        .select_related("session__cohort")
        .order_by("session__starts_at")[:5]
    )
    now = timezone.now()
    # Certificates are issued for completed enrolments only: a learner without one is spared
    # the query (the dashboard's query budget holds for learners still in training).
    certificates = []
    if any(row.enrollment.status == "completed" for row in cohorts):
        certificates = list(certificates_for_learner(user=request.user, current_only=True))
    for certificate in certificates:
        certificate.current_status = certificate.status_at(now)
    return render(
        request,
        "home/dashboard.html",
        {
            "started": started,
            "others": others,
            "cohorts": cohorts,
            "next_sessions": next_sessions,
            "certificates": certificates,
            "today": timezone.localdate(),
        },
    )


SEARCH_PAGE_SIZE = 10


def search(request):
    """Search published courses, lessons and good practices in the learner's language (and in
    Dutch where no translation exists)."""
    query = request.GET.get("q", "").strip()[:200]
    results = content_search(query=query) if query else []
    page = Paginator(results, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "home/search.html",
        {"query": query, "results": page, "querystring": urlencode({"q": query}) + "&"},
    )


@require_POST
def language_switch(request):
    """Switch the interface language (remembered in the profile of a logged-in user) and go to
    the same page in that language, or its nearest translated ancestor."""
    response = account_views.language_switch(request)
    target = translated_page_url(
        request, request.POST.get("next", ""), request.POST.get("language", "")
    )
    if target and response.status_code == 302:
        response["Location"] = target
    return response
