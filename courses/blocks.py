"""StreamField blocks for lessons. Each block has its own accessible template and validates
what learners need: a transcript for every video, alt text for every image, a reachable next
step for every scenario choice."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class SignalCardBlock(blocks.StructBlock):
    signal = blocks.CharBlock(label=_("Signal"), max_length=200)
    what_it_can_mean = blocks.RichTextBlock(label=_("What it can mean"), features=RICH_FEATURES)
    what_it_does_not_prove = blocks.RichTextBlock(
        label=_("What it does not prove"), features=RICH_FEATURES
    )
    what_to_do_next = blocks.RichTextBlock(label=_("What to do next"), features=RICH_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Signal card")
        template = "courses/blocks/signal_card.html"
        description = _("A signal, what it can mean, what it does not prove and what to do next.")
        preview_value = {
            "signal": "Plotse terugtrekking uit de klasgroep",
            "what_it_can_mean": "<p>Zorgen thuis, pesten of een nieuwe vriendenkring.</p>",
            "what_it_does_not_prove": "<p>Een signaal alleen bewijst geen radicalisering.</p>",
            "what_to_do_next": "<p>Ga het gesprek aan en overleg met het CLB.</p>",
        }


class ConversationStepBlock(blocks.StructBlock):
    step = blocks.CharBlock(label=_("Step"), max_length=200)
    explanation = blocks.TextBlock(label=_("Explanation"), required=False)
    example_phrasings = blocks.ListBlock(
        blocks.CharBlock(label=_("Example phrasing")), label=_("Example phrasings"), min_num=1
    )


class ConversationTechniqueBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    steps = blocks.ListBlock(ConversationStepBlock(), label=_("Steps"), min_num=1)
    do = blocks.ListBlock(blocks.CharBlock(label=_("Do")), label=_("Do"), required=False)
    dont = blocks.ListBlock(blocks.CharBlock(label=_("Don't")), label=_("Don't"), required=False)

    class Meta:
        icon = "group"
        label = _("Conversation technique")
        template = "courses/blocks/conversation_technique.html"
        description = _("Steps with example phrasings, and what to do and not to do.")
        preview_value = {
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
        }


class ScenarioChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Choice"), max_length=300)
    feedback = blocks.TextBlock(label=_("Feedback on this choice"))
    next_step = blocks.CharBlock(
        label=_("Next step"),
        max_length=50,
        required=False,
        help_text=_("Key of the step that follows this choice; empty ends the scenario."),
    )


class ScenarioStepBlock(blocks.StructBlock):
    key = blocks.RegexBlock(
        label=_("Step key"),
        regex=r"^[a-z0-9-]{1,50}$",
        max_length=50,
        error_messages={"invalid": _("Use lower-case letters, digits and hyphens only.")},
        help_text=_("A short unique key, e.g. start or second-talk."),
    )
    situation = blocks.TextBlock(label=_("Situation"))
    choices = blocks.ListBlock(ScenarioChoiceBlock(), label=_("Choices"), min_num=2, max_num=4)


class CaseScenarioBlock(blocks.StructBlock):
    """A branching case: the first step starts it; each choice gives feedback and a next step."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    context = blocks.TextBlock(label=_("Context"), required=False)
    steps = blocks.ListBlock(ScenarioStepBlock(), label=_("Steps"), min_num=1)
    debrief = blocks.RichTextBlock(label=_("Debrief"), features=RICH_FEATURES)

    class Meta:
        icon = "decision"
        label = _("Case scenario")
        template = "courses/blocks/case_scenario.html"
        description = _("A branching case: situations, choices with feedback, and a debrief.")
        preview_value = {
            "title": "Een filmpje in de klas-chat",
            "context": "Derde graad, les burgerschap.",
            "steps": [
                {
                    "key": "start",
                    "situation": "Een leerling deelt een filmpje dat geweld verheerlijkt.",
                    "choices": [
                        {
                            "text": "Je vraagt na de les wat hem aanspreekt.",
                            "feedback": "",
                            "next_step": "",
                        },
                        {
                            "text": "Je straft meteen voor de hele klas.",
                            "feedback": "",
                            "next_step": "",
                        },
                    ],
                }
            ],
            "debrief": "<p>Verbinding eerst, dan overleg.</p>",
        }

    def clean(self, value):
        value = super().clean(value)
        keys = [step["key"] for step in value["steps"]]
        if len(keys) != len(set(keys)):
            raise StructBlockValidationError(
                block_errors={"steps": ValidationError(_("Every step needs its own key."))}
            )
        unknown = sorted(
            {
                choice["next_step"]
                for step in value["steps"]
                for choice in step["choices"]
                if choice["next_step"] and choice["next_step"] not in keys
            }
        )
        if unknown:
            raise StructBlockValidationError(
                block_errors={
                    "steps": ValidationError(
                        _("These next steps do not exist: %(keys)s."),
                        params={"keys": ", ".join(unknown)},
                    )
                }
            )
        return value


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    video_file = DocumentChooserBlock(
        label=_("Video file"), required=False, help_text=_("An MP4 or WebM file.")
    )
    embed_url = blocks.URLBlock(
        label=_("Embed URL"),
        required=False,
        help_text=_("Address of a video on an approved platform, used when there is no file."),
    )
    transcript = blocks.RichTextBlock(label=_("Transcript"), features=RICH_FEATURES)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"
        description = _("A video with its transcript, which is required.")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("video_file") and not value.get("embed_url"):
            raise StructBlockValidationError(
                block_errors={
                    "video_file": ValidationError(_("Choose a video file or an embed URL."))
                }
            )
        return value


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image.html"
        description = _("An image with required alternative text.")


class ResourceBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Downloadable resource")
        template = "courses/blocks/resource.html"
        description = _("A document learners can download.")


class ReflectionPromptBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Question for reflection"))

    class Meta:
        icon = "edit"
        label = _("Reflection prompt")
        template = "courses/blocks/reflection_prompt.html"
        description = _("A question the learner answers privately.")
        preview_value = {"prompt": "Welk signaal zou jij het eerst opmerken?"}


class QuizBlock(blocks.StructBlock):
    """A quiz inside a lesson. Passing it marks the lesson done for the learner."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    note = blocks.TextBlock(label=_("Note for learners"), required=False)
    quiz = SnippetChooserBlock(
        "assessments.Quiz",
        label=_("Quiz"),
        required=False,
        help_text=_("Empty shows a placeholder until the quiz is ready."),
    )

    class Meta:
        icon = "form"
        label = _("Quiz")
        template = "courses/blocks/quiz.html"
        description = _("A quiz in the lesson; passing it marks the lesson done.")
        preview_value = {"title": "Test je kennis", "note": "Vijf korte vragen.", "quiz": None}


class LessonStreamBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(
        label=_("Text"), features=RICH_FEATURES, template="courses/blocks/rich_text.html"
    )
    signal_card = SignalCardBlock()
    conversation_technique = ConversationTechniqueBlock()
    case_scenario = CaseScenarioBlock()
    video = VideoBlock()
    image = ImageBlock()
    resource = ResourceBlock()
    reflection = ReflectionPromptBlock()
    quiz = QuizBlock()
