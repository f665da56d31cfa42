"""Demo roll-out: cohorts in five sectors over the shared courses, learners at every stage,
sessions in the past (with attendance) and in the future (some full, with a waitlist).

Everything goes through the services, so the demo behaves exactly like real use. Idempotent:
a cohort that exists (by its code) is left as it is.
"""

import datetime

from django.utils import timezone

from assessments.models import Attempt, Question, Quiz, Response
from assessments.services import attempt_start, attempt_submit, response_grade
from courses.models import CoursePage, LessonPage
from courses.services import lesson_complete
from lms.accounts.models import User
from lms.accounts.services import user_create
from lms.cohorts.completion import cohort_requirements
from lms.cohorts.models import Cohort, Enrollment
from lms.cohorts.services import enrollment_create, enrollment_withdraw, invitation_send
from lms.scheduling.models import Attendance, TrainingSession
from lms.scheduling.services import attendance_mark, registration_create, session_create
from lms.sectors.models import Sector

from .content import _demo_answer
from .loader import load

DEMO_DOMAIN = "demo.vorming.example"


def _learner(data: dict, changes: list[str]):
    first, last = data["first_name"], data["last_name"]
    email = f"{first}.{last}".lower().replace(" ", "").replace("'", "") + f"@{DEMO_DOMAIN}"
    user = User.objects.filter(email=email).first()
    if user is None:
        # No password: these learners exist to fill rosters and reports, nobody logs in as them.
        user = user_create(
            email=email,
            first_name=first,
            last_name=last,
            job_role=data["job_role"],
            organisation=data["organisation"],
        )
        changes.append(f"demo learner {email}")
    return user


def _lessons(course):
    return list(LessonPage.objects.live().descendant_of(course).filter(required=True))


def _pass_quizzes(user, cohort, grader) -> None:
    """Pass every quiz the cohort requires, as a strong learner; a trainer grades the essay."""
    for quiz in Quiz.objects.filter(pk__in=cohort_requirements(cohort).quiz_ids):
        if Attempt.objects.filter(user=user, quiz=quiz).exists():
            continue
        attempt = attempt_start(user=user, quiz=quiz)
        questions = Question.objects.filter(pk__in=attempt.question_ids)
        answers = {str(q.pk): _demo_answer(q, True) for q in questions}
        attempt = attempt_submit(
            attempt=attempt, user=user, answers=answers, sequence=attempt.sequence
        )
        for response in Response.objects.filter(attempt=attempt, score__isnull=True):
            question = Question.objects.get(pk=response.question_id)
            response_grade(
                response=response,
                grader=grader,
                score=question.points,
                feedback="Sterk: je vertrekt vanuit luisteren en je betrekt collega's.",
            )


def cohorts_ensure(changes: list[str]) -> list:
    """Create the demo cohorts with their learners; returns the cohorts created this run."""
    created = []
    today = timezone.localdate()
    admin = User.objects.filter(email="beheerder@vorming.example").first()
    # Stages: completed, active-progress (half of the lessons), active (not started), invited,
    # withdrawn.
    for data in load("cohorts.json"):
        if Cohort.objects.filter(enrolment_code=data["code"]).exists():
            continue
        course = CoursePage.objects.filter(slug=data["course"], locale__language_code="nl").first()
        sector = Sector.objects.filter(slug=data["sector"]).first()
        if course is None or sector is None:
            continue
        cohort = Cohort.objects.create(
            sector=sector,
            course=course,
            name=data["name"],
            enrolment_code=data["code"],
            starts_on=today - datetime.timedelta(days=30),
            ends_on=today + datetime.timedelta(days=60),
            capacity=data["capacity"],
            attendance_required=data["attendance"],
        )
        trainer = User.objects.filter(email=data["trainer"]).first() if data["trainer"] else None
        if trainer is not None:
            cohort.trainers.add(trainer)
        grader = trainer or admin
        changes.append(f"cohort {cohort.name} (code {cohort.enrolment_code})")
        people = [(User.objects.get(email=a["email"]), a["stage"]) for a in data["accounts"]]
        people += [(_learner(learner, changes), learner["stage"]) for learner in data["learners"]]
        lessons = _lessons(course)
        for user, stage in people:
            if stage == "invited":
                invitation_send(cohort=cohort, email=user.email, invited_by=grader)
                continue
            enrollment = enrollment_create(user=user, cohort=cohort, source="staff")
            if stage == "withdrawn":
                enrollment_withdraw(enrollment=enrollment)
            elif stage == "active-progress":
                for lesson in lessons[: max(1, len(lessons) // 2)]:
                    lesson_complete(user=user, lesson=lesson)
            elif stage == "completed":
                for lesson in lessons:
                    lesson_complete(user=user, lesson=lesson)
                if grader is not None:
                    _pass_quizzes(user, cohort, grader)
        created.append(cohort)
    return created


def sessions_ensure(cohorts: list, changes: list[str]) -> None:
    """Sessions of the cohorts created this run: past ones with attendance (which completes the
    learners who did everything else), future ones of which some are full with a waitlist."""
    by_code = {cohort.enrolment_code: cohort for cohort in cohorts}
    now = timezone.now()
    # seed_demo creates the platform administrator before the cohorts.
    admin = User.objects.get(email="beheerder@vorming.example")
    sessions = load("sessions.json")
    # "who": "all" = every enrolled learner; "n:<k>" = the first k enrolled learners.
    for data in sessions["sessions"]:
        title, days, online, who = data["title"], data["days"], data["online"], data["who"]
        cohort = by_code.get(data["cohort"])
        if cohort is None:
            continue
        day = timezone.localdate() + datetime.timedelta(days=days)
        starts_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(data["hour"])))
        trainer = cohort.trainers.first()
        session = session_create(
            session=TrainingSession(
                cohort=cohort,
                title=title,
                description="Breng een situatie uit je eigen praktijk mee (zonder namen).",
                starts_at=starts_at,
                ends_at=starts_at + datetime.timedelta(hours=data["hours"]),
                format=(
                    TrainingSession.Format.ONLINE if online else TrainingSession.Format.CLASSROOM
                ),
                location="" if online else sessions["locations"].get(cohort.sector.slug, "Brussel"),
                online_url="https://meet.vorming.example/sessie" if online else "",
                capacity=data["capacity"],
                trainer=trainer,
            )
        )
        changes.append(f"session {title}")
        enrollments = list(
            Enrollment.objects.filter(
                cohort=cohort, status__in=[Enrollment.Status.ACTIVE, Enrollment.Status.COMPLETED]
            )
            .select_related("user")
            .order_by("enrolled_at", "pk")
        )
        if who.startswith("n:"):
            enrollments = enrollments[: int(who[2:])]
        registered_at = min(now, starts_at) - datetime.timedelta(days=7)
        registrations = [
            registration_create(session=session, user=e.user, now=registered_at).registration
            for e in enrollments
        ]
        if days >= 0:
            continue
        # A past session: everyone who did the rest of the course attended; of the others one
        # was absent and one excused, so the roster shows every state.
        done = [r for r in registrations if r.status == "registered"]
        for index, registration in enumerate(done):
            status = Attendance.Status.PRESENT
            if index == len(done) - 1 and len(done) > 2:
                status = Attendance.Status.ABSENT
            elif index == len(done) - 2 and len(done) > 3:
                status = Attendance.Status.EXCUSED
            attendance_mark(
                registration=registration,
                status=status,
                marked_by=trainer or admin,
                now=session.ends_at,
            )
