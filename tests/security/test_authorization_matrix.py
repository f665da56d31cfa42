"""The authorization matrix: every role against every object and action, over the public site
and every admin view of the platform's own models.

Two sectors are built: sector A ("Onderwijs") holds the objects under test, sector B ("Jeugd")
holds the same set for a second cohort. The nine roles are

    anon    not logged in
    lrn     the learner of A's cohort (owns the attempt, registration and certificate)
    peer    a learner of B's cohort (another cohort, another sector)
    trn     trainer of sector A           trnX    trainer of sector B
    crd     coordinator of sector A       crdX    coordinator of sector B
    edt     content editor (Flemish content team; no sector)
    adm     platform administrator

In MATRIX, "+" means the role is let through (a page, a file or a redirect after the action)
and "-" that it is refused (403, a 404 for another sector's rows, a redirect to log in, or the
admin's refusal) — and every refusal must have been logged by lms.middleware's
AccessDenialLogMiddleware. Listings, JSON, CSV and XLSX answers that a role may see are read
back and must hold none of another sector's (or another learner's) rows. Content (images,
documents, the page tree) is shared by every sector: its choosers are open to all admin users.

A URL of the platform missing from the table fails test_every_url_is_in_the_matrix, and
test_matrix_self_check proves that turning any refusal into "+" makes the matrix fail.
"""

from __future__ import annotations

import csv
import datetime
import functools
import io
import json
import logging
from dataclasses import dataclass

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from assessments.models import (
    Response,
    SingleChoiceOption,
)
from assessments.services import attempt_start, attempt_submit
from certificates.models import Certificate, CertificateArchive, CertificateTemplate
from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role
from lms.cohorts.models import Enrollment, EnrollmentImport
from lms.reporting.models import ExportLog
from lms.scheduling.models import TrainingSession
from lms.sectors.models import Sector, SectorMembership
from tests.factories import (
    AttendanceFactory,
    CohortFactory,
    EnrollmentFactory,
    EssayQuestionFactory,
    QuizFactory,
    RegistrationFactory,
    SectorFactory,
    SectorMembershipFactory,
    SingleChoiceQuestionFactory,
    UserFactory,
    course_tree,
)

pytestmark = [pytest.mark.django_db]

ROLES = ("anon", "lrn", "peer", "trn", "trnX", "crd", "crdX", "edt", "adm")

