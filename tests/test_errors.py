"""Domain errors carry no HTTP: lms.http maps each kind to the status views answer with."""

import json

import pytest
from django.test import RequestFactory

from assessments.services import (
    AnswerError,
    AttemptClosed,
    AttemptError,
    NoAttemptsLeft,
    StaleSubmission,
)
from certificates.services import CertificateError
from courses.services import LessonNotAvailable
from lms.cohorts.imports import ImportFileError, ImportRefused
from lms.cohorts.services import EnrollmentError
from lms.errors import ApplicationError
from lms.http import error_response, error_status
from lms.scheduling.services import (
    AlreadyRegistered,
    NotEnrolled,
    SchedulingError,
    SessionClosed,
)


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (AttemptError("x"), 400),
        (AnswerError(1, "x"), 400),
        (AttemptClosed("x"), 409),
        (StaleSubmission("x"), 409),
        (NoAttemptsLeft("x"), 403),
        (SchedulingError("x"), 400),
        (NotEnrolled("x"), 403),
        (AlreadyRegistered("x"), 409),
        (SessionClosed("x"), 409),
        (LessonNotAvailable(1), 404),
        (EnrollmentError("x"), 400),
        (CertificateError("x"), 400),
        (ImportFileError("x"), 400),
        (ImportRefused("x"), 400),
    ],
)
def test_every_service_error_is_a_domain_error_with_its_status(error, status):
    assert isinstance(error, ApplicationError)
    assert not hasattr(error, "status_code")
    assert error_status(error) == status


def test_error_response_carries_the_message_and_extra_fields():
    request = RequestFactory().post("/")
    response = error_response(request, AttemptClosed("Deze poging is afgesloten."), redirect="/r/")
    assert response.status_code == 409
    assert json.loads(response.content) == {
        "status": "error",
        "error": "Deze poging is afgesloten.",
        "redirect": "/r/",
    }
