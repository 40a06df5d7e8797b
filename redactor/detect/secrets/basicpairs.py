"""Passwords in a ``user:password`` string that code or a shell encodes for HTTP Basic auth.

Basic auth is ``base64(user ":" password)``, and code builds it by hand in every language; the
encoding call is the evidence that the literal is a credential pair:

- encoder calls: Python ``base64.b64encode(b'u:X')`` / ``(f"{user}:X".encode())``, JS ``btoa('u:X')``
  / ``Buffer.from('u:X').toString('base64')``, PHP ``base64_encode('u:X')`` / ``('u' . ':' . 'X')``,
  Ruby ``Base64.strict_encode64("u:X")``, Java ``Base64.getEncoder().encodeToString("u:X".getBytes())``,
  .NET ``Convert.ToBase64String(Encoding.UTF8.GetBytes("u:X"))``, Go
  ``base64.StdEncoding.EncodeToString([]byte("u:X"))``, Kotlin/Swift ``"u:X".toByteArray()`` ...;
- shell pipes: ``printf '%s' 'u:X' | base64``, ``echo -n "u:X" | base64``, ``base64 <<< 'u:X'``,
  ``openssl base64``.

The user part may be a name, an e-mail, or an interpolation (``{user}``, ``$USER``, ``#{u}``); the
password is the rest of the literal (or, in a concatenation, the literal after ``":"``) and must
be a plausible password (`credargs.plausible_password`).
"""

from __future__ import annotations

import re

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets.credargs import plausible_password
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.sdkcalls import arguments
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_ENCODER = with_first_chars(
    re.compile(
        r"(?i)(?<![\w$])(?:b64encode|urlsafe_b64encode|encodebytes|encodestring|btoa|base64_encode|encode64"
        r"|strict_encode64|urlsafe_encode64|tobase64string|encodetostring|encodebase64|base64encode"
        r"|buffer\.from|bytes\.from)[ \t]*\("
    )
)
"""An encoding call whose argument list is read."""
_PIPE = with_first_chars(
    re.compile(
        r"""(?:\b(?:echo(?:[ \t]+-[neE]{1,3})*|printf(?:[ \t]+(?P<f>["'])%s(?:\\n)?(?P=f))?)[ \t]+"""
        r"""(?P<q>["']?)(?P<pair>[^\s"'|]{3,200})(?P=q)[ \t]*\|[ \t]*(?:base64|openssl[ \t]+(?:enc[ \t]+-)?base64)\b"""
        r"""|\bbase64[ \t]*<<<[ \t]*(?P<q2>["']?)(?P<pair2>[^\s"'|]{3,200})(?P=q2))"""
    )
)
"""``printf '%s' 'u:X' | base64``, ``echo -n u:X | base64``, ``base64 <<< "u:X"``."""
_USER = r"(?:[\w.@+\-]{1,64}|\{[\w.\[\]'\"]{1,40}\}|\$\{?[\w.]{1,40}\}?|#\{[\w.]{1,40}\}|%s|\\\([\w.]{1,40}\))"
_PAIR = re.compile(rf"(?P<user>{_USER}):(?P<pw>[^\s:\"']{{4,128}})")
_LITERAL = re.compile(r"""(?P<q>["'])(?P<v>[^"'\\\n]{1,256})(?P=q)""")
_CONCAT = re.compile(r"""[ \t]*(?:\+|\.|\.\.|<<)[ \t]*$""")
"""What joins two literals of a concatenation: ``+`` (JS, Java, C#, Python), ``.`` (PHP), ``..`` (Lua)."""


def _pair_password(value: str) -> tuple[int, int] | None:
    """Offsets inside `value` of the password of a whole ``user:password`` string."""
    m = _PAIR.fullmatch(value)
    if m is None or m.group("user").isdigit():
        return None  # ``12:30:45``-like values, ports
    return m.span("pw")


def _in_literals(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Passwords of the ``user:password`` literals, or concatenations, between `start` and `end`."""
    out: list[tuple[int, int]] = []
    literals = list(_LITERAL.finditer(text, start, end))
    for i, lit in enumerate(literals):
        value = lit.group("v")
        pw = _pair_password(value)
        if pw is not None:
            out.append((lit.start("v") + pw[0], lit.start("v") + pw[1]))
            continue
        if i > 0 and literals[i - 1].group("v").endswith(":"):
            between = text[literals[i - 1].end() : lit.start()]
            if _CONCAT.fullmatch(between) and ":" not in value:
                out.append(lit.span("v"))
        elif value.startswith(":") and i == 0 and _CONCAT.search(text[start : lit.start()]):
            out.append((lit.start("v") + 1, lit.end("v")))  # ``$user . ':X'``
    return out


def scan(text: str) -> list[tuple[int, int]]:
    """(start, end) of each password of a ``user:password`` pair that is encoded in `text`."""
    out: list[tuple[int, int]] = []
    for m in _ENCODER.finditer(text):
        args = arguments(text, m.end())
        if args:
            out.extend(_in_literals(text, args[0].start, args[0].end))
    for m in _PIPE.finditer(text):
        group = "pair" if m.group("pair") is not None else "pair2"
        pw = _pair_password(m.group(group))
        if pw is not None:
            base = m.start(group)
            out.append((base + pw[0], base + pw[1]))
    return [(s, e) for s, e in out if plausible_password(text[s:e])]


class BasicPairDetector(ViewScanDetector):
    """The password of a ``user:password`` pair encoded for Basic auth (``secret.code.basic_pair``)."""

    name = "secret.code.basic_pair"
    prefilter: tuple[str, ...] = (
        *("b64encode", "encodebytes", "encodestring", "btoa", "base64", "encode64", "encodetostring"),
        *("buffer.from", "bytes.from"),
    )

    def find(self, view: EscapeView) -> list[Hit]:
        return [(s, e, 0.85) for s, e in scan(view.text)]