# key (see URLS)                 object         action   anon lrn peer trn trnX crd crdX edt adm
MATRIX = """
home                             site           view     +    +   +    +   +    +   +    +   +
course_page                      course         view     +    +   +    +   +    +   +    +   +
course_draft_page                course draft   view     -    -   -    -   -    -   -    -   -
course_draft_edit                course draft   change   -    -   -    -   -    -   -    +   +
course_draft_preview             course draft   view     -    -   -    -   -    -   -    +   +
course_draft_delete              course draft   delete   -    -   -    -   -    -   -    +   +
pages_explorer                   course draft   list     -    -   -    -   -    -   -    +   +
dashboard                        enrollment     list     -    +   +    +   +    +   +    +   +
profile                          user profile   change   -    +   +    +   +    +   +    +   +
privacy                          user profile   view     -    +   +    +   +    +   +    +   +
privacy_export                   user profile   export   -    +   +    +   +    +   +    +   +
search                           site           view     +    +   +    +   +    +   +    +   +
enrol                            enrollment     create   -    +   +    +   +    +   +    +   +
leave_enrollment                 enrollment     delete   -    +   -    -   -    -   -    -   -
session_list                     session        list     -    +   +    +   +    +   +    +   +
session_detail                   session        view     -    +   -    -   -    -   -    -   -
session_calendar                 session        export   -    +   -    +   -    +   -    -   +
session_register                 registration   create   -    +   -    -   -    -   -    -   -
session_cancel_registration      registration   delete   -    +   -    -   -    -   -    -   -
feed_settings                    session        export   -    +   +    +   +    +   +    +   +
quiz_detail                      quiz           view     -    +   -    -   -    -   -    -   -
quiz_start                       attempt        create   -    +   -    -   -    -   -    -   -
quiz_preview                     quiz           view     -    -   -    +   -    +   -    +   +
attempt_take                     attempt        view     -    +   -    -   -    -   -    -   -
attempt_autosave                 answer         change   -    +   -    -   -    -   -    -   -
attempt_result                   attempt        view     -    +   -    -   -    -   -    -   -
my_certificates                  certificate    list     -    +   +    +   +    +   +    +   +
certificate_pdf                  certificate    export   -    +   -    -   -    -   -    -   -
certificate_verify               certificate    view     +    +   +    +   +    +   +    +   +
certificate_verify_form          certificate    view     +    +   +    +   +    +   +    +   +
certificate_badge                certificate    export   -    +   -    -   -    -   -    -   -
issuer                           certificate    view     +    +   +    +   +    +   +    +   +
issuer_jwks                      certificate    view     +    +   +    +   +    +   +    +   +
sector_issuer                    certificate    view     +    +   +    +   +    +   +    +   +
admin_home                       site           view     -    -   -    +   +    +   +    +   +
roster                           enrollment     list     -    -   -    +   -    +   -    -   +
roster_csv                       enrollment     export   -    -   -    +   -    +   -    -   +
roster_withdraw                  enrollment     change   -    -   -    +   -    +   -    -   +
roster_reenrol                   enrollment     change   -    -   -    +   -    +   -    -   +
import_template                  enrollment     export   -    -   -    +   +    +   +    -   +
import_upload                    enrollment     create   -    -   -    +   -    +   -    -   +
import_detail                    enrollment     view     -    -   -    +   -    +   -    -   +
import_status                    enrollment     view     -    -   -    +   -    +   -    -   +
import_confirm                   enrollment     create   -    -   -    +   -    +   -    -   +
session_attendance               attendance     change   -    -   -    +   -    +   -    -   +
session_admin_cancel             session        delete   -    -   -    +   -    +   -    -   +
item_analysis                    quiz           view     -    -   -    +   -    +   -    +   +
grading_queue                    essay grading  list     -    -   -    +   +    +   +    -   +
grade_response                   essay grading  change   -    -   -    +   -    +   -    -   +
certificate_admin_pdf            certificate    export   -    -   -    +   -    +   -    -   +
certificate_revoke               certificate    change   -    -   -    +   -    +   -    -   +
certificate_renew                certificate    change   -    -   -    +   -    +   -    -   +
certificate_issue                certificate    create   -    -   -    +   -    +   -    -   +
certificates_of_cohort           certificate    list     -    -   -    +   -    +   -    -   +
archive_create                   certificate    export   -    -   -    +   -    +   -    -   +
archive_detail                   certificate    export   -    -   -    +   -    +   -    -   +
archive_status                   certificate    export   -    -   -    +   -    +   -    -   +
archive_download                 certificate    export   -    -   -    +   -    +   -    -   +
report                           report         view     -    -   -    -   -    +   +    -   +
report_csv                       export         export   -    -   -    -   -    +   +    -   +
report_xlsx                      export         export   -    -   -    -   -    +   +    -   +
report_aggregates                export         export   -    -   -    -   -    +   +    -   +
user_list                        user profile   list     -    -   -    -   -    -   -    -   +
user_edit                        user profile   change   -    -   -    -   -    -   -    -   +
user_erase                       user profile   delete   -    -   -    -   -    -   -    -   +
user_two_factor_reset            user profile   change   -    -   -    -   -    -   -    -   +
wagtail_images                   site           list     -    -   -    -   -    -   -    +   +
wagtail_images_chooser           site           list     -    -   -    +   +    +   +    +   +
wagtail_documents                site           list     -    -   -    -   -    -   -    +   +
wagtail_documents_chooser        site           list     -    -   -    +   +    +   +    +   +
wagtail_collections              site           list     -    -   -    -   -    -   -    -   +
wagtail_groups                   user profile   list     -    -   -    -   -    -   -    -   +
wagtail_sites                    site           list     -    -   -    -   -    -   -    -   +
wagtail_locales                  site           list     -    -   -    -   -    -   -    -   +
wagtail_workflows                course draft   list     -    -   -    -   -    -   -    -   +
wagtail_redirects                site           list     -    -   -    -   -    -   -    -   +
wagtail_site_history             site           list     -    -   -    -   -    -   -    -   +
wagtail_site_history_results     site           list     -    -   -    -   -    -   -    -   +
wagtail_api_pages                course draft   list     -    -   -    +   +    +   +    +   +
"""

# Every URL of each admin viewset, in two kinds: "collection" (listing, its results, add, the
# chooser and its results, create from the chooser, chosen-multiple) and "object" (edit,
# delete, copy, usage, history, inspect, chosen, preview) on sector A's row. A row naming a
# group of VIEW_GROUPS (or one view) sets those views first; the two kinds apply to the rest.
# Certificates and the export log are records: issued or written by the platform, never added,
# edited or deleted in the admin, not even by the administrator.
# viewset                        object       urls        anon lrn peer trn trnX crd crdX edt adm
VIEWSETS = """
cohorts_cohort                   cohort       collection  -    -   -    +   +    +   +    -   +
cohorts_cohort                   cohort       object      -    -   -    +   -    +   -    -   +
scheduling_trainingsession       session      collection  -    -   -    +   +    +   +    -   +
scheduling_trainingsession       session      object      -    -   -    +   -    +   -    -   +
assessments_quiz                 quiz         collection  -    -   -    +   +    +   +    +   +
assessments_quiz                 quiz         object      -    -   -    +   -    +   -    +   +
assessments_essayquestion        question     collection  -    -   -    +   +    +   +    +   +
assessments_essayquestion        question     object      -    -   -    +   -    +   -    +   +
assessments_singlechoicequestion question     collection  -    -   -    +   +    +   +    +   +
assessments_singlechoicequestion question     object      -    -   -    +   -    +   -    +   +
certificate_templates            certificate  collection  -    -   -    +   +    +   +    -   +
certificate_templates            certificate  object      -    -   -    +   -    +   -    -   +
certificates_certificate         certificate  records     -    -   -    -   -    -   -    -   -
certificates_certificate         certificate  collection  -    -   -    +   +    +   +    -   +
certificates_certificate         certificate  object      -    -   -    +   -    +   -    -   +
sectors_sector                   sector       picker      -    -   -    +   +    +   +    +   +
sectors_sector                   sector       chosen      -    -   -    +   -    +   -    +   +
sectors_sector                   sector       collection  -    -   -    -   -    -   -    -   +
sectors_sector                   sector       object      -    -   -    -   -    -   -    -   +
sectors_sectormembership         sector       collection  -    -   -    -   -    -   -    -   +
sectors_sectormembership         sector       object      -    -   -    -   -    -   -    -   +
report-exports                   export       records     -    -   -    -   -    -   -    -   -
report-exports                   export       collection  -    -   -    -   -    -   -    -   +
report-exports                   export       object      -    -   -    -   -    -   -    -   +
"""

