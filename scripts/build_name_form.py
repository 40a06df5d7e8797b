#!/usr/bin/env python3
"""Build `redactor/detect/pii/name_form_data.py`: a name-likeness model over the letters of a word.

A logistic regression over character n-grams (one to four letters, with word-boundary marks) of
one Latin-script word, folded to lower case without diacritics. It learns what given and family
names *look like* across cultures, so a rule that already has a person context (a greeting, a
signature line, a name column) can take a name no lexicon lists (``Tavita``, ``Etxeberria``).

Positives: the Latin-script given and family names of `names_data` (Faker's person lists of ~85
locales, filtered by `build_name_lexicon.py`) and of the hand-written `given_names` lists.
Negatives: the English words of the spaCy lemma tables (`lexicon.english_words`), the function
words of ~75 languages (`function_words_data`), product, brand and tech words (`product_names_data`,
`_vocab`), organisation and facility words, and place names (`place_names_data`, weighted half:
many places are named after people). A word in both lists counts as neither. No dev or held-out
set is read: every evaluation set is unseen by the model.

Deterministic (full-batch gradient descent from zeros, sorted features). Weights are rounded to
hundredths and n-grams seen fewer than `MIN_COUNT` times are dropped.

Usage::

    python scripts/build_name_form.py            # rewrite the module
    python scripts/build_name_form.py --check    # exit 1 if the committed module is stale
    python scripts/build_name_form.py --eval     # leave-locales-out: train without some Faker
                                                 # locales' names, score them (needs Faker)
"""

from __future__ import annotations

import argparse
import random
import sys
import textwrap
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "redactor" / "detect" / "pii" / "name_form_data.py"
sys.path.insert(0, str(ROOT))

from _generated import check  # noqa: E402

from redactor.detect.pii import _vocab, given_names, names_data, product_names_data  # noqa: E402
from redactor.detect.pii.function_words_data import FUNCTION_WORDS  # noqa: E402
from redactor.detect.pii.lexicon import english_words  # noqa: E402
from redactor.detect.pii.name_form import fold, ngrams  # noqa: E402
from redactor.detect.pii.place_names_data import PLACE_NAMES  # noqa: E402

MIN_COUNT = 3
EPOCHS = 400
L2 = 1e-4
STEP = 0.5
HELD_OUT_LOCALES = ("zu_ZA", "yo_NG", "ig_NG", "ha_NG", "tw_GH", "sw", "fi_FI", "et_EE", "hu_HU", "tr_TR", "vi_VN")
"""Locales whose names `--eval` leaves out of training (cultures far from the rest)."""


def _latin(word: str) -> bool:
    f = fold(word)
    return len(f) >= 3 and all("a" <= c <= "z" or c in "'-" for c in f)


def positives() -> set[str]:
    out: set[str] = set()
    for group in (names_data.GIVEN, names_data.FAMILY):
        out |= {fold(w) for w in group.get("latin", "").split() if _latin(w)}
    for s in (given_names.LATIN, given_names.LATIN_MORE, given_names.SURNAMES):
        out |= {fold(w) for w in s if _latin(w)}
    return out


def negatives() -> dict[str, float]:
    """Folded non-name words and their training weight."""
    out: dict[str, float] = {}
    for w in sorted(PLACE_NAMES):
        if _latin(w) and " " not in w:
            out[fold(w)] = 0.5
    sources: Iterable[Iterable[str]] = (
        english_words(),
        FUNCTION_WORDS,
        product_names_data.PRODUCT_WORDS,
        _vocab.TECH_NAMES,
        _vocab.NOT_NAME_WORDS,
        _vocab.ORG_WORDS,
        _vocab.FACILITY_WORDS,
        _vocab.SYSTEM_USERS,
    )
    for src in sources:
        for w in src:
            if _latin(w) and " " not in w:
                out[fold(w)] = 1.0
    return out


