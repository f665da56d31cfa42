"""Site-level views: health check and the learner dashboard."""

import logging

from django.contrib.auth.decorators import login_required
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

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
    from courses.selectors import learner_course_progress

    rows = learner_course_progress(user=request.user)
    started = [(course, progress) for course, progress in rows if progress.started]
    others = [(course, progress) for course, progress in rows if not progress.started]
    return render(request, "home/dashboard.html", {"started": started, "others": others})
