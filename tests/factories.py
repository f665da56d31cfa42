"""factory_boy factories, one per model, keyword arguments only.

Users are created through ``user_create``, the service the platform uses. Pages are added and
published through the Wagtail tree API (``add_child`` then a published revision), under the Dutch
home page's catalogue. Every other factory writes its row directly, without the side effects of
the services (no capacity check, no completion evaluation, no emails, no PDF): a test of those
effects calls the service itself (``enrollment_create``, ``registration_create``,
``certificate_issue``, ``attempt_submit``...).
"""

import datetime
import json

import factory
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale

from assessments.models import (
    AcceptedAnswer,
    Attempt,
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
from certificates.models import Certificate, CertificateTemplate
from courses.models import CourseIndexPage, CoursePage, LessonCompletion, LessonPage, ModulePage
from lms.accounts.models import JobRole, User
from lms.accounts.services import user_create
from lms.cohorts.models import Cohort, Enrollment
from lms.home.models import HomePage
from lms.scheduling.models import Attendance, Registration, TrainingSession
from lms.sectors.models import Sector, SectorMembership

DEFAULT_PASSWORD = "Correct-horse-battery-9"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"professional{n}@school.example")
    first_name = factory.Faker("first_name", locale="nl_BE")
    last_name = factory.Faker("last_name", locale="nl_BE")
    preferred_language = "nl"
    job_role = JobRole.TEACHER
    organisation = "Sint-Jozefscollege"
    password = DEFAULT_PASSWORD

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return user_create(**kwargs)


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Sector {n}")
    slug = factory.Sequence(lambda n: f"sector-{n}")
    colour = "#1d4f91"


class SectorMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SectorMembership

    user = factory.SubFactory(UserFactory)
    sector = factory.SubFactory(SectorFactory)
    role = SectorMembership.Role.TRAINER


# --- pages (Wagtail tree API) ---------------------------------------------------------------


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def catalogue() -> CourseIndexPage:
    """The course catalogue under the Dutch home page, made (and published) on first use."""
    home = HomePage.objects.get(locale=Locale.get_default())
    return CourseIndexPage.objects.child_of(home).first() or _publish(
        home, CourseIndexPage(title="Opleidingen", slug="opleidingen")
    )


class _PageFactory(factory.django.DjangoModelFactory):
    """A page added under ``parent`` with ``add_child`` and published as a revision."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Pagina {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    @classmethod
    def _default_parent(cls):
        raise TypeError(f"{cls.__name__} needs a parent page")

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        return _publish(parent or cls._default_parent(), model_class(**kwargs))


class CourseFactory(_PageFactory):
    """A published course in the catalogue. ``lessons=N`` adds one module ("Module 1") with N
    lessons and keeps them as ``course.lessons``."""

    class Meta:
        model = CoursePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Cursus {n}")
    summary = "Leer signalen herkennen zonder te stigmatiseren."
    learning_goals = "<ul><li>Signalen duiden</li></ul>"
    estimated_minutes = 90

    @classmethod
    def _default_parent(cls):
        return catalogue()

    @factory.post_generation
    def lessons(course, create, extracted, **kwargs):  # noqa: N805 - factory_boy passes the page
        course.lessons = []
        if extracted:
            module = ModuleFactory(parent=course, title="Module 1", slug="module-1")
            course.lessons = [
                LessonFactory(parent=module, title=f"Les 1.{n}", slug=f"les-1-{n}")
                for n in range(1, extracted + 1)
            ]


class ModuleFactory(_PageFactory):
    """A published module; pass its course as ``parent``."""

    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Module {n}")


class LessonFactory(_PageFactory):
    """A published lesson with the standard body; pass its module as ``parent``."""

    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Les {n}")
    body = factory.LazyFunction(lambda: lesson_body())
    estimated_minutes = 10


def course_tree(
    *, modules: int = 2, lessons_per_module: int = 3, title: str = "Signalen herkennen"
):
    """A published catalogue > course > modules > lessons tree under the Dutch home page."""
    course = CourseFactory(title=title)
    lessons = []
    for m in range(1, modules + 1):
        module = ModuleFactory(parent=course, title=f"Module {m}", slug=f"module-{m}")
        lessons += [
            LessonFactory(parent=module, title=f"Les {m}.{n}", slug=f"les-{m}-{n}")
            for n in range(1, lessons_per_module + 1)
        ]
    return course, lessons


class LessonCompletionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LessonCompletion

    user = factory.SubFactory(UserFactory)
    lesson = factory.SubFactory(LessonFactory)
    lesson_key = factory.SelfAttribute("lesson.translation_key")
    completed_at = factory.LazyFunction(timezone.now)


# --- roll-out ----------------------------------------------------------------------------------


class CohortFactory(factory.django.DjangoModelFactory):
    """A cohort; without ``course`` it gets a new course with one module of two lessons."""

    class Meta:
        model = Cohort

    sector = factory.SubFactory(SectorFactory)
    course = factory.SubFactory(CourseFactory, lessons=2)
    name = factory.LazyAttribute(lambda cohort: f"Groep {cohort.sector.name}")
    starts_on = datetime.date(2026, 9, 1)


class EnrollmentFactory(factory.django.DjangoModelFactory):
    """An enrolment row made by staff, written directly: no capacity check and no completion
    evaluation (tests of those go through ``enrollment_create``)."""

    class Meta:
        model = Enrollment

    user = factory.SubFactory(UserFactory)
    cohort = factory.SubFactory(CohortFactory)
    status = Enrollment.Status.ACTIVE
    source = Enrollment.Source.STAFF
    enrolled_at = factory.LazyFunction(timezone.now)

    @classmethod
    def users(cls, *, cohort, count: int, **user_fields) -> list[User]:
        """``count`` new learners, each actively enrolled in ``cohort``."""
        return [cls(cohort=cohort, user=UserFactory(**user_fields)).user for _ in range(count)]


class TrainingSessionFactory(factory.django.DjangoModelFactory):
    """A classroom session ``starts_in`` from now (a week), ``hours`` long (3), whole minutes;
    ``started=True``: it began half an hour ago (attendance can be kept)."""

    class Meta:
        model = TrainingSession

    class Params:
        starts_in = datetime.timedelta(days=7)
        hours = 3
        started = factory.Trait(starts_in=datetime.timedelta(minutes=-30))

    cohort = factory.SubFactory(CohortFactory)
    title = "Gesprekstechnieken in de klas"
    location = "Zaal De Ploeg, Kortrijksesteenweg 1, 9000 Gent"
    capacity = 20
    starts_at = factory.LazyAttribute(
        lambda session: (timezone.now() + session.starts_in).replace(second=0, microsecond=0)
    )
    ends_at = factory.LazyAttribute(
        lambda session: session.starts_at + datetime.timedelta(hours=session.hours)
    )


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A registration row written directly (no capacity or waitlist logic: that is
    ``registration_create``)."""

    class Meta:
        model = Registration

    session = factory.SubFactory(TrainingSessionFactory)
    user = factory.SubFactory(UserFactory)
    status = Registration.Status.REGISTERED
    queued_at = factory.LazyFunction(timezone.now)


class AttendanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attendance

    registration = factory.SubFactory(RegistrationFactory)
    status = Attendance.Status.PRESENT
    marked_at = factory.LazyFunction(timezone.now)


# --- assessments -------------------------------------------------------------------------------


class _QuestionFactory(factory.django.DjangoModelFactory):
    """A question saved with its child rows: pass them unsaved as lists under their relation
    name (``options=[SingleChoiceOption(...)]``, ``pairs=``, ``items=``, ``accepted_answers=``,
    ``responses=``); the question is saved, the children set, and saved again (modelcluster)."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Vraag {n}")
    prompt = "Wat doe je?"

    _children: tuple[str, ...] = ()

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        children = {name: kwargs.pop(name) for name in cls._children if name in kwargs}
        question = model_class(*args, **kwargs)
        question.save()
        for relation, items in children.items():
            getattr(question, relation).set(items)
        question.save()
        return question


class SingleChoiceQuestionFactory(_QuestionFactory):
    class Meta:
        model = SingleChoiceQuestion

    _children = ("options",)


class MultipleResponseQuestionFactory(_QuestionFactory):
    class Meta:
        model = MultipleResponseQuestion

    _children = ("options",)


class TrueFalseQuestionFactory(_QuestionFactory):
    class Meta:
        model = TrueFalseQuestion

    correct_answer = True


class MatchingQuestionFactory(_QuestionFactory):
    class Meta:
        model = MatchingQuestion

    _children = ("pairs",)


class OrderingQuestionFactory(_QuestionFactory):
    class Meta:
        model = OrderingQuestion

    _children = ("items",)


class ShortAnswerQuestionFactory(_QuestionFactory):
    class Meta:
        model = ShortAnswerQuestion

    _children = ("accepted_answers",)


class ScenarioJudgementQuestionFactory(_QuestionFactory):
    class Meta:
        model = ScenarioJudgementQuestion

    situation = "Een leerling deelt memes."
    _children = ("responses",)


class EssayQuestionFactory(_QuestionFactory):
    class Meta:
        model = EssayQuestion


class QuizFactory(factory.django.DjangoModelFactory):
    """A quiz; ``questions=[...]`` links saved questions in that order and keeps the list as
    ``quiz.questions``."""

    class Meta:
        model = Quiz
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Toets {n}")

    @factory.post_generation
    def questions(quiz, create, extracted, **kwargs):  # noqa: N805 - factory_boy passes the quiz
        quiz.questions = list(extracted or [])
        if extracted:
            quiz.quiz_questions.set([QuizQuestion(question=q) for q in extracted])
            quiz.save()


# Feedback and keys that learners may not see before the review policy allows it.
SECRETS = [
    "GEHEIME-FEEDBACK-JUIST",
    "GEHEIME-FEEDBACK-FOUT",
    "ALGEMENE-FEEDBACK",
    "LIVC-R-SLEUTEL",
    "EXPERT-TOELICHTING",
    "RICHTLIJN-VERBETERAAR",
]


def every_type_questions() -> list:
    """One question of every type; the ``SECRETS`` mark what learners may not see early."""
    return [
        SingleChoiceQuestionFactory(
            title="Eén",
            prompt="Wat bewijst één signaal?",
            general_feedback="ALGEMENE-FEEDBACK",
            options=[
                SingleChoiceOption(
                    text="Niets op zich", is_correct=True, feedback="GEHEIME-FEEDBACK-JUIST"
                ),
                SingleChoiceOption(text="Radicalisering", feedback="GEHEIME-FEEDBACK-FOUT"),
            ],
        ),
        MultipleResponseQuestionFactory(
            title="Meer",
            prompt="Welke vragen zijn open?",
            options=[
                MultipleResponseOption(text="Wat spreekt je aan?", is_correct=True),
                MultipleResponseOption(text="Je weet toch dat dat fout is?"),
            ],
        ),
        TrueFalseQuestionFactory(title="WF", prompt="Luisteren helpt.", correct_answer=True),
        MatchingQuestionFactory(
            title="Koppel",
            prompt="Wie doet wat?",
            pairs=[
                MatchingPair(left="CLB", right="Begeleidt leerlingen"),
                MatchingPair(left="Jeugdwerk", right="Biedt verbinding"),
            ],
        ),
        OrderingQuestionFactory(
            title="Orde",
            prompt="Zet in volgorde.",
            items=[
                OrderingItem(text="Observeren"),
                OrderingItem(text="Gesprek"),
                OrderingItem(text="Overleg"),
            ],
        ),
        ShortAnswerQuestionFactory(
            title="Kort",
            prompt="Hoe heet de lokale cel?",
            accepted_answers=[AcceptedAnswer(text="LIVC-R-SLEUTEL")],
        ),
        ScenarioJudgementQuestionFactory(
            title="Oordeel",
            prompt="Beoordeel.",
            situation="Een leerling deelt memes.",
            responses=[
                ScenarioResponse(text="Luisteren", expert_rating=5, feedback="EXPERT-TOELICHTING"),
                ScenarioResponse(text="Straffen", expert_rating=1),
            ],
        ),
        EssayQuestionFactory(
            title="Essay",
            prompt="Hoe begin je het gesprek?",
            guidance_for_graders="RICHTLIJN-VERBETERAAR",
        ),
    ]


def every_type_quiz() -> Quiz:
    """A 30-minute quiz with one question of every type (``quiz.questions``), reviewed after
    submitting."""
    return QuizFactory(
        title="Alle vraagtypes",
        time_limit_minutes=30,
        review_policy=Quiz.ReviewPolicy.AFTER_SUBMIT,
        questions=every_type_questions(),
    )


class AttemptFactory(factory.django.DjangoModelFactory):
    """A graded first attempt written directly, with its score (no grading: that is
    ``attempt_submit``). ``passed=False`` gives 3 of 10."""

    class Meta:
        model = Attempt

    user = factory.SubFactory(UserFactory)
    quiz = factory.SubFactory(QuizFactory)
    sector = None
    number = 1
    status = Attempt.Status.GRADED
    started_at = factory.LazyFunction(timezone.now)
    submitted_at = factory.SelfAttribute("started_at")
    passed = True
    score = factory.LazyAttribute(lambda attempt: 8 if attempt.passed else 3)
    max_score = 10
    percent = factory.LazyAttribute(lambda attempt: 80 if attempt.passed else 30)


# --- certificates ------------------------------------------------------------------------------


class CertificateTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CertificateTemplate

    sector = factory.SubFactory(SectorFactory)
    title = "Attest van deelname"
    body = (
        "{learner_name} volgde met succes de opleiding {course} ({hours} uur), "
        "aangeboden door de sector {sector}. Uitgereikt op {date}; geldig tot {expiry}."
    )
    signatory_name = "An Peeters"
    signatory_function = "Coördinator vorming"


class CertificateFactory(factory.django.DjangoModelFactory):
    """A certificate row made directly, with the snapshot taken from its enrollment (not
    through ``certificate_issue``: no PDF, no email), so rendering, issuance and badges can be
    tested apart. Without ``enrollment`` it gets a completed one."""

    class Meta:
        model = Certificate

    enrollment = factory.SubFactory(
        EnrollmentFactory,
        status=Enrollment.Status.COMPLETED,
        completed_at=factory.LazyFunction(timezone.now),
    )
    user = factory.SelfAttribute("enrollment.user")
    sector = factory.SelfAttribute("enrollment.cohort.sector")
    learner_name = factory.LazyAttribute(
        lambda c: c.enrollment.user.get_full_name() or c.enrollment.user.email
    )
    course_title = factory.SelfAttribute("enrollment.cohort.course.title")
    sector_name = factory.SelfAttribute("enrollment.cohort.sector.name")
    cohort_name = factory.SelfAttribute("enrollment.cohort.name")
    hours = 1.5


# --- lesson bodies -----------------------------------------------------------------------------


def lesson_body(**overrides) -> str:
    """A lesson body with a text, a signal card, a scenario and a reflection prompt."""
    blocks = [
        {"type": "rich_text", "value": "<p>Een signaal alleen bewijst niets.</p>"},
        {
            "type": "signal_card",
            "value": {
                "signal": "Plotse terugtrekking uit de klasgroep",
                "what_it_can_mean": "<p>Zorgen thuis, pesten, of een nieuwe vriendenkring.</p>",
                "what_it_does_not_prove": "<p>Het bewijst geen radicalisering.</p>",
                "what_to_do_next": "<p>Ga het gesprek aan en overleg met het CLB.</p>",
            },
        },
        {
            "type": "case_scenario",
            "id": "11111111-1111-4111-8111-111111111111",
            "value": {
                "title": "Een filmpje in de klas-chat",
                "context": "Derde graad, les burgerschap.",
                "steps": [
                    {
                        "key": "start",
                        "situation": "Sam deelt een filmpje dat geweld verheerlijkt.",
                        "choices": [
                            {
                                "text": "Je vraagt Sam na de les wat hem aanspreekt.",
                                "feedback": "Goed: open vraag.",
                                "next_step": "talk",
                            },
                            {
                                "text": "Je straft Sam meteen voor de hele klas.",
                                "feedback": "Dat sluit het gesprek af.",
                                "next_step": "",
                            },
                        ],
                    },
                    {
                        "key": "talk",
                        "situation": "Sam zegt dat niemand naar hem luistert.",
                        "choices": [
                            {
                                "text": "Je luistert verder en vat samen.",
                                "feedback": "Sterk: je erkent zijn gevoel.",
                                "next_step": "",
                            },
                            {
                                "text": "Je zegt dat hij overdrijft.",
                                "feedback": "Dat bevestigt zijn gevoel niet gehoord te worden.",
                                "next_step": "",
                            },
                        ],
                    },
                ],
                "debrief": "<p>Verbinding eerst, dan overleg met collega's en CLB.</p>",
            },
        },
        {
            "type": "reflection",
            "id": "22222222-2222-4222-8222-222222222222",
            "value": {"prompt": "Welk signaal zou jij het eerst opmerken?"},
        },
    ]
    return json.dumps(overrides.get("blocks", blocks))


def every_block_body() -> str:
    """A lesson body that uses every lesson block type, with real demo media."""
    from lms.demo.content import _demo_media

    media = _demo_media([])
    blocks = json.loads(lesson_body())
    blocks += [
        {
            "type": "conversation_technique",
            "value": {
                "title": "Open vragen stellen",
                "intro": "Nieuwsgierig blijven zonder te oordelen.",
                "steps": [
                    {
                        "step": "Vraag door",
                        "explanation": "Laat de jongere zelf vertellen.",
                        "example_phrasings": ["Wat spreekt je daarin aan?"],
                    }
                ],
                "do": ["Luister actief"],
                "dont": ["Moraliseer niet"],
            },
        },
        {
            "type": "video",
            "value": {
                "title": "Een gesprek in de praktijk",
                "video_file": media["video_file"],
                "embed_url": "",
                "transcript": "<p>De leerkracht vraagt rustig wat er scheelt.</p>",
            },
        },
        {
            "type": "image",
            "value": {
                "image": media["image"],
                "alt_text": "Schema van signaal naar gesprek, overleg en LIVC-R",
                "caption": "De verwijsketen",
            },
        },
        {
            "type": "resource",
            "value": {
                "document": media["document"],
                "title": "Handreiking signalen",
                "description": "Een blad om bij te houden.",
            },
        },
        {"type": "quiz", "value": {"title": "Test je kennis", "note": "Vijf vragen."}},
    ]
    return json.dumps(blocks)
