"""Security headers on one URL of every page type of the public site and the admin.

The public site sends the strict Content-Security-Policy of docs/decisions/0003 (no inline
scripts); the admin its own, documented wider policy. Every response, HTML or not, carries
nosniff, a same-origin Referrer-Policy and X-Frame-Options DENY; non-HTML responses carry the
content type their readers rely on."""

import datetime
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from assessments.services import attempt_start
from certificates.models import Certificate
from courses.models import GoodPracticeIndexPage, GoodPracticePage
from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role
from lms.cohorts.models import Enrollment
from lms.home.models import HomePage
from lms.scheduling.models import CalendarFeed, TrainingSession
from tests.factories import (
    CohortFactory,
    EnrollmentFactory,
    UserFactory,
    _publish,
    course_tree,
    every_type_quiz,
)

SITE_POLICY = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "media-src": "'self'",
    "frame-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
# docs/decisions/0003-content-security-policy.md: inline scripts and styles in the admin only,
# still no 'unsafe-eval' and no other origin; the admin may frame itself (previews).
ADMIN_POLICY = {
    **SITE_POLICY,
    "script-src": "'self' 'unsafe-inline'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "font-src": "'self' data:",
    "frame-ancestors": "'self'",
}


@pytest.fixture
def site(sector, learner, trainer):
    """One object of every kind a page type shows, and who may see it."""
    course, lessons = course_tree(modules=1, lessons_per_module=1)
    home = HomePage.objects.first()
    library = _publish(
        home, GoodPracticeIndexPage(title="Goede praktijken", slug="goede-praktijken")
    )
    practice = _publish(
        library,
        GoodPracticePage(
            title="Oudercafés",
            municipality="Vilvoorde",
            summary="Samenvatting",
            what_was_done="<p>Gedaan</p>",
            what_worked="<p>Werkte</p>",
        ),
    )
    cohort = CohortFactory(
        sector=sector, course=course, name="Leerkrachten Gent", starts_on=datetime.date(2026, 9, 1)
    )
    enrollment = EnrollmentFactory(
        user=learner,
        cohort=cohort,
        status=Enrollment.Status.COMPLETED,
        source=Enrollment.Source.STAFF,
        enrolled_at=timezone.now(),
        completed_at=timezone.now(),
    )
    starts = timezone.now() + datetime.timedelta(days=7)
    session = TrainingSession.objects.create(
        cohort=cohort,
        title="Terugkomdag",
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=3),
        location="Gent",
        capacity=20,
    )
    feed = CalendarFeed.objects.create(user=learner)
    certificate = Certificate.objects.create(
        enrollment=enrollment,
        user=learner,
        sector=sector,
        learner_name="Leen Peeters",
        course_title=course.title,
        sector_name=sector.name,
        cohort_name=cohort.name,
        hours=1.5,
    )
    quiz = every_type_quiz()
    attempt = attempt_start(user=learner, quiz=quiz)
    admin = UserFactory(email="beheer@vlaanderen.example")
    user_assign_role(user=admin, role=Role.PLATFORM_ADMIN)
    return {
        "learner": learner,
        "trainer": trainer,
        "admin": admin,
        "course": course,
        "lesson": lessons[0],
        "practice": practice,
        "session": session,
        "feed": feed,
        "certificate": certificate,
        "quiz": quiz,
        "attempt": attempt,
    }


# page type: (who is logged in, the URL, the expected kind of response)
HTML, JSON, ICS, PDF = "text/html", "application/json", "text/calendar", "application/pdf"
PAGE_TYPES = {
    "home": (None, "/nl/", HTML),
    "course": ("learner", "{course.url}", HTML),
    "lesson": ("learner", "{lesson.url}", HTML),
    "good practice": (None, "{practice.url}", HTML),
    "search": (None, "/search/?q=signalen", HTML),
    "dashboard": ("learner", "/dashboard/", HTML),
    "login": (None, "/accounts/login/", HTML),
    "profile": ("learner", "/accounts/profile/", HTML),
    "privacy": ("learner", "/accounts/privacy/", HTML),
    "enrol": ("learner", "/cohorts/enrol/", HTML),
    "sessions": ("learner", "/sessions/", HTML),
    "session": ("learner", "/sessions/{session.pk}/", HTML),
    "session calendar": ("learner", "/sessions/{session.pk}/calendar.ics", ICS),
    "feed settings": ("learner", "/sessions/feed/", HTML),
    "feed": (None, "/sessions/feed/{feed.token}.ics", ICS),
    "certificates": ("learner", "/certificates/", HTML),
    "certificate pdf": ("learner", "/certificates/{certificate.code}/pdf/", PDF),
    "verify form": (None, "/certificates/verify/", HTML),
    "verify": (None, "/certificates/verify/{certificate.code}/", HTML),
    "verify json": (
        None,
        "/certificates/verify/{certificate.code}/?format=json",
        JSON,
    ),
    "jwks": (None, "/certificates/issuer/jwks.json", JSON),
    "quiz": ("learner", "/quizzes/{quiz.pk}/", HTML),
    "quiz attempt": ("learner", "/attempts/{attempt.pk}/", HTML),
    "healthz": (None, "/healthz", JSON),
    "not found": (None, "/nl/bestaat-niet/", HTML),
    "not found outside pages": (None, "/certificates/verify/onbekend/", HTML),
    "admin dashboard": ("admin", "/admin/", HTML),
    "admin page explorer": ("admin", "/admin/pages/{course.pk}/", HTML),
    "admin page editor": ("admin", "/admin/pages/{lesson.pk}/edit/", HTML),
    "admin snippet listing": ("admin", "/admin/snippets/cohorts/cohort/", HTML),
    "admin snippet listing (trainer)": (
        "trainer",
        "/admin/snippets/cohorts/cohort/",
        HTML,
    ),
    "admin completion reports": ("admin", "/admin/completion-reports/", HTML),
    "admin login": (None, "/admin/login/", HTML),
}


