"""Credentials in URLs and connection strings.

``scheme://user:pass@host`` (Postgres, MySQL, MongoDB, Redis, AMQP, JDBC, HTTP...): the password
is masked, also when it holds an unescaped ``@``. ``scheme://<token>@host`` with no password
(Sentry-style DSNs, package registries, ``https://<token>@github.com``): the user part, when it
is a generated token rather than a name. ``jdbc:oracle:thin:user/pass@host``. Command
lines are commands.py; ADO.NET ``Password=...;`` and JDBC ``?password=`` are key/value pairs
(generic.py).
"""

from __future__ import annotations

import re

from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.secrets.values import generated
from redactor.detect.span import Span

_URL_CRED = re.compile(
    r"(?i)\b[a-z][a-z0-9+.\-]{1,30}://(?P<user>[^\s:/@'\"<>`]{0,128}):(?P<v>[^\s/'\"<>`]{1,256})@(?=[A-Za-z0-9\[])"
)
_URL_TOKEN = re.compile(r"://(?P<v>[A-Za-z0-9_\-.~]{16,256})@(?=[A-Za-z0-9\[])")
_SCHEME_END = re.compile(r"(?i)\b[a-z][a-z0-9+.\-]{1,30}$")
"""A URL whose user part alone authenticates: ``https://e306e7...@app.deepsource.com``."""
_ORACLE = re.compile(r"(?i)jdbc:oracle:[a-z]+:(?P<user>[A-Za-z0-9_$#]+)/(?P<v>[^@\s'\"]{1,128})@")


_PORT_THEN_CELL = re.compile(r"\d{1,5}[,;|\t]")
"""``http://10.20.0.14:5000,buildbot,Sunflower@3448``: a port, then the next cells of a CSV row."""


def _ok(value: str) -> bool:
    if _PORT_THEN_CELL.match(value):
        return False
    return not is_placeholder(value) and value.lower() not in {"pass", "pwd", "user", "username"}


class UrlCredentialDetector:
    """The password part of ``scheme://user:pass@host`` and ``jdbc:oracle:thin:user/pass@host``;
    the generated user part of ``scheme://<token>@host``."""

    name = "secret.url.credentials"
    entities: tuple[str, ...] = (ENTITY,)
    prefilter: tuple[str, ...] = ("@",)

    def __init__(self, views: ViewCache) -> None:
        self._views = views

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        if "@" not in view.text:
            return []
        out: list[Span] = []
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
