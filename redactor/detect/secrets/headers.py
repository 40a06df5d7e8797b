"""Generated values of vendor request headers whose names do not say "key".

Many APIs authenticate by a header named after the vendor's own concept rather than a key:
``project_id`` (Blockfrost), ``X-Trans-Key`` (dLocal), ``AccessKey`` (Bunny), ``X-Parse-Master``,
``X-Shopify-Access``, ``Api-Username`` pairs... Names that classify as secret (``X-Api-Key``,
``Authorization``, ``X-Auth-Token``) are read by the key/value rules (generic.py); this module
reads the rest, where the only evidence is that a generated value is sent as a request header.

Carriers: ``curl``/``wget`` header flags (``-H 'name: value'``, ``--header``), HTTPie/xh
``name:value`` arguments, raw HTTP requests (a request line, then ``name: value`` lines), header
setters in code (``.header("name", "value")``, ``setRequestHeader``, ``req.Header.Set``,
``DefaultRequestHeaders.Add``, ``headers.put``, ``headers["name"] = ...``) and ``headers``
dict/object literals
(``headers={'name': 'value'}``, ``headers: { name: 'value' }``), with the HAR form of a list of
``{"name": ..., "value": ...}`` objects.

A value counts when it is generated (`values.generated`: 16+ random characters or 32+ hex
digits, never a UUID, a URL or a path) and the header is not one whose values are random by
nature: request, trace, span, correlation, idempotency and message ids, nonces, ETags and
``If-*`` matches, digests and signatures of the body, content and cache headers, dates. A name
with an ``id`` word (``project_id``, ``X-App-Id``) counts only for a value that is not hex and has
both cases and digits (24+ characters): ids of requests and objects are hex or UUIDs, keys
called ids are base62.

``Authorization`` itself is read here only where the key/value rules do not reach it: a header
line of its own (a raw request, a proxy capture, an ``.http`` file) and a log's ``auth header:``
/ ``authorization header=`` readout. Its value is a generated token, bare
(``Authorization: 2f72fc...``, the API key as the whole header) or after one scheme word
(``Bearer``, ``Token``, a vendor's own ``WencoKey``/``SSWS``).
"""

from __future__ import annotations

import re

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets.entropy import is_hex
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import classify, words
from redactor.detect.secrets.values import UUID, generated
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_NAME = r"[A-Za-z][\w\-]{0,60}"
_FLAG = with_first_chars(
    re.compile(
        r"(?<![\w-])(?:-H|--header)(?:[ \t]+|=)(?P<q>['\"])[ \t]*(?P<name>" + _NAME + r")[ \t]*:[ \t]*"
        r"(?P<v>[^\s'\"]{16,300})[ \t]*(?P=q)"
    )
)
"""``curl -H 'name: value'``, ``--header="name: value"``."""
_SETTER = with_first_chars(
    re.compile(
        r"(?i)(?:header|headers|setrequestheader|defaultrequestheaders)(?:\.(?:set|add|put|append))?[ \t]*\("
        r"[ \t]*(?P<q1>['\"])(?P<name>" + _NAME + r")(?P=q1)[ \t]*,[ \t]*(?P<q>['\"])(?P<v>[^\s'\"]{16,300})(?P=q)"
    )
)
"""``.header("name", "value")``, ``setRequestHeader(...)``, ``req.Header.Set(...)``, ``headers.put(...)``."""
_DICT = with_first_chars(re.compile(r"(?i)(?<![\w-])headers['\"]?[ \t]*(?:=|:|=>)[ \t]*(?:new[ \t]+\w+)?[ \t]*[{\[]"))
"""The opening of a ``headers`` dict or object literal."""
_ENTRY = re.compile(
    r"(?P<q1>['\"]?)(?P<name>" + _NAME + r")(?P=q1)[ \t]*(?::|=>|,)[ \t]*(?P<q>['\"])(?P<v>[^\s'\"]{16,300})(?P=q)"
)
_INDEXED = with_first_chars(
    re.compile(
        r"(?i)headers(?:\.\w+|\[[ \t]*['\"]\w+['\"][ \t]*\])*?\[[ \t]*(?P<q1>['\"])(?P<name>" + _NAME + r")(?P=q1)"
        r"[ \t]*\][ \t]*=[ \t]*(?P<q>['\"])(?P<v>[^\s'\"]{16,300})(?P=q)"
    )
)
"""``req.headers["name"] = "value"``, ``axios.defaults.headers.common['name'] = '...'``, PHP ``$headers[...]``."""
_REQUEST_LINE = with_first_chars(
    re.compile(r"(?m)^[ \t]*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)[ \t]+\S+[ \t]+HTTP/[\d.]+[ \t]*\r?$")
)
"""The first line of a raw HTTP request (a proxy capture, a log, an ``.http`` file)."""
_HEADER_LINE = re.compile(r"[ \t]*(?P<name>" + _NAME + r")[ \t]*:[ \t]*(?P<v>[^\r\n]{0,4000}?)[ \t]*\r?")
_MAX_HEADER_LINES = 60
_HTTPIE = with_first_chars(re.compile(r"(?m)^[ \t]*(?:\$[ \t]+)?(?:https?|xh|xhs)[ \t][^\n]*"))
"""An HTTPie/xh command line; its ``Name:value`` arguments are request headers."""
_HTTPIE_CUE = re.compile(r"(?:https?|xhs?)[ \t]")
"""A literal every `_HTTPIE` line holds: the multi-line search runs only where one occurs."""
_HTTPIE_HEADER = re.compile(
    r"(?<=[ \t])(?P<q>['\"]?)(?P<name>" + _NAME + r"):(?P<v>[^\s'\"=:/][^\s'\"]{15,299})(?P=q)(?=[ \t]|$)"
)
_HAR_NAME = re.compile(r"[\"']name[\"'][ \t]*:[ \t]*[\"'](?P<name>" + _NAME + r")[\"']")
_DICT_SPAN = 600
_AUTH_LINE = with_first_chars(
    re.compile(
        r"(?im)(?:^[ \t]*(?:proxy-)?authorization[ \t]*:|\b(?:auth|authorization)[ \t]+header[ \t]*[:=])[ \t]*"
        r"(?:(?P<scheme>[A-Za-z][A-Za-z0-9\-]{1,30})[ \t]+)?(?P<v>[^\s'\"`,;:]{16,300})(?=[\s'\"`,;]|$)"
    )
)
"""An ``Authorization`` header line (``Authorization: <token>``, ``Authorization: AcmeKey <token>``)
and a log's ``auth header: <scheme> <token>``; an ``id:secret`` pair is the pair rules' (no colon)."""
_AUTH_CUE = re.compile(r"(?i)authorization|auth[ \t]+header")
_NOT_SECRET_WORDS = frozenset(
    {
        *("request", "trace", "traceparent", "tracestate", "span", "parent", "correlation", "idempotency"),
        *("message", "nonce", "etag", "match", "none", "digest", "sha", "sha256", "md5", "checksum", "hash"),
        *("signature", "content", "cache", "date", "timestamp", "time", "accept", "agent", "host", "origin"),
        *("referer", "cookie", "range", "delivery", "event", "version", "hub", "fingerprint", "device"),
        *("install", "installation", "session", "transaction", "b3", "sampled", "forwarded", "real", "ip"),
    }
)
"""Words of headers whose values are random by nature or are not credentials."""
_ID_WORDS = frozenset({"id", "ids", "uid", "guid"})


