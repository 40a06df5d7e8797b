"""How a national number is grouped: does the grouping written confirm a region's numbering plan?

Pass 2 of ``pii.phone`` (`redactor.detect.pii.phone_plans`) accepts a national number without a
phone word only when it is valid for a region the text points to and written as that region writes
it: its area code as the first group (``020 7946 0958`` in London), a trunk-prefixed area code in
parentheses or before a slash (``0151/23456789``), a mobile without its trunk prefix (``98410
27736``), or a customary grouping of a mobile (``922 18 447`` in Norway). libphonenumber's national
format is the reference.
"""

from __future__ import annotations

import re

import phonenumbers

__all__ = ["groups", "valid_national"]

_AREA_CODE_WRITTEN = re.compile(r"\(\d+\)|\d+ ?/")
"""An area code written as such: ``(0151) 23456789``, ``0151/23456789``."""
_NATIONAL_GROUPS = re.compile(r"\d+")


def groups(num: str) -> list[str]:
    return _NATIONAL_GROUPS.findall(num)


def valid_national(num: str, regions: tuple[str, ...], *, exact: bool = False) -> bool:
    """True when `num` is a valid number of one of `regions` whose area code is written as that
    region writes it: the first digit group equals the first group of its national format, or
    is a trunk-prefixed area code in parentheses or before a slash. `exact`: every group must
    be the region's (``06 12 34 56 78`` in France)."""
    written = groups(num)
    if len(written) < 2:
        return False  # a bare digit run: no grouping to confirm it
    digits = "".join(written)
    area_code_written = len(written) == 2 and bool(_AREA_CODE_WRITTEN.match(num))
    for region in regions:
        try:
            parsed = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number_for_region(parsed, region) and not _fiction(digits, region):
            continue
        national = groups(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL))
        if exact:
            if written == national:
                return True
        elif written[0] == national[0] or (area_code_written and written[0][0] == "0"):
            return True  # the region's area code (030 1234 567 as 030 123456), or 0151/23456789
        elif _mobile_without_trunk(parsed, written, national):
            return True  # 98410 27736: an Indian mobile in its national grouping, without the 0
        elif len(regions) <= 2 and _customary_mobile_grouping(parsed, written, national):
            return True  # 922 18 447: a Norwegian mobile as Norwegians group it (libphonenumber: 92 21 84 47)
    return False


_FICTION = {"GB": re.compile(r"(?:07700900|01632960)\d{3}")}
"""Ofcom's ranges reserved for drama (``07700 900xxx`` mobiles, ``01632 960xxx``), which
libphonenumber's metadata leaves unallocated: writers of realistic records give them to people,
and a number there is written as the region writes its numbers (the other drama ranges, ``020 7946
0xxx``, ``0113 496 0xxx``, ACMA's ``0491 570 xxx``, are valid in the metadata already)."""


def _fiction(digits: str, region: str) -> bool:
    pattern = _FICTION.get(region)
    return pattern is not None and pattern.fullmatch(digits) is not None


_THOUSANDS = re.compile(r"\d{1,3}(?: \d{3})+")
"""``12 345 678``: an amount with spaces between its thousands, not a grouping of a phone number."""


def _customary_mobile_grouping(parsed: phonenumbers.PhoneNumber, written: list[str], national: list[str]) -> bool:
    """True when `written` is another customary grouping of a mobile number: the digits of its
    national format, trunk prefix included or left off as that format writes it, in three or more
    groups of two to four digits that are not a thousands grouping (asked only when the text names
    one or two regions: a script names many, and one of them has a plan that fits almost any
    grouping: ``٠١٢٣ ٤٥٦ ٧٨٩`` is a Sudanese mobile). Mobiles are written in the
    groups people say them in, which libphonenumber's one format per plan does not list (Norway
    ``922 18 447`` and ``41 23 45 67``, Finland ``040 718 2294``, Denmark ``2012 3456``...)."""
    if len(written) < 3 or any(not 2 <= len(g) <= 4 for g in written):
        return False
    if "".join(written) != "".join(national) or _THOUSANDS.fullmatch(" ".join(written)):
        return False
    return phonenumbers.number_type(parsed) in _MOBILE_TYPES


_MOBILE_TYPES = frozenset({phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE})


def _mobile_without_trunk(parsed: phonenumbers.PhoneNumber, written: list[str], national: list[str]) -> bool:
    """True when `written` is the national grouping `national` of a mobile number with the
    trunk prefix of its first group left off, group for group (``98410 27736`` for
    ``098410 27736``): how mobiles are written where the prefix is only dialled, never printed."""
    if len(written) != len(national) or written[1:] != national[1:]:
        return False
    first = national[0]
    if len(first) < 2 or first[0] != "0" or written[0] != first[1:]:
        return False
    return phonenumbers.number_type(parsed) in _MOBILE_TYPES