def policy(header: str) -> dict[str, str]:
    directives = {}
    for part in header.split(";"):
        name, _, value = part.strip().partition(" ")
        if name:
            assert name not in directives, f"{name} twice in {header}"
            directives[name] = " ".join(value.split())
    return directives


class InlineScripts(HTMLParser):
    """Collects <script> elements without src, and inline event handler attributes."""

    def __init__(self):
        super().__init__()
        self.inline: list[str] = []
        self._open = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        handlers = [name for name in attributes if name.startswith("on")]
        if handlers:
            self.inline.append(f"<{tag} {handlers[0]}=...>")
        if tag == "script":
            kind = (attributes.get("type") or "").lower()
            # A JSON data block is not executed, so CSP does not apply to it.
            if "src" not in attributes and kind not in ("application/json", "application/ld+json"):
                self._open = True

    def handle_endtag(self, tag):
        self._open = False

    def handle_data(self, data):
        if self._open:
            self.inline.append(data.strip()[:80])


def inline_scripts(html: str) -> list[str]:
    parser = InlineScripts()
    parser.feed(html)
    parser.close()
    return parser.inline


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_every_page_type_sends_the_security_headers(client, site, page_type):
    role, template, kind = PAGE_TYPES[page_type]
    if role:
        client.force_login(site[role])
    url = template.format(**site)
    response = client.get(url)

    expected_status = 404 if page_type.startswith("not found") else 200
    assert response.status_code == expected_status, (url, response.status_code)
    assert response["X-Content-Type-Options"] == "nosniff", url
    assert response["Referrer-Policy"] == "same-origin", url
    assert response["X-Frame-Options"] == "DENY", url
    content_type = response["Content-Type"]
    assert content_type.split(";")[0].strip() == kind, (url, content_type)
    if kind != HTML:
        return

    assert content_type == "text/html; charset=utf-8", url
    assert response["Cross-Origin-Opener-Policy"] == "same-origin", url
    assert "Content-Security-Policy-Report-Only" not in response, url
    directives = policy(response["Content-Security-Policy"])
    if url.startswith("/admin/"):
        assert directives == ADMIN_POLICY, url
    else:
        assert directives == SITE_POLICY, url
        assert "'unsafe-inline'" not in response["Content-Security-Policy"], url
        assert inline_scripts(response.content.decode()) == [], url
    assert "'unsafe-eval'" not in response["Content-Security-Policy"], url


def test_privacy_export_is_a_zip_attachment_with_the_headers(client, learner):
    client.force_login(learner)
    response = client.post("/accounts/privacy/export/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


def test_inline_script_detection_sees_what_the_policy_blocks():
    """The HTML check above would catch an inline script or handler if a template added one."""
    html = (
        '<script src="/static/app.js"></script>'
        '<script type="application/json">{"a": 1}</script>'
        "<script>alert(1)</script>"
        '<button onclick="go()">Ga</button>'
    )
    assert inline_scripts(html) == ["alert(1)", "<button onclick=...>"]


# URL groups without a row above, and why.
NOT_PAGES = {
    "documents": "Wagtail's document downloads: files served as attachments",
    "i18n": "the language switch: a POST that redirects",
}


def test_every_url_group_has_a_page_type():
    """A new top-level URL group (of the project or an app included at the root) gets a row in
    PAGE_TYPES, or this test names it."""
    from django.urls import LocalePrefixPattern, URLResolver, get_resolver

    groups = set()
    for pattern in get_resolver().url_patterns:
        if isinstance(pattern.pattern, LocalePrefixPattern):
            continue  # content pages under /nl/, /fr/, /en/: rows for the home, course, lesson...
        prefix = str(pattern.pattern).strip("^/")
        if prefix == "" and isinstance(pattern, URLResolver):
            groups |= {str(p.pattern).split("/")[0] for p in pattern.url_patterns}
        elif not prefix.startswith("("):
            groups.add(prefix.split("/")[0])
    templates = [template for _role, template, _kind in PAGE_TYPES.values()]
    covered = {template.split("/")[1] for template in templates if template.startswith("/")}
    assert groups - covered - set(NOT_PAGES) == set()
