"""Names and postal addresses after a field label in the text's own language (``pii.field_label``).

Forms, invoices, shipping notes, HR and CRM exports, tickets and letters label the person and the
address a record is about, in the language and script of the document: ``ПІБ: Олена Коваленко``,
``氏名：佐藤 翔太``, ``ሙሉ ስም: አበበ ከበደ``, ``Địa chỉ: 72 Lê Thánh Tôn, Quận 1``, ``Adresse :
12 rue des Lilas``. The labels come from `redactor.detect.pii.field_vocab` (about eighty
languages); this module reads the shapes around them:

- a label, a separator (``:``, ``：``, ``=``, `` - ``, a tab), and the value to the end of the line;
- a two-cell table row (``| ПІБ | Олена Коваленко |``);
- a JSON or YAML key written in the label's words (``"Адреса": "вул. Хрещатик, 22"``), also
  inside an escaped tool result (detectors read the unescaped view);
- a label alone on its line and the value alone on the next.

The value must have the shape of its entity. A name is one to five words of letters of any
script (no digits, no code punctuation), capitalised where the script has capitals, not a
placeholder (``N/A``, ``unknown``, ``TBD``, ``<name>``, ``${NAME}``), not a label itself and not
a product or code word. An address has a number or an address word (street, ул., شارع, 路...),
or in a strong label several comma-separated parts, and none of the marks of a host, an IP, a URL,
an e-mail or a memory address.

Weak labels are ASCII one-word labels (``Name``, ``Customer``, ``Adresse``, ``Street``): they
are also config keys (``name: build``, ``address: 0.0.0.0:8080``). They count only capitalised,
at the start of a line, cell or JSON string, with a two-word name (passing `names.clean_name`) or
an address with a number and a street word or comma. English has no bare ``name``/``address``
label at all (`pii.person_context` and `pii.address` read those with their own evidence).

Gate: one RE2 pass over the text for ``label + separator`` (`_FIND`); everything else runs only
at its hits.
"""

# ruff: noqa: RUF002, RUF003  -- labels of other scripts, full-width colons included, are the point here.
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import NAME_PARTICLES, NOT_NAME_WORDS, ORG_WORDS, TECH_NAMES
from redactor.detect.pii.field_vocab import (
    ADDRESS_LABELS,
    ADDRESS_WORDS,
    CJK_FAMILY_NAMES,
    NAME_PART_LABELS,
    PERSON_LABELS,
    PLACEHOLDERS,
    WEAK_LABELS,
)
from redactor.detect.pii.names import clean_name


def norm(label: str) -> str:
    """The lookup form of a label: case-folded, dotless/dotted i as ``i``, one apostrophe."""
    s = label.casefold().replace("i\u0307", "i").replace("\u0131", "i")
    return re.sub(r"[\u2019\u02bc`]", "'", s)


@dataclass(frozen=True, slots=True)
class Label:
    """What a label introduces: ``kind`` is ``part`` (a name part), ``person`` or ``address``."""

    kind: str
    weak: bool
    tight: bool
    """A script written without spaces (Han, kana, Thai...): the label may follow any character."""


_TIGHT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]")
"""Han, kana, Thai, Lao, Khmer, Burmese: written without spaces between words."""


def _entries() -> dict[str, Label]:
    out: dict[str, Label] = {}
    for kind, table in (("address", ADDRESS_LABELS), ("person", PERSON_LABELS), ("part", NAME_PART_LABELS)):
        for labels in table.values():
            for label in labels.split("|"):
                weak = label in WEAK_LABELS
                tight = _TIGHT.match(label) is not None
                out[norm(label)] = Label(kind, weak, tight)  # a part overrides a person label
    return out


LABELS: dict[str, Label] = _entries()
"""Normalised label -> what it introduces."""


def _variants(label: str) -> set[str]:
    out = {label}
    if "\u0131" in label:
        out.add(label.replace("\u0131", "i"))
    if "'" in label:
        out |= {label.replace("'", q) for q in "\u2019\u02bc"}
    return out


def _labels() -> list[str]:
    """Every label and its spelling variants, longest first (the finder's alternatives, in order)."""
    return sorted(
        {
            v
            for table in (ADDRESS_LABELS, PERSON_LABELS, NAME_PART_LABELS)
            for ls in table.values()
            for lb in ls.split("|")
            for v in _variants(lb)
        },
        key=len,
        reverse=True,
    )


