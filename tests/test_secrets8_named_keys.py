"""Secrets named by keys the English name rules did not read (session 8).

- Key names in other languages (``secret.generic.i18n_name``): the credential nouns of the
  multilingual vocabulary as the last word(s) of a key, with and without diacritics, in
  assignments of several carriers and in name/value attribute pairs (``<param name="correos.clave"
  value="..."/>``, ``<add key="...">``, Kubernetes ``name:``/``value:``). Near misses: plain words
  under password nouns (a Spanish ``clave`` is also a dictionary key), non-random values under key
  nouns, everyday words of other languages (``parole``, ``voti``).
- PIN names (``api_pin``, ``PIN_CODE``, ``sim_puk``, ``codice_pin``): 4-12 digits. Near misses:
  board pins (``led_pin = 13``), rules (``pin_length = 6``), examples (``1234``), years.
- A type annotation between a key and ``=`` (Rust ``: &str``, Python ``: str``, TypeScript
  ``: string``) in ``secret.generic.assignment``.
- A password a person chose (``quartz$9605``) quoted under a key or secret name that is not
  "password". Near misses: format strings, identifiers, keyboard shortcuts, words.
"""

# words of other languages are the point here

from __future__ import annotations

import json
import random

import pytest

from redactor.detect.engine import prefilter_view
from redactor.detect.prefilter import KeywordPrefilter
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.generic import AssignmentDetector
from redactor.detect.secrets.i18nkeys import I18nKeyDetector
from redactor.detect.secrets.names_i18n import i18n_strength, pin_name, pin_value

I18N = I18nKeyDetector(ViewCache())
ASSIGN = AssignmentDetector(ViewCache())
GATE = KeywordPrefilter([I18N, ASSIGN])
_RNG = random.Random(8120)
_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"


def _found(text: str) -> set[str]:
    """Values the i18n-name and assignment detectors mask, each only if the prefilter lets it run."""
    chosen = GATE.select(prefilter_view(text))
    out: set[str] = set()
    for i, det in enumerate((I18N, ASSIGN)):
        if i in chosen:
            out |= {text[s.start : s.end] for s in det.detect(text)}
    return out


def _key() -> str:
    return "".join(_RNG.choice(_ALNUM) for _ in range(32))


def _password() -> str:
    return (
        _RNG.choice(("Kestrel", "bramble", "SWaZ", "velvet", "Otter"))
        + _RNG.choice("!*$#")
        + str(_RNG.randrange(1000, 9999))
    )


PASSWORD_NAMES = (
    "clave",
    "contraseña",
    "contrasena",
    "senha",
    "heslo",
    "jelszo",
    "wachtwoord",
    "mot_de_passe",
    "sifre",
)
KEY_NAMES = ("klic", "klíč", "llave", "chave", "chiave", "nøkkel", "nokkel", "schlüssel", "kulcs", "anahtar")
TOKEN_NAMES = ("clave_secreta", "chave_api", "chiave_segreta", "zugangsdaten", "credenciales", "jeton")
PREFIXES = ("correos.", "SMTP_", "db_", "", "banco.")


def _carriers(name: str, value: str) -> list[str]:
    return [
        f"{name} = {value}",  # INI
        f'{name}: "{value}"',  # YAML
        f"{name}={value}",  # .env / properties
        f'<param name="{name}" value="{value}"/>',  # XML name/value attributes
        f'<add key="{name}" value="{value}" />',  # .NET appSettings
        f"- name: {name}\n  value: {value}",  # Kubernetes env
        json.dumps({"content": f"[svc]\n{name} = {value}\ntimeout = 30"}),  # a tool result
    ]


@pytest.mark.parametrize("noun", PASSWORD_NAMES)
@pytest.mark.parametrize("prefix", PREFIXES)
def test_password_nouns_of_other_languages(noun, prefix) -> None:
    value = _password()
    for text in _carriers(prefix + noun, value):
        assert value in _found(text), text


@pytest.mark.parametrize("noun", KEY_NAMES + TOKEN_NAMES)
@pytest.mark.parametrize("prefix", PREFIXES)
def test_key_and_token_nouns_of_other_languages(noun, prefix) -> None:
    value = _key()
    for text in _carriers(prefix + noun, value):
        assert value in _found(text), text


@pytest.mark.parametrize(
    "text",
    [
        'clave = "nombre"',  # a Spanish dictionary key
        '<param name="clave" value="Usuario"/>',  # a word
        "klic = 30",  # a number under a key noun
        "llave = abc-def",  # not random
        'parole = "Ciao1234!"',  # Italian "words"
        "voti = Xk8s9Lq2Mn4Bv7Cz1Qw3",  # Italian "votes"
        "chave = ${CHAVE_API}",  # a reference
        "senha = changeme",  # a placeholder
    ],
)
def test_words_and_references_under_other_languages_nouns_stay(text) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("name", ["api_pin", "PIN", "pin_code", "sim_puk", "ADMIN_PIN", "codice_pin", "geheimzahl"])
@pytest.mark.parametrize("value", ["591053", "4817", "80341297"])
def test_pin_names_take_digits(name, value) -> None:
    for text in (f"{name} = {value}", f'{name}: "{value}"', f'<param name="{name}" value="{value}"/>'):
        assert value in _found(text), text


