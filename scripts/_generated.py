"""The ``--check`` half shared by the scripts that generate data modules under redactor/.

Each generator builds the module's text from its source, then either writes it or, with
``--check``, compares it with the committed file and names the command that brings it up to date.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def check(out: Path, text: str, script: str) -> int:
    """0 when `out` holds exactly `text`; else 1, with what to run (on stderr)."""
    current = out.read_text(encoding="utf-8") if out.is_file() else ""
    name = out.relative_to(ROOT) if out.is_relative_to(ROOT) else out
    if current != text:
        print(f"error: {name} is stale: run python {script}", file=sys.stderr)
        return 1
    print(f"{name} is up to date")
    return 0
