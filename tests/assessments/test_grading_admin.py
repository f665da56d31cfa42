"""The essay grading queue and item analysis in the admin, scoped by the learner's sector."""

from decimal import Decimal

import pytest
from django.urls import reverse

from assessments.models import (
    Attempt,
    Response,
    SingleChoiceOption,
)
from assessments.services import _sector_resolvers as resolvers
from assessments.services import attempt_sector_resolver_register, attempt_start, attempt_submit
from lms.accounts.roles import Role
from lms.accounts.services import user_assign_role
from tests.factories import (
    EssayQuestionFactory,
    QuizFactory,
    SingleChoiceQuestionFactory,
    UserFactory,
)

QUEUE = reverse("assessments_admin:grading_queue")


def _quiz(sector=None, title="Gesprek"):
    choice = SingleChoiceQuestionFactory(
        title=f"{title} keuze",
        prompt="Wat eerst?",
        options=[
            SingleChoiceOption(text="Luisteren", is_correct=True),
            SingleChoiceOption(text="Oordelen"),
        ],
    )
    essay = EssayQuestionFactory(
        title=f"{title} essay",
        prompt="Hoe open je het gesprek?",
        points=4,
        guidance_for_graders="Let op open vragen.",
    )
    quiz = QuizFactory(title=title, owning_sector=sector, pass_mark=50, questions=[choice, essay])
    quiz.choice, quiz.essay = choice, essay
    return quiz


def _take(quiz, learner=None, text="Ik vraag wat hem bezighoudt.", right=True):
    learner = learner or UserFactory()
    attempt = attempt_start(user=learner, quiz=quiz)
    option = quiz.choice.options.get(is_correct=right)
    answers = {str(quiz.choice.pk): {"choice": option.pk}, str(quiz.essay.pk): {"text": text}}
    return attempt_submit(attempt=attempt, user=learner, answers=answers, sequence=0)


@pytest.fixture
def waiting(sector, other_sector):
    own = _take(_quiz(sector, "Onderwijs-quiz"), UserFactory(first_name="Els", last_name="Aerts"))
    foreign = _take(
        _quiz(other_sector, "Jeugd-quiz"), UserFactory(first_name="Bart", last_name="Jacobs")
    )
    return own, foreign


def _essay_response(attempt):
    return Response.objects.get(attempt=attempt, score__isnull=True)


def test_trainer_sees_only_their_sectors_answers_in_the_queue(client, trainer, waiting):
    _own, foreign = waiting
    client.force_login(trainer)
    html = client.get(QUEUE).content.decode()
    assert "Els Aerts" in html and "Onderwijs-quiz" in html
    assert "Bart Jacobs" not in html and "Jeugd-quiz" not in html
    # Another sector's answer cannot be opened or graded by URL.
    url = reverse("assessments_admin:grade_response", args=[_essay_response(foreign).pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"score": "4", "feedback": "x"}).status_code == 404
    assert Attempt.objects.get(pk=foreign.pk).status == "needs_grading"


def test_trainer_grades_an_essay_and_the_result_becomes_final(client, trainer, waiting):
    own, _foreign = waiting
    client.force_login(trainer)
    url = reverse("assessments_admin:grade_response", args=[_essay_response(own).pk])
    page = client.get(url).content.decode()
    assert "Let op open vragen." in page and "Ik vraag wat hem bezighoudt." in page
    response = client.post(url, {"score": "9", "feedback": ""})
    assert response.status_code == 400
    assert "4" in response.content.decode()
    assert Attempt.objects.get(pk=own.pk).status == "needs_grading"
    response = client.post(url, {"score": "3", "feedback": "Sterk begin."}, follow=True)
    assert response.redirect_chain[-1][0] == QUEUE
    assert "Els Aerts" not in response.content.decode().split("<main", 1)[-1].split("messages")[0]
    attempt = Attempt.objects.get(pk=own.pk)
    assert (attempt.status, attempt.score, attempt.passed) == ("graded", Decimal("4.00"), True)
    graded = Response.objects.get(pk=_essay_response_pk(attempt))
    assert graded.graded_by == trainer and graded.grader_feedback == "Sterk begin."
    # Grading twice changes nothing.
    again = client.post(url, {"score": "0", "feedback": ""})
    assert again.status_code in (302, 400)
    assert Attempt.objects.get(pk=own.pk).score == Decimal("4.00")


