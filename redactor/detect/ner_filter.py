"""A name the model found alone in technical text: a product, vendor, project or site, not a person.

The NER model calls unknown capitalised words people or places, and in agent sessions most of
them are vendors, libraries, projects and plant or site names (``the Libib one is f5e5...``,
``Kerlink WMC admin password``, ``the Getir webhook handler``, ``plant Emden``, ``port our board
export from Taiga``). Lists of such names never end, so this filter reads the evidence around a
hit instead, all of it from broad sources, never from single corpus lines:

- **the name**: no word of it is a given or family name of the lexicons (`known_name`, Faker's
  person locales and the hand lists), and each word is either no English word (`lexicon.is_english`)
  or a place of the gazetteer (`place_names_data`); English-word names (``Dale``, ``White``,
  ``Jasmine``) are never dropped here;
- **the text**: the pattern detectors found no personal data in it (`text_has_pii` is False: no
  e-mail, phone, address, handle, other name; secrets do not count). A text about a person
  nearly always carries more than one clue;
- **the sentence** (or line) around the hit is technical (`technical_sentence`): a secret the
  detectors found in it, or a word shaped like code or a product (``DoorDash``, ``B8``,
  ``process.env``, ``VIN``, a word of `_TECH_WORDS` or `_vocab.TECH_NAMES`), and it says nothing
  about a person (`personal_sentence`: ``he``/``she``, ``Mr``, ``customer``, ``said``, a greeting,
  a possessive after the hit).

Only then is the hit dropped. Each condition alone would cost recall (a rare surname in a commit
message, a customer's city in a ticket); together they describe the negatives class, the texts
that hold no personal data at all.

A one-word hit that is a name or an English word (``Jasmine``, ``Ada``, ``Ray``: products named like
people) is dropped only on stronger evidence: the same text without personal data, a sentence
without personal words, and at least two other products named in that sentence (`products_around`:
``Tests run under Jasmine and Karma ... under Mocha with Chai and Sinon``) or a code name's frame
(`project_name`: ``Project Vega``, ``the Atlas migration``, ``Atlas is the codename for``).

A hit the model labels a place is dropped on the same text and sentence evidence when none of its
words is a given name, even if one is a family name (`named_place`: ``the pilot in Lisbon and
Madrid``), and kept whenever its clause tells someone's whereabouts (`whereabouts`).

Session 16 widened the evidence, still only in texts without personal data: a title line (a
comment or heading, or the text's first line) over a block holding a secret counts as technical
(`Evidence.titles_secret`: ``# <Vendor> <Product>`` over ``API_KEY=...``); a person noun that
modifies a technical noun is no person (`_role_modifier`: ``customer portal``, ``partner API``);
technical nouns of other languages count (`tech_words_world`); and a known family name alone in
parentheses right after a product-shaped word is the product's maker (`maker_in_parentheses`:
``<Product> (Patterson)``). Apart from the evidence, `product_person` lets the adapter drop a
one-word "person" named like a widely used package or a credential vendor of the secret catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from redactor.detect.ner_input import Chunk
from redactor.detect.pii import names_data
from redactor.detect.pii._vocab import TECH_NAMES, words
from redactor.detect.pii.given_names import GIVEN_NAMES
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.place_names_data import PLACE_NAMES
from redactor.detect.span import Span
from redactor.detect.tech_words_world import TECH_WORDS_WORLD

_TECH_WORDS = words(
    "api apis sdk sdks app apps key keys token tokens secret secrets password passwords credential credentials"
    " creds webhook webhooks endpoint endpoints server servers database databases db cluster clusters deploy"
    " deployed deployment build builds test tests config configuration repo repos repository branch commit"
    " pipeline pipelines script scripts cli json yaml toml xml csv env variable variables function module modules"
    " library libraries package packages plugin plugins handler handlers export import query request requests"
    " response error errors log logs firmware browser docs worker workers job jobs schema field fields tool tools"
    " integration integrations dashboard admin console portal sandbox staging production prod tenant workspace"
    " connector connectors gateway gateways instance instances service services platform vendor vendors provider"
    " providers version release releases install installed upgrade migration migrate backend frontend runtime"
    " framework frameworks container containers image images node nodes network firewall proxy ssh http https"
    " url urls uri oauth sso login signup checkout payment payments invoice invoices sku skus inventory order"
    " orders device devices sensor sensors fleet plant site sites model feed feeds sync board export"
    " upload download bucket storage cache queue topic stream rotate rotated validation checksum digit"
)
"""Nouns and verbs of software, operations and commerce; one of them beside a lone unknown
capitalised word makes the sentence about things."""
_CODE_SHAPE = re.compile(
    r"[A-Za-z]*[a-z][A-Z][A-Za-z]*"  # camelCase or an inner capital: DoorDash, GreptimeDB
    r"|[A-Za-z]+\d+[A-Za-z\d]*|\d+[A-Za-z]+[A-Za-z\d]*"  # letters with digits: B8, v1, WVWZZZ3CZJE
    r"|[A-Z]{2,6}"  # an acronym: VIN, WMC, SDK
    r"|\w+[_$`{}<>=/\\][\w_$`{}<>=/\\]*|[_$`{}<>=/\\]+\w+"  # identifiers, paths, markup: src/webhooks, $HOME
    r"|\w+\.\w+"  # dotted names: getir.ts, os.path
)
_TOKEN = re.compile(r"[^\s,;:!?()\[\]\"']+")
_PERSONAL_WORDS = words(
    "he she him her his hers himself herself mr mrs ms miss mx dr prof sir madam mister"
    " customer customers client clients patient patients colleague colleagues friend friends wife husband partner"
    " mother father mom dad son daughter sister brother parents family boss manager employee employees intern"
    " candidate applicant assistant person people guy girl boy man woman lady gentleman member members"
    " said says told tells asked asks wrote emailed called named born married met thanked hired joined"
    " lives lived moved visited hi hello hey dear thanks thank regards cheers cc ping ask contact"
    " founder founders cofounder ceo cto cfo director directors owner author authors maintainer reviewer"
    " developer engineer engineers student teacher doctor nurse driver buyer tenant landlord neighbour neighbor"
    " resident witness"
)
"""Words that make a sentence about someone."""
_ROLE_NOUNS = words(
    "customer customers client clients patient patients partner member members employee employees driver buyer"
    " tenant student teacher doctor nurse developer engineer reviewer owner author maintainer resident intern"
    " candidate applicant"
)
"""Person nouns of `_PERSONAL_WORDS` that also name a kind of system or credential when a
technical noun follows (``customer portal``, ``partner API``, ``client secret``, ``member id``,
``developer console``): then they say nothing about a person."""
_MODIFIED_NOUNS = words("id ids login logins account accounts area access")
"""Nouns a role noun modifies besides `_TECH_WORDS` (``member id``, ``partner login``)."""
SecretProbe = Callable[[int, int], bool]
"""Whether a secret the detectors found lies within ``[lo, hi)`` of the text being read."""
_SENTENCE_BOUND = re.compile(r"(?:[.!?](?=\s)|\n|\u2014 )")
_WINDOW = 200


_CLAUSE_BOUND = re.compile(r"(?:[.!?;](?=\s)|\n|\u2014 )")
"""A sentence bound or a semicolon: where the clause about the hit ends."""


def _bounds(text: str, start: int, end: int, bound: re.Pattern[str] = _SENTENCE_BOUND) -> tuple[int, int]:
    """The sentence (or line; with `_CLAUSE_BOUND` the clause) around ``[start, end)``, at most
    `_WINDOW` characters each side."""
    lo = max(0, start - _WINDOW)
    cut = max((m.end() for m in bound.finditer(text, lo, start)), default=lo)
    stop = bound.search(text, end, min(len(text), end + _WINDOW))
    return cut, stop.start() if stop else min(len(text), end + _WINDOW)


def name_words_unknown(value: str, known_name: Callable[[str], bool]) -> bool:
    """Whether no word of `value` is a known given or family name and each is either no English
    word or a gazetteer place (``Kerlink``, ``Solarpark Kemi``, ``Lisbon``; not ``Dale White``)."""
    low = [t.lower().strip(".,'\u2019") for t in value.split()]
    if not low or any(known_name(t) for t in low):
        return False
    return all(not is_english(t) or t in PLACE_NAMES for t in low) or value.lower() in PLACE_NAMES


def personal_sentence(text: str, start: int, end: int, persons: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the sentence around the hit ``text[start:end]`` says something about a person: a
    pronoun, a title, a person noun, a speech or life verb, a greeting (`_PERSONAL_WORDS`), a
    possessive right after the hit (``Lenco's founder``), or another person the model found in it
    (`persons`, offsets into `text`: ``our founders: Šušulić, Bowman and White``). Only the hit's
    own clause counts: after a semicolon another subject starts (``Telefónica and Telenor expose
    network APIs; Vodafone joined the GSMA``)."""
    if text.startswith(("'s", "\u2019s"), end):
        return True
    lo, hi = _bounds(text, start, end, _CLAUSE_BOUND)
    if any(lo <= a and b <= hi and (a, b) != (start, end) for a, b in persons):
        return True
    for side in (text[lo:start], text[end:hi]):  # a role noun before the hit is followed by words up to it only
        words = [w.lower() for w in re.findall(r"[^\W\d_]+", side)]
        if any(w in _PERSONAL_WORDS and not _role_modifier(w, words[i + 1 : i + 3]) for i, w in enumerate(words)):
            return True
    return False


