"""Does a word after a credential noun of another language look like that credential's value?

Part of ``secret.generic.i18n`` (context_i18n.py finds the nouns and reads the candidate): a
password has letters with digits or symbols (or is a long number, a quoted passphrase, words and
a number joined by hyphens), a PIN is 4-8 digits, a token looks generated. Anything that is code,
a format, markup, a reference, a unit, a protocol name or a hash is no value whatever the noun
(`not_a_value`).
"""

# ruff: noqa: RUF001  # quotes and punctuation of other scripts are the point here

from __future__ import annotations

import enum
import re
from itertools import pairwise

from redactor.detect.secrets.entropy import shannon
from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.values import accept, app_password, generated, is_reference


class Kind(enum.Enum):
    """What a credential noun names, hence what its value must look like."""

    PASSWORD = "password"
    PIN = "pin"
    TOKEN = "token"
    KEY = "key"


EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_VERSION = re.compile(r"^[vV]?\d+(?:\.\d+)+(?:[\-+][\w.]+)?$")
_UNIT = re.compile(
    r"(?i)^[+\-]?\d+(?:[.,]\d+)?(?:%|°c?|[-–]\d+|(?:m?s|min|mins|h|hrs?|d|days?|px|pt|r?em|[kmgt]i?b|b|bits?|bytes?"
    r"|chars?|x|k|m|mhz|ghz|kbps|mbps)|[-–][^\W\d_]+)$"
)
"""A measure: ``5min``, ``12px``, ``8GB``, ``10%``, ``8-16``, ``29-character``."""
_TECH = re.compile(r"[A-Z]{3}")
_DATE_TIME = re.compile(r"^\d{1,4}[-/.:]\d{1,2}(?:[-/.:]\d{1,4})?$")
_PROTOCOL = re.compile(r"^[A-Za-z]*[A-Z]{2}[A-Za-z]*v?\d{1,2}$|^0[xX][0-9A-Fa-f]+$")
"""``SOCKSv5``, ``IPv6``, ``OAuth2``, ``TLSv1``; a hex literal (``0xD000``)."""
_PRINTF = re.compile(r"%[-#+ 0.]*\d*(?:\.\d+)?(?:l{1,2}|h{1,2}|z)?[sdiuxXfFeEgGcp]")
_CODE_LIKE = re.compile(r"%0[aAdD]|%20|%[-#+ 0.]+\d*(?:\.\d+)?(?:l{1,2}|h{1,2}|z)?[sdiuxXfFeEgGcp]|[({]|^\.|=>|::")
"""A printf flag or precision (``%#-10lx``, ``%.4s``), a URL-escaped line break (``%0A``),
a call or brace (``.check("COMMA``, ``{self.name``), an attribute that starts the value."""


_BAD_START = frozenset(")]}>\\_|;,")
_URL_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_MARKUP = re.compile(r"&(?:lt|gt|amp|quot|apos|nbsp|#\d+);|\w\[|\]\w")
"""HTML entities (``&lt;key&gt;``), a subscript or type (``Dict[str]``)."""
_HEX_COLOR = re.compile(r"^#(?:[0-9A-Fa-f]{3,4}){1,2}$")
_WORD_SLASH = re.compile(r"^[^\W\d_]+(?:/[^\W\d_]+)+$")
"""``http/ftp``, ``and/or``: words joined by slashes."""
_WORD_PUNCT = re.compile(r"^[^\W\d_]+[!?.…]+$")
"""``ekranie?``, ``libcrypt?``: a word that ends a question or exclamation."""


def _sequential(v: str) -> bool:
    """``1234``, ``56789``, ``abcde``, ``4321``: a run of consecutive characters (an example value)."""
    steps = {ord(b) - ord(a) for a, b in pairwise(v)}
    return len(v) >= 4 and steps in ({1}, {-1})


_CRYPT = re.compile(r"(?i)\$(?:1|2[abxy]?|5|6|y|argon2\w*|scrypt|pbkdf2[\w-]*)\$|(?:pbkdf2|bcrypt|sha\d+|md5)[$:]")
"""A password hash (``$2b$12$...``, ``pbkdf2_sha256$...``): stored to check a password, not one."""
PIN = re.compile(r"\d{4,8}")
_CODE_GROUPS = re.compile(r"[A-Za-z0-9]{3,6}(?:-[A-Za-z0-9]{3,6}){1,4}")
_WORD_CHARS = frozenset("'’-._")
TR_SUFFIX = re.compile(r"(?<=[A-Za-z0-9!@#$%^&*+?~])['’](?:[dt][ıiuü]r|[dt]ır|d[ae]n|[yi]?[ae]|n[ıiuü]n)$")
"""A Turkish case or copula suffix written after an apostrophe (``Kestrel744*xs'dir``)."""