_SEPARATORS = r"(?:[:\x{ff1a}\x{1361}\x{1365}\x{1366}\x{17d6}\x{055d}\x{fe55}=|\t\n]|[-\x{2013}\x{2014}][ \t])"
"""A separator: ``:``, the full-width colon, the colons of scripts that have their own (Ethiopic
``ስም፡``, ``፥``, ``፦``; Khmer ``ឈ្មោះ៖``; the Armenian comma U+055D, which forms put after a label;
the small colon), ``=``, a cell bar, a tab, a line break, or a dash and a space."""
_COLONS = ":\uff1a\u1361\u1365\u1366\u17d6\u055d\ufe55"


def _finder(labels: list[str], *, word_start: bool = False) -> re2._Regexp:
    """The finder of `labels`; `word_start`: only where no ASCII letter, digit or ``_`` is before."""
    alts = "|".join(re2.escape(lb).replace("\\ ", "[ \\t]") for lb in labels)
    source = (r"\b" if word_start else "") + r"(?i:" + alts + r")(?:\*\*|__|\*)?[\"'`]?[ \t]*(?:\*\*)?[ \t]*"
    source += _SEPARATORS
    options = re2.Options()
    options.max_mem = 64 << 20
    return re2.compile(source, options)


def _ascii_matched(chars: set[str]) -> set[str]:
    """The non-ASCII `chars` some ASCII character matches in a case-insensitive RE2 pattern (the
    Kelvin sign U+212A matches ``k``, the long s U+017F matches ``s``; ``é`` matches none).

    RE2 folds case by orbits (``k``, ``K`` and the Kelvin sign are one), so the ASCII characters'
    own patterns, run over all of `chars` at once, find them: 128 small scans rather than one pattern
    per character."""
    subject = "".join(sorted(c for c in chars if not c.isascii()))
    found: set[str] = set()
    for x in range(128):
        found.update(m.group() for m in re2.compile("(?i:" + re2.escape(chr(x)) + ")").finditer(subject))
    return found


def _split(labels: list[str]) -> tuple[list[str], list[str]]:
    """`labels` (in order) that can match somewhere in an ASCII text, and the others: those with a
    character no ASCII character matches case-insensitively."""
    chars = {c for lb in labels for c in lb}
    ok = {c for c in chars if c.isascii()} | _ascii_matched(chars)
    return [lb for lb in labels if set(lb) <= ok], [lb for lb in labels if not set(lb) <= ok]


_FIND = _finder(_labels())
"""Where a label and a separator may be: one linear RE2 pass (the gate of every rule)."""
_LATIN, _OTHER = _split(_labels())
_FIND_LATIN = _finder(_LATIN)
_FIND_OTHER = _finder(_OTHER)
"""`_FIND` split in two: the labels that can match ASCII text, and the others (``prénom``, ``ПІБ``).

RE2 builds a DFA state by state as texts reach them, and each state costs time in proportion to
the pattern: `_FIND` took ~0.15 s of CPU per process on the bench stream before its states were
built, the two halves together ~0.1 s. An ASCII text needs only `_FIND_LATIN` (the others cannot
match there, and alternatives that match nowhere change no choice of RE2's). Another text gets
both; their hits are `_FIND`'s when no two of them overlap (a hit of `_FIND` is the first label
alternative matching at the leftmost start; a hit of one half that another half's hit overlaps
is where the two could disagree), else `_FIND` runs. The ``prefilter`` switch turns the split off."""


def _byte_hits(rx: re2._Regexp, data: bytes, pos: int = 0, endpos: int | None = None) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in rx.finditer(data, pos, endpos)]


_HIGH = re.compile(rb"[\x80-\xff]+")


