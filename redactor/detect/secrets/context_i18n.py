"""Passwords, PINs, tokens and keys named in other languages (``secret.generic.i18n``).

"Nenosiri: Kestrel744*xs", "رمز عبور پنل مدیریت به Kestrel%2987 تغییر کرد", "የይለፍ ቃሉ X ነው",
"パスワードはXです", ``{"密码": "X"}``, ``| Passwort | X |``: a credential noun of one of about
eighty languages (secret_vocab_i18n.py), then its value. Where the value stands depends on the
noun's script:

- Latin-script nouns (``nenosiri``, ``mật khẩu``, ``şifre``): the value follows a separator
  (``:``, ``=``, ``|``, ``：``) or a copula/verb of the vocabulary ("ni", "adalah", "là",
  "lautet", "changed to"), after at most six qualifier words ("nenosiri ya Wi-Fi ni X"); or it
  stands before a verb-final word ("şifre X olarak değiştirildi"); or, a clearly generated or
  symbol-bearing password, right after the noun ("Şifre X").
- Nouns in other scripts (Cyrillic, Greek, Arabic, Hebrew, Indic, CJK, Thai, Ge'ez...): the
  value is one of the first runs of ASCII characters after the noun in the same sentence, which
  is how a password stands out in such text whatever the word order ("X ነው", "به X تغییر کرد",
  "密码是X"). A run that ends with a colon (``пароль для srv01: X``) or follows a word meaning
  "for" is the credential's target, not its value.

A value must look like a credential of the noun's kind (values.py, placeholders.py,
entropy.py): a password has letters and digits or symbols (or is a quoted passphrase, or words
and a digit joined by hyphens), a PIN is 4-8 digits, a token looks generated; placeholders
(``********``, ``<contraseña>``, ``${PASS}``), references, paths, URLs, e-mail addresses,
versions, units and protocol names are left alone.

English nouns are those of the English detectors (`context_prose`, `generic`), except PIN and
one-time/recovery codes, which only this detector reads. A value both find becomes one span
(the engine merges overlapping findings).
"""

# ruff: noqa: RUF001, RUF002  # words, quotes and punctuation of other scripts are the point here

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.secrets.context_prose import HASHY
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.git_vocab import git_reference
from redactor.detect.secrets.secret_vocab_i18n import FOR_AFTER, FOR_WORDS, KEY_WORDS, LANGUAGES, LOANWORDS, SEPARATORS
from redactor.detect.secrets.values_i18n import PIN, TR_SUFFIX, Kind, plausible, strong_value
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_BLANKS = re.compile(r"[ \t_\-]+")


def _norm(phrase: str) -> str:
    """The look-up form of a noun phrase: lower case, without blanks, ``_`` and ``-``."""
    return _BLANKS.sub("", phrase.lower())


