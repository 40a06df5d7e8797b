"""Context detector, prose: random tokens in sentences about credentials, named passwords.

Part of ``secret.generic.context`` (context.py runs these): "Note: `KcSZ...` is a live
credential", "the new password for the reporting user is X", the password word of many
languages (``mot de passe : X``, ``パスワードは X です``), ``I set `DEEPSEEK_API_KEY` to X``.
"""

# ruff: noqa: RUF001  # the full-width colon after a CJK key noun is the point of _NAMED_TOKEN

from __future__ import annotations

import re

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets.entropy import is_hex
from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.values import UUID, accept, generated, identifier_like, is_reference

HASHY = with_first_chars(
    re.compile(
        r"(?i)hash|sha\d*|md5|digest|checksum|\bcommits?\b|fingerprint|(?:\b|_)ids?\b|integrity|etag|nonce"
        r"|request[ _-]?id|trace|span[ _-]?id|uuid|guid|object[ _-]?(?:id|key)|\boid\b|revision|\brev\b|build|cache"
        r"|lockfile|salt|gpg|pgp|signature|\brsa\b|ecdsa|eddsa|ed25519"
    )
)


# --- random tokens in sentences about credentials --------------------------------------------

_CANDIDATE = re.compile(r"(?<![\w\-./+=:@$%\\])(?P<v>[A-Za-z0-9][A-Za-z0-9_\-]{11,199})(?![\w\-/+=@\\]|\.\w)")
SECRET_WORDS = re.compile(
    r"(?i)(?<![A-Za-z])(?:api[ _-]?key|apikey|key|token|secret|password|passwd|credentials?|passphrase)s?(?![a-z])"
)
"""Credential words, also as parts of a SCREAMING_SNAKE name (``DEEPSEEK_API_KEY``)."""


_PUBLIC = re.compile(r"(?i)\b(?:public|publishable|pub)[ _-]?$")


def prose_tokens(text: str, out: list[tuple[int, int, float]]) -> None:
    """A generated token on a line that calls it a key, token, secret or credential."""
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
        words = [w for w in (*SECRET_WORDS.finditer(before), *SECRET_WORDS.finditer(after))]
        if not words or all(_PUBLIC.search(w.string, max(0, w.start() - 14), w.start()) for w in words):
            continue  # no credential word, or only "public key"
        if HASHY.search(before) or HASHY.search(after):
            continue
        if is_hex(v) and not (SECRET_WORDS.search(before[-40:]) or SECRET_WORDS.search(after[:40])):
            continue
        out.append((a, b, 0.7))


_NAMED_TAIL = (
    r"(?:[ \t]+[^\s:=`\"'<>{}()\[\]]{1,30}){0,8}?"
    r"(?:[ \t]+(?:is|was|is now|will be|est|ist|es|è|é|är|er|je|jest|lautet)[ \t]+|[ \t]*[:：][ \t]+)"
    r"[`\"'«“]?(?P<v>[A-Za-z0-9][A-Za-z0-9_\-+/=.~]{11,299})(?![A-Za-z0-9_\-+/=~])"
)
_KEY_QUALIFIERS = r"api|auth|access|secret|private|signing|app|client|master|license|webhook|hmac|integration"
_NAMED_TOKEN = with_first_chars(
    re.compile(rf"(?i)(?<![A-Za-z])(?:(?:{_KEY_QUALIFIERS})[ _-]?key|token|secret|credential)s?" + _NAMED_TAIL)
)
"""``the API auth key for the Leeds warehouse integration: <uuid>``, ``le secret HMAC pour signer les
webhooks est <hex>``: a key, token or secret noun, up to eight words, a copula or colon, the value."""
_NOUN = re.compile(r"key|token|secret|credential")
"""The nouns of `_NAMED_TOKEN`, searched in the lower-cased text (a literal alternation, fast)."""
_AFTER_NOUN = re.compile(r"(?i)s?" + _NAMED_TAIL)
_QUALIFIER = re.compile(rf"(?<![a-z])(?:{_KEY_QUALIFIERS})[ _-]?$")


_I18N_API_KEY = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:kī|iuchair|clé|clef|clave|chave|chiave|sleutel|nyckel|nøgle|nøkkel|avain|klucz"
    r"|klíč|kľúč|kulcs|cheie|ključ|ключ|кључ|κλειδί|anahtarı?|kunci|khóa)[ \t]+(?:(?:de|da|do|di|del|della)[ \t]+"
    r"|dell'|de[ \t]+l'|de[ \t]+la[ \t]+)?api|api[ _-]?(?:schlüssel|sleutel|nyckel|nøgle|nøkkel|avain|klucz|kulcs"
    r"|ключ|anahtarı|kunci|কী|कुंजी|ਕੁੰਜੀ|キー|密钥|金鑰|키))(?![^\W\d_])" + _NAMED_TAIL
)
I18N_API_KEY_WORDS = re.compile(
    r"kī|iuchair|clé|clef|clave|chave|chiave|sleutel|nyckel|nøgle|nøkkel|avain|klucz|klíč|kľúč|kulcs|cheie"
    r"|ključ|ключ|кључ|κλειδί|anahtar|kunci|khóa|schlüssel|কী|कुंजी|ਕੁੰਜੀ|キー|密钥|金鑰|키"
)
"""The key nouns of `_I18N_API_KEY`, searched in the lower-cased text (the gate of its run)."""
"""The API key phrase of other languages (``clé API``, ``iuchair API``, ``te kī API``, ``API-Schlüssel``,
``API কী``) in `_NAMED_TOKEN`'s grammar: up to eight words (the vendor, the site), a colon or
copula, the value."""


