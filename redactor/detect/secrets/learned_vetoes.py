"""The rules' vetoes over candidates of the learned secret-context model (`learned_features`).

The model learned "key-ish word + random value" from the development sets, which hold few of
the near misses the rule detectors were taught to leave alone. These classes are known to the
rules' vocabulary, so the rules decide them and the model never sees such a candidate:

- a key name the rules read as naming no secret (`names.classify_name` gives None) and as
  naming an id, a hash, a reference, a lookup key or a non-secret token (`assigned.key_evidence`:
  ``page_token``, ``state_token``, ``input_api_key``, ``api_key_label``, ``CACHE_KEY``,
  ``file_sha256``, ``build_id``);
- unless the key right before it names a secret: hex under a byte-key veto name (`bytekeys`:
  ``dev_eui``, ``iv``, ``mac``); a value of 64+ characters with no key and no credential word in
  its line (signatures, digests, data); a SOPS ``ENC[...]`` value; hex after a version-control
  noun of any language (`git_vocab`) or as an argument of a ``git`` command; a value in a
  sentence about hashes, ids, commits, builds or public keys (`assigned.HASHY_BEFORE` and the
  public words: the 40 characters before it, for hex its whole line before it and the 40
  characters after it; `git_vocab.commit_named`); a chosen password as a call's quoted
  argument (`credcalls` judges calls); an API object's id (``price_1...``) under a key;
- letters only that read as a glued identifier (`values.identifier_like`:
  ``ReadTheDocsBuildToken``), under any key.

Candidates are also cut where the rules cut them (`learned_features.candidates`): a URL's path
segments are left to the URL-path rules (content addresses, resource ids), and ``user:pass``
is two candidates, so a login's user half is judged alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redactor import cache_budget
from redactor.detect.secrets.assigned import HASHY_BEFORE, key_evidence
from redactor.detect.secrets.bytekeys import VETO_WORDS as BYTE_VALUE_VETOES
from redactor.detect.secrets.context_prose import SECRET_WORDS
from redactor.detect.secrets.git_vocab import commit_named, git_reference
from redactor.detect.secrets.keys import words
from redactor.detect.secrets.names import classify_name
from redactor.detect.secrets.values import identifier_like

KEY_BEFORE = re.compile(r"""([\w.\-$@]{1,80})([ \t]*(?:["'`\]]{0,2})[ \t]*(?:=>|->|:=|=|:|\||/)?[ \t]*["'`]?)$""")
"""A key right before a value and the separator between them (what `key_before` finds)."""
_KEY_BEFORE_REVERSED = re.compile(r"""(["'`]?[ \t]*(?:>=|>-|=:|=|:|\||/)?[ \t]*["'`\]]{0,2}[ \t]*)([\w.\-$@]{1,80})""")
"""`KEY_BEFORE` written backwards and matched at the start of the reversed text: one linear pass
where an end-anchored search tries every position (the same key and separator; checked on the
development sets' candidates and on random strings by tests/test_learned_secrets_speed.py)."""
TAIL = 240
"""End-anchored searches look at the last `TAIL` characters before a token."""
_SENTENCE = 40
"""Characters of the line before a value read for hash, id and public words."""
_LONG = 64
"""Length from which a value without a key needs a credential word in its line."""
_GIT_COMMAND = re.compile(r"(?:^|[\s;&|$>`(])git\s+[a-z][\w-]*\b")
"""A git command (``git bisect bad <sha>``, ``git checkout <sha>``): its hex arguments are revisions."""
_PUBLIC_WORD = re.compile(r"(?i)(?<![a-z])(?:public|publishable|pub)(?![a-z])")
_HEX = re.compile(r"[0-9a-f]{12,}|[0-9A-F]{12,}")
_CALL_ARGUMENT = re.compile(r"""[\w.]\(\s*(?:(?:"[^"\n]*"|'[^'\n]*'|[\w.]+)\s*,\s*)*["']$""")
"""A quoted argument of a call: ``is_authorized("admin", "``."""
_PW_SYMBOLS = frozenset("!@#$%^&*+=?~")
_OBJECT_ID = re.compile(r"[a-z]{2,8}_[A-Za-z0-9]{14,32}")
"""An API object's id (`assigned`'s shape): a short type prefix, an underscore, a random part."""


def key_before(line_before: str) -> tuple[str, str] | None:
    """(key, separator text) right before a value, as ``KEY_BEFORE.search(line_before[-TAIL:])``
    finds them, or None.

    Args:
        line_before: the text of the value's line before it.

    Returns:
        The key and the raw separator between it and the value (quotes, blanks, ``=``, ``:``...).
    """
    m = _KEY_BEFORE_REVERSED.match(line_before[: -TAIL - 1 : -1])
    if m is None:
        return None
    return m.group(2)[::-1], m.group(1)[::-1]


@cache_budget.helper()
@lru_cache(maxsize=8192)
def _key_vetoed(key: str) -> bool:
    """Whether the rules read `key` as naming no secret but an id, hash, reference or lookup key."""
    if classify_name(key) is not None:
        return False
    _secret, hashy, ident = key_evidence(key)
    return hashy or ident


VETO_CLASSES: tuple[str, ...] = (
    "identifier",
    "key",
    "bytes",
    "long",
    "sops",
    "git",
    "sentence",
    "call",
    "object",
)
"""The veto classes, in the order they are tried (`vetoed`'s ``classes`` picks some):
``identifier`` glued identifier letters; ``key`` an id/hash/lookup key name; ``bytes`` hex under a
byte-key veto name; ``long`` a 64+ character value with no key and no credential word; ``sops`` a
SOPS value; ``git`` hex after a version-control noun or in a git command; ``sentence`` a hash, id or
public word near the value; ``call`` a chosen password as a call's argument; ``object`` an API
object's id under a key."""
ALL_VETOES = frozenset(VETO_CLASSES)


def vetoed(text: str, start: int, end: int, line_before: str, classes: frozenset[str] = ALL_VETOES) -> bool:
    """Whether the rules decide the candidate ``text[start:end]`` is no secret.

    Args:
        text: the text the candidate was cut from.
        start: the candidate's start offset.
        end: the candidate's end offset.
        line_before: the text of its line before it.
        classes: the veto classes to apply (`VETO_CLASSES`; all by default).

    Returns:
        True when one of the applied key, sentence, object-id or identifier vetoes applies.
    """
    if not classes:
        return False
    token = text[start:end]
    if "identifier" in classes and token.isalpha() and identifier_like(token):
        return True  # words glued as an identifier, under a secret name or not
    tail = line_before[-TAIL:]
    km = key_before(line_before)
    key = km[0] if km and any(c in km[1] for c in "=:|/>") else ""
    if key and "key" in classes and _key_vetoed(key):
        return True
    if key and classify_name(key) is not None:
        return False
    hexadecimal = _HEX.fullmatch(token) is not None and not token.isdigit()
    if "bytes" in classes and key and hexadecimal and any(w in BYTE_VALUE_VETOES for w in words(key)):
        return True  # hex under ``dev_eui``, ``iv``, ``mac``: `bytekeys` reads such names as no key
    if "long" in classes and not key and len(token) >= _LONG and not SECRET_WORDS.search(tail):
        return True  # a long blob after words that name no credential: a signature, a digest, data
    if "sops" in classes and "ENC[" in tail:
        return True  # a SOPS-encrypted value (``ENC[AES256_GCM,data:...]``): ciphertext, as in `assigned`
    if "git" in classes and hexadecimal and (git_reference(text, start, start, end) or _GIT_COMMAND.search(tail)):
        return True  # hex after a version-control noun of any language, or an argument of a git command
    if "sentence" in classes:
        window = line_before[-_SENTENCE:]
        if hexadecimal:  # a hex value: the whole line before it and the sentence after it
            after = text[end : end + _SENTENCE]
            window = tail + " " + after.split("\n", 1)[0]
        if HASHY_BEFORE.search(window) or _PUBLIC_WORD.search(window) or commit_named(text, start, end):
            return True
    if "call" in classes and _CALL_ARGUMENT.search(tail) and any(c in _PW_SYMBOLS for c in token):
        return True  # a chosen password as a call's argument: `credcalls` judges which calls take one
    # ``"price": "price_1..."``: an API object's id under a key that names no secret
    return "object" in classes and bool(key) and _OBJECT_ID.fullmatch(token) is not None
