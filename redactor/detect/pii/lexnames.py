"""Names recognised by their given name, whatever carries them (``pii.given_name``).

The context rules (`person`, `speakers`, `scripts`...) need a cue: a label, a greeting, a chat
layout. Names also sit where no cue is: an XML element (``<Nm>Élodie Marchand</Nm>``), a
``pdftotext`` column, a DataFrame printout, a bold chat speaker, a Greek sentence. What marks
them there is the name itself: a word from a given-name lexicon of many cultures
(`redactor.detect.pii.given_names`) that starts a run of name-shaped words. Rules:

- **Runs** (``Élodie Marchand``, ``Joost van der Berg``, ``Γιώργος Παπαδόπουλος``): a capitalised
  given name followed by one to three more name tokens (`names.clean_name`: particles allowed;
  organisation, product and code words rejected). When the given name is also an English word
  (``Maria``, ``Max``, per `lexicon.is_english`) or mostly a place (``Sofia``), some later token
  must not be English (``Max Retries``, ``Sofia University`` are no names). A run that goes on
  into a capitalised word that is not a name token (``Victoria Street``) or ends in a place or
  organisation word (``Julian Assange Foundation`` is trimmed away) is dropped.
- **Single given names** (``Sven does``, ``ping me when Beatriz sends it``): in natural-language
  text only, when the name is not an English word, not a place, and not followed by a number
  (``Jan 5``).
- **Shouted names** (``MAHMOUD EL-SAYED``): an all-caps run of two to four tokens alone on its
  line (a résumé or letter heading), starting with a given name.
- **Lower-case names** in English chat lines (``chiamaka has the file``): a given name of four
  letters or more that is not an English word, in a line whose other words are mostly English
  (so Spanish or Swahili prose, where such words may be common nouns, is left alone), grown over
  a following non-English word (``josé gonzález``) and a preceding given name (``maria``); and
  after an honorific of another language (``doña carmen``, ``frau müller``).

Candidates are found by one RE2 pass over the text (the hand-written lexicon as an alternation),
so texts without a given name cost one linear scan, and one pass over capitalised words looked up
in Faker's given names (`given_names.BROAD_GIVEN_NAMES`, ~21,000: too many for the alternation).
Such a name is weaker evidence: it starts a run of two or more name tokens, one of them not an
English word (``Kenneth Reitz``, not ``Zachary Rice``), and is never taken alone or in lower case.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii._base import TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii._gates import re2_source
from redactor.detect.pii._vocab import NOT_NAME_WORDS, ORG_WORDS, SYSTEM_USERS, TECH_NAMES, words
from redactor.detect.pii.common_words import common_words
from redactor.detect.pii.foreign_words import foreign_lone_word
from redactor.detect.pii.given_names import (
    BROAD_GIVEN_NAMES,
    CHINESE_SURNAMES,
    GIVEN_NAMES,
    PLACE_NAMES,
    SURNAMES,
)
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.line_words import english_line
from redactor.detect.pii.names import NAME_RE, clean_name, is_name_token

_NOT_SURNAME = words("""
    university universität université universidad universidade college school academy institute
    hospital clinic airport station street road avenue boulevard lane drive square park bridge river
    lake mountain valley hall center centre church cathedral chapel museum library hotel tower city
    county district province region state island bay beach harbour harbor port falls gardens garden
    market mall plaza stadium arena theatre theater foundation fund trust bank partners capital labs
    lab cloud studio press media news times post journal review magazine records music band orchestra
    choir club company brothers sons award prize cup league festival day street strasse straße
    platz weg gasse rue via calle avenida rua ulica society association institution
