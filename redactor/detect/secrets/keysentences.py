"""Generated keys handed over in a sentence of another language (``secret.generic.key_sentence``).

"Przekazuję klucz do Kontomatika dla środowiska testowego, proszę nie commitować: <hex>",
"Ключ Bungie.net API для нашего трекера рейдов: <hex>", "cheile de test pentru contracte:
Ironclad <v>, Juro <v>", "Skånetrafikens API-nyckel ... Den gamla (`<hex>`) är spärrad",
"موسم کی چابیاں ... منتقل کریں:" and then ``weatherapi: <v>`` lines: a noun meaning "key" or
"keys" (every inflected form of about forty languages, `_NOUNS`; Germanic compounds ending in one,
``Sicherheitsschlüssel``, ``API-nyckeln``), then, in the rest of its sentence and the next one, or
in the lines of a list the sentence introduces with a colon, values that are clearly generated
(`values.generated`: 16+ random characters, or 32+ hex digits), and after a noun of another
language than English also a UUID (`_UUID`: tenant and API keys vendors issue as UUIDs; English
``key`` before a UUID stays an id; session 12, late round).

English ``key``/``keys`` count in prose only (after a word that makes it a credential key, before
a lower-case word or a line end: "the key for X's test environment, please don't commit it: <v>",
"the test keys for the contract tools: Ironclad <v>, Juro <v>"), never in a sentence that shows
an example, a sample or a test vector (`_EXAMPLE`).

`context_i18n` reads the same nouns when the value follows within a few words; this detector
reads the longer clauses and the lists of ``<vendor> <value>`` pairs. Only generated values with
a digit count (`values.generated`, or 20+ hex digits), never a host, file or dotted name, never
next to a hash, digest, fingerprint or id word (`context_prose.HASHY` and `_HASHY_I18N`), nor in
a sentence about a public key (`_PUBLIC`). Cheap on text without nouns: one RE2 pass over the
lower-cased text finds every noun form (`_NOUNS`).
"""

# ruff: noqa: RUF001  # words of other scripts are the point here

from __future__ import annotations

import re

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.secrets.context_prose import HASHY
from redactor.detect.secrets.entropy import is_hex
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.git_vocab import commit_named
from redactor.detect.secrets.keys import classify
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.secret_vocab_i18n import LANGUAGES
from redactor.detect.secrets.values import generated
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_WORD_FORMS: dict[str, str] = {
    "pl": "klucz klucza kluczem kluczu klucze kluczy kluczami kluczach",
    "cs": "klíč klíče klíčem klíči klíčů klíčům",
    "sk": "kľúč kľúča kľúčom kľúče kľúčov",
    "sl hr bs": "ključ ključa ključem ključu ključevi ključeve ključi ključe ključev",
    "ru": "ключ ключа ключом ключе ключу ключи ключей ключами ключах",
    "uk": "ключ ключа ключем ключі ключів ключами",
    "bg mk sr": "ключът ключове ключовете клуч клучот клучеви кључ кључа кључеви",
    "ro": "cheie cheia cheii chei cheile cheilor",
    "fr": "clé clés clef clefs",
    "es": "llave llaves clave claves",
    "pt": "chave chaves",
    "it": "chiave chiavi",
    "ca": "clau claus",
    "hu": "kulcs kulcsa kulcsot kulcsok kulcsokat kulcsát kulcsunk",
    "tr az": "anahtar anahtarı anahtarlar anahtarları anahtarını açar açarı",
    "fi": "avain avaimen avaimet avaimia avaimella",
    "et": "võti võtme võtmed võtmeid",
    "lv lt": "atslēga atslēgu atslēgas raktas rakto raktą raktai raktus",
    "el": "κλειδί κλειδιά κλειδιού",
    "ar": "مفتاح المفتاح مفاتيح المفاتيح",
    "fa ur": "کلید کلیدها کلیدهای چابی چابیاں",
    "he": "מפתח המפתח מפתחות המפתחות",
    "hi": "कुंजी कुंजियाँ कुंजियां",
    "vi": "khóa khoá",
    "id ms": "kunci",
    "tl": "susi",
    "sw": "ufunguo funguo",
    "ka hy": "გასაღები բանալի բանալին",
    "kk mn": "кілт түлхүүр",
}
"""Every inflected form of the word for "key" whose whole word is looked for (``kluczy``,
``cheile``, ``مفاتيح``): singular and plural, definite forms and the cases a sentence that hands a
key over uses."""
_COMPOUND_ENDINGS = (
    "schlüssel schlüssels schlüsseln schluessel nyckel nyckeln nycklar nycklarna nøkkel nøkkelen nøkler"
    " nøklene nøgle nøglen nøgler nøglerne sleutel sleutels lykill lykilinn"
)
"""Germanic "key" nouns, alone or ending a compound (``Sicherheitsschlüssel``, ``API-nyckeln``,
``toegangssleutel``)."""
_CJK = ("密钥", "秘钥", "密鑰", "金鑰", "キー", "鍵", "키")
"""Chinese, Japanese and Korean key nouns (`_cjk_word` keeps out キーボード, 鍵盤, 키보드, 키워드, 쿠키...)."""

