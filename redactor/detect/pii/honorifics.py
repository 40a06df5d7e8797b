"""Names beside honorifics of about 75 languages (``pii.honorific``).

Titles of address are among the surest signs of a person, and every language has them; the
table is `salutation_vocab` (``titles`` before a name, ``after`` after it):

- before a name: ``Sra. Pérez``, ``Pani Kowalska``, ``Bwana Juma``, ``Mudane Cabdullaahi Xasan``,
  ``السيد خالد الشامسي``, ``محترمہ عائشہ خان``, ``श्री राहुल शर्मा``, ``አቶ ተስፋዬ``, Thai titles glued
  to the name (``คุณณัฐพล``, not ``คุณภาพ`` "quality");
- after a name: ``Burak Bey``, ``Kovács úr``, ``Tanaka-san``, ``Sharma ji``, ``राहुल जी``,
  ``西川さん``, ``高橋 健太 様``, ``王先生``, ``김민서님``, ``이지은 씨``.

Before a cased name the title may be lower case (``señora García``); a title that is also an
English word (``Pan``, ``Bay``, ``Don``, ``Mas``) needs a name a lexicon knows. Han names before a
Chinese title need a known family name first (``王磊先生``; not ``首先生成``); Japanese ones must
not be role words or ``様`` compounds (``お客様``, ``皆さん``, ``仕様`` "specification"); Korean
ones need a family name first and no role word (``고객님``, ``선생님``). One RE2 pass over all
titles gates the detector.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii import name_spans as ns
from redactor.detect.pii import names_data
from redactor.detect.pii._base import TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import words
from redactor.detect.pii.function_words_data import UNCASED_FUNCTION_WORDS
from redactor.detect.pii.given_names import BROAD_GIVEN_NAMES, GIVEN_NAMES, SURNAMES, UNCASED_GIVEN_NAMES
from redactor.detect.pii.names import NAME_TOKEN_RE, clean_name
from redactor.detect.pii.salutation_vocab import CHINESE_SURNAMES, LANGUAGES, ROLE_BEFORE_TITLE, ROLES

_BEFORE: dict[str, str] = {}
"""Title before a name (lower case, no dot) -> its language."""
_AFTER: dict[str, str] = {}
"""Title after a name -> its language."""
for _lang, _forms in LANGUAGES.items():
    for _t in filter(None, _forms.titles.split("|")):
        _BEFORE.setdefault(_t.rstrip(".").lower(), _lang)
    for _t in filter(None, _forms.after.split("|")):
        _AFTER.setdefault(_t.lower(), _lang)

_AMBIGUOUS = words("""
    pan bay bayan don dona mas em bi me ing pak bu kak ms ir av g m p z t k hr mr dr ts gs anh cô chú bác
    ông bà chị sir lic eng pr heer fru herra sur ga bb kungs god hoca aka opa ah na ir drs mw mev mnr maître
    ndugu mama bibi cik tan malam mazi ma
""")
"""Titles that are also common words or initials: the name after them must be known to a lexicon."""
_SRI = words("श्री শ্রী ශ්‍රී ਸ੍ਰੀ શ્રી శ్రీ ಶ್ರೀ ശ്രീ sri shri shree")
"""Sri: an honorific and the start of place names (Sri Lanka, Sri Jayawardenepura Kotte)."""
_LATIN_HYPHEN_ONLY = words("san sama kun chan sensei dono ssi nim")
"""Romanised Japanese and Korean titles: only glued with a hyphen (``Tanaka-san``)."""
_THAI_NOT_NAMES = words("""
    ภาพ สมบัติ ค่า ธรรม ลักษณะ ประโยชน์ ูปการ วุฒิ แม่ พ่อ ครู หมอ ป้า ลุง ยาย ตา ย่า ปู่ ลูกค้า ผู้ นาย หนู
    ฟ้า แบบ งาม พยาบาล ก จ้าง หน้า ทหาร พล สาว ใน
