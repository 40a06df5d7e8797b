"""Generic detectors: secrets named by their key, whatever the provider.

``KEY=...``, ``export X='...'``, ``"token": "..."``, YAML ``password: ...``, TOML, ``.env``,
``os.environ["X"] = "..."``, ``const fooKey = "..."``, ``x := "..."``, ``--password ...``,
``Authorization: Bearer ...``, ``x-api-key: ...``, XML ``<password>...</password>``, name/value
pairs (Kubernetes ``env``, .NET ``<add key=... value=...>``), and a few prose forms
(``the token is ...``). The key name decides how random the value must be (keys.py, values.py).
"""

from __future__ import annotations

import re

from redactor.detect.secrets.escapes import EscapeView, ViewCache
from redactor.detect.secrets.keys import Strength, classify
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.secrets.values import accept
from redactor.detect.span import Span

# Literal fragments of every secret-ish key word; the scan starts from these.
_HIT = re.compile(r"(?i)pass|pwd|pw\b|secret|token|key|cred|auth|bearer|sig|jwt|hmac|psk|pat\b")
_IDCH = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")

# After the key: closing quote/bracket, operator, opening quote.
_AFTER = re.compile(
    r"""(?P<close>["'`]?\]?["'`]?)
        (?P<op>[ \t]*(?::=|=>|\?=|\+=|=(?!=)|:(?![:/])|,|\((?=[ \t]*[bruf]?["'`]))[ \t]*
              |[ \t]+(?:is|was|are|=)[ \t]+
              |[ \t]+)
    """,
    re.VERBOSE,
)
_SCHEME = re.compile(
    r"(?i)(?:Bearer|Basic|Token|Bot|ApiKey|Api-Key|Key|JWT|OAuth|SSWS|GenieKey|Digest|token=)[ \t]+"
)
_SCORES = {Strength.PASSWORD: 0.8, Strength.STRONG: 0.85, Strength.AUTH: 0.85, Strength.KEY: 0.7}
_STOP_AT_NEXT_KEY = re.compile(r"[;&,][ \t]*[A-Za-z_][\w.\-]*[ \t]*=")
_MAX_VALUE = 2000


