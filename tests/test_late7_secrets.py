"""Credential columns of exports that carry no password word and no rule line (session 7, late).

A generated matrix: vendors x credential column names x carriers (a CSV/TSV/semicolon export as
plain text and printed into a JSON tool result with ``\\n`` rows; a ``|``-framed table without a
rule line, as psql prints with border 2 and no lines) x generated keys. The detector is reached
through the keyword prefilter exactly as the engine reaches it (the prefilter was the reason a
``vendor,endpoint,secret,expires`` export went unread). Near misses: the same carriers whose
columns name no credential, credential columns holding words or dates, and framed rows whose
header cells are not plain labels. HCL: ``variable "<name>" { ... default = "<value>" }`` blocks
whose name ends in a credential word, several layouts; near misses are names that end in
``_arn``/``_ttl``/``_id``/``_name`` and placeholder, interpolated or word values. The words for
"key" of other languages written without diacritics (``klic =``, ``nokkel:``), next to their
written forms; near misses: the folded words before words, dates and short numbers.
"""

# ruff: noqa: RUF001  # words of other languages are the point here

from __future__ import annotations

import json
import random

import pytest

from redactor.detect.engine import prefilter_view
from redactor.detect.prefilter import KeywordPrefilter
from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.context_i18n import ascii_folded
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.pwshape import ChosenPasswordDetector

CHOSEN = ChosenPasswordDetector(ViewCache())
GATE = KeywordPrefilter([CHOSEN])
_RNG = random.Random(7034)
_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
VENDORS = ("replicon", "timecamp", "olark", "ocrspace", "pagely", "weglot", "shipmondo", "printnode")
COLUMNS = ("secret", "api_secret", "api_key", "token", "access_token", "client_secret", "apikey")


def _key() -> str:
    """A generated key: 32 hex digits, or 32-48 mixed-case letters and digits."""
    if _RNG.random() < 0.4:
        return "".join(_RNG.choice("0123456789abcdef") for _ in range(32))
    return "".join(_RNG.choice(_ALNUM) for _ in range(_RNG.randrange(32, 49)))


def _found(text: str) -> set[str]:
    """Values the chosen detector masks in `text`, only if the prefilter lets it run."""
    if not GATE.select(prefilter_view(text)):
        return set()
    return {text[s.start : s.end] for s in CHOSEN.detect(text)}


def _csv(column: str, delimiter: str, rows: list[tuple[str, str]]) -> str:
    header = delimiter.join(("vendor", "endpoint", column, "expires"))
    body = [delimiter.join((v, f"https://api.{v}.com", k, "2026-12-31")) for v, k in rows]
    return "\n".join([header, *body])


def _tool_result(export: str) -> str:
    call = {"role": "tool", "tool_call_id": "call_T7hQ2mXe", "content": export}
    return '{"role": "assistant", "content": null}\n' + json.dumps(call)


def _framed(column: str, rows: list[tuple[str, str]]) -> str:
    lines = [f"| id | provider | {column} | active |"]
    lines += [f"| {i:>2} | {v:<12} | {k} | t |" for i, (v, k) in enumerate(rows, 1)]
    return "psql (16.4)\n=> SELECT id, provider, " + column + ", active FROM creds;\n" + "\n".join(lines) + "\n(2 rows)"


CASES = [(col, carrier) for col in COLUMNS for carrier in ("csv", "tsv", "semicolon", "json", "framed")]


@pytest.mark.parametrize(("column", "carrier"), CASES)
def test_every_key_of_a_credential_column_is_masked(column: str, carrier: str) -> None:
    rows = [(v, _key()) for v in _RNG.sample(VENDORS, 3)]
    if carrier == "framed":
        text = _framed(column, rows)
    else:
        delimiter = {"csv": ",", "json": ",", "tsv": "\t", "semicolon": ";"}[carrier]
        text = _csv(column, delimiter, rows)
        text = _tool_result(text) if carrier == "json" else text
    assert _found(text) == {k for _v, k in rows}


@pytest.mark.parametrize("carrier", ["csv", "json", "framed"])
@pytest.mark.parametrize("column", ["region", "endpoint_id", "status", "owner"])
def test_columns_that_name_no_credential_stay(column: str, carrier: str) -> None:
    rows = [(v, _key()) for v in _RNG.sample(VENDORS, 2)]
    text = _framed(column, rows) if carrier == "framed" else _csv(column, ",", rows)
    text = _tool_result(text) if carrier == "json" else text
    assert _found(text) == set()