""")
"""What follows คุณ/นาย/นาง in words that are no names: คุณภาพ "quality", คุณค่า "value", คุณแม่
"mother", คุณครู "teacher", คุณลูกค้า "customer", นางฟ้า "angel", นายก "prime minister", นายจ้าง
"employer"..."""
_JA_TITLES = frozenset(t for t, lang in _AFTER.items() if lang == "ja" and not t.isascii())
_ZH_TITLES = frozenset(t for t, lang in _AFTER.items() if lang == "zh")
_ZH_GENDERED = frozenset(("\u5148\u751f", "\u5973\u58eb", "\u5c0f\u59d0", "\u592a\u592a"))
"""先生 女士 小姐 太太: titles of address; the others (经理, 老师...) are also job words."""
_KO_TITLES = frozenset(t for t, lang in _AFTER.items() if lang == "ko" and not t.isascii())
_JA_COMPOUNDS = words("""
    仕 模 同 多 異 一 両 有 殿 王 神 皆 客 各 上 文 紋 無 左 斯 奥 若 姫 母 父 兄 姉 逆 直 貴 御 宮 本 拝 社 正 内 湯
    彼 某 諸 源 平 摂 華 暴 主 双 故 当 前 今 貴方 此 其
""")
"""Kanji before 様/殿/氏/君/さん that make a word, not a name: 仕様 "specification", 模様 "pattern",
同様 "likewise", 神様 "god", 宮殿 "palace", 彼氏 "boyfriend", 摂氏 "Celsius", 諸君 "you all"..."""
_JA_NEXT_NOT = "\u5b50\u5f0f\u76f8\u3005\u306a\u306b\u540d\u65cf\u65b9\u5802\u81e8\u4e3b"
"""A character after the title that makes it a word: 様子 様式 様相 様々 様な 様に 氏名 氏族 先生方 殿堂 君臨 君主."""
_KNOWN_FIRST = (
    GIVEN_NAMES
    | BROAD_GIVEN_NAMES
    | SURNAMES
    | frozenset(n for s in ("latin", "cyrillic", "greek") for n in names_data.FAMILY.get(s, "").split())
)
_JA_FAMILY = frozenset(names_data.FAMILY.get("han", "").split())
_HANGUL_GIVEN = frozenset(names_data.GIVEN.get("hangul", "").split())


def _is_cjk(ch: str) -> bool:
    return "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"


def _alternation(items: list[str]) -> str:
    out = []
    for t in sorted(items, key=len, reverse=True):
        src = re.escape(t)
        if t[:1].isascii() and t[:1].isalpha():
            src = r"\b" + src
        out.append(src)
    return "|".join(out)


_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.max_mem = 64 << 20  # the DFA of ~1,000 case-folded alternatives needs more than 8 MB
_ROLES = frozenset(r for v in ROLES.values() for r in v.split("|") if r)
"""Role nouns before a name, every language."""
_ENGLISH_ROLES = words("client agent patient chauffeur collega")
"""Role nouns that are English words too: the name after them must be one a lexicon knows."""
_THAI_TITLES = [t for t in _BEFORE if "\u0e00" <= t[0] <= "\u0e7f"]
_CJK_AFTER = [t for t in _AFTER if _is_cjk(t[0])]
_FIND = re2.compile(
    r"(?P<b>(?i:"
    + _alternation([t for t in _BEFORE if t not in _THAI_TITLES])
    + r"))\.?[ \t\x{a0}]+(?:[A-Z]|[^\x00-\x7f])"
    r"|(?P<t>" + _alternation(_THAI_TITLES) + r")\.?[\x{0e01}-\x{0e4e}]"
    r"|(?P<r>(?i:" + _alternation(list(_ROLES)) + r"))[ \t\x{a0}]*\(?(?:[A-Z]|[^\x00-\x7f])"
    r"|(?:[\pL\pM][ \t\x{a0}]+|[\pL\pM]-)(?P<a>(?i:" + _alternation([t for t in _AFTER if t not in _CJK_AFTER]) + r"))"
    r"(?:[^\pL\pM]|$)"
    r"|[\x{3005}\x{3041}-\x{30ff}\x{4e00}-\x{9fff}\x{ac00}-\x{d7af}][ \x{3000}]?(?P<c>"
    + _alternation(_CJK_AFTER)
    + r")",
    _RE2_OPTIONS,
)
"""Every title of every language where a name may stand beside it: before a blank and a capital
or a letter of an uncased script, Thai ones glued to a Thai letter, after a word and a blank or
hyphen, CJK ones glued to CJK. One linear RE2 pass finds where the rules may apply."""
_GROUPS = {g: _FIND.groupindex[g] for g in "btacr"}
_CUES = frozenset(
    c for f in LANGUAGES.values() for field in (f.greetings, f.sign_offs, f.intros) for c in field.split("|") if c
)
"""Greeting, sign-off and intro words: where a name before a title cannot begin."""
_NAME_BEFORE = re.compile(r"(?:" + NAME_TOKEN_RE + r"[ \t]+){0,2}" + NAME_TOKEN_RE + r"$")
_HAN_RUN_BEFORE = re.compile(
    "(?:[" + ns.HAN + "\u30a1-\u30fa\u30fc]{1,4}[ \u3000])?[" + ns.HAN + "\u30a1-\u30fa\u30fc]+$"
)
_HANGUL_BEFORE = re.compile("(?:([" + ns.HANGUL + "]{2,4})[ \t]?)$")


class HonorificDetector(ViewDetector):
    """Names after and before honorifics of many languages (``pii.honorific``)."""

    name = "pii.honorific"
    entities: tuple[str, ...] = ("PERSON",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        for hit in _FIND.finditer(text):
            group = next(g for g in "btacr" if hit.group(g) is not None)
            pos, end = hit.span(_GROUPS[group])
            if info.kind_at(pos) not in TEXT_KINDS:
                continue
            low = text[pos:end].lower()
            if group == "r" or low in _ROLES:
                span = _role(text, pos, end)
                if span is not None:
                    yield ("PERSON", span[0], span[1], 0.7)
                    continue
                if group == "r":
                    continue
            span = _before(text, pos, end) if group in "bt" else None
            if span is None and low in _AFTER and (group in "ac" or low not in _BEFORE):
                span = _after(text, pos, end)
            if span is not None:
                yield ("PERSON", span[0], span[1], 0.75)


def _glued(ch: str) -> bool:
    o = ord(ch)
    return 0x2E80 <= o <= 0xD7AF or 0x0E00 <= o <= 0x0E7F


def _before(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """A title at `pos`..`end`, then a name."""
    title = text[pos:end]
    low = title.lower()
    if "\u0e00" <= title[0] <= "\u0e7f":
        if title.startswith("\u0e14\u0e23") and text[end : end + 1] != ".":
            return None  # ดร only as "ดร.": not inside แอนดรอยด์ "Android", จัดรายการ
        if title.startswith("\u0e19\u0e32") and text[pos - 1 : pos] == "\u0e17":
            return None  # ทนาย "lawyer"
        return thai_titled(text, pos, end + 1 if text[end : end + 1] == "." else end)
    if pos and (text[pos - 1].isalpha() or text[pos - 1] in "'\u2019-"):
        return None
    j = end
    dotted = j < len(text) and text[j] == "."
    if dotted:
        j += 1
    if len(low) == 1 and low != low.upper() and (not dotted or not title.isupper() or _initial_in_name(text, pos)):
        return None  # single letters only as capital abbreviations ("M. Dupont"; not "m Dupont", "g. Added",
        # "Seth M. Larson", "e.g.")
    if len(low) > 1 and title.isupper() and title.isascii():
        return None  # "Power BI. Verantwortlich": an acronym, not a title
    if len(low) == 2 and title.isascii() and not dotted:
        return None  # "Dl Misses": two-letter titles only with their full stop
    if j >= len(text) or text[j] not in " \t\u00a0":
        return None  # the title is the start of a longer word, or nothing follows
    k = _skip(text, j)
    if ns.script_at(text, k) is not None:
        span = ns.uncased_name(text, k, stops=frozenset(_AFTER), after_title=True)
        if span is None:
            return None
        words_ = text[span[0] : span[1]].split()
        if words_[0] not in ns.UNCASED_KNOWN and (len(words_) < 2 or low in _SRI):
            return None  # "مهندس بترولي" "petroleum engineer", "শ্রী জয়বর্ধনেপুরা কোট্টে" (a city)
        return pos, span[1]
    if title.isascii() and len(low) <= 2 and not title[0].isupper() and not dotted:
        return None  # "sr", "me": lower-case two-letter words are too common
    span = ns.cased_name(text, k)
    if span is None:
        return None
    first = text[span[0] : span[1]].split()[0].rstrip(".").lower()
    if low in _AMBIGUOUS and not dotted and first not in _KNOWN_FIRST:
        return None  # "Bay Area", "Pan Am", "Don Quixote"
    return pos, span[1]


def _role(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """A role noun at `pos`..`end`, then a name (``mteja Juma``, ``Wakala (Rehema)``, ``客户刘芳``)."""
    if pos and (text[pos - 1].isalpha() or text[pos - 1] in "'\u2019-") and not _glued(text[pos]):
        return None
    j = _skip(text, end)
    if j == end and not _glued(text[pos]):
        return None  # "clientes", "Kundennummer": the role word goes on
    paren = j < len(text) and text[j] == "("
    if paren:
        j += 1
    if j >= len(text):
        return None
    if _glued(text[j]):
        span = ns.cjk_name(text, j)
        if span is not None and "\uac00" <= text[j] <= "\ud7af" and not _known_hangul(text[span[0] : span[1]]):
            return None  # "고객 서비스": a word, not a name
    elif ns.script_at(text, j) is not None:
        span = ns.uncased_name(text, j, stops=frozenset(_AFTER), terminal=True)  # not "ग्राहक शाम 6 बजे"
        if (
            span is not None
            and text[span[0] : span[1]].split()[0] not in ns.UNCASED_KNOWN
            and not (" " not in text[span[0] : span[1]] and text[span[1] : span[1] + 1] in ":\uff1a")
        ):
            return None  # "গ্রাহক পরিষেবা ব্যবস্থাপক" "customer service manager"; "الموظفة نورة:" speaks
    else:
        span = ns.cased_name(text, j)
        if span is not None and not any(t.rstrip(".").lower() in _KNOWN_FIRST for t in text[span[0] : span[1]].split()):
            return None  # "Sachbearbeiter (Hoheitsverwaltung)", "Υπάλληλος Τράπεζας": job titles, not names
    if span is None or (paren and text[span[1] : span[1] + 1] != ")"):
        return None
    return span


def _known_hangul(name: str) -> bool:
    """A Korean name whose given part (after a one- or two-syllable family name) a lexicon knows."""
    return name[1:] in _HANGUL_GIVEN or name[2:] in _HANGUL_GIVEN


def _after(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """A title at `pos`..`end` after a name."""
    title = text[pos:end]
    low = title.lower()
    if low in _JA_TITLES or low in _ZH_TITLES:
        return _han_before(text, pos, low)
    if low in _KO_TITLES:
        m = _HANGUL_BEFORE.search(text, max(0, pos - 6), pos)
        if m is None:
            return None
        return ns.hangul_name(text, m.start(1), m.end(1), titled=True)
    if end < len(text) and (text[end].isalpha() or text[end] in "\u0900\u0901\u0902\u093c\u094d"):
        return None  # the title starts a longer word
    if low in _LATIN_HYPHEN_ONLY and title.isascii():
        if pos == 0 or text[pos - 1] != "-":
            return None
        head_end = pos - 1
    else:
        if pos == 0 or text[pos - 1] not in " \t\u00a0":
            return None
        i = pos
        while i > 0 and text[i - 1] in " \t\u00a0":
            i -= 1
        if i and ns.script_at(text, i - 1) is not None:
            return _uncased_before(text, pos)  # "राहुल जी", "राहुल ji"
        head_end = pos
        while head_end > 0 and text[head_end - 1] in " \t":
            head_end -= 1
    hs = max(0, head_end - 60)
    m = _NAME_BEFORE.search(text, hs, head_end)
    if m is None:
        return None
    starts = [m.start()] + [m.start() + x.end() for x in re.finditer(r"[ \t]+", m.group())]
    for start in starts:  # the longest run of tokens before the title that is a name
        value = text[start:head_end]
        first = value.split()[0].lower().rstrip(".,")
        if first in _CUES or first in _BEFORE:
            continue
        r = clean_name(value)
        if r is not None and r[1] == len(value):
            return start + r[0], head_end
    return None


_WORD_BEFORE = {script: re.compile("[" + chars + "]+$") for script, chars in ns.SCRIPTS.items()}
"""Per spaced uncased script: a word of it ending where the search stops."""


def _uncased_before(text: str, pos: int) -> tuple[int, int] | None:
    """One or two words of a spaced uncased script before a title after a name (``राहुल जी``)."""
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    script = ns.script_at(text, i - 1) if i else None
    if script is None:
        return None
    rx = _WORD_BEFORE[script]
    words_: list[tuple[int, int]] = []
    j = i
    while len(words_) < 2:
        m = rx.search(text, max(0, j - 40), j)
        if m is None:
            break
        w = m.group()
        if w in ns.STOP_WORDS or w.lower() in _CUES or w in _BEFORE or w in ROLE_BEFORE_TITLE:
            break
        words_.append((m.start(), m.end()))
        j = m.start()
        if j == 0 or text[j - 1] not in " \t":
            break
        j -= 1
    if not words_:
        return None
    return words_[-1][0], words_[0][1]


def _han_before(text: str, pos: int, title: str) -> tuple[int, int] | None:
    """The Japanese or Chinese name right before a title."""
    if pos + len(title) < len(text) and text[pos + len(title)] in _JA_NEXT_NOT:
        return None
    while pos > 0 and text[pos - 1] in " \u3000":
        pos -= 1  # "高橋 健太 様"
    m = _HAN_RUN_BEFORE.search(text, max(0, pos - 12), pos)
    if m is None:
        return None
    run = m.group()
    start = m.start()
    if start > 0 and text[start - 1] in "\u304a\u3054\u5fa1":
        return None  # お客様, ご担当者様: an honorific prefix makes a role
    if " " in run or "\u3000" in run:
        return (start, pos) if run.split()[0] not in ROLE_BEFORE_TITLE else None  # 高橋 健太 様
    if title in _ZH_TITLES:
        for n in (3, 2, 1):
            if len(run) < n:
                continue
            cand = run[-n:]
            if title not in _ZH_GENDERED and not _zh_name_start(run, len(run) - n, n):
                continue  # 资金经理, 高级经理, 储备经理人: job words; 王经理, 联系王磊经理 are names
            if (cand[:1] in CHINESE_SURNAMES or cand[:2] in CHINESE_SURNAMES or cand in _JA_FAMILY) and (
                n == 1 or cand not in ROLE_BEFORE_TITLE
            ):
                return pos - n, pos  # 王磊先生, 王经理 (王 alone is also Japanese 王様 "king", not before these)
        if title not in _JA_TITLES:
            return None
    if (
        run in ROLE_BEFORE_TITLE
        or (run[-1:] in _JA_COMPOUNDS and len(run) <= 2)
        or any(run.endswith(r) for r in ROLE_BEFORE_TITLE if len(r) > 1)
    ):
        return None
    if run[-1] in _JA_COMPOUNDS and run[-2:] not in _JA_FAMILY and len(run) < 2:
        return None
    if len(run) > 4:
        return None
    if len(run) == 1 and (title not in ("\u3055\u3093", "\u5148\u751f") or not "\u4e00" <= run <= "\u9fff"):
        return None
    return start, pos


_ZH_BEFORE_NAME = frozenset("请給给找问和跟与是的由向对让叫被把及或等系询位\u3001\uff0c\u3002\uff1a:")
"""Characters after which a Chinese name may start inside a run: 请 给 找 问 和 跟 与 是 的 (联)系..."""


def _zh_name_start(run: str, i: int, n: int) -> bool:
    """A name of `n` characters at `i` in a Han run before a job title (经理, 老师, 总): one family
    name alone (王经理), or two or three characters after a function character (联系王磊经理)."""
    if n == 1:
        return i == 0 or run[i - 1] in _ZH_BEFORE_NAME
    return i > 0 and run[i - 1] in _ZH_BEFORE_NAME


_THAI_BEFORE_TITLE = ("ขอบ", "บุญ", "พระ", "เจ้า")
"""Thai words that end in a title: ขอบคุณ "thank you", บุญคุณ "debt of gratitude", พระคุณ
"kindness", เจ้านาย "boss" (Thai has no spaces, so ``ขอบคุณสำหรับรีวิว`` is "thanks for the review")."""


def thai_titled(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """A Thai title glued to a name (``คุณณัฐพล``): the title and the name, particles cut; at the
    end of a longer word (``ขอบคุณ``, `_THAI_BEFORE_TITLE`) only before a name the lexicon knows."""
    span = ns.thai_name(text, end)
    if span is None:
        return None
    name = text[span[0] : span[1]]
    if text.endswith(_THAI_BEFORE_TITLE, max(0, pos - 4), pos) and not any(
        name[:k] in UNCASED_GIVEN_NAMES for k in range(3, len(name) + 1)
    ):
        return None  # "ขอบคุณสำหรับรีวิว": thanks for the review; "ขอบคุณสมชาย" keeps a known name
    if any(name.startswith(w) for w in _THAI_NOT_NAMES) or len(name) < 3:
        return None
    return pos, _thai_family_end(text, span[1]) if len(name) <= 12 else span[1]


_THAI_FUNCTION_PREFIXES = tuple(
    sorted(w for w in UNCASED_FUNCTION_WORDS if len(w) >= 2 and "\u0e01" <= w[0] <= "\u0e4e")
)
"""Thai function words of two letters or more (`function_words_data`): a family name starts with none."""
_THAI_PARTICLE_ENDS = (
    "\u0e04\u0e23\u0e31\u0e1a",
    "\u0e04\u0e48\u0e30",
    "\u0e04\u0e30",
    "\u0e19\u0e30",
    "\u0e08\u0e49\u0e30",
)
"""ครับ ค่ะ คะ นะ จ้ะ: polite particles end a phrase, not a family name."""
_THAI_WORD_AFTER = re.compile(r"[ ]([\u0e01-\u0e4e]{4,14})(?=[ \t\n,.!?)\]\"']|$)")
"""One Thai word after a single space, standing alone (a space, punctuation or the end after it)."""


def _thai_family_end(text: str, end: int) -> int:
    """Past the family name after a titled Thai given name of at most twelve letters (longer runs are
    phrases: ``คุณมีการเปลี่ยนแปลง`` "you have changes") (``คุณปิยะนุช ศรีสุข`` -> ``ศรีสุข`` too):
    one word of four to fourteen letters, written apart, that is no particle or function word and
    starts with none of two letters or more (``ได้รับ``, ``ที่``); else `end`."""
    m = _THAI_WORD_AFTER.match(text, end)
    if m is None:
        return end
    word = m.group(1)
    if word in UNCASED_FUNCTION_WORDS or any(word.startswith(w) for w in _THAI_FUNCTION_PREFIXES):
        return end
    if word.endswith(_THAI_PARTICLE_ENDS):
        return end
    return m.end(1)


_BEFORE_INITIAL = re.compile(r"(?:(?<![^\W\d_])[^\W\d_]\.[ \t]?|[^\W\d_a-z][^\W\d_]*[ \t])$")


def _initial_in_name(text: str, pos: int) -> bool:
    """The one-letter "title" at `pos` is a middle initial (``Seth M. Larson``) or part of an
    abbreviation (``e.g.``): a capitalised word or a letter and full stop stand right before it."""
    return _BEFORE_INITIAL.search(text, max(0, pos - 30), pos) is not None


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    return pos
