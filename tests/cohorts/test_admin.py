"""Cohorts in the admin and the trainer's roster: sector isolation, filters, CSV, query budgets."""

import csv
import io

import pytest
from django.urls import reverse

from courses.services import lesson_complete
from lms.cohorts.models import Cohort, Enrollment
from lms.cohorts.services import enrollment_create
from tests.factories import CohortFactory, UserFactory


def _roster(cohort):
    return reverse("cohorts_admin:roster", args=[cohort.pk])


def _csv_rows(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


@pytest.fixture
def learners(cohort, other_cohort):
    own = UserFactory(first_name="Els", last_name="Aerts", email="els@school.example")
    foreign = UserFactory(first_name="Bart", last_name="Jacobs", email="bart@jeugd.example")
    enrollment_create(user=own, cohort=cohort, source="staff")
    enrollment_create(user=foreign, cohort=other_cohort, source="staff")
    return own, foreign


def test_trainer_lists_and_opens_only_own_sector_cohorts(client, trainer, cohort, other_cohort):
    client.force_login(trainer)
    listing = client.get(reverse(Cohort.snippet_viewset.get_url_name("list"))).content.decode()
    assert "Leerkrachten Gent" in listing and "Jeugdwerk Antwerpen" not in listing
    edit = Cohort.snippet_viewset.get_url_name("edit")
    assert client.get(reverse(edit, args=[cohort.pk])).status_code == 200
    assert client.get(reverse(edit, args=[other_cohort.pk])).status_code == 404
    delete = Cohort.snippet_viewset.get_url_name("delete")
    assert client.post(reverse(delete, args=[other_cohort.pk])).status_code == 404
    assert Cohort.objects.filter(pk=other_cohort.pk).exists()


def test_trainer_creates_a_cohort_for_own_sector_only(
    client, trainer, sector, other_sector, course
):
    from wagtail.test.utils.form_data import nested_form_data

    client.force_login(trainer)
    url = reverse(Cohort.snippet_viewset.get_url_name("add"))
    form = client.get(url).content.decode()
    assert "Jeugd" not in form.split('name="sector"', 1)[1].split("</select>", 1)[0]
    data = {
        "name": "Nieuwe groep",
        "course": course[0].pk,
        "starts_on": "2026-10-01",
        "ends_on": "",
        "enrolment_code": "nieuw-2026",
        "enrolment_open": "on",
        "capacity": "",
        "sessions_required": "1",
        "issues_certificate": "on",
    }
    refused = client.post(url, nested_form_data({**data, "sector": other_sector.pk}))
    assert refused.status_code == 200 and not Cohort.objects.filter(name="Nieuwe groep").exists()
    response = client.post(url, nested_form_data({**data, "sector": sector.pk}))
    assert response.status_code == 302, response.content.decode()[:3000]
    created = Cohort.objects.get(name="Nieuwe groep")
    assert created.sector == sector and created.enrolment_code == "NIEUW2026"


def test_roster_shows_own_learners_and_refuses_other_sectors(
    client, trainer, other_trainer, cohort, other_cohort, learners
):
    client.force_login(trainer)
    html = client.get(_roster(cohort)).content.decode()
    assert "Els Aerts" in html and "Bart Jacobs" not in html
    assert client.get(_roster(other_cohort)).status_code == 404
    csv_url = reverse("cohorts_admin:roster_csv", args=[other_cohort.pk])
    assert client.get(csv_url).status_code == 404
    foreign = Enrollment.objects.get(cohort=other_cohort)
    url = reverse("cohorts_admin:withdraw", args=[other_cohort.pk, foreign.pk])
    assert client.post(url).status_code == 404
    # Crossing ids: an enrollment of another cohort under one's own cohort's URL.
    url = reverse("cohorts_admin:withdraw", args=[cohort.pk, foreign.pk])
    assert client.post(url).status_code == 404
    assert Enrollment.objects.get(pk=foreign.pk).status == "active"
    client.force_login(other_trainer)
    assert client.get(_roster(cohort)).status_code == 404


def test_learners_cannot_open_a_roster(client, learner, cohort):
    client.force_login(learner)
    assert client.get(_roster(cohort)).status_code in (302, 403)


def test_roster_csv_has_progress_and_follows_filters(client, trainer, cohort, course, learners):
    own, _foreign = learners
    lesson_complete(user=own, lesson=course[1][0])
    extra = UserFactory(first_name="=HYPERLINK(1)", last_name="Peeters", email="p@school.example")
    enrollment_create(user=extra, cohort=cohort, source="staff")
    client.force_login(trainer)
    rows = _csv_rows(client.get(reverse("cohorts_admin:roster_csv", args=[cohort.pk])))
    assert len(rows) == 3
    by_email = {row[0]: row for row in rows[1:]}
    assert by_email["els@school.example"][7:9] == ["1", "2"]
    assert by_email["p@school.example"][1].startswith("'=")  # no formula injection
    filtered = _csv_rows(
        client.get(reverse("cohorts_admin:roster_csv", args=[cohort.pk]), {"q": "aerts"})
    )
    assert [row[0] for row in filtered[1:]] == ["els@school.example"]


def test_trainer_withdraws_and_re_enrols_from_the_roster(client, trainer, cohort, learners):
    own, _ = learners
    enrollment = Enrollment.objects.get(user=own)
    client.force_login(trainer)
    client.post(reverse("cohorts_admin:withdraw", args=[cohort.pk, enrollment.pk]))
    enrollment.refresh_from_db()
    assert enrollment.status == "withdrawn"
    client.post(reverse("cohorts_admin:reenrol", args=[cohort.pk, enrollment.pk]))
    enrollment.refresh_from_db()
    assert enrollment.status == "active"


def test_trainer_invites_from_the_roster(
    client, trainer, cohort, django_capture_on_commit_callbacks
):
    from django.core import mail

    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            _roster(cohort),
            {"email": "nieuw@school.example", "first_name": "Nina", "last_name": "Nieuw"},
        )
    assert response.status_code == 302
    assert Enrollment.objects.get(user__email="nieuw@school.example").status == "invited"
    assert mail.outbox[-1].to == ["nieuw@school.example"]
    bad = client.post(_roster(cohort), {"email": "geen-mail", "first_name": "", "last_name": ""})
    assert bad.status_code == 400