VIEW_GROUPS = {
    "records": {"add", "edit", "delete", "usage", "history", "history_results"},
    "picker": {"choose", "choose_results", "chosen_multiple"},
}

# The row of sector A that a viewset's object URLs open, and the chooser of a custom viewset.
VIEWSET_OBJECTS = {
    "cohorts_cohort": "a.cohort",
    "scheduling_trainingsession": "a.session",
    "assessments_quiz": "a.quiz",
    "assessments_essayquestion": "a.quiz.essay",
    "assessments_singlechoicequestion": "a.quiz.choice",
    "certificate_templates": "a.template",
    "certificates_certificate": "a.certificate",
    "sectors_sector": "a.sector",
    "sectors_sectormembership": "a.membership",
    "report-exports": "log_a",
}
CUSTOM_CHOOSERS = {
    "certificate_templates": "certificates_certificatetemplate",
    "report-exports": None,  # no chooser
}
URL_ACTIONS = {
    "list": "list",
    "index": "list",
    "list_results": "list",
    "index_results": "list",
    "choose": "list",
    "choose_results": "list",
    "chosen_multiple": "list",
    "add": "create",
    "create": "create",
    "copy": "create",
    "edit": "change",
    "delete": "delete",
}


@dataclass(frozen=True)
class Cell:
    key: str
    obj: str
    action: str
    role: str
    allowed: bool


def parse_matrix(text: str = MATRIX, viewsets: str = VIEWSETS) -> list[Cell]:
    cells = []
    assigned: set[str] = set()
    rows = [line.split() for line in viewsets.strip().splitlines()]
    # Rows naming views first, then the two kinds for the views left.
    rows.sort(key=lambda parts: parts[-len(ROLES) - 1] in ("collection", "object"))
    for parts in rows:
        viewset, kind, marks = parts[0], parts[-len(ROLES) - 1], parts[-len(ROLES) :]
        obj = " ".join(parts[1 : -len(ROLES) - 1])
        named = VIEW_GROUPS.get(kind, {kind}) if kind not in ("collection", "object") else None
        for name, (url_kind, _target) in viewset_urls(viewset).items():
            view = name.split(":")[1]
            if (named is not None and view not in named) or (
                named is None and (url_kind != kind or name in assigned)
            ):
                continue
            assigned.add(name)
            cells.extend(
                Cell(name, obj, URL_ACTIONS.get(view, "view"), role, mark == "+")
                for role, mark in zip(ROLES, marks, strict=True)
            )
    for line in text.strip().splitlines():
        parts = line.split()
        key, marks = parts[0], parts[-len(ROLES) :]
        action = parts[-len(ROLES) - 1]
        obj = " ".join(parts[1 : -len(ROLES) - 1])
        assert all(m in "+-" for m in marks), line
        cells.extend(
            Cell(key, obj, action, role, mark == "+")
            for role, mark in zip(ROLES, marks, strict=True)
        )
    return cells


# --- the world ----------------------------------------------------------------------------


def _quiz(sector, marker):
    choice = SingleChoiceQuestionFactory(
        title=f"Keuze {marker}",
        prompt="Wat eerst?",
        owning_sector=sector,
        options=[
            SingleChoiceOption(text="Luisteren", is_correct=True),
            SingleChoiceOption(text="Oordelen"),
        ],
    )
    essay = EssayQuestionFactory(
        title=f"Essay {marker}", prompt="Hoe open je het gesprek?", points=4, owning_sector=sector
    )
    quiz = QuizFactory(
        title=f"Quiz {marker}", owning_sector=sector, pass_mark=50, questions=[choice, essay]
    )
    quiz.choice, quiz.essay = choice, essay
    return quiz


