"""Secrets with no key name, found by where they stand: the context says "credential".

Agents see many credentials that no ``KEY=`` precedes:

- a key handed to an SDK constructor or init call: ``vt.Client("...")``, ``rollbar.init('...')``,
  ``TodoistAPI("...")``, ``Client('sid', 'secret')``;
- a token given to a CLI subcommand: ``shodan init <key>``, ``ngrok config add-authtoken <t>``;
- a command that prints a secret, and its one-line output: ``$ cat token.txt``,
  ``$ kubectl get secret x -o jsonpath='{.data.password}' | base64 -d``;
- a token in a URL path after ``/inputs/``, ``/hooks/``, ``/webhook/``, ``/bot``;
- values inside a Kubernetes ``Secret``'s ``data:`` / ``stringData:``;
- a random token in a sentence that calls it a key, token, secret or credential: "Note:
  `KcSZ...` is a live credential", "the pixabay key (61928963-ce56...)".

Each value must itself look generated (or, for the two structural cases, be inside a secret
container), so names, versions, hashes and identifiers next to the same words are left alone.
"""

from __future__ import annotations

import base64
import binascii
import re

from redactor.detect.secrets.entropy import classes, is_hex, looks_random, shannon, wordiness
from redactor.detect.secrets.escapes import EscapeView, ViewCache
from redactor.detect.secrets.keys import Strength, classify
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.recur import with_recurrences
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.secrets.values import UUID, accept, identifier_like, structured
from redactor.detect.span import Span

_HASHY = re.compile(
    r"(?i)hash|sha\d*|md5|digest|checksum|\bcommits?\b|fingerprint|(?:\b|_)ids?\b|integrity|etag|nonce"
    r"|request[ _-]?id|trace|span[ _-]?id|uuid|guid|object[ _-]?id|\boid\b|revision|\brev\b|build|cache"
    r"|lockfile|salt|gpg|pgp|signature|\brsa\b|ecdsa|eddsa|ed25519"
)


def generated(value: str, *, hex_ok: bool = True, min_len: int = 16) -> bool:
    """A value that looks machine-generated: long random mixed characters, or long hex.

    `min_len` is 16 unless the context is strong (a token in backticks next to "credential").
    """
    n = len(value)
    if n < min_len or n > 300 or UUID.fullmatch(value):
        return False
    if is_placeholder(value) or identifier_like(value) or structured(value):
        return False
    if value.startswith(("pk_live_", "pk_test_", "publishable")):
        return False  # publishable keys are meant to be public
    if is_hex(value):
        return hex_ok and n >= 32
    digits = any(c.isdigit() for c in value)
    lower = any(c.islower() for c in value)
    upper = any(c.isupper() for c in value)
    if not digits and not (lower and upper):
        return False  # one case, no digit: a word, a constant name
    if not (lower or upper):
        return False
    return looks_random(value, min_len=min_len, min_entropy=3.3) or (
        not digits and shannon(value) >= 3.3 and wordiness(value) < 0.4
    )


# --- SDK constructors and init calls ---------------------------------------------------------

_CALL = re.compile(
    r"(?P<callee>[A-Za-z_$][\w$]*)\((?:[ \t]*(?P<q0>[\"'])[^\"'\n]{1,100}(?P=q0)[ \t]*,)?"
    r"[ \t]*(?P<q>[\"'])(?P<v>[^\"'\s]{16,300})(?P=q)"
)
_CLIENTISH = re.compile(
    r"(?i)(?:client|api|sdk|init|initiali[sz]e|configure|connect|login|auth|authenticate|translator|geocoder?"
    r"|gateway|engine|set_?api_?key|set_?token|set_?key|with_?token|session)$"
)
_NOT_CLIENT = frozenset(
    [
        "id",
        "uuid",
        "guid",
        "hash",
        "digest",
        "checksum",
        "path",
        "url",
        "uri",
        "regex",
        "pattern",
        "date",
        "time",
        "datetime",
        "decimal",
        "color",
        "version",
        "buffer",
        "bytes",
        "image",
        "object",
        "compile",
        "match",
        "search",
        "format",
        "get",
        "print",
        "log",
        "assert",
        "equal",
        "equals",
    ]
)
_CALLEE_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def _sdk_args(text: str, out: list[tuple[int, int, float]]) -> None:
    for m in _CALL.finditer(text):
        callee = m.group("callee")
        parts = _CALLEE_WORDS.findall(callee)
        if not parts or parts[-1].lower() in _NOT_CLIENT or parts[0].lower() in ("get", "print", "assert"):
            continue
        if not (_CLIENTISH.search(callee) or (callee[0].isupper() and not callee.isupper())):
            continue
        if generated(m.group("v")):
            out.append((*m.span("v"), 0.75))