def train(pos: set[str], neg: dict[str, float]) -> dict[str, float]:
    """Weights of a class-balanced, L2-regularised logistic regression (bias under ``""``)."""
    both = pos & set(neg)
    words = sorted(pos - both) + sorted(set(neg) - both)
    y = np.array([1.0] * len(pos - both) + [0.0] * (len(neg) - len(both)))
    sw = np.array([1.0] * len(pos - both) + [neg[w] for w in sorted(set(neg) - both)])
    sw[y == 1] *= sw[y == 0].sum() / sw[y == 1].sum()
    counts: Counter[str] = Counter(g for w in words for g in set(ngrams(w)))
    feats = sorted(g for g, c in counts.items() if c >= MIN_COUNT)
    index = {g: i for i, g in enumerate(feats)}
    rows = [[index[g] for g in sorted(set(ngrams(w))) if g in index] for w in words]
    lens = np.array([len(r) for r in rows])
    flat = np.array([i for r in rows for i in r], dtype=np.int64)
    owner = np.repeat(np.arange(len(words)), lens)
    w = np.zeros(len(feats))
    b = 0.0
    total = sw.sum()
    m_w, v_w, m_b, v_b = np.zeros(len(feats)), np.zeros(len(feats)), 0.0, 0.0
    for t in range(1, EPOCHS + 1):  # Adam, full batch
        z = np.bincount(owner, weights=w[flat], minlength=len(words)) + b
        p = 1.0 / (1.0 + np.exp(-z))
        r = (p - y) * sw / total
        g_w = np.bincount(flat, weights=r[owner], minlength=len(feats)) + L2 * w
        g_b = float(r.sum())
        m_w = 0.9 * m_w + 0.1 * g_w
        v_w = 0.999 * v_w + 0.001 * g_w * g_w
        m_b = 0.9 * m_b + 0.1 * g_b
        v_b = 0.999 * v_b + 0.001 * g_b * g_b
        lr = STEP * 0.1 * np.sqrt(1 - 0.999**t) / (1 - 0.9**t)
        w -= lr * m_w / (np.sqrt(v_w) + 1e-8)
        b -= lr * m_b / (np.sqrt(v_b) + 1e-8)
    out = {g: round(float(x), 2) for g, x in zip(feats, w, strict=True) if abs(x) >= 0.005}
    out[""] = round(b, 2)
    return out


def render(weights: dict[str, float], n_pos: int, n_neg: int) -> str:
    items = sorted(weights.items())
    body = " ".join(f"{g}={round(v * 100)}" for g, v in items)
    lines = textwrap.wrap(body, 110, break_long_words=False, break_on_hyphens=False)
    return (
        '"""Name-likeness weights over character n-grams (generated, do not edit).\n\n'
        "Written by ``scripts/build_name_form.py``: a logistic regression of "
        f"{n_pos} Latin-script given and\nfamily names against {n_neg} non-name words; "
        "`name_form` reads it. Each entry is ``ngram=weight*100``;\n"
        "the bare ``=`` entry is the bias. ``^`` and ``$`` mark the word's edges.\n"
        '"""\n\nfrom __future__ import annotations\n\nWEIGHTS: str = """\n' + "\n".join(lines) + '\n"""\n'
    )


def _score(weights: dict[str, float], word: str) -> float:
    return weights[""] + sum(weights.get(g, 0.0) for g in set(ngrams(fold(word))))


def evaluate() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    from build_name_lexicon import PERSON_LOCALES, _kind_of, _provider_attrs, _single_words, _strings

    held: set[str] = set()
    rest: set[str] = set()
    for loc in PERSON_LOCALES:
        try:
            attrs = _provider_attrs("person", loc)
        except ModuleNotFoundError:
            continue
        got: set[str] = set()
        for attr, value in attrs.items():
            if _kind_of(attr) is not None:
                got |= {fold(w) for w in _single_words(_strings(value)) if _latin(w)}
        (held if loc in HELD_OUT_LOCALES else rest).update(got)
    neg = negatives()
    pos = positives()
    test_pos = sorted((held - rest) & pos - set(neg))
    rng = random.Random(17)
    neg_words = sorted(w for w, v in neg.items() if v == 1.0 and w not in pos)
    test_neg = set(rng.sample(neg_words, len(neg_words) // 10))
    weights = train(pos - set(test_pos), {w: v for w, v in neg.items() if w not in test_neg})
    sp = np.array([_score(weights, w) for w in test_pos])
    sn = np.array([_score(weights, w) for w in sorted(test_neg)])
    print(f"held-out names {len(sp)} (locales {' '.join(HELD_OUT_LOCALES)}), held-out non-names {len(sn)}")
    for thr in (0.0, 1.0, 2.0, 3.0, 4.0):
        print(f"  score >= {thr}: names {np.mean(sp >= thr):.3f}  non-names {np.mean(sn >= thr):.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--eval", action="store_true")
    args = ap.parse_args()
    if args.eval:
        evaluate()
        return 0
    pos, neg = positives(), negatives()
    text = render(train(pos, neg), len(pos - set(neg)), len(set(neg) - pos))
    if args.check:
        return check(OUT, text, "scripts/build_name_form.py")
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(text) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
