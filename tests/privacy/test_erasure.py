"""Erasure by a platform administrator: afterwards no text, character or JSON column of any table
holds the learner's email, first name or last name; aggregates are unchanged; the certificate
verifies as issued to a removed account; the account cannot log in. Only platform
administrators reach the erasure screen."""

import datetime
import json
from decimal import Decimal

import pytest
from django.contrib.sessions.models import Session
from django.core.files.base import ContentFile
from django.db import connection
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from assessments.models import Attempt, EssayQuestion, Quiz, QuizQuestion, Response
from certificates.models import Certificate, CertificateArchive
from courses.models import LessonCompletion, ReflectionAnswer
from lms.accounts.models import ErasureRecord, User
from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role
from lms.cohorts.imports import enrollment_import_create
from lms.cohorts.models import Cohort, Enrollment, EnrollmentImport
from lms.privacy.erasure import ErasureError, removed_account_text, user_erase
from lms.scheduling.models import Attendance, CalendarFeed, Registration, TrainingSession
from lms.sectors.models import SectorMembership
from tests.factories import DEFAULT_PASSWORD, UserFactory, course_tree

EMAIL = "q.zwaertkopff@voorbeeld-school.example"
FIRST = "Quirijntje"
LAST = "Zwärtkopff"


# --- a database-wide text search (SQLite and PostgreSQL) -----------------------------------


