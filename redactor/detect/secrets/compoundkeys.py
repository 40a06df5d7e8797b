"""Secrets under compound names whose last word names a shape (``secret.generic.compound_name``).

A session id, a hash, a seed, an IV, a GUID are not secrets by name: a commit id, a content
hash, a request id, a random seed of a test are public. Some compounds of the same words are
credentials, whatever shape their value takes:

- web sessions: ``session``, ``SESSION_ID``, ``sessionId``, ``PHPSESSID``, ``session_cookie``
  at the start of a config line (``.env``, INI, YAML, a code constant) hold the bearer value of a
  logged-in session (a cookie); the same names as fields of a log line or a JSON record
  (``INFO ready session=<hex>``, ``{"session_id": ...}``), telemetry names (``agent_session_id``,
  ``chat_session_id``, ``trace_session``) and UUIDs (what tools print as a session's number) are
  left alone;
- signing material of payment and webhook APIs: a hash or digest word with a key, IV, salt,
  seed or phrase word (``HashKey``/``HashIV`` of Taiwanese and Pakistani gateways,
  ``SHA-IN``/``SHA_REQUEST_PHRASE`` passphrases of Ingenico-style gateways, ``hmac_seed``,
  ``checkword``), an IV beside a cipher word (``AES_IV``, ``encryption_iv``), a seed beside a
  one-time-password or key word (``totp_seed``, ``master_seed``);
- ids and GUIDs qualified as private or as an access credential (``private_merchant_id``,
  ``api_guid``, ``license_guid``; not ``merchant_uuid``, ``tenant_guid``).

Each name is split into words (`keys.words`: snake, kebab, dotted, camel and SCREAMING case)
and read against the lexicon below; a name the key/value rules already classify is theirs. The
value is read as those rules read it (`generic.value_after`: ``=``, ``:``, quotes, JSON, YAML,
INI, XML, code constants) and must be generated (`values.generated`, 16+ hex characters, or an
8-15 character key: `pwshape.short_generated`); a phrase name also takes a chosen passphrase.
The nouns are found in one RE2 pass over the lower-cased text.
"""

from __future__ import annotations

import re

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.secrets import randomness
from redactor.detect.secrets.entropy import classes, is_hex, mixed_runs, shannon
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.generic import IDCH, value_after
from redactor.detect.secrets.keys import Strength, words
from redactor.detect.secrets.names import classify_name
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.pwshape import short_generated
from redactor.detect.secrets.randomness import word_cover
from redactor.detect.secrets.values import UUID, accept, generated, is_reference
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_SESSION = frozenset({"session", "sess", "sessionid", "sessid", "phpsessid", "jsessionid", "aspsessionid"})
"""Words that name a web session (glued cookie names of PHP, Java and ASP.NET included)."""
_SESSION_TAILS = frozenset({"id", "cookie", "value", "string"})
"""Words after a session word that still name the session's value."""
_SESSION_VETO = frozenset(
    {
        *("agent", "chat", "conversation", "thread", "trace", "tracing", "span", "request", "correlation"),
        *("transaction", "tracking", "analytics", "telemetry", "device", "replay", "recording", "event"),
        *("job", "run", "build", "task", "workflow", "test", "example", "sample", "dummy", "fake", "mock"),
        *("debug", "log", "game", "match", "meeting", "call", "room", "class", "course", "training"),
        *("checkout", "payment", "upload", "download", "stream", "terminal", "shell", "tmux", "screen"),
    }
)
"""Session words of telemetry, jobs, games, uploads and tests: identifiers, no credential."""

