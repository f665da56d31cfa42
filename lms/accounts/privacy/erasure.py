"""Erasure of a user's personal data by a platform administrator.

One transaction applies every rule of ``registry.RULES`` (delete, keep linked to the anonymised
account, set null, unlink), cleans the places that copy a name or email without a foreign key
(enrolment import reports and files, Wagtail log entries, queued task arguments, django-axes
logs, sessions, admin form drafts about the account) and anonymises the account itself. Rows
that figures count (enrolments, progress, attempts, past registrations, attendance,
certificates) stay, so every aggregate is the same before and after. Stored files with the name
(certificate PDFs and cohort archives, an import file, the avatar) are deleted after commit.
See docs/decisions/0010-erasure-and-certificates.md.
"""

import json
import re
import secrets
from dataclasses import dataclass
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..models import ErasureRecord, User
from .registry import RULES, Erase, Rule

ERASED_EMAIL_RE = re.compile(r"^removed-[0-9a-f]{16}@invalid$")


class ErasureError(Exception):
    """The erasure cannot be done; the message is shown as it is."""


def is_erased(user) -> bool:
    return bool(ERASED_EMAIL_RE.match(user.email or ""))


def removed_account_text() -> str:
    """The neutral text that replaces a name, in the platform's default language (it is stored,
    and shown to anyone who verifies a certificate)."""
    with translation.override(settings.LANGUAGE_CODE):
        return _("Removed account")


# --- text helpers --------------------------------------------------------------------------


def _needles(user) -> list[str]:
    """The strings that identify the user in free text: the email and the full name."""
    return [n for n in (user.email, user.get_full_name()) if n and len(n) >= 3]


def _json_forms(needle: str) -> list[str]:
    # JSON columns store non-ASCII characters escaped (\u00eb) on SQLite, as-is on PostgreSQL.
    escaped = json.dumps(needle)[1:-1]
    return [needle] if escaped == needle else [needle, escaped]


def _replace(text: str, needles: list[str], replacement: str) -> str:
    for needle in needles:
        text = re.sub(re.escape(needle), replacement, text, flags=re.IGNORECASE)
    return text


def _replace_json(value, needles: list[str], replacement: str):
    if isinstance(value, str):
        return _replace(value, needles, replacement)
    if isinstance(value, list):
        return [_replace_json(item, needles, replacement) for item in value]
    if isinstance(value, dict):
        return {
            _replace(key, needles, replacement): _replace_json(item, needles, replacement)
            for key, item in value.items()
        }
    return value


def _mentions(queryset, needles: list[str], *, text_fields=(), json_fields=()):
    """Rows of ``queryset`` whose text or JSON columns contain one of ``needles``."""
    condition = Q()
    annotations = {}
    for field in json_fields:
        annotations[f"_{field}_text"] = Cast(field, TextField())
    for needle in needles:
        for field in text_fields:
            condition |= Q(**{f"{field}__icontains": needle})
        for field in json_fields:
            for form in _json_forms(needle):
                condition |= Q(**{f"_{field}_text__icontains": form})
    if not condition:
        return queryset.none()
    return queryset.annotate(**annotations).filter(condition)


# --- what the rules do ---------------------------------------------------------------------


@dataclass
class _Erasure:
    user: User
    needles: list[str]
    replacement: str
    now: object
    files: list  # (storage, name) deleted after commit
    summary: dict

    def count(self, key: str, value: int) -> None:
        if value:
            self.summary[key] = self.summary.get(key, 0) + value

    def forget_file(self, field_file) -> None:
        if field_file:
            self.files.append((field_file.storage, field_file.name))


def _apply_rule(rule: Rule, job: _Erasure) -> int:
    model = rule.model_class()
    if model is None:
        return 0
    user = job.user
    if rule.erase == Erase.UNLINK:
        field = model._meta.get_field(rule.field)
        through = field.remote_field.through
        deleted, _counts = through._base_manager.filter(
            **{field.m2m_reverse_field_name(): user}
        ).delete()
        return deleted
    queryset = model._base_manager.filter(**{rule.field: user})
    if rule.erase == Erase.DELETE:
        _deleted, counts = queryset.delete()
        return counts.get(model._meta.label, 0)
    if rule.erase == Erase.SET_NULL:
        return queryset.update(**{rule.field: None})
    return queryset.count()  # KEEP: the rows stay, linked to the anonymised account


