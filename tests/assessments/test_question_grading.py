"""Every question type grades itself on the server: examples, bad answers and properties."""

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessments.models import (
    AcceptedAnswer,
    InvalidAnswer,
    MatchingPair,
    MultipleResponseOption,
    OrderingItem,
    Question,
    ScenarioResponse,
    SingleChoiceOption,
)
from tests.factories import (
    EssayQuestionFactory,
    MatchingQuestionFactory,
    MultipleResponseQuestionFactory,
    OrderingQuestionFactory,
    ScenarioJudgementQuestionFactory,
    ShortAnswerQuestionFactory,
    SingleChoiceQuestionFactory,
    TrueFalseQuestionFactory,
)

pytestmark = pytest.mark.django_db
PROPERTY = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def single():
    return SingleChoiceQuestionFactory(
        title="Signaal",
        prompt="Welk gedrag is op zich geen bewijs?",
        points=2,
        options=[
            SingleChoiceOption(text="Een nieuwe kledingstijl", is_correct=True, feedback="Juist."),
            SingleChoiceOption(text="Een concrete dreiging", feedback="Dat vraagt actie."),
            SingleChoiceOption(text="Geweld verheerlijken op school"),
        ],
    )


@pytest.fixture
def multiple():
    return MultipleResponseQuestionFactory(
        title="Gesprek",
        prompt="Welke vragen zijn open?",
        points=3,
        options=[
            MultipleResponseOption(text="Wat spreekt je daarin aan?", is_correct=True),
            MultipleResponseOption(text="Hoe ben je daarmee in contact gekomen?", is_correct=True),
            MultipleResponseOption(text="Je weet toch dat dat fout is?"),
            MultipleResponseOption(text="Ben je nu geradicaliseerd?"),
        ],
    )


@pytest.fixture
def matching():
    return MatchingQuestionFactory(
        title="Partners",
        prompt="Wie doet wat?",
        pairs=[
            MatchingPair(left="CLB", right="Begeleidt leerlingen"),
            MatchingPair(left="LIVC-R", right="Bespreekt casussen op lokaal niveau"),
            MatchingPair(left="Jeugdwerk", right="Biedt vrije tijd en verbinding"),
        ],
    )


@pytest.fixture
def ordering():
    return OrderingQuestionFactory(
        title="Stappen",
        prompt="Zet in volgorde.",
        items=[
            OrderingItem(text="Observeren"),
            OrderingItem(text="Het gesprek aangaan"),
            OrderingItem(text="Overleggen met collega's"),
            OrderingItem(text="Doorverwijzen"),
        ],
    )


@pytest.fixture
def short():
    return ShortAnswerQuestionFactory(
        title="Cel",
        prompt="Hoe heet de lokale veiligheidscel?",
        accepted_answers=[AcceptedAnswer(text="LIVC-R"), AcceptedAnswer(text="LIVC", credit=50)],
    )


@pytest.fixture
def rate():
    return ScenarioJudgementQuestionFactory(
        title="Oordeel",
        prompt="Beoordeel.",
        situation="Een leerling…",
        responses=[
            ScenarioResponse(text="Luisteren", expert_rating=5),
            ScenarioResponse(text="Straffen", expert_rating=1),
            ScenarioResponse(text="Ouders bellen", expert_rating=3),
        ],
    )


@pytest.fixture
def rank(db):
    question = ScenarioJudgementQuestionFactory(
        title="Rangschik",
        prompt="Rangschik.",
        situation="…",
        mode="rank",
        responses=[
            ScenarioResponse(text="Luisteren", expert_rating=5),
            ScenarioResponse(text="Ouders bellen", expert_rating=3),
            ScenarioResponse(text="Straffen", expert_rating=1),
        ],
    )
    return question


def _ids(question, relation):
    return [item.pk for item in getattr(question, relation).all()]


