"""Secrets printed by a command that reads or generates one: the command is the evidence.

An agent that runs ``kubectl get secret db -o jsonpath='{.data.password}' | base64 -d`` or
``pass show prod/db`` gets the bare secret back as the tool output, with no key name next to it.
`COMMANDS` is the registry of commands whose whole output is a secret, taken from the tools'
documentation: Kubernetes secrets decoded, ``pass``/``gopass show``, 1Password ``op read`` and
``op item get --fields``, HashiCorp ``vault kv get -field``/``vault read -field``, AWS Secrets
Manager and SSM ``--with-decryption`` in text output, ``gcloud secrets versions access``, Azure
``az keyvault secret show --query value``, macOS ``security find-*-password -w``, Doppler
``secrets get --plain``, ``heroku config:get``, ``gh auth token``, Bitwarden ``bw get password``,
LastPass ``lpass show --password``, ``keepassxc-cli show -a Password``, ``secret-tool lookup``,
``terraform output -raw``, ``sops -d --extract``, ``printenv``/``echo $`` of a credential variable,
and generators (``openssl rand -base64|-hex``, ``pwgen``, ``/dev/urandom | base64``).

The output is the first output value after the command: the next line of a shell transcript
(``$ pass show db`` then the value), or the first ``content``/``output``/``stdout``/``result``
string of the tool message that follows (Claude Code ``tool_result``, OpenAI ``role: tool``). It
counts only when it is one token (6-256 characters, no spaces) that is a plausible password
(`credargs.plausible_password`): an error message, a path, a word or a placeholder is not.
"""

from __future__ import annotations

