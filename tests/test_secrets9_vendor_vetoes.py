"""Lookup-key words in the vendor part of a key name (``names._vendor_lookup_word``).

``column_key`` is a lookup key, but ``COLUMN_API_KEY`` is the API key of Column (a bank), as
``HOT_JAR_SECRET_KEY``, ``INDEX_NOW_API_KEY``, ``ORDER_DESK_API_KEY`` or ``QUEUE_IT_ACCESS_KEY``
name credentials of vendors whose names hold a lookup word. A generated matrix of vendor parts
holding such words, credential qualifiers and carriers (env file, YAML, JSON, Python, TypeScript,
INI); near misses: the words right before ``key``, public, SSH/GPG, cache, sort and settings words
anywhere, and lookup values under the new names.
"""

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.keys import Strength, classify
from redactor.detect.secrets.names import classify_name

DETECTORS = secret_detectors()

VENDOR_PARTS = (
    ("column",),
    ("hot", "jar"),
    ("row", "zero"),
    ("index", "now"),
    ("order", "desk"),
    ("event", "brite"),
    ("queue", "it"),
    ("flag", "smith"),
    ("node", "ping"),
    ("bucket", "eer"),
    ("record", "ly"),
    ("trace", "pal"),
    ("job", "adder"),
    ("metric", "fire"),
    ("tag", "ger"),
    ("message", "bird"),
    ("registry", "hub"),
    ("group", "me"),
    ("list", "rak"),
    ("feature", "base"),
)
"""Vendor names split into words, one a lookup-key word of `keys.classify` (the rest need not
be a word: ``queue_it``, ``bucket_eer``)."""
QUALIFIERS = (("api", "key"), ("secret", "key"), ("access", "key"), ("private", "key"), ("client", "key"))
CARRIERS = (
    "{K}={v}\n",
    "export {K}='{v}'\n",
    "integrations:\n  {k}: {v}\n  timeout: 30\n",
    '{{"{k}": "{v}", "region": "eu"}}',
    '{K} = "{v}"\n',
    "const cfg = {{ {c}: '{v}' }};\n",
    "[{k0}]\n{k} = {v}\n",
)


def _names(ws: tuple[str, ...]) -> dict[str, str]:
    return {
        "K": "_".join(ws).upper(),
        "k": "_".join(ws),
        "c": ws[0] + "".join(w.title() for w in ws[1:]),
        "k0": ws[0],
    }


def _key(rng: random.Random) -> str:
    """A base62 key of 24-40 characters with at least two digits (a random string of letters
    alone is the value rules' call, not this name rule's)."""
    while True:
        v = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randrange(24, 41)))
        if sum(c.isdigit() for c in v) >= 2:
            return v


def _masked(text: str, value: str) -> bool:
    i = text.index(value)
    spans = [(s.start, s.end) for d in DETECTORS for s in d.detect(text)]
    return all(any(s <= k < e for s, e in spans) for k in range(i, i + len(value)))


@pytest.mark.parametrize("vendor", VENDOR_PARTS, ids="_".join)
@pytest.mark.parametrize("qualifier", QUALIFIERS, ids="_".join)
def test_a_lookup_word_in_the_vendor_part_names_a_credential(
    vendor: tuple[str, ...], qualifier: tuple[str, ...]
) -> None:
    ws = (*vendor, *qualifier)
    assert classify("_".join(ws)) is None  # the word alone vetoes the name in keys.classify
    assert classify_name("_".join(ws).upper()) is Strength.STRONG
    rng = random.Random("_".join(ws))
    for carrier in CARRIERS:
        v = _key(rng)
        text = carrier.format(v=v, **_names(ws))
        assert _masked(text, v), text


@pytest.mark.parametrize(
    "name",
    [
        # the lookup word qualifies the noun itself
        "column_key",
        "ROW_KEY",
        "orderKey",
        "index_key",
        "event_key",
        "QUEUE_KEY",
        # words that veto wherever they stand: public halves, SSH/GPG/RSA keys, cache, sort and
        # partition keys, settings and fields, UI shortcuts
        "PUBLIC_COLUMN_API_KEY",
        "column_public_key",
        "SSH_ROW_PRIVATE_KEY",
        "gpg_index_private_key",
        "CACHE_API_KEY",
        "SORT_SECRET_KEY",
        "partition_access_key",
        "ENV0_API_KEY",
        "config_api_key",
        "SETTINGS_SECRET_KEY",
        "field_api_key",
        "menu_api_key",
        "max_row_api_key",
        # no credential qualifier right before ``key``
        "column_name_key",
        "ORDER_ITEM_KEY",
        "row_group_key",
    ],
)
def test_lookup_words_that_qualify_the_noun_or_always_veto_still_veto(name: str) -> None:
    assert classify_name(name) is None


@pytest.mark.parametrize("name", ["COLUMN_API_KEY", "order_desk_secret_key", "IndexNowApiKey"])
@pytest.mark.parametrize(
    "value", ["customer_id", "orders.created_at", "${COLUMN_API_KEY}", "<your-api-key>", "changeme"]
)
def test_references_and_placeholders_under_the_new_names_are_left_alone(name: str, value: str) -> None:
    text = f"{name}={value}\n"
    assert not [s for d in DETECTORS for s in d.detect(text) if text[s.start : s.end] == value]
