"""Synthetic data at scale for the report benchmarks (``manage.py generate_scale_data``).

Everything is written with ``bulk_create`` in batches (signals, completion checks and emails are
bypassed on purpose: this is synthetic data, not learner activity). Learners are processed in
chunks so memory stays flat whatever their number. Course pages are reused (the demo courses);
only when there are none, a few minimal ones are built through Wagtail's tree API.

Every row is tagged with ``prefix`` (emails ``<prefix>-<n>@scale.example``, cohort names and
codes), so a second run with the same prefix is refused and one with another prefix adds to it.
"""

import datetime
import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Site

from assessments.models import Attempt, Quiz
from courses.models import (
    CourseIndexPage,
    CoursePage,
    LessonCompletion,
    LessonPage,
    LessonQuiz,
    ModulePage,
)
from lms.accounts.models import JobRole, Region, User
from lms.accounts.services import users_bulk_create
from lms.cohorts.models import Cohort, Enrollment
from lms.cohorts.services import enrollment_build, enrollments_bulk_insert
from lms.scheduling.models import Attendance, Registration, TrainingSession
from lms.sectors.models import Sector

EMAIL_DOMAIN = "scale.example"
LEARNERS_PER_COHORT = 250
CHUNK = 5000
MONTHS = 18
SECTORS = [
    ("Onderwijs", "onderwijs"),
    ("Welzijn", "welzijn"),
    ("Jeugd", "jeugd"),
    ("Werk", "werk"),
    ("Integratie en Inburgering", "integratie-en-inburgering"),
    ("Lokale besturen", "lokale-besturen"),
    ("Levensbeschouwingen", "levensbeschouwingen"),
]
FIRST_NAMES = [
    "Lotte",
    "Sven",
    "Noor",
    "Milan",
    "Fatima",
    "Jonas",
    "Amira",
    "Wout",
    "Sara",
    "Youssef",
    "Elien",
    "Ruben",
    "Hanne",
    "Mehmet",
    "Lien",
    "Thomas",
    "Ines",
    "Bilal",
    "Marie",
    "Arne",
]
LAST_NAMES = [
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De Smet",
    "El Amrani",
    "Dubois",
    "Lambrechts",
    "Aydin",
    "Vermeulen",
    "Hermans",
]
ORGANISATIONS = [
    "Sint-Jozefscollege",
    "CLB Antwerpen",
    "Jeugdhuis De Branding",
    "CAW Oost-Vlaanderen",
    "VDAB Gent",
    "Stad Genk",
    "Moskee Al Fath",
    "Atheneum Brussel",
    "JOETZ",
    "OCMW Leuven",
]
# Shares of the enrolment statuses (the rest is active).
STATUS_WEIGHTS = [
    (Enrollment.Status.COMPLETED, 45),
    (Enrollment.Status.ACTIVE, 35),
    (Enrollment.Status.WITHDRAWN, 10),
    (Enrollment.Status.INVITED, 10),
]


class ScaleDataError(Exception):
    pass


@dataclass
class CourseInfo:
    course_id: int
    lessons: list[tuple[uuid.UUID, int]]  # (translation key, page id) of required lessons
    quiz_id: int


@dataclass
class Result:
    learners: int = 0
    cohorts: int = 0
    enrollments: int = 0
    lesson_completions: int = 0
    attempts: int = 0
    sessions: int = 0
    registrations: int = 0
    attendances: int = 0
    courses_created: int = 0
    counts: dict = field(default_factory=dict)