# --- CLI subcommands that take a token -------------------------------------------------------

_CLI_TOKEN = re.compile(
    r"(?i)(?<![\w-])(?:init|login|auth|authenticate|authorize|authorise|add-authtoken|set-token|set-key|authtoken)"
    r"[ \t]+(?P<v>[A-Za-z0-9][A-Za-z0-9_\-.]{15,199})(?:[ \t]+(?P<v2>[A-Za-z0-9][A-Za-z0-9_\-.+/=]{15,199}))?"
    r"(?=[ \t]*(?:$|\n|[|;&\"'}]))"
)


def _cli_tokens(text: str, out: list[tuple[int, int, float]]) -> None:
    for m in _CLI_TOKEN.finditer(text):
        second = m.group("v2") is not None and generated(m.group("v2"))
        if second:
            out.append((*m.span("v2"), 0.75))
        v = m.group("v")
        if generated(v) or (second and _key_id(v)):
            out.append((*m.span("v"), 0.75))


def _key_id(value: str) -> bool:
    """The id before a generated key (``b2 account authorize <keyId> <key>``): 20+ characters,
    letters and digits, no word."""
    return (
        len(value) >= 20
        and value.isalnum()
        and any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
        and wordiness(value) < 0.3
    )


# --- commands that print a secret ------------------------------------------------------------

_PROMPT_LINE = re.compile(
    r"(?m)(?:^|(?<=\": \"))[ \t]*(?:\$|PS [^>\n]{0,200}>|>>>?)[ \t]+(?P<cmd>[^\n]+)\n(?P<out>[^\n]*)(?=\n|$)"
)
_SECRET_CMD = re.compile(r"(?i)token|secret|passw|pwd|api[_-]?key|apikey|credential|\.key\b|private|access[_-]?key")
_PASSWORD_CMD = re.compile(r"(?i)passw|pwd")
_DIGEST_STAGE = re.compile(r"\|[ \t]*(?:wc|sha\d*sum|md5sum|cksum|shasum|b2sum|jq[ \t]+length|grep[ \t]+-c)\b[^|]*$")
_NEXT_IS_OUTPUT = re.compile(r"\n[ \t]*(?!\$|PS |>)\S")


def _printed_secrets(text: str, out: list[tuple[int, int, float]]) -> None:
    for m in _PROMPT_LINE.finditer(text):
        cmd, value = m.group("cmd"), m.group("out").strip()
        if text.startswith('": "', m.start() - 4) and value.endswith(('"}', '"]', '"')):
            value = value.rstrip("]}").removesuffix('"')  # the end of the JSON string that held the session
        if not value or any(c.isspace() for c in value) or not _SECRET_CMD.search(cmd):
            continue
        if _DIGEST_STAGE.search(cmd) or _NEXT_IS_OUTPUT.match(text, m.end()):
            continue  # a digest of the secret, or more than one line of output
        strength = Strength.PASSWORD if _PASSWORD_CMD.search(cmd) else Strength.STRONG
        if accept(value, strength, quoted=True):
            start = m.start("out") + m.group("out").index(value)
            out.append((start, start + len(value), 0.8))


