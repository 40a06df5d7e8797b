#!/usr/bin/env python3
"""Build the held-out detection corpus (corpus.jsonl, eval-dev format) from the item tables.

    python tests/data/holdout/build.py            # writes tests/data/holdout/corpus.jsonl
    python tests/data/holdout/build.py --check    # fails if corpus.jsonl is not what the tables give

Deterministic: the values come from a generator seeded with --seed (default 20250301).
"""


from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _markup import LABELS, parse  # noqa: E402
from _values import Gen  # noqa: E402
from items_negative import negatives  # noqa: E402
from items_pii import pii_items_1  # noqa: E402
from items_pii2 import pii_items_2  # noqa: E402
from items_secrets import secret_items  # noqa: E402


def build(seed: int = 20250301) -> list[dict[str, Any]]:
    g = Gen(seed)
    records: list[dict[str, Any]] = []
    for n, (source, providers, marked) in enumerate(secret_items(g), 1):
        text, spans = parse(marked)
        records.append({"id": f"ho-sec-{n:03d}", "source": source, "kind": "secret", "text": text, "spans": spans,
                        "providers": providers})
    for n, (source, marked) in enumerate(pii_items_1(g) + pii_items_2(g), 1):
        text, spans = parse(marked)
        records.append({"id": f"ho-pii-{n:03d}", "source": source, "kind": "pii", "text": text, "spans": spans})
    for n, (source, marked) in enumerate(negatives(g), 1):
        text, spans = parse(marked)
        records.append({"id": f"ho-neg-{n:03d}", "source": source, "kind": "negative", "text": text, "spans": spans})
    _validate(records)
    return records


def _validate(records: list[dict[str, Any]]) -> None:
    ids = set()
    for r in records:
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        for s in r["spans"]:
            assert s["label"] in LABELS, (r["id"], s)
            assert 0 <= s["start"] < s["end"] <= len(r["text"]), (r["id"], s)
            value = r["text"][s["start"] : s["end"]]
            assert value == value.strip() and value, (r["id"], value)
        if r["kind"] == "negative":
            assert not r["spans"], r["id"]
        elif r["kind"] == "secret":
            assert any(s["label"] == "SECRET" for s in r["spans"]), r["id"]
        else:
            assert r["spans"] and not any(s["label"] == "SECRET" for s in r["spans"]), r["id"]


def render(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=20250301)
    ap.add_argument("--out", type=Path, default=HERE / "corpus.jsonl")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text = render(build(args.seed))
    if args.check:
        if not args.out.exists() or args.out.read_text(encoding="utf-8") != text:
            print(f"{args.out}: out of date (run build.py)", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