def _role_modifier(word: str, following: Sequence[str]) -> bool:
    """Whether the person noun `word` modifies a technical noun one or two words on (``customer
    portal``, ``partner marketing API``): a kind of system, not someone."""
    return word in _ROLE_NOUNS and any(w in _TECH_WORDS or w in _MODIFIED_NOUNS for w in following)


def technical_sentence(text: str, start: int, end: int, secret_in: SecretProbe | None = None) -> bool:
    """Whether the sentence around the hit ``text[start:end]`` is about software or things: a
    secret in it (`secret_in`, asked with the sentence's bounds), or another word shaped like code,
    an acronym or a product (`_CODE_SHAPE`), or a word of `_TECH_WORDS`, `_vocab.TECH_NAMES` or
    `tech_words_world.TECH_WORDS_WORLD` (``web servisi``, ``die Schnittstelle``)."""
    lo, hi = _bounds(text, start, end)
    if secret_in is not None and secret_in(lo, hi):
        return True
    for m in _TOKEN.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        token = m.group().strip(".'\u2019-")
        low = token.lower()
        if low in _TECH_WORDS or low in TECH_NAMES or low in TECH_WORDS_WORLD or _CODE_SHAPE.fullmatch(token):
            return True
    return False


def lone_technical_name(
    text: str,
    start: int,
    end: int,
    *,
    text_has_pii: bool,
    known_name: Callable[[str], bool],
    secret_in: SecretProbe | None = None,
    persons: Sequence[tuple[int, int]] = (),
    place: bool = False,
    titled: bool = False,
) -> bool:
    """Whether the NER hit ``text[start:end]`` is a product, vendor, project or site named alone
    in technical text, and so is dropped (see the module docs for the conditions).

    Args:
        text: the text the offsets point into (a chunk's unescaped view).
        start: start of the hit.
        end: end of the hit.
        text_has_pii: whether the pattern detectors found personal data (not secrets) in the text.
        known_name: whether a lower-case word is a given or family name of the lexicons.
        secret_in: whether the detectors found a secret within given bounds of `text`.
        persons: PERSON hits the adapter accepted in `text` so far (offsets into `text`).
        place: whether the model labelled the hit a place (`named_place`).
        titled: whether the hit's line titles a block holding a secret (`Evidence.titles_secret`):
            technical like a technical sentence.
    """
    if text_has_pii:
        return False
    if place and whereabouts(text, start, end):
        return False  # "I'm flying to Angera next week": someone's, whatever the sentence is about
    if place and named_place(text, start, end, secret_in, persons):
        return True
    if name_words_unknown(text[start:end], known_name):
        technical = titled or technical_sentence(text, start, end, secret_in)
        return technical and not personal_sentence(text, start, end, persons)
    if maker_in_parentheses(text, start, end, known_name):
        return technical_sentence(text, start, end, secret_in) and not personal_sentence(text, start, end, persons)
    if " " in text[start:end].strip():
        return False
    if products_around(text, start, end) < _PRODUCTS_MIN and not project_name(text, start, end):
        return False
    return not personal_sentence(text, start, end, persons)


