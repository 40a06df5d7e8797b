"""Values whose role is never a secret, whatever detector took them (session 11).

Each generic secret detector checks its values (`values.accept`, `placeholders.is_placeholder`),
but each with its own subset of checks, so the same reference or version is left by one
detector and masked by the next (``STRIPE_KEY = $this->apiKey`` by the assignment rules,
``connect("wss://stream.example.io/v0/stream")`` by the context rules). `role_veto` reads the
value a span covers and names the class when the value has a shape no issued key or chosen
password has, and that a reference, a version, an identifier or a label always has:

- ``version``: three or four dotted numbers, optionally ``v`` before and pre-release or build
  parts after (``4.1.8.4``, ``v1.29.4-eks-a5df82a``, ``0.0.0-20241105-3f2a9c1b``, ``5.0.0a3``);
- ``algorithm``: words of a cipher, digest or encoding name and a size (``scram-sha-256``);
- ``reference``: a member chain of code identifiers (``$this->apiKey``, ``cfg.Auth.Token``,
  ``Rails.application.credentials.stripe[:secret_key]``, ``window.__CONFIG__.apiKey``) or a
  fragment of a call cut by a detector (``TOKEN).build(``): every identifier reads as words or
  abbreviations, and the chain shows code (``->``, ``::``, a bracket, a call, a ``$``, a camel
  hump or an underscore, a receiver such as ``this``/``config``/``req``, or three parts);
- ``url``: a URL, a host with a path or a route whose segments are words, numbers and
  templates, with no login and no generated segment (``https://api.bulksms.com/v1/messages``);
  the URL detectors, which mask tokens inside URLs, are not vetoed;
- ``constant``: upper-case or caseless-script words joined by ``_`` or ``-`` without a digit,
  the way constant names and "your key here" labels are written in any language
  (``SUA_CHAVE_AQUI``, ``あなたのAPIキー``, ``API_KEY_GOES_HERE``);
- ``identifier``: a glued code identifier with words, acronyms and short numbers
  (``X25519PrivateKey``, ``PyDict_GetItemStringRef``, ``forHTTPHeaderField``);
- ``record_id``: upper-case letter codes and numbers joined by ``-`` (``LM-261126-0042``,
  ``INV-2024-00931``): order, ticket and invoice numbers;
- ``mangled``: a C++ symbol as a linker prints it (``_ZN5boost6system15system_categoryEv``);
- ``certificate``: a line of a wrapped base64 block that names X.509 attributes (a certificate
  pasted without its ``BEGIN`` line);
- ``object_id``: an API object's id by its issuer's prefix (``toolu_01...``, ``req_...``,
  ``chatcmpl-...``, ``evt_...``) or a ULID whose time stamp falls in 2015-2035;
- ``fingerprint``: an SSH key fingerprint (``SHA256:`` and 43 base64 characters, ``MD5:..``);
- ``truncated``: a prefix cut before an ellipsis (``sk_live_...``, ``sk-proj-…``);
- ``documented``: a vendor's documented example key, whose characters end in ``EXAMPLE`` or
  ``EXAMPLEKEY`` (AWS: ``AKIAIOSFODNN7EXAMPLE``), when the text near it says it is an example or
  documentation (``example values``, ``from the docs``, ``Beispiel``, ``示例``); without such words
  the same value in a config is masked.

Session 12 added:

- ``algorithm`` also takes cipher, curve, digest and KDF names written with their sizes
  (``AEAD_CHACHA20_POLY1305``, ``XChaCha20-Poly1305``, ``Curve25519``, ``secp256k1``,
  ``BLAKE2b-512``; the digits after a stem must be a size, so ``Falcon2024`` stays) and such a
  name applied in a formula (``HMAC-SHA256(<secret>, <body>)``, ``sha256(``);
- ``shell_message``: ``?message`` right after ``${NAME:`` (the shell's "required variable" error);
- ``arn``: an AWS resource name, or the resource part right after ``arn:...:secret:``;
- ``reference`` also takes Symfony ``%env(NAME)%``, PowerShell ``$env:NAME``, Azure
  ``@Microsoft.KeyVault(...)`` and what follows its ``SecretUri=``, generic calls
  (``GetValue<string>("Vendor:Key")``) and a chain cut at an opening bracket (``app.config[``);
- ``filler``: one character repeated (``00000000-0000-...``, ``xxxxxxxx``) or filler words repeated
  (``ghp_EXAMPLEEXAMPLE...``) after an optional issuer prefix;
- ``documented`` also takes jwt.io's demonstration token (payload ``"sub":"1234567890","name":"John
  Doe"``) anywhere, and Stripe's published test keys near documentation words.

`RoleVetoedDetector` also asks `key_roles.key_role_veto`: a value owned by a key whose role is never
a credential's (public, lookup, paging, version, nonce, type-map keys) is dropped from the rule and
model detectors' spans.

A human password is words too (``Rhapsody_Ward9_4344``, ``Monterrey.Autos2026``): the ``reference``
and ``identifier`` classes do not take a value that mixes capitalised words with a digit group
(a year, a PIN, digits in two places), nor one written after a password key (``DB_PASSWORD:``,
``"pwd":``, ``Kennwort =``) unless it shows code (``->``, ``::``, ``$``, a call, a receiver).

A random token never reads as words in each of its humps, so none of these classes takes one
(the tests draw random tokens of every alphabet and length and require no veto).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable
from typing import Any

from redactor.detect.base import Detector
from redactor.detect.pii.lexicon import english_words, is_english
from redactor.detect.secrets.key_roles import key_role_veto
from redactor.detect.secrets.public_ids import public_role
from redactor.detect.secrets.wordlike import reads_as_words
from redactor.detect.span import Span

_VERSION = re.compile(r"[vV]?\d{1,4}(?:\.\d{1,8}){2,3}(?:(?:[-+~_.]|(?<=\d)(?=[a-z]))[0-9A-Za-z]{1,14}){0,4}")
"""Dotted numbers and short pre-release or build parts: semver, PEP 440, Go pseudo-versions."""
_NAMED_VERSION = re.compile(r"[A-Za-z]{2,12}(?:[-_/][A-Za-z]{2,12}){0,2}[/\-_]?v?\d{1,3}(?:\.\d{1,3}){1,3}\+?")
"""A product, protocol or licence name and its version (``TLSv1.3``, ``HTTP/1.1``, ``GFDL-NIV-1.3+``)."""
_PASSWORD_ASSIGNED = re.compile(r"""(?i)(?:pass(?:word|wd|phrase)|pwd)["']?[ \t]*[=:][ \t]*["']?$""")
"""A password key assigned right before the value (``password=``, ``Password=`` in a connection
string, ``"passphrase": "``): its value is the password even when it reads as a name and a number."""


def _password_assigned(text: str, start: int) -> bool:
    """``db.password=Tide-Gauge-0.48``, ``Password=Brine-Lvl0.7;``: a person's password of words and a
    decimal number has the shape of a named version; after a password key it is the password."""
    return _PASSWORD_ASSIGNED.search(text, max(0, start - 40), start) is not None


_ALGORITHM = re.compile(
    r"[a-z]{2,10}(?:-[a-z]{2,10}){1,3}(?:-\d{1,4})?|[A-Z]{2,10}(?:[-_][A-Z]{2,10}){1,3}(?:[-_]\d{1,4})?"
)
_TECH_WORDS = (
    "aes argon bcrypt cbc ccm chacha ctr des dh dsa ecb ecdh ecdsa eddsa gcm hkdf hmac md pbkdf pkcs poly pss rsa"
    " scram sha ssh ssl tls utf base hex jwt jwk jws oaep x"
)
_TECH = frozenset(_TECH_WORDS.split())
"""Cipher, digest and encoding words: ``scram-sha-256``, ``aes-256-gcm``, ``hmac-sha-1`` are algorithm names."""
_ALGO_STEMS_WORDS = (
    "aead chacha xchacha poly salsa xsalsa curve ed ecies blake ripemd whirlpool camellia twofish blowfish serpent"
    " secp prime brainpool kyber mlkem mldsa dilithium falcon sphincs kdf scrypt siphash murmur xxhash crc adler"
    " fnv siv ocb cfb ofb xts kw hs rs es ps shake keccak rc idea cast aria sm gost streebog ntru nist"
)
_ALGO_STEMS = _TECH | frozenset(_ALGO_STEMS_WORDS.split())
"""Stems of cipher, curve, digest and KDF names written with their sizes (``ChaCha20``, ``Poly1305``,
``Curve25519``, ``BLAKE2b``, ``secp256k1``, ``HS256``)."""
_ALGO_PART = re.compile(r"([A-Za-z]{1,10})(\d{0,5})(?:[a-z]{1,2}\d{0,3})?|\d{1,5}")
_ALGO_SIZES_WORDS = (
    "1 2 3 4 5 8 16 20 32 64 96 128 160 192 224 256 384 448 512 521 768 1024 1305 2048 3072 4096 8192 25519"
)
_ALGO_SIZES = frozenset(_ALGO_SIZES_WORDS.split())
"""Sizes written after an algorithm's stem; a year (``Falcon2024``) or a PIN is a password's digits."""
_ALGO_SPLIT = re.compile(r"[-_/]")
_ALGO_CALL = re.compile(r"([A-Za-z][\w/-]{1,40})\(")
_SHELL_REQUIRED = re.compile(r"\$\{[A-Za-z_][A-Za-z0-9_]*:?$")
"""``${NAME:`` right before a span starting with ``?``: the message a shell prints when NAME is unset."""


def _algorithm_name(value: str) -> bool:
    """Cipher, curve, digest or KDF words with their sizes (``AEAD_CHACHA20_POLY1305``,
    ``XChaCha20-Poly1305``, ``Curve25519``, ``secp256k1``): every part a known stem with digits, or
    a number, and at least one part with letters and digits."""
    parts = _ALGO_SPLIT.split(value)
    if len(parts) > 6 or not all(parts):
        return False
    sized = False
    for part in parts:
        m = _ALGO_PART.fullmatch(part)
        if m is None:
            return False
        if m.group(1) is not None:
            if m.group(1).lower() not in _ALGO_STEMS or (m.group(2) and m.group(2) not in _ALGO_SIZES):
                return False
            sized = sized or bool(m.group(2))
    return sized


def _algorithm_call(value: str) -> bool:
    """A digest or cipher applied in a formula (``HMAC-SHA256(<secret>, <body>)``, ``sha256(``)."""
    m = _ALGO_CALL.match(value)
    if m is None:
        return False
    name = m.group(1)
    return _algorithm_name(name) or (
        bool(_ALGORITHM.fullmatch(name)) and any(w in _TECH for w in re.split(r"[-_]", name.lower()))
    )


_IDENT = r"[A-Za-z_$][A-Za-z0-9_$]*"
_CHAIN = re.compile(
    rf"""[$@]?{_IDENT}
    (?:(?:\??\.|->|::){_IDENT}
      | \[[^\[\]\s]{{1,60}}\]
      | \((?:[^()\s]|\s(?=\S)){{0,60}}\)
      | <[\w.]{{1,40}}(?:,[ ]?[\w.]{{1,40}}){{0,3}}>(?=\()
    )+(?:\(\))?""",
    re.VERBOSE,
)
"""An identifier followed by members (``.x``, ``?.x``, ``->x``, ``::x``), subscripts or calls."""
_FRAGMENT = re.compile(rf"{_IDENT}(?:[)\]}}]+\.?{_IDENT}?\(?|\(\)?)")
"""A detector's cut through a call: ``TOKEN).build(``, ``APP_TOKEN}).json(``, ``getKey(``."""
_OPEN_CHAIN = re.compile(rf"{_IDENT}(?:(?:\??\.|->|::){_IDENT})*(?:<[\w.]{{1,40}}>)?[\[(]")
"""A member chain cut at an opening bracket by a detector that stops at a quote: ``app.config[``."""
_RECEIVERS_WORDS = (
    "this self window document global globalthis process config conf cfg settings setting env environ os sys"
    " req request res response ctx context opts options props params args app application credentials creds"
    " secrets vars var local data state store session import meta buildconfig appconfig secretclient keychain"
)
_RECEIVERS = frozenset(_RECEIVERS_WORDS.split())
"""First parts that make a two-part chain code (``req.token``, ``cfg.key``)."""
_PIECES = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
"""Humps of an identifier: acronyms, words, numbers."""

_URL = re.compile(r"(?:[a-zA-Z][a-zA-Z0-9+.-]{1,15}://|(?:[\w-]+\.)+[a-zA-Z]{2,}(?::\d{1,5})?/|/(?=[\w{]))\S*")
_SEGMENT = re.compile(r"[^/?&=#.;,]+")
_WORD_PARTS = re.compile(r"[^\W\d_]+(?:[_\- ][^\W\d_]+)+")
_RECORD_ID = re.compile(r"[A-Z]{1,6}(?:[-_/][A-Z]{1,6})*(?:[-_/]\d{1,10})+(?:[-_/][A-Z]{1,6})?")
_ESCAPES = re.compile(r"\\([\"\\/'])")

EXEMPT = ("secret.url.", "secret.pem", "secret.armored", "secret.putty")
"""Detectors whose spans the vetoes do not judge: URL rules mask tokens inside URLs (webhooks
from the scheme on), key blocks are masked whole."""


_ABBREVIATIONS_WORDS = (
    "api app apps args arg async attr attrs auth btn buf cb cfg cli conf config ctx db dict dst env err fn func http"
    " https id ids idx img impl init int io json jwt lib len max mgr min mngr msg num oauth obj opts os params pkg ptr"
    " repo req res sdk sql src str svc sync sys tmp ui uri url util utils xml yaml"
)
_ABBREVIATIONS = frozenset(_ABBREVIATIONS_WORDS.split())
"""Abbreviations of code identifiers that no English word list holds."""


def _known(piece: str) -> bool:
    low = piece.lower()
    if low in _ABBREVIATIONS:
        return True
    if not english_words():  # no word list installed: judge by letter pairs only
        return reads_as_words(piece)
    return is_english(low)


def _wordy(ident: str) -> bool:
    """An identifier made of words, abbreviations, acronyms and at most two short numbers
    (``apiKey``, ``__CONFIG__``, ``X25519PrivateKey``, ``PyDict_GetItemStringRef``), not random
    or pronounceable generated characters: a random token splits into many one- and two-letter
    humps (``Hs7kQ2vRTeyN1``), a generated password into humps no word list holds (``Eephi5yieJi``)."""
    pieces = _PIECES.findall(ident)
    numbers = [p for p in pieces if p.isdigit()]
    if len(numbers) == len(pieces) or len(numbers) > 2 or any(len(p) > 5 for p in numbers):
        return False
    short = letters = known = 0
    for p in pieces:
        if p.isdigit():
            continue
        letters += len(p)
        if len(p) <= 2:
            short += 1
        elif (p.isupper() and len(p) <= 5) or _known(p):  # an acronym (``MLKEM``, ``HTTP``) or a word
            known += len(p)
        elif len(p) >= 5 and not reads_as_words(p):
            return False
    return short <= 1 and known * 3 >= letters * 2


def _identifiers(value: str) -> list[str]:
    return [p for p in re.findall(_IDENT, value) if p.strip("_$")]


def _reference(value: str) -> bool:
    m = _CHAIN.fullmatch(value)
    if m is None:
        if _OPEN_CHAIN.fullmatch(value) is not None and not re.search(r"\d{3}", value):
            return all(_wordy(p) for p in _identifiers(re.sub(r"<[^<>]*>", "", value)))
        return _FRAGMENT.fullmatch(value) is not None and all(_wordy(p) for p in _identifiers(value))
    idents = _identifiers(re.sub(r"\[[^\]]*\]|\([^)]*\)|<[^<>()]*>(?=\()", "", value))
    if len(idents) == 2 and re.fullmatch(r"[a-z][a-z0-9]{0,7}", idents[0]) and _identifier(idents[1]):
        return True  # a module and a class (``mlkem.MLKEM768PrivateKey``, ``x25519.X25519PublicKey``)
    if not idents or not all(_wordy(p) for p in idents):
        return False
    code = (
        any(s in value for s in ("->", "::", "?.", "[", "(", "$", "_"))
        or value.startswith("@")
        or len(idents) >= 3
        or idents[0].lower() in _RECEIVERS
        or any(p != p.lower() and p[1:] != p[1:].lower() for p in idents)  # camel humps
        or any(p[:1].isupper() for p in idents[1:])  # ``cfg.Auth``
    )
    return (code and len(idents) >= 2) or bool(code and re.search(r"[\[(]", value))


_PLAIN_SEGMENT = re.compile(r"[vV]\d{1,2}(?:\.\d{1,2})*|\d{1,6}|\{[\w-]+\}|:[a-z_]+|[^\W\d_]+(?:[-_~][^\W\d_]+)*")
"""A route segment that carries no token: words, a version, a short number, a template."""


def _plain_segment(segment: str) -> bool:
    if not _PLAIN_SEGMENT.fullmatch(segment):
        return False
    return segment.isdigit() or all(len(w) <= 4 or reads_as_words(w) for w in re.split(r"[-_~]", segment))


def _plain_url(value: str) -> bool:
    if not _URL.fullmatch(value) or "@" in value.split("?", 1)[0]:
        return False
    body = value.split("://", 1)[-1].split("#", 1)[0]
    host, _, path = body.partition("/")
    return all(_plain_segment(s) for s in _SEGMENT.findall(path)) and not any(
        c.isdigit() and not re.fullmatch(r"[\w-]+(?:\.[\w-]+)*(?::\d+)?", host) for c in host
    )


_CASELESS_LABEL = re.compile(r"(?:[^\W\d_]|[_\-])+")


def _constant(value: str) -> bool:
    if _CASELESS_LABEL.fullmatch(value) and not _WORD_PARTS.fullmatch(value):
        ascii_letters = [c for c in value if c.isascii() and c.isalpha()]
        caseless = any(not c.isascii() and not (c.isupper() or c.islower()) for c in value)
        return caseless and len(ascii_letters) <= 6 and all(c.isupper() for c in ascii_letters)
    if not _WORD_PARTS.fullmatch(value) or " " in value:
        return False
    if any(not c.isascii() for c in value if c.isalpha()):
        return True  # a label in another script (``あなたのAPIキー``)
    if value != value.upper():
        return False
    parts = re.split(r"[_\-]", value)
    return sum(reads_as_words(p) or len(p) <= 3 for p in parts) * 2 >= len(parts) + 1


def _identifier(value: str) -> bool:
    glued = re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{7,}", value) and (any(c.isdigit() for c in value) or "_" in value)
    if not glued and not re.fullmatch(r"[a-z]+(?:[A-Z][a-z]*)+|[A-Z][a-z]+(?:[A-Z]+[a-z]*)+", value):
        return False
    words = [p for p in _PIECES.findall(value) if len(p) >= 3 and not p.isdigit() and not p.isupper()]
    # a word of five letters or more: three-letter humps come out of generated syllables (``jewEbe6ice``)
    return len(words) >= 2 and any(len(p) >= 5 and _known(p) for p in words) and _wordy(value)


def _reference_or_identifier(text: str, start: int, value: str) -> bool:
    """A code reference or identifier, unless it is a human password (see the module)."""
    if not ((any(c in value for c in ".->:[(") and _reference(value)) or _identifier(value)):
        return False
    if _shows_code(value):
        return True
    return not (_human_password(value) or _after_password_key(text, start))


def _truncated(text: str, end: int, value: str) -> bool:
    after = text[end : end + 3]
    if not (after.startswith("...") or after.startswith("\u2026")):
        return False
    return value[-1:] in "_-." or len(value) <= 8


_X509_CUES = re.compile(r"BgNVB|GA1UE|YDVQQ|BgNVHR|GA1Ud|YDVR0")
"""Object identifiers of X.509 names (2.5.4.x) and extensions (2.5.29.x) in base64 at each of the
three byte alignments: certificates and requests, which hold no private key."""
_B64_LINE = re.compile(r"[A-Za-z0-9+/]{40,76}={0,2}")


def _certificate_line(text: str, start: int, end: int, value: str) -> bool:
    """A line of a base64 block (lines of one length, 64 or 76) that is certificate data: the block
    around it names X.509 attributes or extensions. Key blocks name none (a PKCS#12 bundle holds
    both, but arrives as one value, not as wrapped lines)."""
    if not _B64_LINE.fullmatch(value):
        return False
    around = text[max(0, start - 700) : end + 700]  # JSON tool results keep newlines escaped
    lines = [x for x in re.split(r"\\n|\n", around) if _B64_LINE.fullmatch(x.strip(" \t\"',"))]
    widths = {len(x.strip(" \t\"',")) for x in lines}
    return len(lines) >= 3 and bool(widths & {64, 76}) and _X509_CUES.search(around) is not None


_MANGLED_NAME = re.compile(r"(\d{1,2})([A-Za-z_])")


def _mangled(value: str) -> bool:
    """An Itanium C++ mangled symbol (``_ZNSs7replaceEN9__gnu_cxx17__normal_iterator...``): ``_Z``
    then names each written after its length, two or more of them reading as words."""
    if not value.startswith("_Z") or len(value) < 10:
        return False
    names = 0
    for m in _MANGLED_NAME.finditer(value):
        n = int(m.group(1))
        name = value[m.start(2) : m.start(2) + n]
        if n >= 3 and len(name) == n and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) and _wordy(name.strip("_")):
            names += 1
    return names >= 2


