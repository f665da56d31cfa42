"""Bad filters give a message or an empty state with status 200, never an error page."""

import pytest
from django.urls import reverse

from lms.reporting.models import ExportLog

DASHBOARD = "reporting_admin:dashboard"


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "2025-05-01", "date_to": "2025-01-01"},  # inverted period
        {"sector": "999999"},  # unknown sector
        {"sector": "abc"},
        {"course": "1; DROP TABLE"},
        {"cohort": "-1"},
        {"cohort": "999999"},
        {"date_from": "2025-13-45"},
        {"sector": ["1", "2"], "date_to": "gisteren"},
    ],
)
def test_bad_filters_give_a_message(client, coordinator, platform_admin, report_data, params):
    for user in (coordinator, platform_admin):
        client.force_login(user)
        response = client.get(reverse(DASHBOARD), params)
        assert response.status_code == 200
        html = response.content.decode()
        assert 'id="report-errors"' in html and 'role="alert"' in html
        assert 'id="report-summary"' not in html
        for export in ("export_csv", "export_xlsx", "aggregates_csv"):
            response = client.get(reverse(f"reporting_admin:{export}"), params)
            assert response.status_code == 302
    assert not ExportLog.objects.exists()


def test_inverted_period_says_so(client, platform_admin, report_data):
    client.force_login(platform_admin)
    response = client.get(reverse(DASHBOARD), {"date_from": "2025-05-01", "date_to": "2025-01-01"})
    form = response.context["form"]
    assert form.has_error("__all__", code="inverted_period")
    assert str(form.non_field_errors()[0]) in response.content.decode()


def test_a_filter_that_selects_nothing_shows_an_empty_state(client, coordinator, report_data):
    client.force_login(coordinator)
    response = client.get(reverse(DASHBOARD), {"date_from": "2030-01-01", "date_to": "2030-12-31"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="report-empty"' in html
    assert 'id="report-errors"' not in html and 'id="report-summary"' not in html


def test_no_data_at_all(client, platform_admin, sector):
    client.force_login(platform_admin)
    response = client.get(reverse(DASHBOARD))
    assert response.status_code == 200
    assert 'id="report-empty"' in response.content.decode()
    response = client.get(reverse("reporting_admin:aggregates_csv"))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).decode("utf-8-sig").count("\n") == 1
