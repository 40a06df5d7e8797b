#!/usr/bin/env python3
"""Train `redactor/detect/secrets/learned_data.py`: the learned secret-context model.

Data:

- the development sets (36 since session 16), an EXPLICIT list (`SETS`; never a glob of tests/data): every
  candidate (`learned_features.candidates`, on the JSON-unescaped view of each record's text)
  is labelled 1 when it overlaps a gold SECRET span, else 0 (candidates inside gold PII are 0);
- near misses generated from lexicons and generators (`train_secret_context_negatives`, seed
  `SEED`): ids, hashes, commit ids, versions, digests, public keys and examples under non-secret
  names and in non-secret sentences (label 0), and the same carriers under credential names
  (label 1), `NEAR_MISSES` and `MATCHED` texts;
- negatives harvested from installed files, cut into record-sized chunks, at most `PER_FILE`
  candidates per file (`--negatives`): ``pinned`` (the default since session 12,
  `pinned_files`): text files of the distributions `requirements.lock` pins, at those versions,
  keyed ``name==version/relative path`` and chosen by that key's CRC, so every machine with the
  pinned environment reads the same files (an environment that differs is an error);
  ``installed`` (sessions 9-11): a stride over every text file of site-packages, /usr/share/doc
  and /usr/lib/python3*, keyed by absolute path, so one file more early in site-packages changed
  all but 13 of the 2,500 files read. Files whose key's CRC is 0 mod 5 are held out (never
  trained on) and measure spans per MB (`--real`).

Model: logistic regression over hashed features (`learned_features.DIM` buckets), L2 penalty,
positives weighted to `POS_WEIGHT` of the total, fitted by full-batch Adam from zero (so the same
every run), then weights under `MIN_WEIGHT` and features seen in fewer than `MIN_COUNT` training
texts are dropped.

Usage::

    python scripts/train_secret_context.py            # rewrite the module (trained on all sets of SETS)
    python scripts/train_secret_context.py --check    # exit 1 if the committed module is stale
    python scripts/train_secret_context.py --loso OUT --start PREDS  # leave-one-set-out: per-set scores in OUT
        [--vetoes identifier,key,...] [--synth 3000,1000]              # (veto classes, generated texts)
    python scripts/train_secret_context.py --real     # spans per MB on held-out installed files
    [--negatives installed]                           # any mode: the session 9-11 harvest

Leave-one-set-out through the real pipeline (one model per fold): `loso_secret_context.py`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import sys
import sysconfig
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "redactor" / "detect" / "secrets" / "learned_data.py"
SCORER = ROOT.parent / "shared" / "eval-dev" / "score.py"
sys.path.insert(0, str(ROOT))

from _generated import check  # noqa: E402  # scripts/_generated.py (this folder is on sys.path)
from train_secret_context_negatives import generate  # noqa: E402  # scripts/ (this folder is on sys.path)

from redactor.detect.secrets.escapes import EscapeView  # noqa: E402
from redactor.detect.secrets.learned_features import (  # noqa: E402
    candidates,
    doc_features,
    features,
    hashed,
)
from redactor.detect.secrets.learned_vetoes import VETO_CLASSES  # noqa: E402

SETS: tuple[str, ...] = (
    "eval-dev",
    "holdout",
    *(f"holdout{i}" for i in range(2, 38)),
)
"""The development sets, explicitly (the blind sets are never read)."""

MAX_FILES = 2500
PER_FILE = 30
CHUNK = 1500
READ_BYTES = 60_000
L2 = 1e-4
POS_WEIGHT = 0.3
STEPS = 300
RATE = 0.05
MIN_WEIGHT = 0.02
MIN_COUNT = 2
SEED = 20261127
NEAR_MISSES = 1500
"""Generated near-miss texts (label 0; `train_secret_context_negatives`)."""
MATCHED = 500
"""Generated texts of the same carriers under credential names (label 1)."""
VETOES: tuple[str, ...] = VETO_CLASSES
"""The rules' veto classes applied to candidates in training and at run time (written to the module)."""
_SUFFIX_TEXT = (
    ".py .pyi .js .ts .json .txt .md .rst .html .xml .yaml .yml .toml .cfg .ini .lock .sh .conf .properties .csv"
)
SUFFIXES = frozenset(_SUFFIX_TEXT.split())
NAMES = frozenset({"METADATA", "RECORD", "PKG-INFO", "copyright", "changelog"})
NEGATIVE_SOURCES = ("installed", "pinned")
"""Where the harvested negatives come from: ``installed`` (site-packages of the running
interpreter, /usr/share/doc, /usr/lib/python3*: every file, a stride over their count) or
``pinned`` (`pinned_files`: files of the distributions `requirements.lock` pins)."""
NEGATIVES = "pinned"
LOCK = ROOT / "requirements.lock"
INSTALLER_FILES = frozenset({"RECORD", "INSTALLER", "REQUESTED", "direct_url.json"})


