from wagtail.models import Locale

from courses.models import CoursePage
from tests.factories import course_tree


def _titles(response):
    return [page.title for page in response.context["results"]]


def test_search_finds_published_courses_and_lessons(client, db):
    _course, _lessons = course_tree(title="Polarisering in de klas")
    response = client.get("/search/", {"q": "polarisering"})
    assert response.status_code == 200
    assert "Polarisering in de klas" in _titles(response)
    body_hit = client.get("/search/", {"q": "terugtrekking"})
    assert "Les 1.1" in _titles(body_hit)


def test_search_ignores_unpublished_pages(client, db):
    course, _lessons = course_tree(title="Verborgen opleiding")
    course.unpublish()
    assert "Verborgen opleiding" not in _titles(client.get("/search/", {"q": "verborgen"}))


def test_search_respects_language_with_dutch_fallback(client, db):
    course, _ = course_tree(title="Radicalisering herkennen")
    _other, _ = course_tree(title="Radicalisering bespreken")
    french = Locale.objects.get(language_code="fr")
    fr = course.copy_for_translation(french, copy_parents=True)
    fr.title = "Reconnaître la radicalisation"
    fr.save_revision().publish()
    client.post("/i18n/setlang/", {"language": "fr", "next": "/search/"})
    titles = _titles(client.get("/search/", {"q": "radicalisering"})) + _titles(
        client.get("/search/", {"q": "radicalisation"})
    )
    assert "Radicalisering herkennen" not in titles  # the French version replaces it
    assert "Radicalisering bespreken" in titles  # untranslated: Dutch fallback
    assert CoursePage.objects.filter(locale=french).count() == 1


def test_empty_and_nonsense_queries(client, db):
    assert client.get("/search/").status_code == 200
    response = client.get("/search/", {"q": "xyzzyqwerty"})
    assert "Niets gevonden" in response.content.decode()
    assert client.get("/search/", {"q": "a" * 1000, "page": "abc"}).status_code == 200
