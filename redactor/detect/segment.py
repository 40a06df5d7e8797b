"""Code-aware segmentation of agent-session text, and the JSON-unescaped view detectors scan.

Agent transcripts mix prose with fenced code, diffs, file contents and logs in tool results, shell
sessions and JSON tool-call arguments. NER only pays off (and only stays precise) on natural
language, so `segment` splits a text into a flat, ordered partition of typed regions:

========== ================================================================ ==========
kind       what                                                             NER runs
========== ================================================================ ==========
prose      natural-language lines (messages, markdown text, labels)         yes
comment    comments inside code (``#``, ``//``, ``/* */``, ``--``, ``<!--``)  yes
string     string literals inside code, JSON values, quoted log values      yes
code       identifiers, keywords, operators, config keys, shell commands    no
data       rows of CSV/TSV files and ``go.sum``-like listings               no
diff       diff headers and the ``+``/``-`` markers of diff lines           no
log        the timestamp / level / logger prefix of a log line              no
path       file-system paths and URLs                                       no
========== ================================================================ ==========

Segments never overlap and cover the whole text; offsets are Python string indices into the
*original* text. A string literal whose content is itself multi-line text (a JSON value holding
``\\n`` escapes, such as a tool argument with a whole file or message) is segmented again
inside, so a Python file written through ``create_file`` yields code and comments, and a ticket
body yields prose.

`unescape` (re-exported from `redactor.detect.unescape`) decodes JSON escapes into a view with a
map back to the original offsets; it is what every PII detector and the NER adapter scan.
"""

from __future__ import annotations

import re
import sys
from collections import OrderedDict
from dataclasses import dataclass

from redactor import cache_budget

# the code-line heuristic lives in `codelines`; the parts tests read are re-exported here
from redactor.detect.codelines import _CODE_START as _CODE_START
from redactor.detect.codelines import _CODE_START_FIRST as _CODE_START_FIRST
from redactor.detect.codelines import _CODE_TOKEN_HINT as _CODE_TOKEN_HINT
from redactor.detect.codelines import _CODE_TOKENS as _CODE_TOKENS
from redactor.detect.codelines import _CODE_TOKENS_ASCII as _CODE_TOKENS_ASCII
from redactor.detect.codelines import _MD_EMPHASIS as _MD_EMPHASIS
from redactor.detect.codelines import _SYMBOL_RE as _SYMBOL_RE
from redactor.detect.codelines import _TECH_TOKEN as _TECH_TOKEN
from redactor.detect.codelines import _code_tokens as _code_tokens
from redactor.detect.codelines import _looks_like_sentence as _looks_like_sentence
from redactor.detect.codelines import _may_be_technical as _may_be_technical
from redactor.detect.codelines import is_code_line
from redactor.detect.first_chars import with_first_chars
from redactor.detect.unescape import Unescaped, unescape

