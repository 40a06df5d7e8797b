"""Hard-coded fallbacks of credential environment variables (secret.code.env_fallback).

Generated rows cross credential variable names with the expansion forms of shells, Compose and
Spring, and with the lookup-plus-fallback idioms of eight languages; near misses keep the forms
with non-credential variables, words, placeholders, URLs and nested expansions.
"""

from __future__ import annotations

import itertools
import random
import string

import pytest

from redactor.detect.secrets.envdefaults import EnvFallbackDetector
from redactor.detect.secrets.escapes import ViewCache

_RNG = random.Random(2026)

_VARS = ["DB_PASSWORD", "STRIPE_SECRET_KEY", "API_TOKEN", "SMTP_PASS", "app.jwt.secret", "REDIS_PASSWORD"]
_FORMS = [
    'export {n}="${{{n}:-{v}}}"',  # shell default
    "PASS=${{{n}-{v}}}",  # shell default when unset
    ": ${{{n}:={v}}}",  # shell assign default
    "      {n}: ${{{n}:-{v}}}",  # Docker Compose
    "spring.datasource.password=${{{n}:{v}}}",  # Spring property placeholder
    "$pw = getenv('{n}') ?: '{v}';",  # PHP
    "$pw = $_ENV['{n}'] ?? '{v}';",  # PHP superglobal
    "const pw = process.env.{n} ?? '{v}';",  # JS nullish
    'const pw = process.env["{n}"] || "{v}";',  # JS or
    'pw = os.environ.get("{n}") or "{v}"',  # Python
    'var pw = Environment.GetEnvironmentVariable("{n}") ?? "{v}";',  # C#
    'String pw = Optional.ofNullable(System.getenv("{n}")).orElse("{v}");',  # Java
    'let pw = env::var("{n}").unwrap_or("{v}".to_string());',  # Rust
    'let pw = std::env::var("{n}").unwrap_or_else(|| "{v}".into());',  # Rust closure
]


def _value() -> str:
    if _RNG.random() < 0.5:
        return f"{_RNG.choice(['Otter', 'kestrel', 'Velvet'])}{_RNG.choice('!@#*+')}{_RNG.randint(1000, 9999)}"
    alphabet = string.ascii_letters + string.digits
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(32))
        if sum(c.isdigit() for c in v) >= 4 and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in EnvFallbackDetector(ViewCache()).detect(text)]


@pytest.mark.parametrize(("form", "name"), list(itertools.product(_FORMS, _VARS)))
def test_fallback_of_a_credential_variable(form: str, name: str) -> None:
    if "." in name and not form.lstrip().startswith(("spring", "export", "PASS", ":")):
        name = name.replace(".", "_").upper()  # dotted names are property placeholders only
    value = _value()
    text = form.format(n=name, v=value)
    assert _found(text) == [value], text


@pytest.mark.parametrize(
    ("form", "name", "value"),
    [
        (_FORMS[3], "POSTGRES_PASSWORD", "postgres"),  # a lower-case word
        (_FORMS[0], "DB_HOST", "db.internal.example.com"),  # not a credential variable
        (_FORMS[7], "PORT", "8080"),  # not a credential variable
        (_FORMS[7], "DATABASE_URL", "postgres://localhost/x"),  # not a credential variable, a URL
        (_FORMS[9], "API_TOKEN", "<your-token>"),  # a placeholder
        (_FORMS[4], "DB_PASSWORD", "changeme"),  # a placeholder word
        (_FORMS[0], "DB_PASSWORD", "$DEFAULT_PW"),  # another expansion
        (_FORMS[8], "API_TOKEN", "password123"),  # a test password
    ],
)
def test_fallback_near_misses(form: str, name: str, value: str) -> None:
    assert _found(form.format(n=name, v=value)) == []
