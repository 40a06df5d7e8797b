"""The pattern detectors' cheaper paths find exactly what the plain paths find.

Each speed-up of this file's subjects has a plain twin (the ``prefilter`` switch, or a reference
written as the code was before): tables of texts built to reach the edge of each shortcut, and
Hypothesis texts assembled from the vocabularies involved, must give identical answers.
"""

from __future__ import annotations

import pytest
import re2  # type: ignore[import-untyped]  # google-re2 ships no type information
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect import segment as segment_mod
from redactor.detect.pii import address_locale as al
from redactor.detect.pii import contact
from redactor.detect.pii import field_label_finder as fl
from redactor.detect.pii.speakers import ConversationPersonDetector

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
    assert fl._ascii_matched({"\u212a", "\u017f", "\u00e9", "\u0130", "\u0131", "k"}) == {"\u212a", "\u017f"}


def _matched_by_ascii(char: str) -> bool:
    """The plain question `_ascii_matched` answers for many characters at once: does a
    case-insensitive pattern of `char` match some ASCII character?"""
    rx = re2.compile("(?i:" + re2.escape(char) + ")")
    return any(rx.fullmatch(chr(c)) is not None for c in range(128))


def test_field_label_ascii_matched_characters_are_the_plain_answer() -> None:
    chars = {c for lb in fl._labels() for c in lb if not c.isascii()} | {"\u212a", "\u017f", "\u0130", "\u0131"}
    assert fl._ascii_matched(chars) == {c for c in chars if _matched_by_ascii(c)}


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=24).map("".join))
def test_field_label_halves_on_generated_texts(text: str) -> None:
    assert list(fl._hits(text)) == _plain(text)


# --- locale addresses: pre-checks before the left-hand parts ---------------------------------------

_ADDRESS_PIECES = (
    "Apt. 487",
    "кв. 12",
    "Piso 3",
    "Unit 5B",
    "75011 Paris",
    "\u0584. \u0534\u0561\u057d\u057f\u0561\u056f\u0565\u0580\u057f",  # an Armenian place mark and place
    "H-7317",
    ", ",
    ",",
    "\u060c ",
    " ",
    "\t",
    "\n",
    "12",
    "\u0663",  # an Arabic-Indic digit is a \\d too
    "rue des Lilas",
    "Keşlə qəs.",
    "x",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ADDRESS_PIECES), min_size=1, max_size=12).map("".join))
def test_locale_address_left_prechecks_skip_only_what_cannot_match(text: str) -> None:
    for a in range(len(text) + 1):
        expected = _span_or_none(al._LEFT_UNIT.search(text, max(0, a - 24), a))
        assert _span_or_none(al._left_unit(text, a)) == expected
        m = al._LEFT_PART.search(text, max(0, a - 60), a)
        if m is not None and m.end() == a:  # the only matches `_grow_left` uses
            assert text[max(0, a - 60) : a].rstrip(" \t")[-1:] in al._LEFT_PART_ENDS


def _span_or_none(m: object) -> tuple[int, int] | None:
    return None if m is None else m.span()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "a"),
    [
        ("Apt. 487, 12 rue des Lilas", 10),  # a unit and a comma before the core
        ("Apt. 487 \n12 rue des Lilas", 10),  # ``$`` before the line break that ends the window
        ("\u043a\u0432. \u0663\u0663 12 \u0443\u043b", 7),  # кв. ٣٣: a number of another script
    ],
)
def test_locale_address_left_unit_still_found(text: str, a: int) -> None:
    expected = al._LEFT_UNIT.search(text, max(0, a - 24), a)
    assert expected is not None
    found = al._left_unit(text, a)
    assert found is not None and found.span() == expected.span()


