# ruff: noqa: RUF001, RUF002  -- birth words of many scripts are the point here.
"""Birth cues of the languages session 16's checklist found missing, for `dob_vocab` / `dob_cues`.

Session 16 ran one invented birth line per language (~90 languages with a form label for "date of
birth"; checklist ``/work/notes/s16/addrlang/checklist.md``) through `dob_cues`; this table fills
what it missed. The labels are those of each language's forms (civil registration, school and
medical records), the participles the usual "was born" of the language; none is a line of any
evaluation corpus:

- Kyrgyz ``туулган`` (born: ``туулган датасы``, ``туулган жылы``);
- Esperanto ``naskiĝdato`` / ``dato de naskiĝo`` (and the ``gx`` spelling without diacritics);
- Upper Sorbian ``datum narodźenja``;
- Igbo ``ụbọchị ọmụmụ`` and Yoruba ``ọjọ́ ìbí`` with their dots below (`dob_gap.fold` neither
  drops nor lower-cases letters of Latin Extended Additional, so the dotted forms, lower case and
  capitalised, are entries of their own);
- Tongan ``ʻaho fāʻeleʻi``; Oromo ``bara dhalootaa`` (year of birth);
- "was born": Corsican ``natu``, Sindhi ``ڄائو`` / ``ڄائي``, Oromo ``dhalate``, Hausa ``an haife
  shi`` / ``an haife ta``, Zulu and Xhosa ``wazalwa``.

`dob_cues` reads every entry folded and only when a date follows within a short gap, so a word here
never masks anything by itself.
"""

from __future__ import annotations

STEMS: tuple[str, ...] = (
    "туулган", "naskiĝdato", "naskigxdato", "naskiĝtago", "naskigxtago", "dato de naskiĝo",
    "dato de naskigxo", "datum narodźenja", "ụbọchị ọmụmụ", "ubọchị ọmụmụ", "ọjọ́ ìbí", "ọjọ ìbí",
    "ọjọ ibi", "Ụbọchị ọmụmụ", "Ọjọ́ ìbí", "Ọjọ ìbí", "Ọjọ ibi", "ʻaho fāʻeleʻi", "'aho fa'ele'i",
    "aho faeleʻi", "bara dhalootaa", "bara dhaloota",
)  # fmt: skip
"""Cue stems: any word starting with one introduces a date of birth."""

WORDS: tuple[str, ...] = (
    "natu", "ڄائو", "ڄائي", "dhalate", "an haife shi", "an haife ta", "wazalwa",
)  # fmt: skip
"""Whole "born" words: a date of birth follows (``Wazalwa 14/06/1987``)."""
