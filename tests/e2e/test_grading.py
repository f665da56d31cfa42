"""A sector trainer grades an essay answer from the queue in the admin (Chromium), and the
learner's result becomes final; axe-core checks the queue and the grading form."""

import pytest
from playwright.sync_api import expect

from assessments.models import Attempt
from tests.assessments.test_grading_admin import _quiz, _take
from tests.e2e.test_admin import admin_login
from tests.factories import SectorFactory, SectorMembershipFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_trainer_grades_an_essay_from_the_queue(page, axe):
    sector = SectorFactory(name="Welzijn", slug="welzijn")
    trainer = SectorMembershipFactory(
        sector=sector, role="trainer", user=UserFactory(email="trainer@welzijn.example")
    ).user
    learner = UserFactory(first_name="Sara", last_name="Claes")
    attempt = _take(_quiz(sector, "Gesprekstechniek"), learner, text="Ik luister eerst.")

    admin_login(page, trainer.email)
    page.get_by_role("link", name="Te verbeteren antwoorden").first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Te verbeteren antwoorden")
    row = page.locator("tr", has_text="Sara Claes")
    expect(row).to_contain_text("Gesprekstechniek")
    assert axe(page) == []
    row.get_by_role("link", name="Verbeteren").click()
    expect(page.locator("main")).to_contain_text("Ik luister eerst.")
    assert axe(page) == []
    page.get_by_label("Score").fill("3")
    page.get_by_label("Feedback voor de lerende").fill("Goed: je start open.")
    page.keyboard.press("Tab")
    page.get_by_role("button", name="Score bewaren").click()
    expect(page.locator(".messages")).to_contain_text("Sara Claes")
    expect(page.locator("main")).to_contain_text("Er wachten geen antwoorden")
    attempt = Attempt.objects.get(pk=attempt.pk)
    assert attempt.status == "graded" and attempt.passed is True