def _side(sector, course, marker, learner_email):
    """One sector's set of objects: cohort, learner, quiz and attempt, session, certificate."""
    now = timezone.now()
    cohort = CohortFactory(
        sector=sector,
        course=course,
        name=f"Groep {marker}",
        starts_on=datetime.date(2026, 9, 1),
        enrolment_code=f"CODE{marker}",
    )
    learner = UserFactory(email=learner_email, first_name="Lerende", last_name=marker)
    enrollment = EnrollmentFactory(
        user=learner,
        cohort=cohort,
        status=Enrollment.Status.COMPLETED,
        source=Enrollment.Source.STAFF,
        enrolled_at=now - datetime.timedelta(days=30),
        completed_at=now - datetime.timedelta(days=1),
    )
    # A second cohort the learner is still following (and may leave).
    open_cohort = CohortFactory(
        sector=sector,
        course=course,
        name=f"Tweede groep {marker}",
        starts_on=datetime.date(2026, 10, 1),
    )
    open_enrollment = EnrollmentFactory(
        user=learner,
        cohort=open_cohort,
        status=Enrollment.Status.ACTIVE,
        source=Enrollment.Source.STAFF,
        enrolled_at=now - datetime.timedelta(days=3),
    )
    quiz = _quiz(sector, marker)
    cohort.extra_quizzes.add(quiz)
    attempt = attempt_start(user=learner, quiz=quiz)
    option = quiz.choice.options.get(is_correct=True)
    attempt = attempt_submit(
        attempt=attempt,
        user=learner,
        answers={
            str(quiz.choice.pk): {"choice": option.pk},
            str(quiz.essay.pk): {"text": "Ik luister."},
        },
        sequence=0,
    )
    essay_response = Response.objects.get(attempt=attempt, question=quiz.essay)
    session = TrainingSession.objects.create(
        cohort=cohort,
        title=f"Sessie {marker}",
        starts_at=now + datetime.timedelta(days=10),
        ends_at=now + datetime.timedelta(days=10, hours=3),
        location="Gent",
        capacity=10,
    )
    held = TrainingSession.objects.create(
        cohort=cohort,
        title=f"Gehouden sessie {marker}",
        starts_at=now - datetime.timedelta(days=3),
        ends_at=now - datetime.timedelta(days=3) + datetime.timedelta(hours=3),
        location="Gent",
        capacity=10,
    )
    registration = RegistrationFactory(
        session=session, user=learner, status="registered", queued_at=now
    )
    past_registration = RegistrationFactory(
        session=held, user=learner, status="registered", queued_at=now
    )
    AttendanceFactory(registration=past_registration, status="present", marked_at=now)
    template = CertificateTemplate.objects.create(
        sector=sector,
        title=f"Attest {marker}",
        body="{learner_name} volgde {course}.",
        signatory_name="An Peeters",
        signatory_function="Coördinator",
    )
    certificate = Certificate.objects.create(
        enrollment=enrollment,
        user=learner,
        sector=sector,
        learner_name=learner.get_full_name(),
        course_title=course.title,
        sector_name=sector.name,
        cohort_name=cohort.name,
        hours=1.5,
    )
    archive = CertificateArchive.objects.create(
        cohort=cohort, total=1, status=CertificateArchive.Status.DONE
    )
    archive.file.save(f"attesten-{marker}.zip", ContentFile(b"PK\x05\x06" + b"\0" * 18))
    upload = EnrollmentImport.objects.create(
        cohort=cohort,
        original_filename=f"lijst-{marker}.csv",
        status=EnrollmentImport.Status.VALIDATED,
        total_rows=0,
    )
    return {
        "sector": sector,
        "cohort": cohort,
        "learner": learner,
        "enrollment": enrollment,
        "open_enrollment": open_enrollment,
        "quiz": quiz,
        "attempt": attempt,
        "response": essay_response,
        "session": session,
        "held": held,
        "registration": registration,
        "template": template,
        "certificate": certificate,
        "archive": archive,
        "import": upload,
    }


def build_world() -> dict:
    from wagtail.models import Page

    sector_a = Sector.objects.get_or_create(name="Onderwijs")[0]
    sector_b = SectorFactory(name="Jeugd")
    course, _lessons = course_tree(modules=1, lessons_per_module=1, title="Signalen herkennen")
    draft, _ = course_tree(modules=0, title="Ontwerp-opleiding")
    draft.unpublish()
    a = _side(sector_a, course, "MARKA", "lerende.marka@school.example")
    b = _side(sector_b, course, "MARKB", "lerende.markb@jeugd.example")
    users = {"anon": None, "lrn": a["learner"], "peer": b["learner"]}
    for role, sector, key in (
        (SectorMembership.Role.TRAINER, sector_a, "trn"),
        (SectorMembership.Role.TRAINER, sector_b, "trnX"),
        (SectorMembership.Role.COORDINATOR, sector_a, "crd"),
        (SectorMembership.Role.COORDINATOR, sector_b, "crdX"),
    ):
        users[key] = SectorMembershipFactory(
            sector=sector, role=role, user=UserFactory(email=f"{key.lower()}@staff.example")
        ).user
    users["edt"] = UserFactory(email="redactie@vlaanderen.example")
    user_assign_role(user=users["edt"], role=Role.CONTENT_EDITOR)
    users["adm"] = UserFactory(email="beheer@vlaanderen.example")
    user_assign_role(user=users["adm"], role=Role.PLATFORM_ADMIN)
    for key in ("crd", "crdX"):
        ExportLog.objects.create(
            user=users[key],
            kind="csv",
            report="completion",
            filters={"sector": (a if key == "crd" else b)["sector"].pk},
        )
    a["membership"] = SectorMembership.objects.get(user=users["trn"])
    # History entries, as the admin writes them: reports of the log must stay within scope.
    from wagtail.log_actions import log

    for side, editor in ((a, users["trn"]), (b, users["trnX"])):
        log(instance=side["cohort"], action="wagtail.edit", user=editor)
        log(instance=side["session"], action="wagtail.edit", user=editor)
    return {
        "a": a,
        "b": b,
        "course": course,
        "draft": Page.objects.get(pk=draft.pk),
        "users": users,
        "log_a": ExportLog.objects.get(user=users["crd"]),
    }