_KEYED = re.compile(r"(?:--?)?[A-Za-z_][\w.-]*=\\?[\"'\[]")
"""A span that starts with ``name="`` or ``name=[``: code of a call's keyword argument
(``algorithm="HS256``), not a value."""


_OBJECT_ID = re.compile(
    r"(?:req|request|msg|toolu|tooluse|call|resp|run|thread|asst|chatcmpl|batch|file|ftjob|step|evt|ch|cus|pi|pm"
    r"|sub|txn|price|acct|seti|conv|span|trace|job)[-_](?:0\d{1,2})?[A-Za-z0-9]{8,40}"
)
"""An API object's id by its issuer's prefix: agent transcripts carry model APIs' ids (``toolu_01...``,
``msg_01...``, ``req_011...``, ``call_...``, ``chatcmpl-...``, ``resp_...``) and payment objects' ids
(``evt_``, ``cus_``, ``pi_``); none of the prefixes is a key's (``sk_``, ``rk_``, ``whsec_`` are)."""
_ULID = re.compile(r"[0-7][0-9A-HJKMNP-TV-Z]{25}")
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_SSH_FINGERPRINT = re.compile(r"SHA256:[A-Za-z0-9+/]{43}|MD5(?::[0-9a-f]{2}){16}")


def _ulid(value: str) -> bool:
    """A ULID whose first ten characters are a time stamp of 2015-2035 (milliseconds): an id."""
    if not _ULID.fullmatch(value):
        return False
    ms = 0
    for c in value[:10]:
        ms = ms * 32 + _CROCKFORD.index(c)
    return 1_420_070_400_000 <= ms <= 2_082_758_400_000


