"""A learner in Chromium: catalogue, course, a scenario played with the keyboard only, lessons
marked done, progress on the course page and the dashboard; axe-core on every content page."""

import pytest
from playwright.sync_api import expect

from courses.models import GoodPracticeIndexPage, GoodPracticePage, LessonPage
from lms.home.models import HomePage
from tests.factories import DEFAULT_PASSWORD, UserFactory, _publish, course_tree, every_block_body

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]
SCENARIO = "11111111-1111-4111-8111-111111111111"


@pytest.fixture
def content():
    course, lessons = course_tree(title="Signalen herkennen")
    full = lessons[1]
    full.body = every_block_body()
    full.save_revision().publish()
    home = HomePage.objects.first()
    library = _publish(
        home, GoodPracticeIndexPage(title="Goede praktijken", slug="goede-praktijken")
    )
    _publish(
        library,
        GoodPracticePage(
            title="Oudercafés in Vilvoorde",
            municipality="Vilvoorde",
            summary="Ouders praten samen over de online leefwereld van hun kinderen.",
            what_was_done="<p>Maandelijkse oudercafés.</p>",
            what_worked="<p>Laagdrempelige gesprekken.</p>",
            contact="Dienst Preventie – preventie@vilvoorde.example",
        ),
    )
    learner = UserFactory(email="lotte@school.example", first_name="Lotte")
    return {"course": course, "lessons": lessons, "library": library, "learner": learner}


def log_in(page, email):
    page.goto("/accounts/login/")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()


def test_learner_follows_a_course_and_plays_a_scenario_with_the_keyboard(page, content):
    log_in(page, content["learner"].email)
    page.get_by_role("link", name="Opleidingen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Opleidingen")
    page.get_by_role("link", name="Signalen herkennen").click()
    expect(page.locator("#course-progress")).to_have_attribute("value", "0")
    page.get_by_role("link", name="Start de opleiding: Les 1.1").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Les 1.1")

    # Keyboard only: tab to the first scenario choice and press Enter, then on to the debrief.
    choice = page.get_by_role("link", name="Je vraagt Sam na de les wat hem aanspreekt.")
    _tab_to(page, choice)
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("Goed: open vraag.")
    _tab_to(page, page.get_by_role("link", name="Ga verder met de casus"))
    page.keyboard.press("Enter")
    _tab_to(page, page.get_by_role("link", name="Je luistert verder en vat samen."))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Nabespreking")).to_be_visible()
    _tab_to(page, page.get_by_role("link", name="Terug naar de les"))
    page.keyboard.press("Enter")

    page.get_by_role("button", name="Markeer als gedaan en ga naar de volgende les").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Les 1.2")
    page.get_by_role("button", name="Markeer als gedaan", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Les 1.2")
    expect(page.locator("#course-progress")).to_have_attribute("value", "33")

    page.get_by_role("link", name="Mijn overzicht").click()
    expect(page.get_by_role("heading", name="Mijn opleidingen")).to_be_visible()
    expect(page.locator("main")).to_contain_text("2 van 6 lessen gedaan (33%)")


def _tab_to(page, locator, limit=80):
    """Press Tab until ``locator`` has the focus, as a keyboard user would."""
    handle = locator.element_handle()
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(el) => document.activeElement === el", handle):
            return
    raise AssertionError("could not reach the element with the Tab key")


def test_content_pages_have_no_serious_accessibility_violations(page, content, axe):
    log_in(page, content["learner"].email)
    lesson_with_every_block = content["lessons"][1]
    practice = GoodPracticePage.objects.get()
    urls = [
        content["course"].get_parent().url,
        content["course"].url,
        lesson_with_every_block.url,
        f"{content['lessons'][0].url}scenario/{SCENARIO}/start/1/",
        f"{content['lessons'][0].url}scenario/{SCENARIO}/talk/1/",
        content["library"].url,
        practice.url,
        "/dashboard/",
    ]
    assert LessonPage.objects.get(pk=lesson_with_every_block.pk).body.stream_block
    for url in urls:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        assert axe(page) == [], url
