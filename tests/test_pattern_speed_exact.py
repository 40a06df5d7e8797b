"""The pattern detectors' cheaper paths find exactly what the plain paths find.

Each speed-up of this file's subjects has a plain twin (the ``prefilter`` switch, or a reference
written as the code was before): tables of texts built to reach the edge of each shortcut, and
Hypothesis texts assembled from the vocabularies involved, must give identical answers.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect.pii import field_labels as fl

# --- field labels: the finder split in two halves ------------------------------------------------

_SOME_LATIN = [lb for lb in fl._LATIN if len(lb) > 2][::25]
_SOME_OTHER = [lb for lb in fl._OTHER if len(lb) > 1][::25]
_PIECES = (
    *_SOME_LATIN,
    *_SOME_OTHER,
    *(lb.upper() for lb in _SOME_LATIN[:10]),
    "pr\u00e9nom",  # "nom" is a label of its own: the two halves overlap here
    "nom",
    "Stra\u00dfe",
    "Anschrift",
    "\u041f\u0406\u0411",  # ПІБ
    ": ",
    ":",
    "\uff1a",
    " - ",
    " \u2014 ",
    "\t",
    "\n",
    "|",
    "=",
    "**",
    '"',
    " ",
    "x",
    "\u00e9",
    "\u212a",  # the Kelvin sign folds to k
    "\u017f",  # the long s folds to s
    "Anna Smith",
)


def _plain(text: str) -> list[tuple[int, int]]:
    return list(fl._hits(text, fast=False))


@pytest.mark.parametrize(
    "text",
    [
        "pr\u00e9nom: Anna\nnom: Smith",  # a Latin label inside a non-ASCII one: the halves overlap
        "Nom de famille: Dupont, Pr\u00e9nom: Jean",
        "\u041f\u0406\u0411: \u041e\u043b\u0435\u043d\u0430\nFull name: Anna Smith",
        "Name \u2014 Anna\n\u6c0f\u540d\uff1a\u4f50\u85e4",
        "la\u017ft name: Smith",  # the long s: a Latin label beyond ASCII
        "\u212aundenname: Anna",
        "caf\u00e9 only, and first name: Anna",
        "ascii only\nFull name: Anna Smith\n",
    ],
)
def test_field_label_halves_find_what_the_whole_finder_finds(text: str) -> None:
    assert list(fl._hits(text)) == _plain(text)


def test_field_label_halves_overlap_where_they_must_fall_back() -> None:
    data = "pr\u00e9nom: Anna".encode()
    assert fl._split_hits(data) is None  # "prénom:" and "nom:" overlap: the whole finder decides
    assert list(fl._hits("pr\u00e9nom: Anna")) == [(0, 7)]


def test_field_label_halves_partition_the_labels() -> None:
    assert sorted(fl._LATIN + fl._OTHER) == sorted(fl._labels())
    assert all(lb.isascii() for lb in fl._LATIN)  # today; the split does not rely on it
    assert not any(lb.isascii() for lb in fl._OTHER)
    assert fl._matches_ascii("\u212a") and fl._matches_ascii("\u017f") and not fl._matches_ascii("\u00e9")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=24).map("".join))
def test_field_label_halves_on_generated_texts(text: str) -> None:
    assert list(fl._hits(text)) == _plain(text)