def _named_matches(text: str) -> list[tuple[int, re.Match[str]]]:
    """(phrase start, tail match) of each `_NAMED_TOKEN` phrase: the whole regex runs only at the
    nouns' positions (a bare ``key`` counts only after a qualifier, as in the regex), and of each
    `_I18N_API_KEY` phrase."""
    found = _named_matches_en(text)
    if "api" in text or "API" in text or "Api" in text:
        found += [(m.start(), m) for m in _I18N_API_KEY.finditer(text)]
    return found


def _named_matches_en(text: str) -> list[tuple[int, re.Match[str]]]:
    low = text.lower()
    if len(low) != len(text):
        return [(m.start(), m) for m in _NAMED_TOKEN.finditer(text)]
    out: list[tuple[int, re.Match[str]]] = []
    for noun in _NOUN.finditer(low):
        start = noun.start()
        if noun.group() == "key":
            q = _QUALIFIER.search(low, max(0, start - 13), start)
            if q is None:
                continue
            start = q.start()
        elif start > 0 and low[start - 1].isascii() and low[start - 1].isalpha():
            continue
        tail = _AFTER_NOUN.match(text, noun.end())
        if tail is not None:
            out.append((start, tail))
    return out


def _qualified_name(value: str) -> bool:
    """``antlr4.BufferedTokenStream.BufferedTokenStream`` (a docstring's ``:type tokens: X``): dotted
    parts that are identifiers once their digits are dropped, a name in code, not a token."""
    parts = value.split(".")
    return len(parts) >= 2 and all(p and p[0].isalpha() and identifier_like(p.translate(_NO_DIGITS)) for p in parts)


_NO_DIGITS = str.maketrans("", "", "0123456789")


def named_tokens(text: str, out: list[tuple[int, int, float]]) -> None:
    """A generated value (32+ hex and UUIDs too) that a sentence names as a key, token or secret
    with a copula or a colon; never when a hash, id, commit, build or public word stands in the
    phrase or the 60 characters of its line before it."""
    for start, m in _named_matches(text):
        v = m.group("v").rstrip(".")
        quoted = m.start("v") > 0 and text[m.start("v") - 1] in "`\"'«“"
        if len(v) < 12 or is_reference(v, quoted=True) or _qualified_name(v):
            continue
        if not (generated(v, min_len=12 if quoted else 16) or UUID.fullmatch(v)):
            continue
        phrase = text[max(0, text.rfind("\n", 0, start) + 1, start - 60) : m.start("v")]
        if HASHY.search(phrase) or _PUBLIC_WORD.search(phrase):
            continue
        out.append((m.start("v"), m.start("v") + len(v), 0.75))


_PUBLIC_WORD = re.compile(r"(?i)(?<![a-z])(?:public|publishable|pub)(?![a-z])")

_DIRECT = re.compile(
    r"(?i)(?<![\w\-./])(?P<name>[a-z][a-z0-9]{2,30})[ \t]+(?:api[ \t]+)?(?:key|token|secret)[ \t]+[`\"']?"
    r"(?P<v>[A-Za-z0-9][A-Za-z0-9_\-+/=]{15,299})(?![A-Za-z0-9_\-+/=~]|\.\w)"
)
"""``using skuvault key <v>``, ``planhat api key <uuid>``: a service's name, ``key``/``token``/
``secret``, and the value right after it (an echo, a log line, a note)."""
_NOT_A_SERVICE_WORDS = (
    "the a an this that these my your our their its his her new old same one another any each "
    "every no cache object partition primary foreign sort row hash idempotency dedup dedupe "
    "lookup map dict index unique composite shard sharding routing storage bucket cursor page "
    "pagination continuation next request trace correlation gpg pgp ssh host registry signing "
    "public publishable pub encryption with using use set get and or of for to from in on by as "
    "is was be "
)
_NOT_A_SERVICE = frozenset(_NOT_A_SERVICE_WORDS.split())
"""Words before ``key`` that name no service: articles, kinds of keys that are no credential
(cache, partition, foreign, SSH host keys), and the verbs and prepositions of a sentence."""


def direct_tokens(text: str, out: list[tuple[int, int, float]]) -> None:
    """A generated value or UUID right after ``<service> key|token|secret`` (no copula or colon)."""
    for m in _DIRECT.finditer(text):
        if m.group("name").lower() in _NOT_A_SERVICE:
            continue
        v = m.group("v")
        if is_reference(v, quoted=True) or not (generated(v, min_len=16) or UUID.fullmatch(v)):
            continue
        phrase = text[max(0, text.rfind("\n", 0, m.start()) + 1, m.start() - 60) : m.start("v")]
        if HASHY.search(phrase) or _PUBLIC_WORD.search(phrase):
            continue
        out.append((m.start("v"), m.end("v"), 0.75))


