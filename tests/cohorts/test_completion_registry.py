"""Attendance reaches completion through the requirement registry, not an import."""

import pytest

from lms.cohorts import completion
from lms.scheduling.selectors import sessions_attended_by_enrollment


def test_scheduling_answers_the_attendance_requirement():
    providers = completion._requirement_providers
    assert providers[completion.SESSIONS] is sessions_attended_by_enrollment


def test_an_unknown_requirement_is_refused():
    with pytest.raises(ValueError, match="Unknown completion requirement"):
        completion.completion_requirement_register("evaluation", lambda enrollments: {})