def set_path(name: str) -> Path:
    """The corpus file of a development set."""
    if name == "eval-dev":
        return ROOT.parent / "shared" / "eval-dev" / "corpus.jsonl"
    return ROOT / "tests" / "data" / name / "corpus.jsonl"


Row = tuple[list[int], int, int, int]
"""(feature ids, label, raw start, raw end) of one candidate."""


def text_rows(text: str, gold: list[tuple[int, int, str]], vetoes: frozenset[str]) -> list[Row]:
    """The candidates of one text (after the `vetoes` classes) with their features and labels."""
    view = EscapeView(text)
    cands = candidates(view.text, vetoes)
    if not cands:
        return []
    doc = hashed(doc_features(view.text))
    rows: list[Row] = []
    for c in cands:
        s, e = view.to_raw(c.start, c.end)
        label = int(any(gs < e and s < ge and lab == "SECRET" for gs, ge, lab in gold))
        rows.append((hashed(features(view.text, c)) + doc, label, s, e))
    return rows


def load_set(name: str, vetoes: frozenset[str]) -> list[tuple[str, str, list[Row]]]:
    """(record id, text, rows) of every record of a set."""
    out = []
    with set_path(name).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                gold = [(g["start"], g["end"], g["label"]) for g in rec["spans"]]
                out.append((rec["id"], rec["text"], text_rows(rec["text"], gold, vetoes)))
    return out


