"""Secrets with no key name, found by where they stand: the context says "credential".

Agents see many credentials that no ``KEY=`` precedes:

- a key handed to an SDK constructor or init call: ``vt.Client("...")``, ``rollbar.init('...')``,
  ``TodoistAPI("...")``, ``Client('sid', 'secret')``;
- a token given to a CLI subcommand: ``shodan init <key>``, ``ngrok config add-authtoken <t>``;
- a command that prints a secret, and its one-line output: ``$ cat token.txt``,
  ``$ kubectl get secret x -o jsonpath='{.data.password}' | base64 -d``;
- a token in a URL path after ``/inputs/``, ``/hooks/``, ``/webhook/``, ``/bot``;
- values inside a Kubernetes ``Secret``'s ``data:`` / ``stringData:``;
- a random token in a sentence that calls it a key, token, secret or credential: "Note:
  `KcSZ...` is a live credential", "the pixabay key (61928963-ce56...)".

Each value must itself look generated (or, for the two structural cases, be inside a secret
container), so names, versions, hashes and identifiers next to the same words are left alone.

The finders live by carrier in context_code.py, context_config.py and context_prose.py; this
module gates them (each runs only when its literal cue occurs) and runs them in a fixed order.
"""

from __future__ import annotations

from redactor.detect.secrets.context_code import (
    SECRET_CMD,
    cli_grants,
    cli_tokens,
    printed_secrets,
    sdk_args,
    sole_segments,
    url_paths,
)
from redactor.detect.secrets.context_config import (
    SECRET_ROW_WORDS,
    aws_pairs,
    k8s_secret,
    key_maps,
    scheme_tokens,
    session_cookies,
    table_rows,
    token_pairs,
)
from redactor.detect.secrets.context_prose import PASSWORD_CUES, SCRIPT_CUES, SECRET_WORDS, named_in_prose, prose_tokens
from redactor.detect.secrets.escapes import EscapeView, ViewCache
from redactor.detect.secrets.recur import with_recurrences
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.span import Span


class ContextTokenDetector:
    """Credentials placed where only context says what they are (``secret.generic.context``)."""

    name = "secret.generic.context"
    entities: tuple[str, ...] = (ENTITY,)
    prefilter: tuple[str, ...] = ()

    def __init__(self, views: ViewCache) -> None:
        self._views = views

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        found = [Span(ENTITY, *view.to_raw(s, e), score, self.name) for s, e, score in scan(view)]
        return with_recurrences(text, found)


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each value found, in view offsets."""
    text, low = view.text, view.lower
    out: list[tuple[int, int, float]] = []
    if "(" in text:
        sdk_args(text, out)
    if any(w in low for w in ("init", "login", "auth")):
        cli_tokens(text, out)
    if any(w in low for w in ("access", "grant", "token", "secret", "credential", "apikey", "api-key")):
        cli_grants(text, out)
    if "\n" in text and SECRET_CMD.search(low):
        printed_secrets(text, out)
    if "/" in text:
        url_paths(text, out)
        if "://" in text:
            sole_segments(text, out)
    if "cookie" in low or " -b " in low:
        session_cookies(text, low, out)
    if "|" in text and SECRET_ROW_WORDS.search(low):
        table_rows(text, out)
    if "bearer" in low or "basic " in low:
        scheme_tokens(text, low, out)
    if "kind: secret" in low:
        k8s_secret(text, out)
    if "keys:" in low or "secrets:" in low or "credentials:" in low or "pairs:" in low:
        key_maps(text, out)
    if SECRET_WORDS.search(low):
        prose_tokens(text, out)
    script = any(w in low for w in SCRIPT_CUES)
    if script or any(w in low for w in PASSWORD_CUES):
        named_in_prose(text, out, script=script)
    if "token" in low and "secret" in low:
        token_pairs(text, out)
    if "akia" in low or "asia" in low:
        aws_pairs(text, out)
    return out
