"""A learner takes a timed quiz with every question type in Chromium, by keyboard where it
matters, and sees the result and review; axe-core checks the quiz, result and review pages."""

import pytest
from playwright.sync_api import expect

from assessments.models import Attempt
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_learner_answers_every_type_and_sees_the_review(page, axe):
    from tests.assessments.conftest import build_every_type_quiz

    quiz = build_every_type_quiz()
    learner = UserFactory(email="quiz@school.example")
    page.goto("/accounts/login/")
    page.get_by_label("E-mailadres").fill(learner.email)
    page.get_by_label("Wachtwoord").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()

    page.goto(f"/quizzes/{quiz.pk}/")
    assert axe(page) == []
    page.get_by_role("button", name="Start de quiz").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(quiz.title)
    assert axe(page) == []

    page.get_by_label("Niets op zich").check()
    page.get_by_label("Wat spreekt je aan?").check()
    page.get_by_label("Juist", exact=True).check()
    page.get_by_label("CLB").select_option(label="Begeleidt leerlingen")
    page.get_by_label("Jeugdwerk").select_option(label="Biedt verbinding")
    page.get_by_label("Observeren").fill("1")
    page.get_by_label("Gesprek", exact=True).fill("2")
    page.get_by_label("Overleg").fill("3")
    page.get_by_label("Hoe heet de lokale cel?").fill("LIVC-R-sleutel")
    page.locator("fieldset.rating", has_text="Luisteren").get_by_label("5").check()
    page.locator("fieldset.rating", has_text="Straffen").get_by_label("1").check()
    page.get_by_label("Hoe begin je het gesprek?").fill("Ik vraag eerst wat hem bezighoudt.")

    page.get_by_role("button", name="Antwoorden bewaren").click()
    expect(page.get_by_role("status")).to_contain_text("Je antwoorden zijn bewaard")
    expect(page.get_by_label("Niets op zich")).to_be_checked()  # saved answers come back

    page.get_by_role("button", name="Indienen").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Resultaat")
    expect(page.locator("main")).to_contain_text("Een trainer verbetert nog")
    expect(page.locator("main")).to_contain_text("LIVC-R-SLEUTEL")
    assert axe(page) == []
    attempt = Attempt.objects.get(user=learner)
    assert attempt.status == "needs_grading"
    assert attempt.responses.exclude(question__title="Essay").filter(score=1).count() == 7


def test_the_countdown_submits_saved_answers_when_time_is_up(page):
    from datetime import timedelta

    from django.utils import timezone

    from tests.assessments.conftest import build_every_type_quiz

    quiz = build_every_type_quiz()
    learner = UserFactory(email="tijd@school.example")
    page.goto("/accounts/login/")
    page.get_by_label("E-mailadres").fill(learner.email)
    page.get_by_label("Wachtwoord").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.goto(f"/quizzes/{quiz.pk}/")
    page.get_by_role("button", name="Start de quiz").click()
    attempt = Attempt.objects.get(user=learner)
    # Move the deadline to two seconds from now, as if the learner had been working for a while.
    Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() + timedelta(seconds=2))
    page.reload()
    expect(page.locator(".timer")).to_contain_text("Resterende tijd:")
    page.get_by_label("Niets op zich").check()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Resultaat", timeout=10_000)
    attempt.refresh_from_db()
    assert attempt.status != "in_progress"
