"""Version-control and digest nouns of about twenty languages: a hex value beside one is a commit.

A short hexadecimal string (``3cfcbe0``, ``7f08859a1c``) is what a commit id, a revision, a
changeset or a checksum looks like in every language: "أما رمز الالتزام `3cfcbe0`" ("the commit
code `3cfcbe0`"), "коммит `a1b2c3d`", "コミット 9f8e7d6 を", "la revisión 4be8d1c". A credential
noun near it (Arabic ``رمز`` is both "code" and the first word of "password") does not make it a
secret: a commit id is public in its repository. `git_reference` answers whether a hex value
stands after such a noun.

The nouns are those git's own translations and the major hosting services use for *commit*,
*revision*, *changeset*, *hash* and *checksum* (English, German, French, Spanish, Portuguese,
Italian, Dutch, Polish, Czech, Russian, Ukrainian, Bulgarian, Turkish, Arabic, Persian, Hebrew,
Hindi, Chinese, Japanese, Korean, Vietnamese, Indonesian, Thai, Greek). Only hexadecimal values
are concerned: a password or a generated token after the same words is judged as before.
"""

# ruff: noqa: RUF001  # words of other scripts are the point here

from __future__ import annotations

import re

_LATIN_TEXT = (
    # English
    "commit|commits|committed|changeset|changesets|revision|revisions|rev|hash|hashes|sha|sha1|sha256|checksum"
    "|digest"
    # German, Dutch
    "|prüfsumme|hashwert|änderungssatz|revisie|controlegetal"
    # French, Spanish, Portuguese, Italian
    "|révision|empreinte|hachage|confirmación|revisión|suma de comprobación|confirmação|revisão"
    "|soma de verificação|revisione|impronta"
    # Polish, Czech, Turkish, Vietnamese, Indonesian
    "|rewizja|rewizji|komit|komita|zatwierdzenie|suma kontrolna|revize|kontrolní součet|revizyon|özet değeri"
    "|sağlama toplamı|mã băm|bản sửa đổi|revisi"
)
_LATIN = _LATIN_TEXT.split("|")
"""Latin-script nouns and phrases (lower case; matched as whole words)."""

_SPACED_TEXT = (
    # Russian, Ukrainian, Bulgarian
    "коммит коммита коммите коммиту ревизия ревизии хеш хэш хеша хэша коміт коміту ревізія геш къмит"
    # Greek
    " υποβολή υποβολής κατακερματισμός"
    # Arabic, Persian, Hebrew
    " الالتزام التزام كوميت الإيداع التجزئة کامیت هش קומיט גיבוב"
    # Hindi
    " कमिट हैश"
)
_SPACED = _SPACED_TEXT.split()
"""Nouns of other scripts written with spaces (matched as whole words)."""
_UNSPACED_TEXT = (
    "คอมมิต แฮช 提交 哈希 散列 修订 校验和 コミット ハッシュ リビジョン チェックサム 커밋 해시 리비전 체크섬"
)
_UNSPACED = _UNSPACED_TEXT.split()
"""Thai, Chinese, Japanese and Korean nouns (matched anywhere: these scripts write no spaces,
or attach particles: ``커밋은``)."""


def _alternation(phrases: list[str]) -> str:
    # longest first, ties by text: the same pattern text in every process (its compiled code is cached)
    return "|".join(re.escape(w) for w in sorted(set(phrases), key=lambda w: (-len(w), w)))


_NOUN_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:" + _alternation(_LATIN + _SPACED) + r")(?![^\W\d_])|" + _alternation(_UNSPACED)
)
_HEX_VALUE = re.compile(r"(?:0[xX])?[0-9a-fA-F]{7,64}")
_BEFORE = 40
"""Characters before the credential noun read for a version-control noun."""


def git_reference(text: str, noun_start: int, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a hexadecimal value (7-64 digits, one case) that a
    version-control or digest noun names: one stands between the credential noun (at
    `noun_start`) and the value, or within `_BEFORE` characters before the noun."""
    value = text[start:end]
    if _HEX_VALUE.fullmatch(value) is None or (value != value.lower() and value != value.upper()):
        return False
    window = text[max(0, min(noun_start, start) - _BEFORE) : start]
    return _NOUN_RE.search(window) is not None


def commit_named(text: str, start: int, end: int, *, gap: int = 3) -> bool:
    """Whether ``text[start:end]`` is a hexadecimal value (7-64 digits, one case) that a
    version-control or digest noun names directly: the noun ends at most `gap` characters
    (blanks, a colon, a quote) before the value ("из коммита <hex>", "提交 <hex>"), unlike
    "don't commit it: <key>" or "请不要提交到仓库: <key>"."""
    value = text[start:end]
    if _HEX_VALUE.fullmatch(value) is None or (value != value.lower() and value != value.upper()):
        return False
    window = text[max(0, start - _BEFORE) : start]
    if any(len(window) - m.end() <= gap for m in _NOUN_RE.finditer(window)):
        return True
    return _INFLECTED_COMMIT.search(window.rstrip(" \t`'\"(#")) is not None


_INFLECTED_COMMIT = re.compile(r"(?i)(?:commit|komit|коммит|коміт|revisi|hash|хеш|хэш)[^\W\d_]{0,3}$")
"""An inflected commit or hash word right before a value, with no colon between (``z commita
<hex>``, ``из коммита <hex>``), which the whole-word vocabulary above does not list; a verb
before a colon ("nie commitować: <key>", "ne pas le committer : <key>") names no value."""
