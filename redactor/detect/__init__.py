"""Detection: spans of secrets and personal data in text.

`Span` is the one finding type; detectors declare what they look for (`base.py`); the engine
(`engine.py`) runs a registry of detectors plus the Presidio/spaCy adapter over batches of texts
and resolves overlaps.
"""

from redactor.detect import re2_positions
from redactor.detect.span import Span

re2_positions.install()  # every detector's `re2` search converts positions in linear time

__all__ = ["Span"]