@pytest.mark.parametrize("carrier", ["csv", "framed"])
def test_words_and_dates_in_a_credential_column_stay(carrier: str) -> None:
    rows = [("replicon", "rotated"), ("olark", "2026-12-31"), ("weglot", "pending"), ("pagely", "none")]
    text = _framed("api_key", rows) if carrier == "framed" else _csv("api_key", ",", rows)
    assert _found(text) == set()


def test_a_framed_row_whose_cells_are_not_labels_is_no_header() -> None:
    key = _key()
    text = f"| see https://x.io/a?b=1 | secret: rotate it | note |\n| olark | {key} | t |"
    assert key not in _found(text)


def test_a_header_alone_or_a_mismatched_row_masks_nothing() -> None:
    key = _key()
    assert _found(f"| id | provider | api_secret | active |\n| 7 | olark | {key} |") == set()
    assert _found(f"vendor,endpoint,secret,expires\nolark,{key}") == set()


# --- HCL variables whose name names the credential ----------------------------------------------

DETECTORS = secret_detectors()
GATE_ALL = KeywordPrefilter([d for d in DETECTORS if d.name == "secret.generic.i18n"])


def _masked(text: str) -> set[str]:
    """Values any secret detector masks in `text`."""
    return {text[s.start : s.end] for d in DETECTORS for s in d.detect(text)}


_HCL_NAMES = (
    "shipmondo_secret",
    "printnode_secret",
    "api_key",
    "stripe_secret_key",
    "db_password",
    "admin_pwd",
    "auth_token",
)
_BODIES = (
    '  type      = string\n  sensitive = true\n  default   = "{v}"\n',
    '  description = "the key"\n  default = "{v}"\n  type = string\n',
    '  default = "{v}"\n',
)


def _value(name: str) -> str:
    if "pw" in name or "password" in name:
        return _RNG.choice(("Otter", "Kestrel", "Maple")) + _RNG.choice("!$#") + str(_RNG.randrange(1000, 9999))
    return _key()


@pytest.mark.parametrize("body", _BODIES)
@pytest.mark.parametrize("name", _HCL_NAMES)
def test_the_default_of_a_credential_variable_is_masked(name: str, body: str) -> None:
    v = _value(name)
    text = f'```hcl\nvariable "{name}" {{\n{body.format(v=v)}}}\n\nresource "aws_ssm_parameter" "x" {{}}\n```'
    assert v in {text[s.start : s.end] for d in DETECTORS for s in d.detect(text) if "hcl_variable" in s.detector}


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("secret_arn", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod-db-AbCdEf"),
        ("token_ttl", "3600"),
        ("access_key_id", "AKIAZX7Q2PLMB4R8TW3N"),
        ("secret_name", "prod/db/creds"),
        ("api_key", "changeme"),
        ("db_password", "${var.db_password}"),
        ("key_pair_name", "deploy-keypair-2026"),
        ("region", "9f3c2a71be4d5e6f8a9b0c1d2e3f4a5b"),
    ],
)
def test_names_and_values_that_are_no_credential_default_stay(name: str, value: str) -> None:
    text = f'variable "{name}" {{\n  type    = string\n  default = "{value}"\n}}'
    assert not [s for d in DETECTORS for s in d.detect(text) if "hcl_variable" in s.detector]


# --- the words for "key" written without their diacritics ---------------------------------------

FOLDED = ("klíč", "nøkkel", "Schlüssel", "kľúč", "ključ", "atslēga", "çelës", "anahtarı")
LAYOUTS = ("{w} = {v}\ntimeout = 30\n", "{w}: {v}\n", '"{w}": "{v}",\n')


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("word", FOLDED)
def test_a_key_word_without_diacritics_names_the_key(word: str, layout: str) -> None:
    folded = ascii_folded(word)
    assert folded is not None and folded.isascii()
    v = _key()
    for w in (word, folded):
        text = "[export]\nurl = https://api.example.com\n" + layout.format(w=w, v=v)
        assert GATE_ALL.select(prefilter_view(text)), w
        assert v in _masked(text), w


