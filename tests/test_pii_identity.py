"""Developer identity, people's names, addresses and structured fields: hits and near misses."""

# ruff: noqa: RUF001  -- Turkish dotless i in address samples is intended.
from __future__ import annotations

import json

import pytest

from redactor.detect.pii.address import AddressDetector
from redactor.detect.pii.identity import GitIdentityDetector, HandleDetector, HomePathDetector, UsernameDetector
from redactor.detect.pii.names import clean_name, is_person_name
from redactor.detect.pii.person import PersonContextDetector
from redactor.detect.pii.propagate import propagate
from redactor.detect.pii.structured import StructuredFieldDetector
from redactor.detect.span import Span


def found(detector: object, text: str, entity: str | None = None) -> list[str]:
    spans: list[Span] = detector.detect(text)  # type: ignore[attr-defined]
    return [text[s.start : s.end] for s in spans if (entity is None or s.entity == entity) and s.score >= 0.5]


HOME = [
    ("ls /Users/jdoe2/src/app", ("jdoe2",), "macOS"),
    ("cd /home/alice && make", ("alice",), "Linux"),
    (r"C:\Users\Bob.Smith\AppData", ("Bob.Smith",), "Windows"),
    (r'{"cwd": "C:\\Users\\bsmith\\repo"}', ("bsmith",), "Windows, JSON-escaped"),
    ("/mnt/c/Users/carol/x", ("carol",), "WSL"),
    (r"C:\Users\nancy\Documents", ("nancy",), "raw Windows path whose \\n is not an escape"),
    ("cat ~dave/.bashrc", ("dave",), "tilde user"),
    ("/home/runner/work/repo", (), "CI runner account"),
    ("/Users/Shared/file and /home/ubuntu/x", (), "shared and service accounts"),
    ("cd ~/src && git diff HEAD~1", (), "own home and git revision"),
    ("/home/$USER/x and /Users/<name>/y", (), "placeholders"),
]


@pytest.mark.parametrize(("text", "expected", "why"), HOME, ids=[r[2] for r in HOME])
def test_home_path(text: str, expected: tuple[str, ...], why: str) -> None:
    assert tuple(found(HomePathDetector(), text)) == expected


GIT = [
    ("Author: Jane Q. Doe <jane@corp.example>", ("Jane Q. Doe", "jane@corp.example"), "author line"),
    ("    Co-authored-by: Ana Ruiz <ana@x.io>", ("Ana Ruiz", "ana@x.io"), "trailer"),
    (
        "Signed-off-by: mlindqvist <mlindqvist@users.noreply.github.com>",
        ("mlindqvist", "mlindqvist@users.noreply.github.com"),
        "handle",
    ),
    ('git config --global user.name "Jane Doe"', ("Jane Doe",), "git config"),
    ("Author: Build Bot <ci@example.com>", ("ci@example.com",), "a bot, not a person"),
    (
        "Author: renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>",
        (),
        "a bot's noreply mailbox is no one's",
    ),
    ("Author: Ana Ruiz <ana+bot@x.io>", ("Ana Ruiz", "ana+bot@x.io"), "near miss: 'bot' is not '[bot]'"),
]


@pytest.mark.parametrize(("text", "expected", "why"), GIT, ids=[r[2] for r in GIT])
def test_git_identity(text: str, expected: tuple[str, ...], why: str) -> None:
    assert tuple(found(GitIdentityDetector(), text)) == expected


HANDLES = [
    ("thanks @mlindqvist for the review", ("@mlindqvist",), "mention in prose"),
    ('msg = "ping @jane-doe about it"', ("@jane-doe",), "in a string literal"),
    ("@app.route('/x')\ndef f(): pass", (), "decorator"),
    ("npm i @types/node", (), "package scope"),
    ("/** @param name the name */", (), "doc tag"),
    ("cc @here and @channel", (), "Slack broadcasts"),
    ("mail bob@example.com", (), "e-mail, not a handle"),
]