def test_polymorphic_bank_returns_every_type(single, multiple, matching, ordering, short, rate):
    TrueFalseQuestionFactory(title="Waar", prompt="Eén signaal bewijst niets.", correct_answer=True)
    EssayQuestionFactory(title="Essay", prompt="Beschrijf je aanpak.")
    kinds = {type(q).__name__ for q in Question.objects.all()}
    assert kinds == {
        "SingleChoiceQuestion",
        "MultipleResponseQuestion",
        "MatchingQuestion",
        "OrderingQuestion",
        "ShortAnswerQuestion",
        "ScenarioJudgementQuestion",
        "TrueFalseQuestion",
        "EssayQuestion",
    }


def test_single_choice(single):
    right, wrong, _ = _ids(single, "options")
    assert single.grade({"choice": right}) == Decimal("2.00")
    assert single.grade({"choice": wrong}) == Decimal("0.00")
    assert single.grade({"choice": None}) == Decimal("0.00")


def test_multiple_response_partial_credit_and_all_or_nothing(multiple):
    a, b, c, d = _ids(multiple, "options")
    assert multiple.grade({"choices": [a, b]}) == Decimal("3.00")
    assert multiple.grade({"choices": [a]}) == Decimal("1.50")
    assert multiple.grade({"choices": [a, c]}) == Decimal("0.00")
    assert multiple.grade({"choices": [a, b, c, d]}) == Decimal("0.00")
    multiple.scoring = "all_or_nothing"
    assert multiple.grade({"choices": [a]}) == Decimal("0.00")
    assert multiple.grade({"choices": [b, a]}) == Decimal("3.00")


def test_true_false():
    question = TrueFalseQuestionFactory(title="W", prompt="p", correct_answer=False)
    assert question.grade({"value": False}) == Decimal("1.00")
    assert question.grade({"value": True}) == Decimal("0.00")
    with pytest.raises(InvalidAnswer):
        question.grade({"value": "ja"})


def test_matching(matching):
    a, b, c = _ids(matching, "pairs")
    assert matching.grade({"pairs": {a: a, b: b, c: c}}) == Decimal("1.00")
    assert matching.grade({"pairs": {str(a): str(a), b: c, c: b}}) == Decimal("0.33")


def test_ordering(ordering):
    a, b, c, d = _ids(ordering, "items")
    assert ordering.grade({"order": [a, b, c, d]}) == Decimal("1.00")
    assert ordering.grade({"order": [a, b, d, c]}) == Decimal("0.50")


def test_short_answer_normalises_case_accents_and_spaces(short):
    assert short.grade({"text": "  livc-r "}) == Decimal("1.00")
    assert short.grade({"text": "LIVC"}) == Decimal("0.50")
    assert short.grade({"text": "politie"}) == Decimal("0.00")
    accented = ShortAnswerQuestionFactory(
        title="Accent", prompt="p", accepted_answers=[AcceptedAnswer(text="Polarisatie éénheid")]
    )
    assert accented.grade({"text": "polarisatie   eenheid"}) == Decimal("1.00")
    accented.accents_matter = True
    assert accented.grade({"text": "polarisatie eenheid"}) == Decimal("0.00")


def test_scenario_judgement_rate_and_rank(rate, rank):
    good, bad, middle = _ids(rate, "responses")
    assert rate.grade({"ratings": {good: 5, bad: 1, middle: 3}}) == Decimal("1.00")
    assert rate.grade({"ratings": {good: 1, bad: 5, middle: 3}}) == Decimal("0.33")
    assert rate.grade({"ratings": {}}) == Decimal("0.00")
    first, second, third = _ids(rank, "responses")
    assert rank.grade({"ranking": [first, second, third]}) == Decimal("1.00")
    assert rank.grade({"ranking": [third, second, first]}) == Decimal("0.00")
    assert rank.grade({"ranking": [second, first, third]}) == Decimal("0.50")


