"""The client address behind trusted proxies (lms/net.py): used by login lockouts and the
certificate verification rate limit."""

import pytest
from django.test import RequestFactory

from lms.net import client_address


def _request(remote="10.0.0.1", forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


def test_without_proxies_the_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_address(_request(forwarded="203.0.113.9")) == "10.0.0.1"


@pytest.mark.parametrize(
    ("forwarded", "proxies", "expected"),
    [
        ("203.0.113.9", 1, "203.0.113.9"),
        # A client that sends its own header cannot choose its address: the right-most entry
        # is the one the trusted proxy appended.
        ("198.51.100.1, 203.0.113.9", 1, "203.0.113.9"),
        ("198.51.100.1, 203.0.113.9, 10.0.0.5", 2, "203.0.113.9"),
        ("2001:db8::1", 1, "2001:db8::1"),
    ],
)
def test_address_the_outermost_trusted_proxy_saw(settings, forwarded, proxies, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    assert client_address(_request(forwarded=forwarded)) == expected


@pytest.mark.parametrize("forwarded", [None, "", "not-an-address", "203.0.113.9"])
def test_missing_or_malformed_header_falls_back_to_remote_addr(settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 2
    assert client_address(_request(forwarded=forwarded)) == "10.0.0.1"


@pytest.mark.django_db
def test_login_lockout_keys_on_the_forwarded_address(client, settings, password):
    """Two people behind the same load balancer: one locked out, the other not."""
    from axes.models import AccessAttempt

    from tests.factories import UserFactory

    settings.TRUSTED_PROXY_COUNT = 1
    user = UserFactory(email="els@school.example", password=password)
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            "/accounts/login/",
            {"username": user.email, "password": "wrong-password"},
            HTTP_X_FORWARDED_FOR="203.0.113.9",
        )
    assert AccessAttempt.objects.filter(ip_address="203.0.113.9").exists()
    other = client.post(
        "/accounts/login/",
        {"username": user.email, "password": password},
        HTTP_X_FORWARDED_FOR="198.51.100.7",
    )
    assert other.status_code == 302  # logged in from the other address


def test_axes_gets_no_address_rather_than_a_placeholder():
    from django.http import HttpRequest

    from lms.net import axes_client_ip

    assert axes_client_ip(HttpRequest()) is None
    assert axes_client_ip(_request()) == "10.0.0.1"


@pytest.mark.django_db
def test_verification_rate_limit_counts_per_forwarded_address(client, settings):
    """Behind a load balancer, one visitor's look-ups do not use up everyone's."""
    from django.urls import reverse

    settings.TRUSTED_PROXY_COUNT = 1
    settings.CERTIFICATE_VERIFY_RATE = 2
    url = reverse("certificates:verify", args=["ONBEKEND-12345"])
    for _ in range(2):
        assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 404
    assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 429
    assert client.get(url, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 404
