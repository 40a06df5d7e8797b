"""Stand-in values: test fixtures, UI hints and documentation examples that name no one.

Two classes of personal-looking value are nobody's data by the way they are written:

- **a UI hint** (`in_ui_placeholder`): the value of an HTML/JSX/Vue ``placeholder`` attribute or
  property (``<input name="full_name" placeholder="Jane Doe">``, ``placeholder: 'Priya Sharma'``,
  ``:placeholder="..."``, JSON-escaped as tool arguments carry it). A placeholder is by definition
  the text shown *until* someone types their own; it is written by a developer for everyone.
- **a fixture text** (`fixture_text`): a text whose every personal value is a stand-in of its
  kind, and at least one a strong one: a placeholder name (``Jane Doe``, ``Max Mustermann``,
  ``Test User``), a placeholder or automated mailbox at an RFC 2606 domain (``test@example.com``,
  ``noreply@status.example.com``, ``ops-alerts@example.com``), a card number of the networks'
  published test sets (``4242 4242 4242 4242``), the SSNs used in advertising (``987-65-4320`` to
  ``987-65-4329``, ``078-05-1120``), the IBAN examples of the registry (``DE89 3704 0044 0532 0130
  00``), ``123 Example Street, Anytown``. Weaker stand-ins count only beside a strong one: numbers
  of the ranges the numbering plans reserve for fiction (NANP ``555-0100`` to ``555-0199``,
  Ofcom's drama ranges ``07700 900xxx`` and ``020 7946 0xxx``, ACMA's ``5550`` and ``7010``
  blocks), since writers give them to realistic people too (``call the plumber on 07700 900418``
  is labelled a phone); names that are also someone's (``John Smith``); any address at an RFC 2606
  domain; ``1990-01-01``; documentation IP ranges of RFC 5737/3849; ``123 Main St``; ``testuser``.

In a fixture text all personal values are dropped (and the places beside them). A single real
value keeps every stand-in of the text masked: writers of realistic records use the fictional
ranges too (``+1 (404) 555-0187`` under a real-looking name and address), and the development
sets label them there. Secrets are never touched here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from redactor.detect.pii._vocab import words
from redactor.detect.pii.example_contacts import PLACEHOLDER_LOCALS, placeholder_address, placeholder_local
from redactor.detect.pii.fixture_words_world import FIXTURE_WORDS_WORLD
from redactor.detect.pii.impersonal import has_frames, impersonal_spans
from redactor.detect.span import Span

__all__ = ["fixture_text", "in_ui_placeholder", "lone_field_places", "stand_in", "strong_in_text", "without_stand_ins"]

_UI_PLACEHOLDER = re.compile(
    r"""(?i)(?<![\w-])(?:[:@]|v-bind:)?(?:placeholder|placeholderText|placeholder_text|input_placeholder)"""
    r"""\\*["']?[ \t]*[=:][ \t]*\{?[ \t]*(?:_\(|t\(|i18n\()?[ \t]*(\\*)(["'`])"""
)
"""The opening of a placeholder attribute's or property's value (the quote in group 2, the
backslashes escaping it in group 1)."""

STRONG_NAMES: frozenset[str] = frozenset(
    {
        "john doe",
        "jane doe",
        "john q. public",
        "john q public",
        "richard roe",
        "jane roe",
        "joe bloggs",
        "fred bloggs",
        "joe public",
        "max mustermann",
        "erika mustermann",
        "otto normalverbraucher",
        "hans muster",
        "fulano de tal",
        "tommy atkins",
        "\u5c71\u7530\u592a\u90ce",
        "\u5c71\u7530 \u592a\u90ce",
        "\ud64d\uae38\ub3d9",
    }
)
"""Full names that stand for nobody in any text (documentation and fixture conventions of
English, German, Swiss, Portuguese, British, Japanese and Korean forms)."""
WEAK_NAMES: frozenset[str] = frozenset(
    {
        "john smith",
        "jane smith",
        "jan kowalski",
        "anna kowalska",
        "jan nov\u00e1k",
        "juan p\u00e9rez",
        "juan perez",
        "mario rossi",
        "jean dupont",
        "marie dupont",
        "ivan ivanov",
        "\u0438\u0432\u0430\u043d \u0438\u0432\u0430\u043d\u043e\u0432",
        "jan jansen",
        "\u5f20\u4e09",
        "\u674e\u56db",
        "alice smith",
        "bob smith",
        "alice example",
        "bob example",
    }
)
"""Placeholder names that are also real people's: stand-ins only beside a strong stand-in."""
_FIXTURE_WORDS = words(
    "test tester testuser demo sample example dummy fake placeholder anonymous foo bar baz qux lorem"
    " ipsum user customer nobody someone somebody widget gadget acme contoso fabrikam initech"
)
"""A word that makes a name a fixture's (``Test User``, ``Demo Customer``, ``Foo Bar``)."""

