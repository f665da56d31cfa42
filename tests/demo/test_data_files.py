"""The demo data files: overlays translate the source and nothing else."""

import json

import pytest

from lms.demo.loader import DATA_DIR, load, overlay_merge, texts, translated, translations

OVERLAYS = sorted(
    path.relative_to(DATA_DIR).as_posix()
    for path in DATA_DIR.rglob("*.json")
    if path.name.count(".") == 2 and not path.name.endswith(".nl.json")
)


def _source(overlay: str) -> str:
    name, _language, _json = overlay.rsplit(".", 2)
    return f"{name}.nl.json"


def test_the_demo_has_overlays_for_the_catalogue_and_one_course_in_french_and_english():
    assert translations("catalogue") == ["fr", "en"]
    assert translations("courses/het-moeilijke-gesprek-voeren") == ["fr", "en"]
    assert len(OVERLAYS) == 4


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_overlay_key_exists_in_the_source(overlay):
    """No orphan translation: each overlay path names a text of the source."""
    source = load(_source(overlay))
    overlay_texts = texts(load(overlay))
    source_paths = set(texts(source)) | {"/catalogue/slug", "/library/slug"}
    assert set(overlay_texts) <= source_paths, set(overlay_texts) - source_paths


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_overlay_covers_every_text_of_its_source(overlay):
    source_texts = texts(load(_source(overlay)))
    overlay_texts = texts(load(overlay))
    assert source_texts.keys() <= overlay_texts.keys(), source_texts.keys() - overlay_texts.keys()
    # Translated, not copied: no text is left in Dutch.
    assert all(overlay_texts[path] != text for path, text in source_texts.items())


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_merged_translation_keeps_the_structure_of_the_source(overlay):
    name, language, _json = overlay.rsplit(".", 2)
    source = load(f"{name}.nl.json")
    merged = translated(name, language)

    def structure(data):
        if isinstance(data, dict):
            return {k: structure(v) for k, v in data.items()}
        if isinstance(data, list):
            return [structure(v) for v in data]
        return type(data).__name__ if isinstance(data, str) else data

    assert structure(merged) == structure(source)
    assert texts(merged) == {**texts(source), **texts(load(overlay))}


def test_an_orphan_overlay_key_is_refused():
    source = load("courses/het-moeilijke-gesprek-voeren.nl.json")
    with pytest.raises(ValueError, match="not in the source"):
        overlay_merge(source, {"modules": {"a-lesson-that-was-removed": {"title": "Weg"}}})


def test_data_files_are_pretty_printed_utf8():
    for path in DATA_DIR.rglob("*.json"):
        text = path.read_text(encoding="utf-8")
        expected = json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"
        assert text == expected, path
