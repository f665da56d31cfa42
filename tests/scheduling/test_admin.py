"""Sessions in the Wagtail admin: scoped by the cohort's sector, validated, and changes sent to
registrants; the attendance roster and the cancel screen for the sector's own staff only."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role
from lms.scheduling import services
from lms.scheduling.models import Attendance, TrainingSession
from tests.factories import (
    AttendanceFactory,
    CohortFactory,
    EnrollmentFactory,
    RegistrationFactory,
    SectorMembershipFactory,
    TrainingSessionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def _platform_admin():
    user = UserFactory()
    user_assign_role(user=user, role=Role.PLATFORM_ADMIN)
    return user


def _url(action, obj=None):
    name = TrainingSession.snippet_viewset.get_url_name(action)
    return reverse(name, args=[obj.pk]) if obj else reverse(name)


def _form(cohort, **overrides):
    starts = (timezone.localtime() + datetime.timedelta(days=10)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    data = {
        "cohort": cohort.pk,
        "title": "Casusbespreking",
        "description": "",
        "starts_at": starts.strftime("%Y-%m-%d %H:%M"),
        "ends_at": (starts + datetime.timedelta(hours=3)).strftime("%Y-%m-%d %H:%M"),
        "format": "classroom",
        "location": "Stadhuis, Botermarkt 1, Gent",
        "online_url": "",
        "capacity": "12",
        "trainer": "",
    }
    data.update(overrides)
    return data


def _form_from(session, **overrides):
    data = _form(session.cohort, title=session.title, capacity=str(session.capacity))
    local = timezone.localtime(session.starts_at)
    data["starts_at"] = local.strftime("%Y-%m-%d %H:%M")
    data["ends_at"] = timezone.localtime(session.ends_at).strftime("%Y-%m-%d %H:%M")
    data["location"] = session.location
    data.update(overrides)
    return data


# --- listing, forms and sector isolation ------------------------------------------------


def test_trainer_lists_only_own_sector_sessions(client, trainer, session, other_session):
    client.force_login(trainer)
    response = client.get(_url("list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert session.title in html
    assert other_session.title not in html
    assert _url("edit", session) in html
    assert _url("edit", other_session) not in html
    # The cohort filter offers own cohorts only.
    assert session.cohort.name in html
    assert other_session.cohort.name not in html
    assert reverse("scheduling_admin:attendance", args=[session.pk]) in html
    assert reverse("scheduling_admin:cancel", args=[session.pk]) in html
    # Filtering by another sector's cohort is not possible either.
    response = client.get(_url("list"), {"cohort": other_session.cohort_id})
    assert other_session.title not in response.content.decode()


def test_listing_counts_places(client, trainer, cohort):
    session = TrainingSessionFactory(cohort=cohort, title="Telling", capacity=2)
    for user in EnrollmentFactory.users(cohort=cohort, count=3):
        services.registration_create(session=session, user=user)
    client.force_login(trainer)
    assert "2 / 2" in client.get(_url("list")).content.decode()


def test_platform_admin_sees_every_sector(client, session, other_session):
    admin = _platform_admin()
    client.force_login(admin)
    html = client.get(_url("list")).content.decode()
    assert session.title in html and other_session.title in html


def test_another_sectors_session_does_not_exist_for_a_trainer(
    client, trainer, other_session, cohort
):
    client.force_login(trainer)
    for action in ("edit", "delete", "history", "inspect", "usage"):
        assert client.get(_url(action, other_session)).status_code == 404, action
    response = client.post(_url("edit", other_session), _form(cohort, title="Gekaapt"))
    assert response.status_code == 404
    assert client.post(_url("delete", other_session)).status_code == 404
    other_session.refresh_from_db()
    assert other_session.title == "Jeugdwerk en polarisatie"


def test_bulk_delete_of_another_sectors_session_is_refused(client, trainer, other_session):
    client.force_login(trainer)
    url = reverse("wagtail_bulk_action", args=("scheduling", "trainingsession", "delete"))
    response = client.post(f"{url}?id={other_session.pk}")
    assert response.status_code in (302, 403, 404)
    assert TrainingSession.objects.filter(pk=other_session.pk).exists()


def test_learners_have_no_admin_access(client, enrolled, session):
    client.force_login(enrolled)
    for url in (
        _url("list"),
        _url("edit", session),
        reverse("scheduling_admin:attendance", args=[session.pk]),
        reverse("scheduling_admin:cancel", args=[session.pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert session.title not in response.content.decode()


def test_add_form_offers_own_cohorts_and_trainers_only(
    client, trainer, cohort, other_cohort, other_trainer
):
    client.force_login(trainer)
    response = client.get(_url("add"))
    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.fields["cohort"].queryset) == [cohort]
    assert trainer in form.fields["trainer"].queryset
    assert other_trainer not in form.fields["trainer"].queryset
    html = response.content.decode()
    assert other_cohort.name not in html


def test_trainer_adds_a_session_to_an_own_cohort(client, trainer, cohort):
    client.force_login(trainer)
    response = client.post(_url("add"), _form(cohort, trainer=trainer.pk))
    assert response.status_code == 302, response.context["form"].errors
    session = TrainingSession.objects.get(title="Casusbespreking")
    assert session.cohort == cohort and session.trainer == trainer
    assert session.sequence == 0


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"location": ""}, "location"),
        ({"format": "online", "location": "", "online_url": ""}, "online_url"),
        ({"ends_at": "2020-01-01 08:00"}, "ends_at"),
        ({"capacity": "0"}, "capacity"),
    ],
)
def test_add_form_applies_the_model_rules(client, trainer, cohort, overrides, field):
    client.force_login(trainer)
    response = client.post(_url("add"), _form(cohort, **overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not TrainingSession.objects.exists()


def test_add_form_refuses_other_sectors_cohorts_and_trainers(
    client, trainer, cohort, other_cohort, other_trainer
):
    client.force_login(trainer)
    response = client.post(_url("add"), _form(other_cohort))
    assert "cohort" in response.context["form"].errors
    response = client.post(_url("add"), _form(cohort, trainer=other_trainer.pk))
    assert "trainer" in response.context["form"].errors
    assert not TrainingSession.objects.exists()


def test_platform_admin_picks_a_trainer_of_the_cohorts_sector(
    client, cohort, trainer, other_trainer
):
    client.force_login(_platform_admin())
    response = client.post(_url("add"), _form(cohort, trainer=other_trainer.pk))
    assert "trainer" in response.context["form"].errors
    response = client.post(_url("add"), _form(cohort, trainer=trainer.pk))
    assert response.status_code == 302


def test_moving_a_session_in_the_admin_tells_the_registrants(
    client, trainer, cohort, mailoutbox, django_capture_on_commit_callbacks
):
    session = TrainingSessionFactory(cohort=cohort)
    (user,) = EnrollmentFactory.users(cohort=cohort, count=1)
    services.registration_create(session=session, user=user)
    mailoutbox.clear()
    client.force_login(trainer)
    new_start = timezone.localtime(session.starts_at) + datetime.timedelta(hours=2)
    data = _form_from(
        session,
        starts_at=new_start.strftime("%Y-%m-%d %H:%M"),
        ends_at=(new_start + datetime.timedelta(hours=3)).strftime("%Y-%m-%d %H:%M"),
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url("edit", session), data)
    assert response.status_code == 302, response.context["form"].errors
    session.refresh_from_db()
    assert session.sequence == 1
    assert timezone.localtime(session.starts_at).hour == new_start.hour
    (message,) = mailoutbox
    assert message.to == [user.email]
    calendar = Calendar.from_ical(message.attachments[0][1])
    assert calendar["METHOD"] == "REQUEST"
    assert next(iter(calendar.events))["SEQUENCE"] == 1


def test_saving_without_changes_sends_nothing(
    client, trainer, cohort, mailoutbox, django_capture_on_commit_callbacks
):
    session = TrainingSessionFactory(cohort=cohort)
    services.registration_create(
        session=session, user=EnrollmentFactory.users(cohort=cohort, count=1)[0]
    )
    mailoutbox.clear()
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url("edit", session), _form_from(session))
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.sequence == 0
    assert mailoutbox == []


def test_edit_form_guards_registrations(client, trainer, cohort, sector, course):
    second_cohort = CohortFactory(
        sector=sector, course=course, name="Tweede groep", enrolment_code="TWEEDE26"
    )
    session = TrainingSessionFactory(cohort=cohort, capacity=3)
    for user in EnrollmentFactory.users(cohort=cohort, count=2):
        services.registration_create(session=session, user=user)
    client.force_login(trainer)
    response = client.post(_url("edit", session), _form_from(session, capacity="1"))
    assert "capacity" in response.context["form"].errors
    response = client.post(_url("edit", session), _form_from(session, cohort=second_cohort.pk))
    assert "cohort" in response.context["form"].errors
    session.refresh_from_db()
    assert session.capacity == 3 and session.cohort == cohort


def test_cancelled_session_cannot_be_edited(client, trainer, session):
    services.session_cancel(session=session)
    client.force_login(trainer)
    response = client.post(_url("edit", session), _form_from(session, title="Toch nog"))
    assert response.status_code == 200
    assert response.context["form"].non_field_errors()
    session.refresh_from_db()
    assert session.title != "Toch nog"


def test_session_with_registrations_is_cancelled_not_deleted(client, trainer, cohort):
    session = TrainingSessionFactory(cohort=cohort)
    services.registration_create(
        session=session, user=EnrollmentFactory.users(cohort=cohort, count=1)[0]
    )
    empty = TrainingSessionFactory(cohort=cohort, title="Leeg")
    client.force_login(trainer)
    response = client.post(_url("delete", session))
    assert response.status_code == 302
    assert TrainingSession.objects.filter(pk=session.pk).exists()
    url = reverse("wagtail_bulk_action", args=("scheduling", "trainingsession", "delete"))
    client.post(f"{url}?id={session.pk}")
    assert TrainingSession.objects.filter(pk=session.pk).exists()
    assert client.post(_url("delete", empty)).status_code == 302
    assert not TrainingSession.objects.filter(pk=empty.pk).exists()


# --- cancel screen ---------------------------------------------------------------------


def test_cancel_screen_asks_then_cancels_and_emails(
    client, trainer, cohort, mailoutbox, django_capture_on_commit_callbacks
):
    session = TrainingSessionFactory(cohort=cohort, capacity=1)
    users = EnrollmentFactory.users(cohort=cohort, count=2)
    for user in users:
        services.registration_create(session=session, user=user)
    mailoutbox.clear()
    client.force_login(trainer)
    url = reverse("scheduling_admin:cancel", args=[session.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["to_notify"] == 2
    session.refresh_from_db()
    assert not session.is_cancelled
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.is_cancelled
    assert sorted(m.to[0] for m in mailoutbox) == sorted(u.email for u in users)
    # A second cancel changes nothing and says so.
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert len(mailoutbox) == 2


def test_cancel_screen_is_404_for_another_sector(client, other_trainer, session):
    client.force_login(other_trainer)
    url = reverse("scheduling_admin:cancel", args=[session.pk])
    assert client.get(url).status_code == 404
    assert client.post(url).status_code == 404
    session.refresh_from_db()
    assert not session.is_cancelled


# --- attendance roster -----------------------------------------------------------------


def _register(session, users, status="registered"):
    return [RegistrationFactory(session=session, user=u, status=status) for u in users]


def test_roster_lists_registered_learners_and_the_waitlist(client, trainer, cohort):
    session = TrainingSessionFactory(cohort=cohort, started=True, capacity=2)
    registered = _register(session, EnrollmentFactory.users(cohort=cohort, count=2))
    waiting = _register(session, EnrollmentFactory.users(cohort=cohort, count=1), "waitlisted")
    client.force_login(trainer)
    response = client.get(reverse("scheduling_admin:attendance", args=[session.pk]))
    assert response.status_code == 200
    roster = response.context["roster"]
    assert {r.pk for r in roster.registered} == {r.pk for r in registered}
    assert [r.pk for r in roster.waitlist] == [w.pk for w in waiting]
    html = response.content.decode()
    for registration in registered:
        assert f'name="attendance-{registration.pk}"' in html
    assert f'name="attendance-{waiting[0].pk}"' not in html
    assert waiting[0].user.email in html
    assert response.context["can_mark"]


def test_roster_saves_marks_and_completes_enrollments(client, trainer, cohort):
    cohort.attendance_required = True
    cohort.save()
    session = TrainingSessionFactory(cohort=cohort, started=True)
    present, absent, unmarked = _register(session, EnrollmentFactory.users(cohort=cohort, count=3))
    waiting = _register(session, EnrollmentFactory.users(cohort=cohort, count=1), "waitlisted")[0]
    client.force_login(trainer)
    url = reverse("scheduling_admin:attendance", args=[session.pk])
    response = client.post(
        url,
        {
            f"attendance-{present.pk}": "present",
            f"attendance-{absent.pk}": "absent",
            f"attendance-{waiting.pk}": "present",  # not on the roster: ignored
        },
        follow=True,
    )
    assert response.status_code == 200
    marks = dict(Attendance.objects.values_list("registration_id", "status"))
    assert marks == {present.pk: "present", absent.pk: "absent"}
    assert Attendance.objects.get(registration=present).marked_by == trainer
    assert response.context["roster"].present == 1
    assert present.user.enrollments.get().status == "completed"
    assert absent.user.enrollments.get().status == "active"
    assert unmarked.user.enrollments.get().status == "active"


def test_roster_refuses_unknown_marks_and_changes_nothing(client, trainer, cohort):
    session = TrainingSessionFactory(cohort=cohort, started=True)
    one, two = _register(session, EnrollmentFactory.users(cohort=cohort, count=2))
    client.force_login(trainer)
    url = reverse("scheduling_admin:attendance", args=[session.pk])
    response = client.post(url, {f"attendance-{one.pk}": "present", f"attendance-{two.pk}": "x"})
    assert response.status_code == 400
    assert not Attendance.objects.exists()


def test_roster_before_the_start_is_read_only(client, trainer, cohort):
    session = TrainingSessionFactory(cohort=cohort)
    (registration,) = _register(session, EnrollmentFactory.users(cohort=cohort, count=1))
    client.force_login(trainer)
    url = reverse("scheduling_admin:attendance", args=[session.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert not response.context["can_mark"]
    response = client.post(url, {f"attendance-{registration.pk}": "present"})
    assert response.status_code == 400
    assert not Attendance.objects.exists()


def test_roster_is_404_for_another_sectors_staff(client, other_trainer, cohort):
    session = TrainingSessionFactory(cohort=cohort, started=True)
    (registration,) = _register(session, EnrollmentFactory.users(cohort=cohort, count=1))
    client.force_login(other_trainer)
    url = reverse("scheduling_admin:attendance", args=[session.pk])
    response = client.get(url)
    assert response.status_code == 404
    assert registration.user.email not in response.content.decode()
    assert client.post(url, {f"attendance-{registration.pk}": "present"}).status_code == 404
    assert not Attendance.objects.exists()


def test_coordinator_of_the_sector_keeps_attendance_too(client, sector, cohort):
    coordinator = SectorMembershipFactory(sector=sector, role="coordinator").user
    session = TrainingSessionFactory(cohort=cohort, started=True)
    (registration,) = _register(session, EnrollmentFactory.users(cohort=cohort, count=1))
    client.force_login(coordinator)
    url = reverse("scheduling_admin:attendance", args=[session.pk])
    assert client.post(url, {f"attendance-{registration.pk}": "excused"}).status_code == 302
    assert Attendance.objects.get().status == "excused"


@pytest.mark.parametrize("count", [10, 100])
def test_roster_query_count_is_flat(client, trainer, cohort, count, django_assert_max_num_queries):
    session = TrainingSessionFactory(cohort=cohort, started=True, capacity=count)
    users = [UserFactory() for _ in range(count + 5)]
    registrations = _register(session, users[:count])
    _register(session, users[count:], "waitlisted")
    for registration in registrations[::2]:
        AttendanceFactory(registration=registration, status="present")
    client.force_login(trainer)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("scheduling_admin:attendance", args=[session.pk]))
    assert response.status_code == 200
    assert len(response.context["roster"].registered) == count
    assert response.context["roster"].present == (count + 1) // 2


@pytest.mark.parametrize("count", [5, 50])
def test_admin_listing_query_count_is_flat(
    client, trainer, cohort, count, django_assert_max_num_queries
):
    users = EnrollmentFactory.users(cohort=cohort, count=2)
    for n in range(count):
        session = TrainingSessionFactory(cohort=cohort, title=f"Sessie {n}")
        if n % 2:
            services.registration_create(session=session, user=users[n % 2])
    client.force_login(trainer)
    with django_assert_max_num_queries(13):  # 12 at 5 and at 50 sessions
        response = client.get(_url("list"))
    assert response.status_code == 200
    assert len(response.context["object_list"]) == count
