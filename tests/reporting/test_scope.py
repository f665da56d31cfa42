"""Who sees which figures: coordinators their own sectors, administrators all; the figures."""

import re

import pytest
from django.urls import reverse

from lms.reporting.models import ExportLog
from lms.reporting.selectors import completion_report, report_scope
from tests.factories import UserFactory

DASHBOARD = "reporting_admin:dashboard"


def figure(html, name, table=None):
    """The value of ``data-figure=name`` in the summary (or in a table row)."""
    if table:
        html = html.split(f'id="{table}"', 1)[1].split("</table>", 1)[0]
    else:
        html = html.split('id="report-summary"', 1)[1]
    value = re.search(rf'data-figure="{name}">([^<]*)<', html).group(1).strip()
    return value.replace(",", ".")  # Dutch decimal comma


def test_coordinator_sees_only_own_sector(client, coordinator, report_data):
    client.force_login(coordinator)
    response = client.get(reverse(DASHBOARD))
    assert response.status_code == 200
    html = response.content.decode()
    # Onderwijs: 5 enrolments taken up (the invitation not), 3 completed, 1 withdrawn.
    assert figure(html, "enrolled") == "5"
    assert figure(html, "completed") == "3"
    assert figure(html, "rate") == "60.0 %"
    assert figure(html, "invited") == "1"
    assert figure(html, "sessions") == "1"
    assert figure(html, "attendance") == "66.7 %"  # 2 of 3 registered present
    assert figure(html, "quiz-rate") == "66.7 %"  # anna, bert passed; carla not
    assert "Leerkrachten Gent" in html and "Leerkrachten Brugge" in html
    assert "Jeugdwerk Antwerpen" not in html
    assert 'id="per-sector"' in html
    sector_table = html.split('id="per-sector"', 1)[1].split("</table>", 1)[0]
    assert "Onderwijs" in sector_table and "Jeugd" not in sector_table
    # No personal data on the dashboard.
    assert "anna@example.org" not in html


def test_other_coordinator_sees_the_other_sector(client, other_coordinator, report_data):
    client.force_login(other_coordinator)
    html = client.get(reverse(DASHBOARD)).content.decode()
    assert figure(html, "enrolled") == "4"
    assert figure(html, "completed") == "1"
    assert "Jeugdwerk Antwerpen" in html and "Leerkrachten Gent" not in html


@pytest.mark.parametrize("field", ["sector", "cohort"])
def test_coordinator_cannot_reach_another_sector_through_the_url(
    client, coordinator, report_data, other_sector, field
):
    client.force_login(coordinator)
    value = other_sector.pk if field == "sector" else report_data["jeugd"].pk
    response = client.get(reverse(DASHBOARD), {field: value})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="report-errors"' in html
    assert 'id="report-summary"' not in html
    assert "Jeugdwerk Antwerpen" not in html
    for export in ("export_csv", "export_xlsx", "aggregates_csv"):
        response = client.get(reverse(f"reporting_admin:{export}"), {field: value})
        assert response.status_code == 302
        assert response["Location"].startswith(reverse(DASHBOARD))