# --- tokens in URL paths ---------------------------------------------------------------------

_PATH_TOKEN = re.compile(
    r"(?<!arn:)/(?P<seg>inputs|hooks?|webhooks?|catch|tokens?|keys?|apikey|api[_-]key|secrets?|bot|v[1-9])/?"
    r"(?P<v>(?<=/)[A-Za-z0-9_\-:]{20,200}|(?<=bot)\d{6,12}:[A-Za-z0-9_\-]{30,})(?=[/?#\s\"'<>]|$)"
)


def _url_paths(text: str, out: list[tuple[int, int, float]]) -> None:
    for m in _PATH_TOKEN.finditer(text):
        v = m.group("v")
        seg = m.group("seg")
        if seg[0] == "v" and seg[1:].isdigit():
            # RPC/API endpoints that carry the key as the last path segment: ``.../v2/<key>``
            if len(v) >= 24 and not text.startswith("/", m.end("v")) and not UUID.fullmatch(v) and generated(v):
                out.append((*m.span("v"), 0.75))
            continue
        hook = seg in ("inputs", "hook", "hooks", "webhook", "webhooks", "catch")
        if (hook and UUID.fullmatch(v)) or generated(v):
            out.append((*m.span("v"), 0.75))


# --- Authorization scheme words ---------------------------------------------------------------

_BEARER = re.compile(r"(?<![A-Za-z])(?:Bearer|bearer|BEARER)[ \t]+(?P<v>[A-Za-z0-9._~+/\-]{16,}=*)(?![\w.~+/=\-])")
_BASIC = re.compile(r"(?<![A-Za-z])Basic[ \t]+(?P<v>[A-Za-z0-9+/]{8,}={0,2})(?![\w+/=\-])")


def _basic_credentials(value: str) -> bool:
    """Base64 of ``user:password`` with a non-placeholder password."""
    try:
        raw = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        return False
    user, sep, password = raw.partition(":")
    return bool(sep and user and raw.isprintable()) and len(password) >= 3 and not is_placeholder(password)


def _scheme_tokens(text: str, low: str, out: list[tuple[int, int, float]]) -> None:
    """``Bearer <token>`` and ``Basic <base64 user:pass>`` wherever they stand: a header set in
    nginx (``proxy_set_header Authorization "Bearer x"``), a YAML value, a code string. The
    scheme word says "credential" whatever the key or carrier."""
    if "bearer" in low:
        for m in _BEARER.finditer(text):
            if accept(m.group("v"), Strength.STRONG, quoted=True):
                out.append((*m.span("v"), 0.8))
    if "basic " in low:
        out.extend((*m.span("v"), 0.8) for m in _BASIC.finditer(text) if _basic_credentials(m.group("v")))


# --- two-column tables: | password | X | ---------------------------------------------------------

_TABLE_ROW = re.compile(
    r"(?m)^[ \t]*\|?[ \t]*\**(?P<k>[A-Za-z][\w .-]{1,40}?)\**[ \t]*\|[ \t]*`?(?P<v>[^|\s`]{3,200})`?[ \t]*(?:\||$)"
)


def _table_rows(text: str, out: list[tuple[int, int, float]]) -> None:
    """A Markdown or psql row whose label names a credential: ``| Password | X |``,
    ``api_token | X``. A password value needs a digit or symbol (``| pass | fail |`` is a test
    result); other strengths need a generated value."""
    for m in _TABLE_ROW.finditer(text):
        strength = classify(m.group("k").strip().replace(" ", "_"))
        v = m.group("v")
        if strength is None or not any(c.isalpha() for c in v):
            continue
        if strength is Strength.PASSWORD and not any(not c.isalpha() for c in v):
            continue
        if accept(v, strength, quoted=True):
            out.append((*m.span("v"), 0.75))


# --- session cookies ---------------------------------------------------------------------------

