"""The realistic stream generator (scripts/gen_stream.py) and its bundled sample.

What is proved here: the output is a pure function of the options (seed); the manifest's counts
and per-line facts agree with the file, recomputed independently of the generator; every valid
line classifies as a usage record or an audit event and every malformed one does not; truncated
bodies are not JSON; every planted value really is in its line; the three dialects, SSE, tool
calls and history replay are there; `--fresh` really has no repetition; the committed sample is
exactly what the generator writes for seed 1.
"""

from __future__ import annotations

import importlib.util
import io
import json
import re
import subprocess
import sys
import zlib
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "gen_stream.py"
SAMPLE = ROOT / "samples" / "copilot-stream.jsonl"
SAMPLE_MANIFEST = ROOT / "samples" / "copilot-stream.manifest.json"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_stream", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["gen_stream"] = mod  # dataclasses look their module up here
    spec.loader.exec_module(mod)
    return mod


gen = _load()


def generate(*argv: str) -> tuple[str, dict[str, Any]]:
    buf = io.StringIO()
    manifest = gen.generate(gen.parse_args(list(argv)), buf)
    return buf.getvalue(), manifest


@pytest.fixture(scope="module")
def replay() -> tuple[list[str], dict[str, Any]]:
    text, manifest = generate("--records", "300", "--seed", "7", "--users", "6")
    return text.split("\n")[:-1], manifest


@pytest.fixture(scope="module")
def fresh() -> tuple[list[str], dict[str, Any]]:
    text, manifest = generate("--records", "300", "--seed", "7", "--users", "6", "--fresh")
    return text.split("\n")[:-1], manifest


# --- an independent reader (not the generator's own decoder) -----------------------------------
def classify(line: str) -> str:
    """copilot-records.md §2.5: usage record, audit event, or anything else."""
    try:
        obj = json.loads(line)
    except ValueError:
        return "malformed"
    if not isinstance(obj, dict):
        return "malformed"
    if "action" in obj:
        return "audit" if isinstance(obj["action"], str) else "malformed"
    if (
        obj.get("type") in ("request", "response")
        and isinstance(obj.get("endpoint"), str)
        and isinstance(obj.get("body"), str)
    ):
        return "usage"
    return "malformed"


def key_of(line: str) -> str:
    obj = json.loads(line)
    return obj["event_id"] if "event_id" in obj else obj["_document_id"]


def strings(x: Any) -> list[str]:
    """All string values at every level, decoding JSON strings, SSE `data:` payloads and, for
    text that is not JSON, JSON escapes (up to three levels deep)."""
    out: list[str] = []
    if isinstance(x, dict):
        for item in x.values():
            out += strings(item)
    elif isinstance(x, list):
        for item in x:
            out += strings(item)
    elif isinstance(x, str):
        out.append(x)
        try:
            inner = json.loads(x)
        except ValueError:
            inner = None
            datas = [ln[5:] for ln in x.split("\n") if ln.startswith("data: {")]
            for d in datas:
                out += strings(json.loads(d))
            if not datas:
                text = x
                for _ in range(3):
                    text = re.sub(r'\\(["\\/nt])', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)
                    out.append(text)
        if isinstance(inner, (dict, list)):
            out += strings(inner)
    return out


def line_strings(line: str) -> str:
    try:
        return "\x00".join(strings(json.loads(line)))
    except ValueError:
        return "\x00".join(strings(line))


# --- determinism ------------------------------------------------------------------------------
def test_same_seed_same_stream_and_manifest() -> None:
    a = generate("--records", "120", "--seed", "11")
    b = generate("--records", "120", "--seed", "11")
    assert a[0] == b[0]
    assert a[1] == b[1]


def test_other_seed_other_stream() -> None:
    assert generate("--records", "60", "--seed", "11")[0] != generate("--records", "60", "--seed", "12")[0]


def test_committed_sample_is_what_seed_1_generates() -> None:
    opts = json.loads(SAMPLE_MANIFEST.read_text(encoding="utf-8"))["options"]
    argv = [f"--{k.replace('_', '-')}={val}" for k, val in opts.items() if not isinstance(val, bool)]
    argv += [f"--{k}" for k, val in opts.items() if val is True]
    text, manifest = generate(*argv)
    assert opts["seed"] == 1
    assert text == SAMPLE.read_text(encoding="utf-8")
    assert manifest == json.loads(SAMPLE_MANIFEST.read_text(encoding="utf-8"))


def test_sample_size_and_mix() -> None:
    data = SAMPLE.read_bytes()
    counts = json.loads(SAMPLE_MANIFEST.read_text(encoding="utf-8"))["counts"]
    assert len(data) < 2 * 1024 * 1024
    assert 300 <= counts["lines"] <= 600
    assert (
        counts["duplicates"] >= 4
        and counts["malformed"] >= 4
        and counts["truncated"] >= 5
        and counts["audit_events"] >= 15
    )