""")
"""Words that end a place or organisation named after a person (``Maria Hospital``)."""
_HONORIFICS = (
    r"do\u00f1a|don|se\u00f1ora|se\u00f1or|se\u00f1orita|sra|sr|srta|dona|senhora|senhor|signora|signor"
    r"|frau|herr|madame|monsieur|mme|mlle|tía|tío|tia|tio|pani|pan|bay|bayan"
)
_LOWER_AFTER_HONORIFIC = re.compile(
    r"(?<![\w.])(?i:" + _HONORIFICS + r")\.?[ \t]+(?P<name>[^\W\d_A-Z\u00c0-\u00de][^\W\d_]{2,}"
    r"(?:[ \t]+[^\W\d_A-Z\u00c0-\u00de][^\W\d_]{2,})?)(?![\w.])"
)
_RUN = re.compile(NAME_RE)
_TOKEN_AT = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))*")
_UPPER_WORD = r"[^\W\d_a-z](?:[^\W\d_a-z]|['\u2019-](?=[^\W\d_a-z]))*"
_UPPER_RUN = re.compile(_UPPER_WORD + r"(?:[ \t]+" + _UPPER_WORD + r"){1,3}")
_NEXT_CAP = re.compile(r"[ \t][^\W\d_a-z]")


def _next_cap(text: str, pos: int) -> bool:
    """Does a capitalised word follow `pos` after one blank? (``[^\\W\\d_a-z]`` alone takes any
    lower-case letter outside ASCII for a capital: the Cyrillic preposition after ``Марией Ивановой``.)"""
    return _NEXT_CAP.match(text, pos) is not None and text[pos + 1].isupper()


_LOWER_WORD = re.compile(r"[^\W\d_]+")
_GREETINGS = words("hi hello hey dear thanks thank cheers ask ping tell and or with by from to for cc dm")
"""Words that may stand capitalised before a lone given name (``Hi Sven``, ``Ask Anja``)."""
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]$")
_KEYWORDS = words("elif elsif esac fadd")
"""Lower-case code keywords that are also given names (``elif``): never a lower-case name."""
_PLACEHOLDERS = words("alice bob carol dave eve mallory trent john jane")
_PLACEHOLDER_NAMES = frozenset(
    {"john doe", "jane doe", "richard roe", "joe bloggs", "fred bloggs", "max mustermann", "erika mustermann"}
)
"""Full names that stand for nobody (documentation and fixture conventions)."""
"""Names of examples and fixtures (``[(2, "Alice"), (5, "Bob")]``): alone, nobody in particular."""
_CODE_CHARS = frozenset("=(){};<>")
_SENTENCE_DOT = re.compile(r"(?<=[^\W\d_]{3})\.(?=\s)")
_NEXT_WORD = re.compile(r"[ \t]([^\W\d_][^\W\d_'\u2019-]*)(?![\w@])")
_CAP_BEFORE = re.compile(r"([^\W\d_a-z][^\W\d_]*(?:-[^\W\d_]+)?)[ ]$")
_CAP_AFTER = re.compile(r"[ ]([^\W\d_a-z][a-z]+(?:-[a-z]+)?)(?![\w@(]|[./-]\w)")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?\n\"'(*#>-])[ \t]*$")
_PLACE_PREFIXES = words("san santa são sao saint st sankt mount fort port lake cape porto puerto isla monte villa casa")
_STREET_AFTER = re.compile(r"[ \t]+(?:u\.|utca|út|útja|tér|krt\.|körút|iela|g\.|gatvė|tn\.?|mnt\.?|pst\.?)(?=[\s,]|$)")
"""A lower-case street type after the street's name (Hungarian, Latvian, Lithuanian, Estonian)."""
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_COLUMN_GAP = re.compile(r"[ ]{2,}|\t")
_IDENT_BEFORE = frozenset("._@/\\#$&%~=`+")
_STOP_CHARS = frozenset("\n.!?;:")


_COMMON_SURNAMES = words("""
    long park song king green brown young hall hill wood gray price cook ward reed baker turner parker
    carter cooper foster brooks griffin bennett sanders collins hayes he ma li lu fan pan sun tan han
    ding dong tang lin wu yu su ye du hu jia tian wei yang luo qin
""")
"""Family names that are also common English words or too short to be evidence alone."""
_PINYIN = re.compile(
    r"(?i:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en"
    r"|er|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)){1,2}"
)
"""One or two pinyin syllables: the shape of a Chinese given name in Latin letters."""
_NOT_PINYIN_NAMES = words("""
    an ban bang can fan hang hen long man pen ran sang sing tan ten tin ping pin bin din gun hung lung
    sun run bun fun nun den men zen ding dong gong song wan pang ma pa la he she me we ye go so no lo
    die lie tie pie sue due hue you chin shin shun hang pan lang ring king wing thing bring sing zone
    bus job ban tab cap
""")


def _forms() -> tuple[str, str]:
    """Alternations of the given names (capitalised, all caps, long non-English lower case) and of
    the family names (capitalised), longest first."""
    given: set[str] = set()
    for n in GIVEN_NAMES:
        given.add(n[:1].upper() + n[1:])
        given.add(n.upper())
        if len(n) >= 4 and not is_english(n) and n not in _KEYWORDS:
            given.add(n)
    family = {n[:1].upper() + n[1:] for n in SURNAMES - _COMMON_SURNAMES}
    family |= {n[:1].upper() + n[1:] for n in CHINESE_SURNAMES}
    family -= given

    def alts(forms: set[str]) -> str:
        return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))

    return alts(given), alts(family)


