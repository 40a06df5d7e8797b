"""The held-out detection corpus (tests/data/holdout) is well formed and matches its item tables.

The corpus is data for `scripts/eval.py --corpus tests/data/holdout`; its texts are written in
`tests/data/holdout/items_*.py` with inline markup. These tests fail if the committed
corpus.jsonl drifts from the tables, or a gold span does not hold its value.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

HOLDOUT = Path(__file__).resolve().parent / "data" / "holdout"
HOLDOUT2 = Path(__file__).resolve().parent / "data" / "holdout2"
HOLDOUT3 = Path(__file__).resolve().parent / "data" / "holdout3"
HOLDOUT4 = Path(__file__).resolve().parent / "data" / "holdout4"
HOLDOUT5 = Path(__file__).resolve().parent / "data" / "holdout5"
HOLDOUT6 = Path(__file__).resolve().parent / "data" / "holdout6"
HOLDOUT7 = Path(__file__).resolve().parent / "data" / "holdout7"
HOLDOUT8 = Path(__file__).resolve().parent / "data" / "holdout8"
HOLDOUT9 = Path(__file__).resolve().parent / "data" / "holdout9"
HOLDOUT10 = Path(__file__).resolve().parent / "data" / "holdout10"
HOLDOUT11 = Path(__file__).resolve().parent / "data" / "holdout11"
HOLDOUT12 = Path(__file__).resolve().parent / "data" / "holdout12"
HOLDOUT13 = Path(__file__).resolve().parent / "data" / "holdout13"
HOLDOUT14 = Path(__file__).resolve().parent / "data" / "holdout14"
HOLDOUT15 = Path(__file__).resolve().parent / "data" / "holdout15"
HOLDOUT16 = Path(__file__).resolve().parent / "data" / "holdout16"
HOLDOUT17 = Path(__file__).resolve().parent / "data" / "holdout17"
HOLDOUT18 = Path(__file__).resolve().parent / "data" / "holdout18"
HOLDOUT19 = Path(__file__).resolve().parent / "data" / "holdout19"
HOLDOUT20 = Path(__file__).resolve().parent / "data" / "holdout20"
HOLDOUT21 = Path(__file__).resolve().parent / "data" / "holdout21"
HOLDOUT22 = Path(__file__).resolve().parent / "data" / "holdout22"
HOLDOUT23 = Path(__file__).resolve().parent / "data" / "holdout23"
HOLDOUT24 = Path(__file__).resolve().parent / "data" / "holdout24"
HOLDOUT25 = Path(__file__).resolve().parent / "data" / "holdout25"
HOLDOUT26 = Path(__file__).resolve().parent / "data" / "holdout26"
HOLDOUT27 = Path(__file__).resolve().parent / "data" / "holdout27"
HOLDOUT28 = Path(__file__).resolve().parent / "data" / "holdout28"
HOLDOUT29 = Path(__file__).resolve().parent / "data" / "holdout29"
HOLDOUT30 = Path(__file__).resolve().parent / "data" / "holdout30"
HOLDOUT31 = Path(__file__).resolve().parent / "data" / "holdout31"
HOLDOUT32 = Path(__file__).resolve().parent / "data" / "holdout32"
HOLDOUT33 = Path(__file__).resolve().parent / "data" / "holdout33"
HOLDOUT34 = Path(__file__).resolve().parent / "data" / "holdout34"
HOLDOUT35 = Path(__file__).resolve().parent / "data" / "holdout35"
HOLDOUT36 = Path(__file__).resolve().parent / "data" / "holdout36"
HOLDOUT37 = Path(__file__).resolve().parent / "data" / "holdout37"


ALL_SETS = [
    HOLDOUT,
    HOLDOUT2,
    HOLDOUT3,
    HOLDOUT4,
    HOLDOUT5,
    HOLDOUT6,
    HOLDOUT7,
    HOLDOUT8,
    HOLDOUT9,
    HOLDOUT10,
    HOLDOUT11,
    HOLDOUT12,
    HOLDOUT13,
    HOLDOUT14,
    HOLDOUT15,
    HOLDOUT16,
    HOLDOUT17,
    HOLDOUT18,
    HOLDOUT19,
    HOLDOUT20,
    HOLDOUT21,
    HOLDOUT22,
    HOLDOUT23,
    HOLDOUT24,
    HOLDOUT25,
    HOLDOUT26,
    HOLDOUT27,
    HOLDOUT28,
    HOLDOUT29,
    HOLDOUT30,
    HOLDOUT31,
    HOLDOUT32,
    HOLDOUT33,
    HOLDOUT34,
    HOLDOUT35,
    HOLDOUT36,
    HOLDOUT37,
]


def _records() -> list[dict[str, object]]:
    return [json.loads(line) for line in (HOLDOUT / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("folder", ALL_SETS, ids=[f.name for f in ALL_SETS])
def test_corpus_is_what_the_tables_build(folder: Path) -> None:
    res = subprocess.run([sys.executable, str(folder / "build.py"), "--check"], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


def test_corpus_size_and_mix() -> None:
    kinds = Counter(str(r["kind"]) for r in _records())
    assert sum(kinds.values()) >= 250
    assert kinds["secret"] >= 100 and kinds["pii"] >= 100 and kinds["negative"] >= 60


@pytest.mark.parametrize("folder", ALL_SETS, ids=[f.name for f in ALL_SETS])
def test_spans_hold_trimmed_values_and_negatives_have_none(folder: Path) -> None:
    for r in [json.loads(x) for x in (folder / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]:
        text = str(r["text"])
        spans = r["spans"]
        assert isinstance(spans, list)
        if r["kind"] == "negative":
            assert spans == [], r["id"]
        for s in spans:
            value = text[s["start"] : s["end"]]
            assert value and value == value.strip(), (r["id"], s)


def test_no_provider_of_the_development_set() -> None:
    dev = Path(__file__).resolve().parents[2] / "shared" / "eval-dev" / "corpus.jsonl"
    if not dev.exists():  # pragma: no cover - the shared folder is part of this workspace
        return
    dev_providers = {
        p for line in dev.read_text(encoding="utf-8").splitlines() for p in json.loads(line).get("providers", [])
    }
    records = _records() + [
        json.loads(x) for f in ALL_SETS[1:] for x in (f / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    ours = {p for r in records for p in r.get("providers", [])}  # type: ignore[attr-defined]
    generic = {"password", "generic", "pem", "pgp", "jwt"}
    assert not (ours - generic) & dev_providers


def test_third_set_has_no_provider_of_the_earlier_held_out_sets() -> None:
    earlier = {
        p
        for f in (HOLDOUT, HOLDOUT2)
        for x in (f / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
        for p in json.loads(x).get("providers", [])
    }
    third = [json.loads(x) for x in (HOLDOUT3 / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    ours = {p for r in third for p in r.get("providers", [])}
    generic = {"password", "generic", "pem", "pgp", "jwt"}
    assert not (ours - generic) & earlier
    kinds = Counter(str(r["kind"]) for r in third)
    assert sum(kinds.values()) >= 150 and kinds["negative"] >= 30


def test_fourth_set_has_no_provider_of_the_earlier_held_out_sets() -> None:
    earlier = {
        p
        for f in (HOLDOUT, HOLDOUT2, HOLDOUT3)
        for x in (f / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
        for p in json.loads(x).get("providers", [])
    }
    fourth = [json.loads(x) for x in (HOLDOUT4 / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    ours = {p for r in fourth for p in r.get("providers", [])}
    generic = {"password", "generic", "pem", "pgp", "jwt"}
    assert not (ours - generic) & earlier
    kinds = Counter(str(r["kind"]) for r in fourth)
    assert sum(kinds.values()) >= 120 and kinds["secret"] >= 45 and kinds["pii"] >= 45 and kinds["negative"] >= 20
    for r in fourth:
        text = str(r["text"])
        if r["kind"] == "negative":
            assert r["spans"] == [], r["id"]
        for s in r["spans"]:
            value = text[s["start"] : s["end"]]
            assert value and value == value.strip(), (r["id"], s)


_LATER_SETS = {
    # set: (earlier sets, least new providers, least texts: total, secret, pii, negative)
    "holdout5": ((HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4), HOLDOUT5, 40, (120, 50, 45, 25)),
    "holdout6": ((HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4, HOLDOUT5), HOLDOUT6, 40, (140, 50, 55, 30)),
    "holdout7": ((HOLDOUT, HOLDOUT2, HOLDOUT3, HOLDOUT4, HOLDOUT5, HOLDOUT6), HOLDOUT7, 30, (100, 35, 40, 25)),
    # 8 and 9 were written at the same time, blind to each other: providers A-L and M-Z
    "holdout8": ((*ALL_SETS[:7], HOLDOUT9), HOLDOUT8, 60, (140, 60, 45, 25)),
    "holdout9": ((*ALL_SETS[:7], HOLDOUT8), HOLDOUT9, 60, (140, 60, 40, 25)),
    # 10 and 11 likewise (session 4): providers A-M and N-Z
    "holdout10": ((*ALL_SETS[:9], HOLDOUT11), HOLDOUT10, 100, (180, 85, 55, 35)),
    "holdout11": ((*ALL_SETS[:9], HOLDOUT10), HOLDOUT11, 90, (180, 85, 55, 35)),
    # 12 and 13 likewise (session 5): providers A-M and N-Z
    "holdout12": ((*ALL_SETS[:11], HOLDOUT13), HOLDOUT12, 150, (300, 190, 60, 45)),
    "holdout13": ((*ALL_SETS[:11], HOLDOUT12), HOLDOUT13, 150, (230, 120, 60, 40)),
    # 14 and 15 likewise (session 6): providers A-M and N-Z
    "holdout14": ((*ALL_SETS[:13], HOLDOUT15), HOLDOUT14, 200, (260, 160, 60, 40)),
    "holdout15": ((*ALL_SETS[:13], HOLDOUT14), HOLDOUT15, 180, (235, 125, 65, 40)),
    # 16 and 17 likewise (session 7): providers A-M and N-Z
    "holdout16": ((*ALL_SETS[:15], HOLDOUT17), HOLDOUT16, 300, (295, 185, 65, 40)),
    "holdout17": ((*ALL_SETS[:15], HOLDOUT16), HOLDOUT17, 125, (220, 115, 65, 40)),
    # 18 and 19 likewise (session 8): providers A-M and N-Z
    "holdout18": ((*ALL_SETS[:17], HOLDOUT19), HOLDOUT18, 250, (270, 160, 60, 40)),
    "holdout19": ((*ALL_SETS[:17], HOLDOUT18), HOLDOUT19, 145, (225, 120, 60, 40)),
    # 20 and 21 likewise (session 9): providers A-M and N-Z
    "holdout20": ((*ALL_SETS[:19], HOLDOUT21), HOLDOUT20, 245, (300, 180, 70, 45)),
    "holdout21": ((*ALL_SETS[:19], HOLDOUT20), HOLDOUT21, 250, (260, 150, 60, 45)),
    # 22 and 23 likewise (session 10): providers A-M and N-Z
    "holdout22": ((*ALL_SETS[:21], HOLDOUT23), HOLDOUT22, 160, (260, 150, 70, 44)),
    "holdout23": ((*ALL_SETS[:21], HOLDOUT22), HOLDOUT23, 215, (275, 160, 70, 45)),
    # 24 and 25 likewise (session 11): providers A-M and N-Z
    "holdout24": ((*ALL_SETS[:23], HOLDOUT25), HOLDOUT24, 400, (370, 225, 80, 60)),
    "holdout25": ((*ALL_SETS[:23], HOLDOUT24), HOLDOUT25, 300, (460, 300, 85, 70)),
    # 26 and 27 likewise (session 12): providers A-M and N-Z
    "holdout26": ((*ALL_SETS[:25], HOLDOUT27), HOLDOUT26, 290, (480, 325, 80, 70)),
    "holdout27": ((*ALL_SETS[:25], HOLDOUT26), HOLDOUT27, 250, (455, 290, 90, 70)),
    # 28 and 29 likewise (session 13): providers A-M and N-Z
    "holdout28": ((*ALL_SETS[:27], HOLDOUT29), HOLDOUT28, 200, (360, 210, 80, 65)),
    "holdout29": ((*ALL_SETS[:27], HOLDOUT28), HOLDOUT29, 200, (410, 235, 105, 60)),
    # 30 and 31 (session 14): providers A-M and N-Z, blind to each other
    "holdout30": ((*ALL_SETS[:29], HOLDOUT31), HOLDOUT30, 185, (365, 230, 80, 55)),
    "holdout31": ((*ALL_SETS[:29], HOLDOUT30), HOLDOUT31, 185, (345, 195, 85, 55)),
    # 32 and 33 (session 15): providers A-M and N-Z, blind to each other
    "holdout32": ((*ALL_SETS[:31], HOLDOUT33), HOLDOUT32, 225, (390, 235, 88, 65)),
    "holdout33": ((*ALL_SETS[:31], HOLDOUT32), HOLDOUT33, 265, (465, 298, 103, 60)),
    # 34 and 35 (session 16): providers A-M and N-Z, blind to each other
    "holdout34": ((*ALL_SETS[:33], HOLDOUT35), HOLDOUT34, 270, (440, 300, 75, 58)),
    "holdout35": ((*ALL_SETS[:33], HOLDOUT34), HOLDOUT35, 300, (480, 310, 100, 65)),
    # 36 and 37 (session 17): providers A-M and N-Z, blind to each other
    "holdout36": ((*ALL_SETS[:35], HOLDOUT37), HOLDOUT36, 200, (375, 215, 90, 68)),
    "holdout37": ((*ALL_SETS[:35], HOLDOUT36), HOLDOUT37, 280, (475, 290, 97, 82)),
}


@pytest.mark.parametrize("name", sorted(_LATER_SETS))
def test_a_later_set_has_no_provider_of_the_earlier_held_out_sets(name: str) -> None:
    before, folder, least_new, least = _LATER_SETS[name]
    earlier = {
        p
        for f in before
        for x in (f / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
        for p in json.loads(x).get("providers", [])
    }
    records = [json.loads(x) for x in (folder / "corpus.jsonl").read_text(encoding="utf-8").splitlines()]
    ours = {p for r in records for p in r.get("providers", [])}
    generic = {"password", "generic", "pem", "pgp", "jwt"}
    assert not (ours - generic) & earlier
    assert len(ours - generic) >= least_new
    kinds = Counter(str(r["kind"]) for r in records)
    total, secret, pii, negative = least
    assert sum(kinds.values()) >= total
    assert kinds["secret"] >= secret and kinds["pii"] >= pii and kinds["negative"] >= negative
