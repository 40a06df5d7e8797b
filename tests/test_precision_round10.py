"""Round 10 precision classes: other-language lines, placeholders and public values, bot accounts.

Each table has rows that must be recognised and near misses that must not be.
"""

# ruff: noqa: RUF001  # Cyrillic, Thai and Turkish letters are what these rows are about

from __future__ import annotations

import hashlib

import pytest

from redactor.detect.ner_context import capitalises_nouns, foreign_piece, foreign_text
from redactor.detect.pii.bot_accounts import bot_account
from redactor.detect.pii.identity import plausible_user
from redactor.detect.pii.scripts import ScriptNameDetector
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.public_values import is_public_value

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _b58check(payload: bytes) -> str:
    """Base58check encoding, written out here so the test does not reuse the code it checks."""
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    num = int.from_bytes(data, "big")
    out = ""
    while num:
        num, r = divmod(num, 58)
        out = _B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


@pytest.mark.parametrize(
    ("line", "hit", "foreign"),
    [
        # Spanish deploy step: two function words (la, en), no English one
        ("3. Despliega la versión `pagos-api 4.12.3` en staging", "Despliega", True),
        # Catalan UI string in a locale file: the English key is not read
        ('  "reset_key": "Reinicia la CLAU al seu valor predeterminat",', "Reinicia", True),
        # Czech: one function word (se), the other word not English
        ('  "could_not_connect": "Nelze se připojit: ",', "Nelze", True),
        # German: two capitalised nouns the model calls a person
        ("Mehrere Gegenstellen der Verbindung angegeben", "Mehrere Gegenstellen", True),
        # near miss: an English function word keeps the line English
        ("Ebuka Obi reviewed the PR yesterday", "Ebuka Obi", False),
        # near miss: English sentence with a Spanish particle inside a name
        ("Meeting with Radu Constantin at the office", "Radu Constantin", False),
        # near miss: a line of capitalised words only is not judged
        ("Maria Fernandes", "Maria Fernandes", False),
        # near miss: one foreign-looking word among English ones
        ("Ask Kawa to deploy it to staging", "Kawa", False),
    ],
)
def test_foreign_piece(line: str, hit: str, foreign: bool) -> None:
    start = line.index(hit)
    assert foreign_piece(line, start, start + len(hit)) is foreign


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("service:<graph-id>:<key>", True),  # a template whose variable parts are placeholders
        ("v2x<your-access-token>", True),  # a fixed prefix and a placeholder
        ("https://{account}.example.com/{key}", True),  # braces
        ("Iphasiwedi", True),  # Zulu "password" as the value of a password label
        ("Passwort", True),  # German
        ("contraseña", True),  # Spanish
        ("appl_1QVk6MG6YFUvVFJkWqSLY9peobB", True),  # RevenueCat public App Store key
        ("goog_tGp8eIiG7RM3RIBMabUVjqhMFFx", True),  # RevenueCat public Google Play key
        ("phc_Xk29dLq8Zr7mN4bV1cT6yP3wQ0sA5eFh", True),  # PostHog project key (client-side)
        ("การยืนยันตัวบุคคล", True),  # a Thai label ("authentication") as a locale file's value
        ("xn--e1afmkfd.xn--p1ai", True),  # an internationalised domain name
        ("pass", True),  # auth=('user', 'pass') in documentation
        # near misses: real secrets keep their value
        ("sk-<abc>xK9fj3kLm2Pq8RtY7wZ4vB6n", False),  # a random run beside the placeholder
        ("sk_live_4eC39HqLyjWDarjtT1zdp7dc", False),  # Stripe secret key
        ("phx_Xk29dLq8Zr7mN4bV1cT6yP3wQ0sA5eFh", False),  # PostHog personal key
        ("s3cr3tP4ssw0rd!", False),  # a chosen password
        ("Passwort2024!", False),  # a password that starts with a password noun
        ("{PLAIN}HHd_Efd9o_Fl3kQ", False),  # a Dovecot scheme prefix is no template slot
        ("1]Y+X B7AK:w<ab>{x}%%q~Zt", False),  # a WordPress salt holding <ab> among punctuation
        ("ЗеленыйСлон42", False),  # a Cyrillic password with digits
    ],
)
def test_is_placeholder(value: str, expected: bool) -> None:
    assert is_placeholder(value) is expected


def test_public_addresses_by_checksum() -> None:
    body = hashlib.sha256(b"round10").digest()[:20]
    p2pkh = _b58check(b"\x00" + body)
    tron = _b58check(b"\x41" + body)
    assert is_public_value(p2pkh) and is_public_value(tron)
    # a WIF private key (0x80 + 32 bytes + flag) has the right checksum but is no address
    assert not is_public_value(_b58check(b"\x80" + hashlib.sha256(b"k").digest() + b"\x01"))
    # one character changed: the checksum fails
    broken = p2pkh[:-1] + ("2" if p2pkh[-1] != "2" else "3")
    assert not is_public_value(broken)
    # bech32: a valid segwit address; the same with one character changed; a secret prefix
    assert is_public_value("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")
    assert not is_public_value("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp")
    assert not is_public_value("nsec1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")
    # an Ethereum-shaped value is left to context (hCaptcha secrets have the same shape)
    assert not is_public_value("0x" + body.hex())


