"""Credential-bearing file formats and key encodings (keyfiles.py, credfiles.py, filedumps.py)
over a generated matrix: every format of `keyfile_world` in every carrier (raw, ``cat`` output,
JSON-escaped tool arguments, CI-log-prefixed lines, fenced prose), plus negatives of the same
formats that must stay unmasked. Values are generated per run from a fixed seed."""

from __future__ import annotations

import pytest
from keyfile_world import Case, cases, negative_cases

from redactor.detect.secrets import secret_detectors

DETECTORS = secret_detectors()
OURS = ("secret.keyfile.", "secret.cred.", "secret.file_contents")

PUBLIC_OVERLAPS = frozenset({"zerotier"})
"""``identity.secret`` is one line ``addr:0:public:private``; shown as a secret-named file's
contents (`filedumps`) the whole line is masked, public half included."""


def spans(text: str, *, ours: bool = False) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, d.name) for d in DETECTORS if not ours or d.name.startswith(OURS) for s in d.detect(text)]


def covered(text: str, value: str, found: list[tuple[int, int, str]]) -> bool:
    i = text.index(value)
    return all(any(a <= k < b for a, b, _ in found) for k in range(i, i + len(value)))


CASES = cases()
NEGATIVES = negative_cases()


def _id(c: Case) -> str:
    return f"{c.fmt}-{c.carrier}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_every_secret_of_every_format_is_masked_in_every_carrier(case: Case) -> None:
    found = spans(case.text)
    missed = [v[:12] for v in case.secrets if not covered(case.text, v, found)]
    assert not missed


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_public_halves_next_to_private_keys_stay(case: Case) -> None:
    if case.fmt in PUBLIC_OVERLAPS:
        pytest.skip("documented over-masking, see PUBLIC_OVERLAPS")
    found = spans(case.text, ours=True)
    for pub in case.publics:
        i = case.text.index(pub)
        assert not any(a < i + len(pub) and i < b for a, b, _ in found), pub[:12]


@pytest.mark.parametrize("case", NEGATIVES, ids=[_id(c) for c in NEGATIVES])
def test_files_without_a_secret_get_no_span_from_these_detectors(case: Case) -> None:
    assert spans(case.text, ours=True) == []


def test_the_matrix_reaches_every_format_and_carrier() -> None:
    # a guard against a generator change that silently empties the matrix
    formats = {c.fmt for c in CASES}
    carriers = {c.carrier for c in CASES}
    assert len(formats) >= 55
    assert carriers == {"raw", "cat", "tool_args", "ci_log", "prose"}
    assert sum(len(c.secrets) for c in CASES) >= 1300
