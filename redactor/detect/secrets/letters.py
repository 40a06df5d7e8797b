"""Generated values of one case of letters only, and the scope words after a key's noun (session 12).

Two small rules used by the key-name detector (`generic`, `keys`), and one detector for prose:

- `random_letters`: some vendors issue keys and passwords of lower-case (or upper-case) letters
  only (``hubtelClientSecret: 'ghamafcp'``, ``wskey = "iflztmcfw"``, ``ShopPass=dxxfkwgt``). The
  value checks of `values.accept` read such a value as an identifier (a variable name, a word),
  which it is when its letters read as words. A generated one does not: its letter pairs are those
  of random letters (`wordlike.letter_score` well below the words' threshold) and no dictionary
  word covers most of it (`randomness.word_cover`). Taken only under a key the name rules call a
  password, a secret or a key, never under an ``Authorization``-type key (those hold schemes).
  Code identifiers made of abbreviations (``getcwd``, ``mkdtemp``) also score low, so an unquoted
  value must be longer and even less word-like than a quoted one (``password=dbpwd`` in a call
  passes a variable). Not under an ``app_token`` key either: Adjust's app token, twelve lower-case
  characters shipped inside every app build, is an app's public identifier.
- `keys.SCOPE_WORDS` (defined in `key_scope_words.py`, used by `keys.classify`): words that name where a
  credential is used, written after the credential's noun (``NOSTO_API_TOKEN_APPS``,
  ``SENDGRID_API_KEY_EU``, ``STRIPE_SECRET_SANDBOX``): deployment stages, regions, channels and
  account roles. They leave the key's meaning alone, like ``_prod`` and ``_live`` did already.
  Attribute words (``_URL``, ``_ID``, ``_NAME``, ``_HASH``, ``_VERSION``, ``_AUDIENCE``) are not
  scope words: they name something about the credential.
- `ProseLettersDetector` (``secret.generic.prose_letters``): a run of 16-64 letters of one case
  that `random_letters` takes, with letters even less word-like (`letter_score` < -1.0: prose
  holds long words of many languages), after a credential noun (English, or any language's from
  `context_i18n.credential_nouns`) on the same line, with at most a few words ending in ``:``,
  ``=`` or ``is`` between them (``AiSensy का WhatsApp API key यह है: <letters>``,
  ``API key của Zalo là: <letters>``). The context detectors' randomness tests want digits or
  both cases and leave such values.
"""

# ruff: noqa: RUF001  # full-width colons are the point here

from __future__ import annotations

import re

from redactor.detect.secrets.context_i18n import credential_nouns
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.randomness import word_cover
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector
from redactor.detect.secrets.wordlike import letter_score

_QUOTED_MAX_SCORE = -0.5
"""`wordlike.THRESHOLD`: below it the letters do not read as words."""
_BARE_MAX_SCORE = -1.0
"""An unquoted value may be a variable named by abbreviations; ask for less word-like letters."""
_MAX_COVER = 0.5
"""Share of the letters that dictionary words may cover (``mysecretkey`` is all words)."""


def random_letters(value: str, strength: Strength, *, quoted: bool) -> bool:
    """True for a generated value of 6-64 ASCII letters of one case under a key of `strength`."""
    n = len(value)
    if strength is Strength.AUTH or not 6 <= n <= 64:
        return False
    if not (value.isascii() and value.isalpha() and (value.islower() or value.isupper())):
        return False
    if not quoted and n < 8:
        return False
    if strength is Strength.KEY and n < 8:
        return False  # lookup keys hold short names
    if len(set(value.lower())) < 0.6 * min(n, 26):
        return False  # ``bbbbbb``, ``abcabcab``: filler, not drawn at random
    if letter_score(value) >= (_QUOTED_MAX_SCORE if quoted else _BARE_MAX_SCORE):
        return False
    if word_cover(value) > _MAX_COVER:
        return False
    return not is_placeholder(value)


# --- letters-only values in prose -------------------------------------------------------------

_RUN = re.compile(r"(?<![\w/.\-@])(?:[a-z]{16,64}|[A-Z]{16,64})(?![\w/.\-@])")
"""A run of 16-64 letters of one case standing alone (not part of a path, a name or an e-mail)."""
_EN_NOUN = re.compile(
    r"(?i)(?<![a-z])(?:api[ _-]?key|access[ _-]?key|secret(?:[ _-]?key)?|(?:access|auth|api|bearer)?[ _-]?token"
    r"|password|passwd|passphrase|client[ _-]?secret|app[ _-]?secret)(?![a-z])"
)
_GAP = re.compile(r"""[^\n.!?;,"'`0-9]{0,40}?(?:[:=：][ \t]*["'`]?|[ \t]+(?:is|was)[ \t]+["'`]?)$|[ \t]*["'`]?$""")
"""Between the noun and the value: a few words (any language) ending with ``:``/``=``/``is``, or
nothing but a blank or a quote."""
_NOUN_LITERALS = (
    *("key", "token", "secret", "pass", "pwd", "cred", "clave", "chave", "clé", "cle", "chiave", "klucz", "klíč"),
    *("schlüssel", "sleutel", "nyckel", "nøkkel", "avain", "kulcs", "anahtar", "şifre", "senha", "contraseña"),
    *("mot de passe", "wachtwoord", "hasło", "parol", "ключ", "токен", "пароль", "секрет", "mật khẩu", "khóa"),
    *("密钥", "令牌", "密码", "キー", "トークン", "パスワード", "키", "토큰", "비밀번호", "कुंजी", "पासवर्ड", "รหัส"),
)
"""Literals one of which a text needs (the engine's prefilter): the credential nouns' stems of
the languages the tests and dev sets show; a noun of another language alone is not searched."""
_PROSE_MAX_SCORE = -1.0
"""Prose holds long words of other languages: ask for letters less word-like than under a key."""


def prose_letters(view: EscapeView) -> list[Hit]:
    """Letters-only generated values after a credential noun in prose (``API key यह है: <letters>``)."""
    text = view.text
    out: list[Hit] = []
    for m in _RUN.finditer(text):
        value = m.group()
        if not random_letters(value, Strength.STRONG, quoted=True) or letter_score(value) >= _PROSE_MAX_SCORE:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        lo = max(line_start, m.start() - 80)
        before = text[lo : m.start()]
        nouns = [n.end() for n in _EN_NOUN.finditer(before)]
        nouns += [e for _s, e, _k in credential_nouns(before)]
        if any(_GAP.fullmatch(before, end) for end in nouns):
            out.append((m.start(), m.end(), 0.7))
    return out


class ProseLettersDetector(ViewScanDetector):
    """Letters-only generated values after a credential noun of any language
    (``secret.generic.prose_letters``)."""

    name = "secret.generic.prose_letters"
    prefilter: tuple[str, ...] = _NOUN_LITERALS

    def admits(self, view: EscapeView) -> bool:
        return _RUN.search(view.text) is not None

    def find(self, view: EscapeView) -> list[Hit]:
        return prose_letters(view)
