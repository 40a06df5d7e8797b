"""Start-up: Python regexes compiled once per machine, not once per process.

Building a detection engine compiles ~2,200 `re` patterns (the detector modules' module-level
`re.compile` calls, spaCy's tokenizer rules): about 1 CPU s of the ~4 s from process start to
the first output record on this project's machine (docs/performance.md, section 24). Almost all
of it is `re`'s pure-Python parser and code generator (`re._parser`, `re._compiler._code`); the C
step that turns the code into a pattern object (`_sre.compile`) is cheap. `compile_cache` keeps
the generated code of every pattern compiled inside the block in a small file (marshal) and, on
the next start, hands the stored code straight to `_sre.compile`.

**Exact.** A pattern built from the stored code is the pattern `re` builds: the code is a pure
function of the pattern text, the flags and the interpreter (CPython compares two patterns equal
exactly when flags, pattern text and code are equal; `tests/test_regex_cache.py` checks every
entry against a fresh compile). The file is keyed by the interpreter (its cache tag, full
version string and `_sre.MAGIC`), so another Python never reads it; a pattern edited since the
file was written is simply not in it and is compiled as before.

**Where.** ``$REDACTOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/redactor``, else
``~/.cache/redactor`` (created 0700, file 0600; written atomically, only when a pattern was
missing; a read-only or unwritable place just means no saving). A file owned by another user
(root excepted: a cache built into a container image as root) or writable by others is ignored:
its code decides what the detectors match, so it is trusted like the bytecode cache.
``REDACTOR_DISABLE_SPEEDUPS=regex`` (or ``all``) switches it off
(`redactor.detect.engine.SPEEDUPS`); so does an interpreter whose `re` internals differ from the
ones this was written for (then nothing is patched).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's regex engine (no stub)
import contextlib
import marshal
import os
import re
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

_T = TypeVar("_T")

_compiler: Any = getattr(re, "_compiler", None)
_parser: Any = getattr(re, "_parser", None)

FORMAT = 2
"""Bumped when the file layout changes (2: the memo of derived pattern facts, `memo`)."""

MAX_ENTRIES = 20_000
"""Most patterns kept in the file (a run compiles ~2,200)."""

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What `_sre.compile` takes besides the pattern text: flags, code, groups, groupindex, indexgroup."""

MemoKey = tuple[str, str, int]
"""(kind, pattern, flags) of a stored fact derived from a pattern (`memo`)."""

_active: list[tuple[dict[MemoKey, Any], dict[MemoKey, Any], dict[str, int]]] = []
"""The open block's stored memo, the memo entries it used and its counters (empty: no block)."""


def _tag() -> str:
    return f"{sys.implementation.cache_tag}|{sys.version}|{getattr(_sre, 'MAGIC', '?')}|{FORMAT}"


def cache_path(environ: dict[str, str] | None = None) -> Path:
    """The cache file for this interpreter (see the module docstring for the directory)."""
    env = os.environ if environ is None else environ
    base = env.get("REDACTOR_CACHE_DIR") or ""
    if base:
        root = Path(base)
    else:
        xdg = env.get("XDG_CACHE_HOME") or ""
        root = (Path(xdg) if xdg else Path.home() / ".cache") / "redactor"
    # the layout in the name: a tree of another layout (an older checkout on the same machine)
    # keeps its own file instead of rewriting this one at every start
    return root / f"re-{sys.implementation.cache_tag}-f{FORMAT}.marshal"


def supported() -> bool:
    """True when `re`'s internals are the ones `_generate` reproduces (CPython 3.11-3.13)."""
    return (
        sys.implementation.name == "cpython"
        and (3, 11) <= sys.version_info[:2] <= (3, 13)
        and callable(getattr(_compiler, "compile", None))
        and callable(getattr(_compiler, "_code", None))
        and callable(getattr(_parser, "parse", None))
    )


def _generate(pattern: str | bytes, flags: int) -> Entry:
    """What `re._compiler.compile` computes before it calls `_sre.compile` (same steps)."""
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = p.state.groupdict
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    # the code mixes ints with `re`'s named opcode constants (an int subclass marshal cannot
    # store); `_sre.compile` reads each as a C integer either way
    return (
        int(flags | p.state.flags),
        [int(c) for c in code],
        int(p.state.groups - 1),
        dict(groupindex),
        tuple(indexgroup),
    )


