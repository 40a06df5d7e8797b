"""People and accounts in conversations, listings and records: hits and near misses.

Covers `pii.person_chat` (chat speakers, sign-offs, role nouns, lower-case names checked against
the English word list), `pii.account` (ls -l, IAM ARNs, whoami, last, auth logs, chat logins,
TODO markers), and the structured-field and phone additions (tables with line numbers and rules,
vCards, non-English keys, phone cue words). Every row also runs JSON-escaped.
"""

from __future__ import annotations

import json

import pytest

from redactor.detect.pii import pii_detectors
from redactor.detect.pii.accounts import AccountNameDetector, personal_login
from redactor.detect.pii.lexicon import english_words, is_english
from redactor.detect.pii.speakers import ConversationPersonDetector
from redactor.detect.pii.structured import StructuredFieldDetector
from redactor.detect.span import Span

ALL = pii_detectors()


def found(detector: object, text: str, entity: str) -> list[str]:
    spans: list[Span] = detector.detect(text)  # type: ignore[attr-defined]
    return sorted({text[s.start : s.end] for s in spans if s.entity == entity and s.score >= 0.5})


def found_all(text: str, entity: str) -> list[str]:
    return sorted({text[s.start : s.end] for d in ALL for s in d.detect(text) if s.entity == entity and s.score >= 0.5})


def escaped(text: str) -> str:
    return json.dumps({"content": text})


def unescape_all(values: list[str]) -> list[str]:
    return sorted(json.loads(f'"{v}"') for v in values)


PEOPLE = [
    (
        "[2025-01-08 16:20] Valentina Russo: the customer still sees old prices",
        ("Valentina Russo",),
        "timestamped speaker",
    ),
    ("<Lars Eriksen> did you see the email from legal?", ("Lars Eriksen",), "IRC speaker"),
    ("**Kofi Boateng** 10:02 AM\nwho owns billing now?", ("Kofi Boateng",), "Slack/Teams bold speaker"),
    ("> **Henrik Mäkinen** wrote:\n> can we get the numbers?", ("Henrik Mäkinen",), "quoted 'wrote:'"),
    ("ORGANIZER;CN=Rosa Delgado:mailto:rosa@example.es", ("Rosa Delgado",), "calendar CN="),
    ("dn: cn=Jonas Petraitis,ou=Users,dc=corp,dc=local", ("Jonas Petraitis",), "LDAP CN="),
    ("Please give me access to the workspace. Thanks, Priya", ("Priya",), "sign-off after a comma"),
    ('"It still has not arrived. -- Bronwyn Pritchard"', ("Bronwyn Pritchard",), "dash signature"),
    ("Customer Ahmed Benali moved to Paris.", ("Ahmed Benali",), "role noun"),
    ("the customer (Tyrone Whitfield) swears it is right", ("Tyrone Whitfield",), "role noun, parenthesised"),
    ("The account holder is Siobhán Ní Bhriain.", ("Siobhán Ní Bhriain",), "role noun + is"),
    ("Thread with Ebere Nwachukwu:", ("Ebere Nwachukwu",), "thread with"),
    ("the booking made under Nguyễn Thị Mai, two nights", ("Nguyễn Thị Mai",), "made under"),
    ("The record belongs to **Valeriya Kuznetsova**, registered in 2019", ("Valeriya Kuznetsova",), "belongs to, bold"),
    ("hi, i'm olumide adeyemi and i can't log in", ("olumide adeyemi",), "lower case after i'm"),
    ("hey can u ask priya if she pushed the migration?", ("priya",), "lower case after ask"),
    ("ananya from finance says the refund went out", ("ananya",), "lower case + from <team>"),
    ("standup: nadia fixed the retry bug, joão is still on the OAuth flow", ("joão", "nadia"), "lower-case subjects"),
    ("the payload has no order. Chinedu Mensah should review the fix", ("Chinedu Mensah",), "name + should review"),
    ("Summarise the last commits by Søren Bergström and draft", ("Søren Bergström",), "commits by"),
    ("The Kafka consumer should review offsets", (), "product + should review"),
    ("12/03/2025, 14:22 - Anna Kowalska: did the courier come?", ("Anna Kowalska",), "WhatsApp export"),
    ("00:01:22 Rohan Deshmukh: thanks everyone for joining", ("Rohan Deshmukh",), "meeting transcript"),
    (
        "Attendees: Marguerite Dubois, Tendai Moyo and Sigrid Holm",
        ("Marguerite Dubois", "Sigrid Holm", "Tendai Moyo"),
        "name list",
    ),
    ("To: Build Team, Release Managers", (), "list of teams"),
    ("Build at 10:42 Deploy Finished: ok", (), "time before a non-name"),
    ("Kenya. Contact Wanjiru Kamau.", ("Wanjiru Kamau",), "contact + name"),
    ("Customer Success Team will reply", (), "role noun before a team name"),
    ("**Important** read this first", (), "bold word, no speaker shape"),
    ("i'm gonna fix it, ask kubectl or ping localhost", (), "slang and jargon after cues"),
    ("openssl says 'bad decrypt' for this key", (), "a tool as subject"),
    ("ask the team if it is ok, thanks all", (), "English words after cues"),
    ("// Copyright 2019 The Go Authors. All rights reserved.", (), "licence header"),
    ("@joanna-kim can you review? @b.oyelaran already approved", (), "handles are not lower-case names"),
]


