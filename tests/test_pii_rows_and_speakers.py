"""Names in header-less CSV rows, Teams speaker lines, git blame and CI "triggered by" lines.

Each table has near misses that must stay unmasked; every row also runs JSON-escaped (as tool
results arrive).
"""

from __future__ import annotations

import json

import pytest

from redactor.detect.pii.speakers import ConversationPersonDetector

DET = ConversationPersonDetector()


def people(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for s in DET.detect(text) if s.entity == "PERSON" and s.score >= 0.5})


HITS = [
    ("1001,Jane Doe,jane@x.com,+1 555 201 8834", ["Jane Doe"]),
    ("7001;Zeynep Arslan;+90 532 411 20 98;z@turk.net", ["Zeynep Arslan"]),
    ('"3391","Ewa Zielińska","ewa@wp.pl","PL"', ["Ewa Zielińska"]),
    ("17\tNgozi Eze\tngozi.eze@proton.me\tAbuja", ["Ngozi Eze"]),
    ("   1\tMei Lin Chow,meilin@yahoo.com.hk,Hong Kong", ["Mei Lin Chow"]),
    ("[14:31] Sofia Castellanos\nCan someone call back?", ["Sofia Castellanos"]),
    ("[9:05 AM] Marek Horvat\nOn it", ["Marek Horvat"]),
    ("4e7a1c9b (Rohan Iyer      2024-03-02 11:14:09 +0530 40)   const x = 1;", ["Rohan Iyer"]),
    ("2024-05-20T08:14:03.1020Z Triggered by Nadia Petrova (npetrova)", ["Nadia Petrova"]),
    ("Attendees:\n- Callum Fraser \u2014 callum.fraser@ed.ac.uk\n- Yaw Boateng \u2014 +233 20 555 7781",
     ["Callum Fraser", "Yaw Boateng"]),
    ("1. **Ximena Rojas**: ximena@uandes.cl", ["Ximena Rojas"]),
    ("* Lars Eriksen - <lars@eriksen.no>", ["Lars Eriksen"]),
    ("Emeka Obi (born 14 February 1979) is the policy holder.", ["Emeka Obi"]),
    ("Harriet Lindqvist (DOB: 1962-08-30)", ["Harriet Lindqvist"]),
]

NEAR_MISSES = [
    "5001,Blue Widget,widgets,12.99,in_stock",  # no e-mail or phone cell next to it
    "1,New York,US,8336817",  # a number that is not a phone shape next to it
    "1001,jane doe,jane@x.com",  # lower case: not this rule's business
    "1002,Support,help@acme.io,+1 555 201 8834",  # one word
    "[14:31] Build succeeded\nall green",  # not a name
    "[14:31] Sofia Castellanos joined the meeting",  # not alone on its line
    "4e7a1c9b (dependabot[bot] 2024-03-02 11:14:09 +0530 40) x",
    "Triggered by schedule (cron)",
    "/data/Jane Doe,jane@x.com",  # not a cell
    "- Blue Widget \u2014 in stock, 12.99",  # a list item without a contact
    "- Support \u2014 help@acme.io",  # one word
    "- Release Notes: see https://acme.io/notes",  # not an e-mail or phone
    "Python 3 (born in 2008) was a big change",  # not a name
    "Release Train (b. 2019) is our oldest pipeline",  # not a name
]


@pytest.mark.parametrize(("text", "expected"), HITS)
def test_names_found(text: str, expected: list[str]) -> None:
    assert people(text) == expected
    esc = json.dumps({"content": text})
    assert sorted(json.loads(f'"{v}"') for v in people(esc)) == expected


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i'll look, ping Priyanka if it's the index again", ["Priyanka"]),
        ("ask Oluwaseun about the migration", ["Oluwaseun"]),
        ("cc Marta Kowalczyk on the thread.", ["Marta Kowalczyk"]),
        ("ask Support if the ticket is open", []),  # an English word
        ("ping Kubernetes about it", []),  # a product
        ("tell Grace about it", []),  # also an English word: left to NER
        ("please ask Jenkins to rerun", []),
        ("tell Wanjiru the demo moved to 3pm", ["Wanjiru"]),
        ("tell Support the ticket is open", []),  # an English word before "the" too
        ("tell Wanjiru that Anselm Kiefer-Braun will join remotely", ["Anselm Kiefer-Braun", "Wanjiru"]),
        ("and that Release Notes will join the bundle", []),  # not a name
        ("so the Platform Team will join later", []),  # not a name
    ],
)
def test_capitalised_name_after_chat_verb(text: str, expected: list[str]) -> None:
    assert people(text) == expected
