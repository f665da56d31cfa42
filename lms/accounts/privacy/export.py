"""The learner's own data as a ZIP of JSON files, with a README in their language.

Every section reads only rows of the one user, in a fixed number of queries (a learner's data is
small: the ZIP is built within the request, see README.md "Privacy"). The calendar feed is
listed without its secret token; certificates with their verification address.
"""

import io
import json
import zipfile
from collections.abc import Callable

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .registry import REFERENCES, RULES, SECTION_FILES


def _iso(value):
    return value.isoformat() if value else None


def _lesson_titles(keys, language: str) -> dict:
    """Lesson title per translation key, in the learner's language when translated."""
    lesson_page = apps.get_model("courses", "LessonPage")
    titles: dict = {}
    rows = lesson_page.objects.filter(translation_key__in=set(keys)).values_list(
        "translation_key", "title", "locale__language_code"
    )
    for key, title, language_code in rows:
        if key not in titles or language_code == language:
            titles[key] = title
    return titles


def profile(user) -> dict:
    user_profile = apps.get_model("wagtailusers", "UserProfile")
    data = {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.preferred_language,
        "job_role": user.job_role,
        "organisation": user.organisation,
        "region": user.region,
        "date_joined": _iso(user.date_joined),
        "last_login": _iso(user.last_login),
        "is_active": user.is_active,
        "roles": sorted(user.groups.values_list("name", flat=True)),
    }
    admin = user_profile.objects.filter(user=user).first()
    if admin is not None:
        data["admin_preferences"] = {
            "preferred_language": admin.preferred_language,
            "current_time_zone": admin.current_time_zone,
            "theme": admin.theme,
            "has_avatar": bool(admin.avatar),
            "submitted_notifications": admin.submitted_notifications,
            "approved_notifications": admin.approved_notifications,
            "rejected_notifications": admin.rejected_notifications,
            "updated_comments_notifications": admin.updated_comments_notifications,
        }
    return data


def sector_memberships(user) -> list[dict]:
    membership = apps.get_model("sectors", "SectorMembership")
    return [
        {"sector": name, "role": role, "since": _iso(created_at)}
        for name, role, created_at in membership.objects.filter(user=user)
        .order_by("sector__name")
        .values_list("sector__name", "role", "created_at")
    ]


def enrolments(user) -> list[dict]:
    enrollment = apps.get_model("cohorts", "Enrollment")
    rows = enrollment.objects.filter(user=user).select_related("cohort__sector", "cohort__course")
    return [
        {
            "cohort": e.cohort.name,
            "course": e.cohort.course.title,
            "sector": e.cohort.sector.name,
            "status": e.status,
            "source": e.source,
            "enrolled_at": _iso(e.enrolled_at),
            "completed_at": _iso(e.completed_at),
            "withdrawn_at": _iso(e.withdrawn_at),
            "invited_at": _iso(e.invited_at),
        }
        for e in rows.order_by("enrolled_at", "pk")
    ]


def lesson_progress(user) -> list[dict]:
    completion = apps.get_model("courses", "LessonCompletion")
    rows = list(completion.objects.filter(user=user).order_by("completed_at", "pk"))
    titles = _lesson_titles([c.lesson_key for c in rows], user.preferred_language)
    return [
        {
            "lesson": titles.get(c.lesson_key, ""),
            "lesson_key": str(c.lesson_key),
            "completed_at": _iso(c.completed_at),
        }
        for c in rows
    ]


def reflections(user) -> list[dict]:
    answer = apps.get_model("courses", "ReflectionAnswer")
    rows = list(answer.objects.filter(user=user).order_by("updated_at", "pk"))
    titles = _lesson_titles([a.lesson_key for a in rows], user.preferred_language)
    return [
        {
            "lesson": titles.get(a.lesson_key, ""),
            "lesson_key": str(a.lesson_key),
            "prompt": str(a.block_id),
            "answer": a.text,
            "updated_at": _iso(a.updated_at),
        }
        for a in rows
    ]


