"""Random-looking values where only weak context stands: ``secret.generic.scored``.

Many secrets are assigned under keys no rule names (``rootUser``, Terraform ``id``/``result``,
``passwordsalt``), sit in Markdown table cells, SQL ``VALUES`` tuples, URL paths and query
strings, or are a command's positional argument. The token itself must then carry the evidence:
`randomness.score` (a learned model of character statistics) says how likely it is random, and
the place's context moves the bar:

- a secret-ish key, column or row label (``secret``, ``salt``, ``seed``, ``cookie``...) lowers it;
- a key that names an id, hash, digest, version, nonce, commit, etag, checksum, path or name
  raises it (an ``id`` can still hold a credential, but only a very random one);
- hex needs a secret-ish key (content hashes are everywhere), and UUIDs, digests in hash
  context, versions, paths, e-mail addresses, dates, packages and colours never count
  (`randomness.known_shape`).

Cheap on text without candidates: one regex pass for runs of 16+ token characters, and only
runs with two character classes (`randomness.gate`) are placed and scored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets import randomness_data
from redactor.detect.secrets.entropy import is_hex, wordiness
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import Strength, classify, words
from redactor.detect.secrets.object_refs import object_version
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.randomness import gate, known_shape, score
from redactor.detect.secrets.values import identifier_like, is_reference
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector


def _words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of `text` (word lists read better as text)."""
    return tuple(text.split())


TOKEN = re.compile(r"[A-Za-z0-9_+/=.~%&\-]{16,}")
"""A run of token characters; the candidates are cut from these (`_pieces`)."""
_TRIM = ".,;:~&"
_QUOTES = "\"'`"
_AFTER_OPERATOR = " \t\"'`bruf"
"""What may follow the operator at the end of a `_KEY_BEFORE` or `_ANNOTATED` match."""

_KEY_BEFORE = re.compile(
    r"""(?P<k>(?:(?<![\w.\-$@])[A-Za-z]{2,20}\x20)?[A-Za-z_$@][\w.\-$@]{0,60})"""
    r"""["'`\]]{0,2}[ \t]*(?:=>|:=|=|:)[ \t]*["'`]?$"""
)
"""A key and its operator right before the value: ``k=``, ``"k": "``, ``'k' => '``, ``k: ``; a word
written before a key qualifies it (``Cache key: ...``, ``API key: ...``)."""
_ANNOTATED = re.compile(r"""(?P<k>[A-Za-z_]\w*)[ \t]*:[ \t]*[\w\[\], .|]{1,60}?[ \t]*=[ \t]*[bruf]?["'`]?$""")
"""A typed declaration, ``key: str = "..."``: the name is the key, not the type."""
_NAMED = with_first_chars(re.compile(r"""\bname["']?[ \t]*[:=][ \t]*["']?(?P<k>[\w.\-]{1,80})"""))
"""``android:name="X" android:value="..."``, ``name: X, value: ...``: the value's key is X."""
_SPACED_KEY = re.compile(r"""(?:^|[\s(\[{|,;"'`])(?P<k>[A-Za-z_][\w.\-]{1,40})[ \t]+["'`]?$""")
"""A key word, blanks, the value: ``api_key 4cde...``, ``access-token "..."`` (a secret-ish key only)."""
_PROMPT = re.compile(r"^[ \t]*(?:\$|PS [^>\n]{0,80}>|[\w.@-]+@[\w.-]+:[^$\n]{0,80}\$)[ \t]+")
_FLAG = re.compile(r"(?:^|[ \t])(?P<k>--?[A-Za-z][\w-]{0,40})(?:[ \t]+|=)$")
_CALL_BEFORE = re.compile(r"(?P<k>[A-Za-z_$][\w$]*)\([ \t]*(?:[^()\n]{0,200},[ \t]*)?[bruf]?[\"'`]$")
_HEX_PREFIX = re.compile(r"^(?:[A-Za-z0-9]{1,10}[-_])+|[-_][A-Za-z]{2,5}$")
_OBJECT_ID = re.compile(r"[a-z]{2,8}_[A-Za-z0-9]{14,32}")
"""Words around a hex body: ``i-0e60...``, cache keys ``v2-deps-<hex>``, ``go-Linux-<hex>``, a
``cf-ray`` (``<hex>-FRA``)."""
_VALUES = re.compile(r"(?i)\binsert[ \t\r\n]+(?:into[ \t\r\n]+)?[^;]{1,1000}?\bvalues(?=[ \t\r\n]*\()")
_COLUMNS = re.compile(r"\((?P<cols>[^()]{1,400})\)[ \t\n]*$")

