"""Fixtures for training sessions: a cohort (with a course without required lessons, so that
attendance alone decides completion), its learners and sessions."""

import pytest

from tests.factories import (
    CohortFactory,
    EnrollmentFactory,
    TrainingSessionFactory,
    course_tree,
)


@pytest.fixture
def course(db):
    course, _lessons = course_tree(modules=0, title="Signalen herkennen")
    return course


@pytest.fixture
def cohort(sector, course):
    return CohortFactory(
        sector=sector, course=course, name="Leerkrachten Gent", enrolment_code="GENT2026"
    )


@pytest.fixture
def other_cohort(other_sector, course):
    return CohortFactory(
        sector=other_sector, course=course, name="Jeugdwerk Antwerpen", enrolment_code="JEUGD2026"
    )


@pytest.fixture
def enrolled(learner, cohort):
    EnrollmentFactory(user=learner, cohort=cohort)
    return learner


@pytest.fixture
def session(cohort):
    return TrainingSessionFactory(cohort=cohort)


@pytest.fixture
def other_session(other_cohort):
    return TrainingSessionFactory(
        cohort=other_cohort, title="Jeugdwerk en polarisatie", location="Antwerpen"
    )
