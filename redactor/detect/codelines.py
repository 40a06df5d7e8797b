"""Is a line code or prose? The segmenter's heuristic for lines outside fences, files and diffs.

Split from `redactor.detect.segment` (which re-exports `is_code_line`): a line reads as code when it
starts like a statement or a command, has many symbols, at least two code tokens (operators, calls,
``snake_case`` and ``camelCase`` words, ``key: value`` and assignments) unless it is a long sentence
that names a function, or mostly technical tokens (paths, versions, ``host:port``).

`is_code_line` is a pure function of the line, remembered for the last `_MEMO_LINES` lines of up to
`_MEMO_CHARS` characters: a conversation replayed turn after turn brings the same lines back (a
third of the lines of the bench's replay stream's new texts are repeats).
"""

from __future__ import annotations

import re
from functools import lru_cache

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor import cache_budget

_CODE_START = re.compile(
    r"\s*(?:def|class|func|return|import|from\s+[\w.]+\s+import|package|const|let|var|if|elif|else|for"
    r"|while|switch|case|try|except|catch|finally|public|private|protected|static|fn|pub|use|impl"
    r"|struct|type|interface|enum|module|require|export|async|await|yield|raise|throw|go|defer|select"
    r"|lambda|print|echo|sudo|cd|git|npm|npx|pip|python3?|curl|wget|docker|kubectl|make|cat|ls|mkdir"
    r"|rm|cp|mv|chmod|source|assert|with|#include|#define)\b|\s*@\w+(?:\.\w+)*(?=\s*(?:\(|$|(?:public|private|protected|static|final|void|class|def|async|fun)\b))"
)
_CODE_START_FIRST = frozenset("abcdefghijklmnopqrstuvwxyz#@")
"""First characters after white space of every `_CODE_START` match."""
_CODE_TOKENS = re.compile(
    r":=|==|!=|->|=>|&&|\|\||::|\+=|</|/>|\w\(|\)\s*[{:]|[{};]\s*$|^\s*[}\])]|\w\.\w+\(|\b\w+_\w+\b"
    r"|\b[a-z]+[A-Z]\w*\b|^\s*[\w.$\[\]\"'-]+\s*[:+*/-]?=\s*\S|^\s*-?\s*[a-z_][\w.-]*:\s*(?:\S.*)?$",
    re.MULTILINE,
)
_ASCII_SPACE = r"[\t-\r\x1c-\x1f ]"
"""RE2 source for the characters Python's ``\\s`` matches in ASCII text (RE2's own ``\\s`` lacks
``\\v`` and ``\\x1c``-``\\x1f``)."""
_CODE_TOKENS_ASCII = re2.compile(
    "(?m)" + _CODE_TOKENS.pattern.replace(r"\s", _ASCII_SPACE).replace(r"\S", "[^" + _ASCII_SPACE[1:])
)
"""`_CODE_TOKENS` for ASCII lines, in google-re2: one linear pass instead of Python trying all
nineteen alternatives at each position (about a third of the time). On ASCII text the two mean
the same: ``\\w``, ``\\b``, ``.``, ``^`` and ``$`` (multi-line) agree, ``\\s``/``\\S`` are spelt out,
and RE2 picks the same leftmost-first match a backtracking engine does (no back-references or
look-arounds here). `tests/test_pattern_speed_exact.py` compares the two."""
_CODE_TOKEN_HINT = re.compile(r"[:=!&|+<>/(){};\]_-]|[a-z][A-Z]")
"""Every match of `_CODE_TOKENS` holds one of these characters or a lower-upper pair: a line
without any has no code token (checked first: one cheap scan instead of the alternation)."""
_TECH_TOKEN = re.compile(r"\w[/:=@]\S|\d\.\d+\.\d|^[\w-]+\.\w+\.\w|\w_\w")
_WORD = re.compile(r"[^\W\d_]{2,}")
_NUMBER_TOKEN = re.compile(r"[(+]?\d[\d.,:/-]*[).,;:]?")
_MD_EMPHASIS = re.compile(r"(?<![\w*])(?:\*\*|__)(?=\S)(.+?)(?<=\S)(?:\*\*|__)(?![\w*])")
_SYMBOL_RE = re.compile(r"[{}\[\]()<>=;$&|*\\_^`]")


