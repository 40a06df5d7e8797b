"""Sibling secrets: generated values in a block of parallel entries that holds named secrets.

Credentials travel in blocks: a Terraform map of provider keys (``gpu_clouds = { fluidstack =
"<hex>", hyperstack = "<uuid>", crusoe_key = "<b64>" }``), a ``dict(literal="lsk_...", lunary=
"<uuid>")`` of evaluation keys, a recon-ng ``keys`` dump aligned with spaces (``greynoise_api
<value>``), an INI section, a ``.env`` file. Some entries are named as secrets (``crusoe_key``,
``*_TOKEN``), or the block's heading says what all of them are (``EVAL_KEYS = dict(``, ``#
~/.config/recon-ng/keys``, ``[credentials]``, ``# API keys``); the other entries are named only
after their provider, yet hold the same kind of value.

A block is a run of consecutive ``key <op> value`` lines with the same indentation (``=``, ``:``,
``=>``, ``:=`` or an alignment of two or more blanks; comment lines inside do not end it). It has
evidence when one of its entries is a secret by name and value (`keys.classify` /
`names_i18n.i18n_strength` and `values.accept`), or when the one or two lines above it (its
heading: a comment, a section, the opening of the map) name a container of credentials
(``keys``, ``secrets``, ``credentials``, ``tokens``, ``passwords``, or such a noun of another
language) with no public, cache, hash or lookup qualifier (`keymaps.CONTAINER_VETO`).

In a block with evidence, each other entry whose value is generated (16+ random characters or
32+ hex, `values.generated`), a UUID or 16+ hex digits is masked, unless its key says the value is
something else: an id, a name, a host, URL or path, a version, a digest or checksum, a time, a
public value (`_NOT_SECRET_WORDS`). An entry whose key already names a secret is left to the
detectors that read names.
"""

from __future__ import annotations

import re

from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.generic import AssignmentDetector
from redactor.detect.secrets.i18nkeys import I18N_LITERALS
from redactor.detect.secrets.keymaps import CONTAINER_VETO
from redactor.detect.secrets.keys import Strength, words
from redactor.detect.secrets.names import classify_name
from redactor.detect.secrets.names_i18n import FOLDED_NOUNS, i18n_strength, key_words, pin_name
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.values import UUID, accept, generated
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_ENTRY = re.compile(
    r"""(?P<ind>[ \t]*)(?:(?:export|const|let|var|val|final|static|readonly|public|private|set)[ \t]+)*\$?
        ["']?(?P<k>[A-Za-z_][\w.\-]{0,60})["']?
        (?:[ \t]*(?:=>|:=|=|:)[ \t]*|[ \t]{2,}|\t+)
        (?P<q>["'`]?)(?P<v>[^\s"'`,;]{1,300})(?P=q)[ \t]*[,;]?[ \t]*(?:(?:\#|//)[^\n]*|["'][}\]]{0,3}[ \t]*,?)?""",
    re.VERBOSE,
)
"""One ``key <op> value`` line (the whole line): YAML, INI, .env, HCL, TOML, JSON members, kwargs,
PHP/JS/Rust constants, aligned dumps; the last line of a text printed into a JSON string ends
with that string's closing quote and brackets (``..."}``)."""
_COMMENT = re.compile(r"[ \t]*(?:#|//|;|--)")
_CANDIDATE = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9_\-+/.]{16,300}={0,2}"
)
"""A value that may be a sibling secret; only lines holding one are read."""
_RUN = re.compile(r"abcde|bcdef|cdefg|ABCDE|BCDEF|CDEFG|01234|12345|23456|34567|45678|56789|qwert|asdfg|zxcvb")
"""Five consecutive letters or digits of an alphabet or a keyboard row."""
_DIGITS = re.compile(r"\d")
"""A digit: UUIDs, hex digests and generated keys all but never lack one (a cheap first look)."""
_HEX16 = re.compile(r"[0-9a-fA-F]{16,128}")
_CONTAINER_WORDS = frozenset(
    {"keys", "secrets", "credentials", "credential", "creds", "tokens", "passwords", "apikeys", "passwd"}
)
"""Heading words that say what a whole block holds."""
_NOT_SECRET_WORDS = frozenset(
    {
        *("id", "ids", "identifier", "uuid", "guid", "uid", "name", "names", "user", "username", "login", "email"),
        *("mail", "host", "hostname", "url", "uri", "urls", "endpoint", "domain", "server", "address", "addr"),
        *("ip", "port", "path", "dir", "directory", "file", "filename", "region", "zone", "location", "version"),
        *("ver", "release", "tag", "branch", "commit", "sha", "hash", "digest", "checksum", "crc", "md", "etag"),
        *("integrity", "fingerprint", "thumbprint", "time", "timestamp", "date", "created", "updated", "modified"),
        *("locale", "lang", "color", "colour", "icon", "image", "theme", "font", "public", "pub", "publishable"),
        *("site", "tenant", "subscription", "org", "organization", "project", "workspace", "account", "customer"),
        *("merchant", "app", "application", "instance", "device", "channel", "group", "team", "owner", "profile"),
        *("cluster", "node", "space", "bucket", "queue", "topic", "table", "database", "db", "schema", "index"),
        *("number", "no", "num", "phone", "ref", "reference", "nonce", "build", "run", "job", "request", "trace"),
        *("span", "session", "correlation", "transaction", "order", "invoice", "payment", "product", "sku"),
        *("item", "model", "type", "mode", "kind", "format", "encoding", "algorithm", "algo", "iv", "revision"),
        *("rev", "parent", "source", "target", "cache", "sort", "lookup", "seed", "state", "cursor", "page"),
        *("image", "container", "pod", "object", "record", "row", "entry", "event", "message", "msg", "key"),
        *("client", "test", "example", "sample", "dummy", "fake", "mock", "placeholder", "default", "color"),
        *("policy", "role", "rule", "scope", "audience", "aud", "issuer", "iss", "sub", "kid", "alg", "sid"),
        *("serial", "license", "licence", "package", "pkg", "module", "plugin", "widget", "component"),
        *("font", "style", "class", "data", "payload", "body", "content", "text", "label", "title", "slug"),
        *("chars", "charset", "alphabet", "characters", "letters", "digits", "symbols", "chars"),
        *("mid", "tid", "pid", "cid", "oid", "gid", "namespace", "ns", "env", "environment", "stage", "zone"),
    }
)
"""Words of a key whose generated value is something other than a credential: ids and names,
places, versions and digests, times, public and lookup values, and data. ``key`` is here: a
``crusoe_key`` is named, a ``partition_key`` a lookup key; the name rules decide both."""
_SCORE = 0.7
_HEADING_SHAPE = re.compile(
    r"""[ \t]*(?:(?:\#|//|;|--|<!--|/?\*)[^\n]*|\[[^\]\n]{1,80}\][ \t]*"""
    r"""|[^\n]{0,120}?(?:[{(\[]|[:=][ \t]*[{(\[]?)[ \t]*)"""
)
"""What heads a block: a comment, an INI ``[section]``, or a line that opens a map (``name = {``,
``X = dict(``, ``keys:``, ``$services = [``)."""
_HEADING_VETO = CONTAINER_VETO - {"object", "map", "dict"}
"""`keymaps.CONTAINER_VETO` without the words of the syntax that opens a map (``KEYS = dict(``)."""


