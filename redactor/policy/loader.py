"""Load a policy file with errors that point (file, YAML path, line) and teach (what to do)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from redactor.errors import PolicyError
from redactor.policy.model import Policy

_HINTS = {
    "extra_forbidden": "unknown key; check the spelling against `redactor policy schema`",
    "missing": "required; add it",
    "literal_error": "",
    "enum": "",
}


def format_loc(loc: tuple[int | str, ...]) -> str:
    """``("rules", 2, "mask", "char")`` -> ``rules[2].mask.char``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out or "(top level)"


def _line_map(text: str) -> dict[tuple[int | str, ...], int]:
    """YAML path -> 1-based line, from the composed node tree (best effort)."""
    lines: dict[tuple[int | str, ...], int] = {}
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return lines

    def walk(node: yaml.Node | None, path: tuple[int | str, ...]) -> None:
        if node is None:
            return
        lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                key = k.value
                lines[(*path, key)] = k.start_mark.line + 1
                walk(v, (*path, key))
                lines[(*path, key)] = k.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):
            for i, v in enumerate(node.value):
                walk(v, (*path, i))

    walk(root, ())
    return lines


def _problems(err: ValidationError, lines: dict[tuple[int | str, ...], int]) -> list[str]:
    out = []
    for e in err.errors(include_url=False, include_input=False):
        loc = tuple(p for p in e["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        msg = str(e["msg"]).removeprefix("Value error, ")
        hint = _HINTS.get(str(e["type"]), "")
        line = None
        probe = loc
        while probe and line is None:
            line = lines.get(probe)
            probe = probe[:-1]
        where = format_loc(loc) + (f" (line {line})" if line else "")
        out.append(f"{where}: {msg}" + (f" ({hint})" if hint and hint not in msg else ""))
    return out


def parse_policy(text: str, source: str = "<policy>") -> Policy:
    """Parse and validate policy YAML text. Raises PolicyError listing every problem."""
    try:
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(e, "problem", None) or "not valid YAML"
        raise PolicyError(source, [f"{where}{problem} (fix the YAML syntax)"]) from None
    if data is None:
        raise PolicyError(source, ["the file is empty; start from policies/default.yaml"])
    if not isinstance(data, dict):
        raise PolicyError(source, [f"the top level must be a mapping of keys, got a {type(data).__name__}"])
    if "version" not in data:
        raise PolicyError(source, ["version: missing; add `version: 1` at the top"])
    try:
        return Policy.model_validate(data)
    except ValidationError as e:
        raise PolicyError(source, _problems(e, _line_map(text))) from None


def load_policy(path: str | Path) -> Policy:
    """Read and validate a policy file."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PolicyError(str(p), ["file not found; shipped policies are in policies/"]) from None
    except (OSError, UnicodeDecodeError) as e:
        raise PolicyError(str(p), [f"cannot read: {type(e).__name__}"]) from None
    return parse_policy(text, str(p))


def policy_version(policy: Policy) -> str:
    """``name@digest``: a short content fingerprint recorded with every stored record and ledger entry.

    ``limits.detect_budget_s`` is left out: it decides how long detection may run, not what a
    redacted record looks like (and fingerprints stay those of the policies written before it).
    """
    dumped = policy.model_dump(mode="json", exclude={"limits": {"detect_budget_s"}})
    canon = json.dumps(dumped, sort_keys=True, separators=(",", ":"))
    return f"{policy.name}@{hashlib.sha256(canon.encode()).hexdigest()[:12]}"


def policy_schema() -> dict[str, Any]:
    """JSON Schema of the policy format, for editors."""
    return Policy.model_json_schema()