_MEMO_LINES = 4096
_MEMO_CHARS = 2000


def is_code_line(line: str) -> bool:
    """Heuristic: does this line (outside any fence or file) read as code rather than prose?
    (Remembered for lines of up to `_MEMO_CHARS` characters, see the module docstring.)"""
    return _remembered(line) if len(line) <= _MEMO_CHARS else _is_code_line(line)


def _is_code_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if stripped[0] in _CODE_START_FIRST and _CODE_START.match(line) and not _looks_like_sentence(stripped):
        return True
    if "**" in stripped or "__" in stripped:
        stripped = _MD_EMPHASIS.sub(r"\1", stripped)  # **bold** and __bold__ are prose
    nonspace = len(stripped) - stripped.count(" ") - stripped.count("\t")
    symbols = len(_SYMBOL_RE.findall(stripped))
    if symbols * 6 > nonspace:
        return True
    tokens = stripped.split()
    hits = _code_tokens(line, max(2, len(tokens) // 5 + 1)) if _CODE_TOKEN_HINT.search(line) else 0
    if hits >= 2 and not (hits * 5 <= len(tokens) and _looks_like_sentence(stripped)):
        return True  # (a long sentence that names a function or two is still prose)
    if len(tokens) >= 2 and _may_be_technical(stripped, len(tokens)):
        technical = sum(1 for t in tokens if _TECH_TOKEN.search(t.rstrip(".,;:")))
        if technical * 2 >= len(tokens) and technical >= 2:
            return True
    return hits == 1 and not _looks_like_sentence(stripped)


def _code_tokens(line: str, cap: int) -> int:
    """``min(cap, len(_CODE_TOKENS.findall(line)))``, without looking further once `cap` is reached.

    `is_code_line` asks whether the count is 0, 1 or at least 2, and whether it is at most a fifth
    of the line's words; a count capped just above both limits answers all of it. An ASCII line is
    counted with `_CODE_TOKENS_ASCII` on its bytes, through `_count_ascii`."""
    if line.isascii():
        return _count_ascii(line.encode("ascii"), cap)
    n = 0
    for _ in _CODE_TOKENS.finditer(line):
        n += 1
        if n >= cap:
            break
    return n


_SEARCH = _CODE_TOKENS_ASCII._regexp.Match
_UNANCHORED = re2._Anchor.UNANCHORED


def _count_ascii(data: bytes, cap: int) -> int:
    """``min(cap, number of _CODE_TOKENS_ASCII.finditer(data) matches)``: the wrapper's own loop over
    RE2 (google-re2 1.1, `re2._Regexp._match` for bytes), step for step, without building a match
    object per token (a third of the segmenter's RE2 time went there)."""
    n, pos, end = 0, 0, len(data)
    while n < cap:
        hit_end = _SEARCH(_UNANCHORED, data, pos, end)[0][1]
        if hit_end < 0:
            break
        n += 1
        if pos == end:
            break
        pos = pos + 1 if pos == hit_end else hit_end
    return n


_remembered = cache_budget.helper(entry_bytes=240)(lru_cache(maxsize=_MEMO_LINES)(_is_code_line))


def _may_be_technical(stripped: str, tokens: int) -> bool:
    """Whether enough of the `tokens` words of `stripped` could be technical for `is_code_line`:
    every `_TECH_TOKEN` match holds one of ``/:=@._``, so a line with fewer of them than it needs
    technical words has too few."""
    marks = sum(stripped.count(c) for c in "/:=@._")
    return marks >= 2 and marks * 2 >= tokens


def _looks_like_sentence(s: str) -> bool:
    words = s.split()
    if len(words) < 4:
        return False
    words = [w for w in words if not _NUMBER_TOKEN.fullmatch(w)] or words  # numbers are neutral
    wordy = sum(1 for w in words if _WORD.fullmatch(w.strip(".,;:!?\"'()")))
    return wordy * 10 >= len(words) * 7
