"""Secret key names that `keys.classify` cannot parse alone: vendor prefixes, versions, short forms.

`keys.classify` reads a key's words and lets any veto word anywhere decide (``max_tokens``,
``page_token``, ``label_text``). Vendor and product names are words too, so a compound key whose
vendor name happens to be a veto word is lost: ``LABEL_STUDIO_API_KEY``, ``STATUS_PAGE_API_KEY``,
``TEMPLATE_ENGINE_SECRET_KEY``. `classify_name` adds what such names need:

- a noun veto (`_NOUN_VETOES`) that stands in the vendor part is dropped when at least one
  other word separates it from the secret noun and the rest classifies as a password or strong
  secret (``LABEL_STUDIO_API_KEY`` -> ``studio_api_key``); a veto right before the noun still
  qualifies it (``page_token``, ``state_token``, ``form_token`` stay unnamed), and verbs, limits,
  UI and public words (``max``, ``show``, ``public``...) veto wherever they stand;
- a version suffix leaves the name alone: ``NETSKOPE_API_TOKEN_V2``, ``client-secret-v3``;
- ``salt`` (a payment gateway's signing salt, a hashing pepper) names a key-strength value: only
  a clearly random value counts;
- the cloud short forms ``ak`` / ``sk`` (access key / secret key of Chinese and other clouds:
  ``ak = AKLT...``, ``QINIU_SK``) name key-strength values;
- a lookup-key word of `keys.classify` (``column``, ``row``, ``index``, ``order``, ``event``...)
  vetoes a ``*key`` name only when it qualifies the noun: ``column_key`` is a lookup key, but in
  ``COLUMN_API_KEY`` a credential qualifier (``api``, ``secret``, ``access``...) stands between
  them and the word is the vendor's name (Column, Rows, Index, Order...), see `_vendor_lookup_word`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redactor import cache_budget
from redactor.detect.secrets.keys import VETO_KEY, Strength, classify, words

_NOUN_VETOES = frozenset(
    {
        *("label", "text", "page", "status", "state", "title", "template", "schema", "type", "format"),
        *("policy", "prompt", "dialog", "form", "usage", "budget", "help", "button"),
    }
)
"""Veto words of `keys.classify` that are also everyday vendor and product names (Label Studio,
Statuspage, Typesense...): they veto only when they qualify the noun directly."""
_VERSION = re.compile(r"(?i)^(?P<k>.+?)[_.\-]?v\d{1,3}$")
"""``API_TOKEN_V2``, ``clientSecretV3``: a version suffix after the key proper."""
_SHORT = {"ak": Strength.KEY, "sk": Strength.KEY, "salt": Strength.KEY}
"""Head words `keys.classify` does not know that name a key-strength value."""
_SHORT_VETO = frozenset({"pk", "sort", "partition", "hash", "range", "gsi", "lsi", "password", "pwd", "pass"})
"""Words before a short head that make it something else (a DynamoDB sort key ``GSI1SK``, a
password hash's ``password_salt`` is a hash input stored beside the hash, not a credential)."""


@cache_budget.helper()
@lru_cache(maxsize=8192)
def classify_name(key: str) -> Strength | None:
    """`keys.classify`, plus vendor names that hold a veto word, version suffixes and short forms.

    Args:
        key: the key, flag or label as written (``LABEL_STUDIO_API_KEY``, ``sk``).

    Returns:
        The strength of the secret the name implies, or None when it names no secret (cached:
        the same key names recur across the texts of a stream).
    """
    strength = classify(key)
    if strength is not None:
        return strength
    key = key.strip("-$@.")
    if not key or len(key) > 80:
        return None
    version = _VERSION.match(key)
    if version is not None:
        inner = classify(version.group("k"))
        if inner is not None:
            return inner
    ws = words(key)
    if not ws:
        return None
    if ws[-1] in _SHORT:
        before = [w for w in ws[:-1] if not w.isdigit()]
        if before and (before[-1] in _SHORT_VETO or before[-1].endswith(_SHORT_VETO_GLUED)):
            return None
        return _SHORT[ws[-1]]
    return _vendor_prefixed(ws) or _vendor_lookup_word(ws)


_SHORT_VETO_GLUED = ("pk", "sk")
"""``pksk``-like glued halves of DynamoDB key pairs."""


def _vetoes(word: str) -> bool:
    """Whether `keys.classify` lets `word` veto a name: ``<word>_token`` is unnamed only then
    (``studio_token`` is a token, ``max_token`` and ``public_token`` are not)."""
    return classify(f"{word}_token") is None


_KEY_VALUE = re.compile(r"[A-Za-z0-9+/_\-]{8,200}={0,2}")


def short_form_value_ok(key: str, value: str) -> bool:
    """For a key named by a short form (``ak``, ``sk``, ``salt``): the value is made of key
    characters only (``=`` as base64 padding only), so a DynamoDB ``SK`` such as
    ``ORDER#2024-10-01#A17`` is no key, nor the next argument of ``PhoneMetadata(id='SK',
    country_code=421)``. Other keys: always True."""
    ws = words(key.strip("-$@."))
    if not ws or ws[-1] not in _SHORT or classify(key) is not None:
        return True
    return _KEY_VALUE.fullmatch(value) is not None


def _vendor_prefixed(ws: list[str]) -> Strength | None:
    """The strength of the words after the last noun veto, when one other word separates that
    veto from the noun and only noun vetoes stand before (``label studio api key``)."""
    last = max((i for i, w in enumerate(ws) if w in _NOUN_VETOES), default=-1)
    if last < 0 or len(ws) - last < 3:
        return None  # no vendor-part veto, or it qualifies the noun (``page_token``, ``form_api``)
    if any(w not in _NOUN_VETOES and _vetoes(w) for w in ws[:last]):
        return None  # ``max_label_api_key``: a limit, verb or public word vetoes wherever it stands
    rest = ws[last + 1 :]
    strength = classify("_".join(rest))
    if strength in (Strength.PASSWORD, Strength.STRONG):
        return strength
    return None


_CREDENTIAL_QUALIFIERS = frozenset(
    {
        *("api", "secret", "access", "private", "auth", "signing", "encryption", "hmac", "master"),
        *("license", "webhook", "consumer", "deploy", "ingest", "client", "subscription", "management"),
        *("mgmt", "sdk", "integration"),
    }
)
"""Words right before ``key`` that make it a credential whatever stands before them."""
_GLUED_CREDENTIAL_KEYS = frozenset({"apikey", "secretkey", "accesskey", "privatekey", "authkey"})
"""``ColumnApiKey`` split as ``apikey`` by some writers (``COLUMN_APIKEY``)."""
_VENDOR_LOOKUP_WORDS = VETO_KEY - frozenset(
    {
        *("public", "publishable", "pub", "ssh", "gpg", "pgp", "rsa", "cert", "fingerprint", "hash"),
        *("cache", "lookup", "sort", "partition", "foreign", "primary", "idempotency", "dedup", "react"),
        *("i18n", "translation", "locale", "hotkey", "keyboard", "shortcut", "menu", "storage_key"),
        *("join", "map", "dict", "kv", "redis", "object", "env", "config", "setting", "settings", "option"),
        *("field", "attr", "attribute", "property", "prop"),
    }
)
"""Lookup-key words of `keys.classify` that are also vendor and product names (Column, Rows,
Index, Order, Event, Queue, Flag, Node, Bucket, Record, Trace...). The others (public halves,
SSH/GPG keys, cache, sort and partition keys, UI shortcuts, translations, data-structure words)
veto wherever they stand; so do the words of settings and fields (``ENV0_API_KEY`` pairs an
id-like key with ``ENV0_API_SECRET``; ``ENV_API_KEY`` is read from the environment)."""


def _vendor_lookup_word(ws: list[str]) -> Strength | None:
    """The strength of a ``<VENDOR>_<QUALIFIER>_KEY`` name whose vendor part holds a lookup-key word
    (``COLUMN_API_KEY``, ``rows_secret_key``, ``ORDER_DESK_API_KEY``): None unless a credential
    qualifier (`_CREDENTIAL_QUALIFIERS`) stands right before ``key`` and the vendor part holds only
    words that may be vendor names (`_VENDOR_LOOKUP_WORDS`, or no veto at all)."""
    if len(ws) >= 3 and ws[-1] == "key" and ws[-2] in _CREDENTIAL_QUALIFIERS:
        vendor, noun = ws[:-2], ws[-2:]
    elif len(ws) >= 2 and ws[-1] in _GLUED_CREDENTIAL_KEYS:
        vendor, noun = ws[:-1], ws[-1:]
    else:
        return None
    if not any(w in _VENDOR_LOOKUP_WORDS for w in vendor):
        return None  # no lookup word in the vendor part: `keys.classify` said what it had to say
    if any(w in VETO_KEY and w not in _VENDOR_LOOKUP_WORDS for w in vendor) or any(_vetoes(w) for w in vendor):
        return None  # ``SSH_COLUMN_API_KEY``, ``max_row_api_key``: a veto that stands anywhere
    strength = classify("_".join(noun))
    return strength if strength in (Strength.STRONG, Strength.KEY) else None
