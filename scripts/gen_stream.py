#!/usr/bin/env python3
"""Generate a realistic stream of GitHub Copilot usage records (JSON lines), deterministic by seed.

Many users (name, e-mail, OS user name in home paths, git identity, EMU login) hold multi-turn
agent conversations with tool calls. Each request re-sends the whole history (history replay) in
one of three body dialects: OpenAI chat-completions (`/chat/completions`), OpenAI Responses
(`/responses`) and Anthropic Messages (`/v1/messages`). Tool results carry file contents, `.env`
files, terminal output, git logs, stack traces and customer fixtures; prompts and answers carry
names, e-mails, phones, addresses and fake secrets of many providers. Some response bodies are SSE
(`data: {...}` lines), some bodies are truncated (`truncated: true`, cut mid-string, not JSON),
some records are delivered twice, a few lines are malformed, and ordinary audit events are mixed in.

`--fresh` writes a variant without history replay: a request carries a unique system prompt and
only the user message or tool results that are new since the previous request (not the model's
own previous reply, which its response record already carried), and requests declare no `tools`
(their descriptions are the only fixed long texts), so long texts do not repeat.
`--manifest PATH` writes the ground truth: per line, the sensitive values planted in it, plus
counts. Standard library only; every value is invented (never real).

Usage: python scripts/gen_stream.py --records 400 --seed 1 --out s.jsonl --manifest s.manifest.json
"""

from __future__ import annotations

import argparse
import dataclasses
import heapq
import json
import random
import re
import sys
import uuid
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_stream_content as gc
import gen_stream_values as v
from gen_stream_dialects import Msg, request_body, response_body, system_prompt, tool_round
from gen_stream_values import Bag, Value, autoplant

DIALECTS = {  # dialect: (endpoint, request models, weight)
    "chat": ("/chat/completions", ["gpt-4.1", "gpt-4o", "gpt-5-mini", "claude-sonnet-4", "gemini-2.5-pro"], 6),
    "responses": ("/responses", ["gpt-5", "gpt-5-codex", "gpt-5-mini", "o4-mini"], 2),
    "anthropic": ("/v1/messages", ["claude-sonnet-4.5", "claude-opus-4.1", "claude-haiku-4.5"], 2),
}
MALFORMED_KINDS = ["broken_json", "json_array", "body_not_string", "empty_line", "unknown_shape", "not_an_object"]
AUDIT_ACTIONS = [
    "pull_request.create",
    "pull_request.merge",
    "git.push",
    "git.clone",
    "repo.access",
    "org.add_member",
    "copilot.agent_session.start",
    "protected_branch.policy_override",
    "workflows.prepared_workflow_job",
]


@dataclass
class Item:
    """One generated line before serialisation, with what was planted in it."""

    record: dict[str, Any]
    values: frozenset[Value]
    dialect: str = ""
    sse: bool = False


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


# --- sessions and the stream ------------------------------------------------------------------
@dataclass
class World:
    users: list[v.User]
    teams: dict[str, list[v.Person]]  # enterprise slug -> people who work there


def make_world(rng: random.Random, n_users: int) -> World:
    companies = rng.sample(v.COMPANIES, 2)
    ent_ids = {c[0]: rng.randint(1000, 99999) for c in companies}
    users = []
    for i in range(n_users):
        co = companies[0] if i % 3 else companies[1]
        u = v.make_user(rng, rng.randint(10**6, 2 * 10**8), co)
        users.append(dataclasses.replace(u, enterprise_id=ent_ids[co[0]]))
    teams = {
        co[0]: [u.person for u in users if u.enterprise == co[0]] + [v.make_person(rng, co[2]) for _ in range(4)]
        for co in companies
    }
    return World(users, teams)