class AssignmentDetector:
    """Values assigned to secret-ish keys in code, config, shell, headers and prose."""

    name = "secret.generic.assignment"
    entities: tuple[str, ...] = (ENTITY,)
    prefilter: tuple[str, ...] = (
        "pass",
        "pwd",
        "pw",
        "secret",
        "token",
        "key",
        "cred",
        "auth",
        "bearer",
        "sig",
        "jwt",
        "hmac",
        "psk",
        "pat",
    )

    def __init__(self, views: ViewCache) -> None:
        self._views = views

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        return [Span(ENTITY, *view.to_raw(s, e), score, self.name) for s, e, score in scan(view)]


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of every accepted value in the view."""
    text = view.text
    n = len(text)
    out: list[tuple[int, int, float]] = []
    last_key_end = -1
    for m in _HIT.finditer(text):
        s, e = m.start(), m.end()
        if e <= last_key_end:
            continue
        while s > 0 and text[s - 1] in _IDCH:
            s -= 1
        while e < n and text[e] in _IDCH:
            e += 1
        last_key_end = e
        key = text[s:e]
        strength = classify(key.rstrip(".-"))
        if strength is None:
            continue
        found = _value_after(text, s, e, key, strength)
        if found is not None:
            vs, ve, quoted = found
            if accept(text[vs:ve], strength, quoted=quoted):
                out.append((vs, ve, _SCORES[strength]))
    out.extend(_name_value_pairs(view))
    return out


def _value_after(
    text: str, ks: int, ke: int, key: str, strength: Strength
) -> tuple[int, int, bool] | None:
    """Locate the value assigned to the key at ``[ks, ke)``; (start, end, quoted) or None."""
    opener = text[ks - 1] if ks > 0 else ""
    # XML element: <password>value</password>
    if opener == "<" and text.startswith(">", ke):
        tag_end = text.find("</", ke + 1, ke + 1 + _MAX_VALUE)
        if tag_end > ke + 1 and "\n" not in text[ke + 1 : tag_end]:
            return ke + 1, tag_end, True
        return None
    m = _AFTER.match(text, ke)
    if m is None:
        return None
    op = m.group("op").strip()
    close = m.group("close")
    p = m.end()
    if op == "" and not key.startswith("-"):
        # Whitespace alone separates only a command-line flag from its value.
        return None
    if op in ("is", "was", "are") and strength not in (Strength.PASSWORD, Strength.STRONG):
        return None
    if op == "," and not (close and opener in "\"'"):
        # f("API_TOKEN", "value") only; a bare comma is a list.
        return None
    if op == "(" and close:
        return None
    if p >= len(text):
        return None
    enclosing = opener if opener in "\"'" and not close else ""
    found = _read_value(text, p, enclosing)
    if found is None:
        return None
    vs, ve, is_string = found
    sm = _SCHEME.match(text, vs)
    if sm is not None and sm.end() < ve and is_string:
        vs = sm.end()
    elif sm is not None and not is_string:
        again = _read_value(text, sm.end(), enclosing)
        if again is None:
            return None
        vs, ve, is_string = again
    elif strength is Strength.AUTH and not is_string and not enclosing:
        return None
    if op in ("is", "was", "are") and is_string:
        return None
    return (vs, ve, is_string or bool(enclosing)) if ve > vs else None


def _read_value(text: str, p: int, enclosing: str) -> tuple[int, int, bool] | None:
    """The value starting at `p`: a quoted string, or a bare token."""
    ch = text[p]
    if ch in "bruf" and p + 1 < len(text) and text[p + 1] in "\"'":
        p += 1
        ch = text[p]
    if ch in "\"'`":
        end = p + 1
        limit = min(len(text), p + 1 + _MAX_VALUE)
        while end < limit and text[end] != ch and text[end] != "\n":
            end += 1
        if end >= limit or text[end] == "\n":
            # Unterminated (truncated) string: take the token that starts it.
            return _bare(text, p + 1, "")
        return p + 1, end, True
    return _bare(text, p, enclosing)


def _bare(text: str, p: int, enclosing: str) -> tuple[int, int, bool] | None:
    """An unquoted value: up to whitespace (or the quote that encloses the whole assignment)."""
    stops = " \t\r\n" + enclosing
    end = p
    limit = min(len(text), p + _MAX_VALUE)
    while end < limit and text[end] not in stops:
        end += 1
    if end == p:
        return None
    value = text[p:end]
    cut = _STOP_AT_NEXT_KEY.search(value)
    if cut is not None:
        value = value[: cut.start()]
    # Trailing syntax of the surrounding code: "k=v;", "f(k=v)", "{k: v}", "cmd 'k=v'".
    while value:
        last = value[-1]
        if last in ",;.\"'`":
            value = value[:-1]
            continue
        pair = {")": "(", "]": "[", "}": "{"}.get(last)
        if pair is not None and value.count(last) > value.count(pair):
            value = value[:-1]
            continue
        break
    end = p + len(value)
    return (p, end, False) if end > p else None


_PAIR = re.compile(
    r"""(?i)\b(?:name|key)["']?[ \t]*[:=][ \t]*["']?(?P<k>[A-Za-z0-9_.\-]{2,80})["']?[ \t]*,?[ \t]*
        (?:\r?\n[ \t\-]*)?["']?value["']?[ \t]*[:=][ \t]*""",
    re.VERBOSE,
)


def _name_value_pairs(view: EscapeView) -> list[tuple[int, int, float]]:
    """``- name: API_TOKEN`` / ``value: ...`` and ``<add key="Password" value="..."/>``."""
    if "value" not in view.lower:
        return []
    text = view.text
    out: list[tuple[int, int, float]] = []
    for m in _PAIR.finditer(text):
        strength = classify(m.group("k"))
        if strength is None or m.end() >= len(text):
            continue
        found = _read_value(text, m.end(), "")
        if found is None:
            continue
        vs, ve, quoted = found
        if accept(text[vs:ve], strength, quoted=quoted):
            out.append((vs, ve, _SCORES[strength]))
    return out
