"""``secret.generic.i18n`` on the generated world of tests/secret_words_world.py.

Every language x template x value style must be masked in every carrier (plain, JSON-escaped
in a tool result with and without ``ensure_ascii``); every negative must stay unmasked by this
detector. Known gaps are listed with their reason and run as strict xfails: a gap that closes
makes its test fail, so the list stays true.
"""

# words, quotes and punctuation of other scripts are the point here

from __future__ import annotations

import json
from collections import defaultdict

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.span import Span
from tests.secret_words_world import Case, negative_cases, positive_cases

DETECTORS = secret_detectors()
I18N = [d for d in DETECTORS if d.name == "secret.generic.i18n"]

KNOWN_GAPS = {
    ("ar", "chat", "random"): "the generated value holds '0mY': placeholders.py reads 'my' as a placeholder word",
    ("tl", "label-quoted", "passphrase"): "English noun 'Password': the English detectors take no quoted passphrase",
    ("it", "label-quoted", "passphrase"): "English noun 'Password': the English detectors take no quoted passphrase",
}
"""(language, template, style) -> why the world's case is missed today."""


def _groups() -> dict[tuple[str, str, str], list[Case]]:
    out: dict[tuple[str, str, str], list[Case]] = defaultdict(list)
    for c in positive_cases(seed=7):
        out[(c.lang, c.template, c.style)].append(c)
    return out


GROUPS = _groups()


def _params() -> list[object]:
    params: list[object] = []
    for key in sorted(GROUPS):
        reason = KNOWN_GAPS.get(key)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(key, id="-".join(key), marks=marks))
    return params


def _spans(text: str) -> list[Span]:
    return [s for d in DETECTORS for s in d.detect(text)]


def _covered(case: Case, spans: list[Span]) -> bool:
    value = case.value
    i = case.text.find(value)
    if i < 0:  # JSON-escaped with ensure_ascii: the value's own escapes
        value = json.dumps(value)[1:-1]
        i = case.text.find(value)
    assert i >= 0, "the world placed the value in the text"
    return all(any(s.start <= k < s.end for s in spans) for k in range(i, i + len(value)))


def test_detector_is_registered() -> None:
    assert len(I18N) == 1


@pytest.mark.parametrize("key", _params())
def test_world_value_is_masked(key: tuple[str, str, str]) -> None:
    # this detector first, the whole secret set only when it alone does not cover the value
    missed = [
        c.carrier for c in GROUPS[key] if not _covered(c, I18N[0].detect(c.text)) and not _covered(c, _spans(c.text))
    ]
    assert not missed, f"{key}: value not masked in carriers {missed}"


def test_world_covers_the_languages_and_carriers() -> None:
    langs = {k[0] for k in GROUPS}
    templates = {k[1].rstrip("0123456789") for k in GROUPS}
    assert len(langs) >= 55
    assert {"label", "chat", "json", "table", "sentence", "label-quoted"} <= templates
    assert {c.carrier for cs in GROUPS.values() for c in cs} == {"plain", "tool-ascii", "tool-utf8"}


NEGATIVES: dict[str, list[Case]] = defaultdict(list)
for _case in negative_cases():
    NEGATIVES[_case.lang].append(_case)


@pytest.mark.parametrize("lang", sorted(NEGATIVES))
def test_world_negatives_are_left_alone(lang: str) -> None:
    """Sentences about credentials without one, and labels followed by masks and placeholders."""
    masked = {
        (c.template, c.carrier): [c.text[s.start : s.end] for s in I18N[0].detect(c.text)] for c in NEGATIVES[lang]
    }
    assert {k: v for k, v in masked.items() if v} == {}
