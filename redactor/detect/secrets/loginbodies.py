"""Credentials in the body of a request to a login endpoint, whatever their keys are called.

Vendor login APIs name their password fields freely (``systemCode``, ``pin``, ``passcode``,
``secretWord``, ``clave``), so the key/value rules, which need a credential word in the key, miss
them. The request is the evidence: a URL literal whose path has a login segment (``/login``,
``/signin``, ``/logon``, ``/authenticate``, ``/auth``, ``/session(s)``, ``/token``) followed, in the
same statement (up to a blank line, 500 characters), by an object or form body that holds a
user key (``user``, ``username``, ``userName``, ``login``, ``email``, ``account``...). Each other
string value of that body with the shape of a chosen password (`pwshape.password_shaped`) or of a
generated secret (`values.generated`) is the credential. Python ``json={...}``/``data={...}``, JS
``fetch(url, {body: JSON.stringify({...})})``/``axios.post(url, {...})``, PHP Guzzle ``'json' =>
[...]``, Ruby hashes, Go maps and ``curl -d '{...}'`` all write the pairs as ``key: 'v'``,
``"key": "v"``, ``'key' => 'v'`` or ``key=v&...``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.pwshape import password_shaped
from redactor.detect.secrets.values import generated
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_SEGMENT = r"(?:login|signin|sign-in|sign_in|logon|authenticate|auth|session|sessions|token)"
_LOGIN_URL = re.compile(
    rf"""["'`](?:[a-z][a-z0-9+.\-]*://[^"'`\s/]*)?(?:/[^"'`\s?#]*)?/{_SEGMENT}(?:[/.?#][^"'`\s]*)?["'`]"""
    rf"""|(?<![\w/])https?://[^"'`\s/]+(?:/[^"'`\s?#]*)?/{_SEGMENT}(?:[/.?#][^"'`\s]*)?(?=[\s"'`]|$)""",
    re.IGNORECASE,
)
"""A URL literal or path whose path has a login segment (``.../thirdData/login``, ``/api/v1/auth``),
or an unquoted URL of a shell command (``curl https://x/login -d ...``)."""
_SEGMENT_GATE = re2.compile(rf"(?i)/{_SEGMENT}(?:[/.?#\"'`\s]|$)")
"""RE2: a login segment of a path; the URL pattern runs only on the lines that have one."""
_WINDOW = 500
_PAIR = re.compile(
    r"""(?P<kq>["']?)(?P<key>[A-Za-z_][\w\-]{0,40})(?P=kq)[ \t]*(?:=>|:|=)[ \t]*"""
    r"""(?P<q>["'])(?P<v>[^"'\n\\]{1,200})(?P=q)"""
    r"""|(?<=[?&{'"\s])(?P<fkey>[A-Za-z_][\w\-]{0,40})=(?P<fv>[^&"'\s]{1,200})"""
)
"""``"key": "v"``, ``key: 'v'``, ``'key' => 'v'``, ``key="v"`` and form pairs ``key=v&...``."""
_USER_KEYS = frozenset(
    {
        *("user", "username", "user_name", "login", "loginname", "login_name", "loginid", "login_id", "email"),
        *("account", "accountname", "account_name", "userid", "user_id", "usuario", "benutzer", "utilisateur"),
        *("mail", "uname", "usr", "principal", "operator", "operatorid", "operator_id"),
    }
)
_NOT_SECRET_KEYS = frozenset(
    {
        *("grant_type", "granttype", "scope", "lang", "language", "locale", "redirect_uri", "redirect", "url"),
        *("response_type", "client_id", "clientid", "appid", "app_id", "device", "deviceid", "device_id"),
        *("version", "type", "method", "format", "timezone", "tz", "name", "host", "domain", "realm"),
        *("role", "content", "text", "message", "model", "kind", "state", "nonce", "captcha"),
    }
)
"""Keys of login bodies (and of the chat messages around them) whose values are no credential;
so is every key ending in ``id`` (``tool_call_id``, ``requestId``)."""


def _norm(key: str) -> str:
    return key.lower().replace("-", "_")


def gated_lines(gate: re2._Regexp, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of `text` where the RE2 `gate` matches, in order, once each."""
    done = -1
    for g in gate.finditer(text):
        if g.start() < done:
            continue
        start = text.rfind("\n", 0, g.start()) + 1
        end = text.find("\n", g.end())
        done = len(text) if end < 0 else end
        yield start, done


def scan(text: str) -> list[tuple[int, int]]:
    """(start, end) of each credential value in the body of a request to a login URL."""
    out: list[tuple[int, int]] = []
    urls = (u for s, e in gated_lines(_SEGMENT_GATE, text) for u in _LOGIN_URL.finditer(text, s, e))
    for u in urls:
        end = min(len(text), u.end() + _WINDOW)
        blank = text.find("\n\n", u.end(), end)
        end = blank if blank >= 0 else end
        pairs = []
        for m in _PAIR.finditer(text, u.end(), end):
            if m.group("key") is not None:
                pairs.append((m.group("key"), m.span("v")))
            else:
                pairs.append((m.group("fkey"), m.span("fv")))
        if not any(_norm(k) in _USER_KEYS or _norm(k).replace("_", "") in _USER_KEYS for k, _ in pairs):
            continue
        for key, (s, e) in pairs:
            k = _norm(key)
            if k in _USER_KEYS or k.replace("_", "") in _USER_KEYS or k in _NOT_SECRET_KEYS or k.endswith("id"):
                continue
            value = text[s:e]
            if is_placeholder(value):
                continue
            if password_shaped(value) or generated(value):
                out.append((s, e))
    return sorted(set(out))


class LoginBodyDetector(ViewScanDetector):
    """Credential values in the body of a request to a login URL (``secret.code.login_body``)."""

    name = "secret.code.login_body"
    prefilter: tuple[str, ...] = ("login", "signin", "sign-in", "sign_in", "logon", "auth", "session", "token")

    def find(self, view: EscapeView) -> list[Hit]:
        return [(s, e, 0.8) for s, e in scan(view.text)]
