"""Report fixtures: two sectors with cohorts, learners in every status, sessions, attempts."""

import datetime

import pytest
from django.utils import timezone

from courses.models import LessonQuiz
from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role
from tests.factories import (
    AttemptFactory,
    AttendanceFactory,
    CohortFactory,
    EnrollmentFactory,
    LessonCompletionFactory,
    QuizFactory,
    RegistrationFactory,
    SectorMembershipFactory,
    TrainingSessionFactory,
    UserFactory,
    course_tree,
)

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


@pytest.fixture
def report_data(sector, other_sector, course):
    """Onderwijs: 2 cohorts, 6 enrolments (3 completed, 1 active, 1 withdrawn, 1 invited);
    Jeugd: 1 cohort, 4 enrolments (1 completed, 3 active). One held session per sector, one
    quiz with graded attempts in both sectors."""
    course_page, lessons = course
    gent = CohortFactory(
        sector=sector,
        course=course_page,
        name="Leerkrachten Gent",
        starts_on=datetime.date(2025, 1, 6),
    )
    brugge = CohortFactory(
        sector=sector,
        course=course_page,
        name="Leerkrachten Brugge",
        starts_on=datetime.date(2025, 3, 3),
    )
    jeugd = CohortFactory(
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

    EnrollmentFactory(
        cohort=gent,
        user=person("anna", job_role="teacher", region="antwerpen"),
        status="completed",
        enrolled_at=at(2025, 1, 10),
        completed_at=at(2025, 2, 20),
    )
    EnrollmentFactory(
        cohort=gent,
        user=person("bert", job_role="teacher", region="limburg"),
        status="completed",
        enrolled_at=at(2025, 1, 12),
        completed_at=at(2025, 3, 2),
    )
    EnrollmentFactory(
        cohort=gent,
        user=person("carla", job_role="pupil_guidance"),
        status="active",
        enrolled_at=at(2025, 1, 15),
    )
    EnrollmentFactory(
        cohort=gent,
        user=person("dirk", job_role="teacher"),
        status="withdrawn",
        enrolled_at=at(2025, 1, 20),
    )
    EnrollmentFactory(
        cohort=brugge,
        user=person("emma", job_role="pupil_guidance"),
        status="completed",
        enrolled_at=at(2025, 3, 5),
        completed_at=at(2025, 4, 1),
    )
    EnrollmentFactory(
        cohort=brugge,
        user=person("fien", job_role="teacher"),
        status="invited",
        enrolled_at=at(2025, 3, 6),
    )
    EnrollmentFactory(
        cohort=jeugd,
        user=person("gust", job_role="youth_worker"),
        status="completed",
        enrolled_at=at(2025, 2, 4),
        completed_at=at(2025, 3, 15),
    )
    EnrollmentFactory(
        cohort=jeugd,
        user=person("hind", job_role="youth_worker"),
        status="active",
        enrolled_at=at(2025, 2, 5),
    )
    EnrollmentFactory(
        cohort=jeugd,
        user=person("ilse", job_role="youth_worker"),
        status="active",
        enrolled_at=at(2025, 2, 6),
    )
    EnrollmentFactory(
        cohort=jeugd,
        user=person("jan", job_role="teacher"),
        status="active",
        enrolled_at=at(2025, 2, 7),
    )
    for key in ("anna", "bert", "emma", "gust"):
        for lesson in lessons:
            LessonCompletionFactory(user=people[key], lesson=lesson, completed_at=at(2025, 2))
    LessonCompletionFactory(user=people["carla"], lesson=lessons[0], completed_at=at(2025, 2))

    quiz = QuizFactory(title="Kennistoets signalen")
    LessonQuiz.objects.create(lesson_key=lessons[0].translation_key, quiz=quiz)
    for key, cohort, passed in (
        ("anna", gent, True),
        ("bert", gent, True),
        ("carla", gent, False),
        ("gust", jeugd, True),
        ("hind", jeugd, False),
    ):
        AttemptFactory(
            user=people[key],
            quiz=quiz,
            sector=cohort.sector,
            started_at=at(2025, 2),
            passed=passed,
        )

    past = timezone.now() - datetime.timedelta(days=30)
    for cohort, present, absent in (
        (gent, ("anna", "bert"), ("carla",)),
        (jeugd, ("gust",), ("hind", "ilse")),
    ):
        session = TrainingSessionFactory(
            cohort=cohort,
            title=f"Vormingsdag {cohort.name}",
            starts_at=past,
            hours=4,
            location="Kerkstraat 1, Gent",
        )
        for key in present + absent:
            AttendanceFactory(
                registration=RegistrationFactory(session=session, user=people[key], queued_at=past),
                status="present" if key in present else "absent",
                marked_at=past,
            )
    return {"gent": gent, "brugge": brugge, "jeugd": jeugd, "people": people, "quiz": quiz}
