from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Locale, Page

from lms.accounts.models import User
from lms.accounts.roles import GROUP_NAMES, Role
from lms.home.management.commands.seed_demo import ACCOUNTS, DEMO_PASSWORD, SECTORS
from lms.sectors.models import Sector, SectorMembership


def _snapshot():
    return (
        list(User.objects.order_by("pk").values_list("pk", "email", "password", "last_login")),
        list(Sector.objects.order_by("pk").values()),
        list(
            SectorMembership.objects.order_by("pk").values_list(
                "pk", "user_id", "sector_id", "role"
            )
        ),
        list(
            Page.objects.order_by("pk").values_list(
                "pk", "path", "title", "live", "latest_revision_id"
            )
        ),
        list(Group.objects.order_by("pk").values_list("pk", "name")),
    )


def test_seed_demo_is_idempotent(db):
    first = StringIO()
    call_command("seed_demo", stdout=first)
    assert "beheerder@vorming.example" in first.getvalue()
    assert DEMO_PASSWORD in first.getvalue()
    before = _snapshot()

    second = StringIO()
    call_command("seed_demo", stdout=second)
    assert "nothing changed" in second.getvalue()
    assert _snapshot() == before


def test_seed_demo_creates_sectors_and_one_account_per_role(client, db):
    call_command("seed_demo", stdout=StringIO())
    assert set(Sector.objects.values_list("name", flat=True)) == {name for name, _, _ in SECTORS}
    assert len(SECTORS) == 7

    for role in Role:
        assert User.objects.filter(groups__name=GROUP_NAMES[role]).exists(), role
    for slug in ("onderwijs", "jeugd"):
        for role in ("trainer", "coordinator"):
            assert SectorMembership.objects.filter(sector__slug=slug, role=role).exists()
    learner_sectors = {a.sector for a in ACCOUNTS if a.role == Role.LEARNER}
    assert len(learner_sectors) >= 2

    for account in ACCOUNTS:
        response = client.post(
            "/accounts/login/", {"username": account.email.upper(), "password": DEMO_PASSWORD}
        )
        assert response.status_code == 302, account.email
        client.post("/accounts/logout/")


def test_seeded_content_is_valid_and_covers_every_block_type(db):
    from courses.models import CoursePage, GoodPracticePage, LessonPage, ModulePage

    call_command("seed_demo", stdout=StringIO())
    courses = CoursePage.objects.live()
    assert {c.title for c in courses} >= {
        "Signalen van radicalisering herkennen",
        "Het moeilijke gesprek voeren",
        "Casussen uit de praktijk",
    }
    all_types = {name for name, _ in LessonPage.body.field.stream_block.child_blocks.items()}
    scenarios = 0
    for course in courses:
        assert ModulePage.objects.child_of(course).count() >= 2
        lessons = LessonPage.objects.live().descendant_of(course)
        assert lessons.count() >= 6
        used = set()
        for lesson in lessons:
            # Seeded content passes the same validation as content entered in the admin.
            lesson.body.stream_block.clean(lesson.body)
            used |= {block.block_type for block in lesson.body}
            scenarios += sum(1 for block in lesson.body if block.block_type == "case_scenario")
        assert used == all_types, f"{course.title} misses {all_types - used}"
    assert scenarios >= 3
    assert GoodPracticePage.objects.live().values("municipality").distinct().count() >= 6


def test_one_course_is_seeded_in_french_and_english(client, db):
    from django.utils.html import escape

    from courses.models import CoursePage, LessonPage

    call_command("seed_demo", stdout=StringIO())
    dutch = CoursePage.objects.get(slug="het-moeilijke-gesprek-voeren", locale__language_code="nl")
    for code, prefix in (("fr", "/fr/formations/"), ("en", "/en/courses/")):
        translated = dutch.get_translation(Locale.objects.get(language_code=code))
        assert translated.live and translated.title != dutch.title
        assert translated.url.startswith(prefix)
        lessons = LessonPage.objects.live().descendant_of(translated)
        assert lessons.count() == LessonPage.objects.live().descendant_of(dutch).count()
        lesson = lessons.first()
        response = client.get(lesson.url)
        assert response.status_code == 200
        assert f'lang="{code}' in response.content.decode()
        assert escape(lesson.title) in response.content.decode()


def test_seed_demo_adds_a_quiz_per_course_and_finished_attempts(db):
    from assessments.models import Attempt, Question, Quiz
    from courses.models import LessonQuiz

    call_command("seed_demo", stdout=StringIO())
    assert Quiz.objects.count() == 3
    for quiz in Quiz.objects.all():
        kinds = {type(qq.question.get_real_instance()).__name__ for qq in quiz.quiz_questions.all()}
        assert len(kinds) == 8, (quiz.title, kinds)
    assert LessonQuiz.objects.count() == 3
    assert Question.objects.count() == 24
    statuses = sorted(Attempt.objects.values_list("status", flat=True))
    assert statuses == ["graded", "needs_grading"]
    assert Attempt.objects.get(status="graded").passed is False
