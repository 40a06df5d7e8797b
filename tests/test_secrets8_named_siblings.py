"""Sibling secrets (``secret.generic.sibling``): generated values in blocks that hold named secrets.

A generated matrix: provider names (of services the name rules do not know) x carriers (HCL map,
Python ``dict(...)``, ``.env`` lines, an INI section, a YAML map, JSON members, a PHP array, a
recon-ng ``keys`` dump aligned with blanks) x value shapes (32 hex digits, a UUID, 40 mixed key
characters) x evidence (a sibling named ``*_key``/``*_TOKEN`` holding a generated value, or a
heading that names the block's content). The detector is reached through the keyword prefilter
as the engine reaches it. Near misses: the same blocks without evidence; ids, hosts, URLs,
versions, digests and names under their own names beside the evidence; lone entries; headings
with public or cache qualifiers.
"""

from __future__ import annotations

import json
import random

import pytest

from redactor.detect.engine import prefilter_view
from redactor.detect.prefilter import KeywordPrefilter
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.siblings import SiblingSecretDetector

SIBLING = SiblingSecretDetector(ViewCache())
GATE = KeywordPrefilter([SIBLING])
_RNG = random.Random(8118)
_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
PROVIDERS = ("fluidstack", "hyperstack", "lunary", "greynoise", "leakix", "intelx", "nitrado", "ezee")


def _hex() -> str:
    return "".join(_RNG.choice("0123456789abcdef") for _ in range(32))


