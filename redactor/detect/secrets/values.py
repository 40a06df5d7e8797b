"""Does a value found next to a secret-ish key look like a secret of that kind?"""

from __future__ import annotations

import re
from itertools import pairwise

from redactor import cache_budget
from redactor.detect.secrets.entropy import classes, is_hex, looks_random, mixed_runs, shannon, wordiness
from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.wordlike import reads_as_words
from redactor.detect.short_cache import short_cache

UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_IDENTIFIER = re.compile(
    r"""^(?:
        [a-z][a-z]*(?:[_\-.][a-z]+)*          # snake/kebab/dotted lower words
      | [A-Z][A-Z]*(?:[_\-.][A-Z]+)*          # UPPER_WORDS
      | [a-z]+(?:[A-Z][a-z]+)+                # camelCase
      | (?:[A-Z][a-z]+)+                      # PascalCase
    )$""",
    re.VERBOSE,
)
_DOTTED_REF = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$")
_CALL = re.compile(r"^[A-Za-z_$][\w.$]*\s*\(")
_HOST = re.compile(r"^(?:[a-z0-9\-]+\.)+(?:com|net|org|io|dev|app|cloud|internal|local|test|ai|co|us|eu)(?::\d+)?$")
_VERSION = re.compile(r"^[vV]?\d+(?:\.\d+)+(?:[\-+][\w.]+)?$|^\d{4}-\d{2}-\d{2}")
_LEAD_IN = re.compile(r"[^\W\d_A-Z]+(?:-[^\W\d_A-Z]+)*:")
"""A lower-case word (hyphens allowed) ending in a colon: ``the password is hard-coded:``, ``... is
stored:`` introduces what follows; it is never the value."""
_PATH = re.compile(r"^(?:/|~/|\./|\.\./|[A-Za-z]:\\)")
_FILE = re.compile(
    r"^(?:[\w.-]+/)*[\w-][\w.-]*\.(?:txt|pem|key|crt|cer|der|json|ya?ml|env|p12|pfx|jks|keystore|ini|cfg|conf"
    r"|toml|properties|secret|gpg|asc|age|enc|pub|ppk)$"
)
"""``secrets/db_password.txt``: a relative file that holds the secret (Kustomize, Compose, Docker
secrets), not the secret itself."""
_PUBLIC_VALUE = re.compile(r"^(?:SB-)?[A-Za-z]{2,10}-client-[A-Za-z0-9_-]{8,}$")
"""``Mid-client-...``: a value that declares itself a client-side (public) key."""
_URL = re.compile(r"^[a-z][a-z0-9+.\-]*://", re.IGNORECASE)
_DOMAIN_USER = re.compile(r"^[A-Za-z][\w.-]{0,30}\\[A-Za-z][\w.$-]{0,63}$")
"""``CORP\\svc-backup``: a Windows account name, not a secret."""


_RESOURCE_ID = re.compile(
    r"""^(?:
        arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(?:\d{12}|aws)?:[^\s]+           # AWS ARN
      | urn:[a-z0-9][a-z0-9-]{0,31}:[^\s]+                                  # URN (RFC 8141)
      | (?://[a-z0-9.-]+\.googleapis\.com/)?projects/[\w.-]+/(?:locations|zones|regions|global
          |keyRings|secrets|serviceAccounts|topics|subscriptions|datasets|instances|databases
          |buckets|repositories)/[^\s]+                                      # GCP resource name
      | ocid1\.[a-z0-9]+\.[a-z0-9-]*\.[a-z0-9-]*\.[a-z0-9]+                  # Oracle Cloud OCID
    )$""",
    re.VERBOSE,
)
"""Names of cloud resources (``arn:aws:kms:...:key/<uuid>``, ``urn:ietf:...``,
``projects/p/locations/l/keyRings/r``): they say where a key lives, not what it is. A Secrets
Manager ARN is the same kind of pointer (`placeholders`)."""
_PLATFORMS = r"(?:linux|windows|win32|win64|macos|darwin|osx|ubuntu|debian|alpine|x64|x86|x86_64|amd64|arm64|aarch64)"
_CACHE_KEY = re.compile(
    r"(?i)^(?:[a-z0-9][a-z0-9.]*[-_]){0,6}" + _PLATFORMS + r"(?:[-_][a-z0-9][a-z0-9.]*){0,6}[-_]"
    r"(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$"
)
"""A build-cache key: words with a platform name, then a content digest (actions/cache
``go-Linux-<sha256 of go.sum>``, ``node-cache-macOS-npm-<sha>``). The digest names file contents."""
_TYPE_EXPR = re.compile(r"^[A-Za-z_][\w.]*\[[\w.\[\], |'\"]*\]$")
"""A type annotation (``Optional[str]``, ``dict[str, Any]``): the declared type of a secret field."""
_TEMPLATE_PART = re.compile(r"\{[A-Za-z_][\w.\[\]:'\"()+\-]*\}")
"""``{name}``, ``{tag[1:]}``, ``{self.key}``: a placeholder filled by a format string."""


