"""Reads for the completion reports: who may see which sectors, and the figures themselves.

``report_scope`` is the one place that decides which sectors a user reports on (a coordinator
their own, a platform administrator all) and turns the GET filter into a validated selection.
``completion_report`` aggregates in the database (GROUP BY with conditional counts) in a fixed
number of queries whatever the number of enrolments; per course, sector and job role are summed
in Python from the per-cohort rows, which are at most a few thousand.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.http import QueryDict
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from assessments.models import Attempt
from courses.models import LessonPage, LessonQuiz
from lms.accounts.models import JobRole, User
from lms.cohorts.models import Cohort, Enrollment
from lms.scheduling.models import Attendance, Registration, TrainingSession
from lms.sectors.models import Sector, SectorMembership
from lms.sectors.permissions import SectorScope, in_sectors, sector_q

from .forms import ReportFilterForm

REPORT_PERMISSION = "reporting.view_reports"
COMPLETED = Enrollment.Status.COMPLETED


def may_view_reports(user: User | AnonymousUser) -> bool:
    return bool(user.is_authenticated and user.has_perm(REPORT_PERMISSION))


# A coordinator reports on their own sectors, a platform administrator on all; trainers and the
# content team on none.
REPORT_SCOPE = SectorScope(sector_field="pk", roles=(SectorMembership.Role.COORDINATOR,))


@dataclass(frozen=True)
class CohortChoice:
    pk: int
    name: str
    sector_id: int
    course_id: int
    course_title: str
    course_path: str


@dataclass
class ReportScope:
    """The sectors a user may see and the validated filter within them."""

    user: User | AnonymousUser
    is_admin: bool
    sectors: dict[int, str]  # every sector the user may see, by id
    cohorts: dict[int, CohortChoice]  # every cohort in those sectors
    form: ReportFilterForm
    sector_id: int | None = None
    course_id: int | None = None
    cohort_id: int | None = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None

    @property
    def valid(self) -> bool:
        return self.form.is_valid()

    @property
    def errors(self) -> list[str]:
        return [str(e) for errors in self.form.errors.values() for e in errors]

    @property
    def sector_ids(self) -> set[int]:
        """The sectors the selection covers (the chosen one, else all the user's)."""
        if self.sector_id is not None:
            return {self.sector_id}
        return set(self.sectors)

    @property
    def course_path(self) -> str | None:
        for cohort in self.cohorts.values():
            if cohort.course_id == self.course_id:
                return cohort.course_path
        return None

    def period_bounds(self) -> tuple[datetime.datetime | None, datetime.datetime | None]:
        """[start, end) as aware datetimes, the end date included."""
        tz = timezone.get_current_timezone()
        start = end = None
        if self.date_from:
            start = datetime.datetime.combine(self.date_from, datetime.time.min, tzinfo=tz)
        if self.date_to:
            end = datetime.datetime.combine(
                self.date_to + datetime.timedelta(days=1), datetime.time.min, tzinfo=tz
            )
        return start, end

    def filters(self) -> dict[str, str | int]:
        """The selection as plain values (for the audit log and the export links)."""
        return {
            "date_from": self.date_from.isoformat() if self.date_from else "",
            "date_to": self.date_to.isoformat() if self.date_to else "",
            "sector": self.sector_id or "",
            "course": self.course_id or "",
            "cohort": self.cohort_id or "",
        }

    def cohort_filter(self, prefix: str = "") -> Q:
        """The selection as a filter on a cohort relation (``prefix`` e.g. "cohort__")."""
        condition = Q()
        if not self.is_admin or self.sector_id is not None:
            condition &= sector_q(self.sector_ids, sector_field=f"{prefix}sector")
        if self.course_id is not None:
            condition &= Q(**{f"{prefix}course_id": self.course_id})
        if self.cohort_id is not None:
            condition &= Q(**{f"{prefix}pk": self.cohort_id})
        return condition

    def enrollments(self) -> QuerySet[Enrollment]:
        """The enrolments in the selection (in the user's sectors only, always)."""
        queryset = Enrollment.objects.filter(self.cohort_filter("cohort__"))
        start, end = self.period_bounds()
        if start:
            queryset = queryset.filter(enrolled_at__gte=start)
        if end:
            queryset = queryset.filter(enrolled_at__lt=end)
        return queryset.order_by()


def report_scope(*, user: User | AnonymousUser, params: QueryDict) -> ReportScope:
    """Resolve the sectors ``user`` may see and validate the filter in ``params`` (GET).

    Raises PermissionDenied for users without the report permission (trainers, learners).
    """
    if not may_view_reports(user):
        raise PermissionDenied
    # Sectors with their cohorts in one query (a sector without cohorts gives one row of NULLs).
    sectors = REPORT_SCOPE.filter(Sector.objects.order_by("name", "cohorts__name"), user)
    sector_names: dict[int, str] = {}
    cohort_choices: dict[int, CohortChoice] = {}
    for sector_id, sector_name, *cohort in sectors.values_list(
        "pk",
        "name",
        "cohorts__pk",
        "cohorts__name",
        "cohorts__sector_id",
        "cohorts__course_id",
        "cohorts__course__title",
        "cohorts__course__path",
    ):
        sector_names[sector_id] = sector_name
        if cohort[0] is not None:
            cohort_choices[cohort[0]] = CohortChoice(*cohort)
    cohort_choices = dict(sorted(cohort_choices.items(), key=lambda item: item[1].name))
    courses = sorted(
        {(c.course_id, c.course_title) for c in cohort_choices.values()}, key=lambda c: c[1]
    )
    form = ReportFilterForm(
        params,
        sectors=sector_names.items(),
        courses=courses,
        cohorts=[(c.pk, c.name) for c in cohort_choices.values()],
    )
    scope = ReportScope(
        user=user,
        is_admin=REPORT_SCOPE.is_unrestricted(user),
        sectors=sector_names,
        cohorts=cohort_choices,
        form=form,
    )
    if form.is_valid():
        data = form.cleaned_data
        scope.sector_id = data["sector"]
        scope.course_id = data["course"]
        scope.cohort_id = data["cohort"]
        scope.date_from = data["date_from"]
        scope.date_to = data["date_to"]
    return scope


# --- the completion report --------------------------------------------------------------


@dataclass
class Counts:
    invited: int = 0
    active: int = 0
    completed: int = 0
    withdrawn: int = 0

    def add(self, other: "Counts") -> None:
        self.invited += other.invited
        self.active += other.active
        self.completed += other.completed
        self.withdrawn += other.withdrawn

    @property
    def enrolled(self) -> int:
        """Enrolments that were taken up: invitations not (yet) accepted do not count."""
        return self.active + self.completed + self.withdrawn

    @property
    def rate(self) -> float | None:
        """Completion rate in percent of the enrolments, ``None`` when there are none."""
        return round(100 * self.completed / self.enrolled, 1) if self.enrolled else None


@dataclass
class SessionFigures:
    held: int = 0
    registered: int = 0
    present: int = 0

    def add(self, other: "SessionFigures") -> None:
        self.held += other.held
        self.registered += other.registered
        self.present += other.present

    @property
    def rate(self) -> float | None:
        """Attendance: learners present as a share of those registered for held sessions."""
        return round(100 * self.present / self.registered, 1) if self.registered else None


@dataclass
class Row:
    key: object
    label: str
    counts: Counts = field(default_factory=Counts)
    sessions: SessionFigures = field(default_factory=SessionFigures)
    detail: str = ""


@dataclass
class QuizRow:
    quiz_id: int
    title: str
    attempts: int
    learners: int
    passed: int

    @property
    def rate(self) -> float | None:
        return round(100 * self.passed / self.learners, 1) if self.learners else None


@dataclass
class MonthRow:
    month: datetime.date
    label: str
    enrolled: int = 0
    completed: int = 0


@dataclass
class CompletionReport:
    totals: Row
    per_sector: list[Row]
    per_course: list[Row]
    per_cohort: list[Row]
    per_job_role: list[Row]
    per_month: list[MonthRow]
    quizzes: list[QuizRow]

    @property
    def is_empty(self) -> bool:
        return not (
            self.totals.counts.enrolled or self.totals.counts.invited or self.totals.sessions.held
        )

    @property
    def quiz_totals(self) -> QuizRow:
        return QuizRow(
            quiz_id=0,
            title="",
            attempts=sum(q.attempts for q in self.quizzes),
            learners=sum(q.learners for q in self.quizzes),
            passed=sum(q.passed for q in self.quizzes),
        )


def _status_counts() -> dict[str, Count]:
    return {
        status: Count("pk", filter=Q(status=status))
        for status in ("invited", "active", "completed", "withdrawn")
    }


def _months(first: datetime.date, last: datetime.date) -> list[datetime.date]:
    months, current = [], first.replace(day=1)
    while current <= last:
        months.append(current)
        current = (current + datetime.timedelta(days=32)).replace(day=1)
    return months


def _as_date(value: datetime.date) -> datetime.date:
    """The local date of a truncated month (a datetime on PostgreSQL, a date on SQLite)."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    return value


def session_figures_by_cohort(scope: ReportScope) -> dict[int, SessionFigures]:
    """Held (past, not cancelled) sessions in the selection, per cohort: one query."""
    sessions = TrainingSession.objects.filter(
        scope.cohort_filter("cohort__"),
        cancelled_at__isnull=True,
        ends_at__lte=timezone.now(),
    )
    start, end = scope.period_bounds()
    if start:
        sessions = sessions.filter(starts_at__gte=start)
    if end:
        sessions = sessions.filter(starts_at__lt=end)
    rows = (
        sessions.order_by()
        .values("cohort_id")
        .annotate(
            held=Count("pk", distinct=True),
            registered=Count(
                "registrations",
                filter=Q(registrations__status=Registration.Status.REGISTERED),
                distinct=True,
            ),
            present=Count(
                "registrations__attendance",
                filter=Q(
                    registrations__status=Registration.Status.REGISTERED,
                    registrations__attendance__status=Attendance.Status.PRESENT,
                ),
                distinct=True,
            ),
        )
    )
    return {
        row["cohort_id"]: SessionFigures(row["held"], row["registered"], row["present"])
        for row in rows
    }


def quiz_pass_rates(scope: ReportScope) -> list[QuizRow]:
    """Graded attempts in the selection's sectors, per quiz: one query (subqueries inside)."""
    attempts = Attempt.objects.filter(status=Attempt.Status.GRADED)
    if scope.is_admin and scope.sector_id is None:
        attempts = attempts.filter(sector__isnull=False)
    else:
        attempts = in_sectors(attempts, scope.sector_ids)
    course_path = None
    extra = Cohort.extra_quizzes.through.objects.all()
    if scope.cohort_id is not None:
        cohort = scope.cohorts[scope.cohort_id]
        course_path = cohort.course_path
        extra = extra.filter(cohort_id=cohort.pk)
        attempts = attempts.filter(
            user_id__in=Enrollment.objects.filter(cohort_id=cohort.pk).values("user_id")
        )
    elif scope.course_id is not None:
        course_path = scope.course_path
        extra = extra.filter(cohort__course_id=scope.course_id)
    if course_path is not None:
        lesson_keys = LessonPage.objects.filter(path__startswith=course_path).values(
            "translation_key"
        )
        attempts = attempts.filter(
            Q(quiz_id__in=LessonQuiz.objects.filter(lesson_key__in=lesson_keys).values("quiz_id"))
            | Q(quiz_id__in=extra.values("quiz_id"))
        )
    start, end = scope.period_bounds()
    if start:
        attempts = attempts.filter(submitted_at__gte=start)
    if end:
        attempts = attempts.filter(submitted_at__lt=end)
    rows = (
        attempts.order_by()
        .values("quiz_id", "quiz__title")
        .annotate(
            attempts=Count("pk"),
            learners=Count("user_id", distinct=True),
            passed=Count("user_id", filter=Q(passed=True), distinct=True),
        )
        .order_by("quiz__title", "quiz_id")
    )
    return [
        QuizRow(r["quiz_id"], r["quiz__title"], r["attempts"], r["learners"], r["passed"])
        for r in rows
    ]


def completion_report(*, scope: ReportScope) -> CompletionReport:
    """The main report of ``scope``'s selection, in four queries whatever its size."""
    enrollments = scope.enrollments()
    job_roles = dict(JobRole.choices)

    per_cohort: dict[int, Row] = {}
    per_role: dict[str, Row] = {}
    for row in enrollments.values("cohort_id", "user__job_role").annotate(**_status_counts()):
        counts = Counts(row["invited"], row["active"], row["completed"], row["withdrawn"])
        cohort = scope.cohorts.get(row["cohort_id"])
        if cohort is None:  # cannot happen: the filter keeps to the user's cohorts
            continue
        if cohort.pk not in per_cohort:
            per_cohort[cohort.pk] = Row(
                key=cohort.pk, label=cohort.name, detail=scope.sectors.get(cohort.sector_id, "")
            )
        per_cohort[cohort.pk].counts.add(counts)
        role = row["user__job_role"]
        if role not in per_role:
            per_role[role] = Row(key=role, label=str(job_roles.get(role, role)))
        per_role[role].counts.add(counts)

    for cohort_id, figures in session_figures_by_cohort(scope).items():
        cohort = scope.cohorts.get(cohort_id)
        if cohort is None:
            continue
        if cohort_id not in per_cohort:
            per_cohort[cohort_id] = Row(
                key=cohort_id, label=cohort.name, detail=scope.sectors.get(cohort.sector_id, "")
            )
        per_cohort[cohort_id].sessions.add(figures)

    totals = Row(key=None, label=_("All"))
    per_sector: dict[int, Row] = {
        pk: Row(key=pk, label=scope.sectors[pk]) for pk in sorted(scope.sector_ids)
    }
    per_course: dict[int, Row] = {}
    for cohort_id, cohort_row in per_cohort.items():
        cohort = scope.cohorts[cohort_id]
        totals.counts.add(cohort_row.counts)
        totals.sessions.add(cohort_row.sessions)
        sector_row = per_sector.setdefault(
            cohort.sector_id, Row(key=cohort.sector_id, label=scope.sectors[cohort.sector_id])
        )
        sector_row.counts.add(cohort_row.counts)
        sector_row.sessions.add(cohort_row.sessions)
        course_row = per_course.setdefault(
            cohort.course_id, Row(key=cohort.course_id, label=cohort.course_title)
        )
        course_row.counts.add(cohort_row.counts)
        course_row.sessions.add(cohort_row.sessions)

    # Enrolments by month enrolled and month completed at once: both series from one query.
    enrolled_by_month: dict[datetime.date, int] = defaultdict(int)
    completed_by_month: dict[datetime.date, int] = defaultdict(int)
    month_rows = (
        enrollments.exclude(status=Enrollment.Status.INVITED)
        .values(
            enrolled_month=TruncMonth("enrolled_at"), completed_month=TruncMonth("completed_at")
        )
        .annotate(n=Count("pk"), done=Count("pk", filter=Q(status=COMPLETED)))
    )
    for row in month_rows:
        enrolled_by_month[_as_date(row["enrolled_month"])] += row["n"]
        if row["done"] and row["completed_month"] is not None:
            completed_by_month[_as_date(row["completed_month"])] += row["done"]
    known = set(enrolled_by_month) | set(completed_by_month)
    per_month = [
        MonthRow(
            month=month,
            label=date_format(month, "M Y"),
            enrolled=enrolled_by_month.get(month, 0),
            completed=completed_by_month.get(month, 0),
        )
        for month in (_months(min(known), max(known)) if known else [])
    ]

    return CompletionReport(
        totals=totals,
        per_sector=sorted(per_sector.values(), key=lambda r: r.label.lower()),
        per_course=sorted(per_course.values(), key=lambda r: r.label.lower()),
        per_cohort=sorted(per_cohort.values(), key=lambda r: (r.detail.lower(), r.label.lower())),
        per_job_role=sorted(per_role.values(), key=lambda r: r.label.lower()),
        per_month=per_month,
        quizzes=quiz_pass_rates(scope),
    )