_KEY_FORMS = frozenset(w.lower() for forms in _WORD_FORMS.values() for w in forms.split())
_TOKEN_PHRASES = frozenset(
    p.lower()
    for lang in LANGUAGES
    for p in lang.token.split("|")
    if p and not any(k in p.lower() for k in (*_KEY_FORMS, *_COMPOUND_ENDINGS.split(), *_CJK))
)
"""Token, secret-key and credentials nouns of every language of the vocabulary (``токен``,
``Zugangsdaten``, ``jeton d'accès``, ``토큰``, ``令牌``): the same sentences hand them over. Phrases
that hold a key noun (``clé secrète``, ``API-nøkkel``) are found by that noun."""
_FORMS = _KEY_FORMS | _TOKEN_PHRASES
_ENDINGS = frozenset(_COMPOUND_ENDINGS.split())
_OPTIONS = re2.Options()
_OPTIONS.max_mem = 16 << 20
_OPTIONS.log_errors = False
_NOUNS = re2.compile(
    "(?:" + "|".join(re.escape(w) for w in sorted(_FORMS | _ENDINGS | set(_CJK), key=lambda w: (-len(w), w))) + ")",
    _OPTIONS,
)
"""Every noun form in one linear RE2 pass over the lower-cased text (longest form first); the
word boundaries are checked on each match (`_noun_word`)."""
_NOUNS_ANY_CASE = re.compile(
    "(?i)(?:" + "|".join(re.escape(w) for w in sorted(_FORMS | _ENDINGS | set(_CJK), key=lambda w: (-len(w), w))) + ")"
)
"""For the rare text whose lower-case form has another length (offsets would not match)."""
PREFILTER: tuple[str, ...] = tuple(sorted({*_FORMS, *_ENDINGS, *_CJK, " key"}))
"""Literals one of which a text needs: every noun form whole (``token de acceso``, not ``token``,
which English text is full of), an English key."""


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _noun_word(text: str, ns: int, ne: int, noun: str) -> bool:
    """A noun form standing as a whole word (a Germanic ending may end a compound; a CJK noun
    must not be part of a longer word: キーボード, 鍵盤, 키보드, 쿠키)."""
    after = text[ne : ne + 1]
    before = text[ns - 1 : ns] if ns > 0 else ""
    if noun in _CJK:
        if noun == "キー":
            return not _katakana(before) and not _katakana(after)
        if noun == "鍵":
            return after != "盤"
        if noun == "키":
            return not ("\uac00" <= before <= "\ud7a3") and after not in ("보", "워", "우", "트", "스")
        return True
    if _UNSPACED.search(noun):
        return True  # Thai, Lao, Myanmar, CJK and kana phrases: their scripts put no blanks between words
    if after and _word_char(after):
        return False
    return noun in _ENDINGS or not (before and _word_char(before))


_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")


def _katakana(c: str) -> bool:
    return "\u30a0" <= c <= "\u30ff"