def _enrolments(job: _Erasure) -> None:
    enrollment = apps.get_model("cohorts", "Enrollment")
    job.count(
        "cohorts.Enrollment.invitation_digest",
        enrollment.objects.filter(user=job.user)
        .exclude(invitation_digest="")
        # The digest of a mailed link: the link must stop working.
        .update(invitation_digest=""),
    )


def _future_registrations(job: _Erasure) -> None:
    """Give up places in sessions still to come, so the waitlist moves up; past registrations
    (and their attendance) stay for the figures."""
    from lms.scheduling import services as scheduling

    registration = apps.get_model("scheduling", "Registration")
    upcoming = registration.objects.filter(
        user=job.user,
        status__in=[registration.Status.REGISTERED, registration.Status.WAITLISTED],
        session__starts_at__gt=job.now,
        session__cancelled_at__isnull=True,
    ).select_related("session")
    for current in upcoming:
        scheduling.registration_cancel(registration=current, now=job.now, notify=False)
        job.count("scheduling.Registration.cancelled", 1)


def _attempts(job: _Erasure) -> None:
    """Essay texts and trainers' feedback are the learner's words (or words to them); scores
    stay."""
    response = apps.get_model("assessments", "Response")
    essay = apps.get_model("assessments", "EssayQuestion")
    responses = response.objects.filter(attempt__user=job.user)
    job.count(
        "assessments.Response.essay_text",
        responses.filter(question_id__in=essay.objects.values("pk")).update(answer={"text": ""}),
    )
    job.count(
        "assessments.Response.grader_feedback",
        responses.exclude(grader_feedback="").update(grader_feedback=""),
    )


def _certificates(job: _Erasure) -> None:
    """Certificates stay valid and verifiable as issued to a removed account; the PDF (with the
    name) and cohort archives that hold it are deleted."""
    certificate = apps.get_model("certificates", "Certificate")
    archive = apps.get_model("certificates", "CertificateArchive")
    mine = list(certificate.objects.filter(user=job.user).select_related("enrollment"))
    for c in mine:
        job.forget_file(c.pdf)
        c.learner_name = job.replacement
        c.revocation_reason = _replace(c.revocation_reason, job.needles, job.replacement)
        c.pdf = ""
        c.rendered_at = None
        c.save(update_fields=["learner_name", "revocation_reason", "pdf", "rendered_at"])
    job.count("certificates.Certificate.learner_name", len(mine))
    cohort_ids = {c.enrollment.cohort_id for c in mine if c.enrollment_id}
    cohort_ids |= set(
        apps.get_model("cohorts", "Enrollment")
        .objects.filter(user=job.user)
        .values_list("cohort_id", flat=True)
    )
    archives = list(archive.objects.filter(cohort_id__in=cohort_ids))
    for item in archives:
        job.forget_file(item.file)
    archive.objects.filter(pk__in=[a.pk for a in archives]).delete()
    job.count("certificates.CertificateArchive.deleted", len(archives))


def _admin_profile(job: _Erasure) -> None:
    profile = apps.get_model("wagtailusers", "UserProfile").objects.filter(user=job.user).first()
    if profile is not None:
        job.forget_file(profile.avatar)


def _locked_pages(job: _Erasure) -> None:
    page = apps.get_model("wagtailcore", "Page")
    page.objects.filter(locked_by=job.user).update(locked=False, locked_at=None)


# Work done before a rule's own action, keyed by the rule.
BEFORE_RULE = {
    ("cohorts.Enrollment", "user"): _enrolments,
    ("scheduling.Registration", "user"): _future_registrations,
    ("assessments.Attempt", "user"): _attempts,
    ("certificates.Certificate", "user"): _certificates,
    ("wagtailusers.UserProfile", "user"): _admin_profile,
    ("wagtailcore.Page", "locked_by"): _locked_pages,
}