import re

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.secrets.credargs import plausible_password
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_ARG = r"""(?:[^\n|;&"'\\]|'[^'\n|\\"]*')*"""
"""Arguments on the command's line: no pipe or separator, single-quoted words (``'Prod DB'``),
no double quote or backslash (which would end the JSON string that holds the command)."""
_CREDENTIAL_VAR = r"[A-Za-z_]*(?:PASSWORD|PASSWD|PASS|PWD|TOKEN|SECRET|API_?KEY|PRIVATE_KEY|CREDENTIALS?)[A-Za-z0-9_]*"
COMMANDS: tuple[str, ...] = (
    r"kubectl\b[^\n|]*?\bget\s+secrets?\b[^\n|]*?(?:jsonpath|go-template)[^\n|]*\|\s*base64\s+(?:-d|--decode|-D)\b",
    r"\b(?:go)?pass\s+show\s+(?:-o\s+)?[\w@./\-]+",
    r"\bop\s+read\s+(?:--no-newline\s+|-n\s+)?\\?[\"']?op://[^\s\"'\\]+",
    r"\bop\s+item\s+get\b" + _ARG + r"--fields?\b" + _ARG,
    r"\bvault\s+(?:kv\s+get|read)\s+" + _ARG + r"-field[= ]" + _ARG,
    r"\baws\s+secretsmanager\s+get-secret-value\b" + _ARG + r"--output\s+text",
    r"\baws\s+ssm\s+get-parameters?\b" + _ARG + r"--with-decryption" + _ARG + r"--output\s+text",
    r"\bgcloud\s+secrets\s+versions\s+access\b" + _ARG,
    r"\baz\s+keyvault\s+secret\s+show\b" + _ARG + r"--query\s+\\?[\"']?value",
    r"\bsecurity\s+find-(?:generic|internet)-password\b" + _ARG + r"\s-w\b",
    r"\bdoppler\s+secrets\s+get\b" + _ARG + r"--plain\b",
    r"\bheroku\s+config:get\s+" + _CREDENTIAL_VAR,
    r"\bgh\s+auth\s+token\b",
    r"\bbw\s+get\s+password\b",
    r"\blpass\s+show\s+(?:--password|-p)\b",
    r"\bkeepassxc-cli\s+show\b" + _ARG + r"-a\s+\\?[\"']?password",
    r"\bsecret-tool\s+lookup\b",
    r"\bterraform\s+output\s+-raw\s+\w*(?:password|secret|token|key)\w*",
    r"\bsops\s+(?:-d|--decrypt)\b" + _ARG + r"--extract\b",
    r"\bprintenv\s+" + _CREDENTIAL_VAR + r"\b",
    r"\becho\s+\\?[\"']?\$\{?" + _CREDENTIAL_VAR + r"\b",
    r"\bopenssl\s+rand\s+(?:-base64|-hex)\s+\d+",
    r"\bpwgen\b" + _ARG,
    r"/dev/urandom\b[^\n]*\|\s*(?:base64|xxd\s+-p|od\b)" + _ARG,
)
"""Commands whose whole output is a secret (see the module docstring for the sources)."""
_COMMAND = re2.compile("(?i)" + "|".join(f"(?:{c})" for c in COMMANDS))
"""RE2: one linear pass for every command (Python's ``re`` would try each at each position)."""
_TOKEN_LINE = re.compile(r"[ \t]*(?:[⎿│↳][ \t]*)?(?P<v>[^\s\"'`\\]{6,256})[ \t]*(?:\n|$)")
"""A shell transcript: the line after the command's line is one token (after Claude Code's ``⎿``
output mark, or a box-drawing or arrow mark of other agent transcripts)."""
_OUTPUT_HEADER = re.compile(
    r"[ \t]*(?:↪[ \t]*\d+[ \t]+lines?(?:\.\.\.|…)?|```[\w-]{0,20}|~~~[\w-]{0,20}"
    r"|(?:output|stdout|result)[ \t]*:)[ \t]*\n",
    re.IGNORECASE,
)
"""At most `_MAX_HEADERS` lines between the command and its output that are not output: GitHub Copilot
CLI's ``↪ 1 lines...`` count, a code fence opening the output, an ``Output:`` label."""
_MAX_HEADERS = 2
_OUTPUT = re.compile(
    r"""\\*["'](?P<key>content|output|stdout|result|text)\\*["'][ \t]*:[ \t]*\\*["']"""
    r"""(?P<v>[^\s"'\\]{6,256})(?:\\+n|\n)?\\*["']"""
    r"""|\\*["'](?:content|output|stdout|result|text)\\*["'][ \t]*:[ \t]*\\*["']"""
)
"""The first output string after the command: a one-token value (group ``v``) or any other string
(then nothing is taken). Lists and objects (``"content": [{...``) are looked into."""
_WINDOW = 2000
_PREFILTER = (
    *("kubectl", "show", "read", "item", "vault", "secretsmanager", "ssm", "gcloud", "keyvault", "security"),
    *("doppler", "config:get", "auth", "bw", "secret-tool", "terraform", "sops", "printenv", "echo"),
    *("openssl", "pwgen", "urandom"),
)
"""One word every command of `COMMANDS` has (words only: the command's blanks may be tabs)."""


def _after_headers(text: str, p: int) -> int:
    """`p`, moved past up to `_MAX_HEADERS` output header lines (`_OUTPUT_HEADER`)."""
    for _ in range(_MAX_HEADERS):
        m = _OUTPUT_HEADER.match(text, p)
        if m is None:
            break
        p = m.end()
    return p


def scan(text: str) -> list[tuple[int, int]]:
    """(start, end) of each secret printed by a registered command in `text`."""
    out: list[tuple[int, int]] = []
    for c in _COMMAND.finditer(text):
        nl = text.find("\n", c.end())
        line = _TOKEN_LINE.match(text, _after_headers(text, nl + 1)) if nl >= 0 else None
        if line is not None and plausible_password(line.group("v")):
            out.append(line.span("v"))
            continue
        first = _OUTPUT.search(text, c.end(), min(len(text), c.end() + _WINDOW))
        if first is not None and first.group("v") is not None and plausible_password(first.group("v")):
            out.append(first.span("v"))
    return sorted(set(out))


class CommandOutputDetector(ViewScanDetector):
    """The output of a command that prints a secret (``secret.code.command_output``)."""

    name = "secret.code.command_output"
    prefilter: tuple[str, ...] = _PREFILTER

    def find(self, view: EscapeView) -> list[Hit]:
        return [(s, e, 0.8) for s, e in scan(view.text)]