def _other_hits(data: bytes) -> list[tuple[int, int]]:
    """`_FIND_OTHER`'s hits in the UTF-8 `data`, looked for only on lines with a non-ASCII character.

    Each of its labels holds a character only non-ASCII characters match, and no hit crosses a
    line (labels, markup and separators hold no line break; a ``\n`` separator ends the hit), so
    every hit lies on such a line, and the hits of a line are the same whether the finder starts
    there or earlier (the pattern has no ``^``, ``$`` or ``\b`` to look beyond the line).
    RE2 then builds and walks its automaton only over those lines."""
    out: list[tuple[int, int]] = []
    done = 0
    for m in _HIGH.finditer(data):
        if m.start() < done:
            continue
        a = data.rfind(b"\n", 0, m.start()) + 1
        b = data.find(b"\n", m.end())
        done = len(data) if b < 0 else b + 1
        out.extend(_byte_hits(_FIND_OTHER, data, a, done))
    return out


def _split_hits(data: bytes) -> list[tuple[int, int]] | None:
    """`_FIND`'s hits in `data` from its two halves, or None when hits of the halves overlap."""
    hits = sorted(_byte_hits(_FIND_LATIN, data) + _other_hits(data))
    for (_, end), (start, _) in itertools.pairwise(hits):
        if start < end:
            return None
    return hits


def _hits(text: str, fast: bool = True) -> Iterator[tuple[int, int]]:
    """`_FIND`'s matches as character offsets into `text` (`fast`: found by its halves).

    RE2 runs on the UTF-8 bytes (the wrapper's ``str`` path re-maps offsets per match and costs
    about thirty times more); byte offsets are turned into character offsets by decoding only the
    stretches between consecutive hits.
    """
    if text.isascii():
        yield from _byte_hits(_FIND_LATIN if fast else _FIND, text.encode("ascii"))
        return
    data = text.encode("utf-8", "surrogatepass")
    hits = _split_hits(data) if fast else None
    if hits is None:
        hits = _byte_hits(_FIND, data)
    yield from _char_offsets(data, hits)