_AUTOMATED_LOCALS = words(
    "noreply no-reply no_reply donotreply do-not-reply do_not_reply mailer-daemon mailerdaemon postmaster"
    " bounce bounces alert alerts notification notifications notify notifier monitoring monitor status"
    " cron daemon bot robot automation automated system"
)
"""Tokens of a mailbox local part that no person reads: system senders and alert lists."""
_RESERVED_DOMAIN = re.compile(r"(?i)(?:[a-z0-9-]+\.)*example\.(?:com|net|org)")
_LOCAL_TOKEN = re.compile(r"[a-z]+(?:-reply|_reply|-not-reply|_not_reply|-daemon)?")

_FICTION_PHONE = re.compile(
    r"\d*55501\d\d"  # NANP 555-0100..0199 (and the same digits under other plans' codes)
    r"|(?:44|0)?(?:7700900|2079460|11[3-8]4960|1[2-6]14960|1632960|2890180|2920180|8081570|9098790|3069990)\d{3}"
    r"|(?:61|0)?(?:[2378](?:5550|7010)\d{4}|49157\d{4})"  # ACMA
    r"|1?(?:1234567890|0123456789|5555555555)|0?123456789|12345678"
)
"""Digits of numbers reserved for fiction (NANP, Ofcom, ACMA) and counting placeholders."""
TEST_CARDS: frozenset[str] = frozenset(
    {
        "4242424242424242",
        "4000056655665556",
        "4111111111111111",
        "4012888888881881",
        "4222222222222",
        "5555555555554444",
        "2223003122003222",
        "5200828282828210",
        "5105105105105100",
        "378282246310005",
        "371449635398431",
        "378734493671000",
        "6011111111111117",
        "6011000990139424",
        "3056930009020004",
        "36227206271667",
        "3566002020360505",
        "6200000000000005",
        "30569309025904",
        "38520000023237",
        "3530111333300000",
        "6011000400000000",
        "4000000000000002",
        "4000000000000077",
    }
)
"""Card numbers the networks and payment processors publish for tests (Stripe, Adyen, Braintree)."""
_TEST_SSN = re.compile(r"987-?65-?432\d|078-?05-?1120|219-?09-?9999")
EXAMPLE_IBANS: frozenset[str] = frozenset(
    {
        "DE89370400440532013000",
        "GB82WEST12345698765432",
        "GB29NWBK60161331926819",
        "FR1420041010050500013M02606",
        "NL91ABNA0417164300",
        "ES9121000418450200051332",
        "IT60X0542811101000000123456",
        "CH9300762011623852957",
        "BE68539007547034",
        "AT611904300234573201",
        "PL61109010140000071219812874",
    }
)
"""The IBAN examples of the ISO 13616 registry and the banks' own documentation."""
_NEW_YEAR = re.compile(r"0?1[-./ ]0?1[-./ ](?:19|20)\d\d|(?:19|20)\d\d[-./ ]0?1[-./ ]0?1")
_DOC_IP = re.compile(r"(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}|(?i:2001:db8:[0-9a-f:]*)")
_MAIN_STREET = re.compile(
    r"(?i)\b(?:123|1234|12345|42)[ \t]+(?:main|test|sample|elm|oak)[ \t]+(?:st|street|ave|avenue|rd|road)\b"
)

