"""Operators turn one finding into its replacement text, under the policy's rules."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass

from redactor.policy.model import Action, IdentityAction, Policy, Rule
from redactor.records import FieldKind, PathPattern
from redactor.secret import SecretBytes
from redactor.transform.placeholders import PlaceholderVault


@dataclass(frozen=True, slots=True)
class Replacement:
    """A resolved edit: replace ``text[start:end]`` with `new`. Carries no original value."""

    start: int
    end: int
    new: str
    entity: str
    action: str
    rule: str
    detector: str
    score: float


def apply_replacements(text: str, reps: Sequence[Replacement]) -> str:
    """Apply non-overlapping replacements (sorted or not)."""
    out: list[str] = []
    pos = 0
    for r in sorted(reps, key=lambda r: r.start):
        if r.start < pos:
            raise ValueError("overlapping replacements")
        out.append(text[pos : r.start])
        out.append(r.new)
        pos = r.end
    out.append(text[pos:])
    return "".join(out)


def keyed_digest(key: SecretBytes, label: str, value: str, nbytes: int = 8) -> bytes:
    return hmac.new(key.reveal(), f"{label}\x00{value}".encode(), hashlib.sha256).digest()[:nbytes]


def pseudonym_text(key: SecretBytes, entity: str, value: str) -> str:
    d = base64.b32encode(keyed_digest(key, entity, value, 10)).decode().lower().rstrip("=")
    return f"<{entity}:{d[:12]}>"


def pseudonym_identity(key: SecretBytes, field: str, value: object) -> object:
    """Keyed pseudonym that keeps the JSON type: ints stay ints (48-bit), strings stay strings."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int.from_bytes(keyed_digest(key, "id", str(value), 6), "big")
    if isinstance(value, float):
        return float(int.from_bytes(keyed_digest(key, "id", repr(value), 6), "big"))
    d = base64.b32encode(keyed_digest(key, "id", str(value), 10)).decode().lower().rstrip("=")
    return f"pseudo_{d[:16]}"


class Transformer:
    """Chooses the rule for a finding and renders its replacement.

    Args:
        policy: the validated policy.
        key: HMAC key for pseudonyms and placeholder digests.
        vault: placeholder numbering, shared across records for consistency.
    """

    def __init__(self, policy: Policy, key: SecretBytes, vault: PlaceholderVault) -> None:
        self.policy = policy
        self._key = key
        self._vault = vault
        self._rules: list[tuple[Rule, frozenset[str] | None, list[PathPattern]]] = [
            (
                r,
                None if "*" in r.entities else frozenset(r.entities),
                [PathPattern.parse(p) for p in r.fields],
            )
            for r in policy.rules
        ]

    def rule_for(self, entity: str, path: str) -> tuple[Action, Rule | None]:
        for rule, ents, pats in self._rules:
            if (ents is None or entity in ents) and any(p.matches(path) for p in pats):
                return rule.action, rule
        return self.policy.default_action, None

    def render(self, entity: str, value: str, path: str, scope: str) -> tuple[str, str, str]:
        """Returns (replacement, action, rule name) for one finding."""
        action, rule = self.rule_for(entity, path)
        name = (rule.name or f"rules[{self.policy.rules.index(rule)}]") if rule else "default_action"
        if action is Action.KEEP:
            return value, action.value, name
        if action is Action.PLACEHOLDER:
            return f"<{entity}_{self._vault.number(scope, entity, value)}>", action.value, name
        if action is Action.PSEUDONYM:
            return pseudonym_text(self._key, entity, value), action.value, name
        if action is Action.MASK:
            opts = rule.mask if rule and rule.mask else None
            char, keep = (opts.char, opts.keep_last) if opts else ("*", 0)
            keep = min(keep, len(value) // 4)  # never reveal more than a quarter of a value
            return char * (len(value) - keep) + (value[-keep:] if keep else ""), action.value, name
        repl = rule.redact.replacement if rule and rule.redact else "[REDACTED]"
        return repl, action.value, name

    def identity(self, field: str, action: IdentityAction, value: object) -> object:
        if action is IdentityAction.KEEP:
            return value
        if action is IdentityAction.PSEUDONYM:
            return pseudonym_identity(self._key, field, value)
        if isinstance(value, str):
            return "[REDACTED]"
        if isinstance(value, int) and not isinstance(value, bool):
            return 0
        return value


__all__ = ["FieldKind", "Replacement", "Transformer", "apply_replacements"]
