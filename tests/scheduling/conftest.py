"""Fixtures for training sessions: a cohort (with a course without required lessons, so that
attendance alone decides completion), its learners and sessions."""

import datetime

import pytest
from django.utils import timezone

from lms.cohorts.models import Cohort, Enrollment
from lms.scheduling.models import TrainingSession
from tests.factories import UserFactory, course_tree


def make_cohort(sector, course, **fields):
    fields.setdefault("name", f"Groep {sector.name}")
    fields.setdefault("starts_on", datetime.date(2026, 9, 1))
    return Cohort.objects.create(sector=sector, course=course, **fields)


def enrol(user, cohort, status=Enrollment.Status.ACTIVE) -> Enrollment:
    return Enrollment.objects.create(
        user=user,
        cohort=cohort,
        status=status,
        source=Enrollment.Source.STAFF,
        enrolled_at=timezone.now(),
    )


def make_session(cohort, *, starts_in=datetime.timedelta(days=7), hours=3, **fields):
    starts_at = fields.pop("starts_at", None) or (timezone.now() + starts_in).replace(
        second=0, microsecond=0
    )
    fields.setdefault("title", "Gesprekstechnieken in de klas")
    fields.setdefault("location", "Zaal De Ploeg, Kortrijksesteenweg 1, 9000 Gent")
    fields.setdefault("capacity", 20)
    return TrainingSession.objects.create(
        cohort=cohort,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=hours),
        **fields,
    )


def learners(cohort, count, **fields) -> list:
    users = [UserFactory(**fields) for _ in range(count)]
    for user in users:
        enrol(user, cohort)
    return users


@pytest.fixture
def course(db):
    course, _lessons = course_tree(modules=0, title="Signalen herkennen")
    return course


@pytest.fixture
def cohort(sector, course):
    return make_cohort(sector, course, name="Leerkrachten Gent", enrolment_code="GENT2026")


@pytest.fixture
def other_cohort(other_sector, course):
    return make_cohort(other_sector, course, name="Jeugdwerk Antwerpen", enrolment_code="JEUGD2026")


@pytest.fixture
def enrolled(learner, cohort):
    enrol(learner, cohort)
    return learner


@pytest.fixture
def session(cohort):
    return make_session(cohort)


@pytest.fixture
def other_session(other_cohort):
    return make_session(other_cohort, title="Jeugdwerk en polarisatie", location="Antwerpen")
