"""Generic detectors: secrets named by their key, whatever the provider.

``KEY=...``, ``export X='...'``, ``"token": "..."``, YAML ``password: ...``, TOML, ``.env``,
``os.environ["X"] = "..."``, ``const fooKey = "..."``, ``x := "..."``, ``--password ...``,
``Authorization: Bearer ...``, ``x-api-key: ...``, XML ``<password>...</password>`` (also with a
namespace and attributes: ``<wsse:Password Type="...">``), name/value pairs (Kubernetes ``env``,
.NET ``<add key=... value=...>``, Android ``android:name=... android:value=...``), C arrays
(``char pass[] = "..."``), full-width colons (``SignKey：...``), YAML lists below the key
(``secretKey:`` / ``- <value>``), and a few prose forms (``the token is ...``). The key name decides
how random the value must be (keys.py, names.py for vendor-prefixed, versioned and short names,
values.py).
"""

# ruff: noqa: RUF001, RUF002  # full-width colons and CJK punctuation end keys and values here

from __future__ import annotations

import re

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets.arns import after_arn_prefix
from redactor.detect.secrets.context_prose import HASHY
from redactor.detect.secrets.entropy import is_hex
from redactor.detect.secrets.escapes import EscapeView, ViewCache
from redactor.detect.secrets.keys import Strength, lookup_key, words
from redactor.detect.secrets.letters import random_letters
from redactor.detect.secrets.limitnames import limit_vendor_strength, long_generated
from redactor.detect.secrets.names import classify_name, short_form_value_ok
from redactor.detect.secrets.names_i18n import i18n_strength, pin_name, pin_value, plain_word
from redactor.detect.secrets.paymentkeys import PREFILTER, payment_keys
from redactor.detect.secrets.pwshape import chosen_under_key, password_shaped, short_generated
from redactor.detect.secrets.recur import with_recurrences
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.secrets.values import accept, generated, identifier_like, lookup_value, numeric_key
from redactor.detect.secrets.wrappers import literal_start
from redactor.detect.span import Span

_HIT_WORDS = (
    r"pass|pwd|pw\b|psw|pwrd|secret|token|key|cred|auth|bearer|sig|jwt|hmac|psk|pat\b|access[_.-]?id|\bapi\b|api[_.-]?hash"
    r"|refresh|certificate|licen[cs]e|priv|salt|(?<![a-z0-9])[as]k(?![a-z0-9])"
)
"""Literal fragments of every secret-ish key word; the scan starts from these."""
HIT_LOWER = with_first_chars(re.compile(_HIT_WORDS))
"""Searched in the lower-cased view: several times faster than a case-insensitive search."""
_HIT = with_first_chars(re.compile("(?i)" + _HIT_WORDS))
"""For the rare text whose lower-case form has another length (offsets would not match)."""
IDCH = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
"""The characters of a key, as the scan extends a hit word to the whole key."""

