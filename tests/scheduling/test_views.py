"""The learner pages: list, register, cancel, .ics download and the personal feed."""

import datetime

import pytest
from django.urls import reverse
from icalendar import Calendar

from lms.scheduling import services
from lms.scheduling.models import CalendarFeed, Registration
from tests.factories import EnrollmentFactory, TrainingSessionFactory, UserFactory

pytestmark = pytest.mark.django_db


def _messages(response) -> list[str]:
    return [str(m) for m in response.context["messages"]] if response.context else []


def test_list_shows_my_cohorts_sessions_with_my_status(client, cohort, other_session, enrolled):
    registered = TrainingSessionFactory(cohort=cohort, title="Sessie waar ik op sta", capacity=1)
    full = TrainingSessionFactory(cohort=cohort, title="Volzette sessie", capacity=1)
    waiting = TrainingSessionFactory(cohort=cohort, title="Sessie met wachtlijst", capacity=1)
    free = TrainingSessionFactory(cohort=cohort, title="Vrije sessie")
    past = TrainingSessionFactory(
        cohort=cohort, title="Voorbije sessie", starts_in=datetime.timedelta(days=-2)
    )
    others = EnrollmentFactory.users(cohort=cohort, count=3)
    services.registration_create(session=registered, user=enrolled)
    services.registration_create(session=full, user=others[0])
    services.registration_create(session=waiting, user=others[1])
    services.registration_create(session=waiting, user=others[2])
    services.registration_create(session=waiting, user=enrolled)
    client.force_login(enrolled)

    response = client.get(reverse("scheduling:list"))

    assert response.status_code == 200
    rows = {s.pk: s for s in response.context["sessions"]}
    assert set(rows) == {registered.pk, full.pk, waiting.pk, free.pk}
    assert other_session.pk not in rows and past.pk not in rows
    assert rows[registered.pk].my_status == "registered"
    assert rows[waiting.pk].my_status == "waitlisted"
    assert rows[waiting.pk].my_position == 2
    assert rows[full.pk].my_status is None
    assert rows[full.pk].registered_count == 1 and rows[full.pk].can_register
    assert rows[free.pk].can_register
    assert rows[registered.pk].can_cancel and not rows[registered.pk].can_register
    html = response.content.decode()
    assert "Jeugdwerk en polarisatie" not in html
    assert reverse("scheduling:register", args=[free.pk]) in html
    assert reverse("scheduling:cancel", args=[registered.pk]) in html


def test_cancelled_sessions_are_listed_only_to_their_registrants(client, cohort, enrolled):
    mine = TrainingSessionFactory(cohort=cohort, title="Mijn afgelaste sessie")
    not_mine = TrainingSessionFactory(cohort=cohort, title="Andermans afgelaste sessie")
    services.registration_create(session=mine, user=enrolled)
    services.session_cancel(session=mine)
    services.session_cancel(session=not_mine)
    client.force_login(enrolled)
    sessions = client.get(reverse("scheduling:list")).context["sessions"]
    assert [s.pk for s in sessions] == [mine.pk]
    assert not sessions[0].can_cancel and not sessions[0].can_register


@pytest.mark.parametrize("count", [1, 10, 50])
def test_session_list_query_count_is_flat(
    client, cohort, enrolled, count, django_assert_max_num_queries
):
    others = EnrollmentFactory.users(cohort=cohort, count=2)
    for n in range(count):
        session = TrainingSessionFactory(cohort=cohort, title=f"Sessie {n}", capacity=1)
        if n % 3 == 0:
            services.registration_create(session=session, user=enrolled)
        elif n % 3 == 1:
            services.registration_create(session=session, user=others[0])
            services.registration_create(session=session, user=others[1])
            services.registration_create(session=session, user=enrolled)
    client.force_login(enrolled)
    # The site's base template (session, user, locale, site and section pages) is ~11 queries;
    # the list itself is one, whatever the number of sessions, registrations and waitlists.
    with django_assert_max_num_queries(13):
        response = client.get(reverse("scheduling:list"))
    assert len(response.context["sessions"]) == count


