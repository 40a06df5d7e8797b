"""The README's library example runs as written."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_library_example_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (code,) = re.findall(r"### As a library\n\n```python\n(.*?)```", readme, re.S)
    monkeypatch.setenv("REDACTOR_KEYRING_KEY", "k1:" + base64.b64encode(b"r" * 32).decode())
    monkeypatch.chdir(ROOT)
    lines = [*(ROOT / "tests" / "data" / "copilot-usage-records.jsonl").read_text().splitlines(), "{broken"]
    exec(compile(code, "README.md", "exec"), {"lines": lines})
    assert capsys.readouterr().out.split() == ["Redacted"] * 5 + ["Quarantined"]