# After the key: closing quote/bracket, operator, opening quote.
_AFTER = re.compile(
    r"""(?P<close>(?:\[\d{0,4}\])?["'`]?\]?["'`]?)
        (?P<op>[ \t]*(?::=|=>|\?=|\+=|<-(?![-<])|=(?!=)|:(?![:/])|：|,|\((?=[ \t]*[bruf]?["'`]))[ \t]*
              |[ \t]+(?:is|was|are|=)[ \t]+
              |[ \t]*(?:は|是|为|為|는|은)[ \t]*
              |[ \t]+)
    """,
    re.VERBOSE,
)
_PARTICLES = ("は", "是", "为", "為", "는", "은")
"""Japanese, Chinese and Korean topic particles and copulas after an English key name in a
sentence of that language (``client_secret は `X` で``, ``API key는 X``, ``token 是 X``)."""
_SCHEME = re.compile(r"(?i)(?:Bearer|Basic|Token|Bot|ApiKey|Api-Key|Key|JWT|OAuth|SSWS|GenieKey|Digest|token=)[ \t]+")
_ANY_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9-]{1,19}[ \t](?=[^\s\"']{16,})")
"""Any scheme word before a long credential: ``App <t>``, ``sso-key <id>:<secret>``."""
_PAIR_SPLIT = re.compile(r"(?P<a>[A-Za-z0-9_\-]{8,200}):(?P<b>[A-Za-z0-9_\-+/=]{8,200})")
"""``<id>:<secret>`` in an Authorization value (GoDaddy ``sso-key``, raw ``key:secret`` schemes)."""
_WEAK_NOUN = re.compile(r"(?i)(?:^|[._-])(?:api|refresh)$|certificate$")
"""Key nouns that name a credential only when the value is one opaque token (`_OPAQUE`)."""
_OPAQUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.+=-]{15,}")
SCORES = {Strength.PASSWORD: 0.8, Strength.STRONG: 0.85, Strength.AUTH: 0.85, Strength.KEY: 0.7}
"""One score per key strength for every value read after a key name."""
_STOP_AT_NEXT_KEY = re.compile(r"[;&,][ \t]*[A-Za-z_][\w.\-]*[ \t]*=")
_MAX_VALUE = 2000
_NOTE = re.compile(r"[ \t]+\((?!self\b|cls\b)[^()\n=;]{1,40}\)(?=[ \t]*[:=：])")
"""A note in parentheses between a key and its operator, after a space (a call has none)."""
_LABEL_WORD = re.compile(r" ([A-Za-z][A-Za-z0-9]{1,11})(?=[ \t]*[=:](?![:/=]))")
"""A second label word before an operator: ``Secret ID =``, ``API Key:``, ``Password Hint:``."""


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
        "access",
        "api",
        "refresh",
        "certificate",
        "licen",
        "priv",
        "salt",
        "ak",
        "sk",
        *PREFILTER,
    )

    def __init__(self, views: ViewCache) -> None:
        self._views = views

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        found = [Span(ENTITY, *view.to_raw(s, e), score, self.name) for s, e, score in scan(view)]
        return with_recurrences(text, found)


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of every accepted value in the view."""
    text = view.text
    n = len(text)
    out: list[tuple[int, int, float]] = []
    last_key_end = -1
    low = view.lower
    for m in HIT_LOWER.finditer(low) if len(low) == n else _HIT.finditer(text):
        s, e = m.start(), m.end()
        if e <= last_key_end:
            continue
        while s > 0 and text[s - 1] in IDCH:
            s -= 1
        while e < n and text[e] in IDCH:
            e += 1
        label = _LABEL_WORD.match(text, e) if not _flag_or_tag(text, s) else None
        if label is not None:
            e = label.end(1)  # ``Secret ID    = x``, ``Client Secret: x``: a label of two words
        last_key_end = e
        if text.startswith("${", s - 2):
            continue  # ${DB_PASSWORD:-default}: a variable reference, not an assignment
        key = text[s:e].replace(" ", "_")
        strength = classify_name(_qualified(text, s, key.rstrip(".-")))
        if strength is None:
            if lookup_key(key):
                _lookup_value(text, s, e, key, out)
            elif limit_vendor_strength(key) is not None:
                _limit_vendor_value(text, s, e, key, out)
            continue
        take_value(text, s, e, key, strength, out)
    out.extend(name_value_pairs(view))
    out.extend(payment_keys(text))
    return out


def take_value(text: str, s: int, e: int, key: str, strength: Strength, out: list[tuple[int, int, float]]) -> None:
    """The value of the key at ``[s, e)`` that names a secret of `strength`, when it is one."""
    if strength is Strength.KEY and key.lower() == "key" and "cache" in text[text.rfind("\n", 0, s) + 1 : s].lower():
        return  # "Restored cache from key: ...": a cache key
    note = _NOTE.match(text, e)
    if note is not None:
        e = note.end()  # ``API key (prod): x``, ``Password (temporary) = x``: a note before the operator
    annotation = _ANNOTATION.match(text, e)
    if annotation is not None:
        e = annotation.end(1)  # ``API_SECRET: &str = "..."``, ``apiKey: string = "..."``: a type, then ``=``
    if (
        _tuple_after(text, e, strength, out)
        or _list_after(text, s, e, strength, out)
        or _cell_after(text, s, e, strength, out)
    ):
        return
    found = value_after(text, s, e, key, strength)
    if found is None:
        return
    vs, ve, quoted = found
    if strength is Strength.AUTH and _auth_pair(text, vs, ve, out):
        return
    if _WEAK_NOUN.search(key) and not _OPAQUE.fullmatch(text, vs, ve):
        return  # ``api: ghcr.io/acme/api:1.4`` is an image, ``refresh: 30s`` a period
    if _DEFINE.fullmatch(text, text.rfind("\n", 0, s) + 1, s) and not (
        quoted and _defined_secret(text[vs:ve], strength)
    ):
        return  # ``#define SSL_TXT_kPSK "kPSK"``: headers name constants after what they are about
    if not short_form_value_ok(key, text[vs:ve]):
        return  # ``"SK": "ORDER#2024-10-01#A17"``: a DynamoDB sort key, no cloud secret key
    value = text[vs:ve]
    if accept(value, strength, quoted=quoted):
        out.append((vs, ve, SCORES[strength]))
    elif strength in (Strength.KEY, Strength.STRONG) and words(key)[-1:] != ["id"] and short_generated(value):
        out.append((vs, ve, SCORES[Strength.KEY]))
    elif strength in (Strength.KEY, Strength.STRONG) and quoted and chosen_under_key(value):
        out.append((vs, ve, SCORES[Strength.KEY]))  # ``API_SECRET = "Otter!4390"``: a password a person chose
    elif strength is Strength.STRONG and words(key)[-1:] != ["id"] and numeric_key(value):
        out.append((vs, ve, SCORES[Strength.KEY]))  # ``GLOVO_API_KEY=041091768227``: a key issued as digits
    elif _letters_key(key) and random_letters(value, strength, quoted=quoted):
        out.append((vs, ve, SCORES[Strength.KEY]))  # ``clientSecret: 'ghamafcp'``: issued as letters (letters.py)


def _limit_vendor_value(text: str, s: int, e: int, key: str, out: list[tuple[int, int, float]]) -> None:
    """``TKE_MAX_CLIENT_SECRET=<token>``: a product name holding a limit word (`limitnames`)."""
    found = value_after(text, s, e, key, Strength.STRONG)
    if found is not None and long_generated(text[found[0] : found[1]]):
        out.append((found[0], found[1], SCORES[Strength.KEY]))


def _letters_key(key: str) -> bool:
    """A key whose letters-only value may be a generated secret (`letters.random_letters`): not an
    id, not an ``app_token`` (Adjust's public app identifier is twelve lower-case characters)."""
    ws = words(key)
    return ws[-1:] != ["id"] and ws[-2:] != ["app", "token"]


_CELL_AFTER = re.compile(r"[ \t]*\|[ \t]*`?(?P<v>[^\s|`]{1,300})`?[ \t]*\|")
_CELL_BEFORE = re.compile(r"\|[ \t]*(?:[\w.\-]+[ \t]+){0,3}$")
_ROW_START = re.compile(r"[ \t]*\|")


def _cell_after(text: str, s: int, e: int, strength: Strength, out: list[tuple[int, int, float]]) -> bool:
    """A table row whose cell names a credential and whose next cell holds it (``| Guestline |
    RezLynx password | velvet*7544 |``); True when the key ends such a cell, taken or not. A
    password must have a chosen password's shape or be generated (a ``| password | string |``
    row of an API reference holds a type), other keys' values pass `values.accept`."""
    cell = _CELL_AFTER.match(text, e)
    if cell is None or _ROW_START.match(text, text.rfind("\n", 0, s) + 1) is None:
        return False  # a row of a table starts with ``|`` (a union type or a regex alternation does not)
    if _CELL_BEFORE.search(text, max(0, s - 60), s) is None:
        return False
    vs, ve = cell.span("v")
    value = text[vs:ve]
    ok = (
        password_shaped(value) or generated(value)
        if strength is Strength.PASSWORD
        else accept(value, strength, quoted=False)
    )
    if ok:
        out.append((vs, ve, SCORES[strength]))
    return True


_ANNOTATION = re.compile(
    r"""[ \t]*:[ \t]*(?:&(?:'static[ \t]+)?)?[A-Za-z_][\w.]{0,30}(?:\[[\w., |\[\]]{0,40}\]|<[\w., <>]{0,40}>)?"""
    r"""(?:[ \t]*\|[ \t]*None)?\??([ \t]+)=(?![=>])"""
)
"""A type annotation between a key and ``=``: Rust ``: &str``, ``: &'static str``, Python ``: str``,
``: Final[str]``, TypeScript ``: string``, Kotlin/Swift ``: String``, ``: str | None``; a blank
before ``=`` (``Signature: sha256=...`` is a header value, no type)."""


"""The literals one of which a text needs for `scan_i18n` to find anything."""


def _flag_or_tag(text: str, ks: int) -> bool:
    """The key at `ks` is a command-line flag (``--token US:x``) or an XML element name
    (``<wsse:Password Type="...">``): the word after it is a value or an attribute, no label."""
    return (
        text.startswith("-", ks)
        or (ks > 0 and text[ks - 1] == "<")
        or _XML_PREFIX.search(text, max(0, ks - 32), ks) is not None
    )


def _defined_secret(value: str, strength: Strength) -> bool:
    """A ``#define``d value that is itself a credential: generated, with 2+ digits and no separator
    (not hex under a plain key name: headers define digests and well-known test keys), or for a
    password, letters with digits and a symbol or both cases. Header constants are names
    (``"kPSK"``, ``"challengePassword"``, ``"setAttr-SecDevSig"``)."""
    if strength is Strength.PASSWORD:
        letters = any(c.isalpha() for c in value)
        digits = any(c.isdigit() for c in value)
        mixed = any(c.isupper() for c in value) and any(c.islower() for c in value)
        symbol = any(not c.isalnum() for c in value)
        return letters and digits and (symbol or mixed) and not identifier_like(value)
    if strength is Strength.KEY and is_hex(value):
        return False
    if sum(c.isdigit() for c in value) < 2 or any(c in "-_. " for c in value):
        return False  # ``id-smime-mod-ets-eSignature-88``, ``setAttr-SecDevSig``: names
    return generated(value, min_len=12) or short_generated(value)


def _lookup_value(text: str, ks: int, ke: int, key: str, out: list[tuple[int, int, float]]) -> None:
    """The value of a key a soft qualifier makes a lookup key (``INNGEST_EVENT_KEY``): taken
    only when it is clearly generated (`lookup_value`), as lookup keys hold names and hashes."""
    found = value_after(text, ks, ke, key, Strength.KEY)
    if found is not None and lookup_value(text[found[0] : found[1]]):
        out.append((found[0], found[1], SCORES[Strength.KEY]))


def _auth_pair(text: str, vs: int, ve: int, out: list[tuple[int, int, float]]) -> bool:
    """An Authorization value written ``<id>:<secret>``: each half that looks generated.

    Both halves authenticate together (the id alone is half a credential, the secret the other
    half); a user name before the colon (``bob:...``) is not a generated id and is left alone.
    """
    m = _PAIR_SPLIT.fullmatch(text, vs, ve)
    if m is None:
        return False
    found = False
    for group in ("a", "b"):
        if accept(m.group(group), Strength.STRONG, quoted=True):
            out.append((*m.span(group), SCORES[Strength.AUTH]))
            found = True
    return found


_PREV_WORD = re.compile(r"([A-Za-z]{2,20}) $")


def _qualified(text: str, ks: int, key: str) -> str:
    """A one-word key with the word written before it: ``Cache key``, ``public key``, ``API key``.

    Prose and labels split the qualifier from the noun with a space; the pair decides (a cache
    key is not a credential, an API key is).
    """
    if "_" in key or "-" in key or "." in key or any(c.isupper() for c in key[1:]):
        return key
    m = _PREV_WORD.search(text, max(0, ks - 22), ks)
    return f"{m.group(1)}_{key}" if m is not None else key


_TUPLE = re.compile(r"""[ \t]*(?::=|=|:)[ \t]*[(\[][ \t]*(?=["'])""")
_LITERAL = re.compile(r"""(["'])([^"'\n]{1,500})\1[ \t]*(,[ \t]*)?""")


def _tuple_after(text: str, ke: int, strength: Strength, out: list[tuple[int, int, float]]) -> bool:
    """``auth=("user", "pass")``, ``credentials: ['id', 'secret']``: each string of the pair.

    For an ``auth`` pair the last string is the password; the others count only when they
    look like generated keys (a user name is not a secret).
    """
    m = _TUPLE.match(text, ke)
    if m is None:
        return False
    pos = m.end()
    items: list[tuple[int, int]] = []
    for _ in range(3):
        lit = _LITERAL.match(text, pos)
        if lit is None:
            break
        items.append(lit.span(2))
        pos = lit.end()
        if lit.group(3) is None:
            break
    if not items:
        return False
    for i, (vs, ve) in enumerate(items):
        last = i == len(items) - 1
        level = Strength.PASSWORD if strength is Strength.AUTH and last and len(items) > 1 else strength
        if level is Strength.AUTH or (strength is Strength.AUTH and not last):
            level = Strength.STRONG
        if accept(text[vs:ve], level, quoted=True):
            out.append((vs, ve, SCORES[level]))
    return True


_LIST_START = re.compile(r"""["'`]?[ \t]*[:：][ \t]*\r?\n""")
_LIST_ITEM = re.compile(r"""(?P<ind>[ \t]*)-[ \t]+(?P<q>["']?)(?P<v>[^\s"'#][^\s"']{0,1999})(?P=q)[ \t]*(?:\r?\n|$)""")


def _list_after(text: str, ks: int, ke: int, strength: Strength, out: list[tuple[int, int, float]]) -> bool:
    """A YAML key whose value is a list on the lines below: ``secretKey:`` / ``  - <value>`` (Unity
    assets keep one value per platform so). Each item is judged as the key's value; True when
    the key opens such a list, taken or not. A bare ``*Key`` name (``gameKey``, often a public
    id) does not open one: only password, strong and auth names do."""
    m = _LIST_START.match(text, ke) if strength is not Strength.KEY else None
    if m is None or text[text.rfind("\n", 0, ks) + 1 : ks].strip(" \t-\"'") != "":
        return False
    pos = m.end()
    indent = None
    for _ in range(20):
        item = _LIST_ITEM.match(text, pos)
        if item is None or (indent is not None and item.group("ind") != indent):
            break
        indent = item.group("ind")
        if accept(item.group("v"), strength, quoted=bool(item.group("q"))):
            out.append((*item.span("v"), SCORES[strength]))
        pos = item.end()
    return indent is not None


def value_after(text: str, ks: int, ke: int, key: str, strength: Strength) -> tuple[int, int, bool] | None:
    """Locate the value assigned to the key at ``[ks, ke)``; (start, end, quoted) or None."""
    if after_arn_prefix(text, ks):
        return None  # ``arn:aws:secretsmanager:...:secret:prod/db-AbCdEf``: a resource type, no key
    opener = text[ks - 1] if ks > 0 else ""
    # XML element: <password>value</password>, <wsse:Password Type="...">value</wsse:Password>
    attrs = _XML_ATTRS.match(text, ke) if opener == "<" or _XML_PREFIX.search(text, max(0, ks - 32), ks) else None
    if attrs is not None:
        body = attrs.end()
        tag_end = text.find("</", body, body + _MAX_VALUE)
        if tag_end > body and "\n" not in text[body:tag_end]:
            return body, tag_end, True
        return None
    m = _AFTER.match(text, ke)
    if m is None:
        return None
    op = m.group("op").strip()
    close = m.group("close")
    p = m.end()
    sql = op == "" and strength is Strength.PASSWORD and text.startswith("'", p) and key.isupper()
    if (
        op == ""
        and not key.startswith("-")
        and not sql
        and not _spaced_ok(text, ks, m, strength)
        and not _spaced_generated(text, p, strength)
        and not _ticked_generated(text, ks, p, strength)
    ):
        # Whitespace alone separates a flag from its value, a column label from its value
        # (``token    hvs.x`` in CLI tables) and a name from its value in ``set -x NAME v``.
        return None
    ticked = _ticked_generated(text, ks, p, strength)
    if op in ("is", "was", "are", *_PARTICLES) and strength not in (Strength.PASSWORD, Strength.STRONG) and not ticked:
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
    if op == ":" and not is_string and text[vs:ve] in _BLOCK_SCALAR:
        block = _BLOCK_LINE.match(text, ve)
        if block is None:
            return None
        vs, ve, is_string = block.start(1), block.end(1), True  # YAML ``key: >-`` then the value's line
    sm = _SCHEME.match(text, vs)
    if sm is not None and sm.end() < ve and is_string:
        vs = sm.end()
    elif sm is not None and not is_string:
        again = _read_value(text, sm.end(), enclosing)
        if again is None:
            return None
        vs, ve, is_string = again
    elif strength is Strength.AUTH and _ANY_SCHEME.match(text, vs) and ve - vs <= 21:
        again = _read_value(text, ve + 1, enclosing)  # "Authorization: App <token>": any scheme word
        if again is None:
            return None
        vs, ve, is_string = again
    elif (
        strength is Strength.AUTH
        and not is_string
        and not enclosing
        and not key.startswith("-")
        and opener not in "?&"
        and not (_BARE_TOKEN.fullmatch(text, vs, ve) and generated(text[vs:ve], hex_ok=False, min_len=32))
    ):
        # ``--auth <token>``, ``?auth=<token>`` carry values; a bare ``auth: x`` is a setting unless
        # x is a long generated token (``authorization=aTzh...`` in a log line)
        return None
    if op in ("is", "was", "are") and is_string and not ticked:
        return None
    if op in _PARTICLES and not text[vs:ve].isascii():
        return None  # ``token は使えない``: the sentence goes on in the other language
    return (vs, ve, is_string or bool(enclosing)) if ve > vs else None


_XML_PREFIX = re.compile(r"<[A-Za-z][\w.-]{0,30}:$")
"""A namespace prefix before an element name: ``<wsse:`` of ``<wsse:Password>``."""
_XML_ATTRS = re.compile(r"""(?:[ \t]+[\w:.-]{1,40}=(?:"[^"<>\n]{0,300}"|'[^'<>\n]{0,300}'))*[ \t]*>""")
"""The attributes of a start tag, up to its ``>`` (``Type="...#PasswordText"``)."""
_BARE_TOKEN = re.compile(r"[A-Za-z0-9_\-]{32,}")
"""An unquoted value made of token characters only (no ``@``, ``/``, ``:``): not a URL or a path."""
_BLOCK_SCALAR = frozenset({"|", "|-", "|+", ">", ">-", ">+"})
_BLOCK_LINE = re.compile(r"[ \t]*\n[ \t]+(\S+)[ \t]*(?=\n|$)")
"""The one line of a YAML block scalar: ``secret: >-`` / ``  <value>``."""
_SET_CMD = re.compile(r"(?:\bset[ \t]+-[A-Za-z]+|\bsetenv|\bexport)[ \t]+$")
_DEFINE = re.compile(r"[ \t]*#[ \t]*define[ \t]+")
"""A C/C++ preprocessor definition: ``#define TUYA_ACCESS_ID "y1jw..."`` (whitespace separates)."""


_SET_READ = 256
"""Characters before a key that `_SET_CMD` reads (each key hit reads before it: an unbounded read
made a long line of key words quadratic)."""
_BLANK = re.compile(r"\s*")


def _spaced_ok(text: str, ks: int, after: re.Match[str], strength: Strength) -> bool:
    line_start = text.rfind("\n", 0, ks) + 1
    if _SET_CMD.search(text, max(line_start, ks - _SET_READ), ks) or _DEFINE.fullmatch(text, line_start, ks):
        return True
    gap = after.group("op")
    # a line, or a JSON string's start
    at_line_start = _BLANK.fullmatch(text, line_start, ks) is not None or text.endswith('": "', line_start, ks)
    if strength is Strength.KEY or not at_line_start or not (len(gap) >= 2 or "\t" in gap):
        return False
    eol = text.find("\n", after.end())
    rest = text[after.end() : eol if eol >= 0 else len(text)].strip().rstrip('"}]')
    return bool(rest) and not any(c.isspace() for c in rest)


_SPACED_VALUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-]{15,199}(?=$|[\s,;)\]}\"'`])")