EXTRA_SECRET_WORDS = frozenset(
    _words(
        """cred creds credential credentials salt seed pepper private signing signature sig cookie otp totp hotp mfa
        hmac material bearer cipher crypt encrypted pin webhook jwt psk passphrase passcode"""
    )
)
"""Head nouns (a key's last word) that say "credential" where `keys.classify` (which judges key,
token, secret, password, api, auth and access names, vetoes included) has nothing to say:
``totp_seed``, ``key material``; not ``PrivateVirtualInterface`` or ``CodeSigningConfig``."""
_SECRET_ENDINGS = ("pass", "password", "passwd", "secret", "token", "salt", "seed", "pepper", "cookie")
"""Glued words end so: ``passwordsalt``, ``rootpass``, ``authtoken``."""
_PUBLIC_WORDS = frozenset({"public", "publishable", "pub", "recipient", "recipients"})
_CLASSIFIED_WORDS = frozenset(
    _words("""key keys token tokens secret secrets password passwd pass pwd apikey auth credential credentials""")
)
"""Words `keys.classify` judges: when it rejects a key holding one, its veto stands."""
ID_WORDS = frozenset(
    {"id", "ids", "uuid", "guid", "oid", "kid", "arn", "number", "no", "num", "tracking", "address", "addr"}
)
"""A key ending so names an identifier: a client id, a record id, a tracking number are not secrets
even when random (the rare credential under ``id``, a Terraform resource's, is left alone); an
address (``SS58 Address:``, ``wallet_address``, ``deposit_addr``) is where funds or mail go, public
by design."""
HASHY_WORDS = frozenset(
    _words(
        """hash hashes sha md5 digest checksum integrity etag commit version rev revision nonce iv mac build request
        trace span object fingerprint thumbprint cache lock resolved href src url uri path file filename name class
        type ref tag node image layer blob tree parent head anchor slug title label sum mapping map region zone count
        size length format mode kind index cursor page next continuation offset marker"""
    )
)
"""A key with one of these words names a hash, reference or name (the bar rises)."""
HASHY_BEFORE = re.compile(
    r"(?i)(?:^|[^a-z])(?:ids?|uuid|guid|hash(?:es)?|sha\d*|md5|digests?|checksums?|integrity|etag|commit|version"
    r"|rev(?:ision)?|nonce|build|request|trace|fingerprint|cache|lock|resolved|gpg|pgp)(?:$|[^a-z])"
)
"""The same words in the text before a value that has no key."""


