"""Every refused request is logged on "lms.security.denied" with its reason, route, ids and
user, and never with the raw path (tokens live in paths)."""

import datetime
import logging

import pytest
from django.urls import reverse

from tests.factories import CohortFactory, SectorMembershipFactory, UserFactory

pytestmark = pytest.mark.django_db

LOGGER = "lms.security.denied"


def _denials(caplog):
    return [r for r in caplog.records if r.name == LOGGER]


def test_anonymous_sent_to_login_is_logged(client, caplog):
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        response = client.get(reverse("dashboard"))
    assert response.status_code == 302
    (record,) = _denials(caplog)
    assert record.denial_reason == "login_required"
    assert record.denial_view == "dashboard"
    assert record.denial_user_id is None


def test_learner_refused_by_the_admin_is_logged_in_any_language(client, caplog, learner):
    client.force_login(learner)
    for language in ("nl", "fr", "en"):
        caplog.clear()
        client.cookies["django_language"] = language
        with caplog.at_level(logging.WARNING, logger=LOGGER):
            response = client.get(reverse("wagtailadmin_home"))
        assert response.status_code == 302
        (record,) = _denials(caplog)
        assert record.denial_reason == "admin_permission"
        assert record.denial_user_id == learner.pk


def test_foreign_sector_row_is_logged_with_its_ids(client, caplog, other_sector, sector):
    from tests.factories import course_tree

    course, _ = course_tree(modules=0, title="Signalen")
    cohort = CohortFactory(
        sector=sector, course=course, name="Groep A", starts_on=datetime.date(2026, 9, 1)
    )
    outsider = SectorMembershipFactory(
        sector=other_sector, role="trainer", user=UserFactory(email="x@jeugd.example")
    ).user
    client.force_login(outsider)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        response = client.get(reverse("cohorts_admin:roster", args=[cohort.pk]))
    assert response.status_code == 404
    (record,) = _denials(caplog)
    assert record.denial_reason == "not_found"
    assert record.denial_view == "cohorts_admin:roster"
    assert f"'cohort_id': {cohort.pk}" in record.getMessage()
    assert record.denial_user_id == outsider.pk


def test_tokens_in_the_path_are_not_logged(client, caplog):
    token = "geheim-token-123456789"
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        client.get(reverse("scheduling:feed", args=[token]))
        client.get(reverse("certificates:verify", args=[token]))
    records = _denials(caplog)
    assert records, "the refused look-ups are logged"
    assert all(token not in record.getMessage() for record in records)


def test_allowed_requests_are_not_logged(client, caplog, learner):
    client.force_login(learner)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert client.get(reverse("dashboard")).status_code == 200
        assert client.get(reverse("accounts:profile")).status_code == 200
    assert _denials(caplog) == []