@lru_cache(maxsize=1)
def _vendor_words() -> frozenset[str]:
    """Package names of PyPI's and npm's most used (`product_names_data.PRODUCT_WORDS`, which
    leaves out people's names) and the providers of the secret catalogue (`secrets.CATALOGUE`:
    the vendors that issue credentials), one word of four letters or more each."""
    from redactor.detect.pii.product_names_data import PRODUCT_WORDS
    from redactor.detect.secrets import CATALOGUE

    providers = {f.provider.lower() for f in CATALOGUE if f.provider.isalnum()}
    return frozenset(w for w in PRODUCT_WORDS | providers if len(w) >= 4)


def product_person(word: str, known_name: Callable[[str], bool]) -> bool:
    """Whether a one-word hit the model calls a person is a product by its name: a word of
    `_vendor_words` that is no given or family name of the lexicons (``move it to Doppler``,
    ``the Plaid one``). People named like a package stay (the vocabulary leaves their names out)."""
    low = word.lower()
    return low in _vendor_words() and low not in _GIVEN_VENDOR_NAMES and not known_name(low)


# Given names of faker's locales that are also package or provider words and that the name
# lexicons miss (review of session 16): a person called so stays to the evidence rules.
_GIVEN_VENDOR_NAMES = frozenset({"jenkins", "mollie", "solana", "travis"})