@pytest.mark.parametrize(("text", "expected", "why"), HANDLES, ids=[r[2] for r in HANDLES])
def test_handle(text: str, expected: tuple[str, ...], why: str) -> None:
    assert tuple(found(HandleDetector(), text)) == expected


USERS = [
    ("DATABASE_URL=postgresql://trory1979:Neesae5g@db.internal:5432/app", ("trory1979",), "URL userinfo"),
    ("Server=sql01;Database=crm;User Id=formlee;Password=x;", ("formlee",), "ADO.NET"),
    ("mysql -h db.internal -u humened -p'aebiT7epah' orders", ("humened",), "mysql -u"),
    ("spring.datasource.username=werter1965", ("werter1965",), "properties"),
    ('{"username": "Coun1976", "password": "x"}', ("Coun1976",), "JSON"),
    ("ssh deploy2@build.example.com", ("deploy2",), "ssh"),
    ("Comment by qle_lhs: reproduced locally", ("qle_lhs",), "issue comment author"),
    ("Reviewed by Alice and merged by the bot", (), "names and words after 'by'"),
    ("user = request.user", (), "code assignment"),
    ("DB_USER=${POSTGRES_USER}", (), "placeholder"),
    ("postgres://postgres:pw@localhost/db", (), "default service account"),
    ("curl --user neo4j:[PASSWORD] http://x", (), "database default user"),
    ("user_id: 12345", (), "numeric id"),
]


@pytest.mark.parametrize(("text", "expected", "why"), USERS, ids=[r[2] for r in USERS])
def test_username(text: str, expected: tuple[str, ...], why: str) -> None:
    assert tuple(found(UsernameDetector(), text)) == expected


PEOPLE = [
    ("My name is Aantje Mourik but everyone calls me Aantje", ("Aantje Mourik", "Aantje"), "introductions"),
    ("please correct it to Mr. Luca Drescher?", ("Mr. Luca Drescher",), "honorific"),
    ("join accounts with ms. Marcela", ("ms. Marcela",), "lower-case honorific"),
    ("Date: 1985-11-18\nName: Leigha Mackay\nPhone: 032 288 79 44", ("Leigha Mackay",), "label"),
    ("Directed By:    Sari J. Paavolainen", ("Sari J. Paavolainen",), "credit label"),
    ("Dear Šemsudin,\nthanks", ("Šemsudin",), "greeting, non-ASCII"),
    ("Best regards,\nHijacinta Godina\n", ("Hijacinta Godina",), "sign-off"),
    ("It's under my partner's name Shane M Culp", ("Shane M Culp",), "relation"),
    ("Zizi Kónya\nEnigmaio\n5850 Jana Nerudy 894\nMobile: 0490 39 07 81", ("Zizi Kónya",), "contact block"),
    ('Koppány: "Who are you?"', ("Koppány",), "dialogue"),
    ("Wojciech told Amara that the server was down.", ("Wojciech", "Amara"), "subject and object of 'told'"),
    ("and tell Thao Hoang (thao@x.com) what to change", ("Thao Hoang",), "name before a contact"),
    ("The user's git identity is Søren Bergström <sb@x.dk>.", ("Søren Bergström",), "name before a mailbox"),
    ("Escalation: Jonas Hoffmann (jh@x.de, +49 30 1234567)", ("Jonas Hoffmann",), "label, name, contact"),
    ("Hello World,\nthis is it", (), "not a name"),
    ("Platform Gitea was added (#1884)", (), "product names"),
    ("Name: Build Docker Image", (), "CI step name"),
    ("Dear Sir,", (), "honorific alone"),
    ("I'm glad it works", (), "lower-case word"),
    ("# Track which prediction spans", (), "comment"),
]


