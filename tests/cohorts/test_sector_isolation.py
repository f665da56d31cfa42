"""Every staff view and export of the roll-out refuses a trainer or coordinator of another
sector (404: the other sector's rows do not exist for them), changes nothing, and no listing
shows another sector's rows."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from lms.cohorts.models import Cohort, Enrollment, EnrollmentImport
from lms.cohorts.services import enrollment_create
from lms.scheduling.models import Attendance, Registration, TrainingSession
from tests.factories import CohortFactory, RegistrationFactory, SectorMembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(sector, course):
    """One cohort of the Onderwijs sector with a learner, an import, a started session with a
    registration, and a cancellable future session."""
    cohort = CohortFactory(
        sector=sector, course=course[0], name="Leerkrachten Gent", enrolment_code="GENT2026"
    )
    learner = UserFactory(first_name="Els", last_name="Aerts", email="els@school.example")
    enrollment = enrollment_create(user=learner, cohort=cohort, source="staff")
    upload = EnrollmentImport.objects.create(
        cohort=cohort,
        original_filename="leerkrachten.csv",
        status=EnrollmentImport.Status.VALIDATED,
        total_rows=1,
    )
    now = timezone.now()
    started = TrainingSession.objects.create(
        cohort=cohort,
        title="Signalen in de klas",
        starts_at=now - datetime.timedelta(hours=1),
        ends_at=now + datetime.timedelta(hours=2),
        location="Gent",
        capacity=10,
    )
    registration = RegistrationFactory(
        session=started, user=learner, status="registered", queued_at=now
    )
    future = TrainingSession.objects.create(
        cohort=cohort,
        title="Het moeilijke gesprek",
        starts_at=now + datetime.timedelta(days=10),
        ends_at=now + datetime.timedelta(days=10, hours=3),
        location="Gent",
        capacity=10,
    )
    return {
        "cohort": cohort,
        "enrollment": enrollment,
        "import": upload,
        "started": started,
        "registration": registration,
        "future": future,
    }


def _views(w):
    """(method, url, data) for every staff view and export of cohorts and sessions."""
    c, e, i = w["cohort"], w["enrollment"], w["import"]
    s, f, r = w["started"], w["future"], w["registration"]
    cohort_urls = Cohort.snippet_viewset
    session_urls = TrainingSession.snippet_viewset
    return [
        ("get", reverse(cohort_urls.get_url_name("edit"), args=[c.pk]), None),
        ("post", reverse(cohort_urls.get_url_name("edit"), args=[c.pk]), {"name": "Gekaapt"}),
        ("get", reverse(cohort_urls.get_url_name("delete"), args=[c.pk]), None),
        ("post", reverse(cohort_urls.get_url_name("delete"), args=[c.pk]), {}),
        ("get", reverse(cohort_urls.get_url_name("inspect"), args=[c.pk]), None),
        ("get", reverse(cohort_urls.get_url_name("history"), args=[c.pk]), None),
        ("get", reverse("cohorts_admin:roster", args=[c.pk]), None),
        ("post", reverse("cohorts_admin:roster", args=[c.pk]), {"email": "x@school.example"}),
        ("get", reverse("cohorts_admin:roster_csv", args=[c.pk]), None),
        ("post", reverse("cohorts_admin:withdraw", args=[c.pk, e.pk]), {}),
        ("post", reverse("cohorts_admin:reenrol", args=[c.pk, e.pk]), {}),
        ("get", reverse("cohorts_import:upload", args=[c.pk]), None),
        ("get", reverse("cohorts_import:detail", args=[c.pk, i.pk]), None),
        ("get", reverse("cohorts_import:status", args=[c.pk, i.pk]), None),
        ("post", reverse("cohorts_import:confirm", args=[c.pk, i.pk]), {}),
        ("get", reverse(session_urls.get_url_name("edit"), args=[f.pk]), None),
        ("post", reverse(session_urls.get_url_name("edit"), args=[f.pk]), {"title": "Gekaapt"}),
        ("get", reverse(session_urls.get_url_name("delete"), args=[f.pk]), None),
        ("post", reverse(session_urls.get_url_name("delete"), args=[f.pk]), {}),
        ("get", reverse("scheduling_admin:attendance", args=[s.pk]), None),
        (
            "post",
            reverse("scheduling_admin:attendance", args=[s.pk]),
            {f"mark-{r.pk}": "present", f"status-{r.pk}": "present"},
        ),
        ("get", reverse("scheduling_admin:cancel", args=[f.pk]), None),
        ("post", reverse("scheduling_admin:cancel", args=[f.pk]), {"confirm": "on"}),
    ]


def _snapshot(w):
    return (
        Cohort.objects.values_list("name", "enrolment_code").get(pk=w["cohort"].pk),
        list(Enrollment.objects.values_list("pk", "status").order_by("pk")),
        EnrollmentImport.objects.get(pk=w["import"].pk).status,
        list(TrainingSession.objects.values_list("pk", "title", "cancelled_at").order_by("pk")),
        list(Registration.objects.values_list("pk", "status").order_by("pk")),
        Attendance.objects.count(),
    )


@pytest.mark.parametrize("role", ["trainer", "coordinator"])
def test_staff_of_another_sector_are_refused_everywhere_and_change_nothing(
    client, world, other_sector, role, django_capture_on_commit_callbacks
):
    outsider = SectorMembershipFactory(
        sector=other_sector, role=role, user=UserFactory(email=f"{role}@jeugd.example")
    ).user
    client.force_login(outsider)
    before = _snapshot(world)
    for method, url, data in _views(world):
        with django_capture_on_commit_callbacks(execute=True):
            response = getattr(client, method)(url, data or {})
        assert response.status_code == 404, (method, url, response.status_code)
    assert _snapshot(world) == before


@pytest.mark.parametrize("role", ["trainer", "coordinator"])
def test_listings_of_another_sector_show_none_of_its_rows(client, world, other_sector, role):
    outsider = SectorMembershipFactory(
        sector=other_sector, role=role, user=UserFactory(email=f"{role}@jeugd.example")
    ).user
    client.force_login(outsider)
    cohorts = client.get(reverse(Cohort.snippet_viewset.get_url_name("list")))
    sessions = client.get(reverse(TrainingSession.snippet_viewset.get_url_name("list")))
    searched = client.get(reverse(Cohort.snippet_viewset.get_url_name("list")), {"q": "Gent"})
    for response in (cohorts, sessions, searched):
        assert response.status_code == 200
        html = response.content.decode()
        for foreign in ("Leerkrachten Gent", "GENT2026", "Signalen in de klas", "moeilijke"):
            assert foreign not in html


@pytest.mark.parametrize("role", ["trainer", "coordinator"])
def test_staff_of_the_sector_reach_every_view(client, world, sector, role):
    """The counterpart: the same GET views open for the owning sector's staff (so the 404s
    above come from scoping, not from broken URLs)."""
    insider = SectorMembershipFactory(
        sector=sector, role=role, user=UserFactory(email=f"{role}@school.example")
    ).user
    client.force_login(insider)
    for method, url, _data in _views(world):
        if method == "get":
            assert client.get(url).status_code == 200, url
