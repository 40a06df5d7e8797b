"""Round 5 (holdout5 classes) in `pii.structured` and `pii.person_context`: hits and near misses.

- structured: psql expanded records (``-[ RECORD 1 ]``, ``column | value``), ``holder`` keys,
  name-part keys (``given``/``family``) beside another personal field, role columns of tables
  (``| Day | Engineer | Mobile |``);
- person_context: a name line heading a street-first address line (letters, signatures), and three
  false-positive classes: honorific-like units after numbers (``212.554 ms\\nExecution``), label
  values that are titles (``- name: Render app config``), rows of CLI column listings
  (``Connected Status Connected``).
"""

from __future__ import annotations

import pytest

from redactor.detect.pii.person import PersonContextDetector
from redactor.detect.pii.structured import StructuredFieldDetector


def found(detector: object, text: str, entity: str = "PERSON") -> list[str]:
    spans = detector.detect(text)  # type: ignore[attr-defined]
    return [text[s.start : s.end] for s in spans if s.entity == entity and s.score >= 0.5]


PSQL = (
    '$ psql -x -c "SELECT full_name, shipping_address, phone FROM orders WHERE id = 30412"\n'
    "-[ RECORD 1 ]----+------------------------------------------------------\n"
    "full_name        | João Pedro Almeida\n"
    "shipping_address | Rua Augusta 1503, apto 42, Consolação, São Paulo - SP, 01305-100\n"
    "phone            | +55 11 98812-3374\n"
)

STRUCTURED = [
    # (text, entity, values expected, why)
    (PSQL, "PERSON", ["João Pedro Almeida"], "psql -x record"),
    (
        PSQL,
        "ADDRESS",
        ["Rua Augusta 1503, apto 42, Consolação, São Paulo - SP, 01305-100"],
        "psql -x record: the whole address value",
    ),
    (
        "-[ RECORD 1 ]-\nname | publish\nstage | deploy\n",
        "PERSON",
        [],
        "near miss: psql -x record without personal columns",
    ),
    (
        '2024-06-21 ERROR checkout declined pan=**** holder="Ewa Zielińska" reason=insufficient_funds',
        "PERSON",
        ["Ewa Zielińska"],
        "holder key in a log line",
    ),
    ('holder="Build Agent"', "PERSON", [], "near miss: holder of no person"),
    (
        '{"legalName":{"given":"Selamawit","family":"Tesfaye"},"personalEmail":"st@example.org"}',
        "PERSON",
        ["Selamawit", "Tesfaye"],
        "name-part keys beside an e-mail",
    ),
    ('{"fonts": [{"family": "Roboto", "weight": 400}]}', "PERSON", [], "near miss: a font family"),
    (
        "| Day | Engineer | Mobile |\n|-----|----------|--------|\n| Tue | Somchai Wongsakul | +66 81 734 2290 |",
        "PERSON",
        ["Somchai Wongsakul"],
        "role column of an on-call table",
    ),
    (
        "| Component | Engineer |\n|---|---|\n| Ledger Service | Platform Team |",
        "PERSON",
        [],
        "near miss: one role column without another personal column",
    ),
]


@pytest.mark.parametrize(("text", "entity", "expected", "why"), STRUCTURED, ids=[r[3] for r in STRUCTURED])
def test_structured_round5(text: str, entity: str, expected: list[str], why: str) -> None:
    assert found(StructuredFieldDetector(), text, entity) == expected


PERSON = [
    # (text, names expected, why)
    ("Inês Carvalho\nRua Garrett 120, 2.º Esq., 1200-205 Lisboa\n\nExmos. Senhores,", ["Inês Carvalho"], "letter head"),
    (
        "Freundliche Grüsse\n\nCorinne Baumgartner\nLeiterin Finanzen\nBahnhofstrasse 61, 8001 Zürich",
        [],
        "near miss: sign-off and job title lines are not the head of the address block",
    ),
    ("Planning Time: 0.091 ms\nExecution Time: 212.554 ms", [], "near miss: 'ms' after a number is a unit"),
    ("Thanks, Ms. Kaur will call", ["Ms. Kaur"], "an honorific still introduces a name"),
    ("- name: Render app config\n  ansible.builtin.template:", [], "near miss: a task title after a name label"),
    ("Name: Nightly backup job", [], "near miss: the value goes on as a title"),
    ("Name: Jane Doe and John Roe", ["Jane Doe"], "a conjunction after the name is no title"),
    ("Name: Jane Doe\nPhone: +1 555 0100", ["Jane Doe"], "a label value that is just a name"),
    (
        " KEY              VALUE\n Client Id        PlatformCLI\n Connected Status Connected\n"
        " Username         dana.ferreira@larkspur.studio",
        [],
        "near miss: a row of a CLI column listing above an e-mail",
    ),
    ("Jane Okafor\nPhone:    +1 555 0100\nEmail:    jane@x.io", ["Jane Okafor"], "a padded contact block still counts"),
]


@pytest.mark.parametrize(("text", "expected", "why"), PERSON, ids=[r[2] for r in PERSON])
def test_person_context_round5(text: str, expected: list[str], why: str) -> None:
    assert found(PersonContextDetector(), text) == expected