# --- conversation names: gates of the contact-cell rules -------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1001,Jane Whitfield,jane.w@example.org,+1 555 0100\n", "Jane Whitfield"),  # a CSV row
        ("1001;Jane Whitfield;+44 (0)20 7946 0958\n", "Jane Whitfield"),  # a phone cell
        ("Contacts:\n- Callum Fraser \u2014 callum@example.co.uk\n", "Callum Fraser"),  # a list item
        ("1. Aino Virtanen - +358 40 123 4567\n", "Aino Virtanen"),
        ("Visitor: pieter van der merwe, pvdmerwe@example.net", "pieter van der merwe"),  # lower case
        ("Visitor: j\u00f6rg m\u00fcller <jm@beispiel.de>", "j\u00f6rg m\u00fcller"),  # beyond ASCII
    ],
)
def test_person_chat_contact_gates_keep_what_the_rules_find(text: str, value: str) -> None:
    gated, plain = ConversationPersonDetector(gated=True), ConversationPersonDetector(gated=False)
    found = gated.detect(text)
    assert found == plain.detect(text)
    assert value in [text[s.start : s.end] for s in found]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            (
                "Jane Whitfield",
                "pieter van der merwe",
                "j\u00f6rg m\u00fcller",
                "jane.w@example.org",
                "a@b.c",
                "+1 555 0100",
                "(020) 7946 0958",
                "mailto:",
                ",",
                ";",
                "\t",
                " - ",
                " \u2014 ",
                ": ",
                "<",
                "(",
                "\n",
                "- ",
                "1. ",
                '"',
                " ",
            )
        ),
        min_size=1,
        max_size=16,
    ).map("".join)
)
def test_person_chat_contact_gates_on_generated_texts(text: str) -> None:
    assert ConversationPersonDetector(gated=True).detect(text) == ConversationPersonDetector(gated=False).detect(text)


# --- segmentation: code tokens of ASCII lines in RE2 -----------------------------------------------


def _token_spans(line: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    python = [m.span() for m in segment_mod._CODE_TOKENS.finditer(line)]
    fast = [m.span() for m in segment_mod._CODE_TOKENS_ASCII.finditer(line.encode("ascii"))]
    return python, fast


@pytest.mark.parametrize(
    "line",
    [
        "x := y == z && a != b",
        "def handler(event):",
        "    return {'ok': True};",
        "  }",
        "obj.method(arg) -> result",
        "snake_case_name and camelCase value",
        "key: value with text",
        "- item_name: 12",
        "  total += 1",
        "\x0b\x1c} \x1f",  # Python's \s takes \v and \x1c-\x1f: so does the RE2 form
        "a=\x1cb",
        "He said: it works. Then we left.",
        "",
    ],
)
def test_code_tokens_ascii_form_matches_like_python(line: str) -> None:
    python, fast = _token_spans(line)
    assert fast == python
    for cap in (1, 2, 3, 40):
        assert segment_mod._code_tokens(line, cap) == min(cap, len(python))


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            (
                *":=!-><&|+/(){}[];.$\"'_*",
                "\t",
                " ",
                "\x0b",
                "\x0c",
                "\r",
                "\x1c",
                "\x1f",
                "a",
                "Z",
                "9",
                "fooBar",
                "x_y",
            )
        ),
        max_size=30,
    ).map("".join)
)
def test_code_tokens_ascii_form_on_generated_lines(line: str) -> None:
    python, fast = _token_spans(line)
    assert fast == python


# --- e-mail: the token before an address -----------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(("a", "bc@d.io", " ", "\n", "<", "=", "x" * 300, "://", "y" * 257)), max_size=12).map(
        "".join
    ),
    st.integers(min_value=0, max_value=5000),
)
def test_email_token_start_is_the_last_delimiter_before(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert contact._token_start(text, pos) == max(text.rfind(c, 0, pos) for c in contact._TOKEN_DELIMITERS)


@pytest.mark.parametrize("gap", [0, 1, 255, 256, 257, 600])
def test_email_token_start_far_and_near(gap: int) -> None:
    text = "see <" + "x" * gap + "a@b.io"
    pos = text.index("a@b")
    assert contact._token_start(text, pos) == 4
    assert contact._token_start("x" * gap + "a@b.io", gap) == -1
