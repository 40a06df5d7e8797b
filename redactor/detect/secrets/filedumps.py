"""The contents of a file whose name says it holds one secret, where the text shows that file.

Many secrets live alone in a file that names them: Docker and Kubernetes secrets
(``/run/secrets/db_password``), Rails ``config/master.key``, k3s ``node-token``, ``.vault-token``,
``.erlang.cookie``, MongoDB ``keyFile`` contents, ``/etc/ldap.secret``, ``*.key``/``*.token``/
``*.pass`` files. The contents carry no mark of their own (a line of hex or base64), so the file's
name decides, in the three ways an agent session shows a file:

- a shell command that prints it (``cat``, ``type``, ``head``, ``Get-Content``...) followed by
  its output, or writes it (``cat > f <<EOF`` and the lines after, ``echo 'v' > f``);
- a tool call's arguments naming it (``"filePath": ...``) followed by its ``"content"``;
- a Markdown answer naming it in backticks just before a fenced block.

Only a body of one to twenty lines of token characters is taken (a PEM block is `pem`'s, a config
file is left to the other detectors), and it must look generated, or be a password of a file
named for a password.
"""

from __future__ import annotations

import re

from redactor.detect.secrets.entropy import is_hex, shannon
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keyfiles import LOG_PREFIX
from redactor.detect.secrets.keys import Strength, classify
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.secrets.values import accept, generated
from redactor.detect.secrets.viewscan import SecretViewDetector
from redactor.detect.span import Span

_SHELL = re.compile(
    r"""(?:cat|type|more|head|tail|bat|get-content|gc)[ \t]+(?:-[\w-]+[ \t]+)*"""
    r"""["']?(?P<path>[^\s"'|;&<>`]{2,300})["']?[ \t]*\r?\n""",
    re.IGNORECASE,
)
"""A printing command at the position of its word (found by `_commands`), its path, its line end."""
_LEAD = re.compile(LOG_PREFIX)
_SHELL_WORDS = ("cat ", "type ", "more ", "head ", "tail ", "bat ", "get-content", "gc ")
_TOOL_WORDS = ('content":', "content':", 'text":', "new_str", 'code":', 'contents":', "newcontent")
_PROMPT_WIDTH = 40
"""How far into its line a printing command may start (after a prompt such as ``user@host:~$``)."""
_HEREDOC = re.compile(
    r"""\bcat[ \t]*>>?[ \t]*["']?(?P<path>[^\s"'|;&<>`]{2,300})["']?[ \t]*<<-?[ \t]*["']?\w{1,20}["']?[ \t]*\r?\n"""
)
"""``cat > /tmp/release.sec <<'EOF'``: the lines after it are the file's contents."""
_ECHO = re.compile(
    r"""\b(?:echo(?:[ \t]+-[neE]{1,3})?|printf(?:[ \t]+["']%s["'])?)[ \t]+"""
    r"""(?P<q>["']?)(?P<v>[^\s"'<>|;&`]{4,400})(?P=q)"""
    r"""[ \t]*(?:\|[ \t]*(?:sudo[ \t]+)?tee(?:[ \t]+-a)?[ \t]+|>>?[ \t]*)["']?(?P<path>[^\s"'|;&<>`]{2,300})"""
)
"""``echo 'value' > /run/secrets/x``, ``printf '%s' v | sudo tee x.pass``: a value written to a file."""
_TOOL = re.compile(
    r"""(?:filePath|file_path|path|filename|file|target_file|targetFile)["'][ \t]*:[ \t]*"""
    r"""["'](?P<path>[^"'\n]{2,300})["'][ \t]*,[ \t\n]*"""
    r"""["'](?:content|contents|text|file_text|fileContent|new_str|newContent|code)["'][ \t]*:[ \t]*["']"""
)
_FENCE = re.compile(r"`(?P<path>[^`\s]{2,300})`[^\n`]{0,80}\n(?:[^\n]{0,120}\n){0,2}[ \t]*```[\w-]*[ \t]*\n")
_LINE = re.compile(r"[ \t]*(?P<v>[A-Za-z0-9+/=_\-.~!@#%^*:,]{1,400})[ \t]*(?=\r?\n|[\"'`]|$)")
_ASSIGNMENT = re.compile(r"[A-Za-z_][\w.\-]*[=:]\S")
_NAMES = frozenset(
    {
        "master.key",
        "node-token",
        "token",
        ".vault-token",
        ".erlang.cookie",
        "keyfile",
        "mongodb-keyfile",
        "mongo-keyfile",
        "mongodb.key",
        "ldap.secret",
        "pam_ldap.secret",
        "libnss-ldap.secret",
        "ldap.passwd",
        "bootstrap-token",
        "join-token",
        "initial_admin_password",
        "initialadminpassword",
    }
)
"""Basenames that hold one secret (Rails, k3s, Vault, Erlang, MongoDB, pam_ldap, Jenkins)."""
_EXTENSIONS = (".key", ".sec", ".secret", ".secrets", ".token", ".cookie", ".seed")
_PASSWORD_EXTENSIONS = (".pass", ".password", ".passwd", ".pwd", ".psk", ".passphrase")
_SECRET_DIRS = ("/run/secrets/", "/var/run/secrets/", "/secrets/", "credentials/")


