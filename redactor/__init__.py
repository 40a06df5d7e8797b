"""redactor: detect and mask PII and secrets in GitHub Copilot usage records.

Library first: `Pipeline(policy, key=...).process(lines)` yields one `Redacted`, `Quarantined`
or `Dropped` (past its retention, under the policy) per input line. The CLI (`redactor ...`) is a thin layer over this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["InputLine", "Pipeline", "Quarantined", "Redacted", "load_policy"]

if TYPE_CHECKING:
    from redactor.io.base import InputLine, Quarantined, Redacted
    from redactor.pipeline import Pipeline
    from redactor.policy import load_policy


def __getattr__(name: str) -> Any:  # lazy: `import redactor` stays cheap for the CLI's --help
    if name == "Pipeline":
        from redactor.pipeline import Pipeline

        return Pipeline
    if name == "load_policy":
        from redactor.policy import load_policy

        return load_policy
    if name in ("InputLine", "Quarantined", "Redacted"):
        from redactor.io import base

        return getattr(base, name)
    raise AttributeError(name)