@lru_cache(maxsize=1)
def _finder() -> re2._Regexp:
    """One RE2 regex for every candidate of a text, so a text costs one linear scan: group 1 a
    given name, group 2 a family name, group 3 an honorific before a lower-case word (the gate of
    `_LOWER_AFTER_HONORIFIC`)."""
    given, family = _forms()
    options = re2.Options()
    options.max_mem = 96 << 20  # the DFA of ~5,000 alternatives needs more than RE2's default 8 MB
    return re2.compile(
        re2_source(
            r"(?:^|[^\pL\pN_])(?:(?:(" + given + r")|(" + family + r"))(?:[^\pL\pN_]|$)"
            r"|(?i:(" + _HONORIFICS + r"))[.]?[ \t]+\p{Ll})"
        ),
        options=options,
    )


_CAP_TOKEN = re.compile(r"(?<![\w'\u2019-])[^\W\d_a-z][^\W\d_]*(?:['\u2019-][^\W\d_]+)*(?![\w'\u2019-])")
"""A capitalised (or all-caps) word of a cased script: a candidate for the broad name lists."""


_YORUBA_LETTERS = re.compile("[\u1eb8\u1eb9\u1ecc\u1ecd\u1e62\u1e63\u0323]")
"""Ẹ ẹ Ọ ọ Ṣ ṣ and a combining dot below: Yoruba spelling, whose names carry tone marks too."""


_YORUBA_DOTTED = re.compile("[eos]\u0323")
_NOT_YORUBA_MARKS = re.compile("[\u0302\u0303\u0306\u0309\u031b]")
"""Circumflex, tilde, breve, hook and horn: Vietnamese marks (``Lộc``, ``Thuỵ``), never Yoruba ones."""


def _yoruba_unmarked(word: str) -> str | None:
    """`word` lower-cased without its tone marks and dots below when it is spelt the Yoruba way (a
    dotted ẹ, ọ or ṣ, no Vietnamese mark): ``Adébáyọ`` -> ``adebayo``; else None."""
    nfd = unicodedata.normalize("NFD", word.lower())
    if _YORUBA_DOTTED.search(nfd) is None or _NOT_YORUBA_MARKS.search(nfd) is not None:
        return None
    return "".join(c for c in nfd if not unicodedata.combining(c))


def _broad(text: str) -> list[tuple[int, int]]:
    """Capitalised words that are given names of Faker's lists (`BROAD_GIVEN_NAMES`, ~21,000, too
    many for the RE2 alternation): one regex pass over capitalised words, a set look-up each. In a
    text with Yoruba letters, a word spelt the Yoruba way is looked up without its tone marks and
    dots below as well (``Adébáyọ̀`` is ``Adebayo``), in both lists."""
    if _YORUBA_LETTERS.search(text) is None:
        return [m.span() for m in _CAP_TOKEN.finditer(text) if m.group().lower() in BROAD_GIVEN_NAMES]
    out: list[tuple[int, int]] = []
    for m in _CAP_TOKEN.finditer(text):
        low = m.group().lower()
        if low in BROAD_GIVEN_NAMES or (
            (plain := _yoruba_unmarked(low)) is not None and (plain in GIVEN_NAMES or plain in BROAD_GIVEN_NAMES)
        ):
            out.append(m.span())
    return out


def _candidates(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], bool]:
    """Given names, family names (offsets) and whether an honorific gate matched: one RE2 pass for
    the hand-written lists, one pass over capitalised words for Faker's given names.

    A match takes the character after its name; a given name right after a family name
    (``Trần Minh``) is then looked up directly, so it is not lost."""
    try:
        # an ASCII text as bytes: the same offsets, without the wrapper's per-call encoding and
        # per-match offset mapping of a ``str``
        found = list(_finder().finditer(text.encode("ascii") if text.isascii() else text))
    except UnicodeEncodeError:  # lone surrogates: RE2 reads UTF-8 only; same length, same offsets
        found = list(_finder().finditer(_SURROGATE.sub("\ufffd", text)))
    given: list[tuple[int, int]] = []
    family: list[tuple[int, int]] = []
    honorific = False
    for m in found:
        if m.start(1) >= 0:
            given.append((m.start(1), m.end(1)))
        elif m.start(2) >= 0:
            family.append((m.start(2), m.end(2)))
            nxt = _NEXT_WORD.match(text, m.end(2))
            if nxt is not None and (nxt.group(1).lower() in GIVEN_NAMES or nxt.group(1).lower() in BROAD_GIVEN_NAMES):
                given.append((nxt.start(1), nxt.end(1)))
        else:
            honorific = True
    given = sorted(set(given).union(_broad(text)))
    family.sort()
    return given, family, honorific