# --- the addresses ------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    method: str
    url: object  # callable(world) -> str
    kind: str = "page"  # page | list | json | csv | xlsx | file
    data: object = None  # callable(world) -> dict, for POST


def snippet(model_label: str, view: str, *, obj: str | None = None, kind: str = "page"):
    def url(w):
        name = f"wagtailsnippets_{model_label}:{view}"
        return reverse(name, args=[_pick(w, obj).pk]) if obj else reverse(name)

    return Target("get", url, kind)


def chooser(model_label: str, view: str, *, obj: str | None = None, kind: str = "list"):
    def url(w):
        name = f"wagtailsnippetchoosers_{model_label}:{view}"
        return reverse(name, args=[_pick(w, obj).pk]) if obj else reverse(name)

    return Target("get", url, kind)


def _pick(w, path: str):
    value = w
    for part in path.split("."):
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value


def get(name, *objs, kind="page", query=""):
    return Target("get", lambda w: reverse(name, args=[_arg(w, o) for o in objs]) + query, kind)


def post(name, *objs, data=None, kind="page"):
    return Target("post", lambda w: reverse(name, args=[_arg(w, o) for o in objs]), kind, data)


def _arg(w, path):
    value = _pick(w, path)
    if isinstance(value, Certificate):
        return value.code
    return value.pk


