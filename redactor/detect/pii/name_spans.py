"""Where a name next to a cue starts and ends, in cased and uncased scripts.

The greeting, sign-off, self-introduction and honorific rules (`salutations`, `honorifics`) find
a cue; these helpers then read the name beside it:

- cased scripts (Latin, Cyrillic, Greek, Armenian): a `names.NAME_RE` run checked by
  `names.clean_name` (``Hola María García,``); lower-case only where a strong cue allows it and
  the first word is a known given name (``adım burak aydın``);
- spaced uncased scripts (Arabic, Hebrew, the Indic scripts, Ethiopic, Georgian, Khmer, Lao,
  Myanmar): one to three words of one script, ending at punctuation, the line's end, a copula
  (``ہے``, ``है``, ``است``) or an honorific that follows a name (``جی``, ``जी``);
- Thai (no spaces between words): one run, trailing polite particles (``ครับ``, ``ค่ะ``) cut;
- Chinese, Japanese, Korean: two to four characters (or a family and a given name written apart),
  Japanese and Korean endings (``です``, ``입니다``) cut.
"""

from __future__ import annotations

# ruff: noqa: RUF002  # copulas and endings of other scripts are the point here
import re

from redactor.detect.pii._vocab import words
from redactor.detect.pii.function_words_data import UNCASED_FUNCTION_WORDS
from redactor.detect.pii.given_names import BROAD_GIVEN_NAMES, GIVEN_NAMES, UNCASED_GIVEN_NAMES
from redactor.detect.pii.names import NAME_RE, clean_name
from redactor.detect.pii.names_data import FAMILY
from redactor.detect.pii.salutation_vocab import (
    CHINESE_SURNAMES,
    GROUP_WORDS,
    KOREAN_SURNAMES,
    LANGUAGES,
    ROLE_BEFORE_TITLE,
    UNCASED_GROUP_WORDS,
)

Span = tuple[int, int]

SCRIPTS: dict[str, str] = {
    "arabic": "\u0621-\u064a\u064b-\u065f\u0670-\u06d3\u06d5\u06fa-\u06ff\u200c",  # \u06d5: Kurdish, Uyghur ae
    "hebrew": "\u05d0-\u05ea\u05f3\u05f4",
    "devanagari": "\u0900-\u0963\u0966-\u097f",
    "bengali": "\u0980-\u09ff",
    "gurmukhi": "\u0a00-\u0a7f",
    "gujarati": "\u0a80-\u0aff",
    "oriya": "\u0b00-\u0b7f",
    "tamil": "\u0b80-\u0bff",
    "telugu": "\u0c00-\u0c7f",
    "kannada": "\u0c80-\u0cff",
    "malayalam": "\u0d00-\u0d7f",
    "sinhala": "\u0d80-\u0df3",
    "georgian": "\u10d0-\u10ff",
    "ethiopic": "\u1200-\u1360\u1369-\u137f",
    "myanmar": "\u1000-\u1049\u1050-\u109f",
    "khmer": "\u1780-\u17d3",
    "lao": "\u0e80-\u0eff",
    "syriac": "\u0710-\u074a",
}
"""Letters (and combining marks) of the spaced uncased scripts; punctuation (danda, Ethiopic and
Arabic commas) left out so it ends a word."""
_WORD = {name: re.compile("[" + cls + "]+") for name, cls in SCRIPTS.items()}
_SCRIPT_OF = re.compile("|".join("(?P<" + n + ">[" + c + "])" for n, c in SCRIPTS.items()))
_THAI = re.compile(r"[\u0e01-\u0e4e]+")
_THAI_PARTICLES = (
    "\u0e04\u0e23\u0e31\u0e1a",
    "\u0e04\u0e48\u0e30",
    "\u0e04\u0e30",
    "\u0e19\u0e30",
    "\u0e08\u0e49\u0e30",
    "\u0e08\u0e49\u0e32",
    "\u0e04\u0e48\u0e32",
)
"""ครับ ค่ะ คะ นะ จ้ะ จ้า ค่า: polite particles glued to the end of a Thai phrase."""
HAN = "\u4e00-\u9fff\u3400-\u4dbf\u3005"
KANA = "\u3041-\u3096\u30a1-\u30fa\u30fc"
HANGUL = "\uac00-\ud7af"
_CJK_NAME = re.compile(
    "(?:[" + HAN + "\u30a1-\u30fa\u30fc]{1,4}[ \u3000\u30fb][" + HAN + KANA + "]{1,4}"
    "|[" + HAN + "]{2,4}|[\u30a1-\u30fa\u30fc]{2,8})"
)
_JA_ENDINGS = re.compile(
    "(?:\u3067\u3059|\u3068\u7533\u3057\u307e\u3059|\u3068\u3044\u3044\u307e\u3059|\u3068\u8a00\u3044\u307e\u3059"
    "|\u3067\u3054\u3056\u3044\u307e\u3059|\u3060|\u3067\u3057\u305f|\u3055\u3093|\u69d8|\u3055\u307e)"
)
"""です と申します といいます と言います でございます だ でした さん 様 さま: what follows a Japanese name."""
_ZH_STOP = re.compile(
    "[\u7684\u662f\u5728\u548c\u4e0e\u8bf4\u7ed9\u4e86\u4e5f\u90fd\u5c31\u8981\u4f1a\u8bf7\u8ba9\u628a\u88ab\u5bf9\u5411\u4ece\u8ddf\u53ca\u6216\u7b49\u7684\u4eec]"
)
"""的 是 在 和 与 说 给 了 也 都 就 要 会 请 让 把 被 对 向 从 跟 及 或 等 们: particles and verbs that end a
Chinese name."""
_HANGUL_WORD = re.compile("[" + HANGUL + "]+")
_KO_ENDINGS = (
    "\uc785\ub2c8\ub2e4",
    "\uc774\uc5d0\uc694",
    "\uc608\uc694",
    "\uc774\ub77c\uace0",
    "\ub77c\uace0",
    "\uc774\uace0",
    "\uc774\uba70",
    "\uc774\uc57c",
    "\ub2d8\uc774",
    "\ub2d8",
    "\uc528",
    "\uc740",
    "\ub294",
    "\uc774",
    "\uac00",
    "\uc744",
    "\ub97c",
    "\uc5d0\uac8c",
    "\ud55c\ud14c",
    "\uc758",
)
"""입니다 이에요 예요 이라고 라고 이고 이며 이야 님이 님 씨 은 는 이 가 을 를 에게 한테 의: endings glued to a
Korean name."""

