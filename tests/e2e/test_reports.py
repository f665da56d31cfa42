"""The completion reports in Chromium: a coordinator and a platform administrator open the
dashboard, filter it and download an export; axe-core finds no serious or critical violations
and the admin's Content-Security-Policy reports nothing."""

import pytest
from playwright.sync_api import expect

from tests.reporting.conftest import (  # noqa: F401 - fixtures
    coordinator,
    course,
    platform_admin,
    report_data,
)

from .test_admin import admin_login

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _watch_csp(page):
    errors = []
    page.on(
        "console",
        lambda msg: (
            errors.append(msg.text[:120]) if "Content Security Policy" in msg.text else None
        ),
    )
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return errors


@pytest.mark.parametrize("who", ["coordinator", "platform_admin"])
def test_dashboard_is_accessible(page, axe, report_data, coordinator, platform_admin, who):  # noqa: F811
    user = coordinator if who == "coordinator" else platform_admin
    errors = _watch_csp(page)
    admin_login(page, user.email)
    page.wait_for_url("**/admin/")
    page.locator("a[href='/admin/completion-reports/']").first.click()
    page.wait_for_load_state()
    summary = page.locator("#report-summary")
    expect(summary).to_be_visible()
    expect(page.locator("svg[role=img]")).to_have_count(2)
    expected = "5" if who == "coordinator" else "9"
    expect(summary.locator("[data-figure=enrolled]")).to_have_text(expected)
    # The chart's table alternative opens without JavaScript of ours.
    page.locator("details summary").first.click()
    expect(page.locator("details table").first).to_be_visible()
    assert axe(page) == []

    # Filtering by cohort, then an inverted period: a message, no figures, still accessible.
    page.select_option("#id_cohort", label="Leerkrachten Gent")
    page.locator("#report-filters button[type=submit]").click()
    page.wait_for_load_state()
    expect(page.locator("#report-summary [data-figure=enrolled]")).to_have_text("4")
    page.fill("#id_date_from", "2025-06-01")
    page.fill("#id_date_to", "2025-01-01")
    page.locator("#report-filters button[type=submit]").click()
    page.wait_for_load_state()
    expect(page.locator("#report-errors")).to_be_visible()
    expect(page.locator("#report-summary")).to_have_count(0)
    assert axe(page) == []

    # The CSV export downloads.
    page.goto("/admin/completion-reports/")
    with page.expect_download() as download:
        page.locator("#export-csv").click()
    assert download.value.suggested_filename.endswith(".csv")
    assert errors == [], "\n".join(errors)