_PASS_KEY = re.compile(
    r"(?i)(?:(?<![^\W\d_])|(?<=[a-z0-9])(?-i:(?=P|Kennw)))"
    r"(?:pass(?:word|wd|phrase|code|wort)?|pwd|pw|kennwort|contrase(?:ñ|n)a|clave|senha"
    r"|mot[ _-]de[ _-]passe|mdp|wachtwoord|has(?:ł|l)o|heslo|parola|l(?:ö|o)senord|passord|adgangskode"
    r"|salasana|(?:ş|s)ifre)"
    r"[\w-]{0,12}[\"'\]]?(?:[ \t]*(?:=>|:=|[:=])|(?<=word)[ \t])[ \t]*[\"'`]?$"
)
"""A password key ending just before the value (``RHAPSODY_PASSWORD: "``, ``db.pwd=``, ``"Kennwort": ``),
also the last word of a camelCase compound (``DbPassword=``, ``adminPwd =``: a capital P after a
lower-case letter or digit)."""
_PASSWORD_PART = re.compile(r"[A-Z]?[a-z]{2,}\d*|\d+")


def _human_password(value: str) -> bool:
    """Words joined by ``_``, ``.`` or ``-`` with a capitalised word and a digit group that a person
    adds to a password (a 4-digit year or PIN, or digits in two places): ``Rhapsody_Ward9_4344``,
    ``Monterrey.Autos2026``, ``Spring-Garden-2025``; not ``System.Int32`` or ``PyDict_GetItem``."""
    parts = re.split(r"[._\-]", value)
    if len(parts) < 2 or not all(_PASSWORD_PART.fullmatch(p) for p in parts):
        return False
    if not any(re.match(r"[A-Z][a-z]{2,}", p) for p in parts):
        return False
    runs = re.findall(r"\d+", value)
    return any(len(r) >= 4 for r in runs) or (len(runs) >= 2 and any(len(r) >= 2 for r in runs))


