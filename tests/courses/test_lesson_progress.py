import pytest
from wagtail.models import Locale

from courses.models import LessonCompletion
from courses.selectors import course_outline, learner_course_progress
from courses.services import LessonNotAvailable, lesson_complete
from tests.factories import course_tree


def test_marking_a_lesson_done_is_idempotent(learner, lessons):
    first, created = lesson_complete(user=learner, lesson=lessons[0])
    again, created_again = lesson_complete(user=learner, lesson=lessons[0])
    assert created and not created_again
    assert first.pk == again.pk
    assert LessonCompletion.objects.filter(user=learner).count() == 1


def test_an_unpublished_lesson_cannot_be_completed(learner, lessons):
    lessons[1].unpublish()
    lessons[1].refresh_from_db()
    with pytest.raises(LessonNotAvailable):
        lesson_complete(user=learner, lesson=lessons[1])
    assert not LessonCompletion.objects.exists()


def test_progress_is_shared_across_translations(
    learner, course, lessons, django_capture_on_commit_callbacks
):
    french = Locale.objects.get(language_code="fr")
    home_fr = course.get_parent().get_parent().specific
    if not home_fr.get_translations().filter(locale=french).exists():
        home_fr.copy_for_translation(french)
    lesson_fr = lessons[0].copy_for_translation(french, copy_parents=True)
    lesson_fr.save_revision().publish()
    lesson_fr.refresh_from_db()
    lesson_complete(user=learner, lesson=lesson_fr)
    outline = course_outline(course=course, user=learner)
    assert outline["progress"].done == 1
    assert outline["modules"][0].lessons[0][1] is True


def test_outline_progress_and_next_lesson(learner, course, lessons):
    lesson_complete(user=learner, lesson=lessons[0])
    lesson_complete(user=learner, lesson=lessons[1])
    outline = course_outline(course=course, user=learner)
    assert (outline["progress"].done, outline["progress"].total, outline["progress"].percent) == (
        2,
        6,
        33,
    )
    assert outline["next_lesson"].pk == lessons[2].pk
    assert [len(m.lessons) for m in outline["modules"]] == [3, 3]


def test_learner_progress_over_all_courses(learner, lessons):
    _other, other_lessons = course_tree(title="Het moeilijke gesprek", lessons_per_module=2)
    lesson_complete(user=learner, lesson=other_lessons[0])
    rows = {course.title: progress for course, progress in learner_course_progress(user=learner)}
    assert (rows["Het moeilijke gesprek"].done, rows["Het moeilijke gesprek"].total) == (1, 4)
    assert (rows["Signalen herkennen"].done, rows["Signalen herkennen"].total) == (0, 6)


# Whole-request budgets (session, user, routing, Wagtail's privacy checks included), the same at
# every size of course.
COURSE_PAGE_BUDGET = 8
LESSON_PAGE_BUDGET = 10
DASHBOARD_BUDGET = 10  # courses, cohorts with progress, next sessions
CATALOGUE_BUDGET = 12


@pytest.mark.parametrize("lessons_per_module", [5, 50])
def test_query_budgets(client, learner, lessons_per_module, django_assert_max_num_queries):
    course, lessons = course_tree(
        modules=1, lessons_per_module=lessons_per_module, title=f"Cursus {lessons_per_module}"
    )
    course_tree(modules=2, lessons_per_module=lessons_per_module, title="Tweede cursus")
    for lesson in lessons[: lessons_per_module // 2]:
        lesson_complete(user=learner, lesson=lesson)
    client.force_login(learner)
    client.get(course.url)  # warm the site and locale caches
    with django_assert_max_num_queries(COURSE_PAGE_BUDGET):
        assert client.get(course.url).status_code == 200
    with django_assert_max_num_queries(LESSON_PAGE_BUDGET):
        assert client.get(lessons[-1].url).status_code == 200
    with django_assert_max_num_queries(DASHBOARD_BUDGET):
        assert client.get("/dashboard/").status_code == 200
    with django_assert_max_num_queries(CATALOGUE_BUDGET):
        assert client.get(course.get_parent().url).status_code == 200
