"""Credentials in URLs, connection strings and command lines.

``scheme://user:pass@host`` (Postgres, MySQL, MongoDB, Redis, AMQP, JDBC, HTTP...): the password
is masked. ``jdbc:oracle:thin:user/pass@host``. ``mysql -p'pass'``, ``curl -u user:pass``,
``sshpass -p pass``, ``redis-cli -a pass``, ``requirepass pass``, ``.netrc`` ``password pass``.
ADO.NET ``Password=...;`` and JDBC ``?password=`` are key/value pairs (generic.py).
"""

from __future__ import annotations

import re

from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.span import Span

_URL_CRED = re.compile(
    r"(?i)\b[a-z][a-z0-9+.\-]{1,30}://(?P<user>[^\s:/@'\"<>`]{0,128}):(?P<v>[^\s@/'\"<>`]{1,256})@(?=[A-Za-z0-9\[])"
)
_ORACLE = re.compile(r"(?i)jdbc:oracle:[a-z]+:(?P<user>[A-Za-z0-9_$#]+)/(?P<v>[^@\s'\"]{1,128})@")
_CURL_USER = re.compile(
    r"""(?:^|\s)(?:-u|--user|--proxy-user)(?:[ \t]+|=)(?P<q>['"]?)"""
    r"""(?P<user>[^\s:'"]{1,128}):(?P<v>[^\s'"]{1,256})(?P=q)"""
)
_MYSQL_P = re.compile(r"""(?:^|[ \t])-p(?P<q>['"]?)(?P<v>[^\s'"]{3,256})(?P=q)(?=\s|$)""")
_MYSQL_CMD = re.compile(
    r"(?i)\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlsh|mariadb|mariadb-dump)\b"
)
_SPACED = re.compile(
    r"""(?:\bsshpass[ \t]+-p|\bredis-cli\b[^\n]*?[ \t]-a|\brequirepass|\bmasterauth"""
    r"""|\bpassword(?=[ \t]+\S+[ \t]*(?:$|\n|machine\b)))"""
    r"""[ \t]+(?P<q>['"]?)(?P<v>[^\s'"]{3,256})(?P=q)""",
    re.MULTILINE,
)
_NETRC = re.compile(r"\b(?:machine|login)\b")


def _ok(value: str) -> bool:
    return not is_placeholder(value) and value.lower() not in {"pass", "pwd", "user", "username"}


class UrlCredentialDetector:
    """The password part of ``scheme://user:pass@host`` and ``jdbc:oracle:thin:user/pass@host``."""

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
        return out


class CommandLineDetector:
    """Passwords given on command lines and in line-oriented configs."""

    name = "secret.cli.password"
    entities: tuple[str, ...] = (ENTITY,)
    prefilter: tuple[str, ...] = (
        "-u",
        "--user",
        "-p",
        "sshpass",
        "redis-cli",
        "requirepass",
        "masterauth",
        "password",
    )

    def __init__(self, views: ViewCache) -> None:
        self._views = views

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        t = view.text
        out: list[Span] = []
        for m in _CURL_USER.finditer(t):
            if _ok(m.group("v")) and not m.group("v").startswith("$"):
                out.append(self._span(view, m))
        for m in _MYSQL_P.finditer(t):
            line_start = t.rfind("\n", 0, m.start()) + 1
            line_end = t.find("\n", m.end())
            line = t[line_start : line_end if line_end >= 0 else len(t)]
            if (m.group("q") or _MYSQL_CMD.search(line)) and _ok(m.group("v")):
                out.append(self._span(view, m))
        for m in _SPACED.finditer(t):
            token = m.group(0).lstrip()
            if token.startswith("password"):
                line_start = t.rfind("\n", 0, m.start()) + 1
                if not _NETRC.search(t, line_start, m.start()):
                    continue
            if _ok(m.group("v")):
                out.append(self._span(view, m))
        return out

    def _span(self, view: object, m: re.Match[str]) -> Span:
        assert hasattr(view, "to_raw")
        s, e = view.to_raw(*m.span("v"))
        return Span(ENTITY, s, e, 0.85, self.name)