def _heading_names_credentials(heading: str) -> bool:
    """The lines above a block name a container of credentials (``EVAL_KEYS = dict(``, ``#
    recon-ng/keys``, ``[credentials]``, ``# Zugangsdaten``) with no public or lookup qualifier."""
    if _HEADING_SHAPE.fullmatch(heading) is None:
        return False  # code (``import secrets``), prose: no heading of a block
    ws = words(heading)
    if any(w in _HEADING_VETO for w in ws):
        return False
    if any(w in _CONTAINER_WORDS for w in ws):
        return True
    folded = key_words(heading)
    return any(w in FOLDED_NOUNS and i18n_strength(w) in (Strength.PASSWORD, Strength.STRONG) for w in folded)


def _named(key: str) -> Strength | None:
    return classify_name(key) or i18n_strength(key)


def _sibling_value(value: str) -> bool:
    """A value that looks issued by a machine: a UUID, 16+ hex digits, or generated key characters
    without dots (dotted values are names: hosts, namespaces, packages)."""
    if is_placeholder(value):
        return False
    if UUID.fullmatch(value) or _HEX16.fullmatch(value):
        return True
    if _RUN.search(value):
        return False  # an alphabet (``abcdef...0123456789``), a keyboard row: a charset, no key
    return "." not in value and generated(value)  # ``corvid-prod.a2dd6`` is a name


def _not_secret_key(key: str) -> bool:
    ws = key_words(key)
    return not ws or any(w in _NOT_SECRET_WORDS for w in ws) or pin_name(key)


