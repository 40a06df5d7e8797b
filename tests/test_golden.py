"""Golden triples: input records + a policy -> the exact expected output, with the real detectors.

Each folder in tests/golden/ holds `input.jsonl`, `policy.yaml` and `expected.jsonl`. The key is
fixed, so pseudonyms are stable. When detection changes on purpose, regenerate with
`REDACTOR_UPDATE_GOLDEN=1 pytest tests/test_golden.py` and review the diff like code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from redactor.io.base import Redacted
from redactor.io.sources import iter_inputs
from redactor.pipeline import Pipeline
from redactor.policy import load_policy
from redactor.secret import SecretBytes

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p for p in GOLDEN.iterdir() if (p / "input.jsonl").is_file())
KEY = SecretBytes(b"golden-test-key-0123456789abcdef", "golden")


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_golden(case: Path) -> None:
    pipe = Pipeline(load_policy(case / "policy.yaml"), key=KEY)
    out = []
    for r in pipe.process(iter_inputs([str(case / "input.jsonl")])):
        assert isinstance(r, Redacted), r
        out.append(json.dumps(r.record, ensure_ascii=False))
    got = "\n".join(out) + "\n"
    expected = case / "expected.jsonl"
    if os.environ.get("REDACTOR_UPDATE_GOLDEN"):
        expected.write_text(got, encoding="utf-8")
    assert got == expected.read_text(encoding="utf-8")
