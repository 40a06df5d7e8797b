#!/usr/bin/env python3

"""Build the session-17 negative corpus (tests/data/negatives17/corpus.jsonl) from items.py.

    python tests/data/negatives17/build.py [--check]

Same markup and record builder as tests/data/holdout (imported from there); secret-free,
person-free texts only (ids `n17-neg-…`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "holdout"))
sys.path.insert(0, str(HERE))

from _corpus import build_records, main  # noqa: E402
from _values import Gen  # noqa: E402
from items import negatives, pii, secrets  # noqa: E402


def build(seed: int = 1771) -> list[dict[str, Any]]:
    g = Gen(seed)
    return build_records("n17", secrets(g), pii(g), negatives(g))


if __name__ == "__main__":
    sys.exit(main(HERE, build, __doc__))
