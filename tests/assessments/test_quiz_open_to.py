"""Who may open a quiz: shared quizzes are open to every learner; a sector's own quiz only to
those a registered check (lms.cohorts: an enrolment in one of the sector's cohorts) accepts."""

import pytest

from assessments import selectors
from assessments.selectors import quiz_open_to, sector_learner_check_register
from tests.factories import QuizFactory, SectorFactory


@pytest.fixture
def checks(monkeypatch):
    """An empty registry for the test, whatever the installed apps registered."""
    registered: list = []
    monkeypatch.setattr(selectors, "_sector_learner_checks", registered)
    return registered


def test_shared_quiz_is_open_without_any_check(checks, learner):
    assert quiz_open_to(user=learner, quiz=QuizFactory(owning_sector=None))


def test_sector_quiz_is_closed_when_no_check_accepts(checks, learner):
    quiz = QuizFactory(owning_sector=SectorFactory())
    assert not quiz_open_to(user=learner, quiz=quiz)
    sector_learner_check_register(lambda *, user, sector_id: False)
    assert not quiz_open_to(user=learner, quiz=quiz)


def test_sector_quiz_is_open_when_a_check_accepts_the_learner_in_that_sector(checks, learner):
    sector, other = SectorFactory(), SectorFactory()
    asked = []

    def check(*, user, sector_id):
        asked.append((user, sector_id))
        return sector_id == sector.pk

    sector_learner_check_register(check)
    sector_learner_check_register(check)  # registering twice keeps one
    assert checks == [check]
    assert quiz_open_to(user=learner, quiz=QuizFactory(owning_sector=sector))
    assert not quiz_open_to(user=learner, quiz=QuizFactory(owning_sector=other))
    assert asked == [(learner, sector.pk), (learner, other.pk)]


def test_quiz_page_follows_the_checks(checks, client, learner):
    sector = SectorFactory()
    quiz = QuizFactory(owning_sector=sector)
    client.force_login(learner)
    assert client.get(f"/quizzes/{quiz.pk}/").status_code == 404
    sector_learner_check_register(lambda *, user, sector_id: sector_id == sector.pk)
    assert client.get(f"/quizzes/{quiz.pk}/").status_code == 200
