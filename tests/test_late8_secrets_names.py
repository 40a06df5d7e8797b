"""Credentials named by a neighbour: SQL rows under their CREATE TABLE, PIN names (session 8, late).

A generated matrix for each class, reached through the keyword prefilter exactly as the engine
reaches the detectors:

- ``INSERT INTO <t> VALUES (...)`` without a column list takes the columns of the ``CREATE TABLE
  <t>`` earlier in the text: table names x credential column names x column position x
  definition layouts (types with arguments, ``IF NOT EXISTS``, quoted names, constraint clauses,
  one line or many) x generated keys. Near misses: no ``CREATE TABLE``, one for another table or
  after the insert, columns that name no credential, words and dates in a credential column.
- A PIN noun (or a credential noun of another language) as the last camel-case word of a name
  (``<AccountPin>``, ``cardPin``, ``dbSenha``) in XML, JSON, YAML and assignments; near misses:
  board pins, pin rules and flags, example PINs, years, words after the camel word.
- A generated value under a PIN name (Elavon's ``<ssl_pin>`` is a 64-character key) in the same
  carriers; near misses: certificate and key pins (base64 digests, ``certPin``, ``spki_pin``),
  words and placeholders.
"""

from __future__ import annotations

import random

import pytest

from redactor.detect.engine import prefilter_view
from redactor.detect.prefilter import KeywordPrefilter
from redactor.detect.secrets import secret_detectors

DETECTORS = secret_detectors()
_RNG = random.Random(8061)
_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"


def _masked(text: str, detector: str) -> set[str]:
    """Values the named detector masks in `text`, only if the prefilter lets it run."""
    (chosen,) = [d for d in DETECTORS if d.name == detector]
    if not KeywordPrefilter([chosen]).select(prefilter_view(text)):
        return set()
    return {text[s.start : s.end] for s in chosen.detect(text)}


def _key() -> str:
    """A generated key: 40 hex digits, or 32-44 mixed-case letters and digits."""
    if _RNG.random() < 0.4:
        return "".join(_RNG.choice("0123456789abcdef") for _ in range(40))
    return "".join(_RNG.choice(_ALNUM) for _ in range(_RNG.randrange(32, 45)))


# --- INSERT without a column list, under its CREATE TABLE ------------------------------------------

TABLES = ("integration_credentials", "partner_keys", "public.vendor_tokens", '"ApiSecrets"')
CREDENTIAL_COLUMNS = ("token", "api_key", "secret", "client_secret", "access_token")
LAYOUTS = {
    # the plainest form, as in a pasted schema
    "plain": "CREATE TABLE {t} ({defs});",
    # IF NOT EXISTS and one definition per line
    "lines": "CREATE TABLE IF NOT EXISTS {t} (\n  {defs_nl}\n);",
    # a constraint clause after the columns is no column
    "constraint": "CREATE TABLE {t} ({defs}, PRIMARY KEY (provider), UNIQUE (provider, updated));",
}


def _defs(column: str, position: int) -> list[str]:
    cols = ["provider varchar(64) NOT NULL", "updated date DEFAULT now()"]
    cols.insert(position, f"{column} text")
    return cols


def _insert(table: str, position: int, rows: list[tuple[str, str]]) -> str:
    lines = []
    for vendor, key in rows:
        cells = [f"'{vendor}'", "'2026-10-02'"]
        cells.insert(position, f"'{key}'")
        lines.append("  (" + ", ".join(cells) + ")")
    return f"INSERT INTO {table} VALUES\n" + ",\n".join(lines) + ";"


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("position", [0, 1, 2])
@pytest.mark.parametrize("column", CREDENTIAL_COLUMNS)
def test_rows_take_the_columns_of_their_create_table(column: str, position: int, layout: str) -> None:
    table = _RNG.choice(TABLES)
    defs = _defs(column, position)
    schema = LAYOUTS[layout].format(t=table, defs=", ".join(defs), defs_nl=",\n  ".join(defs))
    rows = [(v, _key()) for v in ("tradify", "rhumbix", "procore")]
    text = schema + "\n\n-- seed\n" + _insert(table, position, rows)
    assert _masked(text, "secret.sql.insert") == {k for _v, k in rows}


def test_an_insert_without_its_create_table_says_nothing_about_positions() -> None:
    rows = [("tradify", _key())]
    alone = _insert("integration_credentials", 1, rows)
    other = "CREATE TABLE audit_log (provider text, token text, updated date);\n" + alone
    after = alone + "\nCREATE TABLE integration_credentials (provider text, token text, updated date);"
    assert _masked(alone, "secret.sql.insert") == set()
    assert _masked(other, "secret.sql.insert") == set()  # another table's columns
    assert _masked(after, "secret.sql.insert") == set()  # defined only after the rows