# --- places that copy a name or email without a foreign key --------------------------------


def _import_reports(job: _Erasure) -> None:
    """Enrolment imports list learners in their preview and, until committed, in the file."""
    from lms.cohorts.imports import read_table

    enrollment_import = apps.get_model("cohorts", "EnrollmentImport")
    email = job.user.email.lower()
    touched = 0
    candidates = _mentions(
        enrollment_import.objects.all(),
        job.needles,
        text_fields=["original_filename"],
        json_fields=["report"],
    )
    for item in candidates:
        report = dict(item.report or {})
        if "preview" in report:
            report["preview"] = [
                row for row in report["preview"] if str(row.get("email", "")).lower() != email
            ]
        item.report = _replace_json(report, job.needles, job.replacement)
        item.original_filename = _replace(item.original_filename, job.needles, job.replacement)
        item.save(update_fields=["report", "original_filename"])
        touched += 1
    for item in enrollment_import.objects.exclude(file=""):
        try:
            with item.file.open("rb") as handle:
                data = handle.read()
        except (OSError, ValueError):
            continue
        try:
            values = {
                value.strip().lower() for _line, row in read_table(data).rows for value in row
            }
            listed = email in values
        except Exception:  # an unreadable file is searched as bytes
            listed = email.encode() in data.lower()
        if listed:
            # The learner must not come back as a new account when the import runs.
            job.forget_file(item.file)
            item.file = ""
            item.report = {k: v for k, v in (item.report or {}).items() if k != "preview"}
            item.save(update_fields=["file", "report"])
            touched += 1
    job.count("cohorts.EnrollmentImport.cleaned", touched)


def _log_entries(job: _Erasure) -> None:
    """Wagtail's history labels objects by their name at the time: "Ann Peeters – Groep 1"."""
    for label in ("wagtailcore.ModelLogEntry", "wagtailcore.PageLogEntry"):
        model = apps.get_model(label)
        entries = _mentions(
            model._base_manager.all(), job.needles, text_fields=["label"], json_fields=["data"]
        )
        count = 0
        for entry in entries:
            entry.label = _replace(entry.label, job.needles, job.replacement)
            entry.data = _replace_json(entry.data, job.needles, job.replacement)
            model._base_manager.filter(pk=entry.pk).update(label=entry.label, data=entry.data)
            count += 1
        job.count(f"{label}.label", count)


def _task_results(job: _Erasure) -> None:
    """Queued and finished background tasks keep their arguments (email addresses, bodies)."""
    if not apps.is_installed("django_tasks_db"):
        return
    result = apps.get_model("django_tasks_database", "DBTaskResult")
    rows = _mentions(result.objects.all(), job.needles, json_fields=["args_kwargs", "return_value"])
    email_forms = _json_forms(job.user.email)
    deleted = scrubbed = 0
    for row in rows:
        text = json.dumps(row.args_kwargs).lower()
        if row.status != "RUNNING" and any(form.lower() in text for form in email_forms):
            # Mail to (or about) the erased address: it must not go out any more.
            row.delete()
            deleted += 1
            continue
        result.objects.filter(pk=row.pk).update(
            args_kwargs=_replace_json(row.args_kwargs, job.needles, job.replacement),
            return_value=_replace_json(row.return_value, job.needles, job.replacement),
        )
        scrubbed += 1
    job.count("django_tasks_database.DBTaskResult.deleted", deleted)
    job.count("django_tasks_database.DBTaskResult.cleaned", scrubbed)


def _axes(job: _Erasure) -> None:
    for name in ("AccessAttempt", "AccessLog", "AccessFailureLog"):
        model = apps.get_model("axes", name)
        deleted, _counts = model.objects.filter(username__iexact=job.user.email).delete()
        job.count(f"axes.{name}", deleted)


