"""The report's queries do not grow with the data (synthetic data from generate_scale_data)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lms.demo.scale_data import generate
from lms.reporting.selectors import completion_report, report_scope

# The report itself: scope (coordinator's sectors, sector names, cohorts) and four aggregates.
REPORT_BUDGET = 10
# The whole admin page, Wagtail's menus included: the user (with profile and memberships), its
# permissions, sectors with cohorts, the four aggregates, locales, page and collection
# permissions (the session comes from the cache).
PAGE_BUDGET = 10


@pytest.fixture
def coordinator_of_first_sector(db):
    from lms.sectors.models import Sector
    from tests.factories import SectorMembershipFactory, UserFactory

    def make():
        return SectorMembershipFactory(
            sector=Sector.objects.order_by("pk").first(),
            role="coordinator",
            user=UserFactory(email="coord@scale.example"),
        ).user

    return make


@pytest.mark.parametrize("learners", [30, 150, 600])
def test_report_queries_are_flat(
    client, platform_admin, coordinator_of_first_sector, learners, django_assert_max_num_queries
):
    from tests.factories import course_tree

    course_tree(modules=1, lessons_per_module=3, title="Schaal")
    generate(learners=learners, prefix=f"q{learners}", seed=learners)
    coordinator = coordinator_of_first_sector()
    for user in (platform_admin, coordinator):
        with django_assert_max_num_queries(REPORT_BUDGET):
            scope = report_scope(user=user, params={})
            report = completion_report(scope=scope)
        assert report.totals.counts.enrolled > 0
        client.force_login(user)
        client.get(reverse("reporting_admin:dashboard"))  # warm caches of the admin chrome
        with CaptureQueriesContext(connection) as page:
            response = client.get(reverse("reporting_admin:dashboard"))
        assert response.status_code == 200
        assert 'id="report-summary"' in response.content.decode()
        assert len(page.captured_queries) <= PAGE_BUDGET, [
            q["sql"][:120] for q in page.captured_queries
        ]
