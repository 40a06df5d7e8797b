"""Session 16 (speed): one long line costs time linear in its length. Four per-candidate reads of
the whole line were replaced by per-line work; each is compared here with the direct reading it
replaced (written out below as it was) on generated lines, and counted (not timed) on a long one.

* `line_words.english_line` (lexnames' English-line check): one index per long line;
* `contact_echo`: one word index per line for all e-mails on it;
* `address_postcode.address_start`: a window before the code, the whole line only when needed;
* `contact_rows._record`'s label check: the line's last non-blank and its tail anchor, once.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from redactor.detect.pii import address_postcode, contact_echo, contact_rows, line_words
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.translit import local_pieces, word_score

RNG = random.Random(1628)

WORDS = [
    *["the", "a", "is", "to", "of", "and", "with", "for", "this", "that", "was"],
    *["el", "que", "der", "und", "pour", "para", "est"],
    *["server", "build", "request", "cache", "deploy", "window", "garden", "running", "quickly"],
    *["Maria", "Jonas", "Keller", "anna", "priya", "Olek", "xq", "zzk", "qwrtp"],
    "Иван",
    "Петров",
    "王秀英",
    "नमस्ते",
    "x",
    "I",
    "don't",
    "state_id",
    "v2",
    "42",
    "été",
    "ça",
]
SEPS = [" ", " ", " ", ", ", "; ", " - ", ": ", "\t", "  ", ".", "(", ")", "'", "\u00a0"]


ENGLISH = [w for w in WORDS if w.islower() and w.isascii() and w.isalpha() and w not in "el que der und pour para est"]


def _line(n: int, english: bool = False) -> str:
    pool = ENGLISH if english else WORDS
    return "".join(RNG.choice(pool) + RNG.choice(SEPS) for _ in range(n))


def _reference_english_line(text: str, start: int, end: int) -> bool:
    """`lexnames._english_line` before session 16."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    found = [w for w in line_words.LOWER_WORD.findall(text[a:start] + " " + text[end:b]) if w.islower() and len(w) > 1]
    if (
        len(found) < 3
        or not any(w in line_words.EN_FUNCTION for w in found)
        or any(w in line_words.FOREIGN_FUNCTION for w in found)
    ):
        return False
    return sum(1 for w in found if is_english(w)) >= 0.8 * len(found)


@pytest.mark.parametrize("words", [3, 12, 40, 400, 1500])
def test_english_line_equals_the_direct_reading(words: int) -> None:
    answers = set()
    for k in range(4):
        text = "\n".join(_line(RNG.choice((words, 1, 5)), english=k % 2 == 0) for _ in range(RNG.randrange(1, 4)))
        for _ in range(150):
            s = RNG.randrange(len(text))
            e = min(len(text), s + RNG.choice((0, 1, 3, 6, 12)))
            got = line_words.english_line(text, s, e)
            assert got == _reference_english_line(text, s, e), (words, s, e)
            answers.add(got)
    assert answers == {True, False}


