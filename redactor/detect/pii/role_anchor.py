"""Names after a role noun or a greeting, on a line that holds a contact field (``pii.role_anchor``).

Service tickets, call notes, contracts and payroll lines in every language name a person right
after a role or relationship noun, with no colon and no title: ``Мизоҷ Гулнора Саидова занг зад,
рақами телефон +992 ...`` (Tajik "customer"), ``مشتری شیرین کاظمی با شماره +93 ...``,
``захиалагч Ганбатын Должин, ... утас +976 ...``, ``ລູກຄ້າ ບຸນມີ ພົມມະວົງ ... +856 ...``,
``Muraho Uwimana, ...`` after a greeting. `pii.honorific` takes such names only when a lexicon
knows the given name; this rule takes unknown ones when the same line (or the next) also holds a
phone number or an e-mail address: the mark of a record about a person, which a sentence about a
product, a team or a place rarely has.

The cues are `salutation_vocab.ROLES` and `salutation_world.MORE_ROLES` (role nouns of ~90
languages, English ones included) and the greetings of `salutation_vocab.LANGUAGES` (which a
greeting must start: a line, a quoted string or a sentence). The name's shape is checked per
script:

- cased scripts (Latin, Cyrillic, Greek, Armenian): two to four capitalised tokens
  (`name_spans.cased_name`, so `names.clean_name`), none of them a label, role, group,
  organisation, street, product or code word (`contact_vocab.NOT_NAME`, ``SOFT_NOT_NAME``);
- spaced uncased scripts (Arabic, Devanagari and the other Indic scripts, Ethiopic, Georgian,
  Hebrew, Syriac; Lao, Khmer and Myanmar with spaces between the name's words): two or three words
  of one script that end at punctuation, the line's end, another script, a digit or a function word
  (``با``, ``ले``), and no role, group or function word among them; a run of four or more words is
  a clause, not a name;
- Han and Hangul: `name_spans.cjk_name` (a known family name first).

Near misses that stay unmasked: ``Customer Success Team, +1 ...`` (group and organisation words),
``Hi all, call +44 ...`` (group words), a role noun before a product name (product words), a role
noun inside a code identifier (``clientId``: the cue must be a whole word in text, not code).
"""

from __future__ import annotations

# ruff: noqa: RUF001  # Cyrillic company forms are meant
import re
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii import name_spans as ns
from redactor.detect.pii._base import TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import words
from redactor.detect.pii.anchor_world import (
    COLON_MARKS,
    GLUED_NOT_NAME,
    GLUED_PARTICLES,
    GLUED_PLACE_ENDS,
    GLUED_TITLES,
    HANDLING,
    TITLE_NOT_AFTER,
    TITLES,
)
from redactor.detect.pii.contact_vocab import KNOWN, NOT_NAME, PARTICLES, SOFT_NOT_NAME
from redactor.detect.pii.function_words_data import UNCASED_FUNCTION_WORDS
from redactor.detect.pii.name_form import name_like
from redactor.detect.pii.phone_vocab import PHONE_WORDS_ANY
from redactor.detect.pii.record_vocab import ORG_FORM_WORDS
from redactor.detect.pii.salutation_vocab import CHINESE_SURNAMES, GROUP_WORDS, LANGUAGES, ROLES, UNCASED_GROUP_WORDS
from redactor.detect.pii.salutation_world import MORE_ROLES