@pytest.mark.parametrize(("text", "expected", "why"), PEOPLE, ids=[r[2] for r in PEOPLE])
def test_person_context(text: str, expected: tuple[str, ...], why: str) -> None:
    assert sorted(set(found(PersonContextDetector(), text))) == sorted(expected)


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("Anthony van den Oord", True),
        ("Þorkell Hallbjörnsson", True),
        ("Jean-Luc O'Brien", True),
        ("Celina IJzermans", True),
        ("Quang Le", True),
        ("Anthony van", False),
        ("ETag", False),
        ("GetToken", False),
        ("pageChunker", False),
        ("Kafka", False),
        ("Redis Cluster", False),
        ("Redis Kafka", False),
        ("Scanner", False),
        ("AWS", False),
        ("K.", False),
    ],
)
def test_is_person_name(value: str, ok: bool) -> None:
    assert is_person_name(value) is ok


def test_clean_name_trims_to_the_name() -> None:
    text = "Jasmin Rasmussen: new email"
    r = clean_name(text)
    assert r is not None and text[r[0] : r[1]] == "Jasmin Rasmussen"


ADDRESSES = [
    ("lives at 333 Golfskálinn 78, Borgarnes", ("333 Golfskálinn 78, Borgarnes",), "house number prefix, city"),
    ("she moved to 1659 Hoog St, Brakpan. Born 1957.", ("1659 Hoog St, Brakpan",), "English suffix"),
    ("moved to Rue du Château 414, Limont.", ("Rue du Château 414, Limont",), "street-type prefix"),
    (
        "3247 Rua Igreja 25\n Apt. 236\n Ribeirão\n Portugal 30971\n21 253 109",
        ("3247 Rua Igreja 25\n Apt. 236\n Ribeirão\n Portugal 30971",),
        "multi-line block",
    ),
    (
        "> 808 Kálmán Imre u. 12.\n>  Apt. 762\n>  Zalakaros\n>  Hungary 06554\n\nThe parser",
        ("808 Kálmán Imre u. 12.\n>  Apt. 762\n>  Zalakaros\n>  Hungary 06554",),
        "quoted lines",
    ),
    (
        "update the billing address with PSC 0725, Box 6031\nAPO AP 99241 for this card",
        ("PSC 0725, Box 6031\nAPO AP 99241",),
        "military",
    ),
    (
        "send it to the corner of Kuusiku 7 and Alexander Flat? I am",
        ("the corner of Kuusiku 7 and Alexander Flat",),
        "corner",
    ),
    ("Enter on Populierenstraat 374 after", ("Populierenstraat 374",), "Dutch street suffix"),
    (
        "My new address is Kurfürstendamm 21, 10719 Berlin, Germany",
        ("Kurfürstendamm 21, 10719 Berlin, Germany",),
        "postcode before city",
    ),
    (
        "We'll meet at 221B Baker Street, London NW1 6XE tomorrow.",
        ("221B Baker Street, London NW1 6XE",),
        "UK postcode",
    ),
    (
        "update my address to 77 Oak Lane\n Unit 4\n Portland\n OR 97201",
        ("77 Oak Lane\n Unit 4\n Portland\n OR 97201",),
        "state code OR",
    ),
    (
        "send it to 4-12-7 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023 by Friday",
        ("4-12-7 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023",),
        "Japanese block address",
    ),
    (
        "It should be Flat 3, 27 Albert Road, Leeds LS6 1AB, not",
        ("Flat 3, 27 Albert Road, Leeds LS6 1AB",),
        "leading unit",
    ),
    (
        "ship to Rua Augusta, 1508 - Consolação, São Paulo - SP, 01304-001; the",
        ("Rua Augusta, 1508 - Consolação, São Paulo - SP, 01304-001",),
        "Brazilian comma number and dash parts",
    ),
    (
        "resident at ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa.",
        ("ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa",),
        "Polish slash number, unit, postcode",
    ),
    ("vivo en Calle de Toledo 62, 3º B, 28005 Madrid. ¿", ("Calle de Toledo 62, 3º B, 28005 Madrid",), "Spanish floor"),
    (
        "to 18 rue de la République, 69002 Lyon, France.",
        ("18 rue de la République, 69002 Lyon, France",),
        "lower-case rue",
    ),
    (
        "lives at Bağdat Caddesi No: 214, Daire 7, 34728 Kadıköy/İstanbul.",
        ("Bağdat Caddesi No: 214, Daire 7, 34728 Kadıköy/İstanbul",),
        "Turkish",
    ),
    (
        "uses Blk 123 Ang Mo Kio Avenue 3, #05-67, Singapore 560123.",
        ("Blk 123 Ang Mo Kio Avenue 3, #05-67, Singapore 560123",),
        "Singapore block and unit",
    ),
    (
        "my address will be\n\nHauptstraße 112\n69117 Heidelberg\nGermany\n\nKind regards",
        ("Hauptstraße 112\n69117 Heidelberg\nGermany",),
        "postcode-first line",
    ),
    (
        "their order to 264 rue des Lilas, 75011 Paris was never",
        ("264 rue des Lilas, 75011 Paris",),
        "city after postcode",
    ),
    ("their order to 22 boulevard Voltaire, 69003 Lyon was never", ("22 boulevard Voltaire, 69003 Lyon",), "boulevard"),
    ("to 264 rue des Lilas, 75011 was never", ("264 rue des Lilas, 75011",), "no city after the postcode"),
    ("I have 3 avenue ideas", (), "lower-case street type before an English word"),
    (
        "moved to No. 45, 2nd Cross, Indiranagar, Bengaluru 560038.",
        ("No. 45, 2nd Cross, Indiranagar, Bengaluru 560038",),
        "Indian",
    ),
    (
        "Billing address: Mannerheimintie 12 B 34, 00100 Helsinki",
        ("Mannerheimintie 12 B 34, 00100 Helsinki",),
        "staircase and flat",
    ),
    (
        "Deliver to Nørrebrogade 45, 2. th., 2200 København N before noon",
        ("Nørrebrogade 45, 2. th., 2200 København N",),
        "Danish floor",
    ),
    (
        "She lives at Vinohradská 1511/230, 100 00 Praha 10 with",
        ("Vinohradská 1511/230, 100 00 Praha 10",),
        "Czech, retried start",
    ),
    (
        "address: Mariahilfer Straße 77/3/12, 1060 Wien",
        ("Mariahilfer Straße 77/3/12, 1060 Wien",),
        "Austrian stair/door",
    ),
    ("P.O. Box 30197-00100 Nairobi, Kenya. Contact", ("P.O. Box 30197-00100 Nairobi, Kenya",), "box with postcode"),
    (
        "es Av. Corrientes 1234, C1043 CABA, Argentina.",
        ("Av. Corrientes 1234, C1043 CABA, Argentina",),
        "Argentine postcode",
    ),
    (
        "address 14 Pembroke Lane, Dublin 2, D02 X285.",
        ("14 Pembroke Lane, Dublin 2, D02 X285",),
        "Dublin district and Eircode",
    ),
    (
        "sent to Calle Alcalá 123, 4º izq., 28009 Madrid.",
        ("Calle Alcalá 123, 4º izq., 28009 Madrid",),
        "Spanish floor side",
    ),
    ("She said 12 B 34 is the score", (), "unit shape without a street"),
    ("version 1-2-3 Release notes", (), "dashed version before a capitalised word"),
    ("Chapter 4 - Results", (), "dash part without a core"),
    ("the room 12 meeting", (), "unit word alone"),
    ("Python 3, Django 4 and Windows 10", (), "product versions"),
    ("see line 88 in client.py", (), "line number"),
    ("Office: 22 Bishopsgate, London EC2N 4BQ", ("22 Bishopsgate, London EC2N 4BQ",), "UK one-word street"),
    ("Version 2 Release, London EC2N 4BQ", (), "one word before a UK postcode that is no street"),
    ("22 Bishopsgate, London", (), "one-word street without a postcode"),
    (
        "Flat 12, Harbour View, 4 Quay Street, Bristol BS1 4QA, customer not home",
        ("Flat 12, Harbour View, 4 Quay Street, Bristol BS1 4QA",),
        "a street word that is also a product",
    ),
    ("pull 4 images from quay.io", (), "the product"),
    ("Step 2 of 3 done", (), "counter"),
]


