"""Every reference to the user model, and what the export and the erasure do with it.

A rule names a field by the model that declares it ("wagtailcore.Page" covers every page type)
and says:

- ``export``: the file of the learner's ZIP that lists these rows (``SECTION_FILES``), or
  ``REFERENCES`` (listed generically in references.json: records that only name the user as
  author, grader, uploader...), or ``NOT_EXPORTED`` with the reason in ``why``;
- ``erase``: ``DELETE`` the rows (personal and not needed for any figure), ``KEEP`` them linked
  to the anonymised account (needed for aggregates or accountability; ``lms/accounts/privacy/
  erasure.py`` blanks their free text), ``SET_NULL`` the reference, or ``UNLINK`` the account
  from a many-to-many relation.

Models are referred to by label, so this module imports no other app (accounts is the bottom
layer); ``optional`` rules belong to apps that may be absent.
"""

from dataclasses import dataclass
from enum import StrEnum

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist

REFERENCES = "references"
NOT_EXPORTED = ""


class Erase(StrEnum):
    DELETE = "delete"
    KEEP = "keep"
    SET_NULL = "set_null"
    UNLINK = "unlink"


@dataclass(frozen=True)
class Rule:
    model: str  # "app_label.ModelName" of the model that declares the field
    field: str
    export: str
    erase: Erase
    why: str
    optional: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return (self.model, self.field)

    def model_class(self):
        try:
            return apps.get_model(self.model)
        except LookupError:
            if self.optional:
                return None
            raise


# The files of the export, in the order README.txt describes them.
SECTION_FILES = (
    "profile",
    "sector_memberships",
    "enrolments",
    "lesson_progress",
    "reflections",
    "quiz_attempts",
    "session_registrations",
    "calendar_feed",
    "certificates",
    "comments",
    "login_history",
    REFERENCES,
)

RULES: tuple[Rule, ...] = (
    # --- the platform's own apps ----------------------------------------------------------
    Rule(
        "accounts.ErasureRecord",
        "erased_by",
        REFERENCES,
        Erase.KEEP,
        "Accountability: who erased an account stays linked to the (anonymised) account id.",
    ),
    Rule(
        "sectors.SectorMembership",
        "user",
        "sector_memberships",
        Erase.DELETE,
        "A staff role; no figure counts it.",
    ),
    Rule(
        "cohorts.Cohort",
        "trainers",
        REFERENCES,
        Erase.UNLINK,
        "The account is no longer listed as a trainer of the cohort.",
    ),
    Rule(
        "cohorts.Enrollment",
        "user",
        "enrolments",
        Erase.KEEP,
        "Completion figures per course, cohort and sector count enrolments; the invitation "
        "digest is cleared.",
    ),
    Rule(
        "cohorts.EnrollmentImport",
        "uploaded_by",
        REFERENCES,
        Erase.SET_NULL,
        "Staff who uploaded a file; imports that listed the learner are cleaned separately.",
    ),
    Rule(
        "scheduling.TrainingSession",
        "trainer",
        REFERENCES,
        Erase.SET_NULL,
        "The session keeps happening without a named trainer.",
    ),
    Rule(
        "scheduling.Registration",
        "user",
        "session_registrations",
        Erase.KEEP,
        "Attendance figures count past registrations; places in sessions still to come are "
        "given up so the waitlist moves up.",
    ),
    Rule(
        "scheduling.Attendance",
        "marked_by",
        REFERENCES,
        Erase.SET_NULL,
        "Staff who marked attendance.",
    ),
    Rule(
        "scheduling.CalendarFeed",
        "user",
        "calendar_feed",
        Erase.DELETE,
        "A secret feed address; exported without its token.",
    ),
    Rule(
        "assessments.Attempt",
        "user",
        "quiz_attempts",
        Erase.KEEP,
        "Pass rates and item analysis count attempts and scores; essay texts and grader "
        "feedback are blanked.",
    ),
    Rule(
        "assessments.Response",
        "graded_by",
        REFERENCES,
        Erase.SET_NULL,
        "Staff who graded an essay.",
    ),
    Rule(
        "courses.LessonCompletion",
        "user",
        "lesson_progress",
        Erase.KEEP,
        "Progress figures count completed lessons.",
    ),
    Rule(
        "courses.ReflectionAnswer",
        "user",
        "reflections",
        Erase.DELETE,
        "Private answers of the learner; no figure uses them.",
    ),
    Rule(
        "certificates.Certificate",
        "user",
        "certificates",
        Erase.KEEP,
        "Certificates stay verifiable as issued to a removed account (docs/decisions/"
        "0010-erasure-and-certificates.md); the name is replaced and the PDF deleted.",
    ),
    Rule(
        "certificates.Certificate",
        "revoked_by",
        REFERENCES,
        Erase.SET_NULL,
        "Staff who revoked a certificate.",
    ),
    Rule(
        "certificates.Certificate",
        "issued_by",
        REFERENCES,
        Erase.SET_NULL,
        "Staff who issued a certificate by hand.",
    ),
    Rule(
        "certificates.CertificateArchive",
        "requested_by",
        REFERENCES,
        Erase.SET_NULL,
        "Staff who asked for a ZIP of a cohort's certificates.",
    ),
    Rule(
        "reporting.ExportLog",
        "user",
        REFERENCES,
        Erase.KEEP,
        "Audit log of report exports: stays linked to the anonymised account id.",
        optional=True,
    ),
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

RULES_BY_KEY: dict[tuple[str, str], Rule] = {rule.key: rule for rule in RULES}


def _is_user_model(model) -> bool:
    user_label = settings.AUTH_USER_MODEL.lower()
    if isinstance(model, str):
        return model.lower() == user_label
    return model is not None and model._meta.label_lower == user_label


def user_reference_fields(models=None) -> list[tuple[str, str]]:
    """(declaring model label, field name) of every FK, one-to-one and many-to-many field that
    points to the user model, in ``models`` (default: every installed model). A field that a
    page type inherits from wagtailcore.Page is reported once, on Page."""
    found: list[tuple[str, str]] = []
    for model in models if models is not None else apps.get_models():
        for field in model._meta.get_fields(include_hidden=True):
            if not field.is_relation or field.auto_created or field.concrete is False:
                continue
            if not (field.many_to_one or field.one_to_one or field.many_to_many):
                continue
            if not _is_user_model(field.related_model):
                continue
            key = (field.model._meta.label, field.name)
            if key not in found:
                found.append(key)
    return found


def uncovered_fields(models=None) -> list[str]:
    """ "app.Model.field" of each user reference that no rule covers (should be empty)."""
    return [
        f"{model}.{field}"
        for model, field in user_reference_fields(models)
        if (model, field) not in RULES_BY_KEY
    ]


def stale_rules() -> list[str]:
    """Rules whose field no longer exists or no longer points to the user model."""
    stale = []
    for rule in RULES:
        model = rule.model_class()
        if model is None:
            continue
        try:
            field = model._meta.get_field(rule.field)
        except FieldDoesNotExist:
            stale.append(f"{rule.model}.{rule.field}")
            continue
        if not _is_user_model(getattr(field, "related_model", None)):
            stale.append(f"{rule.model}.{rule.field}")
    return stale