STOP_WORDS: frozenset[str] = words("""
    ہے ہیں ہوں تھا تھی ہو کا کی کے نے کو سے اور میں بھی
    است هستم هستید هست بود را و از به که با
    هو هي في من على إلى عن و أن كان مع هذا هذه
    كيف حالك حالكم شلونك اخبارك أخبارك ممكن هل نرجو أرجو ارجو لو شكرا
    چطوری چطورید حالت لطفا خوبی
    کیسے کیسی کیا آپ براہ مہربانی
    कैसे कैसी कैसा क्या आप कृपया
    কেমন আপনি দয়া
    מה איך נשמע בבקשה
    है हूँ हूं हैं था थी हो का की के ने को से और में भी
    হয় হই আছে ছিল এবং থেকে কে এর
    ነኝ ነው ናቸው እና
    של את עם זה הוא היא אני
    ஆகும் ஆவேன் நான்
""")
"""Copulas, case particles, conjunctions and the usual words after a greeted name ("how are you",
"please") that end a name in spaced uncased scripts."""
_SKIP_BEFORE = words("يا ऐ ای")
"""Vocative particles between a greeting and a name (``مرحبا يا أحمد``)."""

_TERMINATOR = re.compile(
    r"[ \t]*(?:[,!:;.?\u060c\u061b\u061f\u06d4\u0964\u0965\u1361-\u1368\u05be"
    r"\u3001\u3002\uff0c\uff01\uff1a)\"'\u201d]|\r?\n|$)"
)
"""Punctuation of any script or the line's end: where a greeted name in an uncased script ends."""
_NAME_AT = re.compile(NAME_RE)
_LOWER_RUN = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}")
_KNOWN_GIVEN = GIVEN_NAMES | BROAD_GIVEN_NAMES
UNCASED_KNOWN: frozenset[str] = UNCASED_GIVEN_NAMES | frozenset(
    n
    for script in ("arabic", "hebrew", "devanagari", "bengali", "tamil", "thai", "georgian")
    for n in FAMILY.get(script, "").split()
)
"""Given and family names of the uncased scripts the lexicons know."""
TITLE_WORDS: frozenset[str] = frozenset(
    t.rstrip(".").lower() for f in LANGUAGES.values() for t in (f.titles + "|" + f.after).split("|") if t
) | frozenset(("sir", "madam", "madame", "monsieur", "mister", "miss"))
"""Honorifics of every language: a "name" made of them alone is none."""


def script_at(text: str, pos: int) -> str | None:
    """The spaced uncased script of the character at `pos` (``"arabic"``...), else None."""
    m = _SCRIPT_OF.match(text, pos)
    return m.lastgroup if m is not None else None


