"""Passwords passed positionally after an endpoint and a user, and T-SQL login procedures (session 11).

Client constructors and connect functions take the server first, then the user and the password,
with no key name beside the value: ``new EnvisionClient("https://envision.mro.local", "env_api",
"X")``, ``mysqli_connect("localhost", "shop", "X", "shop")``, ``pymssql.connect("db01", "sa",
"X")``, ``new PDO("mysql:host=db;dbname=app", "app", "X")``. `credcalls` needs a credential word in
the call's name; here the call's shape says it instead: the first literal is an endpoint (a URL, a
DSN, ``localhost``, an IP address or a dotted host name), the second a user name (no spaces, no
URL), the third a password by the password value rules (`values.accept`), not a placeholder, not
one lower-case word and not a dummy (``p4ssw0rd``).

SQL Server's login procedures put the password at a fixed argument: ``sp_addlinkedsrvlogin
rmtsrvname, useself, locallogin, rmtuser, rmtpassword`` (5th), ``sp_addlogin loginame, passwd``
(2nd), ``sp_password old, new`` (1st and 2nd), ``sp_addapprole rolename, password`` and
``sp_setapprole rolename, password`` (2nd), literals quoted with ``'`` or ``N'``.
"""

from __future__ import annotations

import re

from redactor.detect.secrets.credcalls import dummy_password
from redactor.detect.secrets.keys import Strength, words
from redactor.detect.secrets.recur import with_recurrences
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.secrets.values import accept
from redactor.detect.secrets.viewscan import SecretViewDetector
from redactor.detect.span import Span

_LIT = r"""(?P<q{n}>["'])(?P<a{n}>[^"'\n\\]{{1,256}})(?P=q{n})"""
_ENDPOINT_CALL = re.compile(
    r"(?P<name>[A-Za-z_$][\w$.]{1,80})[ \t]*\([ \t]*"
    + _LIT.format(n=1)
    + r"[ \t]*,[ \t]*"
    + _LIT.format(n=2)
    + r"[ \t]*,[ \t]*"
    + _LIT.format(n=3)
    + r"[ \t]*[,)]"
)
"""A call whose first three arguments are string literals: the endpoint, the user, the password."""
_CALL_GATE = re.compile(r"""\([ \t]*["'][^"'\n\\]{1,256}["'][ \t]*,[ \t]*["']""")
"""A piece of every `_ENDPOINT_CALL` match (its ``(`` and first two literals' quotes, quote kinds
not paired): a text without it has no such call. `_ENDPOINT_CALL` tries every identifier start,
backtracking through up to 80 characters each, ~100x this search on a text (session 15)."""
_ENDPOINT = re.compile(
    r"[a-z][a-z0-9+.-]{1,15}://\S+|[a-z]{2,12}:(?:host|server|dbname|Server|Data Source)=[^\s]+"
    r"|localhost(?::\d{1,5})?|\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?|[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}(?::\d{1,5})?"
    r"|[A-Za-z][A-Za-z0-9-]{1,30}\d(?:\\\w+)?",
    re.IGNORECASE,
)
"""A server: URL, DSN, ``localhost``, IPv4, a dotted host name, a host with a number (``db01``, ``sql02\\prod``)."""
_CLIENT_WORDS = frozenset(
    {
        "client",
        "connect",
        "connection",
        "conn",
        "session",
        "pdo",
        "mysqli",
        "db",
        "database",
        "server",
        "driver",
        "pool",
    }
)
"""Words of a call's last name that say it opens a connection: ``EnvisionClient``, ``mysqli_connect``, ``new PDO``."""
_USER = re.compile(r"[\w.@+\\-]{1,64}")
_SQL_LIT = r"N?'(?P<a{n}>(?:[^'\n]|'')*)'|NULL|\w+|@\w+"
_SQL_PROCS = {
    "sp_addlinkedsrvlogin": (5,),
    "sp_addlogin": (2,),
    "sp_password": (1, 2),
    "sp_addapprole": (2,),
    "sp_setapprole": (2,),
}
_SQL_CALL = re.compile(
    r"(?i)\b(?:EXEC(?:UTE)?[ \t]+)?(?:\w+\.)*(?P<proc>" + "|".join(_SQL_PROCS) + r")[ \t]+(?P<args>[^;\n]{1,400})"
)
_SQL_ARG = re.compile(r"[ \t]*(?:@\w+[ \t]*=[ \t]*)?(?:N?'(?P<v>(?:[^'\n]|'')*)'|[^,]*?)[ \t]*(?:,|$)")


def _password(value: str) -> bool:
    if (value.isalpha() and value.islower()) or dummy_password(value) or re.fullmatch(r"[\w.+-]+/[\w.+-]+", value):
        return False
    if not (any(c.isdigit() for c in value) or any(not c.isalnum() for c in value)):
        return False
    return accept(value, Strength.PASSWORD, quoted=True)


class EndpointCallDetector(SecretViewDetector):
    """The password after an endpoint and a user in a call, and T-SQL login procedures' passwords
    (``secret.code.endpoint_call``)."""

    name = "secret.code.endpoint_call"
    prefilter: tuple[str, ...] = ("(", "sp_")

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        t = view.text
        out: list[Span] = []
        if "(" in t and _CALL_GATE.search(t) is not None:
            for m in _ENDPOINT_CALL.finditer(t):
                if not _CLIENT_WORDS.intersection(words(m.group("name").rsplit(".", 1)[-1])):
                    continue
                if not _ENDPOINT.fullmatch(m.group("a1")) or not _USER.fullmatch(m.group("a2")):
                    continue
                if "://" in m.group("a2") or not _password(m.group("a3")):
                    continue
                s, e = view.to_raw(*m.span("a3"))
                out.append(Span(ENTITY, s, e, 0.85, self.name))
        if "sp_" in t.lower():
            for m in _SQL_CALL.finditer(t):
                positions = _SQL_PROCS[m.group("proc").lower()]
                base = m.start("args")
                for i, a in enumerate(_SQL_ARG.finditer(m.group("args")), start=1):
                    if i > max(positions):
                        break
                    if i in positions and a.group("v") and _password(a.group("v").replace("''", "'")):
                        s, e = view.to_raw(base + a.start("v"), base + a.end("v"))
                        out.append(Span(ENTITY, s, e, 0.85, self.name))
        return with_recurrences(text, out)
