import pytest

from assessments.models import (
    AcceptedAnswer,
    EssayQuestion,
    MatchingPair,
    MatchingQuestion,
    MultipleResponseOption,
    MultipleResponseQuestion,
    OrderingItem,
    OrderingQuestion,
    Quiz,
    QuizQuestion,
    ScenarioJudgementQuestion,
    ScenarioResponse,
    ShortAnswerQuestion,
    SingleChoiceOption,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)

SECRETS = [
    "GEHEIME-FEEDBACK-JUIST",
    "GEHEIME-FEEDBACK-FOUT",
    "ALGEMENE-FEEDBACK",
    "LIVC-R-SLEUTEL",
    "EXPERT-TOELICHTING",
    "RICHTLIJN-VERBETERAAR",
]


def _save(question, **children):
    question.save()
    for relation, items in children.items():
        getattr(question, relation).set(items)
    question.save()
    return question


@pytest.fixture
def every_type_quiz(db):
    return build_every_type_quiz()


def build_every_type_quiz():
    """A quiz with one question of every type; secrets mark what learners may not see early."""
    questions = [
        _save(
            SingleChoiceQuestion(
                title="Eén", prompt="Wat bewijst één signaal?", general_feedback="ALGEMENE-FEEDBACK"
            ),
            options=[
                SingleChoiceOption(
                    text="Niets op zich", is_correct=True, feedback="GEHEIME-FEEDBACK-JUIST"
                ),
                SingleChoiceOption(text="Radicalisering", feedback="GEHEIME-FEEDBACK-FOUT"),
            ],
        ),
        _save(
            MultipleResponseQuestion(title="Meer", prompt="Welke vragen zijn open?"),
            options=[
                MultipleResponseOption(text="Wat spreekt je aan?", is_correct=True),
                MultipleResponseOption(text="Je weet toch dat dat fout is?"),
            ],
        ),
        TrueFalseQuestion.objects.create(
            title="WF", prompt="Luisteren helpt.", correct_answer=True
        ),
        _save(
            MatchingQuestion(title="Koppel", prompt="Wie doet wat?"),
            pairs=[
                MatchingPair(left="CLB", right="Begeleidt leerlingen"),
                MatchingPair(left="Jeugdwerk", right="Biedt verbinding"),
            ],
        ),
        _save(
            OrderingQuestion(title="Orde", prompt="Zet in volgorde."),
            items=[
                OrderingItem(text="Observeren"),
                OrderingItem(text="Gesprek"),
                OrderingItem(text="Overleg"),
            ],
        ),
        _save(
            ShortAnswerQuestion(title="Kort", prompt="Hoe heet de lokale cel?"),
            accepted_answers=[AcceptedAnswer(text="LIVC-R-SLEUTEL")],
        ),
        _save(
            ScenarioJudgementQuestion(
                title="Oordeel", prompt="Beoordeel.", situation="Een leerling deelt memes."
            ),
            responses=[
                ScenarioResponse(text="Luisteren", expert_rating=5, feedback="EXPERT-TOELICHTING"),
                ScenarioResponse(text="Straffen", expert_rating=1),
            ],
        ),
        EssayQuestion.objects.create(
            title="Essay",
            prompt="Hoe begin je het gesprek?",
            guidance_for_graders="RICHTLIJN-VERBETERAAR",
        ),
    ]
    quiz = Quiz(
        title="Alle vraagtypes", time_limit_minutes=30, review_policy=Quiz.ReviewPolicy.AFTER_SUBMIT
    )
    quiz.save()
    quiz.quiz_questions.set([QuizQuestion(question=q) for q in questions])
    quiz.save()
    quiz.questions = questions
    return quiz