def quiz_attempts(user) -> list[dict]:
    attempt = apps.get_model("assessments", "Attempt")
    response = apps.get_model("assessments", "Response")
    attempts = list(
        attempt.objects.filter(user=user)
        .select_related("quiz", "sector")
        .order_by("started_at", "pk")
    )
    responses: dict[int, list] = {}
    for r in (
        response.objects.filter(attempt__user=user)
        .select_related("question")
        .order_by("attempt_id", "pk")
    ):
        responses.setdefault(r.attempt_id, []).append(
            {
                "question": r.question.prompt,
                "answer": r.answer,
                "score": r.score,
                "points": r.question.points,
                "feedback_from_trainer": r.grader_feedback,
                "graded_at": _iso(r.graded_at),
            }
        )
    return [
        {
            "quiz": a.quiz.title,
            "sector": a.sector.name if a.sector else None,
            "number": a.number,
            "status": a.status,
            "started_at": _iso(a.started_at),
            "deadline": _iso(a.deadline),
            "submitted_at": _iso(a.submitted_at),
            "score": a.score,
            "max_score": a.max_score,
            "percent": a.percent,
            "passed": a.passed,
            "responses": responses.get(a.pk, []),
        }
        for a in attempts
    ]


def session_registrations(user) -> list[dict]:
    registration = apps.get_model("scheduling", "Registration")
    attendance = apps.get_model("scheduling", "Attendance")
    rows = list(
        registration.objects.filter(user=user)
        .select_related("session__cohort")
        .order_by("session__starts_at", "pk")
    )
    marks = {
        a.registration_id: a
        for a in attendance.objects.filter(registration__user=user).only(
            "registration_id", "status", "marked_at"
        )
    }
    data = []
    for r in rows:
        mark = marks.get(r.pk)
        data.append(
            {
                "session": r.session.title,
                "cohort": r.session.cohort.name,
                "format": r.session.format,
                "location": r.session.location,
                "starts_at": _iso(r.session.starts_at),
                "ends_at": _iso(r.session.ends_at),
                "status": r.status,
                "registered_at": _iso(r.queued_at),
                "attendance": mark.status if mark else None,
                "attendance_marked_at": _iso(mark.marked_at) if mark else None,
            }
        )
    return data


def calendar_feed(user) -> dict | None:
    feed = apps.get_model("scheduling", "CalendarFeed").objects.filter(user=user).first()
    # The token is a secret address; the learner can see or reset it on the site.
    return {"created_at": _iso(feed.created_at)} if feed else None


def certificates(user) -> list[dict]:
    certificate = apps.get_model("certificates", "Certificate")
    now = timezone.now()
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return [
        {
            "code": c.code,
            "status": c.status_at(now),
            "learner_name": c.learner_name,
            "course": c.course_title,
            "sector": c.sector_name,
            "cohort": c.cohort_name,
            "hours": c.hours,
            "language": c.language,
            "issued_at": _iso(c.issued_at),
            "expires_at": _iso(c.expires_at),
            "revoked_at": _iso(c.revoked_at),
            "revocation_reason": c.revocation_reason,
            "superseded_at": _iso(c.superseded_at),
            "verification_url": base + reverse("certificates:verify", args=[c.code]),
        }
        for c in certificate.objects.filter(user=user).order_by("issued_at", "pk")
    ]


def comments(user) -> list[dict]:
    comment = apps.get_model("wagtailcore", "Comment")
    reply = apps.get_model("wagtailcore", "CommentReply")
    data = [
        {"kind": "comment", "page": title, "text": text, "created_at": _iso(created)}
        for title, text, created in comment.objects.filter(user=user)
        .order_by("created_at")
        .values_list("page__title", "text", "created_at")
    ]
    data += [
        {"kind": "reply", "page": title, "text": text, "created_at": _iso(created)}
        for title, text, created in reply.objects.filter(user=user)
        .order_by("created_at")
        .values_list("comment__page__title", "text", "created_at")
    ]
    return data


def login_history(user) -> list[dict]:
    """Sign-ins and failed attempts recorded by django-axes under this email address."""
    data = []
    for label, model_name, fields in (
        ("login", "AccessLog", ("attempt_time", "logout_time")),
        ("failed_login", "AccessFailureLog", ("attempt_time", "locked_out")),
    ):
        model = apps.get_model("axes", model_name)
        for row in model.objects.filter(username__iexact=user.email).order_by("attempt_time"):
            item = {"kind": label, "ip_address": row.ip_address, "user_agent": row.user_agent}
            for field in fields:
                value = getattr(row, field)
                item[field] = _iso(value) if hasattr(value, "isoformat") else value
            data.append(item)
    return data


