"""Values of keys named in another language or after a PIN (``secret.generic.i18n_name``).

``<param name="correos.clave" value="..."/>``, an INI ``klic = <hex>``, ``SENHA_BANCO=...``,
``mot_de_passe: ...``, ``api_pin = 591053``: the key's words are credential nouns of another
language or PIN nouns (`names_i18n`), which the English hit words of
``secret.generic.assignment`` do not reach. The nouns are found in one RE2 pass over the
lower-cased text; a hit that stands as a word of an identifier is read as that detector reads a
key (`generic.take_value`: operators, quotes, notes, type annotations, table cells), with the
value rule of the noun's kind; a PIN name takes 4-12 digits, or a generated value (Elavon's
``<ssl_pin>`` is a 64-character key: `values.generated`). A noun is a word of a
camel-case identifier too (``<AccountPin>``, ``dbSenha``). Name/value pairs
(``<param name=... value=...>``, Kubernetes ``name:``/``value:``) are read too. The detector has
its own prefilter (the nouns themselves), so a text without them costs one RE2 look-up.
"""

from __future__ import annotations

import re

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.secrets.context_i18n import KINDS, PHRASES
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.generic import (
    HIT_LOWER,  # the main loop's hit words: a key they reach is that loop's
    IDCH,  # the characters of a key, as the main loop extends it
    SCORES,  # one score per strength for every name-read value
    name_value_pairs,  # the pair reader, in its i18n-only mode
    take_value,
    value_after,  # the value reader of the main loop
)
from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.names import classify_name
from redactor.detect.secrets.names_i18n import (
    FOLDED_NOUNS,
    fold,
    i18n_strength,
    key_words,
    pin_name,
    pin_value,
    plain_word,
)
from redactor.detect.secrets.values import generated
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector


