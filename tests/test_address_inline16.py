
"""Session 16 (late): addresses quoted as inline code in prose (`address_inline`) and the address
labels of languages the label table lacked. Every case is generated from invented street names, numbers and places."""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

import pytest

from redactor.detect.pii._base import text_info
from redactor.detect.pii.address import AddressDetector
from redactor.detect.pii.address_field_vocab import ADDRESS_LABELS
from redactor.detect.pii.address_inline import inline_values

sys.path.insert(0, str(Path(__file__).resolve().parent))
from address_world import address_detectors

RNG = random.Random(1611282)
ADDRESS = AddressDetector()
_DETECT = address_detectors()

STREETS = ("Mardell", "Quenby", "Ostrava Hill", "Tamsin")
TYPES = ("Street", "Road", "Avenue", "Lane")
PLACES = ("Kelvoro", "Port Anselm, Jamaica", "Brightwater", "Lunsford, Belize")
LEADS = (
    "Both rows are for the person at `{a}` -- dedupe on e-mail.",
    "The customer moved to `{a}` last week.",
    "- shipping: `{a}`",
    "I changed the default address to `{a}` in the fixture description.",
)


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in ADDRESS.detect(text)]


def _addresses() -> list[str]:
    combos = itertools.product(STREETS, TYPES, PLACES)
    return [f"{RNG.randint(1, 980)} {s} {t}, {p}" for s, t, p in combos]


@pytest.mark.parametrize("lead", LEADS)
def test_backticked_address_in_prose_found(lead: str) -> None:
    for address in _addresses():
        text = lead.format(a=address)
        spans = _found(text)
        start = text.index(address)
        assert any(text.index(s) <= start and len(s) >= len(address) * 0.8 for s in spans), text


CODE_SPANS = (
    "call `resize(640, 480, keep=True)` first",
    "run `git log --oneline -3, then push` now",
    "set `x, y = 12 Main, 7`",
    "use `SELECT id, name FROM t WHERE n > 10` here",
    "the tuple `(14 Hope Road, Kingston)` is a fixture",
    "see `docs/12 Hope Road, v2.md`",
    "the colours are `red, green and 2 blue`",
)


@pytest.mark.parametrize("text", CODE_SPANS)
def test_code_and_wordy_inline_spans_not_taken(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "template",
    [
        "```sh\nrm -rf /tmp/x; echo `{a}`\n```\n",
        "```text\ncurl -d `{a}` http://localhost:8080/rows\n```\n",
        "let row = find(`{a}`);",
    ],
)
def test_inline_spans_of_code_lines_not_read_as_text(template: str) -> None:
    address = _addresses()[0]
    text = template.format(a=address)
    assert inline_values(text_info(text)) == []


def test_inline_spans_of_prose_read_as_text() -> None:
    address = _addresses()[1]
    text = f"The row for `Ann Lee` at `{address}` is a duplicate."
    assert [text[a:b] for a, b in inline_values(text_info(text))] == [address]


NEW_LABELS = ("ku", "dv", "fr")
NEW_WORDS = {"ناونیشان", "ناونیشانی", "އެޑްރެސް", "quartier", "lieu-dit"}
VALUES = {
    "ku": "شەقامی لوکانور، {n}، هەولێر",
    "dv": "ހ. ލުކަނޯރުގެ، މާލެ",
    "fr": "Rue Lucanor, {n} Akwa-Nord, Kribi",
}


@pytest.mark.parametrize("lang", NEW_LABELS)
def test_new_labels_introduce_an_address(lang: str) -> None:
    labels = [x for x in ADDRESS_LABELS[lang].split("|") if x in NEW_WORDS]
    assert labels
    for label in labels:
        value = VALUES[lang].format(n=RNG.randint(2, 99))
        text = f"{label}: {value}\n"
        found = [text[a:b] for _, a, b in _DETECT([text])[0]]
        assert any(value in f or (f in value and len(f) >= len(value) * 0.7) for f in found), (text, found)


@pytest.mark.parametrize("lang", NEW_LABELS)
def test_new_labels_over_a_plain_sentence_mask_nothing(lang: str) -> None:
    for label in NEW_WORDS & set(ADDRESS_LABELS[lang].split("|")):
        text = f"{label}: see below\n"
        assert _DETECT([text])[0] == []