__all__ = [
    "CODE",
    "COMMENT",
    "DATA",
    "DIFF",
    "KINDS",
    "LOG",
    "NER_KINDS",
    "PATH",
    "PROSE",
    "STRING",
    "Segment",
    "Unescaped",
    "is_code_line",
    "kind_at",
    "segment",
    "unescape",
]


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text` (word lists read better as text)."""
    return frozenset(text.split())


PROSE = "prose"
CODE = "code"
COMMENT = "comment"
STRING = "string"
DATA = "data"
DIFF = "diff"
LOG = "log"
PATH = "path"

KINDS: tuple[str, ...] = (PROSE, CODE, COMMENT, STRING, DATA, DIFF, LOG, PATH)
NER_KINDS: frozenset[str] = frozenset({PROSE, COMMENT, STRING})
"""Kinds whose text is natural language worth running NER on."""


@dataclass(frozen=True, slots=True)
class Segment:
    """A region ``[start, end)`` of a text and what kind of content it holds."""

    kind: str
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


# --------------------------------------------------------------------------------------------
# Line classification
# --------------------------------------------------------------------------------------------

_FENCE = re.compile(r"[ \t>]*(?:```|~~~)\s*([\w.+#-]*)")
_FILE_HEADER = re.compile(
    r"\[(?:read_file|open_file|view_file|file|cat)\s+([^\]\s]+)\]|\$\s+(?:cat|head|tail|less|more|bat)\b[^|>]*?\s([\w./~-]+\.\w+|[\w./~-]*(?:Dockerfile|Makefile))\s*$"
)
_FILE_END = re.compile(r"\[end of file\]|\$\s")
_DIFF_HEADER = re.compile(
    r"diff --git |index [0-9a-f]{6,}\.\.[0-9a-f]{6,}|--- (?:a/|/dev/null)|\+\+\+ (?:b/|/dev/null)|@@ -\d"
)
_DIFF_BODY = re.compile(r"[+\- ]|@@|\\ No newline")
_LOG_PREFIX = re.compile(
    r"[ \t]*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?\]?"
    r"|\[?\d{2}:\d{2}:\d{2}(?:[.,]\d+)?\]?"
    r"|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2})"
    r"(?:\s+\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)\]?)?(?:\s+[\w.\[\]:-]+(?=\s))?"
    r"|[ \t]*\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL)\]?[: ]"
)
_DIFF_FIRST = frozenset("di-+@")
"""First characters of every `_DIFF_HEADER` match."""
_LOG_FIRST = frozenset("[ABCDEFGHIJKLMNOPQRSTUVWXYZ")
"""First characters after blanks of every `_LOG_PREFIX` match, with digits (and, not to reason about
Unicode digits, any non-ASCII character)."""
_SHELL = re.compile(r"[ \t>]*(?:\$|PS [A-Z]:\\[^>]*>|[\w@.-]+[:~][^$#\n]*[$#])\s")
_LINE_NO = re.compile(r"[ \t]*\d{1,6}\t")
_JSONISH = re.compile(r"\s*[\[{]\s*\"")

_CODE_EXT = words(
    "py pyi go js mjs cjs ts tsx jsx java kt kts rb rs c h cc cpp hpp cs php swift scala sh bash zsh"
    " fish ps1 psm1 bat cmd sql yml yaml toml json jsonc ini cfg conf env tf tfvars hcl xml gradle"
    " properties lock mod sum ipynb dockerfile makefile mk cmake lua pl pm r jl dart ex exs erl hs"
    " ml vue svelte html htm css scss less graphql proto"
)
_DATA_EXT = words("csv tsv psv")


_LANG_ALIASES = {
    "python": "py",
    "python3": "py",
    "bash": "sh",
    "shell": "sh",
    "console": "sh",
    "shellsession": "sh",
    "zsh": "sh",
    "javascript": "js",
    "node": "js",
    "typescript": "ts",
    "golang": "go",
    "ruby": "rb",
    "rust": "rs",
    "csharp": "cs",
    "c#": "cs",
    "c++": "cpp",
    "kotlin": "kt",
    "yml": "yaml",
    "dockerfile": "dockerfile",
    "terraform": "tf",
    "powershell": "ps1",
    "text": "txt",
    "plaintext": "txt",
}


def _lang(name: str) -> str:
    return _LANG_ALIASES.get(name, name)


def _ext(path: str) -> str:
    name = path.rsplit("/", 1)[-1].lower()
    if name in ("dockerfile", "makefile") or name.startswith(".env"):
        return "env" if name.startswith(".env") else name
    return name.rsplit(".", 1)[-1] if "." in name else ""


# --------------------------------------------------------------------------------------------
# Lexing code: strings, comments, paths
# --------------------------------------------------------------------------------------------

_HASH_LANGS = words(
    "py pyi rb sh bash zsh fish yml yaml toml ini cfg conf env tf tfvars hcl r pl pm mk makefile"
    " dockerfile ps1 properties"
)
_SLASH_LANGS = words("go js mjs cjs ts tsx jsx java kt kts rs c h cc cpp hpp cs php swift scala dart jsonc proto")
_PATH = re.compile(
    r"(?:(?:(?<![\w+.-])|(?<=\\[nrt]))[A-Za-z][\w+.-]*://[^\s\"'`<>()\[\]{}\\]+)"  # URL
    r"|(?:(?<![\w.\\])[A-Za-z]:(?:\\\\|\\|/)[^\s\"'`<>|:*?]+)"  # Windows path
    r"|(?<![\w.:/])(?:~[\w.-]*|\.{1,2})?(?:/[\w@+.,-]+){2,}/?"  # absolute or ./ path
    r"|(?<![\w/.])[\w.-]+(?:/[\w.@+-]+)+\.[A-Za-z]\w{0,9}\b"  # relative path with an extension
    r"|(?<![\w/.@])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}(?:/[\w.@+~-]+)+/?"  # host/module path
)


class _Out:
    """Collects segments, merging adjacent ones of the same kind."""

    __slots__ = ("ends", "kinds", "starts")

    def __init__(self) -> None:
        self.kinds: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, kind: str, start: int, end: int) -> None:
        if end <= start:
            return
        if self.kinds and self.kinds[-1] == kind and self.ends[-1] == start:
            self.ends[-1] = end
            return
        self.kinds.append(kind)
        self.starts.append(start)
        self.ends.append(end)

    def last_kind(self) -> str:
        return self.kinds[-1] if self.kinds else PROSE

    def items(self) -> list[tuple[str, int, int]]:
        return list(zip(self.kinds, self.starts, self.ends, strict=True))


def _emit_plain(out: _Out, text: str, start: int, end: int, kind: str) -> None:
    """Emit `[start, end)` as `kind`, carving out paths and URLs."""
    if end - start < 4 or (text.find("/", start, end) < 0 and text.find("\\", start, end) < 0):
        out.add(kind, start, end)
        return
    pos = start
    for m in _PATH.finditer(text, start, end):
        out.add(kind, pos, m.start())
        out.add(PATH, m.start(), m.end())
        pos = m.end()
    out.add(kind, pos, end)


_LEX_STOP = with_first_chars(re.compile(r"[\"'`#/<]|(?<![^\n])[ \t]*--[ ]"))
_QUOTES = ('"', "'", "`", '"""', "'''", "```")
_STRING_END = {
    q: re.compile(r"\\.|" + re.escape(q) + ("" if len(q) == 3 or q == "`" else r"|\n"), re.DOTALL) for q in _QUOTES
}


def _lex_code(out: _Out, text: str, start: int, end: int, lang: str, depth: int) -> None:
    """Lex `[start, end)` of code: string literals, comments, paths, the rest is code."""
    hash_ok = lang in _HASH_LANGS or lang == ""
    slash_ok = lang in _SLASH_LANGS or lang == ""
    dash_ok = lang in ("sql", "lua", "hs", "")
    plain = start
    i = start
    while True:
        m = _LEX_STOP.search(text, i, end)
        if m is None:
            break
        i = m.start()
        c = text[i]
        if c in "\"'`":
            if c == "'" and i > start and text[i - 1].isalnum() and lang not in ("sql", "py", "sh"):
                i += 1
                continue  # an apostrophe: don't
            q = c * 3 if text.startswith(c * 3, i) else c
            j = i + len(q)
            stop = _STRING_END[q]
            while True:
                e = stop.search(text, j, end)
                if e is None:
                    j = end
                    break
                if e.group()[0] == "\\" and len(e.group()) == 2:
                    j = e.end()
                    continue
                j = e.start()
                break
            closed = j < end and text.startswith(q, j)
            _emit_plain(out, text, plain, i, CODE)
            out.add(CODE, i, i + len(q))
            _string_body(out, text, i + len(q), j, depth)
            if closed:
                out.add(CODE, j, j + len(q))
                j += len(q)
            i = plain = j
            continue
        comment_end = -1
        if c == "#":
            if hash_ok and (i == start or text[i - 1] in " \t\n;") and not text.startswith("#{", i):
                comment_end = _eol(text, i, end)
        elif c == "/":
            if text.startswith("//", i) and slash_ok and (i == start or text[i - 1] != ":"):
                comment_end = _eol(text, i, end)
            elif text.startswith("/*", i):
                k = text.find("*/", i + 2, end)
                comment_end = end if k < 0 else k + 2
        elif c == "<":
            if text.startswith("<!--", i):
                k = text.find("-->", i + 4, end)
                comment_end = end if k < 0 else k + 3
        elif dash_ok:  # `-- ` at a line start (SQL, Lua, Haskell)
            i = text.index("--", i)
            comment_end = _eol(text, i, end)
        if comment_end > 0:
            _emit_plain(out, text, plain, i, CODE)
            _emit_plain(out, text, i, comment_end, COMMENT)
            i = plain = comment_end
            continue
        i = m.end()
    _emit_plain(out, text, plain, end, CODE)


def _eol(text: str, i: int, end: int) -> int:
    k = text.find("\n", i, end)
    return end if k < 0 else k


_ESCAPED_BREAK = re.compile(r"(?:\\r)?\\n|\n")


def _string_body(out: _Out, text: str, start: int, end: int, depth: int) -> None:
    """A string literal's content: a path, plain string, or (if multi-line) segmented again."""
    if end <= start:
        return
    body = text[start:end]
    if depth < 2 and len(body) > 40 and len(_ESCAPED_BREAK.findall(body)) >= 1:
        view = unescape(body)
        inner = _Out()
        _segment_lines(inner, view.text, 0, len(view.text), depth + 1)
        for kind, a, b in inner.items():
            ra, rb = view.to_raw(a, b)
            out.add(kind, start + ra, start + rb)
        return
    m = _PATH.fullmatch(body.strip())
    if m is not None:
        out.add(PATH, start, end)
        return
    _emit_plain(out, text, start, end, STRING)


# --------------------------------------------------------------------------------------------
# Lines and blocks
# --------------------------------------------------------------------------------------------


_LOG_KEY = re.compile(r"(?<![^\s,;(\[{])[\w.\[\]-]+=")


def _lex_log_line(out: _Out, text: str, start: int, end: int, prefix_end: int, depth: int) -> None:
    """A log line: the prefix is `log`; the message is prose with `key=` parts as code.

    Log messages quote carelessly (``payload="Ann: "Hi""``), so quoted values are not lexed as
    string literals: the message stays prose (NER-eligible) except for keys, paths and JSON.
    """
    out.add(LOG, start, prefix_end)
    rest = text[prefix_end:end].lstrip()
    if rest.startswith(("{", "[")):
        _lex_code(out, text, prefix_end, end, "log", depth)
        return
    pos = prefix_end
    for m in _LOG_KEY.finditer(text, prefix_end, end):
        _emit_plain(out, text, pos, m.start(), PROSE)
        out.add(CODE, m.start(), m.end())
        pos = m.end()
    _emit_plain(out, text, pos, end, PROSE)


def _segment_lines(out: _Out, text: str, start: int, end: int, depth: int) -> None:
    """Classify the lines of `[start, end)` and emit their segments."""
    mode = ""  # "", "fence", "file", "diff"
    lang = ""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        nxt = end if nl < 0 else nl + 1
        line = text[pos:line_end]
        stripped = line.strip()

        fence = _FENCE.match(line) if stripped.lstrip("> \t").startswith(("```", "~~~")) else None
        if fence is not None:
            if mode == "fence":
                mode, lang = "", ""
            else:
                mode, lang = "fence", _lang(fence.group(1).lower())
            out.add(CODE, pos, nxt)
            pos = nxt
            continue
        if mode == "fence":
            _emit_code_line(out, text, pos, line_end, lang, depth)
            out.add(CODE, line_end, nxt)
            pos = nxt
            continue
        if mode == "file":
            if _FILE_END.match(line):
                mode, lang = "", ""
            else:
                _emit_file_line(out, text, pos, line_end, lang, depth)
                out.add(CODE, line_end, nxt)
                pos = nxt
                continue
        if line[:1] in _DIFF_FIRST and _DIFF_HEADER.match(line):
            if line.startswith(("--- ", "+++ ", "diff --git")):
                m = re.search(r"(?:b/|a/)(\S+)\s*$", line)
                if m is not None:
                    lang = _ext(m.group(1))
            mode = "diff"
            out.add(DIFF, pos, nxt)
            pos = nxt
            continue
        if mode == "diff":
            if line and _DIFF_BODY.match(line):
                out.add(DIFF, pos, pos + 1)
                _emit_file_line(out, text, pos + 1, line_end, lang, depth)
                out.add(CODE, line_end, nxt)
                pos = nxt
                continue
            mode, lang = "", ""
        header = _FILE_HEADER.match(stripped) if stripped.startswith(("[", "$")) else None
        if header is not None:
            mode = "file"
            lang = _ext(header.group(1) or header.group(2))
            _emit_code_line(out, text, pos, line_end, "sh", depth)
            out.add(CODE, line_end, nxt)
            pos = nxt
            continue
        _emit_free_line(out, text, pos, line_end, depth)
        out.add(out.last_kind(), line_end, nxt)
        pos = nxt


def _emit_code_line(out: _Out, text: str, start: int, end: int, lang: str, depth: int) -> None:
    m = _LINE_NO.match(text, start, end)
    if m is not None:
        out.add(CODE, start, m.end())
        start = m.end()
    if lang in _DATA_EXT:
        out.add(DATA, start, end)
    elif lang in ("md", "markdown", "txt", "rst", "text", ""):
        _emit_free_line(out, text, start, end, depth)
    else:
        _lex_code(out, text, start, end, lang, depth)


def _emit_file_line(out: _Out, text: str, start: int, end: int, lang: str, depth: int) -> None:
    if lang in _CODE_EXT or lang in _DATA_EXT:
        _emit_code_line(out, text, start, end, lang, depth)
    else:
        m = _LINE_NO.match(text, start, end)
        if m is not None:
            out.add(CODE, start, m.end())
            start = m.end()
        _emit_free_line(out, text, start, end, depth)


def _emit_free_line(out: _Out, text: str, start: int, end: int, depth: int) -> None:
    """A line outside any fence, file or diff: log, shell, JSON, code or prose."""
    line = text[start:end]
    if not line.strip():
        out.add(out.last_kind(), start, end)
        return
    first = line.lstrip(" \t")[:1]
    log = _LOG_PREFIX.match(line) if first in _LOG_FIRST or first.isdigit() or not first.isascii() else None
    if log is not None and log.end() > 0:
        _lex_log_line(out, text, start, end, start + log.end(), depth)
        return
    shell = _SHELL.match(line) if "$" in line or "#" in line or ">" in line else None
    if shell is not None:
        out.add(CODE, start, start + shell.end())
        _lex_code(out, text, start + shell.end(), end, "sh", depth)
        return
    if first in "#/-" and _LINE_COMMENT.match(line):
        _emit_plain(out, text, start, end, COMMENT)
        return
    if ('"' in line and _JSONISH.match(line)) or is_code_line(line):
        _lex_code(out, text, start, end, "", depth)
        return
    _emit_prose(out, text, start, end)


_LINE_COMMENT = re.compile(r"[ \t]*(?:#|//|--)[ \t]+[^\W\d_]")
_INLINE_CODE = re.compile(r"`[^`\n]+`")


def _emit_prose(out: _Out, text: str, start: int, end: int) -> None:
    pos = start
    for m in _INLINE_CODE.finditer(text, start, end):
        _emit_plain(out, text, pos, m.start(), PROSE)
        out.add(CODE, m.start(), m.end())
        pos = m.end()
    _emit_plain(out, text, pos, end, PROSE)


def segment(text: str) -> list[Segment]:
    """Split `text` into an ordered partition of typed segments (see the module docstring)."""
    return list(_segment_cached(text))


_CACHE_TEXTS = 512
_CACHE_BYTES = cache_budget.share("segment")
"""Most estimated bytes of remembered segmentations (the ``segment`` share of the caches' byte
budget, `redactor.cache_budget`): each text's own size, `_ENTRY_BYTES`, `_SEGMENT_BYTES` a segment."""
_ENTRY_BYTES = 200
_SEGMENT_BYTES = 80
_cache: OrderedDict[str, tuple[tuple[Segment, ...], int]] = OrderedDict()
_cache_bytes = 0


def clear_cache() -> None:
    """Forget every remembered segmentation (the texts and their size together)."""
    global _cache_bytes
    _cache.clear()
    _cache_bytes = 0


def cache_bytes() -> int:
    """Estimated bytes the segmentation cache holds."""
    return _cache_bytes


def _segment_cached(text: str) -> tuple[Segment, ...]:
    """Segments of `text`, remembered for the last few hundred texts (at most `_CACHE_BYTES`
    of them). The PII detectors and then the NER adapter both segment every new text of a batch
    (the detectors text by text, NER for the whole batch after them); a cache smaller than a
    batch's texts made that two passes."""
    global _cache_bytes
    hit = _cache.get(text)
    if hit is not None:
        _cache.move_to_end(text)
        return hit[0]
    out = _Out()
    _segment_lines(out, text, 0, len(text), 0)
    segs = tuple(Segment(k, a, b) for k, a, b in out.items())
    size = sys.getsizeof(text) + _ENTRY_BYTES + _SEGMENT_BYTES * len(segs)
    if size <= _CACHE_BYTES // 4:
        _cache[text] = (segs, size)
        _cache_bytes += size
        while len(_cache) > _CACHE_TEXTS or _cache_bytes > _CACHE_BYTES:
            _, (_, old) = _cache.popitem(last=False)
            _cache_bytes -= old
    return segs


def kind_at(segments: list[Segment] | tuple[Segment, ...], pos: int) -> str:
    """The kind of the segment holding raw index `pos` (`segments` as returned by `segment`)."""
    lo, hi = 0, len(segments)
    while lo < hi:
        mid = (lo + hi) // 2
        s = segments[mid]
        if pos < s.start:
            hi = mid
        elif pos >= s.end:
            lo = mid + 1
        else:
            return s.kind
    return PROSE
