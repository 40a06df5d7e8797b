"""Context detector, structured carriers: scheme words, tables, cookies, Secret maps, pairs.

Part of ``secret.generic.context`` (context.py runs these): ``Bearer``/``Basic`` credentials
wherever they stand, two-column tables whose label names a credential, session cookies, a
Kubernetes ``Secret``'s data, ``keys:`` maps of key id to secret, the id half of a token
id/secret pair and an AWS secret key after its key id.
"""

from __future__ import annotations

import base64
import binascii
import re

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets.entropy import classes, looks_random, shannon
from redactor.detect.secrets.keys import Strength, classify
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.values import UUID, accept, generated, identifier_like

# --- Authorization scheme words ---------------------------------------------------------------

_BEARER = re.compile(r"(?<![A-Za-z])(?:Bearer|bearer|BEARER)[ \t]+(?P<v>[A-Za-z0-9._~+/\-]{16,}=*)(?![\w.~+/=\-])")
_BASIC = with_first_chars(re.compile(r"(?<![A-Za-z])Basic[ \t]+(?P<v>[A-Za-z0-9+/]{8,}={0,2})(?![\w+/=\-])"))


def _basic_credentials(value: str) -> bool:
    """Base64 of ``user:password`` with a non-placeholder password."""
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        return False
    user, sep, password = raw.partition(":")
    return bool(sep and user and raw.isprintable()) and len(password) >= 3 and not is_placeholder(password)


def scheme_tokens(text: str, low: str, out: list[tuple[int, int, float]]) -> None:
    """``Bearer <token>`` and ``Basic <base64 user:pass>`` wherever they stand: a header set in
    nginx (``proxy_set_header Authorization "Bearer x"``), a YAML value, a code string. The
    scheme word says "credential" whatever the key or carrier."""
    if "bearer" in low:
        for m in _BEARER.finditer(text):
            if accept(m.group("v"), Strength.STRONG, quoted=True):
                out.append((*m.span("v"), 0.8))
    if "basic " in low:
        out.extend((*m.span("v"), 0.8) for m in _BASIC.finditer(text) if _basic_credentials(m.group("v")))


# --- two-column tables: | password | X | ---------------------------------------------------------

SECRET_ROW_WORDS = re.compile(r"(?:pass|pwd|secret|token|key|cred|pat(?![a-z]))[\w .-]{0,20}?\**[ \t]*[|│┃]")
"""A credential word before a table cell border: the literal cue for `table_rows`."""
TABLE_BORDERS = ("|", "│", "┃")
"""Cell borders: Markdown and psql ``|``, and the box-drawing bars of CLI tables (``│``, ``┃``)."""
_TABLE_ROW = re.compile(
    r"(?m)(?:^|(?<=\": \"))[ \t]*[|│┃]?[ \t]*\**(?P<k>[A-Za-z][\w .-]{1,40}?)\**[ \t]*[|│┃][ \t]*`?"
    r"(?P<v>[^|│┃\s`]{3,200})`?[ \t]*(?:[|│┃]|$)"
)


def table_rows(text: str, out: list[tuple[int, int, float]]) -> None:
    """A Markdown, psql or box-drawn row whose label names a credential: ``| Password | X |``,
    ``api_token | X``, ``│ exportedPrivateKey │ X │`` (a CLI's table). A password value needs a digit
    or symbol (``| pass | fail |`` is a test result); other strengths need a generated value."""
    for m in _TABLE_ROW.finditer(text):
        strength = classify(m.group("k").strip().replace(" ", "_"))
        v = m.group("v")
        if strength is None or not any(c.isalpha() for c in v):
            continue
        if strength is Strength.PASSWORD and not any(not c.isalpha() for c in v):
            continue
        if accept(v, strength, quoted=True):
            out.append((*m.span("v"), 0.75))


# --- column tables of CLI output: ID   LAST USED   TOKEN ---------------------------------------