def sectors_ensure() -> list[Sector]:
    sectors = list(Sector.objects.order_by("pk"))
    if sectors:
        return sectors
    return [
        Sector.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for name, slug in SECTORS
    ]


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _minimal_courses(prefix: str, count: int = 3) -> int:
    """A few small published courses (2 modules x 2 lessons) when the site has none."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        raise ScaleDataError("No default site: run `manage.py migrate` (and seed_demo) first.")
    catalogue = CourseIndexPage.objects.first()
    if catalogue is None:
        catalogue = _publish(
            site.root_page.specific, CourseIndexPage(title="Opleidingen", slug="opleidingen")
        )
    body = '[{"type": "rich_text", "value": "<p>Een signaal alleen bewijst niets.</p>"}]'
    for n in range(1, count + 1):
        title = f"Schaaltest cursus {n} ({prefix})"
        course = _publish(
            catalogue,
            CoursePage(
                title=title,
                slug=slugify(title),
                summary="Synthetische cursus voor belastingstests.",
                learning_goals="<ul><li>Signalen duiden</li></ul>",
                estimated_minutes=60,
            ),
        )
        for m in range(1, 3):
            module = _publish(course, ModulePage(title=f"Module {m}", slug=f"module-{m}"))
            for k in range(1, 3):
                _publish(
                    module,
                    LessonPage(
                        title=f"Les {m}.{k}", slug=f"les-{m}-{k}", body=body, estimated_minutes=10
                    ),
                )
    return count


def courses_info(prefix: str) -> tuple[list[CourseInfo], int]:
    """The live Dutch courses with their required lessons and one quiz each (created if none)."""
    created = 0
    courses = list(CoursePage.objects.live().filter(locale__language_code="nl").order_by("pk"))
    if not courses:
        created = _minimal_courses(prefix)
        courses = list(CoursePage.objects.live().filter(locale__language_code="nl").order_by("pk"))
    result = []
    for course in courses:
        lessons = list(
            LessonPage.objects.live()
            .descendant_of(course)
            .filter(required=True)
            .order_by("path")
            .values_list("translation_key", "pk")
        )
        quiz_id = (
            LessonQuiz.objects.filter(lesson_key__in=[key for key, _pk in lessons])
            .order_by("quiz_id")
            .values_list("quiz_id", flat=True)
            .first()
        )
        if quiz_id is None:
            quiz_id = Quiz.objects.create(title=f"Schaaltest quiz {course.pk} ({prefix})").pk
        result.append(CourseInfo(course_id=course.pk, lessons=lessons, quiz_id=quiz_id))
    return result, created


def _code(prefix: str, n: int) -> str:
    stem = "".join(ch for ch in prefix.upper() if ch.isalnum())[:6] or "SCALE"
    return f"{stem}{n:06d}"[:16]


def generate(
    *,
    learners: int,
    prefix: str = "scale",
    seed: int = 1,
    per_learner: int = 1,
    now: datetime.datetime | None = None,
    log=None,
) -> Result:
    """Create ``learners`` learners with ``per_learner`` enrolments each, and everything around
    them: cohorts over 18 months, lesson completions, graded attempts, sessions, registrations
    and attendance."""
    log = log or (lambda message: None)
    prefix = slugify(prefix) or "scale"
    if User.objects.filter(email__startswith=f"{prefix}-", email__endswith=EMAIL_DOMAIN).exists():
        raise ScaleDataError(
            f"Data with prefix '{prefix}' exists already: use another --prefix to add more."
        )
    rng = random.Random(seed)  # noqa: S311 - synthetic data, repeatable by seed
    now = now or timezone.now()
    result = Result()
    sectors = sectors_ensure()
    courses, result.courses_created = courses_info(prefix)
    course_by_id = {c.course_id: c for c in courses}

    # Cohorts spread over the last 18 months, over sectors and courses, two sessions each.
    total_enrolments = learners * per_learner
    n_cohorts = max(3 * len(sectors), per_learner, -(-total_enrolments // LEARNERS_PER_COHORT))
    cohorts = []
    for n in range(n_cohorts):
        starts = (now - datetime.timedelta(days=rng.randint(20, MONTHS * 30))).date()
        cohorts.append(
            Cohort(
                sector=sectors[n % len(sectors)],
                course_id=courses[n % len(courses)].course_id,
                name=f"{prefix} groep {n + 1}",
                starts_on=starts,
                ends_on=starts + datetime.timedelta(days=90),
                enrolment_code=_code(prefix, n + 1),
                enrolment_open=rng.random() < 0.3,
                attendance_required=rng.random() < 0.3,
            )
        )
    with transaction.atomic():
        cohorts = Cohort.objects.bulk_create(cohorts, batch_size=1000)
        sessions = []
        for cohort in cohorts:
            start = datetime.datetime.combine(
                cohort.starts_on + datetime.timedelta(days=14),
                datetime.time(9, 0),
                tzinfo=timezone.get_current_timezone(),
            )
            for k, offset in enumerate((0, 45)):
                begins = start + datetime.timedelta(days=offset)
                sessions.append(
                    TrainingSession(
                        cohort=cohort,
                        title=f"Vormingsdag {k + 1}",
                        starts_at=begins,
                        ends_at=begins + datetime.timedelta(hours=6),
                        location="Vormingscentrum, Kerkstraat 1, 9000 Gent",
                        capacity=LEARNERS_PER_COHORT,
                        cancelled_at=now if rng.random() < 0.05 else None,
                    )
                )
        sessions = TrainingSession.objects.bulk_create(sessions, batch_size=2000)
    sessions_by_cohort: dict[int, list] = defaultdict(list)
    for session in sessions:
        sessions_by_cohort[session.cohort_id].append(session)
    result.cohorts, result.sessions = len(cohorts), len(sessions)
    log(f"{len(cohorts)} cohorts and {len(sessions)} sessions")

    roles, regions = JobRole.values, Region.values
    statuses = [s for s, _w in STATUS_WEIGHTS]
    weights = [w for _s, w in STATUS_WEIGHTS]
    attempt_numbers: dict[tuple[int, int], int] = defaultdict(int)
    cohort_order = list(range(len(cohorts)))
    slot = 0  # round-robin over cohorts keeps their sizes even

    for first in range(0, learners, CHUNK):
        size = min(CHUNK, learners - first)
        with transaction.atomic():
            # Learner accounts as user_create makes them (no password: nobody logs in as them).
            users = users_bulk_create(
                rows=[
                    {
                        "email": f"{prefix}-{first + i + 1}@{EMAIL_DOMAIN}",
                        "first_name": rng.choice(FIRST_NAMES),
                        "last_name": rng.choice(LAST_NAMES),
                        "job_role": rng.choice(roles),
                        "region": "" if rng.random() < 0.08 else rng.choice(regions),
                        "organisation": rng.choice(ORGANISATIONS),
                        "date_joined": now - datetime.timedelta(days=rng.randint(0, MONTHS * 30)),
                    }
                    for i in range(size)
                ],
                batch_size=CHUNK,
            )
            enrollments, completions, attempts, registrations = [], [], [], []
            for user in users:
                for _k in range(per_learner):
                    cohort = cohorts[cohort_order[slot % len(cohorts)]]
                    slot += 1
                    info = course_by_id[cohort.course_id]
                    start = datetime.datetime.combine(
                        cohort.starts_on, datetime.time(8), tzinfo=timezone.get_current_timezone()
                    )
                    enrolled_at = min(
                        now, start + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 30))
                    )
                    status = rng.choices(statuses, weights)[0]
                    completed_at = None
                    if status == Enrollment.Status.COMPLETED:
                        completed_at = min(
                            now, enrolled_at + datetime.timedelta(days=rng.randint(3, 120))
                        )
                    enrollments.append(
                        enrollment_build(
                            user=user,
                            cohort=cohort,
                            status=status,
                            source=rng.choice(Enrollment.Source.values),
                            enrolled_at=enrolled_at,
                            invited_at=enrolled_at if status == "invited" else None,
                            completed_at=completed_at,
                            withdrawn_at=now if status == "withdrawn" else None,
                        )
                    )
                    if status == Enrollment.Status.INVITED:
                        continue
                    if status == Enrollment.Status.COMPLETED:
                        done = len(info.lessons)
                    elif status == Enrollment.Status.ACTIVE:
                        done = rng.randint(0, max(0, len(info.lessons) - 1))
                    else:
                        done = rng.randint(0, min(2, len(info.lessons)))
                    for key, page_id in info.lessons[:done]:
                        completions.append(
                            LessonCompletion(
                                user_id=user.pk,
                                lesson_key=key,
                                lesson_id=page_id,
                                completed_at=min(
                                    now, enrolled_at + datetime.timedelta(days=rng.randint(0, 60))
                                ),
                            )
                        )
                    tries = 1 if status == Enrollment.Status.COMPLETED else 0
                    if status == Enrollment.Status.ACTIVE and rng.random() < 0.5:
                        tries = 1
                    if tries and rng.random() < 0.2:
                        tries = 2  # a failed first attempt, then another
                    for t in range(tries):
                        attempt_numbers[(user.pk, info.quiz_id)] += 1
                        last = t == tries - 1
                        passed = (status == Enrollment.Status.COMPLETED and last) or (
                            status != Enrollment.Status.COMPLETED and rng.random() < 0.6
                        )
                        percent = Decimal(rng.randint(70, 100) if passed else rng.randint(20, 69))
                        started = min(
                            now, enrolled_at + datetime.timedelta(days=rng.randint(1, 50))
                        )
                        attempts.append(
                            Attempt(
                                user_id=user.pk,
                                quiz_id=info.quiz_id,
                                sector_id=cohort.sector_id,
                                number=attempt_numbers[(user.pk, info.quiz_id)],
                                status=Attempt.Status.GRADED,
                                started_at=started,
                                submitted_at=started + datetime.timedelta(minutes=20),
                                score=percent / 10,
                                max_score=Decimal(10),
                                percent=percent,
                                passed=passed,
                            )
                        )
                    for session in sessions_by_cohort[cohort.pk]:
                        if rng.random() < 0.7:
                            registrations.append(
                                Registration(
                                    session_id=session.pk,
                                    user_id=user.pk,
                                    status=Registration.Status.REGISTERED,
                                    queued_at=enrolled_at,
                                )
                            )
            # Rows with their synthetic history, inserted as built (no completion, no signals).
            enrollments_bulk_insert(enrollments=enrollments, batch_size=CHUNK)
            LessonCompletion.objects.bulk_create(
                completions, batch_size=CHUNK, ignore_conflicts=True
            )
            Attempt.objects.bulk_create(attempts, batch_size=CHUNK)
            registrations = Registration.objects.bulk_create(
                registrations, batch_size=CHUNK, ignore_conflicts=False
            )
            held = {s.pk: s for s in sessions if s.cancelled_at is None and s.ends_at <= now}
            attendances = []
            for registration in registrations:
                held_session = held.get(registration.session_id)
                if held_session is None:
                    continue
                roll = rng.random()
                attendances.append(
                    Attendance(
                        registration_id=registration.pk,
                        status=Attendance.Status.PRESENT
                        if roll < 0.85
                        else Attendance.Status.ABSENT
                        if roll < 0.95
                        else Attendance.Status.EXCUSED,
                        marked_at=held_session.ends_at,
                    )
                )
            Attendance.objects.bulk_create(attendances, batch_size=CHUNK)
        result.learners += len(users)
        result.enrollments += len(enrollments)
        result.lesson_completions += len(completions)
        result.attempts += len(attempts)
        result.registrations += len(registrations)
        result.attendances += len(attendances)
        log(f"{result.learners} learners, {result.enrollments} enrolments")
    return result