_EN_NOUN = re.compile(r"(?<=[A-Za-z][ \t])(?i:keys?)(?=[ \t]+[a-z(]|[ \t]*\r?$)", re.MULTILINE)
"""English ``key``/``keys`` in prose: after a word and a blank, before a lower-case word or the
line's end (``the key for X ...``, ``partner keys``); never ``key =``, ``key:``, ``"key"``."""
_PREV_WORD = re.compile(r"([A-Za-z][A-Za-z0-9]{0,30})[ \t]+$")
_EXAMPLE = re.compile(r"(?i)\b(?:example|sample|vectors?|dummy|fake|expected|placeholder|e\.g\.|such as)\b")
"""Words of documentation that shows what a key looks like."""

_PUBLIC = re.compile(
    r"(?i)publi|публич|открыт|відкрит|öffentlich|offentlig|openbare|julkinen|avalik|açık|公開|公钥|公開鍵|공개|عام|عمومی|ציבורי"
)
"""Words for "public" near the noun: a public key is meant to be seen."""
_HASHY_I18N = re.compile(
    r"(?i)fingerabdruck|prüfsumme|empreinte|huella|impronta|odcisk|отпечат|відбит|контрольн|vingerafdruk"
    r"|fingeravtryck|fingeraftryk|sormenjälki|ujjlenyomat|parmak ?izi|sumă de control|suma kontrolna|哈希|指纹|指紋"
    r"|ハッシュ|해시|지문|بصمة|اثر انگشت|טביעת"
)
"""Hash, checksum and fingerprint words of other languages."""
_TOKEN = re.compile(r"(?<![^\s:=(\[{'\"`,：，、「『（])[A-Za-z0-9_\-][A-Za-z0-9_+/=.\-]{15,300}")
_TRAIL = ".,;:"
_SENTENCE_END = re.compile(r"[.!?。！？](?=\s)|\n")
_LIST_INTRO = re.compile(r"[:：][ \t]*\r?$")
_LIST_LINE = re.compile(
    r"[ \t]*(?:[-*•][ \t]+)?[\"']?[^\s:=|\"'{}][^:=|\n\"'{}]{0,40}[\"']?[ \t]*[:=：][ \t]*[`'\"]?"
    r"(?P<v>[^\s`'\"]{16,300}?)[`'\"]?[ \t]*[,;]?[ \t]*\r?$"
)
"""A ``name: value`` line (``- name: value``, ``name: 'value',``, ``"name": "value"``) of the list
or map a sentence ending in a colon, or a comment, introduces."""
_COMMENT = re.compile(r"[ \t]*(?://|#|--|/\*|\*|;)")
_MAX_LIST = 12
_WINDOW = 240
_ID_BEFORE = re.compile(r"(?i)(?:\bids?|uuid|guid)\W{0,3}$")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
"""A UUID: an id in English text, a key when a key noun of another language hands it over."""
_COMMIT_BEFORE = re.compile(r"(?i)\bcommits?\W{0,3}$")


def _sentence_window(text: str, ne: int) -> int:
    """Where the search after a noun ending at `ne` stops: the end of the sentence after the
    noun's (or the line's end, whichever comes first), at most `_WINDOW` characters on."""
    limit = min(len(text), ne + _WINDOW)
    end = ne
    for _ in range(2):
        m = _SENTENCE_END.search(text, end, limit)
        if m is None:
            return limit
        if m.group() == "\n":
            return m.start()
        end = m.end()
    return end


def _take(text: str, start: int, end: int, out: list[tuple[int, int, float]], uuids: bool = False) -> None:
    """Every generated token in ``text[start:end]`` that no hash, id or version-control word
    (`_commit`) introduces."""
    for m in _TOKEN.finditer(text, start, end):
        vs, ve = m.start(), m.end()
        while ve > vs and text[ve - 1] in _TRAIL:
            ve -= 1
        value = text[vs:ve]
        if ("." in value and not value.startswith("eyJ")) or text[max(0, vs - 3) : vs] == "://":
            continue  # a host, a file or a dotted name (a JWT is the one dotted key)
        before = text[max(start, vs - 30) : vs]
        if _hashy(before) or _ID_BEFORE.search(before) or _COMMIT_BEFORE.search(before) or is_placeholder(value):
            continue
        if not any(c.isdigit() for c in value):
            continue  # ``PerformanceInsightsKMSKeyId``, ``GraphQLEnumValue``: names in a sentence about keys
        if (generated(value) or _hex_key(value) or (uuids and _UUID.fullmatch(value))) and not _commit(text, vs, ve):
            out.append((vs, ve, 0.75))