COLUMN_CUES = ("TOKEN", "SECRET", "PASSWORD", "KEY")
"""Upper-case literals of which one must occur for `column_tables` to run."""
_HEADER = re.compile(
    r"(?m)(?:^|(?<=\": \"))[ \t]*[A-Z][A-Z0-9_-]*(?: [A-Z0-9_-]+)*(?: {2,}[A-Z][A-Z0-9_-]*(?: [A-Z0-9_-]+)*)+[ \t]*$"
)
"""A header of two or more upper-case column names, separated by two or more spaces (at a line's
start, or a JSON string's: a tool result that is the table)."""
_COLUMN = re.compile(r"[A-Z][A-Z0-9_-]*(?: [A-Z0-9_-]+)*")
_CELL = re.compile(r"[^\s]{8,300}")


def column_tables(text: str, out: list[tuple[int, int, float]]) -> None:
    """A CLI's space-aligned table whose column header names a credential (``vulncheck token
    list``: ``ID  LAST USED  TOKEN`` / ``t-94ab  2026-11-18 22:10 UTC  vulncheck_26823d...``): the
    cell under that header on each row below, when it is a generated value (a password column:
    any value `values.accept` takes). The rows end at a blank line; a cell must start at its
    header's column."""
    for header in _HEADER.finditer(text):
        columns = [
            (c.start() - header.start(), classify(c.group().replace(" ", "_")))
            for c in _COLUMN.finditer(text, header.start(), header.end())
        ]
        wanted = [(col, st) for col, st in columns if st is not None and st is not Strength.KEY]
        if not wanted:
            continue
        pos = header.end() + 1
        for _ in range(200):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if pos >= len(text) or not text[pos:end].strip():
                break
            for col, strength in wanted:
                cell = _CELL.match(text, pos + col, end)
                if cell is None or (pos + col > pos and not text[pos + col - 1].isspace()):
                    continue
                v = cell.group()
                if accept(v, strength, quoted=True) and (strength is Strength.PASSWORD or generated(v)):
                    out.append((*cell.span(), 0.75))
            pos = end + 1


# --- session cookies ---------------------------------------------------------------------------

_SESSION_COOKIE = re.compile(
    r"(?i)(?<![\w.-])(?P<k>[\w.-]{0,40}(?:sess(?:ion)?(?:[_-]?(?:id|key|token))?|sid|auth))[\"']?[ \t]*"
    r"(?:=|:[ \t]*[\"'])(?P<v>[A-Za-z0-9%._+/:-]{16,400}={0,2})"
)


def _cookie_lines(text: str, low: str) -> list[tuple[int, int]]:
    """(start, end) of each line that mentions a cookie or passes ``curl -b``."""
    lines: set[tuple[int, int]] = set()
    for cue in ("cookie", " -b "):
        pos = low.find(cue)
        while pos >= 0:
            start = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            lines.add((start, end if end >= 0 else len(text)))
            pos = low.find(cue, pos + len(cue))
    return sorted(lines)


def session_cookies(text: str, low: str, out: list[tuple[int, int, float]]) -> None:
    """A session cookie's value on a line about cookies (``Cookie:``, ``Set-Cookie:``, ``curl -b``
    ``--cookie``, ``cookies={...}``): whoever holds it is logged in."""
    for start, end in _cookie_lines(text, low):
        for m in _SESSION_COOKIE.finditer(text, start, end):
            v = m.group("v").rstrip(".:/")
            if shannon(v) >= 3.0 and classes(v) >= 2 and not is_placeholder(v) and not identifier_like(v):
                out.append((m.start("v"), m.start("v") + len(v), 0.75))


# --- Kubernetes Secret data ------------------------------------------------------------------

_DATA_BLOCK = re.compile(r"(?m)^(?P<ind>[ \t]*)(?:data|stringData):[ \t]*\n")
_DATA_ITEM = re.compile(r"(?P<ind>[ \t]+)[\w.\-]+:[ \t]*(?P<v>[^\s#][^\n]*?)[ \t]*(?=\n|$)")


