import pytest
from wagtail.models import Locale

from courses.models import (
    CourseIndexPage,
    CoursePage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    LessonPage,
    ModulePage,
    Tag,
)
from lms.home.models import HomePage
from tests.factories import SectorFactory, _publish, course_tree


@pytest.fixture
def catalogue(db):
    signals, _ = course_tree(title="Signalen herkennen")
    talk, _ = course_tree(title="Het moeilijke gesprek", modules=1, lessons_per_module=1)
    signals.themes.set(Tag.objects.filter(kind="theme", code="signals"))
    signals.audiences.set(Tag.objects.filter(kind="audience", code="teacher"))
    signals.save_revision().publish()
    talk.themes.set(Tag.objects.filter(kind="theme", code="conversation"))
    talk.audiences.set(Tag.objects.filter(kind="audience", code__in=["youth_worker", "teacher"]))
    talk.save_revision().publish()
    return signals.get_parent().specific


def _titles(response):
    return [course.title for course in response.context["courses"]]


def test_catalogue_lists_live_courses(client, catalogue):
    response = client.get(catalogue.url)
    assert response.status_code == 200
    assert sorted(_titles(response)) == ["Het moeilijke gesprek", "Signalen herkennen"]
    assert "2 opleidingen" in response.content.decode()


def test_catalogue_filters_by_theme_and_audience(client, catalogue):
    assert _titles(client.get(catalogue.url, {"theme": "signals"})) == ["Signalen herkennen"]
    assert _titles(client.get(catalogue.url, {"audience": "youth_worker"})) == [
        "Het moeilijke gesprek"
    ]
    assert len(_titles(client.get(catalogue.url, {"audience": "teacher"}))) == 2


def test_catalogue_filters_by_language(client, catalogue):
    french = Locale.objects.get(language_code="fr")
    course = CoursePage.objects.get(title="Het moeilijke gesprek")
    translated = course.copy_for_translation(french, copy_parents=True)
    translated.title = "La conversation difficile"
    translated.save_revision().publish()
    assert _titles(client.get(catalogue.url, {"language": "fr"})) == ["Het moeilijke gesprek"]


def test_empty_filter_result_has_a_clear_message(client, catalogue):
    response = client.get(catalogue.url, {"theme": "parents"})
    assert _titles(response) == []
    html = response.content.decode()
    assert "Geen enkele opleiding past bij deze filters." in html
    assert "Toon alle opleidingen" in html


def test_unknown_filter_values_and_pages_do_not_break(client, catalogue):
    response = client.get(catalogue.url, {"theme": "nonsense", "page": "999"})
    assert response.status_code == 200


def test_unpublished_courses_are_not_listed(client, catalogue):
    CoursePage.objects.get(title="Signalen herkennen").unpublish()
    assert _titles(client.get(catalogue.url)) == ["Het moeilijke gesprek"]


def test_french_learners_fall_back_to_dutch_courses(client, catalogue):
    french = Locale.objects.get(language_code="fr")
    catalogue.copy_for_translation(french, copy_parents=True).save_revision().publish()
    course = CoursePage.objects.get(title="Het moeilijke gesprek")
    fr = course.copy_for_translation(french)
    fr.title = "La conversation difficile"
    fr.save_revision().publish()
    response = client.get("/fr/opleidingen/")
    titles = sorted(_titles(response))
    assert titles == ["La conversation difficile", "Signalen herkennen"]
    assert "En néerlandais" in response.content.decode()


def test_page_tree_rules(db):
    home = HomePage.objects.first()
    assert CourseIndexPage.can_create_at(home)
    assert not CoursePage.can_create_at(home)
    assert ModulePage.allowed_parent_page_models() == [CoursePage]
    assert LessonPage.allowed_parent_page_models() == [ModulePage]
    assert GoodPracticePage.allowed_parent_page_models() == [GoodPracticeIndexPage]
    assert LessonPage.allowed_subpage_models() == []


@pytest.fixture
def library(db):

    home = HomePage.objects.first()
    library = _publish(
        home, GoodPracticeIndexPage(title="Goede praktijken", slug="goede-praktijken")
    )
    jeugd = SectorFactory(name="Jeugd", slug="jeugd")
    for title, city, sector, theme in [
        ("Buurtgerichte jeugdwerking", "Mechelen", jeugd, "resilience"),
        ("Oudercafés", "Vilvoorde", None, "parents"),
    ]:
        page = GoodPracticePage(
            title=title,
            municipality=city,
            sector=sector,
            summary="Samenvatting",
            what_was_done="<p>Gedaan</p>",
            what_worked="<p>Werkte</p>",
        )
        library.add_child(instance=page)
        page.themes.set(Tag.objects.filter(kind="theme", code=theme))
        page.save_revision().publish()
    return library


def test_good_practices_filter_by_municipality_sector_and_theme(client, library):
    def titles(**params):
        return [p.title for p in client.get(library.url, params).context["practices"]]

    assert titles() == ["Buurtgerichte jeugdwerking", "Oudercafés"]
    assert titles(municipality="vilvoorde") == ["Oudercafés"]
    assert titles(sector="jeugd") == ["Buurtgerichte jeugdwerking"]
    assert titles(theme="parents") == ["Oudercafés"]
    html = client.get(library.url, {"municipality": "Brugge"}).content.decode()
    assert "Geen enkele goede praktijk past bij deze filters." in html