@pytest.mark.parametrize("size", [10, 100, 1000])
def test_roster_query_count_is_flat(client, trainer, cohort, size, django_assert_max_num_queries):
    from lms.accounts.models import User

    users = User.objects.bulk_create(
        User(email=f"l{i}@roster.example", first_name="L", last_name=str(i)) for i in range(size)
    )
    from django.utils import timezone

    Enrollment.objects.bulk_create(
        Enrollment(user=u, cohort=cohort, source="import", enrolled_at=timezone.now())
        for u in users
    )
    client.force_login(trainer)
    client.get(_roster(cohort))  # warm the admin's session and menu caches
    with django_assert_max_num_queries(15):
        response = client.get(_roster(cohort))
    assert response.status_code == 200
    assert response.content.decode().count("@roster.example") >= size
    with django_assert_max_num_queries(15):
        response = client.get(reverse("cohorts_admin:roster_csv", args=[cohort.pk]))
        assert len(_csv_rows(response)) == size + 1


@pytest.mark.parametrize("size", [1, 10, 50])
def test_learner_dashboard_query_count_is_flat(
    client, learner, sector, course, size, django_assert_max_num_queries
):
    for i in range(size):
        cohort = CohortFactory(
            sector=sector, course=course[0], name=f"Groep {i}", enrolment_code=f"CODE{i:04d}"
        )
        enrollment_create(user=learner, cohort=cohort, source="staff")
    client.force_login(learner)
    client.get(reverse("dashboard"))  # warm the site, menu and session caches
    with django_assert_max_num_queries(12):
        response = client.get(reverse("dashboard"))
    assert response.status_code == 200
    assert response.content.decode().count('id="cohort-progress-') == size
