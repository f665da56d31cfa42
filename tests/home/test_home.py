import re

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from tests.factories import DEFAULT_PASSWORD


def test_root_redirects_to_the_dutch_home(client, db):
    response = client.get("/")
    assert response.status_code == 302
    assert response.url == "/nl/"


def test_dutch_home_page_is_accessible_markup(client, db):
    response = client.get("/nl/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl-BE">' in html
    assert 'class="skip-link" href="#main"' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html and "<nav" in html
    assert "Samen radicalisering voorkomen" in html
    assert "Inloggen" in html
    # Nothing is loaded from another origin.
    assert not re.search(r'(src|href)="(https?:)?//', html)


@pytest.fixture
def seeded(db):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_french_and_english_home_pages(client, seeded):
    fr = client.get("/fr/").content.decode()
    assert '<html lang="fr-BE">' in fr
    assert "Prévenir ensemble la radicalisation" in fr
    assert "Se connecter" in fr
    en = client.get("/en/").content.decode()
    assert "Preventing radicalisation together" in en


def test_language_switcher_translates_the_current_page(client, seeded):
    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/nl/"})
    assert response.status_code == 302
    assert response.url == "/fr/"
    assert response.cookies["lms_language"].value == "fr"
    # Pages outside the content tree follow the chosen language.
    assert "Se connecter" in client.get("/accounts/login/").content.decode()


def test_language_switcher_remembers_the_choice_in_the_profile(client, learner):
    client.post("/accounts/login/", {"username": learner.email, "password": DEFAULT_PASSWORD})
    client.post("/i18n/setlang/", {"language": "en", "next": "/accounts/profile/"})
    learner.refresh_from_db()
    assert learner.preferred_language == "en"


def test_language_switcher_rejects_unknown_languages_quietly(client, learner):
    client.force_login(learner)
    response = client.post("/i18n/setlang/", {"language": "xx", "next": "/nl/"})
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.preferred_language == "nl"


def test_unknown_page_gets_a_friendly_404(client, db):
    response = client.get("/nl/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


def test_security_headers_on_public_pages(client, db):
    for url in ("/nl/", "/accounts/login/", "/healthz"):
        response = client.get(url)
        csp = response["Content-Security-Policy"]
        script_src = re.search(r"script-src ([^;]+)", csp).group(1)
        assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
        assert "frame-ancestors 'none'" in csp
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["X-Frame-Options"] == "DENY"


def test_admin_csp_allows_no_other_origins_and_no_eval(client, trainer):
    client.force_login(trainer)
    csp = client.get("/admin/")["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert "'unsafe-eval'" not in csp
    assert "http" not in csp
    assert directives["script-src"] == "'self' 'unsafe-inline'"
    assert directives["frame-ancestors"] == "'self'"
    assert directives["object-src"] == "'none'"


@pytest.mark.parametrize("extra_users", [0, 25])
def test_home_and_profile_query_budgets(
    client, learner, user_factory, extra_users, django_assert_max_num_queries
):
    for _ in range(extra_users):
        user_factory()
    client.get("/nl/")  # warm the process caches (site, locales, section links)
    with django_assert_max_num_queries(6):
        client.get("/nl/")
    client.force_login(learner)
    with django_assert_max_num_queries(10):
        client.get("/nl/")
    with django_assert_max_num_queries(10):
        client.get("/accounts/profile/")


def test_language_switcher_goes_to_the_translation_or_its_nearest_ancestor(client, seeded):
    from courses.models import CoursePage

    dutch = CoursePage.objects.get(slug="het-moeilijke-gesprek-voeren", locale__language_code="nl")
    french = dutch.get_translation(Locale.objects.get(language_code="fr"))
    response = client.post("/i18n/setlang/", {"language": "fr", "next": dutch.url})
    assert response.url == french.url == "/fr/formations/het-moeilijke-gesprek-voeren/"
    untranslated = CoursePage.objects.get(slug="casussen-uit-de-praktijk")
    response = client.post("/i18n/setlang/", {"language": "en", "next": untranslated.url})
    assert response.url == "/en/courses/"  # the English catalogue: nearest translated ancestor
    response = client.post("/i18n/setlang/", {"language": "fr", "next": "/nl/bestaat-niet/"})
    assert response.status_code == 302