_XML_PASS_OPEN = re.compile(
    r"(?i)<(?:[A-Za-z][\w.-]{0,30}:)?[A-Za-z]?[\w.-]{0,30}?(?:pass(?:word|wd|phrase|code|wort)|pwd|kennwort"
    r"|contrase(?:ñ|n)a|senha|wachtwoord|has(?:ł|l)o|heslo|parola|l(?:ö|o)senord|passord|salasana)"
    r"(?:text|value|plain)?(?:[ \t][^<>\n]{0,200})?>[ \t]*$"
)
"""An XML element that names a password opening just before the value (``<Password>``,
``<ServicePassword>``, ``<wsse:Password Type="...">``): the element's text is the password, so a
value of words and digits (``Harbor_Granite7``) is not vetoed as an identifier there. The tag must
end with the password word: ``<PasswordPolicy>`` or ``<PasswordHash>`` hold no password."""


def _after_password_key(text: str, start: int) -> bool:
    before = text[max(0, start - 48) : start]
    return _PASS_KEY.search(before) is not None or (
        ">" in before and _XML_PASS_OPEN.search(text, max(0, start - 260), start) is not None
    )


def _shows_code(value: str) -> bool:
    if any(s in value for s in ("->", "::", "?.", "(", "[", "$", "@")):
        return True
    first = _identifiers(value)[:1]
    return bool(first) and first[0].lower() in _RECEIVERS


