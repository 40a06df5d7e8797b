"""Key names in other languages and PIN names: ``correos.clave``, ``klic``, ``senha``, ``api_pin``.

`keys.classify` reads English words. Configs written in other languages name their secrets in
their own words (``<param name="correos.clave" value="..."/>``, an INI ``klic = <hex>``,
``SENHA_BANCO=...``, ``llave_secreta: ...``), and a PIN is named ``pin``, ``api_pin``,
``pin_code``, ``admin_pin``. The words come from the multilingual vocabulary
(`secret_vocab_i18n`, by way of `context_i18n.KINDS`: password, PIN, token and key nouns of about
eighty languages, with and without diacritics); the key's last one to three words, joined,
are looked up. Each kind keeps its value rule: a password word takes any non-placeholder value,
a token word a value a strong English name would take, a key word a clearly random value, a PIN
word 4-12 digits only (a GPIO ``led_pin = 13`` has fewer; years, runs and repeats are left).

A few vocabulary words are everyday words in another language used as identifiers (Italian
``parole`` "words", ``voti`` "votes", Japanese ``kokoro``, a music ``clef``): they are not read
as key names (`_NOT_KEY_NAMES`).
"""

# ruff: noqa: RUF001  # letters of other alphabets are folded here

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

from redactor import cache_budget
from redactor.detect.secrets.context_i18n import KINDS
from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.values_i18n import Kind

_NOT_KEY_NAMES = frozenset(
    {
        *("parole", "voti", "kokoro", "clef", "susi", "khoa", "testimoni", "furaha", "sandi", "celes"),
        *("acar", "voti", "tokeni", "tokena", "paroli", "nip"),
    }
)
"""Vocabulary nouns that are ordinary identifiers in some language (or too short to be sure)."""
_ENGLISH = frozenset({"password", "passwords", "passcode", "passwort"})
"""Words `keys.classify` already reads."""
_PIN_WORDS = frozenset({"pin", "pincode", "pinnumber", "puk", "otp", "mpin", "tpin", "upin"})
"""English PIN nouns as key names (``api_pin``, ``pin_code``, ``sim_puk``, ``atm_pin``)."""
_CODE_OWNERS = frozenset({"pin", "otp", "totp", "hotp", "mfa", "twofa", "tfa", "sms", "onetime", "passcode"})
"""Words that make a following ``code``/``number`` a PIN name (``pin_code``, ``otp_code``, ``mfaCode``,
``sms_code``, ``one_time_code``): session 14; the value must still be 4-12 digits (`pin_value`)."""
_PIN_VETO = frozenset(
    {
        *("max", "min", "length", "len", "count", "size", "digits", "attempts", "retries", "retry", "tries"),
        *("timeout", "expiry", "ttl", "gpio", "led", "reset", "data", "clock", "cs", "irq", "pwm", "enable"),
        *("hint", "label", "placeholder", "regex", "pattern", "policy", "type", "format", "mode", "required"),
        *("is", "has", "show", "use", "enabled", "input", "field", "status", "error", "wrong", "invalid"),
    }
)
"""Words beside a PIN noun that make the name about a pin's rules, a board pin or a UI field."""
_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z\u00df-\u024f]+|[A-Z\u00c0-\u00de]+[a-z\u00df-\u024f]*|\d+")
_UNDECOMPOSED = str.maketrans({"ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "đ": "d", "ı": "i"})


def fold(word: str) -> str:
    """`word` in lower case without diacritics (``Klíč`` -> ``klic``)."""
    nfkd = unicodedata.normalize("NFKD", word.lower().translate(_UNDECOMPOSED))
    return "".join(c for c in nfkd if not unicodedata.combining(c))


_FOLDED: dict[str, Kind] = {}
for _noun, _kind in KINDS.items():
    _f = fold(_noun)
    if _f.isascii() and _f.isalpha() and len(_f) >= 4 and _f not in _NOT_KEY_NAMES and _f not in _ENGLISH:
        _FOLDED.setdefault(_f, _kind)
FOLDED_NOUNS: frozenset[str] = frozenset(_FOLDED)
"""Every usable noun, folded to ASCII lower case (the look-up form of a key's words)."""


def key_words(key: str) -> list[str]:
    """The folded lower-case words of a key in any Latin script (``correos.Contraseña`` ->
    ``['correos', 'contrasena']``), trailing numbers dropped."""
    out = [fold(w) for w in _WORD.findall(key)]
    while out and out[-1].isdigit():
        out.pop()
    return out


_KIND_STRENGTH = {Kind.PASSWORD: Strength.PASSWORD, Kind.TOKEN: Strength.STRONG, Kind.KEY: Strength.KEY}


@cache_budget.helper()
@lru_cache(maxsize=8192)
def i18n_strength(key: str) -> Strength | None:
    """The strength a non-English credential noun at the end of `key` implies, or None.

    The last one, two or three words are joined (``llave_secreta`` -> ``llavesecreta``,
    ``chave_api`` -> ``chaveapi``); the longest known noun decides. PIN nouns are left to
    `pin_name` (their values follow another rule).
    """
    ws = key_words(key)
    for n in (3, 2, 1):
        if len(ws) >= n:
            kind = _FOLDED.get("".join(ws[-n:]))
            if kind is not None:
                return _KIND_STRENGTH.get(kind)
    return None


@cache_budget.helper()
@lru_cache(maxsize=8192)
def pin_name(key: str) -> bool:
    """A key that names a PIN: its last word is a PIN noun of any language (``api_pin``,
    ``PIN_CODE``, ``sim_puk``, ``codice_pin``, ``Geheimzahl``), with no word about a pin's
    rules, a board pin or a form field (``pin_length``, ``led_pin``, ``pin_hint``)."""
    ws = key_words(key)
    if not ws or any(w in _PIN_VETO for w in ws):
        return False
    if ws[-1] in _PIN_WORDS or (len(ws) >= 2 and _code_owner(ws) and ws[-1] in ("code", "number", "no", "nr")):
        return True
    return any(_FOLDED.get("".join(ws[-n:])) is Kind.PIN for n in (2, 1) if len(ws) >= n and len(ws[-n]) >= 4)


def _code_owner(ws: list[str]) -> bool:
    """The word(s) before a last ``code``/``number`` name a PIN or one-time code (``one_time``)."""
    return len(ws) >= 2 and (ws[-2] in _CODE_OWNERS or (len(ws) >= 3 and ws[-3] + ws[-2] in _CODE_OWNERS))


_DIGITS = re.compile(r"\d{4,12}")


def pin_value(value: str) -> bool:
    """4-12 digits that are no example (``1234``, ``0000``, ``9876``) and no year (``2024``)."""
    if not _DIGITS.fullmatch(value) or len(set(value)) < 2:
        return False
    steps = {int(b) - int(a) for a, b in pairwise(value)}
    if steps in ({1}, {-1}):
        return False
    return not (len(value) == 4 and value.startswith(("19", "20")))


def plain_word(value: str) -> bool:
    """A word or an identifier of words (``nombre``, ``Valor``, ``user_name``): no password, as
    the value of a non-English password noun that is also a dictionary key (Spanish ``clave``)."""
    return value.replace("_", "").isalpha() and (value.islower() or value.istitle() or value.isupper())
