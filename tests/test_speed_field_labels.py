"""``pii.field_label`` reads labels from word starts only, and finds exactly what it found before.

`field_label_finder.word_hits` (the detector's fast path) must hold every hit of the whole finder
(`_hits` with ``fast=False``) that `FieldLabelDetector._at` can accept, and nothing that is no hit
of it; a hit it leaves out must be one `_at` rejects. Tables reach the edges of the shortcut
(labels inside words, multi-word labels whose inner word is a label, tabs for spaces, non-ASCII
text, the Kelvin sign and the long s); Hypothesis assembles texts from the label vocabulary.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect.pii import field_label_finder as fl
from redactor.detect.pii._base import text_info
from redactor.detect.pii.field_labels import FieldLabelDetector

_DETECTOR = FieldLabelDetector(gated=True)
_PLAIN = FieldLabelDetector(gated=False)

_MULTI = [lb for lb in fl._LATIN if " " in lb or "-" in lb][::15]
_SOME_LATIN = [lb for lb in fl._LATIN if len(lb) > 2][::20]
_SOME_OTHER = [lb for lb in fl._OTHER if len(lb) > 1][::30]
_PIECES = (
    *_MULTI,
    *_SOME_LATIN,
    *_SOME_OTHER,
    *(lb.title() for lb in _MULTI[:10]),
    *(lb.replace(" ", "\t") for lb in _MULTI[:5]),
    "Firmen",  # glued before a label: a mid-word hit
    "x",
    "_",
    "nom",
    "pr\u00e9nom",
    "\u041f\u0406\u0411",  # ПІБ
    "\u6c0f\u540d",  # 氏名
    "\u212a",  # the Kelvin sign folds to k
    "\u017f",  # the long s folds to s
    ": ",
    ":",
    "\uff1a",
    " - ",
    "**",
    '"',
    " ",
    "\t",
    "\n",
    "Anna Smith",
    "12 rue des Lilas",
)


def _check(text: str) -> None:
    plain = list(fl._hits(text, fast=False))
    fast = fl.word_hits(text)
    assert set(fast) <= set(plain)  # nothing that is no hit of the whole finder
    for start, stop in set(plain) - set(fast):
        assert _DETECTOR._at(text, start, stop) is None  # what is left out is always rejected
    info = text_info(text)
    assert list(_DETECTOR.scan(info)) == list(_PLAIN.scan(info))


@pytest.mark.parametrize(
    "text",
    [
        "Full name: Anna Smith",  # a word-start hit
        "Firmenname: ACME\nName: Anna Smith",  # a mid-word hit, rejected, then a real one
        "xdate of birth: 1990",  # a mid-word multi-word label
        "Xnom de famille: Dupont",  # "nom de famille" inside a word: "famille" may be a label of its own
        "Xnom de\tfamille: Dupont",  # a tab where the label has a space
        "pr\u00e9nom: Anna\nnom: Smith",  # Latin label inside a non-ASCII one
        "caf\u00e9 only, and first name: Anna Smith",
        "\u041f\u0406\u0411: \u041e\u043b\u0435\u043d\u0430\nFull name: Anna Smith",
        "abc\u6c0f\u540d\uff1a\u4f50\u85e4",  # a label of a script without spaces, after letters
        "la\u017ft name: Smith",  # the long s: a Latin label beyond ASCII
        "\u212aundenname: Anna",  # the Kelvin sign
        "",
    ],
)
def test_word_hits_keep_every_hit_the_detector_can_accept(text: str) -> None:
    _check(text)


def test_word_hits_leave_out_mid_word_hits() -> None:
    text = "Firmenname: ACME"
    assert list(fl._hits(text, fast=False)) != []  # the whole finder stops at "name:"
    assert fl.word_hits(text) == []  # the word-start finder does not


def test_covered_sees_a_mid_word_label_over_a_word_start() -> None:
    label = next(lb for lb in fl._LATIN if lb.lower().startswith("nom de "))
    data = ("X" + label + ": Dupont").encode("ascii")
    inner = data.index(b" ", 1) + 1  # the word after "nom "
    assert fl._covered(data, inner + len(b"de "))
    assert not fl._covered(b"Full name: Anna", 5)  # "Full " is no label prefix after a word byte


def test_other_hits_are_the_other_finders_hits() -> None:
    for text in (
        "\u041f\u0406\u0411: \u041e\u043b\u0435\u043d\u0430\nascii line: x\n\u6c0f\u540d\uff1a\u4f50",
        "pr\u00e9nom:",
    ):
        data = text.encode("utf-8")
        assert fl._other_hits(data) == fl._byte_hits(fl._FIND_OTHER, data)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=20).map("".join))
def test_word_hits_on_generated_texts(text: str) -> None:
    _check(text)
    data = text.encode("utf-8", "surrogatepass")
    assert fl._other_hits(data) == fl._byte_hits(fl._FIND_OTHER, data)