_SESSION_COOKIE = re.compile(
    r"(?i)(?<![\w.-])(?P<k>[\w.-]{0,40}(?:sess(?:ion)?(?:[_-]?(?:id|key|token))?|sid|auth))[\"']?[ \t]*"
    r"(?:=|:[ \t]*[\"'])(?P<v>[A-Za-z0-9%._+/:-]{16,400})"
)


def _cookie_lines(text: str, low: str) -> list[tuple[int, int]]:
    """(start, end) of each line that mentions a cookie or passes ``curl -b``."""
    lines: set[tuple[int, int]] = set()
    for cue in ("cookie", " -b "):
        pos = low.find(cue)
        while pos >= 0:
            start = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", pos)
            lines.add((start, end if end >= 0 else len(text)))
            pos = low.find(cue, pos + len(cue))
    return sorted(lines)


def _session_cookies(text: str, low: str, out: list[tuple[int, int, float]]) -> None:
    """A session cookie's value on a line about cookies (``Cookie:``, ``Set-Cookie:``, ``curl -b``
    ``--cookie``, ``cookies={...}``): whoever holds it is logged in."""
    for start, end in _cookie_lines(text, low):
        for m in _SESSION_COOKIE.finditer(text, start, end):
            v = m.group("v").rstrip(".:/")
            if shannon(v) >= 3.0 and classes(v) >= 2 and not is_placeholder(v) and not identifier_like(v):
                out.append((m.start("v"), m.start("v") + len(v), 0.75))


# --- Kubernetes Secret data ------------------------------------------------------------------

_DATA_BLOCK = re.compile(r"(?m)^(?P<ind>[ \t]*)(?:data|stringData):[ \t]*\n")
_DATA_ITEM = re.compile(r"(?P<ind>[ \t]+)[\w.\-]+:[ \t]*(?P<v>[^\s#][^\n]*?)[ \t]*(?=\n|$)")


def _k8s_secret(text: str, out: list[tuple[int, int, float]]) -> None:
    for block in _DATA_BLOCK.finditer(text):
        outer = len(block.group("ind"))
        pos = block.end()
        while True:
            item = _DATA_ITEM.match(text, pos)
            if item is None or len(item.group("ind")) <= outer:
                break
            v = item.group("v").strip("\"'")
            if len(v) >= 4 and not is_placeholder(v) and "{{" not in v:
                s = item.start("v") + item.group("v").index(v)
                out.append((s, s + len(v), 0.8))
            pos = item.end() + 1


# --- maps of key id to secret -----------------------------------------------------------------

_KEY_MAP = re.compile(
    r"(?im)(?:^|(?<=\": \"))(?P<ind>[ \t]*)(?:api[_-]?)?(?:keys|secrets|credentials|key[_-]?pairs):[ \t]*\n"
)
_MAP_ITEM = re.compile(r"(?P<ind>[ \t]+)(?P<k>[\w.\-]{1,200}):[ \t]+[\"']?(?P<v>[^\s\"'#]{1,300})[\"']?[ \t]*(?=\n|$)")


def _generated_id(k: str) -> bool:
    """A map key that is itself a generated id (``APIKQNe2KYeuzFe``), not a name (``ServiceName1``)."""
    return (
        len(k) >= 10
        and k.isalnum()
        and classes(k) == 3
        and shannon(k) >= 3.0
        and not identifier_like(k.rstrip("0123456789"))
    )


def _key_maps(text: str, out: list[tuple[int, int, float]]) -> None:
    """``keys:`` / ``secrets:`` YAML maps whose entries are ``<key id>: <secret>`` (LiveKit,
    self-hosted API gateways): a generated value, and its key when that is generated too."""
    for block in _KEY_MAP.finditer(text):
        outer = len(block.group("ind"))
        pos = block.end()
        while True:
            item = _MAP_ITEM.match(text, pos)
            if item is None or len(item.group("ind")) <= outer:
                break
            if generated(item.group("v")):
                out.append((*item.span("v"), 0.8))
                k = item.group("k")
                if _generated_id(k):
                    out.append((*item.span("k"), 0.75))
            pos = item.end() + 1


