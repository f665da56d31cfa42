"""Public verification: valid, revoked, expired and unknown in HTML and JSON, only the public
facts, random codes are unknown, and the per-address rate limit."""

import datetime
import secrets

import pytest
from django.urls import reverse
from django.utils import timezone

from certificates import selectors, services
from certificates.models import Certificate
from lms.cohorts.models import Enrollment
from tests.factories import CertificateFactory, EnrollmentFactory

PUBLIC_KEYS = {
    "status",
    "code",
    "learner_name",
    "course",
    "sector",
    "issued_on",
    "expires_on",
}


def _url(code: str) -> str:
    return reverse("certificates:verify", args=[code])


@pytest.fixture
def expired(cohort, learner):
    enrollment = EnrollmentFactory(user=learner, cohort=cohort, status=Enrollment.Status.COMPLETED)
    return CertificateFactory(
        enrollment=enrollment,
        issued_at=timezone.now() - datetime.timedelta(days=800),
        expires_at=timezone.now() - datetime.timedelta(days=70),
    )


@pytest.fixture
def revoked(certificate, trainer):
    services.certificate_revoke(
        certificate=certificate, reason="Geheime reden: fraude", revoked_by=trainer
    )
    certificate.refresh_from_db()
    return certificate


def test_a_valid_certificate_verifies_in_html_and_json(client, certificate, graduate):
    response = client.get(_url(certificate.code))
    assert response.status_code == 200
    html = response.content.decode()
    assert "verify-result--valid" in html
    assert "Zoë Van den Bossche-Çelik" in html
    assert "Signalen van radicalisering herkennen" in html
    assert 'id="verify-sector">Onderwijs<' in html
    assert graduate.email not in html and certificate.cohort_name not in html
    assert "no-store" in response["Cache-Control"]
    assert 'name="robots" content="noindex"' in html

    data = client.get(_url(certificate.code), {"format": "json"}).json()
    assert set(data) == PUBLIC_KEYS
    assert data["status"] == "valid"
    assert data["learner_name"] == "Zoë Van den Bossche-Çelik"
    assert data["course"] == "Signalen van radicalisering herkennen"
    assert data["sector"] == "Onderwijs"
    assert data["issued_on"] == timezone.localdate(certificate.issued_at).isoformat()
    assert data["expires_on"] == timezone.localdate(certificate.expires_at).isoformat()


def test_a_revoked_certificate_says_so_with_its_date_and_no_reason(client, revoked):
    response = client.get(_url(revoked.code))
    assert response.status_code == 200
    html = response.content.decode()
    assert "verify-result--revoked" in html and "verify-result--valid" not in html
    assert "Geheime reden" not in html
    data = client.get(_url(revoked.code), {"format": "json"}).json()
    assert data["status"] == "revoked"
    assert data["revoked_on"] == timezone.localdate(revoked.revoked_at).isoformat()
    assert set(data) == PUBLIC_KEYS | {"revoked_on"}
    assert "Geheime reden" not in str(data)


def test_an_expired_certificate_says_so(client, expired):
    html = client.get(_url(expired.code)).content.decode()
    assert "verify-result--expired" in html and "verify-result--valid" not in html
    data = client.get(_url(expired.code), {"format": "json"}).json()
    assert data["status"] == "expired"
    assert data["expires_on"] == timezone.localdate(expired.expires_at).isoformat()


def test_a_renewed_certificate_verifies_by_its_own_dates(client, certificate):
    renewed = services.certificate_renew(certificate=certificate)
    for code in (certificate.code, renewed.code):
        assert client.get(_url(code), {"format": "json"}).json()["status"] == "valid"
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=timezone.now() - datetime.timedelta(days=1)
    )
    assert client.get(_url(certificate.code), {"format": "json"}).json()["status"] == "expired"
    assert client.get(_url(renewed.code), {"format": "json"}).json()["status"] == "valid"


def test_an_unknown_code_is_a_friendly_404(client, certificate):
    code = secrets.token_urlsafe(24)
    response = client.get(_url(code))
    assert response.status_code == 404
    assert "verify-result--unknown" in response.content.decode()
    response = client.get(_url(code), {"format": "json"})
    assert response.status_code == 404 and response.json() == {"status": "unknown"}
    # Codes are case-sensitive: another case is another code.
    swapped = certificate.code.swapcase()
    if swapped != certificate.code:
        assert client.get(_url(swapped)).status_code == 404


def test_the_form_goes_to_the_code_page(client, certificate):
    assert client.get(reverse("certificates:verify_form")).status_code == 200
    response = client.get(reverse("certificates:verify_form"), {"code": f"  {certificate.code} "})
    assert response.status_code == 302 and response["Location"] == _url(certificate.code)
    pasted = f"https://vorming.example/certificates/verify/{certificate.code}/"
    response = client.get(reverse("certificates:verify_form"), {"code": pasted})
    assert response["Location"] == _url(certificate.code)
    response = client.get(reverse("certificates:verify_form"), {"code": "  "})
    assert response.status_code == 400 and 'aria-invalid="true"' in response.content.decode()


def test_ten_thousand_random_codes_are_all_unknown(client, settings, certificate, expired):
    codes = {secrets.token_urlsafe(24) for _ in range(10_000)}
    assert certificate.code not in codes and expired.code not in codes
    found = [code for code in codes if selectors.certificate_for_verification(code=code)]
    assert found == []
    assert selectors.certificate_for_verification(code=certificate.code) == certificate
    # And a sample through the real HTTP view, with the rate limit raised for the test.
    settings.CERTIFICATE_VERIFY_RATE = 1_000
    for code in list(codes)[:100]:
        response = client.get(_url(code), {"format": "json"})
        assert response.status_code == 404 and response.json() == {"status": "unknown"}


def test_look_ups_are_rate_limited_per_address(client, settings, certificate):
    settings.CERTIFICATE_VERIFY_RATE = 5
    for _ in range(5):
        assert client.get(_url(secrets.token_urlsafe(24))).status_code == 404
    response = client.get(_url(certificate.code))
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 61
    assert "verify-result--limited" in response.content.decode()
    assert certificate.learner_name not in response.content.decode()
    response = client.get(_url(certificate.code), {"format": "json"})
    assert response.status_code == 429 and response.json()["status"] == "rate_limited"
    # Another address still gets its answer.
    other = client.get(_url(certificate.code), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200
