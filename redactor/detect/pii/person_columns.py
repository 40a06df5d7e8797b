"""Whole names in a table column whose header names a person's role (``employee,start,manager``).

HR exports, ticket dumps, rosters and CRM reports written to a tool result keep a person's full
name in a column headed by the role the person plays, not by the word *name*:
``employee,start,manager`` then ``Karabo Mabuza,2024-02-01,Amanaki Havili``. Names of cultures the
lexicons miss stand there with no label, honorific or greeting beside them, so no other rule takes
them. A header cell is a **role column** when, normalised (lower case; ``_``, ``-``, ``.`` and
camelCase humps read as blanks; a trailing ``name``/``full name`` dropped), it is one of `ROLES`
(employee, manager, customer, patient, assignee, tenant, ...; never a bare ``name``, ``user`` or
``owner``, which hold products, logins and teams). Its cells (`table_columns.column_cells`: CSV,
TSV, ``;``/``|`` tables, PostgreSQL ``COPY`` dumps, a table that opens a JSON string) are names
when each is wholly two or three capitalised words (`names.clean_name`), none a common English
word, place-free organisation word or product name unless a lexicon knows it as a name, and at
least one of them a known given/family name or name-like by its letters (`name_form.name_like`).
At least half of a column's non-empty cells must be such names, so a column of team or vendor
names ("Platform Team", "Acme Support") yields nothing.

Gate: one regex search for a role word beside a cell delimiter; a text without one costs that
search.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import NOT_NAME_WORDS, ORG_WORDS, TECH_NAMES
from redactor.detect.pii.common_words import is_common_word
from redactor.detect.pii.given_names import BROAD_GIVEN_NAMES, GIVEN_NAMES, SURNAMES
from redactor.detect.pii.name_form import name_like
from redactor.detect.pii.names import clean_name
from redactor.detect.pii.table_columns import column_cells

__all__ = ["ROLES", "PersonColumnDetector", "is_role_header"]

ROLES: frozenset[str] = frozenset(
    [
        "employee",
        "manager",
        "line manager",
        "reporting manager",
        "supervisor",
        "customer",
        "client",
        "patient",
        "applicant",
        "candidate",
        "assignee",
        "reporter",
        "reviewer",
        "approver",
        "requester",
        "requestor",
        "tenant",
        "landlord",
        "student",
        "pupil",
        "teacher",
        "instructor",
        "tutor",
        "trainee",
        "intern",
        "contact",
        "attendee",
        "participant",
        "guest",
        "passenger",
        "driver",
        "courier",
        "recipient",
        "sender",
        "buyer",
        "seller",
        "donor",
        "volunteer",
        "member",
        "staff",
        "staff member",
        "physician",
        "doctor",
        "nurse",
        "caregiver",
        "guardian",
        "parent",
        "beneficiary",
        "insured",
        "policyholder",
        "cardholder",
        "account holder",
        "speaker",
        "presenter",
        "interviewer",
        "interviewee",
        "hiring manager",
        "recruiter",
        "full name",
        "fullname",
        "person",
        "contact person",
        "emergency contact",
        "next of kin",
    ]
)
"""Header words that name the role a person plays in a row (normalised, one blank between words)."""

_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SEPARATORS = re.compile(r"[\s_.\-]+")
_NAME_SUFFIX = re.compile(r" (?:full )?name$")
_ROLE_WORDS = sorted({w for role in ROLES for w in role.split()}, key=len, reverse=True)
_GATE = re2.compile(r"(?i)\b(?:" + "|".join(_ROLE_WORDS) + r")")
"""A role word (the header is then read around it); RE2, so the ~60-word alternation costs one
linear scan."""
_CELL_EDGE = re.compile(r"[,;|\t\n\"]")
_CELL_START = re.compile(r".*[,;|\t\n\"]", re.DOTALL)
_MAX_CELL = 48
_QUOTES = " \t\"'`"


def is_role_header(cell: str) -> bool:
    """`cell` (a header cell as written) names a person's role: ``Employee``, ``manager_name``,
    ``assigneeFullName``, ``hiring-manager``."""
    norm = _SEPARATORS.sub(" ", _HUMP.sub(" ", cell.strip(_QUOTES))).lower().strip()
    return norm in ROLES or _NAME_SUFFIX.sub("", norm) in ROLES


def _known(word: str) -> bool:
    w = word.lower()
    return w in GIVEN_NAMES or w in SURNAMES or w in BROAD_GIVEN_NAMES


def name_cell(value: str) -> bool:
    """`value` is wholly a person's name of two or three capitalised words, none a common word,
    organisation word or product name unless a lexicon knows it, one at least a known or
    name-like word."""
    words = value.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if clean_name(value, min_tokens=2, max_tokens=3) != (0, len(value)) or value.isupper():
        return False
    for w in words:
        low = w.lower()
        if _known(w):
            continue
        if low in ORG_WORDS or low in NOT_NAME_WORDS or low in TECH_NAMES or is_common_word(w):
            return False
    return any(_known(w) or name_like(w) for w in words)


class PersonColumnDetector(ViewDetector):
    """Full names under a role column of a table (``pii.person_column``)."""

    name = "pii.person_column"
    entities: tuple[str, ...] = ("PERSON",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        seen: set[int] = set()
        for m in _GATE.finditer(text):
            left = max((text.rfind(c, 0, m.start()) for c in ',;|\t\n"'), default=-1) + 1
            edge = _CELL_EDGE.search(text, m.end())
            right = len(text) if edge is None else edge.start()
            if left in seen or right - left > 48:
                continue
            seen.add(left)
            if not is_role_header(text[left:right]):
                continue
            cells = column_cells(text, m.start(), m.end())
            values = [(a, b) for a, b in cells if text[a:b].strip(_QUOTES)]
            names = [(a, b) for a, b in values if name_cell(text[a:b])]
            if not names or 2 * len(names) < len(values):
                continue
            for a, b in names:
                yield ("PERSON", a, b, 0.8)