def _spaced_generated(text: str, p: int, strength: Strength) -> bool:
    """``appid wx20..., appsecret 75d2...``: a strong key word and, after one space, a token that
    is itself generated (long, random or 32+ hex), as in lists of credentials written in prose."""
    if strength is not Strength.STRONG:
        return False
    m = _SPACED_VALUE.match(text, p)
    return m is not None and generated(m.group())


_TICKED_VALUE = re.compile(r"`(?P<v>[A-Za-z0-9][A-Za-z0-9_\-+/=]{15,199})`")


def _ticked_generated(text: str, ks: int, p: int, strength: Strength) -> bool:
    """``Mailshake API key `1f5a...` ``, ``the API key is `...` ``: a strong secret name in prose
    (``API key``, ``access token``, ``client secret``), then a generated value set apart in
    backticks (`values.generated`: not a UUID, word or name), and no hash, signature, id or cache
    word starts the line before it (`context_prose.HASHY`: ``the sha256 of the key is `...` ``; not
    ``sha`` inside ``Mailshake``)."""
    if strength is not Strength.STRONG:
        return False
    m = _TICKED_VALUE.match(text, p)
    if m is None or not generated(m.group("v")):
        return False
    line = text.rfind("\n", 0, ks) + 1
    clause = max(line, text.rfind(", ", line, ks) + 2, text.rfind("; ", line, ks) + 2)
    # a hash or id word qualifies its own clause: ``client id `<uuid>`, private key `<hex>` ``
    return not any(h.start() == clause or not text[h.start() - 1].isalpha() for h in HASHY.finditer(text, clause, p))


