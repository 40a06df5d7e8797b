"""scripts/eval_records.py: texts are carried into Copilot records and read back out intact, the
measurement policy masks whole values, and a real `redactor run` over a tiny corpus scores each
carrier like plain detection (issue 3: the same detectors catch the same values in records)."""

from __future__ import annotations

import json
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "eval_records.py"
MOD = runpy.run_path(str(SCRIPT), run_name="eval_records")
TEXT = 'export API_TOKEN="ghp_x"\nline "two" \\ with a backslash\tand a tab, émoji 😀'


@pytest.mark.parametrize("carrier", MOD["CARRIERS"])
def test_a_text_goes_into_each_carrier_and_comes_back_unchanged(carrier: str) -> None:
    body = MOD["body_for"](carrier, TEXT)
    wire = json.dumps(body)  # as the record's `body` string holds it
    assert MOD["text_of"](carrier, json.loads(wire)) == TEXT
    if carrier == "args":  # escaped twice: a JSON string (arguments) inside the body string
        arguments = json.loads(wire)["messages"][2]["tool_calls"][0]["function"]["arguments"]
        assert isinstance(arguments, str) and json.loads(arguments) == {"command": TEXT}


def test_partial_masks_become_placeholders_for_the_measurement(tmp_path: Path) -> None:
    out = MOD["whole_value_policy"](ROOT / "policies" / "default.yaml", tmp_path)
    text = out.read_text(encoding="utf-8")
    assert "keep_last" not in text and "action: mask" not in text
    assert "keep_last" in (ROOT / "policies" / "default.yaml").read_text(encoding="utf-8")


SCORER = ROOT.parent / "shared" / "eval-dev" / "score.py"


@pytest.mark.slow
@pytest.mark.skipif(not SCORER.is_file(), reason="needs ../shared/eval-dev/score.py next to the checkout")
def test_records_score_like_plain_text_on_a_small_corpus(tmp_path: Path) -> None:
    texts = [
        (
            "t1",
            "Ping Priya Raman at priya.raman@example.org about the rollout.",
            [("PERSON", "Priya Raman"), ("EMAIL_ADDRESS", "priya.raman@example.org")],
        ),
        (
            "t2",
            'STRIPE_SECRET_KEY="sk_live_51HqLyjWDarjtT1zdp7dcXmaY2b9vGqPz3kRf"',
            [("SECRET", "sk_live_51HqLyjWDarjtT1zdp7dcXmaY2b9vGqPz3kRf")],
        ),
        ("t3", "def add(a, b):\n    return a + b\n", []),
    ]
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for rid, text, spans in texts:
            gold = [{"start": text.index(v), "end": text.index(v) + len(v), "label": lab} for lab, v in spans]
            fh.write(
                json.dumps(
                    {"id": rid, "text": text, "spans": gold, "kind": "pii" if spans else "negative", "source": "test"}
                )
                + "\n"
            )
    scores = tmp_path / "scores.json"
    res = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--corpus",
            str(tmp_path),
            "--scorer",
            str(SCORER),
            "--json",
            str(scores),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert res.returncode == 0, res.stderr
    got = json.loads(scores.read_text(encoding="utf-8"))
    assert set(got) == {"plain", "prompt", "args", "result"}
    for name, r in got.items():
        assert r["recall"] == 1.0 and r["leak_rate"] == 0.0 and r["negative_fp_rate"] == 0.0, name
        assert r["quarantined"] == 0, name


def test_unknown_carrier_is_refused_with_the_known_ones(tmp_path: Path) -> None:
    (tmp_path / "corpus.jsonl").write_text('{"id": "a", "text": "x", "spans": [], "kind": "negative"}\n')
    res = subprocess.run(
        [sys.executable, str(SCRIPT), "--corpus", str(tmp_path), "--carriers", "prompt,email"],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 2
    assert res.stderr.strip() == "error: --carriers: unknown email (known: prompt, args, result)"


def test_missing_corpus_is_named(tmp_path: Path) -> None:
    res = subprocess.run([sys.executable, str(SCRIPT), "--corpus", str(tmp_path)], capture_output=True, text=True)
    assert res.returncode == 2
    assert res.stderr.strip() == f"error: {tmp_path / 'corpus.jsonl'}: not found (pass --corpus DIR)"
