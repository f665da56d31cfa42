"""The roll-out end to end in Chromium: a trainer creates a cohort and a session in the Wagtail
admin; a learner enrols with the code, registers and receives the confirmation with an .ics; the
trainer marks attendance on the roster and the learner's enrollment completes at once."""

import datetime

import icalendar
import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from lms.cohorts.models import Cohort, Enrollment
from lms.scheduling.models import Registration, TrainingSession
from tests.factories import (
    DEFAULT_PASSWORD,
    SectorFactory,
    SectorMembershipFactory,
    UserFactory,
    course_tree,
)

from .test_admin import admin_login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _site_login(page, email):
    page.goto("/accounts/login/")
    page.locator("#id_username").fill(email)
    page.locator("#id_password").fill(DEFAULT_PASSWORD)
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_load_state()


def _save(page):
    # A date picker left open by a date field would cover the button: close every one first.
    page.keyboard.press("Escape")
    page.evaluate(
        "document.querySelectorAll('.xdsoft_datetimepicker').forEach(p => p.style.display = 'none')"
    )
    page.locator("button[type=submit]").filter(has_text="Opslaan").first.click()
    page.wait_for_load_state()


def test_trainer_runs_a_cohort_and_a_learner_completes_it(browser, live_server, axe):
    sector = SectorFactory(name="Onderwijs", slug="onderwijs")
    trainer = SectorMembershipFactory(
        sector=sector, role="trainer", user=UserFactory(first_name="Tine", last_name="Trainer")
    ).user
    course, _lessons = course_tree(modules=0, title="Het moeilijke gesprek voeren")
    learner = UserFactory(
        email="leerkracht@school.example", first_name="Lotte", last_name="Peeters"
    )

    staff = browser.new_context(base_url=live_server.url, locale="nl-BE")
    staff.set_default_timeout(15_000)
    admin = staff.new_page()
    public = browser.new_context(base_url=live_server.url, locale="nl-BE")
    public.set_default_timeout(15_000)
    site = public.new_page()
    try:
        # 1. The trainer creates the cohort in the Wagtail admin, choosing the course in the
        #    page chooser.
        admin_login(admin, trainer.email)
        admin.goto("/admin/snippets/cohorts/cohort/add/")
        admin.locator("#id_name").fill("Leerkrachten Gent – najaar")
        # A trainer of one sector is not asked for the sector: the form sets it.
        expect(admin.locator("#id_sector")).to_have_value(str(sector.pk))
        admin.locator("[data-chooser-action-choose]").filter(visible=True).first.click()
        modal = admin.locator(".modal-content")
        expect(modal).to_be_visible()
        modal.locator("input[name=q]").fill("moeilijke gesprek")
        modal.locator("a", has_text="Het moeilijke gesprek voeren").first.click()
        expect(admin.locator("#id_course-title")).to_contain_text("moeilijke gesprek")
        admin.locator("#id_starts_on").fill(timezone.localdate().isoformat())
        admin.keyboard.press("Escape")
        admin.locator("#id_enrolment_code").fill("gent-2026")
        admin.locator("#id_capacity").fill("25")
        admin.locator("#id_attendance_required").check()
        admin.locator("#id_sessions_required").fill("1")
        _save(admin)
        expect(admin.locator(".messages")).to_contain_text("Leerkrachten Gent")
        cohort = Cohort.objects.get(name="Leerkrachten Gent – najaar")
        assert (cohort.sector, cohort.course.specific, cohort.enrolment_code) == (
            sector,
            course,
            "GENT2026",
        )

        # 2. ... and a classroom session of that cohort, two weeks ahead.
        starts = (timezone.localtime() + datetime.timedelta(days=14)).replace(
            hour=9, minute=30, second=0, microsecond=0
        )
        admin.goto("/admin/snippets/scheduling/trainingsession/add/")
        admin.locator("#id_cohort").select_option(str(cohort.pk))
        admin.locator("#id_title").fill("Gesprekstechnieken in de klas")
        admin.locator("#id_starts_at").fill(starts.strftime("%Y-%m-%d %H:%M"))
        admin.keyboard.press("Escape")
        admin.locator("#id_ends_at").fill(
            (starts + datetime.timedelta(hours=3)).strftime("%Y-%m-%d %H:%M")
        )
        admin.keyboard.press("Escape")
        admin.locator("#id_location").fill("Zaal De Ploeg, Kortrijksesteenweg 1, 9000 Gent")
        admin.locator("#id_capacity").fill("12")
        _save(admin)
        expect(admin.locator(".messages")).to_contain_text("Gesprekstechnieken")
        session = TrainingSession.objects.get(cohort=cohort)
        assert session.capacity == 12 and session.starts_at == starts

        # 3. The learner enrols with the code (typed loosely) and registers for the session.
        _site_login(site, learner.email)
        site.goto("/cohorts/enrol/")
        assert axe(site) == []
        site.locator("#id_code").fill("gent 2026")
        site.locator("main form button[type=submit]").click()
        expect(site.locator(".message--success")).to_be_visible()
        enrollment = Enrollment.objects.get(user=learner, cohort=cohort)
        assert enrollment.status == Enrollment.Status.ACTIVE

        mail.outbox.clear()
        site.goto("/sessions/")
        site.locator(".session-card", has_text="Gesprekstechnieken").locator("button").click()
        expect(site.locator(".message--success")).to_be_visible()
        assert axe(site) == []
        registration = Registration.objects.get(session=session, user=learner)
        assert registration.status == Registration.Status.REGISTERED

        # The confirmation reaches the learner with the session as a calendar invitation.
        [message] = [m for m in mail.outbox if learner.email in m.to]
        [(filename, content, mimetype)] = message.attachments
        assert filename.endswith(".ics") and mimetype.startswith("text/calendar")
        calendar = icalendar.Calendar.from_ical(content)
        assert calendar["METHOD"] == "REQUEST"
        [event] = calendar.walk("VEVENT")
        assert event["SUMMARY"] == "Gesprekstechnieken in de klas"
        assert event.decoded("DTSTART") == starts

        # 4. The day comes (the session is moved into the past); the trainer keeps attendance.
        TrainingSession.objects.filter(pk=session.pk).update(
            starts_at=timezone.now() - datetime.timedelta(hours=3),
            ends_at=timezone.now() - datetime.timedelta(minutes=5),
        )
        admin.goto(f"/admin/scheduling/sessions/{session.pk}/attendance/")
        row = admin.locator(".roster__row", has_text="Peeters")
        expect(row).to_have_count(1)
        row.locator(".roster__choice--present").click()
        admin.locator(".roster__save").click()
        expect(admin.locator("#roster-summary")).to_contain_text("1")

        # 5. The enrollment is complete at once, and the learner's dashboard says so.
        enrollment.refresh_from_db()
        assert enrollment.status == Enrollment.Status.COMPLETED
        assert enrollment.completed_at is not None
        site.goto("/dashboard/")
        expect(site.locator("main")).to_contain_text("Leerkrachten Gent")
        expect(site.locator("main")).to_contain_text("100")
        assert axe(site) == []
    finally:
        staff.close()
        public.close()