def _read_value(text: str, p: int, enclosing: str) -> tuple[int, int, bool] | None:
    """The value starting at `p`: a quoted string (also inside a `wrappers` call), or a bare token."""
    p = literal_start(text, p)
    ch = text[p]
    if ch in "bruf@" and p + 1 < len(text) and text[p + 1] in "\"'":  # b"..", f"..", Objective-C @".."
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
        if last in ",;.\"'`。，；、":
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
    r"""(?i)\b(?:name|key)["']?[ \t]*[:=][ \t]*["']?(?P<k>[\w.\-:]{2,80})["']?[ \t]*,?[ \t]*
        (?:\r?\n[ \t\-]*)?["']?(?:[A-Za-z][\w-]{0,20}:)?value["']?[ \t]*[:=][ \t]*""",
    re.VERBOSE,
)


def name_value_pairs(view: EscapeView, *, i18n_only: bool = False) -> list[tuple[int, int, float]]:
    """``- name: API_TOKEN`` / ``value: ...`` and ``<add key="Password" value="..."/>``; with
    `i18n_only`, only the names `classify_name` does not read (``correos.clave``, ``api_pin``)."""
    if "value" not in view.lower:
        return []
    text = view.text
    out: list[tuple[int, int, float]] = []
    for m in _PAIR.finditer(text):
        name = m.group("k")
        strength = classify_name(name)
        if i18n_only and strength is not None and HIT_LOWER.search(name.lower()) is not None:
            continue  # the main loop's pairs read it (``<add key="SmtpPassword" value="..."/>``)
        pin = strength is None and pin_name(name)
        if strength is None and not pin:
            strength = i18n_strength(name)  # ``<param name="correos.clave" value="..."/>``
            if strength is None:
                continue
        if m.end() >= len(text):
            continue
        found = _read_value(text, m.end(), "")
        if found is None:
            continue
        vs, ve, quoted = found
        value = text[vs:ve]
        if pin:
            if pin_value(value):
                out.append((vs, ve, SCORES[Strength.PASSWORD]))
        elif strength is not None and accept(value, strength, quoted=quoted):
            if strength is Strength.PASSWORD and classify_name(name) is None and plain_word(value):
                continue  # a non-English password word: a plain word is a dictionary key's value
            out.append((vs, ve, SCORES[strength]))
    return out