_UNDECOMPOSED = str.maketrans({"ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "đ": "d", "ı": "i"})


def ascii_folded(phrase: str) -> str | None:
    """`phrase` written without its diacritics, as keyboards without them write it (``klíč`` ->
    ``klic``, ``nøkkel`` -> ``nokkel``, ``Schlüssel`` -> ``Schlussel``); None when it has none,
    is not Latin script, or folds to fewer than 4 letters (``clé`` -> ``cle``)."""
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", phrase.translate(_UNDECOMPOSED)) if not unicodedata.combining(c)
    )
    if folded == phrase or not folded.isascii() or len(_norm(folded)) < 4:
        return None
    return folded


def _key_words() -> list[str]:
    """The bare words for "key" of every language, and their forms without diacritics."""
    words = [p for ws in KEY_WORDS.values() for p in ws.split("|") if p]
    return words + [f for f in map(ascii_folded, words) if f is not None]


def _by_length(words: set[str]) -> list[str]:
    """Longest first, so a regex alternation prefers "was set to" over "was"."""
    return sorted(words, key=lambda w: (-len(w), w))


def _build() -> tuple[dict[str, Kind], list[str], list[str], list[str], list[str], frozenset[str]]:
    kinds: dict[str, Kind] = {}
    copulas: set[str] = set()
    links: set[str] = set()
    after: set[str] = set()
    english: set[str] = set()
    for lang in LANGUAGES:
        for field, kind in ((lang.password, Kind.PASSWORD), (lang.pin, Kind.PIN), (lang.token, Kind.TOKEN)):
            for phrase in filter(None, field.split("|")):
                for form in {phrase, phrase.replace("\u200c", "")}:
                    kinds.setdefault(_norm(form), kind)
        copulas.update(p.lower() for p in lang.copula.split("|") if p)
        links.update(p.lower() for p in lang.link.split("|") if p)
        after.update(p.lower() for p in lang.after.split("|") if p)
        if lang.code == "en":
            english.update(p.lower() for p in (*lang.copula.split("|"), *lang.link.split("|")) if p)
    for phrase in LOANWORDS.split("|"):
        kinds.setdefault(_norm(phrase), Kind.PASSWORD)
    for phrase in _key_words():
        kinds.setdefault(_norm(phrase), Kind.KEY)
    phrases = sorted(
        {
            form
            for lang in LANGUAGES
            for f in (lang.password, lang.pin, lang.token)
            for p in f.split("|")
            if p
            for form in (p, p.replace("\u200c", ""))
        }
        | set(LOANWORDS.split("|"))
        | set(_key_words()),
        key=lambda p: (-len(p), p),
    )
    return kinds, phrases, _by_length(copulas), _by_length(links), _by_length(after), frozenset(english)


KINDS, PHRASES, COPULAS, LINKS, AFTER, ENGLISH_COPULAS = _build()
"""Noun look-up (normalised form -> kind), every noun phrase (longest first), the copula, link
and verb-final phrases of all languages together (longest first), and English's copulas."""
LOAN = frozenset(_norm(p) for p in LOANWORDS.split("|"))


def _phrase_re(phrases: list[str]) -> re.Pattern[str]:
    body = "|".join(r"[ \t]+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(r"(?i)(?:" + body + r")(?=[\s:：]|$)")


_COPULA_RE = _phrase_re(COPULAS)
_LINK_RE = _phrase_re(LINKS)
_AFTER_RE = _phrase_re(AFTER)


def _pattern(phrase: str) -> str:
    parts = [re.escape(p) for p in _BLANKS.split(phrase) if p]
    return r"[ \t_\-]*".join(parts)


def _compile_nouns() -> re2._Regexp:
    options = re2.Options()
    options.max_mem = 64 << 20
    options.log_errors = False
    return re2.compile("(?:" + "|".join(_pattern(p.lower()) for p in PHRASES) + ")", options)


_NOUNS = _compile_nouns()
"""Every noun in one linear RE2 pass over the lower-cased text (leftmost match, longest phrase
first). Lower case instead of ``(?i)``: Unicode case folding of ~800 phrases would need a DFA
several times larger."""


@functools.cache
def _nouns_any_case() -> re.Pattern[str]:
    """For the rare text whose lower-case form has another length (offsets would not match)."""
    return re.compile("(?i)(?:" + "|".join(_pattern(p) for p in PHRASES) + ")")


def _literal(phrase: str) -> str:
    """The longest blank-free piece of a phrase, lower-cased: occurs in every text it matches in."""
    return max((p for p in _BLANKS.split(phrase.lower()) if p), key=len)


PREFILTER: tuple[str, ...] = tuple(sorted({_literal(p) for p in PHRASES}))


# --- scripts -----------------------------------------------------------------------------------

_CONTINUOUS = (
    "CJK",
    "HIRAGANA",
    "KATAKANA",
    "HANGUL",
    "THAI",
    "LAO",
    "KHMER",
    "MYANMAR",
    "ETHIOPIC",
    "ARABIC",
    "HEBREW",
)
"""Scripts in which a noun may be glued to the word before it (no spaces, or attached prefixes)."""


def _script(phrase: str) -> str:
    """``LATIN`` when every letter of `phrase` is Latin, else the first non-Latin script's name.

    Modifier letters (the Hawaiian ʻokina, Guarani and Uzbek ``ʼ``/``ʻ``) belong to Latin words.
    """
    for ch in phrase:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if not name.startswith(("LATIN", "MODIFIER LETTER")):
                return name.split(" ")[0]
    return "LATIN"


def _is_letter(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")


# --- values ------------------------------------------------------------------------------------

_OPEN_CLOSE = {
    '"': '"',
    "'": "'",
    "`": "`",
    "«": "»",
    "»": "«",
    "„": "“",
    "“": "”",
    "‘": "’",
    "‚": "‘",
    "‹": "›",
    "「": "」",
    "『": "』",
    "《": "》",
}
_QUOTE_BLANKS = " \t\u00a0\u202f"
_TRAIL = ".,;:)]}>\"'`»”’“」』》。、，；："
_LEAD = "\"'`([{<«»„“‘‚‹「『《"
_SENTENCE_END = re.compile(r"[。！？।።؟\n]|[.!?](?:\s|$)")
# --- reading a value ---------------------------------------------------------------------------


def _read(text: str, p: int, limit: int) -> tuple[int, int, bool] | None:
    """The value starting at `p` (before `limit`): a quoted string or a token; (start, end, quoted).

    A token runs to the next blank even past `limit` (a sentence end): ``Kestrel744! Bitte...``
    ends the sentence with the value's own ``!``.
    """
    bold = text.startswith("**", p) and _BOLD_END.match(text, p + 2) is not None
    if bold:
        p += 2  # **bold** markup around a value
    if p >= limit:
        return None
    line_end = text.find("\n", p)
    hard = min(len(text) if line_end < 0 else line_end, p + 202)
    close = _OPEN_CLOSE.get(text[p])
    if close is not None:
        end = text.find(close, p + 1, hard)
        inner = text[p + 1 : end]
        if end > p + 1 and inner.strip(_QUOTE_BLANKS):
            lead = len(inner) - len(inner.lstrip(_QUOTE_BLANKS))  # « X »: French spacing
            return p + 1 + lead, p + 1 + len(inner.rstrip(_QUOTE_BLANKS)), True
        p += 1
    end = p
    while end < hard and not text[end].isspace():
        end += 1
    while end > p and (text[end - 1] in _TRAIL or (bold and text[end - 1] == "*")):
        end -= 1
    if end <= p:
        return None
    tr = TR_SUFFIX.search(text, p, end)
    if tr is not None:
        end = tr.start()
    return p, end, False


_YEAR = re.compile(r"(?:19|20)\d\d")
"""With no copula or separator a 4-digit year after a PIN word is a date ("PIN required since 2019")."""
_BOLD_END = re.compile(r"[^\s*]+\*\*")
"""``**value**``: the value is bold only when the closing ``**`` ends the same token."""
_LABEL = re.compile(
    r"(?:[_.\-][\w.\-]{1,24})?[\"'`»”*]*[ \t]*(?:[" + re.escape(SEPARATORS) + r"]|=>|->|[-–—](?=[ \t]))+"
    r"(?:[ \t]*(?:\*\*|__)(?![*_]))?[ \t]*"
)
"""After a noun: a key's rest (``nenosiri_db``), a closing quote or markup, a separator, the end
of bold markup (``**Mot de passe :** X``)."""


def _latin(text: str, ne: int, limit: int, kind: Kind, *, loan: bool = False) -> Iterator[tuple[int, int]]:
    """Values after a Latin-script noun ending at `ne` (see the module docstring).

    A loanword noun shared with English (`loan`: ``password``) is the English detectors' in its
    plain forms; here it counts only after qualifier words and a separator ("password wifi
    kantor: X") or before a copula of another language ("ang password ay X", "password è X").
    """
    m = _LABEL.match(text, ne, limit)
    if m is not None:
        if loan:
            return
        got = _read(text, m.end(), limit)
        if got is not None and plausible(text[got[0] : got[1]], kind, quoted=got[2]):
            yield got[0], got[1]
        return
    pos = ne
    for i in range(7):
        while pos < limit and text[pos] in " \t":
            pos += 1
        if pos >= limit:
            return
        cm = _COPULA_RE.match(text, pos, limit) or (_LINK_RE.match(text, pos, limit) if i <= 1 else None)
        if cm is not None:  # "ni", "adalah", "lautet", "changed ... to", "nenosiri kuwa X"
            if loan and (cm.group().lower() in ENGLISH_COPULAS or HASHY.search(text, ne, pos)):
                return
            yield from _after_copula(text, cm.end(), limit, kind)
            return
        got = _read(text, pos, limit)
        if got is None:
            return
        ts, te, quoted = got
        token = text[ts:te]
        word_end = te + (1 if quoted else 0)
        while word_end < limit and not text[word_end].isspace():
            word_end += 1
        raw = text[pos:word_end]
        nxt = word_end
        while nxt < limit and text[nxt] in " \t":
            nxt += 1
        if not quoted and not loan and _AFTER_RE.match(text, nxt, limit) and plausible(token, kind, quoted=False):
            yield ts, te  # verb-final: "şifre X olarak değiştirildi"
            return
        if (
            i == 0
            and not loan
            and kind is not Kind.PIN
            and strong_value(token)
            and plausible(token, kind, quoted=quoted)
        ):
            yield ts, te  # no copula: "Şifre X", "jelszó X"
            return
        if i <= 3 and kind is Kind.PIN and PIN.fullmatch(token) and not _YEAR.fullmatch(token):
            if plausible(token, kind, quoted=False):
                yield ts, te  # "Kode OTP Anda 663190", "PIN kartu ATM saya 5821", "PIN-Code 4821 eingeben"
            return
        if raw.endswith(tuple(SEPARATORS)) or raw in ("-", "–", "—", "->", "=>"):
            if loan and (i == 0 or HASHY.search(text, ne, word_end)):
                return
            yield from _after_copula(text, word_end, limit, kind)
            return
        if _SENTENCE_END.search(raw) or raw.endswith((".", ",", ";")):
            return
        pos = word_end


def _after_copula(text: str, pos: int, limit: int, kind: Kind) -> Iterator[tuple[int, int]]:
    """The value after a copula or verb, skipping link words ("changed to", "ni sasa")."""
    for _ in range(4):
        while pos < limit and (text[pos] in " \t" or text[pos] in SEPARATORS):
            pos += 1
        more = _LINK_RE.match(text, pos, limit) or _COPULA_RE.match(text, pos, limit)
        if more is not None:
            pos = more.end()
            continue
        got = _read(text, pos, limit)
        if got is not None and plausible(text[got[0] : got[1]], kind, quoted=got[2]):
            yield got[0], got[1]
        return


def _next_word(text: str, p: int, limit: int) -> str:
    while p < limit and text[p] in " \t":
        p += 1
    e = p
    while e < limit and not text[e].isspace():
        e += 1
    return text[p:e].lower().rstrip(".,;:!?")


_ASCII_RUN = re.compile(r"[!-~]+")


def _scripted(text: str, ne: int, limit: int, kind: Kind) -> Iterator[tuple[int, int]]:
    """Values after a noun in a non-Latin script: one of the first three ASCII runs."""
    tried = 0
    line_end = text.find("\n", ne)
    for m in _ASCII_RUN.finditer(text, ne, len(text) if line_end < 0 else line_end):
        rs, re_ = m.span()
        if rs >= limit:
            return
        s, e = rs, re_
        quoted = False
        close = _OPEN_CLOSE.get(text[s])
        if close is not None:
            end = text.find(close, s + 1, min(len(text), s + 202))
            if end > s + 1 and end - s <= 202:
                s, e, quoted = s + 1, end, True
        if not quoted:
            while s < e and text[s] in _LEAD:
                s += 1
            if text[re_ - 1] in ":=" or text.startswith(("：", "＝"), re_):
                tried += 1
                if tried >= 3:
                    return
                continue  # "пароль для srv01: X": the target, then the value
            while e > s and text[e - 1] in _TRAIL:
                e -= 1
            tr = TR_SUFFIX.search(text, s, e)
            if tr is not None:
                e = tr.start()
        if e <= s:
            continue
        before = text[ne:rs].split()
        if before and before[-1].lower() in FOR_WORDS:
            tried += 1
            if tried >= 3:
                return
            continue
        if _next_word(text, re_, limit) in FOR_AFTER:
            continue
        if plausible(text[s:e], kind, quoted=quoted):
            yield s, e
            return
        tried += 1
        if tried >= 3:
            return


# --- the detector ------------------------------------------------------------------------------

_WINDOW = 120
_SHORT_ASCII = frozenset({"pin", "otp", "nip"})
_NOT_A_LABEL = frozenset("/?&=<{$%\\")
_PREFIXED = {
    "ARABIC": ("و", "ب", "ل", "ف", "ك", "ال", "وال", "بال", "لل", "فال", "كال"),
    "HEBREW": ("ה", "ו", "ב", "ל", "ש", "מ", "כ", "וה", "שה", "כש", "לה", "מה", "בה", "וב", "ול"),
}
"""Letters that attach to a noun in scripts without a space after them (the article, "and", "to")."""


def _prefixed(text: str, ns: int, script: str) -> bool:
    """True when the letters glued before `ns` are one of `script`'s attached prefixes."""
    start = ns
    while start > 0 and _is_letter(text[start - 1]):
        start -= 1
    return text[start:ns] in _PREFIXED[script]


_NOT_INFLECTED = ("tokeniz", "tokenis")
"""English words that start with a noun of another language (Swahili ``tokeni``)."""
_COMPOUND_AFTER = re.compile(r"\d|-[^\W\d_]{3}")
"""A digit (``clé2``) or a hyphen and a word (``Schlüssel-Erzeugungskontext``) glued to the noun."""
_CODE_AFTER = re.compile(r"[.(\[{/\\@#$%&][^\s]")
_KEY_AFTER = re.compile(r"[\"']?[ \t]*[:=][ \t]*[\"']")
"""A lower-case short noun counts as a key when a quoted value follows: ``"pin": "4821"``."""


def _limit(text: str, ne: int) -> int:
    """Where the search for a value after the noun ends: the sentence, line or window end."""
    end = min(len(text), ne + _WINDOW)
    m = _SENTENCE_END.search(text, ne, end)
    return end if m is None else m.start()


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of every value found, in view offsets."""
    text = view.text
    out: list[tuple[int, int, float]] = []
    low = view.lower
    hits = _NOUNS.finditer(low) if len(low) == len(text) else _nouns_any_case().finditer(text)
    for m in hits:
        ns, ne = m.span()
        phrase = text[ns:ne]
        kind = KINDS.get(_norm(phrase))
        if kind is None:
            continue
        script = _script(phrase)
        if phrase.lower() in _SHORT_ASCII and phrase.islower() and not _KEY_AFTER.match(text, ne):
            continue  # "pin" the verb or a GPIO pin; the credential is written PIN (or is a key)
        if ns > 0 and text[ns - 1] in _NOT_A_LABEL:
            continue  # wiki/Clave_..., ?tokena=..., <암호>, ${senha}: a URL or a placeholder
        if script in _PREFIXED and ns > 0 and _is_letter(text[ns - 1]) and not _prefixed(text, ns, script):
            continue  # قرمزي holds رمز: a word, not the noun with a prefix
        if script not in _CONTINUOUS:
            compound = script == "LATIN" and len(phrase) >= 6 and not _BLANKS.search(phrase) and kind is not Kind.KEY
            if ns > 0 and _is_letter(text[ns - 1]) and not compound:
                continue  # inside another word
            suffix = ne
            if len(phrase) >= (5 if kind is Kind.PASSWORD else 6):
                while suffix < len(text) and suffix - ne < 6 and _is_letter(text[suffix]):
                    suffix += 1  # inflection: salasanasi, şifreniz, hasła, паролем, PIN-koden
                if text[ns:suffix].lower().startswith(_NOT_INFLECTED):
                    continue
            if suffix < len(text) and _is_letter(text[suffix]):
                continue  # a longer word that starts with the noun (tokenizer, PINF, mdpi)
            ne = suffix
            if _CODE_AFTER.match(text, ne) or _COMPOUND_AFTER.match(text, ne):
                continue  # tokeni.check(...), mdp.com/..., clé2, Schlüssel-Erzeugung: code, a URL, a compound
        limit = _limit(text, ne)
        if limit <= ne:
            continue
        if kind is Kind.KEY and HASHY.search(text, max(0, ns - 60), limit):
            continue  # a cache key, a hash, a commit, an id: not a credential
        if script == "LATIN":
            found = _latin(text, ne, limit, kind, loan=_norm(phrase) in LOAN)
        else:
            found = _scripted(text, ne, limit, kind)
        out.extend((s, e, 0.75) for s, e in found if not git_reference(text, ns, s, e))  # "رمز الالتزام `3cfcbe0`"
    return out


class MultilingualSecretDetector(ViewScanDetector):
    """Credentials named by a noun of about eighty languages (``secret.generic.i18n``)."""

    name = "secret.generic.i18n"
    prefilter: tuple[str, ...] = PREFILTER

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)


# --- password nouns alone (pwshape.py) ---------------------------------------------------------

_ENGLISH_PASSWORD = ("password", "passwd", "passphrase", "passcode", "pwd")
_PASSWORD_PHRASES = sorted(
    {p.lower() for p in PHRASES if KINDS.get(_norm(p)) is Kind.PASSWORD} | set(_ENGLISH_PASSWORD),
    key=lambda p: (-len(p), p),
)
_OPTIONS = re2.Options()
_OPTIONS.max_mem = 16 << 20
_OPTIONS.log_errors = False
_PASSWORD_NOUNS = re2.compile("(?:" + "|".join(_pattern(p) for p in _PASSWORD_PHRASES) + ")", _OPTIONS)
PASSWORD_PREFILTER: tuple[str, ...] = tuple(sorted({_literal(p) for p in _PASSWORD_PHRASES}))
"""Literals of which one occurs in every text `password_nouns` finds a noun in (lower case)."""


def password_nouns(text: str, low: str | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each password noun of any language (``password``, ``Passwort``, ``mot de
    passe``, ``密码``) in `text`, as a word or, in Latin script, the head of a compound
    (``WLAN-Passwort``, ``Admin-Passwort``); the end includes an inflection of up to 4 letters.
    `low` is ``text.lower()`` when the caller has it."""
    low = text.lower() if low is None else low
    if len(low) != len(text):
        return
    for m in _PASSWORD_NOUNS.finditer(low):
        ns, ne = m.span()
        if _script(text[ns:ne]) in _CONTINUOUS:
            yield ns, ne
            continue
        if ns > 0 and _is_letter(text[ns - 1]) and len(text[ns:ne]) < 6:
            continue  # "pwd" inside another word
        while ne < len(text) and ne - m.end() < 4 and _is_letter(text[ne]):
            ne += 1
        if ne < len(text) and _is_letter(text[ne]):
            continue  # a longer word: passwordless, Passwortrichtlinie
        yield ns, ne


def credential_nouns(text: str) -> Iterator[tuple[int, int, Kind]]:
    """(start, end, kind) of each credential noun of any language in `text` (password, PIN,
    token and key nouns, ``API-Schlüssel``, ``密码``), as whole words (a compound's head in Latin
    script); the same single RE2 pass as `scan`."""
    low = text.lower()
    if len(low) != len(text):
        return
    for m in _NOUNS.finditer(low):
        ns, ne = m.span()
        kind = KINDS.get(_norm(text[ns:ne]))
        if kind is None:
            continue
        if _script(text[ns:ne]) not in _CONTINUOUS and ne < len(text) and _is_letter(text[ne]):
            continue  # the start of a longer word
        yield ns, ne, kind