@pytest.mark.parametrize(("text", "expected", "why"), PEOPLE, ids=[r[2] for r in PEOPLE])
def test_conversation_people(text: str, expected: tuple[str, ...], why: str) -> None:
    assert found(ConversationPersonDetector(), text, "PERSON") == sorted(expected)
    assert unescape_all(found(ConversationPersonDetector(), escaped(text), "PERSON")) == sorted(expected)


def test_english_word_list_comes_from_the_pinned_model() -> None:
    assert len(english_words()) > 50_000
    assert is_english("restarted") and is_english("Team") and is_english("stopped")
    assert not is_english("priya") and not is_english("olumide")


ACCOUNTS = [
    (
        "-rw-r--r--  3 katerina.konstantinou  staff  4096 Mar  2 10:14 report.csv",
        ("katerina.konstantinou",),
        "ls -l owner",
    ),
    ("drwxr-xr-x  2 root  wheel  64 Mar  1 10:00 bin", (), "ls -l system owner"),
    ("-rw-r--r--  1 ci-runner  ci-runner  12 Mar  1 10:00 log", (), "ls -l service owner"),
    ('"arn:aws:iam::482913775012:user/hkowalski"', ("hkowalski",), "IAM user ARN"),
    ('"arn:aws:iam::482913775012:user/ci-deployer"', (), "IAM service user"),
    ("arn:aws:iam::482913775012:role/orders-lambda-role", (), "IAM role"),
    ("$ whoami && pwd\njmbeki\n/srv/app", ("jmbeki",), "whoami output"),
    ("r.okonjo  pts/0        81.152.44.17    Mon Mar  3 08:02   still logged in", ("r.okonjo",), "last"),
    ("sshd[21877]: Failed password for eduardo from 46.101.22.153 port 51234 ssh2", ("eduardo",), "sshd"),
    ("sshd[21877]: Failed password for invalid user admin from 46.101.22.153", (), "sshd system user"),
    ("[09:15] lena_k: Rafael restarted the db", ("lena_k",), "chat login speaker"),
    ("    # TODO(mdvorak): handle reverse charge", ("mdvorak",), "TODO(login)"),
    ("audit: user c.mwangi exported 1,204 rows", ("c.mwangi",), "user + login"),
    ("the user profile page is slow", (), "user + English word"),
    ("user svc-backup rotated its key", (), "user + service account"),
    ("docker login registry.northwind-labs.io -u deployer", (), "login + host name"),
    ("kmensah:x:1001:1001:Kwabena Mensah,,,:/home/kmensah:/bin/bash", ("kmensah",), "passwd line"),
    ("uid=1003(sanaz.r) gid=1003(sanaz.r)", ("sanaz.r",), "id output"),
    ("uid=0(root) gid=0(root)", (), "id output, root"),
    ("[~jsmith] can you confirm the refund?", ("jsmith",), "Jira mention"),
]


