"""Credentials passed by position to an RPC method that logs in or issues a token, and the token
it returns.

JSON-RPC and XML-RPC name the method, not the arguments: ``{"method": "getToken", "params":
["acme-shop", "<api key>"]}``, ``{"method": "user.login", "params": ["ops", "<password>"]}``,
Odoo's ``{"service": "common", "method": "login", "args": ["db", "user", "<password>"]}``,
``<methodName>auth.login</methodName><params><param><value><string>...</string>...``. No key word
stands before the values, so the key/value rules never see them. The method name is the evidence:
it is split into words (``getToken`` -> get, token; ``auth.login``; ``sign_in``) and must hold a
login or token word (`_AUTH_WORDS`). Then, in that call's positional arguments:

- every string with the shape of a generated secret (`values.generated`: 16+ random characters,
  32+ hex) is a credential (``params: ["company", "<64 hex>"]``);
- the last string argument of a login method is the password when it has a chosen password's
  shape (`pwshape.password_shaped`) or is letters and digits with a capital or a symbol;

and the ``"result"`` string of the response that follows within `_RESULT_WINDOW` characters is
the session token the method issued when it looks generated (``{"result": "<64 hex>", "id": 1}``).

Never masked: arguments of other methods (``eth_getTransactionByHash`` takes a hash,
``eth_sign`` an address), ``0x`` hex (chain addresses and hashes), UUIDs, placeholders, names.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.pwshape import password_shaped
from redactor.detect.secrets.values import generated
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_AUTH_WORDS = frozenset(
    {"login", "logon", "signin", "authenticate", "auth", "authorize", "token", "apikey", "credentials"}
)
"""Words of a method name that logs in or issues a token (``sign`` + ``in`` joined first)."""
_LOGIN_WORDS = frozenset({"login", "logon", "signin", "authenticate", "auth"})
"""Words of a method that takes a user and a password."""

_JSON_METHOD = re.compile(r"""["']method(?:Name)?["'][ \t]*:[ \t]*["'](?P<m>[A-Za-z][\w.:/\-]{0,80})["']""")
_ARGS_OPEN = re.compile(r"""["'](?:params|args|arguments)["'][ \t]*:[ \t]*\[""")
_JSON_STRING = re.compile(
    r"""[ \t\n]*(?:"(?P<d>[^"\\\n]{0,300})"|'(?P<s>[^'\\\n]{0,300})'|(?P<o>[^,\]\n]{1,60}))[ \t\n]*(?P<sep>[,\]])"""
)
_RESULT = re.compile(r"""["']result["'][ \t]*:[ \t]*["'](?P<v>[^"'\\\s]{16,300})["']""")
_XML_METHOD = re.compile(r"<methodName>[ \t\n]*(?P<m>[A-Za-z][\w.:/\-]{0,80})[ \t\n]*</methodName>")
_XML_PARAMS_END = "</params>"
_XML_STRING = re.compile(r"<value>[ \t\n]*(?:<string>)?(?P<v>[^<>\n]{1,300}?)(?:</string>)?[ \t\n]*</value>")
_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_WINDOW = 600
"""Characters after the method name searched for its arguments (an object writes them after it)."""
_BEFORE = 300
"""Characters before the method name searched for ``params`` written first."""
_RESULT_WINDOW = 1500


def method_words(method: str) -> set[str]:
    """Lower-case words of a method name: ``getToken`` -> {get, token}; ``auth.login``; ``sign_in`` ->
    {sign, in, signin}."""
    words = [w.lower() for part in re.split(r"[._:/\-]+", method) for w in _CAMEL.findall(part)]
    out = set(words)
    out.update(a + b for a, b in itertools.pairwise(words))  # sign_in, log_on, api_key
    return out


def _auth_method(method: str) -> tuple[bool, bool]:
    """(issues a token or logs in, takes a password)."""
    words = method_words(method)
    return bool(words & _AUTH_WORDS), bool(words & _LOGIN_WORDS)