def _char_offsets(data: bytes, hits: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Byte offsets into the UTF-8 `data` as character offsets: only the stretches between
    consecutive hits are decoded."""
    byte_at = char_at = 0
    for a, b in hits:
        char_at += len(data[byte_at:a].decode("utf-8", "surrogatepass"))
        width = len(data[a:b].decode("utf-8", "surrogatepass"))
        yield char_at, char_at + width
        byte_at = a


_FIND_WORDS = _finder(_LATIN, word_start=True)
"""`_FIND_LATIN` at word starts only (``\b``: RE2's, on ASCII text the same as Python's).

On ASCII text a hit whose label follows a letter, digit or ``_`` (``Firmenname:``) is always
rejected (`FieldLabelDetector._at`: inside a word), and every Latin label starts with one of those,
so `_FIND_WORDS` finds exactly the hits that can count: its automaton follows labels from word
starts only, where `_FIND_LATIN`'s follows every label from every character (a first pass over the
bench stream's ASCII texts: ~54 ms of CPU to build the states against ~7). The two agree on
every word-start hit unless a rejected mid-word hit of `_FIND_LATIN` would have covered one (its
leftmost-first scan then resumes after it); `_covered` rules that out, else `_FIND_LATIN` runs."""


def _is_word(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c == "_")


def _prefixes(labels: list[str], *, inner: bool) -> frozenset[bytes]:
    """Lower-case proper prefixes of `labels` (`inner`: only those that end right before a word
    start inside the label, ``date of `` of ``date of birth``): what a mid-word hit covering a
    (word) start begins with."""
    out: set[bytes] = set()
    for lb in labels:
        low = lb.lower()
        for i in range(1, len(lb)):
            if not inner or (not _is_word(lb[i - 1]) and _is_word(lb[i])):
                out.add(low[:i].encode("ascii"))
    return frozenset(out)


_INNER = _prefixes(_LATIN, inner=True)
_ANY_PREFIX = _prefixes(_LATIN, inner=False)
_LONGEST = max(map(len, _LATIN))
if not all(_is_word(lb[0]) for lb in _LATIN):  # `_FIND_WORDS` relies on it
    raise RuntimeError("pii.field_label: a Latin label starts with a character that is not a word character")
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _covered(data: bytes, w: int, prefixes: frozenset[bytes] = _INNER) -> bool:
    """A hit of `_FIND_LATIN` starting inside a word might cover `w`: some Latin label starts after
    a word byte at ``s < w`` and reads like ``data[s:w]`` (`prefixes`: `_INNER` for a word start
    `w`, `_ANY_PREFIX` for any other; a label's space matches a tab too). A necessary condition, so
    True may be a false alarm."""
    for s in range(max(1, w - _LONGEST + 1), w):
        if data[s - 1] in _WORD_BYTES and data[s:w].lower().replace(b"\t", b" ") in prefixes:
            return True
    return False


def _word_hits(text: str, fast: bool = True) -> list[tuple[int, int]]:
    """The hits of `_hits` that `FieldLabelDetector._at` can accept, and maybe others it rejects.

    An ASCII text is read by `_FIND_WORDS` (see there). Another text by `_FIND_WORDS` and
    `_FIND_OTHER` (see `_split_hits`), where a hit of the second may also start inside a word: it
    falls back to `_hits` (all of `_FIND`'s hits) when hits overlap, when a mid-word Latin hit might
    cover a hit or start where one starts (after a word byte, at a word byte), or when the Kelvin
    sign or the long s is in the text (the only characters beyond ASCII a Latin label matches)."""
    if not fast:
        return list(_hits(text, fast))
    if text.isascii():
        data = text.encode("ascii")
        hits = _byte_hits(_FIND_WORDS, data)
        if not any(_covered(data, a) for a, _ in hits):
            return hits
        return list(_hits(text))
    if "\u212a" in text or "\u017f" in text:
        return list(_hits(text))
    data = text.encode("utf-8", "surrogatepass")
    latin = _byte_hits(_FIND_WORDS, data)
    other = _other_hits(data)
    both = sorted(latin + other)
    if (
        any(start < end for (_, end), (start, _) in itertools.pairwise(both))
        or any(_covered(data, a) for a, _ in latin)
        or any(
            _covered(data, a, _ANY_PREFIX) or (a > 0 and data[a - 1] in _WORD_BYTES and data[a] in _WORD_BYTES)
            for a, _ in other
        )
    ):
        return list(_hits(text))
    return list(_char_offsets(data, both))


_LABEL_END = re.compile(
    r"(?s)(?P<label>.*?)(?:\*\*|__|\*)?(?P<q>[\"'`]?)[ \t]*(?:\*\*)?[ \t]*"
    r"(?P<sep>[" + _COLONS + r"=|\t\n]|[-\u2013\u2014][ \t])$"
)
"""A finder hit: the label, closing markup or a key's closing quote, and the separator."""
_START_SOURCE = (
    r"[ \t]*(?:[-*\u2022>#+]+[ \t]*|\d{1,3}[.)][ \t]*)?"
    r"(?:<[A-Za-z][^<>\n]{0,60}>[ \t]*)*(?:\*\*|__|\*)?[\"'`]?$"
)
_START_MID = re.compile(r"(?:[|\t;{\[]|,[ \t]|\":[ \t]*\"|[ \t]{2,})" + _START_SOURCE)
"""What may stand before a label in a cell, a JSON string, a list or after another field."""
_START = re.compile(r"(?:^|[|\t;{\[]|,[ \t]|\":[ \t]*\"|[ \t]{2,})" + _START_SOURCE)
"""What may stand before a label at the start of a line, a cell, a JSON string or a list item."""
_MARKUP = re.compile(r"[ \t\-*#>|_\"']*")
"""Only indentation and markup before a label alone on its line."""
_INLINE_BEFORE = re.compile(r"[\w\u0300-\u036f]|[\w]-$")
_NAME_CUT = re.compile(
    r"[,;|\t\"(\uff08<\[/\uff0c\u3001\u060c"
    r"\u061b\u1362\u1363\u1364\u104a\u104b\u17d4\u17d5\u0589\u0964]|[ \t][-\u2013\u2014][ \t]|[ \t]{3,}|\*\*|</"
)
_ADDR_CUT = re.compile(
    r"[;|\t\"<\[\u1362\u104b\u17d4\u0964]|[ \t]{3,}|\*\*|</|[!?\u3002\uff01\uff1f\u0589](?:[ \t]|$)"
    r"|(?:(?<=\w{4})|(?<=\d{3}))\.[ \t]+(?=[^\W\d_]\w*[ \t]+\w+[ \t]+\w+)"
)
_TOKEN_OK = re.compile(
    r"[^\W\d_](?:[^\W\d_]|[\u200c\u200d\u0300-\u036f\u0900-\u0dff\u0e31-\u0e4e\u1000-\u109f\u17b4-\u17d3]|['\u2019\u02bc.\u00b7\u30fb\u2027-](?=[^\W\d_]))*\.?"
)
_CASED = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u0531-\u058f]")
"""A word of a script with capital letters in names: Latin, Greek, Cyrillic, Armenian (Georgian
has capitals in Unicode, Mtavruli, but names are written in Mkhedruli, which reads as lower case)."""
_CJK_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u3005]{2,4}|[\uac00-\ud7af]{2,4}")
"""A CJK name written as one word: two to four Han characters or Hangul syllables."""
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u3005]+")
_PASCAL = (
    "Mc",
    "Mac",
    "O'",
    "O\u2019",
    "D'",
    "D\u2019",
    "De",
    "Di",
    "Da",
    "Du",
    "La",
    "Le",
    "Van",
    "Von",
    "Fitz",
    "IJ",
)
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_HOST = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?|\d{1,3}(?:\.\d{1,3}){3}\S*|[0-9a-f]{2}(?::[0-9a-f]{2}){3,}")
_CODE = re.compile(r"://|[@{}$<>=`\\\[\]_]|^[/~.]|^0x")
_NOT_POSTAL_BEFORE = re.compile(
    r"(?i)(?:e-?mail|ip|mac|web|url|ipv[46]|bitcoin|wallet|server|\u044d\u043b|\u043f\u043e\u0447\u0442)\S*[ \t-]*$"
)
"""``E-mail address``, ``IP-адрес``, ``адрес эл. почты``: an address label that is no postal one."""