_DIGEST = frozenset({"hash", "sha", "hmac", "checkword", "hashkey", "hashiv"})
"""Hash and digest words that, with a key word after them, name a signing secret."""
_SIGNING_TAILS = frozenset({"key", "iv", "secret", "salt", "seed", "pass", "passphrase", "phrase", "word", "in", "out"})
"""The word that ends a signing-material name (``HashKey``, ``SHA-IN``, ``SHA_REQUEST_PHRASE``)."""
_SIGNING_MIDDLE = frozenset({"request", "response", "in", "out", "signature", "signing", "sign", "1", "256", "512"})
"""Words allowed between the digest word and the tail (``sha_request_phrase``, ``sha1_in``)."""
_PHRASES = frozenset({"pass", "passphrase", "phrase", "word"})
"""Tails that name a passphrase a person may have chosen."""
_CIPHER = frozenset({"aes", "cipher", "crypt", "crypto", "encrypt", "encryption", "des", "sm4", "secret", "signing"})
"""Cipher words that make an ``iv`` a key's companion (``AES_IV``, ``encryption_iv``)."""
_SEED_OWNERS = frozenset(
    {"totp", "otp", "hotp", "mfa", "twofa", "hmac", "secret", "master", "private", "signing", "auth", "encryption"}
)
"""Words that make a ``seed`` a key's seed (``totp_seed``, ``master_seed``), not a test's random seed."""
_ACCESS = frozenset({"api", "access", "auth", "license", "licence", "secret", "private"})
"""Qualifiers that make a GUID an access credential (``api_guid``, ``license_guid``); a merchant's,
account's or tenant's GUID is its public id."""
_PRIVATE_OWNERS = frozenset({"merchant", "account", "app", "client", "partner", "api", "access", "store"})
"""Owners of a ``private_<owner>_id`` credential (``private_merchant_id``)."""
_VETO = frozenset(
    {
        *("name", "type", "attribute", "attr", "field", "column", "algorithm", "alg", "length", "size", "len"),
        *("func", "function", "method", "header", "format", "encoding", "file", "content", "commit", "git"),
        *("image", "digest", "expected", "public", "pub", "prefix", "path", "url", "mode", "version", "index"),
        *("example", "sample", "test", "vector", "dummy", "fake", "mock", "placeholder"),
    }
)
"""Words that make any of these names about something else (``hash_key_name``, ``expected_hash_iv``)."""


def compound_kind(key: str) -> str | None:
    """``"session"``, ``"signing"``, ``"phrase"`` or ``"guid"`` when `key` is a compound name that
    holds a secret, else None. ``phrase`` names also take a chosen passphrase."""
    ws = [w for w in words(key) if w]
    if not ws or any(w in _VETO for w in ws):
        return None
    last = ws[-1]
    if last in _SESSION or (len(ws) >= 2 and ws[-2] in _SESSION and last in _SESSION_TAILS):
        return None if any(w in _SESSION_VETO for w in ws) else "session"
    if last in {"hashkey", "hashiv", "checkword"}:
        return "signing"
    if last in _SIGNING_TAILS:
        for i in range(len(ws) - 2, -1, -1):
            if ws[i] in _DIGEST:
                return "phrase" if last in _PHRASES else "signing"
            if ws[i] not in _SIGNING_MIDDLE:
                break
    if last == "iv" and len(ws) >= 2 and ws[-2] in _CIPHER | _DIGEST:
        return "signing"
    if last == "seed" and len(ws) >= 2 and ws[-2] in _SEED_OWNERS:
        return "signing"
    if last in {"guid", "uuid"} and len(ws) >= 2 and ws[-2] in _ACCESS:
        return "guid"
    if last == "id" and len(ws) >= 3 and ws[-3] == "private" and ws[-2] in _PRIVATE_OWNERS:
        return "guid"
    return None


_TOKEN = re.compile(r"[A-Za-z0-9+/=_\-.~%$!@#*^&]{8,300}")
"""The characters of a key or a chosen passphrase: no call, no space, no markup."""
_RUN = re.compile(r"0123|1234|2345|3456|4567|5678|6789|9876|8765|7654|6543|5432|4321|abcd|bcde|cdef", re.IGNORECASE)
"""Four characters that count: a documentation default (``0123456789123456``), not a key."""


def _mixed_hex(value: str) -> bool:
    """Hex with letters and digits spread through it and no counting run (a key, no sample)."""
    letters = sum(c.isalpha() for c in value)
    return 3 <= letters <= len(value) - 3 and len(set(value.lower())) >= 8 and _RUN.search(value) is None


_KEY_CHARS = re.compile(r"[A-Za-z0-9_\-]{16,64}")