# --- the id half of a token id/secret pair -----------------------------------------------------

_TOKEN_ID = re.compile(
    r"(?i)(?:token[_-]?id[\"']?[ \t]*[=:][ \t]*|--token-id(?:[ \t]+|=))[\"']?(?P<v>[A-Za-z0-9][A-Za-z0-9_\-]{15,99})"
    r"(?![\w\-])"
)
_TOKEN_SECRET = re.compile(r"(?i)token[_-]?secret")


def _token_pairs(text: str, out: list[tuple[int, int, float]]) -> None:
    """``MUX_TOKEN_ID=<uuid>`` / ``--token-id ak-...`` next to its ``TOKEN_SECRET``: the provider
    treats both halves as the credential (a token id alone, without a secret, is left alone)."""
    for m in _TOKEN_ID.finditer(text):
        v = m.group("v")
        if not _TOKEN_SECRET.search(text, max(0, m.start() - 300), min(len(text), m.end() + 300)):
            continue
        if UUID.fullmatch(v) or generated(v):
            out.append((*m.span("v"), 0.75))


# --- random tokens in sentences about credentials --------------------------------------------

_CANDIDATE = re.compile(r"(?<![\w\-./+=:@$%\\])(?P<v>[A-Za-z0-9][A-Za-z0-9_\-]{11,199})(?![\w\-/+=@\\]|\.\w)")
_SECRET_WORDS = re.compile(
    r"(?i)(?<![A-Za-z])(?:api[ _-]?key|apikey|key|token|secret|password|passwd|credentials?|passphrase)s?(?![a-z])"
)
"""Credential words, also as parts of a SCREAMING_SNAKE name (``DEEPSEEK_API_KEY``)."""


_SECRET_ROW_WORDS = re.compile(r"(?:pass|pwd|secret|token|key|cred)[\w .-]{0,20}?\**[ \t]*\|")
"""A credential word before a table cell border: the literal cue for `_table_rows`."""
_PUBLIC = re.compile(r"(?i)\b(?:public|publishable|pub)[ _-]?$")


def _prose_tokens(text: str, out: list[tuple[int, int, float]]) -> None:
    for m in _CANDIDATE.finditer(text):
        v = m.group("v")
        ticked = text.startswith("`", m.end()) and m.start() > 0 and text[m.start() - 1] == "`"
        if not generated(v, hex_ok=len(v) >= 32, min_len=12 if ticked else 16):
            continue
        a, b = m.span()
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", b)
        before = text[max(line_start, a - 100) : a]
        after = text[b : min(line_end if line_end >= 0 else len(text), b + 100)]
        words = [w for w in (*_SECRET_WORDS.finditer(before), *_SECRET_WORDS.finditer(after))]
        if not words or all(_PUBLIC.search(w.string, max(0, w.start() - 14), w.start()) for w in words):
            continue  # no credential word, or only "public key"
        if _HASHY.search(before) or _HASHY.search(after):
            continue
        if is_hex(v) and not _SECRET_WORDS.search(before[-40:]):
            continue
        out.append((a, b, 0.7))


# --- credentials named in a sentence ----------------------------------------------------------