def key_evidence(key: str) -> tuple[bool, bool, bool]:
    """(secret-ish, hashy, identifier) for a key, label or column name; for words written apart
    (a column header and a row label, a sentence above a value) any word's evidence counts, and
    a sentence's words never make it an identifier."""
    parts = key.split("|") if "|" in key else key.split() if len(key.split()) > 3 else []
    if parts:
        found = [key_evidence(p) for p in parts]
        return any(f[0] for f in found), any(f[1] for f in found), "|" in key and any(f[2] for f in found)
    key = "_".join(key.split())
    ws = [w for w in words(key) if not w.isdigit()]
    if not ws:
        return False, False, False
    if any(w in _PUBLIC_WORDS for w in ws) or ws[-1] in ID_WORDS:
        return False, True, True  # a public or publishable key is meant to be seen; an id names
    if len(key) <= 2:
        return False, True, True  # ``e="..."``, ``t:``: minified code names nothing, random strings abound
    strength = classify(key)
    if strength is None and any(w in _CLASSIFIED_WORDS for w in ws):
        return False, True, True  # keys.classify vetoed a key/token/secret name: ``max_tokens``, ``FILE_KEY``
    strong = strength is not None and strength is not Strength.KEY  # a bare ``key`` says little (Pusher's app key)
    head = ws[-1]
    secret = strong or head in EXTRA_SECRET_WORDS or head.endswith(_SECRET_ENDINGS)
    hashy = ws[-1] in HASHY_WORDS or (strength is None and any(w in HASHY_WORDS for w in ws))
    return secret, hashy, False


@dataclass(frozen=True)
class Candidate:
    """A token in a place, with the words that qualify it (its repr shows offsets and kind only).

    Attributes:
        start: view offset of the token.
        end: view offset after it.
        kind: ``kv``, ``spaced``, ``cell``, ``sql``, ``url``, ``cli``, ``literal`` or ``line``.
        key: the key, flag, column or callee that names the value ("" when none).
        before: the text before the token on its line (at most 300 characters).
    """

    start: int
    end: int
    kind: str
    key: str = field(repr=False)
    before: str = field(repr=False)


