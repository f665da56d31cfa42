"""In Chromium: a learner registers from the session list; a trainer keeps attendance on a
phone-sized screen (the roster is a plain form; the Wagtail admin around it needs its own
JavaScript). axe-core checks each page."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from lms.scheduling.models import Attendance, Registration
from tests.e2e.test_admin import admin_login
from tests.factories import (
    DEFAULT_PASSWORD,
    CohortFactory,
    EnrollmentFactory,
    RegistrationFactory,
    TrainingSessionFactory,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _login(page, email):
    page.goto("/accounts/login/")
    page.locator("#id_username").fill(email)
    page.locator("#id_password").fill(DEFAULT_PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()


def test_learner_registers_and_joins_the_waitlist(page, axe, cohort):
    free = TrainingSessionFactory(cohort=cohort, title="Vrije sessie")
    full = TrainingSessionFactory(cohort=cohort, title="Volzette sessie", capacity=1)
    holder, me = EnrollmentFactory.users(cohort=cohort, count=2)
    RegistrationFactory(session=full, user=holder, status="registered", queued_at=timezone.now())
    page.set_viewport_size({"width": 390, "height": 844})
    _login(page, me.email)

    page.goto("/sessions/")
    assert axe(page) == []
    page.locator(".session-card", has_text="Vrije sessie").locator("button").click()
    expect(page.locator(".message--success")).to_be_visible()
    page.locator(".session-card", has_text="Volzette sessie").locator("button").click()
    expect(page.locator(".message--warning")).to_be_visible()
    assert axe(page) == []
    assert Registration.objects.get(session=free, user=me).status == "registered"
    assert Registration.objects.get(session=full, user=me).status == "waitlisted"

    page.goto(f"/sessions/{free.pk}/")
    assert axe(page) == []
    page.locator(f"a[href='/sessions/{free.pk}/cancel/']").click()
    assert axe(page) == []
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".message--success")).to_be_visible()
    assert Registration.objects.get(session=free, user=me).status == "cancelled"

    page.goto("/sessions/feed/")
    page.locator("main form button[type=submit]").click()
    assert axe(page) == []
    expect(page.locator("#feed-url")).to_have_value(re.compile(r"/sessions/feed/[\w-]+\.ics$"))


def test_trainer_keeps_attendance_on_a_phone(browser, live_server, axe):
    # Fixtures that touch the database are created inside the test (transactional test).
    from tests.factories import SectorFactory, SectorMembershipFactory, UserFactory, course_tree

    sector = SectorFactory(name="Onderwijs", slug="onderwijs")
    trainer = SectorMembershipFactory(sector=sector, role="trainer", user=UserFactory()).user
    course, _lessons = course_tree(modules=0, title="Signalen")
    cohort = CohortFactory(sector=sector, course=course, enrolment_code="ROSTER26")
    session = TrainingSessionFactory(
        cohort=cohort, starts_in=datetime.timedelta(minutes=-20), capacity=3
    )
    users = EnrollmentFactory.users(cohort=cohort, count=4)
    for n, user in enumerate(users):  # the roster lists learners by last name
        user.last_name = f"Lid {n}"
        user.save(update_fields=["last_name"])
    registrations = [
        RegistrationFactory(
            session=session,
            user=user,
            status="registered" if n < 3 else "waitlisted",
            queued_at=timezone.now(),
        )
        for n, user in enumerate(users)
    ]
    context = browser.new_context(
        base_url=live_server.url,
        viewport={"width": 390, "height": 844},
        locale="nl-BE",
    )
    page = context.new_page()
    try:
        admin_login(page, trainer.email)
        page.goto(f"/admin/scheduling/sessions/{session.pk}/attendance/")
        rows = page.locator(".roster__row")
        expect(rows).to_have_count(3)
        assert axe(page) == []
        for row, value in zip(rows.all(), ("present", "absent", "present"), strict=True):
            choice = row.locator(f".roster__choice--{value}")
            box = choice.bounding_box()
            assert box["height"] >= 44 and box["x"] + box["width"] <= 390  # tappable, not clipped
            choice.click()
        page.locator(".roster__save").click()
        expect(page.locator("#roster-summary")).to_contain_text("2")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        context.close()
    marks = dict(Attendance.objects.values_list("registration_id", "status"))
    assert marks == {
        registrations[0].pk: "present",
        registrations[1].pk: "absent",
        registrations[2].pk: "present",
    }
