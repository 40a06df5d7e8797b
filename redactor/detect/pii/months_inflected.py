"""Month names that `months_data` (glibc's nominative and abbreviated forms) lacks: the
inflected forms a language writes inside a date phrase, and the months of Romansh (no glibc
locale). Read by `dates_local._month` after `MONTHS` (session 14).

- **Latvian locative** (``2. maijā``, ``1985. gada 9. februārī``): the form of a date in prose
  ("on the 2nd of May"); glibc has only the nominative ``maijs``.
- **Romansh** (Rumantsch Grischun; ``17 da zercladur 2019``): no glibc locale at all.

Keys are written in lower case as the language spells them (`dates_local._month` casefolds).
"""

from __future__ import annotations

__all__ = ["INFLECTED"]

_LATVIAN_LOCATIVE = (
    "janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
    "oktobrī", "novembrī", "decembrī",
)  # fmt: skip
_ROMANSH = (
    "schaner", "favrer", "mars", "avrigl", "matg", "zercladur", "fanadur", "avust", "settember",
    "october", "november", "december",
)  # fmt: skip

INFLECTED: dict[str, tuple[int, ...]] = {}
for _names in (_LATVIAN_LOCATIVE, _ROMANSH):
    for _n, _name in enumerate(_names, 1):
        INFLECTED.setdefault(_name, (_n,))
