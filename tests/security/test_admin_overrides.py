"""Wagtail's site history (every model's log, across sectors) is for platform administrators."""

import pytest
from django.urls import reverse

from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

HISTORY = "/admin/reports/site-history/"


def test_site_history_is_refused_and_hidden_for_sector_staff(client, trainer):
    assert reverse("wagtailadmin_reports:site_history") == HISTORY
    client.force_login(trainer)
    response = client.get(HISTORY)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert client.get(HISTORY + "results/").status_code == 302
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert HISTORY not in home


def test_platform_administrators_keep_the_site_history(client):
    admin = UserFactory(email="beheer@vlaanderen.example")
    user_assign_role(user=admin, role=Role.PLATFORM_ADMIN)
    client.force_login(admin)
    assert client.get(HISTORY).status_code == 200
    assert HISTORY in client.get(reverse("wagtailadmin_home")).content.decode()
