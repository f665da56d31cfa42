import pytest

from assessments.models import Attempt
from assessments.selectors import item_analysis
from assessments.services import attempt_start, attempt_submit
from tests.factories import QuizFactory, UserFactory

pytestmark = pytest.mark.django_db


def _answers(quiz, single_right: bool, tf_right: bool):
    q = {type(x).__name__: x for x in quiz.questions}
    single, tf = q["SingleChoiceQuestion"], q["TrueFalseQuestion"]
    return {
        str(single.pk): {"choice": single.options.get(is_correct=single_right).pk},
        str(tf.pk): {"value": tf_right},
    }


def test_facility_discrimination_and_distribution(every_type_quiz, django_assert_max_num_queries):
    quiz = every_type_quiz
    quiz.quiz_questions.filter(question__title__in=["Essay"]).delete()
    quiz.save()
    patterns = [(True, True), (True, True), (True, False), (False, False), (False, False)]
    for single_right, tf_right in patterns:
        learner = UserFactory()
        attempt = attempt_start(user=learner, quiz=quiz)
        attempt_submit(
            attempt=attempt,
            user=learner,
            answers=_answers(quiz, single_right, tf_right),
            sequence=0,
        )
    with django_assert_max_num_queries(3):
        stats = {
            s.question.title: s for s in item_analysis(attempts=Attempt.objects.filter(quiz=quiz))
        }
    single = stats["Eén"]
    assert single.answered == 5
    assert single.facility == pytest.approx(0.6)
    assert single.discrimination is not None and single.discrimination > 0.5
    right = quiz.questions[0].options.get(is_correct=True).pk
    assert single.distribution[right] == 3
    assert stats["WF"].facility == pytest.approx(0.4)
    assert stats["WF"].distribution["true"] == 2


def test_item_analysis_of_nothing_is_empty(db):
    quiz = QuizFactory(title="Leeg")
    assert item_analysis(attempts=Attempt.objects.filter(quiz=quiz)) == []
