"""Step 3 of an enrolment import: what committing the checked rows would do to the cohort.

Rows are sorted against the database (new accounts, existing accounts to enrol, withdrawn
learners to re-enrol, learners already in the cohort) with two queries per batch of rows, and
the capacity is weighed; ``build_report`` turns that into what the preview shows.
"""

from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field

from django.db.models.functions import Lower
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lms.accounts.models import JobRole, User
from lms.cohorts.models import Cohort, Enrollment
from lms.cohorts.services import HOLDING

from .check import CheckedFile, ImportRow, check_table
from .parse import read_table

BATCH_SIZE = 500
PREVIEW_ROWS = 10


@dataclass
class ImportPlan:
    """What committing ``rows`` would do to the cohort, as things stand in the database."""

    new: list[ImportRow] = field(default_factory=list)
    existing: list[tuple[ImportRow, int]] = field(default_factory=list)  # enrol these users
    reactivate: list[tuple[ImportRow, int]] = field(default_factory=list)  # withdrawn before
    already: list[tuple[ImportRow, int]] = field(default_factory=list)  # skipped
    capacity: int | None = None
    seats_taken: int = 0

    @property
    def seats_needed(self) -> int:
        return len(self.new) + len(self.existing) + len(self.reactivate)

    @property
    def capacity_exceeded(self) -> bool:
        return self.capacity is not None and self.seats_taken + self.seats_needed > self.capacity

    def counts(self) -> dict[str, int]:
        return {
            "new_accounts": len(self.new),
            "existing_accounts": len(self.existing),
            "reactivated": len(self.reactivate),
            "already_enrolled": len(self.already),
        }

    def capacity_message(self) -> str:
        return _(
            "This import would bring the cohort to %(after)s learners, above its capacity of "
            "%(capacity)s (%(taken)s places are taken now). Raise the capacity or import fewer "
            "learners."
        ) % {
            "after": self.seats_taken + self.seats_needed,
            "capacity": self.capacity,
            "taken": self.seats_taken,
        }


def _batches(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def plan_import(
    *,
    cohort: Cohort,
    rows: list[ImportRow],
    batch_size: int | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> ImportPlan:
    """Sort the rows into new accounts, existing accounts to enrol, withdrawn learners to
    re-enrol and learners already in the cohort; two queries per batch of rows."""
    batch_size = batch_size or BATCH_SIZE
    plan = ImportPlan(capacity=cohort.capacity)
    done = 0
    for batch in _batches(rows, batch_size):
        emails = [row.email for row in batch]
        users = dict(
            User.objects.annotate(email_ci=Lower("email"))
            .filter(email_ci__in=emails)
            .values_list("email_ci", "pk")
        )
        statuses = dict(
            Enrollment.objects.filter(cohort=cohort, user_id__in=users.values()).values_list(
                "user_id", "status"
            )
        )
        for row in batch:
            user_id = users.get(row.email)
            if user_id is None:
                plan.new.append(row)
            elif user_id not in statuses:
                plan.existing.append((row, user_id))
            elif statuses[user_id] == Enrollment.Status.WITHDRAWN:
                plan.reactivate.append((row, user_id))
            else:
                plan.already.append((row, user_id))
        done += len(batch)
        if on_batch is not None:
            on_batch(done)
    if cohort.capacity is not None:
        plan.seats_taken = Enrollment.objects.filter(cohort=cohort, status__in=HOLDING).count()
    return plan


def check_file(*, cohort: Cohort, data: bytes) -> tuple[CheckedFile, ImportPlan]:
    """Read and check a file for ``cohort``; raises ImportFileError when it is unusable."""
    checked = check_table(read_table(data))
    return checked, plan_import(cohort=cohort, rows=checked.rows)


def build_report(checked: CheckedFile, plan: ImportPlan) -> dict:
    """What the preview shows, stored as JSON on the EnrollmentImport."""
    actions = {}
    for kind, items in (
        ("existing", plan.existing),
        ("reactivate", plan.reactivate),
        ("already", plan.already),
    ):
        for row, _user_id in items:
            actions[row.line] = kind
    labels = dict(JobRole.choices)
    preview = [
        {
            **asdict(row),
            "job_role_label": str(labels.get(row.job_role, row.job_role)),
            "action": actions.get(row.line, "new"),
        }
        for row in checked.rows[:PREVIEW_ROWS]
    ]
    refusal = ""
    if checked.errors:
        lines = len({error.line for error in checked.errors})
        refusal = ngettext(
            "%(count)s line has errors. Correct the file and upload it again; nothing was "
            "imported.",
            "%(count)s lines have errors. Correct the file and upload it again; nothing was "
            "imported.",
            lines,
        ) % {"count": lines}
    elif plan.capacity_exceeded:
        refusal = plan.capacity_message()
    return {
        "errors": [asdict(error) for error in checked.errors],
        "columns": checked.columns,
        "ignored_columns": checked.ignored_columns,
        "counts": {"rows": checked.total_rows, "valid": len(checked.rows), **plan.counts()},
        "capacity": {
            "capacity": plan.capacity,
            "taken": plan.seats_taken,
            "after": plan.seats_taken + plan.seats_needed,
            "exceeded": plan.capacity_exceeded,
        },
        "preview": preview,
        "refusal": refusal,
    }
