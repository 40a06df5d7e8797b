"""Generated keys handed over in a sentence of another language (``secret.generic.key_sentence``).

"Przekazuję klucz do Kontomatika dla środowiska testowego, proszę nie commitować: <hex>",
"Ключ Bungie.net API для нашего трекера рейдов: <hex>", "cheile de test pentru contracte:
Ironclad <v>, Juro <v>", "Skånetrafikens API-nyckel ... Den gamla (`<hex>`) är spärrad",
"موسم کی چابیاں ... منتقل کریں:" and then ``weatherapi: <v>`` lines: a noun meaning "key" or
"keys" (every inflected form of about forty languages, `_NOUNS`; Germanic compounds ending in one,
``Sicherheitsschlüssel``, ``API-nyckeln``), then, in the rest of its sentence and the next one, or
in the lines of a list the sentence introduces with a colon, values that are clearly generated
(`values.generated`: 16+ random characters, or 32+ hex digits).

`context_i18n` reads the same nouns when the value follows within a few words; this detector
reads the longer clauses and the lists of ``<vendor> <value>`` pairs. Only generated values count,
and never next to a hash, digest, fingerprint or id word (`context_prose.HASHY`), nor in a
sentence about a public key (`_PUBLIC`).
"""

# ruff: noqa: RUF001  # words of other scripts are the point here

from __future__ import annotations

import re

from redactor.detect.secrets.context_prose import HASHY
from redactor.detect.secrets.entropy import is_hex
from redactor.detect.secrets.escapes import EscapeView, ViewCache
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.recur import with_recurrences
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.secrets.values import generated
from redactor.detect.span import Span

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
_CJK = (
    r"密钥|秘钥|密鑰|金鑰|(?<![\u30A0-\u30FF])キー(?![\u30A0-\u30FF])|鍵(?!盤)|(?<![\uAC00-\uD7A3])키(?![보워우트스])"
)
"""Chinese, Japanese and Korean key nouns (not キーボード, 鍵盤, 키보드, 키워드, 쿠키...)."""

_FORMS = sorted({w for forms in _WORD_FORMS.values() for w in forms.split()}, key=lambda w: (-len(w), w))
_ENDINGS = sorted(_COMPOUND_ENDINGS.split(), key=lambda w: (-len(w), w))
_NOUNS = re.compile(
    r"(?i)(?<![\w])(?:" + "|".join(map(re.escape, _FORMS)) + r")(?![\w])"
    r"|(?<![\w])[\w\-]{0,30}(?:" + "|".join(map(re.escape, _ENDINGS)) + r")(?![\w])"
    r"|" + _CJK
)
"""A key noun of any of the languages, as a whole word (or a compound's last part)."""
PREFILTER: tuple[str, ...] = tuple(
    sorted({w[:5].lower() for w in (*_FORMS, *_ENDINGS)} | {"密钥", "秘钥", "密鑰", "金鑰", "キー", "鍵", "키"})
)
"""Literals one of which a text needs (the first letters of every noun form)."""

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


def _take(text: str, start: int, end: int, out: list[tuple[int, int, float]]) -> None:
    """Every generated token in ``text[start:end]`` that no hash or id word introduces."""
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
        if generated(value) or _hex_key(value):
            out.append((vs, ve, 0.75))


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


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each value found, in view offsets."""
    text = view.text
    out: list[tuple[int, int, float]] = []
    done = -1
    for m in _NOUNS.finditer(text):
        ns, ne = m.span()
        if ne <= done:
            continue
        line_start = text.rfind("\n", 0, ns) + 1
        end = _sentence_window(text, ne)
        around = text[max(line_start, ns - 60) : min(end, ne + 60)]
        if _PUBLIC.search(around) or _hashy(text[max(line_start, ns - 30) : ne + 30]):
            continue
        _take(text, ne, end, out)
        line_end = text.find("\n", ne)
        intro = _LIST_INTRO.search(text, ne, line_end) or _COMMENT.match(text, line_start, ns)
        if line_end >= 0 and end >= line_end and intro:
            _list_after(text, line_end, out)
        done = end
    return out


class KeySentenceDetector:
    """Generated keys after a key noun of another language (``secret.generic.key_sentence``)."""

    name = "secret.generic.key_sentence"
    entities: tuple[str, ...] = (ENTITY,)
    prefilter: tuple[str, ...] = PREFILTER

    def __init__(self, views: ViewCache) -> None:
        self._views = views

    def __repr__(self) -> str:
        return "KeySentenceDetector()"

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        found = [Span(ENTITY, *view.to_raw(s, e), score, self.name) for s, e, score in scan(view)]
        return with_recurrences(text, found)
