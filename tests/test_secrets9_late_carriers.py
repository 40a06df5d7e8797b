"""Two carriers of secrets the detectors missed: transcript output headers and conversion calls.

1. ``secret.code.command_output`` reads the output of a secret-printing command also when a
   transcript puts something between the command and its output: GitHub Copilot CLI's
   ``↪ 1 lines...`` count, Claude Code's ``⎿`` mark, a code fence or an ``Output:`` label.
2. ``secret.generic.assignment`` reads a literal wrapped in a conversion call registered in
   `wrappers.WRAPPERS` (``[]byte("...")``, ``Buffer.from("...")``, ``Encoding.UTF8.GetBytes``).

Rows are generated (commands x carriers x values; key names x wrappers x languages x values);
near misses: no literal inside the call, a placeholder or word inside it, too many header lines,
a command that prints no secret.
"""

from __future__ import annotations

import itertools
import random
import string

import pytest

from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.generic import AssignmentDetector
from redactor.detect.secrets.readouts import CommandOutputDetector
from redactor.detect.secrets.wrappers import literal_start

_RNG = random.Random(9271)


def _token(n: int) -> str:
    return "".join(_RNG.choice(string.ascii_letters + string.digits) for _ in range(n))


def _hex(n: int) -> str:
    return "".join(_RNG.choice("0123456789abcdef") for _ in range(n))


_VALUES = [_token(48), _hex(32), _token(24) + "!#", _token(40)]
_COMMANDS = [
    "echo $CODESIGNAL_API_KEY | head -c 60",
    'echo "$GITLAB_TOKEN"',
    "printenv STRIPE_SECRET_KEY",
    "pass show prod/db",
    "az keyvault secret show --vault-name wtr-ops --name svc --query value -o tsv",
    "gcloud secrets versions access latest --secret=db-pass",
    "vault kv get -field=password secret/app",
    "op read op://Prod/DB/password",
    "heroku config:get DATABASE_PASSWORD -a shop",
    "security find-generic-password -s svc -w",
    "openssl rand -base64 32",
]
_CARRIERS = [
    "● Run shell command\n  $ {c}\n  ↪ 1 lines\n  {v}",
    "● Run shell command\n  $ {c}\n  ↪ 1 line...\n{v}\n",
    "● Bash({c})\n  ⎿  {v}\n",
    "```console\n$ {c}\n```\n```\n{v}\n```",
    "```bash\n$ {c}\n```\n```text\n{v}\n```\nThat is the value.",
    "I ran `{c}`:\nOutput:\n{v}\n",
    "$ {c}\nstdout:\n{v}\n",
]


def _found(detector: object, text: str, value: str) -> bool:
    spans = detector.detect(text)  # type: ignore[attr-defined]
    p = text.find(value)
    return any(s.start == p and s.end == p + len(value) for s in spans)


@pytest.mark.parametrize(
    ("command", "carrier", "value"),
    [(c, w, _VALUES[i % len(_VALUES)]) for i, (c, w) in enumerate(itertools.product(_COMMANDS, _CARRIERS))],
)
def test_command_output_after_transcript_header(command: str, carrier: str, value: str) -> None:
    text = carrier.format(c=command, v=value)
    assert _found(CommandOutputDetector(ViewCache()), text, value)


@pytest.mark.parametrize(
    "text",
    [
        # three header lines: the output is too far from the command to be its output
        "$ printenv STRIPE_SECRET_KEY\nOutput:\n```\n```\nXk3pQ9mW2zR7vLbN4tY8\n",
        # a command that prints no secret
        "● Run shell command\n  $ echo $HOME\n  ↪ 1 lines\n  Xk3pQ9mW2zR7vLbN4tY8",
        # the output is an error message, a path, a placeholder
        "● Run shell command\n  $ pass show prod/db\n  ↪ 1 lines\n  Error: prod/db is not in the password store.",
        "● Bash(printenv API_TOKEN)\n  ⎿  /usr/local/bin/token-helper\n",
        "● Run shell command\n  $ printenv API_TOKEN\n  ↪ 1 lines\n  <your-token-here>",
    ],
)
def test_command_output_near_misses(text: str) -> None:
    assert CommandOutputDetector(ViewCache()).detect(text) == []


_KEYS = ["signingKey", "apiSecret", "clientSecret", "WEBHOOK_SECRET", "hmac_key", "jwtSecret", "password"]
_WRAPPED = [
    'var {k} = []byte("{v}")',
    '{k} := []byte("{v}")',
    'const {k} = Buffer.from("{v}");',
    "const {k} = Buffer.from('{v}', 'utf8');",
    'const {k} = new TextEncoder().encode("{v}");',
    'var {k} = Encoding.UTF8.GetBytes("{v}");',
    'byte[] {k} = System.Text.Encoding.ASCII.GetBytes("{v}");',
    "final {k} = utf8.encode('{v}');",
    '{k} := string("{v}")',
    '{k} = SecretStr("{v}")',
    'let {k} = SecretString::new("{v}".into());',
    '{k} = bytes("{v}", "utf-8")',
]


@pytest.mark.parametrize(
    ("key", "template", "value"),
    [(k, w, _VALUES[i % 2]) for i, (k, w) in enumerate(itertools.product(_KEYS, _WRAPPED))],
)
def test_assignment_reads_the_literal_inside_a_conversion_call(key: str, template: str, value: str) -> None:
    text = "package webhook\n\n// verifies incoming requests\n" + template.format(k=key, v=value) + "\n"
    assert _found(AssignmentDetector(ViewCache()), text, value)


@pytest.mark.parametrize(
    "text",
    [
        'var signingKey = []byte(os.Getenv("SIGNING_KEY"))',
        "const apiSecret = Buffer.from(process.env.API_SECRET, 'utf8');",
        'var clientSecret = Encoding.UTF8.GetBytes("your-client-secret-here");',
        'signingKey := []byte("changeme")',
        "const hmacKey = new TextEncoder().encode('<HMAC_KEY>');",
        'var bufferSize = []byte("Xk3pQ9mW2zR7vLbN4tY8aB")',
    ],
)
def test_assignment_conversion_call_near_misses(text: str) -> None:
    assert AssignmentDetector(ViewCache()).detect(text) == []


def test_literal_start_moves_only_past_a_registered_call_before_a_quote() -> None:
    text = 'k = []byte("abc") ; j = []byte(x) ; m = foo("abc")'
    assert literal_start(text, 4) == text.index('"abc"')
    assert literal_start(text, text.index("[]byte(x)")) == text.index("[]byte(x)")
    assert literal_start(text, text.index('foo("')) == text.index('foo("')
