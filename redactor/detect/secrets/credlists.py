"""Credential lists: values labelled only by a vendor or product name, under a line about keys.

People paste their keys as a list whose labels are vendor names, not key names; the line above
says what the values are::

    Voice-over vendors for the builds — keys from the shared 1Password export:
    - Fish Audio: 6fbf6bea11f91fd758a2d265291545b5
    - LMNT: 68cee9aa10798d4dd7e63f7e63e5e42e

and a file whose name says "keys" holds ``vendor = "value"`` lines (``$ cat ~/.config/x/keys.toml``
/ ``audd = "036c..."``). A label alone (``LMNT``, ``audd``) names no secret, and 32 hex digits
alone may be a digest, so neither carries the value; together with the heading they do.

The heading is a line ending with a colon that holds a credential noun of any language (plural
English ``keys``, ``tokens``, ``secrets``, ``credentials``, ``passwords``, an ``API key``, or a noun of
`context_i18n.credential_nouns`), or a line naming a file called ``keys``, ``secrets``,
``credentials``, ``tokens`` or ``passwords`` (any extension). No hash, commit, id, fingerprint,
public, SSH/GPG or lookup-key word may stand in the heading (`keymaps.CONTAINER_VETO`,
`_HASHY`). The list is the lines right after it (one blank line allowed after the
heading), each ``[bullet] label (note): value`` or ``label = "value"``; ini section lines and
comments are skipped, and any other line ends the list. A value counts when it looks generated
(`values.generated`, 32+ hex included) or is a UUID, and its line holds no hash or id word.
"""

# ruff: noqa: RUF001  # full-width colons of CJK headings are the point here

from __future__ import annotations

import re

from redactor.detect.secrets.context_i18n import credential_nouns
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keymaps import CONTAINER_VETO
from redactor.detect.secrets.keys import words
from redactor.detect.secrets.values import UUID, generated
from redactor.detect.secrets.values_i18n import Kind
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_HEADING_ENDS = (re.compile(r":[ \t]*\n"), re.compile(r"：[ \t]*\n"))
"""Where a heading line ends; found first, so the rest runs only at those few places (two
patterns that each start with a literal: the engine scans for it)."""
_LONG = re.compile(r"[^\s\"'`]{12}")
"""A run of 12 value characters: a list line holds one."""
_NOUNS = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:api|access|secret|auth|app|client|license|licence)[ _-]?keys?|keys|tokens|secrets"
    r"|credentials|creds|passwords"
    r"|claves|chaves|cl[ée]s|chiavi|klucze|sleutels|nycklar|n[øo]kler|n[øo]gler|avaimet|anahtarlar|kulcsok|kl[íi][čc]e"
    r"|ключи|токены|секреты|пароли|contrase[ñn]as|senhas|passw[öo]rter|wachtwoorden|has[łl]a|credenciales|credenziali"
    r"|identifiants|zugangsdaten)(?![^\W\d_])"
)
"""Credential nouns of a heading: English plurals or a qualified key noun, and the plural key,
token, secret, password and credentials nouns of other languages (singular nouns of any language
come from `context_i18n.credential_nouns`)."""
_API_PREFIX = re.compile(r"api[_-]?$")


def _file_words(low: str) -> list[tuple[int, int]]:
    """(start, end) of each credential store name in the lower-cased view (``keys``, ``api_keys``...),
    found with ``str.find`` (faster than a regex that starts with an optional group)."""
    found: list[tuple[int, int]] = []
    for cue in _FILE_CUES:
        pos = low.find(cue)
        while pos >= 0:
            end = pos + len(cue)
            api = _API_PREFIX.search(low, max(0, pos - 4), pos)
            found.append((api.start() if api is not None else pos, end))
            pos = low.find(cue, end)
    return sorted(found)


_EXTENSION = re.compile(r"\.[a-z0-9]{1,8}")
_BOUNDARY = "/\\ \t\n\"'`"
_PRINTS = re.compile(r"(?i)\b(?:cat|less|more|bat|head|tail|type|vim?|nano|Get-Content)[ \t]+\S*$")
"""A command that prints the file named at the end of the line so far."""


def _file_named(text: str, low: str, s: int, e: int) -> bool:
    """The name at ``[s, e)`` is a file that stores credentials: ``keys.toml``, ``~/.secrets``,
    ``credentials.json``, or a file without extension a command prints (``cat ~/.aws/credentials``);
    not a word in a sentence nor a directory of a module path
    (``github.com/aws/aws-sdk-go-v2/credentials v1.19.30``)."""
    before = text[s - 1] if s > 0 else "\n"
    ext = _EXTENSION.match(low, e)
    end = ext.end() if ext is not None else e
    if end < len(text) and text[end] not in _BOUNDARY:
        return False
    if before == ".":
        return s < 2 or text[s - 2] in _BOUNDARY  # a dotfile: ``~/.secrets``
    if before not in _BOUNDARY:
        return False  # ``max_tokens``, ``api-keys-list``
    if ext is not None:
        return True
    line_start = text.rfind("\n", 0, s) + 1
    return before in "/\\" and _PRINTS.search(text, line_start, s) is not None


