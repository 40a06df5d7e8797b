"""Secrets set by a command that takes the name and the value as separate arguments.

Many tools set a named setting, variable or secret with the name and the value as two words of
the command line instead of ``NAME=value``, which the assignment rules read::

    ENV STRIPE_API_KEY 4f0e2b4c-8f0a-4d2e-9c1b-7a3d5e6f8a9b          (Dockerfile, legacy form)
    setx SENDGRID_TOKEN hdvgkcwe5l0x2m /M                            (Windows)
    launchctl setenv GH_TOKEN ...                                    (macOS)
    aws configure set aws_secret_access_key ...                      (the "config set" family:
    git config --global github.token ...                              npm, yarn, pnpm, pip, poetry,
    poetry config pypi-token.pypi ...                                 bundle, composer, conda, git,
    dotnet user-secrets set "Provider:ClientSecret" "..."             dotnet, netlify, convex...)
    cf set-env shop API_KEY ...                                      (Cloud Foundry)
    gh secret set CLIENT_SECRET --body "..."                         (a name, then a value flag)
    az keyvault secret set --vault-name kv --name api-key --value ... (name and value flags)
    aws ssm put-parameter --name /shop/api_token --value ... --type SecureString

Two readings, both on one command line (up to a pipe, ``;``, ``&&`` or the line's end):

- after a setting verb (`_VERB`: ``ENV`` at a line start, ``setx``, ``setenv``, ``config [set]``,
  ``env set``/``env:set``, ``set-env``, ``secret(s) set``, ``user-secrets set``...), every pair of
  consecutive arguments ``NAME VALUE`` (flags and their words skipped) whose NAME names a secret;
- a name flag (``--name``, ``--key``, ``-n``, or a ``secret set NAME`` word) and a value flag
  (``--value``, ``--body``, ``-b``, ``--secret-string``, ``--secret-value``) on the same line;
- a value echoed into such a command (``echo "<v>" | gh secret set NAME``, ``printf '<v>' |
  docker secret create name -``).

The name must be written as a setting's name (not one lower-case word: "the password file,") and
classify as a secret (`keys.classify`, the last segment of a path or section:
``/shop/api_token``, ``Provider:ClientSecret``, ``pypi-token.pypi``); the value must pass that
strength's rules (`values.accept`): under a password name a plausible password
(`credargs.plausible_password`) or a generated value, under a token, secret or API-key name any
accepted value (UUIDs included: keys issued as GUIDs), under a weaker ``...Key`` name only a
generated one that is not a short hex id (``git config user.signingkey 3AA5C34371567BD2``: a
GPG key id). Shell operators (``<``, ``|``, ``$VAR``, ``%VAR%``), flags and files are never
values. Only the value is masked.
"""

from __future__ import annotations

import re

from redactor.detect.secrets.credargs import plausible_password
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import Strength, classify
from redactor.detect.secrets.values import accept, generated
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_VERB = re.compile(
    r"(?m)(?=[ \tEeSsCcVvUuPp])(?:^[ \t]*ENV(?=[ \t]+[A-Za-z_][\w.-]*[ \t]+[^\s=])"
    r"|(?:^|(?<=[\s`'\"(;&|>$]))(?i:setx(?:\.exe)?|setenv|set-env|config(?:[ \t]+set)?|config:set|env(?:[ \t]+set|:set)"
    r"|secrets?[ \t]+(?:set|put|add|create)|user-secrets[ \t]+set|variables?[ \t]+set"
    r"|(?:put|create)-(?:secret|parameter)))(?=[ \t])"
)
"""A command word after which name/value arguments follow (see the module docstring); the
first look-ahead lets the scan skip every other character cheaply."""
PREFILTER: tuple[str, ...] = ("env", "setx", "config", "secret", "variable", "parameter")
_NAME_FLAGS = frozenset(("--name", "--key", "-n", "--secret-name", "--parameter-name"))
_VALUE_FLAGS = frozenset(
    ("--value", "--body", "-b", "--secret-string", "--secret-value", "--secret", "--data", "--password")
)
_ARG = re.compile(r"\"([^\"\n]*)\"|'([^'\n]*)'|([^\s\"'|;&<>]+)|([|;&<>])")
"""One argument of a command line: double- or single-quoted, bare, or a shell operator."""
_STOP = frozenset("|;&<>")
_NOT_VALUE = re.compile(r"^(?:[-$%@<>|]|\\$)|^\w+\($|%\w+%")
"""Flags, variables (``$X``, ``%X%``, ``@file``), redirections: never a value."""
_SEGMENT = re.compile(r"[/:]")
_HEX = re.compile(r"[0-9A-Fa-f]+")
_PROSE_END = ".,;:!?)"
_SIGNING = re.compile(r"(?i)signing[_.-]?key")
_PLAIN_WORD = re.compile(r"[a-z]+")