def _commit(text: str, vs: int, ve: int) -> bool:
    """A hex value right after a version-control or digest noun of ~20 languages ("из коммита
    <hex>", "提交 <hex>"), not a key after "don't commit it:" ("nie commitować:", "不要提交到仓库"),
    which is what a hand-over says (`git_vocab.commit_named`)."""
    return commit_named(text, vs, ve)


def _hex_key(value: str) -> bool:
    """20+ hex digits with both letters and digits (a key some vendors issue in an odd length)."""
    return len(value) >= 20 and is_hex(value) and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


def _hashy(part: str) -> bool:
    """A hash, digest, fingerprint, checksum or id word, in English or another language; "commit"
    counts only right before the value (`_COMMIT_BEFORE`): "do not commit it" is what a sentence
    that hands a key over says."""
    if _HASHY_I18N.search(part) is not None:
        return True
    return any(m.group().lower() not in ("commit", "commits") for m in HASHY.finditer(part))


def _list_after(text: str, line_end: int, out: list[tuple[int, int, float]]) -> None:
    """The values of the ``name: value`` lines below a line that ends with a colon or is a
    comment, up to a blank line (other lines of the block, ``const partners = {``, are skipped)."""
    pos = line_end + 1
    for _ in range(_MAX_LIST):
        if pos >= len(text):
            return
        nxt = text.find("\n", pos)
        nxt = len(text) if nxt < 0 else nxt
        if not text[pos:nxt].strip():
            return
        m = _LIST_LINE.match(text, pos, nxt)
        if m is not None and not _hashy(text[pos : m.start("v")]):
            _take(text, m.start("v"), m.end("v"), out)
        pos = nxt + 1


def _english_ok(text: str, ns: int, ne: int, end: int) -> bool:
    """An English ``key``/``keys`` in a sentence: the word before it names a credential key
    (``keys.classify``: not ``ssh``, ``primary``, ``cache``, ``sort``, ``public`` keys...) and no
    example, sample or test-vector word stands in the sentence (documentation's sample keys)."""
    prev = _PREV_WORD.search(text, max(0, ns - 40), ns)
    if prev is None or classify(f"{prev.group(1)}_key") is None:
        return False
    return _EXAMPLE.search(text, max(0, ns - 80), end) is None


def _nouns(text: str, low: str) -> list[tuple[int, int, bool]]:
    """(start, end, English) of each key noun, in text order."""
    same = len(low) == len(text)
    matches = _NOUNS.finditer(low) if same else _NOUNS_ANY_CASE.finditer(text)
    found = [
        (m.start(), m.end(), False)
        for m in matches
        if _noun_word(text, m.start(), m.end(), low[m.start() : m.end()] if same else m.group().lower())
    ]
    if " key" in low:
        found += [(m.start(), m.end(), True) for m in _EN_NOUN.finditer(text)]
    return sorted(found)


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each value found, in view offsets."""
    text = view.text
    out: list[tuple[int, int, float]] = []
    done = -1
    for ns, ne, english in _nouns(text, view.lower):
        if ne <= done:
            continue
        line_start = text.rfind("\n", 0, ns) + 1
        end = _sentence_window(text, ne)
        around = text[max(line_start, ns - 60) : min(end, ne + 60)]
        if _PUBLIC.search(around) or _hashy(text[max(line_start, ns - 30) : ne + 30]):
            continue
        if english and not _english_ok(text, ns, ne, end):
            continue
        _take(text, ne, end, out, uuids=not english)
        line_end = text.find("\n", ne)
        intro = _LIST_INTRO.search(text, ne, line_end) or _COMMENT.match(text, line_start, ns)
        if line_end >= 0 and end >= line_end and intro:
            _list_after(text, line_end, out)
        done = end
    return out


class KeySentenceDetector(ViewScanDetector):
    """Generated keys after a key noun of another language (``secret.generic.key_sentence``)."""

    name = "secret.generic.key_sentence"
    prefilter: tuple[str, ...] = PREFILTER

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