def _secret_arg(value: str) -> bool:
    if value.lower().startswith("0x") or is_placeholder(value):
        return False
    return generated(value)


def _array_strings(text: str, pos: int) -> list[tuple[int, int]]:
    """Spans of the string elements of the flat array opening at `pos` (after ``[``); [] when the
    array holds an object or an array (named arguments are the key/value rules' part)."""
    out: list[tuple[int, int]] = []
    for _ in range(12):
        m = _JSON_STRING.match(text, pos)
        if m is None:
            return []
        grp = "d" if m.group("d") is not None else "s" if m.group("s") is not None else "o"
        if grp == "o":
            other = m.group("o").strip()
            if other[:1] in "[{":
                return []
        else:
            out.append(m.span(grp))
        pos = m.end()
        if m.group("sep") == "]":
            return out
    return []


_WORD_PASSWORD = re.compile(r"[A-Za-z][A-Za-z0-9!#$%&*+=?^~_\-]{5,63}")


def _login_password(value: str) -> bool:
    """The last argument of a login method: a chosen password's shape, or letters and digits with
    a capital or a symbol (``Falcon-Ridge-8812``); not a lower-case name (``prod_db2``)."""
    if password_shaped(value):
        return True
    if not _WORD_PASSWORD.fullmatch(value) or not any(c.isdigit() for c in value):
        return False
    return any(c.isupper() for c in value) or any(c in "!#$%&*+=?^~" for c in value)


def _judge(text: str, spans: list[tuple[int, int]], login: bool) -> Iterator[Hit]:
    for i, (s, e) in enumerate(spans):
        value = text[s:e]
        if value.lower().startswith("0x"):
            continue  # chain addresses, hashes and signed payloads
        last = i == len(spans) - 1 and len(spans) >= 2
        if _secret_arg(value):
            yield s, e, 0.8
        elif login and last and _login_password(value) and not is_placeholder(value):
            yield s, e, 0.75


def _result(text: str, pos: int) -> Iterator[Hit]:
    """The ``result`` string of this call's response: the first after the method, with no other
    call (a ``method`` key) between them."""
    m = _RESULT.search(text, pos, min(len(text), pos + _RESULT_WINDOW))
    if m is None or _JSON_METHOD.search(text, pos, m.start()) is not None:
        return
    if _secret_arg(m.group("v")):
        yield m.start("v"), m.end("v"), 0.75


def scan(text: str) -> Iterator[Hit]:
    """`Hit` triples of the credentials of every authenticating RPC call in `text`."""
    for m in _JSON_METHOD.finditer(text):
        token, login = _auth_method(m.group("m"))
        if not token:
            continue
        lo = max(0, m.start() - _BEFORE)
        args = _ARGS_OPEN.search(text, m.end(), min(len(text), m.end() + _WINDOW))
        if args is None:
            # ``params`` written before ``method``: only within this object (no ``}`` between)
            for a in _ARGS_OPEN.finditer(text, lo, m.start()):
                between = text[a.end() : m.start()]
                if "{" not in between and "}" not in between:
                    args = a
        if args is not None:
            yield from _judge(text, _array_strings(text, args.end()), login)
        yield from _result(text, m.end())
    for m in _XML_METHOD.finditer(text):
        token, login = _auth_method(m.group("m"))
        if not token:
            continue
        end = text.find(_XML_PARAMS_END, m.end(), m.end() + 3 * _WINDOW)
        if end < 0:
            continue
        spans = [x.span("v") for x in _XML_STRING.finditer(text, m.end(), end)]
        yield from _judge(text, spans, login)


class RpcAuthDetector(ViewScanDetector):
    """Positional credentials of a login or token RPC method, and the token it returns
    (``secret.rpc.auth``)."""

    name = "secret.rpc.auth"
    prefilter: tuple[str, ...] = ("method",)
    checks_prefilter = True

    def find(self, view: EscapeView) -> list[Hit]:
        return list(scan(view.text))
