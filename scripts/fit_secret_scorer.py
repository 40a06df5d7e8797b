#!/usr/bin/env python3
"""Fit `redactor/detect/secrets/randomness_data.py`: the weights of the randomness scorer.

Data, never from an evaluation corpus:

- positives: tokens GENERATED in the shapes secrets are issued in: random bytes in base64,
  base64url, base62, base58, base32, hex (both cases), lower/upper alphanumerics, password
  generators' output with symbols; lengths 16-128; some with a provider-style prefix
  (``sk_live_``, ``xoxb-``, a random short word and a separator), some in dash groups or two
  dotted parts (``<id>.<secret>``). Seeded, so the same every run.
- negatives: tokens HARVESTED from installed files (site-packages of this virtualenv,
  /usr/share, /usr/lib: code, docs, lock files, metadata, minified JS/CSS, data): every run of
  token characters that passes the scorer's gate and is not a known non-secret shape, both in
  the places `secret.generic.scored` reads (key/value, cells, URLs...) and anywhere. Files are
  chosen by a fixed stride over the sorted file list; at most `PER_FILE` tokens per file.

Both sets are split (a fifth held out: negatives by a CRC of the file's path, so one file never
feeds both sides). A logistic model is fitted on the training part by Newton's method with an
L2 penalty, classes weighted equally. Thresholds are read off the held-out negatives at fixed
false-positive rates (`TARGET_FPR`), and the held-out ROC points are written into the module's
docstring.

Usage::

    python scripts/fit_secret_scorer.py          # rewrite the module
    python scripts/fit_secret_scorer.py --check  # exit 1 if the committed module is stale
    python scripts/fit_secret_scorer.py --stats  # sizes and ROC points only

The module goes stale when the installed files change (a new package version), the spaCy model
changes (English words) or the features change; run the script again then.
"""

from __future__ import annotations

import argparse
import base64
import os
import random
import string
import sys
import sysconfig
import textwrap
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "redactor" / "detect" / "secrets" / "randomness_data.py"
sys.path.insert(0, str(ROOT))

from _generated import check  # noqa: E402  # scripts/_generated.py (this folder is on sys.path)

from redactor.detect.pii.lexicon import english_words  # noqa: E402
from redactor.detect.secrets import assigned, randomness  # noqa: E402

SEED = 20261126
N_POSITIVES = 24_000
MAX_FILES = 12_000
PER_FILE = 40
READ_BYTES = 200_000
TARGET_FPR = {"secret": 1e-2, "neutral": 2e-3, "hashy": 5e-4}
"""False-positive rate each context class's threshold allows on the held-out harvested tokens that
stand with no key evidence (the neutral class, the largest and the one the scorer alone decides):
secret-ish evidence tolerates five times the neutral rate, id/hash evidence a quarter of it. The
neutral rate is the loosest whose threshold masks nothing in the development sets' secret-free
records (0.5% did: API object ids, a minified variable, a ``cf-ray``)."""
L2 = 1e-3
TEXT_SUFFIXES = frozenset(
    ".py .pyi .js .mjs .cjs .ts .css .scss .json .txt .md .rst .html .htm .xml .yaml .yml .toml .cfg .ini "  # noqa: SIM905
    ".pl .pm .sh .lock .map .c .h .go .rb .conf .properties .svg .csv .tex .el .lua .tcl .mk .in .1".split()
)
TEXT_NAMES = frozenset({"METADATA", "RECORD", "PKG-INFO", "WHEEL", "entry_points.txt", "copyright", "changelog"})


def _roots() -> list[Path]:
    """The running interpreter's site-packages (the project's virtualenv), /usr/share, /usr/lib."""
    return [Path(sysconfig.get_paths()["purelib"]), Path("/usr/share"), Path("/usr/lib")]


# --- positives ---------------------------------------------------------------------------------

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
ALPHABETS: dict[str, str] = {
    "base62": string.ascii_letters + string.digits,
    "base58": B58,
    "base32": string.ascii_uppercase + "234567",
    "hex": "0123456789abcdef",
    "HEX": "0123456789ABCDEF",
    "alnum_lower": string.ascii_lowercase + string.digits,
    "alnum_upper": string.ascii_uppercase + string.digits,
    "password": string.ascii_letters + string.digits + "!@#$%^&*_-+=.~?",
}
PREFIXES = (  # noqa: SIM905  # a word list reads better as text
    "sk_live_ sk_test_ rk_live_ ghp_ gho_ glpat- xoxb- xoxp- npm_ hf_ dop_v1_ shpat_ SG. key- live_ "
    "pat_ api_ tok_ sec_ AKIA ASIA AIza whsec_ sq0atp- EAAC xapp- lin_api_ pscale_tkn_ dapi"
).split()