def _random_key(value: str) -> bool:
    """A 16-64 character key of letters and digits that `values.generated` finds too plain
    (``l83KmBRIKKKtmtTO``: a repeated letter lowers its entropy) and the learned scorer
    (`randomness.score`) calls random; no dictionary words (``myHashKeyValue12``). Taken under a
    signing name only."""
    if _KEY_CHARS.fullmatch(value) is None or is_hex(value) or _RUN.search(value) is not None:
        return False
    digits = sum(c.isdigit() for c in value)
    if not digits or sum(c.isalpha() for c in value) < 6:
        return False
    if not (classes(value) >= 3 or (digits >= 2 and mixed_runs(value) >= 4)):
        return False  # ``sessionHandler1``-like names: one case and one digit
    return shannon(value) >= 3.0 and word_cover(value) < 0.3 and randomness.score(value) >= 0.5


def _value_ok(kind: str, value: str, *, quoted: bool) -> bool:
    """Is `value` what a `kind` name holds when it is a secret?"""
    if _TOKEN.fullmatch(value) is None or is_placeholder(value) or is_reference(value, quoted=quoted):
        return False  # code (``Session(**kwargs)``, ``str(uuid4())``), prose, a variable
    if UUID.fullmatch(value):
        return kind == "guid"  # a UUID session id is a number a tool prints; an API GUID is the key
    if kind == "session" and (not any(c.isdigit() for c in value) or "sess" in value.lower()):
        return False  # ``NFCReaderSession``: a class name in a list, no cookie
    if generated(value) or short_generated(value):
        return True
    if kind != "session" and _random_key(value):
        return True
    if is_hex(value):
        return len(value) >= 16 and kind != "session" and _mixed_hex(value)
    return kind == "phrase" and quoted and len(value) >= 8 and accept(value, Strength.PASSWORD, quoted=quoted)


_NOUNS = (
    "session",
    "sess",
    "hash",
    "sha",
    "hmac",
    "checkword",
    "seed",
    "guid",
    "uuid",
    "private",
    "aes",
    "cipher",
    "crypt",
    "sm4",
)
_HIT = re2.compile("|".join(_NOUNS))
"""Any noun of the lexicon, in one linear pass over the lower-cased text."""
PREFILTER: tuple[str, ...] = tuple(w for w in _NOUNS if w != "session")
"""Lower-case literals: one must occur for any name of the lexicon to stand in the text (an IV
name is found by its cipher word: ``DES_IV`` is not)."""
_SCORE = 0.7
_CONFIG_LINE = re.compile(r"""[ \t]*(?:(?:export|set|setenv|const|var|let|final|static|private)[ \t]+)*["'\[]?""")
"""What may stand before a session name that starts a config line (``.env``, INI, YAML, code
constants); a session field in a log line or a JSON record names a session, it is not its cookie."""


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of the values of compound secret names in `view`."""
    text = view.text
    low = view.lower
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)  # offsets must match
    out: list[tuple[int, int, float]] = []
    n = len(text)
    last_key_end = -1
    for m in _HIT.finditer(low):
        s, e = m.start(), m.end()
        if e <= last_key_end:
            continue
        while s > 0 and text[s - 1] in IDCH:
            s -= 1
        while e < n and text[e] in IDCH:
            e += 1
        last_key_end = e
        key = text[s:e].strip(".-")
        if not key or len(key) > 80 or text.startswith("${", s - 2) or text.startswith("$", s - 1):
            continue
        kind = compound_kind(key)
        if kind is None or classify_name(key) is not None:
            continue  # not a compound of the lexicon, or a name the key/value rules read
        if kind == "session" and _CONFIG_LINE.fullmatch(text, text.rfind("\n", 0, s) + 1, s) is None:
            continue  # ``INFO ready session=<hex>``, ``{"session_id": ...}``: a log's or a record's field
        found = value_after(text, s, e, key, Strength.KEY)
        if found is None:
            continue
        vs, ve, quoted = found
        if _value_ok(kind, text[vs:ve], quoted=quoted):
            out.append((vs, ve, _SCORE))
    return out


class CompoundNameDetector(ViewScanDetector):
    """Secrets under compound session, signing and credential-id names (``secret.generic.compound_name``)."""

    name = "secret.generic.compound_name"
    prefilter: tuple[str, ...] = PREFILTER

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