def _pinyin_name(word: str) -> bool:
    return (
        word[:1].isupper()
        and word[1:].islower()
        and _PINYIN.fullmatch(word.replace("-", "")) is not None
        and word.lower() not in _NOT_PINYIN_NAMES
    )


_AMBIGUOUS_HONORIFICS = words("don")
"""Honorifics that are also a plain word of other languages written beside English: ``don`` is
Hausa *for* (``don tattara log``) and Irish *to the* (``don chartlann``). ``pani``/``pan`` are
Polish function words too, but there the word is the honorific (``pani kowalskiej``)."""


def _foreign_after_honorific(text: str, match: str, start: int, end: int) -> bool:
    """Whether a lower-case word after an ambiguous honorific is a word of another language's
    clause: no word after it is a name the lexicons know, and the clause reads as another
    language (`foreign_words.foreign_lone_word`). ``doña amparo``, ``don matteo``, ``pani
    kowalskiej`` stay names."""
    if match.split(None, 1)[0].lower().rstrip(".") not in _AMBIGUOUS_HONORIFICS:
        return False
    if any(w in GIVEN_NAMES or w in SURNAMES or w in BROAD_GIVEN_NAMES for w in text[start:end].lower().split()):
        return False
    return foreign_lone_word(text, start, end)


def _plain_word(low: str) -> bool:
    return is_english(low) or low in NOT_NAME_WORDS or low in TECH_NAMES or low in SYSTEM_USERS or low in ORG_WORDS


_SHOUTED_END = re.compile(r"[ \t]*(?:[\"'|,;<(]|\+?\d|$)")
"""What may end an all-caps name inside a line: a quote, cell bar, comma, bracket or a number."""
_SHOUTED_BEFORE = re.compile(r"(?:^|[\s\"'|:(,])$")


def _inline_shouted(text: str, line_start: int, s: int, e: int, line_end: int) -> bool:
    """An all-caps run ``text[s:e]`` inside a line of mixed case that reads as a name: a hand-listed
    given name first, no English word after it, a boundary before and a cell, value or number after."""
    words_ = text[s:e].split()
    if words_[0].lower() not in GIVEN_NAMES or any(is_english(w.lower()) for w in words_[1:]):
        return False
    if _SHOUTED_BEFORE.search(text, max(line_start, s - 1), s) is None:
        return False
    if _SHOUTED_END.match(text, e, line_end) is None:
        return False
    return any(c.islower() for c in text[line_start:s] + text[e:line_end])