def _token(rng: random.Random) -> str:
    """One generated secret."""
    n = round(2 ** rng.uniform(4, 7))  # 16..128, log-uniform
    kind = rng.choice(["b64", "b64url", *ALPHABETS])
    if kind in ("b64", "b64url"):
        raw = bytes(rng.getrandbits(8) for _ in range(max(12, n * 3 // 4)))
        tok = base64.b64encode(raw).decode() if kind == "b64" else base64.urlsafe_b64encode(raw).decode()
        if rng.random() < 0.5:
            tok = tok.rstrip("=")
    else:
        tok = "".join(rng.choice(ALPHABETS[kind]) for _ in range(n))
    r = rng.random()
    if r < 0.25:
        prefix = rng.choice(PREFIXES)
        if rng.random() < 0.4:
            prefix = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 6))) + rng.choice("_-.")
        tok = prefix + tok
    elif r < 0.35 and len(tok) >= 20:
        size = rng.choice((4, 5, 6, 8))
        tok = "-".join(tok[i : i + size] for i in range(0, len(tok), size))
    elif r < 0.42:
        tok = tok[: len(tok) // 3] + rng.choice(".:") + tok[len(tok) // 3 :]
    return tok


def positives(rng: random.Random) -> list[str]:
    out: list[str] = []
    while len(out) < N_POSITIVES:
        tok = _token(rng)
        if randomness.gate(tok) and randomness.known_shape(tok) is None:
            out.append(tok)
    return out


# --- negatives ---------------------------------------------------------------------------------


def _files() -> list[Path]:
    found: list[Path] = []
    for root in _roots():
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                p = Path(dirpath) / name
                if (p.suffix in TEXT_SUFFIXES or name in TEXT_NAMES) and not p.is_symlink():
                    found.append(p)
    stride = max(1, len(found) // MAX_FILES)
    return found[::stride][:MAX_FILES]


def _read(p: Path) -> str | None:
    try:
        data = p.read_bytes()[:READ_BYTES]
    except OSError:
        return None
    if b"\x00" in data[:8192]:
        return None
    return data.decode("utf-8", "replace")


def harvest(files: list[Path]) -> Iterator[tuple[str, str, str]]:
    """(file, token, context class) of harvested negatives: the tokens `secret.generic.scored`
    would score in these files (in its places, past its shape and context checks)."""
    for p in files:
        text = _read(p)
        if text is None:
            continue
        seen: set[str] = set()
        picks: list[tuple[str, str]] = []
        for c in assigned.candidates(text):
            tok = text[c.start : c.end]
            cls = assigned.context_class(tok, c)
            if cls is not None and tok not in seen:
                seen.add(tok)
                picks.append((tok, cls))
        if len(picks) > PER_FILE:
            rng = random.Random(zlib.crc32(str(p).encode()))
            picks = rng.sample(picks, PER_FILE)
        for tok, cls in picks:
            yield str(p), tok, cls


# --- fitting ---------------------------------------------------------------------------------


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Logistic regression (bias first) by Newton's method, L2 penalty, classes weighted equally."""
    xb = np.hstack([np.ones((x.shape[0], 1)), x])
    w_cls = np.where(y == 1, 0.5 / max(1, int(y.sum())), 0.5 / max(1, int((1 - y).sum())))
    beta = np.zeros(xb.shape[1])
    penalty = L2 * np.eye(xb.shape[1])
    penalty[0, 0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(xb @ beta, -40, 40)))
        grad = xb.T @ (w_cls * (p - y)) + penalty @ beta
        hess = (xb * (w_cls * p * (1 - p))[:, None]).T @ xb + penalty
        step = np.linalg.solve(hess, grad)
        beta -= step
        if float(np.abs(step).max()) < 1e-9:
            break
    return beta


def _probs(x: np.ndarray, beta: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(beta[0] + x @ beta[1:], -40, 40)))


def _at_fpr(neg: np.ndarray, fpr: float) -> float:
    """The smallest threshold whose share of negatives at or above it is at most `fpr`."""
    ordered = np.sort(neg)[::-1]
    k = int(np.floor(fpr * len(ordered)))
    return float(np.nextafter(ordered[k], 2.0)) if k < len(ordered) else 0.0