def test_trainers_and_learners_are_refused(client, trainer, learner, report_data):
    client.force_login(trainer)
    for name in ("dashboard", "export_csv", "export_xlsx", "aggregates_csv"):
        response = client.get(reverse(f"reporting_admin:{name}"))
        # Wagtail answers a refused admin view with a redirect to the admin home (or a 403).
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert response["Location"] == reverse("wagtailadmin_home")
    assert not ExportLog.objects.exists()
    client.force_login(learner)
    response = client.get(reverse(DASHBOARD))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.logout()
    response = client.get(reverse("reporting_admin:export_csv"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_menu_item_only_for_those_who_see_reports(client, coordinator, trainer, report_data):
    url = reverse(DASHBOARD)  # the sidebar menu is rendered as JSON props
    client.force_login(coordinator)
    assert url in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(trainer)
    assert url not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_coordinator_of_no_sector_sees_an_empty_state(client, report_data):
    from lms.accounts.roles import Role
    from lms.accounts.services import user_assign_role

    lonely = UserFactory(email="zonder.sector@example.org")
    user_assign_role(user=lonely, role=Role.COORDINATOR)
    client.force_login(lonely)
    html = client.get(reverse(DASHBOARD)).content.decode()
    assert 'id="report-empty"' in html and 'id="report-summary"' not in html
    assert "Leerkrachten Gent" not in html and "Jeugdwerk" not in html


def _report(user, **params):
    scope = report_scope(user=user, params=params)
    assert scope.valid, scope.errors
    return completion_report(scope=scope)


def test_administrator_totals_equal_the_sum_of_the_sectors(
    platform_admin, coordinator, other_coordinator, sector, other_sector, report_data
):
    everything = _report(platform_admin)
    assert everything.totals.counts.enrolled == 9
    assert everything.totals.counts.completed == 4
    per_sector = {row.key: row for row in everything.per_sector}
    for field in ("invited", "active", "completed", "withdrawn"):
        assert getattr(everything.totals.counts, field) == sum(
            getattr(row.counts, field) for row in everything.per_sector
        )
    assert everything.totals.sessions.held == sum(r.sessions.held for r in everything.per_sector)
    assert everything.totals.sessions.present == sum(
        r.sessions.present for r in everything.per_sector
    )
    # ... and each sector's row is what that sector's own report shows, for admin and coordinator.
    for sector_obj, coord in ((sector, coordinator), (other_sector, other_coordinator)):
        filtered = _report(platform_admin, sector=str(sector_obj.pk))
        own = _report(coord)
        assert filtered.totals.counts == per_sector[sector_obj.pk].counts == own.totals.counts
        assert filtered.totals.sessions == own.totals.sessions
        assert [(q.quiz_id, q.learners, q.passed) for q in filtered.quizzes] == [
            (q.quiz_id, q.learners, q.passed) for q in own.quizzes
        ]
    quiz_all = everything.quiz_totals
    assert (quiz_all.learners, quiz_all.passed) == (5, 3)


def test_breakdowns_and_months(platform_admin, report_data):
    report = _report(platform_admin)
    by_role = {row.key: row.counts for row in report.per_job_role}
    assert by_role["youth_worker"].enrolled == 3 and by_role["youth_worker"].completed == 1
    # anna, bert, dirk (withdrawn) and jan; fien's invitation apart.
    assert by_role["teacher"].enrolled == 4 and by_role["teacher"].invited == 1
    by_cohort = {row.label: row for row in report.per_cohort}
    assert by_cohort["Leerkrachten Gent"].counts.enrolled == 4
    assert by_cohort["Leerkrachten Gent"].sessions.registered == 3
    assert [row.label for row in report.per_course] == ["Signalen herkennen"]
    months = {(m.month.year, m.month.month): (m.enrolled, m.completed) for m in report.per_month}
    assert months == {(2025, 1): (4, 0), (2025, 2): (4, 1), (2025, 3): (1, 2), (2025, 4): (0, 1)}


def test_filters_period_course_and_cohort(client, coordinator, report_data, course):
    march = _report(coordinator, date_from="2025-03-01", date_to="2025-03-31")
    assert (march.totals.counts.enrolled, march.totals.counts.invited) == (1, 1)
    assert [row.label for row in march.per_cohort] == ["Leerkrachten Brugge"]
    gent = _report(coordinator, cohort=str(report_data["gent"].pk))
    assert gent.totals.counts.enrolled == 4 and gent.totals.counts.completed == 2
    assert gent.totals.sessions.held == 1
    by_course = _report(coordinator, course=str(course[0].pk))
    assert by_course.totals.counts.enrolled == 5
    assert by_course.quiz_totals.learners == 3
    client.force_login(coordinator)
    html = client.get(reverse(DASHBOARD), {"cohort": report_data["brugge"].pk}).content.decode()
    assert figure(html, "enrolled") == "1"
