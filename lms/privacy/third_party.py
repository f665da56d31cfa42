"""What the privacy export and erasure do with the data of third-party apps: Wagtail and
wagtail-localize, django-otp, django-axes, django-tasks and Django's sessions.

The platform's own apps declare their models in their own ``privacy.py``; these apps cannot, so
this app (on top of every layer, it may know them all) declares them here, in
``PrivacyConfig.ready()``.
"""

import json
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from lms.accounts.privacy_registry import (
    NOT_EXPORTED,
    REFERENCES,
    Erase,
    ErasureJob,
    Rule,
    erasure_cleaner_register,
    erasure_step_register,
    export_section_register,
    iso,
    rules_register,
)

RULES = (
    # --- Wagtail and wagtail-localize ------------------------------------------------------
    Rule(
        "wagtailusers.UserProfile",
        "user",
        "profile",
        Erase.DELETE,
        "Admin preferences and avatar.",
    ),
    Rule(
        "wagtailcore.Page",
        "owner",
        REFERENCES,
        Erase.SET_NULL,
        "Pages the account created; the content stays.",
    ),
    Rule(
        "wagtailcore.Page",
        "locked_by",
        REFERENCES,
        Erase.SET_NULL,
        "Pages the account locked are unlocked.",
    ),
    Rule(
        "wagtailcore.Revision",
        "user",
        REFERENCES,
        Erase.SET_NULL,
        "Revisions the account saved.",
    ),
    Rule(
        "wagtailcore.PageLogEntry",
        "user",
        REFERENCES,
        Erase.SET_NULL,
        "History entries of actions on pages by the account.",
    ),
    Rule(
        "wagtailcore.ModelLogEntry",
        "user",
        REFERENCES,
        Erase.SET_NULL,
        "History entries of actions on other objects by the account; entries about the "
        "account's own records lose the name in their label.",
    ),
    Rule(
        "wagtailcore.WorkflowState",
        "requested_by",
        REFERENCES,
        Erase.SET_NULL,
        "Moderation requests by the account.",
    ),
    Rule(
        "wagtailcore.TaskState",
        "finished_by",
        REFERENCES,
        Erase.SET_NULL,
        "Moderation decisions by the account.",
    ),
    Rule(
        "wagtailcore.UploadedFile",
        "uploaded_by_user",
        REFERENCES,
        Erase.SET_NULL,
        "Temporary uploads of the admin's multiple upload.",
    ),
    Rule(
        "wagtailcore.Comment",
        "user",
        "comments",
        Erase.DELETE,
        "Editorial comments written by the account (with the replies to them).",
    ),
    Rule(
        "wagtailcore.Comment",
        "resolved_by",
        REFERENCES,
        Erase.SET_NULL,
        "Comments the account resolved.",
    ),
    Rule(
        "wagtailcore.CommentReply",
        "user",
        "comments",
        Erase.DELETE,
        "Replies written by the account.",
    ),
    Rule(
        "wagtailcore.PageSubscription",
        "user",
        REFERENCES,
        Erase.DELETE,
        "Notification subscriptions of the account.",
    ),
    Rule(
        "wagtailadmin.EditingSession",
        "user",
        NOT_EXPORTED,
        Erase.DELETE,
        "Minutes-long presence markers of the editor; nothing to give back.",
    ),
    Rule(
        "wagtailadmin.FormState",
        "user",
        NOT_EXPORTED,
        Erase.DELETE,
        "Unsaved admin form drafts (URL-encoded form data); technical state, deleted.",
    ),
    Rule(
        "wagtaildocs.Document",
        "uploaded_by_user",
        REFERENCES,
        Erase.SET_NULL,
        "Documents the account uploaded; the documents stay.",
    ),
    Rule(
        "wagtailimages.Image",
        "uploaded_by_user",
        REFERENCES,
        Erase.SET_NULL,
        "Images the account uploaded; the images stay.",
    ),
    Rule(
        "wagtail_localize.StringTranslation",
        "last_translated_by",
        REFERENCES,
        Erase.SET_NULL,
        "Translations the account made; the translations stay.",
    ),
    Rule(
        "wagtail_localize.SegmentOverride",
        "last_translated_by",
        REFERENCES,
        Erase.SET_NULL,
        "Segment overrides the account made.",
    ),
    # --- django-otp: staff's second factor (lms/accounts/two_factor.py) ---------------------
    Rule(
        "otp_totp.TOTPDevice",
        "user",
        NOT_EXPORTED,
        Erase.DELETE,
        "The secret key of the staff member's authenticator app: a credential, never exported.",
    ),
    Rule(
        "otp_static.StaticDevice",
        "user",
        NOT_EXPORTED,
        Erase.DELETE,
        "The staff member's one-time recovery codes: credentials, never exported.",
    ),
)


# --- export --------------------------------------------------------------------------------


