"""The one error hierarchy. The CLI maps each class to an exit code (redactor/cli/__init__.py).

Messages never carry sensitive values: they name files, line numbers, field paths, entity types
and what to do, never the text that was being processed.
"""

from __future__ import annotations


class RedactorError(Exception):
    """Base of every error redactor raises on purpose."""

    exit_code = 1


class PolicyError(RedactorError):
    """A policy file is missing, unreadable or invalid. Carries every problem found."""

    exit_code = 2

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{source}: invalid policy ({len(problems)} problem(s)):\n{lines}")


class RecordError(RedactorError):
    """A record cannot be processed. `reason` is a stable short code used in quarantine and metrics."""

    exit_code = 3

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message)


class ConfigError(RedactorError):
    """Bad command-line arguments, URIs or environment."""

    exit_code = 2


class KeyError_(RedactorError):
    """Key material is missing, unreadable or unsafe (e.g. a world-readable keyring)."""

    exit_code = 4


class DecryptionError(KeyError_):
    """Any decryption failure: tampered, wrong record/field, unknown or destroyed key. Opaque on
    purpose (one message for every cause, like cryptography's InvalidToken)."""

    def __init__(self) -> None:
        super().__init__("cannot decrypt: wrong key, destroyed key, wrong record or field, or tampered data")


class ModelError(RedactorError):
    """The NLP model is missing or does not match its manifest in models/."""

    exit_code = 5


class WorkerError(RedactorError):
    """A detection worker process died or did not answer in time (the batch is quarantined)."""


class DropRecord(Exception):  # a signal, not an error (like structlog's DropEvent)
    """Raised by a stage to drop a record on purpose (e.g. fully expired under retention)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)