# --- the manifest agrees with the file --------------------------------------------------------
@pytest.mark.parametrize("which", ["replay", "fresh", "sample"])
def test_manifest_counts_match_file(which: str, request: pytest.FixtureRequest) -> None:
    if which == "sample":
        lines = SAMPLE.read_text(encoding="utf-8").split("\n")[:-1]
        manifest = json.loads(SAMPLE_MANIFEST.read_text(encoding="utf-8"))
    else:
        lines, manifest = request.getfixturevalue(which)
    kinds = [classify(ln) for ln in lines]
    keys = [key_of(ln) for ln, k in zip(lines, kinds, strict=True) if k != "malformed"]
    dup_lines = len(keys) - len(set(keys))
    truncated = sum(
        1 for ln, k in zip(lines, kinds, strict=True) if k == "usage" and json.loads(ln).get("truncated") is True
    )
    c = manifest["counts"]
    assert c["lines"] == len(lines) == len(manifest["lines"])
    assert c["malformed"] == kinds.count("malformed")
    assert c["valid_lines"] == kinds.count("usage") + kinds.count("audit")
    assert c["unique_keys"] == len(set(keys))
    assert c["duplicates"] == dup_lines
    assert c["usage_records"] + c["audit_events"] == len(set(keys))
    assert c["audit_events"] == len({key_of(ln) for ln, k in zip(lines, kinds, strict=True) if k == "audit"})
    assert c["truncated"] == truncated - sum(
        1 for m in manifest["lines"] if m.get("truncated") and m.get("duplicate_of")
    )
    for ln, k, meta in zip(lines, kinds, manifest["lines"], strict=True):
        assert meta["class"] == k, meta["line"]
        if k != "malformed":
            assert meta["key"] == key_of(ln)
        if "duplicate_of" in meta:
            assert lines[meta["duplicate_of"] - 1] == ln and meta["duplicate_of"] < meta["line"]


def test_malformed_kinds_in_sample() -> None:
    manifest = json.loads(SAMPLE_MANIFEST.read_text(encoding="utf-8"))
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    kinds = {m["malformed"]: lines[m["line"] - 1] for m in manifest["lines"] if m["class"] == "malformed"}
    assert set(kinds) >= {"broken_json", "json_array", "body_not_string", "empty_line"}
    assert kinds["empty_line"] == ""
    assert isinstance(json.loads(kinds["json_array"]), list)
    assert isinstance(json.loads(kinds["body_not_string"])["body"], int)
    with pytest.raises(ValueError):
        json.loads(kinds["broken_json"])


# --- records ----------------------------------------------------------------------------------
def test_truncated_bodies_are_cut_and_not_json(replay: tuple[list[str], dict[str, Any]]) -> None:
    lines, manifest = replay
    cut = [json.loads(lines[m["line"] - 1]) for m in manifest["lines"] if m.get("truncated")]
    assert cut
    for rec in cut:
        assert rec["truncated"] is True
        with pytest.raises(ValueError):
            json.loads(rec["body"])
    for m in manifest["lines"]:  # the fragment cut off at the end really ends the body
        if m.get("tail"):
            assert json.loads(lines[m["line"] - 1])["body"].endswith(m["tail"]["fragment"])


@pytest.mark.parametrize("which", ["replay", "fresh"])
def test_planted_values_appear_in_their_lines(which: str, request: pytest.FixtureRequest) -> None:
    lines, manifest = request.getfixturevalue(which)
    table = manifest["values"]
    checked = 0
    for meta in manifest["lines"]:
        hay = line_strings(lines[meta["line"] - 1])
        for idx in meta.get("values", []):
            assert table[idx]["value"] in hay, (meta["line"], table[idx]["kind"])
            checked += 1
    assert checked > 500
    kinds = Counter(x["kind"] for x in table)
    assert {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "ADDRESS", "USERNAME", "IP_ADDRESS", "SECRET"} <= set(kinds)


def test_secrets_of_many_providers_and_valid_github_checksums(replay: tuple[list[str], dict[str, Any]]) -> None:
    _, manifest = replay
    providers = {x["provider"] for x in manifest["values"] if x["kind"] == "SECRET"}
    assert len(providers) >= 12
    b62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    gh = [x["value"] for x in manifest["values"] if x["provider"] == "github_pat"]
    assert gh
    for tok in gh:
        assert re.fullmatch(r"ghp_[0-9A-Za-z]{36}", tok)
        n, digits = zlib.crc32(tok[4:34].encode()), ""
        while n:
            n, r = divmod(n, 62)
            digits = b62[r] + digits
        assert digits.rjust(6, "0") == tok[-6:]