_NEVER = TECH_NAMES | ORG_WORDS | PLACEHOLDERS
_LABEL_WORDS = frozenset(k for k in LABELS if len(k) > 1 and " " not in k)
_ADDRESS_MARKS = tuple(w for w in ADDRESS_WORDS if _TIGHT.match(w) or "\uac00" <= w[0] <= "\ud7af")
"""Address words of scripts written without spaces (and Hangul suffixes): looked for inside the value."""


def _letters(s: str) -> int:
    return sum(1 for c in s if c.isalpha())


def _cjk_full_name(v: str) -> bool:
    """`v` is a CJK name written as one word that starts with a family name (``王秀英``)."""
    return _CJK_NAME.fullmatch(v) is not None and any(v[:k] in CJK_FAMILY_NAMES for k in (1, 2, 3))


def name_value(value: str, *, weak: bool, part: bool = False) -> int | None:
    """The length of the name `value` (all of it), or None if it is not one.

    `part`: the label names a part of a name (a surname alone is then enough); a whole person's
    label needs two words, or a CJK name written without spaces that starts with a family name.
    """
    v = value.strip()
    if not v or len(v) > 70 or v.casefold() in PLACEHOLDERS:
        return None
    tokens = _SPACES.split(v)
    if len(tokens) > 5:
        return None
    cased = common = 0
    for tok in tokens:
        if _TOKEN_OK.fullmatch(tok) is None:
            return None
        low = norm(tok.rstrip("."))
        if low in _NEVER or (low in NOT_NAME_WORDS and len(low) > 3):
            return None
        common += low in NOT_NAME_WORDS or low in _LABEL_WORDS
        if _CASED.match(tok) is not None:
            cased += 1
            if not tok[0].isupper() and low not in NAME_PARTICLES and not low.startswith(("al-", "el-")):
                return None
            inner = any(b.isupper() and a.islower() for a, b in itertools.pairwise(tok) if a.isalpha())
            if inner and not tok.startswith(_PASCAL) and "-" not in tok:
                return None  # camelCase: a code identifier
        elif _HAN.fullmatch(tok) and len(tokens) == 1 and not 1 <= len(tok) <= 5:
            return None
    if common == len(tokens):
        return None  # "An", "Le", "Mai" are names; "of the", "Телефон Город" (labels) are not
    if cased and all(t.isupper() for t in tokens if any(c.isalpha() for c in t)) and len(tokens) < 2:
        return None  # TBD, NONE, ADMIN
    if all(len(t.rstrip(".")) <= 1 for t in tokens) and not _HAN.fullmatch(v):
        return None
    if len(tokens) == 1 and not part and not _cjk_full_name(v):
        return None  # "Mteja: Habari", "客户：你好": a chat speaker's role and a greeting
    if weak:
        if len(tokens) < 2:
            return None
        r = clean_name(v, min_tokens=2)
        if r is None or r[1] < len(v):
            return None
    return len(v)