def build() -> tuple[str, list[str]]:
    """(module text, report lines)."""
    table = randomness.bigram_table_from(sorted(english_words()))
    rng = random.Random(SEED)
    pos = positives(rng)
    files = _files()
    neg = list(harvest(files))
    held = [zlib.crc32(f.encode()) % 5 == 0 for f, _, _ in neg]
    xp = np.array([randomness.features(t, table) for t in pos])
    xn = np.array([randomness.features(t, table) for _, t, _ in neg])
    pos_held = np.array([i % 5 == 0 for i in range(len(pos))])
    neg_held = np.array(held)
    x = np.vstack([xp[~pos_held], xn[~neg_held]])
    y = np.concatenate([np.ones(int((~pos_held).sum())), np.zeros(int((~neg_held).sum()))])
    beta = np.round(fit(x, y), 4)
    ph = _probs(xp[pos_held], beta)
    nh = _probs(xn[neg_held], beta)
    classes = np.array([k for _, _, k in neg])[neg_held]
    report = [
        f"files read: {len(files)}; harvested negatives: {len(neg)} ({int((~neg_held).sum())} train,"
        f" {int(neg_held.sum())} held out); generated positives: {len(pos)} ({int((~pos_held).sum())} train,"
        f" {int(pos_held.sum())} held out)",
        "held-out ROC on the tokens in places with no key evidence (the neutral class; threshold: true-positive"
        " rate / false-positive rate there; then each class's own false-positive rate):",
    ]
    neutral = nh[classes == "neutral"]
    thresholds: dict[str, float] = {}
    for fpr in sorted({1e-1, 5e-2, 2e-2, 1e-2, 5e-3, 2e-3, 1e-3, *TARGET_FPR.values()}, reverse=True):
        th = round(min(1.0, _at_fpr(neutral, fpr) + 5e-5), 4)
        per_class = ", ".join(
            f"{name} {float((nh[classes == name] >= th).mean()):.4f} of {int((classes == name).sum())}"
            for name in TARGET_FPR
        )
        report.append(
            f"  FPR<={fpr:g}: threshold {th:.4f}: TPR {float((ph >= th).mean()):.4f} / FPR"
            f" {float((neutral >= th).mean()):.4f} ({per_class})"
        )
        for name, target in TARGET_FPR.items():
            if fpr == target:
                thresholds[name] = th
    module = _module(table, beta, thresholds, report)
    return module, report


def _module(table: list[float], beta: np.ndarray, thresholds: dict[str, float], report: list[str]) -> str:
    rows = [" ".join(f"{v:.3f}" for v in table[i : i + 13]) for i in range(0, len(table), 13)]
    bigram = "\n".join(f'    "{row} "' for row in rows)
    weights = "\n".join(f"    {float(w)!r},  # {name}" for name, w in zip(randomness.FEATURES, beta[1:], strict=True))
    ths = "\n".join(f'    "{k}": {v!r},' for k, v in thresholds.items())
    lines = "\n".join(textwrap.fill(line, 100, subsequent_indent="    ") for line in report)
    return f'''"""Generated by scripts/fit_secret_scorer.py; do not edit (run the script again).

The randomness scorer's data: English letter-bigram log-probabilities (26 x 26, row-major,
from the spaCy model's word list), logistic weights over `randomness.FEATURES`, and the
thresholds read off held-out harvested neutral-class tokens at false-positive rates
{TARGET_FPR!r}.

{lines}
"""


def _floats(text: str) -> tuple[float, ...]:
    return tuple(float(v) for v in text.split())


BIGRAM: tuple[float, ...] = _floats(
{bigram}
)

BIAS: float = {float(beta[0])!r}

WEIGHTS: tuple[float, ...] = (
{weights}
)

THRESHOLDS: dict[str, float] = {{
{ths}
}}
'''


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the committed module; exit 1 if it differs")
    ap.add_argument("--stats", action="store_true", help="print sizes and held-out ROC points, write nothing")
    args = ap.parse_args()
    module, report = build()
    if args.stats:
        print("\n".join(report))
        return 0
    if args.check:
        return check(OUT, module, "scripts/fit_secret_scorer.py")
    OUT.write_text(module, encoding="utf-8")
    print("\n".join(report))
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
