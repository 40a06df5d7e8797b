"""Session 10's speed changes in `pii.contact_row` and `pii.address_locale` give exactly the
answers of the code they replaced.

Each rewritten helper is compared with the former code (kept here as the reference) on
generated inputs: the contact-row matrix (`contact_world`: ~55 name cultures in seven record
shapes, plain and JSON-escaped, with its negatives), the address matrix (`address_world`), CSV
tables of contacts like the bench's, and near misses built for each change (digits that are not
ASCII, a lower-casing that changes a text's length, anchors out of order).
"""

# ruff: noqa: RUF001  -- digits and letters of other scripts are the near misses here
from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterator

import pytest
from address_world import cases as address_cases
from contact_world import negatives, positives

from redactor.detect.engine import prefilter_view
from redactor.detect.pii import address_locale as al
from redactor.detect.pii import contact_cased as cc
from redactor.detect.pii import contact_rows as cr
from redactor.detect.pii._base import text_info

CSV_ROWS = (
    "id,full_name,email,phone,address,created_at",
    '7675,Dmytro Melnyk,dmytrom@example.com,+1 500-555-0146,"Lindenallee 83, 80331 München",2026-06-28',
    '7690,王 建国,hoang.tuan@gmail.com,+61 2 3518 2538,"171 Old Mill Road, Bend, OR 97763",2026-03-11',
    '7697,Ngozi Mensah,nmensah@web.de,0803 791 6481,"Flat 5, 400 Adeola Odeku Street, Ikoyi, Lagos",2026-06-23',
    '7711,Sofía Ramírez,sofiar@uol.com.br,+34 663 480 274,"Avenida de la Constitución, 382, 46002 Valencia",2026-06-20',
    '7723,Thiago Rodrigues,rt@yahoo.co.jp,+55 11 97319-3571,"Rua das Flores, 79, Curitiba - PR, 80020-976",2026-05-22',
)
"""Rows of a customer export as the bench's replay stream carries them."""

EXTRA_TEXTS = (
    "\n".join(CSV_ROWS),
    "İSTANBUL ofis: Ayşe Yılmaz +90 212 555 0147",  # lower-casing "İ" changes the length
    "Patient Jane Roe, date of birth 1990-04-12, seen today",  # a birth word, no phone shape
    "DOB: 12/04/1990\nName: Kwame Mensah",
    "تاريخ الميلاد ١٩٩٠/٠٤/١٢ محمد الأحمد",  # Arabic-Indic digits: no ASCII shape
    "call +44\u00a020 7946 0958 for Rhys ap Gwilym",  # a no-break space inside the number
    "tel ０３-１２３４-５６７８ 山田 太郎",  # full-width digits: RE2's \\d is ASCII only
    "build 4471 passed; artifact at /srv/builds/4471.tar.gz",
    "no contact data here at all, just Prose With Capitals",
)


def _contact_texts() -> Iterator[str]:
    for case in (*positives(), *negatives()):
        yield case.text
    yield from EXTRA_TEXTS


@pytest.fixture(scope="module")
def contact_texts() -> list[str]:
    return list(_contact_texts())


def _digits_left_reference(text: str, ls: int, le: int, anchors: list[tuple[str, int, int]]) -> bool:
    """The former `_digits_left`: blank the anchors, then any `str.isdigit` character."""
    line = list(text[ls:le])
    for _, a, b in anchors:
        if a < le and ls < b:
            line[max(a, ls) - ls : min(b, le) - ls] = " " * (min(b, le) - max(a, ls))
    return any(c.isdigit() for c in line)


@pytest.mark.parametrize(
    ("text", "ls", "le", "anchors", "expected"),
    [
        # a digit left beside the anchor
        ("Flat 5 +44 20 7946 0958", 0, 23, [("PHONE_NUMBER", 7, 23)], True),
        # every digit inside the anchor
        ("Kwame +44 20 7946 0958", 0, 22, [("PHONE_NUMBER", 6, 22)], False),
        # a superscript is `isdigit` but not ASCII
        ("m\u00b2 +44 20 7946 0958", 0, 20, [("PHONE_NUMBER", 3, 20)], True),
        # anchors out of order and overlapping, digits only inside them
        ("a 12 b 34 c", 0, 11, [("X", 7, 9), ("Y", 2, 4), ("Z", 3, 8)], False),
        # the same anchors, a digit after the last
        ("a 12 b 34 c 5", 0, 13, [("X", 7, 9), ("Y", 2, 4), ("Z", 3, 8)], True),
        # an anchor reaching past the line's end, a digit before the line (not in it)
        ("9\nab +1 555", 2, 10, [("PHONE_NUMBER", 5, 14)], False),
    ],
)
def test_digits_left_rows(text: str, ls: int, le: int, anchors: list[tuple[str, int, int]], expected: bool) -> None:
    assert _digits_left_reference(text, ls, le, anchors) is expected
    assert cr._digits_left(text, ls, le, anchors) is expected


