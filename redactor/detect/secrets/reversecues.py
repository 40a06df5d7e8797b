"""Values named by a credential noun that follows them (``secret.generic.reversed_cue``).

The prose detectors (`context_i18n`, `keysentences`, `pwshape`) read the order "<noun> (of|for X)
(is|:|=) <value>" in every language of `secret_vocab_i18n`. This one reads the reversed order,
where the value opens the clause and the noun comes after a copula, an article or a few words of
the thing it belongs to:

- "<v> is the password for the staging box", "<v> ist der API-Schlüssel für X", "<v> es la clave
  API de X", "<v> est le mot de passe du serveur" (subject-copula-noun);
- "<v> — это ключ API для X", "<v> هو مفتاح API الخاص بـ X", "<v> הוא מפתח ה-API של X",
  "<v> ni ufunguo wa API wa X", "<v> ndiyo nenosiri la seva" (a pronoun or copula particle);
- "<v> کلید API سرویس X است", "<v> 是 X 的 API 密钥", "<v> は X の API キー" (noun-final orders).

Grammar, not a word list per language: the nouns are `context_i18n.credential_nouns` (every
language of the tables, RTL scripts included) plus the English credential nouns; between the
value and the noun stand at most four short words (`_BRIDGE`: no sentence punctuation, no digits),
so the noun belongs to the value's clause. The value is vetted as the forward-order detectors vet
theirs: a password noun takes a password-shaped or generated value (`pwshape.password_shaped`,
`values.generated`), every other noun a generated one (16+ random characters or 32+ hex digits);
UUIDs, PINs, placeholders, hosts, paths and dotted names never count, nor a value next to a hash,
digest, commit or id word (`context_prose.HASHY`) or in a sentence that shows an example.
"""

# ruff: noqa: RUF001  # dashes and quotes of other scripts are the point here

from __future__ import annotations

import re

from redactor.detect.secrets.context_i18n import PREFILTER as _I18N_PREFILTER
from redactor.detect.secrets.context_i18n import credential_nouns
from redactor.detect.secrets.context_prose import HASHY
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.pwshape import password_shaped
from redactor.detect.secrets.values import UUID, generated
from redactor.detect.secrets.values_i18n import Kind
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

__all__ = ["ReversedCueDetector", "scan"]

_ENGLISH = re.compile(
    r"(?i)\b(?:pass(?:word|phrase|code)|(?:api|access|secret|private|license|licence|auth|app|client|signing"
    r"|webhook|bot|bearer|refresh|session)[ _-]?(?:key|token|secret)|token|secret)s?\b"
)
"""English credential nouns (``key`` only with a word that makes it a credential's)."""
_ENGLISH_PASSWORD = re.compile(r"(?i)pass")

_BRIDGE = re.compile(
    r"[`'\"»”’」』)]?[ \t\u00a0\u200e\u200f]*(?:[—–:=-][ \t\u00a0\u200e\u200f]*)?"
    r"(?:[^\s\d.,;:!?()\[\]{}<>=\"'`/\\|。、，；：！？،؛؟।]{1,12}[ \t\u00a0\u200e\u200f]*){0,4}"
)
"""What may stand between a value and the noun that names it: a closing quote, a dash or colon,
and at most four short words (copulas, articles, pronouns, the thing's name, ``API``), with no
digit and no sentence punctuation; CJK particles may touch the noun (``的``, ``の``)."""

_JOINER_WORDS = (
    "and or but which that who whose where when while with from after before since than not nor"
    " und oder aber welche welcher mit von nach vor et ou mais qui que avec après avant"
    " y o pero que con tras antes e ou mas com i lub oraz albo który która które и или но который которая"
    " с после ve veya ile ama na au lakini dan atau yang và hoặc với 和 或 与 及 と や 및 또는 ja tai och eller"
    " og en men maar of و أو ثم لكن الذي التي مع بعد قبل و یا اما که با ו או אבל ש עם और या लेकिन"
)
_JOINERS = frozenset(_JOINER_WORDS.split())
"""Conjunctions, relative pronouns and prepositions: a noun after one of them names another value
(``<client id> and the client secret <v>``) or the value is another clause's (``<sha> which
rotated the key``)."""
_PROCLITIC = frozenset("وفוש")
"""Arabic and Hebrew "and"/"that" written on the noun (``ومفتاح``, ``והסיסמה``)."""

_VALUE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_+/=.!@#$%^&*?~\-]{5,299}$")
_TRAIL = ".,;:"
_EXAMPLE = re.compile(
    r"(?i)\b(?:example|sample|dummy|fake|placeholder|e\.g\.|such as|looks like|format|redacted|masked)\b"
)
_HASHY_I18N = re.compile(
    r"(?i)fingerabdruck|prüfsumme|empreinte|huella|impronta|odcisk|отпечат|контрольн|哈希|指纹|指紋|ハッシュ|해시"
    r"|بصمة|تجزئة|هش|טביעת|גיבוב|commit|коммит|提交|コミット|커밋"
)
_OWN_VALUE = re.compile(r"[\"']?[ \t]*(?:[:=：]|[ \t][^\s\d]{1,5}[ \t])?[ \t]*[\"'`]?(?P<v>[^\s\"'`,;]{8,300})")
"""What follows a noun that names the value after it: ``: <v>``, ``= <v>``, ``on <v>``, ``ist <v>``."""
_LOOKAHEAD = 90
_CANDIDATE = re.compile(
    r"(?<![^\s`'\"«“„‘「『(])[A-Za-z0-9][A-Za-z0-9_+/=.!@#$%^&*?~\-]{5,299}(?=[`'\"»”’」』)]?[ \t\u00a0\u200e\u200f])"
)
"""A token that may be a value: after a blank or an opening quote, before a blank (or a closing
quote and a blank): the values this detector takes are followed by the words that name them."""
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
"""Scripts written without blanks between words (Thai, Lao, Myanmar, kana, CJK, Hangul)."""