_DOC_EXAMPLE = re.compile(r"[A-Za-z0-9/+]{4,60}EXAMPLE(?:KEY)?")
_DOC_CUES = re.compile(
    r"(?i)\b(?:examples?|docs?|documentation|documented|sample|samples|illustrat\w*|beispiel\w*|exemples?"
    r"|ejemplos?|esempi[oa]?|exemplos?|voorbeeld\w*|przyk(?:ł|l)ad\w*|příklad\w*|örnek\w*"
    r"|exempel|eksempel\w*|esimerk\w*|példa\w*|exemplu\w*|contoh|halimbawa|mfano|ví dụ"
    r"|пример\w*|приклад\w*|документаци\w*|παράδειγμα\w*|τεκμηρίωση)\b"
    r"|例|示例|サンプル|예시|예제|문서|ドキュメント|文档|उदाहरण|डॉक्यूमेंटेशन|दस्तावेज़|উদাহরণ|ตัวอย่าง"
    r"|مثال|نمونه|توثيق|דוגמה|דוגמא"
)
"""Words that call a value an example or quote it from documentation, in several languages."""


_DOC_VALUES = frozenset(
    ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "pk_test_TYooMQauvdEDq54NiTphI7jx", "sk_test_BQokikJOvBiI2HlWgH4olfQ2")
)
"""Test-mode keys printed in Stripe's API reference for every reader."""


