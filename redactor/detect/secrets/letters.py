"""Generated values of one case of letters only, and the scope words after a key's noun (session 12).

Two small rules used by the key-name detector (`generic`, `keys`):

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
- `keys.SCOPE_WORDS` (defined there, used by `keys.classify`): words that name where a
  credential is used, written after the credential's noun (``NOSTO_API_TOKEN_APPS``,
  ``SENDGRID_API_KEY_EU``, ``STRIPE_SECRET_SANDBOX``): deployment stages, regions, channels and
  account roles. They leave the key's meaning alone, like ``_prod`` and ``_live`` did already.
  Attribute words (``_URL``, ``_ID``, ``_NAME``, ``_HASH``, ``_VERSION``, ``_AUDIENCE``) are not
  scope words: they name something about the credential.
"""

from __future__ import annotations

from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.randomness import word_cover
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