def build(pattern: str | bytes, entry: Entry) -> re.Pattern[Any]:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)  # type: ignore[no-any-return]


def _trusted(path: Path) -> bool:
    """A regular file owned by this user or by root (a cache built into a container image as root
    and read by an unprivileged user; root could replace the interpreter anyway), writable by
    nobody else."""
    try:
        st = path.stat()
    except OSError:
        return False
    uid = os.geteuid() if hasattr(os, "geteuid") else st.st_uid
    return stat.S_ISREG(st.st_mode) and st.st_uid in (uid, 0) and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def load(path: Path) -> dict[tuple[type, str | bytes, int], Entry]:
    """The entries stored for this interpreter ({} when the file is missing, foreign or damaged)."""
    return load_all(path)[0]


def load_all(path: Path) -> tuple[dict[tuple[type, str | bytes, int], Entry], dict[MemoKey, Any]]:
    """The stored entries and memo (both empty when the file is missing, foreign or damaged)."""
    if not _trusted(path):
        return {}, {}
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}, {}
    if (
        not isinstance(data, tuple)
        or len(data) != 3
        or data[0] != _tag()
        or not isinstance(data[1], list)
        or not isinstance(data[2], list)
    ):
        return {}, {}
    out: dict[tuple[type, str | bytes, int], Entry] = {}
    for item in data[1]:
        if not (isinstance(item, tuple) and len(item) == 3 and isinstance(item[1], int) and len(item[2]) == 5):
            return {}, {}
        pattern, flags, entry = item
        out[type(pattern), pattern, flags] = entry
    memo: dict[MemoKey, Any] = {}
    for item in data[2]:
        if not (isinstance(item, tuple) and len(item) == 4 and isinstance(item[0], str) and isinstance(item[1], str)):
            return {}, {}
        kind, pattern, flags, value = item
        memo[kind, pattern, flags] = value
    return out, memo


def save(
    path: Path, entries: dict[tuple[type, str | bytes, int], Entry], memo: dict[MemoKey, Any] | None = None
) -> bool:
    """Write the entries (and memo) atomically (0600, directory 0700); False when the place is not
    writable."""
    items = [(pattern, flags, entry) for (_, pattern, flags), entry in list(entries.items())[-MAX_ENTRIES:]]
    facts = [(kind, text, flags, value) for (kind, text, flags), value in list((memo or {}).items())[-MAX_ENTRIES:]]
    try:
        data = marshal.dumps((_tag(), items, facts))
    except ValueError:  # pragma: no cover - an entry marshal cannot store: keep no file
        return False
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".re-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError:
        return False
    return True


def _enabled() -> bool:
    from redactor.detect.engine import disabled_speedups

    return supported() and "regex" not in disabled_speedups()


@contextlib.contextmanager
def compile_cache(path: Path | None = None) -> Iterator[dict[str, int]]:
    """Inside the block, `re` compiles patterns from the stored code when it has it; on exit the
    file is rewritten with every pattern the block compiled, when one was missing.

    Yields counters (``hits``, ``misses``). Nested blocks (or another thread's) leave the outer
    block in charge. Patterns compiled outside any block are untouched.
    """
    counts = {"hits": 0, "misses": 0, "memo_hits": 0, "memo_misses": 0}
    if not _enabled() or getattr(_compiler.compile, "_redactor_cache", False):
        yield counts
        return
    where = path or cache_path()
    stored, stored_memo = load_all(where)
    used: dict[tuple[type, str | bytes, int], Entry] = {}
    used_memo: dict[MemoKey, Any] = {}
    original = _compiler.compile
    debug = int(getattr(re, "DEBUG", 128))

    def cached_compile(p: Any, flags: int = 0) -> Any:
        if type(p) not in (str, bytes) or flags & debug:  # subclasses: as before
            return original(p, flags)
        flags = int(flags)  # `re` passes ints; a caller of `_compiler.compile` may pass a RegexFlag
        key = (type(p), p, flags)
        entry = stored.get(key)
        if entry is not None:
            try:
                pat = build(p, entry)
            except (TypeError, ValueError, RuntimeError):  # damaged entry: compile as before
                entry = None
            else:
                counts["hits"] += 1
                used[key] = entry
                return pat
        entry = _generate(p, flags)  # raises re.error exactly where re would
        counts["misses"] += 1
        used[key] = entry
        return build(p, entry)

    cached_compile._redactor_cache = True  # type: ignore[attr-defined]
    _compiler.compile = cached_compile
    _active.append((stored_memo, used_memo, counts))
    try:
        yield counts
    finally:
        if _compiler.compile is cached_compile:
            _compiler.compile = original
        _active.remove((stored_memo, used_memo, counts))
        if counts["misses"] or counts["memo_misses"]:
            save(where, used, used_memo)