def k8s_secret(text: str, out: list[tuple[int, int, float]]) -> None:
    """Every value under a Kubernetes ``Secret``'s ``data:`` / ``stringData:``."""
    for block in _DATA_BLOCK.finditer(text):
        outer = len(block.group("ind"))
        pos = block.end()
        while True:
            item = _DATA_ITEM.match(text, pos)
            if item is None or len(item.group("ind")) <= outer:
                break
            v = item.group("v").strip("\"'")
            if len(v) >= 4 and not is_placeholder(v) and "{{" not in v:
                s = item.start("v") + item.group("v").index(v)
                out.append((s, s + len(v), 0.8))
            pos = item.end() + 1


# --- maps of key id to secret -----------------------------------------------------------------

_KEY_MAP = re.compile(
    r"(?im)(?:^|(?<=\": \"))(?P<ind>[ \t]*)(?:api[_-]?)?(?:keys|secrets|credentials|key[_-]?pairs):[ \t]*\n"
)
_MAP_ITEM = re.compile(r"(?P<ind>[ \t]+)(?P<k>[\w.\-]{1,200}):[ \t]+[\"']?(?P<v>[^\s\"'#]{1,300})[\"']?[ \t]*(?=\n|$)")


def _generated_id(k: str) -> bool:
    """A map key that is itself a generated id (``APIKQNe2KYeuzFe``), not a name (``ServiceName1``)."""
    return (
        len(k) >= 10
        and k.isalnum()
        and classes(k) == 3
        and shannon(k) >= 3.0
        and not identifier_like(k.rstrip("0123456789"))
    )


def key_maps(text: str, out: list[tuple[int, int, float]]) -> None:
    """``keys:`` / ``secrets:`` YAML maps whose entries are ``<key id>: <secret>`` (LiveKit,
    self-hosted API gateways): a generated value, and its key when that is generated too."""
    for block in _KEY_MAP.finditer(text):
        outer = len(block.group("ind"))
        pos = block.end()
        while True:
            item = _MAP_ITEM.match(text, pos)
            if item is None or len(item.group("ind")) <= outer:
                break
            if generated(item.group("v")):
                out.append((*item.span("v"), 0.8))
                k = item.group("k")
                if _generated_id(k):
                    out.append((*item.span("k"), 0.75))
            pos = item.end() + 1


# --- the id half of a token id/secret pair -----------------------------------------------------

_TOKEN_ID = re.compile(
    r"(?i)(?:token[_-]?id[\"']?[ \t]*[=:][ \t]*|--token-id(?:[ \t]+|=))[\"']?(?P<v>[A-Za-z0-9][A-Za-z0-9_\-]{15,99})"
    r"(?![\w\-])"
)
_TOKEN_SECRET = re.compile(r"(?i)token[_-]?secret")


def token_pairs(text: str, out: list[tuple[int, int, float]]) -> None:
    """``MUX_TOKEN_ID=<uuid>`` / ``--token-id ak-...`` next to its ``TOKEN_SECRET``: the provider
    treats both halves as the credential (a token id alone, without a secret, is left alone)."""
    for m in _TOKEN_ID.finditer(text):
        v = m.group("v")
        if not _TOKEN_SECRET.search(text, max(0, m.start() - 300), min(len(text), m.end() + 300)):
            continue
        if UUID.fullmatch(v) or generated(v):
            out.append((*m.span("v"), 0.75))


_AWS_ID = with_first_chars(re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b"))
_AWS_SECRET = re.compile(r"(?<![A-Za-z0-9/+=])(?P<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])")


def aws_pairs(text: str, out: list[tuple[int, int, float]]) -> None:
    """An AWS secret access key (40 base64 characters) within 200 characters after its key id."""
    for idm in _AWS_ID.finditer(text):
        for m in _AWS_SECRET.finditer(text, idm.end(), min(len(text), idm.end() + 200)):
            v = m.group("v")
            if looks_random(v, min_len=40, min_entropy=4.0) and any(c.isdigit() for c in v):
                out.append((*m.span("v"), 0.8))
                break