@pytest.mark.parametrize(("text", "expected", "why"), ADDRESSES, ids=[r[2] for r in ADDRESSES])
def test_address(text: str, expected: tuple[str, ...], why: str) -> None:
    assert tuple(found(AddressDetector(), text)) == expected


def test_address_in_json_escaped_tool_argument() -> None:
    body = "Hello I moved, please update my new address is 50066 Rooseveltlaan 110\n Apt. 949\n Utrecht\n Netherlands"
    raw = json.dumps({"tool": "create_ticket", "arguments": json.dumps({"body": body})})
    assert "\\\\n Apt. 949" in raw  # doubly escaped: JSON inside a JSON string
    (span,) = AddressDetector().detect(raw)
    assert raw[span.start : span.end].startswith("50066 Rooseveltlaan 110")
    assert raw[span.start : span.end].endswith("Netherlands")


STRUCTURED = [
    (
        "id,first_name,last_name,email,phone,street,city,zip\n"
        '1000,Anthony,van den Oord,a@b.de,+47 430 41 768,"Spechtenkamp 170",Maarssen,3607 KP\n',
        {
            ("PERSON", "Anthony"),
            ("PERSON", "van den Oord"),
            ("PHONE_NUMBER", "+47 430 41 768"),
            ("ADDRESS", "Spechtenkamp 170"),
            ("LOCATION", "Maarssen"),
            ("ADDRESS", "3607 KP"),
        },
        "CSV with a header",
    ),
    (
        "INSERT INTO users (full_name, email, birth_date, card_number) VALUES\n"
        "  ('Dan Groot', 'DanGroot@fleckens.hu', '4/16/1959', '4916317241919037'),\n"
        "  ('Guy Migneault', 'g@t.us', '4/28/1960', NULL);",
        {
            ("PERSON", "Dan Groot"),
            ("DATE_OF_BIRTH", "4/16/1959"),
            ("CREDIT_CARD", "4916317241919037"),
            ("PERSON", "Guy Migneault"),
            ("DATE_OF_BIRTH", "4/28/1960"),
        },
        "SQL insert",
    ),
    (
        '{"users": [{"id": "u-0", "name": "Wiktor Ek", "email": "WiktorEk@rhyta.com", "username": "Boally"}]}',
        {("PERSON", "Wiktor Ek"), ("USERNAME", "Boally")},
        "JSON record: name next to an e-mail",
    ),
    (
        'CUSTOMER = {\n    "name": "Mr. Ciro B. García",\n    "mothers_maiden_name": "Altamirano",\n}',
        {("PERSON", "Mr. Ciro B. García"), ("PERSON", "Altamirano")},
        "Python dict",
    ),
    ("jobs:\n  publish:\n    - name: Build And Publish\n", set(), "workflow step name: no personal field nearby"),
    ('{"name": "redactor", "version": "0.1.0"}', set(), "package.json name"),
    ("card_number: 4916317241919038", set(), "Luhn-invalid card field"),
]


@pytest.mark.parametrize(("text", "expected", "why"), STRUCTURED, ids=[r[2] for r in STRUCTURED])
def test_structured(text: str, expected: set[tuple[str, str]], why: str) -> None:
    spans = StructuredFieldDetector().detect(text)
    assert {(s.entity, text[s.start : s.end]) for s in spans} == expected


def test_propagate_masks_other_mentions_of_a_found_name() -> None:
    text = "Asya spent a year as the assistant to Asya Godina; Godina agreed."
    start = text.index("Asya Godina")
    spans = [Span("PERSON", start, start + len("Asya Godina"), 0.85, "ner.spacy")]
    got = sorted(text[s.start : s.end] for s in propagate(text, spans))
    assert got == ["Asya", "Asya Godina", "Godina"]


def test_propagate_ignores_low_scores_and_common_words() -> None:
    text = "Test Run started; Test passed"
    spans = [Span("PERSON", 0, 8, 0.85, "x"), Span("PERSON", 18, 22, 0.4, "y")]
    assert propagate(text, spans) == spans
