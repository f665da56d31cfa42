import pytest

from tests.factories import course_tree


@pytest.fixture
def course(db):
    course, lessons = course_tree()
    course.lessons = lessons
    return course


@pytest.fixture
def lessons(course):
    return course.lessons