def _args(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end, quoted) of each argument from `start` up to a shell operator or `end`."""
    out: list[tuple[int, int, bool]] = []
    for m in _ARG.finditer(text, start, end):
        if m.group(4) is not None:
            break
        for g in (1, 2, 3):
            if m.group(g) is not None:
                out.append((m.start(g), m.end(g), g != 3))
                break
    return out


def _strength(name: str) -> Strength | None:
    """How strongly `name` names a secret: the whole name, else its last path or section segment
    (``/shop/prod/api_token``, ``Provider:ClientSecret``)."""
    name = name.strip("\"'")
    if not name or name.startswith("-") or "=" in name:
        return None
    found = classify(name)
    if found is None and _SEGMENT.search(name):
        found = classify(_SEGMENT.split(name)[-1])
    return found


def _credential(value: str, strength: Strength, *, quoted: bool, name: str = "") -> bool:
    """`value` can be the secret a name of `strength` names (see the module docstring)."""
    if _HEX.fullmatch(value) and len(value) < 32 and (strength is Strength.KEY or _SIGNING.search(name)):
        return False  # ``git config user.signingkey 3AA5C34371567BD2``: a GPG key id
    if not value or _NOT_VALUE.search(value) or len(value) > 400:
        return False
    if not quoted and value[-1] in _PROSE_END:
        return False  # "via the Config only using 'ssl.key.password' field.": a sentence, not a command
    if not accept(value, strength, quoted=quoted):
        return False
    if strength is Strength.PASSWORD:
        return plausible_password(value) or generated(value)
    if strength is Strength.KEY:
        return generated(value)
    return True


def _line_end(text: str, p: int) -> int:
    end = text.find("\n", p)
    return len(text) if end < 0 else end


def _pairs(text: str, args: list[tuple[int, int, bool]], out: list[tuple[int, int, float]]) -> None:
    """``NAME VALUE`` pairs of consecutive non-flag arguments, and name/value flag pairs."""
    name_strength: Strength | None = None
    name = ""
    prev: tuple[int, int, bool] | None = None
    for i, (s, e, quoted) in enumerate(args):
        word = text[s:e]
        if not quoted and word in _NAME_FLAGS and i + 1 < len(args):
            name = text[args[i + 1][0] : args[i + 1][1]]
            name_strength = _strength(name)
            prev = None
            continue
        if not quoted and word in _VALUE_FLAGS and i + 1 < len(args):
            vs, ve, vq = args[i + 1]
            if name_strength is not None and _credential(text[vs:ve], name_strength, quoted=vq, name=name):
                out.append((vs, ve, 0.8))
            prev = None
            continue
        if not quoted and word.startswith("-"):
            prev = None
            continue
        if prev is not None and not _PLAIN_WORD.fullmatch(text[prev[0] : prev[1]]):
            strength = _strength(text[prev[0] : prev[1]])
            if strength is not None and _credential(word, strength, quoted=quoted, name=text[prev[0] : prev[1]]):
                out.append((s, e, 0.8))
        elif name_strength is None:
            name, name_strength = word, _strength(word)  # ``gh secret set NAME --body V``
        prev = (s, e, quoted)


_PIPED = re.compile(
    r"(?:^|(?<=[\s`'\"(;&]))(?:echo|printf(?:[ \t]+[\"']?%s(?:\\n)?[\"']?)?)(?:[ \t]+-[neE]{1,3})*[ \t]+"
    r"(?:\"(?P<dq>[^\"\n]+)\"|'(?P<sq>[^'\n]+)'|(?P<bare>[^\s|;&<>\"']+))"
    r"[ \t]*\|[ \t]*(?=[^|\n]*?(?P<verb>\bsecrets?[ \t]+(?:set|put|add|create)|\bput-secret|\bcreate-secret))"
)
"""``echo "<value>" | gh secret set NAME``, ``printf '%s' ... | docker secret create name -``: the
value piped into a command that stores a named secret (the name is the first argument after the
verb that is not a flag)."""


def _piped(text: str, out: list[tuple[int, int, float]]) -> None:
    """Values echoed into a secret-storing command (`_PIPED`)."""
    for m in _PIPED.finditer(text):
        group = "dq" if m.group("dq") is not None else "sq" if m.group("sq") is not None else "bare"
        vs, ve = m.span(group)
        verb_end = m.end("verb")
        for s, e, _q in _args(text, verb_end, _line_end(text, verb_end)):
            word = text[s:e]
            if word.startswith("-"):
                continue
            strength = _strength(word)
            if strength is not None and _credential(text[vs:ve], strength, quoted=group != "bare", name=word):
                out.append((vs, ve, 0.8))
            break


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each value found, in view offsets."""
    text = view.text
    out: list[tuple[int, int, float]] = []
    for m in _VERB.finditer(text):
        _pairs(text, _args(text, m.end(), _line_end(text, m.end())), out)
    if "|" in text:
        _piped(text, out)
    return out


class NamedArgumentDetector(ViewScanDetector):
    """Values of secret-named settings set as separate command arguments (``secret.cli.named_arg``)."""

    name = "secret.cli.named_arg"
    prefilter: tuple[str, ...] = PREFILTER
    checks_prefilter = True

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
