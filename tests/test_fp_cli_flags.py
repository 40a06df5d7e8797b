"""Command-line user flags are case-sensitive and a URL scheme is never an account (``pii.username``);
reserved fields of log query languages are not handles (``pii.handle``).

Each row: (text, values the detector must report, why); an empty tuple is a near miss.
"""

from __future__ import annotations

import pytest

from redactor.detect.pii.identity import UsernameDetector

ROWS = [
    ("curl -L https://codeclimate.com/downloads/test-reporter", (), "curl -L follows redirects"),
    ("bash <(curl -s -L https://detect.blackduck.com/detect.sh)", (), "-L again, after -s"),
    ("wget --user=https://mirror.example.org/x", (), "a URL after a user flag"),
    ("curl -u alice:secret https://api.example.com", ("alice",), "curl -u is the user"),
    ("psql -U kbrennan -h db.internal", ("kbrennan",), "psql -U is the user"),
    ("sftp -l mdvorak files.example.org", ("mdvorak",), "a lower-case -l login"),
]


@pytest.mark.parametrize(("text", "expected", "why"), ROWS, ids=[r[2] for r in ROWS])
def test_cli_user_flags(text: str, expected: tuple[str, ...], why: str) -> None:
    spans = UsernameDetector().detect(text)
    assert tuple(text[s.start : s.end] for s in spans if s.score >= 0.5) == expected


HANDLES = [
    (
        'fields @timestamp, @message\n| filter action = "PASSWORD_RESET"\n| sort @timestamp desc',
        (),
        "Logs Insights fields",
    ),
    ("stats count(*) by @logStream, @requestId", (), "more reserved fields"),
    ("thanks @okwudili for the review", ("@okwudili",), "a person's handle"),
]


@pytest.mark.parametrize(("text", "expected", "why"), HANDLES, ids=[r[2] for r in HANDLES])
def test_log_query_fields_are_not_handles(text: str, expected: tuple[str, ...], why: str) -> None:
    from redactor.detect.pii.identity import HandleDetector

    spans = HandleDetector().detect(text)
    assert tuple(text[s.start : s.end] for s in spans if s.score >= 0.5) == expected
