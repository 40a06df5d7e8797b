#!/usr/bin/env python3
"""Detection quality on an evaluation corpus (default ../shared/eval-dev), through `redactor detect`.

Runs the real CLI over the corpus's `text` field, scores the spans with the corpus's own
score.py, and prints the score table plus throughput (characters per second of detection,
model load excluded).

    python scripts/eval.py [--corpus DIR] [--scorer score.py] [--policy FILE] [--show-misses N] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "eval-dev", help="folder with corpus.jsonl and score.py"
    )
    ap.add_argument("--scorer", type=Path, help="score.py (default: the corpus's, else ../shared/eval-dev's)")
    ap.add_argument("--policy", type=Path, default=ROOT / "policies" / "default.yaml")
    ap.add_argument("--show-misses", type=int, default=0)
    ap.add_argument("--json", type=Path, help="write the scores as JSON here")
    ap.add_argument("--predictions", type=Path, help="keep the predictions here")
    args = ap.parse_args()
    corpus = args.corpus / "corpus.jsonl"
    if not corpus.is_file():
        print(f"error: {corpus}: not found (pass --corpus DIR)", file=sys.stderr)
        return 2
    chars = sum(len(json.loads(line)["text"]) for line in corpus.open(encoding="utf-8") if line.strip())
    preds = args.predictions or Path(tempfile.mkdtemp()) / "predictions.jsonl"
    redactor = Path(sys.executable).with_name("redactor")
    cmd = [str(redactor), "detect", "--text-field", "text", "--policy", str(args.policy), str(corpus)]
    t0 = time.perf_counter()
    with preds.open("w", encoding="utf-8") as out:
        subprocess.run(cmd, stdout=out, check=True)
    elapsed = time.perf_counter() - t0
    scorer = args.scorer or args.corpus / "score.py"
    if not scorer.is_file():
        scorer = ROOT.parent / "shared" / "eval-dev" / "score.py"
    score = [sys.executable, str(scorer), str(preds), "--corpus", str(corpus)]
    if args.show_misses:
        score += ["--show-misses", str(args.show_misses)]
    if args.json:
        score += ["--json", str(args.json)]
    subprocess.run(score, check=True)
    print(f"\n{chars} characters in {elapsed:.1f} s including start-up: {chars / elapsed:,.0f} chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
