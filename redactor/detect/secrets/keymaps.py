"""Objects that hold keys: every generated value of a JSON object named as a key container.

Configs keep several keys in one object whose name, not the members', says what they are:
Z-Wave ``"securityKeys": {"S2_Unauthenticated": "ADA1...", ...}``, ``"apiKeys": {"prod": ...}``,
``"secrets": {...}``, ``"credentials": {...}``; a command that selects such an object prints it
without its name (``$ jq .securityKeys settings.json``). The object counts when its name (the
key before ``{``, or the ``jq``/``yq`` path on the line before it) ends with a plural container
word (``keys``, ``secrets``, ``credentials``, ``tokens``, ``passwords``) and holds no public,
cache, hash, JWK (``kty``) or lookup qualifier; each member value that looks generated (32+ hex,
or 16+ key characters with digits and no words, `values.generated`) is masked. Member names are
not read: they name slots, not secrets.

An object named as the users of an authentication scheme (`user_map`: Orthanc's
``"RegisteredUsers": {"radiologia": "pixel-2053"}``, ``basic_auth_users``, ``htpasswd_users``)
maps user names to passwords: each member whose name is user-like and whose value holds a digit
or a symbol is masked (roles such as ``{"alice": "admin"}`` are words and stay).
"""

from __future__ import annotations

import re

from redactor.detect.secrets.entropy import wordiness
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import Strength, words
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.values import UUID, accept, generated
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_CONTAINERS = frozenset({"keys", "secrets", "credentials", "tokens", "passwords"})
CONTAINER_VETO = frozenset(
    {
        *("public", "pub", "cache", "hash", "hashes", "sort", "primary", "foreign", "lookup", "index", "i18n"),
        *("translation", "translations", "locale", "hot", "shortcut", "keyboard", "partition", "routing"),
        *("ssh", "gpg", "pgp", "trusted", "known", "authorized", "allowed", "object", "map", "dict", "jwks"),
    }
)
"""Container names whose keys are public, lookup or index keys, not credentials."""
_NAMED_OBJECT = re.compile(r"""["']?(?P<name>[A-Za-z_][\w.\-]{0,60})["']?[ \t]*[:=][ \t]*\{""")
_SELECTED = re.compile(
    r"""\b(?:jq|yq|gojq|jaq)\b[^\n]*?[ \t'"](?P<name>\.[A-Za-z_][\w.\-]{0,60})['"]?[^\n]*\n[ \t]*\{"""
)
_KEY_CHARS = re.compile(r"[A-Za-z0-9+/=_\-]{16,300}")
_HEX = re.compile(r"[0-9a-fA-F]+")
_MEMBER = re.compile(r"""["'](?P<k>[^"'\n]{1,60})["'][ \t]*:[ \t]*["'](?P<v>[^"'\n]{1,300})["']""")


def container(name: str) -> bool:
    """True when an object name says "the keys/secrets of something": ``securityKeys``, ``api_keys``."""
    ws = words(name.rsplit(".", 1)[-1])
    return bool(ws) and ws[-1] in _CONTAINERS and not any(w in CONTAINER_VETO for w in ws)


_USER_MAPS = frozenset({"users", "accounts", "logins"})
_AUTH_WORDS = frozenset({"registered", "auth", "basic", "htpasswd", "login", "digest"})
_USER = re.compile(r"[A-Za-z0-9_.@\-]{1,64}")
_NOT_PASSWORD = re.compile(r"@.*\.|://|^\d{4}-\d\d-\d\d|^[./~]")


def user_map(name: str) -> bool:
    """True when an object name says "the users of an authentication scheme, with their
    passwords": Orthanc ``RegisteredUsers``, ``basic_auth_users``, ``htpasswd_users``,
    ``http_auth.users``; not a bare ``users`` (roles, names, e-mails)."""
    parts = name.split(".")
    ws = words(parts[-1])
    if not ws or ws[-1] not in _USER_MAPS:
        return False
    qualifiers = ws[:-1] + (words(parts[-2]) if len(parts) >= 2 else [])
    return any(w in _AUTH_WORDS for w in qualifiers) and not any(w in CONTAINER_VETO for w in qualifiers)


def _user_password(user: str, v: str) -> bool:
    """A member of a user map that is a password: a user-like name, and a value of 6-64 characters
    without spaces holding a digit or a symbol (``pixel-2053``), no e-mail, URL, date or path."""
    if _USER.fullmatch(user) is None or not 6 <= len(v) <= 64 or " " in v or is_placeholder(v):
        return False
    if _NOT_PASSWORD.search(v) or sum(c.isalpha() for c in v) < 2:
        return False
    if not any(c.isdigit() or c in "!#$%&*?@^~+=" for c in v):
        return False  # ``{"alice": "admin"}``: a role
    return accept(v, Strength.PASSWORD, quoted=True)


def _object_end(text: str, start: int) -> int:
    """The index of the ``}`` closing the flat object opened at `start` (or -1 when it nests)."""
    end = text.find("}", start + 1)
    if end < 0 or "{" in text[start + 1 : end]:
        return -1
    return end


def _members(text: str, open_brace: int, out: list[tuple[int, int, float]], *, users: bool = False) -> None:
    end = _object_end(text, open_brace)
    if end < 0 or "kty" in text[open_brace:end]:
        return
    for m in _MEMBER.finditer(text, open_brace, end):
        v = m.group("v")
        if _user_password(m.group("k"), v) if users else _key_value(v):
            out.append((*m.span("v"), 0.8))


def _key_value(v: str) -> bool:
    """32+ hex digits, or 16+ key characters with 2+ digits, generated, no words, no placeholder
    (``...EXAMPLEKEY``); never a timestamp, a reference (``#/definitions/...``) or an identifier."""
    if not _KEY_CHARS.fullmatch(v) or UUID.fullmatch(v) or is_placeholder(v):
        return False
    if len(v) >= 32 and _HEX.fullmatch(v):
        return True
    return sum(c.isdigit() for c in v) >= 2 and wordiness(v) < 0.5 and generated(v)


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each member value found, in view offsets."""
    text = view.text
    out: list[tuple[int, int, float]] = []
    for m in _NAMED_OBJECT.finditer(text):
        if container(m.group("name")):
            _members(text, m.end() - 1, out)
        elif user_map(m.group("name")):
            _members(text, m.end() - 1, out, users=True)
    if "jq" in view.lower or "yq" in view.lower:
        for m in _SELECTED.finditer(text):
            if container(m.group("name")):
                _members(text, m.end() - 1, out)
    return out


class KeyMapDetector(ViewScanDetector):
    """Generated values of an object named as a key container (``secret.generic.key_map``)."""

    name = "secret.generic.key_map"
    prefilter: tuple[str, ...] = (
        "keys",
        "secrets",
        "credentials",
        "tokens",
        "passwords",
        "users",
        "accounts",
        "logins",
    )

    def admits(self, view: EscapeView) -> bool:
        return "{" in view.text

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