def address_value(value: str, *, weak: bool) -> int | None:
    """The length of the address `value` (trailing punctuation trimmed), or None if it is not one."""
    v = value.strip().rstrip(" ,;")
    if v.endswith(".") and len(v.rsplit(None, 1)[-1]) > 3:
        v = v[:-1]  # a sentence's full stop ("..., Cáceres."), not an abbreviation's ("3. em.")
    if not 4 <= len(v) <= 200 or _CODE.search(v) or v.casefold() in PLACEHOLDERS:
        return None
    tokens = _SPACES.split(v)
    if len(tokens) > 30 or _letters(v) < 3 or any(_HOST.fullmatch(t.rstrip(",")) for t in tokens):
        return None
    spaced = len(tokens) >= 2 or (_TIGHT.search(v) is not None and len(v) >= 5)
    if not spaced:
        return None
    digit = any(c.isdigit() for c in v)
    words = {norm(t.strip(".,;:()\u060c\u3001")) for t in tokens}
    word = bool(words & ADDRESS_WORDS) or any(w in v for w in _ADDRESS_MARKS)
    parts = len(re.findall(r"[,\u060c\u3001\uff0c\u1363]", v))
    if v.isascii() and v == v.lower() and not digit:
        return None  # "see below", "same as above": a sentence, not an address
    if weak:
        ok = digit and (word or parts >= 1) and sum(1 for t in tokens if _letters(t) >= 2) >= 2
    else:
        ok = digit or word or parts >= 1
    return len(v) if ok else None


_REACH = 400
"""How far from a label its line is read (long one-line texts such as minified JSON stay linear)."""


def _line_bounds(text: str, pos: int) -> tuple[int, int, bool]:
    """The line around `pos`, clipped to `_REACH` characters either side; and whether it was clipped."""
    lo = max(0, pos - _REACH)
    a = text.rfind("\n", lo, pos) + 1
    clipped = a == 0 and lo > 0
    a = a or lo
    b = text.find("\n", pos, pos + _REACH)
    if b < 0:
        b = min(len(text), pos + _REACH)
        clipped = clipped or b < len(text)
    return a, b, clipped


_NEXT_FIELD = re.compile(
    r"[ \t]*[^\W\d_][^" + _COLONS + r"\n]{0,40}[" + _COLONS + r"]|[ \t]*\d[\d ./-]*[ \t]*$"
    r"|[ \t]*[^\W\d_][^\W\d_\u200c]*\.?(?:[ \t]+[^\W\d_][^\W\d_\u200c]*\.?){0,2}[ \t]+[+(]?\d[\d ./()-]{3,}"
)
"""After a comma: another ``label: value`` field, a number (an age, a date) ending the line, or a
label of one to three words (or abbreviations: ``, tel. +48 ...``, ``, հեռ. +374 ...``) and a number of
five characters or more (``، تاریخ تولد`` and a Persian date, ``, SĐT 0912 447 385``, ``, 생년월일 1998년``)."""


_COMPOUND_HEAD = re.compile(r"[ \t]*(?:[-*\u2022>#]+[ \t]*)?(?:[^\W\d_][\w\u200c\u200d.-]*[ \t]+){1,2}$")
"""One or two words from the start of the line before a label: ``پرونده بیمار:`` (patient file),
``배송 수령인:`` (delivery recipient): compounds whose last word is the label."""


def _compound(label: str, prefix: str) -> bool:
    """A label written in a script other than Latin ends a compound label that starts its line
    (``پرونده بیمار: نگار صدری``): the words before it qualify the label. Latin labels are left
    out (``The customer: ...`` is a sentence; Latin compounds are listed labels)."""
    if any(c.isascii() and c.isalpha() for c in label) or not label[0].isalpha():
        return False
    if prefix[-1:] not in (" ", "\t"):
        return False  # glued to the word before: inside a word
    return _COMPOUND_HEAD.fullmatch(prefix) is not None and not any("a" <= c.lower() <= "z" for c in prefix)