_PROSE_PASSWORD = re.compile(
    r"(?i)\b(?:password|passphrase|passcode|pass ?word|pwd|pw)"
    r"(?:[ \t]+(?:for|of|on|to|del|della|dello|di|de|du|des|für|voor|van|do|da|para|pour|dla|för|til)"
    r"(?:[ \t]+[\w.@'-]+){1,5}?(?:[ \t]+(?:is|was|is now|will be|è|é|est|es|ist|är|er|je|jest)[ \t]+|[ \t]*:[ \t]+)"
    r"|[ \t]+(?:is|was|is now|will be)[ \t]+)[`\"']?(?P<v>[^\s`\"']{6,100})"
)
"""``the new password for the reporting user is X``, ``Temporary password for the VPN portal: X``:
a value that has letters and digits or symbols."""
_PROSE_PASSWORD_MORE = re.compile(
    r"(?i)(?:\b(?:with|using|use)[ \t]+(?:the[ \t]+)?(?:password|passphrase|pw|pwd)[ \t]+"
    r"|\b(?:user(?:name)?|login)[ \t]+[\w.@-]{1,64}[,;][ \t]+(?:pass(?:word)?|pw|pwd)[ \t:]+"
    r"|\b(?:creds|credentials|login)(?:[ \t]+(?:is|are)|[ \t]*[=:])[ \t]+[\w.@-]{1,64}(?:[ \t]+/[ \t]+|/|:)"
    r"|(?:\bmot[ \t]+de[ \t]+passe|\bcontrase[ñn]a|\bsenha|\bwachtwoord|\bhas[łl]o|\bl[öo]senord|\bsalasana"
    r"|\bparola|\bheslo|\bjelsz[óo]|\b[şs]ifre|\bkennwort|\bpassord|\badgangskode|\bpasswort|\bpalavra-passe"
    r"|\blozinka|\bgeslo|\bparool|\bslaptažod\w*|\bm[ậa]t[ \t]+kh[ẩa]u|\bkata[ \t]+sandi)\w{0,4}"
    r"(?:(?:[ \t]+[^\s:=]{1,24}){1,5}?(?:[ \t]+(?:est|es|é|è|ist|is|är|on|je|er|adalah|là|lautet)[ \t]*:?|[ \t]*:)"
    r"|(?:[ \t]+(?:est|es|é|è|ist|is|är|on|je|er|adalah|là|lautet))?[ \t]*[:=]?)[ \t]+)"
    r"[`\"'«“]?(?P<v>[^\s`\"',;/)»”]{6,100})"
)
"""``log in as deploy with password X``, ``user admin, pw X``, ``creds are admin / X``, and the
password word of other languages, inflected too (``mot de passe : X``, ``contraseña: X``,
``wachtwoord is X``, ``Lösenordet är X``, ``şifreniz: X``, ``Kennwort lautet X``,
``mot de passe temporaire pour l'intranet est : X``: a few words between, then a verb or colon)."""
_PROSE_PASSWORD_SCRIPT = re.compile(
    r"(?:パスワード|暗証番号|密码|密碼|口令|비밀번호|암호|(?i:пароль|парола|лозинка|κωδικός(?:[ \t]+πρόσβασης)?)"
    r"|סיסמה|סיסמא|كلمة[ \t]+(?:المرور|السر)|पासवर्ड|รหัสผ่าน)"
    r"[^\n]{0,30}?(?<![A-Za-z0-9!#$%&*+\-.=?@^_~])(?P<v>[A-Za-z0-9!#$%&*+\-.=?@^_~]{6,100})"
    r"(?![A-Za-z0-9!#$%&*+\-=?@^_~])"
)
"""The password word of languages not written in Latin letters, then a few particles or words
in that script (``パスワードは X です``, ``密码是 X``, ``пароль от VPN: X``, ``비밀번호는 X``): the value
is the first run of ASCII password characters."""
_SCRIPT_CUES = (
    "パスワード",
    "暗証番号",
    "密码",
    "密碼",
    "口令",
    "비밀번호",
    "암호",
    "пароль",
    "парола",
    "лозинка",
    "κωδικ",
    "סיסמ",
    "كلمة",
    "पासवर्ड",
    "รหัสผ่าน",
)
_PASSWORD_CUES = (
    "pass",
    "pwd",
    " to ",
    "pw ",
    "cred",
    "login",
    "contrase",
    "senha",
    "senord",
    "wachtwoord",
    "hasło",
    "haslo",
    "salasana",
    "parola",
    "heslo",
    "jelsz",
    "ifre",
    "kennwort",
    "lozinka",
    "geslo",
    "parool",
    "slaptažod",
    "khẩu",
    "khau",
    "sandi",
)
"""Literals of which one must occur for `_named_in_prose` to run."""
_SET_TO = re.compile(
    r"\b(?:[Ss]et|[Cc]hanged|[Uu]pdated)[ \t]+`?[A-Z][A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|PASS|PWD)`?[ \t]+to[ \t]+"
    r"[`\"']?(?P<v>[^\s`\"']{8,300})"
)
"""``I set `DEEPSEEK_API_KEY` to X``: a secret-named variable given a value in a sentence."""
_AWS_ID = re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b")
_AWS_SECRET = re.compile(r"(?<![A-Za-z0-9/+=])(?P<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])")