_ROLES = frozenset(r for table in (ROLES, MORE_ROLES) for v in table.values() for r in v.split("|") if r)
"""Role nouns of every language, lower case."""
_GREETINGS = frozenset(g for f in LANGUAGES.values() for g in f.greetings.split("|") if g) - {"hi", "hey", "dear"}
"""Greetings of every language (English ones are `pii.person_context`'s)."""
_HANDLING = frozenset(h for v in HANDLING.values() for h in v.split("|") if h)
"""Verbs of handling with their agent word (``handled by``, ``behandeld door``): read as role nouns."""
_TITLES = frozenset(t for v in TITLES.values() for t in v.split("|") if t)
"""Titles before a name in uncased scripts (``الحاج``, ``آقای``, ``አቶ``, ``ທ້າວ``): read as role nouns."""
_GLUED_TITLES = frozenset(GLUED_TITLES)
_AS_ROLE = _ROLES | _HANDLING | _TITLES | _GLUED_TITLES
"""Cues that need no place in the sentence (a greeting must start a line, a string or a sentence)."""
_CUE_WORDS = frozenset(w for cue in _ROLES | _GREETINGS for w in cue.split()) | frozenset(
    w for cue in _HANDLING for w in cue.split()[:-1]
)
"""Every word of a cue, but the agent word of a handling verb (``by``, ``von``, ``da``): none of
them is a name's word (``Customer Care``)."""


def _source(cue: str) -> str:
    return r"[ \t]+".join(re.escape(part) for part in cue.split(" "))


