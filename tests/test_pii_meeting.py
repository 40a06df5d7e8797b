"""`pii.meeting`: meeting chat senders/recipients and invite attendees; hits and near misses."""

from __future__ import annotations

import pytest

from redactor.detect.pii.meeting import MeetingPersonDetector
from redactor.detect.span import Span


def found(text: str) -> list[str]:
    spans: list[Span] = MeetingPersonDetector().detect(text)
    assert all(s.entity == "PERSON" and s.detector == "pii.meeting" for s in spans)
    return [text[s.start : s.end] for s in spans if s.score >= 0.5]


HITS = [
    # (text, names expected in order, why)
    ("10:02:41 From Putri Anggraini to Everyone:\n\tsent it", ["Putri Anggraini"], "Zoom, to everyone"),
    (
        "10:03:02 From Aarav Mehta to Putri Anggraini(Direct Message):\n\tthanks!",
        ["Aarav Mehta", "Putri Anggraini"],
        "Zoom direct message: sender and recipient",
    ),
    ("00:12:45\tFrom  Jane Okafor : hello all", ["Jane Okafor"], "older Zoom export"),
    ("from Lars Eriksen to everyone:    10:02 AM\nok", ["Lars Eriksen"], "Webex"),
    (
        "Retro\nWhen: Thursday 14:00-15:00\nRequired: Siobhán Ní Bhriain; Fatima Al-Sayed; Park Ji-woo\n"
        "Optional: Haruto Sato",
        ["Siobhán Ní Bhriain", "Fatima Al-Sayed", "Park Ji-woo", "Haruto Sato"],
        "Outlook invite attendee lines",
    ),
    (
        "Microsoft Teams meeting\nRequired Attendees: Ana Lima <ana@x.io>, Bo Chen (bo@x.io)",
        ["Ana Lima", "Bo Chen"],
        "mailboxes after attendee names",
    ),
    ('{"content": "Subject: sync\\nOrganizer: Wiremu Tane\\n"}', ["Wiremu Tane"], "JSON-escaped invite"),
    (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Aarav Mehta>Can someone share the deck?</v>",
        ["Aarav Mehta"],
        "VTT voice tag",
    ),
    (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nPutri Anggraini: sent it to your email",
        ["Putri Anggraini"],
        "VTT cue text starting with its speaker",
    ),
    ("Aarav Mehta  0:03\nshare the deck?\n\nPutri Anggraini  0:10\nsure", ["Aarav Mehta", "Putri Anggraini"], "Otter"),
    (
        "Grace Lee  0:03\nhi\n\nTom Ford  0:05\nhey\n\nGrace Lee  0:09\nok",
        ["Grace Lee", "Grace Lee"],
        "English-word names count when they head two turns ('Tom Ford' once: missed, by design)",
    ),
    ("@Ingrid Solberg can you check the totals?", ["Ingrid Solberg"], "Slack display-name mention"),
]


@pytest.mark.parametrize(("text", "expected", "why"), HITS, ids=[r[2] for r in HITS])
def test_meeting_people(text: str, expected: list[str], why: str) -> None:
    assert found(text) == expected


NEAR_MISSES = [
    ("From London to Paris: 3 trains a day", "a route, not a chat line (no timestamp, no private marker)"),
    ("09:00 From Monday to Friday: open", "days are not names"),
    ("From: Jane Okafor <jane@x.io>", "a mail header is another detector's"),
    ("Settings\nOptional: Dark Mode\nRequired: Secure Boot", "settings page: no invite evidence"),
    ("Meeting invite\nRequired: Everyone; Marketing", "English words are not attendees"),
    ("Zoom meeting\nOptional: see the agenda below", "a sentence is not an attendee"),
    ("When: Monday\nRequired: Docker Desktop, Python 3.12", "products"),
    ("Lunch Break  12:30\nCoffee Break  15:00", "agenda lines: English words, each once"),
    ("Build started 10:02\nDeploy Step 10:03", "log lines"),
    ("@Override\npublic String toString()", "annotation"),
    ('@Entity\n@Table(name = "orders")\npublic class Order {}', "annotations in code"),
    ("@Test Suite and @Data Class", "code words after '@'"),
    ("cc @ingrid.solberg please", "a handle, not a display name"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[r[1] for r in NEAR_MISSES])
def test_near_misses(text: str, why: str) -> None:
    assert found(text) == []