def _named_in_prose(text: str, out: list[tuple[int, int, float]], *, script: bool = False) -> None:
    found = [*_PROSE_PASSWORD.finditer(text), *_PROSE_PASSWORD_MORE.finditer(text)]
    if script:
        found.extend(_PROSE_PASSWORD_SCRIPT.finditer(text))
    for m in found:
        v = m.group("v").rstrip(".,;:!?)")
        has_digit = any(c.isdigit() for c in v)
        has_symbol = any(not c.isalnum() for c in v)
        if any(c.isalpha() for c in v) and (has_digit or has_symbol) and accept(v, Strength.PASSWORD, quoted=False):
            out.append((m.start("v"), m.start("v") + len(v), 0.75))
    for m in _SET_TO.finditer(text):
        v = m.group("v").rstrip(".,;:!?)")
        if accept(v, Strength.STRONG, quoted=False):
            out.append((m.start("v"), m.start("v") + len(v), 0.8))


def _aws_pairs(text: str, out: list[tuple[int, int, float]]) -> None:
    """An AWS secret access key (40 base64 characters) within 200 characters after its key id."""
    for idm in _AWS_ID.finditer(text):
        for m in _AWS_SECRET.finditer(text, idm.end(), min(len(text), idm.end() + 200)):
            v = m.group("v")
            if looks_random(v, min_len=40, min_entropy=4.0) and any(c.isdigit() for c in v):
                out.append((*m.span("v"), 0.8))
                break


class ContextTokenDetector:
    """Credentials placed where only context says what they are (``secret.generic.context``)."""

    name = "secret.generic.context"
    entities: tuple[str, ...] = (ENTITY,)
    prefilter: tuple[str, ...] = ()

    def __init__(self, views: ViewCache) -> None:
        self._views = views

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        found = [Span(ENTITY, *view.to_raw(s, e), score, self.name) for s, e, score in scan(view)]
        return with_recurrences(text, found)


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each value found, in view offsets."""
    text, low = view.text, view.lower
    out: list[tuple[int, int, float]] = []
    if "(" in text:
        _sdk_args(text, out)
    if any(w in low for w in ("init", "login", "auth")):
        _cli_tokens(text, out)
    if "\n" in text and _SECRET_CMD.search(low):
        _printed_secrets(text, out)
    if "/" in text:
        _url_paths(text, out)
    if "cookie" in low or " -b " in low:
        _session_cookies(text, low, out)
    if "|" in text and _SECRET_ROW_WORDS.search(low):
        _table_rows(text, out)
    if "bearer" in low or "basic " in low:
        _scheme_tokens(text, low, out)
    if "kind: secret" in low:
        _k8s_secret(text, out)
    if "keys:" in low or "secrets:" in low or "credentials:" in low or "pairs:" in low:
        _key_maps(text, out)
    if _SECRET_WORDS.search(low):
        _prose_tokens(text, out)
    script = any(w in low for w in _SCRIPT_CUES)
    if script or any(w in low for w in _PASSWORD_CUES):
        _named_in_prose(text, out, script=script)
    if "token" in low and "secret" in low:
        _token_pairs(text, out)
    if "akia" in low or "asia" in low:
        _aws_pairs(text, out)
    return out
