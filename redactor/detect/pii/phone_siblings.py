"""Pass 5 of ``pii.phone`` (`redactor.detect.pii.phones`): numbers written in the shape of one found.

The other rows of a contact list, where only one row had the e-mail or the phone word that
confirmed its number: a national number grouped exactly as a number found in the same text, first
group (area code or mobile prefix) included.
"""

from __future__ import annotations

import re

from redactor.detect.pii._base import Finding, TextInfo, window_before
from redactor.detect.pii.number_kinds import not_a_phone
from redactor.detect.pii.phone_plans import MONEY_AFTER, WIDE
from redactor.detect.pii.phone_shapes import phone_digits, plausible_phone, preceded_by_version_or_money

__all__ = ["sibling_findings"]

_SHAPE_GROUPS = re.compile(r"\d+|\D+")


def _shape(num: str) -> tuple[str, ...] | None:
    """The written shape of a national number: its first digit group, then the length of every
    other digit group and every separator (``07700 900 417`` -> ``("07700", " ", "3", " ", "3")``),
    or None for numbers whose shape says little (a ``+`` number, fewer than three groups or nine
    digits)."""
    if not num[:1].isdigit() or len(phone_digits(num)) < 9:
        return None
    pieces = _SHAPE_GROUPS.findall(num)
    if len(pieces) < 5:
        return None
    return (pieces[0], *(p if not p[0].isdigit() else str(len(p)) for p in pieces[1:]))


def sibling_findings(info: TextInfo, found: list[Finding]) -> list[Finding]:
    """`found` plus the national numbers written in exactly the shape of a number found in the same
    text, first group (area code or mobile prefix) included: the other rows of a contact list
    (``- Harriet Oyelaran, 07700 900 417, harriet@...`` over ``- Tomás Ó Súilleabháin, 07700 900
    952``), where only one row had the e-mail or the phone word that confirmed its number."""
    text = info.text
    shapes = {_shape(text[a:b]) for _, a, b, _ in found} - {None}
    if not shapes:
        return found
    out = list(found)
    for first in {shape[0] for shape in shapes if shape is not None}:
        pos = text.find(first)
        while pos >= 0:
            m = WIDE.match(text, pos)
            pos = text.find(first, pos + 1)
            if m is None:
                continue
            start, end = m.start(), m.end()
            if any(f[1] < end and start < f[2] for f in out) or _shape(m.group("num")) not in shapes:
                continue
            num = m.group("num")
            if not plausible_phone(num) or preceded_by_version_or_money(window_before(text, start, 48)):
                continue
            if MONEY_AFTER.match(text, end) or not_a_phone(text, start, end):
                continue
            out.append(("PHONE_NUMBER", start, end, 0.7))
    return out
