"""Builds the demo content tree (catalogue, courses, good practices, quizzes) from the data
files in lms/demo/data/ (see loader.py).

Pages go through Wagtail's tree API and are published as revisions, exactly as an editor's
work would be. Every step is idempotent: existing pages (by slug) are left alone.
"""

import io
import json

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from assessments import models as assessment_models
from assessments.models import Attempt, Question, Quiz, QuizQuestion
from assessments.services import attempt_start, attempt_submit
from courses.models import (
    CourseIndexPage,
    CoursePage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    LessonPage,
    ModulePage,
    Tag,
)
from lms.accounts.models import User
from lms.home.models import HomePage
from lms.sectors.models import Sector

from .loader import DATA_DIR, exists, load, translated, translations

MEDIA_DIR = DATA_DIR / "media"


def _publish(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _child(parent: Page, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def structure_ensure(changes: list[str]) -> tuple[CourseIndexPage, GoodPracticeIndexPage] | None:
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        return None
    sections = load("catalogue.nl.json")
    catalogue = _child(home, CourseIndexPage, sections["catalogue"]["slug"])
    if catalogue is None:
        catalogue = _publish(home, CourseIndexPage(**sections["catalogue"]))
        changes.append("course catalogue")
    library = _child(home, GoodPracticeIndexPage, sections["library"]["slug"])
    if library is None:
        library = _publish(home, GoodPracticeIndexPage(**sections["library"]))
        changes.append("good practice library")
    return catalogue, library


def _demo_media(changes: list[str]) -> dict:
    image_model = get_image_model()
    document_model = get_document_model()
    image = image_model.objects.filter(title="Demo: de verwijsketen").first()
    if image is None:
        image = image_model(
            title="Demo: de verwijsketen", file=ImageFile(_diagram_png(), name="verwijsketen.png")
        )
        image.save()
        changes.append("demo image")
    handout = document_model.objects.filter(title="Demo: handreiking signalen").first()
    if handout is None:
        handout = document_model(
            title="Demo: handreiking signalen",
            file=ContentFile(_handout_pdf(), name="handreiking-signalen.pdf"),
        )
        handout.save()
        changes.append("demo handout")
    video = document_model.objects.filter(title="Demo: gespreksvideo").first()
    if video is None:
        video = document_model(
            title="Demo: gespreksvideo",
            file=ContentFile(
                (MEDIA_DIR / "gesprek-demo.webm").read_bytes(), name="gesprek-demo.webm"
            ),
        )
        video.save()
        changes.append("demo video")
    return {"image": image.pk, "document": handout.pk, "video_file": video.pk}


def _diagram_png() -> io.BytesIO:
    canvas = PillowImage.new("RGB", (960, 400), "#f3f5f8")
    draw = ImageDraw.Draw(canvas)
    labels = ["Signaal", "Gesprek", "Overleg team / CLB", "LIVC-R"]
    for index, label in enumerate(labels):
        left = 30 + index * 235
        draw.rounded_rectangle([left, 150, left + 200, 250], radius=16, fill="#1d4f91")
        draw.text((left + 20, 190), label, fill="white")
        if index < len(labels) - 1:
            draw.line([left + 200, 200, left + 235, 200], fill="#1b1f24", width=4)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def _handout_pdf() -> bytes:
    page = PillowImage.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    lines = [
        "Handreiking: signalen van radicalisering",
        "",
        "1. Een signaal alleen bewijst niets.",
        "2. Ga het gesprek aan: open vragen, luisteren, niet moraliseren.",
        "3. Overleg met collega's, het CLB of de lokale contactpersoon.",
        "4. Verwijs zo nodig door naar de LIVC-R van je lokaal bestuur.",
        "",
        "Demo-document van het Vormingsplatform.",
    ]
    for index, line in enumerate(lines):
        draw.text((120, 160 + index * 48), line, fill="black")
    buffer = io.BytesIO()
    page.save(buffer, format="PDF")
    return buffer.getvalue()


def _body(blocks: list[dict], media: dict, ids: list[str] | None = None) -> str:
    raw = []
    for index, block in enumerate(blocks):
        value = dict(block["value"]) if isinstance(block["value"], dict) else block["value"]
        if block["type"] == "video":
            value.setdefault("video_file", media["video_file"])
            value.setdefault("embed_url", "")
        elif block["type"] == "image":
            value.setdefault("image", media["image"])
        elif block["type"] == "resource":
            value.setdefault("document", media["document"])
        item = {"type": block["type"], "value": value}
        if ids is not None:
            item["id"] = ids[index]  # translations keep the block ids: reflections follow them
        raw.append(item)
    return json.dumps(raw)


def course_build(*, catalogue: CourseIndexPage, data: dict, media: dict) -> CoursePage:
    course = CoursePage(
        title=data["title"],
        slug=data["slug"],
        summary=data["summary"],
        learning_goals=data["learning_goals"],
        estimated_minutes=data["estimated_minutes"],
    )
    catalogue.add_child(instance=course)
    course.audiences.set(Tag.objects.filter(kind=Tag.Kind.AUDIENCE, code__in=data["audiences"]))
    course.themes.set(Tag.objects.filter(kind=Tag.Kind.THEME, code__in=data["themes"]))
    course.save_revision().publish()
    for module_data in data["modules"]:
        module = _publish(
            course,
            ModulePage(
                title=module_data["title"], slug=module_data["slug"], intro=module_data["intro"]
            ),
        )
        for lesson_data in module_data["lessons"]:
            _publish(
                module,
                LessonPage(
                    title=lesson_data["title"],
                    slug=lesson_data["slug"],
                    estimated_minutes=lesson_data["estimated_minutes"],
                    required=lesson_data["required"],
                    body=_body(lesson_data["body"], media),
                ),
            )
    return course


def good_practice_build(*, library: GoodPracticeIndexPage, data: dict) -> GoodPracticePage:
    practice = GoodPracticePage(
        title=data["title"],
        slug=data["slug"],
        municipality=data["municipality"],
        sector=Sector.objects.filter(slug=data["sector"]).first(),
        summary=data["summary"],
        what_was_done=data["what_was_done"],
        what_worked=data["what_worked"],
        contact=data["contact"],
    )
    library.add_child(instance=practice)
    practice.themes.set(Tag.objects.filter(kind=Tag.Kind.THEME, code__in=data["themes"]))
    practice.save_revision().publish()
    return practice


def _translation(source: Page, locale: Locale, fields: dict) -> tuple[Page, bool]:
    existing = source.get_translations().filter(locale=locale).first()
    if existing is not None:
        return existing.specific, False
    translation = source.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.draft_title = translation.title
    translation.save_revision().publish()
    return translation, True


def course_translate(*, course: CoursePage, locale: Locale, data: dict, media: dict) -> bool:
    """The translation of ``course`` and its pages into ``locale``; False if it existed."""
    _, created = _translation(
        course,
        locale,
        {name: data[name] for name in ("title", "summary", "learning_goals")},
    )
    modules = list(ModulePage.objects.child_of(course).order_by("path"))
    for module, module_data in zip(modules, data["modules"], strict=True):
        _translation(module, locale, {"title": module_data["title"], "intro": module_data["intro"]})
        lessons = list(LessonPage.objects.child_of(module).order_by("path"))
        for lesson, lesson_data in zip(lessons, module_data["lessons"], strict=True):
            ids = [block.id for block in lesson.body]
            _translation(
                lesson,
                locale,
                {"title": lesson_data["title"], "body": _body(lesson_data["body"], media, ids)},
            )
    return created


def translations_ensure(
    catalogue: CourseIndexPage, library: GoodPracticeIndexPage, media: dict, changes: list[str]
) -> None:
    """The catalogue, the library and every course that has overlay files, per language."""
    for code in translations("catalogue"):
        locale = Locale.objects.get(language_code=code)
        sections = translated("catalogue", code)
        _translation(catalogue, locale, sections["catalogue"])
        _translation(library, locale, sections["library"])
        for slug in load("catalogue.nl.json")["courses"]:
            course = _child(catalogue, CoursePage, slug)
            if course is None or code not in translations(f"courses/{slug}"):
                continue
            data = translated(f"courses/{slug}", code)
            if course_translate(course=course, locale=locale, data=data, media=media):
                changes.append(f"course {course.title} ({code})")


def demo_content_ensure() -> list[str]:
    changes: list[str] = []
    with transaction.atomic():
        sections = structure_ensure(changes)
        if sections is None:
            return changes
        catalogue, library = sections
        media = _demo_media(changes)
        for slug in load("catalogue.nl.json")["courses"]:
            data = load(f"courses/{slug}.nl.json")
            if _child(catalogue, CoursePage, slug) is None:
                course_build(catalogue=catalogue, data=data, media=media)
                changes.append(f"course {data['title']}")
        for data in load("good_practices.nl.json"):
            if _child(library, GoodPracticePage, data["slug"]) is None:
                good_practice_build(library=library, data=data)
                changes.append(f"good practice {data['title']}")
        translations_ensure(catalogue, library, media, changes)
        quizzes_ensure(catalogue, changes)
    return changes


QUESTION_BUILDERS = {
    "single_choice": ("SingleChoiceQuestion", "options", "SingleChoiceOption", []),
    "multiple_response": (
        "MultipleResponseQuestion",
        "options",
        "MultipleResponseOption",
        ["scoring"],
    ),
    "true_false": (
        "TrueFalseQuestion",
        None,
        None,
        ["correct_answer", "feedback_true", "feedback_false"],
    ),
    "matching": ("MatchingQuestion", "pairs", "MatchingPair", []),
    "ordering": ("OrderingQuestion", "items", "OrderingItem", []),
    "short_answer": (
        "ShortAnswerQuestion",
        "accepted_answers",
        "AcceptedAnswer",
        ["case_sensitive", "accents_matter"],
    ),
    "scenario_judgement": (
        "ScenarioJudgementQuestion",
        "responses",
        "ScenarioResponse",
        ["situation", "mode"],
    ),
    "essay": ("EssayQuestion", None, None, ["max_words", "guidance_for_graders"]),
}


def _question_build(data: dict):
    model_name, relation, child_name, extra = QUESTION_BUILDERS[data["type"]]
    model = getattr(assessment_models, model_name)
    question = model(
        title=data["title"],
        prompt=data["prompt"],
        general_feedback=data.get("general_feedback", ""),
        points=data.get("points", 1),
        **{name: data[name] for name in extra if name in data},
    )
    question.save()
    if relation and child_name:
        child = getattr(assessment_models, child_name)
        getattr(question, relation).set([child(**item) for item in data[relation]])
        question.save()
    return question


def quizzes_ensure(catalogue: CourseIndexPage, changes: list[str]) -> None:
    """One quiz per demo course with every question type, placed in the course's quiz block."""
    for slug in load("catalogue.nl.json")["courses"]:
        if not exists(f"quizzes/{slug}.nl.json"):
            continue
        data = load(f"quizzes/{slug}.nl.json")
        course = _child(catalogue, CoursePage, slug)
        if course is None or Quiz.objects.filter(title=data["title"]).exists():
            continue
        quiz = Quiz(
            title=data["title"],
            intro=data["intro"],
            pass_mark=data["pass_mark"],
            max_attempts=data["max_attempts"],
            time_limit_minutes=data["time_limit_minutes"],
        )
        quiz.save()
        quiz.quiz_questions.set(
            [QuizQuestion(question=_question_build(q)) for q in data["questions"]]
        )
        quiz.save()
        changes.append(f"quiz {quiz.title}")
        lesson = next(
            (
                lesson
                for lesson in LessonPage.objects.descendant_of(course).order_by("path")
                if any(block.block_type == "quiz" for block in lesson.body)
            ),
            None,
        )
        if lesson is not None:
            for translation in [lesson, *lesson.get_translations()]:
                translation = translation.specific
                raw = list(translation.body.raw_data)
                for block in raw:
                    if block["type"] == "quiz":
                        block["value"]["quiz"] = quiz.pk
                        break
                translation.body = json.dumps(raw)
                translation.save_revision().publish()


def _demo_answer(question, strong: bool) -> dict:
    """An answer a strong (or a weaker) learner would give, built from the question's key."""
    kind = type(question).__name__
    if kind in ("SingleChoiceQuestion", "MultipleResponseQuestion"):
        options = list(question.options.all())
        right = [o.pk for o in options if o.is_correct == strong] or [options[0].pk]
        return {"choice": right[0]} if kind == "SingleChoiceQuestion" else {"choices": right}
    if kind == "TrueFalseQuestion":
        return {"value": question.correct_answer if strong else not question.correct_answer}
    if kind == "MatchingQuestion":
        pairs = [p.pk for p in question.pairs.all()]
        return {
            "pairs": {
                pk: (pk if strong else pairs[(i + 1) % len(pairs)]) for i, pk in enumerate(pairs)
            }
        }
    if kind == "OrderingQuestion":
        items = [i.pk for i in question.items.all()]
        return {"order": items if strong else list(reversed(items))}
    if kind == "ShortAnswerQuestion":
        accepted = question.accepted_answers.first()
        return {"text": accepted.text if strong and accepted else "weet ik niet"}
    if kind == "ScenarioJudgementQuestion":
        responses = list(question.responses.all())
        if question.mode == question.Mode.RANK:
            ranked = sorted(responses, key=lambda r: -r.expert_rating)
            return {"ranking": [r.pk for r in (ranked if strong else reversed(ranked))]}
        return {
            "ratings": {
                r.pk: (r.expert_rating if strong else 6 - r.expert_rating) for r in responses
            }
        }
    if not strong:
        return {"text": ""}  # left blank: scores 0 without waiting for a trainer
    return {
        "text": (
            "Ik zou eerst rustig vragen wat er aan de hand is en goed luisteren, zonder te "
            "oordelen. Daarna overleg ik met een collega en het CLB."
        )
    }


def attempts_ensure(changes: list[str]) -> None:
    """Finished attempts by two demo learners: one strong (the essay waits for a trainer), one
    weaker that did not pass."""
    quiz = Quiz.objects.filter(title__startswith="Toets: signalen").first()
    for email, strong in (
        ("leerkracht@vorming.example", True),
        ("jeugdwerker@vorming.example", False),
    ):
        user = User.objects.filter(email=email).first()
        if quiz is None or user is None or Attempt.objects.filter(user=user, quiz=quiz).exists():
            continue
        attempt = attempt_start(user=user, quiz=quiz)
        questions = Question.objects.filter(pk__in=attempt.question_ids)
        answers = {str(q.pk): _demo_answer(q, strong) for q in questions}
        attempt_submit(attempt=attempt, user=user, answers=answers, sequence=attempt.sequence)
        changes.append(f"quiz attempt by {email}")
