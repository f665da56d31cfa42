"""The .ics files parse back with icalendar and carry what calendar clients need."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from lms.scheduling import services
from lms.scheduling.calendar import feed_ics, session_ics
from lms.scheduling.models import Registration
from tests.factories import EnrollmentFactory, TrainingSessionFactory, UserFactory

pytestmark = pytest.mark.django_db
BRUSSELS = ZoneInfo("Europe/Brussels")


def _parse(data: bytes) -> Calendar:
    assert data.startswith(b"BEGIN:VCALENDAR")
    return Calendar.from_ical(data)


def test_session_invitation(cohort):
    # Summer time: 09:30 in Brussels is 07:30 UTC.
    starts_at = datetime.datetime(2030, 7, 1, 9, 30, tzinfo=BRUSSELS)
    session = TrainingSessionFactory(
        cohort=cohort, starts_at=starts_at, description="Breng een casus mee."
    )
    calendar = _parse(session_ics(session, "REQUEST"))
    assert calendar["METHOD"] == "REQUEST"
    assert calendar["VERSION"] == "2.0"
    assert "Vormingsplatform" in str(calendar["PRODID"])
    (zone,) = calendar.timezones
    assert zone.tz_name == "Europe/Brussels"
    (event,) = calendar.events
    assert str(event["UID"]) == f"{session.uid}@vormingsplatform"
    assert event["SEQUENCE"] == 0
    assert event["STATUS"] == "CONFIRMED"
    assert "DTSTAMP" in event
    assert event["DTSTART"].params["TZID"] == "Europe/Brussels"
    assert event["DTEND"].params["TZID"] == "Europe/Brussels"
    assert event.start.hour == 9 and event.start.minute == 30
    assert event.start == starts_at
    assert event.end == starts_at + datetime.timedelta(hours=3)
    assert str(event["SUMMARY"]) == session.title
    assert str(event["LOCATION"]) == session.location
    assert "Breng een casus mee." in str(event["DESCRIPTION"])
    assert "ORGANIZER" in event
    assert b"TZID=Europe/Brussels:20300701T093000" in session_ics(session, "REQUEST")


def test_online_session_has_its_link(cohort):
    session = TrainingSessionFactory(
        cohort=cohort, format="online", location="", online_url="https://meet.example/abc-def"
    )
    (event,) = _parse(session_ics(session, "PUBLISH")).events
    assert str(event["URL"]) == "https://meet.example/abc-def"
    assert str(event["LOCATION"]) == "https://meet.example/abc-def"
    assert "ORGANIZER" not in event  # a download is not an invitation


def test_cancellation_file(cohort):
    session = TrainingSessionFactory(cohort=cohort)
    services.session_cancel(session=session)
    session.refresh_from_db()
    calendar = _parse(session_ics(session, "CANCEL"))
    assert calendar["METHOD"] == "CANCEL"
    (event,) = calendar.events
    assert event["STATUS"] == "CANCELLED"
    assert event["SEQUENCE"] == 1
    # The same UID as the invitation: clients remove that event.
    assert str(event["UID"]) == f"{session.uid}@vormingsplatform"


def test_unknown_method_is_refused(cohort):
    with pytest.raises(ValueError):
        session_ics(TrainingSessionFactory(cohort=cohort), "REPLY")


def test_feed_lists_my_sessions_with_cancelled_ones_marked(cohort, other_cohort):
    full = TrainingSessionFactory(cohort=cohort, title="Volzet", capacity=1)
    open_ = TrainingSessionFactory(cohort=cohort, title="Open sessie")
    called_off = TrainingSessionFactory(cohort=cohort, title="Afgelast")
    dropped = TrainingSessionFactory(cohort=cohort, title="Afgemeld")
    holder, me = EnrollmentFactory.users(cohort=cohort, count=2)
    services.registration_create(session=full, user=holder)
    services.registration_create(session=full, user=me)
    services.registration_create(session=open_, user=me)
    services.registration_create(session=called_off, user=me)
    services.registration_cancel(
        registration=services.registration_create(session=dropped, user=me).registration
    )
    services.session_cancel(session=called_off)
    stranger = UserFactory()
    EnrollmentFactory(user=stranger, cohort=other_cohort)
    services.registration_create(
        session=TrainingSessionFactory(cohort=other_cohort, title="Niet van mij"), user=stranger
    )

    calendar = _parse(feed_ics(me))
    assert "METHOD" not in calendar
    assert calendar.timezones
    events = {str(e["UID"]): e for e in calendar.events}
    assert set(events) == {f"{s.uid}@vormingsplatform" for s in (full, open_, called_off)}
    assert events[f"{called_off.uid}@vormingsplatform"]["STATUS"] == "CANCELLED"
    assert events[f"{called_off.uid}@vormingsplatform"]["SEQUENCE"] == 1
    assert events[f"{open_.uid}@vormingsplatform"]["STATUS"] == "CONFIRMED"
    assert events[f"{full.uid}@vormingsplatform"]["STATUS"] == "TENTATIVE"


def test_empty_feed_is_valid(learner):
    calendar = _parse(feed_ics(learner))
    assert list(calendar.events) == []
    assert Registration.objects.count() == 0
