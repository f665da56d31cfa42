"""Reads the demo data files in lms/demo/data/ and lays translation overlays onto their source.

A source file (``courses/<slug>.nl.json``) holds the whole structure in Dutch. An overlay
(``courses/<slug>.fr.json``) holds only the translated text, in the same nesting, with every list
turned into an object keyed by its items' ``slug`` or ``key`` (lessons, modules, scenario steps)
or else by position (blocks, choices, phrasings). Structure (slugs, step keys, block types,
durations, tags) is never copied into an overlay, so it cannot drift between languages.
"""

import json
from functools import cache
from pathlib import Path
from typing import Any

from django.conf import settings

DATA_DIR = Path(__file__).resolve().parent / "data"

# Strings that are structure, not text: identical in every language, never in an overlay
# ("courses" is the catalogue's order of course slugs).
STRUCTURE_KEYS = frozenset({"type", "slug", "key", "next_step", "audiences", "themes", "courses"})


@cache
def load(name: str) -> Any:
    """The parsed JSON file ``data/<name>``."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def item_key(item: Any, index: int) -> str:
    if isinstance(item, dict):
        return item.get("slug") or item.get("key") or str(index)
    return str(index)


def overlay_merge(source: Any, overlay: Any, path: str = "") -> Any:
    """A copy of ``source`` with the overlay's texts in place; an overlay key that the source
    does not have is an error (a translation left behind by a changed source)."""
    if isinstance(source, list):
        source = {item_key(item, index): item for index, item in enumerate(source)}
        return list(overlay_merge(source, overlay, path).values())
    if isinstance(source, dict):
        if not isinstance(overlay, dict) or overlay.keys() - source.keys():
            raise ValueError(f"overlay keys not in the source at {path or '/'}: {overlay}")
        return {
            key: overlay_merge(value, overlay[key], f"{path}/{key}") if key in overlay else value
            for key, value in source.items()
        }
    if not isinstance(overlay, str):
        raise ValueError(f"overlay at {path} should be a text, not {overlay!r}")
    return overlay


def texts(data: Any, path: str = "") -> dict[str, str]:
    """Every translatable text of ``data`` by its overlay path (``/modules/<slug>/title``)."""
    if isinstance(data, list):
        data = {item_key(item, index): item for index, item in enumerate(data)}
    if isinstance(data, dict):
        return {
            text_path: text
            for key, value in data.items()
            if key not in STRUCTURE_KEYS
            for text_path, text in texts(value, f"{path}/{key}").items()
        }
    return {path: data} if isinstance(data, str) else {}


def exists(name: str) -> bool:
    return (DATA_DIR / name).exists()


def translated(name: str, language: str) -> Any:
    """Source file ``<name>.nl.json`` with the overlay ``<name>.<language>.json`` laid on it."""
    return overlay_merge(load(f"{name}.nl.json"), load(f"{name}.{language}.json"))


def translations(name: str) -> list[str]:
    """The languages that have an overlay for ``<name>``, in the order of the content languages."""
    return [
        code
        for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES
        if code != "nl" and (DATA_DIR / f"{name}.{code}.json").exists()
    ]
