"""Step 4 of an enrolment import: the all-or-nothing write.

Everything is written in one transaction or nothing, through the bulk services the single
paths share their rows with: ``users_bulk_create`` for the missing accounts (with their learner
role) and ``enrollments_bulk_create`` for the enrolments (re-enrolling withdrawn learners and
re-evaluating completion as ``enrollment_create`` does). Statements grow per batch of rows,
never per row. Re-importing the same file is harmless: learners already in the cohort are
skipped and existing accounts are linked, never duplicated or changed.
"""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from lms.accounts.models import Language, User
from lms.accounts.services import users_bulk_create
from lms.cohorts.models import Cohort, Enrollment
from lms.cohorts.services import enrollments_bulk_create
from lms.errors import ApplicationError

from . import plan as planning
from .check import ImportRow


class ImportRefused(ApplicationError):
    """The import cannot be committed (errors, capacity); nothing was written."""


def enrollment_import_commit(
    *,
    cohort: Cohort,
    rows: list[ImportRow],
    now: datetime | None = None,
    batch_size: int | None = None,
) -> dict[str, int]:
    """Create the missing accounts and enrol everyone, all or nothing; returns the counts.

    Imported accounts get what ``user_create`` gives: a normalised email, an unusable password
    (they set one through "forgot password" or an invitation) and the learner role. Existing
    accounts are linked as they are; their profile is theirs to change."""
    now = now or timezone.now()
    batch_size = batch_size or planning.BATCH_SIZE
    with transaction.atomic():
        # Serialises imports and enrolments of this cohort, so the capacity check holds.
        cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)
        plan = planning.plan_import(cohort=cohort, rows=rows, batch_size=batch_size)
        if plan.capacity_exceeded:
            raise ImportRefused(plan.capacity_message())
        created = users_bulk_create(
            rows=[
                {
                    "email": row.email,
                    "first_name": row.first_name,
                    "last_name": row.last_name,
                    "job_role": row.job_role,
                    "organisation": row.organisation,
                    "preferred_language": Language.DUTCH,
                    "date_joined": now,
                }
                for row in plan.new
            ],
            batch_size=batch_size,
        )
        # The plan knows the ids of the accounts to link; the service reads nothing else.
        linked = [User(pk=user_id) for _row, user_id in plan.existing + plan.reactivate]
        enrollments_bulk_create(
            cohort=cohort,
            users=created + linked,
            source=Enrollment.Source.IMPORT,
            now=now,
            batch_size=batch_size,
        )
    return plan.counts()
