"""Session 12 (negpii): values that are nobody's by their frame, and zero-padded test cards.

Generated cases on both sides: chat turns of every role label and sentence opener (dropped)
against logins after ``user:`` (kept, Faker user names and English-word service accounts before
another key); bot mailboxes against people's ``Signed-off-by`` lines; institution and site names
built from every head noun against Faker people of ten locales; the processors' zero-padded test
cards against random Luhn-valid numbers.
"""

from __future__ import annotations

import random

import pytest
from faker import Faker

from redactor.detect.pii.common_words import someones_name
from redactor.detect.pii.fixtures import stand_in, without_stand_ins, zero_padded_card
from redactor.detect.pii.impersonal import (
    INSTITUTION_HEADS,
    ROLE_LABELS,
    bot_mailbox,
    chat_turn_word,
    code_value,
    impersonal_spans,
    institution_name,
    other_number,
    site_name,
)
from redactor.detect.span import Span

_LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "pt_BR", "nl_NL", "sv_SE"]


def _span(text: str, value: str, entity: str, detector: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return Span(entity, start, start + len(value), 0.8, detector)


_OPENERS = [
    "why is the build red",
    "what does this regex match",
    "how do i rotate the logs",
    "can you fix it now",
    "please add a test",
    "great, now bump the version",
    "thanks, that works for me",
]
_PREFIXES = ["{r}: ", "{R}: ", "[Copilot Chat] {r}: ", "> {R}: ", "**{R}:** ", "[12:01] {r}: "]


@pytest.mark.parametrize("role", ["user", "human", "assistant", "copilot", "ai"])
def test_chat_turn_first_word_is_no_login(role: str) -> None:
    for prefix in _PREFIXES:
        for opener in _OPENERS:
            text = "history:\n" + prefix.format(r=role, R=role.capitalize()) + opener + "?\n"
            word = opener.split()[0].rstrip(",")
            span = _span(text, word, "USERNAME", "pii.username")
            assert chat_turn_word(text, span), text


def test_logins_after_user_key_stay() -> None:
    fake = Faker("en_US")
    fake.seed_instance(12)
    for _ in range(60):
        login = fake.user_name()
        for text in (
            f"User: {login}\nPassword: <see vault>\n",
            f"  user: {login}\n  password: ${{DB_PASSWORD}}\n",
            f"user: {login} logged in at 10:02 from the VPN\n",
        ):
            assert not chat_turn_word(text, _span(text, login, "USERNAME", "pii.username")), text
    for login in ("deploy", "reader", "monitor", "backup"):  # English words as service accounts
        text = f"user: {login} password: Tr4nsit-{login}\n"
        assert not chat_turn_word(text, _span(text, login, "USERNAME", "pii.username")), text
        text = f"db:\n  user: {login}\n  host: db.internal\n"
        assert not chat_turn_word(text, _span(text, login, "USERNAME", "pii.username")), text


def test_role_label_read_as_name() -> None:
    for role in sorted(ROLE_LABELS):
        if len(role) < 2:
            continue
        label = role.capitalize()
        text = f"{label}: how do I configure the retry policy?\n"
        assert chat_turn_word(text, _span(text, label, "PERSON", "ner.spacy")), text
        text = f"Thanks to {label} Smith for the review: it helped.\n"  # not at a line start
        assert not chat_turn_word(text, _span(text, label, "PERSON", "ner.spacy")), text


def test_bot_mailboxes_and_people() -> None:
    for bot in ("dependabot", "renovate", "github-actions", "pre-commit-ci", "acme-release"):
        for mail in ("support@github.com", "noreply@acme.io"):
            text = f"Signed-off-by: {bot}[bot] <{mail}>\n"
            assert bot_mailbox(text, _span(text, mail, "EMAIL_ADDRESS", "pii.email")), text
        mail = "552013874+Copilot@users.noreply.github.com"  # the coding agent's id mailbox (session 16: a bot)
        text = f"Author: {bot}[bot] <{mail}>\n"
        assert bot_mailbox(text, _span(text, mail, "EMAIL_ADDRESS", "pii.email"))
        mail = "5123409+rkaminska@users.noreply.github.com"  # a person's id mailbox
        text = f"Author: Renata Kaminska <{mail}>\n"
        assert not bot_mailbox(text, _span(text, mail, "EMAIL_ADDRESS", "pii.email"))
    fake = Faker("en_GB")
    fake.seed_instance(5)
    for _ in range(40):
        name = fake.name()
        mail = name.lower().replace(" ", ".").replace("'", "") + "@example-corp.co.uk"
        text = f"Signed-off-by: {name} <{mail}>\nCo-authored-by: {name} <{mail}>\n"
        assert not bot_mailbox(text, _span(text, mail, "EMAIL_ADDRESS", "pii.email"))
        assert not bot_mailbox(text, _span(text, name, "PERSON", "pii.git_identity"))


def test_institution_heads_are_no_names() -> None:
    assert not [h for h in INSTITUTION_HEADS if someones_name(h)]


@pytest.mark.parametrize("locale", _LOCALES)
def test_institutions_dropped_people_kept(locale: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(7)
    heads = sorted(INSTITUTION_HEADS)
    for i in range(60):
        place = fake.last_name()
        head = heads[i % len(heads)]
        name = f"{place} {head.capitalize()}"
        text = f"Rows exported from the {name} records, 2026 batch.\n"
        assert institution_name(text, _span(text, name, "PERSON", "ner.spacy")), text
        person = fake.name()
        text = f"Please ask {person} about the invoice.\n"
        assert not institution_name(text, _span(text, person, "PERSON", "ner.spacy")), text
    for art in ("The", "Die", "Der", "Das", "Het", "Los", "Les", "Il"):
        name = f"{art} {fake.last_name()}"
        text = f"Sources: {name}, Reuters and AFP.\n"
        assert institution_name(text, _span(text, name, "PERSON", "ner.spacy")), text
    for kept in ("Le Roux", "La Rosa", "De Vries", "Del Rio"):
        text = f"Reviewed by {kept} today.\n"
        assert not institution_name(text, _span(text, kept, "PERSON", "ner.spacy"))


def test_sites() -> None:
    fake = Faker("en_US")
    fake.seed_instance(9)
    for _ in range(40):
        city = fake.city()
        for frame in (
            "escalate to the {c} warehouse",
            "from the {c} branch",
            "Site: {c}",
            "plant: {c}",
            "del campo {c} (WGS84)",
            "on the {c} desk",
        ):
            text = frame.format(c=city) + "\n"
            assert site_name(text, _span(text, city, "LOCATION", "ner.spacy")), text
        person = fake.name()
        for frame in ("call {p} at the warehouse", "the {p} account was closed", "Owner: {p}"):
            text = frame.format(p=person) + "\n"
            assert not site_name(text, _span(text, person, "PERSON", "ner.spacy")), text


def test_places_kept_beside_personal_data() -> None:
    text = "Patient Mary Jones lives in Martin County, TX; phone (432) 684-2291.\n"
    spans = [
        _span(text, "Mary Jones", "PERSON", "pii.person_context"),
        _span(text, "Martin County", "LOCATION", "ner.spacy"),
        _span(text, "(432) 684-2291", "PHONE_NUMBER", "pii.phone"),
    ]
    assert impersonal_spans(text, spans) == spans
    text = "42-317-41522-00-00 Martin County, TX\n30-025-50127-00-00 Lea County, NM\n"
    spans = [_span(text, "Martin County", "LOCATION", "ner.spacy"), _span(text, "Lea County", "LOCATION", "ner.spacy")]
    assert without_stand_ins(text, spans) == []


_STRIPE = [
    "4000002500003155",
    "4000000000009995",
    "4000002760003184",
    "4000000000003220",
    "4000000000000069",
    "4000000000000127",
    "4000000000009987",
    "5200000000001096",
    "4000008260003178",
]


def _luhn_complete(prefix: str) -> str:
    digits = [int(c) for c in prefix]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return prefix + str((10 - total % 10) % 10)


def test_zero_padded_test_cards() -> None:
    for card in _STRIPE:
        assert zero_padded_card(card)
        assert stand_in("CREDIT_CARD", " ".join(card[i : i + 4] for i in range(0, 16, 4))) == 2
    rng = random.Random(12)
    hits = 0
    for _ in range(20000):
        card = _luhn_complete(rng.choice("4523") + "".join(rng.choice("0123456789") for _ in range(14)))
        hits += zero_padded_card(card)
    assert hits <= 2  # about 3 in 100,000 random numbers
    assert stand_in("CREDIT_CARD", "4539 1488 0343 6467") == 0


_TYPES = ["str", "int", "bytes", "tuple[str, int]", "Optional[str]", "list[str]", "dict[str, Any]", "Address"]


def test_type_expressions_and_calls_are_code() -> None:
    for a in _TYPES:
        for b in ("None", "str", "int"):
            for value in (f"{a} | {b}", f"{a} | {b} = None", f"Optional[{a}]", f"Union[{a}, {b}]", f"List<{b}>"):
                text = f"def f(\n    address: {value},\n) -> None: ...\n"
                assert code_value(text, _span(text, value, "ADDRESS", "pii.structured")), value
    for value in ("Address(1, 2)", "Person(name)", "models.TextField(blank=True)"):
        text = f"    address = {value}\n"
        assert code_value(text, _span(text, value, "ADDRESS", "pii.structured")), value


@pytest.mark.parametrize("locale", _LOCALES)
def test_real_addresses_and_names_are_no_code(locale: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(3)
    for _ in range(50):
        address = fake.address().replace("\n", ", ")
        text = f"address: {address}\n"
        assert not code_value(text, _span(text, address, "ADDRESS", "pii.structured")), address
        name = fake.name()
        text = f"name: {name}\n"
        assert not code_value(text, _span(text, name, "PERSON", "pii.structured")), name
        first = fake.first_name()
        text = f"ping {first.lower()}. Then deploy.\n"
        assert not code_value(text, _span(text, first.lower(), "PERSON", "pii.given_name")), first


def test_keywords_modules_and_style_tables() -> None:
    for kw in ("elif", "else", "lambda", "struct", "println"):
        text = f"        {kw} left != right:\n"
        assert code_value(text, _span(text, kw, "PERSON", "pii.person_chat"))
    text = "    # At runtime, this is codecs.mbcs_decode\n"
    assert code_value(text, _span(text, "codecs", "PERSON", "pii.person_chat"))
    rows = ["Whitespace", "Comment", "Keyword", "Operator", "Name"]
    text = "styles = {\n" + "".join(f'    {r}: "#{i}{i}{i}",\n' for i, r in enumerate(rows)) + "}\n"
    for r in rows[:4]:
        assert code_value(text, _span(text, r, "PERSON", "pii.person_context")), r
    text = 'contacts = {\n    Anna: "see ticket 42",\n}\n'  # one row: no table
    assert not code_value(text, _span(text, "Anna", "PERSON", "pii.person_context"))


def test_places_starting_with_articles_stay_places() -> None:
    for place in ("Los Angeles", "Las Vegas", "The Hague", "Il Cairo"):
        text = f"Our replicas run in {place} and Frankfurt.\n"
        assert not institution_name(text, _span(text, place, "LOCATION", "ner.spacy")), place
    for org in ("Restaurant Zum Goldenen Hirsch", "Polizia Locale di Bologna", "Baltic Freight", "Hotel Alpenrose"):
        text = f"Verbale — {org}\n"
        assert institution_name(text, _span(text, org, "PERSON", "pii.person_chat")), org


_OTHER_KEYS = ["account_number", "accountNo", "order_id", "dealer-number", "billing_number", "API number", "sku"]
_PHONE_KEYS = ["phone", "customer_phone", "mobile", "Tel", "contact_number", "whatsapp", "fax", "cell_no"]


def test_numbers_named_by_their_key_or_column() -> None:
    rng = random.Random(4)
    for _ in range(20):
        number = f"{rng.randint(200, 989)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        for key in _OTHER_KEYS:
            text = f"{key}: {number}\n"
            assert other_number(text, _span(text, number, "PHONE_NUMBER", "pii.phone")), text
            text = f"name,{key},city\nAnna Berg,{number},Uppsala\n"
            assert other_number(text, _span(text, number, "PHONE_NUMBER", "pii.phone")), text
            text = f"| name | {key} |\n|---|---|\n| Anna Berg | {number} |\n"
            assert other_number(text, _span(text, number, "PHONE_NUMBER", "pii.phone")), text
        for key in _PHONE_KEYS:
            text = f"{key}: {number}\n"
            assert not other_number(text, _span(text, number, "PHONE_NUMBER", "pii.phone")), text
            text = f'name,address,{key}\nAnna Berg,"Storgatan 3, Uppsala",{number}\n'
            assert not other_number(text, _span(text, number, "PHONE_NUMBER", "pii.phone")), text
        text = f"Call me on {number} after five.\n"
        assert not other_number(text, _span(text, number, "PHONE_NUMBER", "pii.phone"))


def test_counting_zip_is_a_sample_beside_a_widget() -> None:
    text = '{"name": "Widget Pro", "city": "Springfield", "zip": "12345"}'
    spans = [
        _span(text, "Widget Pro", "PERSON", "pii.structured"),
        _span(text, "Springfield", "LOCATION", "pii.structured"),
        _span(text, "12345", "ADDRESS", "pii.structured"),
    ]
    assert without_stand_ins(text, spans) == []
    text = '{"name": "Anna Berg", "city": "Springfield", "zip": "12345"}'
    spans[0] = _span(text, "Anna Berg", "PERSON", "pii.structured")
    assert len(without_stand_ins(text, spans)) == 3


def test_holders_alone_may_be_phones() -> None:
    for key in ("Customer", "Store", "Branch", "Dealer", "Member"):
        text = f"{key}: +44 7911 123456\n"
        assert not other_number(text, _span(text, "+44 7911 123456", "PHONE_NUMBER", "pii.phone")), key
        text = f"{key} number: 4412-1977\n"
        assert other_number(text, _span(text, "4412-1977", "PHONE_NUMBER", "pii.phone")), key


def test_towns_named_after_facilities_stay() -> None:
    text = '{"iata": "LIS", "city": "Oliveira do Hospital"}'
    place = _span(text, "Oliveira do Hospital", "LOCATION", "ner.spacy")
    assert not institution_name(text, place)