LICENCE_TAIL_WORDS = (
    "4.3reno|4.3tahoe|acknowledgement|acpica|advertising|at|attribution|au|autoconf|base|beginning|bison|cc|cl8"
    "|clause|classpath|clear|click|cmu|code|copyleft|darwin|de|disclaimer|dist|ds|enna|exceptions?|feh|festival"
    "|file|first|flex|font|fr|freebsd|gcc|group|hp|hpnd|igo|inferno|interface|invariants|jp|khronos|later"
    "|lbnl|libtelnet|libwhirlpool|license|like|linking|lines|military|modern|modification|mpi|nc|nd|netbsd"
    "|nettverk|nl|no|nuclear|old|only|open|or|patent|perl|pkgconf|protection|rfn|sa|shortened|source|style"
    "|sun|systemics|testregex|uc|uk|us|variant|veillard|views|w3works|warranty|with|wu"
    "|alike|compatible|legal|niv|regents"
)
"""The words after a licence name's version in the SPDX license and exception list (read from
``packaging.licenses._spdx``, session 17), with Debian copyright files' ``exceptions``,
``invariants``, ``like``, ``alike``, ``compatible``, ``legal``, ``NIV``, ``regents``: a licence
name's tail is one of these or a version, never any word, so a word password ``Apache-Storm-2024``
is no licence name."""
_SPDX = re.compile(
    r"(?i)^(?:MIT|0?BSD|L?GPL|AGPL|Apache|MPL|ISC|CC0|CC-BY|EPL|EUPL|Zlib|Unlicense|Artistic|BSL|PSF|OFL)"
    rf"(?:-(?:[0-9]+(?:\.[0-9]+)*|(?:{LICENCE_TAIL_WORDS})(?![A-Za-z])))*\+?$"
)
"""An SPDX license identifier (``BSD-2-Clause-netbsd``, ``GPL-3.0-or-later``) under a ``License`` key."""


def spdx_license(value: str) -> bool:
    """An SPDX license identifier (``MIT``, ``BSD-3-Clause``, ``GPL-3.0-or-later``): public, never a credential."""
    return _SPDX.match(value) is not None


def resource_id(value: str) -> bool:
    """A cloud resource name, a build-cache key, a type annotation or an SPDX license id: no credential."""
    return bool(_RESOURCE_ID.match(value) or _CACHE_KEY.match(value) or _TYPE_EXPR.match(value) or _SPDX.match(value))


def _template(value: str) -> bool:
    """A format string whose fixed part is too short or too plain to be a secret (``f"Fn::{tag}"``)."""
    if not _TEMPLATE_PART.search(value):
        return False
    rest = _TEMPLATE_PART.sub("", value)
    return len(rest) < 12 or not looks_random(rest, min_len=12, min_entropy=3.0)


def _dotted_words(value: str) -> bool:
    """Identifiers joined by dots (``CloudFrontOriginAccessIdentityList.NextMarker``): a path in code or data."""
    parts = value.split(".")
    return len(parts) >= 2 and all(p and identifier_like(p) for p in parts)


_WORD_SEGMENTS = re.compile(r"[-_]")


def wordy_identifier(value: str) -> bool:
    """Snake or kebab words with at most one short non-word part (``random_ed25519_key_pair``)."""
    parts = _WORD_SEGMENTS.split(value)
    if len(parts) < 3 or not all(p.isalnum() for p in parts):
        return False
    odd = [p for p in parts if not (p.isalpha() and (len(p) <= 3 or wordiness(p) >= 0.99))]
    return len(odd) <= 1 and all(len(p) <= 8 for p in odd)


_SEGMENTS = re.compile(r"[\-_.:/]+")


def structured(value: str) -> bool:
    """Words and small numbers joined by separators: ``release-2024-10-01-rc1``, ``a/b/c``."""
    segs = [s for s in _SEGMENTS.split(value) if s]
    if len(segs) < 2:
        return False
    return all(len(s) <= 3 or (s.isdigit() and len(s) <= 4) or (s.isalpha() and wordiness(s) >= 0.99) for s in segs)