def _diceware(v: str) -> bool:
    """``plaid-ostrich-gumbo-7``, ``Plaid.Ostrich.Gumbo``: 3+ words (or a number) joined by one separator."""
    for sep in "-._":
        parts = v.split(sep)
        if len(parts) >= 3 and len(v) >= 14 and all(len(p) >= 3 and p.isalnum() for p in parts):
            return sum(p.isalpha() for p in parts) >= 3
    return False


def _passphrase(v: str) -> bool:
    """A quoted passphrase of 3-8 words (``"correct horse battery staple"``)."""
    words = v.split()
    return 3 <= len(words) <= 8 and len(v) >= 14 and all(w.isalpha() and len(w) <= 14 for w in words)


def password_value(v: str, *, quoted: bool) -> bool:
    """A value a person could have set as a password: letters with digits or symbols, a long
    number, a quoted passphrase, or words and numbers joined by hyphens."""
    if not 6 <= len(v) <= 128 or is_placeholder(v):
        return False
    if " " in v:
        return quoted and _passphrase(v) and not is_placeholder(v)
    if v.isdigit():
        return len(v) <= 12 and len(set(v)) >= 3 and not (len(v) == 8 and v[:2] in ("19", "20"))
    if app_password(v) or _diceware(v):
        return True
    letters = any(c.isalpha() for c in v)
    digits = any(c.isdigit() for c in v)
    symbols = any(not c.isalnum() and c not in _WORD_CHARS for c in v)
    if not letters or not (digits or symbols) or not v.isascii():
        return False
    if EMAIL.match(v) or _VERSION.match(v) or _UNIT.match(v) or _DATE_TIME.match(v):
        return False
    if not any(c.islower() for c in v) and len(v) <= 10 and _TECH.search(v):
        return False  # WPA2-PSK, AES-256, SHA256, UTF-8: a protocol, not a password
    if _PROTOCOL.match(v) or _CRYPT.match(v) or _WORD_PUNCT.match(v) or not_a_value(v):
        return False  # a protocol name, a password hash, a word ending a question ("ekranie?")
    return accept(v, Strength.PASSWORD, quoted=True)


def not_a_value(v: str) -> bool:
    """Text that is no credential whatever the noun before it: code, formats, markup, references."""
    if not v.isprintable() or v[0] in _BAD_START:
        return True  # ANSI escapes, ``)"x``, ``\\"x``, ``_%C3...``
    printf = len(_PRINTF.findall(v))
    if printf >= 2 or (printf and "%%" in v) or len(_URL_ESCAPE.findall(v)) >= 2:
        return True  # a format string (``%s%s@%s``), URL-encoded text
    if _CODE_LIKE.search(v) or _MARKUP.search(v) or _HEX_COLOR.match(v) or _WORD_SLASH.match(v):
        return True
    return is_reference(v, quoted=True) or EMAIL.match(v) is not None


def strong_value(v: str) -> bool:
    """A value clear enough to need no copula: a generated token, or letters, digits and symbols."""
    if generated(v, min_len=12):
        return True
    return (
        password_value(v, quoted=False)
        and len(v) >= 8
        and any(c.isdigit() for c in v)
        and any(c.isalpha() for c in v)
        and (any(not c.isalnum() and c not in _WORD_CHARS for c in v) or (v.lower() != v and v.upper() != v))
        and shannon(v) >= 2.8
    )


def plausible(v: str, kind: Kind, *, quoted: bool) -> bool:
    """Does `v` look like the value of a credential of `kind`?"""
    if not v or is_placeholder(v) or not_a_value(v):
        return False
    if kind is Kind.PIN:
        if PIN.fullmatch(v):
            return len(set(v)) >= 2 and not _sequential(v)
        if _CODE_GROUPS.fullmatch(v):
            groups = v.split("-")
            return any(c.isdigit() for c in v) and any(c.isalpha() for c in v) and not any(map(_sequential, groups))
        return not v.isdigit() and password_value(v, quoted=quoted)
    if kind is Kind.KEY:
        return " " not in v and v.isascii() and generated(v, min_len=16)
    if kind is Kind.TOKEN:
        if _HANDLE.fullmatch(v):
            return False  # ``key_7f3a``: the short handle a log shows in place of a token
        return " " not in v and v.isascii() and (generated(v, min_len=12) or accept(v, Strength.STRONG, quoted=True))
    return password_value(v, quoted=quoted)


_HANDLE = re.compile(r"(?i)(?:api|app)?(?:key|token|tok|secret|sec|cred|id)[_-][a-z0-9]{1,8}")
"""A credential word and a short suffix (``key_7f3a``, ``token-01``): the id or handle that stands
for a credential ("in the logs we only see their identifiers, e.g. `key_7f3a`"), not the
credential; issued tokens with such a prefix have long bodies (``key-3ax6xnjp29jd6fds4gc373sg``)."""
