"""Name shapes and false-positive classes of the PII detectors: organisations, sign-offs, chat
roles, hashes as accounts, versions as addresses; particles, hyphenated initials, ``Surname,
Given``, quoted mailboxes, dscl and log-line values."""

from __future__ import annotations

import pytest

from redactor.detect.pii import pii_detectors
from redactor.detect.pii.names import clean_name
from redactor.detect.span import Span


def found(text: str, entity: str = "PERSON") -> list[str]:
    """Values found by every PII detector but the echo (which repeats given names on their own) and
    the given-name lexicon (which finds known names without any layout): these tests are about layout."""
    skip = ("pii.name_echo", "pii.given_name")
    spans: list[Span] = [s for d in pii_detectors() if d.name not in skip for s in d.detect(text)]
    return sorted({text[s.start : s.end] for s in spans if s.entity == entity and s.score >= 0.5})


HITS = [
    ("Design doc reviewed by J.-P. Moreau on Monday.", ["J.-P. Moreau"], "hyphenated initials"),
    (
        "The lease is signed by Ana Lucía Pérez-Cotapos de la Vega for the owner.",
        ["Ana Lucía Pérez-Cotapos de la Vega"],
        "long compound name with two particles",
    ),
    ("Claim form\nClaimant: Okafor, Chidi\nDOB: 02/03/1990", ["Okafor, Chidi"], "Surname, Given after a label"),
    ("Mandate\nDebtor: Sofie Janssens\nIBAN: x", ["Sofie Janssens"], "debtor label"),
    (
        '{"contributors": ["Marek Nowak-Zieliński <marek@example.pl>", "Ines Duarte <ines@example.pt>"]}',
        ["Ines Duarte", "Marek Nowak-Zieliński"],
        "quoted mailbox list items",
    ),
    ("NFSHomeDirectory: /Users/kofi\nRealName:\n Kofi Mensah", ["Kofi Mensah"], "dscl value on the next line"),
    (
        "PHP Notice: refund failed card=4111111111111111 name=Greet Maes amount=10.00 in x.php",
        ["Greet Maes"],
        "unquoted two-word value in a key=value log line",
    ),
    ("[10:01] Visitor: hi\n[10:02] Agent Thandiwe: hello, how can I help?", ["Thandiwe"], "chat role before a name"),
]


@pytest.mark.parametrize(("text", "expected", "why"), HITS, ids=[r[2] for r in HITS])
def test_name_shapes(text: str, expected: list[str], why: str) -> None:
    assert found(text) == expected


NEAR_MISSES = [
    ("suppliers:\n  - name: Nordic Freight\n    contact: x\n    phone: '601 234 587'", "an organisation with a phone"),
    ("WELCOME PACK — Hillside Dental Clinic\nPlease fill in the form.", "a clinic after a dash"),
    ("Hallo,\n\nanbei die Unterlagen.\n\nViele Grüße\n", "a German sign-off"),
    ("[14:02] Visitor: hi, my order never arrived", "a chat role alone"),
    ("Name: Smith Logistics\nPhone: 020 7946 0000", "a label value that is a company"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[r[1] for r in NEAR_MISSES])
def test_name_near_misses(text: str, why: str) -> None:
    assert found(text) == []


def test_org_word_ends_a_name_only_after_a_name_token() -> None:
    assert clean_name("Kowalczyk Transport") is None
    assert clean_name("Tadeusz Kowalczyk") == (0, 17)


def test_commit_id_is_not_an_account() -> None:
    text = "Build #812\nStatus: success\nCommit: 35b0460d1a8fe94600a206010dbabb460f0625a5\nBranch: main"
    assert found(text, "USERNAME") == []


def test_commit_author_still_found() -> None:
    text = "commit 35b0460d1a8fe94600a206010dbabb460f0625a5\nAuthor: Ilse de Vries <ilse@example.nl>"
    assert found(text) == ["Ilse de Vries"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{\n  v8: '11.3.244.8-node.23',\n  uv: '1.46.0'\n}", []),
        ("pkg 4.1.0.2+deb11 installed", []),
        ("ssh admin@52.14.201.7 -p 22", ["52.14.201.7"]),
    ],
)
def test_version_suffix_is_not_an_address(text: str, expected: list[str]) -> None:
    assert found(text, "IP_ADDRESS") == expected


MORE_HITS = [
    (
        "can you add amaru and tiago ferreira to the on-call rota, and take olumide off — he's on leave",
        ["amaru", "olumide", "tiago ferreira"],
        "lower-case names moved on and off a roster",
    ),
    ("Wulandari from payroll approved the run; ship it.", ["Wulandari"], "a single name introduced by a department"),
    ("// Copyright (c) 2020-2023 Ilona Varga and contributors.\npackage x", ["Ilona Varga"], "copyright header"),
    (
        "The deed was signed by Ana Costa and by van der Linde for the buyer.",
        ["Ana Costa", "van der Linde"],
        "particle-led surname",
    ),
    ('id,body\n1,"Bonjour Hugo, votre colis arrive",sent', ["Hugo"], "a greeted product-like name in a message"),
    (
        '{"text": "NFSHomeDirectory: /Users/kofi\\nRealName:\\n Kofi Mensah"}',
        ["Kofi Mensah"],
        "dscl value inside a JSON string",
    ),
]


@pytest.mark.parametrize(("text", "expected", "why"), MORE_HITS, ids=[r[2] for r in MORE_HITS])
def test_more_name_shapes(text: str, expected: list[str], why: str) -> None:
    assert found(text) == expected


MORE_NEAR_MISSES = [
    ("please add zod and tsx to the deps", "tool names added to dependencies, no roster"),
    ("Copyright (c) 2019 Zachary Rice\n\nPermission is hereby granted", "a licence file's holder outside a comment"),
    ("# Copyright 2019 The Go Authors. All rights reserved.", "a licence header naming a group"),
    (" * @copyright 2023 Larkspur Studio", "a studio in a docblock"),
    ("attractive forces explained by van der Waals forces", "a physical law"),
    ("Support from finance will call", "an English word before a department"),
    ("Hola Docker!", "a product greeted without a message"),
]


@pytest.mark.parametrize(("text", "why"), MORE_NEAR_MISSES, ids=[r[1] for r in MORE_NEAR_MISSES])
def test_more_name_near_misses(text: str, why: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[09:12] Visitor: johan van der westhuizen, jvdw@example.co.za\n", ["johan van der westhuizen"]),
        ("thandiwe nkosi <t.nkosi@example.za>", ["thandiwe nkosi"]),
        ("contact support team, help@example.com", []),  # English words
        ("reply: kubectl logs, a@b.io", []),  # jargon
        ("send it to, ops@example.com", []),  # one word
    ],
)
def test_lower_case_name_before_its_mail(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bonjour Anne-Sophie,\n\nVotre accès est prêt.\n\nMaëlle Robin\nSupport informatique\n",
            ["Anne-Sophie", "Maëlle Robin"],
        ),
        (
            "Dear Ms. Ruiz,\n\nThanks for the update.\n\nHenrik Solberg\nHead of Payments\nNordpay AS",
            ["Henrik Solberg", "Ms. Ruiz"],
        ),
        ("Hi team,\n\nThe release is out.\n\nRelease Notes\nVersion 2\n", []),  # a heading, not a name
        ("Some doc\n\nMarta Quist\nInstall it\n", []),  # no greeting: not a letter
        ("Hello Ana,\n\nSee below.\n\nMarta Quist\nThis line is a long sentence that goes on and on.\n", ["Ana"]),
    ],
)
def test_letter_signature(text: str, expected: list[str]) -> None:
    assert found(text) == expected
