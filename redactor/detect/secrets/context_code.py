"""Context detector, code carriers: SDK calls, CLI subcommands, printed secrets, URL paths.

Part of ``secret.generic.context`` (context.py runs these): a key handed to an SDK constructor
(``vt.Client("...")``), a token given to a CLI subcommand (``ngrok config add-authtoken <t>``),
the one-line output of a command that prints a secret (``$ cat token.txt``), a token in a URL
path after ``/hooks/``, ``/bot`` or ``/v2/``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets.context_prose import HASHY
from redactor.detect.secrets.entropy import wordiness
from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.sdkcalls import filled_uuid
from redactor.detect.secrets.values import UUID, accept, generated

# --- SDK constructors and init calls ---------------------------------------------------------

_CALL = re.compile(
    r"(?P<callee>[A-Za-z_$][\w$]*)\((?:[ \t]*(?P<q0>[\"'])[^\"'\n]{1,100}(?P=q0)[ \t]*,)?"
    r"[ \t]*(?P<q>[\"'])(?P<v>[^\"'\s]{16,300})(?P=q)"
)
_CLIENTISH = re.compile(
    r"(?i)(?:client|api|sdk|init|initiali[sz]e|configure|connect|login|auth|authenticate|translator|geocoder?"
    r"|gateway|engine|set_?api_?key|set_?token|set_?key|with_?token|session)$"
)
_NOT_CLIENT = frozenset(
    [
        "id",
        "uuid",
        "guid",
        "hash",
        "digest",
        "checksum",
        "path",
        "url",
        "uri",
        "regex",
        "pattern",
        "date",
        "time",
        "datetime",
        "decimal",
        "color",
        "version",
        "buffer",
        "bytes",
        "image",
        "object",
        "compile",
        "match",
        "search",
        "format",
        "get",
        "print",
        "log",
        "assert",
        "equal",
        "equals",
    ]
)
_FACTORY = frozenset(
    {"getinstance", "getclient", "create", "createclient", "newclient", "new", "build", "init", "initialize", "setup"}
)
"""Factory methods of a client class: ``StreamChat.getInstance(key, secret)``, ``Pusher.init(key)``."""
_RECEIVER = re.compile(r"(?<![\w$])([A-Za-z_$][\w$]*)\.$")
_CALLEE_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


_CALL_OPEN = with_first_chars(re.compile(r"(?<=[\w$])\([ \t]*[\"']"))
"""Where a `_CALL` match can have its ``(``: after an identifier character, before blanks and a quote."""
_CALLEE_FIRST = re.compile(r"[A-Za-z_$]")


def calls(text: str) -> Iterator[re.Match[str]]:
    """``_CALL.finditer(text)``, tried only at the callee start of each possible ``(``.

    Searching `_CALL` from every position retries every identifier character by character (an
    identifier of n characters costs n² steps). Each match's callee is one run of identifier
    characters (``[\\w$]``) right before a ``(`` that `_CALL_OPEN` finds; from any start inside
    the run the callee stretches to that ``(``, so the run's first possible start (``[A-Za-z_$]``,
    at or after the previous match's end) matches exactly when any start in it does.
    """
    end = 0
    for op in _CALL_OPEN.finditer(text):
        p = op.start()
        r = p
        while r > end and (text[r - 1].isalnum() or text[r - 1] in "_$"):
            r -= 1
        first = _CALLEE_FIRST.search(text, r, p)
        if first is None:
            continue
        m = _CALL.match(text, first.start())
        if m is not None:
            yield m
            end = m.end()


def sdk_args(text: str, out: list[tuple[int, int, float]]) -> None:
    """A generated string handed to a client constructor or init call: ``vt.Client("...")``."""
    for m in calls(text):
        callee = m.group("callee")
        recv = _RECEIVER.search(text, max(0, m.start() - 60), m.start()) if callee.lower() in _FACTORY else None
        factory = recv is not None and recv.group(1)[0].isupper() and not recv.group(1).isupper()
        if factory and generated(m.group("v")):
            out.append((*m.span("v"), 0.75))
            continue
        parts = _CALLEE_WORDS.findall(callee)
        if not parts or parts[-1].lower() in _NOT_CLIENT or parts[0].lower() in ("get", "print", "assert"):
            continue
        if not (_CLIENTISH.search(callee) or (callee[0].isupper() and not callee.isupper())):
            continue
        if generated(m.group("v")):
            out.append((*m.span("v"), 0.75))


# --- CLI subcommands that take a token -------------------------------------------------------

_LONG_LAST_ARG = re.compile(r"[ \t](?P<v>[A-Za-z0-9][A-Za-z0-9_\-]{31,299})(?=[ \t]*(?:$|\n|[|;&\"'}]))")
_GRANT_HEAD = re.compile(
    r"(?i)(?<![\w-])(?:access|grant|tokens?|secrets?|credentials?|apikey|api-key)"
    r"(?:[ \t]+[a-z][\w.-]{0,30}){0,2}[ \t]*$"
)
"""A subcommand about credentials, up to two words (a verb, a name), then a long generated token
as the last argument: ``uplink access import <name> <grant>``, ``tool token add ci <token>``.
Hex is left alone here (``gpg`` fingerprints, content hashes)."""


_CLI_TOKEN = with_first_chars(
    re.compile(
        r"(?i)(?<![\w-])(?P<verb>init|login|auth|authenticate|authorize|authorise|add-authtoken|set-token|set-key"
        r"|authtoken)"
        r"[ \t]+(?P<v>[A-Za-z0-9][A-Za-z0-9_\-.]{15,199})(?:[ \t]+(?P<v2>[A-Za-z0-9][A-Za-z0-9_\-.+/=]{15,199}))?"
        r"(?=[ \t]*(?:$|\n|[|;&\"'}]))"
    )
)


_UUID_VERBS = frozenset({"login", "auth", "authenticate", "authorize", "authorise", "authtoken", "add-authtoken"})
"""Subcommands whose sole UUID argument is the token itself (``snyk auth <uuid>``); after ``init``
or ``set-key`` a UUID is as often a project or workspace id."""


def cli_tokens(text: str, out: list[tuple[int, int, float]]) -> None:
    """A generated token after a login/auth/init subcommand (``shodan init <key>``), or a UUID as
    the sole argument of an auth/login subcommand (``snyk auth <uuid>``)."""
    for m in _CLI_TOKEN.finditer(text):
        second = m.group("v2") is not None and generated(m.group("v2"))
        if second:
            out.append((*m.span("v2"), 0.75))
        v = m.group("v")
        sole_uuid = m.group("v2") is None and m.group("verb").lower() in _UUID_VERBS and filled_uuid(v)
        if generated(v) or (second and _key_id(v)) or sole_uuid:
            out.append((*m.span("v"), 0.75))


def cli_grants(text: str, out: list[tuple[int, int, float]]) -> None:
    """A long generated token after a credential subcommand (`_GRANT_HEAD`)."""
    for m in _LONG_LAST_ARG.finditer(text):
        line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 120)
        if _GRANT_HEAD.search(text, line_start, m.start("v")) and generated(m.group("v"), hex_ok=False, min_len=32):
            out.append((*m.span("v"), 0.75))


def _key_id(value: str) -> bool:
    """The id before a generated key (``b2 account authorize <keyId> <key>``): 20+ characters,
    letters and digits, no word."""
    return (
        len(value) >= 20
        and value.isalnum()
        and any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
        and wordiness(value) < 0.3
    )


# --- commands that print a secret ------------------------------------------------------------

_PROMPT_LINE = with_first_chars(
    re.compile(
        r"(?m)(?:^|(?<=\": \"))[ \t]*(?:\$|PS [^>\n]{0,200}>|>>>?)[ \t]+(?P<cmd>[^\n]+)\n(?P<out>[^\n]*)(?=\n|$)"
    )
)
SECRET_CMD = re.compile(r"(?i)token|secret|passw|pwd|api[_-]?key|apikey|credential|\.key\b|private|access[_-]?key")
_PASSWORD_CMD = re.compile(r"(?i)passw|pwd")
_DIGEST_STAGE = re.compile(r"\|[ \t]*(?:wc|sha\d*sum|md5sum|cksum|shasum|b2sum|jq[ \t]+length|grep[ \t]+-c)\b[^|]*$")
_NEXT_IS_OUTPUT = re.compile(r"\n[ \t]*(?!\$|PS |>)\S")


def printed_secrets(text: str, out: list[tuple[int, int, float]]) -> None:
    """The one-line output of a prompt command that prints a secret: ``$ cat token.txt``."""
    for m in _PROMPT_LINE.finditer(text):
        cmd, value = m.group("cmd"), m.group("out").strip()
        if text.startswith('": "', m.start() - 4) and value.endswith(('"}', '"]', '"')):
            value = value.rstrip("]}").removesuffix('"')  # the end of the JSON string that held the session
        if not value or any(c.isspace() for c in value) or not SECRET_CMD.search(cmd):
            continue
        if _DIGEST_STAGE.search(cmd) or _NEXT_IS_OUTPUT.match(text, m.end()):
            continue  # a digest of the secret, or more than one line of output
        strength = Strength.PASSWORD if _PASSWORD_CMD.search(cmd) else Strength.STRONG
        if accept(value, strength, quoted=True):
            start = m.start("out") + m.group("out").index(value)
            out.append((start, start + len(value), 0.8))


# --- tokens in URL paths ---------------------------------------------------------------------

_PATH_TOKEN = re.compile(
    r"(?<!arn:)/(?P<seg>inputs|hooks?|webhooks?|catch|tokens?|keys?|apikey|api[_-]key|secrets?|bot|v[1-9])/?"
    r"(?P<v>(?<=/)[A-Za-z0-9_\-:]{20,200}|(?<=bot)\d{6,12}:[A-Za-z0-9_\-]{30,})(?=[/?#\s\"'<>]|$)"
)


_SOLE_SEGMENT = re.compile(
    r"https?://(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?::\d+)?/(?P<v>[A-Za-z0-9_\-]{32,128})/?"
    r"(?=[\s\"'<>`)\]]|$)"
)
"""A URL whose only path segment is a long token: ``https://<name>.quiknode.pro/<key>/``."""
_CONTENT_HOST = re.compile(
    r"(?i)git|bitbucket|gist|sourcegraph|npmjs|pypi|docker|ipfs|arweave|archive|paste|bin\b|scan|explorer|chain|cdn"
)
"""Hosts where a sole path segment is a commit, a gist, a paste, a content hash or a transaction."""


def sole_segments(text: str, out: list[tuple[int, int, float]]) -> None:
    """The token of a `_SOLE_SEGMENT` URL on a line that says nothing of hashes, commits or ids
    (an RPC or ingest endpoint whose path is the key), when the token is generated."""
    for m in _SOLE_SEGMENT.finditer(text):
        v = m.group("v")
        if m.start() > 0 and text[m.start() - 1].isalnum():
            continue  # ``xhttps://``: not a URL's start
        if _CONTENT_HOST.search(m.group("host")) or UUID.fullmatch(v) or wordiness(v) >= 0.4 or not generated(v):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if HASHY.search(text, line_start, m.start()):
            continue
        out.append((*m.span("v"), 0.75))


def url_paths(text: str, out: list[tuple[int, int, float]]) -> None:
    """A generated token as a URL path segment after ``/hooks/``, ``/bot``, ``/v2/``..."""
    for m in _PATH_TOKEN.finditer(text):
        v = m.group("v")
        seg = m.group("seg")
        if seg[0] == "v" and seg[1:].isdigit():
            # RPC/API endpoints that carry the key as the last path segment: ``.../v2/<key>``
            if len(v) >= 24 and not text.startswith("/", m.end("v")) and not UUID.fullmatch(v) and generated(v):
                out.append((*m.span("v"), 0.75))
            continue
        hook = seg in ("inputs", "hook", "hooks", "webhook", "webhooks", "catch")
        if (hook and UUID.fullmatch(v)) or generated(v):
            out.append((*m.span("v"), 0.75))
