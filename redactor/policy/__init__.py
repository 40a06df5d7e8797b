"""Policies: pydantic models (`model.py`) and loading with precise errors (`loader.py`)."""

from redactor.policy.loader import load_policy, parse_policy, policy_schema, policy_version
from redactor.policy.model import Action, IdentityAction, Policy, Rule, Scope

__all__ = [
    "Action",
    "IdentityAction",
    "Policy",
    "Rule",
    "Scope",
    "load_policy",
    "parse_policy",
    "policy_schema",
    "policy_version",
]