def _documented_example(text: str, start: int, end: int, value: str) -> bool:
    if not _DOC_EXAMPLE.fullmatch(value) and value not in _DOC_VALUES:
        return False
    return _DOC_CUES.search(text[max(0, start - 300) : end + 300].replace(value, " ")) is not None


_ARN = re.compile(r"arn:aws(?:-cn|-us-gov|-iso[a-z]?)?:[a-z0-9-]{2,40}:[a-z0-9-]*:(?:\d{12}|aws)?:\S{1,300}")
"""An AWS resource name: what a secret is stored under, never the secret."""
_ARN_BEFORE = re.compile(r"arn:aws[\w-]*:[a-z0-9-]{2,40}:[a-z0-9-]*:(?:\d{12}|aws)?:[\w-]{1,40}[:/]$")
"""An ARN up to its resource type (``...:secret:``): the span is the resource's name."""
_VARIABLE_REF = re.compile(
    r"%env\((?:[a-z]+:)*[A-Za-z_]\w*\)%|\$env:[A-Za-z_]\w*|@Microsoft\.KeyVault\([^()]*\)?|\$\(env:[A-Za-z_]\w*\)"
)
"""Environment and vault references of config styles the placeholder rules do not name: Symfony
``%env(NAME)%``, PowerShell ``$env:NAME``, Azure App Service ``@Microsoft.KeyVault(SecretUri=...)``."""
_KEYVAULT_OPEN = re.compile(r"@Microsoft\.KeyVault\([^()]*$")
_FILLER_WORDS = re.compile(r"(?i)(?:(?:example|sample|dummy|fake|test|placeholder)[_-]?){2,}\d{0,3}")
_FILLER_PREFIX = re.compile(r"[A-Za-z]{1,10}[_-](?:[A-Za-z]{1,10}[_-])?")