class _Lines:
    """The lines of a text around the candidates, found and parsed on demand; a line is named by
    the offset it starts at."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._entries: dict[int, re.Match[str] | None] = {}

    def start_of(self, pos: int) -> int:
        return self.text.rfind("\n", 0, pos) + 1

    def near_start(self, pos: int) -> int:
        """The start of the line holding `pos` when it starts within `_LINE_MAX` characters, else -1."""
        nl = self.text.rfind("\n", max(0, pos - _LINE_MAX), pos)
        if nl < 0:
            return 0 if pos <= _LINE_MAX else -1
        return nl + 1

    def end_of(self, start: int) -> int:
        end = self.text.find("\n", start)
        end = len(self.text) if end < 0 else end
        return end - 1 if end > start and self.text[end - 1] == "\r" else end

    def previous(self, start: int) -> int:
        """The start of the line before the one at `start` (-1 at the first line, or when that line
        is longer than an entry)."""
        return -1 if start == 0 else self.near_start(start - 1)

    def following(self, start: int) -> int:
        """The start of the line after the one at `start` (-1 at the last line)."""
        nl = self.text.find("\n", start)
        return -1 if nl < 0 else nl + 1

    def entry(self, start: int) -> re.Match[str] | None:
        if start not in self._entries:
            end = self.text.find("\n", start, start + _LINE_MAX + 2)
            end = len(self.text) if end < 0 and len(self.text) - start <= _LINE_MAX else end
            if end < 0:
                self._entries[start] = None
            else:
                end = end - 1 if end > start and self.text[end - 1] == "\r" else end
                self._entries[start] = _ENTRY.fullmatch(self.text, start, end)
        return self._entries[start]

    def comment(self, start: int) -> bool:
        return _COMMENT.match(self.text, start, self.end_of(start)) is not None

    def heading(self, start: int) -> list[str]:
        """The one or two lines above the line at `start`."""
        out = []
        j = start
        for _ in range(2):
            j = self.previous(j)
            if j < 0:
                break
            out.append(self.text[j : self.end_of(j)])
        return out


def _block(lines: _Lines, i: int, indent: str) -> tuple[int, int]:
    """The start offsets of the first and last line of the block of entries with `indent` around
    the line at `i`."""

    def member(j: int) -> bool:
        m = lines.entry(j)
        return m is not None and m.group("ind") == indent

    first = i
    j = lines.previous(i)
    while j >= 0 and (member(j) or (lines.comment(j) and lines.previous(j) >= 0 and member(lines.previous(j)))):
        if member(j):
            first = j
        j = lines.previous(j)
    last = i
    j = lines.following(i)
    while j >= 0 and (member(j) or lines.comment(j)):
        if member(j):
            last = j
        j = lines.following(j)
    return first, last


def _evidence(lines: _Lines, first: int, last: int) -> bool:
    if any(_heading_names_credentials(h) for h in lines.heading(first) if len(h) <= 200):
        return True
    j = first
    while 0 <= j <= last:
        m = lines.entry(j)
        if m is not None:
            strength = _named(m.group("k"))
            if strength is not None and accept(m.group("v"), strength, quoted=bool(m.group("q"))):
                return True
        j = lines.following(j)
    return False


_LINE_MAX = 400
"""The longest line read as an entry."""
_BEFORE_VALUE = frozenset("\"'`=: \t")
_AFTER_VALUE = frozenset("\"'`,; \t\r\n})]")


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each sibling secret, in view offsets."""
    text = view.text
    candidates = [m for m in _CANDIDATE.finditer(text) if _DIGITS.search(m.group())]
    if not candidates:
        return []
    lines = _Lines(text)
    verdicts: dict[tuple[int, int], bool] = {}
    out: list[tuple[int, int, float]] = []
    done: set[int] = set()
    n = len(text)
    for c in candidates:
        cs, ce = c.span()
        if cs == 0 or text[cs - 1] not in _BEFORE_VALUE or (ce < n and text[ce] not in _AFTER_VALUE):
            continue  # a value stands after an operator or quote and ends the entry
        i = lines.near_start(cs)
        if i < 0 or i in done:
            continue  # a line longer than an entry (minified JSON, a data line), or one already read
        done.add(i)
        m = lines.entry(i)
        if m is None or m.span("v") != c.span() or _named(m.group("k")) is not None:
            continue
        if _not_secret_key(m.group("k")) or not _sibling_value(c.group()):
            continue
        first, last = _block(lines, i, m.group("ind"))
        if first == last and not any(_heading_names_credentials(h) for h in lines.heading(i) if len(h) <= 200):
            continue  # one entry alone is no block; its heading must speak for it
        if (first, last) not in verdicts:
            verdicts[(first, last)] = _evidence(lines, first, last)
        if verdicts[(first, last)]:
            out.append((*m.span("v"), _SCORE))
    return out


class SiblingSecretDetector(ViewScanDetector):
    """Generated values beside named secrets or under a credentials heading (``secret.generic.sibling``)."""

    name = "secret.generic.sibling"
    prefilter: tuple[str, ...] = (*AssignmentDetector.prefilter, *(w for w in I18N_LITERALS if len(w) >= 4))

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
