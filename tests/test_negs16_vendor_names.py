"""Session 16: vendor and product names in credential texts are no one (`redactor.detect.ner_filter`).

Three kinds, each with a kept twin: a title line over a block that holds a secret names the
system (``# Xylo Qontrax portal`` over ``XQ_KEY=...``), a person noun that modifies a technical
noun (``customer portal``, ``partner API``) says nothing about a person, and the technical nouns
of other languages (`tech_words_world`) make a sentence technical like the English ones. The
names are invented: strings of letters that are no word and no name of the lexicons.
"""

from __future__ import annotations

import random

import pytest

from redactor.detect.ner_filter import (
    Evidence,
    lone_technical_name,
    maker_in_parentheses,
    personal_sentence,
    technical_sentence,
)
from redactor.detect.ner_input import Chunk
from redactor.detect.pii.bot_accounts import bot_account
from redactor.detect.pii.impersonal import bot_mailbox
from redactor.detect.pii.lexicon import is_english
from redactor.detect.presidio_adapter import _known_name
from redactor.detect.span import Span
from redactor.detect.tech_words_world import TECH_WORDS_WORLD
from redactor.detect.unescape import Unescaped


def _hit(text: str, value: str) -> tuple[int, int]:
    start = text.index(value)
    return start, start + len(value)


def _vendor(rng: random.Random) -> str:
    """An invented capitalised word: no English word, no known name."""
    while True:
        word = "".join(rng.choice("bcdfgkmnprstvxz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))
        word = word.capitalize() + rng.choice(("x", "q", "tz", "rk"))
        if not is_english(word.lower()) and not _known_name(word.lower()):
            return word


def _chunk(text: str, start: int, end: int) -> Chunk:
    """A chunk of the raw `text` covering ``[start, end)`` (its view is the raw slice)."""
    view = Unescaped(text[start:end])
    return Chunk(0, start, "comment", view, 0, len(view.text))


_SECRET = "sk_live_51Hq8ZxR2vT9mK4pLw7Yc3Nd"
_COMMENTS = ("# ", "// ", "-- ", "<!-- ", "; ", "## ")


@pytest.mark.parametrize("seed", range(6))
def test_a_title_over_a_secret_block_names_the_system(seed: int) -> None:
    rng = random.Random(seed)
    vendor = f"{_vendor(rng)} {_vendor(rng)}"
    marker = rng.choice(_COMMENTS)
    for gap in range(3):
        text = f"{marker}{vendor} uploads\n" + "region=eu\n" * gap + f"API_KEY={_SECRET}\n"
        secret = Span("SECRET", *_hit(text, _SECRET), 0.9, "secret.test")
        evidence = Evidence([secret], text)
        line_end = text.index("\n")
        chunk = _chunk(text, 0, line_end)
        start, end = _hit(chunk.view.text, vendor)
        assert evidence.titles_secret(chunk, start, end), text
        assert lone_technical_name(
            chunk.view.text, start, end, text_has_pii=False, known_name=_known_name, titled=True
        ), text
    far = f"{marker}{vendor} uploads\n" + "region=eu\n" * 4 + f"API_KEY={_SECRET}\n"
    chunk = _chunk(far, 0, far.index("\n"))
    evidence = Evidence([Span("SECRET", *_hit(far, _SECRET), 0.9, "secret.test")], far)
    assert not evidence.titles_secret(chunk, *_hit(chunk.view.text, vendor))  # too far below: another block


def test_a_title_line_needs_a_comment_marker_or_the_first_line() -> None:
    text = f"notes for the rollout\nXylotrax Qemparo uploads\nAPI_KEY={_SECRET}\n"
    a = text.index("Xylotrax")
    chunk = _chunk(text, a, text.index("\n", a))
    evidence = Evidence([Span("SECRET", *_hit(text, _SECRET), 0.9, "secret.test")], text)
    assert not evidence.titles_secret(chunk, 0, len("Xylotrax Qemparo"))  # a plain middle line
    assert not Evidence([Span("SECRET", *_hit(text, _SECRET), 0.9, "secret.test")]).titles_secret(chunk, 0, 8)


def test_a_title_keeps_people_and_known_names() -> None:
    """A greeting or a known name on the title line stays: titled only replaces the technical test."""
    text = "Hi Xylotrax, here is the key"
    assert not lone_technical_name(text, 3, 11, text_has_pii=False, known_name=_known_name, titled=True)
    text = "# Margaret Ezeani staging access"
    start, end = _hit(text, "Margaret Ezeani")
    assert not lone_technical_name(text, start, end, text_has_pii=False, known_name=_known_name, titled=True)
    text = "# Xylotrax Qemparo uploads"
    start, end = _hit(text, "Xylotrax Qemparo")
    assert not lone_technical_name(text, start, end, text_has_pii=True, known_name=_known_name, titled=True)


@pytest.mark.parametrize(
    ("text", "value", "personal"),
    [
        ("Xylotrax customer portal login for the shop", "Xylotrax", False),
        ("Xylotrax partner marketing API for the dealers", "Xylotrax", False),
        ("Xylotrax client secret rotated", "Xylotrax", False),
        ("Xylotrax member id sync", "Xylotrax", False),
        ("Xylotrax is our customer since May", "Xylotrax", True),  # a customer, not a portal
        ("Xylotrax, the partner who signed", "Xylotrax", True),
        ("Xylotrax said the portal is down", "Xylotrax", True),  # a speech verb stays personal
    ],
)
def test_role_nouns_as_modifiers(text: str, value: str, personal: bool) -> None:
    assert personal_sentence(text, *_hit(text, value)) is personal


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Xylotrax web servisi kargo takibi", "Xylotrax"),
        ("die Schnittstelle zu Xylotrax liefert Daten", "Xylotrax"),
        ("la pasarela de Xylotrax devuelve un fallo", "Xylotrax"),
        ("a integração com Xylotrax falhou ontem", "Xylotrax"),
        ("Xylotrax rajapinnan salasana vaihdettu", "Xylotrax"),
    ],
)
def test_world_tech_words_make_a_sentence_technical(text: str, value: str) -> None:
    assert technical_sentence(text, *_hit(text, value))
    plain = " ".join(w for w in text.split() if w.lower() not in TECH_WORDS_WORLD)
    assert not technical_sentence(plain, *_hit(plain, value)), plain


