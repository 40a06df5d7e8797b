"""Software licence, activation and product keys after a licence word of any language.

Vendors of desktop and server software (CAD, sports analysis, mining, print, lab software) hand
out licence keys in two shapes: dash-grouped (``XXXX-XXXX-XXXX-XXXX``, ``XXXXX-XXXXX-XXXXX-XXXXX-
XXXXX``) and one compact upper-case run of letters and digits (base32/base36, 16-40 characters).
People paste them after the word for licence in their own language (``licenza club: ...``,
``Lizenzschlüssel ...``, ``ліцензія сервера: ...``, ``ライセンスキー ...``), where the assignment
and key-name rules, which know English key names, see no cue.

A value is a licence key here when

- it has one of the two shapes: 3-8 groups of the same length (4-6 characters, the last group may
  be shorter) of upper-case letters and digits joined by ``-``, with at least 3 letters and 3 digits
  in all and a letter in at least half of the groups (a card number or a phone number has none), or
  one run of 16-40 upper-case letters and digits with at least 4 of each (no lower case: a base64
  or base62 token is other rules'), not a placeholder;
- a licence, activation or product-key word (`CUE_STEMS`, many languages and scripts) stands on its
  line at most 48 characters before it, with no sentence end (``. ``) in between (or, for a value
  alone on its line, on the line before, which ends with ``:``);
- no word of the line before it names a driving licence, a licence plate, a vehicle, a licence
  number of a person or business, a hash or an id (`VETOES`): those values are ids, not keys.

Scores 0.8 (``secret.generic.licence_key``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

CUE_STEMS: tuple[str, ...] = (
    # Latin-script languages: licence/license and its cognates, activation and product keys
    "licence",
    "license",
    "licensing",
    "licenza",
    "licenze",
    "lizenz",
    "licencia",
    "licença",
    "licenca",
    "licentie",
    "licens",
    "lisens",
    "lisenssi",
    "licenc",
    "licencj",
    "licență",
    "licenta",
    "lisans",
    "lisensi",
    "giấy phép",
    "bản quyền",
    "product key",
    "activation key",
    "activation code",
    "registration key",
    "aktivierungsschl",
    "produktschl",
    "clé d'activation",
    "clé de produit",
    "chiave di attivazione",
    "chiave prodotto",
    "clave de activación",
    "clave de producto",
    "código de activación",
    "chave de ativação",
    "chave do produto",
    "aktivointiavain",
    "aktiveringsnyckel",
    "produktnyckel",
    "klucz aktywacyjny",
    "klucz produktu",
    "aktivační klíč",
    "kód produktu",
    # Cyrillic, Greek
    "ліценз",
    "лиценз",
    "ключ активац",
    "ключ продукт",
    "άδεια χρήσης",
    "κλειδί προϊόντος",
    # Middle East, South and South-East Asia
    "ترخيص",
    "رخصة",
    "مفتاح التفعيل",
    "لایسنس",
    "مجوز",
    "רישיון",
    "लाइसेंस",
    "लायसन्स",
    "ਲਾਇਸੈਂਸ",
    "লাইসেন্স",
    "லைசென்ஸ்",
    "ลิขสิทธิ์",
    "ไลเซนส์",
    "ใบอนุญาต",
    # East Asia
    "ライセンス",
    "プロダクトキー",
    "シリアル番号",
    "许可证",
    "许可密钥",
    "授权码",
    "激活码",
    "注册码",
    "序列号",
    "許可證",
    "授權碼",
    "啟用碼",
    "序號",
    "라이선스",
    "라이센스",
    "제품 키",
    "제품키",
    "시리얼",
)
"""Lower-case stems of the words for a software licence, an activation key or a product key."""

_VETO_WORDS = """
    driver driver's drivers driving plate plates vehicle car truck number no nr num
    hash sha checksum digest md5 id uuid guid fingerprint
    führerschein fahrzeug kennzeichen conducir conduire guida patente rijbewijs körkort
    førerkort ajokortti jazdy matrícula matricula placa targa immatriculation
    водительск водійськ номер номерн