_COUNTING_ZIPS = frozenset({"12345", "00000", "99999", "11111", "54321"})
"""Postcodes written by counting or repeating: a sample's, read as an address from a ``zip`` field."""

_STRONG, _WEAK, _REAL = 2, 1, 0


def zero_padded_card(digits: str) -> bool:
    """Whether a card number's digits are at least half zeros (``4000 0025 0000 3155``,
    ``4000 0000 0000 9995``): the processors' test cards are a brand prefix and a scenario code
    padded with zeros. A real number has eight or more zeros among 15 free digits with a chance of
    about 3 in 100,000; no card the development sets label has more than six."""
    return len(digits) >= 12 and digits.count("0") * 2 >= len(digits)


def in_ui_placeholder(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside the quoted value of a ``placeholder`` attribute or
    property on its line (the quote may be JSON-escaped: ``placeholder=\\"Jane Doe\\"``)."""
    line_start = text.rfind("\n", 0, start) + 1
    for m in _UI_PLACEHOLDER.finditer(text, line_start, start):
        close = m.group(1) + m.group(2)
        stop = text.find(close, m.end(), end + len(close) + 1)
        if m.end() <= start and (stop == -1 or stop >= end) and text.find(close, m.end(), start) == -1:
            return True
    return False


_TEMPLATE_LOCAL = re.compile(r"\{[\w:.!$ -]{0,24}\}|%[0-9]*[sd](?![a-z])")
"""A local part a program fills in (``donor{i:03d}``, ``user_${n}``, ``user%d``): generated data."""


def _email_kind(value: str) -> int:
    local, at, domain = value.rpartition("@")
    if not at or _RESERVED_DOMAIN.fullmatch(domain.replace("%40", "")) is None:
        return _REAL
    low = local.lower()
    if placeholder_local(low) or _TEMPLATE_LOCAL.search(low):
        return _STRONG
    tokens = _LOCAL_TOKEN.findall(low)
    if low in _AUTOMATED_LOCALS or any(t in _AUTOMATED_LOCALS for t in tokens):
        return _STRONG
    return _WEAK


def _name_kind(value: str) -> int:
    low = " ".join(value.lower().replace(",", " ").split())
    if low in STRONG_NAMES or any(t in _FIXTURE_WORDS or t in FIXTURE_WORDS_WORLD for t in low.split()):
        return _STRONG
    return _WEAK if low in WEAK_NAMES else _REAL


def stand_in(entity: str, value: str) -> int:
    """How `value` of `entity` stands in for data: 2 (a strong stand-in), 1 (a weak one: only
    beside a strong one), 0 (maybe someone's)."""
    if entity == "EMAIL_ADDRESS":
        return _email_kind(value)
    if entity == "PERSON":
        return _name_kind(value)
    digits = re.sub(r"\D", "", value)
    if entity == "PHONE_NUMBER":
        return _WEAK if len(digits) >= 7 and _FICTION_PHONE.fullmatch(digits) else _REAL
    if entity == "CREDIT_CARD":
        return _STRONG if digits in TEST_CARDS or zero_padded_card(digits) else _REAL
    if entity == "US_SSN":
        return _STRONG if _TEST_SSN.fullmatch(value.strip()) else _REAL
    if entity == "IBAN_CODE":
        return _STRONG if re.sub(r"\s", "", value).upper() in EXAMPLE_IBANS else _REAL
    if entity == "ADDRESS":
        if placeholder_address(value):
            return _STRONG
        return _WEAK if _MAIN_STREET.search(value) or value.strip() in _COUNTING_ZIPS else _REAL
    if entity == "DATE_OF_BIRTH":
        return _WEAK if _NEW_YEAR.fullmatch(value.strip()) else _REAL
    if entity == "IP_ADDRESS":
        return _WEAK if _DOC_IP.fullmatch(value.strip()) else _REAL
    if entity == "USERNAME":  # a mailbox read as a login (``From: noreply@...``) is judged as one
        if "@" in value:
            return _email_kind(value)
        low = value.lower().rstrip("0123456789")
        return _WEAK if low in PLACEHOLDER_LOCALS or low in _AUTOMATED_LOCALS else _REAL
    return _REAL


_NEUTRAL = frozenset({"SECRET", "LOCATION"})
"""Entities that neither make a text real nor are judged here (a fixture's city goes with it)."""


_TEXT_EMAIL = re.compile(
    r"(?i)((?:[\w.+-]|\$?\{[\w:.!$ -]{0,24}\}|%[0-9]*[sd](?=[\w.+-]*@))+)"  # a local part, maybe program-filled
    r"(?:@|%40)((?:[a-z0-9-]+\.)*example\.(?:com|net|org))\b"
)
_TEXT_FIXTURE_NAME = re.compile(
    r"(?i)\b(?:test|demo|sample|dummy|fake|example)[ _](?:user|customer|person|patient|account|name|member)\b"
)
_TEXT_MASKED = re.compile(r"(?i)\bx{3}-x{2}-x{4}\b|\bx{3}[-. ]x{3}[-. ]x{4}\b|\b(?:x{4}[- ]){3}(?:x{4}|\d{4})\b")


def strong_in_text(text: str) -> bool:
    """Whether `text` holds a strong stand-in the detectors may have passed over already: a
    placeholder or automated mailbox at an RFC 2606 domain, a placeholder name (``Test User``,
    ``Jane Doe``), a masked value (``XXX-XX-XXXX``), a stand-in street."""
    if "example." in text.lower():
        for m in _TEXT_EMAIL.finditer(text):
            if _email_kind(m.group(1) + "@" + m.group(2)) == _STRONG:
                return True
    low = text.lower()
    if any(name in low for name in STRONG_NAMES) or _TEXT_FIXTURE_NAME.search(text) or _TEXT_MASKED.search(text):
        return True
    return placeholder_address(text)


def fixture_text(text: str, spans: Sequence[Span]) -> bool:
    """Whether every personal value among `spans` (offsets into `text`) is a stand-in and one is
    a strong one, found or in the text (`strong_in_text`; see the module docs)."""
    strong = False
    personal = False
    kinds = [_REAL if s.entity in _NEUTRAL else stand_in(s.entity, text[s.start : s.end]) for s in spans]
    wholes = [(s.start, s.end) for s, k in zip(spans, kinds, strict=True) if k == _STRONG]
    for s, kind in zip(spans, kinds, strict=True):
        if s.entity in _NEUTRAL:
            continue
        if kind == _REAL and any(a <= s.start and s.end <= b and (a, b) != (s.start, s.end) for a, b in wholes):
            continue  # a part of a strong stand-in read as another value (the digits of a sample IBAN as a phone)
        if kind == _REAL:
            return False
        personal = True
        strong = strong or kind == _STRONG
    return personal and (strong or strong_in_text(text))


def lone_field_places(spans: Sequence[Span]) -> bool:
    """Whether `spans` hold places read from fields (not the NER model's) and no personal value
    other than places: ``{"iata": "LIS", "name": "Humberto Delgado Airport", "city": "Lisbon"}``,
    a geocoder's answer, a warehouse's record. A city is someone's only beside someone; the NER
    model's places have their own personal-sentence rule and are left to it."""
    places = False
    for s in spans:
        if s.entity == "LOCATION":
            places = places or not s.detector.startswith("ner.")
        elif s.entity != "SECRET":
            return False
    return places


def without_stand_ins(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the personal values that stand for nobody: values of UI placeholders,
    every personal value (places included) of a fixture text, and places read from fields of a
    text that holds no other personal value (`lone_field_places`). Secrets are kept."""
    if "placeholder" in text or "Placeholder" in text:
        spans = [s for s in spans if s.entity == "SECRET" or not in_ui_placeholder(text, s.start, s.end)]
    if not spans:
        return spans
    if has_frames(text, spans):
        spans = impersonal_spans(text, spans)
    if fixture_text(text, spans):
        return [s for s in spans if s.entity == "SECRET"]
    if lone_field_places(spans):
        return [s for s in spans if s.entity != "LOCATION" or s.detector.startswith("ner.")]
    return spans
