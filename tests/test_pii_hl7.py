"""`pii.hl7` reads a patient's and next of kin's identity from the fixed fields of HL7 v2 `PID`
and `NK1` segments, in plain and JSON-escaped text, and nothing from lines that only look alike."""

from __future__ import annotations

import json

import pytest

from redactor.detect.pii.hl7 import Hl7Detector

DET = Hl7Detector()

# the shape of the HL7 v2.x specification's ADT^A01 example (segments end in a carriage return)
ADT = (
    "MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB|ELAB-3|198808181126||ADT^A01|MSG00001|P|2.4\r"
    "PID|1||PATID1234^^^GOOD HEALTH HOSPITAL^MR||KOWALCZYK^ANNA^M~KOWALCZYK-NOWAK^ANNA||19610615|F||C|"
    "2222 HOME STREET^^GREENSBORO^NC^27401-1020|GL|(555) 555-2004|^WPN^PH^^^555^5552005^^^^^5555552005||S||"
    "PATID12345001^2^M10^ADT1^AN^A|444-33-3333|987654^NC\r"
    "NK1|1|NOWAK^PIOTR^J|SPO^SPOUSE||+48 61 847 22 19\r"
)
EXPECTED = {
    ("PERSON", "KOWALCZYK"),
    ("PERSON", "ANNA"),
    ("PERSON", "KOWALCZYK-NOWAK"),
    ("DATE_OF_BIRTH", "19610615"),
    ("ADDRESS", "2222 HOME STREET^^GREENSBORO^NC^27401-1020"),
    ("PHONE_NUMBER", "(555) 555-2004"),
    ("PHONE_NUMBER", "5555552005"),
    ("US_SSN", "444-33-3333"),
    ("PERSON", "NOWAK"),
    ("PERSON", "PIOTR"),
    ("PHONE_NUMBER", "+48 61 847 22 19"),
}


def _found(text: str) -> set[tuple[str, str]]:
    return {(s.entity, text[s.start : s.end]) for s in DET.detect(text)}


def test_the_identity_fields_of_pid_and_nk1() -> None:
    assert _found(ADT) == EXPECTED


def test_json_escaped_messages_give_the_same_values() -> None:
    text = json.dumps({"command": "cat adt.hl7", "output": ADT.replace("\r", "\n")})
    assert _found(text) == EXPECTED


@pytest.mark.parametrize(
    "text",
    [
        "PID|1||12345||||20251301|",  # not a calendar date, no name
        "PID|PPID|USER|CMD\n1234|1|root|/sbin/init",  # a pipe-separated process table
        "OBX|1|NM|2345-7^GLUCOSE^LN||182|mg/dL|70-105|H|||F",  # results carry no identity fields
        "PID|1||A1||X1^Y2||1961-06-15|",  # names with digits, a birth date in another format
    ],
)
def test_lines_that_only_look_alike_give_nothing(text: str) -> None:
    assert _found(text) == set()