def memo(kind: str, pattern: str, flags: int, compute: Callable[[], _T]) -> _T:
    """``compute()``, a fact derived from the pattern text and flags alone (and the interpreter),
    stored in the cache file beside the patterns: inside an open `compile_cache` block a stored
    value is returned as it is, a missing one is computed and stored on exit. Outside a block it
    is just ``compute()``. The value must be what marshal stores (str, None, numbers, tuples).
    ``kind`` names the function (``first_chars``); a change to that function must change ``kind``.
    """
    if not _active:
        return compute()
    stored, used, counts = _active[0]
    key = (kind, pattern, int(flags))  # a RegexFlag is an int subclass marshal cannot store
    if key in stored:
        counts["memo_hits"] += 1
        value: _T = stored[key]
    else:
        counts["memo_misses"] += 1
        value = compute()
    used[key] = value
    return value


def build_file(policy: Path | None = None, path: Path | None = None, *, ner: bool | None = None) -> dict[str, int]:
    """Build the detection engine once with the cache on, so the file holds every pattern a start
    compiles (`python -m redactor.regex_cache --build`; `make install` runs it). Returns the counts
    (``hits``, ``misses``) and ``entries``, the patterns the file now holds.

    ``policy`` defaults to the shipped ``policies/default.yaml``; ``ner`` (default: as the policy
    says) loads the NER model, whose tokenizer compiles patterns too. Patterns do not depend on the
    policy's entity lists: every detector module is imported whatever it enables.
    """
    from redactor.pipeline import build_engine
    from redactor.policy import load_policy

    pol = load_policy(policy or Path(__file__).resolve().parents[1] / "policies" / "default.yaml")
    where = path or cache_path()
    re.purge()  # a pattern `re` still holds from before would not pass through the block
    with compile_cache(where) as counts:  # the outer block: build_engine's own block nests in it
        build_engine(pol, load_ner=pol.detection.ner if ner is None else ner)
    return {**counts, "entries": len(load(where))}


_USAGE = """usage: python -m redactor.regex_cache --build [--policy FILE] [--no-ner]

Write the compiled-regex cache a start-up reads (into $REDACTOR_CACHE_DIR, else
$XDG_CACHE_HOME/redactor, else ~/.cache/redactor). Run it at install time or in a container image
build, as the user that runs redactor or as root, with the same cache directory.

  --build          build the detection engine once and store its patterns
  --policy FILE    policy file (default: the shipped policies/default.yaml)
  --no-ner         do not load the NER model
"""


def main(argv: list[str] | None = None) -> int:
    """``python -m redactor.regex_cache --build [--policy FILE] [--no-ner]``: see `build_file`.

    Arguments are read by hand: `argparse` imports `gettext`, which compiles a pattern at import;
    imported before the block, that pattern would be missing from the file for every process that
    imports `gettext` inside it.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    policy: Path | None = None
    if "--policy" in args:
        i = args.index("--policy")
        if i + 1 >= len(args):
            sys.stderr.write(_USAGE)
            return 2
        policy = Path(args.pop(i + 1))
        args.pop(i)
    if args in (["-h"], ["--help"]):
        sys.stdout.write(_USAGE)
        return 0
    if "--build" not in args or set(args) - {"--build", "--no-ner"}:
        sys.stderr.write(_USAGE)
        return 2
    where = cache_path()
    if not _enabled():
        print(f"regex cache off (interpreter unsupported or REDACTOR_DISABLE_SPEEDUPS): {where} not written")
        return 0
    counts = build_file(policy, where, ner=False if "--no-ner" in args else None)
    state = "written" if counts["misses"] else "already complete"
    print(f"{where}: {counts['entries']} patterns, {counts['misses']} compiled now ({state})")
    return 0


if __name__ == "__main__":  # pragma: no cover - exercised in a subprocess by the tests
    # run the imported module's `main`, not this `__main__` copy's: `compile_cache` checks the
    # patched `re` function of the module `redactor.pipeline` imports
    from redactor.regex_cache import main as _main

    sys.exit(_main())
