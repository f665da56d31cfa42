import pytest

from tests.factories import every_type_quiz


@pytest.fixture(name="every_type_quiz")
def every_type_quiz_fixture(db):
    return every_type_quiz()