@pytest.mark.parametrize(("text", "expected", "why"), ACCOUNTS, ids=[r[2] for r in ACCOUNTS])
def test_account_names(text: str, expected: tuple[str, ...], why: str) -> None:
    assert found(AccountNameDetector(), text, "USERNAME") == sorted(expected)
    assert found(AccountNameDetector(), escaped(text), "USERNAME") == sorted(expected)


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("k.brennan", True),
        ("jmbeki", True),
        ("ci-deployer", False),
        ("svc-scan", False),
        ("root", False),
        ("var.x", False),
    ],
)
def test_personal_login(name: str, ok: bool) -> None:
    assert personal_login(name) is ok


STRUCTURED = [
    (
        "$ cat -n pay.csv\n     1\temp_no;name;iban;gross\n     2\t1187;Alejandro Ruiz Soto;X;3120.00",
        "PERSON",
        ("Alejandro Ruiz Soto",),
        "numbered CSV, name + other PII column",
    ),
    (
        "| Name | Role | Phone |\n|---|---|---|\n| Carmen Ibáñez | Store manager | +34 612 45 78 90 |",
        "PERSON",
        ("Carmen Ibáñez",),
        "markdown table",
    ),
    (
        " id | name | phone\n----+------+------\n  8 | Eszter Kovács | +36 30 512 7741",
        "PERSON",
        ("Eszter Kovács",),
        "psql output",
    ),
    ("| Name | Version |\n|---|---|\n| Spring Boot | 3.2 |", "PERSON", (), "table of packages"),
    ('{"nombre": "Gabriela Quispe", "correo": "gquispe@example.pe"}', "PERSON", ("Gabriela Quispe",), "Spanish keys"),
    ('{"user": "U02AB9XY1KD", "real_name": "Haruto Sato"}', "PERSON", ("Haruto Sato",), "Slack real_name"),
    ('{"guest_name": "Ines Duarte", "room": 12}', "PERSON", ("Ines Duarte",), "role + _name"),
    ('{"package_name": "Left Pad", "version": "1.3"}', "PERSON", (), "non-person + _name"),
    (
        "BEGIN:VCARD\nFN:Małgorzata Nowicka\nADR;TYPE=HOME:;;ul. Długa 14;Gdańsk;;80-827;Poland\nEND:VCARD",
        "ADDRESS",
        ("ul. Długa 14;Gdańsk;;80-827;Poland",),
        "vCard ADR",
    ),
    (
        '"address": {"line1": "2-3-1 Marunouchi", "postal": "100-0005"}',
        "ADDRESS",
        ("100-0005", "2-3-1 Marunouchi"),
        "line1 and postal keys",
    ),
    ('billing_zip = "CF10 1EP"', "ADDRESS", ("CF10 1EP",), "zip by suffix"),
    ("username       = var.db_username", "USERNAME", (), "Terraform reference"),
    (
        "<customer><name>Ibrahim Al-Farsi</name><phone>+968 9123 4567</phone></customer>",
        "PERSON",
        ("Ibrahim Al-Farsi",),
        "XML elements",
    ),
    ("<project><name>Release Tooling</name><version>1.2</version></project>", "PERSON", (), "XML name of a project"),
    (
        "   1\tdn: uid=kmorita,ou=people\n   2\tcn: Kenji Morita\n   3\tmail: h@corp.example.jp",
        "PERSON",
        ("Kenji Morita",),
        "numbered LDIF",
    ),
    (
        'owner: Benedikt Hofer\nbackup_owner: Giulia Romano\nescalation_phone: "+41 44 668 18 00"',
        "PERSON",
        ("Benedikt Hofer", "Giulia Romano"),
        "owner keys + suffixed phone key",
    ),
    (" nome   | cognome\n--------+---------\n Matteo | Ricci", "PERSON", ("Matteo", "Ricci"), "two personal columns"),
    (
        "Kunde;Vorname;Nachname;Telefon;Ort\n4411;Jürgen;Weißmann;+49 30 1234567;Berlin",
        "LOCATION",
        ("Berlin",),
        "German headers",
    ),
    (
        '{"arguments": "{\\"first_name\\": \\"Bronwyn\\", \\"last_name\\": \\"Tallis\\"}"}',
        "PERSON",
        ("Bronwyn", "Tallis"),
        "the first key of an escaped nested object",
    ),
    (
        '{"ship_name": "Ioana Dumitrescu", "ship_address": "Strada Lipscani 21"}',
        "PERSON",
        ("Ioana Dumitrescu",),
        "ship_",
    ),
    (
        '{"ship_name": "Ever Given", "ship_address": "Suez"}',
        "PERSON",
        ("Ever Given",),
        "known limitation: a vessel named like a person",
    ),
    ('{"service_name": "Order Service"}', "PERSON", (), "service_ is no person role"),
    (
        "config/team.yml:3:owner: Wilhelmina Achebe\nconfig/team.yml:4:owner_email: w.achebe@acme.co.uk",
        "PERSON",
        ("Wilhelmina Achebe",),
        "grep -n hit of a YAML line",
    ),
    ("config/ci.yml:3:owner: Platform Team\nconfig/ci.yml:9:stage: build", "PERSON", (), "no personal field near"),
]


