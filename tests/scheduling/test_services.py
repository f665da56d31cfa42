"""Registration with a waitlist, cancellation, session changes, attendance and reminders."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from lms.cohorts.models import Enrollment
from lms.scheduling import services
from lms.scheduling.models import Attendance, CalendarFeed, Registration
from tests.factories import (
    EnrollmentFactory,
    RegistrationFactory,
    TrainingSessionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db
BRUSSELS = ZoneInfo("Europe/Brussels")


def _statuses(session):
    return list(
        Registration.objects.filter(session=session)
        .order_by("queued_at", "pk")
        .values_list("user__email", "status")
    )


def _ics(message):
    (attachment,) = message.attachments
    filename, content, mimetype = attachment
    assert filename.endswith(".ics")
    assert mimetype.startswith("text/calendar")
    return Calendar.from_ical(content), mimetype


def test_places_go_to_the_first_and_the_rest_wait_in_line(cohort):
    session = TrainingSessionFactory(cohort=cohort, capacity=2)
    users = EnrollmentFactory.users(cohort=cohort, count=4)
    outcomes = [services.registration_create(session=session, user=u) for u in users]
    assert [o.registration.status for o in outcomes] == [
        "registered",
        "registered",
        "waitlisted",
        "waitlisted",
    ]
    assert [o.waitlist_position for o in outcomes] == [None, None, 1, 2]
    assert Registration.objects.filter(session=session, status="registered").count() == 2


def test_cancelling_a_place_promotes_exactly_the_oldest_waiting_learner(
    cohort, mailoutbox, django_capture_on_commit_callbacks
):
    session = TrainingSessionFactory(cohort=cohort, capacity=2)
    first, second, third, fourth = EnrollmentFactory.users(cohort=cohort, count=4)
    registrations = {
        u: services.registration_create(session=session, user=u)
        for u in (first, second, third, fourth)
    }
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        promoted = services.registration_cancel(registration=registrations[second].registration)
    assert [r.user for r in promoted] == [third]
    assert dict(_statuses(session)) == {
        first.email: "registered",
        second.email: "cancelled",
        third.email: "registered",
        fourth.email: "waitlisted",
    }
    recipients = sorted(m.to[0] for m in mailoutbox)
    assert recipients == sorted([second.email, third.email])
    promotion = next(m for m in mailoutbox if m.to == [third.email])
    calendar, mimetype = _ics(promotion)
    assert calendar["METHOD"] == "REQUEST"
    assert "method=REQUEST" in mimetype
    # The cancelled learner's calendar loses the event.
    cancellation = next(m for m in mailoutbox if m.to == [second.email])
    assert _ics(cancellation)[0]["METHOD"] == "CANCEL"


def test_leaving_the_waitlist_promotes_nobody(cohort):
    session = TrainingSessionFactory(cohort=cohort, capacity=1)
    holder, waiting, last = EnrollmentFactory.users(cohort=cohort, count=3)
    services.registration_create(session=session, user=holder)
    outcome = services.registration_create(session=session, user=waiting)
    services.registration_create(session=session, user=last)
    assert services.registration_cancel(registration=outcome.registration) == []
    assert Registration.objects.get(session=session, user=last).status == "waitlisted"
    assert (
        services.waitlist_position(
            registration=Registration.objects.get(session=session, user=last)
        )
        == 1
    )


def test_registering_twice_is_refused_and_changes_nothing(session, enrolled):
    services.registration_create(session=session, user=enrolled)
    before = list(Registration.objects.values_list("pk", "status", "queued_at"))
    with pytest.raises(services.AlreadyRegistered) as exc:
        services.registration_create(session=session, user=enrolled)
    assert str(exc.value)
    assert list(Registration.objects.values_list("pk", "status", "queued_at")) == before


def test_waiting_twice_is_refused(cohort):
    session = TrainingSessionFactory(cohort=cohort, capacity=1)
    holder, waiting = EnrollmentFactory.users(cohort=cohort, count=2)
    services.registration_create(session=session, user=holder)
    services.registration_create(session=session, user=waiting)
    with pytest.raises(services.AlreadyRegistered):
        services.registration_create(session=session, user=waiting)
    assert Registration.objects.filter(session=session).count() == 2


@pytest.mark.parametrize("status", [None, "invited", "withdrawn"])
def test_only_active_or_completed_learners_of_the_cohort_register(session, cohort, status):
    user = UserFactory()
    if status:
        EnrollmentFactory(user=user, cohort=cohort, status=status)
    with pytest.raises(services.NotEnrolled):
        services.registration_create(session=session, user=user)
    assert not Registration.objects.exists()


def test_a_learner_of_another_cohort_cannot_register(session, other_cohort):
    user = UserFactory()
    EnrollmentFactory(user=user, cohort=other_cohort)
    with pytest.raises(services.NotEnrolled):
        services.registration_create(session=session, user=user)


def test_completed_learners_may_still_register(session, cohort):
    user = UserFactory()
    EnrollmentFactory(user=user, cohort=cohort, status=Enrollment.Status.COMPLETED)
    assert services.registration_create(session=session, user=user).registration.status == (
        "registered"
    )


def test_cancelled_or_started_sessions_refuse_registrations(cohort, enrolled):
    cancelled = TrainingSessionFactory(cohort=cohort)
    services.session_cancel(session=cancelled)
    with pytest.raises(services.SessionClosed):
        services.registration_create(session=cancelled, user=enrolled)
    started = TrainingSessionFactory(cohort=cohort, starts_in=datetime.timedelta(minutes=-5))
    with pytest.raises(services.SessionClosed):
        services.registration_create(session=started, user=enrolled)
    assert not Registration.objects.exists()


def test_coming_back_after_cancelling_joins_the_end_of_the_line(cohort):
    session = TrainingSessionFactory(cohort=cohort, capacity=1)
    first, second, third = EnrollmentFactory.users(cohort=cohort, count=3)
    services.registration_create(session=session, user=first)
    second_outcome = services.registration_create(session=session, user=second)
    services.registration_create(session=session, user=third)
    services.registration_cancel(registration=second_outcome.registration)
    again = services.registration_create(session=session, user=second)
    assert again.registration.pk == second_outcome.registration.pk
    assert again.registration.status == "waitlisted"
    assert again.waitlist_position == 2  # behind the third learner


def test_a_learner_who_gave_up_a_place_may_take_a_free_one_again(session, enrolled):
    outcome = services.registration_create(session=session, user=enrolled)
    services.registration_cancel(registration=outcome.registration)
    assert services.registration_create(session=session, user=enrolled).registration.status == (
        "registered"
    )


def test_cancelling_twice_or_after_the_start_is_refused(cohort, enrolled):
    session = TrainingSessionFactory(cohort=cohort)
    outcome = services.registration_create(session=session, user=enrolled)
    services.registration_cancel(registration=outcome.registration)
    with pytest.raises(services.SchedulingError):
        services.registration_cancel(registration=outcome.registration)
    started = TrainingSessionFactory(cohort=cohort, starts_in=datetime.timedelta(hours=1))
    registration = services.registration_create(session=started, user=enrolled).registration
    with pytest.raises(services.SessionClosed):
        services.registration_cancel(
            registration=registration, now=timezone.now() + datetime.timedelta(hours=2)
        )
    registration.refresh_from_db()
    assert registration.status == "registered"


def test_confirmation_email_carries_the_calendar_invitation(
    session, enrolled, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_create(session=session, user=enrolled)
    (message,) = mailoutbox
    assert message.to == [enrolled.email]
    assert session.title in message.subject
    calendar, _mimetype = _ics(message)
    assert calendar["METHOD"] == "REQUEST"
    (event,) = calendar.events
    assert str(event["UID"]) == f"{session.uid}@vormingsplatform"


def test_waitlisted_learner_is_told_the_position_without_an_invitation(
    cohort, mailoutbox, django_capture_on_commit_callbacks
):
    session = TrainingSessionFactory(cohort=cohort, capacity=1)
    holder, waiting = EnrollmentFactory.users(cohort=cohort, count=2)
    services.registration_create(session=session, user=holder)
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_create(session=session, user=waiting)
    (message,) = mailoutbox
    assert message.to == [waiting.email]
    assert message.attachments == []
    assert " 1 " in message.body


@pytest.mark.parametrize(("language", "month"), [("nl", "maart"), ("en", "March"), ("fr", "mars")])
def test_emails_are_written_in_the_learners_language(
    cohort, mailoutbox, django_capture_on_commit_callbacks, language, month
):
    starts_at = datetime.datetime(2030, 3, 11, 10, 0, tzinfo=BRUSSELS)
    session = TrainingSessionFactory(cohort=cohort, starts_at=starts_at)
    (user,) = EnrollmentFactory.users(cohort=cohort, count=1, preferred_language=language)
    with django_capture_on_commit_callbacks(execute=True):
        services.registration_create(session=session, user=user)
    (message,) = mailoutbox
    # Django's own catalogues name the month: the body was rendered in the learner's language.
    assert f"11 {month} 2030" in message.body
    assert "10:00" in message.body


def test_cancelling_a_session_tells_everyone_registered_or_waiting(
    cohort, mailoutbox, django_capture_on_commit_callbacks
):
    session = TrainingSessionFactory(cohort=cohort, capacity=2)
    users = EnrollmentFactory.users(cohort=cohort, count=3)
    for user in users:
        services.registration_create(session=session, user=user)
    gone = EnrollmentFactory.users(cohort=cohort, count=1)[0]
    services.registration_cancel(
        registration=services.registration_create(session=session, user=gone).registration
    )
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.session_cancel(session=session)
    session.refresh_from_db()
    assert session.is_cancelled
    assert session.sequence == 1
    assert sorted(m.to[0] for m in mailoutbox) == sorted(u.email for u in users)
    for message in mailoutbox:
        calendar, mimetype = _ics(message)
        assert calendar["METHOD"] == "CANCEL"
        assert "method=CANCEL" in mimetype
        (event,) = calendar.events
        assert event["STATUS"] == "CANCELLED"
        assert event["SEQUENCE"] == 1
    with pytest.raises(services.SessionClosed):
        services.session_cancel(session=session)


def test_moving_a_session_sends_the_updated_event(
    cohort, mailoutbox, django_capture_on_commit_callbacks
):
    session = TrainingSessionFactory(cohort=cohort, capacity=1)
    holder, waiting = EnrollmentFactory.users(cohort=cohort, count=2)
    services.registration_create(session=session, user=holder)
    services.registration_create(session=session, user=waiting)
    session.reminder_sent_at = timezone.now()
    session.save()
    mailoutbox.clear()
    session.starts_at += datetime.timedelta(days=1)
    session.ends_at += datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        services.session_update(session=session)
    session.refresh_from_db()
    assert session.sequence == 1
    assert session.reminder_sent_at is None  # reminded again before the new date
    by_recipient = {m.to[0]: m for m in mailoutbox}
    assert set(by_recipient) == {holder.email, waiting.email}
    calendar, _mimetype = _ics(by_recipient[holder.email])
    assert calendar["METHOD"] == "REQUEST"
    (event,) = calendar.events
    assert event["SEQUENCE"] == 1
    assert event.start == session.starts_at
    assert by_recipient[waiting.email].attachments == []


def test_a_bigger_capacity_moves_the_line_up_without_an_update(
    cohort, mailoutbox, django_capture_on_commit_callbacks
):
    session = TrainingSessionFactory(cohort=cohort, capacity=1)
    holder, first, second = EnrollmentFactory.users(cohort=cohort, count=3)
    for user in (holder, first, second):
        services.registration_create(session=session, user=user)
    mailoutbox.clear()
    session.capacity = 2
    with django_capture_on_commit_callbacks(execute=True):
        services.session_update(session=session)
    session.refresh_from_db()
    assert session.sequence == 0
    assert Registration.objects.get(session=session, user=first).status == "registered"
    assert Registration.objects.get(session=session, user=second).status == "waitlisted"
    assert [m.to for m in mailoutbox] == [[first.email]]


def test_capacity_cannot_drop_below_the_registered_learners(cohort):
    from django.core.exceptions import ValidationError

    session = TrainingSessionFactory(cohort=cohort, capacity=3)
    for user in EnrollmentFactory.users(cohort=cohort, count=2):
        services.registration_create(session=session, user=user)
    session.capacity = 1
    with pytest.raises(ValidationError):
        services.session_update(session=session)
    session.refresh_from_db()
    assert session.capacity == 3


def test_attendance_only_for_registered_learners_of_a_started_session(cohort, trainer):
    session = TrainingSessionFactory(cohort=cohort, started=True)
    waiting, gone = EnrollmentFactory.users(cohort=cohort, count=2)
    for registration in (
        RegistrationFactory(session=session, user=waiting, status="waitlisted"),
        RegistrationFactory(session=session, user=gone, status="cancelled"),
    ):
        with pytest.raises(services.SchedulingError) as exc:
            services.attendance_mark(registration=registration, status="present", marked_by=trainer)
        assert str(exc.value)
    future = TrainingSessionFactory(cohort=cohort)
    (early,) = EnrollmentFactory.users(cohort=cohort, count=1)
    registration = services.registration_create(session=future, user=early).registration
    with pytest.raises(services.SessionClosed):
        services.attendance_mark(registration=registration, status="present", marked_by=trainer)
    with pytest.raises(services.SchedulingError):
        services.attendance_mark(
            registration=RegistrationFactory(session=session, user=early),
            status="sleeping",
            marked_by=trainer,
        )
    assert not Attendance.objects.exists()


def test_attendance_completes_an_enrollment_that_needs_only_attendance(cohort, trainer):
    cohort.attendance_required = True
    cohort.sessions_required = 1
    cohort.save()
    session = TrainingSessionFactory(cohort=cohort, started=True)
    (user,) = EnrollmentFactory.users(cohort=cohort, count=1)
    enrollment = Enrollment.objects.get(user=user, cohort=cohort)
    registration = RegistrationFactory(session=session, user=user)
    services.attendance_mark(registration=registration, status="absent", marked_by=trainer)
    enrollment.refresh_from_db()
    assert enrollment.status == "active"
    attendance = services.attendance_mark(
        registration=registration, status="present", marked_by=trainer
    )
    assert Attendance.objects.get().status == "present"  # one row, updated
    assert attendance.marked_by == trainer
    enrollment.refresh_from_db()
    assert enrollment.status == "completed"
    assert enrollment.completed_at is not None


def test_a_roster_is_saved_all_or_nothing(cohort, trainer):
    session = TrainingSessionFactory(cohort=cohort, started=True)
    first, second = EnrollmentFactory.users(cohort=cohort, count=2)
    one = RegistrationFactory(session=session, user=first)
    two = RegistrationFactory(session=session, user=second, status="waitlisted")
    with pytest.raises(services.SchedulingError):
        services.attendance_mark_many(
            session=session, marks={one.pk: "present", two.pk: "present"}, marked_by=trainer
        )
    assert not Attendance.objects.exists()
    assert (
        services.attendance_mark_many(session=session, marks={one.pk: "present"}, marked_by=trainer)
        == 1
    )
    # Unchanged marks are not written again.
    assert (
        services.attendance_mark_many(session=session, marks={one.pk: "present"}, marked_by=trainer)
        == 0
    )


def test_reminders_go_out_once_to_registered_learners_48_hours_ahead(
    cohort, mailoutbox, django_capture_on_commit_callbacks
):
    soon = TrainingSessionFactory(cohort=cohort, starts_in=datetime.timedelta(hours=30), capacity=2)
    later = TrainingSessionFactory(cohort=cohort, starts_in=datetime.timedelta(days=5))
    cancelled = TrainingSessionFactory(cohort=cohort, starts_in=datetime.timedelta(hours=20))
    users = EnrollmentFactory.users(cohort=cohort, count=3)
    for user in users:
        services.registration_create(session=soon, user=user)
        services.registration_create(session=later, user=user)
        services.registration_create(session=cancelled, user=user)
    services.session_cancel(session=cancelled)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reminders_send() == 1
    assert sorted(m.to[0] for m in mailoutbox) == sorted(u.email for u in users[:2])
    assert all(soon.title in m.subject for m in mailoutbox)
    soon.refresh_from_db()
    assert soon.reminder_sent_at is not None
    with django_capture_on_commit_callbacks(execute=True):
        assert services.reminders_send() == 0
    assert len(mailoutbox) == 2


def test_reminder_command_and_task(cohort, mailoutbox, django_capture_on_commit_callbacks):
    from django.core.management import call_command

    from lms.scheduling.tasks import session_reminders_send_task

    first = TrainingSessionFactory(cohort=cohort, starts_in=datetime.timedelta(hours=47))
    second = TrainingSessionFactory(cohort=cohort, starts_in=datetime.timedelta(hours=40))
    (user,) = EnrollmentFactory.users(cohort=cohort, count=1)
    services.registration_create(session=first, user=user)
    services.registration_create(session=second, user=user)
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_session_reminders", stdout=io.StringIO())
    assert len(mailoutbox) == 2
    assert session_reminders_send_task.enqueue().return_value == 0


def test_calendar_feed_reset_gives_a_new_secret(learner):
    feed = services.calendar_feed_get_or_create(user=learner)
    assert services.calendar_feed_get_or_create(user=learner).token == feed.token
    assert services.calendar_feed_reset(user=learner).token != feed.token
    assert CalendarFeed.objects.count() == 1
