"""factory_boy factories; users are created through the same service the platform uses."""

import factory

from lms.accounts.models import JobRole, User
from lms.accounts.services import user_create
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


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def lesson_body(**overrides) -> str:
    """A lesson body with a text, a signal card, a scenario and a reflection prompt."""
    import json

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


def course_tree(
    *, modules: int = 2, lessons_per_module: int = 3, title: str = "Signalen herkennen"
):
    """A published catalogue > course > modules > lessons tree under the Dutch home page."""
    from django.utils.text import slugify
    from wagtail.models import Locale

    from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
    from lms.home.models import HomePage

    home = HomePage.objects.get(locale=Locale.get_default())
    catalogue = CourseIndexPage.objects.child_of(home).first() or _publish(
        home, CourseIndexPage(title="Opleidingen", slug="opleidingen")
    )
    course = _publish(
        catalogue,
        CoursePage(
            title=title,
            slug=slugify(title),
            summary="Leer signalen herkennen zonder te stigmatiseren.",
            learning_goals="<ul><li>Signalen duiden</li></ul>",
            estimated_minutes=90,
        ),
    )
    lessons = []
    for m in range(1, modules + 1):
        module = _publish(course, ModulePage(title=f"Module {m}", slug=f"module-{m}"))
        for n in range(1, lessons_per_module + 1):
            lessons.append(
                _publish(
                    module,
                    LessonPage(
                        title=f"Les {m}.{n}",
                        slug=f"les-{m}-{n}",
                        body=lesson_body(),
                        estimated_minutes=10,
                    ),
                )
            )
    return course, lessons


def every_block_body() -> str:
    """A lesson body that uses every lesson block type, with real demo media."""
    import json

    from lms.home.demo import _demo_media

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