# --- credentials named in a sentence ----------------------------------------------------------

_PROSE_PASSWORD = with_first_chars(
    re.compile(
        r"(?i)\b(?:password|passphrase|passcode|pass ?word|pwd|pw)"
        r"(?:[ \t]+(?:for|of|on|to|del|della|dello|di|de|du|des|für|voor|van|do|da|para|pour|dla|för|til)"
        r"(?:[ \t]+[\w.@'-]+){1,8}?(?:[ \t]+(?:is|was|is now|will be|è|é|est|es|ist|är|er|je|jest)[ \t]+|[ \t]*:[ \t]+)"
        r"|[ \t]+(?:is|was|is now|will be)[ \t]+)[`\"']?(?P<v>[^\s`\"']{6,100})"
    )
)
"""``the new password for the reporting user is X``, ``Temporary password for the VPN portal: X``:
a value that has letters and digits or symbols."""
_PROSE_PASSWORD_MORE = with_first_chars(
    re.compile(
        r"(?i)(?:\b(?:with|using|use)[ \t]+(?:the[ \t]+)?(?:password|passphrase|pw|pwd)[ \t]+"
        r"|\b(?:user(?:name)?|login)[ \t]+[\w.@-]{1,64}[,;][ \t]+(?:pass(?:word)?|pw|pwd)[ \t:]+"
        r"|\b(?:creds|credentials|login)(?:[ \t]+(?:is|are)|[ \t]*[=:])[ \t]+[\w.@-]{1,64}(?:[ \t]+/[ \t]+|/|:)"
        r"|(?:\bmot[ \t]+de[ \t]+passe|\bcontrase[ñn]a|\bsenha|\bwachtwoord|\bhas[łl]o|\bl[öo]senord|\bsalasana"
        r"|\bparola|\bheslo|\bjelsz[óo]|\b[şs]ifre|\bkennwort|\bpassord|\badgangskode|\bpasswort|\bpalavra-passe"
        r"|\blozinka|\bgeslo|\bparool|\bslaptažod\w*|\bm[ậa]t[ \t]+kh[ẩa]u|\bkata[ \t]+sandi)\w{0,4}"
        r"(?:(?:[ \t]+[^\s:=]{1,24}){1,8}?(?:[ \t]+(?:est|es|é|è|ist|is|är|on|je|er|adalah|là|lautet)[ \t]*:?|[ \t]*:)"
        r"|(?:[ \t]+(?:est|es|é|è|ist|is|är|on|je|er|adalah|là|lautet))?[ \t]*[:=]?)[ \t]+)"
        r"[`\"'«“]?(?P<v>[^\s`\"',;/)»”]{6,100})"
    )
)
"""``log in as deploy with password X``, ``user admin, pw X``, ``creds are admin / X``, and the
password word of other languages, inflected too (``mot de passe : X``, ``contraseña: X``,
``wachtwoord is X``, ``Lösenordet är X``, ``şifreniz: X``, ``Kennwort lautet X``,
``mot de passe temporaire pour l'intranet est : X``: a few words between, then a verb or colon)."""
_PROSE_PASSWORD_SCRIPT = with_first_chars(
    re.compile(
        r"(?:パスワード|暗証番号|密码|密碼|口令|비밀번호|암호|(?i:пароль|парола|лозинка|κωδικός(?:[ \t]+πρόσβασης)?)"
        r"|סיסמה|סיסמא|كلمة[ \t]+(?:المرور|السر)|पासवर्ड|รหัสผ่าน)"
        r"[^\n]{0,30}?(?<![A-Za-z0-9!#$%&*+\-.=?@^_~])(?P<v>[A-Za-z0-9!#$%&*+\-.=?@^_~]{6,100})"
        r"(?![A-Za-z0-9!#$%&*+\-=?@^_~])"
    )
)
"""The password word of languages not written in Latin letters, then a few particles or words
in that script (``パスワードは X です``, ``密码是 X``, ``пароль от VPN: X``, ``비밀번호는 X``): the value
is the first run of ASCII password characters."""
SCRIPT_CUES = (
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
PASSWORD_CUES = (
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
"""Literals of which one must occur for `named_in_prose` to run."""
_SET_TO = with_first_chars(
    re.compile(
        r"\b(?:[Ss]et|[Cc]hanged|[Uu]pdated)[ \t]+`?[A-Z][A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|PASS|PWD)`?"
        r"[ \t]+to[ \t]+"
        r"[`\"']?(?P<v>[^\s`\"']{8,300})"
    )
)
"""``I set `DEEPSEEK_API_KEY` to X``: a secret-named variable given a value in a sentence."""


def named_in_prose(text: str, out: list[tuple[int, int, float]], *, script: bool = False) -> None:
    """A password a sentence names (``the password for X is Y``, other languages too)."""
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
