"""Sector trainers author quizzes in the admin: shared and own-sector rows only, change own only."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from assessments.models import Quiz, SingleChoiceOption, SingleChoiceQuestion
from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role
from tests.factories import QuizFactory, SingleChoiceQuestionFactory, UserFactory


def _question(title, sector=None):
    question = SingleChoiceQuestionFactory(
        title=title,
        prompt=f"{title}?",
        owning_sector=sector,
        options=[SingleChoiceOption(text="Ja", is_correct=True)],
    )
    return question


@pytest.fixture
def bank(sector, other_sector):
    return {
        "shared": _question("Gedeelde vraag"),
        "own": _question("Vraag van Onderwijs", sector),
        "foreign": _question("Vraag van Jeugd", other_sector),
    }


def _url(action, obj=None):
    name = SingleChoiceQuestion.snippet_viewset.get_url_name(action)
    return reverse(name, args=[obj.pk]) if obj else reverse(name)


def _question_data(sector_id, title="Nieuwe vraag"):
    return nested_form_data(
        {
            "title": title,
            "prompt": "Wat bewijst één signaal?",
            "points": "1",
            "general_feedback": "",
            "owning_sector": sector_id or "",
            "tags": "",
            "options": inline_formset([{"text": "Niets op zich", "is_correct": "on"}], min=1),
        }
    )


def test_trainer_lists_shared_and_own_sector_questions_only(client, trainer, bank):
    client.force_login(trainer)
    response = client.get(_url("list"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Gedeelde vraag" in html
    assert "Vraag van Onderwijs" in html
    assert "Vraag van Jeugd" not in html
    # The shared question is listed without an edit or delete link for a trainer.
    assert _url("edit", bank["own"]) in html
    assert _url("edit", bank["shared"]) not in html
    assert _url("delete", bank["shared"]) not in html


def test_trainer_changes_only_own_sector_questions(client, trainer, bank, sector):
    client.force_login(trainer)
    assert client.get(_url("edit", bank["own"])).status_code == 200
    # Wagtail answers a refused permission with a redirect to the dashboard and a message.
    refused = client.get(_url("edit", bank["shared"]))
    assert refused.status_code == 302 and refused.url == reverse("wagtailadmin_home")
    assert client.get(_url("inspect", bank["shared"])).status_code == 200
    # Another sector's question does not exist for this trainer.
    for action in ("edit", "delete", "inspect", "usage", "history", "copy"):
        assert client.get(_url(action, bank["foreign"])).status_code == 404, action
    response = client.post(_url("edit", bank["foreign"]), _question_data(sector.pk, "Gekaapt"))
    assert response.status_code == 404
    response = client.post(_url("delete", bank["foreign"]))
    assert response.status_code == 404
    bank["foreign"].refresh_from_db()
    assert bank["foreign"].title == "Vraag van Jeugd"


def test_trainer_adds_questions_to_own_sector_only(client, trainer, sector, other_sector):
    client.force_login(trainer)
    form = client.get(_url("add")).content.decode()
    assert f'value="{sector.pk}"' in form
    assert f'value="{other_sector.pk}"' not in form
    for refused in (other_sector.pk, None):
        response = client.post(_url("add"), _question_data(refused))
        assert response.status_code == 200  # the form again, with an error
        assert not SingleChoiceQuestion.objects.filter(title="Nieuwe vraag").exists()
    response = client.post(_url("add"), _question_data(sector.pk))
    assert response.status_code == 302
    assert SingleChoiceQuestion.objects.get(title="Nieuwe vraag").owning_sector == sector


def test_trainer_cannot_bulk_delete_another_sectors_question(client, trainer, bank):
    client.force_login(trainer)
    url = reverse("wagtail_bulk_action", args=("assessments", "singlechoicequestion", "delete"))
    response = client.post(f"{url}?id={bank['foreign'].pk}&id={bank['shared'].pk}")
    assert response.status_code in (302, 403, 404)
    assert SingleChoiceQuestion.objects.filter(pk=bank["foreign"].pk).exists()
    assert SingleChoiceQuestion.objects.filter(pk=bank["shared"].pk).exists()


def _quiz_data(sector_id, question_ids):
    return nested_form_data(
        {
            "title": "Quiz van de sector",
            "intro": "",
            "owning_sector": sector_id,
            "pass_mark": "70",
            "max_attempts": "0",
            "grading_method": "highest",
            "time_limit_minutes": "",
            "grace_seconds": "30",
            "closes_at": "",
            "review_policy": "after_submit",
            "quiz_questions": inline_formset([{"question": pk} for pk in question_ids]),
            "pools": inline_formset([]),
        }
    )


def test_trainer_builds_a_quiz_from_shared_and_own_questions(client, trainer, bank, sector):
    client.force_login(trainer)
    url = reverse(Quiz.snippet_viewset.get_url_name("add"))
    form = client.get(url).content.decode()
    assert "Gedeelde vraag" in form and "Vraag van Onderwijs" in form
    assert "Vraag van Jeugd" not in form
    response = client.post(url, _quiz_data(sector.pk, [bank["foreign"].pk]))
    assert response.status_code == 200
    assert not Quiz.objects.exists()
    response = client.post(url, _quiz_data(sector.pk, [bank["shared"].pk, bank["own"].pk]))
    assert response.status_code == 302, response.content.decode()[:2000]
    quiz = Quiz.objects.get()
    assert quiz.owning_sector == sector
    assert [qq.question_id for qq in quiz.quiz_questions.all()] == [
        bank["shared"].pk,
        bank["own"].pk,
    ]


def test_other_sector_trainer_cannot_open_or_list_the_sector_quiz(client, other_trainer, sector):
    quiz = QuizFactory(title="Quiz van Onderwijs", owning_sector=sector)
    client.force_login(other_trainer)
    listing = client.get(reverse(Quiz.snippet_viewset.get_url_name("list")))
    assert listing.status_code == 200
    assert "Quiz van Onderwijs" not in listing.content.decode()
    edit = reverse(Quiz.snippet_viewset.get_url_name("edit"), args=[quiz.pk])
    assert client.get(edit).status_code == 404


@pytest.mark.parametrize("role", [Role.CONTENT_EDITOR, Role.PLATFORM_ADMIN])
def test_content_team_sees_and_changes_every_question(client, bank, role):
    user = UserFactory()
    user_assign_role(user=user, role=role)
    client.force_login(user)
    html = client.get(_url("list")).content.decode()
    assert all(q.title in html for q in bank.values())
    assert client.get(_url("edit", bank["foreign"])).status_code == 200
    response = client.post(_url("add"), _question_data(None, "Gedeeld nieuw"))
    assert response.status_code == 302
    assert SingleChoiceQuestion.objects.get(title="Gedeeld nieuw").owning_sector is None


def test_preview_follows_the_sector_scope(client, trainer, other_trainer, sector):
    quiz = QuizFactory(title="Quiz van Onderwijs", owning_sector=sector)
    url = reverse("assessments:preview", args=[quiz.pk])
    client.force_login(trainer)
    assert client.get(url).status_code == 200
    client.force_login(other_trainer)
    assert client.get(url).status_code == 404