URLS: dict[str, Target] = {
    "home": Target("get", lambda w: "/nl/"),
    "course_page": Target("get", lambda w: w["course"].url),
    "course_draft_page": Target("get", lambda w: w["draft"].get_url() or f"/nl/{w['draft'].slug}/"),
    "course_draft_edit": get("wagtailadmin_pages:edit", "draft"),
    "course_draft_preview": get("wagtailadmin_pages:preview_on_edit", "draft"),
    "course_draft_delete": get("wagtailadmin_pages:delete", "draft"),
    "pages_explorer": get("wagtailadmin_explore_root", kind="list"),
    "dashboard": get("dashboard", kind="list"),
    "profile": get("accounts:profile"),
    "privacy": get("privacy:index"),
    "privacy_export": post("privacy:export", kind="file"),
    "search": get("search", kind="list", query="?q=sessie"),
    "enrol": get("cohorts:enrol"),
    "leave_enrollment": post("cohorts:withdraw", "a.open_enrollment"),
    "session_list": get("scheduling:list", kind="list"),
    "session_detail": get("scheduling:detail", "a.session"),
    "session_calendar": get("scheduling:calendar", "a.session", kind="file"),
    "session_register": post("scheduling:register", "a.session"),
    "session_cancel_registration": post("scheduling:cancel", "a.session"),
    "feed_settings": get("scheduling:feed_settings"),
    "quiz_detail": get("assessments:quiz", "a.quiz"),
    "quiz_start": post("assessments:start", "a.quiz"),
    "quiz_preview": get("assessments:preview", "a.quiz"),
    "attempt_take": get("assessments:attempt", "a.attempt"),
    "attempt_autosave": Target(
        "post",
        lambda w: reverse("assessments:autosave", args=[w["a"]["attempt"].pk]),
        "json",
        lambda w: {"sequence": 99, "answers": {}},
    ),
    "attempt_result": get("assessments:result", "a.attempt"),
    "my_certificates": get("certificates:mine", kind="list"),
    "certificate_pdf": get("certificates:pdf", "a.certificate", kind="file"),
    "certificate_verify": get("certificates:verify", "a.certificate"),
    "certificate_verify_form": get("certificates:verify_form"),
    "certificate_badge": get("openbadges:badge", "a.certificate", kind="file"),
    "issuer": get("openbadges:issuer", kind="json"),
    "issuer_jwks": get("openbadges:jwks", kind="json"),
    "sector_issuer": get("openbadges:sector_issuer", "a.sector", kind="json"),
    "admin_home": get("wagtailadmin_home"),
    # Cohorts
    "roster": get("cohorts_admin:roster", "a.cohort", kind="list"),
    "roster_csv": get("cohorts_admin:roster_csv", "a.cohort", kind="csv"),
    "roster_withdraw": post("cohorts_admin:withdraw", "a.cohort", "a.enrollment"),
    "roster_reenrol": post("cohorts_admin:reenrol", "a.cohort", "a.enrollment"),
    "import_template": get("cohorts_import:template", kind="csv"),
    "import_upload": get("cohorts_import:upload", "a.cohort"),
    "import_detail": get("cohorts_import:detail", "a.cohort", "a.import"),
    "import_status": get("cohorts_import:status", "a.cohort", "a.import", kind="json"),
    "import_confirm": post("cohorts_import:confirm", "a.cohort", "a.import"),
    # Sessions
    "session_attendance": get("scheduling_admin:attendance", "a.held", kind="list"),
    "session_admin_cancel": get("scheduling_admin:cancel", "a.session"),
    # Quizzes and questions
    "item_analysis": get("assessments_admin:item_analysis", "a.quiz", kind="list"),
    "grading_queue": get("assessments_admin:grading_queue", kind="list"),
    "grade_response": get("assessments_admin:grade_response", "a.response"),
    # Certificates
    "certificate_admin_pdf": Target(
        "get",
        lambda w: reverse("certificates_admin:pdf", args=[w["a"]["certificate"].pk]),
        "file",
    ),
    "certificate_revoke": Target(
        "get", lambda w: reverse("certificates_admin:revoke", args=[w["a"]["certificate"].pk])
    ),
    "certificate_renew": Target(
        "get", lambda w: reverse("certificates_admin:renew", args=[w["a"]["certificate"].pk])
    ),
    "certificate_issue": post("certificates_admin:issue", "a.enrollment"),
    "certificates_of_cohort": get("certificates_admin:cohort", "a.cohort", kind="list"),
    "archive_create": post("certificates_admin:archive_create", "a.cohort"),
    "archive_detail": get("certificates_admin:archive", "a.archive"),
    "archive_status": get("certificates_admin:archive_status", "a.archive", kind="json"),
    "archive_download": get("certificates_admin:archive_download", "a.archive", kind="file"),
    # Reports
    "report": get("reporting_admin:dashboard", kind="list"),
    "report_csv": get("reporting_admin:export_csv", kind="csv"),
    "report_xlsx": get("reporting_admin:export_xlsx", kind="xlsx"),
    "report_aggregates": get("reporting_admin:aggregates_csv", kind="csv"),
    # Platform administration
    "user_list": get("wagtailusers_users:index", kind="list"),
    "user_edit": get("wagtailusers_users:edit", "a.learner"),
    "user_erase": get("privacy_erase", "a.learner"),
    "user_two_factor_reset": get("two_factor_admin_reset", "a.learner"),
    # Wagtail's own admin: content (images, documents, page API) and platform settings
    "wagtail_images": get("wagtailimages:index", kind="list"),
    "wagtail_images_chooser": get("wagtailimages_chooser:choose", kind="list"),
    "wagtail_documents": get("wagtaildocs:index", kind="list"),
    "wagtail_documents_chooser": get("wagtaildocs_chooser:choose", kind="list"),
    "wagtail_collections": get("wagtailadmin_collections:index", kind="list"),
    "wagtail_groups": get("wagtailusers_groups:index", kind="list"),
    "wagtail_sites": get("wagtailsites:index", kind="list"),
    "wagtail_locales": get("wagtaillocales:index", kind="list"),
    "wagtail_workflows": get("wagtailadmin_workflows:index", kind="list"),
    "wagtail_redirects": get("wagtailredirects:index", kind="list"),
    "wagtail_site_history": get("wagtailadmin_reports:site_history", kind="list"),
    "wagtail_site_history_results": get("wagtailadmin_reports:site_history_results", kind="list"),
    "wagtail_api_pages": get("wagtailadmin_api:pages:listing", kind="json"),
}