def test_columns_that_name_no_credential_stay() -> None:
    schema = "CREATE TABLE vendors (provider text, region text, updated date);\n"
    assert _masked(schema + _insert("vendors", 1, [("tradify", _key())]), "secret.sql.insert") == set()


def test_words_and_dates_in_a_credential_column_stay() -> None:
    schema = "CREATE TABLE creds (provider text, token text, updated date);\n"
    rows = [("tradify", "pending"), ("rhumbix", "2026-12-31"), ("procore", "rotated")]
    assert _masked(schema + _insert("creds", 1, rows), "secret.sql.insert") == set()


def test_a_row_of_another_length_is_skipped() -> None:
    key = _key()
    schema = "CREATE TABLE creds (provider text, token text, updated date);\n"
    text = schema + "INSERT INTO creds VALUES ('x', '" + key + "');"
    assert _masked(text, "secret.sql.insert") == set()


# --- a PIN or credential noun as the last camel-case word of a name ---------------------------------

PIN_NAMES = ("AccountPin", "cardPin", "walletPin", "SimPin", "merchantPinCode", "AgentPin")
CARRIERS = {
    "xml": "<Login>\n  <UserName>ops</UserName>\n  <{n}>{v}</{n}>\n</Login>",
    "json": '{{"user": "ops", "{n}": "{v}"}}',
    "yaml": "auth:\n  user: ops\n  {n}: {v}\n",
    "code": 'const {n} = "{v}";',
}


def _pin() -> str:
    while True:
        v = "".join(_RNG.choice("0123456789") for _ in range(_RNG.choice((6, 8))))
        if len(set(v)) >= 3:
            return v


@pytest.mark.parametrize("carrier", sorted(CARRIERS))
@pytest.mark.parametrize("name", PIN_NAMES)
def test_a_camel_case_pin_name_masks_its_digits(name: str, carrier: str) -> None:
    v = _pin()
    assert _masked(CARRIERS[carrier].format(n=name, v=v), "secret.generic.i18n_name") == {v}


@pytest.mark.parametrize("carrier", sorted(CARRIERS))
@pytest.mark.parametrize("name", ["dbSenha", "smtpKennwort", "ftpHaslo"])
def test_a_camel_case_password_noun_of_another_language_masks_its_value(name: str, carrier: str) -> None:
    v = "Tq9!xLm2Wz" + _RNG.choice("abcdefgh")
    assert _masked(CARRIERS[carrier].format(n=name, v=v), "secret.generic.i18n_name") == {v}


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("ledPin", "13"),  # a board pin: too few digits for a PIN
        ("AccountPin", "1234"),  # an example PIN
        ("cardPin", "2024"),  # a year
        ("AccountPinLength", "6"),  # a rule about the PIN
        ("isPinned", "123987"),  # no camel word "Pin" ends the name
        ("spinnerDelay", "250000"),  # "pin" inside a word
        ("AccountPin", "ACTIVE"),  # a word is no PIN
    ],
)
@pytest.mark.parametrize("carrier", sorted(CARRIERS))
def test_near_misses_of_camel_case_pin_names_stay(name: str, value: str, carrier: str) -> None:
    assert _masked(CARRIERS[carrier].format(n=name, v=value), "secret.generic.i18n_name") == set()


# --- a generated value under a PIN name (a vendor's "PIN" that is really a key) -------------------

GENERATED_PIN_NAMES = ("ssl_pin", "merchant_pin", "TerminalPin", "api_pin", "gateway.pin")


def _upper_key() -> str:
    """A 64-character key of capitals and digits, as gateways issue them."""
    return "".join(_RNG.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(64))


@pytest.mark.parametrize("carrier", sorted(CARRIERS))
@pytest.mark.parametrize("name", GENERATED_PIN_NAMES)
def test_a_generated_value_under_a_pin_name_is_masked(name: str, carrier: str) -> None:
    v = _upper_key() if _RNG.random() < 0.5 else _key()
    assert _masked(CARRIERS[carrier].format(n=name, v=v), "secret.generic.i18n_name") == {v}


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("pin", "r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E="),  # a base64 SHA-256 certificate pin
        ("pin", "sha256/47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="),  # OkHttp's pin form
        ("certPin", "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg"),  # named a certificate pin
        ("spki_pin", "AB12CD34EF56AB12CD34EF56AB12CD34EF56AB12"),  # a key pin
        ("ssl_pin", "ssl_pin_placeholder_value"),  # words, not a key
        ("ssl_pin", "MERCHANT_PIN_GOES_HERE_X"),  # a placeholder
        ("UnlockCode", "12345-abcde-56789-fghij-01234"),  # a documentation sample that counts up
    ],
)
@pytest.mark.parametrize("carrier", sorted(CARRIERS))
def test_certificate_pins_and_words_under_a_pin_name_stay(name: str, value: str, carrier: str) -> None:
    assert _masked(CARRIERS[carrier].format(n=name, v=value), "secret.generic.i18n_name") == set()
