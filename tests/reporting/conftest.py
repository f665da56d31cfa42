"""Report fixtures: two sectors with cohorts, learners in every status, sessions, attempts."""

import datetime

import pytest
from django.utils import timezone

from assessments.models import Attempt, Quiz
from courses.models import LessonCompletion, LessonQuiz
from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role
from lms.cohorts.models import Cohort, Enrollment
from lms.scheduling.models import Attendance, Registration, TrainingSession
from tests.factories import SectorMembershipFactory, UserFactory, course_tree

TZ = datetime.UTC


def at(year, month, day=10):
    return datetime.datetime(year, month, day, 10, 0, tzinfo=TZ)


@pytest.fixture
def coordinator(sector):
    return SectorMembershipFactory(
        sector=sector, role="coordinator", user=UserFactory(email="cora.coord@school.example")
    ).user


@pytest.fixture
def other_coordinator(other_sector):
    return SectorMembershipFactory(
        sector=other_sector, role="coordinator", user=UserFactory(email="jo.coord@jeugd.example")
    ).user


@pytest.fixture
def platform_admin(db):
    admin = UserFactory(email="beheer@vlaanderen.example")
    user_assign_role(user=admin, role=Role.PLATFORM_ADMIN)
    return admin


@pytest.fixture
def course(db):
    return course_tree(modules=1, lessons_per_module=2, title="Signalen herkennen")


def enrol(cohort, user, status, enrolled_at, completed_at=None):
    return Enrollment.objects.create(
        user=user,
        cohort=cohort,
        status=status,
        source="staff",
        enrolled_at=enrolled_at,
        completed_at=completed_at,
    )


@pytest.fixture
def report_data(sector, other_sector, course):
    """Onderwijs: 2 cohorts, 6 enrolments (3 completed, 1 active, 1 withdrawn, 1 invited);
    Jeugd: 1 cohort, 4 enrolments (1 completed, 3 active). One held session per sector, one
    quiz with graded attempts in both sectors."""
    course_page, lessons = course
    gent = Cohort.objects.create(
        sector=sector,
        course=course_page,
        name="Leerkrachten Gent",
        starts_on=datetime.date(2025, 1, 6),
    )
    brugge = Cohort.objects.create(
        sector=sector,
        course=course_page,
        name="Leerkrachten Brugge",
        starts_on=datetime.date(2025, 3, 3),
    )
    jeugd = Cohort.objects.create(
        sector=other_sector,
        course=course_page,
        name="Jeugdwerk Antwerpen",
        starts_on=datetime.date(2025, 2, 3),
    )
    people = {}

    def person(key, region="", **fields):
        people[key] = UserFactory(
            email=f"{key}@example.org", first_name=key.capitalize(), last_name="Test", **fields
        )
        if region:  # not a profile field of user_create
            people[key].region = region
            people[key].save(update_fields=["region"])
        return people[key]

    enrol(
        gent,
        person("anna", job_role="teacher", region="antwerpen"),
        "completed",
        at(2025, 1, 10),
        at(2025, 2, 20),
    )
    enrol(
        gent,
        person("bert", job_role="teacher", region="limburg"),
        "completed",
        at(2025, 1, 12),
        at(2025, 3, 2),
    )
    enrol(gent, person("carla", job_role="pupil_guidance"), "active", at(2025, 1, 15))
    enrol(gent, person("dirk", job_role="teacher"), "withdrawn", at(2025, 1, 20))
    enrol(
        brugge,
        person("emma", job_role="pupil_guidance"),
        "completed",
        at(2025, 3, 5),
        at(2025, 4, 1),
    )
    enrol(brugge, person("fien", job_role="teacher"), "invited", at(2025, 3, 6))
    enrol(
        jeugd, person("gust", job_role="youth_worker"), "completed", at(2025, 2, 4), at(2025, 3, 15)
    )
    enrol(jeugd, person("hind", job_role="youth_worker"), "active", at(2025, 2, 5))
    enrol(jeugd, person("ilse", job_role="youth_worker"), "active", at(2025, 2, 6))
    enrol(jeugd, person("jan", job_role="teacher"), "active", at(2025, 2, 7))
    for key in ("anna", "bert", "emma", "gust"):
        for lesson in lessons:
            LessonCompletion.objects.create(
                user=people[key],
                lesson_key=lesson.translation_key,
                lesson=lesson,
                completed_at=at(2025, 2),
            )
    LessonCompletion.objects.create(
        user=people["carla"],
        lesson_key=lessons[0].translation_key,
        lesson=lessons[0],
        completed_at=at(2025, 2),
    )

    quiz = Quiz.objects.create(title="Kennistoets signalen")
    LessonQuiz.objects.create(lesson_key=lessons[0].translation_key, quiz=quiz)
    for key, cohort, passed in (
        ("anna", gent, True),
        ("bert", gent, True),
        ("carla", gent, False),
        ("gust", jeugd, True),
        ("hind", jeugd, False),
    ):
        Attempt.objects.create(
            user=people[key],
            quiz=quiz,
            sector=cohort.sector,
            number=1,
            status=Attempt.Status.GRADED,
            started_at=at(2025, 2),
            submitted_at=at(2025, 2),
            score=8 if passed else 3,
            max_score=10,
            percent=80 if passed else 30,
            passed=passed,
        )

    past = timezone.now() - datetime.timedelta(days=30)
    for cohort, present, absent in (
        (gent, ("anna", "bert"), ("carla",)),
        (jeugd, ("gust",), ("hind", "ilse")),
    ):
        session = TrainingSession.objects.create(
            cohort=cohort,
            title=f"Vormingsdag {cohort.name}",
            starts_at=past,
            ends_at=past + datetime.timedelta(hours=4),
            location="Kerkstraat 1, Gent",
        )
        for key in present + absent:
            registration = Registration.objects.create(
                session=session, user=people[key], status="registered", queued_at=past
            )
            Attendance.objects.create(
                registration=registration,
                status="present" if key in present else "absent",
                marked_at=past,
            )
    return {"gent": gent, "brugge": brugge, "jeugd": jeugd, "people": people, "quiz": quiz}