class GivenNameDetector(ViewDetector):
    """Runs of name words that start with a known given name (``pii.given_name``)."""

    name = "pii.given_name"
    entities: tuple[str, ...] = ("PERSON",)

    def __init__(self, *, gated: bool | None = None) -> None:
        """Builds the name finder (and the English word list it reads) and the common-word table
        `names.clean_name` reads (~60 ms) now, once per process, as the engine is built, rather
        than inside the first texts that reach the detector."""
        super().__init__(gated=gated)
        _finder()
        common_words()

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        done = 0
        found_spans: list[tuple[int, int]] = []
        given, family, honorific = _candidates(text)
        for s, e in given:
            if s < done or (s > 0 and text[s - 1] in _IDENT_BEFORE):
                continue
            if e < len(text) and (text[e] in "(@_" or (text[e] in "./:\\" and text[e + 1 : e + 2].isalnum())):
                continue  # Sven.py, Maria(, Anja@host: identifiers, not prose
            token = text[s:e]
            kind = info.kind_at(s)
            if kind in ("path", "diff"):
                continue
            if token.islower():
                found = self._lower(info, s, e, kind)
            elif token.isupper() and len(token) > 1:
                found = self._shouted(text, s)
            else:
                found = self._capitalised(text, s, kind, broad=token.lower() not in GIVEN_NAMES)
            if found is not None:
                done = found[2]
                found_spans.append((found[1], found[2]))
                yield found
        yield from self._surnames(info, family, found_spans)
        if honorific:
            for ra, rb in info.regions(TEXT_KINDS):
                for hm in _LOWER_AFTER_HONORIFIC.finditer(text, ra, rb):
                    end = hm.start("name")
                    for w in _LOWER_WORD.finditer(hm.group("name")):
                        if _plain_word(w.group()):
                            break
                        end = hm.start("name") + w.end()
                    if end > hm.start("name") and not _foreign_after_honorific(text, hm.group(), hm.start("name"), end):
                        yield ("PERSON", hm.start("name"), end, 0.7)

    @staticmethod
    def _surnames(info: TextInfo, family: list[tuple[int, int]], taken: list[tuple[int, int]]) -> Iterator[Finding]:
        """A known family name after an unknown given name that is not an English word
        (``Thandiwe Nkosi``), or a Chinese family name and a pinyin given name in either order
        (``Zhang Wei``, ``Haoran Liu``)."""
        text = info.text
        for s, e in family:
            if any(a <= s < b for a, b in taken) or info.kind_at(s) in ("path", "diff"):
                continue
            if (s > 0 and text[s - 1] in _IDENT_BEFORE) or (
                e < len(text) and (text[e] in "(@_" or (text[e] in "./:\\-" and text[e + 1 : e + 2].isalnum()))
            ):
                continue
            goes_on = _next_cap(text, e)  # "Garcia Lorca Theatre"
            surname = text[s:e]
            chinese = surname.lower() in CHINESE_SURNAMES
            before = _CAP_BEFORE.search(text, max(0, s - 40), s)
            if before is not None:
                given = before.group(1)
                low = given.lower()
                pre = before.start(1)
                if (pre > 0 and text[pre - 1] in _IDENT_BEFORE) or _CAP_BEFORE.search(text, max(0, pre - 40), pre):
                    continue  # a longer capitalised phrase ("Universidad Nacional Garcia")
                if (
                    not is_name_token(given)
                    or low in _PLACE_PREFIXES
                    or low in TECH_NAMES
                    or low in ORG_WORDS
                    or low in _NOT_SURNAME
                    or len(given) < 3
                ):
                    continue
                if goes_on:
                    continue
                if (chinese and _pinyin_name(given)) or (not chinese and not is_english(low)):
                    yield ("PERSON", pre, e, 0.75)
                continue
            if chinese:
                nxt = _CAP_AFTER.match(text, e)
                if nxt is not None and _pinyin_name(nxt.group(1)) and not _next_cap(text, nxt.end(1)):
                    if surname.lower() in _COMMON_SURNAMES and _SENTENCE_BEFORE.search(text, max(0, s - 3), s):
                        continue  # "He Ran ...": a sentence word, not a family name
                    yield ("PERSON", s, nxt.end(1), 0.75)

    @staticmethod
    def _capitalised(text: str, s: int, kind: str, *, broad: bool = False) -> Finding | None:
        """A run from a capitalised given name. `broad`: the name is only in Faker's lists (weaker
        evidence): it needs a second name token, and one that is not an English word."""
        run = _RUN.match(text, s)
        if run is None:
            return None
        value = _COLUMN_GAP.split(run.group(), 1)[0]  # "Katarzyna Wiśniewska    Hollowpine Sp.": two columns
        value = _SENTENCE_DOT.split(value, 1)[0]  # "Anthony Perez. Directed ...": a sentence ends
        r = clean_name(value, max_tokens=4)
        if r is None or r[0] != 0:
            return None
        end = s + r[1]
        if text.startswith(("'s", "\u2019s"), end - 2):
            end -= 2  # "Richard J. Wagner's implementation"
        if text[end : end + 1] in ("-", "_", "/", "@") and text[end + 1 : end + 2].isalnum():
            return None  # "Brian-Gladman-3-Clause", "Maria_v2": an identifier
        tokens = text[s:end].split()
        names = [t for t in tokens if t[:1].isupper()]
        if _next_cap(text, end):
            return None  # "Victoria Street", "Maria Hilf Kirche": the run goes on into other words
        if _STREET_AFTER.match(text, end) is not None:
            return None  # "Kálmán Imre u. 12", "Brīvības iela 5": a street named after a person
        first = tokens[0].lower()
        if len(names) >= 2:
            if " ".join(tokens).lower() in _PLACEHOLDER_NAMES:
                return None  # "Jane Doe" in a fixture: a placeholder, not a person
            rest = [t.lower().strip(".") for t in names[1:]]
            if any(t in _NOT_SURNAME for t in rest):
                return None
            if all(is_english(t) for t in rest) and (
                broad or is_english(first) or first in PLACE_NAMES or len(rest) > 1
            ):
                return None  # "Max Retries", "Sofia Airport", "Marie Linen Tee": a name that names a thing
            return ("PERSON", s, end, 0.75)
        if kind not in TEXT_KINDS or len(tokens) != 1 or broad:
            return None
        word = tokens[0].rstrip(".")
        low = word.lower()
        if is_english(low) or low in PLACE_NAMES or low in _PLACEHOLDERS or len(word) < 3:
            return None
        if text[s - 1 : s] in ('"', "'") and text[s + len(word) : s + len(word) + 2].lstrip(".")[:1] in ('"', "'"):
            return None  # "Alice" as a whole string literal: a fixture value in code
        if any(p.lower() in _NOT_SURNAME or p.lower() in ORG_WORDS for p in word.split("-")[1:]):
            return None  # "Max-Planck-Society"
        if not english_line(text, s, s + len(word)):
            return None  # other languages: their common words may be given names elsewhere ("Ama" is Turkish "but")
        before = _WORD_BEFORE.search(text, max(0, s - 40), s)
        if before is not None and before.group(1)[:1].isupper() and before.group(1).lower() not in _GREETINGS:
            return None  # "São Paulo", "San Diego": the end of a longer proper noun
        after = text[s + len(word) : s + len(word) + 3]
        if after.lstrip(".")[:1] in (" ", "\t") and after.lstrip(".")[1:2].isdigit():
            return None  # "Jan 5": a month, not a name
        return ("PERSON", s, s + len(word), 0.7)

    @staticmethod
    def _shouted(text: str, s: int) -> Finding | None:
        """An all-caps name alone on its line (``MAHMOUD EL-SAYED``), or inside a line of mixed
        case when it starts with a hand-listed given name, its other words are not English and a
        cell, value or number ends it (``Pesa imetumwa kwa JOSEPH MWANGI KARIUKI 0722 318 094``,
        ``"holder": "ANJA HOLTKAMP"``; not ``JOSEPH STREET`` or a heading in capitals)."""
        a = text.rfind("\n", 0, s) + 1
        m = _UPPER_RUN.match(text, s)
        if m is None:
            return None
        b = text.find("\n", m.end())
        line_end = len(text) if b < 0 else b
        alone = not text[a:s].strip(" \t*#>-") and not text[m.end() : line_end].strip(" \t*")
        if not alone and not _inline_shouted(text, a, s, m.end(), line_end):
            return None
        value = m.group().title()
        r = clean_name(value, min_tokens=2, max_tokens=4)
        if r != (0, len(value)) or any(t.lower() in _NOT_SURNAME for t in value.split()):
            return None
        return ("PERSON", s, m.end(), 0.75)

    @staticmethod
    def _lower(info: TextInfo, s: int, e: int, kind: str) -> Finding | None:
        """A lower-case given name in an English line (chat that does not capitalise)."""
        text = info.text
        if kind not in TEXT_KINDS:
            return None
        tok = _TOKEN_AT.match(text, s)
        possessive = text.startswith(("'s", "\u2019s"), e) and tok is not None and tok.end() == e + 2
        if tok is None or (tok.end() != e and not possessive) or not english_line(text, s, e):
            return None
        if foreign_lone_word(text, s, e):
            return None  # "don tattara log daga", "seo an socrú don chóras dlí": a word of another language
        a = text.rfind("\n", 0, s) + 1
        b = text.find("\n", e)
        if any(c in _CODE_CHARS for c in text[a : len(text) if b < 0 else b]):
            return None  # a line of code, not chat
            return None
        start, end = s, e
        before = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, s - 30) : s])
        if before is not None and before.group(1).islower() and before.group(1) in GIVEN_NAMES:
            start = s - len(before.group(0))  # "maria josé"
        nxt = re.match(r"[ \t]+([^\W\d_]{3,})(?![\w@.])", text[e : e + 40])
        if nxt is not None and nxt.group(1).islower() and not _plain_word(nxt.group(1)):
            end = e + nxt.end()  # "chiamaka okafor", "josé gonzález"
        return ("PERSON", start, end, 0.7)
