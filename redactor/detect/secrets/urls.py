"""Credentials in URLs and connection strings.

``scheme://user:pass@host`` (Postgres, MySQL, MongoDB, Redis, AMQP, JDBC, HTTP...): the password
is masked, also when it holds an unescaped ``@``. ``scheme://<token>@host`` with no password
(Sentry-style DSNs, package registries, ``https://<token>@github.com``): the user part, when it
is a generated token rather than a name. ``jdbc:oracle:thin:user/pass@host``. Command
lines are commands.py; ADO.NET ``Password=...;`` and JDBC ``?password=`` are key/value pairs
(generic.py).

Short API keys in the query of an API URL (``https://api.host/v1/x?key=9micLGOl&q=...``,
``.../api/...?apikey=...``): 8-15 characters (longer values are the key/value rules'), with upper
and lower case letters and digits whose letters do not split into words as an identifier's do
(`_random_case`), in a URL whose host or path says ``api``.
"""

from __future__ import annotations

import re

from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.secrets.values import generated
from redactor.detect.secrets.viewscan import SecretViewDetector
from redactor.detect.secrets.wordlike import reads_as_words
from redactor.detect.span import Span

_URL_CRED = re.compile(
    r"(?i)\b[a-z][a-z0-9+.\-]{1,30}://(?P<user>[^\s:/@'\"<>`]{0,128}):(?P<v>[^\s/'\"<>`]{1,256})@(?=[A-Za-z0-9\[])"
)
_URL_TOKEN = re.compile(r"://(?P<v>[A-Za-z0-9_\-.~]{16,256})@(?=[A-Za-z0-9\[])")
_SCHEME_END = re.compile(r"(?i)\b[a-z][a-z0-9+.\-]{1,30}$")
"""A URL whose user part alone authenticates: ``https://e306e7...@app.deepsource.com``."""
_ORACLE = re.compile(r"(?i)jdbc:oracle:[a-z]+:(?P<user>[A-Za-z0-9_$#]+)/(?P<v>[^@\s'\"]{1,128})@")


_QUERY_KEY = re.compile(
    r"(?i)\bhttps?://(?P<host>[^\s/?#'\"<>`]{1,253})(?P<path>/[^\s?#'\"<>`]{0,512})?\?(?:[^\s#'\"<>`]{0,512}?&)?"
    r"(?:key|apikey|api_key|api-key|appkey|app_key|access_key|accesskey)=(?P<v>[A-Za-z0-9_\-]{8,15})(?=[&#\s'\"<>`)\]]|$)"
)
"""A short key in the query of a URL (``?key=9micLGOl&...``); `_short_query_key` judges it."""
_API_WORD = re.compile(r"(?i)(?:^|[./\-_])api(?:s|v?\d+)?(?:[./\-_]|$)")
_PIECE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _random_case(value: str) -> bool:
    """Letters that do not split into words the way identifiers do (``9micLGOl``, ``Kp3VwqZt``):
    an upper-case run inside the value, three one-letter pieces, or a piece of three letters or
    more that does not read as words (``Page2Home``, ``myKey123`` do not count)."""
    pieces = _PIECE.findall(value)
    if sum(len(p) == 1 for p in pieces) >= 3:
        return True
    return any((p.isupper() and len(p) >= 2) or (len(p) >= 3 and not reads_as_words(p)) for p in pieces)


def _short_query_key(m: re.Match[str]) -> bool:
    """True for a `_QUERY_KEY` match in an API URL whose value is a short random key."""
    v = m.group("v")
    if not (_API_WORD.search(m.group("host")) or _API_WORD.search(m.group("path") or "")):
        return False
    if not (any(c.isupper() for c in v) and any(c.islower() for c in v) and any(c.isdigit() for c in v)):
        return False
    return not is_placeholder(v) and _random_case(v)


_PORT_THEN_CELL = re.compile(r"\d{1,5}[,;|\t]")
"""``http://10.20.0.14:5000,buildbot,Sunflower@3448``: a port, then the next cells of a CSV row."""


def _ok(value: str) -> bool:
    if _PORT_THEN_CELL.match(value):
        return False
    return not is_placeholder(value) and value.lower() not in {"pass", "pwd", "user", "username"}


class UrlCredentialDetector(SecretViewDetector):
    """The password part of ``scheme://user:pass@host`` and ``jdbc:oracle:thin:user/pass@host``;
    the generated user part of ``scheme://<token>@host``; a short random ``?key=`` of an API URL."""

    name = "secret.url.credentials"
    prefilter: tuple[str, ...] = ("@", "key=")

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        out: list[Span] = []
        if "key=" in view.lower:
            for m in _QUERY_KEY.finditer(view.text):
                if _short_query_key(m):
                    s, e = view.to_raw(*m.span("v"))
                    out.append(Span(ENTITY, s, e, 0.8, self.name))
        if "@" not in view.text:
            return out
        for rx in (_URL_CRED, _ORACLE):
            for m in rx.finditer(view.text):
                if _ok(m.group("v")):
                    s, e = view.to_raw(*m.span("v"))
                    out.append(Span(ENTITY, s, e, 0.9, self.name))
                    if generated(m.group("user")):  # ``https://<api key>:<token>@api.host``: both halves
                        s, e = view.to_raw(*m.span("user"))
                        out.append(Span(ENTITY, s, e, 0.85, self.name))
        for m in _URL_TOKEN.finditer(view.text):
            if _SCHEME_END.search(view.text, max(0, m.start() - 31), m.start()) and generated(m.group("v")):
                s, e = view.to_raw(*m.span("v"))
                out.append(Span(ENTITY, s, e, 0.85, self.name))
        return out
