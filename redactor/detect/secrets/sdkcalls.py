"""Keys and secrets passed as positional arguments of SDK set-up calls and client constructors.

Mobile, game, payment and IoT SDKs take their credentials positionally, in every language, with
no key name next to the value; the call itself is the evidence:

- a set-up call of an SDK class or session: the method's words hold a set-up verb (``init``,
  ``initialize``, ``start``, ``setup``, ``configure``, ``activate``, ``register``, ``connect``,
  ``authenticate``, ``login``...) and its receiver is an SDK class (a capitalised name that is
  not a standard library class: ``Chartboost.StartWithAppId(id, sig)``,
  ``Bugfender.activateLogger(key)``, ``Flurry.startSession(key)``) or a session/client object
  (``client.session.start(secret, user, ...)``);
- a client constructor: a capitalised callee or one after ``new`` whose last word is ``Client``,
  ``Sdk``, ``Api``, ``Cloud``, ``Connector``, ``Credential(s)``..., or a .NET registration
  ``services.AddXyzClient(...)``: ``new XummSdk(key, secret)``, ``DeviceCloud(user, password)``,
  ``new TextClient(new Guid(key))``.

Arguments are read one by one (nested calls and brackets skipped), so a key after a non-string
argument counts (``AddPayClient(new Uri("https://..."), "<key>")``). A string argument is a
secret when:

- it looks generated (`values.generated`: 16+ random characters, 32+ hex digits, not a UUID);
- it is the second of exactly two UUID arguments (an id and its secret: the first stays);
- it is the sole argument of ``new Guid("...")`` / ``Guid.Parse("...")`` given to a client
  constructor (.NET SDKs whose API key is a GUID);
- it is password-shaped (`pwshape.password_shaped`) right after a user-like first string
  argument (no spaces, not a URL, path or e-mail domain) of a client constructor or a
  login/connect/auth set-up call.

Never for receivers of the standard libraries (``UUID``, ``Pattern``, ``Base64``, ``Hex``,
``Math``...), callees that test, print, hash, parse or look up (``get``, ``assert``, ``hash``,
``decode``, ``find``...), or values that are paths, URLs, identifiers, words or placeholders.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import words
from redactor.detect.secrets.pwshape import password_shaped
from redactor.detect.secrets.values import UUID, generated
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_OPEN = with_first_chars(re.compile(r"(?<=[\w$])[ \t]*\((?=[ \t\n]*(?:[\"']|new[ \t]|[A-Za-z_$][\w$.]*[ \t]*[(,:]))"))
"""The ``(`` of a call whose first argument is a string, a ``new`` expression, a call or a name."""
_RECEIVER = re.compile(r"([A-Za-z_$][\w$]*)[ \t]*(?:\?\.|\.|::|->)[ \t]*$")
_NEW = re.compile(r"\bnew[ \t]+\\?(?:[A-Za-z_$][\w$]*(?:\.|\\|::))*$")
"""``new `` before the callee, maybe qualified: ``new Vendor.Client(``, PHP ``new \\Vendor\\Client(``."""
_FACTORIES = frozenset({"new", "create", "build", "from_key", "with_key", "with_api_key", "from_token"})
"""Class methods that construct: Rust ``VendorClient::new(key)``, Ruby ``Vendor::Client.new(key)``."""
_SINGLETONS = frozenset({"getinstance", "get_instance", "instance", "shared_instance", "sharedinstance"})
"""Class methods that return an SDK's configured singleton: PHP ``Openpay::getInstance(id, key)``."""
_OPTIONS_WORDS = frozenset({"options", "config", "configuration", "settings"})
"""Last words of an SDK's options class: ``Transbank::Common::Options.new(code, key)``; only a
generated argument counts there (an option is often a name or a user)."""
_MAX_ARGS = 6
_MAX_SPAN = 600
"""At most this many characters are read after the ``(`` (a call's argument list)."""

_SETUP_VERBS = frozenset(
    {
        *("init", "initialize", "initialise", "start", "setup", "configure", "activate", "register"),
        *("connect", "authenticate", "auth", "authorize", "authorise", "login", "logon", "signin"),
        *("provide", "credentials", "launch", "bootstrap"),
    }
)
"""Words of a method that sets an SDK up with its credentials."""
_LOGIN_VERBS = frozenset(
    {"connect", "authenticate", "auth", "authorize", "authorise", "login", "logon", "signin", "credentials"}
)
"""Set-up words after which a user and a password are expected."""
_SESSION_RECEIVERS = frozenset({"session", "client", "sdk", "api", "auth", "connection", "conn"})
_CLIENT_WORDS = frozenset(
    {
        *("client", "sdk", "api", "cloud", "connector", "credential", "credentials", "authenticator"),
        *("gateway", "messenger", "notifier", "sender", "uploader", "tracker", "analytics"),
    }
)
"""Last words of a client class: ``TextClient``, ``XummSdk``, ``DeviceCloud``."""
_NOT_CALLS = frozenset(
    {
        *("get", "is", "has", "assert", "expect", "equal", "equals", "test", "mock", "fake", "stub"),
        *("print", "println", "printf", "log", "debug", "info", "warn", "error", "trace", "format"),
        *("hash", "digest", "checksum", "parse", "decode", "encode", "compile", "match", "find", "search"),
        *("query", "select", "lookup", "read", "load", "open", "path", "file", "dir", "url", "uri", "id"),
        *("uuid", "guid", "regex", "pattern", "date", "time", "version", "color", "image", "string", "str"),
        *("validate", "verify", "check", "compare", "contains", "split", "join", "replace", "translate"),
    }
)
"""Callee words that test, print, parse or look up: their string arguments are data."""
_STD_RECEIVERS = frozenset(
    {
        *("Math", "String", "Integer", "Long", "Double", "Float", "Number", "Boolean", "Character"),
        *("JSON", "Object", "Array", "Arrays", "List", "Map", "Set", "Collections", "Objects", "Optional"),
        *("Pattern", "Regex", "UUID", "Uuid", "Guid", "Base64", "Hex", "Buffer", "Path", "Paths", "File"),
        *("Files", "URL", "Uri", "URI", "Convert", "Encoding", "Date", "DateTime", "Instant", "Duration"),
        *("Console", "System", "Assert", "Assertions", "Logger", "Log", "Debug", "Trace", "Environment"),
        *("Process", "Thread", "Task", "Promise", "Reflect", "Symbol", "Decimal", "BigInteger"),
        *("BigDecimal", "Color", "Colors", "Intent", "Toast", "Text", "Locale", "TimeZone", "Charset"),
        *("Crypto", "MessageDigest", "Cipher", "Mac", "KeyFactory", "SecretKeySpec", "Hash", "Hashing"),
    }
)
"""Standard library classes: a capitalised receiver that is not an SDK."""
_HINT = re.compile(
    "(?i)"
    + "|".join(sorted({w[:5] for w in (*_SETUP_VERBS, *_CLIENT_WORDS, *_OPTIONS_WORDS)}, key=lambda w: (-len(w), w)))
)
"""A prefix of a set-up or client word somewhere in the callee: the only callees worth reading."""
_USER = re.compile(r"[A-Za-z0-9_.@+\-]{2,64}")
_NOT_USER = re.compile(r"://|^[./~\\]|\.(?:com|net|org|io|local|internal)$|^\d+$")
_LABEL = re.compile(r"[A-Za-z_]\w{0,40}[ \t]*:[ \t]*(?=[\"'])")
_NOT_VALUE = re.compile(r"://|^[./~\\]|\s|^[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,24}(?::\d{1,5})?$|:\d{1,5}$")
"""URLs, paths, host names (``corvid-prod.a2dd6.tmprl.cloud:7233``) and text: never a key,
however random they read."""
_GUID_ARG = re.compile(r"(?:new[ \t]+(?:System\.)?Guid|Guid\.Parse)[ \t]*\([ \t]*(?P<q>[\"'])(?P<v>[^\"'\n]{36})(?P=q)")


@dataclass(frozen=True, slots=True)
class _Arg:
    """One positional argument: a string literal (`value` set) or another expression."""

    start: int
    end: int
    value: str | None


def _string_end(text: str, i: int, limit: int) -> int:
    """The index after the closing quote of the literal opening at `i`, or -1."""
    q = text[i]
    j = i + 1
    while j < limit:
        c = text[j]
        if c == q:
            return j + 1
        if c == "\n" or c == "\\":
            return -1 if c == "\n" else _skip_escaped(text, j, q, limit)
        j += 1
    return -1


def _skip_escaped(text: str, j: int, q: str, limit: int) -> int:
    """Continue a literal holding a backslash escape; the literal then is not a plain value."""
    while j < limit:
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == q:
            return j + 1
        if c == "\n":
            return -1
        j += 1
    return -1


def arguments(text: str, i: int, *, max_args: int = _MAX_ARGS, max_span: int = _MAX_SPAN) -> list[_Arg] | None:
    """The positional arguments of the call whose ``(`` is at ``i - 1``; None when the list
    does not close within `max_span` characters or holds more than `max_args` arguments."""
    limit = min(len(text), i + max_span)
    out: list[_Arg] = []
    j = i
    while True:
        while j < limit and text[j] in " \t\r\n":
            j += 1
        if j >= limit:
            return None
        if text[j] == ")" and not out:
            return out
        label = _LABEL.match(text, j, limit)
        if label is not None:
            j = label.end()  # Swift/C# argument label: ``start(withToken: "...")``
        start, depth, literal = j, 0, True
        if text[j] in "\"'":
            end = _string_end(text, j, limit)
            if end < 0:
                return None
            j = end
        else:
            literal = False
        while j < limit:
            c = text[j]
            if c in "\"'`":
                end = _string_end(text, j, limit)
                if end < 0:
                    return None
                j, literal = end, False
                continue
            if c in "([{":
                depth += 1
            elif c in ")]}":
                if depth == 0:
                    break
                depth -= 1
            elif c == "," and depth == 0:
                break
            elif not c.isspace():
                literal = False
            j += 1
        if j >= limit:
            return None
        end = j
        while end > start and text[end - 1].isspace():
            end -= 1
        quoted = literal and end - start >= 2 and "\\" not in text[start:end]
        out.append(_Arg(start, end, text[start + 1 : end - 1] if quoted else None))
        if len(out) > max_args:
            return None
        if text[j] == ")":
            return out
        j += 1


def _callee(text: str, p: int) -> tuple[str, str | None, bool] | None:
    """(callee, receiver, after ``new``) of the call whose name ends at `p`; None when the name
    holds none of the words `call_kind` looks for (most calls: one test, no look-behind)."""
    s = p
    while s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_$"):
        s -= 1
    callee = text[s:p]
    if not _HINT.search(callee) and callee.lower() not in _FACTORIES and callee.lower() not in _SINGLETONS:
        return None
    head = text[max(0, s - 80) : s]
    recv = _RECEIVER.search(head)
    return callee, (recv.group(1) if recv else None), _NEW.search(head) is not None


def call_kind(callee: str, receiver: str | None, new: bool) -> str | None:
    """'client' for a client constructor, 'login' / 'setup' for an SDK set-up call, 'options' for
    an SDK's options class or singleton factory (generated arguments only), else None."""
    ws = words(callee)
    if not ws or (not callee[0].isalpha() and callee[0] != "_") or callee.startswith("__"):
        return None  # ``Base.__init__(self, ...)``: a super call, whatever its class is named
    if receiver is not None and receiver in _STD_RECEIVERS:
        return None
    sdk_class = receiver is not None and receiver[0].isupper() and not receiver.isupper() and len(receiver) > 2
    if callee.lower() in _SINGLETONS:
        return "options" if sdk_class else None  # ``Calendar.getInstance("UTC")``: std receivers left above
    if ws[0] in _NOT_CALLS:
        return None
    constructor = new or (callee[0].isupper() and not callee.isupper()) or (ws[0] == "add" and callee[0] == "A")
    if constructor and ws[-1] in _CLIENT_WORDS:
        return "client"
    if constructor and ws[-1] in _OPTIONS_WORDS and (new or receiver is not None):
        return "options"  # ``new Vendor.Options("<key>")``; not a bare ``Options(...)`` call
    if callee.lower() in _FACTORIES and receiver is not None and receiver[0].isupper():
        rws = words(receiver)
        if rws and rws[-1] in _OPTIONS_WORDS:
            return "options"
        return "client" if rws and rws[-1] in _CLIENT_WORDS else None
    if ws[-1] in _NOT_CALLS and ws[0] not in _SETUP_VERBS:
        return None  # ``getId``, ``parseUuid``; but ``startWithAppId(id, signature)`` names its argument
    if not any(w in _SETUP_VERBS for w in ws):
        return None
    sdk_receiver = sdk_class or (receiver is not None and receiver.lower() in _SESSION_RECEIVERS)
    if not sdk_receiver:
        return None
    return "login" if any(w in _LOGIN_VERBS for w in ws) else "setup"


_FILLER_RUNS = re.compile(r"(?i)([0-9a-f])\1{4}|1234|abcd")


def filled_uuid(value: str) -> bool:
    """A UUID that is not a filler: 8+ distinct hex digits, no run of five equal digits and no
    ``1234``/``abcd`` (``00000000-0000-...``, ``12345678-1234-...``). A random version-4 UUID fails
    this about once in a thousand (125 of 100,000 sampled).

    (`placeholders.is_placeholder` is not used: it reads words such as ``add`` inside random hex.)
    """
    if UUID.fullmatch(value) is None:
        return False
    digits = value.lower().replace("-", "")
    return len(set(digits)) >= 8 and _FILLER_RUNS.search(digits) is None


def _user_like(value: str) -> bool:
    return _USER.fullmatch(value) is not None and not _NOT_USER.search(value)


def secret_arguments(kind: str, text: str, args: list[_Arg]) -> list[tuple[int, int]]:
    """(start, end) of each argument that holds a secret, in `text` offsets (quotes excluded)."""
    out: list[tuple[int, int]] = []
    strings = [a for a in args if a.value is not None]
    for a in strings:
        assert a.value is not None
        if generated(a.value) and not _NOT_VALUE.search(a.value):
            out.append((a.start + 1, a.end - 1))
    if kind == "options" and len(out) >= 2:
        del out[0]  # ``Openpay::getInstance('<merchant id>', '<key>')``: an id, then its key: the id stays
    if len(args) == 2 and len(strings) == 2 and all(filled_uuid(a.value or "") for a in strings):
        out.append((args[1].start + 1, args[1].end - 1))
    if kind == "client":
        for a in args:
            g = _GUID_ARG.match(text, a.start) if a.value is None else None
            if g is not None and g.end() <= a.end and filled_uuid(g.group("v")):
                out.append(g.span("v"))
    if kind in ("client", "login") and len(args) >= 2:
        user, password = args[0].value, args[1].value
        if user is not None and password is not None and _user_like(user) and password_shaped(password):
            out.append((args[1].start + 1, args[1].end - 1))
    return out


def scan(text: str) -> list[tuple[int, int]]:
    """(start, end) of each secret argument of an SDK call in `text`."""
    out: list[tuple[int, int]] = []
    for m in _OPEN.finditer(text):
        found = _callee(text, m.start())
        kind = call_kind(*found) if found is not None else None
        if kind is None:
            continue
        args = arguments(text, m.end())
        if args:
            out.extend(secret_arguments(kind, text, args))
    return out


class SdkCallDetector(ViewScanDetector):
    """Secrets handed positionally to SDK set-up calls and client constructors (``secret.code.sdk_call``)."""

    name = "secret.code.sdk_call"
    prefilter: tuple[str, ...] = ("(",)
    """Quotes cannot be literals (the engine matches the raw, maybe escaped text); `_OPEN` and the
    callee words (`_HINT`) reject other calls at their ``(``."""

    def find(self, view: EscapeView) -> list[Hit]:
        return [(s, e, 0.8) for s, e in scan(view.text)]
