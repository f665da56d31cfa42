"""Fixtures for certificates: a cohort of the "Onderwijs" sector with one learner whose
enrollment is complete, the sector's template, and a certificate made directly (not through the
services, so that rendering, issuance and badges can be tested apart)."""

import datetime

import pytest
from django.utils import timezone

from lms.cohorts.models import Enrollment
from tests.factories import (
    CertificateFactory,
    CertificateTemplateFactory,
    CohortFactory,
    EnrollmentFactory,
    UserFactory,
    course_tree,
)


@pytest.fixture
def course(db):
    course, _lessons = course_tree(modules=0, title="Signalen van radicalisering herkennen")
    return course


@pytest.fixture
def cohort(sector, course):
    return CohortFactory(
        sector=sector, course=course, name="Groep Onderwijs najaar", enrolment_code="ATTEST26"
    )


@pytest.fixture
def other_cohort(other_sector, course):
    return CohortFactory(
        sector=other_sector, course=course, name="Groep Jeugd najaar", enrolment_code="JEUGDATT"
    )


@pytest.fixture
def graduate(cohort):
    """A learner with an accented name whose enrollment in ``cohort`` is complete."""
    return UserFactory(first_name="Zoë", last_name="Van den Bossche-Çelik")


@pytest.fixture
def completed_enrollment(graduate, cohort):
    return EnrollmentFactory(
        user=graduate,
        cohort=cohort,
        status=Enrollment.Status.COMPLETED,
        completed_at=timezone.now(),
    )


@pytest.fixture
def template(sector):
    return CertificateTemplateFactory(sector=sector, validity_months=24)


@pytest.fixture
def certificate(completed_enrollment, template):
    return CertificateFactory(
        enrollment=completed_enrollment,
        template=template,
        expires_at=timezone.now() + datetime.timedelta(days=730),
    )
