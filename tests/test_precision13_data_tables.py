"""Session 13 (precision): entries of vocabulary tables in code, phone numbers of patterns.

Generated cases on both sides: Faker given names, cities and jobs of several locales laid out as
Python lists, tuples of (name, weight), dicts keyed by numbers or by one language key, plain and
escaped inside a JSON tool result, letters kept or ``\\u`` escaped (dropped), against the same
people as records (with e-mails, numbers, other keys), lists of full names, short lists and
values that are not a whole literal (kept); libphonenumber-style ``example_number=`` entries and
numbers inside regular expressions (dropped) against phones in fields, prose and code calls (kept).
"""

from __future__ import annotations

import json
import random

import pytest
from faker import Faker

from redactor.detect.pii.data_tables import MIN_SIBLINGS, example_number, has_tables, table_entry
from redactor.detect.pii.impersonal import impersonal_spans
from redactor.detect.span import Span

_LOCALES = ["en_US", "es_ES", "de_DE", "fr_FR", "it_IT", "pl_PL", "nl_NL", "sv_SE"]


def _spans_of(
    text: str, values: list[str], entity: str = "PERSON", detector: str = "ner.spacy", ascii_: bool = False
) -> list[Span]:
    """One span per value, at the value's quoted occurrence in `text` (plain or JSON-escaped)."""
    out: list[Span] = []
    pos = 0
    for v in values:
        needle = json.dumps(v, ensure_ascii=ascii_)[1:-1]
        i = text.index(needle, pos)
        while text[i - 1] not in "\"'":
            i = text.index(needle, i + 1)
        out.append(Span(entity, i, i + len(needle), 0.8, detector))
        pos = i + len(needle)
    return out


def _words(fake: Faker, kind: str, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        w = {"given": fake.first_name, "city": fake.city, "last": fake.last_name}[kind]()
        if " " not in w and "-" not in w and w not in out:
            out.append(w)
    return out


def _layouts(words: list[str], rng: random.Random) -> list[str]:
    """The same vocabulary as a list, a weighted tuple table and two kinds of dict."""
    q = rng.choice(["'", '"'])
    return [
        "first_names = (\n" + "".join(f"    {q}{w}{q},\n" for w in words) + ")\n",
        "weights = OrderedDict((\n" + "".join(f'    ("{w}", 0.00{rng.randrange(100, 999)}),\n' for w in words) + "))\n",
        "NAMES = {\n" + "".join(f'    "{i:02d}": "{w}",\n' for i, w in enumerate(words, 1)) + "}\n",
        "data = {\n" + "".join(f" '61775{i:04d}':{{'en': '{w}'}},\n" for i, w in enumerate(words)) + "}\n",
    ]


@pytest.mark.parametrize("locale", _LOCALES)
@pytest.mark.parametrize("kind", ["given", "city", "last"])
def test_vocabulary_tables_drop_every_entry(locale: str, kind: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(hash((locale, kind)) % 1000)
    rng = random.Random(f"{locale}{kind}")
    words = _words(fake, kind, rng.randrange(MIN_SIBLINGS + 3, 30))
    for code in _layouts(words, rng):
        for text, ascii_ in (
            (code, False),
            (json.dumps({"role": "tool", "content": code}, ensure_ascii=False), False),
            (json.dumps({"role": "tool", "content": code}), True),  # letters as \\u00e9 escapes: no digit
            (json.dumps({"tool_call_id": "call_12", "jsonrpc": "2.0", "content": code}, ensure_ascii=False), False),
        ):
            assert has_tables(text)
            spans = _spans_of(text, words, "LOCATION" if kind == "city" else "PERSON", ascii_=ascii_)
            # entries away from the table's ends have MIN_SIBLINGS neighbours in the window
            middle = spans[4:-4]
            assert middle and all(table_entry(text, s) for s in middle), text[:300]
            assert impersonal_spans(text, middle) == []


@pytest.mark.parametrize("locale", _LOCALES)
def test_people_records_and_short_lists_stay(locale: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(7)
    rng = random.Random(locale)
    names = _words(fake, "given", 14)
    full = [f"{g} {fake.last_name()}" for g in names]
    cases = [
        # records: every person beside an e-mail, a number or other fields
        "users = [\n" + "".join(f'    ("{n}", "{fake.email()}"),\n' for n in names) + "]\n",
        "rows = [\n"
        + "".join(f'    ["{n}", {rng.randrange(1, 99)}, "{fake.phone_number()}"],\n' for n in names)
        + "]\n",
        "".join(f"- {{'name': '{n.lower()}', 'comment': '{n}', 'shell': '/bin/bash'}}\n" for n in names),
        # full names: a list of people, not a vocabulary
        "team = [\n" + "".join(f'    "{n}",\n' for n in full) + "]\n",
        # a handful of names
        "owners = [" + ", ".join(f'"{n}"' for n in names[: MIN_SIBLINGS - 2]) + "]\n",
    ]
    values = [names, names, names, full, names[: MIN_SIBLINGS - 2]]
    for text, vals in zip(cases, values, strict=True):
        spans = _spans_of(text, vals)
        assert not any(table_entry(text, s) for s in spans), text[:200]
        assert impersonal_spans(text, spans) == spans


def test_part_of_a_literal_and_other_labels_stay() -> None:
    words = _words(Faker("en_US"), "given", 16)
    text = "names = [\n" + "".join(f'    "{w}",\n' for w in words) + f'    "Dr {words[0]} speaking",\n]\n'
    i = text.rindex(words[0])
    assert not table_entry(text, Span("PERSON", i, i + len(words[0]), 0.8, "ner.spacy"))
    j = text.index(words[8])
    assert table_entry(text, Span("PERSON", j, j + len(words[8]), 0.8, "ner.spacy"))
    assert not table_entry(text, Span("EMAIL_ADDRESS", j, j + len(words[8]), 0.8, "pii.email"))


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randrange(1, 10)) + "".join(str(rng.randrange(10)) for _ in range(n - 1))


@pytest.mark.parametrize("seed", range(12))
def test_pattern_examples_drop_and_phones_in_fields_stay(seed: int) -> None:
    rng = random.Random(seed)
    num = _digits(rng, rng.randrange(7, 11))
    pre = _digits(rng, 3)
    key = rng.choice(["example_number", "exampleNumber", "sample_phone", "EXAMPLE"])
    dropped = [
        f"    mobile=PhoneNumberDesc(national_number_pattern='{pre}\\\\d{{6}}', {key}='{num}', possible_length=(9,)),",
        f"    fixed_line=PhoneNumberDesc(national_number_pattern='{pre}\\d{{5}}|{num}', example_number='1234')",
        f'  "{key}": "{num}",',
    ]
    kept = [
        f'  "phone": "{num}",',
        f"Call me on {num} tomorrow.",
        f"send_sms(to='{num}', body='see you at 5')",
        f"contact = {{'tel': '{num}', 'pattern': 'no regex here'}}",
        f'  "note": "call {num} (format [0-9]{{10}})",',  # prose in a literal that names a pattern
    ]
    for line in dropped:
        for text in (line, json.dumps({"content": line})):
            i = text.index(num)
            assert example_number(text, Span("PHONE_NUMBER", i, i + len(num), 0.8, "pii.phone")), text
    for line in kept:
        for text in (line, json.dumps({"content": line})):
            i = text.index(num)
            span = Span("PHONE_NUMBER", i, i + len(num), 0.8, "pii.phone")
            assert not example_number(text, span), text
            assert impersonal_spans(text, [span]) == [span]