def identifier_like(value: str) -> bool:
    """Words glued as an identifier (``not_secret``, ``userName``), not random letters.

    A long run without separators must also have a fifth of its letters vowels and read as words
    by the letter-bigram model (`wordlike.reads_as_words`): ``ouvadwgwzakzevyfzoutpqgvagwetaqi``
    is random letters, ``authenticationtokenvalue`` and ``Nutzfahrzeugtechnik`` are words."""
    if not _IDENTIFIER.match(value):
        return False
    if len(value) >= 16 and not any(sep in value for sep in "_-."):
        letters = [c for c in value if c.isalpha()]
        vowels = sum(c in "aeiouAEIOU" for c in letters)
        return vowels >= 0.2 * len(letters) and reads_as_words(value)
    return True


_B64_BLOB = re.compile(r"[A-Za-z0-9+/_\-]{24,}={0,2}")


def _base64_blob(value: str) -> bool:
    """``/eDF+Kpnd7...``: base64 that happens to start with a slash is not a file path; so is a
    generated token mixing base64 and base64url characters (``/Wjib+oAN..._g-OfJ...``)."""
    if not _B64_BLOB.fullmatch(value):
        return False
    if "+" in value or value.endswith("="):
        return True
    longest = max(value.split("/"), key=len)
    return len(longest) >= 24 and any(c.isdigit() for c in longest) and longest.lower() != longest


def is_reference(value: str, *, quoted: bool) -> bool:
    """Code that points at a secret instead of holding one: calls, attribute paths, variables,
    subexpressions (``(ConvertTo-SecureString ...)``, ``$(cat key)``)."""
    if _CALL.match(value) or (_PATH.match(value) and not _base64_blob(value)) or _URL.match(value):
        return True
    if _FILE.match(value) or _PUBLIC_VALUE.match(value):
        return True
    if not quoted and (_DOTTED_REF.match(value) and not any(c.isdigit() for c in value)):
        return True
    if not quoted and (value[0] in "&*(" or value.startswith("$(") or value.endswith(("{", "{}", "()"))):
        return True
    return not quoted and identifier_like(value)


def _random_groups(value: str) -> bool:
    """``yX13 w5Md U7cs C6ij``: space-separated generated groups (application passwords)."""
    groups = value.split()
    if not 3 <= len(groups) <= 12:
        return False
    for g in groups:
        if not g.isalnum() or len(g) < 3:
            return False
        mixed = any(c.isupper() for c in g[1:]) and any(c.islower() for c in g)
        if not (any(c.isdigit() for c in g) or mixed):
            return False
    return True


_APP_PASSWORD = re.compile(r"[a-z0-9]{4}(?:-[a-z0-9]{4}){3}|[a-z]{4}(?: [a-z]{4}){3}")
"""``yqep-apnr-teoi-lamr``, ``abcd efgh ijkl mnop``: generated application passwords (Apple,
Google, Bluesky), lower-case groups of four that would otherwise read as a kebab identifier."""


_WP_APP_PASSWORD = re.compile(r"[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5}")
"""``r2S9 OXu1 36sE tQq4 zUK8 6WyV``: a WordPress application password (six groups of four), kept
under any secret name (``'secret' => '...'``), not only a password name."""


def app_password(value: str) -> bool:
    """Four groups of four lower-case characters, not all of them digits (not a date or a number)."""
    return _APP_PASSWORD.fullmatch(value) is not None and sum(c.isalpha() for c in value) >= 8


_DJANGO_KEY = re.compile(r"(?:django-insecure-)?[a-z0-9!@#$%^&*(\-_=+)]{50}")
"""Django's ``get_random_secret_key()``: 50 characters drawn from lower-case letters, digits and
``!@#$%^&*(-_=+)`` (``django-insecure-`` before it in a fresh project's settings)."""


def django_secret_key(value: str) -> bool:
    """A value of Django's generated secret-key shape: 50 characters of its alphabet with letters,
    digits and at least three of its symbols other than ``-`` and ``_`` (the draw makes all three near
    certain; a long snake-case or kebab-case name has none)."""
    if _DJANGO_KEY.fullmatch(value) is None:
        return False
    body = value.removeprefix("django-insecure-")
    letters = sum(c.isalpha() for c in body)
    digits = sum(c.isdigit() for c in body)
    return letters >= 10 and digits >= 4 and sum(c in "!@#$%^&*(=+)" for c in body) >= 3


