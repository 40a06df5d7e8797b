#!/usr/bin/env python3

"""Build the third held-out corpus (tests/data/holdout3/corpus.jsonl) from items.py.

    python tests/data/holdout3/build.py [--check]

Same markup, carriers and value generators as tests/data/holdout (imported from there), another
seed, other texts.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "holdout"))
sys.path.insert(0, str(HERE))

from _markup import parse  # noqa: E402
from _values import Gen  # noqa: E402
from items import negatives, pii, secrets  # noqa: E402

_spec = importlib.util.spec_from_file_location("holdout_build", HERE.parent / "holdout" / "build.py")
assert _spec is not None and _spec.loader is not None
_first = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_first)
_validate, render = _first._validate, _first.render


def build(seed: int = 20261126) -> list[dict[str, Any]]:
    g = Gen(seed)
    records: list[dict[str, Any]] = []
    for n, (source, providers, marked) in enumerate(secrets(g), 1):
        text, spans = parse(marked)
        records.append(
            {
                "id": f"h3-sec-{n:03d}",
                "source": source,
                "kind": "secret",
                "text": text,
                "spans": spans,
                "providers": providers,
            }
        )
    for n, (source, marked) in enumerate(pii(g), 1):
        text, spans = parse(marked)
        records.append({"id": f"h3-pii-{n:03d}", "source": source, "kind": "pii", "text": text, "spans": spans})
    for n, (source, marked) in enumerate(negatives(g), 1):
        text, spans = parse(marked)
        records.append({"id": f"h3-neg-{n:03d}", "source": source, "kind": "negative", "text": text, "spans": spans})
    _validate(records)
    return records


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    out = HERE / "corpus.jsonl"
    text = render(build())
    if args.check:
        ok = out.exists() and out.read_text(encoding="utf-8") == text
        if not ok:
            print(f"{out}: out of date (run build.py)", file=sys.stderr)
        return 0 if ok else 1
    out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
