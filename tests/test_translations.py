"""Every interface string has a Dutch and French translation, and the compiled catalogues are
the current ones (the .mo files are what Django reads)."""

import gettext
from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parent.parent / "lms" / "locale"


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_catalogue_is_complete(language):
    po = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    assert len(po) > 50
    missing = [e.msgid for e in po if not e.obsolete and (not e.translated() or e.fuzzy)]
    assert missing == [], f"untranslated or fuzzy in {language}: {missing}"


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_compiled_catalogue_matches_its_source(language):
    folder = LOCALE / language / "LC_MESSAGES"
    po = polib.pofile(str(folder / "django.po"))
    with open(folder / "django.mo", "rb") as handle:
        mo = gettext.GNUTranslations(handle)
    for entry in po:
        if entry.obsolete:
            continue
        if entry.msgid_plural:
            key = entry.msgid if not entry.msgctxt else f"{entry.msgctxt}\x04{entry.msgid}"
            assert mo._catalog.get((key, 0)) == entry.msgstr_plural[0], entry.msgid
        else:
            key = entry.msgid if not entry.msgctxt else f"{entry.msgctxt}\x04{entry.msgid}"
            assert mo._catalog.get(key) == entry.msgstr, (
                f"{language}: stale .mo for {entry.msgid!r}"
            )