def accept(value: str, strength: Strength, *, quoted: bool) -> bool:
    """True when `value` is plausibly the secret a key of `strength` names."""
    if not value or len(value) > 2000:
        return False
    if strength is Strength.PASSWORD and app_password(value) and not is_placeholder(value):
        return quoted or " " not in value
    if any(c.isspace() for c in value) and not (
        quoted and (strength is Strength.PASSWORD or _WP_APP_PASSWORD.fullmatch(value)) and _random_groups(value)
    ):
        return False
    if strength is not Strength.PASSWORD and django_secret_key(value):
        return True  # ``SECRET_KEY=*8&x...``: a leading ``*`` or ``(`` would read as a dereference
    if is_placeholder(value) or is_reference(value, quoted=quoted):
        return False
    if not quoted and _LEAD_IN.fullmatch(value):
        return False  # ``password is hard-coded:``: a lead-in to what follows
    if resource_id(value) or _template(value):
        return False
    if _VERSION.match(value) or _HOST.match(value) or _DOMAIN_USER.match(value):
        return False
    n = len(value)
    if strength in (Strength.PASSWORD,):
        if n < 4 or len(set(value)) < 3:
            return False
        # Quoted single words are plausible passwords; numbers alone are usually ports or flags.
        return not value.isdigit() or n >= 6
    if UUID.fullmatch(value):
        return True
    if structured(value) or _dotted_words(value) or wordy_identifier(value):
        return False
    if strength in (Strength.STRONG, Strength.AUTH):
        if n < 8 or identifier_like(value):
            return False
        if looks_random(value, min_len=8, min_entropy=2.5):
            return True
        alnum = any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
        if alnum and shannon(value) >= 3.0 and (n >= 16 or mixed_runs(value) >= 3):
            return True
        return n >= 12 and classes(value) >= 3 and shannon(value) >= 3.0
    # Strength.KEY: lookup keys are common, so demand a clearly random value.
    if n < 12 or identifier_like(value):
        return False
    return looks_random(value, min_len=12, min_entropy=3.0)


@cache_budget.helper()
@short_cache()
def generated(value: str, *, hex_ok: bool = True, min_len: int = 16) -> bool:
    """A value that looks machine-generated: long random mixed characters, or long hex.

    `min_len` is 16 unless the context is strong (a token in backticks next to "credential").
    """
    n = len(value)
    if n < min_len or n > 300 or UUID.fullmatch(value):
        return False
    if is_placeholder(value) or identifier_like(value) or structured(value):
        return False
    if resource_id(value) or _template(value) or _dotted_words(value) or wordy_identifier(value):
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


_LOOKUP_ALPHABET = re.compile(r"[A-Za-z0-9_\-]{40,300}")


def lookup_value(value: str) -> bool:
    """A value clearly generated enough to be a credential even under a lookup-key name: 40+
    letters of both cases and digits (base58/base62, maybe base64url), high entropy, no words;
    never hex (hashes), a UUID or a placeholder."""
    if not _LOOKUP_ALPHABET.fullmatch(value) or is_hex(value) or is_placeholder(value) or resource_id(value):
        return False
    if not (any(c.isdigit() for c in value) and any(c.islower() for c in value) and any(c.isupper() for c in value)):
        return False
    return shannon(value) >= 4.5 and wordiness(value) < 0.3


_NUMERIC_KEY = re.compile(r"[A-Za-z]{0,2}\d{10,40}")
_REPEAT = re.compile(r"(\d)\1{3}")
_DATE_STAMP = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_EPOCH_RANGE = (946_684_800, 4_102_444_800)
"""2000-01-01 .. 2100-01-01 in seconds: a 10-digit value inside is a Unix time (13 digits: in ms)."""


def numeric_key(value: str) -> bool:
    """A key issued as digits (``041091768227``; ``K81848163984755`` with a one- or two-letter
    prefix): 10-40 digits that vary (six or more distinct digits, no digit four times in a row,
    entropy 2.4+ bits, not counting), not a Unix time in seconds or milliseconds nor a date and
    time stamp (``20261124093015``). Taken only under a name that says key, secret or token
    (never id, number, port or count names)."""
    if _NUMERIC_KEY.fullmatch(value) is None or is_placeholder(value):
        return False
    digits = value.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    if len(digits) in (10, 13) and _EPOCH_RANGE[0] <= int(digits[:10]) < _EPOCH_RANGE[1]:
        return False
    if _DATE_STAMP.match(digits):
        return False
    if len(set(digits)) < 6 or shannon(digits) < 2.4 or _REPEAT.search(digits):
        return False
    steps = sum((int(b) - int(a)) % 10 == 1 for a, b in pairwise(digits))
    return steps * 2 < len(digits)  # ``1234567890123``: counting, not drawn
