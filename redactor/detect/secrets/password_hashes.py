"""Stored password hashes assigned to a key that names a password hash.

Services that keep a login's password as a hash in their own configuration (an admin password's
SHA-256 in a bridge's TOML, ``PASSWORD_HASH`` in an ``.env``, ``adminPasswordHash`` in a YAML, a
bcrypt string in a users file) hand over a credential: a hash of a person-made password falls to a
dictionary attack in minutes, and the key authenticates whoever presents it to services that
compare hashes. The assignment rules vet hex values under hash names as digests and leave them.

A value is a password hash here when

- it is assigned (``=``, ``:``, ``=>``, maybe quoted) to one identifier whose parts (split at
  ``_``, ``-``, ``.`` and camelCase) hold a password word (``password``, ``passwd``, ``pwd``,
  ``pass``, ``passwort``, ``kennwort``) and a hash word (``hash``, ``hashed``, ``sha1``,
  ``sha256``, ``sha512``, ``md5``, ``digest``, ``bcrypt``, ``crypt``): ``password_sha256``,
  ``PASSWORD_HASH``, ``hashed_password``, ``adminPasswordHash``, ``pwd_md5``;
- the value is a literal: 32-128 hex characters with digits and letters, or a modular crypt
  string (``$2b$12$...``, ``$6$salt$...``, ``$argon2id$...``, ``$pbkdf2-sha256$...``), or
  ``algorithm:salt:hex`` / ``pbkdf2:sha256:N$salt$hex``; not a placeholder. A call
  (``bcrypt.hashpw(...)``), a column type (``password_hash text``) or a name is no value.

Scores 0.8 (``secret.generic.password_hash``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_KEY = re.compile(r"(?<![\w.$-])(?P<k>[A-Za-z][\w.-]{2,60})[\"'\]]?[ \t]*(?:=>|:=|[:=])[ \t]*[\"'`]?")
"""An identifier assigned a value (the value starts at the match end)."""
_PARTS = re.compile(r"[A-Z]+(?![a-z])\d*|[A-Z]?[a-z]+\d*|\d+")
PASSWORD_WORDS = frozenset({"password", "passwd", "pwd", "pass", "passwort", "kennwort", "passphrase"})
"""Identifier parts that name a password."""
HASH_WORDS = frozenset(
    {"hash", "hashed", "sha", "sha1", "sha224", "sha256", "sha384", "sha512", "md5", "digest", "bcrypt", "crypt"}
)
"""Identifier parts that name a hash of it."""
_VALUE = re.compile(
    r"(?:[0-9a-fA-F]{32,128}"
    r"|\$(?:2[abxy]?|1|5|6|y|apr1|argon2(?:id|i|d)|pbkdf2(?:-sha\d+)?|scrypt|sha\d+)\$[./A-Za-z0-9$=,+-]{16,200}"
    r"|(?:sha1|sha256|sha512|md5|pbkdf2:sha\d+(?::\d+)?)[:$][./A-Za-z0-9]{4,64}[:$][0-9a-fA-F]{32,128})"
    r"(?![\w$./+-])"
)
"""A password hash literal: bare hex, a modular crypt string, or an algorithm-prefixed salted hash."""


def _parts(name: str) -> set[str]:
    """The lower-case parts of an identifier (``adminPasswordHash`` -> admin, password, hash)."""
    return {p.lower() for p in _PARTS.findall(name)}


def names_password_hash(name: str) -> bool:
    """Whether an identifier names a hash of a password (see the module doc)."""
    parts = _parts(name)
    if parts & PASSWORD_WORDS and parts & HASH_WORDS:
        return True
    # one-word spellings: PASSWORDHASH, passwordhash, hashedpassword
    low = name.lower()
    return any(p in low for p in ("password", "passwd")) and any(h in low for h in ("hash", "sha", "md5", "digest"))


def _value_ok(value: str) -> bool:
    if value[0] == "$" or ":" in value:
        return not is_placeholder(value)
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value) and not is_placeholder(value)


class PasswordHashDetector(ViewScanDetector):
    """Password hashes under password-hash names (``secret.generic.password_hash``)."""

    name = "secret.generic.password_hash"
    prefilter: tuple[str, ...] = ("pass", "pwd", "kennwort")

    def find(self, view: EscapeView) -> Iterable[Hit]:
        text = view.text
        for m in _KEY.finditer(text):
            if not names_password_hash(m.group("k")):
                continue
            v = _VALUE.match(text, m.end())
            if v is not None and _value_ok(v.group()):
                yield v.start(), v.end(), 0.8
