from django.urls import reverse

from assessments.models import Question, SingleChoiceQuestion
from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role
from tests.factories import UserFactory


def test_content_editor_authors_a_question_with_options_in_the_admin(client, db):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    editor = UserFactory()
    user_assign_role(user=editor, role=Role.CONTENT_EDITOR)
    client.force_login(editor)
    url = reverse(SingleChoiceQuestion.snippet_viewset.get_url_name("add"))
    assert client.get(url).status_code == 200
    data = nested_form_data(
        {
            "title": "Eén signaal",
            "prompt": "Wat bewijst één signaal?",
            "points": "1",
            "general_feedback": "",
            "tags": "",
            "options": inline_formset(
                [
                    {"text": "Niets op zich", "is_correct": "on", "feedback": "Juist."},
                    {"text": "Radicalisering", "feedback": "Nee."},
                ],
                min=1,
            ),
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    question = Question.objects.get(title="Eén signaal")
    assert isinstance(question, SingleChoiceQuestion)
    assert question.options.filter(is_correct=True).count() == 1
    quiz_list = client.get(reverse("wagtailsnippets_assessments_quiz:list"))
    assert quiz_list.status_code == 200


def test_learners_cannot_reach_the_question_bank(client, learner):
    client.force_login(learner)
    response = client.get(reverse(SingleChoiceQuestion.snippet_viewset.get_url_name("list")))
    assert response.status_code in (302, 403)