def secret_path(path: str) -> Strength | None:
    """How strongly a file's path says it holds one secret, or None."""
    p = path.strip().rstrip("/").replace("\\", "/")
    base = p.rsplit("/", 1)[-1]
    low = base.lower()
    if low in _NAMES or low.endswith(("keyfile", "key-file", "key_file")):
        return Strength.STRONG
    stem = low.rsplit(".", 1)[0] if "." in low.lstrip(".") else low.lstrip(".")
    named = classify(stem)
    if named is not None:
        return named
    if low.endswith(_PASSWORD_EXTENSIONS):
        return Strength.PASSWORD
    if low.endswith(_EXTENSIONS) or any(d in p.lower() for d in _SECRET_DIRS):
        return Strength.KEY
    return None


def _opaque(value: str, strength: Strength) -> bool:
    """A body that reads as a generated secret, or as a password of a file named for one."""
    if is_placeholder(value):
        return False
    if strength is Strength.PASSWORD and accept(value, Strength.PASSWORD, quoted=True):
        return True
    if is_hex(value):
        return len(value) >= 32 and shannon(value) >= 3.0
    if len(value) >= 40 and re.fullmatch(r"[A-Za-z0-9+/=]+", value) and shannon(value) >= 4.5:
        return True  # base64 key material
    if value.isupper() and value.isalpha() and len(value) >= 16:
        return shannon(value) >= 3.0  # an Erlang cookie: 20 random capitals
    return generated(value, min_len=16) or (strength is not Strength.KEY and accept(value, strength, quoted=True))


def _commands(t: str, low: str) -> list[re.Match[str]]:
    """Printing commands near their line's start (after at most a prompt), found by plain
    substring search for each command word: much cheaper than a regex scan of every position."""
    out: list[re.Match[str]] = []
    for word in _SHELL_WORDS:
        pos = low.find(word)
        while pos >= 0:
            line = low.rfind("\n", 0, pos) + 1
            line = max(line, low.rfind('"', line, pos) + 1)  # a command string's start counts as one
            if (pos == 0 or not low[pos - 1].isalnum()) and pos - line <= _PROMPT_WIDTH:
                m = _SHELL.match(t, pos)
                if m is not None:
                    out.append(m)
            pos = low.find(word, pos + 1)
    return out


class SecretFileDumpDetector(SecretViewDetector):
    """The body of a secret-named file that a command prints, a tool writes or an answer shows."""

    name = "secret.file_contents"
    prefilter: tuple[str, ...] = (*_SHELL_WORDS, "path", "file", "```", "echo", "printf")

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        t = view.text
        out: list[Span] = []
        low = view.lower
        if len(low) == len(t):
            for m in _commands(t, low):
                self._take(view, t, m, out)
        if "echo" in low or "printf" in low:
            for m in _ECHO.finditer(t):
                strength = secret_path(m.group("path"))
                if strength is not None and _opaque(m.group("v"), strength):
                    out.append(Span(ENTITY, *view.to_raw(*m.span("v")), 0.85, self.name))
        for rx, gate in ((_HEREDOC, ("<<",)), (_TOOL, _TOOL_WORDS), (_FENCE, ("```",))):
            if any(w in low for w in gate):
                for m in rx.finditer(t):
                    self._take(view, t, m, out)
        return out

    def _take(self, view: EscapeView, t: str, m: re.Match[str], out: list[Span]) -> None:
        """The body after a match that names a file, when the file is secret-named and the body
        reads as its secret."""
        strength = secret_path(m.group("path"))
        if strength is None:
            return
        line = t.rfind("\n", 0, m.start()) + 1
        lead = _LEAD.match(t, line, m.start())
        body = self._body(t, m.end(), strength, lead.group() if lead is not None else "")
        if body is not None:
            out.append(Span(ENTITY, *view.to_raw(*body), 0.85, self.name))

    @staticmethod
    def _body(t: str, pos: int, strength: Strength, lead: str = "") -> tuple[int, int] | None:
        """The span of 1-20 lines of token characters at `pos`, if the whole reads as a secret.

        `lead` is the log prefix of the command's line; each body line may carry it too.
        """
        first = last = -1
        parts: list[str] = []
        n = len(t)
        for _ in range(20):
            if lead and t.startswith(lead, pos):
                pos += len(lead)
            m = _LINE.match(t, pos)
            if m is None or _ASSIGNMENT.match(m.group("v")):
                break  # not a token line, or a ``KEY=value`` line of a config file
            if first < 0:
                first = m.start("v")
            last = m.end("v")
            parts.append(m.group("v"))
            pos = m.end()
            if pos < n and t[pos] == "\r":
                pos += 1
            if pos >= n or t[pos] != "\n":
                break  # a closing quote or fence: the body ends here
            pos += 1
        if not parts or sum(map(len, parts)) < 12:
            return None
        return (first, last) if _opaque("".join(parts), strength) else None