def _uuid() -> str:
    h = "".join(_RNG.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _b64() -> str:
    return "".join(_RNG.choice(_ALNUM) for _ in range(40))


SHAPES = (_hex, _uuid, _b64)


def _found(text: str) -> set[str]:
    """Values the sibling detector masks in `text`, only if the prefilter lets it run."""
    if not GATE.select(prefilter_view(text)):
        return set()
    return {text[s.start : s.end] for s in SIBLING.detect(text)}


def _hcl(entries: list[tuple[str, str]], heading: str = "gpu_clouds") -> str:
    body = "\n".join(f'  {k:<12}= "{v}"' for k, v in entries)
    return f"{heading} = {{\n{body}\n}}"


def _pydict(entries: list[tuple[str, str]], heading: str = "EVAL") -> str:
    body = "\n".join(f'    {k}="{v}",' for k, v in entries)
    return f"{heading} = dict(\n{body}\n)"


def _env(entries: list[tuple[str, str]], heading: str = "# staging") -> str:
    return "\n".join([heading, *(f"{k.upper()}={v}" for k, v in entries)])


def _ini(entries: list[tuple[str, str]], heading: str = "[export]") -> str:
    return "\n".join([heading, *(f"{k} = {v}" for k, v in entries)])


def _yaml(entries: list[tuple[str, str]], heading: str = "providers:") -> str:
    return "\n".join([heading, *(f"  {k}: {v}" for k, v in entries)])


def _json(entries: list[tuple[str, str]], heading: str = "providers") -> str:
    return json.dumps({heading: dict(entries)}, indent=2)


def _php(entries: list[tuple[str, str]], heading: str = "$services = [") -> str:
    return "\n".join([heading, *(f"    '{k}' => '{v}'," for k, v in entries), "];"])


def _dump(entries: list[tuple[str, str]], heading: str = "# dump") -> str:
    return "\n".join([heading, *(f"{k:<16}{v}" for k, v in entries)])


CARRIERS = (_hcl, _pydict, _env, _ini, _yaml, _json, _php, _dump)


def _tool_result(text: str) -> str:
    """The block printed into a JSON tool result (escaped newlines and quotes)."""
    return json.dumps({"type": "tool_result", "content": text})


@pytest.mark.parametrize("carrier", CARRIERS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.__name__)
@pytest.mark.parametrize("escaped", [False, True], ids=["plain", "json"])
def test_siblings_of_a_named_key_are_found(carrier, shape, escaped) -> None:
    # two providers named only after themselves beside a named key holding a generated value
    a, b = _RNG.sample(PROVIDERS, 2)
    va, vb = shape(), shape()
    text = carrier([(a, va), (b, vb), ("crusoe_key", _b64())])
    text = _tool_result(text) if escaped else text
    found = _found(text)
    assert va in found and vb in found


@pytest.mark.parametrize("carrier", CARRIERS, ids=lambda c: c.__name__)
@pytest.mark.parametrize(
    "heading",
    [
        # what each carrier opens a block with, naming keys, credentials, secrets or tokens
        "api_keys",
        "credentials",
        "SECRETS",
        "tokens",
    ],
)
def test_a_heading_that_names_credentials_is_evidence(carrier, heading) -> None:
    a, b = _RNG.sample(PROVIDERS, 2)
    va, vb = _b64(), _uuid()
    if carrier in (_env, _dump):
        heading = f"# {heading} (dump)"
    elif carrier is _ini:
        heading = f"[{heading}]"
    elif carrier is _yaml:
        heading = f"{heading}:"
    elif carrier is _php:
        heading = f"${heading} = ["
    found = _found(carrier([(a, va), (b, vb)], heading))
    assert {va, vb} <= found


@pytest.mark.parametrize("carrier", CARRIERS, ids=lambda c: c.__name__)
def test_no_evidence_no_siblings(carrier) -> None:
    # provider-named generated values with no named secret and a neutral heading stay
    a, b, c = _RNG.sample(PROVIDERS, 3)
    assert _found(carrier([(a, _hex()), (b, _uuid()), (c, _b64())])) == set()


@pytest.mark.parametrize("carrier", CARRIERS, ids=lambda c: c.__name__)
@pytest.mark.parametrize(
    "name, value",
    [
        ("project_id", _uuid()),  # an id
        ("tenant", _uuid()),  # a tenant is an id
        ("client_id", _hex()),  # the public half of a client
        ("sha256", _hex() + _hex()),  # a digest
        ("commit", _hex()[:40]),  # a commit
        ("checksum", _hex()),  # a checksum
        ("host", "api.fluidstack.io"),  # a host
        ("url", "https://api.lunary.ai/v1"),  # a URL
        ("version", "2.14.1"),  # a version
        ("region", "eu-west-1"),  # a region
        ("integrity", "sha512-" + _b64()),  # a lockfile integrity
        ("public_key", _b64()),  # public
        ("user_name", "svc_export_2024_nightly"),  # a name
    ],
)
def test_ids_hosts_versions_and_digests_stay_beside_evidence(carrier, name, value) -> None:
    text = carrier([(name, value), ("crusoe_key", _b64())])
    assert value not in _found(text)


@pytest.mark.parametrize(
    "heading",
    [
        "public_keys",  # public keys are public
        "cache_keys",  # cache keys are lookups
        "translation_keys",  # i18n keys
        "known_hosts",  # no credential noun at all
    ],
)
def test_headings_with_public_or_lookup_qualifiers_are_no_evidence(heading) -> None:
    text = _hcl([("fluidstack", _hex()), ("hyperstack", _uuid())], heading)
    assert _found(text) == set()


def test_a_lone_entry_needs_a_heading() -> None:
    # one neutral entry after an unrelated line is no block
    assert _found(f'name = "report"\nfluidstack = "{_hex()}"\n\napi_key = "{_b64()}"') == set()


def test_the_other_indentation_is_another_block() -> None:
    # a named key in the parent block is no evidence for a nested block's entries
    v = _hex()
    text = f'api_key = "{_b64()}"\nbuild = {{\n  fluidstack = "{v}"\n  hyperstack = "{_hex()}"\n}}'
    assert v not in _found(text)


def test_placeholder_values_stay() -> None:
    text = _env([("fluidstack", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), ("crusoe_key", _b64())])
    assert "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" not in _found(text)


def test_the_detector_repr_shows_no_value() -> None:
    assert repr(SIBLING) == "SiblingSecretDetector()"


def test_code_above_a_block_is_no_heading() -> None:
    # ``import secrets`` above constants (werkzeug's security.py) names no block of credentials
    v = _b64()
    text = f'import os\nimport secrets\n\nSALT = "{v}"\nDEFAULT_ITERATIONS = "{_hex()}"\n'
    assert _found(text) == set()


def test_an_alphabet_is_no_sibling() -> None:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    text = f'# keys\nfluidstack = "{alphabet}"\nhyperstack = "{_uuid()}"'
    assert alphabet not in _found(text)