def text_columns() -> list[tuple[str, str]]:
    """(table, column) of every text, character and JSON column of every table."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND data_type IN "
                "('text', 'character varying', 'character', 'json', 'jsonb')"
            )
            return list(cursor.fetchall())
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        tables = [row[0] for row in cursor.fetchall()]
        columns = []
        for table in tables:
            cursor.execute(f'PRAGMA table_info("{table}")')
            for _cid, name, declared, *_rest in cursor.fetchall():
                kind = (declared or "").lower()
                if any(word in kind for word in ("char", "text", "clob", "json")):
                    columns.append((table, name))
        return columns


def database_search(*needles: str) -> list[str]:
    """ "table.column: value" of every cell containing one of ``needles`` (case-insensitive,
    also in the \\u-escaped form JSON columns may store)."""
    forms = set()
    for needle in needles:
        forms.add(needle.lower())
        forms.add(json.dumps(needle)[1:-1].lower())
    hits = []
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table, column in text_columns():
            for form in forms:
                pattern = (
                    "%" + form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                )
                cursor.execute(
                    f"SELECT CAST({quote(column)} AS TEXT) FROM {quote(table)} "  # noqa: S608
                    f"WHERE LOWER(CAST({quote(column)} AS TEXT)) LIKE %s ESCAPE '\\'",
                    [pattern],
                )
                hits += [f"{table}.{column}: {row[0][:120]}" for row in cursor.fetchall()]
    return hits


def test_the_search_finds_what_is_there(learner):
    hits = database_search(learner.email, learner.first_name)
    assert any(hit.startswith("accounts_user.email") for hit in hits)
    assert any(hit.startswith("accounts_user.first_name") for hit in hits)


# --- a learner with data in every corner --------------------------------------------------


def build_rich_learner(sector, *, email=EMAIL, first_name=FIRST, last_name=LAST, title="Casus"):
    """A learner with enrolment, progress, reflections, a graded essay attempt, sessions (past
    with attendance, future with a waitlist behind them), a certificate with its PDF, an import
    that lists them, a calendar feed, a session, sign-in logs and admin history entries."""
    from axes.models import AccessAttempt, AccessLog
    from django_tasks_db.models import DBTaskResult
    from wagtail.log_actions import log
    from wagtail.models import Comment
    from wagtail.users.models import UserProfile

    user = UserFactory(
        email=email, first_name=first_name, last_name=last_name, organisation="Atheneum Qx"
    )
    trainer = UserFactory()
    SectorMembership.objects.create(user=trainer, sector=sector, role="trainer")
    course, lessons = course_tree(modules=1, lessons_per_module=2, title=f"{title} {sector.slug}")
    cohort = Cohort.objects.create(
        sector=sector, course=course, name=f"Groep {title}", starts_on=datetime.date(2026, 1, 5)
    )
    now = timezone.now()
    enrollment = Enrollment.objects.create(
        user=user,
        cohort=cohort,
        status=Enrollment.Status.COMPLETED,
        source=Enrollment.Source.INVITATION,
        enrolled_at=now - datetime.timedelta(days=30),
        completed_at=now - datetime.timedelta(days=2),
        invitation_digest="d" * 64,
    )
    for lesson in lessons:
        LessonCompletion.objects.create(
            user=user, lesson_key=lesson.translation_key, lesson=lesson, completed_at=now
        )
    ReflectionAnswer.objects.create(
        user=user,
        lesson_key=lessons[0].translation_key,
        text=f"Ik, {first_name} {last_name}, merkte dat een leerling stil werd.",
    )
    essay = EssayQuestion.objects.create(title="Essay", prompt="Hoe begin je het gesprek?")
    quiz = Quiz.objects.create(title=f"Toets {title}")
    quiz.quiz_questions.set([QuizQuestion(question=essay)])
    quiz.save()
    attempt = Attempt.objects.create(
        user=user,
        quiz=quiz,
        sector=sector,
        number=1,
        status=Attempt.Status.GRADED,
        started_at=now - datetime.timedelta(days=3),
        submitted_at=now - datetime.timedelta(days=3),
        score=Decimal("1"),
        max_score=Decimal("1"),
        percent=Decimal("100"),
        passed=True,
    )
    Response.objects.create(
        attempt=attempt,
        question=essay,
        answer={"text": f"Als {first_name} {last_name} zou ik eerst luisteren."},
        score=Decimal("1"),
        grader_feedback=f"Sterk antwoord, {first_name}!",
        graded_by=trainer,
        graded_at=now,
    )
    past = TrainingSession.objects.create(
        cohort=cohort,
        title="Gesprekstechnieken",
        starts_at=now - datetime.timedelta(days=10),
        ends_at=now - datetime.timedelta(days=10, hours=-3),
        location="Zaal 1, Gent",
        trainer=trainer,
    )
    registration = Registration.objects.create(
        session=past, user=user, status=Registration.Status.REGISTERED, queued_at=now
    )
    Attendance.objects.create(
        registration=registration,
        status=Attendance.Status.PRESENT,
        marked_by=trainer,
        marked_at=now - datetime.timedelta(days=10),
    )
    future = TrainingSession.objects.create(
        cohort=cohort,
        title="Terugkomdag",
        starts_at=now + datetime.timedelta(days=10),
        ends_at=now + datetime.timedelta(days=10, hours=3),
        location="Zaal 2, Gent",
        capacity=1,
    )
    Registration.objects.create(
        session=future, user=user, status=Registration.Status.REGISTERED, queued_at=now
    )
    waiting = UserFactory()
    Enrollment.objects.create(
        user=waiting, cohort=cohort, source=Enrollment.Source.CODE, enrolled_at=now
    )
    Registration.objects.create(
        session=future,
        user=waiting,
        status=Registration.Status.WAITLISTED,
        queued_at=now + datetime.timedelta(seconds=1),
    )
    certificate = Certificate.objects.create(
        enrollment=enrollment,
        user=user,
        sector=sector,
        learner_name=f"{first_name} {last_name}",
        course_title=course.title,
        sector_name=sector.name,
        cohort_name=cohort.name,
        hours=Decimal("1.5"),
    )
    certificate.pdf.save(
        f"{certificate.code}.pdf", ContentFile(f"%PDF-1.4 {first_name} {last_name}".encode())
    )
    archive = CertificateArchive.objects.create(
        cohort=cohort, requested_by=trainer, status=CertificateArchive.Status.DONE
    )
    archive.file.save("archive.zip", ContentFile(f"{first_name} {last_name}".encode()))
    csv = (
        f"email;voornaam;achternaam\n{email};{first_name};{last_name}\nander@x.example;An;De Smet\n"
    )
    enrollment_import_create(
        cohort=cohort, uploaded_by=trainer, filename="groep.csv", data=csv.encode()
    )
    CalendarFeed.objects.create(user=user)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "nl"
    profile.save()
    AccessLog.objects.create(
        username=email,
        ip_address="10.0.0.1",
        user_agent="Firefox",
        http_accept="*/*",
        path_info="/accounts/login/",
    )
    AccessAttempt.objects.create(
        username=email,
        ip_address="10.0.0.1",
        user_agent="Firefox",
        http_accept="*/*",
        path_info="/accounts/login/",
        get_data="",
        post_data=f"username={email}",
        failures_since_start=1,
    )
    log(instance=enrollment, action="wagtail.edit", user=trainer)
    log(instance=user, action="wagtail.edit", user=trainer)
    Comment.objects.create(
        page=lessons[0], user=user, text="Typfout in alinea 2", contentpath="title"
    )
    DBTaskResult.objects.create(
        task_path="lms.accounts.tasks.email_send_task",
        args_kwargs={"args": [], "kwargs": {"to": [email], "body": f"Dag {first_name}"}},
        backend_name="default",
        queue_name="default",
        run_after=now,
        status="SUCCESSFUL",
        exception_class_path="",
        traceback="",
    )
    return {
        "user": user,
        "trainer": trainer,
        "cohort": cohort,
        "enrollment": enrollment,
        "certificate": certificate,
        "archive": archive,
        "future": future,
        "waiting": waiting,
        "lessons": lessons,
        "quiz": quiz,
    }


def aggregates() -> dict:
    """What reports count: by course, sector and status."""

    def grouped(queryset, *fields):
        return list(queryset.values(*fields).annotate(n=Count("pk")).order_by(*fields))

    now = timezone.now()
    return {
        "enrollments": grouped(
            Enrollment.objects.all(), "cohort__course", "cohort__sector", "status"
        ),
        "completions": grouped(LessonCompletion.objects.all(), "lesson_key"),
        "attempts": grouped(Attempt.objects.all(), "quiz", "sector", "status", "passed"),
        "scores": list(Attempt.objects.order_by("pk").values_list("score", flat=True)),
        "past_registrations": grouped(
            Registration.objects.filter(session__starts_at__lt=now), "session", "status"
        ),
        "attendance": grouped(Attendance.objects.all(), "registration__session", "status"),
        "certificates": grouped(Certificate.objects.all(), "sector", "revoked_at"),
        "users": grouped(User.objects.all(), "job_role", "region"),
    }


@pytest.fixture
def platform_admin(db):
    admin = UserFactory(email="beheer@vlaanderen.example")
    user_assign_role(user=admin, role=Role.PLATFORM_ADMIN)
    return admin


@pytest.fixture
def rich(sector):
    return build_rich_learner(sector)


def test_erasure_leaves_no_trace_and_keeps_the_figures(
    rich, platform_admin, client, django_capture_on_commit_callbacks, mailoutbox
):
    user = rich["user"]
    certificate = rich["certificate"]
    pdf_path = certificate.pdf.path
    archive_path = rich["archive"].file.path
    import_file = EnrollmentImport.objects.get().file.path
    client.force_login(user)
    assert database_search(EMAIL, FIRST, LAST), "the search must see the learner before"
    before = aggregates()

    with django_capture_on_commit_callbacks(execute=True):
        record = user_erase(user=user, erased_by=platform_admin)

    hits = database_search(EMAIL, FIRST, LAST)
    assert hits == []
    assert aggregates() == before

    # The account stays as an anonymised, closed row.
    user.refresh_from_db()
    assert user.email.startswith("removed-") and user.email.endswith("@invalid")
    assert (user.first_name, user.last_name, user.organisation) == ("", "", "")
    assert not user.is_active and not user.has_usable_password()
    assert user.job_role == "teacher"
    assert not user.groups.exists()
    assert record.subject_id == user.pk and record.erased_by == platform_admin
    assert record.summary["courses.ReflectionAnswer.user"] == 1

    # Deleted: personal rows without figures; kept: those the figures count.
    assert not ReflectionAnswer.objects.filter(user=user).exists()
    assert not CalendarFeed.objects.filter(user=user).exists()
    assert Enrollment.objects.filter(user=user, status="completed").count() == 1
    assert LessonCompletion.objects.filter(user=user).count() == 2
    response = Response.objects.get(attempt__user=user)
    assert response.answer == {"text": ""} and response.score == Decimal("1")
    assert response.grader_feedback == ""
    assert Enrollment.objects.get(user=user).invitation_digest == ""

    # The place in the future session went to the first in line.
    assert Registration.objects.get(session=rich["future"], user=user).status == "cancelled"
    assert Registration.objects.get(session=rich["future"], user=rich["waiting"]).status == (
        "registered"
    )

    assert any(rich["waiting"].email in m.to for m in mailoutbox)
    assert not any(EMAIL in m.to or user.email in m.to for m in mailoutbox)

    # Files with the name are gone; the old session no longer logs in.
    import os

    assert not os.path.exists(pdf_path)
    assert not os.path.exists(archive_path)
    assert not os.path.exists(import_file)
    assert not CertificateArchive.objects.filter(pk=rich["archive"].pk).exists()
    assert not Session.objects.filter(session_data__isnull=False).exists() or all(
        s.get_decoded().get("_auth_user_id") != str(user.pk) for s in Session.objects.all()
    )
    assert client.get(reverse("accounts:profile")).status_code == 302

    # The certificate verifies, as issued to a removed account.
    certificate.refresh_from_db()
    assert certificate.status == "valid" and certificate.pdf.name == ""
    data = client.get(
        reverse("certificates:verify", args=[certificate.code]), {"format": "json"}
    ).json()
    assert data["status"] == "valid"
    assert data["learner_name"] == removed_account_text()
    assert data["course"] == certificate.course_title

    # No way back in.
    response = client.post(
        reverse("accounts:login"), {"username": EMAIL, "password": DEFAULT_PASSWORD}
    )
    assert response.status_code == 200 and "_auth_user_id" not in client.session


def test_other_learners_are_untouched(rich, sector, platform_admin):
    other = build_rich_learner(
        sector,
        email="an.ander@school.example",
        first_name="Annabel",
        last_name="Ondergrond",
        title="Ander",
    )
    user_erase(user=rich["user"], erased_by=platform_admin)
    other_user = User.objects.get(pk=other["user"].pk)
    assert other_user.email == "an.ander@school.example" and other_user.is_active
    assert ReflectionAnswer.objects.filter(user=other_user).count() == 1
    assert Certificate.objects.get(user=other_user).learner_name == "Annabel Ondergrond"
    assert Response.objects.get(attempt__user=other_user).answer["text"]
    assert database_search("an.ander@school.example", "Ondergrond")


def test_erasure_refuses_twice_and_oneself(rich, platform_admin):
    with pytest.raises(ErasureError):
        user_erase(user=platform_admin, erased_by=platform_admin)
    user_erase(user=rich["user"], erased_by=platform_admin)
    with pytest.raises(ErasureError):
        user_erase(user=rich["user"], erased_by=platform_admin)
    assert ErasureRecord.objects.count() == 1


def test_an_erased_staff_member_leaves_their_work_in_place(rich, platform_admin):
    trainer = rich["trainer"]
    user_erase(user=trainer, erased_by=platform_admin)
    assert not SectorMembership.objects.filter(user=trainer).exists()
    assert Response.objects.get(attempt__user=rich["user"]).graded_by is None
    assert Attendance.objects.get().marked_by is None
    assert TrainingSession.objects.filter(trainer__isnull=False).count() == 0
    assert EnrollmentImport.objects.get().uploaded_by is None
    # The learner's own data is not the trainer's: it stays.
    assert ReflectionAnswer.objects.filter(user=rich["user"]).exists()


# --- the admin screen ------------------------------------------------------------------------


def erase_url(user) -> str:
    return reverse("privacy_erase", args=[user.pk])


def test_platform_admin_erases_after_typing_the_email(
    rich, platform_admin, client, django_capture_on_commit_callbacks
):
    user = rich["user"]
    client.force_login(platform_admin)
    page = client.get(erase_url(user))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'id="erase-form"' in html and "courses.ReflectionAnswer.user" in html

    wrong = client.post(erase_url(user), {"email": "iemand@anders.example"})
    assert wrong.status_code == 400
    assert User.objects.get(pk=user.pk).email == EMAIL

    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(erase_url(user), {"email": EMAIL.upper()})
    assert done.status_code == 302 and done["Location"] == reverse("wagtailusers_users:index")
    assert User.objects.get(pk=user.pk).email.endswith("@invalid")
    assert ErasureRecord.objects.get().erased_by == platform_admin
    again = client.get(erase_url(user))
    assert 'id="erase-already"' in again.content.decode()


def test_the_users_listing_offers_erasure_to_platform_admins(rich, platform_admin, client):
    client.force_login(platform_admin)
    html = client.get(reverse("wagtailusers_users:index")).content.decode()
    assert erase_url(rich["user"]) in html
    assert erase_url(platform_admin) not in html


@pytest.mark.parametrize("role", ["trainer", "coordinator"])
def test_sector_staff_cannot_erase(rich, sector, client, role):
    staff = UserFactory()
    SectorMembership.objects.create(user=staff, sector=sector, role=role)
    user_assign_role(user=staff, role=Role.TRAINER if role == "trainer" else Role.COORDINATOR)
    client.force_login(staff)
    assert client.get(erase_url(rich["user"])).status_code == 404
    assert client.post(erase_url(rich["user"]), {"email": EMAIL}).status_code == 404
    assert User.objects.get(pk=rich["user"].pk).email == EMAIL


def test_learners_and_visitors_cannot_erase(rich, learner, client):
    assert client.get(erase_url(rich["user"])).status_code == 302  # to the admin login
    client.force_login(learner)
    assert client.post(erase_url(rich["user"]), {"email": EMAIL}).status_code in (302, 403)
    assert User.objects.get(pk=rich["user"].pk).email == EMAIL