@functools.cache
def _namespaced_routes() -> dict[str, list[tuple[str, str]]]:
    """URL names and routes by namespace, from the project's URLconf."""
    found: dict[str, list[tuple[str, str]]] = {}

    def walk(patterns, namespace="", prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
                walk(pattern.url_patterns, inner, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern) and pattern.name and namespace:
                space = namespace.rstrip(":").split(":")[-1]
                found.setdefault(space, []).append(
                    (f"{space}:{pattern.name}", prefix + str(pattern.pattern))
                )

    walk(get_resolver().url_patterns)
    return found


@functools.cache
def viewset_urls(viewset: str) -> dict[str, tuple[str, Target]]:
    """Every URL of an admin viewset (and its chooser): name -> (collection|object, target)."""
    if viewset in CUSTOM_CHOOSERS:
        chooser = CUSTOM_CHOOSERS[viewset]
        spaces = [viewset, *([f"wagtailsnippetchoosers_{chooser}"] if chooser else [])]
    else:
        spaces = [f"wagtailsnippets_{viewset}", f"wagtailsnippetchoosers_{viewset}"]
    path = VIEWSET_OBJECTS[viewset]
    urls = {}
    for space in spaces:
        for name, route in _namespaced_routes().get(space, []):
            view = name.split(":")[1]
            if "<" in route:
                kind = "json" if view == "chosen" else "file" if "preview" in view else "page"
                target = Target(
                    "get",
                    lambda w, name=name: reverse(name, args=[_pick(w, path).pk]),
                    kind,
                )
                urls[name] = ("object", target)
            elif view == "chosen_multiple":
                target = Target(
                    "get", lambda w, name=name: f"{reverse(name)}?id={_pick(w, path).pk}", "json"
                )
                urls[name] = ("collection", target)
            else:
                kind = "page" if view in ("add", "create") else "list"
                urls[name] = ("collection", Target("get", lambda w, name=name: reverse(name), kind))
    assert urls, f"no URLs found for the viewset {viewset}"
    return urls


def target(key: str) -> Target:
    if key in URLS:
        return URLS[key]
    for viewset in VIEWSET_OBJECTS:
        if key in viewset_urls(viewset):
            return viewset_urls(viewset)[key][1]
    raise KeyError(key)


# --- observing one request ----------------------------------------------------------------


class DenialRecorder(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


@dataclass
class Observation:
    status: int
    denied_logged: bool
    location: str
    body: bytes
    content_type: str

    @property
    def allowed(self) -> bool:
        return not self.denied_logged


def observe(client: Client, world, target: Target) -> Observation:
    logger = logging.getLogger("lms.security.denied")
    recorder = DenialRecorder()
    logger.addHandler(recorder)
    try:
        url = target.url(world)
        data = target.data(world) if target.data else {}
        response = client.post(url, data) if target.method == "post" else client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
    finally:
        logger.removeHandler(recorder)
    return Observation(
        status=response.status_code,
        denied_logged=bool(recorder.records),
        location=response.get("Location", ""),
        body=body,
        content_type=response.get("Content-Type", ""),
    )


def readable_text(observation: Observation, kind: str) -> str:
    if kind == "xlsx" and observation.status == 200:
        from openpyxl import load_workbook

        workbook = load_workbook(io.BytesIO(observation.body), read_only=True)
        return "\n".join(
            " ".join(str(v) for v in row if v is not None)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
        )
    text = observation.body.decode("utf-8", errors="replace")
    if kind == "csv":
        return "\n".join(" ".join(row) for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if kind == "json" and "json" in observation.content_type:
        return json.dumps(json.loads(text), ensure_ascii=False)
    return text


def foreign_markers(world, role: str) -> list[str]:
    """What must never appear in a listing or export this role may open."""
    a, b = world["a"], world["b"]
    own_learner = [a["learner"].email, a["certificate"].code]
    other_learner = [b["learner"].email, b["certificate"].code]
    return {
        "anon": ["MARKA", "MARKB", *own_learner, *other_learner],
        "lrn": ["MARKB", *other_learner],
        "peer": ["MARKA", *own_learner],
        "trn": ["MARKB", *other_learner],
        "crd": ["MARKB", *other_learner],
        "trnX": ["MARKA", *own_learner],
        "crdX": ["MARKA", *own_learner],
        # The content team sees every sector's quizzes, never a learner.
        "edt": [*own_learner, *other_learner, "Lerende MARK"],
        "adm": [],
    }[role]


def check_cell(cell: Cell, observation: Observation, world) -> str | None:
    """Why the observation contradicts the cell, or None when it agrees."""
    target_ = target(cell.key)
    if observation.status >= 500:
        return f"server error {observation.status}"
    if cell.allowed:
        if not observation.allowed:
            return f"refused ({observation.status} {observation.location})"
        # A business answer (400 invalid, 409 already submitted) is not a refusal of access.
        if observation.status >= 400 and observation.status not in (400, 409):
            return f"answered {observation.status} without logging a refusal"
        if target_.kind in ("list", "json", "csv", "xlsx") and observation.status == 200:
            text = readable_text(observation, target_.kind)
            leaked = [m for m in foreign_markers(world, cell.role) if m in text]
            if leaked:
                return f"shows foreign rows: {leaked}"
        return None
    if observation.allowed:
        return f"let through ({observation.status} {observation.location})"
    if observation.status not in (302, 401, 403, 404, 429):
        return f"refused with an unexpected status {observation.status}"
    return None


def client_for(world, role: str) -> Client:
    client = Client()
    user = world["users"][role]
    if user is not None:
        client.force_login(user)
    return client


def run_role(role: str, cells: list[Cell], world) -> list[str]:
    client = client_for(world, role)
    problems = []
    for cell in cells:
        if cell.role != role:
            continue
        observation = observe(client, world, target(cell.key))
        problem = check_cell(cell, observation, world)
        if problem:
            mark = "+" if cell.allowed else "-"
            problems.append(f"{cell.key:<30} {cell.obj:<13} {cell.action:<7} {mark}  {problem}")
    return problems


# --- the tests ----------------------------------------------------------------------------


def test_matrix_is_well_formed():
    cells = parse_matrix()
    keys = {cell.key for cell in cells}
    assert set(URLS) <= keys, sorted(set(URLS) - keys)
    assert len(cells) == len(keys) * len(ROLES)
    assert all(target(key) for key in keys)
    objects = {cell.obj for cell in cells}
    for required in (
        "course draft",
        "cohort",
        "enrollment",
        "session",
        "registration",
        "attendance",
        "quiz",
        "question",
        "attempt",
        "answer",
        "essay grading",
        "certificate",
        "report",
        "export",
        "user profile",
    ):
        assert required in objects, required
    actions = {cell.action for cell in cells}
    assert {"view", "list", "create", "change", "delete", "export"} <= actions


@pytest.mark.parametrize("role", ROLES)
def test_authorization_matrix(role):
    world = build_world()
    problems = run_role(role, parse_matrix(), world)
    assert not problems, f"\n{role}: cells that do not hold\n" + "\n".join(problems)


def test_matrix_self_check():
    """Turning any refusal of the table into "+" (a foreign access allowed) must make the
    matrix fail: each refused cell is observed again and checked against the flipped value."""
    world = build_world()
    clients = {role: client_for(world, role) for role in ROLES}
    refused = [cell for cell in parse_matrix() if not cell.allowed]
    assert len(refused) > 300
    unnoticed = []
    for cell in refused:
        observation = observe(clients[cell.role], world, target(cell.key))
        flipped = Cell(cell.key, cell.obj, cell.action, cell.role, allowed=True)
        if check_cell(flipped, observation, world) is None:
            unnoticed.append(f"{cell.key} for {cell.role}")
    assert not unnoticed, "flipping these cells to '+' would pass unnoticed: " + ", ".join(
        unnoticed
    )


# The platform's URL names that the matrix does not request, each with the reason.
NOT_IN_MATRIX = {
    "healthz": "liveness probe, no data",
    "set_language": "language switch, no data",
    "accounts:login": "public form",
    "accounts:logout": "ends the caller's own session",
    "accounts:password_reset": "public form (tests/accounts/test_password_reset.py)",
    "accounts:password_reset_done": "public confirmation page",
    "accounts:password_reset_confirm": "token link (tests/accounts/test_password_reset.py)",
    "accounts:password_reset_complete": "public confirmation page",
    "cohorts:invitation": "token link, fuzzed in tests/fuzz",
    "scheduling:feed": "token link (tests/scheduling)",
    "two_factor_manage": "the caller's own second factor (tests/accounts/test_two_factor.py)",
    "two_factor_setup": "the caller's own second factor",
    "two_factor_verify": "the caller's own second factor",
    "two_factor_recovery_codes": "the caller's own second factor",
    "wagtail_serve": "content pages: home, course_page and course_draft_page rows",
    "wagtail_bulk_action": "Wagtail's bulk actions re-check each object's permission",
}

OUR_URL_PREFIXES = (
    "accounts",
    "cohorts",
    "scheduling",
    "certificates",
    "openbadges",
    "assessments",
    "reporting_admin",
    "report-exports",
    "certificate_templates",
    "certificates_admin",
    "assessments_admin",
    "scheduling_admin",
    "cohorts_admin",
    "cohorts_import",
    "two_factor",
    "privacy",
    "wagtailsnippets_",
    "wagtailsnippetchoosers_",
)


def _url_names():
    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
                yield from walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                yield namespace + pattern.name

    return set(walk(get_resolver().url_patterns))


def test_every_url_is_in_the_matrix():
    """Every URL name of the platform's own views and of its models' admin viewsets is either
    requested by a row of the matrix or listed in NOT_IN_MATRIX with a reason."""
    from django.apps import apps

    ours = {
        model._meta.label_lower.replace(".", "_")
        for app in ("cohorts", "scheduling", "assessments", "certificates", "sectors", "reporting")
        for model in apps.get_app_config(app).get_models()
    }
    names = set()
    for name in _url_names():
        if name.startswith(("wagtailsnippets_", "wagtailsnippetchoosers_")):
            label = name.split(":")[0].split("_", 1)[1]
            if label in ours:
                names.add(name)
        elif (
            name.split(":")[0].startswith(OUR_URL_PREFIXES) or ":" not in name
        ) and not name.startswith("wagtail"):
            names.add(name)
    covered = _covered_url_names()
    # Two question types stand for all eight (they share one viewset class and policy).
    question_views = {
        name
        for name in names
        if "question:" in name
        and not name.split(":")[0].endswith(("essayquestion", "singlechoicequestion"))
    }
    missing = sorted(names - covered - set(NOT_IN_MATRIX) - question_views)
    assert not missing, "URLs outside the matrix: " + ", ".join(missing)


def _covered_url_names() -> set[str]:
    """Resolve every matrix row against a throw-away world to the URL name it requests."""
    from django.urls import resolve

    names = set()
    world = build_world()
    for key in {cell.key for cell in parse_matrix()}:
        path = target(key).url(world).split("?")[0]
        names.add(resolve(path).view_name)
    return names
