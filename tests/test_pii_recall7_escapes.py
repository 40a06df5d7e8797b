"""Names in JSON nested in a JSON string with ``\\uXXXX`` escapes (``json.dumps`` twice, with its
default ``ensure_ascii``, as tool results carry records): the unescaped view decodes the second
level, so the name is read; its span covers the escaped name in the raw text."""

from __future__ import annotations

import json

import pytest
from faker import Faker

from redactor.detect.pii import pii_detectors
from redactor.detect.unescape import Unescaped

_LOCALES = ("vi_VN", "es_ES", "pl_PL", "cs_CZ", "tr_TR", "fr_FR", "de_DE", "hu_HU", "pt_BR", "ro_RO")


@pytest.mark.parametrize("locale", _LOCALES)
def test_escaped_names_in_nested_json_are_found_as_plain_ones_are(locale: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(13)
    detectors = pii_detectors()
    seen = found = 0
    for _ in range(80):
        name = f"{fake.first_name()} {fake.last_name()}"
        if name.isascii():
            continue
        record = {"customer": {"full_name": name, "phone": "+84 935 778 201", "email": "a.b@example.org"}}
        plain = json.dumps(record, ensure_ascii=False)
        in_plain = name in {plain[s.start : s.end] for d in detectors for s in d.detect(plain) if s.entity == "PERSON"}
        text = json.dumps({"type": "tool_result", "content": json.dumps(record)})
        escaped = json.dumps(name)[1:-1].replace("\\", "\\\\")  # as it stands in the raw text
        at = text.index(escaped)
        spans = {(s.start, s.end) for d in detectors for s in d.detect(text) if s.entity == "PERSON"}
        assert ((at, at + len(escaped)) in spans) == in_plain, name  # escaping loses no name
        seen += 1
        found += in_plain
    assert seen >= 10
    assert found >= 0.9 * seen


def test_the_view_decodes_a_nested_unicode_escape_and_maps_back() -> None:
    raw = json.dumps({"c": json.dumps({"n": "Lê Thị"})})
    view = Unescaped(raw)
    a = view.text.index("Lê Thị")
    start, end = view.to_raw(a, a + len("Lê Thị"))
    assert raw[start:end] == "L\\\\u00ea Th\\\\u1ecb"


def test_an_escaped_backslash_before_no_unicode_escape_keeps_one_level() -> None:
    raw = r'{"path": "C:\\Users\\bob\\u_test"}'  # \\u not followed by four hex digits
    assert Unescaped(raw).text == '{"path": "C:\\Users\\bob\\u_test"}'