"""
VETOES: tuple[str, ...] = tuple(_VETO_WORDS.split())
"""Words before a value that make it a driving licence, a plate, a number of record or a hash."""

_GROUPED = re.compile(
    r"(?<![0-9A-Za-z_\-+/.])(?P<v>[A-Z0-9]{4,6}(?:-[A-Z0-9]{2,6}){2,7})(?![0-9A-Za-z_\-+/]|\.[0-9A-Za-z])"
)
"""Dash-grouped upper-case letters and digits standing alone (checked further by `_grouped_ok`)."""
_COMPACT = re.compile(r"(?<![0-9A-Za-z_\-+/.])(?P<v>[A-Z0-9]{16,40})(?![0-9A-Za-z_\-+/]|\.[0-9A-Za-z])")
"""One run of 16-40 upper-case letters and digits standing alone."""
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.!?。]\s")
_MAX_GAP = 48
"""How far before the value its licence word may end (``licenza club (Trentino): <key>``)."""


def _counts(value: str) -> tuple[int, int]:
    """(letters, digits) of `value`."""
    letters = sum(c.isalpha() for c in value)
    digits = sum(c.isdigit() for c in value)
    return letters, digits


def _grouped_ok(value: str) -> bool:
    """Whether a dash-grouped run has a licence key's shape (see the module doc)."""
    groups = value.split("-")
    size = len(groups[0])
    if len(groups) < 3 or any(len(g) != size for g in groups[:-1]) or not 2 <= len(groups[-1]) <= size:
        return False
    letters, digits = _counts(value)
    with_letter = sum(any(c.isalpha() for c in g) for g in groups)
    return letters >= 3 and digits >= 3 and 2 * with_letter >= len(groups)


def _compact_ok(value: str) -> bool:
    """Whether an upper-case run has a compact licence key's shape (see the module doc)."""
    letters, digits = _counts(value)
    return letters >= 4 and digits >= 4 and len(set(value)) >= 8


def _lower_cue_end(before: str) -> int:
    """The end offset in `before` (lower case) of its last licence word, or -1."""
    best = -1
    for stem in CUE_STEMS:
        i = before.rfind(stem)
        if i >= 0:
            best = max(best, i + len(stem))
    return best


def _cued(line_before: str) -> bool:
    """Whether the text of the value's line before it hands the value over as a licence key."""
    low = line_before.lower()
    end = _lower_cue_end(low)
    if end < 0 or len(low) - end > _MAX_GAP + 24:
        return False
    # the cue word may run on (``Lizenzschlüssel``, ``licenses``): measure the gap from its word end
    m = _WORD.match(low, end)
    word_end = m.end() if m else end
    if len(low) - word_end > _MAX_GAP or _SENTENCE_END.search(low, word_end):
        return False
    words = {w.group() for w in _WORD.finditer(low)}
    return not any(v in words or (len(v) > 5 and v in low) for v in VETOES)


class LicenceKeyDetector(ViewScanDetector):
    """Licence, activation and product keys after a licence word (``secret.generic.licence_key``)."""

    name = "secret.generic.licence_key"
    prefilter: tuple[str, ...] = CUE_STEMS

    def find(self, view: EscapeView) -> Iterable[Hit]:
        text = view.text
        seen: set[int] = set()
        for pattern, ok in ((_GROUPED, _grouped_ok), (_COMPACT, _compact_ok)):
            for m in pattern.finditer(text):
                a, value = m.start("v"), m.group("v")
                if a in seen or not ok(value) or is_placeholder(value):
                    continue
                line_start = text.rfind("\n", 0, a) + 1
                before = text[max(line_start, a - 160) : a]
                if not before.strip(" \t`'\"") and line_start >= 2:
                    # alone on its line: the line before, ending with ``:``, may name it
                    prev = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
                    before = prev[-160:] if prev.endswith(":") else before
                if _cued(before):
                    seen.add(a)
                    yield a, m.end("v"), 0.8
