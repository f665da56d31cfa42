"""Certificates in the Wagtail admin: sector isolation on every screen (another sector's trainer
or coordinator gets 404 and changes nothing), read-only generic views, and the owning trainer's
revoke, renew, manual issue, PDF and filters."""

import pytest
from django.urls import reverse

from certificates.models import Certificate, CertificateArchive
from lms.cohorts.models import Enrollment
from tests.factories import (
    CertificateFactory,
    EnrollmentFactory,
    SectorMembershipFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

VIEWSET = "wagtailsnippets_certificates_certificate"


@pytest.fixture
def world(certificate, cohort, template):
    """The Onderwijs cohort with an issued certificate, a completed learner without one, and a
    finished archive."""
    waiting = EnrollmentFactory(
        user=UserFactory(first_name="Wout", last_name="Wachter"),
        cohort=cohort,
        status=Enrollment.Status.COMPLETED,
    )
    archive = CertificateArchive.objects.create(
        cohort=cohort, status=CertificateArchive.Status.DONE, total=1, done=1
    )
    return {"certificate": certificate, "cohort": cohort, "waiting": waiting, "archive": archive}


def _views(w):
    c, k, e, a = w["certificate"], w["cohort"], w["waiting"], w["archive"]
    return [
        ("get", reverse(f"{VIEWSET}:inspect", args=[c.pk]), None),
        ("get", reverse("certificates_admin:revoke", args=[c.pk]), None),
        ("post", reverse("certificates_admin:revoke", args=[c.pk]), {"reason": "Gekaapt"}),
        ("get", reverse("certificates_admin:renew", args=[c.pk]), None),
        ("post", reverse("certificates_admin:renew", args=[c.pk]), {}),
        ("get", reverse("certificates_admin:pdf", args=[c.pk]), None),
        ("get", reverse("certificates_admin:issue", args=[e.pk]), None),
        ("post", reverse("certificates_admin:issue", args=[e.pk]), {}),
        ("get", reverse("certificates_admin:cohort", args=[k.pk]), None),
        ("post", reverse("certificates_admin:archive_create", args=[k.pk]), {}),
        ("get", reverse("certificates_admin:archive", args=[a.pk]), None),
        ("get", reverse("certificates_admin:archive_status", args=[a.pk]), None),
        ("get", reverse("certificates_admin:archive_download", args=[a.pk]), None),
    ]


def _snapshot():
    return (
        list(
            Certificate.objects.values_list("pk", "revoked_at", "superseded_at", "code").order_by(
                "pk"
            )
        ),
        CertificateArchive.objects.count(),
    )


def _outsider(other_sector, role):
    return SectorMembershipFactory(
        sector=other_sector, role=role, user=UserFactory(email=f"{role}@jeugd.example")
    ).user


@pytest.mark.parametrize("role", ["trainer", "coordinator"])
def test_staff_of_another_sector_are_refused_everywhere_and_change_nothing(
    client, world, other_sector, role, django_capture_on_commit_callbacks
):
    client.force_login(_outsider(other_sector, role))
    before = _snapshot()
    for method, url, data in _views(world):
        with django_capture_on_commit_callbacks(execute=True):
            response = getattr(client, method)(url, data or {})
        assert response.status_code == 404, (method, url, response.status_code)
    assert _snapshot() == before


@pytest.mark.parametrize("role", ["trainer", "coordinator"])
def test_listings_of_another_sector_show_none_of_its_rows(
    client, world, other_sector, other_cohort, role
):
    foreign_learner = UserFactory(first_name="Jonas", last_name="Jeugdwerker")
    foreign = CertificateFactory(
        enrollment=EnrollmentFactory(
            user=foreign_learner, cohort=other_cohort, status=Enrollment.Status.COMPLETED
        )
    )
    client.force_login(_outsider(other_sector, role))
    listing = reverse(f"{VIEWSET}:list")
    for params in ({}, {"q": "Zoë"}, {"cohort": world["cohort"].pk}, {"status": "valid"}):
        response = client.get(listing, params)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Bossche" not in html and world["certificate"].code not in html
        assert world["cohort"].name not in html  # not even offered in the cohort filter
    assert "Jonas Jeugdwerker" in client.get(listing).content.decode()
    assert foreign.sector == other_sector


def test_the_owning_trainer_reaches_every_view(client, world, trainer):
    client.force_login(trainer)
    for method, url, _data in _views(world):
        if method == "get" and "download" not in url:
            assert client.get(url).status_code == 200, url
    html = client.get(reverse(f"{VIEWSET}:list")).content.decode()
    assert "Zoë Van den Bossche-Çelik" in html
    assert reverse("certificates_admin:revoke", args=[world["certificate"].pk]) in html


def test_a_learner_cannot_use_the_certificate_admin(client, world, graduate):
    client.force_login(graduate)
    for method, url, data in _views(world):
        response = getattr(client, method)(url, data or {})
        assert response.status_code in (302, 403), (url, response.status_code)
    assert _snapshot()[0][0][1] is None  # not revoked


def test_issued_certificates_cannot_be_added_edited_or_deleted_generically(client, world, trainer):
    client.force_login(trainer)
    certificate = world["certificate"]
    for url in (
        reverse(f"{VIEWSET}:add"),
        reverse(f"{VIEWSET}:edit", args=[certificate.pk]),
        reverse(f"{VIEWSET}:delete", args=[certificate.pk]),
    ):
        assert client.get(url).status_code in (302, 403), url
        client.post(url, {"learner_name": "Vervalst"})
    certificate.refresh_from_db()
    assert certificate.learner_name == "Zoë Van den Bossche-Çelik"
    assert Certificate.objects.count() == 1


def test_trainer_revokes_with_a_required_reason(client, world, trainer):
    client.force_login(trainer)
    certificate = world["certificate"]
    url = reverse("certificates_admin:revoke", args=[certificate.pk])
    response = client.post(url, {"reason": "   "})
    assert response.status_code == 400
    certificate.refresh_from_db()
    assert certificate.revoked_at is None
    response = client.post(url, {"reason": "Attest ten onrechte uitgereikt"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == "revoked" and certificate.revoked_by == trainer
    assert certificate.revocation_reason == "Attest ten onrechte uitgereikt"
    assert client.post(url, {"reason": "Nog eens"}).status_code == 400


def test_trainer_renews_and_the_history_stays(client, world, trainer):
    client.force_login(trainer)
    old = world["certificate"]
    response = client.post(reverse("certificates_admin:renew", args=[old.pk]))
    assert response.status_code == 302
    old.refresh_from_db()
    new = old.replaced_by
    assert old.superseded_at is not None and new.issued_by == trainer
    assert client.post(reverse("certificates_admin:renew", args=[old.pk])).status_code == 400
    html = client.get(reverse(f"{VIEWSET}:list"), {"status": "renewed"}).content.decode()
    assert reverse(f"{VIEWSET}:inspect", args=[old.pk]) in html
    assert reverse(f"{VIEWSET}:inspect", args=[new.pk]) not in html


def test_trainer_issues_by_hand_once(client, world, trainer, django_capture_on_commit_callbacks):
    client.force_login(trainer)
    enrollment = world["waiting"]
    url = reverse("certificates_admin:issue", args=[enrollment.pk])
    assert "Wout Wachter" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    certificate = Certificate.objects.get(enrollment=enrollment)
    assert certificate.issued_by == trainer and certificate.rendered_at is not None
    client.post(url)
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1
    overview = client.get(reverse("certificates_admin:cohort", args=[world["cohort"].pk]))
    assert reverse("certificates_admin:pdf", args=[certificate.pk]) in overview.content.decode()


def test_an_active_enrollment_cannot_be_given_a_certificate(client, cohort, trainer, learner):
    enrollment = EnrollmentFactory(user=learner, cohort=cohort)
    client.force_login(trainer)
    response = client.post(reverse("certificates_admin:issue", args=[enrollment.pk]))
    assert response.status_code == 400
    assert not Certificate.objects.exists()


def test_trainer_downloads_a_pdf_and_filters_the_listing(client, world, trainer, cohort):
    client.force_login(trainer)
    certificate = world["certificate"]
    response = client.get(reverse("certificates_admin:pdf", args=[certificate.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    listing = reverse(f"{VIEWSET}:list")
    inspect = reverse(f"{VIEWSET}:inspect", args=[certificate.pk])
    assert inspect in client.get(listing, {"cohort": cohort.pk}).content.decode()
    assert inspect in client.get(listing, {"status": "valid"}).content.decode()
    assert inspect not in client.get(listing, {"status": "revoked"}).content.decode()
    assert inspect not in client.get(listing, {"status": "expired"}).content.decode()