class ScoredValueDetector(ViewScanDetector):
    """Random-looking values in assignment-like places, by a learned randomness score."""

    name = "secret.generic.scored"
    prefilter: tuple[str, ...] = ()

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of every accepted value, in view offsets."""
    text = view.text
    out: list[tuple[int, int, float]] = []
    for c in candidates(text):
        p = decide(text[c.start : c.end], c)
        if p is not None:
            out.append((c.start, c.end, p))
    return out


def _strong(key: str) -> bool:
    """A key (or a column/label part of one) that `keys.classify` calls a password, token or secret."""
    parts = key.split("|") if "|" in key else ["_".join(key.split())] if len(key.split()) <= 3 else key.split()
    return any(classify(p) not in (None, Strength.KEY) for p in parts if p)


def context_class(token: str, c: Candidate) -> str | None:
    """Which threshold applies to `token` at `c` (a key of `randomness_data.THRESHOLDS`), or None
    when the token can never count here: a known non-secret shape, a placeholder, an identifier
    or a reference, a value under an id or public key, hex without a secret-ish key, and a value
    assigned to a key `keys.classify` names (``API_KEY=...``): `secret.generic.assignment` judges
    those, and where it declines (a client-side key, a cache key) its judgement stands."""
    if not gate(token) or known_shape(token, c.key + " " + c.before[-40:]) is not None:
        return None
    if is_placeholder(token) or identifier_like(token):
        return None
    if is_reference(token, quoted=True) or "ENC[" in c.before:
        return None  # a path, URL, call or public value; a SOPS-encrypted field's parts
    if object_version(c.before):
        return None  # .vault.azure.net/secrets/db-password/<version>: a stored secret's version id
    key = c.key
    if c.kind == "kv" and classify(key) is not None:
        return None  # secret.generic.assignment judges values of secret-named keys (its vetoes stand)
    if key:
        secret, hashy, ident = key_evidence(key)
        if ident:
            return None
    else:
        secret, hashy = False, HASHY_BEFORE.search(c.before[-40:]) is not None
    if c.kind in ("url", "line") and not secret:
        return None  # URL paths hold ids and content addresses; a lone line needs a credential word above
    if is_hex(_HEX_PREFIX.sub("", token).replace("-", "")) and not (_strong(key) and not hashy):
        return None  # content hashes and ids (``i-0e60...``) are everywhere: hex needs a key classify calls strong
    if hashy or (not secret and _OBJECT_ID.fullmatch(token)):
        return "hashy"  # ``price_1c8w...``, ``ch_3M77...``: an API object's id unless a key says secret
    return "secret" if secret else "neutral"


def decide(token: str, c: Candidate) -> float | None:
    """The span score when `token` at `c` is taken as a secret, else None."""
    cls = context_class(token, c)
    if cls is None:
        return None
    return 0.7 if score(token) >= randomness_data.THRESHOLDS[cls] else None


# --- places ------------------------------------------------------------------------------------


def candidates(text: str) -> list[Candidate]:
    """Every gated token of `text` that stands in a place this detector reads."""
    out: list[Candidate] = []
    low = ""
    for m in TOKEN.finditer(text):
        for s, e, inner_key in _pieces(text, m.start(), m.end()):
            if not gate(text[s:e]):
                continue
            if not low:
                low = text.lower()
                sql_ok = "values" in low and "insert" in low
                command = "command" in low
            c = _place(text, s, e, inner_key, sql_ok=sql_ok, command=command)
            if c is not None:
                out.append(c)
    return out


def _pieces(text: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """Cut a run into values: a ``k=v`` run gives ``v`` keyed by ``k``; a URL or path run gives
    its segments (keyed by the segment before); anything else is one value, trimmed of trailing
    sentence punctuation."""
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    while s < e and text[s] in _TRIM:
        s += 1
    run = text[s:e]
    eq = run.find("=")
    if 0 < eq < len(run) - 3 and run[eq + 1] != "=":
        key = run[:eq]
        if key.replace("_", "").replace("-", "").replace(".", "").isalnum() and not key.isdigit():
            return [(p, q, key) for p, q, _ in _pieces(text, s + eq + 1, e)]
    if "&" in run and "=" in run:
        out: list[tuple[int, int, str]] = []
        pos = s
        for part in run.split("&"):
            if part:
                out.extend(_pieces(text, pos, pos + len(part)))
            pos += len(part) + 1
        return out
    if run.startswith("//") or (run.count("/") >= 2 and _pathy(run)):
        out = []
        pos = s
        prev = ""
        for seg in run.split("/"):
            if len(seg) >= 16:
                out.append((pos, pos + len(seg), "/" + prev))
            prev = seg
            pos += len(seg) + 1
        return out
    return [(s, e, "")]


def _pathy(run: str) -> bool:
    """A run of path segments, most of them words, names or short (not base64 with slashes)."""
    segs = [x for x in run.split("/") if x]
    if "+" in run or not segs:
        return False
    plain = sum(len(x) <= 3 or "." in x or "-" in x or "_" in x or wordiness(x) >= 0.5 for x in segs)
    return plain * 3 >= 2 * len(segs)


def _place(text: str, s: int, e: int, inner_key: str, *, sql_ok: bool, command: bool) -> Candidate | None:
    line_start = text.rfind("\n", 0, s) + 1
    before = text[max(line_start, s - 300) : s]
    if inner_key.startswith("/"):
        return Candidate(s, e, "url", inner_key[1:], before)
    if inner_key:
        return Candidate(s, e, "kv", inner_key, before)
    near = before[-100:]
    # both end in an operator and then only blanks, a string prefix and a quote: a pre-check
    m = (_ANNOTATED.search(near) or _KEY_BEFORE.search(near)) if near.rstrip(_AFTER_OPERATOR)[-1:] in "=:>" else None
    if m is not None:
        key = m.group("k")
        if key.rsplit(":", 1)[-1].lower() == "value":
            named = _NAMED.search(before)
            key = named.group("k") if named is not None else key
        return Candidate(s, e, "kv", key, before)
    spaced = _SPACED_KEY.search(near) if near.rstrip(_QUOTES)[-1:] in (" ", "\t") else None
    if spaced is not None and key_evidence(spaced.group("k"))[0]:
        return Candidate(s, e, "spaced", spaced.group("k"), before)
    line_end = text.find("\n", e)
    after = text[e : line_end if line_end >= 0 else len(text)]
    stripped = before.rstrip("` \t")
    if stripped.endswith("|") and after.lstrip("` \t").startswith("|"):
        return Candidate(s, e, "cell", _cell_label(text, line_start, s), before)
    quote = text[s - 1] if s > 0 and text[s - 1] in _QUOTES else ""
    if quote and text.startswith(quote, e):
        sql = _sql_column(text, s) if sql_ok else None
        if sql is not None:
            return Candidate(s, e, "sql", sql, before)
        call = _CALL_BEFORE.search(before)
        if call is not None:
            return Candidate(s, e, "literal", call.group("k"), before)
    if _PROMPT.match(before) or (command and _command_line(text, line_start)):
        flag = _FLAG.search(before)
        return Candidate(s, e, "cli", flag.group("k") if flag else "", before)
    if not before.strip() and not after.strip() and not _blob_neighbour(text, line_start, line_end):
        return Candidate(s, e, "line", _line_above(text, line_start), before)
    return None


def _line_above(text: str, line_start: int) -> str:
    """The last non-blank line before `line_start` (at most 200 characters of its end)."""
    pos = line_start - 1
    while pos > 0:
        start = text.rfind("\n", 0, pos) + 1
        line = text[start:pos].strip()
        if line:
            return line[-200:]
        pos = start - 1
    return ""


def _command_line(text: str, line_start: int) -> bool:
    """The line is inside a JSON ``"command": "..."`` value (agent tool calls)."""
    head = text[max(0, line_start - 2000) : line_start + 40]
    return '"command": "' in head or "'command': '" in head


def _blob_neighbour(text: str, line_start: int, line_end: int) -> bool:
    """The line above or below is also one long token: a base64 block (certificate, PGP, data)."""
    prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    prev = text[prev_start : max(prev_start, line_start - 1)].strip()
    nxt_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
    nxt = text[line_end + 1 : nxt_end if nxt_end >= 0 else len(text)].strip() if line_end >= 0 else ""
    return any(len(x) >= 40 and " " not in x for x in (prev, nxt))


def _cell_label(text: str, line_start: int, s: int) -> str:
    """The row's first cell and the column's header, joined: the words that name a table value."""
    row = text[line_start:s]
    cells = row.split("|")
    label = cells[1].strip() if len(cells) > 2 and not cells[0].strip() else cells[0].strip()
    col = row.count("|") - (0 if row.lstrip().startswith("|") is False else 1)
    header = ""
    pos = line_start
    for _ in range(40):
        if pos <= 0:
            break
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start : pos - 1]
        if "|" not in line:
            break
        header = line
        pos = prev_start
    if header and not set(header.replace("|", "").strip()) <= set("-: "):
        hcells = [x.strip() for x in header.strip().strip("|").split("|")]
        if 0 <= col < len(hcells):
            return f"{hcells[col]}|{label}"
    return label


def _sql_column(text: str, s: int) -> str | None:
    """For a string literal inside an SQL ``VALUES`` tuple: its column's name ("" if unknown)."""
    window = text[max(0, s - 3000) : s]
    vm = None
    for vm in _VALUES.finditer(window):  # noqa: B007  # the last match is the one wanted
        pass
    if vm is None or ";" in window[vm.end() :]:
        return None
    cols = _COLUMNS.search(window, vm.start(), vm.end() - len("values"))
    names = [c.strip().strip('`"[]') for c in cols.group("cols").split(",")] if cols else []
    tup = window.rfind("(")
    if tup < vm.end():
        return None
    index = _literal_index(window[tup + 1 :])
    return names[index] if 0 <= index < len(names) else ""


def _literal_index(inside: str) -> int:
    """How many top-level commas precede the end of `inside` (quotes respected)."""
    quote = ""
    commas = 0
    for ch in inside:
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == ",":
            commas += 1
    return commas