_PAREN_BEFORE = re.compile(r"([^\s()]+)[ \t]?\($")


def maker_in_parentheses(text: str, start: int, end: int, known_name: Callable[[str], bool]) -> bool:
    """Whether the hit ``text[start:end]`` alone fills parentheses right after a product's name:
    the maker or parent brand of that product (``Eaglesoft (Patterson)``, ``Sentryx (Mueller)``,
    ``1Line (Williams)``), named like a person because the firm carries its founder's name. The
    word before the parenthesis must be product-shaped: code-shaped (`_CODE_SHAPE`: an inner
    capital, digits) or a capitalised word that is no English word and no known name. ``the notes
    (Jules)`` or ``sent to Priya (Jules)`` are not such a frame."""
    if not text.startswith(")", end):
        return False
    m = _PAREN_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    before = m.group(1).strip(".,:;'\"\u2019")
    if (not before[:1].isupper() and not before[:1].isdigit()) or before.isupper():
        return False  # "the notes (Jules)"; "the API (Maria) key": an acronym is no product's name
    if _CODE_SHAPE.fullmatch(before):
        return True
    low = before.lower()
    return before.isalpha() and not is_english(low) and not known_name(low)


_GIVEN: frozenset[str] = frozenset(GIVEN_NAMES) | frozenset(
    w for script in names_data.GIVEN.values() for w in script.split()
)
"""Given names of the hand lists and of the Faker-generated lexicon (lower case)."""


