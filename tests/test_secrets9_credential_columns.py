"""UUIDs, short, numeric and chosen keys in credential columns of tables (``pwshape._column_value``).

A table whose header names what was issued (``| Tool | Secret |``, ``| tool | integration key |``,
psql ``| id | provider | api_secret | active |``, CSV ``vendor,endpoint,api_token``) holds
credentials of every shape vendors issue: UUIDs, 8-15 character keys, digit keys with a letter
prefix, chosen passwords, beside generated tokens. A generated matrix of header names x table
forms x value shapes; near misses: the same values under a bare ``Key``, a ``Key ID``, a
``Tenant ID`` or a ``Description`` column, words, types and timestamps in a secret column.
"""

from __future__ import annotations

import random
import string
import uuid

import pytest

from redactor.detect.secrets import secret_detectors

DETECTORS = secret_detectors()

HEADERS = ("Secret", "API Secret", "api_secret", "Integration Key", "Reporting Key", "Access Token", "client_secret")
VENDORS = ("Brightflag", "Agiloft", "Icertis", "Squadcast", "Zenduty", "BidMachine", "ocrspace", "Fyber")


def _markdown(header: str, rows: list[tuple[str, str]]) -> str:
    body = "\n".join(f"| {vendor} | {v} |" for vendor, v in rows)
    return f"Credentials from the vault:\n\n| Tool | {header} |\n|---|---|\n{body}\n\nRotate them after the demo."


def _psql(header: str, rows: list[tuple[str, str]]) -> str:
    body = "\n".join(f"| {i + 7} | {vendor} | {v} | t |" for i, (vendor, v) in enumerate(rows))
    return f"db=> SELECT * FROM integration_credentials;\n| id | provider | {header} | active |\n{body}\n"


def _psql_ruled(header: str, rows: list[tuple[str, str]]) -> str:
    body = "\n".join(f" {vendor:<12} | {v}" for vendor, v in rows)
    return f" provider     | {header}\n--------------+------------------\n{body}\n({len(rows)} rows)\n"


def _csv(header: str, rows: list[tuple[str, str]]) -> str:
    body = "\n".join(f"{vendor},https://api.{vendor.lower()}.example,{v}" for vendor, v in rows)
    return f"vendor,endpoint,{header}\n{body}\n"


FORMS = {"markdown": _markdown, "psql": _psql, "psql_ruled": _psql_ruled, "csv": _csv}


def _short(rng: random.Random) -> str:
    while True:
        v = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randrange(10, 16)))
        if sum(c.isdigit() for c in v) >= 2 and sum(c.isupper() for c in v) >= 2 and sum(c.islower() for c in v) >= 2:
            return v


def _numeric(rng: random.Random) -> str:
    return rng.choice(("", "K", "P")) + "".join(rng.choice(string.digits) for _ in range(rng.randrange(12, 19)))


def _chosen(rng: random.Random) -> str:
    word = rng.choice(("App", "Otter", "Velvet", "Harbour", "Quartz", "Ember"))
    return f"{rng.randrange(1, 10)}{word}{rng.choice('@#$!&*')}{rng.choice(('Yz', 'Kp', 'Wq'))}{rng.randrange(10, 99)}"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


SHAPES = {"uuid": _uuid, "short": _short, "numeric": _numeric}


def _masked(text: str, value: str) -> bool:
    i = text.index(value)
    spans = [(s.start, s.end) for d in DETECTORS for s in d.detect(text)]
    return all(any(s <= k < e for s, e in spans) for k in range(i, i + len(value)))


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("header", HEADERS)
@pytest.mark.parametrize("shape", SHAPES)
def test_issued_values_in_a_credential_column_are_masked(form: str, header: str, shape: str) -> None:
    """All UUIDs, and at least 75% of random short and numeric keys (one in six random 10-15
    character keys holds letter runs that read as words, and some digit strings count or repeat)."""
    header = header.replace(" ", "_") if form == "csv" else header
    rng = random.Random(f"{form}|{header}|{shape}")
    rows = [(f"{vendor}{i}", SHAPES[shape](rng)) for i in range(3) for vendor in VENDORS]
    text = FORMS[form](header, rows)
    missed = [v for _vendor, v in rows if not _masked(text, v)]
    assert len(missed) <= (0 if shape == "uuid" else len(rows) // 4), text


@pytest.mark.parametrize("form", ["markdown", "psql"])
@pytest.mark.parametrize("header", ["Secret", "API Secret", "Access Token", "client_secret"])
def test_chosen_passwords_in_a_secret_column_are_masked(form: str, header: str) -> None:
    rng = random.Random(f"{form}|{header}")
    rows = [(vendor, _chosen(rng)) for vendor in VENDORS]
    text = FORMS[form](header, rows)
    assert all(_masked(text, v) for _vendor, v in rows), text


NEAR_MISS_COLUMNS = ("Key", "Key ID", "Tenant ID", "Description", "Status", "Region", "Created")


@pytest.mark.parametrize("form", ["markdown", "psql", "psql_ruled"])
@pytest.mark.parametrize("header", NEAR_MISS_COLUMNS)
@pytest.mark.parametrize("shape", SHAPES)
def test_the_same_values_in_columns_that_name_no_issued_secret_are_left_alone(
    form: str, header: str, shape: str
) -> None:
    rng = random.Random(f"{form}|{header}|{shape}")
    rows = [(vendor, SHAPES[shape](rng)) for vendor in VENDORS]
    text = FORMS[form](header, rows)
    values = {v for _vendor, v in rows}
    assert not [s for d in DETECTORS for s in d.detect(text) if text[s.start : s.end] in values]


@pytest.mark.parametrize(
    "value",
    [
        "string",  # an API reference's type column
        "required",
        "1732000000",  # a Unix time in seconds
        "1732000000123",  # ... and in milliseconds
        "12345678901234",  # counting
        "00000000000000",
        "rotated",
        "2026-11-24",
        "***",
        "<redacted>",
    ],
)
def test_types_dates_times_and_placeholders_in_a_secret_column_are_left_alone(value: str) -> None:
    text = _markdown("Secret", [("Brightflag", value), ("Agiloft", value)])
    assert not [s for d in DETECTORS for s in d.detect(text) if text[s.start : s.end] == value]
