"""Credentials in delimited tables whose header row names the column (``headertables``).

Generated rows cross vendors, credential column names, values (generated tokens and chosen
passwords) and carriers (mysql/psql, Markdown, box-drawn, CSV, semicolon, TSV, and the same
inside a JSON tool result): the credential cell is found exactly. Near misses: cells under a
non-credential column (login, client id, vendor), words, dates, placeholders and dummy passwords
under a credential column, rows whose cell count differs from the header, and two-column comma
prose are not.
"""

from __future__ import annotations

import itertools
import json

import pytest

from redactor.detect.secrets.context import ContextTokenDetector
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.headertables import header_tables

_VENDORS = ["denticon", "GoComet", "INTTRA", "Tenjin", "Ooredoo", "Zain", "SEFAZ", "justgiving"]
_LOGINS = ["ops@example-fwd.com", "exfwd_edi", "pdds-ortho-4410", "build_bot"]
_COLUMNS = ["secret", "client_secret", "password", "api_token", "access_token", "API Key", "passwd", "webhook_secret"]
_GENERATED = [
    "vEN4DPYmp1J567n63M6PLNnTIJONnT86CBf572aS",
    "59df8fbd5a097c070e285f93daee81c0c477bb19",
    "Xq7LmR2vT9kWz4NbHc8YpD3sFj6G",
    "c68ad58b612c515f11432e8bf0473814",
]
_CHOSEN = ["9046granite!", "Otter4498@fe", "3234velvet@", "Cobalt4615-hy"]


def _table(carrier: str, column: str, rows: list[tuple[str, str, str]]) -> str:
    """A table with columns vendor, login, `column`, rotated in the given carrier."""
    head = ["vendor", "login", column, "rotated"]
    if carrier in ("csv", "semicolon", "tsv"):
        d = {"csv": ",", "semicolon": ";", "tsv": "\t"}[carrier]
        return "\n".join(d.join(r) for r in [head, *[(v, lg, s, "2026-09-02") for v, lg, s in rows]]) + "\n"
    bar = "│" if carrier == "box" else "|"
    widths = [
        max(len(x) for x in col) for col in zip(head, *[(v, lg, s, "2026-09-02") for v, lg, s in rows], strict=True)
    ]

    def line(cells: list[str] | tuple[str, ...]) -> str:
        return bar + bar.join(f" {c.ljust(w)} " for c, w in zip(cells, widths, strict=True)) + bar

    sep = {
        "mysql": "+" + "+".join("-" * (w + 2) for w in widths) + "+",
        "markdown": "|" + "|".join("-" * (w + 2) for w in widths) + "|",
        "box": "├" + "┼".join("─" * (w + 2) for w in widths) + "┤",
    }[carrier]
    body = [line((v, lg, s, "2026-09-02")) for v, lg, s in rows]
    if carrier == "mysql":
        return "\n".join([sep, line(head), sep, *body, sep, f"{len(rows)} rows in set (0.00 sec)"]) + "\n"
    return "\n".join([line(head), sep, *body]) + "\n"


_CARRIERS = ["mysql", "markdown", "box", "csv", "semicolon", "tsv"]


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in ContextTokenDetector(ViewCache()).detect(text)}


_CASES = [
    (carrier, column, vendor, value)
    for (carrier, column), vendor, value in zip(
        itertools.product(_CARRIERS, _COLUMNS),
        itertools.cycle(_VENDORS),
        itertools.cycle([*_GENERATED, *_CHOSEN, _GENERATED[1], _GENERATED[3], _GENERATED[0]]),
    )
]


@pytest.mark.parametrize(("carrier", "column", "vendor", "value"), _CASES)
@pytest.mark.parametrize("wrap", [False, True])
def test_credential_cell_is_found(carrier: str, column: str, vendor: str, value: str, wrap: bool) -> None:
    low = column.lower()
    if value in _CHOSEN and not ("pass" in low or "secret" in low):
        value = _GENERATED[len(vendor) % len(_GENERATED)]  # chosen passwords count under password/secret columns only
    text = _table(
        carrier, column, [(vendor, _LOGINS[len(vendor) % len(_LOGINS)], value), ("acme", "edi_ops", _GENERATED[2])]
    )
    if wrap:
        text = json.dumps({"type": "tool_result", "content": text})
    found = _found(text)
    assert value in found
    assert _GENERATED[2] in found
    assert not any(lg in found for lg in _LOGINS)
    assert "2026-09-02" not in found


@pytest.mark.parametrize("carrier", _CARRIERS)
@pytest.mark.parametrize("column", ["login", "client_id", "vendor_ref", "rotated", "note"])
def test_non_credential_column_is_left(carrier: str, column: str) -> None:
    out: list[tuple[int, int, float]] = []
    text = _table(
        carrier, column, [("denticon", "exfwd_edi", "Kestrel744xs-Q"), ("acme", "edi", "a1B2c3D4e5F6g7H8i9J0")]
    )
    header_tables(text, text.lower(), out)
    assert out == []


@pytest.mark.parametrize("carrier", _CARRIERS)
@pytest.mark.parametrize(
    "value", ["granite", "2026-07-15", "<redacted>", "********", "password1", "changeme", "true", "null"]
)
def test_non_secret_value_under_credential_column_is_left(carrier: str, value: str) -> None:
    out: list[tuple[int, int, float]] = []
    text = _table(carrier, "secret", [("denticon", "exfwd_edi", value)])
    header_tables(text, text.lower(), out)
    assert out == []


def test_row_with_other_cell_count_is_skipped() -> None:
    text = "vendor;login;secret;rotated\nINTTRA;exfwd_edi;9046granite!\nGoComet;ops;Otter4498@fe;2026-09-02\n"
    out: list[tuple[int, int, float]] = []
    header_tables(text, text.lower(), out)
    assert [text[s:e] for s, e, _ in out] == ["Otter4498@fe"]


def test_two_column_comma_prose_is_no_header() -> None:
    text = "Rotate the password, then the token\nalpha, 9046granite!\n"
    out: list[tuple[int, int, float]] = []
    header_tables(text, text.lower(), out)
    assert out == []


def test_header_of_non_names_is_no_header() -> None:
    text = "set the secret; keep it (see wiki); then restart\nINTTRA;exfwd_edi;9046granite!\n"
    out: list[tuple[int, int, float]] = []
    header_tables(text, text.lower(), out)
    assert out == []


def test_rows_end_at_blank_line() -> None:
    text = "vendor,login,secret\nacme,ops,9046granite!\n\nfoo,bar,Otter4498@fe\n"
    out: list[tuple[int, int, float]] = []
    header_tables(text, text.lower(), out)
    assert [text[s:e] for s, e, _ in out] == ["9046granite!"]