def session(
    rng: random.Random, world: World, user: v.User, t0: int, opts: argparse.Namespace
) -> Iterator[tuple[int, Item]]:
    """All usage records of one agent conversation, in time order."""
    dialect = rng.choices(list(DIALECTS), weights=[d[2] for d in DIALECTS.values()])[0]
    endpoint, models, _ = DIALECTS[dialect]
    model = rng.choice(models)
    size = max(120, int(opts.payload_kb * 1024 * rng.uniform(0.3, 1.8)))
    c = gc.Ctx(rng, user, [p for p in world.teams[user.enterprise] if p != user.person], rng.choice(user.repos), size)
    parts, t = rng.random() < 0.5, t0
    sys_text, sys_vals = system_prompt(c, dialect, opts.fresh, t)
    history: list[Msg] = [Msg("system", sys_text, sys_vals)]
    sent = 1  # messages already sent (fresh mode sends only the new ones)
    asks = 1 + (rng.random() < 0.35)
    for ask in range(asks):
        bag = Bag()
        prompt = gc.user_prompt(c, bag)
        autoplant(prompt, bag, user)
        c.seen += sorted(bag.values)
        history.append(Msg("user", prompt, frozenset(bag.values)))
        rounds = rng.randint(1, opts.max_turns)
        for rnd in range(rounds):
            if opts.fresh:
                sys_text, sys_vals = system_prompt(c, dialect, True, t)
                msgs = [Msg("system", sys_text, sys_vals), *(m for m in history[sent:] if m.role != "assistant")]
                sent = len(history)
            else:
                msgs = history
            grid = f"{_hex(rng, 4)}:{_hex(rng, 5)}:{_hex(rng, 7)}:{_hex(rng, 7)}:{_hex(rng, 8)}"
            body = json.dumps(
                request_body(dialect, model, msgs, rng.random() < 0.8, parts, not opts.fresh),
                ensure_ascii=False,
                separators=(",", ":"),
            )
            env = {
                "type": "request",
                "user_id": user.user_id,
                "enterprise_id": user.enterprise_id,
                "github_request_id": grid,
                "endpoint": endpoint,
            }
            yield (
                t,
                Item(
                    {**env, "body": body, "@timestamp": t, "event_id": _uuid(rng)},
                    frozenset().union(*(m.values for m in msgs)),
                    dialect,
                ),
            )
            t += rng.randint(600, 9000)
            bag = Bag()
            if rnd < rounds - 1:
                calls = [tool_round(c, dialect) for _ in range(1 + (rng.random() < 0.3))]
                note = (
                    gc.assistant_note(
                        c, calls[0][0].args.get("filePath") or calls[0][0].args.get("path") or "the workspace"
                    )
                    if rng.random() < 0.7
                    else None
                )
                autoplant(note or "", bag, user)
                reply = Msg(
                    "assistant",
                    note,
                    frozenset(bag.values).union(*(k.values for k, _, _ in calls)),
                    [k for k, _, _ in calls],
                )
            else:
                calls, reply = [], Msg("assistant", gc.final_answer(c, bag), frozenset(bag.values))
            stream = rng.random() < opts.sse_rate
            rbody = response_body(rng, dialect, model + ("-2025-04-14" if model == "gpt-4.1" else ""), reply, t, stream)
            yield (
                t,
                Item(
                    {**env, "type": "response", "body": rbody, "@timestamp": t, "event_id": _uuid(rng)},
                    reply.values,
                    dialect,
                    stream,
                ),
            )
            history.append(reply)
            for k, result, vals in calls:
                c.seen += sorted(vals)
                history.append(Msg("tool", result, vals, call_id=k.id))
            t += rng.randint(300, 20000)
        t += rng.randint(20_000, 400_000) if ask + 1 < asks else 0


