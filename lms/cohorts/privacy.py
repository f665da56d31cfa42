"""What the privacy export and erasure do with cohorts, enrolments and enrolment imports
(lms/accounts/privacy_registry.py)."""

from django.utils.translation import gettext_lazy as _

from lms.accounts.privacy_registry import (
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

from .imports import read_table
from .models import Enrollment, EnrollmentImport


def enrolments(user) -> list[dict]:
    rows = Enrollment.objects.filter(user=user).select_related("cohort__sector", "cohort__course")
    return [
        {
            "cohort": e.cohort.name,
            "course": e.cohort.course.title,
            "sector": e.cohort.sector.name,
            "status": e.status,
            "source": e.source,
            "enrolled_at": iso(e.enrolled_at),
            "completed_at": iso(e.completed_at),
            "withdrawn_at": iso(e.withdrawn_at),
            "invited_at": iso(e.invited_at),
        }
        for e in rows.order_by("enrolled_at", "pk")
    ]


def enrolments_erase(job: ErasureJob) -> None:
    job.count(
        "cohorts.Enrollment.invitation_digest",
        Enrollment.objects.filter(user=job.user)
        .exclude(invitation_digest="")
        # The digest of a mailed link: the link must stop working.
        .update(invitation_digest=""),
    )


def import_reports_clean(job: ErasureJob) -> None:
    """Enrolment imports list learners in their preview and, until committed, in the file."""
    email = job.user.email.lower()
    touched = 0
    candidates = job.mentions(
        EnrollmentImport.objects.all(), text_fields=["original_filename"], json_fields=["report"]
    )
    for item in candidates:
        report = dict(item.report or {})
        if "preview" in report:
            report["preview"] = [
                row for row in report["preview"] if str(row.get("email", "")).lower() != email
            ]
        item.report = job.replace_json(report)
        item.original_filename = job.replace(item.original_filename)
        item.save(update_fields=["report", "original_filename"])
        touched += 1
    for item in EnrollmentImport.objects.exclude(file=""):
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


def register() -> None:
    rules_register(
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
    )
    export_section_register(
        "enrolments",
        enrolments,
        order=30,
        description=_("Your enrolments in cohorts and their status."),
    )
    erasure_step_register("cohorts.Enrollment", "user", enrolments_erase)
    erasure_cleaner_register(
        import_reports_clean,
        description=_("Enrolment imports that list the email: preview row and file removed"),
    )