def _files() -> list[Path]:
    roots = [Path(sysconfig.get_paths()["purelib"]), Path("/usr/share/doc")]
    roots += sorted(Path("/usr/lib").glob("python3*"))
    found: list[Path] = []
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                p = Path(dirpath) / name
                if (p.suffix in SUFFIXES or name in NAMES) and not p.is_symlink():
                    found.append(p)
    stride = max(1, len(found) // MAX_FILES)
    return found[::stride][:MAX_FILES]


def pinned_files() -> list[tuple[str, Path]]:
    """(key, path) of the negatives' files in the pinned environment: the text files of the
    distributions `requirements.lock` pins, at those versions (an error names any that differ),
    keyed ``name==version/relative path``; the `MAX_FILES` keys of lowest CRC-32, so the choice
    depends on the pinned versions only (not on the checkout's or the venv's location, nor on
    any other installed file). Installer-written files (RECORD, INSTALLER, direct_url.json) are left out."""
    import importlib.metadata as md

    pins: dict[str, str] = {}
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        name, sep, version = line.strip().partition("==")
        if sep and not name.startswith("#"):
            pins[name] = version.split(";")[0].strip()
    drift = []
    found: list[tuple[str, Path]] = []
    for name, version in sorted(pins.items()):
        try:
            dist = md.distribution(name)
        except md.PackageNotFoundError:
            drift.append(f"{name}=={version} (not installed)")
            continue
        if dist.version != version:
            drift.append(f"{name}=={version} (installed {dist.version})")
            continue
        for f in dist.files or ():
            rel = str(f)
            if ("dist-info/" in rel and f.name in INSTALLER_FILES) or "__pycache__" in rel:
                continue
            if f.suffix in SUFFIXES or f.name in NAMES:
                found.append((f"{name}=={version}/{rel}", Path(str(dist.locate_file(f)))))
    if drift:
        raise SystemExit(f"the environment differs from {LOCK.name}: {', '.join(drift)}")
    found.sort(key=lambda kp: (zlib.crc32(kp[0].encode()), kp[0]))
    return found[:MAX_FILES]


def _sources(negatives: str) -> list[tuple[str, Path]]:
    if negatives == "pinned":
        return pinned_files()
    return [(str(p), p) for p in _files()]


def real_chunks(held: bool, negatives: str = NEGATIVES) -> Iterator[tuple[str, str]]:
    """(file key, chunk) of installed files: training files (held=False) or the held-out fifth."""
    for key, p in _sources(negatives):
        if (zlib.crc32(key.encode()) % 5 == 0) != held:
            continue
        try:
            data = p.read_bytes()[:READ_BYTES]
        except OSError:
            continue
        if b"\x00" in data[:4096]:
            continue
        text = data.decode("utf-8", "replace")
        for i in range(0, len(text), CHUNK):
            yield key, text[i : i + CHUNK]


def near_miss_rows(vetoes: frozenset[str], negatives: int, positives: int) -> list[Row]:
    """Rows of the generated near-miss texts (label 0) and matched credential texts (label 1)."""
    return [r for text, gold in generate(SEED, negatives, positives) for r in text_rows(text, gold, vetoes)]


def real_rows(vetoes: frozenset[str], negatives: str = NEGATIVES) -> list[Row]:
    """Negatives from the training part of the installed files, capped per file."""
    per_file: dict[str, list[Row]] = {}
    for f, chunk in real_chunks(held=False, negatives=negatives):
        per_file.setdefault(f, []).extend(text_rows(chunk, [], vetoes))
    out: list[Row] = []
    for f, rows in per_file.items():
        if len(rows) > PER_FILE:
            rows = random.Random(zlib.crc32(f.encode())).sample(rows, PER_FILE)
        out.extend(rows)
    return out


# --- fitting -----------------------------------------------------------------------------------


def fit(rows: list[Row]) -> tuple[float, dict[int, float]]:
    """(bias, weights by feature id) of the L2-penalised, class-weighted logistic model."""
    counts: dict[int, int] = {}
    for ids, *_ in rows:
        for i in ids:
            counts[i] = counts.get(i, 0) + 1
    keep = sorted(i for i, n in counts.items() if n >= MIN_COUNT)
    index = {f: j for j, f in enumerate(keep)}
    cols = [[index[i] for i in ids if i in index] for ids, *_ in rows]
    lengths = np.array([len(c) for c in cols])
    col = np.fromiter((j for c in cols for j in c), dtype=np.int64, count=int(lengths.sum()))
    row = np.repeat(np.arange(len(rows)), lengths)
    y = np.array([r[1] for r in rows], dtype=float)
    npos = max(1.0, float(y.sum()))
    nneg = max(1.0, float(len(y) - y.sum()))
    sw = np.where(y == 1, POS_WEIGHT / npos, (1 - POS_WEIGHT) / nneg)
    d = len(keep)
    w = np.zeros(d + 1)
    m = np.zeros(d + 1)
    v = np.zeros(d + 1)
    for t in range(1, STEPS + 1):
        z = w[0] + np.bincount(row, weights=w[1:][col], minlength=len(rows))
        p = 1 / (1 + np.exp(-np.clip(z, -40, 40)))
        g_row = sw * (p - y)
        grad = np.empty(d + 1)
        grad[0] = g_row.sum()
        grad[1:] = np.bincount(col, weights=g_row[row], minlength=d) + L2 * w[1:]
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= RATE * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    weights = {keep[j]: round(float(w[j + 1]), 3) for j in range(d) if abs(w[j + 1]) >= MIN_WEIGHT}
    return round(float(w[0]), 3), weights


def predict(bias: float, weights: dict[int, float], ids: list[int]) -> float:
    """P(secret) of one candidate."""
    z = bias + sum(weights.get(i, 0.0) for i in ids)
    return float(1 / (1 + np.exp(-min(40.0, max(-40.0, z)))))


# --- leave one set out -------------------------------------------------------------------------


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _metrics(res: dict) -> dict[str, float]:  # type: ignore[type-arg]
    sec = res["labels"].get("SECRET", {})
    return {
        "secret": sec.get("recall", float("nan")),
        "core": res["recall"],
        "leak": res["leak_rate"],
        "prec": res["precision"],
        "neg": res["negative_fp_rate"],
    }


def loso(
    out: Path,
    thresholds: list[float],
    start: Path,
    vetoes: frozenset[str],
    synth: tuple[int, int],
    negatives: str = NEGATIVES,
) -> None:
    """Train on all sets but one (+ installed files and generated texts), score the one left out:
    start predictions vs their union with the model's spans at each threshold."""
    score = _scorer()
    data = {name: load_set(name, vetoes) for name in SETS}
    real = real_rows(vetoes, negatives) + near_miss_rows(vetoes, *synth)
    out.mkdir(parents=True, exist_ok=True)
    table: dict[str, dict[str, dict[str, float]]] = {}
    for k in SETS:
        train = [r for name in SETS if name != k for _, _, rows in data[name] for r in rows] + real
        bias, weights = fit(train)
        corpus = [json.loads(line) for line in set_path(k).open(encoding="utf-8") if line.strip()]
        base = {p["id"]: p for p in map(json.loads, (start / f"{k}.pred").open(encoding="utf-8"))}
        table[k] = {"before": _metrics(score.score(corpus, list(base.values())))}
        probs = {rid: [(predict(bias, weights, r[0]), r[2], r[3]) for r in rows] for rid, _, rows in data[k]}
        added_log = []
        for th in thresholds:
            preds = []
            for rec in corpus:
                spans = list(base.get(rec["id"], {}).get("spans", []))
                for p, s, e in probs.get(rec["id"], []):
                    if p >= th:
                        spans.append({"start": s, "end": e, "label": "SECRET"})
                        if th == thresholds[0]:
                            added_log.append((rec["id"], round(p, 3), s, e))
                preds.append({"id": rec["id"], "spans": spans})
            table[k][f"{th:g}"] = _metrics(score.score(corpus, preds))
        (out / f"{k}.added.json").write_text(json.dumps(added_log), encoding="utf-8")
        print(k, json.dumps(table[k]), flush=True)
    (out / "loso.json").write_text(json.dumps(table, indent=1), encoding="utf-8")


# --- the module --------------------------------------------------------------------------------


def build(negatives: str = NEGATIVES) -> str:
    """The generated module's text, trained on all development sets, installed files and generated texts."""
    vetoes = frozenset(VETOES)
    rows = [r for name in SETS for _, _, rs in load_set(name, vetoes) for r in rs]
    rows += real_rows(vetoes, negatives) + near_miss_rows(vetoes, NEAR_MISSES, MATCHED)
    bias, weights = fit(rows)
    items = sorted(weights.items())
    body = "\n".join(f"    {k}: {v!r}," for k, v in items)
    npos = sum(r[1] for r in rows)
    return f'''"""Generated by scripts/train_secret_context.py; do not edit (run the script again).

Weights of the learned secret-context model (`learned`): logistic regression over hashed
features (`learned_features`), trained on {len(rows)} candidates ({npos} inside gold secrets) of
the {len(SETS)} development sets, of installed files and of generated near-miss and credential
texts. {len(items)} nonzero weights.
"""

BIAS: float = {bias!r}

VETOES: frozenset[str] = frozenset({json.dumps(sorted(VETOES))})
"""The rules' veto classes (`learned_vetoes.VETO_CLASSES`) the model was trained behind."""

WEIGHTS: dict[int, float] = {{
{body}
}}
'''


def real_rate(threshold: float, show: int, negatives: str = NEGATIVES) -> None:
    """Spans per MB at `threshold` on the held-out installed files, and a sample of them."""
    from redactor.detect.secrets import learned  # the committed model

    det = learned.LearnedContextDetector(threshold=threshold)
    size = 0
    found: list[tuple[str, str, str]] = []
    for f, chunk in real_chunks(held=True, negatives=negatives):
        size += len(chunk.encode())
        for sp in det.detect(chunk):
            found.append((f, chunk[max(0, sp.start - 40) : sp.start], chunk[sp.start : sp.end]))
    print(f"held-out installed files: {size / 1e6:.2f} MB, {len(found)} spans, {len(found) / (size / 1e6):.1f}/MB")
    for f, before, tok in random.Random(7).sample(found, min(show, len(found))):
        print(f"  {f[-50:]:50} {before[-40:]!r} -> {tok[:60]!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the committed module; exit 1 if it differs")
    ap.add_argument("--loso", type=Path, metavar="OUT", help="leave-one-set-out evaluation into OUT")
    ap.add_argument(
        "--start",
        type=Path,
        help="for --loso: folder of <set>.pred of a tree without this detector (the rules' predictions)",
    )
    ap.add_argument("--vetoes", default=",".join(VETOES), help="veto classes for --loso (comma-separated; '' none)")
    ap.add_argument("--synth", default=f"{NEAR_MISSES},{MATCHED}", help="generated negatives,positives for --loso")
    ap.add_argument("--thresholds", default="0.5,0.7,0.8,0.9,0.95")
    ap.add_argument("--real", action="store_true", help="spans per MB on held-out installed files")
    ap.add_argument(
        "--negatives", choices=NEGATIVE_SOURCES, default=NEGATIVES, help="where harvested negatives come from"
    )
    ap.add_argument("--show", type=int, default=30)
    args = ap.parse_args()
    ths = [float(t) for t in args.thresholds.split(",")]
    if args.loso:
        if args.start is None:
            ap.error("--loso needs --start (the rules' predictions, from a tree without this detector)")
        vetoes = frozenset(v for v in args.vetoes.split(",") if v)
        unknown = vetoes - set(VETO_CLASSES)
        if unknown:
            ap.error(f"--vetoes: unknown classes {sorted(unknown)} (known: {', '.join(VETO_CLASSES)})")
        neg, pos = (int(x) for x in args.synth.split(","))
        loso(args.loso, ths, args.start, vetoes, (neg, pos), args.negatives)
        return 0
    if args.real:
        for th in ths:
            real_rate(th, args.show if th == ths[-1] else 0, args.negatives)
        return 0
    module = build(args.negatives)
    if args.check:
        return check(OUT, module, "scripts/train_secret_context.py")
    OUT.write_text(module, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(module)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