_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.max_mem = 64 << 20
_FIND = re2.compile(
    r"(?i:" + "|".join(_source(c) for c in sorted(_AS_ROLE | _GREETINGS, key=len, reverse=True)) + r")",
    _RE2_OPTIONS,
)
"""Every cue, longest first: one linear RE2 pass, run only on texts that hold an anchor."""
_ANCHOR = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w.])\+?\(?\d[\d \-.()\u00a0]{5,20}\d(?![\w.]?\d)")
_ANCHOR_GATE = re2.compile(r"@|\p{Nd}[\p{Nd} \-.()\x{a0}]{5,20}\p{Nd}")
"""Where `_ANCHOR` may match: one linear RE2 pass; `_ANCHOR` then reads only those lines."""
"""A contact field: an e-mail address or a phone-like number (any script's digits)."""
_AFTER_CUE = re.compile(r"[ \t\u00a0]*(?:[:\uff1a\-\u2013\u2014" + COLON_MARKS + r"][ \t\u00a0]*)?")
_GREETING_BEFORE = re.compile(r"(?:^|[\n\"'>\u201c\u300c.!?\u3002][ \t]*)$")
_NEXT_TOKEN = re.compile(r"[ \t]+(?:[-\u2013][ \t]+)?([^\W\d_][\w.&'-]*)")
"""The word after a cased name on its line (after a dash too: ``Viana Alves - ME``)."""
_GLUED_SPACED = frozenset(("lao", "khmer", "myanmar"))
"""Uncased scripts without spaces between words but with a space between a name's parts."""
_WORD_RX = {script: re.compile("[" + chars + "]+") for script, chars in ns.SCRIPTS.items()}
_HARD_STOP = ns.STOP_WORDS | UNCASED_GROUP_WORDS
"""Words that end a name in an uncased script at once; function words end it after its second word
(frequency lists hold family names too: ``पाटील``)."""
_CASED_STOP = NOT_NAME | SOFT_NOT_NAME | GROUP_WORDS | _CUE_WORDS
_SURNAME_ENDS = (
    *("ова", "ева", "ёва", "ов", "ев", "ёв", "ын", "ийн", "ский", "ская", "цкий", "цкая", "енко", "чук", "юк"),
    *("ович", "евич", "овна", "евна", "ян", "янц", "дзе", "швили", "оглы", "заде", "зода", "ұлы", "қызы", "улы"),
    "кызы",
    *("ova", "eva", "ović", "ovic", "ević", "evic", "ovich", "evich", "enko", "chuk", "czuk", "ski", "ska", "cki"),
    *("cka", "dzki", "dzka", "yan", "yants", "dze", "shvili", "oğlu", "oglu", "zade", "zada", "zoda"),
)
"""Family-name endings of Slavic, Baltic-Slavic, Caucasian, Turkic, Mongolian and Iranian names, in
Cyrillic and Latin letters: a cased name after a role noun needs one, or a word a lexicon knows."""
_ORG_WORDS = words("""
    filhos hijos söhne fils figli zonen
    stichting koninklijke royal spółdzielnia fundacja hermanos hnos comercializadora talleres perum unia
    tic şti san ltd. inc. ооо оао зао ао пао ип групп груп инк холдинг компания корпорация банк фонд
    ет ад еоод ood sd сд qsc asc mmc ооо тоо ао ак хк хххк
    հոլդինգ ընկերություն բանկ ჰოლდინგი ბანკი კომპანია
""")
"""Organisation words and company forms the shared lists lack (Dutch, Polish, Spanish, Indonesian,
Turkish, Cyrillic, Armenian, Georgian): a run holding one, or followed by one, is an organisation."""
_UNCASED_ORG = words("""
    شرکت گروه بانک صنعت صنایع سازه تولیدی بازرگانی مؤسسه موسسه شركة مجموعة بنك مصرف مؤسسة مصنع
    کمپنی کمپنى گروپ بینک
    কোম্পানি গ্রুপ ব্যাংক লিমিটেড ইন্ডাস্ট্রিজ ল্যাবরেটরিজ প্রতিষ্ঠান
    कंपनी कम्पनी समूह ग्रुप बैंक लिमिटेड उद्योग संस्थान प्राइवेट
    חברת חברה קבוצת בנק בע"מ
    ਕੰਪਨੀ ਬੈਂਕ ਗਰੁੱਪ કંપની બેંક ગ્રુપ நிறுவனம் வங்கி குழுமம் కంపెనీ బ్యాంకు సంస్థ ಕಂಪನಿ ಬ್ಯಾಂಕ್ കമ്പനി ബാങ്ക്
    ኩባንያ ባንክ ድርጅት
""")
"""Organisation words of uncased scripts: a two-word run holding one names a company, not a person."""
_COMPOUND_HEADS = words(
    """
    service services support care center centre number portal account id login list data details name
    سرویس خدمات خدمة الخدمة خدمه پشتیبانی دعم مرکز مركز شماره رقم نمبر حساب الحساب اطلاعات معلومات بيانات
    نام اسم الاسم پورتال لیست قائمة کد رمز ملف پرونده فایل شمېره ژمارە ژمارەی نومبر
    सेवा सहायता केंद्र केन्द्र नंबर नम्बर संख्या खाता नाम विवरण जानकारी सूची पोर्टल आईडी सम्पर्क संपर्क
    পরিষেবা সেবা সহায়তা কেন্দ্র নম্বর অ্যাকাউন্ট নাম তথ্য তালিকা
    ਸੇਵਾ ਸਹਾਇਤਾ ਕੇਂਦਰ ਨੰਬਰ ਖਾਤਾ ਨਾਮ ਜਾਣਕਾਰੀ ਸੂਚੀ
    સેવા સહાય કેન્દ્ર નંબર ખાતું નામ માહિતી યાદી
    ସେବା ସହାୟତା କେନ୍ଦ୍ର ନମ୍ବର ଖାତା ନାମ ତଥ୍ୟ
    சேவை ஆதரவு மையம் எண் கணக்கு பெயர் விவரங்கள் பட்டியல்
    సేవ సేవా మద్దతు కేంద్రం నంబర్ ఖాతా పేరు వివరాలు జాబితా
    ಸೇವೆ ಬೆಂಬಲ ಕೇಂದ್ರ ಸಂಖ್ಯೆ ಖಾತೆ ಹೆಸರು ವಿವರಗಳು ಪಟ್ಟಿ
    സേവന സേവനം പിന്തുണ കേന്ദ്രം നമ്പർ അക്കൗണ്ട് പേര് വിവരങ്ങൾ പട്ടിക
    සේවා සහාය මධ්‍යස්ථානය අංකය ගිණුම නම
    שירות תמיכה מרכז מספר חשבון שם פרטי רשימת פורטל
    სერვისი მომსახურება მხარდაჭერა ცენტრი ნომერი ანგარიში სახელი მონაცემები სია
    አገልግሎት ድጋፍ ማዕከል ቁጥር መለያ ስም ዝርዝር
    ບໍລິການ ສູນ ເບີ ບັນຊີ ຊື່ ຂໍ້ມູນ
    សេវា សេវាកម្ម មជ្ឈមណ្ឌល លេខ គណនី ឈ្មោះ ព័ត៌មាន
    ဝန်ဆောင်မှု စင်တာ နံပါတ် အကောင့် အမည် အချက်အလက်
    """
)
"""Words that make a compound with the role noun before them (customer service, client number,
patient portal, the customer's name...): no name starts with one."""


class RoleAnchorDetector(ViewDetector):
    """Names after role nouns and greetings of ~90 languages, on a line with a contact field."""

    name = "pii.role_anchor"
    entities: tuple[str, ...] = ("PERSON",)
    prefilter: tuple[str, ...] = ()

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        anchors: list[int] = []
        windows: list[tuple[int, int]] = []  # the anchor lines and the lines before them: where a cue may be
        for gate in _ANCHOR_GATE.finditer(text):
            line = text.rfind("\n", 0, gate.start()) + 1
            if windows and line < windows[-1][1]:
                continue  # this line was read already
            end = text.find("\n", gate.end())
            end = len(text) if end < 0 else end
            found = [m.start() for m in _ANCHOR.finditer(text, line, end) if _digits_ok(m.group())]
            if found:
                anchors.extend(found)
                start = text.rfind("\n", 0, max(0, line - 1)) + 1 if line else 0
                if windows and start <= windows[-1][1]:
                    windows[-1] = (windows[-1][0], end)
                else:
                    windows.append((start, end))
            elif not windows or end > windows[-1][1]:
                windows.append((line, line))  # read, nothing there: an empty window marks it
        hits = (hit for a, b in windows if b > a for hit in _FIND.finditer(text, a, b))
        for hit in hits:
            pos, end = hit.span()
            cue = " ".join(text[pos:end].lower().split())
            if not _bounded(text, pos, end) or info.kind_at(pos) not in TEXT_KINDS:
                continue
            if cue in _GLUED_TITLES:
                span = _burmese(text, pos, end)
                if span is not None and _anchored(text, span[1], anchors):
                    yield ("PERSON", span[0], span[1], 0.7)
                continue
            if cue not in _AS_ROLE and _GREETING_BEFORE.search(text, max(0, pos - 3), pos) is None:
                continue  # a greeting starts a line, a string or a sentence
            m = _AFTER_CUE.match(text, end)
            j = m.end() if m is not None else end
            if j == end and not _glued(text[end - 1]):
                continue
            if cue in _TITLES and (text.endswith(_WORLD, max(0, pos - 5), pos) or _place_before(text, pos)):
                continue  # Khmer ពិភពលោក "world"; ``شارع الشيخ زايد``: a street or a hospital named after a person
            span = _name(text, j, greeted=cue not in _AS_ROLE, known=cue in _HANDLING)
            if span is None or not _anchored(text, span[1], anchors):
                continue
            yield ("PERSON", span[0], span[1], 0.7)


def _digits_ok(value: str) -> bool:
    return "@" in value or 7 <= sum(c.isdigit() for c in value) <= 15


def _glued(ch: str) -> bool:
    o = ord(ch)
    return 0x2E80 <= o <= 0xD7AF or 0x0E00 <= o <= 0x0EFF or 0x1000 <= o <= 0x109F or 0x1780 <= o <= 0x17FF


def _bounded(text: str, start: int, end: int) -> bool:
    """The cue is a whole word (``client``, not ``clientId`` or ``Eclient``), unless its script is glued."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    if before and (before.isalnum() or before in "_'\u2019-") and not _glued(text[start]):
        return False
    return not (after and (after.isalnum() or after in "_\u200c") and not _glued(text[end - 1]))


def _anchored(text: str, name_end: int, anchors: list[int]) -> bool:
    """A contact field on the name's line or the next one."""
    line_start = text.rfind("\n", 0, name_end) + 1
    nl = text.find("\n", name_end)
    stop = len(text) if nl < 0 else text.find("\n", nl + 1)
    if stop < 0:
        stop = len(text)
    stop = min(stop, name_end + 240)
    return any(line_start <= a < stop for a in anchors)


def _name(text: str, j: int, *, greeted: bool, known: bool = False) -> tuple[int, int] | None:
    if j >= len(text):
        return None
    ch = text[j]
    script = ns.script_at(text, j)
    if script is not None:
        span = _uncased(text, j, script)
        if span is not None and known and not any(w in ns.UNCASED_KNOWN for w in text[span[0] : span[1]].split()):
            return None  # after a handling verb, a known name ("توسط سیستم خودکار": by the automatic system)
        return span
    if 0x0E00 <= ord(ch) <= 0x0E7F:
        return None  # Thai: pii.honorific's titled names
    if "\uac00" <= ch <= "\ud7af":
        return None  # Hangul: 서비스 "service" has a family name's first syllable; pii.honorific knows names
    if _glued(ch):
        span = ns.cjk_name(text, j)
        if span is not None and " " in text[span[0] : span[1]]:
            span = (span[0], text.index(" ", span[0]))  # "刘建国 电话": the phone word after a space is no name
        if span is None or not 2 <= span[1] - span[0] <= 4:
            return None
        name = text[span[0] : span[1]]
        if not name.isalpha() or (name[:1] not in CHINESE_SURNAMES and name[:2] not in CHINESE_SURNAMES):
            return None  # "系统 不是": two words, no family name
        return span
    return _cased(text, j, greeted)


def _cased(text: str, j: int, greeted: bool) -> tuple[int, int] | None:
    span = ns.cased_name(text, j)
    if span is None:
        return None
    tokens = text[span[0] : span[1]].split()
    if not 2 <= len(tokens) <= 4:
        return None
    for n, tok in enumerate(tokens):
        bare = tok.rstrip(".,")
        if 0 < n < len(tokens) - 1 and bare.lower() in PARTICLES:
            continue  # "Sara da Cruz"
        low = bare.lower()
        if not bare[:1].isupper() or low in _CASED_STOP or low in _ORG_WORDS or any(c.isdigit() for c in bare):
            return None
    if all(t.isupper() and len(t) > 1 for t in tokens):
        return None  # "ACME CORP": an acronym or a heading, not a name
    if text[span[1] : span[1] + 1].isalnum() or text[span[1] - 1 : span[1] + 1] in (".A", ".L", ".C", ".E"):
        return None  # "Câmara Farias S.A.": the last "initial" starts a company form
    nxt = _NEXT_TOKEN.match(text, span[1])
    if nxt is not None:
        word = nxt.group(1)
        if word[:1].isupper() or "." in word.rstrip(".") or word.rstrip(".").lower() in _ORG_WORDS | ORG_FORM_WORDS:
            return None  # "Chevallier Carre S.A.S.", "Yaman Demirel Şti.", "Hruška o.s.": a company
    lowered = [t.rstrip(".,").lower() for t in tokens]
    if (
        not greeted
        and not any(t in KNOWN or t.endswith(_SURNAME_ENDS) for t in lowered)
        and not all(name_like(t.rstrip(".,")) for t in tokens if t.rstrip(".,").lower() not in PARTICLES)
    ):
        return None  # "Klient Obsługa Techniczna": after a role noun, a known word or a family-name ending
    return span


def _uncased(text: str, j: int, script: str) -> tuple[int, int] | None:
    """Two or three words of one spaced uncased script that end where a name ends."""
    rx = _WORD_RX[script]
    glued = script in _GLUED_SPACED
    spans: list[tuple[int, int]] = []
    i = j
    while True:
        m = rx.match(text, i)
        if m is None:
            break  # punctuation, another script, a digit, the end
        w = m.group()
        if (not spans and w in _COMPOUND_HEADS) or w in _UNCASED_ORG:
            return None  # "ग्राहक सेवा केंद्र": customer service centre; "ক্রেতা জনতা ব্যাংক": a bank
        if (
            w in _HARD_STOP
            or (len(spans) >= 2 and w in UNCASED_FUNCTION_WORDS and w not in ns.UNCASED_KNOWN)
            or w in _ROLES
            or w in NOT_NAME
            or w in _COMPOUND_HEADS
            or _phone_word(w)
            or (glued and (len(w) > 12 or len(spans) == 2))
        ):
            break  # a function word, a label or a clause ends the name; Lao, Khmer, Myanmar names have two words
        if len(w) > 20:
            return None
        spans.append(m.span())
        if len(spans) > 3:
            return None  # a run of words is a clause, not a name
        k = m.end()
        while k < len(text) and text[k] in " \t\u00a0":
            k += 1
        if k == m.end():
            break
        i = k
    if len(spans) < 2:
        return None
    return spans[0][0], spans[-1][1]


_WORLD = "\u1796\u17b7\u1797\u1796"
"""Khmer ពិភព: with លោក, "world"."""
_MYANMAR_RUN = re.compile(r"[\u1000-\u103f\u1050-\u109f]+")
"""Burmese letters and signs, not its digits or its punctuation (``၊ ။``)."""
_PARTICLES_LONGEST = tuple(sorted(GLUED_PARTICLES, key=len, reverse=True))


def _syllables(word: str) -> int:
    """Burmese syllables: consonants and independent vowels that neither close a syllable (asat
    ``်`` after them, after a dot below ``့`` too) nor stack on the next (virama ``္``)."""
    n = 0
    for i, ch in enumerate(word):
        after = word[i + 1 : i + 3]
        if "\u1000" <= ch <= "\u102a" and after[:1] not in ("\u103a", "\u1039") and after != "\u1037\u103a":
            n += 1
    return n


def _burmese(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """A Burmese title and the name joined to it (``ဦးအောင်ကျော်ဝင်း``, ``ဒေါ် ခင်မြင့်``): the title
    starts a run, no ordinary word starts there (``ဦးစီး`` "lead", ``ဒေါ်လာ`` "dollar"), and the name
    is one run of one to four syllables once case particles and the phone word are cut off."""
    if pos > 0 and _MYANMAR_RUN.match(text, pos - 1) is not None:
        return None  # inside a word: ``သူ့ကို`` "to him"
    if text.startswith(GLUED_NOT_NAME, pos):
        return None
    k = pos - 1
    while k >= 0 and text[k] in " \u00a0":
        k -= 1
    if text[pos:end] == "\u1000\u102d\u102f" and k >= 0 and _MYANMAR_RUN.match(text, k) is None and text[k].isalnum():
        return None  # ``09... ကိုဆက်သွယ်ပါ``: after a number or a Latin word, ကို is the object particle
    j = end
    while j < len(text) and text[j] in " \u00a0":
        j += 1
    m = _MYANMAR_RUN.match(text, j)
    if m is None or m.group().endswith(GLUED_PLACE_ENDS):
        return None  # ``ဦးဝိစာရလမ်း``: a road named after a person
    name_end = m.end()
    while True:
        cut = next((p for p in _PARTICLES_LONGEST if text.endswith(p, j, name_end) and name_end - len(p) > j), None)
        if cut is None:
            break
        name_end -= len(cut)
    n = _syllables(text[j:name_end])
    if not 1 <= n <= 4 or (n == 1 and text[pos:end] == "\u1000\u102d\u102f"):
        return None  # ``ကို`` is also the object particle: a one-syllable name after it is a word
    if text[j:name_end] in _GLUED_TITLES or text[j:name_end] in _ROLES:
        return None
    return pos, name_end


_WORD_BEFORE = re.compile(r"(\S+)[ \t\u00a0]+$")


def _place_before(text: str, pos: int) -> bool:
    """The word before a title is a street, hospital, school or town word (`TITLE_NOT_AFTER`)."""
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    return m is not None and m.group(1) in TITLE_NOT_AFTER


def _phone_word(word: str) -> bool:
    """The word is a phone word (``تلفن``, ``ስልክ``, ``ဖုန်း``): it ends a name, it is none of it."""
    m = PHONE_WORDS_ANY.match(word.lower())
    return m is not None and m.end() >= len(word) - 1
