"""Transformation: what replaces a finding (placeholders, keyed pseudonyms, masks, redaction)."""

from redactor.transform.operators import Transformer, apply_replacements
from redactor.transform.placeholders import PlaceholderVault

__all__ = ["PlaceholderVault", "Transformer", "apply_replacements"]
