import datetime

import pytest

from lms.cohorts.models import Cohort
from tests.factories import course_tree


def make_cohort(sector, course=None, **fields):
    if course is None:
        course, _lessons = course_tree(
            modules=1, lessons_per_module=2, title=f"Cursus {sector.slug}"
        )
    fields.setdefault("name", f"Groep {sector.name}")
    fields.setdefault("starts_on", datetime.date(2026, 9, 1))
    return Cohort.objects.create(sector=sector, course=course, **fields)


@pytest.fixture
def course(db):
    return course_tree(modules=1, lessons_per_module=2, title="Signalen herkennen")


@pytest.fixture
def cohort(sector, course):
    return make_cohort(sector, course[0], name="Leerkrachten Gent", enrolment_code="GENT2026")


@pytest.fixture
def other_cohort(other_sector):
    return make_cohort(other_sector, name="Jeugdwerk Antwerpen", enrolment_code="JEUGD2026")
