"""Writes to the home page tree: its French and English translations."""

from django.db import transaction
from wagtail.models import Locale

from .models import HomePage

TRANSLATIONS = {
    "fr": {
        "title": "Prévenir ensemble la radicalisation",
        "intro": (
            "Une plateforme de formation pour les travailleurs de première ligne en Flandre : "
            "reconnaître les signaux, mener la conversation difficile et agir dans des "
            "situations concrètes."
        ),
    },
    "en": {
        "title": "Preventing radicalisation together",
        "intro": (
            "A training platform for frontline workers in Flanders: learn to recognise signals, "
            "hold the difficult conversation and act in real situations."
        ),
    },
}


def homepage_translations_ensure() -> list[str]:
    """Create the missing fr/en translations of the Dutch home page; return what was created."""
    created: list[str] = []
    source = HomePage.objects.filter(locale__language_code="nl").first()
    if source is None:
        return created
    with transaction.atomic():
        for code, fields in TRANSLATIONS.items():
            locale, _ = Locale.objects.get_or_create(language_code=code)
            if source.get_translations().filter(locale=locale).exists():
                continue
            translation = source.copy_for_translation(locale)
            translation.title = fields["title"]
            translation.draft_title = fields["title"]
            translation.intro = fields["intro"]
            translation.save_revision().publish()
            created.append(f"home page ({code})")
    return created