def _describe(obj) -> str:
    for attribute in ("title", "label", "object_str", "name", "original_filename", "report"):
        value = getattr(obj, attribute, None)
        if isinstance(value, str) and value:
            return value
    return str(obj)


def references(user) -> list[dict]:
    """Records that name the user only as author, trainer, grader, uploader and the like."""
    data = []
    for rule in RULES:
        if rule.export != REFERENCES:
            continue
        model = rule.model_class()
        if model is None:
            continue
        for obj in model._default_manager.filter(**{rule.field: user}).order_by("pk"):
            data.append(
                {
                    "record": str(model._meta.verbose_name),
                    "model": rule.model,
                    "field": rule.field,
                    "id": str(obj.pk),
                    "description": _describe(obj)[:300],
                }
            )
    return data


SECTIONS: dict[str, Callable] = {
    "profile": profile,
    "sector_memberships": sector_memberships,
    "enrolments": enrolments,
    "lesson_progress": lesson_progress,
    "reflections": reflections,
    "quiz_attempts": quiz_attempts,
    "session_registrations": session_registrations,
    "calendar_feed": calendar_feed,
    "certificates": certificates,
    "comments": comments,
    "login_history": login_history,
    "references": references,
}
if tuple(SECTIONS) != SECTION_FILES:  # the registry names the files; this module writes them
    raise ImproperlyConfigured("privacy.export.SECTIONS and registry.SECTION_FILES differ")


def _readme(user, generated_at) -> str:
    descriptions = {
        "profile": _("Your profile: name, email, language, job role, organisation, region, roles."),
        "sector_memberships": _("The sectors where you are a trainer or coordinator."),
        "enrolments": _("Your enrolments in cohorts and their status."),
        "lesson_progress": _("The lessons you completed and when."),
        "reflections": _("Your private answers to reflection prompts."),
        "quiz_attempts": _("Your quiz attempts with your answers, scores and feedback."),
        "session_registrations": _("Your registrations for training sessions and attendance."),
        "calendar_feed": _(
            "Whether you have a personal calendar feed (its secret address is not included)."
        ),
        "certificates": _("Your certificates with their status, code and verification address."),
        "comments": _("Comments you wrote on pages in the management interface."),
        "login_history": _("Sign-ins and failed sign-in attempts with your email address."),
        "references": _(
            "Other records that name you, for example as trainer, grader or author of content."
        ),
    }
    lines = [
        _("Your data on %(site)s") % {"site": settings.WAGTAIL_SITE_NAME},
        _("Exported on %(date)s for %(email)s.")
        % {
            "date": timezone.localtime(generated_at).strftime("%Y-%m-%d %H:%M"),
            "email": user.email,
        },
        "",
        _("Each file is JSON (UTF-8). Dates are in ISO 8601 with their time zone."),
        "",
    ]
    lines += [f"{name}.json: {descriptions[name]}" for name in SECTION_FILES]
    lines += [
        "certificates/*.pdf: " + _("the PDF of each certificate, when one was made."),
        "",
        _(
            "To have your data erased, ask a platform administrator. Your name and email are "
            "then removed everywhere; anonymous figures (for example how many people completed "
            "a course) stay."
        ),
    ]
    return "\n".join(lines) + "\n"


def user_data_export(*, user) -> bytes:
    """Every file of the learner's export, as the bytes of a ZIP."""
    generated_at = timezone.now()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, section in SECTIONS.items():
            payload = json.dumps(section(user), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
            archive.writestr(f"{name}.json", payload)
        certificate = apps.get_model("certificates", "Certificate")
        for c in certificate.objects.filter(user=user).exclude(pdf="").only("code", "pdf"):
            try:
                with c.pdf.open("rb") as handle:
                    archive.writestr(f"certificates/{c.code}.pdf", handle.read())
            except (OSError, ValueError):
                continue  # not rendered (yet): the learner downloads it from the site
        with translation.override(user.preferred_language):
            archive.writestr("README.txt", _readme(user, generated_at))
    return buffer.getvalue()