def _essay_response_pk(attempt):
    return Response.objects.get(attempt=attempt, question__title__endswith="essay").pk


def test_learners_and_content_editors_cannot_reach_the_queue(client, learner, waiting):
    client.force_login(learner)
    assert client.get(QUEUE).status_code in (302, 403)
    editor = UserFactory()
    user_assign_role(user=editor, role=Role.CONTENT_EDITOR)
    client.force_login(editor)
    response = client.get(QUEUE)
    assert response.status_code in (302, 403)


def test_platform_admin_sees_every_sector_and_an_empty_queue_says_so(client, waiting):
    admin = UserFactory()
    user_assign_role(user=admin, role=Role.PLATFORM_ADMIN)
    client.force_login(admin)
    html = client.get(QUEUE).content.decode()
    assert "Els Aerts" in html and "Bart Jacobs" in html
    Response.objects.filter(score__isnull=True).update(score=1)
    Attempt.objects.update(status="graded")
    assert "Er wachten geen antwoorden" in client.get(QUEUE).content.decode()


@pytest.mark.parametrize("size", [1, 10, 30])
def test_queue_query_count_is_flat(client, trainer, sector, size, django_assert_max_num_queries):
    quiz = _quiz(sector)
    for _ in range(size):
        _take(quiz)
    client.force_login(trainer)
    with django_assert_max_num_queries(14):
        response = client.get(QUEUE)
    assert response.status_code == 200


def test_a_resolver_from_the_roll_out_decides_the_attempts_sector(learner, sector):
    quiz = _quiz(None, "Gedeelde quiz")
    assert _take(quiz).sector is None

    def resolver(*, user, quiz):
        return sector if user == learner else None

    attempt_sector_resolver_register(resolver)
    try:
        assert _take(quiz, learner).sector == sector
    finally:
        resolvers.remove(resolver)


def test_item_analysis_counts_only_the_trainers_sector(client, trainer, sector, other_sector):
    quiz = _quiz(None, "Gedeeld")
    for sector_of_attempt, right in [(sector, True)] * 3 + [(other_sector, False)] * 4:
        attempt = _take(quiz, right=right)
        Attempt.objects.filter(pk=attempt.pk).update(sector=sector_of_attempt)
        Response.objects.filter(attempt=attempt, score__isnull=True).update(score=2)
        Attempt.objects.filter(pk=attempt.pk).update(status="graded")
    url = reverse("assessments_admin:item_analysis", args=[quiz.pk])
    client.force_login(trainer)
    html = client.get(url).content.decode()
    assert "3 beoordeelde pogingen" in html
    assert "Luisteren" in html and ": 3 (100%)" in html
    # A sector-owned quiz of another sector is not found.
    foreign = _quiz(other_sector, "Jeugd")
    assert (
        client.get(reverse("assessments_admin:item_analysis", args=[foreign.pk])).status_code == 404
    )
    admin = UserFactory()
    user_assign_role(user=admin, role=Role.PLATFORM_ADMIN)
    client.force_login(admin)
    assert "7 beoordeelde pogingen" in client.get(url).content.decode()
    html = client.get(url, {"sector": other_sector.pk}).content.decode()
    assert "4 beoordeelde pogingen" in html


def test_item_analysis_without_attempts_shows_an_empty_state(client, trainer, sector):
    quiz = _quiz(sector)
    client.force_login(trainer)
    html = client.get(reverse("assessments_admin:item_analysis", args=[quiz.pk])).content.decode()
    assert "nog geen beoordeelde pogingen" in html.lower()
