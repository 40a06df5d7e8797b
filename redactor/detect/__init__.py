"""Detection: spans of secrets and personal data in text.

`Span` is the one finding type; detectors declare what they look for (`base.py`); the engine
(`engine.py`) runs a registry of detectors plus the Presidio/spaCy adapter over batches of texts
and resolves overlaps.
"""

from redactor.detect.span import Span

__all__ = ["Span"]
