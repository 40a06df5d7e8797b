#!/usr/bin/env python3
"""Leave-one-set-out study of a learned PERSON-context model (`pii_context_features`).

Data: the 28 development sets, an EXPLICIT list (`train_secret_context.SETS`; never a glob of
tests/data): every candidate word (`pii_context_features.candidates`) is labelled 1 when it
overlaps a gold PERSON span, else 0; negatives (label 0) from the training part of the pinned
installed files (`train_secret_context.real_chunks`, at most `PER_FILE` words a file).

Model: the secret model's fit (`train_secret_context.fit`: logistic regression over hashed
features, L2, positives weighted to `POS_WEIGHT`, full-batch Adam from zero, deterministic).

Usage::

    python scripts/train_pii_context.py rows OUT          # describe every candidate once (OUT/rows.pkl)
    python scripts/train_pii_context.py loso OUT [--start DIR] [--thresholds 0.5,0.7,0.9]
    python scripts/train_pii_context.py real OUT [--thresholds ...]   # words accepted on held-out installed files

``loso`` trains one model per set on the 27 others plus the negatives, adds the spans it accepts
(`pii_context_features.merge`) to that set's predictions of the rules in ``--start`` (the
pipeline's ``<set>.pred``: a union, without the pipeline's overlap resolution) and scores both
with the shared ``score.py``: PERSON caught, false regions, negative records masked, per set and in
total (``OUT/loso.json``, ``OUT/added.tsv``: each added region, as PERSON, other gold or FALSE).
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import zlib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import train_secret_context as tsc  # noqa: E402  # scripts/ (this folder is on sys.path)
from pii_context_features import CASED, Word, candidates, hashed, merge  # noqa: E402  # scripts/ (on sys.path)

LABEL = "PERSON"
PER_FILE = 40
POS_WEIGHT = 0.3
START = Path("/work/notes/s13/start-eval")
FALLBACK = Path("/work/notes/s12/final-eval")

PRow = tuple[list[int], int, Word]
"""(feature ids, label, word) of one candidate."""


def text_rows(text: str, gold: list[tuple[int, int]]) -> list[PRow]:
    rows = []
    for w, feats in candidates(text):
        label = int(any(gs < w.end and w.start < ge for gs, ge in gold))
        rows.append((hashed(feats), label, w))
    return rows


def set_rows(name: str) -> list[tuple[str, list[PRow]]]:
    out = []
    with tsc.set_path(name).open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            gold = [(g["start"], g["end"]) for g in rec.get("spans", []) if g.get("label") == LABEL]
            out.append((rec["id"], text_rows(rec["text"], gold)))
    return out


def real_rows(held: bool) -> dict[str, list[PRow]]:
    per_file: dict[str, list[PRow]] = {}
    for f, chunk in tsc.real_chunks(held=held):
        per_file.setdefault(f, []).extend(text_rows(chunk, []))
    if held:
        return per_file
    out = {}
    for f, rows in per_file.items():
        if len(rows) > PER_FILE:
            rows = random.Random(zlib.crc32(f.encode())).sample(rows, PER_FILE)
        out[f] = rows
    return out


def build_rows(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    data = {name: set_rows(name) for name in tsc.SETS}
    for name, recs in data.items():
        n = sum(len(r) for _, r in recs)
        pos = sum(x[1] for _, r in recs for x in r)
        print(f"{name}: {n} candidates, {pos} in gold {LABEL}", flush=True)
    real = real_rows(held=False)
    print(f"installed: {sum(len(r) for r in real.values())} candidates from {len(real)} files", flush=True)
    with (out / "rows.pkl").open("wb") as fh:
        pickle.dump({"sets": data, "real": real}, fh)


def _fit(rows: list[PRow]) -> tuple[float, dict[int, float]]:
    tsc.POS_WEIGHT = POS_WEIGHT
    return tsc.fit([(ids, y, 0, 0) for ids, y, _ in rows])


def _start(name: str, start: Path) -> Path:
    p = start / f"{name}.pred"
    return p if p.exists() else FALLBACK / f"{name}.pred"


def _numbers(res: dict[str, Any]) -> dict[str, float]:
    per = res["labels"].get(LABEL, {"gold": 0, "caught": 0})
    regions = sum(k["regions"] for k in res["kinds"].values())
    good = sum(round(k["regions"] * k["precision"]) for k in res["kinds"].values() if k["regions"])
    return {
        "gold": per["gold"],
        "caught": per["caught"],
        "regions": regions,
        "false": regions - good,
        "neg": res["negative_records_flagged"],
        "negs": res["negative_records"],
        "core": res["recall"],
    }


def _missed(name: str, rec: dict[str, Any], mask: list[bool], probs: list[tuple[float, Word]]) -> list[str]:
    """One ``MISSED`` line per gold span the rules leave (under 80% masked): the model's
    probability of each of its candidate words (none: no candidate)."""
    out = []
    for g in rec["spans"]:
        if g["label"] != LABEL or sum(mask[g["start"] : g["end"]]) >= 0.8 * (g["end"] - g["start"]):
            continue
        ps = [f"{w.text}={p:.2f}" for p, w in probs if w.start < g["end"] and g["start"] < w.end]
        text = rec["text"][g["start"] : g["end"]]
        left = rec["text"][max(0, g["start"] - 30) : g["start"]]
        out.append(f"{name}\t{rec['id']}\tMISSED\t{text!r}\t{' '.join(ps) or 'no candidate'}\t{left!r}")
    return out


def loso(out: Path, start: Path, thresholds: list[float], only: list[str], uncased: bool = False) -> None:
    score = tsc._scorer()  # type: ignore[no-untyped-call]
    with (out / "rows.pkl").open("rb") as fh:
        blob = pickle.load(fh)
    data: dict[str, list[tuple[str, list[PRow]]]] = blob["sets"]
    extra = [r for rows in blob["real"].values() for r in rows]
    table: dict[str, dict[str, dict[str, float]]] = {}
    added: list[str] = []
    for k in only:
        train = [r for name in tsc.SETS if name != k for _, rows in data[name] for r in rows] + extra
        bias, weights = _fit(train)
        corpus = [json.loads(line) for line in tsc.set_path(k).open(encoding="utf-8") if line.strip()]
        base = {p["id"]: p for p in map(json.loads, _start(k, start).open(encoding="utf-8"))}
        table[k] = {"rules": _numbers(score.score(corpus, [base[r["id"]] for r in corpus]))}
        probs = {
            rid: [(tsc.predict(bias, weights, ids), w) for ids, _, w in rows if not (uncased and w.script in CASED)]
            for rid, rows in data[k]
        }
        for th in thresholds:
            preds = []
            for rec in corpus:
                old = list(base.get(rec["id"], {}).get("spans", []))
                mask = [False] * len(rec["text"])
                for s in old:
                    mask[s["start"] : s["end"]] = [True] * (s["end"] - s["start"])
                new = merge(rec["text"], [w for p, w in probs.get(rec["id"], []) if p >= th])
                new = [(s, e) for s, e in new if not all(mask[s:e])]
                if th == thresholds[0]:
                    for s, e in new:
                        gold = [g["label"] for g in rec["spans"] if g["start"] < e and s < g["end"]]
                        what = LABEL if LABEL in gold else (gold[0] if gold else "FALSE")
                        added.append(f"{k}\t{rec['id']}\t{rec['kind']}\t{what}\t{rec['text'][s:e][:60]!r}")
                if th == thresholds[0]:
                    added += _missed(k, rec, mask, probs.get(rec["id"], []))
                spans = old + [{"start": s, "end": e, "label": LABEL} for s, e in new]
                preds.append({"id": rec["id"], "spans": spans})
            table[k][f"{th:g}"] = _numbers(score.score(corpus, preds))
        print(k, json.dumps({t: (v["caught"], v["false"], v["neg"]) for t, v in table[k].items()}), flush=True)
    (out / "loso.json").write_text(json.dumps(table, indent=1), encoding="utf-8")
    (out / "added.tsv").write_text("".join(f"{a}\n" for a in added), encoding="utf-8")
    print_table(table, thresholds)


def print_table(table: dict[str, dict[str, dict[str, float]]], thresholds: list[float]) -> None:
    head = f"{'set':<10}{'gold':>5}{'rules':>6}{'false':>6}{'neg':>4}"
    for th in thresholds:
        head += f" | {th:g}: {'+P':>4}{'+F':>4}{'+neg':>5}"
    print(head)
    tot: dict[str, float] = {}
    for k, row in table.items():
        r = row["rules"]
        line = f"{k:<10}{r['gold']:>5}{r['caught']:>6}{r['false']:>6}{r['neg']:>4}"
        for key in ("gold", "caught", "false", "neg", "negs"):
            tot[key] = tot.get(key, 0) + r[key]
        for th in thresholds:
            m = row[f"{th:g}"]
            dp, df, dn = m["caught"] - r["caught"], m["false"] - r["false"], m["neg"] - r["neg"]
            line += f" | {'':>{len(f'{th:g}') + 1}} {dp:>+4}{df:>+4}{dn:>+5}"
            for key, v in (("p", dp), ("f", df), ("n", dn)):
                tot[f"{th:g}{key}"] = tot.get(f"{th:g}{key}", 0) + v
        print(line)
    line = f"{'total':<10}{tot['gold']:>5.0f}{tot['caught']:>6.0f}{tot['false']:>6.0f}{tot['neg']:>4.0f}"
    for th in thresholds:
        t = f"{th:g}"
        line += f" | {'':>{len(t) + 1}} {tot[t + 'p']:>+4.0f}{tot[t + 'f']:>+4.0f}{tot[t + 'n']:>+5.0f}"
    print(line)
    print(f"negative records: {tot['negs']:.0f}")


def real(out: Path, thresholds: list[float], uncased: bool = False) -> None:
    """Words accepted by the all-sets model on the held-out fifth of the installed files."""
    with (out / "rows.pkl").open("rb") as fh:
        blob = pickle.load(fh)
    train = [r for recs in blob["sets"].values() for _, rows in recs for r in rows]
    train += [r for rows in blob["real"].values() for r in rows]
    bias, weights = _fit(train)
    held = real_rows(held=True)
    n = sum(len(r) for r in held.values())
    for th in thresholds:
        hits = [
            (f, w.text)
            for f, rows in held.items()
            for ids, _, w in rows
            if not (uncased and w.script in CASED) and tsc.predict(bias, weights, ids) >= th
        ]
        print(f"threshold {th:g}: {len(hits)} of {n} candidate words in {len(held)} held-out files; e.g. {hits[:15]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=["rows", "loso", "real"])
    ap.add_argument("out", type=Path)
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--start", type=Path, default=START)
    ap.add_argument("--thresholds", default="0.5,0.7,0.8,0.9")
    ap.add_argument("--uncased", action="store_true", help="loso, real: words of uncased scripts only")
    args = ap.parse_args()
    ths = [float(x) for x in args.thresholds.split(",")]
    names = list(tsc.SETS) if not args.sets or args.sets == ["dev"] else args.sets
    if any(n not in tsc.SETS for n in names):
        ap.error("not development sets")
    if args.step == "rows":
        build_rows(args.out)
    elif args.step == "loso":
        loso(args.out, args.start, ths, names, args.uncased)
    else:
        real(args.out, ths, args.uncased)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