def cased_name(text: str, pos: int, *, lower_ok: bool = False, allow_tech: bool = False) -> Span | None:
    """A capitalised name starting at `pos` (``María García``), or with `lower_ok` a lower-case one
    whose first word is a known given name (``burak aydın``)."""
    m = _NAME_AT.match(text, pos)
    if m is not None:
        value = m.group()
        r = clean_name(value, min_tokens=1, allow_tech=allow_tech)
        if r is None:
            return None
        name = value[r[0] : r[1]]
        cut = re.search(r"[^\W\d_]{3,}\.(?=[ \t])", name)
        if cut is not None:
            name = name[: cut.end() - 1]  # "bwana Juma. Naomba": a full stop ends the name
            r = (r[0], r[0] + len(name))
        if all(t.lower().rstrip(".") in TITLE_WORDS for t in name.split()):
            return None  # "Sehr geehrter Herr,": a title without a name
        if name.lower() in GROUP_WORDS or any(t.lower().rstrip(".") in GROUP_WORDS for t in re.split(r"[ \t-]+", name)):
            return None
        return pos + r[0], pos + r[1]
    if not lower_ok:
        return None
    m = _LOWER_RUN.match(text, pos)
    if m is None:
        return None
    toks = m.group().split()
    if toks[0] not in _KNOWN_GIVEN:
        return None
    kept = [toks[0]] + [t for t in toks[1:2] if t.isalpha() and len(t) > 2 and t not in STOP_WORDS]
    end = pos + len(toks[0]) if len(kept) == 1 else m.start() + m.group().find(kept[1], len(toks[0])) + len(kept[1])
    return pos, end


def uncased_name(
    text: str,
    pos: int,
    *,
    max_words: int = 3,
    stops: frozenset[str] = frozenset(),
    terminal: bool = False,
    after_title: bool = False,
) -> Span | None:
    """One to `max_words` words of one spaced uncased script from `pos` (blanks skipped), ending at
    punctuation, the line's end, a stop word or an honorific in `stops`; None when the run goes on
    past `max_words` and its first word is no known given name. `terminal`: only a run that ends at
    punctuation, the line's end or an honorific (``مرحبا ليلى،``; not ``مرحبا، عندي مشكلة في``), or
    one that starts with a known given name. `after_title`: the run follows a title, so a known given
    name keeps the word after it (its family name) unless that is a function word
    (``الدكتورة ليلى حداد طبيبة الأطفال`` -> ``ليلى حداد``)."""
    i = _skip_blanks(text, pos)
    script = script_at(text, i)
    if script is None:
        return None
    rx = _WORD[script]
    spans: list[Span] = []
    ended = False
    titled = False
    while True:
        m = rx.match(text, i)
        if m is None:
            ended = True
            break
        w = m.group()
        if w in STOP_WORDS or w in stops:
            ended = True
            titled = w in stops
            break
        if not spans and w in _SKIP_BEFORE:
            i = _skip_blanks(text, m.end())
            continue
        spans.append((m.start(), m.end()))
        j = m.end()
        k = _skip_blanks(text, j)
        if k == j or k >= len(text) or rx.match(text, k) is None:
            ended = True
            break
        if len(spans) == max_words + 1:
            break
        i = k
    if not spans or text[spans[0][0] : spans[0][1]] in UNCASED_GROUP_WORDS:
        return None
    unterminated = terminal and not titled and _TERMINATOR.match(text, spans[-1][1]) is None
    if len(spans) > max_words or not ended or unterminated:
        if text[spans[0][0] : spans[0][1]] not in UNCASED_GIVEN_NAMES:
            return None
        run = _lexicon_run(text, spans[0], rx)
        if after_title and run == spans[0] and len(spans) > 1:
            w = text[spans[1][0] : spans[1][1]]
            if w not in UNCASED_FUNCTION_WORDS and w not in _JOINERS:
                return _lexicon_run(text, (spans[0][0], spans[1][1]), rx, prev=w)
        return run
    return spans[0][0], spans[-1][1]


_JOINERS = words(
    "\u0628\u0646 \u0627\u0628\u0646 \u0628\u0646\u062a \u0623\u0628\u0648 \u0622\u0644 \u0639\u0628\u062f"
    " \u05d1\u05df \u05d1\u05ea"
)
"""بن ابن بنت أبو آل عبد בן בת: a name goes on after them."""
_UNCASED_FAMILY = frozenset(
    n
    for script in ("arabic", "hebrew", "devanagari", "bengali", "tamil", "thai")
    for n in FAMILY.get(script, "").split()
)