_FIRST_PERSON = words("i me my mine myself")
_TRAVEL_WORDS = words(
    "flying flew travelling traveling travelled traveled visiting visited relocating relocated lived staying stayed"
    " born hometown vacation holiday holidays"
)
"""Verb forms and nouns of a person's travel and dwelling: a place beside them is someone's
whereabouts. Not the words technical text uses for things (``live`` keys, a ``flight`` search API,
``trip`` planners, ``home`` pages, ``based`` on, ``moving`` a workload)."""


def whereabouts(text: str, start: int, end: int, *, first_person: bool = False) -> bool:
    """Whether the clause around the place ``text[start:end]`` has a travel or dwelling word
    (`_TRAVEL_WORDS`), or with `first_person` a first-person singular word (not "we": a company
    speaks of its pilot cities so): someone's whereabouts (``I'm flying to Madrid next week``)."""
    lo, hi = _bounds(text, start, end, _CLAUSE_BOUND)
    around = re.findall(r"[^\W\d_]+", text[lo:start] + " " + text[end:hi])
    return any(w.lower() in _TRAVEL_WORDS or (first_person and w.lower() in _FIRST_PERSON) for w in around)


def named_place(
    text: str, start: int, end: int, secret_in: SecretProbe | None = None, persons: Sequence[tuple[int, int]] = ()
) -> bool:
    """Whether a hit the model labelled a place, in a text without personal data, is a place and
    no one's: no word of it is a given name (a family name that is also a city stays a city:
    ``the pilot in Lisbon and Madrid``, ``the Lima dental clinic``; the model labels ``Rafael`` or
    ``Zeynep`` places too, and those are people), its sentence is technical and says nothing about
    a person. The adapter keeps a place whose word is a known name for the people it mislabels;
    in a text with no personal data at all that rescue has nothing to stand on."""
    low = [t.lower().strip(".,'\u2019") for t in text[start:end].split()]
    if not low or any(t in _GIVEN for t in low):
        return False
    if whereabouts(text, start, end, first_person=True):
        return False  # "I'm in Madrid next week"
    return technical_sentence(text, start, end, secret_in) and not personal_sentence(text, start, end, persons)


_PROJECT_BEFORE = re.compile(r"(?i)\b(?:project|codename|code[ -]name|operation|initiative)[ \t]+$")
_PROJECT_NOUNS = words(
    "migration migrations rewrite rollout codename project initiative workstream epic milestone channel"
    " repo repository branch cluster release pipeline module sdk api app service"
)
"""Nouns a project's or system's code name modifies (``the Vega migration``, ``the Atlas channel``)."""
_NOUN_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b")
_CODENAME_AFTER = re.compile(r"(?i)[ \t]+(?:is|was)[ \t]+(?:the|our|a)[ \t]+(?:code[ -]?name|project)\b")


def project_name(text: str, start: int, end: int) -> bool:
    """Whether the one-word hit ``text[start:end]`` is a project's or system's code name by its
    frame: after ``Project``/``codename``/``Operation`` (``Project Vega``), before a project noun
    (`_PROJECT_NOUNS`: ``the Atlas migration``, ``the Vega channel``), or as the subject of ``is the
    codename`` (``Atlas is the codename for ...``). A possessive is no such frame (``Vega's branch``)."""
    if _PROJECT_BEFORE.search(text, max(0, start - 16), start):
        return True
    if text.startswith(("'s", "\u2019s"), end):
        return False
    m = _NOUN_AFTER.match(text, end)
    if m is not None and m.group(1).lower() in _PROJECT_NOUNS:
        return True
    return _CODENAME_AFTER.match(text, end) is not None


_PRODUCTS_MIN = 2
"""Other products a sentence must name before a lone name-like word in it is taken for one more."""
_CAPITALISED_TOKEN = re.compile(r"(?<![\w.-])[A-Z][\w+#.-]*[\w+#]")