def test_english_line_reads_a_long_line_once() -> None:
    text = _line(3000)
    assert len(text) >= line_words.INDEX_MIN
    words_on_line = len(line_words.LOWER_WORD.findall(text))
    before = line_words.english_words_read()
    for s in range(0, len(text) - 10, max(1, len(text) // 500)):
        line_words.english_line(text, s, s + 5)
    assert line_words.english_words_read() - before == words_on_line  # one read, 500 questions


NATIVE = ["Иван", "Петров", "Мария", "Сидорова", "王秀英", "李娜", "Γιώργος", "Παπαδόπουλος", "राहुल", "शर्मा"]


def _echo_line(n: int) -> tuple[str, list[tuple[str, int, int]]]:
    from anyascii import anyascii

    parts: list[str] = []
    anchors: list[tuple[str, int, int]] = []
    pos = 0
    for _ in range(n):
        if RNG.random() < 0.25:
            local = ".".join(anyascii(RNG.choice(NATIVE)).lower() for _ in range(RNG.choice((1, 2))))
            piece = f"{local}@mail.example"
            anchors.append(("EMAIL_ADDRESS", pos, pos + len(piece)))
        else:
            piece = RNG.choice((*NATIVE, *NATIVE, "Олег", "hello", "data", "Ан", "и"))
        parts.append(piece)
        sep = RNG.choice((" ", ";", ", ", "  ", " | "))
        parts.append(sep)
        pos += len(piece) + len(sep)
    return "".join(parts), anchors


def _reference_echo_words(text: str, ls: int, le: int, pieces: frozenset[str]) -> Iterator[tuple[str, int, int, float]]:
    """`contact_echo._echo_words` before session 16."""
    words = [(m.start(), m.end()) for m in contact_echo._NON_LATIN_WORD.finditer(text, ls, le)]
    scores = [word_score(text[w0:w1], pieces) for w0, w1 in words]
    i = 0
    while i < len(words):
        if not scores[i]:
            i += 1
            continue
        j = i + 1
        while (
            j < len(words)
            and contact_echo._adjacent(text, words[j - 1], words[j])
            and (
                scores[j]
                or (j + 1 < len(words) and scores[j + 1] and contact_echo._adjacent(text, words[j], words[j + 1]))
            )
        ):
            j += 1
        run = scores[i:j]
        if (max(run) == 2 or sum(1 for s in run if s) >= 2) and not text[words[i][0]].islower():
            yield ("PERSON", words[i][0], words[j - 1][1], 0.8)
            for k in (i - 1, j):
                if 0 <= k < len(words) and not scores[k] and contact_echo._initial(text, words[k], pieces):
                    yield ("PERSON", words[k][0], words[k][1], 0.75)
        i = j


@pytest.mark.parametrize("n", [4, 20, 300])
def test_echo_words_equal_the_direct_reading(n: int) -> None:
    found = 0
    for _ in range(6):
        text, anchors = _echo_line(n)
        index = contact_echo._LineWords(text, 0, len(text))
        for _, a, b in anchors:
            m = contact_echo._LOCAL.match(text, a, b)
            assert m is not None
            pieces = local_pieces(m.group(1))
            got = list(contact_echo._echo_words(text, index, pieces))
            assert got == list(_reference_echo_words(text, 0, len(text), pieces))
            found += len(got)
    assert found  # the generated lines do echo their e-mails


def test_echo_reads_each_word_of_a_line_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text, anchors = _echo_line(2000)
    calls = [0]
    real = contact_echo.word_keys

    def counted(word: str) -> frozenset[str]:
        calls[0] += 1
        return real(word)

    monkeypatch.setattr(contact_echo, "word_keys", counted)
    list(contact_echo.echoes(text, anchors))
    assert len(anchors) > 300
    assert calls[0] == len(list(contact_echo._NON_LATIN_WORD.finditer(text)))


PARTS = [
    "12 High Street",
    "Flat 9",
    "Leeds",
    "apt 4",
    "Nizami küç. 45",
    "to 14 Ard na Gréine",
    "hello there",
    "<b>27 Albion Road",
    "Unit 3",
    "the office",
    "No. 5",
    "Room 101",
    "x",
    "",
    " ",
    '"1907 Magnolia St',
]


def _address_line(n: int) -> str:
    return "".join(RNG.choice(PARTS) + RNG.choice((", ", ",", " , ", "> ", " ", ",\u3000", "\uff0c")) for _ in range(n))


@pytest.mark.parametrize("n", [2, 8, 60, 400])
def test_address_start_equals_the_whole_line_reading(n: int) -> None:
    for _ in range(5):
        text = _address_line(n) + "LS1 4AP"
        for _ in range(60):
            code = RNG.randrange(len(text) + 1)
            got = address_postcode.address_start(text, 0, code)
            assert got == address_postcode._start_in(text, 0, code, whole=True), (n, code)


def test_address_start_reads_a_window_not_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _address_line(4000)
    read = [0]
    real = address_postcode._start_in

    def counted(text: str, line_start: int, code_start: int, *, whole: bool) -> int | None:
        read[0] += code_start - line_start
        return real(text, line_start, code_start, whole=whole)

    monkeypatch.setattr(address_postcode, "_start_in", counted)
    codes = list(range(len(text) // 2, len(text), len(text) // 400))
    for code in codes:
        address_postcode.address_start(text, 0, code)
    assert read[0] <= 8 * address_postcode._WINDOW * len(codes) < len(text) * len(codes) // 10


def _reference_label(text: str, z: int, le: int, here: list[tuple[str, int, int]]) -> tuple[bool, bool]:
    """`contact_rows._record`'s two label checks before session 16."""
    rest = bool(text[z + 1 : le].strip())
    anchored = any(not text[z + 1 : h0].strip() and not text[h1:le].strip(" \t.,") for _, h0, h1 in here)
    return rest, anchored


def _label(text: str, ls: int, z: int, le: int, here: list[tuple[str, int, int]]) -> tuple[bool, bool]:
    """The same checks as `_record` now reads them (per line, then per item)."""
    last_ink = contact_rows._LAST_INK.search(text, ls, le)
    ink_end = last_ink.start() if last_ink is not None else -1
    tail = min(
        (h0 for _, h0, h1 in here if h1 >= le or contact_rows._run_end(contact_rows._TAIL_BLANKS, text, h1, le) == le),
        default=None,
    )
    anchored = tail is not None and tail <= contact_rows._run_end(contact_rows._BLANKS, text, z + 1, len(text))
    return ink_end >= z + 1, anchored


def test_label_checks_equal_the_direct_reading() -> None:
    alphabet = ["a", "Bo", ":", " ", "\t", ".", ",", "\u00a0", "\u3000", "x@y.z", "+1 555", "\n"]
    checked = [0, 0]
    for _ in range(3000):
        text = "".join(RNG.choice(alphabet) for _ in range(RNG.randrange(1, 30)))
        ls = RNG.randrange(len(text))
        le = RNG.randrange(ls, len(text) + 1)
        here = []
        for _ in range(RNG.randrange(0, 4)):
            h0 = RNG.randrange(ls, le + 1)
            here.append(("X", h0, RNG.randrange(h0, len(text) + 1)))
        here.sort(key=lambda t: t[1])
        z = RNG.randrange(ls, le + 1)
        got = _label(text, ls, z, le, here)
        assert got == _reference_label(text, z, le, here), (text, ls, z, le, here)
        checked[0] += got[0]
        checked[1] += got[1]
    assert min(checked) > 100


def test_whitespace_classes_agree() -> None:
    r"""``\s`` of `re` is `str.isspace` (what `str.strip()` removes), which the label checks rely on."""
    space = re.compile(r"\s")
    assert all((space.fullmatch(chr(c)) is not None) == chr(c).isspace() for c in range(0x3100))