def scan_i18n(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of the values of keys named in another language or after a PIN."""
    text = view.text
    out: list[tuple[int, int, float]] = []
    low = view.lower
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)  # offsets must match
    _i18n_keys(text, low, out)
    out.extend(name_value_pairs(view, i18n_only=True))
    return out


def _i18n_keys(text: str, low: str, out: list[tuple[int, int, float]]) -> None:
    """Keys named in another language (``correos.clave``, ``klic``, ``SENHA_DB``) or after a PIN
    (``api_pin``, ``PIN_CODE``), which the English hit words do not reach (`names_i18n`)."""
    n = len(text)
    last_key_end = -1
    for m in _I18N_HIT.finditer(low):
        s, e = m.start(), m.end()
        if s > 0 and not _edge(text, low, s):
            s = _camel_start(text, low, s, e)  # ``AccountPin``: the hit is ``tpin``, the noun ``pin``
        if s < 0 or e <= last_key_end or (e < n and not _edge(text, low, e)):
            continue
        while s > 0 and text[s - 1] in IDCH:
            s -= 1
        while e < n and text[e] in IDCH:
            e += 1
        last_key_end = e
        key = text[s:e]
        if text.startswith("${", s - 2):
            continue  # a variable reference
        english = classify_name(key.rstrip(".-"))
        if english is not None and HIT_LOWER.search(low, s, e) is not None:
            continue  # a name the main loop reached and read (``SMTP_PASSWORT``)
        if english is None and pin_name(key):
            found = value_after(text, s, e, key, Strength.KEY)
            if found is not None and (
                pin_value(text[found[0] : found[1]]) or _generated_pin(key, text[found[0] : found[1]])
            ):
                out.append((found[0], found[1], SCORES[Strength.PASSWORD]))
            continue
        strength = english or i18n_strength(key)
        if strength is None:
            continue
        before = len(out)
        take_value(text, s, e, key, strength, out)
        if strength is Strength.PASSWORD and len(out) > before and plain_word(text[out[-1][0] : out[-1][1]]):
            del out[before:]  # Spanish ``clave = "nombre"`` is a dictionary key: a chosen password is no plain word


_DIGEST_B64 = re.compile(r"(?:sha\d*/)?[A-Za-z0-9+/]{27}=|(?:sha\d*/)?[A-Za-z0-9+/]{43}=")
"""A base64 SHA-1 or SHA-256 digest (an HPKP/OkHttp certificate pin): public, no secret."""
_KEY_CHARS = re.compile(r"[A-Za-z0-9+/=_\-]{16,300}")
"""The characters of a key: no code (``puk2 = rsa_public_key(53, ...)``), no prose."""
_PUBLIC_PIN = frozenset(
    {"cert", "certificate", "spki", "public", "pubkey", "sha1", "sha256", "hash", "fingerprint", "tls"}
)
"""Words that make a pin a certificate or key pin (a digest of public data), not a secret."""


def _generated_pin(key: str, value: str) -> bool:
    """A generated value under a PIN name (Elavon's ``ssl_pin``: a 64-character key) that is no
    certificate pin (``certPin``, ``spki_pin``, ``pin: sha256/...=``)."""
    if not _KEY_CHARS.fullmatch(value) or _DIGEST_B64.fullmatch(value) or any(w in _PUBLIC_PIN for w in key_words(key)):
        return False
    return generated(value) and not _counting(value)


def _counting(value: str) -> bool:
    """Four characters that count up (``12345-abcde-56789``): a documentation sample, not a key."""
    low = value.lower()
    return any(
        ord(low[i + 3]) - ord(low[i + 2]) == ord(low[i + 2]) - ord(low[i + 1]) == ord(low[i + 1]) - ord(low[i]) == 1
        for i in range(len(low) - 3)
    )


def _edge(text: str, low: str, i: int) -> bool:
    """Offset `i` (0 < i < len) is a word edge of an identifier: no letter on one side, or a
    camel-case step (``AccountPin``, ``dbSenha``, ``pinCode``): a lower-case letter, then a capital."""
    return not (_LETTERS.match(low, i - 1) and _LETTERS.match(low, i)) or (text[i - 1].islower() and text[i].isupper())


def _camel_start(text: str, low: str, s: int, e: int) -> int:
    """Where a noun that is the camel-case word ending a hit starts inside it, or -1."""
    for j in range(s + 1, e - 1):
        if text[j - 1].islower() and text[j].isupper() and _I18N_HIT.fullmatch(low[j:e]) is not None:
            return j
    return -1


def _i18n_words() -> list[str]:
    """Every noun as written and folded, glued (``motdepasse``) and as its words (``mot de passe``)."""
    nouns = set(FOLDED_NOUNS)
    for noun in KINDS:
        if not noun.isascii() and fold(noun) in FOLDED_NOUNS:
            nouns.add(noun)
    for phrase in PHRASES:
        if " " in phrase and "".join(key_words(phrase)) in FOLDED_NOUNS:
            nouns.update((phrase.lower(), " ".join(key_words(phrase))))
    nouns.update(("pin", "puk", "otp", "pincode", "mpin", "tpin", "upin"))
    nouns.update(("totp", "hotp", "mfa", "twofa", "sms", "one time code"))  # session 14: ``mfa_code``
    return sorted(nouns, key=lambda w: (-len(w), w))


_I18N_WORDS = _i18n_words()
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.max_mem = 64 << 20
_RE2_OPTIONS.log_errors = False
_I18N_HIT = re2.compile(
    "(?:" + "|".join("[ _.-]?".join(map(re.escape, w.split(" "))) for w in _I18N_WORDS) + ")", _RE2_OPTIONS
)
"""A credential noun of another language, or a PIN noun, in one linear RE2 pass over the lower-cased
text; `_i18n_keys` keeps the hits that stand as words of an identifier (no letter on either side)."""
_LETTERS = re.compile(r"[a-z\u00c0-\u024f]")
I18N_LITERALS: tuple[str, ...] = tuple(
    sorted({w.split(" ")[-1] for w in _I18N_WORDS if len(w.split(" ")[-1]) >= 3}, key=lambda w: (-len(w), w))
)


class I18nKeyDetector(ViewScanDetector):
    """Secrets under key names of other languages and PIN names (``secret.generic.i18n_name``)."""

    name = "secret.generic.i18n_name"
    prefilter: tuple[str, ...] = I18N_LITERALS

    def find(self, view: EscapeView) -> list[Hit]:
        return scan_i18n(view)