def test_register_then_twice(
    client, session, enrolled, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(enrolled)
    url = reverse("scheduling:register", args=[session.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, follow=True)
    assert response.status_code == 200
    assert Registration.objects.get(session=session, user=enrolled).status == "registered"
    assert len(mailoutbox) == 1
    before = list(Registration.objects.values_list("pk", "status", "queued_at"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, follow=True)
    assert response.status_code == 200
    assert len(_messages(response)) == 1
    assert list(Registration.objects.values_list("pk", "status", "queued_at")) == before
    assert len(mailoutbox) == 1


def test_register_when_full_joins_the_waitlist(client, cohort, enrolled):
    session = TrainingSessionFactory(cohort=cohort, capacity=1)
    services.registration_create(
        session=session, user=EnrollmentFactory.users(cohort=cohort, count=1)[0]
    )
    client.force_login(enrolled)
    response = client.post(reverse("scheduling:register", args=[session.pk]), follow=True)
    assert Registration.objects.get(session=session, user=enrolled).status == "waitlisted"
    (message,) = response.context["messages"]
    assert message.level_tag == "warning"
    assert "1" in str(message)


def test_register_back_to_the_list(client, session, enrolled):
    client.force_login(enrolled)
    response = client.post(
        reverse("scheduling:register", args=[session.pk]), {"next": reverse("scheduling:list")}
    )
    assert response.status_code == 302 and response.url == reverse("scheduling:list")
    response = client.post(
        reverse("scheduling:register", args=[session.pk]), {"next": "https://evil.example/"}
    )
    assert response.url == reverse("scheduling:detail", args=[session.pk])


def test_register_is_post_only(client, session, enrolled):
    client.force_login(enrolled)
    assert client.get(reverse("scheduling:register", args=[session.pk])).status_code == 405
    assert not Registration.objects.exists()


def test_sessions_of_other_cohorts_are_not_found(client, other_session, enrolled):
    client.force_login(enrolled)
    for name in ("detail", "register", "cancel", "calendar"):
        url = reverse(f"scheduling:{name}", args=[other_session.pk])
        response = client.post(url) if name == "register" else client.get(url)
        assert response.status_code == 404, name
    assert client.get(reverse("scheduling:detail", args=[987654])).status_code == 404
    assert not Registration.objects.exists()


def test_withdrawn_learner_cannot_register(client, session, cohort):
    user = UserFactory()
    EnrollmentFactory(user=user, cohort=cohort, status="withdrawn")
    client.force_login(user)
    response = client.post(reverse("scheduling:register", args=[session.pk]))
    assert response.status_code == 404
    assert not Registration.objects.exists()


def test_started_or_cancelled_session_refuses_with_a_message(client, cohort, enrolled):
    started = TrainingSessionFactory(cohort=cohort, starts_in=datetime.timedelta(minutes=-10))
    cancelled = TrainingSessionFactory(cohort=cohort)
    services.session_cancel(session=cancelled)
    client.force_login(enrolled)
    for session in (started, cancelled):
        response = client.post(reverse("scheduling:register", args=[session.pk]), follow=True)
        assert response.status_code == 200
        (message,) = response.context["messages"]
        assert message.level_tag == "error"
    assert not Registration.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in(client, session):
    for name in ("detail", "calendar"):
        response = client.get(reverse(f"scheduling:{name}", args=[session.pk]))
        assert response.status_code == 302
        assert reverse("accounts:login") in response.url
    assert client.get(reverse("scheduling:list")).status_code == 302
    response = client.post(reverse("scheduling:register", args=[session.pk]))
    assert response.status_code == 302
    assert not Registration.objects.exists()


def test_cancel_asks_first_then_promotes_the_next(
    client, cohort, enrolled, mailoutbox, django_capture_on_commit_callbacks
):
    session = TrainingSessionFactory(cohort=cohort, capacity=1)
    services.registration_create(session=session, user=enrolled)
    (next_in_line,) = EnrollmentFactory.users(cohort=cohort, count=1)
    services.registration_create(session=session, user=next_in_line)
    client.force_login(enrolled)
    url = reverse("scheduling:cancel", args=[session.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert Registration.objects.get(session=session, user=enrolled).status == "registered"
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, follow=True)
    assert response.redirect_chain == [(reverse("scheduling:detail", args=[session.pk]), 302)]
    assert len(_messages(response)) == 1
    assert Registration.objects.get(session=session, user=enrolled).status == "cancelled"
    assert Registration.objects.get(session=session, user=next_in_line).status == "registered"
    assert sorted(m.to[0] for m in mailoutbox) == sorted([enrolled.email, next_in_line.email])
    # Nothing left to cancel: a message, no change.
    response = client.post(url, follow=True)
    assert len(_messages(response)) == 1
    assert Registration.objects.get(session=session, user=next_in_line).status == "registered"


def test_detail_shows_my_waitlist_position(client, cohort, enrolled):
    session = TrainingSessionFactory(cohort=cohort, capacity=1)
    services.registration_create(
        session=session, user=EnrollmentFactory.users(cohort=cohort, count=1)[0]
    )
    services.registration_create(session=session, user=enrolled)
    client.force_login(enrolled)
    response = client.get(reverse("scheduling:detail", args=[session.pk]))
    assert response.status_code == 200
    assert response.context["position"] == 1
    assert reverse("scheduling:cancel", args=[session.pk]) in response.content.decode()


def test_session_calendar_for_learners_and_sector_staff_only(
    client, session, enrolled, trainer, other_trainer
):
    url = reverse("scheduling:calendar", args=[session.pk])
    for user in (enrolled, trainer):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/calendar")
        calendar = Calendar.from_ical(response.content)
        (event,) = calendar.events
        assert str(event["UID"]) == f"{session.uid}@vormingsplatform"
    client.force_login(other_trainer)
    assert client.get(url).status_code == 404
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404


def test_personal_feed_needs_only_the_token(client, session, enrolled):
    services.registration_create(session=session, user=enrolled)
    feed = services.calendar_feed_get_or_create(user=enrolled)
    response = client.get(reverse("scheduling:feed", args=[feed.token]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    (event,) = Calendar.from_ical(response.content).events
    assert str(event["UID"]) == f"{session.uid}@vormingsplatform"
    assert client.get(reverse("scheduling:feed", args=["not-a-token"])).status_code == 404
    enrolled.is_active = False
    enrolled.save()
    assert client.get(reverse("scheduling:feed", args=[feed.token])).status_code == 404


def test_feed_page_creates_and_resets_the_address(client, enrolled):
    client.force_login(enrolled)
    url = reverse("scheduling:feed_settings")
    response = client.get(url)
    assert response.status_code == 200
    assert response.context["feed"] is None
    assert not CalendarFeed.objects.exists()
    client.post(url, {"action": "create"})
    old = CalendarFeed.objects.get(user=enrolled).token
    response = client.get(url)
    assert old in response.context["feed_url"]
    assert response.context["webcal_url"].startswith("webcal://")
    client.post(url, {"action": "reset"})
    new = CalendarFeed.objects.get(user=enrolled).token
    assert new != old
    assert client.get(reverse("scheduling:feed", args=[old])).status_code == 404
    assert client.get(reverse("scheduling:feed", args=[new])).status_code == 200