def _sessions(job: _Erasure) -> None:
    from django.contrib.sessions.models import Session

    ids = []
    for session in Session.objects.filter(expire_date__gt=job.now).iterator():
        if session.get_decoded().get("_auth_user_id") == str(job.user.pk):
            ids.append(session.pk)
    # Through the session engine, so a cached copy (cached_db sessions) goes as well.
    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    for key in ids:
        store_class(session_key=key).delete()
    job.count("sessions.Session", len(ids))


def _admin_state_about_user(job: _Erasure) -> None:
    """Unsaved admin forms and editing markers about this account (its edit form holds the
    email), whoever opened them."""
    from django.contrib.contenttypes.models import ContentType

    content_type = ContentType.objects.get_for_model(User)
    for label in ("wagtailadmin.FormState", "wagtailadmin.EditingSession"):
        model = apps.get_model(label)
        deleted, _counts = model.objects.filter(
            content_type=content_type, object_id=str(job.user.pk)
        ).delete()
        job.count(f"{label}.about_account", deleted)


EXTRA_CLEANERS = (
    (
        _import_reports,
        gettext_lazy("Enrolment imports that list the email: preview row and file removed"),
    ),
    (
        _log_entries,
        gettext_lazy("History entries whose label or data name the account: name replaced"),
    ),
    (
        _task_results,
        gettext_lazy("Background tasks that mention the email or name: deleted or cleaned"),
    ),
    (_axes, gettext_lazy("Sign-in logs and lockouts for the email: deleted")),
    (_sessions, gettext_lazy("Open sessions of the account: ended")),
    (_admin_state_about_user, gettext_lazy("Unsaved admin forms about the account: deleted")),
)


# --- the service ---------------------------------------------------------------------------


def erasure_preview(*, user) -> list[dict]:
    """What ``user_erase`` would do, rule by rule, with the number of rows concerned."""
    rows = []
    for rule in RULES:
        model = rule.model_class()
        if model is None:
            continue
        count = model._base_manager.filter(**{rule.field: user}).count()
        rows.append(
            {
                "rule": rule,
                "record": model._meta.verbose_name_plural,
                "count": count,
                "action": ERASE_LABELS[rule.erase],
            }
        )
    return rows


ERASE_LABELS = {
    Erase.DELETE: gettext_lazy("deleted"),
    Erase.KEEP: gettext_lazy("kept for the figures, linked to the anonymised account"),
    Erase.SET_NULL: gettext_lazy("kept, without the reference to the account"),
    Erase.UNLINK: gettext_lazy("the account is removed from the list"),
}


def user_erase(*, user: User, erased_by: User, now=None) -> ErasureRecord:
    """Remove or anonymise the personal data of ``user`` everywhere; returns the record."""
    now = now or timezone.now()
    if erased_by is not None and user.pk == erased_by.pk:
        raise ErasureError(_("You cannot erase your own account."))
    files: list = []
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        if is_erased(user):
            raise ErasureError(_("This account has already been erased."))
        job = _Erasure(
            user=user,
            needles=_needles(user),
            replacement=removed_account_text(),
            now=now,
            files=files,
            summary={},
        )
        for cleaner, _description in EXTRA_CLEANERS:
            cleaner(job)
        for rule in RULES:
            before = BEFORE_RULE.get(rule.key)
            if before is not None:
                before(job)
            job.count(f"{rule.model}.{rule.field}", _apply_rule(rule, job))

        user.email = f"removed-{secrets.token_hex(8)}@invalid"
        user.first_name = ""
        user.last_name = ""
        user.organisation = ""
        # Job role, region, language and date joined stay: anonymous figures are broken down
        # by them, and without name, email or organisation they no longer identify anyone.
        user.set_unusable_password()
        user.is_active = False
        user.is_staff = False
        user.is_superuser = False
        user.last_login = None
        user.save()
        user.groups.clear()
        user.user_permissions.clear()

        record = ErasureRecord.objects.create(
            subject_id=user.pk, erased_by=erased_by, erased_at=now, summary=job.summary
        )

        def delete_files():
            # Storage is not transactional: files go once the erasure is committed.
            for storage, name in files:
                storage.delete(name)

        transaction.on_commit(delete_files)
    return record
