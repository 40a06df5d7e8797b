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

Gate: one RE2 pass over the text for ``label + separator`` (`field_label_finder`, which also holds
the label table `LABELS`); everything else runs only at its hits.
"""

# ruff: noqa: RUF002, RUF003  -- labels of other scripts, full-width colons included, are the point here.
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import NAME_PARTICLES, NOT_NAME_WORDS, ORG_WORDS, TECH_NAMES
from redactor.detect.pii.field_label_finder import COLONS, LABELS, TIGHT, Label, norm, word_hits
from redactor.detect.pii.field_vocab import ADDRESS_WORDS, CJK_FAMILY_NAMES, PLACEHOLDERS
from redactor.detect.pii.names import clean_name

__all__ = ["LABELS", "FieldLabelDetector", "Label", "address_value", "name_value", "norm"]


_LABEL_END = re.compile(
    r"(?s)(?P<label>.*?)(?:\*\*|__|\*)?(?P<q>[\"'`]?)[ \t]*(?:\*\*)?[ \t]*"
    r"(?P<sep>[" + COLONS + r"=|\t\n]|[-\u2013\u2014][ \t])$"
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
    r"[^\W\d_](?:[^\W\d_]|[\u200c\u200d\u0300-\u036f\u0900-\u0dff\u0e31-\u0e4e\u1000-\u109f\u17b4-\u17d3"
    r"\u07a6-\u07b0\u0f71-\u0f84\u0f86\u0f87\u0f8d-\u0fbc]|['\u2019\u02bc.\u00b7\u30fb\u2027\u05be\u0f0b-](?=[^\W\d_]))*\.?"
)
"""A name token; session 15: Thaana vowel signs, Tibetan vowel signs and subjoined letters, the
Hebrew maqaf (``בן־דוד``) and the Tibetan syllable mark (tsheg) inside a name."""
_CASED = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u0531-\u058f]")
"""A word of a script with capital letters in names: Latin, Greek, Cyrillic, Armenian (Georgian
has capitals in Unicode, Mtavruli, but names are written in Mkhedruli, which reads as lower case)."""
_CJK_NAME = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u3005]{2,4}|[\uac00-\ud7af]{2,4}")
"""A CJK name written as one word: two to four Han characters or Hangul syllables."""
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u3005]+")
_PASCAL = (
    "Mc",
    "Mac",
    "Nic",
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
_ADDRESS_MARKS = tuple(w for w in ADDRESS_WORDS if TIGHT.match(w) or "\uac00" <= w[0] <= "\ud7af")
"""Address words of scripts written without spaces (and Hangul suffixes): looked for inside the value."""


def _letters(s: str) -> int:
    return sum(1 for c in s if c.isalpha())


def _unspaced_name(v: str) -> bool:
    """`v` is a Burmese or Tibetan name written as one word (`_UNSPACED`)."""
    return _UNSPACED.fullmatch(v) is not None and v.rstrip("\u0f0b") not in _UNSPACED_NOT


def _cjk_full_name(v: str) -> bool:
    """`v` is a CJK name written as one word that starts with a family name (``王秀英``)."""
    return _CJK_NAME.fullmatch(v) is not None and any(v[:k] in CJK_FAMILY_NAMES for k in (1, 2, 3))


_UNSPACED = re.compile(r"[\u1000-\u109f]{5,16}|[\u0f40-\u0fbc]+(?:\u0f0b[\u0f40-\u0fbc]+){1,5}")
"""A whole name in a script that writes its syllables without spaces (session 15): Burmese
(``ဇော်ဝင်းထွန်း``), Tibetan syllables joined by tsheg (``ཚེ་རིང་དབང་མོ``)."""
_UNSPACED_NOT = frozenset(("မရှိ", "မရှိပါ", "မသိ", "မသိပါ", "မသိရ", "མེད", "མི་ཤེས"))
""""None", "unknown": what a form holds instead of a name."""


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
    if len(tokens) == 1 and not part and not _cjk_full_name(v) and not _unspaced_name(v):
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
    spaced = len(tokens) >= 2 or (TIGHT.search(v) is not None and len(v) >= 5)
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
    r"[ \t]*[^\W\d_][^" + COLONS + r"\n]{0,40}[" + COLONS + r"]|[ \t]*\d[\d ./-]*[ \t]*$"
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
        for start, stop in word_hits(text, fast=self.gated):
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
        own_line = sep == "\n" or (sep in COLONS and not text[stop:line_b].strip())
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
            value = value.rstrip(" .\u3002\u201d\u300d'\u0f0d\u0f0b")
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
