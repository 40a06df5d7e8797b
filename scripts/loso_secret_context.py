#!/usr/bin/env python3
"""Leave-one-set-out through the real pipeline for the learned secret-context model.

`train_secret_context.py --loso` adds a fold model's spans to the rules' predictions (a union,
without the role vetoes, recurrences and overlap resolution the pipeline applies). This script
measures each fold the way the tree runs:

1. ``train OUT`` fits one model per development set, on every other set plus the negatives and
   generated texts of the recipe (`train_secret_context`), once per fold, and writes
   ``OUT/models/<set>.json`` (bias and weights). The candidates of all sets are described once.
2. ``run OUT SET... | dev`` runs, for each set in its own process, `redactor detect`'s engine
   (default policy) over the set twice: with the fold's weights in place of `learned_data`'s
   (``<set>.full.pred``) and with `secret.learned.context` reporting nothing
   (``<set>.rules.pred``; reused when present, since it does not depend on the model), then
   scores both with the shared ``score.py`` (``<set>.full.json``, ``<set>.rules.json``).
3. ``table OUT`` prints per set and in total: SECRET caught by rules and with the fold
   model, leak, region precision, false regions, negatives masked; the learned model's added
   secrets and added false regions; ``OUT/added.tsv`` lists each region of the model run that the
   rules run lacks (``new``) or masks shorter (``grown``), as gold SECRET, other gold or FALSE.

Usage::

    python scripts/loso_secret_context.py train /tmp/loso [--negatives installed|pinned]
    python scripts/loso_secret_context.py run /tmp/loso dev [--base OTHER]   # OTHER: reuse its rules runs
    python scripts/loso_secret_context.py table /tmp/loso
    python scripts/loso_secret_context.py union /tmp/other dev --base /tmp/loso   # quick: another recipe
    python scripts/loso_secret_context.py table /tmp/other --union --base /tmp/loso

Set names are explicit (`train_secret_context.SETS`; ``dev`` expands to them); no other set is read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import train_secret_context as tsc  # noqa: E402  # scripts/ (this folder is on sys.path)

POLICY = ROOT / "policies" / "default.yaml"


def train(out: Path, negatives: str, only: list[str]) -> None:
    """One model per fold (all sets but one, plus the recipe's negatives and generated texts)."""
    vetoes = frozenset(tsc.VETOES)
    data = {name: [r for _, _, rows in tsc.load_set(name, vetoes) for r in rows] for name in tsc.SETS}
    extra = tsc.real_rows(vetoes, negatives) + tsc.near_miss_rows(vetoes, tsc.NEAR_MISSES, tsc.MATCHED)
    (out / "models").mkdir(parents=True, exist_ok=True)
    for k in only:
        rows = [r for name in tsc.SETS if name != k for r in data[name]] + extra
        bias, weights = tsc.fit(rows)
        path = out / "models" / f"{k}.json"
        path.write_text(json.dumps({"bias": bias, "weights": weights, "negatives": negatives}), encoding="utf-8")
        print(f"{k}: {len(rows)} rows, {len(weights)} weights", flush=True)


def _detect(engine: Any, corpus: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for rec, spans in zip(corpus, engine.analyze([r["text"] for r in corpus]), strict=True):
            out = [{"start": s.start, "end": s.end, "entity": s.entity, "detector": s.detector} for s in spans]
            fh.write(json.dumps({"id": rec["id"], "spans": out}) + "\n")


def one(out: Path, name: str) -> None:
    """Both runs of one set in this process (the NER results of the first run are reused)."""
    from redactor.detect.secrets import learned, learned_data
    from redactor.pipeline import build_engine
    from redactor.policy import load_policy

    model = json.loads((out / "models" / f"{name}.json").read_text(encoding="utf-8"))
    learned_data.BIAS = model["bias"]
    learned_data.WEIGHTS = {int(k): v for k, v in model["weights"].items()}
    corpus = [json.loads(line) for line in tsc.set_path(name).open(encoding="utf-8") if line.strip()]
    engine = build_engine(load_policy(POLICY))
    _detect(engine, corpus, out / f"{name}.full.pred")
    rules = out / f"{name}.rules.pred"
    if not rules.exists():
        engine._cache.clear()  # the engine's result cache holds the first run's spans
        learned.LearnedContextDetector.detect = lambda self, text: []  # type: ignore[method-assign]
        _detect(engine, corpus, rules)


def run(out: Path, names: list[str], base: Path | None) -> None:
    for name in names:
        done = base is not None and (base / f"{name}.rules.json").exists()  # scored: its rules run is complete
        if base is not None and done and not (out / f"{name}.rules.pred").exists():
            (out / f"{name}.rules.pred").write_bytes((base / f"{name}.rules.pred").read_bytes())
        subprocess.run([sys.executable, __file__, "_one", str(out), name], check=True)
        for kind in ("full", "rules"):
            subprocess.run(
                [
                    sys.executable,
                    str(tsc.SCORER),
                    str(out / f"{name}.{kind}.pred"),
                    "--corpus",
                    str(tsc.set_path(name)),
                    "--json",
                    str(out / f"{name}.{kind}.json"),
                ],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        print(name, flush=True)


def union(out: Path, names: list[str], base: Path) -> None:
    """The quick approximation for comparing recipes: each fold model's candidates at the
    detector's threshold added to the rules run of `base` (no role vetoes, recurrences or
    resolution), scored like the runs (``<set>.union.json``)."""
    from redactor.detect.secrets.learned import THRESHOLD

    score = tsc._scorer()
    vetoes = frozenset(tsc.VETOES)
    for name in names:
        model = json.loads((out / "models" / f"{name}.json").read_text(encoding="utf-8"))
        bias, weights = model["bias"], {int(k): v for k, v in model["weights"].items()}
        corpus = [json.loads(line) for line in tsc.set_path(name).open(encoding="utf-8") if line.strip()]
        rules = {p["id"]: p for p in map(json.loads, (base / f"{name}.rules.pred").open(encoding="utf-8"))}
        preds = []
        for rid, _, rows in tsc.load_set(name, vetoes):
            spans = list(rules.get(rid, {}).get("spans", []))
            spans += [{"start": s, "end": e} for ids, _, s, e in rows if tsc.predict(bias, weights, ids) >= THRESHOLD]
            preds.append({"id": rid, "spans": spans})
        res = score.score(corpus, preds)
        (out / f"{name}.union.json").write_text(json.dumps(res), encoding="utf-8")
        print(name, flush=True)


def _numbers(path: Path) -> dict[str, float]:
    r = json.loads(path.read_text(encoding="utf-8"))
    sec = r["labels"].get("SECRET", {"gold": 0, "caught": 0})
    regions = sum(k["regions"] for k in r["kinds"].values())
    good = sum(round(k["regions"] * k["precision"]) for k in r["kinds"].values() if k["regions"])
    return {
        "gold": sec["gold"],
        "caught": sec["caught"],
        "leaked": r["secrets_leaked"],
        "regions": regions,
        "false": regions - good,
        "neg": r["negative_records_flagged"],
        "negs": r["negative_records"],
        "prec": r["precision"],
    }


def _spans(path: Path) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for line in path.open(encoding="utf-8"):
        p = json.loads(line)
        out[p["id"]] = [(s["start"], s["end"]) for s in p["spans"]]
    return out


def added(out: Path, name: str) -> list[str]:
    """One line per masked region of the model run that differs from the rules run: ``new`` (no
    character of it masked by the rules) or ``grown`` (a rules region made longer), with whether it
    overlaps a gold SECRET, other gold or nothing (FALSE), and its text."""
    full, rules = _spans(out / f"{name}.full.pred"), _spans(out / f"{name}.rules.pred")
    lines = []
    for line in tsc.set_path(name).open(encoding="utf-8"):
        if not line.strip():
            continue
        rec = json.loads(line)
        text = rec["text"]
        before = [False] * len(text)
        for s, e in rules.get(rec["id"], []):
            before[s:e] = [True] * (e - s)
        after = [False] * len(text)
        for s, e in full.get(rec["id"], []):
            after[s:e] = [True] * (e - s)
        i = 0
        while i < len(text):
            if not after[i]:
                i += 1
                continue
            j = i
            while j < len(text) and after[j]:
                j += 1
            old = sum(before[i:j])
            if text[i:j].strip() and old < j - i:
                gold = [g["label"] for g in rec["spans"] if g["start"] < j and i < g["end"]]
                what = "SECRET" if "SECRET" in gold else (gold[0] if gold else "FALSE")
                how = "grown" if old else "new"
                lines.append(f"{name}\t{rec['id']}\t{rec['kind']}\t{how}\t{what}\t{text[i:j][:80]!r}")
            i = j
    return lines


def table(out: Path, kind: str = "full", rules_dir: Path | None = None) -> dict[str, dict[str, dict[str, float]]]:
    rows = {}
    head = f"{'set':<10}{'gold':>5}{'rules':>6}{'+model':>7}{'leak r':>7}{'leak m':>7}{'prec r':>7}{'prec m':>7}"
    print(head + f"{'false r':>8}{'+false':>7}{'neg r':>6}{'neg m':>6}")
    tot: dict[str, float] = {}
    for name in tsc.SETS:
        if not (out / f"{name}.{kind}.json").exists():
            continue
        r, m = _numbers((rules_dir or out) / f"{name}.rules.json"), _numbers(out / f"{name}.{kind}.json")
        rows[name] = {"rules": r, "model": m}
        print(
            f"{name:<10}{r['gold']:>5}{r['caught']:>6}{m['caught'] - r['caught']:>+7}{r['leaked']:>7}{m['leaked']:>7}"
            f"{r['prec']:>7.3f}{m['prec']:>7.3f}{r['false']:>8}{m['false'] - r['false']:>+7}{r['neg']:>6}{m['neg']:>6}"
        )
        for k in ("gold", "caught", "leaked", "regions", "false", "neg", "negs"):
            tot["r" + k] = tot.get("r" + k, 0) + r[k]
            tot["m" + k] = tot.get("m" + k, 0) + m[k]
    if tot:
        print(
            f"{'total':<10}{tot['rgold']:>5}{tot['rcaught']:>6}{tot['mcaught'] - tot['rcaught']:>+7}"
            f"{tot['rleaked']:>7}{tot['mleaked']:>7}{1 - tot['rfalse'] / tot['rregions']:>7.3f}"
            f"{1 - tot['mfalse'] / tot['mregions']:>7.3f}{tot['rfalse']:>8}{tot['mfalse'] - tot['rfalse']:>+7}"
            f"{tot['rneg']:>6}{tot['mneg']:>6}"
        )
        print(
            f"pooled: SECRET {tot['rcaught'] / tot['rgold']:.4f} -> {tot['mcaught'] / tot['rgold']:.4f}, "
            f"leak {tot['rleaked'] / tot['rgold']:.2%} -> {tot['mleaked'] / tot['rgold']:.2%}, "
            f"negatives masked {tot['rneg']:.0f} -> {tot['mneg']:.0f} of {tot['rnegs']:.0f}"
        )
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("step", choices=["train", "run", "union", "table", "_one"])
    ap.add_argument("out", type=Path)
    ap.add_argument("sets", nargs="*", help="set names, or 'dev' for all (default: all)")
    ap.add_argument("--negatives", choices=tsc.NEGATIVE_SOURCES, default=tsc.NEGATIVES)
    ap.add_argument("--base", type=Path, help="run: reuse <set>.rules.pred from this folder; union: the rules runs")
    ap.add_argument("--union", action="store_true", help="table: of the union step (rules runs from --base)")
    args = ap.parse_args()
    names = list(tsc.SETS) if not args.sets or args.sets == ["dev"] else args.sets
    unknown = [n for n in names if n not in tsc.SETS]
    if unknown:
        ap.error(f"not development sets: {unknown}")
    if args.step == "train":
        train(args.out, args.negatives, names)
    elif args.step == "run":
        run(args.out, names, args.base)
    elif args.step == "union":
        if args.base is None:
            ap.error("union needs --base (a folder with the rules runs)")
        union(args.out, names, args.base)
    elif args.step == "_one":
        one(args.out, names[0])
    elif args.union:
        rows = table(args.out, "union", args.base)
        (args.out / "table-union.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    else:
        rows = table(args.out)
        (args.out / "table.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
        diff = [line for name in rows for line in added(args.out, name)]
        (args.out / "added.tsv").write_text("".join(f"{line}\n" for line in diff), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
