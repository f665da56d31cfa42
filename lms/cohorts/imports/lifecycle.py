"""Step 5 of an enrolment import: the ``EnrollmentImport`` record through its states.

Uploaded and checked (``validated``, the file kept only when it can be committed), confirmed
(``queued``, once), taken by the background task (``running``, with progress per batch), then
``done`` or ``failed``; the file holds personal data, so it is deleted once the outcome is saved
and purged when nobody confirms it within a day.
"""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lms.accounts.models import User
from lms.cohorts.models import Cohort, EnrollmentImport
from lms.uploads import XLSX_LIMITS, check_archive

from .check import check_table
from .commit import ImportRefused, enrollment_import_commit
from .parse import XLSX_SIGNATURE, ImportFileError, read_table
from .plan import build_report, check_file, plan_import

logger = logging.getLogger(__name__)

# A checked file that nobody confirms is deleted after this long (it holds personal data).
UNCONFIRMED_FILE_LIFETIME = timedelta(days=1)


def enrollment_import_create(
    *, cohort: Cohort, uploaded_by: User, filename: str, data: bytes
) -> EnrollmentImport:
    """Check an uploaded file and record the result; raises ImportFileError when unusable.

    The file is kept only when it can be committed: a file with errors teaches nothing more."""
    checked, plan = check_file(cohort=cohort, data=data)
    report = build_report(checked, plan)
    enrollment_import = EnrollmentImport(
        cohort=cohort,
        uploaded_by=uploaded_by,
        original_filename=filename[:255],
        status=EnrollmentImport.Status.VALIDATED,
        total_rows=len(checked.rows),
        report=report,
    )
    if not report["refusal"]:
        enrollment_import.file.save(filename, ContentFile(data), save=False)
    enrollment_import.save()
    enrollment_imports_purge_files()
    return enrollment_import


def enrollment_import_can_confirm(enrollment_import: EnrollmentImport) -> bool:
    return (
        enrollment_import.status == EnrollmentImport.Status.VALIDATED
        and not enrollment_import.report.get("refusal")
        and bool(enrollment_import.file)
    )


def enrollment_import_confirm(*, enrollment_import: EnrollmentImport) -> bool:
    """Queue a checked import once (a double click queues it once); False if it cannot be."""
    # The task runs this module's enrollment_import_run: tasks imports lifecycle at its top.
    from lms.cohorts.tasks import enrollment_import_enqueue  # noqa: PLC0415 - cycle: tasks <-> imports.lifecycle

    if not enrollment_import_can_confirm(enrollment_import):
        return False
    with transaction.atomic():
        queued = EnrollmentImport.objects.filter(
            pk=enrollment_import.pk, status=EnrollmentImport.Status.VALIDATED
        ).update(status=EnrollmentImport.Status.QUEUED)
        if queued:
            enrollment_import.status = EnrollmentImport.Status.QUEUED
            enrollment_import_enqueue(enrollment_import)
    return bool(queued)


def _set_progress(import_id: int, processed: int) -> None:
    EnrollmentImport.objects.filter(pk=import_id).update(processed_rows=processed)


def enrollment_import_run(*, import_id: int) -> str:
    """The background task's work: check the stored file again, then commit it.

    The check runs outside the transaction and reports progress per batch (a transaction's
    writes are invisible to the progress page until it commits); the commit is all or nothing
    and marks the import done in the same transaction. Returns the final status."""
    claimed = EnrollmentImport.objects.filter(
        pk=import_id, status=EnrollmentImport.Status.QUEUED
    ).update(status=EnrollmentImport.Status.RUNNING, processed_rows=0)
    enrollment_import = EnrollmentImport.objects.select_related("cohort", "uploaded_by").get(
        pk=import_id
    )
    if not claimed:  # already taken by another worker, or not confirmed
        return enrollment_import.status
    uploader = enrollment_import.uploaded_by
    language = uploader.preferred_language if uploader else settings.LANGUAGE_CODE
    with translation.override(language):
        try:
            _run(enrollment_import)
        except (ImportFileError, ImportRefused) as exc:
            _fail(enrollment_import, str(exc))
        except Exception:
            logger.exception("Enrolment import %s failed", import_id)
            _fail(
                enrollment_import,
                _(
                    "The import stopped on an unexpected error; nothing was saved. Try again "
                    "later or ask a platform administrator."
                ),
            )
    return enrollment_import.status


def _run(enrollment_import: EnrollmentImport) -> None:
    cohort = enrollment_import.cohort
    try:
        with enrollment_import.file.open("rb") as handle:
            data = handle.read()
    except (ValueError, OSError) as exc:
        raise ImportRefused(
            _("The uploaded file is no longer available. Upload it again.")
        ) from exc
    if data.startswith(XLSX_SIGNATURE):
        # Checked on upload already; the stored file is read again, so it is checked again.
        try:
            check_archive(data, XLSX_LIMITS)
        except ValidationError as exc:
            raise ImportFileError(" ".join(exc.messages)) from exc
    checked = check_table(read_table(data))
    if checked.errors:
        raise ImportRefused(_("The file has lines with errors; nothing was imported."))
    plan = plan_import(
        cohort=cohort,
        rows=checked.rows,
        on_batch=lambda done: _set_progress(enrollment_import.pk, done),
    )
    if plan.capacity_exceeded:
        raise ImportRefused(plan.capacity_message())
    with transaction.atomic():
        counts = enrollment_import_commit(cohort=cohort, rows=checked.rows)
        enrollment_import.report = {**enrollment_import.report, "result": counts}
        _finish(enrollment_import, EnrollmentImport.Status.DONE)
        enrollment_import.processed_rows = len(checked.rows)
        enrollment_import.save(
            update_fields=["status", "report", "finished_at", "processed_rows", "file"]
        )


def _finish(enrollment_import: EnrollmentImport, status: str) -> None:
    enrollment_import.status = status
    enrollment_import.finished_at = timezone.now()
    if enrollment_import.file:
        name = enrollment_import.file.name
        storage = enrollment_import.file.storage
        # Storage is not transactional: delete the personal data once the outcome is saved.
        transaction.on_commit(lambda: storage.delete(name))
        enrollment_import.file = ""
    # The first rows were shown to confirm the import; the enrolments themselves remain.
    enrollment_import.report.pop("preview", None)


def _fail(enrollment_import: EnrollmentImport, message: str) -> None:
    enrollment_import.refresh_from_db(fields=["report"])
    enrollment_import.report = {**enrollment_import.report, "failure": message}
    _finish(enrollment_import, EnrollmentImport.Status.FAILED)
    enrollment_import.save(update_fields=["status", "report", "finished_at", "file"])


def enrollment_imports_purge_files(*, now: datetime | None = None) -> int:
    """Delete the files (and the preview rows) of checked imports nobody confirmed in a day."""
    cutoff = (now or timezone.now()) - UNCONFIRMED_FILE_LIFETIME
    stale = EnrollmentImport.objects.filter(
        status=EnrollmentImport.Status.VALIDATED, created_at__lt=cutoff
    ).exclude(file="")
    count = 0
    for enrollment_import in stale:
        enrollment_import.file.delete(save=False)
        enrollment_import.report.pop("preview", None)
        enrollment_import.save(update_fields=["file", "report"])
        count += 1
    return count
