"""A learner in Chromium: logs in, edits the profile, switches language; pages pass axe-core."""

import pytest
from playwright.sync_api import expect

from lms.home.services import homepage_translations_ensure
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def learner_account():
    homepage_translations_ensure()
    return UserFactory(
        email="an.vermeulen@school.example",
        first_name="An",
        last_name="Vermeulen",
        organisation="Atheneum Mechelen",
    )


def log_in(page, email, password=DEFAULT_PASSWORD):
    page.goto("/accounts/login/")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()


def test_learner_logs_in_edits_profile_and_switches_language(page, learner_account):
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "nl-BE")
    expect(page.get_by_role("heading", level=1)).to_have_text("Samen radicalisering voorkomen")

    page.get_by_role("link", name="Inloggen").first.click()
    # The email is typed in another case than it was registered: login ignores case.
    log_in(page, "AN.Vermeulen@School.example")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn profiel")

    page.get_by_label("Organisatie").fill("CLB Mechelen")
    page.get_by_label("Functie").select_option("pupil_guidance")
    page.get_by_role("button", name="Profiel bewaren").click()
    expect(page.get_by_role("status")).to_contain_text("Je profiel is bewaard.")
    learner_account.refresh_from_db()
    assert learner_account.organisation == "CLB Mechelen"
    assert learner_account.job_role == "pupil_guidance"

    page.get_by_role("button", name="Français").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr-BE")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mon profil")
    learner_account.refresh_from_db()
    assert learner_account.preferred_language == "fr"

    page.get_by_role("link", name="Accueil").click()
    expect(page).to_have_url(f"{page.url.split('/fr/')[0]}/fr/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Prévenir ensemble la radicalisation")

    page.get_by_role("button", name="Se déconnecter").click()
    expect(page.get_by_role("link", name="Se connecter")).to_be_visible()


def test_wrong_password_is_reported_in_the_browser(page, learner_account):
    log_in(page, learner_account.email, "not-the-password")
    expect(page.get_by_role("alert")).to_contain_text("komen niet overeen")


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(page, learner_account):
    page.goto("/nl/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Ga naar de inhoud")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("path", ["/nl/", "/fr/", "/accounts/login/", "/accounts/profile/"])
def test_no_serious_accessibility_violations(page, learner_account, axe, path):
    if path == "/accounts/profile/":
        log_in(page, learner_account.email)
    page.goto(path)
    page.wait_for_load_state("networkidle")
    assert axe(page) == []


def test_no_csp_violations_on_public_pages(page, learner_account):
    violations = []
    page.on(
        "console",
        lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    for path in ("/nl/", "/accounts/login/", "/accounts/password-reset/"):
        page.goto(path)
    log_in(page, learner_account.email)
    assert violations == []
