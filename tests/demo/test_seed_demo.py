from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Locale, Page

from lms.accounts.models import User
from lms.accounts.roles import GROUP_NAMES, Role
from lms.demo.management.commands.seed_demo import ACCOUNTS, DEMO_PASSWORD, SECTORS
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
    demo = Attempt.objects.filter(user__email__endswith="@vorming.example")
    assert sorted(demo.values_list("status", flat=True)) == ["graded", "needs_grading"]
    assert demo.get(status="graded").passed is False
    # Learners who completed their cohort passed its quiz (essay graded by their trainer).
    completed = Attempt.objects.filter(user__email__endswith="@demo.vorming.example")
    assert completed.exists() and set(completed.values_list("passed", flat=True)) == {True}


def test_seed_demo_rolls_out_cohorts_sessions_and_learners_at_every_stage(db):
    from django.utils import timezone

    from assessments.models import Attempt
    from lms.cohorts.models import Cohort, Enrollment
    from lms.scheduling.models import Attendance, Registration, TrainingSession

    call_command("seed_demo", stdout=StringIO())
    assert Cohort.objects.values("sector").distinct().count() >= 4
    statuses = set(Enrollment.objects.values_list("status", flat=True))
    assert statuses == {"invited", "active", "completed", "withdrawn"}
    now = timezone.now()
    past = TrainingSession.objects.filter(ends_at__lt=now)
    assert past.exists()
    assert set(
        Attendance.objects.filter(registration__session__in=past).values_list("status", flat=True)
    ) == {"present", "absent", "excused"}
    full = [
        s
        for s in TrainingSession.objects.filter(starts_at__gt=now)
        if s.registrations.filter(status="registered").count() == s.capacity
        and s.registrations.filter(status="waitlisted").exists()
    ]
    assert full, "a future session should be full with a waitlist"
    assert Registration.objects.filter(status="waitlisted").exists()
    # The demo attempts were taken in the learners' sectors, so trainers find them.
    assert not Attempt.objects.filter(sector__isnull=True).exists()
    assert Attempt.objects.filter(status="needs_grading", sector__slug="onderwijs").exists()


def test_seed_demo_issues_revokes_and_expires_certificates(db, django_capture_on_commit_callbacks):
    from pypdf import PdfReader

    from certificates.models import Certificate, CertificateTemplate
    from lms.cohorts.models import Enrollment

    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=StringIO())
    assert CertificateTemplate.objects.values("sector").distinct().count() >= 3
    completed = Enrollment.objects.filter(status="completed", cohort__issues_certificate=True)
    assert completed.exists()
    # Exactly one certificate per completed enrollment (issued at completion and by the demo).
    assert Certificate.objects.count() == completed.count()
    statuses = {c.status for c in Certificate.objects.all()}
    assert statuses == {"valid", "revoked", "expired"}
    certificate = Certificate.objects.filter(revoked_at__isnull=True).first()
    assert certificate.pdf
    with certificate.pdf.open("rb") as handle:
        text = "".join(page.extract_text() for page in PdfReader(handle).pages)
    assert certificate.code in text.replace("\n", "")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=StringIO())
    assert Certificate.objects.count() == completed.count()