_ELIDED = re.compile(r"[A-Za-z][A-Za-z0-9]{0,11}[=:](?:…|\.{3})")
"""A scheme or version label and an ellipsis where the value was left out (``sha256=…``, ``v1=...``,
a signature header in documentation): no value at all."""


def _filler(value: str) -> bool:
    """One character repeated (``00000000-0000-...``, ``xxxxxxxx``, ``********``) or filler words
    repeated (``ghp_EXAMPLEEXAMPLE...``), after an optional issuer prefix (``sk_test_``)."""
    body = value
    m = _FILLER_PREFIX.match(value)
    if m is not None and len(value) - m.end() >= 8:
        body = value[m.end() :]
    chars = re.sub(r"[-_./:]", "", body)
    if len(chars) >= 8 and len(set(chars)) == 1:
        return True
    return len(body) >= 14 and _FILLER_WORDS.fullmatch(body) is not None


_JWT_DEMO_PAYLOADS = ('"sub":"1234567890","name":"John Doe"', '"sub": "1234567890", "name": "John Doe"')
"""The payload of jwt.io's demonstration token (signed with the published ``your-256-bit-secret``),
the JWT quoted in documentation and tutorials."""


def _demo_jwt(value: str) -> bool:
    parts = value.split(".")
    if len(parts) != 3 or not value.startswith("eyJ"):
        return False
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        decoded = base64.urlsafe_b64decode(payload).decode("utf-8", "replace")
    except (ValueError, binascii.Error):
        return False
    return any(p in decoded for p in _JWT_DEMO_PAYLOADS)