def test_world_tech_words_are_no_names() -> None:
    assert not [w for w in TECH_WORDS_WORLD if _known_name(w)]
    assert len(TECH_WORDS_WORLD) > 150


_MAKERS = ("Patterson", "Mueller", "Williams", "Mitchell", "Anderson", "Harcourt")
"""Family names firms carry (known names of the lexicons)."""


@pytest.mark.parametrize("seed", range(4))
def test_a_maker_in_parentheses_after_a_product(seed: int) -> None:
    rng = random.Random(seed)
    maker = rng.choice(_MAKERS)
    assert _known_name(maker.lower())
    for product in (_vendor(rng), f"{rng.randint(1, 9)}{_vendor(rng)}", f"{_vendor(rng)}Pro"):
        text = f"the {product} ({maker}) bridge credentials are in the config"
        start, end = _hit(text, f"({maker})")
        start, end = start + 1, end - 1
        assert maker_in_parentheses(text, start, end, _known_name), text
        assert lone_technical_name(text, start, end, text_has_pii=False, known_name=_known_name), text
        assert not lone_technical_name(text, start, end, text_has_pii=True, known_name=_known_name), text
        personal = f"ask {product} ({maker}) for the bridge credentials"  # a person noun or verb: kept
        start = personal.index(maker)
        assert not lone_technical_name(
            personal, start, start + len(maker), text_has_pii=False, known_name=_known_name
        ), personal
    for before in ("the notes", "sent to Priya", "the API", "the Invoice"):
        text = f"{before} ({maker}) bridge credentials"
        start = text.index(maker)
        assert not maker_in_parentheses(text, start, start + len(maker), _known_name), text
    text = f"the {_vendor(rng)} ({maker} said so) config"
    start = text.index(maker)
    assert not maker_in_parentheses(text, start, start + len(maker), _known_name)  # not alone inside


def test_bot_id_mailboxes_are_no_one() -> None:
    """``<id>+<login>@users.noreply.github.com``: a bot's login is no one, a person's stays."""
    rng = random.Random(16)
    for _ in range(20):
        uid = rng.randint(10**6, 10**9)
        for login, bot in (
            ("Copilot", True),
            ("copilot", True),
            ("dependabot[bot]", True),
            (f"{_vendor(rng).lower()}-ci[bot]", True),
            (_vendor(rng).lower(), False),
            ("m.kowalczyk", False),
        ):
            mail = f"{uid}+{login}@users.noreply.github.com"
            text = f"Author: Someone <{mail}>\n"
            span = Span("EMAIL_ADDRESS", *_hit(text, mail), 0.95, "pii.email")
            assert bot_mailbox(text, span) is bot, mail
    text = "Author: x <mkowalczyk@users.noreply.github.com>"  # a legacy mailbox without an id
    assert not bot_mailbox(text, Span("EMAIL_ADDRESS", *_hit(text, "mkowalczyk@users.noreply.github.com"), 0.95, "e"))
    assert bot_account("Copilot") and not bot_account("copilotka")


def test_product_person_reads_the_package_and_provider_vocabulary() -> None:
    """A one-word "person" that is a credential vendor of the secret catalogue or a widely used
    package is a product; a name of the lexicons never is, whatever package carries it."""
    from redactor.detect.ner_filter import _GIVEN_VENDOR_NAMES, _vendor_words, product_person
    from redactor.detect.secrets import CATALOGUE

    vocab = _vendor_words()
    providers = sorted({f.provider for f in CATALOGUE if f.provider.isalnum() and len(f.provider) >= 4})
    assert len(providers) > 100
    kept = [p for p in providers if not _known_name(p) and p.lower() not in _GIVEN_VENDOR_NAMES]
    assert kept and all(product_person(p.capitalize(), _known_name) for p in kept)
    assert not [w for w in vocab if product_person(w, _known_name) and _known_name(w)]
    rng = random.Random(3)
    for _ in range(30):
        assert not product_person(_vendor(rng), _known_name)  # an unknown word: left to the evidence rules
    for name in ("Maria", "Jina", "Giulia", "Anderson"):
        assert not product_person(name, _known_name)
