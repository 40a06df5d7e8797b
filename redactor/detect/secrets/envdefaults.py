"""Hard-coded fallbacks of credential environment variables.

Code and configuration read a credential from the environment and fall back to a literal when
it is unset; the literal is then the credential, named only by the variable it stands in for:

- parameter expansion with a default, in shell scripts, Docker Compose files, Spring and
  Quarkus properties, Helm values: ``${DB_PASSWORD:-X}``, ``${DB_PASSWORD-X}``, ``${TOKEN:=X}``,
  ``${DB_PASSWORD:X}``;
- an environment lookup followed by a fallback operator or method: ``process.env.API_KEY ?? 'X'``
  / ``|| 'X'`` (JS), ``os.environ.get("K") or "X"`` (Python), ``getenv('K') ?: 'X'`` and
  ``$_ENV['K'] ?? 'X'`` (PHP), ``Environment.GetEnvironmentVariable("K") ?? "X"`` (C#),
  ``Optional.ofNullable(System.getenv("K")).orElse("X")`` (Java), ``env::var("K").unwrap_or("X"...)``
  (Rust).

The variable's name must name a credential (`keys.classify`) and the literal must be a plausible
password (`credargs.plausible_password`: no placeholder, no single lower-case word such as
``postgres``, no ``changeme``-like test value).
"""

from __future__ import annotations

import re

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.secrets.credargs import plausible_password
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import classify
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_EXPANSION = re.compile(r"""\$\{(?P<var>[A-Za-z_][A-Za-z0-9_.\-]{0,80})(?::-|:=|-|=|:)(?P<v>[^}\s"'`$]{4,200})\}""")
"""``${VAR:-default}`` and its variants; the default may not itself expand anything."""
_LOOKUP = re2.compile(
    r"""(?i)(?:getenvironmentvariable|getenv|environ\.get|environ|process\.env|\$_env|\$_server|env\.fetch"""
    r"""|env::var|import\.meta\.env|deno\.env\.get|\benv)[ \t]*(?:\(|\[|\.)[ \t]*\\?["']?"""
    r"""(?P<var>[A-Za-z_][A-Za-z0-9_.]{1,80})\\?["']?[ \t]*(?:[\])][ \t]*){0,2}"""
    r"""(?:\?\?|\|\||\?:|\bor\b|\.unwrap_or\(|\.unwrap_or_else\([ \t]*\|\|[ \t]*|\.orElse\(|\.or\()[ \t]*"""
    r"""(?:Some\()?(?:"(?P<dq>[^"\n\\]{4,200})"|'(?P<sq>[^'\n\\]{4,200})')"""
)
"""An environment lookup, its closing brackets and a fallback operator or method before a literal
(RE2: the lookups are tried in one linear pass)."""


def scan(text: str) -> list[tuple[int, int]]:
    """(start, end) of each literal fallback of a credential environment variable in `text`."""
    out: list[tuple[int, int]] = []
    if "${" in text:
        for m in _EXPANSION.finditer(text):
            if classify(m.group("var").rsplit(".", 1)[-1]) is not None and plausible_password(m.group("v")):
                out.append(m.span("v"))
    for m in _LOOKUP.finditer(text):
        group = _LOOKUP.groupindex["dq" if m.group("dq") is not None else "sq"]  # RE2 spans take numbers
        if classify(m.group("var").rsplit(".", 1)[-1]) is not None and plausible_password(m.group(group)):
            out.append(m.span(group))
    return sorted(set(out))


class EnvFallbackDetector(ViewScanDetector):
    """The literal fallback of a credential environment variable (``secret.code.env_fallback``)."""

    name = "secret.code.env_fallback"
    prefilter: tuple[str, ...] = ("${", "env", "_server")
    """``${`` for expansions; every lookup of `_LOOKUP` holds ``env`` (``getenv``, ``environ``,
    ``GetEnvironmentVariable``...) but ``$_SERVER``."""

    def find(self, view: EscapeView) -> list[Hit]:
        return [(s, e, 0.8) for s, e in scan(view.text)]