_FILE_CUES = ("keys", "secrets", "credentials", "creds", "tokens", "passwords")
_ITEM = re.compile(
    r"[ \t]*(?:[-*•+]|\d{1,2}[.)])?[ \t]*(?P<label>[^\s=:：#;\[][^\n=]{0,60}?)[ \t]*(?:[:：=]|[ \t][—–][ \t])[ \t]*"
    r"(?P<q>[\"'`]?)(?P<v>[^\s\"'`=]{1,300}={0,2})(?P=q)[ \t]*[,;]?[ \t]*(?=\n|$|\"[,}\]])"
)
"""One list line: a bullet, a label (a note in parentheses allowed), a separator, one value."""
_SKIP = re.compile(r"[ \t]*(?:\[[^\]\n]{1,80}\]|[#;][^\n]*)[ \t]*(?=\n|$)")
"""An ini section line or a comment inside the list."""
_VALUE = re.compile(r"[A-Za-z0-9_\-+/.~:]{12,300}={0,2}")
_PUBLIC = re.compile(r"(?i)(?<![a-z])(?:public|publishable|pub)(?![a-z])")
_HASHY = re.compile(
    r"(?i)hash|sha-?\d|\bsha\b|md5|digest|checksum|commit|fingerprint|(?:\b|_)ids?\b|uuid|guid|integrity|etag"
    r"|nonce|revision|lockfile|\bcache|\bssh\b|\bgpg\b|\bpgp\b|signing[ _-]?keys?\b.{0,20}\b(?:rsa|ed25519|ecdsa)"
)
"""Words of a heading or list line about digests, ids and public key material, not credentials
(narrower than `context_prose.HASHY`: a heading about "builds" or "traces" may list keys)."""
_MAX_ITEMS = 40


def _heading(line: str) -> bool:
    """A line that introduces credentials and nothing hash- or lookup-like."""
    if _HASHY.search(line) or _PUBLIC.search(line) or any(w in CONTAINER_VETO for w in words(line)):
        return False
    if _NOUNS.search(line) is not None:
        return True
    return any(kind in (Kind.TOKEN, Kind.KEY, Kind.PASSWORD) for _s, _e, kind in credential_nouns(line))


_CLAUSE_END = re.compile(r"[\"{}\[\]]|[.?!;](?:[ \t]|$)")


def _last_clause(line: str) -> str:
    """The heading proper: the line after its last sentence end or JSON quote (a heading inside
    a JSON string follows the record's own keys on the same line)."""
    ends = list(_CLAUSE_END.finditer(line))
    return line[ends[-1].end() :] if ends else line


def _value(v: str) -> bool:
    """A generated credential: 32+ hex, random mixed characters or a UUID; no URL or path."""
    if "://" in v or not _VALUE.fullmatch(v):
        return False
    return UUID.fullmatch(v) is not None or generated(v)


def _list(text: str, pos: int, out: list[tuple[int, int, float]]) -> None:
    """The list lines from `pos` (the start of the line after a heading)."""
    n = len(text)
    if text.startswith("\n", pos):
        pos += 1  # one blank line after the heading
    for _ in range(_MAX_ITEMS):
        if pos >= n:
            return
        skip = _SKIP.match(text, pos)
        if skip is not None:
            pos = skip.end() + 1
            continue
        item = _ITEM.match(text, pos)
        if item is None:
            return
        if _value(item.group("v")):
            line = text[pos : item.start("v")]
            if not _HASHY.search(line) and not _PUBLIC.search(line):
                out.append((*item.span("v"), 0.75))
        pos = item.end() + 1


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each listed value, in view offsets."""
    text = view.text
    out: list[tuple[int, int, float]] = []
    ends = [m for pattern in _HEADING_ENDS if pattern.pattern[0] in text for m in pattern.finditer(text)]
    for m in ends:
        first = m.end() + 1 if text.startswith("\n", m.end()) else m.end()
        line_end = text.find("\n", first)
        if _LONG.search(text, first, len(text) if line_end < 0 else line_end) is None:
            if _SKIP.match(text, first) is None:
                continue  # the usual case (code, YAML, a sentence): no value on the next line
        elif _ITEM.match(text, first) is None:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _heading(_last_clause(text[max(line_start, m.start() - 300) : m.start()])):
            _list(text, m.end(), out)
    low = view.lower
    if len(low) == len(text) and any(cue in low for cue in _FILE_CUES):
        for start, end in _file_words(low):
            if not _file_named(text, low, start, end):
                continue
            line_end = text.find("\n", end)
            line_start = text.rfind("\n", 0, start) + 1
            if line_end >= 0 and not _HASHY.search(text, max(line_start, start - 40), line_end):
                _list(text, line_end + 1, out)
    return sorted(set(out))


class CredentialListDetector(ViewScanDetector):
    """Values of a vendor-labelled list under a heading about keys (``secret.generic.cred_list``)."""

    name = "secret.generic.cred_list"
    prefilter: tuple[str, ...] = (":", "：", *_FILE_CUES)

    def admits(self, view: EscapeView) -> bool:
        return "\n" in view.text

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
