"""A learner takes a timed quiz with every question type in Chromium, by keyboard where it
matters, and sees the result and review; axe-core checks the quiz, result and review pages."""

import re

import pytest
from playwright.sync_api import expect

from assessments.models import Attempt
from tests.factories import DEFAULT_PASSWORD, UserFactory, every_type_quiz

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_learner_answers_every_type_and_sees_the_review(page, axe):
    quiz = every_type_quiz()
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
    # Two status regions now: the page's messages and the autosave's report.
    expect(page.locator(".messages[role=status]")).to_contain_text("Je antwoorden zijn bewaard")
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

    quiz = every_type_quiz()
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


def test_answers_are_autosaved_one_request_at_a_time_and_kept_on_reload(page):
    quiz = every_type_quiz()
    learner = UserFactory(email="autosave@school.example")
    page.goto("/accounts/login/")
    page.get_by_label("E-mailadres").fill(learner.email)
    page.get_by_label("Wachtwoord").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.goto(f"/quizzes/{quiz.pk}/")
    page.get_by_role("button", name="Start de quiz").click()
    attempt = Attempt.objects.get(user=learner)
    autosave_url = f"/attempts/{attempt.pk}/autosave/"

    # Count autosave requests and the most that were ever under way at once.
    traffic = {"open": 0, "most": 0, "sent": 0}

    def started(request):
        if request.url.endswith(autosave_url):
            traffic["open"] += 1
            traffic["sent"] += 1
            traffic["most"] = max(traffic["most"], traffic["open"])

    def ended(request):
        if request.url.endswith(autosave_url):
            traffic["open"] -= 1

    page.on("request", started)
    page.on("requestfinished", ended)
    page.on("requestfailed", ended)

    report = page.locator(".quiz-autosave[role=status]")
    with page.expect_response(lambda r: r.url.endswith(autosave_url)) as first:
        page.get_by_label("Niets op zich").check()
    assert first.value.status == 200
    expect(report).to_have_text(re.compile(r"\b\d{2}:\d{2}\b"))  # "Saved at 14:05"
    assert page.locator("input[name=sequence]").input_value() == "1"

    # Quick changes while a save is under way: queued, never two requests at once.
    page.get_by_label("Wat spreekt je aan?").check()
    page.get_by_label("Juist", exact=True).check()
    page.get_by_label("Fout", exact=True).check()
    page.get_by_label("CLB").select_option(label="Begeleidt leerlingen")
    essay = page.get_by_label("Hoe begin je het gesprek?")
    essay.fill("Ik vraag eerst wat hem bezighoudt.")  # typing: saved after a pause
    expect(page.locator("input[name=sequence]")).not_to_have_value("1")
    stored = {}
    for _ in range(50):
        page.wait_for_timeout(200)
        stored = {
            r.question.title: r.answer for r in Attempt.objects.get(pk=attempt.pk).responses.all()
        }
        if stored.get("Essay", {}).get("text") and traffic["open"] == 0:
            break
    assert stored["Essay"] == {"text": "Ik vraag eerst wat hem bezighoudt."}
    assert stored["WF"] == {"value": False}
    assert traffic["most"] == 1, traffic
    assert traffic["sent"] >= 2
    expect(report).not_to_contain_text("could not")
    sequence = page.locator("input[name=sequence]").input_value()
    assert sequence == str(Attempt.objects.get(pk=attempt.pk).sequence)

    page.reload()
    expect(page.get_by_label("Niets op zich")).to_be_checked()
    expect(page.get_by_label("Fout", exact=True)).to_be_checked()
    expect(page.get_by_label("Hoe begin je het gesprek?")).to_have_value(
        "Ik vraag eerst wat hem bezighoudt."
    )

    # A manual Save while an autosave is under way waits for its reply (which brings the new
    # sequence) instead of posting a stale one. The server has handled the autosave below, but
    # its reply is held back until the learner has clicked.
    held = []

    def hold(route):
        held.append((route, route.fetch()))

    page.route(f"**{autosave_url}", hold)
    page.get_by_label("Radicalisering").check()
    for _ in range(50):  # Playwright runs the route handler while the test waits
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "the change did not start an autosave"
    page.get_by_role("button", name="Antwoorden bewaren").click(no_wait_after=True)
    route, reply = held.pop()
    route.fulfill(response=reply)
    expect(page.locator(".messages[role=status]")).to_contain_text("Je antwoorden zijn bewaard")
    expect(page.get_by_label("Radicalisering")).to_be_checked()
    expect(page.locator(".error-summary")).to_have_count(0)