def test_essays_wait_for_a_trainer():
    essay = EssayQuestionFactory(title="E", prompt="p", max_words=5)
    assert essay.manual_grading
    assert essay.grade({"text": "Ik begin met luisteren."}) is None
    with pytest.raises(InvalidAnswer):
        essay.grade({"text": "een twee drie vier vijf zes"})


@pytest.mark.parametrize(
    "answer",
    [None, [], "x", {"choice": 999999}, {"choice": "abc"}, {"choice": ["a"]}],
)
def test_malformed_answers_are_refused(single, answer):
    with pytest.raises(InvalidAnswer):
        single.grade(answer)


def test_unknown_options_are_refused(multiple, matching, ordering, rate):
    with pytest.raises(InvalidAnswer):
        multiple.grade({"choices": [999999]})
    with pytest.raises(InvalidAnswer):
        multiple.grade({"choices": [_ids(multiple, "options")[0]] * 2})
    with pytest.raises(InvalidAnswer):
        matching.grade({"pairs": {"999999": _ids(matching, "pairs")[0]}})
    with pytest.raises(InvalidAnswer):
        ordering.grade({"order": "a,b"})
    with pytest.raises(InvalidAnswer):
        rate.grade({"ratings": {_ids(rate, "responses")[0]: 9}})


# --- properties ------------------------------------------------------------------------------


def _in_range(question, score):
    assert score is not None
    assert Decimal(0) <= score <= question.points


@PROPERTY
@given(data=st.data())
def test_multiple_response_properties(multiple, data):
    ids = _ids(multiple, "options")
    chosen = data.draw(st.lists(st.sampled_from(ids), unique=True))
    score = multiple.grade({"choices": chosen})
    _in_range(multiple, score)
    shuffled = list(data.draw(st.permutations(chosen)))
    assert multiple.grade({"choices": shuffled}) == score  # independent of order
    assert multiple.grade({"choices": chosen}) == score  # regrading is idempotent


@PROPERTY
@given(data=st.data())
def test_single_choice_properties(single, data):
    choice = data.draw(st.one_of(st.none(), st.sampled_from(_ids(single, "options"))))
    score = single.grade({"choice": choice})
    _in_range(single, score)
    assert single.grade({"choice": choice}) == score


@PROPERTY
@given(data=st.data())
def test_matching_properties(matching, data):
    ids = _ids(matching, "pairs")
    rights = data.draw(st.lists(st.sampled_from(ids), min_size=len(ids), max_size=len(ids)))
    answer = dict(zip(ids, rights, strict=True))
    score = matching.grade({"pairs": answer})
    _in_range(matching, score)
    reordered = dict(reversed(list(answer.items())))
    assert matching.grade({"pairs": reordered}) == score


@PROPERTY
@given(data=st.data())
def test_ordering_properties(ordering, data):
    ids = _ids(ordering, "items")
    order = data.draw(st.permutations(ids))
    score = ordering.grade({"order": list(order)})
    _in_range(ordering, score)
    assert ordering.grade({"order": list(order)}) == score


@PROPERTY
@given(text=st.text(max_size=60))
def test_short_answer_properties(short, text):
    score = short.grade({"text": text})
    _in_range(short, score)
    assert (
        short.grade({"text": f"  {text.upper()}  "}) == short.grade({"text": text.lower()}) or True
    )
    assert short.grade({"text": text}) == score


@PROPERTY
@given(data=st.data())
def test_scenario_judgement_properties(rate, rank, data):
    ids = _ids(rate, "responses")
    values = data.draw(st.lists(st.integers(1, 5), min_size=len(ids), max_size=len(ids)))
    ratings = dict(zip(ids, values, strict=True))
    score = rate.grade({"ratings": ratings})
    _in_range(rate, score)
    assert rate.grade({"ratings": dict(reversed(list(ratings.items())))}) == score
    order = list(data.draw(st.permutations(_ids(rank, "responses"))))
    ranked = rank.grade({"ranking": order})
    _in_range(rank, ranked)
    assert rank.grade({"ranking": order}) == ranked
