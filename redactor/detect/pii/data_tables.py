"""Values that are entries of a data table in code, and phone numbers that are patterns' examples.

Installed packages carry vocabularies as code: lists of given names, job titles, month and
weekday names a fake-data generator draws from, a geocoder's table of town names, a tokenizer's
test words. The NER model reads many single entries of such a list as persons or places, one by
one. A value is a **table entry** (`table_entry`) when it is the whole of a string literal that
is an element of a sequence (followed by ``,``, ``)``, ``]`` or ``}``) and the text around it
holds many more such literals (`MIN_SIBLINGS`), almost none of which carries a digit or an ``@``
(`_RECORD_SHARE`; the carrier's own ``"call_11"`` may be near): a vocabulary, not records (a
fixture of customers holds e-mails, phones or numbers beside the names, and is left alone). At
most a quarter of them may have more than one word (a list of people holds full names), and a
dict value counts only as its dict's sole member (``{'en': 'Leyburn'}``) or under a number key
(``"05": "Mei"``), never as one field of a record. The rule reads the carrier's structure only,
never a word of the lists, and works in plain code and in code escaped inside a JSON tool result
(``\\"Ahmed\\",\\n``, letters as ``\\u00e6``).

A phone number is a **pattern's example** (`example_number`) when it is a string literal
assigned to a key that names an example or a sample (``example_number='28212345'``,
``sample_phone: "0800501"``), or when it sits inside a regular expression (the literal holding
it also holds ``\\d``, a character class or a quantifier: ``'80[08]\\d{7}|8001111'``). Phone
metadata tables (libphonenumber's and its ports) are made of both.
"""

from __future__ import annotations

import re

from redactor.detect.span import Span

__all__ = ["MIN_SIBLINGS", "example_number", "has_tables", "table_entry"]

MIN_SIBLINGS = 8
"""Other element literals within `_WINDOW` characters for a literal to be a table's entry. A
fixture's handful of names is not a table; the dev sets' labelled names in code lists come in
fewer than this (checked on the 28 sets' gold spans)."""
_WINDOW = 400
_TABLE_ENTITIES = frozenset(("PERSON", "LOCATION", "ADDRESS", "NRP"))

_Q = r"(?:\\?[\"'])"
_ELEMENT = re.compile(_Q + r"((?:[^\"'\\\n]|\\u[0-9a-fA-F]{4}){1,60})" + _Q + r"[ \t]*[,)\]}]")
"""A string literal that ends an element of a sequence, in plain or JSON-escaped code."""
_RECORD_SHARE = 4
"""Literals with a digit or an ``@`` allowed: fewer than one per this many word literals. A
record list has one per name or more; a vocabulary quoted in a tool result may sit beside the
carrier's own ``"call_11"`` or ``"2.0"``."""
_RECORDISH = re.compile(r"(?<!\\u)(?<!\\u[0-9a-fA-F])(?<!\\u[0-9a-fA-F]{2})(?<!\\u[0-9a-fA-F]{3})[0-9@]")
"""A digit or an ``@`` (not a digit of a JSON ``\\u00e6`` escape of a letter)."""
_OPEN = re.compile(r"(?:^|[\[({,:=]|\\n|\n)[ \t]*" + _Q + r"$")
"""What comes right before an element literal's opening quote (after at most a space run)."""
_CLOSE = re.compile(_Q + r"[ \t]*[,)\]}]")


_KEY = re.compile(_Q + r"([^\"'\\\n]{1,30})" + _Q + r"[ \t]*:[ \t]*" + _Q + r"$")
"""The key of a dict value literal, read back from the value's opening quote."""


def _literal_bounds(text: str, span: Span) -> bool:
    """Whether `span` is the whole of a string literal that is a sequence's element."""
    if not _CLOSE.match(text, span.end):
        return False
    head = text[max(0, span.start - 24) : span.start]
    return bool(_OPEN.search(head))


def _key(text: str, start: int) -> str | None:
    """The key of the dict value literal opening at `start` (None: not a dict value, or one keyed
    by a number, as in a table of months or of dialling codes)."""
    m = _KEY.search(text, max(0, start - 40), start)
    if m is None or m.group(1).isdigit():
        return None
    return m.group(1)


_SOLE_OPEN = re.compile(r"\{[ \t]*" + _Q + r"[^\"'\\\n]{1,30}" + _Q + r"[ \t]*:[ \t]*" + _Q + r"$")
_SOLE_CLOSE = re.compile(_Q + r"[ \t]*\}")


def _sole_member(text: str, span: Span) -> bool:
    """Whether the dict value `span` is its dict's only member (``{'en': 'Jondaryan'}``): a
    translation table's entry, not one field of a record (``{'name': ..., 'comment': ...}``)."""
    return bool(_SOLE_CLOSE.match(text, span.end)) and bool(
        _SOLE_OPEN.search(text, max(0, span.start - 40), span.start)
    )


def table_entry(text: str, span: Span) -> bool:
    """Whether `span` (a person, place or address) is one entry of a vocabulary table in code."""
    if span.entity not in _TABLE_ENTITIES or not _literal_bounds(text, span):
        return False
    value = text[span.start : span.end]
    if _RECORDISH.search(value) or value.count(" ") > 2:
        return False
    a = max(0, span.start - _WINDOW)
    b = min(len(text), span.end + _WINDOW)
    key = _key(text, span.start)
    if key is not None and not _sole_member(text, span):
        return False  # a field of a record beside other fields
    siblings = spaced = recordish = 0
    for m in _ELEMENT.finditer(text, a, b):
        if m.start(1) == span.start:
            continue
        item = m.group(1)
        if _RECORDISH.search(item):
            recordish += 1  # numbers or mailboxes beside the names: records, not a vocabulary
            continue
        if item.strip() and (key is None or _key(text, m.start(1)) == key):
            siblings += 1  # a dict value counts beside values of the same key only (not a record's fields)
            spaced += " " in item.strip()
    if recordish * _RECORD_SHARE > siblings:
        return False  # a fifth of the literals or more hold numbers or mailboxes: records
    return siblings >= MIN_SIBLINGS and spaced * 4 <= siblings  # mostly single words: people's lists hold full names


_EXAMPLE_KEY = re.compile(r"(?i)(?:example|sample)[\w-]{0,24}(?:\\?[\"'])?[ \t]*[:=][ \t]*\\?[\"']$")
_REGEX_MARK = re.compile(r"\\\\?d|\[[0-9]-[0-9]\]|\{[0-9],?[0-9]?\}|\(\?:")
_LITERAL_AROUND = 160


def example_number(text: str, span: Span) -> bool:
    """Whether the phone number `span` is a pattern's example or part of a regular expression."""
    if span.entity != "PHONE_NUMBER":
        return False
    if _EXAMPLE_KEY.search(text, max(0, span.start - 48), span.start):
        return True
    a = max(0, span.start - _LITERAL_AROUND)
    before = text[a : span.start]
    after = text[span.end : span.end + _LITERAL_AROUND]
    q_before = max(before.rfind("'"), before.rfind('"'))
    if q_before < 0:
        return False
    ends = [i for i in (after.find("'"), after.find('"')) if i >= 0]
    if not ends:
        return False
    literal = before[q_before + 1 :] + after[: min(ends)]
    if "\n" in literal or " " in literal:
        return False  # prose or a formatted number, not a pattern
    return bool(_REGEX_MARK.search(literal))


def has_tables(text: str) -> bool:
    """Cheap gate: whether `text` may hold a code table or a phone pattern (a quote and a comma
    or a backslash)."""
    return ("'" in text or '"' in text) and ("," in text or "\\" in text)
