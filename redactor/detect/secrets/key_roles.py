"""Values owned by a key whose role is never a credential (session 12).

The generic secret detectors read a credential noun near a random value (``key``, ``token``) as
evidence; several of them (`context`, `learned`, `scored`, `key_sentence`) do not ask which key
owns the value. A key name says what its value *does*, and some roles are never a secret's, however
random the value looks:

- ``public``: the key calls its value public or publishable (``NEXT_PUBLIC_POSTHOG_KEY``,
  ``vapid_public_key``, ``publishableKey``, ``client_public_key``): a key half meant to be shipped
  to browsers and apps (docs/secrets.md's convention; the development sets label no value under
  such a key a secret) - unless the name also says secret, private or password;
- ``lookup``: a key that names a data key, not a key to anything (``idempotency_key``,
  ``Idempotency-Key``, ``dedup_key``, ``partition_key``, ``sort_key``, ``primary_key``,
  ``cache_key``, ``lookup_key``, ``object_key``, ``shard_key``): an identifier chosen by a program;
- ``paging``: a token or marker that continues a listing or a stream (``next_page_token``,
  ``continuation_token``, ``ChangeToken``, ``sync_token``, ``resume_token``, ``delta_token``,
  ``next_marker``, ``end_cursor``, ``cursor``): an opaque position, handed out to any caller;
- ``nonce``: a nonce (``nonce``, ``auth_nonce``, ``cnonce``): a number used once, sent in clear;
- ``version``: the version, revision or generation of a key, secret or token (``key_version``,
  ``secret_version``, ``KEY_VERSION``): a number or a hash that names which key, not the key;
- ``type_map``: a key written as a namespaced type name (``AWS::Config::AggregationAuthorization``,
  three or more ``::`` parts): an entry of a map of resource types (schema and SDK data files).

The key is the one right before the value in its line (``name=``, ``name:``, ``"name": "``,
``| name |``, ``<name>``; JSON-escaped quotes read as quotes) or, in prose, the one to four words
right before it (``the idempotency key is `...```, ``next page token 0e3b...``). Names of other roles stay with the
detectors: key ids, client tokens, routing keys, site keys, ``s3_key``, ``hash_key`` and session
ids are credentials in some products (PagerDuty's routing key, Flipt's client token, an
``S3_KEY`` access key, a payment gateway's hash key), and the development sets label them both
ways. Provider formats (a catalogue detector's span: the value's own prefix says what it is) are
never vetoed here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redactor import cache_budget
from redactor.detect.secrets.keys import words
from redactor.detect.secrets.learned_vetoes import key_before

JUDGED = ("secret.generic.", "secret.learned.", "secret.code.", "secret.cli.", "secret.http.")
"""Detectors whose spans the owning key's role is checked for: the rule and model detectors that
read context words. Catalogue formats (``secret.github.pat``...) and URL rules are not."""

_SECRETISH_WORDS = "secret secrets private priv password passwd pwd pass passphrase sk signing"
_SECRETISH = frozenset(_SECRETISH_WORDS.split())
"""Words that make a ``public`` name a secret's after all (``public_key_secret``, ``private_public``)."""
_LOOKUP_WORDS = (
    "idempotency idempotent idempotence dedup dedupe deduplication partition partitioning sort sorting primary"
    " foreign cache caching lookup row range shard sharding ordering composite unique index surrogate natural"
    " candidate grouping join map dict dictionary object sequence"
)
_LOOKUP = frozenset(_LOOKUP_WORDS.split())
"""Words before ``key`` that make it a data key (``partition_key``, ``Idempotency-Key``)."""
_PAGING_WORDS = (
    "page next continuation pagination paging sync change resume delta prev previous scroll iterator after before"
)
_PAGING = frozenset(_PAGING_WORDS.split())
"""Words before ``token``, ``marker`` or ``cursor`` that make it a listing position (``next_page_token``)."""
_PAGING_HEADS = frozenset(("token", "marker", "cursor"))
_VERSION_HEADS = frozenset(("version", "ver", "revision", "rev", "generation"))
_VERSIONED = frozenset(("key", "secret", "token", "password", "credential", "credentials", "cert", "certificate"))
_TYPE_NAME = re.compile(r"[A-Z][A-Za-z0-9]*(?:::[A-Z][A-Za-z0-9]*){2,}")
_TYPE_KEY = re.compile(r"""([A-Z][A-Za-z0-9]*(?:::[A-Z][A-Za-z0-9]*){2,})["'\]]{0,2}[ \t]*(?:=>|:|=)[ \t]*["']?$""")
_XML_OPEN = re.compile(r"<([A-Za-z_][\w.\-]{0,80})(?:\s[^<>]{0,200})?>[ \t]*$")
_LINE_BREAK = re.compile(r"\n|\\n|\\r")
_COPULA = r"(?:is|was|were|are|of|equals|be)"
_PHRASE = re.compile(
    rf"(?i)(?<![\w-])((?:(?!{_COPULA}[ \t])[a-z][\w-]{{0,40}}[ \t]+){{0,3}}(?!{_COPULA}[ \t])[a-z][\w-]{{0,40}})"
    rf"[ \t]*(?::[ \t]*|[ \t]{_COPULA}[ \t]+|[ \t]+)[`\"'(]?$"
)
"""A noun phrase written in prose right before a value: ``the next page token is `...```,
``idempotency key 0e3b...``."""
_TAIL = 240


@cache_budget.helper()
@lru_cache(maxsize=8192)
def key_role(key: str) -> str | None:
    """The role of a key name when it is never a credential's (see the module), or None."""
    if _TYPE_NAME.fullmatch(key):
        return "type_map"
    ws = words(key)
    if not ws:
        return None
    if any(w in ("public", "publishable") for w in ws) and not any(w in _SECRETISH for w in ws):
        return "public"
    head = ws[-1]
    before = ws[-2] if len(ws) >= 2 else ""
    if head in ("key", "keys") and before in _LOOKUP:
        return "lookup"
    if head == "cursor" or (head in _PAGING_HEADS and before in _PAGING):
        return "paging"
    if head in ("nonce", "cnonce"):
        return "nonce"
    if head in _VERSION_HEADS and any(w in _VERSIONED for w in ws[:-1]):
        return "version"
    return None


def owning_keys(text: str, start: int) -> list[str]:
    """The key right before ``text[start]`` in its line (``name=``, ``"name": "``, ``<name>``) and
    the prose phrase right before it, as far as each is found."""
    window = text[max(0, start - _TAIL) : start]
    breaks = list(_LINE_BREAK.finditer(window))
    line = window[breaks[-1].end() :] if breaks else window
    line = line.replace('\\"', '"').replace("\\'", "'")
    keys = []
    m = _TYPE_KEY.search(line)
    if m is not None:
        keys.append(m.group(1))
    m = _XML_OPEN.search(line)
    if m is not None:
        keys.append(m.group(1))
    found = key_before(line)
    if found is not None and any(c in found[1] for c in "=:|>"):
        keys.append(found[0])
    m = _PHRASE.search(line)
    if m is not None:
        keys.append("_".join(m.group(1).split()))
    return keys


def key_role_veto(text: str, start: int, end: int, detector: str) -> str | None:
    """The role of the key owning ``text[start:end]`` when `detector` is judged and the role is
    never a credential's, or None."""
    if not detector.startswith(JUDGED) or end <= start:
        return None
    for key in owning_keys(text, start):
        role = key_role(key.strip("-$@."))
        if role is not None:
            return role
    return None
