"""Vietnamese names by their shape (``pii.vietnamese_name``).

A Vietnamese name is a family name from a short list (about forty cover nearly everyone:
Nguyễn, Trần, Lê, Phạm...), then one to three syllables from the given and middle names
(``Phạm Minh Quang``, ``Nguyễn Thị Thu Hà``), each a capitalised word of its own; romanised text
often drops the tone marks (``Nguyen Van An``, ``Hoang Thi Mai``). The lists are written from
published frequency lists of Vietnamese family, middle and given names (Faker's vi_VN lists are
too short to use), not from any evaluation text.

Evidence needed, by how much the family name says:

- a family name that is no word of another language (``Nguyễn``, ``Nguyen``, ``Trần``, ``Tran``,
  ``Phạm``, ``Huỳnh``...): one syllable after it;
- a short or common one (``Lê`` / ``Le``, ``Vũ``, ``Hồ`` / ``Ho``, ``Mai``, ``Văn``...): two;

and never when the run goes on into another capitalised word (``Ho Chi Minh City``, ``Nguyen Hue
Boulevard``) or follows a street word (``đường Lê Lợi``, ``phố Trần Hưng Đạo``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import words


def _plain(word: str) -> str:
    """`word` lower-cased without tone and vowel marks (``Đặng`` -> ``dang``)."""
    decomposed = unicodedata.normalize("NFD", word.lower().replace("\u0111", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_DISTINCT_SURNAMES = words("""
    nguyễn trần phạm huỳnh phan đặng bùi đỗ ngô dương trương trịnh đinh đoàn vương phùng
    lương quách triệu khúc
""")
"""Family names that are no common word elsewhere, with their tone marks."""
_SHORT_SURNAMES = words("""
    lê hoàng vũ võ hồ lý đào lâm mai tô hà tạ lưu cao châu thái văn từ lục kiều lại hứa tăng
    diệp kim la
""")
"""Family names that are short, or words or names of other languages too."""
_DISTINCT_PLAIN = frozenset(_plain(w) for w in _DISTINCT_SURNAMES)
_SHORT_PLAIN = frozenset(_plain(w) for w in _SHORT_SURNAMES) - _DISTINCT_PLAIN

_SYLLABLES = words("""
    an anh ánh bảo bích bình cảnh châu chi chiến chính công cúc cường danh diệp diệu dũng dung duy duyên
    dương đại đan đào đạt điệp đình định đoan đông đức gia giang hà hải hân hạnh hào hảo hằng hậu hiền
    hiển hiệp hiếu hoa hòa hoà hoài hoàn hoàng hồng huệ hùng hưng hương hường huy huyền kha khải khang khanh
    khánh khoa khôi khuê kiên kiệt kiều kim lam lan lâm lệ liên liễu linh loan lộc lợi long luân lực ly
    lý mai mạnh minh my mỹ nam nga ngân nghĩa ngọc nguyên nguyệt nhàn nhân nhật nhi nhiên như nhung
    oanh phát phong phú phúc phụng phước phương quân quang quế quốc quý quyên quỳnh sang sơn tài tâm tân
    tấn thái thắm thắng thanh thành thảo thế thi thị thiên thiện thịnh thoa thơ thu thư thuận thục
    thùy thủy thúy thương tiên tiến tín toàn trà trâm trang trí trinh trọng trung trúc tú tuấn tùng
    tuyết tường tuệ uyên văn vân việt vinh vĩnh vũ vy xuân yến ý
""")
"""Given and middle name syllables (with their marks); looked up without them too."""
_SYLLABLES_PLAIN = frozenset(_plain(w) for w in _SYLLABLES)

_SURNAME_ALTERNATION = "|".join(
    sorted(
        {w.capitalize() for w in _DISTINCT_SURNAMES | _SHORT_SURNAMES | _DISTINCT_PLAIN | _SHORT_PLAIN},
        key=len,
        reverse=True,
    )
)
_CANDIDATE = re2.compile(r"(?:^|[^\w])(" + _SURNAME_ALTERNATION + r")[ \t]+\p{Lu}")
"""A family name of the lists followed by a capitalised word (one RE2 pass gates the rest)."""
_WORD = re.compile(r"[ \t]+([^\W\d_][^\W\d_]*)")
_STREET_BEFORE = re.compile(
    r"(?i:\b(?:\u0111\u01b0\u1eddng|duong|ph\u1ed1|pho|ng\u00f5|ngo|h\u1ebbm|street|st\.?|road|rd\.?|avenue|ave\.?"
    r"|boulevard|blvd\.?|qu\u1eadn|ph\u01b0\u1eddng|x\u00e3|tr\u01b0\u1eddng|school|hospital|b\u1ec7nh vi\u1ec7n"
    r"|tp\.?|th\u00e0nh ph\u1ed1|t\u1ec9nh|huy\u1ec7n|city|province)[ \t]+)$"
)
"""Words before a name that make it a street, district, school or hospital named after a person."""


def _is_syllable(word: str) -> bool:
    """A capitalised given or middle name syllable: with its marks as listed, or with none at all
    (``Minh``, ``Thị`` / ``Thi``; not ``Ấn``, whose marks make it another syllable than ``An``)."""
    if not word[:1].isupper() or not (word[1:].islower() or len(word) == 1):
        return False
    low = word.lower()
    return low in _SYLLABLES if _plain(low) != low else low in _SYLLABLES_PLAIN


def _needed(surname: str) -> int:
    """How many syllables must follow `surname` (0: it is no family name of the lists)."""
    low = surname.lower()
    if _plain(low) != low:  # written with its marks
        return 1 if low in _DISTINCT_SURNAMES else 2 if low in _SHORT_SURNAMES else 0
    if low in _DISTINCT_PLAIN and len(low) >= 4:
        return 1  # nguyen tran pham huynh...; not "do", "bui", "ngo" (Đỗ, Bùi, Ngô without marks)
    return 2 if low in _DISTINCT_PLAIN | _SHORT_PLAIN else 0


_NOT_NAMES = words("vương_quốc vuong_quoc thái_bình_dương thai_binh_duong")
"""Phrases of a name's shape that are not names: ``Vương quốc`` "kingdom" (``Vương Quốc Thái Lan``)
and ``Thái Bình Dương`` "the Pacific" (underscores stand for spaces)."""


class VietnameseNameDetector(ViewDetector):
    """A Vietnamese family name and one to three given or middle name syllables (``pii.vietnamese_name``)."""

    name = "pii.vietnamese_name"
    entities: tuple[str, ...] = ("PERSON",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        for m in _CANDIDATE.finditer(text):
            start, end = m.span(1)
            surname = m.group(1)
            if _STREET_BEFORE.search(text[max(0, start - 20) : start]) is not None:
                continue
            needed = _needed(surname)
            if needed == 0:
                continue
            pos, syllables = end, 0
            while syllables < 3:
                w = _WORD.match(text, pos)
                if w is None or not _is_syllable(w.group(1)):
                    break
                pos, syllables = w.end(), syllables + 1
            nxt = _WORD.match(text, pos)
            if nxt is not None and nxt.group(1)[:1].isupper():
                continue  # "Ho Chi Minh City", "Nguyen Hue Boulevard": a longer proper noun
            words_ = text[start:pos].lower().split()
            if any("_".join(words_[:k]) in _NOT_NAMES for k in (2, 3)):
                continue
            if syllables >= needed:
                yield ("PERSON", start, pos, 0.75)