def test_digits_left_matches_the_blanking_reference_on_generated_lines() -> None:
    rnd = random.Random(10)
    alphabet = "ab 1\u00b2\u2460\u0663x\n,\u01c4"  # ASCII and other digits, letters, a line break
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        ls = rnd.randint(0, len(text))
        le = rnd.randint(ls, len(text))
        anchors = [
            ("X", a, a + rnd.randint(1, 6)) for a in (rnd.randint(0, len(text)) for _ in range(rnd.randint(0, 4)))
        ]
        assert cr._digits_left(text, ls, le, anchors) == _digits_left_reference(text, ls, le, anchors), (text, anchors)


def _fold_reference(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c)).replace(
        "\u0111", "d"
    )


def test_fold_of_ascii_is_the_nfkd_fold(contact_texts: list[str]) -> None:
    ascii_chars = "".join(map(chr, range(128)))
    assert cc._fold(ascii_chars) == _fold_reference(ascii_chars)
    words = [w for t in contact_texts for w in t.split()]
    assert any(not w.isascii() for w in words)  # the non-ASCII path is exercised too
    for w in words:
        assert cc._fold(w) == _fold_reference(w)


def _may_find_reference(text: str) -> bool:
    """The former `_may_find`: every shape and birth hit first, then their regions."""
    hits = [(m.start(), m.end()) for m in cr._SHAPE.finditer(text)]
    lowered = text.lower()
    if len(lowered) != len(text):
        return True
    hits.extend((max(0, m.start() - 120), m.end() + 120) for m in cr._BIRTH.finditer(lowered))
    for s, e in hits:
        a = max(0, s - 80)
        for _ in range(4):
            a = text.rfind("\n", 0, a - 1) + 1 if a > 0 else 0
        z = text.find("\n", min(len(text), e + 5))
        region = text[a : len(text) if z < 0 else z]
        if not region.isascii() or cr._TWO_CAPS.search(region) is not None:
            return True
    return False


def test_may_find_gives_the_eager_answer(contact_texts: list[str]) -> None:
    answers = [cr._may_find(t) for t in contact_texts]
    assert answers == [_may_find_reference(t) for t in contact_texts]
    assert True in answers and False in answers  # both answers occur


def test_shape_near_agrees_with_the_re2_shape(contact_texts: list[str]) -> None:
    checked = 0
    for text in contact_texts:
        for _, a, b in cr._anchor_spans(text):
            for lo in (max(0, a - 5), a, min(b, a + 3)):
                stretch = text[lo:b]
                expected = cr._SHAPE.search(stretch) is not None
                assert (cr._SHAPE_NEAR.search(text, lo, b) is not None) is expected, stretch
                checked += 1
        for extra in ("+44\u00a020", "\u0663\u0664\u0665 \u0666\u0667\u0668 \u0669\u0660\u0661\u0662", "０３-１２３４"):
            assert (cr._SHAPE_NEAR.search(extra) is not None) is (cr._SHAPE.search(extra) is not None)
    assert checked > 500


def test_anchor_literals_are_the_substring_test(contact_texts: list[str]) -> None:
    with_birth = 0
    for text in contact_texts:
        low = prefilter_view(text)
        found = cr._ANCHOR_LITERALS.found(low)
        for d in cr._ANCHORS:
            assert (d.name in found) is any(p in low for p in d.prefilter), (d.name, text)
        with_birth += "pii.date_of_birth" in found
    assert with_birth > 0


def _address_texts() -> Iterator[str]:
    for case in address_cases(seeds=1):
        yield case.text
    yield "\n".join(CSV_ROWS)
    yield "\n".join(CSV_ROWS[1:] * 3)


def test_skipping_taken_weak_cores_changes_no_address(monkeypatch: pytest.MonkeyPatch) -> None:
    detector = al.LocaleAddressDetector()
    texts = list(_address_texts())
    fired = [0]
    real = al._weak_core_taken

    def counting(m: object, found: list[tuple[int, int]]) -> bool:
        taken = real(m, found)  # type: ignore[arg-type]
        fired[0] += taken
        return taken

    monkeypatch.setattr(al, "_weak_core_taken", counting)
    with_skip = [list(detector.scan(text_info(t))) for t in texts]
    monkeypatch.setattr(al, "_weak_core_taken", lambda m, found: False)
    without = [list(detector.scan(text_info(t))) for t in texts]
    assert with_skip == without
    assert fired[0] > 10  # the skip was taken, on the tables and the matrix


def test_skipping_lines_without_a_name_shape_changes_no_finding(
    monkeypatch: pytest.MonkeyPatch, contact_texts: list[str]
) -> None:
    detector = cr.ContactRowDetector()
    texts = [*contact_texts, "\n".join(CSV_ROWS[1:] * 3), "order 4471 shipped, ref 0803 791 6481 tracking 7712"]
    skipped = [0]
    real = cr._may_name

    def counting(text: str, ls: int, le: int) -> bool:
        may = real(text, ls, le)
        skipped[0] += not may
        return may

    monkeypatch.setattr(cr, "_may_name", counting)
    with_skip = [list(detector.scan(text_info(t))) for t in texts]
    monkeypatch.setattr(cr, "_may_name", lambda text, ls, le: True)
    without = [list(detector.scan(text_info(t))) for t in texts]
    assert with_skip == without
    assert any(with_skip)  # names are found
    assert skipped[0] > 0  # and lines were skipped
