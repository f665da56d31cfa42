"""The bulk-import screens in the admin: the whole flow, and sector isolation of every view."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lms.accounts.models import User
from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role
from lms.cohorts.imports import enrollment_import_create
from lms.cohorts.models import Enrollment, EnrollmentImport
from tests.factories import CohortFactory, UserFactory

from .test_import_support import csv_bytes, learner_rows, xlsx_bytes

pytestmark = pytest.mark.django_db


def _upload_url(cohort):
    return reverse("cohorts_import:upload", args=[cohort.pk])


def _detail_url(item):
    return reverse("cohorts_import:detail", args=[item.cohort_id, item.pk])


def _confirm_url(item):
    return reverse("cohorts_import:confirm", args=[item.cohort_id, item.pk])


def _status_url(item):
    return reverse("cohorts_import:status", args=[item.cohort_id, item.pk])


def _upload(client, cohort, data: bytes, name="learners.csv"):
    return client.post(_upload_url(cohort), {"file": SimpleUploadedFile(name, data)})


@pytest.fixture
def platform_admin(db):
    user = UserFactory(email="admin@vlaanderen.example")
    user_assign_role(user=user, role=Role.PLATFORM_ADMIN)
    return user


@pytest.fixture
def checked_import(cohort, trainer):
    return enrollment_import_create(
        cohort=cohort, uploaded_by=trainer, filename="a.csv", data=csv_bytes(learner_rows(3))
    )


def test_upload_page_explains_columns_and_offers_the_template(client, trainer, cohort):
    client.force_login(trainer)
    response = client.get(_upload_url(cohort))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'type="file"' in html
    assert 'accept=".csv,.xlsx,' in html
    assert 'enctype="multipart/form-data"' in html
    for column in ("email", "first_name", "last_name", "job_role", "organisation", "voornaam"):
        assert f"<code>{column}</code>" in html
    assert reverse("cohorts_import:template") in html


def test_csv_template(client, trainer):
    client.force_login(trainer)
    response = client.get(reverse("cohorts_import:template"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert response.content.decode("utf-8") == (
        "\ufeffemail;first_name;last_name;job_role;organisation\r\n"
    )


def test_whole_flow_upload_preview_confirm_progress_result(
    client, trainer, cohort, django_capture_on_commit_callbacks
):
    client.force_login(trainer)
    existing = UserFactory(email="learner0@school.example")
    response = _upload(client, cohort, xlsx_bytes(learner_rows(12)), name="Lijst.xlsx")
    assert response.status_code == 302
    item = EnrollmentImport.objects.get()
    assert response["Location"] == _detail_url(item)
    assert (item.status, item.total_rows, item.uploaded_by, item.original_filename) == (
        "validated",
        12,
        trainer,
        "Lijst.xlsx",
    )
    assert item.file.name.startswith("enrollment-imports/")
    assert "Lijst" not in item.file.name  # a random name, not the uploaded one

    preview = client.get(_detail_url(item))
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "learner0@school.example" in html and "learner9@school.example" in html
    assert "learner11@school.example" not in html  # the preview shows the first rows only
    assert preview.context["counts"]["new_accounts"] == 11
    assert preview.context["counts"]["existing_accounts"] == 1
    assert preview.context["can_confirm"]
    assert _confirm_url(item) in html
    assert not User.objects.filter(email="learner5@school.example").exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_confirm_url(item))
    assert response.status_code == 302
    assert response["Location"] == _detail_url(item)
    item.refresh_from_db()
    assert item.status == "done"
    assert Enrollment.objects.filter(cohort=cohort).count() == 12
    assert Enrollment.objects.filter(cohort=cohort, user=existing).exists()

    status = client.get(_status_url(item))
    assert status.status_code == 200
    assert status.json() | {"text": ""} == {
        "status": "done",
        "processed": 12,
        "total": 12,
        "saving": False,
        "finished": True,
        "text": "",
    }
    result = client.get(_detail_url(item))
    assert result.status_code == 200
    assert result.context["result"]["new_accounts"] == 11
    assert "js/task-progress.js" not in result.content.decode()

    # Confirming twice changes nothing.
    client.post(_confirm_url(item))
    assert Enrollment.objects.filter(cohort=cohort).count() == 12


def test_progress_page_while_running(client, trainer, checked_import):
    client.force_login(trainer)
    EnrollmentImport.objects.filter(pk=checked_import.pk).update(status="running", processed_rows=1)
    response = client.get(_detail_url(checked_import))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<progress id="import-progress-bar" max="3" value="1">' in html
    assert 'aria-live="polite"' in html
    assert "js/task-progress.js" in html
    assert f'data-status-url="{_status_url(checked_import)}"' in html
    assert f'href="{_detail_url(checked_import)}"' in html  # refresh without script
    data = client.get(_status_url(checked_import)).json()
    assert (data["status"], data["processed"], data["total"], data["finished"]) == (
        "running",
        1,
        3,
        False,
    )


def test_file_with_errors_shows_every_line_and_cannot_be_confirmed(client, trainer, cohort):
    client.force_login(trainer)
    rows = [*learner_rows(2), ["nope", "A", "B", "", ""], ["c@school.example", "C", "", "kok", ""]]
    response = _upload(client, cohort, csv_bytes(rows, delimiter=","))
    item = EnrollmentImport.objects.get()
    preview = client.get(response["Location"])
    html = preview.content.decode()
    assert [(e["line"], e["field"]) for e in preview.context["errors"]] == [
        (4, "email"),
        (5, "last_name"),
        (5, "job_role"),
    ]
    assert "<td>4</td><td>email</td>" in html
    assert "<td>5</td><td>last_name</td>" in html
    assert "<td>5</td><td>job_role</td>" in html
    assert not preview.context["can_confirm"]
    assert _confirm_url(item) not in html
    client.post(_confirm_url(item))
    item.refresh_from_db()
    assert item.status == "validated"
    assert not Enrollment.objects.exists()


def test_capacity_exceeded_is_refused_in_the_preview(client, trainer, cohort):
    cohort.capacity = 2
    cohort.save()
    client.force_login(trainer)
    response = _upload(client, cohort, csv_bytes(learner_rows(3)))
    preview = client.get(response["Location"])
    assert preview.context["capacity"]["exceeded"]
    assert preview.context["refusal"]
    assert not preview.context["can_confirm"]


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "learners.csv"),
        (b"%PDF-1.7\n\x00\x00", "learners.xlsx"),
        (b"naam;adres\r\nAn;Gent\r\n", "learners.csv"),
    ],
)
def test_unusable_file_is_refused_on_the_upload_page(client, trainer, cohort, data, name):
    client.force_login(trainer)
    response = _upload(client, cohort, data, name=name)
    assert response.status_code == 400
    assert response.context["form"].errors["file"]
    assert not EnrollmentImport.objects.exists()


def test_too_large_upload_is_refused(client, trainer, cohort, monkeypatch):
    from lms.cohorts import imports

    monkeypatch.setattr(imports.parse, "MAX_FILE_BYTES", 100)
    client.force_login(trainer)
    response = _upload(client, cohort, csv_bytes(learner_rows(10)))
    assert response.status_code == 400
    assert response.context["form"].errors["file"]
    assert not EnrollmentImport.objects.exists()


def test_platform_admin_may_import_for_any_sector(client, platform_admin, other_cohort):
    client.force_login(platform_admin)
    assert client.get(_upload_url(other_cohort)).status_code == 200
    assert _upload(client, other_cohort, csv_bytes(learner_rows(1))).status_code == 302


def test_another_sectors_trainer_gets_404_everywhere(
    client, other_trainer, cohort, checked_import, django_capture_on_commit_callbacks
):
    client.force_login(other_trainer)
    assert client.get(_upload_url(cohort)).status_code == 404
    assert _upload(client, cohort, csv_bytes(learner_rows(2))).status_code == 404
    assert client.get(_detail_url(checked_import)).status_code == 404
    assert client.get(_status_url(checked_import)).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(_confirm_url(checked_import)).status_code == 404
    checked_import.refresh_from_db()
    assert checked_import.status == "validated"
    assert EnrollmentImport.objects.count() == 1
    assert not Enrollment.objects.exists()


def test_an_import_is_reached_only_through_its_own_cohort(client, trainer, checked_import, sector):
    own_other_cohort = CohortFactory(
        sector=sector, name="Leerkrachten Brugge", enrolment_code="BRUGGE26"
    )
    client.force_login(trainer)
    wrong = reverse("cohorts_import:detail", args=[own_other_cohort.pk, checked_import.pk])
    assert client.get(wrong).status_code == 404


def test_learners_are_refused(client, learner, cohort, checked_import):
    client.force_login(learner)
    for response in (
        client.get(_upload_url(cohort)),
        _upload(client, cohort, csv_bytes(learner_rows(2))),
        client.get(_detail_url(checked_import)),
        client.get(_status_url(checked_import)),
        client.post(_confirm_url(checked_import)),
        client.get(reverse("cohorts_import:template")),
    ):
        assert response.status_code in (302, 403)
    assert EnrollmentImport.objects.count() == 1
    checked_import.refresh_from_db()
    assert checked_import.status == "validated"


def test_anonymous_visitors_are_sent_to_login(client, cohort):
    response = client.get(_upload_url(cohort))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_recent_imports_are_listed_on_the_upload_page(client, trainer, cohort, checked_import):
    client.force_login(trainer)
    html = client.get(_upload_url(cohort)).content.decode()
    assert _detail_url(checked_import) in html
