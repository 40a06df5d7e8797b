"""What the later held-out sets' build scripts share: turning item tables into corpus records
and the `--check` command line. The first set's own build.py keeps its validation and rendering;
they are loaded from there."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from _markup import parse

_spec = importlib.util.spec_from_file_location("holdout_build", Path(__file__).resolve().parent / "build.py")
assert _spec is not None and _spec.loader is not None
_first = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_first)
validate, render = _first._validate, _first.render


def build_records(
    prefix: str,
    secrets: Iterable[tuple[str, list[str], str]],
    pii: Iterable[tuple[str, str]],
    negatives: Iterable[tuple[str, str]],
) -> list[dict[str, Any]]:
    """Records with ids ``<prefix>-sec-001``..., in the eval-dev format, validated."""
    records: list[dict[str, Any]] = []
    for n, (source, providers, marked) in enumerate(secrets, 1):
        text, spans = parse(marked)
        records.append(
            {"id": f"{prefix}-sec-{n:03d}", "source": source, "kind": "secret", "text": text, "spans": spans,
             "providers": providers}
        )
    for kind, short, items in (("pii", "pii", pii), ("negative", "neg", negatives)):
        for n, (source, marked) in enumerate(items, 1):
            text, spans = parse(marked)
            records.append({"id": f"{prefix}-{short}-{n:03d}", "source": source, "kind": kind, "text": text,
                            "spans": spans})
    validate(records)
    return records


def main(here: Path, build: Callable[[], list[dict[str, Any]]], doc: str | None) -> int:
    """``build.py [--check]``: write corpus.jsonl, or fail when it is not what the tables give."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    out = here / "corpus.jsonl"
    text = render(build())
    if args.check:
        ok = out.exists() and out.read_text(encoding="utf-8") == text
        if not ok:
            print(f"{out}: out of date (run build.py)", file=sys.stderr)
        return 0 if ok else 1
    out.write_text(text, encoding="utf-8")
    return 0