def role_veto(text: str, start: int, end: int) -> str | None:
    """The class of ``text[start:end]`` when its shape is never a secret's (see the module), or None."""
    raw = text[start:end]
    value = _ESCAPES.sub(r"\1", raw).strip("\"'`")
    if len(value) < 3:
        return None
    if _VERSION.fullmatch(value) or (_NAMED_VERSION.fullmatch(value) and not _password_assigned(text, start)):
        return "version"
    if _ALGORITHM.fullmatch(value) and any(w in _TECH for w in re.split(r"[-_]", value.lower())):
        return "algorithm"
    if _algorithm_name(value) or _algorithm_call(value):
        return "algorithm"
    if value.startswith("?") and _SHELL_REQUIRED.search(text[max(0, start - 80) : start]):
        return "shell_message"
    if _truncated(text, end, value):
        return "truncated"
    if ("EXAMPLE" in value or value.startswith(("sk_test_", "pk_test_"))) and _documented_example(
        text, start, end, value
    ):
        return "documented"
    if value.startswith("eyJ") and _demo_jwt(value):
        return "documented"
    if value.startswith("arn:") and _ARN.fullmatch(value):
        return "arn"
    before = text[max(0, start - 160) : start]
    if _ARN_BEFORE.search(before):
        return "arn"
    if _VARIABLE_REF.fullmatch(value) or _KEYVAULT_OPEN.search(before):
        return "reference"
    if _filler(value) or _ELIDED.fullmatch(value):
        return "filler"
    if _RECORD_ID.fullmatch(value) and any(c.isalpha() for c in value):
        return "record_id"
    if _OBJECT_ID.fullmatch(value) or _ulid(value):
        return "object_id"
    if _SSH_FINGERPRINT.fullmatch(value):
        return "fingerprint"
    if _constant(value):
        return "constant"
    if any(c in value for c in "./:") and _plain_url(value):
        return "url"
    if _reference_or_identifier(text, start, value):
        return "reference" if any(c in value for c in ".->:[(") and _reference(value) else "identifier"
    if _KEYED.match(value) and _wordy(value.split("=", 1)[0].lstrip("-").replace(".", "_").replace("-", "_")):
        return "reference"
    if _mangled(value):
        return "mangled"
    if len(value) >= 40 and _certificate_line(text, start, end, value):
        return "certificate"
    return public_role(text, start, end, value)  # advisory ids, JWK public members (public_ids.py)


class RoleVetoedDetector:
    """A secret detector whose spans `role_veto` judges; every other attribute is the inner one's."""

    def __init__(self, inner: Detector) -> None:
        self.inner = inner
        self.name: str = inner.name
        self.entities: tuple[str, ...] = inner.entities
        self.prefilter: tuple[str, ...] = tuple(getattr(inner, "prefilter", ()))

    def __getattr__(self, attr: str) -> Any:
        if attr == "inner":  # not set yet (unpickling): no recursion
            raise AttributeError(attr)
        return getattr(self.inner, attr)

    def __repr__(self) -> str:
        """``RoleVetoedDetector(ArrowValueDetector())``: the inner detector's repr when its class
        defines one (they name the class and settings, never a value), else its class name."""
        inner = self.inner
        shown = repr(inner) if type(inner).__repr__ is not object.__repr__ else f"{type(inner).__name__}()"
        return f"RoleVetoedDetector({shown})"

    def detect(self, text: str) -> list[Span]:
        found = self.inner.detect(text)
        if not found:
            return found
        return [
            s
            for s in found
            if role_veto(text, s.start, s.end) is None and key_role_veto(text, s.start, s.end, self.name) is None
        ]


def with_role_vetoes(detectors: Iterable[Detector]) -> list[Detector]:
    """Each detector wrapped in `RoleVetoedDetector`, except the `EXEMPT` ones."""
    return [d if d.name.startswith(EXEMPT) else RoleVetoedDetector(d) for d in detectors]