def _lexicon_run(text: str, first: Span, rx: re.Pattern[str], prev: str = "") -> Span:
    """A known given name and what goes on as a name after it (a joiner and the word after it, an
    Arabic ``ال`` family name, a known given or family name), at most four words:
    ``خالد بن سعيد الشامسي`` in ``العميل خالد بن سعيد الشامسي يطلب عرض سعر``. `prev`: the last
    word of `first` when it is longer than the given name."""
    end = first[1]
    prev = prev or text[first[0] : first[1]]
    for _ in range(3):
        k = _skip_blanks(text, end)
        if k == end:
            break
        m = rx.match(text, k)
        if m is None:
            break
        w = m.group()
        if w in STOP_WORDS or not (
            prev in _JOINERS
            or w in _JOINERS
            or w.startswith("\u0627\u0644")
            or w in UNCASED_GIVEN_NAMES
            or w in _UNCASED_FAMILY
        ):
            break
        end, prev = m.end(), w
    if prev in _JOINERS:
        end = first[1]
    return first[0], end


def thai_name(text: str, pos: int) -> Span | None:
    """One Thai run from `pos`, its trailing polite particles cut (``สมชายครับ`` -> ``สมชาย``)."""
    m = _THAI.match(text, pos)
    if m is None:
        return None
    end = m.end()
    cut = True
    while cut:
        cut = False
        for p in _THAI_PARTICLES:
            if text.endswith(p, m.start(), end) and end - len(p) > m.start():
                end -= len(p)
                cut = True
    name = text[m.start() : end]
    if len(name) < 2 or name in UNCASED_GROUP_WORDS:
        return None
    return m.start(), end


def cjk_name(text: str, pos: int, *, strong: bool = False) -> Span | None:
    """A Chinese, Japanese or Korean name from `pos` (blanks skipped). Han names need a known
    family name first unless `strong` (a ``my name is`` cue, a name label); Korean ones likewise,
    with their grammatical endings cut (``김민준입니다`` -> ``김민준``)."""
    i = _skip_blanks(text, pos)
    h = _HANGUL_WORD.match(text, i)
    if h is not None:
        return hangul_name(text, h.start(), h.end(), strong=strong)
    m = _CJK_NAME.match(text, i)
    if m is None:
        return None
    end = m.end()
    e = _JA_ENDINGS.search(text, m.start(), end)
    if e is not None and e.start() > m.start() + 1:
        end = e.start()
    cut = _ZH_STOP.search(text, m.start() + 2, end)
    if cut is not None:
        end = cut.start()  # "刘芳的电话": a particle ends a Chinese name
    name = text[m.start() : end].rstrip(" \u3000\u30fb")
    end = m.start() + len(name)
    if name in UNCASED_GROUP_WORDS or name in ROLE_BEFORE_TITLE or any(name.startswith(r) for r in _CJK_ROLE_PREFIXES):
        return None
    if not strong and not _han_surname_first(name) and not any(c in name for c in " \u3000\u30fb"):
        return None
    return m.start(), end


_CJK_ROLE_PREFIXES = ("\u5ba2\u6237", "\u7528\u6237", "\u5927\u5bb6", "\u5404\u4f4d", "\u540c\u4e8b", "\u670b\u53cb")
"""客户 用户 大家 各位 同事 朋友 at the start of a run: a group or role, not a name."""


def _han_surname_first(name: str) -> bool:
    return name[:2] in CHINESE_SURNAMES or name[:1] in CHINESE_SURNAMES


def hangul_name(text: str, start: int, end: int, *, strong: bool = False, titled: bool = False) -> Span | None:
    """The Korean name in the Hangul word ``text[start:end]``: endings cut, 2-4 syllables, a family
    name first (any 2-4 syllables if `strong`), not a role word (``고객``, ``선생``)."""
    word = text[start:end]
    cut = True
    while cut and not titled:
        cut = False
        for e in _KO_ENDINGS:
            if word.endswith(e) and len(word) - len(e) >= 2:
                word = word[: -len(e)]
                cut = True
                break
    if not 2 <= len(word) <= 4 or word in ROLE_BEFORE_TITLE or word in UNCASED_GROUP_WORDS:
        return None
    if not strong and not (word[:2] in KOREAN_SURNAMES or word[:1] in KOREAN_SURNAMES):
        return None
    if not strong and not titled and len(word) != 3:
        return None
    return start, start + len(word)


def _skip_blanks(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u00a0\u3000":
        pos += 1
    return pos
