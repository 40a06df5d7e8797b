"""Whose personal data it is: ``Darnell's SSN`` (``pii.possessive``).

A capitalised name in the possessive right before a personal-data noun is a person: ``Darnell's
SSN``, ``Aiyana Whitehorse's passport number``, ``Chidi's phone``, ``Ms. Kaur's home address``.
Companies and products take the possessive too (``GitHub's API``, ``Stripe's IBAN``) and are
rejected by the name checks (`names.clean_name`: products, code words); a single word must also
not be English (``Company's address``, ``Customer's SSN``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.names import TITLE_RE, clean_name

_NOUNS = (
    r"(?:ssn|social security(?: number| no\.?)?|social insurance number|sin|national insurance(?: number)?|nino"
    r"|passport(?: number| no\.?)?|driver'?s licen[cs]e(?: number)?|licen[cs]e number|id card|id number"
    r"|national id|tax id|tax number|tin|nif|cpf|pesel|aadhaar|bsn|personnummer"
    r"|(?:home |work |mobile |cell |personal )?(?:phone|telephone)(?: number| no\.?)?|mobile(?: number)?"
    r"|cell(?: number)?|number|e-?mail(?: address)?|(?:home |postal |mailing |billing |shipping )?address"
    r"|date of birth|dob|birthday|birth date|birthdate|age"
    r"|(?:credit |debit |bank )?card(?: number| details)?|bank (?:account|details)|account number|iban"
    r"|routing number|sort code|salary|payslip|pay stub|medical (?:record|history)|diagnosis|prescription"
    r"|insurance (?:number|policy|details)|policy number|health record|login|username|user name|home)"
)
_POSSESSIVE = re.compile(r"['\u2019]s[ \t]+(?P<noun>" + _NOUNS + r")\b", re.IGNORECASE)
_CAP = r"[^\W\d_a-z][^\W\d_'\u2019]*(?:-[^\W\d_]+)*\.?"
_OWNER_BEFORE = re.compile(r"(?:(?<![\w@./\\-])(?:" + TITLE_RE + r"[ \t]+)?" + _CAP + r"[ \t]+){0,3}" + _CAP + r"$")


class PossessiveOwnerDetector(ViewDetector):
    """A name in the possessive before a personal-data noun (``pii.possessive``)."""

    name = "pii.possessive"
    entities: tuple[str, ...] = ("PERSON",)
    prefilter: tuple[str, ...] = ("'s ", "\u2019s ", "'s\t")

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        for m in _POSSESSIVE.finditer(text):
            end = m.start()
            found = name_ending_at(text, end)
            if found is not None:
                yield ("PERSON", found[0], found[1], 0.8)


def name_ending_at(text: str, end: int, *, min_tokens: int = 1) -> tuple[int, int] | None:
    """The longest name of capitalised tokens that ends at `end` on its line, or None.

    Leading tokens that belong to the sentence (``Yesterday Chidi``) are dropped; a single-word
    name must not be an English word (``Customer``, ``Bob``: a word, or too common a name to tell).
    """
    owner = _OWNER_BEFORE.search(text, max(text.rfind("\n", 0, end) + 1, end - 80), end)
    if owner is None:
        return None
    a = owner.start()
    for tok in re.finditer(r"\S+", text[a:end]):
        cand = text[a + tok.start() : end]
        r = clean_name(cand, min_tokens=min_tokens)
        if r is None or r != (0, len(cand)):
            continue
        if " " not in cand and is_english(cand.rstrip(".")):
            return None
        return a + tok.start(), end
    return None
