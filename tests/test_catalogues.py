"""Django merges every gettext catalogue into one table per language: for a given msgid (and
context) only one translation wins, everywhere on the site. A msgid that two catalogues
translate differently therefore shows one part of the site the other part's wording (wrong
gender, wrong word). Give such strings a context (pgettext, `context` in templates) instead."""

import collections
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
SKIPPED = {".venv", "var", "node_modules", "test-artifacts", ".git"}


def _catalogues(lang: str) -> list[Path]:
    found = []
    for path in ROOT.rglob("django.po"):
        relative = path.relative_to(ROOT)
        if SKIPPED & set(relative.parts):
            continue
        if relative.parts[-3:-1] == (lang, "LC_MESSAGES"):
            found.append(relative)
    return sorted(found)


def _conflicts(lang: str) -> list[str]:
    seen = collections.defaultdict(dict)
    for relative in _catalogues(lang):
        for entry in polib.pofile(str(ROOT / relative)):
            if entry.obsolete or "fuzzy" in entry.flags:
                continue
            if not entry.msgstr and not entry.msgstr_plural:
                continue
            translation = entry.msgstr or str(sorted(entry.msgstr_plural.items()))
            seen[(entry.msgctxt, entry.msgid)][str(relative)] = translation
    return [
        f"{'[' + context + '] ' if context else ''}{msgid!r}: "
        + "; ".join(f"{path} → {text!r}" for path, text in sorted(by_path.items()))
        for (context, msgid), by_path in seen.items()
        if len(set(by_path.values())) > 1
    ]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_catalogues_are_found(lang):
    catalogues = {str(path) for path in _catalogues(lang)}
    assert f"locale/{lang}/LC_MESSAGES/django.po" in catalogues
    assert f"coaching/locale/{lang}/LC_MESSAGES/django.po" in catalogues
    assert len(catalogues) >= 11


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_msgid_is_translated_differently_in_two_catalogues(lang):
    conflicts = _conflicts(lang)
    assert not conflicts, (
        "Translated differently in two catalogues (only one wins site-wide): give each use "
        "a context, or make the translations identical:\n" + "\n".join(conflicts)
    )