def _secret_header(name: str, value: str) -> bool:
    ws = words(name)
    if not ws or any(w in _NOT_SECRET_WORDS for w in ws) or classify(name) is not None:
        return False
    if "://" in value or value.startswith(("/", "sha", "W/")) or UUID.fullmatch(value) or not generated(value):
        return False
    if any(w in _ID_WORDS for w in ws):
        mixed = any(c.isupper() for c in value) and any(c.islower() for c in value)
        return len(value) >= 24 and mixed and any(c.isdigit() for c in value) and not is_hex(value)
    return True


def scan(text: str, low: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of each generated vendor header value in `text` (`low`: ``text.lower()``;
    each carrier's search runs only when its literal occurs)."""
    low = text.lower() if low is None else low
    out: list[tuple[int, int]] = []
    flags = "-h" in low
    named = "header" in low
    for rx in (_FLAG, _SETTER, _INDEXED) if flags or named else ():
        if (rx is _FLAG and not flags) or (rx is not _FLAG and not named):
            continue
        for m in rx.finditer(text):
            if _secret_header(m.group("name"), m.group("v")):
                out.append(m.span("v"))
    for r in _REQUEST_LINE.finditer(text) if " HTTP/" in text else ():
        pos = r.end() + 1
        for _ in range(_MAX_HEADER_LINES):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            h = _HEADER_LINE.fullmatch(text, pos, end)
            if h is None:
                break  # a blank line (the body follows) or not a header
            v = h.group("v")
            if 16 <= len(v) <= 300 and not any(c.isspace() for c in v) and _secret_header(h.group("name"), v):
                out.append(h.span("v"))
            pos = end + 1
    for m in _AUTH_LINE.finditer(text) if ("auth" in low and _AUTH_CUE.search(text)) else ():
        if generated(m.group("v")) and "://" not in m.group("v"):
            out.append(m.span("v"))
    for line in _HTTPIE.finditer(text) if _HTTPIE_CUE.search(text) else ():
        for m in _HTTPIE_HEADER.finditer(text, line.start(), line.end()):
            if _secret_header(m.group("name"), m.group("v")):
                out.append(m.span("v"))
    for d in _DICT.finditer(text) if named else ():
        close = "}" if text[d.end() - 1] == "{" else "]"
        stop = text.find(close, d.end(), d.end() + _DICT_SPAN)
        for m in _ENTRY.finditer(text, d.end(), stop if stop > 0 else min(len(text), d.end() + _DICT_SPAN)):
            name = m.group("name")
            if name.lower() in ("name", "value"):
                har = _HAR_NAME.search(text, text.rfind("{", d.start(), m.start()) + 1, m.start())
                if name.lower() == "name" or har is None:
                    continue
                name = har.group("name")  # a HAR header: ``{"name": "x-request-id", "value": "..."}``
            if _secret_header(name, m.group("v")):
                out.append(m.span("v"))
    return out


class VendorHeaderDetector(ViewScanDetector):
    """Generated values of request headers not named as keys (``secret.http.header``)."""

    name = "secret.http.header"
    prefilter: tuple[str, ...] = ("-h", "header", "http", "authorization")

    def find(self, view: EscapeView) -> list[Hit]:
        return [(s, e, 0.8) for s, e in scan(view.text, view.lower)]
