"""Certificates in Chromium: the public verification page (valid, revoked, unknown) on a phone
screen and the learner's "My certificates" page, with axe-core and the keyboard."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from certificates import services
from lms.cohorts.models import Enrollment
from tests.factories import (
    CertificateFactory,
    CertificateTemplateFactory,
    CohortFactory,
    EnrollmentFactory,
    UserFactory,
    course_tree,
)

from .test_learning import _tab_to, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
PHONE = {"width": 375, "height": 740}


@pytest.fixture
def issued(sector):
    course, _lessons = course_tree(modules=0, title="Signalen van radicalisering herkennen")
    cohort = CohortFactory(sector=sector, course=course, enrolment_code="E2EATTST")
    template = CertificateTemplateFactory(sector=sector, validity_months=24)
    learner = UserFactory(email="zoe@school.example", first_name="Zoë", last_name="Çelik")
    certificate = CertificateFactory(
        enrollment=EnrollmentFactory(
            user=learner,
            cohort=cohort,
            status=Enrollment.Status.COMPLETED,
            completed_at=timezone.now(),
        ),
        template=template,
        expires_at=timezone.now() + datetime.timedelta(days=700),
    )
    other = CertificateFactory(
        enrollment=EnrollmentFactory(
            user=UserFactory(first_name="Rik"), cohort=cohort, status=Enrollment.Status.COMPLETED
        ),
        template=template,
    )
    services.certificate_revoke(certificate=other, reason="Fout uitgereikt", revoked_by=None)
    return {"learner": learner, "valid": certificate, "revoked": other}


def _fits_the_screen(page) -> bool:
    return page.evaluate(
        "() => document.scrollingElement.scrollWidth <= document.scrollingElement.clientWidth"
    )


def test_verification_pages_on_a_phone_pass_axe(page, axe, issued):
    page.set_viewport_size(PHONE)
    page.goto(f"/certificates/verify/{issued['valid'].code}/")
    expect(page.locator("#verify-result")).to_have_class("verify-result verify-result--valid")
    expect(page.locator("#verify-learner")).to_have_text("Zoë Çelik")
    assert _fits_the_screen(page)
    assert axe(page) == []

    page.goto(f"/certificates/verify/{issued['revoked'].code}/")
    expect(page.locator("#verify-result")).to_have_class("verify-result verify-result--revoked")
    expect(page.locator("body")).not_to_contain_text("Fout uitgereikt")
    assert _fits_the_screen(page)
    assert axe(page) == []

    # Typing a code in the form leads to its page.
    page.locator("#verify-code").fill(issued["valid"].code)
    page.locator("#verify-code").press("Enter")
    expect(page).to_have_url(
        f"{page.url.split('/certificates/')[0]}/certificates/verify/{issued['valid'].code}/"
    )
    expect(page.locator("#verify-result")).to_have_class("verify-result verify-result--valid")

    page.goto("/certificates/verify/onbekende-code-12345/")
    expect(page.locator("#verify-result")).to_have_class("verify-result verify-result--unknown")
    assert axe(page) == []


def test_my_certificates_passes_axe_and_downloads_with_the_keyboard(page, axe, issued):
    log_in(page, issued["learner"].email)
    page.goto("/certificates/")
    card = page.locator(f"#certificate-{issued['valid'].pk}")
    expect(card).to_be_visible()
    expect(page.locator(f"#certificate-{issued['revoked'].pk}")).to_have_count(0)
    assert axe(page) == []

    link = card.locator("a.certificate-download")
    _tab_to(page, link)
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as handle:
        assert handle.read(4) == b"%PDF"

    page.set_viewport_size(PHONE)
    page.goto("/certificates/")
    assert _fits_the_screen(page)
    assert axe(page) == []
