"""Session-4 speed-ups change no finding: literal cues decided in one RE2 pass (`LiteralGroups`)
give the one-by-one answer, the context finders and the conversation rules find the same values
with the one-pass cues as without them, and the segmenter's cheap pre-checks are necessary
conditions of the regexes they guard."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect import segment as seg
from redactor.detect.pii._base import text_info
from redactor.detect.pii.speakers import ConversationPersonDetector
from redactor.detect.prefilter import LiteralGroups
from redactor.detect.secrets import context
from redactor.detect.secrets.context import scan
from redactor.detect.secrets.context_code import _CALL, calls
from redactor.detect.secrets.escapes import EscapeView

ROOT = Path(__file__).resolve().parents[1]

GROUPS = {
    "ask": ("ping", "ask", "tell"),
    "born": ("(born", "(née"),  # a non-ASCII literal
    "shared": ("ask", "token"),  # a literal in two groups
    "empty": (),  # never found
    "everywhere": ("", "zzz"),  # the empty literal occurs in every text
    "script": ("пароль", "密码"),
}


def one_by_one(low: str) -> set[str]:
    return {name for name, lits in GROUPS.items() if any(lit in low for lit in lits)}


@pytest.mark.parametrize(
    "low",
    [
        "",  # only the group with the empty literal
        "please ask him",  # two groups share "ask"
        "ping",  # the whole text is a literal
        "emeka obi (née okafor)",  # a non-ASCII literal
        "пароль: x",  # another script
        "pin g as k",  # near miss: split literals are not found
        "\ud83d lone surrogate ask",  # a lone surrogate next to a literal
    ],
)
def test_literal_groups_give_the_one_by_one_answer(low: str) -> None:
    groups = LiteralGroups(GROUPS)
    assert set(groups.found(low)) == one_by_one(low)
    assert set(groups.found(low, fast=False)) == one_by_one(low)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("pingaskteltoknée(bor пароль密码 \n")), max_size=40))
def test_literal_groups_match_the_one_by_one_answer_on_any_text(low: str) -> None:
    assert set(LiteralGroups(GROUPS).found(low)) == one_by_one(low)


@lru_cache(maxsize=1)
def corpus_texts() -> tuple[str, ...]:
    """Two held-out corpora (English and other languages, code, chat, configs)."""
    texts: list[str] = []
    for name in ("holdout", "holdout2"):
        lines = (ROOT / "tests/data" / name / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
        texts.extend(json.loads(line)["text"] for line in lines if line.strip())
    return tuple(texts)


NEAR_MISSES = [
    "the \u017fecret is Xq9vB2kLm4Zp8Rt6Yw3N",  # long s (U+017F): (?i) "s" matches it, the literal "secret" does not
    "the TOKEN İs Xq9vB2kLm4Zp8Rt6Yw3N",  # dotted capital I lower-cases to two characters
    "password: Hx7!kq29Lm\n$ cat ~/.config/tok.key\nXq9vB2kLm4Zp8Rt6Yw3N",
    "Note: `KcSZ4rT9vB2kLm4Zp8Rt6` is a live credential",
]


def test_context_finders_find_the_same_with_and_without_one_pass_cues() -> None:
    texts = [*corpus_texts(), *NEAR_MISSES]
    found_any = 0
    for text in texts:
        view = EscapeView(text)
        fast = scan(view, fast=True)
        assert fast == scan(view, fast=False)
        found_any += bool(fast)
    assert found_any >= 10  # the corpus exercises the finders


def test_conversation_rules_find_the_same_with_and_without_one_pass_cues() -> None:
    gated, ungated = ConversationPersonDetector(gated=True), ConversationPersonDetector(gated=False)
    found_any = 0
    for text in corpus_texts():
        info = text_info(text)
        fast = list(gated.scan(info))
        assert fast == list(ungated.scan(info))
        found_any += bool(fast)
    assert found_any >= 10


LINE = st.text(alphabet=st.sampled_from(list('aZ09 \t[]#/-@$>"{_.:=!\u0660\u00e9\u2003')), max_size=30)


@settings(max_examples=500, deadline=None)
@given(LINE)
def test_segmenter_prechecks_are_necessary_conditions(line: str) -> None:
    first = line.lstrip(" \t")[:1]
    if seg._DIFF_HEADER.match(line):
        assert line[:1] in seg._DIFF_FIRST
    if seg._LOG_PREFIX.match(line):
        assert first in seg._LOG_FIRST or first.isdigit() or not first.isascii()
    if seg._SHELL.match(line):
        assert "$" in line or "#" in line or ">" in line
    if seg._LINE_COMMENT.match(line):
        assert first in "#/-"
    if seg._JSONISH.match(line):
        assert '"' in line
    if line.strip() and seg._CODE_START.match(line):
        assert line.strip()[0] in seg._CODE_START_FIRST
    tokens = line.split()
    technical = sum(1 for t in tokens if seg._TECH_TOKEN.search(t.rstrip(".,;:")))
    if len(tokens) >= 2 and technical * 2 >= len(tokens) and technical >= 2:
        assert seg._may_be_technical(line.strip(), len(tokens))


def test_segmenter_prechecks_keep_known_shapes() -> None:
    """Lines each guarded regex must still see (a failing pre-check would drop them)."""
    assert seg.segment("2024-05-01T10:00:00Z INFO svc started")[0].kind == seg.LOG
    assert seg.segment("$ ls -la")[0].kind == seg.CODE
    assert seg.segment("# a comment about Ana")[0].kind == seg.COMMENT
    assert seg.segment('{"name": "x"}')[0].kind == seg.CODE
    assert seg.segment("diff --git a/x.py b/x.py\n+x = 1")[0].kind == seg.DIFF
    assert seg.is_code_line("def main(argv: list[str]) -> int:")
    assert seg.is_code_line("see api.example.com/v1 and host_name=db.internal")


def reference_is_code_line(line: str) -> bool:
    """`is_code_line` as it was before the pre-checks and the capped count (session 3)."""
    stripped = line.strip()
    if not stripped:
        return False
    if seg._CODE_START.match(line) and not seg._looks_like_sentence(stripped):
        return True
    if "**" in stripped or "__" in stripped:
        stripped = seg._MD_EMPHASIS.sub(r"\1", stripped)
    nonspace = len(stripped) - stripped.count(" ") - stripped.count("\t")
    if len(seg._SYMBOL_RE.findall(stripped)) * 6 > nonspace:
        return True
    hits = len(seg._CODE_TOKENS.findall(line)) if seg._CODE_TOKEN_HINT.search(line) else 0
    if hits >= 2 and not (hits * 5 <= len(stripped.split()) and seg._looks_like_sentence(stripped)):
        return True
    tokens = stripped.split()
    if len(tokens) >= 2:
        technical = sum(1 for t in tokens if seg._TECH_TOKEN.search(t.rstrip(".,;:")))
        if technical * 2 >= len(tokens) and technical >= 2:
            return True
    return hits == 1 and not seg._looks_like_sentence(stripped)


CODE_WORDS = st.sampled_from(
    ["def", "x", "run()", "a_b", "fooBar", "==", "->", "is", "the", "and", "Ana", "a.b.c", "1.2.3", "k=v", "{", "};"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(CODE_WORDS, max_size=14).map(" ".join))
def test_is_code_line_answers_as_before_on_word_mixes(line: str) -> None:
    assert seg.is_code_line(line) == reference_is_code_line(line)


def test_is_code_line_answers_as_before_on_every_corpus_line() -> None:
    lines = {ln for text in corpus_texts() for ln in text.split("\n")}
    assert len(lines) > 1000
    for line in lines:
        assert seg.is_code_line(line) == reference_is_code_line(line), line[:40]


@settings(max_examples=300, deadline=None)
@given(st.lists(CODE_WORDS, max_size=14).map(" ".join), st.integers(min_value=1, max_value=5))
def test_capped_code_token_count(line: str, cap: int) -> None:
    assert seg._code_tokens(line, cap) == min(cap, len(seg._CODE_TOKENS.findall(line)))


def call_matches(it: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in it]


def test_sdk_calls_are_the_regex_matches_on_the_corpus() -> None:
    found = 0
    for text in corpus_texts():
        expected = call_matches(_CALL.finditer(text))
        assert call_matches(calls(text)) == expected
        found += len(expected)
    assert found >= 10


CALL_PIECES = st.sampled_from(
    ["a", "Z", "_", "$", "9", "\u00e9", "(", '"', "'", " ", ",", "\n", ".", "x" * 16, "AbCdEfGhIjKlMnOpQ", "Client"]
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(CALL_PIECES, max_size=16).map("".join))
def test_sdk_calls_are_the_regex_matches_on_any_text(text: str) -> None:
    # identifiers that start with digits or accents, nested and empty calls, quotes without calls
    assert call_matches(calls(text)) == call_matches(_CALL.finditer(text))


def test_context_literal_gates_are_still_read_from_the_current_regexes() -> None:
    """If SECRET_CMD or SECRET_WORDS is edited, its literal gate switches itself off (fails open);
    this fails so that whoever edits it re-derives the literals in `context._CUES` and the source
    in `context._GATED_REGEXES`."""
    assert context.GATES_CMD
    assert context.GATES_WORDS
