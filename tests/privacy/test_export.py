"""The learner downloads their own data: a ZIP with one JSON file per part and a README in their
language, nobody else's rows in it, from the privacy page linked from the profile."""

import io
import json
import zipfile

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lms.privacy.export import user_data_export
from lms.privacy.registry import section_files

from .test_erasure import EMAIL, FIRST, LAST, build_rich_learner

OTHER_EMAIL = "an.ander@school.example"
EXPORT_QUERY_BUDGET = 50  # 43 for the rich learner of test_erasure


@pytest.fixture
def two_learners(sector):
    rich = build_rich_learner(sector)
    other = build_rich_learner(
        sector, email=OTHER_EMAIL, first_name="Annabel", last_name="Ondergrond", title="Ander"
    )
    return rich, other


def unzip(data: bytes) -> dict:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_zip_holds_every_part_and_only_the_learners_own_rows(two_learners):
    rich, other = two_learners
    reverse("privacy:index")  # load the URLconf, as a running server already has
    # Built within the request: a fixed number of queries per part, whatever the learner did
    # (its time is a benchmark's business, not a unit test's).
    with CaptureQueriesContext(connection) as queries:
        files = unzip(user_data_export(user=rich["user"]))
    print(f"\nexport of one learner: {len(queries)} queries, {len(files)} files")
    assert len(queries) <= EXPORT_QUERY_BUDGET

    assert {f"{name}.json" for name in section_files()} <= set(files)
    assert "README.txt" in files
    data = {
        name[:-5]: json.loads(content) for name, content in files.items() if name.endswith(".json")
    }

    assert data["profile"]["email"] == EMAIL
    assert (data["profile"]["first_name"], data["profile"]["last_name"]) == (FIRST, LAST)
    assert data["profile"]["admin_preferences"]["preferred_language"] == "nl"
    assert [e["cohort"] for e in data["enrolments"]] == ["Groep Casus"]
    assert len(data["lesson_progress"]) == 2 and all(p["lesson"] for p in data["lesson_progress"])
    assert data["reflections"][0]["answer"].startswith(f"Ik, {FIRST}")
    [attempt] = data["quiz_attempts"]
    assert attempt["passed"] is True
    assert attempt["responses"][0]["answer"]["text"].startswith(f"Als {FIRST}")
    assert attempt["responses"][0]["feedback_from_trainer"] == f"Sterk antwoord, {FIRST}!"
    sessions = {r["session"]: r for r in data["session_registrations"]}
    assert sessions["Gesprekstechnieken"]["attendance"] == "present"
    assert sessions["Terugkomdag"]["status"] == "registered"
    assert data["calendar_feed"] is not None and "token" not in data["calendar_feed"]
    [certificate] = data["certificates"]
    assert certificate["code"] == rich["certificate"].code
    assert certificate["status"] == "valid" and certificate["learner_name"] == f"{FIRST} {LAST}"
    assert certificate["verification_url"].endswith(f"/certificates/verify/{certificate['code']}/")
    assert f"certificates/{certificate['code']}.pdf" in files
    assert [c["text"] for c in data["comments"]] == ["Typfout in alinea 2"]
    assert {h["kind"] for h in data["login_history"]} == {"login"}

    # Nothing of the other learner, nor the calendar token.
    everything = b"".join(files.values()).decode("utf-8", errors="replace")
    assert OTHER_EMAIL not in everything and "Ondergrond" not in everything
    assert rich["user"].calendar_feed.token not in everything
    assert other["certificate"].code not in everything


def test_staff_references_are_listed(two_learners):
    rich, _other = two_learners
    files = unzip(user_data_export(user=rich["trainer"]))
    references = json.loads(files["references.json"])
    fields = {(r["model"], r["field"]) for r in references}
    assert ("assessments.Response", "graded_by") in fields
    assert ("scheduling.TrainingSession", "trainer") in fields
    assert ("scheduling.Attendance", "marked_by") in fields
    assert ("cohorts.EnrollmentImport", "uploaded_by") in fields
    assert json.loads(files["sector_memberships.json"])[0]["role"] == "trainer"
    assert json.loads(files["reflections.json"]) == []


def test_the_readme_speaks_the_learners_language(two_learners):
    rich, _other = two_learners
    user = rich["user"]
    files = unzip(user_data_export(user=user))
    readme = files["README.txt"].decode()
    for name in section_files():
        assert f"{name}.json" in readme
    assert EMAIL in readme


def test_the_privacy_page_is_linked_from_the_profile_and_downloads_the_zip(two_learners, client):
    rich, _other = two_learners
    client.force_login(rich["user"])
    profile = client.get(reverse("accounts:profile")).content.decode()
    assert f'href="{reverse("privacy:index")}"' in profile

    page = client.get(reverse("privacy:index"))
    assert page.status_code == 200
    assert 'id="privacy-export-form"' in page.content.decode()
    assert 'id="privacy-erasure"' in page.content.decode()

    assert client.get(reverse("privacy:export")).status_code == 405
    response = client.post(reverse("privacy:export"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment;" in response["Content-Disposition"]
    assert response["Cache-Control"] == "private, no-store"
    profile_json = json.loads(unzip(response.content)["profile.json"])
    assert profile_json["email"] == EMAIL


def test_a_learner_downloads_only_their_own_data(two_learners, client):
    _rich, other = two_learners
    client.force_login(other["user"])
    files = unzip(client.post(reverse("privacy:export")).content)
    assert json.loads(files["profile.json"])["email"] == OTHER_EMAIL
    assert EMAIL.encode() not in b"".join(files.values())


def test_visitors_must_log_in(client, db):
    for name in ("privacy:index", "privacy:export"):
        response = (
            client.post(reverse(name)) if name.endswith("export") else client.get(reverse(name))
        )
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login"))