@pytest.mark.parametrize(
    "text",
    [
        "led_pin = 13",  # a board pin
        "RESET_PIN = 4021",  # a board pin name, whatever the number
        "pin_length = 6",  # a rule
        "max_pin_attempts = 5",  # a rule
        "api_pin = 1234",  # an example
        "pin = 0000",  # an example
        "pin = 2024",  # a year
        "pin = GPIO13",  # no digits only
        "spinner_delay = 250000",  # 'pin' inside a word
    ],
)
def test_board_pins_rules_and_examples_stay(text) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize(
    "line",
    [
        'const API_SECRET: &str = "{v}";',  # Rust
        'const API_SECRET: &\'static str = "{v}";',  # Rust, static
        'API_SECRET: str = "{v}"',  # Python
        'API_SECRET: Final[str] = "{v}"',  # Python, Final
        'const apiSecret: string = "{v}";',  # TypeScript
        'val apiSecret: String = "{v}"',  # Kotlin
    ],
)
@pytest.mark.parametrize("kind", ["generated", "chosen"])
def test_a_type_annotation_between_key_and_value(line, kind) -> None:
    value = _key() if kind == "generated" else _password()
    assert value in _found(line.format(v=value))


@pytest.mark.parametrize("name", ["KEY", "API_SECRET", "webhook_secret", "apiKey", "SIGNING_KEY", "auth_token"])
@pytest.mark.parametrize("value", ["quartz$9605", "Otter!4390", "bramble*7786x", "Kestrel+3147"])
def test_chosen_passwords_under_key_and_secret_names(name, value) -> None:
    for text in (f'{name}="{value}"', f"{name}: '{value}'", f'"{name}": "{value}"'):
        assert value in _found(text), text


@pytest.mark.parametrize(
    "text",
    [
        'KEY="ctrl+F12"',  # a shortcut
        'key = "user_%d_2024"',  # a format string
        'SECRET_KEY = "django-insecure"',  # words
        'api_key = "$API_KEY_2024"',  # a variable
        'KEY="v1.2.3!"',  # a version
        "KEY=quartz$9605",  # unquoted: a shell variable expansion may follow
    ],
)
def test_near_misses_of_chosen_passwords_stay(text) -> None:
    assert _found(text) == set()


def test_name_classes() -> None:
    # the look-ups themselves, one row per kind
    assert i18n_strength("correos.clave") is not None
    assert i18n_strength("mot_de_passe") is not None
    assert i18n_strength("correos.usuario") is None
    assert pin_name("api_pin") and not pin_name("led_pin") and not pin_name("spinner")
    assert pin_value("591053") and not pin_value("123456") and not pin_value("13")


def test_repr_shows_no_value() -> None:
    assert repr(I18N) == "I18nKeyDetector()"


@pytest.mark.parametrize("label", ["password", "RezLynx password", "api password", "client secret", "API key"])
@pytest.mark.parametrize("kind", ["chosen", "generated"])
def test_a_table_cell_that_names_the_credential_of_the_next_cell(label, kind) -> None:
    value = _password() if kind == "chosen" else _key()
    if kind == "chosen" and "password" not in label:
        value = _key()  # a key or secret label takes generated values only
    rows = [
        f"| Guestline | {label} | {value} |",  # provider, label, value
        f"| {label} | {value} |",  # label, value
        f"| Guestline | {label} | `{value}` | prod |",  # in backticks, a column after
    ]
    for row in rows:
        text = "| provider | kind | value |\n|---|---|---|\n" + row
        assert value in _found(text), row


@pytest.mark.parametrize(
    "row",
    [
        "| password | string | The user's password |",  # an API reference: name, type, description
        "| password | required | yes |",  # a field list
        "| api_key | string | key |",  # a type
        "| token | ${TOKEN} | injected |",  # a reference
        "| password | ******** | masked |",  # masked
    ],
)
def test_reference_tables_stay(row) -> None:
    assert _found("| name | type | description |\n|---|---|---|\n" + row) == set()


@pytest.mark.parametrize("name", ["secret", "password", "app_password", "application_password", "api_token"])
def test_wordpress_application_passwords_under_secret_names(name) -> None:
    value = " ".join("".join(_RNG.choice(_ALNUM) for _ in range(4)) for _ in range(6))
    for text in (f"'{name}' => '{value}',", f'{name}: "{value}"', f'"{name}": "{value}"'):
        assert value in _found(text), text


@pytest.mark.parametrize(
    "text",
    [
        "'secret' => 'abcd efgh ijkl mnop qrst uvwx',",  # words, no digit
        "'secret' => 'r2S9 OXu1 36sE tQq4',",  # four groups are no WordPress password under a secret name
        "'token' => 'r2S9 OXu1 36sE tQq4 zUK8 6WyV 8aBc',",  # seven groups
    ],
)
def test_grouped_near_misses_stay(text) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize(
    "line",
    [
        "        value: AnyKey | EllipticCurvePrivateKey | EllipticCurvePublicKey,",  # a union type
        "                   r'roimg|woimg|rwimg|samp|sig32|sig64)')",  # a regex alternation
        "x = api_key | Kestrel+3147 | other",  # an expression, no table row
    ],
)
def test_pipes_outside_table_rows_are_no_cells(line) -> None:
    assert _found(line) == set()