@pytest.mark.parametrize(("text", "entity", "expected", "why"), STRUCTURED, ids=[r[3] for r in STRUCTURED])
def test_structured_additions(text: str, entity: str, expected: tuple[str, ...], why: str) -> None:
    assert found(StructuredFieldDetector(), text, entity) == sorted(expected)


PHONES = [
    ("I have called 0800 046 1711 four times.", ("0800 046 1711",), "called"),
    ("her assistant's line is 0803 577 2185.", ("0803 577 2185",), "line is"),
    ("TEL;TYPE=CELL:+48 601 223 874", ("+48 601 223 874",), "+ after a colon"),
    ("telephoneNumber: +81 3-5555-0192", ("+81 3-5555-0192",), "phone word glued to 'Number'"),
    ("the build took 10:42 and 1234 5678 steps", (), "time and digit groups"),
]


@pytest.mark.parametrize(("text", "expected", "why"), PHONES, ids=[r[2] for r in PHONES])
def test_phone_cues(text: str, expected: tuple[str, ...], why: str) -> None:
    assert found_all(text, "PHONE_NUMBER") == sorted(expected)


HANDLES = [
    ("@joanna-kim can you review #4412?", ("@joanna-kim",), "handle opening a line is prose, not a decorator"),
    ("@b.oyelaran already approved", ("@b.oyelaran",), "dotted chat handle"),
    ("@northwind:registry=https://npm.pkg.github.com", (), "npm scope"),
    ("write to @example.com", (), "a domain"),
    ("@pytest.fixture\ndef client(): ...", (), "decorator"),
]


@pytest.mark.parametrize(("text", "expected", "why"), HANDLES, ids=[r[2] for r in HANDLES])
def test_handles(text: str, expected: tuple[str, ...], why: str) -> None:
    assert found_all(text, "USERNAME") == sorted(expected)


def test_bot_mailboxes_are_not_people() -> None:
    text = "3  dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>"
    assert found_all(text, "EMAIL_ADDRESS") == []