def comments(user) -> list[dict]:
    comment = apps.get_model("wagtailcore", "Comment")
    reply = apps.get_model("wagtailcore", "CommentReply")
    data = [
        {"kind": "comment", "page": title, "text": text, "created_at": iso(created)}
        for title, text, created in comment.objects.filter(user=user)
        .order_by("created_at")
        .values_list("page__title", "text", "created_at")
    ]
    data += [
        {"kind": "reply", "page": title, "text": text, "created_at": iso(created)}
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
                item[field] = iso(value) if hasattr(value, "isoformat") else value
            data.append(item)
    return data


# --- erasure: steps before a rule ----------------------------------------------------------


def admin_profile_erase(job: ErasureJob) -> None:
    profile = apps.get_model("wagtailusers", "UserProfile").objects.filter(user=job.user).first()
    if profile is not None:
        job.forget_file(profile.avatar)


def locked_pages_erase(job: ErasureJob) -> None:
    page = apps.get_model("wagtailcore", "Page")
    page.objects.filter(locked_by=job.user).update(locked=False, locked_at=None)


# --- erasure: places that copy a name or email without a foreign key ----------------------


def log_entries_clean(job: ErasureJob) -> None:
    """Wagtail's history labels objects by their name at the time: "Ann Peeters – Groep 1"."""
    for label in ("wagtailcore.ModelLogEntry", "wagtailcore.PageLogEntry"):
        model = apps.get_model(label)
        entries = job.mentions(
            model._base_manager.all(), text_fields=["label"], json_fields=["data"]
        )
        count = 0
        for entry in entries:
            entry.label = job.replace(entry.label)
            entry.data = job.replace_json(entry.data)
            model._base_manager.filter(pk=entry.pk).update(label=entry.label, data=entry.data)
            count += 1
        job.count(f"{label}.label", count)


def task_results_clean(job: ErasureJob) -> None:
    """Queued and finished background tasks keep their arguments (email addresses, bodies)."""
    if not apps.is_installed("django_tasks_db"):
        return
    result = apps.get_model("django_tasks_database", "DBTaskResult")
    rows = job.mentions(result.objects.all(), json_fields=["args_kwargs", "return_value"])
    email_forms = job.json_forms(job.user.email)
    deleted = scrubbed = 0
    for row in rows:
        text = json.dumps(row.args_kwargs).lower()
        if row.status != "RUNNING" and any(form.lower() in text for form in email_forms):
            # Mail to (or about) the erased address: it must not go out any more.
            row.delete()
            deleted += 1
            continue
        result.objects.filter(pk=row.pk).update(
            args_kwargs=job.replace_json(row.args_kwargs),
            return_value=job.replace_json(row.return_value),
        )
        scrubbed += 1
    job.count("django_tasks_database.DBTaskResult.deleted", deleted)
    job.count("django_tasks_database.DBTaskResult.cleaned", scrubbed)


def axes_clean(job: ErasureJob) -> None:
    for name in ("AccessAttempt", "AccessLog", "AccessFailureLog"):
        model = apps.get_model("axes", name)
        deleted, _counts = model.objects.filter(username__iexact=job.user.email).delete()
        job.count(f"axes.{name}", deleted)


def sessions_clean(job: ErasureJob) -> None:
    session = apps.get_model("sessions", "Session")
    ids = []
    for row in session.objects.filter(expire_date__gt=job.now).iterator():
        if row.get_decoded().get("_auth_user_id") == str(job.user.pk):
            ids.append(row.pk)
    # Through the session engine, so a cached copy (cached_db sessions) goes as well.
    store_class = import_module(settings.SESSION_ENGINE).SessionStore
    for key in ids:
        store_class(session_key=key).delete()
    job.count("sessions.Session", len(ids))


def admin_state_about_user_clean(job: ErasureJob) -> None:
    """Unsaved admin forms and editing markers about this account (its edit form holds the
    email), whoever opened them."""
    content_type = apps.get_model("contenttypes", "ContentType").objects.get_for_model(
        type(job.user)
    )
    for label in ("wagtailadmin.FormState", "wagtailadmin.EditingSession"):
        model = apps.get_model(label)
        deleted, _counts = model.objects.filter(
            content_type=content_type, object_id=str(job.user.pk)
        ).delete()
        job.count(f"{label}.about_account", deleted)


def register() -> None:
    rules_register(*RULES)
    export_section_register(
        "comments",
        comments,
        order=100,
        description=_("Comments you wrote on pages in the management interface."),
    )
    export_section_register(
        "login_history",
        login_history,
        order=110,
        description=_("Sign-ins and failed sign-in attempts with your email address."),
    )
    erasure_step_register("wagtailusers.UserProfile", "user", admin_profile_erase)
    erasure_step_register("wagtailcore.Page", "locked_by", locked_pages_erase)
    for cleaner, description in (
        (
            log_entries_clean,
            _("History entries whose label or data name the account: name replaced"),
        ),
        (
            task_results_clean,
            _("Background tasks that mention the email or name: deleted or cleaned"),
        ),
        (axes_clean, _("Sign-in logs and lockouts for the email: deleted")),
        (sessions_clean, _("Open sessions of the account: ended")),
        (admin_state_about_user_clean, _("Unsaved admin forms about the account: deleted")),
    ):
        erasure_cleaner_register(cleaner, description=description)
