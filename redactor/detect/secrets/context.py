"""Secrets with no key name, found by where they stand: the context says "credential".

Agents see many credentials that no ``KEY=`` precedes:

- a key handed to an SDK constructor or init call: ``vt.Client("...")``, ``rollbar.init('...')``,
  ``TodoistAPI("...")``, ``Client('sid', 'secret')``;
- a token given to a CLI subcommand: ``shodan init <key>``, ``ngrok config add-authtoken <t>``;
- a command that prints a secret, and its one-line output: ``$ cat token.txt``,
  ``$ kubectl get secret x -o jsonpath='{.data.password}' | base64 -d``;
- a token in a URL path after ``/inputs/``, ``/hooks/``, ``/webhook/``, ``/bot``;
- values inside a Kubernetes ``Secret``'s ``data:`` / ``stringData:``;
- a cell of a psql, Markdown, box-drawn or CSV table whose header names its column a credential
  (headertables.py), and a credential item of an HTTPie/xh command (``appKey==<key>``, httpie.py);
- a random token in a sentence that calls it a key, token, secret or credential: "Note:
  `KcSZ...` is a live credential", "the pixabay key (61928963-ce56...)".

Each value must itself look generated (or, for the two structural cases, be inside a secret
container), so names, versions, hashes and identifiers next to the same words are left alone.

The finders live by carrier in context_code.py, context_config.py, context_prose.py,
headertables.py and httpie.py; this module gates them (each runs only when its literal cue
occurs) and runs them in a fixed order.
"""

from __future__ import annotations

from redactor.detect.first_chars import with_first_chars
from redactor.detect.prefilter import LiteralGroups
from redactor.detect.secrets.arns import outside_arns
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
    COLUMN_CUES,
    SECRET_ROW_WORDS,
    TABLE_BORDERS,
    aws_pairs,
    column_tables,
    k8s_secret,
    key_maps,
    scheme_tokens,
    session_cookies,
    table_rows,
    token_pairs,
)
from redactor.detect.secrets.context_prose import (
    I18N_API_KEY_WORDS,
    PASSWORD_CUES,
    SCRIPT_CUES,
    SECRET_WORDS,
    direct_tokens,
    named_in_prose,
    named_tokens,
    prose_tokens,
)
from redactor.detect.secrets.escapes import EscapeView, ViewCache
from redactor.detect.secrets.headertables import HEADER_CUE, header_tables
from redactor.detect.secrets.httpie import HTTPIE_CUES, httpie_items
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_CUES = LiteralGroups(
    {
        "cli": ("init", "login", "auth"),
        "grant": ("access", "grant", "token", "secret", "credential", "apikey", "api-key"),
        "cookie": ("cookie", " -b "),
        "scheme": ("bearer", "basic "),
        "k8s": ("kind: secret",),
        "key_map": ("keys:", "secrets:", "credentials:", "pairs:"),
        "script": SCRIPT_CUES,
        "password": PASSWORD_CUES,
        "token": ("token",),
        "secret": ("secret",),
        "aws": ("akia", "asia"),
        # every match of SECRET_CMD / SECRET_WORDS in ASCII text holds one of these
        "secret_cmd": (
            *("token", "secret", "passw", "pwd", "apikey", "api_key", "api-key", "credential", ".key"),
            *("private", "accesskey", "access_key", "access-key"),
        ),
        "secret_words": ("key", "token", "secret", "passw", "credential", "passphrase"),
    }
)
"""The literal cues of the finders, looked for in one pass over the lower-cased view."""
_GATED_REGEXES = {
    "secret_cmd": r"(?i)token|secret|passw|pwd|api[_-]?key|apikey|credential|\.key\b|private|access[_-]?key",
    "secret_words": r"(?i)(?<![A-Za-z])(?:api[ _-]?key|apikey|key|token|secret|password|passwd|credentials?"
    r"|passphrase)s?(?![a-z])",
}
"""The regexes the ``secret_cmd`` and ``secret_words`` literals were read from. A group gates its
regex only while the regex is still this one: an edited regex runs on every text (fails open)
until its literals are checked again (`tests/test_cue_passes.py` fails as a reminder)."""
GATES_CMD = SECRET_CMD.pattern == _GATED_REGEXES["secret_cmd"]
GATES_WORDS = SECRET_WORDS.pattern == _GATED_REGEXES["secret_words"]
_SECRET_CMD = with_first_chars(SECRET_CMD)
_SECRET_WORDS = with_first_chars(SECRET_WORDS)
"""The two searched over the whole lower-cased view, behind a look-ahead for their first
characters (`redactor.detect.first_chars`): the same answers, fewer positions tried."""


class ContextTokenDetector(ViewScanDetector):
    """Credentials placed where only context says what they are (``secret.generic.context``)."""

    name = "secret.generic.context"
    prefilter: tuple[str, ...] = ()

    def __init__(self, views: ViewCache) -> None:
        from redactor.detect.engine import disabled_speedups  # the engine owns the switch

        super().__init__(views)
        self._fast = "prefilter" not in disabled_speedups()

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view, self._fast)


def scan(view: EscapeView, fast: bool = True) -> list[tuple[int, int, float]]:
    """(start, end, score) of each value found, in view offsets.

    `fast` looks for the literal cues in one pass (`_CUES`) and, in ASCII text, runs the
    credential-word regexes only where one of their literals occurs (``(?i)`` also matches
    non-ASCII letters such as the long s, U+017F, for ``s``, so other text runs them always); False (the
    ``prefilter`` speed-up switched off) checks everything one by one. Same findings either way.
    """
    text, low = view.text, view.lower
    out: list[tuple[int, int, float]] = []
    cue = _CUES.found(low, fast)
    ascii_gated = fast and low.isascii()
    if "(" in text:
        sdk_args(text, out)
    if "cli" in cue:
        cli_tokens(text, out)
    if "grant" in cue:
        cli_grants(text, out)
    if "\n" in text and ("secret_cmd" in cue or not (ascii_gated and GATES_CMD)) and _SECRET_CMD.search(low):
        printed_secrets(text, out)
    if "/" in text:
        url_paths(text, out)
        if "://" in text:
            sole_segments(text, out)
    if "cookie" in cue:
        session_cookies(text, low, out)
    if any(b in text for b in TABLE_BORDERS) and SECRET_ROW_WORDS.search(low):
        table_rows(text, out)
    if "\n" in text and any(w in text for w in COLUMN_CUES):
        column_tables(text, out)
    if "\n" in text and HEADER_CUE.search(low):
        header_tables(text, low, out)
    if any(c in low for c in HTTPIE_CUES):
        httpie_items(text, out)
    if "scheme" in cue:
        scheme_tokens(text, low, out)
    if "k8s" in cue:
        k8s_secret(text, out)
    if "key_map" in cue:
        key_maps(text, out)
    if ("secret_words" in cue or not (ascii_gated and GATES_WORDS)) and _SECRET_WORDS.search(low):
        prose_tokens(text, out)
        named_tokens(text, out)
        direct_tokens(text, out)
    elif "api" in low and I18N_API_KEY_WORDS.search(low):
        named_tokens(text, out)  # ``iuchair API ...: <value>``: no English credential word
    script = "script" in cue
    if script or "password" in cue:
        named_in_prose(text, out, script=script)
    if "token" in cue and "secret" in cue:
        token_pairs(text, out)
    if "aws" in cue:
        aws_pairs(text, out)
    return outside_arns(text, out)
