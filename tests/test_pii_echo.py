"""`pii.name_echo`: names spelled by an e-mail address or handle in the same text; hits and near misses."""

from __future__ import annotations

import pytest

from redactor.detect.pii.echo import NameEchoDetector, fold
from redactor.detect.span import Span


def found(text: str) -> list[str]:
    spans: list[Span] = NameEchoDetector().detect(text)
    assert all(s.entity == "PERSON" and s.detector == "pii.name_echo" for s in spans)
    return sorted(text[s.start : s.end] for s in spans if s.score >= 0.5)


ECHOES = [
    # (text, names expected, why)
    (
        'To: "Ingrid Solberg" <ingrid.solberg@telenor.no>\n\nIngrid, attached is the file.',
        ["Ingrid", "Ingrid Solberg"],
        "quoted display name and the given name alone later",
    ),
    (
        '{"given":"Selamawit","family":"Tesfaye","email":"selam.tesfaye@gmail.com"}',
        ["Selamawit", "Tesfaye"],
        "JSON name parts; a nickname piece is a prefix once the surname matched",
    ),
    (
        "[11:20] <@kofi.mensah:matrix.org> Akosua, the invoice\n[11:21] <@akosua.boateng:matrix.org> noted",
        ["Akosua"],
        "matrix handles echo a given name addressed in chat",
    ),
    (
        '"Okonkwo, Chidi",chidi.okonkwo@outlook.com,+234 803 555 1290',
        ["Okonkwo, Chidi"],
        "surname-first cell",
    ),
    (
        "<td>Anwesha Chatterjee</td><td>anwesha.c@larkspur.studio</td>",
        ["Anwesha Chatterjee"],
        "a one-letter piece is the initial of the next word",
    ),
    (
        "Author:     Aigerim Zhakupova <aigerim.zh@larkspur.studio>",
        ["Aigerim Zhakupova"],
        "a two-letter piece abbreviates the surname",
    ),
    (
        "> @hkaraman the export still includes the dob column. Can you pair with Hande Karaman?",
        ["Hande Karaman"],
        "initial + surname login",
    ),
    (
        "Responsável: João Pedro Almeida (joao.almeida@empresa.com.br)",
        ["João Pedro Almeida"],
        "accents folded; one middle name between two echoing words",
    ),
    (
        "holder=Łukasz Szymański email=lukasz.szymanski@poczta.pl",
        ["Łukasz Szymański"],
        "letters without a decomposition (ł) fold too",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), ECHOES, ids=[r[2] for r in ECHOES])
def test_echoed_names(text: str, expected: list[str], why: str) -> None:
    assert found(text) == expected


NEAR_MISSES = [
    ("Grace period ends today; mail grace@wanjiku-family.org", "an English word alone is no echo"),
    ("Mark the item as done. mark.lee@corp.io will review", "English given name alone, surname absent"),
    ("Contact Support at support@acme.io or Billing at billing@acme.io", "role mailboxes"),
    ("@Override\npublic String toString() { return Override.class.getName(); }", "annotation, code word"),
    ("Send to noreply@github.com; GitHub will notify", "service mailbox and product"),
    ("ingrid.solberg@telenor.no wrote to ingrid.solberg@telenor.no", "only the identifiers themselves"),
    ("See Solberg.java and solberg_test.py by ingrid.solberg@telenor.no", "file names, not words"),
    ("cc @workspace: Workspace settings changed", "a handle that is an English word"),
    ("Deploy by @devops-team. Devops rotation starts Monday", "role handle"),
    ("Ask Mark Lee Smith; mail mark.jones@corp.io", "a middle word needs echoing words on both sides"),
    ("cc @frontend: Frontend tests fail", "a one-piece handle of a team"),
    ("@octocat Octocat says hi; ping @webhooks - Webhooks retry", "one-piece handles of tools and mascots"),
    ("@ingrid Ingrid, can you look?", "a one-piece handle needs a two-word name (an e-mail does not)"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[r[1] for r in NEAR_MISSES])
def test_near_misses(text: str, why: str) -> None:
    assert found(text) == []


def test_english_given_name_counts_next_to_the_surname() -> None:
    # "Grace" alone is English, but "Grace Wanjiku" spells both pieces of grace.wanjiku
    assert found("Grace Wanjiku will follow up (grace.wanjiku@billing.co.ke)") == ["Grace Wanjiku"]


def test_fold_keeps_length_of_latin_text() -> None:
    assert fold("Zielińska") == "zielinska"
    assert fold("Ní Bhriain") == "ní bhriain".replace("í", "i")
    assert fold("O'Brien-Smith") == "obriensmith"


def test_json_escaped_text_maps_back_to_raw_offsets() -> None:
    raw = '{"content": "Hi Tesfaye,\\nyour mail selam.tesfaye@gmail.com works"}'
    spans = NameEchoDetector().detect(raw)
    assert [raw[s.start : s.end] for s in spans] == ["Tesfaye"]