def _nouns(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end, password noun?) of each credential noun of any language in ``text[start:end]``,
    in text offsets and order."""
    window = text[start:end]
    found: dict[int, tuple[int, int, bool]] = {}
    for ns, ne, kind in credential_nouns(window):
        if kind is not Kind.PIN:
            found[ns] = (start + ns, start + ne, kind is Kind.PASSWORD)
    for m in _ENGLISH.finditer(window):
        found.setdefault(
            m.start(), (start + m.start(), start + m.end(), _ENGLISH_PASSWORD.match(m.group()) is not None)
        )
    return sorted(found.values())


def _candidates(text: str) -> list[tuple[int, int]]:
    """(start, end) of each token that may be a value: 6+ characters ending before a blank or a
    closing quote, with a digit or both cases (every value `_vetted` takes has one or the other)."""
    out: list[tuple[int, int]] = []
    for m in _CANDIDATE.finditer(text):
        v = m.group()
        if v[-1] in _TRAIL or "=" in v.rstrip("="):
            continue  # punctuation ends it (a sentence, a clause), or it is an assignment (``key=value``)
        if any(c.isdigit() for c in v) or (any(c.isupper() for c in v) and any(c.islower() for c in v)):
            out.append(m.span())
    return out


def _noun_after(text: str, vs: int, ve: int) -> tuple[int, int, bool] | None:
    """The first credential noun after the token ``text[vs:ve]`` that only a bridge (`_BRIDGE`)
    separates from it, if one does."""
    line_end = text.find("\n", ve, ve + _LOOKAHEAD)
    end = line_end if line_end >= 0 else min(len(text), ve + _LOOKAHEAD)
    while end < len(text) and end < ve + _LOOKAHEAD + 40 and not text[end].isspace():
        end += 1  # never cut a noun in two
    for ns, ne, password in _nouns(text, ve, end):
        if ns == ve and not _UNSPACED.match(text, ns):
            return None  # glued to the noun (``...l0Mdp//`` in base64): one token, not a value and a noun
        words = text[ve:ns].lower().split()
        if any(w.startswith("-") for w in words) or _JOINERS.intersection(words):
            return None  # a command's flags (``--secure --user x --password``), a conjunction or relative
        if _BRIDGE.fullmatch(text, ve, ns):
            return ns, ne, password
    return None


def _vetted(text: str, vs: int, ve: int, password: bool) -> bool:
    value = text[vs:ve]
    if not _VALUE.match(value) or UUID.fullmatch(value) or is_placeholder(value):
        return False
    if "://" in text[vs : ve + 3] or value.startswith("/"):
        return False
    if "." in value and not value.startswith("eyJ") and (not password or value.count(".") > 1):
        return False  # a host, a file or a dotted name
    ok = generated(value) or (password and password_shaped(value))
    if not ok:
        return False
    before = text[max(0, vs - 40) : vs]
    return not (HASHY.search(before) or _HASHY_I18N.search(before))


def _names_next(text: str, ne: int, password: bool) -> bool:
    """Whether the noun ending at `ne` has a value of its own after it (``<v1> API-Schlüssel
    <v2>``, ``<name> avain on <v2>``): a vetted one, or 12+ characters with letters and digits."""
    own = _OWN_VALUE.match(text, ne)
    if own is None:
        return False
    v = own.group("v").rstrip(".,;:")
    if len(v) >= 12 and any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
        return True
    return _vetted(text, own.start("v"), own.start("v") + len(v), password)


def scan(view: EscapeView) -> list[Hit]:
    """(start, end, score) of each value a following credential noun names, in view offsets."""
    text = view.text
    by_noun: dict[int, tuple[int, int, int, bool]] = {}
    for vs, ve in _candidates(text):
        found = _noun_after(text, vs, ve)
        if found is not None and _vetted(text, vs, ve, found[2]):
            by_noun[found[0]] = (vs, ve, found[1], found[2])  # the value closest to its noun
    out: list[Hit] = []
    for ns, (vs, ve, ne, password) in sorted(by_noun.items()):
        if ns > 0 and text[ns - 1] in _PROCLITIC:
            continue
        if _names_next(text, ne, password):
            continue  # the noun names the value after it (``appid <id>, appsecret <v>``)
        between = text[ve:ns]
        if HASHY.search(between) or _HASHY_I18N.search(between):
            continue
        line_start = text.rfind("\n", 0, vs) + 1
        line_end = text.find("\n", ne)
        sentence = text[max(line_start, vs - 80) : (len(text) if line_end < 0 else min(line_end, ne + 80))]
        if _EXAMPLE.search(sentence) or HASHY.search(text[ne : ne + 12]):
            continue
        out.append((vs, ve, 0.7))
    return out


class ReversedCueDetector(ViewScanDetector):
    """A generated or password-shaped value followed, in its clause, by a credential noun of any
    language (``<v> is the password for X``, ``<v> هو مفتاح API``)."""

    name = "secret.generic.reversed_cue"
    prefilter: tuple[str, ...] = tuple(sorted({*_I18N_PREFILTER, "pass", "key", "token", "secret"}))

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
