"""Passwords passed as positional arguments of credential constructors and login functions.

Code hands a user name and a password to a constructor or function whose name says what they
are, without any key name next to the value: ``PasswordAuthenticator("sync_gateway", "X")``
(Couchbase), ``new NetworkCredential("svc", "X")`` (.NET), ``new UsernamePasswordCredentials("u",
"X")`` (Java), ``new PasswordAuthentication("u", "X".toCharArray())``, ``HTTPBasicAuth("u", "X")``,
``Credentials.basic("u", "X")`` (OkHttp), ``smtp.login("me@x.org", "X")``, ``ftp.login("u", "X")``,
``withBasicAuth('u', 'X')``. Two or three string literals; the second is the password.

The call's last name (split into words like a key, `keys.words`) must hold a credential or
login word (``auth``, ``authenticator``, ``credential(s)``, ``creds``, ``login``, ``logon``,
``signin``, ``authenticate``, ``basic``, ``password``); the first argument must look like a user
name (no spaces, no URL); the password must pass the password value rules (`values.accept`),
not be a placeholder, not be one lower-case word (``login("user", "secret")`` in docs) and not a
password word with digits or in leetspeak (``p4ssw0rd``, ``password1``: test code).
Keyword arguments (``password="X"``) and ``auth=("u", "X")`` tuples are key/value pairs
(generic.py).
"""

from __future__ import annotations

import re

from redactor.detect.secrets.keys import Strength, words
from redactor.detect.secrets.recur import with_recurrences
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.secrets.values import accept
from redactor.detect.secrets.viewscan import SecretViewDetector
from redactor.detect.span import Span

_CALL = re.compile(
    r"""(?P<name>[A-Za-z_$][\w$]{1,80})[ \t]*\([ \t]*"""
    r"""(?P<q1>["'])(?P<user>[^"'\s\\]{1,128})(?P=q1)[ \t]*,[ \t]*"""
    r"""(?P<q2>["'])(?P<v>[^"'\n\\]{3,256})(?P=q2)[ \t]*(?:\.toCharArray\(\)|\.ToCharArray\(\))?[ \t]*[,)]"""
)
"""A call whose first two arguments are string literals (the user, then the password)."""
_CALL_WORDS = frozenset(
    {
        *("auth", "authenticator", "authentication", "credential", "credentials", "creds", "login", "logon"),
        *("signin", "authenticate", "basic", "password", "passwd"),
    }
)
_NOT_USER = re.compile(r"://|^[$%{]|^\s*$")
_LEET = str.maketrans("4@013$5!7", "aaoiessit")
_DUMMY_WORDS = frozenset({"password", "passwd", "pass", "pwd", "secret", "admin", "test", "user", "username", "guest"})


def dummy_password(value: str) -> bool:
    """``p4ssw0rd``, ``password1``, ``pass2``: a password word, maybe in leetspeak, plus digits (test code)."""
    base = value.lower().rstrip("0123456789!")
    return base in _DUMMY_WORDS or base.translate(_LEET) in _DUMMY_WORDS


def _credential_call(name: str) -> bool:
    ws = words(name)
    if ws[:2] == ["sign", "in"] or ws[-2:] == ["sign", "in"] or ws[-2:] == ["log", "in"]:
        return True
    return any(w in _CALL_WORDS for w in ws) and not any(w in ("is", "has", "get", "validate", "check") for w in ws)


class CredentialCallDetector(SecretViewDetector):
    """The password argument of a credential constructor or login call (``secret.code.credential_call``)."""

    name = "secret.code.credential_call"
    prefilter: tuple[str, ...] = ("auth", "credential", "creds", "login", "logon", "signin", "basic", "passw")

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        if "(" not in view.text:
            return []
        out: list[Span] = []
        for m in _CALL.finditer(view.text):
            value = m.group("v")
            if not _credential_call(m.group("name")) or _NOT_USER.search(m.group("user")):
                continue
            if (value.isalpha() and value.islower()) or dummy_password(value):
                continue
            if not accept(value, Strength.PASSWORD, quoted=True):
                continue
            s, e = view.to_raw(*m.span("v"))
            out.append(Span(ENTITY, s, e, 0.85, self.name))
        return with_recurrences(text, out)
