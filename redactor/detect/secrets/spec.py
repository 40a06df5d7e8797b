"""Declarative secret formats and the detector that runs one of them.

A `SecretFormat` is data: a regex (the value is group ``v`` when the pattern also matches
context such as a key name), prefilter keywords, a base score, an optional offline validator.
`FormatDetector` runs it on the JSON-unescaped view of a text and maps spans back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from redactor.detect.secrets.entropy import shannon
from redactor.detect.secrets.escapes import EscapeView, ViewCache
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.values import identifier_like
from redactor.detect.span import Span

ENTITY = "SECRET"

Validator = Callable[[str], bool]
"""Takes the matched value; True when its checksum or structure is right."""

# Boundaries used by catalogue patterns: a token does not start or end inside a larger word.
B = r"(?<![A-Za-z0-9_.])"
E = r"(?![A-Za-z0-9_])"
E_DASH = r"(?![A-Za-z0-9_\-])"

# What separates a key from its value in contextual patterns: ``KEY=v``, ``"key": "v"``,
# ``key := "v"``, ``key => 'v'``, ``--key v`` is not included (generic.py handles flags).
ASSIGN = r"""[\w.\-]{0,40}?["'\]]{0,3}[ \t]*(?:=>|:=|=|:)[ \t]*["'`]?"""


@dataclass(frozen=True)
class SecretFormat:
    """One provider format.

    Attributes:
        name: stable id without the ``secret.`` prefix, e.g. ``github.pat``.
        pattern: regex over the unescaped text; group ``v`` (if any) is the value to mask.
        keywords: lower-case literals, one of which must occur in the text (prefilter).
        score: confidence of an accepted match.
        validator: optional offline check of the value (checksum, structure).
        valid_score: score when the validator accepts.
        invalid_score: score when it rejects; None drops the match.
        min_entropy: lowest Shannon entropy accepted for the value.
        provider: provider family, for documentation and the catalogue count.
        reject_words: drop values that are identifiers made of words (``searchUsingCql``).
    """

    name: str
    pattern: str
    keywords: tuple[str, ...]
    score: float = 0.9
    validator: Validator | None = None
    valid_score: float | None = None
    invalid_score: float | None = None
    min_entropy: float = 0.0
    provider: str = ""
    reject_words: bool = False
    regex: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "regex", re.compile(self.pattern))
        if not self.provider:
            object.__setattr__(self, "provider", self.name.split(".", 1)[0])


def ctx(
    name: str,
    words: Sequence[str],
    value: str,
    *,
    score: float = 0.85,
    min_entropy: float = 2.5,
    provider: str = "",
) -> SecretFormat:
    """A format recognised by a provider word in the key name and the shape of the value.

    ``ALGOLIA_API_KEY=...``, ``"algolia_key": "..."``, ``algolia.api-key: ...``.
    """
    variants = {v for w in words for v in (w.lower(), w.capitalize(), w.upper())}
    alt = "|".join(re.escape(v) for v in sorted(variants, key=lambda v: (-len(v), v)))
    pattern = rf"(?:{alt}){ASSIGN}(?P<v>{value}){E_DASH}"
    return SecretFormat(
        name,
        pattern,
        tuple(w.lower() for w in words),
        score=score,
        min_entropy=min_entropy,
        provider=provider,
        reject_words=True,
    )


class FormatDetector:
    """Runs one `SecretFormat`; a `Detector` with a `prefilter`."""

    entities: tuple[str, ...] = (ENTITY,)

    def __init__(self, fmt: SecretFormat, views: ViewCache) -> None:
        self.fmt = fmt
        self.name = f"secret.{fmt.name}"
        self.prefilter: tuple[str, ...] = fmt.keywords
        self._views = views
        self._has_v = "v" in fmt.regex.groupindex

    def __repr__(self) -> str:
        return f"FormatDetector({self.name})"

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        if self.prefilter and not any(k in view.lower for k in self.prefilter):
            return []
        return self.scan(view)

    def scan(self, view: EscapeView) -> list[Span]:
        fmt = self.fmt
        out: list[Span] = []
        for m in fmt.regex.finditer(view.text):
            s, e = m.span("v") if self._has_v else m.span()
            if s < 0 or e <= s:
                continue
            value = view.text[s:e]
            if fmt.min_entropy and shannon(value) < fmt.min_entropy:
                continue
            if is_placeholder(value) or (fmt.reject_words and identifier_like(value)):
                continue
            score = fmt.score
            if fmt.validator is not None:
                if fmt.validator(value):
                    score = fmt.valid_score if fmt.valid_score is not None else score
                elif fmt.invalid_score is None:
                    continue
                else:
                    score = fmt.invalid_score
            rs, re_ = view.to_raw(s, e)
            out.append(Span(ENTITY, rs, re_, score, self.name))
        return out