@pytest.mark.parametrize(
    ("name", "bot"),
    [
        ("USLACKBOT", True),  # Slackbot in every workspace
        ("B06RELBOT", True),  # a Slack bot id
        ("dependabot[bot]", True),  # a GitHub app account
        ("octocat", True),  # GitHub's documentation mascot
        ("28:a1b2c3d4-e5f6-7a8b-9c0d-e1f2a3b4c5d6", True),  # a Teams bot id
        ("U04KX2QJ8", False),  # a Slack member id points at one person
        ("BERTRAND", False),  # an upper-case name, no digit
        ("talbot", False),  # a surname ending in "bot"
        ("rferreira", False),  # a login
    ],
)
def test_bot_accounts(name: str, bot: bool) -> None:
    assert bot_account(name) is bot
    assert plausible_user(name) is not bot


def test_script_name_given_name_before_a_function_word() -> None:
    detector = ScriptNameDetector()
    greeting = '  "welcome": "नमस्ते {{first_name}}, आपका स्वागत है",'
    assert list(detector.detect(greeting)) == []
    named = "أنا ليلى الحسيني"
    assert [(s.start, s.end) for s in detector.detect(named)] == [(4, len(named))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('  "login.password": "Iphasiwedi",\n  "login.forgot": "Ukhohlwe iphasiwedi?"\n', "Iphasiwedi"),
        ("APOLLO_KEY=service:<graph-id>:<key>\n", "service:<graph-id>:<key>"),
        ('static let iosKey = "appl_1QVk6MG6YFUvVFJkWqSLY9peobB"\n', "appl_1QVk6MG6YFUvVFJkWqSLY9peobB"),
        ("3. Despliega la versión `pagos-api 4.12.3` en staging.\n", "Despliega"),
        ('[\n {\n  "type": "message",\n  "user": "USLACKBOT",\n  "text": "Reminder"\n }\n]', "USLACKBOT"),
    ],
)
def test_engine_leaves_negatives(real_engine, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    spans = real_engine.analyze([text])[0]
    start = text.index(value)
    assert not [s for s in spans if s.start < start + len(value) and start < s.end]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("APOLLO_KEY=service:brindle-gateway:bVIeMCvhmGFjHt2FvtAEcV\n", "bVIeMCvhmGFjHt2FvtAEcV"),
        ("Die Zahlung hat Ebuka Okafor am Montag freigegeben, the ticket is closed.\n", "Okafor"),
        ('"login.password": "Kestrel744*xs"\n', "Kestrel744*xs"),
        # a name no lexicon knows, in a short Turkish line: a run of capitals stays a name
        ("Aram Petrosyan gelecek hafta nöbet listesine katılıyor.\n", "Aram Petrosyan"),
    ],
)
def test_engine_still_finds(real_engine, text: str, value: str) -> None:  # type: ignore[no-untyped-def]
    spans = real_engine.analyze([text])[0]
    start = text.index(value)
    assert [s for s in spans if s.start <= start and start + len(value) <= s.end]


@pytest.mark.parametrize(
    ("line", "hit", "nouns"),
    [
        # German capitalises nouns: "Verbindung" mid-sentence
        ("Mehrere Gegenstellen der Verbindung angegeben", "Mehrere Gegenstellen", True),
        # Turkish capitalises names only: the run of capitals is likelier a name
        ("Aminu Bello gelecek hafta nöbet listesine katılıyor.", "Aminu Bello", False),
        # a capital after a full stop opens a sentence, it is no noun
        ("Gracias. Por favor, envía la factura a Aminu Bello.", "Aminu Bello", False),
        # near miss: the hit itself is not counted
        ('  "x": "Vorhandene Zieldateien sichern",', "Vorhandene Zieldateien", False),
    ],
)
def test_capitalises_nouns(line: str, hit: str, nouns: bool) -> None:
    start = line.index(hit)
    assert capitalises_nouns(line, start, start + len(hit)) is nouns


def test_foreign_text_judges_whole_translation_files() -> None:
    locale = "\n".join(
        [
            "{",
            '  "help_options": "Roghanna Cabhrach:",',
            '  "invalid_key": "Nom de clé non valide : %s",',
            '  "list_contents": "Lista os contidos dos directorios",',
            '  "reset_key": "Reinicia la CLAU al seu valor predeterminat",',
            '  "not_regular": "Ce n\'est pas un fichier régulier",',
            "}",
        ]
    )
    assert foreign_text(locale)
    # an English transcript quoting one Spanish line stays English
    english = (
        "I checked the deploy notes and the runbook says:\n"
        "3. Despliega la versión en staging\n"
        "Then we should run the smoke tests with the new image and tell Maria when they pass."
    )
    assert not foreign_text(english)
    # one foreign-looking word repeated in markup is no language (``alt`` in badges)
    badges = "\n".join(f'<img alt="badge {i}" src="b{i}.svg"> alt alt alt' for i in range(20))
    assert not foreign_text(badges)
