"""The explicit registry of detectors: every detector redactor runs is listed from here."""

from __future__ import annotations

from functools import lru_cache

from redactor.detect.base import Detector


@lru_cache(maxsize=1)
def all_detectors() -> tuple[Detector, ...]:
    """Secret catalogue + generic secret detectors + PII pattern detectors, in that order."""
    from redactor.detect.pii import pii_detectors
    from redactor.detect.secrets import secret_detectors

    return (*secret_detectors(), *pii_detectors())


def detector_ids() -> list[str]:
    return sorted({d.name for d in all_detectors()})