def _ends_field(body: str, cut: re.Match[str]) -> bool:
    """The text after a name ends its field: a cell or string end, a parenthesis, a mailbox, markup
    or a dash, or a comma before another field."""
    mark = cut.group()
    if mark[0] in ",;\uff0c\u3001\u060c\u061b\u1363\u1364\u104a":
        rest = body[cut.end() :]
        return not rest.strip() or _NEXT_FIELD.match(rest) is not None
    return True


class FieldLabelDetector(ViewDetector):
    """Names and addresses after field labels in about eighty languages (``pii.field_label``)."""

    name = "pii.field_label"
    entities: tuple[str, ...] = ("PERSON", "ADDRESS")

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        for start, stop in _word_hits(text, fast=self.gated):
            found = self._at(text, start, stop)
            if found is not None:
                yield found

    def _at(self, text: str, start: int, stop: int) -> Finding | None:
        m = _LABEL_END.match(text, start, stop)
        if m is None:
            return None
        label_text, quoted, sep = m.group("label"), bool(m.group("q")), m.group("sep")[0]
        spec = LABELS.get(norm(re.sub(r"[ \t]+", " ", label_text)))
        if spec is None:
            return None
        line_a, line_b, clipped = _line_bounds(text, start)
        prefix = text[line_a:start]
        tail = prefix[-80:]
        if (
            not spec.tight
            and prefix
            and _INLINE_BEFORE.search(prefix[-2:]) is not None
            and not _compound(label_text, prefix)
        ):
            return None  # inside a word (Firmenname:, E-Mail-Adresse:)
        if spec.weak and not label_text[0].isupper():
            return None  # name: build, address: 0.0.0.0 - config keys, not form labels
        own_line = sep == "\n" or (sep in _COLONS and not text[stop:line_b].strip())
        strict = (spec.weak or len(label_text) == 1 or own_line) and (
            _START if len(prefix) <= 80 and not clipped else _START_MID
        ).search(tail) is not None
        if (spec.weak or len(label_text) == 1) and not strict:
            return None
        if spec.kind == "address" and _NOT_POSTAL_BEFORE.search(tail) is not None:
            return None
        if sep == "=" and spec.weak:
            return None
        if sep == "|" and (clipped or "|" not in prefix or text[line_a:line_b].strip().strip("|").count("|") != 1):
            return None  # a two-cell key/value row only, not a table's header
        if own_line:
            if (
                (spec.weak and sep == "\n")
                or not strict
                or _MARKUP.fullmatch(prefix) is None
                or line_b >= len(text)
                or clipped
            ):
                return None
            nxt = line_b + 1
            end = text.find("\n", nxt, nxt + _REACH)
            end = min(len(text), nxt + _REACH) if end < 0 else end
            return self._value(text, spec, nxt, end, quoted=False, whole=True)
        if sep == ":" and quoted and text.startswith(("//", "/"), stop):
            return None
        return self._value(text, spec, stop, line_b, quoted=quoted, whole=False)

    def _value(self, text: str, spec: Label, a: int, line_end: int, *, quoted: bool, whole: bool) -> Finding | None:
        seg = text[a:line_end]
        lead = len(seg) - len(seg.lstrip(" \t\u3000"))
        body = seg[lead:]
        for opener in ("**", '"', "'", "\u201c", "\u300c"):
            if body.startswith(opener):
                body = body[len(opener) :]
                lead += len(opener)
                break
        if spec.kind == "address":
            cut = _ADDR_CUT.search(body)
            value = body if cut is None else body[: cut.start()]
            n = address_value(value, weak=spec.weak)
            entity = "ADDRESS"
        else:
            cut = _NAME_CUT.search(body)
            value = body if cut is None else body[: cut.start()]
            value = value.rstrip(" .\u3002\u201d\u300d'")
            if not value and cut is not None:
                return None
            n = name_value(value, weak=spec.weak, part=spec.kind == "part")
            entity = "PERSON"
            if n is not None and cut is not None and not _ends_field(body, cut):
                return None  # the name does not fill its field: "Mteja: Habari, naitwa Juma ..."
        if n is None:
            return None
        if whole and body[: len(value)].strip() and body[len(value) :].strip(" \t,.;"):
            return None  # the next line holds more than the value
        start = a + lead + (len(value) - len(value.lstrip()))
        return (entity, start, start + n, 0.8)