def usage_stream(rng: random.Random, world: World, opts: argparse.Namespace) -> Iterator[Item]:
    """Usage records of many overlapping sessions, merged by time."""
    heap: list[tuple[int, int, Iterator[tuple[int, Item]], Item]] = []
    seq = 0

    def start(at: int) -> None:
        nonlocal seq
        it = session(rng, world, rng.choice(world.users), at, opts)
        ts, item = next(it)
        heapq.heappush(heap, (ts, seq, it, item))
        seq += 1

    for _ in range(min(12, max(2, len(world.users) // 2))):
        start(opts.start_ms + rng.randint(0, 300_000))
    while True:
        ts, _, it, item = heapq.heappop(heap)
        yield item
        nxt = next(it, None)
        if nxt is None:
            start(ts + rng.randint(1_000, 600_000))
        else:
            heapq.heappush(heap, (nxt[0], seq, it, nxt[1]))
            seq += 1


def audit_event(rng: random.Random, world: World, ts: int) -> Item:
    u = rng.choice(world.users)
    bag = Bag()
    agent = rng.random() < 0.5
    action = rng.choice([*AUDIT_ACTIONS[:3], "copilot.agent_session.start"]) if agent else rng.choice(AUDIT_ACTIONS)
    rec: dict[str, Any] = {
        "@timestamp": ts,
        "_document_id": "".join(rng.choice(v.B64URL) for _ in range(22)),
        "action": action,
        "actor": "Copilot" if agent else bag.add(v.USERNAME, u.login),
        "actor_id": 198982749 if agent else u.user_id,
    }
    if agent:
        rec |= {"actor_is_agent": True, "agent_session_id": _uuid(rng)}
    else:
        rec |= {
            "actor_ip": bag.add(v.IP, v.public_ip(rng)),
            "actor_location": {"country_code": u.person.country},
            "user_agent": rng.choice(
                [
                    "git/2.45.2",
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36",
                    "GitHub-Copilot-CLI/1.0.3",
                ]
            ),
        }
    rec |= {
        "user": bag.add(v.USERNAME, u.login),
        "user_id": u.user_id,
        "business": u.enterprise,
        "business_id": u.enterprise_id,
        "org": u.org,
        "org_id": rng.randint(10**6, 10**7),
        "repo": f"{u.org}/{rng.choice(u.repos)}",
        "repo_id": rng.randint(10**8, 10**9),
        "created_at": ts,
        "operation_type": rng.choice(["create", "access", "modify"]),
        "external_identity_nameid": bag.add(v.EMAIL, u.person.email),
    }
    return Item(rec, frozenset(bag.values))


# --- malformed lines, truncation, decoding for the manifest ----------------------------------
def dump_line(rec: object) -> str:
    return json.dumps(rec, ensure_ascii=False)


def malformed_line(kind: str, rng: random.Random, item: Item) -> str:
    rec = item.record
    if kind == "broken_json":
        line = dump_line(rec)
        return line[: rng.randint(len(line) // 3, len(line) - 2)]  # a partial write: never valid JSON
    if kind == "json_array":
        return dump_line([rec])  # a REST page pasted as one line
    if kind == "body_not_string":
        return dump_line({**rec, "body": rng.randint(1, 10**6)})
    if kind == "unknown_shape":
        return dump_line({k: x for k, x in rec.items() if k != "endpoint"} | {"kind": "heartbeat"})
    if kind == "not_an_object":
        return dump_line(f"usage record {rec.get('event_id', '')} unavailable")
    return ""


_ESC = re.compile(r'\\(u[0-9a-fA-F]{4}|["\\/bfnrt])')


def _unescape_levels(s: str) -> list[str]:
    out = [s]
    for _ in range(3):
        nxt = _ESC.sub(lambda m: json.loads(f'"\\{m.group(1)}"'), out[-1])
        if nxt == out[-1]:
            break
        out.append(nxt)
    return out


def line_texts(line: str) -> list[str]:
    """Every text a line carries: decoded strings at every level, SSE payloads, and for text that
    is not JSON (truncated bodies, broken lines) the raw text unescaped once, twice and thrice."""
    try:
        obj = json.loads(line)
    except ValueError:
        return _unescape_levels(line)
    out: list[str] = []
    stack: list[Any] = [obj]
    while stack:
        x = stack.pop()
        if isinstance(x, dict):
            stack.extend(x.values())
        elif isinstance(x, list):
            stack.extend(x)
        elif isinstance(x, str):
            out.append(x)
            s = x.lstrip()
            if s[:1] in "{[" and s:
                try:
                    stack.append(json.loads(x))
                except ValueError:
                    out.extend(_unescape_levels(x)[1:])
            elif s.startswith(("data:", "event:")):
                for ln in x.splitlines():
                    if ln.startswith("data:"):
                        try:
                            stack.append(json.loads(ln[5:]))
                        except ValueError:
                            out.extend(_unescape_levels(ln)[1:])
    return out


def truncate(rng: random.Random, item: Item) -> dict[str, Any] | None:
    """Cut the body mid-string (often inside a planted value); returns the cut fragment, if any."""
    body: str = item.record["body"]
    tail = None
    hits = []
    for x in item.values:
        for form in {
            x.value,
            json.dumps(x.value, ensure_ascii=False)[1:-1],
            json.dumps(json.dumps(x.value, ensure_ascii=False)[1:-1], ensure_ascii=False)[1:-1],
        }:
            pos = body.find(form, len(body) // 3)
            if pos > 0 and len(form) > 3:
                hits.append((pos, form, x))
    if hits and rng.random() < 0.7:
        pos, form, x = rng.choice(sorted(hits))
        cut = pos + rng.randint(2, len(form) - 1)
        tail = {"kind": x.kind, "provider": x.provider, "fragment": body[pos:cut]}
    else:
        cut = rng.randint(int(len(body) * 0.4), int(len(body) * 0.95))
    rec = item.record
    item.record = {
        **{k: x for k, x in rec.items() if k != "event_id"},
        "body": body[:cut],
        "truncated": True,
        "event_id": rec["event_id"],
    }
    return tail


def _positions(rng: random.Random, n: int, opts: argparse.Namespace) -> dict[int, str]:
    counts = {
        "malformed": round(n * opts.malformed_rate),
        "duplicate": round(n * opts.duplicate_rate),
        "audit": round(n * opts.audit_rate),
    }
    picks = rng.sample(range(min(6, n // 2), n), min(sum(counts.values()), max(0, n - 6)))
    out: dict[int, str] = {}
    for kind, k in counts.items():
        for p in picks[:k]:
            out[p] = kind
        picks = picks[k:]
    rest = [i for i in range(n) if i not in out]
    for p in rng.sample(rest, min(len(rest), round(n * opts.truncated_rate))):
        out[p] = "truncate"
    return out


def generate(opts: argparse.Namespace, out) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Write `opts.records` lines to `out`; return the manifest (ground truth)."""
    rng = random.Random(opts.seed)
    world = make_world(rng, opts.users)
    plan = _positions(rng, opts.records, opts)
    stream = usage_stream(rng, world, opts)
    recent: deque[tuple[int, str, dict[str, Any]]] = deque(maxlen=40)
    table: dict[Value, int] = {}
    lines: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    keys: set[str] = set()
    n_malformed = pending_cuts = 0
    last_ts = opts.start_ms
    for i in range(opts.records):
        what = plan.get(i, "usage")
        meta: dict[str, Any] = {"line": i + 1}
        if what == "duplicate" and recent:
            src_no, line, src_meta = rng.choice(recent)
            meta |= {k: x for k, x in src_meta.items() if k != "line"} | {"duplicate_of": src_no}
            counts["duplicates"] += 1
        elif what == "malformed":
            kind = MALFORMED_KINDS[n_malformed % len(MALFORMED_KINDS)]
            n_malformed += 1
            item = next(stream)
            line = malformed_line(kind, rng, item)
            meta |= {"class": "malformed", "malformed": kind, "values": _present(line, item.values, table)}
            counts["malformed"] += 1
        else:
            if what == "audit":
                item = audit_event(rng, world, last_ts + rng.randint(0, 5000))
                meta |= {"class": "audit", "key": item.record["_document_id"]}
            else:
                item = next(stream)
                last_ts = item.record["@timestamp"]
                meta |= {
                    "class": "usage",
                    "key": item.record["event_id"],
                    "type": item.record["type"],
                    "dialect": item.dialect,
                    "sse": item.sse,
                }
                pending_cuts += what == "truncate"
                if pending_cuts and item.record["type"] == "request":  # big bodies (requests) get cut
                    pending_cuts -= 1
                    meta |= {"truncated": True, "tail": truncate(rng, item)}
            line = dump_line(item.record)
            exact = not meta.get("truncated")
            meta["values"] = _present(line, item.values, table, must=exact)
            recent.append((i + 1, line, meta))
            keys.add(meta["key"])
            counts[meta["class"]] += 1
            counts["truncated"] += bool(meta.get("truncated"))
            counts["sse"] += bool(meta.get("sse"))
            counts[f"dialect:{meta.get('dialect', 'audit')}"] += 1
        out.write(line + "\n")
        lines.append(meta)
    values = [{"kind": x.kind, "value": x.value, "provider": x.provider} for x in table]
    return {
        "generator": "scripts/gen_stream.py",
        "format": 1,
        "options": {k: x for k, x in vars(opts).items() if k not in ("out", "manifest")},
        "counts": {
            "lines": opts.records,
            "valid_lines": counts["usage"] + counts["audit"] + counts["duplicates"],
            "usage_records": counts["usage"],
            "audit_events": counts["audit"],
            "unique_keys": len(keys),
            "duplicates": counts["duplicates"],
            "malformed": counts["malformed"],
            "truncated": counts["truncated"],
            "sse": counts["sse"],
            "by_dialect": {k.split(":", 1)[1]: n for k, n in sorted(counts.items()) if k.startswith("dialect:")},
        },
        "users": [
            {
                "user_id": u.user_id,
                "login": u.login,
                "name": u.person.name,
                "email": u.person.email,
                "os_user": u.os_user,
                "os": u.os,
            }
            for u in world.users
        ],
        "values": values,
        "lines": lines,
    }


def _present(line: str, planted: frozenset[Value], table: dict[Value, int], must: bool = False) -> list[int]:
    """Indexes (into the manifest's value table) of the planted values the line really carries."""
    hay = "\x00".join(line_texts(line))
    ids = []
    for x in sorted(planted):
        if x.value in hay:
            ids.append(table.setdefault(x, len(table)))
        elif must:
            raise RuntimeError(f"generator bug: a planted {x.kind} value is missing from its line: {x!r}")
    return ids


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--records", type=int, default=400, help="number of lines to write (default 400)")
    ap.add_argument("--users", type=int, default=12, help="number of distinct Copilot users (default 12)")
    ap.add_argument("--seed", type=int, default=1, help="random seed; the output is a pure function of the options")
    ap.add_argument("--fresh", action="store_true", help="no history replay: every request carries only new text")
    ap.add_argument("--out", default="-", help="output path (default: stdout)")
    ap.add_argument("--manifest", help="write the ground-truth JSON sidecar here")
    ap.add_argument("--max-turns", type=int, default=4, help="most model calls per user message (default 4)")
    ap.add_argument(
        "--payload-kb", type=float, default=1.0, help="typical size of one tool result in KiB (default 1.0)"
    )
    ap.add_argument("--start-ms", type=int, default=1783494912345, help="epoch ms of the first record")
    ap.add_argument("--duplicate-rate", type=float, default=0.0125)
    ap.add_argument("--malformed-rate", type=float, default=0.01)
    ap.add_argument("--truncated-rate", type=float, default=0.015)
    ap.add_argument("--audit-rate", type=float, default=0.05)
    ap.add_argument("--sse-rate", type=float, default=0.2, help="share of response bodies sent as SSE")
    opts = ap.parse_args(argv)
    if opts.records < 1 or opts.users < 1 or opts.max_turns < 1:
        ap.error("--records, --users and --max-turns must be at least 1")
    return opts


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    out = sys.stdout if opts.out == "-" else open(opts.out, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
    try:
        manifest = generate(opts, out)
    finally:
        if out is not sys.stdout:
            out.close()
    if opts.manifest:
        Path(opts.manifest).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(manifest["counts"]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
