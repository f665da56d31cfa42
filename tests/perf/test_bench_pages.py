"""Benchmarks of the foundation's hot paths: the home page, login page and health check.

Run with `make bench`; figures are printed, never asserted as timings in the unit suite.
Each page also has a query budget, which is what keeps it fast as data grows.
"""

import statistics
import time

import pytest
from django.test import Client

from tests.factories import UserFactory

pytestmark = [pytest.mark.perf, pytest.mark.django_db]

ROUNDS = 200


def _measure(client: Client, url: str, rounds: int = ROUNDS) -> dict[str, float]:
    client.get(url)  # warm caches and templates
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    samples.sort()
    return {
        "median_ms": statistics.median(samples),
        "p95_ms": samples[int(len(samples) * 0.95) - 1],
        "per_second": 1000 / statistics.mean(samples),
    }


@pytest.mark.parametrize("url", ["/nl/", "/accounts/login/", "/healthz"])
def test_bench_anonymous_pages(url, django_assert_max_num_queries):
    client = Client()
    figures = _measure(client, url)
    with django_assert_max_num_queries(12):
        client.get(url)
    print(
        f"\n{url:<20} median {figures['median_ms']:.2f} ms  p95 {figures['p95_ms']:.2f} ms  "
        f"{figures['per_second']:.0f} req/s (single client, {ROUNDS} rounds)"
    )


def test_bench_profile_page(django_assert_max_num_queries):
    client = Client()
    client.force_login(UserFactory())
    figures = _measure(client, "/accounts/profile/")
    with django_assert_max_num_queries(12):
        client.get("/accounts/profile/")
    print(
        f"\n/accounts/profile/   median {figures['median_ms']:.2f} ms  "
        f"p95 {figures['p95_ms']:.2f} ms  {figures['per_second']:.0f} req/s"
    )


@pytest.mark.parametrize("lessons_per_module", [5, 50])
def test_bench_course_and_lesson_pages(lessons_per_module):
    from tests.factories import course_tree

    course, lessons = course_tree(modules=2, lessons_per_module=lessons_per_module)
    client = Client()
    client.force_login(UserFactory())
    for label, url in (
        ("course", course.url),
        ("lesson", lessons[-1].url),
        ("dashboard", "/dashboard/"),
    ):
        figures = _measure(client, url, rounds=100)
        print(
            f"\n{label:<10} {2 * lessons_per_module:>3} lessons  "
            f"median {figures['median_ms']:.2f} ms  p95 {figures['p95_ms']:.2f} ms  "
            f"{figures['per_second']:.0f} req/s"
        )
