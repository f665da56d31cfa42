import re

import pytest

from assessments.models import Attempt, Quiz, Response
from tests.factories import SECRETS, QuizFactory, TrueFalseQuestionFactory, UserFactory


def _form_for(quiz, attempt, right=True):
    q = {type(x).__name__: x for x in quiz.questions}
    single, multiple = q["SingleChoiceQuestion"], q["MultipleResponseQuestion"]
    matching, ordering = q["MatchingQuestion"], q["OrderingQuestion"]
    scenario = q["ScenarioJudgementQuestion"]
    data = {
        "sequence": str(attempt.sequence),
        f"q{single.pk}": str(single.options.get(is_correct=right).pk),
        f"q{multiple.pk}": [str(o.pk) for o in multiple.options.filter(is_correct=True)],
        f"q{q['TrueFalseQuestion'].pk}": "true",
        f"q{q['ShortAnswerQuestion'].pk}": "livc-r-sleutel",
        f"q{q['EssayQuestion'].pk}": "Ik vraag eerst wat hem bezighoudt.",
    }
    for pair in matching.pairs.all():
        data[f"q{matching.pk}-{pair.pk}"] = str(pair.pk)
    for position, item in enumerate(ordering.items.all(), start=1):
        data[f"q{ordering.pk}-{item.pk}"] = str(position)
    for response in scenario.responses.all():
        data[f"q{scenario.pk}-{response.pk}"] = str(response.expert_rating)
    return data


def _assert_no_secrets(response):
    body = response.content.decode()
    for secret in SECRETS:
        assert secret not in body, secret
    assert "is_correct" not in body and "expert_rating" not in body


def test_learner_takes_a_quiz_of_every_type(client, learner, every_type_quiz):
    quiz = every_type_quiz
    client.force_login(learner)
    scanned = [client.get(f"/quizzes/{quiz.pk}/")]
    start = client.post(f"/quizzes/{quiz.pk}/start/")
    assert start.status_code == 302
    attempt = Attempt.objects.get(user=learner)
    page = client.get(start.url)
    scanned.append(page)
    html = page.content.decode()
    for question in quiz.questions:
        assert question.prompt in html
    saved = client.post(start.url, {**_form_for(quiz, attempt), "action": "save"}, follow=True)
    scanned.append(saved)
    assert "Je antwoorden zijn bewaard" in saved.content.decode()
    for response in scanned:
        assert response.status_code == 200
        _assert_no_secrets(response)  # nothing of the key before the review is allowed

    attempt.refresh_from_db()
    result = client.post(start.url, {**_form_for(quiz, attempt), "action": "submit"}, follow=True)
    attempt.refresh_from_db()
    assert attempt.status == "needs_grading"  # the essay waits for a trainer
    scores = dict(Response.objects.filter(attempt=attempt).values_list("question__title", "score"))
    assert all(score == 1 for title, score in scores.items() if title != "Essay"), scores
    body = result.content.decode()
    assert "Een trainer verbetert nog" in body
    assert "LIVC-R-SLEUTEL" in body  # review after submit: the expected answers are shown now


def test_review_policy_never_shows_no_key(client, learner, every_type_quiz):
    quiz = every_type_quiz
    quiz.review_policy = Quiz.ReviewPolicy.NEVER
    quiz.save()
    client.force_login(learner)
    url = client.post(f"/quizzes/{quiz.pk}/start/").url
    attempt = Attempt.objects.get(user=learner)
    result = client.post(url, {**_form_for(quiz, attempt), "action": "submit"}, follow=True)
    _assert_no_secrets(result)


def test_stale_and_repeated_posts_are_refused(client, learner, every_type_quiz):
    quiz = every_type_quiz
    client.force_login(learner)
    url = client.post(f"/quizzes/{quiz.pk}/start/").url
    attempt = Attempt.objects.get(user=learner)
    form = {**_form_for(quiz, attempt), "action": "save"}
    assert client.post(url, form).status_code == 302
    stale = client.post(url, form)
    assert stale.status_code == 409
    assert "verouderd" in stale.content.decode()


def test_malformed_answers_get_a_message_and_change_nothing(client, learner, every_type_quiz):
    quiz = every_type_quiz
    client.force_login(learner)
    url = client.post(f"/quizzes/{quiz.pk}/start/").url
    attempt = Attempt.objects.get(user=learner)
    single = quiz.questions[0]
    form = {**_form_for(quiz, attempt), f"q{single.pk}": "99999999", "action": "submit"}
    response = client.post(url, form)
    assert response.status_code == 400
    assert "onbekende optie" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.status == "in_progress" and not attempt.responses.exists()


def test_another_learners_attempt_is_not_found(client, learner, every_type_quiz):
    client.force_login(learner)
    url = client.post(f"/quizzes/{every_type_quiz.pk}/start/").url
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    assert client.post(url, {"action": "submit", "sequence": "0"}).status_code == 404
    assert client.get(url + "result/").status_code == 404


def test_quiz_pages_require_login(client, every_type_quiz):
    response = client.get(f"/quizzes/{every_type_quiz.pk}/")
    assert response.status_code == 302 and "/accounts/login/" in response.url


@pytest.mark.parametrize("attempt_field", ["question_ids", "option_orders"])
def test_attempt_records_the_drawn_questions(client, learner, every_type_quiz, attempt_field):
    client.force_login(learner)
    client.post(f"/quizzes/{every_type_quiz.pk}/start/")
    attempt = Attempt.objects.get(user=learner)
    assert getattr(attempt, attempt_field)
    assert re.search(r"\d", str(getattr(attempt, attempt_field)))


def test_quiz_authors_preview_the_quiz_as_a_learner_sees_it(client, every_type_quiz):
    from lms.accounts.roles import Role
    from lms.accounts.services import user_assign_role

    editor = UserFactory()
    user_assign_role(user=editor, role=Role.CONTENT_EDITOR)
    client.force_login(editor)
    response = client.get(f"/quizzes/{every_type_quiz.pk}/preview/")
    assert response.status_code == 200
    for question in every_type_quiz.questions:
        assert question.prompt in response.content.decode()
    _assert_no_secrets(response)
    assert not Attempt.objects.exists()


def test_learners_cannot_preview(client, learner, every_type_quiz):
    client.force_login(learner)
    assert client.get(f"/quizzes/{every_type_quiz.pk}/preview/").status_code == 403


def test_a_post_to_a_submitted_attempt_says_its_answers_were_not_saved(client, learner):
    from assessments.services import attempt_start, attempt_submit

    question = TrueFalseQuestionFactory(title="W", prompt="Klopt dit?", correct_answer=True)
    quiz = QuizFactory(title="Tweede tabblad", questions=[question])
    attempt = attempt_start(user=learner, quiz=quiz)
    attempt_submit(attempt=attempt, user=learner, answers={}, sequence=0)
    client.force_login(learner)
    response = client.post(
        f"/attempts/{attempt.pk}/", {"sequence": "0", f"q{question.pk}": "false"}, follow=True
    )
    assert "niet bewaard" in response.content.decode()
    assert attempt.responses.get().answer == {}  # unchanged by the late post