@pytest.mark.parametrize("word", ["klic", "nokkel", "kluc", "celes"])
@pytest.mark.parametrize("value", ["rotated yesterday", "2026-12-31", "30", "see the wiki"])
def test_a_folded_key_word_before_no_key_masks_nothing(word: str, value: str) -> None:
    text = f"[export]\n{word} = {value}\n"
    assert _masked(text) == set()


def test_words_without_diacritics_or_too_short_do_not_fold() -> None:
    assert ascii_folded("sleutel") is None
    assert ascii_folded("clé") is None  # ``cle``: too short to stand for a key word
    assert ascii_folded("ключ") is None
    assert ascii_folded("klíč") == "klic"


# --- a value right after "<service> key|token|secret" -------------------------------------------

_SERVICES = ("skuvault", "planhat", "greynoise", "retently", "shipmondo", "Weglot")
_DIRECT_CARRIERS = (
    "2026-11-19T08:41:02.6110093Z + echo 'using {s} {n} {v}'",
    "note: rotate the {s} {n} {v} before friday",
    'log.info("loaded {s} {n} {v}")',
)


def _direct_value() -> str:
    kind = _RNG.randrange(3)
    if kind == 0:
        # base64 with ``+`` and ``/`` inside; a value that starts with ``/`` reads as a path (a gap)
        return _RNG.choice(_ALNUM) + "".join(_RNG.choice(_ALNUM + "+/") for _ in range(30)) + "Q"
    if kind == 1:
        return "-".join("".join(_RNG.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    return _key()


@pytest.mark.parametrize("carrier", _DIRECT_CARRIERS)
@pytest.mark.parametrize("noun", ["key", "api key", "token", "secret"])
@pytest.mark.parametrize("service", _SERVICES)
def test_a_value_right_after_a_service_key_is_masked(service: str, noun: str, carrier: str) -> None:
    v = _direct_value()
    text = carrier.format(s=service, n=noun, v=v)
    gate = KeywordPrefilter([d for d in DETECTORS if d.name == "secret.generic.context"])
    assert gate.select(prefilter_view(text))
    assert v in _masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "the cache key 3f9a2c71be4d5e6f8a9b0c1d2e3f4a5b is stale",
        "set the partition key f9832ace-9db1-47e8-848e-918818053e45 on the table",
        "the key f9832ace-9db1-47e8-848e-918818053e45 was not found in the map",
        "added the public key AAAAC3NzaC1lZDI1NTE5AAAAIG8xK2pYv4qL",
        "the ssh host key SHA256:Xq0v8yK2pYv4qLmN3bT7wZ1cR5sD9fG2hJ6kL8mN0pQ",
        "using redis key user_session_cache_version_two for the lookup",
        "the foreign key fk_orders_customer_id_2026 failed",
        "read the skuvault key documentation at docs.example.com",
    ],
)
def test_keys_that_are_no_credential_stay(text: str) -> None:
    assert not [s for d in DETECTORS for s in d.detect(text) if s.detector == "secret.generic.context"]


# --- the value of an auth header named in two keys ----------------------------------------------


@pytest.mark.parametrize("key", ["auth_header_value", "authHeaderValue", "AUTHORIZATION_HEADER", "auth-header"])
@pytest.mark.parametrize("layout", ["    {k}: {v}\n", '"{k}": "{v}",\n', "{k} = {v}\n"])
def test_an_auth_header_value_is_masked(key: str, layout: str) -> None:
    v = _key()
    text = "outputs:\n  misp-sync:\n    auth_header_name: Authorization\n" + layout.format(k=key, v=v)
    assert v in _masked(text)


@pytest.mark.parametrize("value", ["Authorization", "X-Api-Key", "${AUTH_TOKEN}", "changeme", "true"])
@pytest.mark.parametrize("key", ["auth_header", "auth_header_value", "authorization_header"])
def test_a_header_name_or_placeholder_under_an_auth_header_key_stays(key: str, value: str) -> None:
    assert _masked(f"  {key}: {value}\n") == set()


def test_other_header_values_are_no_credential() -> None:
    assert _masked("  content_header_value: 3f9a2c71be4d5e6f8a9b0c1d2e3f4a5b\n") == set()
