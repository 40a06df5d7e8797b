#!/usr/bin/env python3
"""Detection quality through `redactor run` on Copilot records, against plain `redactor detect`.

Issue 3 asks that the detectors, run through `redactor run` on Copilot usage records, catch what
they catch on plain text, tool arguments and results included. This script measures it: every
text of an evaluation corpus is wrapped into a Copilot `/chat/completions` request record in each
carrier below, the records go through the real `redactor run` (policy, record parsing, body
dialects, JSON-in-JSON tool arguments, propagation, placeholders), the redacted text is read back
out of each output record, and the corpus's own score.py scores it (its ``redacted_text`` mode:
original characters not carried over unchanged count as masked). The plain-text score comes from
`redactor detect`, as scripts/eval.py runs it.

Carriers:

- ``prompt``: the text is the content of a user message;
- ``args``: the text is the ``command`` of a tool call's JSON ``arguments`` string (so it is
  escaped twice in the record, as `run_in_terminal` calls are);
- ``result``: the text is a ``tool`` message's content (a tool result).

Every text gets its own user id, so no value is masked because another text taught it. A record
that does not come out (quarantined) is scored as the unmasked original and counted. Rules of the
policy that keep part of a value (``mask`` with ``keep_last``: the default policy shows a card's
last four digits) are turned into placeholders for the measurement, since the scorer counts a
value as caught only when 80% of it is masked; detection is what is compared.

    python scripts/eval_records.py [--corpus DIR] [--scorer score.py] [--policy FILE]
                                   [--carriers prompt,args,result] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CARRIERS = ("prompt", "args", "result")
_NS = uuid.UUID("6f1c2a3e-55b0-4d7e-9a51-0c9e8f7d2b11")


def body_for(carrier: str, text: str) -> dict[str, Any]:
    """A chat-completions request body carrying `text` in `carrier`."""
    messages: list[dict[str, Any]] = [{"role": "system", "content": "You are an AI programming assistant."}]
    if carrier == "prompt":
        messages.append({"role": "user", "content": text})
    else:
        call = {"id": "call_eval", "type": "function"}
        if carrier == "args":
            call["function"] = {"name": "run_in_terminal", "arguments": json.dumps({"command": text})}  # type: ignore[assignment]
        else:
            call["function"] = {"name": "read_file", "arguments": json.dumps({"filePath": "notes.txt"})}  # type: ignore[assignment]
        messages += [
            {"role": "user", "content": "Go on."},
            {"role": "assistant", "content": None, "tool_calls": [call]},
        ]
        if carrier == "result":
            messages.append({"role": "tool", "tool_call_id": "call_eval", "content": text})
    return {"model": "gpt-4.1", "messages": messages, "stream": True}


def text_of(carrier: str, body: dict[str, Any]) -> str:
    """The carried text, read back out of a (redacted) body."""
    messages = body["messages"]
    if carrier == "prompt":
        return str(messages[1]["content"])
    if carrier == "args":
        return str(json.loads(messages[2]["tool_calls"][0]["function"]["arguments"])["command"])
    return str(messages[3]["content"])


def records(corpus: list[dict[str, Any]], carrier: str, now_ms: int) -> list[dict[str, Any]]:
    out = []
    for n, item in enumerate(corpus):
        out.append(
            {
                "type": "request",
                "user_id": 500000 + n,
                "enterprise_id": 9271,
                "endpoint": "/chat/completions",
                "body": json.dumps(body_for(carrier, item["text"])),
                "@timestamp": now_ms,
                "event_id": str(uuid.uuid5(_NS, f"{carrier}:{item['id']}")),
            }
        )
    return out


def whole_value_policy(policy: Path, work: Path) -> Path:
    """`policy` with every partial ``mask`` rule made a placeholder (see the module docstring)."""
    import yaml

    doc = yaml.safe_load(policy.read_text(encoding="utf-8"))
    for rule in doc.get("rules") or []:
        if rule.get("action") == "mask":
            rule["action"] = "placeholder"
            rule.pop("mask", None)
    out = work / "policy.yaml"
    out.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return out


def score(scorer: Path, preds: Path, corpus: Path, out: Path) -> dict[str, Any]:
    subprocess.run(
        [sys.executable, str(scorer), str(preds), "--corpus", str(corpus), "--json", str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def _core_labels(scorer: Path) -> set[str]:
    """The scorer's CORE label set (its module-level constant)."""
    import runpy

    return set(runpy.run_path(str(scorer), run_name="scorer").get("CORE", ()))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "eval-dev", help="folder with corpus.jsonl")
    ap.add_argument("--scorer", type=Path, help="score.py (default: the corpus's, else ../shared/eval-dev's)")
    ap.add_argument("--policy", type=Path, default=ROOT / "policies" / "default.yaml")
    ap.add_argument("--carriers", default=",".join(CARRIERS), help="comma-separated: prompt,args,result")
    ap.add_argument("--json", type=Path, help="write every score as JSON here")
    args = ap.parse_args()
    corpus_file = args.corpus / "corpus.jsonl"
    if not corpus_file.is_file():
        print(f"error: {corpus_file}: not found (pass --corpus DIR)", file=sys.stderr)
        return 2
    carriers = [c for c in args.carriers.split(",") if c]
    unknown = sorted(set(carriers) - set(CARRIERS))
    if unknown:
        print(f"error: --carriers: unknown {', '.join(unknown)} (known: {', '.join(CARRIERS)})", file=sys.stderr)
        return 2
    scorer = args.scorer or args.corpus / "score.py"
    if not scorer.is_file():
        scorer = ROOT.parent / "shared" / "eval-dev" / "score.py"
    corpus = [json.loads(line) for line in corpus_file.open(encoding="utf-8") if line.strip()]
    redactor = str(Path(sys.executable).with_name("redactor"))
    work = Path(tempfile.mkdtemp(prefix="eval-records-"))
    results: dict[str, Any] = {}
    run_policy = whole_value_policy(args.policy, work)

    plain = work / "plain.jsonl"
    with plain.open("w", encoding="utf-8") as fh:
        subprocess.run(
            [redactor, "detect", "--text-field", "text", "--policy", str(args.policy), str(corpus_file)],
            stdout=fh,
            check=True,
        )
    results["plain"] = score(scorer, plain, corpus_file, work / "plain.score.json")
    results["plain"]["quarantined"] = 0

    now_ms = int(time.time() * 1000)
    for carrier in carriers:
        src = work / f"{carrier}.in.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in records(corpus, carrier, now_ms)), encoding="utf-8")
        dst = work / f"{carrier}.out.jsonl"
        subprocess.run(
            [
                redactor,
                "run",
                "-p",
                str(run_policy),
                str(src),
                "-o",
                f"jsonl:///{dst}",
                "-q",
                str(work / f"{carrier}.q.jsonl"),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=None,
        )
        out_by_event = {}
        for line in dst.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            out_by_event[rec.get("event_id")] = rec
        preds = work / f"{carrier}.pred.jsonl"
        missing = 0
        with preds.open("w", encoding="utf-8") as fh:
            for item in corpus:
                rec = out_by_event.get(str(uuid.uuid5(_NS, f"{carrier}:{item['id']}")))
                if rec is None:
                    missing += 1
                    redacted = item["text"]
                else:
                    redacted = text_of(carrier, json.loads(rec["body"]))
                fh.write(json.dumps({"id": item["id"], "redacted_text": redacted}) + "\n")
        results[carrier] = score(scorer, preds, corpus_file, work / f"{carrier}.score.json")
        results[carrier]["quarantined"] = missing

    core = _core_labels(scorer)
    labels = sorted({lab for r in results.values() for lab in r.get("labels", {}) if lab in core})
    head = f"{'carrier':9} {'core':>6} {'leak':>6} {'prec':>6} {'neg':>6} {'quar':>5}  " + " ".join(
        f"{lab[:8]:>8}" for lab in labels
    )
    print(f"{corpus_file} ({len(corpus)} texts)\n{head}")
    for name, r in results.items():
        per = " ".join(f"{r.get('labels', {}).get(lab, {}).get('recall', float('nan')):8.3f}" for lab in labels)
        head_cols = f"{r['recall']:6.3f} {r['leak_rate']:6.3f} {r['precision']:6.3f} {r['negative_fp_rate']:6.3f}"
        print(f"{name:9} {head_cols} {r['quarantined']:5d}  {per}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
