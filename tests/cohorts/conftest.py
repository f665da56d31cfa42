import pytest

from tests.factories import CohortFactory, course_tree


@pytest.fixture
def course(db):
    return course_tree(modules=1, lessons_per_module=2, title="Signalen herkennen")


@pytest.fixture
def cohort(sector, course):
    return CohortFactory(
        sector=sector, course=course[0], name="Leerkrachten Gent", enrolment_code="GENT2026"
    )


@pytest.fixture
def other_cohort(other_sector):
    return CohortFactory(
        sector=other_sector, name="Jeugdwerk Antwerpen", enrolment_code="JEUGD2026"
    )
