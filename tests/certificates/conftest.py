"""Fixtures for certificates: a cohort of the "Onderwijs" sector with one learner whose
enrollment is complete, the sector's template, and a certificate made directly (not through the
services, so that rendering, issuance and badges can be tested apart)."""

import datetime

import pytest
from django.utils import timezone

from certificates.models import Certificate, CertificateTemplate
from lms.cohorts.models import Cohort, Enrollment
from tests.factories import UserFactory, course_tree


def make_cohort(sector, course, **fields) -> Cohort:
    fields.setdefault("name", f"Groep {sector.name} najaar")
    fields.setdefault("starts_on", datetime.date(2026, 9, 1))
    return Cohort.objects.create(sector=sector, course=course, **fields)


def enrol(user, cohort, status=Enrollment.Status.ACTIVE, **fields) -> Enrollment:
    return Enrollment.objects.create(
        user=user,
        cohort=cohort,
        status=status,
        source=Enrollment.Source.STAFF,
        enrolled_at=fields.pop("enrolled_at", timezone.now()),
        **fields,
    )


def make_template(sector, **fields) -> CertificateTemplate:
    fields.setdefault("title", "Attest van deelname")
    fields.setdefault(
        "body",
        "{learner_name} volgde met succes de opleiding {course} ({hours} uur), "
        "aangeboden door de sector {sector}. Uitgereikt op {date}; geldig tot {expiry}.",
    )
    fields.setdefault("signatory_name", "An Peeters")
    fields.setdefault("signatory_function", "Coördinator vorming")
    return CertificateTemplate.objects.create(sector=sector, **fields)


def make_certificate(enrollment, **fields) -> Certificate:
    cohort = enrollment.cohort
    user = enrollment.user
    fields.setdefault("learner_name", user.get_full_name() or user.email)
    fields.setdefault("course_title", cohort.course.title)
    fields.setdefault("sector_name", cohort.sector.name)
    fields.setdefault("cohort_name", cohort.name)
    fields.setdefault("hours", 1.5)
    return Certificate.objects.create(
        enrollment=enrollment, user=user, sector=cohort.sector, **fields
    )


@pytest.fixture
def course(db):
    course, _lessons = course_tree(modules=0, title="Signalen van radicalisering herkennen")
    return course


@pytest.fixture
def cohort(sector, course):
    return make_cohort(sector, course, enrolment_code="ATTEST26")


@pytest.fixture
def other_cohort(other_sector, course):
    return make_cohort(other_sector, course, enrolment_code="JEUGDATT")


@pytest.fixture
def graduate(cohort):
    """A learner with an accented name whose enrollment in ``cohort`` is complete."""
    return UserFactory(first_name="Zoë", last_name="Van den Bossche-Çelik")


@pytest.fixture
def completed_enrollment(graduate, cohort):
    return enrol(graduate, cohort, status=Enrollment.Status.COMPLETED, completed_at=timezone.now())


@pytest.fixture
def template(sector):
    return make_template(sector, validity_months=24)


@pytest.fixture
def certificate(completed_enrollment, template):
    return make_certificate(
        completed_enrollment,
        template=template,
        expires_at=timezone.now() + datetime.timedelta(days=730),
    )