def test_dialects_tool_calls_sse_and_home_paths(replay: tuple[list[str], dict[str, Any]]) -> None:
    lines, _ = replay
    recs = [json.loads(ln) for ln in lines if classify(ln) == "usage"]
    assert {r["endpoint"] for r in recs} == {"/chat/completions", "/responses", "/v1/messages"}
    sse = [r for r in recs if r["body"].startswith(("data: ", "event: "))]
    assert sse and all("\n\n" in r["body"] for r in sse)
    bodies = [json.loads(r["body"]) for r in recs if not r.get("truncated") and r["body"].startswith("{")]
    args = [
        tc["function"]["arguments"]
        for b in bodies
        for ch in b.get("choices", [])
        for tc in ch["message"].get("tool_calls", [])
    ]
    assert args and all(isinstance(json.loads(a), dict) for a in args)
    tool_results = [
        m["content"] for b in bodies for m in b.get("messages", []) if isinstance(m, dict) and m.get("role") == "tool"
    ]
    assert len(tool_results) > 20
    text = "\n".join(line_strings(ln) for ln in lines)
    for home in ("/Users/", "/home/", "C:\\Users\\"):
        assert home in text
    for marker in (
        "-----BEGIN ",
        "commit ",
        "Traceback (most recent call last)",
        "full_name,email,phone",
        "DATABASE_URL=",
    ):
        assert marker in text


def test_history_replay_versus_fresh(
    replay: tuple[list[str], dict[str, Any]], fresh: tuple[list[str], dict[str, Any]]
) -> None:
    def long_texts(lines: list[str]) -> Counter[str]:
        c: Counter[str] = Counter()
        seen: set[str] = set()
        for ln in lines:
            if classify(ln) != "usage" or key_of(ln) in seen:
                continue
            seen.add(key_of(ln))
            c.update(
                {
                    s
                    for s in strings(json.loads(ln))
                    if len(s) >= 80 and not s.lstrip().startswith(("{", "data:", "event:"))
                }
            )
        return c

    rep, fr = long_texts(replay[0]), long_texts(fresh[0])
    # with replay, most long texts are sent again and again; without it, (almost) none is
    assert sum(n - 1 for n in rep.values()) > sum(rep.values()) / 2
    assert sum(n - 1 for n in fr.values()) <= 0.01 * sum(fr.values())
    assert all(
        "tools" not in json.loads(json.loads(ln)["body"])
        for ln in fresh[0][:50]
        if classify(ln) == "usage" and json.loads(ln)["type"] == "request" and not json.loads(ln).get("truncated")
    )


def test_audit_events_carry_personal_fields(replay: tuple[list[str], dict[str, Any]]) -> None:
    lines, _ = replay
    events = [json.loads(ln) for ln in lines if classify(ln) == "audit"]
    assert events
    for e in events:
        assert re.fullmatch(r"[A-Za-z0-9_-]{22}", e["_document_id"])
        assert "@" in e["external_identity_nameid"] and e["user"] and "body" not in e
    assert any("actor_ip" in e for e in events)


def test_cli_writes_files_and_rejects_bad_options(tmp_path: Path) -> None:
    out, man = tmp_path / "s.jsonl", tmp_path / "m.json"
    ok = subprocess.run(
        [sys.executable, str(SCRIPT), "--records", "40", "--seed", "5", "--out", str(out), "--manifest", str(man)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    assert len(out.read_text(encoding="utf-8").split("\n")) == 41
    assert json.loads(ok.stderr)["lines"] == 40 == json.loads(man.read_text(encoding="utf-8"))["counts"]["lines"]
    bad = subprocess.run([sys.executable, str(SCRIPT), "--records", "0"], capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "--records" in bad.stderr


def test_bench_baseline_visits_every_string_of_every_decoded_level() -> None:
    """The bench's vanilla-Presidio path must scan the same texts a redactor must: message
    contents, decoded tool-call arguments, SSE payloads, truncated raw bodies."""
    spec = importlib.util.spec_from_file_location("bench", ROOT / "scripts" / "bench.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    args = json.dumps({"command": "export T=ghp_x && make", "cwd": "/home/ana"})
    body = {
        "messages": [{"role": "user", "content": "mail ana@example.com"}],
        "tool_calls": [{"function": {"arguments": args}}],
    }
    record = {"type": "request", "body": json.dumps(body), "event_id": "e1"}
    sse = {"type": "response", "body": 'event: x\ndata: {"delta": {"text": "hi Ana"}}\n\ndata: [DONE]\n\n'}
    cut = {"type": "request", "body": '{"messages":[{"content":"call +1 415 555 0100 or ana@exa', "truncated": True}
    seen: list[str] = []

    def redact(text: str) -> str:
        seen.append(text)
        return text.upper()

    stats = {"strings": 0, "chars": 0}
    out = bench._walk(record, redact, stats)
    assert {"mail ana@example.com", "export T=ghp_x && make", "/home/ana", "request", "e1"} <= set(seen)
    assert json.loads(json.loads(out["body"])["tool_calls"][0]["function"]["arguments"])["cwd"] == "/HOME/ANA"
    assert "data: [DONE]" in bench._walk(sse, redact, stats)["body"]
    assert "hi Ana" in seen
    assert bench._walk(cut, redact, stats)["truncated"] is True
    assert cut["body"] in seen
    assert stats["strings"] == len(seen)