def products_around(text: str, start: int, end: int) -> int:
    """How many distinct other products the sentence around ``text[start:end]`` names: capitalised
    words of `_vocab.TECH_NAMES`, package names (`product_names_data.PRODUCT_WORDS`) that are no
    English words, and words with an inner capital (``DoorDash``). A word that is also a name
    (``Jasmine``, ``Ada``, ``Ray``) is a product when its sentence lists two more (``Tests run
    under Jasmine and Karma ... under Mocha with Chai and Sinon``)."""
    from redactor.detect.pii.product_names_data import PRODUCT_WORDS

    lo, hi = _bounds(text, start, end)
    found: set[str] = set()
    for m in _CAPITALISED_TOKEN.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        word = m.group()
        low = word.lower()
        if low in TECH_NAMES or (low in PRODUCT_WORDS and not is_english(low)) or re.search(r"[a-z][A-Z]", word):
            found.add(low)
    return len(found)


_TITLE_LINE = re.compile(r"[ \t]*(?:#{1,6}|//|--|;|<!--|/\*|\*|%|')[ \t]*(?=\S)")
"""A comment line of the common languages and config formats, or a markdown heading."""
_TITLE_REACH = 3
"""Lines below a title that its block spans."""


class Evidence:
    """What the pattern detectors found in one text, as the NER post-filter asks it: any
    personal data (a span that is no secret), and where the secrets are (raw offsets)."""

    __slots__ = ("personal", "secrets", "text")

    def __init__(self, known: Sequence[Span], text: str = "") -> None:
        self.personal = any(s.entity != "SECRET" for s in known)
        self.secrets = [(s.start, s.end) for s in known if s.entity == "SECRET"]
        self.text = text

    def lone_name(
        self,
        chunk: Chunk,
        start: int,
        end: int,
        known_name: Callable[[str], bool],
        persons: Sequence[tuple[int, int]] = (),
        *,
        place: bool = False,
    ) -> bool:
        """`lone_technical_name` for the hit ``[start, end)`` of `chunk`'s view, with this text's evidence."""
        return lone_technical_name(
            chunk.view.text,
            start,
            end,
            text_has_pii=self.personal,
            known_name=known_name,
            secret_in=lambda lo, hi: self.secret_within(chunk, lo, hi),
            persons=persons,
            place=place,
            titled=self.titles_secret(chunk, start, end),
        )

    def titles_secret(self, chunk: Chunk, start: int, end: int) -> bool:
        """Whether the hit ``[start, end)`` of `chunk`'s view lies on a title line of a block that
        holds a secret: a comment or heading line, or the text's first line (`_TITLE_LINE`), with
        a secret the detectors found starting on one of the `_TITLE_REACH` lines below it
        (``# Acme Widgets portal`` over ``ACME_KEY=...``). The name there is the system the
        credentials belong to. Needs the raw text (`text`); without it, False."""
        if not self.secrets or not self.text:
            return False
        ra, rb = chunk.view.to_raw(start, end)
        a, b = chunk.offset + ra, chunk.offset + rb
        line_start = self.text.rfind("\n", 0, a) + 1
        line_end = self.text.find("\n", b)
        if line_end < 0 or not (line_start == 0 or _TITLE_LINE.match(self.text, line_start, line_end)):
            return False
        stop = line_end
        for _ in range(_TITLE_REACH):
            nxt = self.text.find("\n", stop + 1)
            stop = len(self.text) if nxt < 0 else nxt
        return any(line_end < s < stop for s, _ in self.secrets)

    def secret_within(self, chunk: Chunk, lo: int, hi: int) -> bool:
        """Whether a secret overlaps the chunk's view bounds ``[lo, hi)``."""
        if not self.secrets:
            return False
        ra, rb = chunk.view.to_raw(lo, hi)
        a, b = chunk.offset + ra, chunk.offset + rb
        return any(s < b and a < e for s, e in self.secrets)
