"""Demo roll-out: cohorts in five sectors over the shared courses, learners at every stage,
sessions in the past (with attendance) and in the future (some full, with a waitlist).

Everything goes through the services, so the demo behaves exactly like real use. Idempotent:
a cohort that exists (by its code) is left as it is.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

DEMO_DOMAIN = "demo.vorming.example"


@dataclass(frozen=True)
class DemoCohort:
    code: str
    sector: str
    course: str  # slug of the demo course
    name: str
    trainer: str = ""  # email of a demo trainer
    attendance: bool = False
    capacity: int | None = None
    # (first name, last name, organisation, job role, stage)
    learners: list = field(default_factory=list)
    # demo accounts (by email) and their stage
    accounts: list = field(default_factory=list)


# Stages: completed, active-progress (half of the lessons), active (not started), invited,
# withdrawn.
COHORTS = [
    DemoCohort(
        code="ONDERWIJS26",
        sector="onderwijs",
        course="signalen-van-radicalisering-herkennen",
        name="Leerkrachten Vilvoorde en Halle – najaar 2026",
        trainer="trainer.onderwijs@vorming.example",
        attendance=True,
        capacity=30,
        accounts=[("leerkracht@vorming.example", "active-progress")],
        learners=[
            ("An", "Vermeulen", "Atheneum Vilvoorde", "teacher", "completed"),
            ("Bram", "De Smet", "Sint-Victorinstituut Halle", "teacher", "completed"),
            ("Ines", "Lambrechts", "CLB Halle-Vilvoorde", "pupil_guidance", "active-progress"),
            ("Mehdi", "Ouali", "Atheneum Vilvoorde", "teacher", "active-progress"),
            ("Katrien", "Goossens", "Sint-Victorinstituut Halle", "teacher", "active"),
            ("Wout", "Jacobs", "Technisch Instituut Vilvoorde", "teacher", "active"),
            ("Sanne", "Willems", "CLB Halle-Vilvoorde", "pupil_guidance", "invited"),
            ("Jonas", "Hermans", "Atheneum Vilvoorde", "teacher", "withdrawn"),
        ],
    ),
    DemoCohort(
        code="JEUGD2026",
        sector="jeugd",
        course="het-moeilijke-gesprek-voeren",
        name="Jeugdwerkers Leuven en Mechelen",
        trainer="trainer.jeugd@vorming.example",
        attendance=True,
        accounts=[("jeugdwerker@vorming.example", "active-progress")],
        learners=[
            ("Lisa", "Van den Broeck", "Jeugdhuis De Branding", "youth_worker", "completed"),
            ("Omar", "Benali", "Jeugddienst Leuven", "youth_worker", "active-progress"),
            ("Femke", "Michiels", "Chiro-gewest Mechelen", "youth_worker", "active"),
            ("Thomas", "Peeters", "Jeugddienst Leuven", "youth_worker", "invited"),
        ],
    ),
    DemoCohort(
        code="WERK2026",
        sector="werk",
        course="casussen-uit-de-praktijk",
        name="VDAB-consulenten Brussel",
        accounts=[("consulent@vorming.example", "active")],
        learners=[
            ("Nathalie", "Lemaire", "VDAB Brussel", "job_counsellor", "completed"),
            ("Driss", "El Idrissi", "VDAB Brussel", "job_counsellor", "active-progress"),
            ("Koen", "Wuyts", "Werkwinkel Anderlecht", "job_counsellor", "withdrawn"),
        ],
    ),
    DemoCohort(
        code="WELZIJN26",
        sector="welzijn",
        course="signalen-van-radicalisering-herkennen",
        name="Welzijnswerkers Gent",
        learners=[
            ("Griet", "De Clercq", "CAW Oost-Vlaanderen", "welfare_worker", "completed"),
            ("Yasmina", "Haddou", "OCMW Gent", "welfare_worker", "active-progress"),
            ("Pieter", "Verstraete", "CAW Oost-Vlaanderen", "welfare_worker", "active"),
        ],
    ),
    DemoCohort(
        code="LOKAAL26",
        sector="lokale-besturen",
        course="het-moeilijke-gesprek-voeren",
        name="LIVC-R Limburg – lokale ambtenaren",
        learners=[
            ("Ann", "Claesen", "Stad Genk", "local_official", "active-progress"),
            ("Marc", "Vanderhoven", "Gemeente Maasmechelen", "local_official", "active"),
            ("Leen", "Stevens", "Stad Hasselt", "local_official", "invited"),
        ],
    ),
]


def _learner(first: str, last: str, organisation: str, job_role: str, changes: list[str]):
    from lms.accounts.models import User
    from lms.accounts.services import user_create

    email = f"{first}.{last}".lower().replace(" ", "").replace("'", "") + f"@{DEMO_DOMAIN}"
    user = User.objects.filter(email=email).first()
    if user is None:
        # No password: these learners exist to fill rosters and reports, nobody logs in as them.
        user = user_create(
            email=email,
            first_name=first,
            last_name=last,
            job_role=job_role,
            organisation=organisation,
        )
        changes.append(f"demo learner {email}")
    return user


def _lessons(course):
    from courses.models import LessonPage

    return list(LessonPage.objects.live().descendant_of(course).filter(required=True))


def _pass_quizzes(user, cohort, grader) -> None:
    """Pass every quiz the cohort requires, as a strong learner; a trainer grades the essay."""
    from assessments.models import Attempt, Question, Quiz, Response
    from assessments.services import attempt_start, attempt_submit, response_grade
    from lms.cohorts.completion import cohort_requirements

    from .content import _demo_answer

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
    from courses.models import CoursePage
    from courses.services import lesson_complete
    from lms.accounts.models import User
    from lms.cohorts.models import Cohort
    from lms.cohorts.services import enrollment_create, enrollment_withdraw, invitation_send
    from lms.sectors.models import Sector

    created = []
    today = timezone.localdate()
    admin = User.objects.filter(email="beheerder@vorming.example").first()
    for data in COHORTS:
        if Cohort.objects.filter(enrolment_code=data.code).exists():
            continue
        course = CoursePage.objects.filter(slug=data.course, locale__language_code="nl").first()
        sector = Sector.objects.filter(slug=data.sector).first()
        if course is None or sector is None:
            continue
        cohort = Cohort.objects.create(
            sector=sector,
            course=course,
            name=data.name,
            enrolment_code=data.code,
            starts_on=today - datetime.timedelta(days=30),
            ends_on=today + datetime.timedelta(days=60),
            capacity=data.capacity,
            attendance_required=data.attendance,
        )
        trainer = User.objects.filter(email=data.trainer).first() if data.trainer else None
        if trainer is not None:
            cohort.trainers.add(trainer)
        grader = trainer or admin
        changes.append(f"cohort {cohort.name} (code {cohort.enrolment_code})")
        people = [(User.objects.get(email=email), stage) for email, stage in data.accounts]
        people += [
            (_learner(first, last, org, role, changes), stage)
            for first, last, org, role, stage in data.learners
        ]
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


# (cohort code, title, days from today, start hour, hours, capacity, online, who registers)
# "who": "all" = every enrolled learner; "n:<k>" = the first k enrolled learners.
SESSIONS = [
    ("ONDERWIJS26", "Vormingsdag: signalen bespreken in het team", -12, 9, 6, 20, False, "all"),
    ("ONDERWIJS26", "Terugkomdag: casussen uit de klas", 9, 13, 3, 4, False, "n:6"),
    ("ONDERWIJS26", "Online intervisie", 23, 19, 2, 25, True, "n:2"),
    ("JEUGD2026", "Oefendag: het moeilijke gesprek", -6, 10, 5, 15, False, "all"),
    ("JEUGD2026", "Rollenspelen in kleine groep", 5, 14, 3, 2, False, "all"),
    ("WERK2026", "Online sessie: casussen bespreken", 14, 10, 2, 20, True, "n:1"),
    ("WELZIJN26", "Vormingsnamiddag in Gent", 17, 13, 4, 18, False, "n:2"),
    ("LOKAAL26", "Werksessie LIVC-R: van signaal naar casusoverleg", 21, 9, 3, 12, False, "n:1"),
]
LOCATIONS = {
    "onderwijs": "Pedagogisch centrum, Mechelsesteenweg 120, 1800 Vilvoorde",
    "jeugd": "Jeugdhuis De Branding, Kanunnik De Deckerstraat 20, 2800 Mechelen",
    "welzijn": "CAW Oost-Vlaanderen, Visserij 153, 9000 Gent",
    "lokale-besturen": "Stadhuis Genk, Stadsplein 1, 3600 Genk",
}


def sessions_ensure(cohorts: list, changes: list[str]) -> None:
    """Sessions of the cohorts created this run: past ones with attendance (which completes the
    learners who did everything else), future ones of which some are full with a waitlist."""
    from lms.accounts.models import User
    from lms.cohorts.models import Enrollment
    from lms.scheduling.models import Attendance, TrainingSession
    from lms.scheduling.services import attendance_mark, registration_create, session_create

    by_code = {cohort.enrolment_code: cohort for cohort in cohorts}
    now = timezone.now()
    admin = User.objects.filter(email="beheerder@vorming.example").first()
    for code, title, days, hour, hours, capacity, online, who in SESSIONS:
        cohort = by_code.get(code)
        if cohort is None:
            continue
        day = timezone.localdate() + datetime.timedelta(days=days)
        starts_at = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))
        trainer = cohort.trainers.first()
        session = session_create(
            session=TrainingSession(
                cohort=cohort,
                title=title,
                description="Breng een situatie uit je eigen praktijk mee (zonder namen).",
                starts_at=starts_at,
                ends_at=starts_at + datetime.timedelta(hours=hours),
                format=(
                    TrainingSession.Format.ONLINE if online else TrainingSession.Format.CLASSROOM
                ),
                location="" if online else LOCATIONS.get(cohort.sector.slug, "Brussel"),
                online_url="https://meet.vorming.example/sessie" if online else "",
                capacity=capacity,
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
