"""A first-character look-ahead (`redactor.detect.first_chars`) changes no match of any pattern.

The reading of the first characters is checked on a table of pattern shapes (what gives a set and
what gives none); every pattern the detectors put behind a look-ahead is compared with the pattern
it was made from: on texts built to reach the edges of the look-ahead (case folding of ``k``,
``s``, ``i`` and ``ş``, scoped ``(?i:...)``, look-behinds, words inside words) and on the
development corpus's texts. Spans and groups must be equal.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect.first_chars import first_chars, original_of, with_first_chars
from redactor.detect.pii import structured
from redactor.detect.secrets import assigned, context, context_code, context_config, context_prose, generic

_FAST = {
    "generic.HIT_LOWER": generic.HIT_LOWER,
    "generic._HIT": generic._HIT,
    "context_code._CALL_OPEN": context_code._CALL_OPEN,
    "context_code._CLI_TOKEN": context_code._CLI_TOKEN,
    "context_code._PROMPT_LINE": context_code._PROMPT_LINE,
    "context_config._BASIC": context_config._BASIC,
    "context_config._AWS_ID": context_config._AWS_ID,
    "context._SECRET_CMD": context._SECRET_CMD,
    "context._SECRET_WORDS": context._SECRET_WORDS,
    "context_prose._PROSE_PASSWORD": context_prose._PROSE_PASSWORD,
    "context_prose._PROSE_PASSWORD_MORE": context_prose._PROSE_PASSWORD_MORE,
    "context_prose._PROSE_PASSWORD_SCRIPT": context_prose._PROSE_PASSWORD_SCRIPT,
    "context_prose._SET_TO": context_prose._SET_TO,
    "structured._INSERT": structured._INSERT,
    "context_prose.HASHY": context_prose.HASHY,
    "assigned._NAMED": assigned._NAMED,
}


def _found(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize(
    ("source", "flags", "head"),
    [
        (r"abc|def", 0, "(?-i:[ad])"),
        (r"(?i)\b(?:token|key)s?", 0, "(?i:[kt])"),  # \b takes no character
        (r"(?<![\w-])(?:init|login)", re.IGNORECASE, "(?i:[il])"),  # a look-behind neither
        (r"(?:x(?i:ab)|c)", 0, "(?-i:[cx])"),
        (r"(?i:ab)|c", 0, "(?-i:[c])|(?i:[a])"),  # a scoped flag keeps its own case rule
        (r"a?b", 0, "(?-i:[ab])"),  # an optional first part adds the next one's characters
        (r"[a-c]+x", 0, "(?-i:[a-c])"),
        (r"\d+x", 0, None),  # a category: no set
        (r".x", 0, None),  # any character: no set
        (r"a?", 0, None),  # may match the empty string
        (r"[^a]x", 0, None),  # a negated class
        (r"(?P<q>[\"'])x(?P=q)", 0, "(?-i:[\"'])"),  # a back-reference after the first character is fine
        (r"(?P<q>[\"']?)x(?P=q)", 0, "(?-i:[\"'x])"),
    ],
)
def test_first_chars_reads_plain_characters_and_classes_only(source: str, flags: int, head: str | None) -> None:
    assert first_chars(re.compile(source, flags)) == head


def test_patterns_without_a_set_and_verbose_ones_are_left_alone() -> None:
    plain = re.compile(r"\w+@x")
    assert with_first_chars(plain) is plain
    verbose = re.compile(r"ab  # a comment", re.VERBOSE)
    assert with_first_chars(verbose) is verbose
    assert original_of(plain) is plain


def test_every_fast_pattern_is_behind_a_look_ahead() -> None:
    for name, rx in _FAST.items():
        assert rx.pattern.startswith("(?="), name
        assert original_of(rx) is not rx, name
        assert rx.groupindex == original_of(rx).groupindex, name


_TABLE = [
    "token=abc secret: x \u212aey KEY Token",  # the Kelvin sign folds to k
    "pa\u017f\u017fword is Hunter2024!",  # the long s folds to s
    "LOGIN ab123456789012345678 \u0130nit \u0131nit init abcdefghijklmnopq",  # dotted and dotless i
    "\u015fifre: Xy12345678 \u015eifreniz: Ab12345678",
    "\u043f\u0430\u0440\u043e\u043b\u044c: Secret123 \u041f\u0410\u0420\u041e\u041b\u042c Secret123",
    'Basic dXNlcjpwYXNz AKIAABCDEFGHIJKLMNOP foo("x") $ echo hi\nout',
    "INSERT INTO users (name, email) VALUES ('a', 'b')",
    "I set `OPENAI_API_KEY` to sk-abcdefgh12345678 and changed DB_PASSWORD to hunter22",
    "mot de passe : Xy!12345, contrase\u00f1a: Ab#12345 with the password Qw3rty!!",
    "xtoken ytokens apikey api-key api_key access-key private .key",
    'sha256 SHA1 commit ids _id oid rev build-cache ed25519 name: foo android:name="bar" NAME=baz',
]


@pytest.mark.parametrize("text", _TABLE)
def test_fast_patterns_find_what_their_originals_find(text: str) -> None:
    for name, rx in _FAST.items():
        for subject in (text, text.lower()):
            assert _found(rx, subject) == _found(original_of(rx), subject), name


_PIECES = (
    *_TABLE,
    "password",
    "PW",
    "pwd",
    "user admin, pw ",
    "creds are ",
    " / ",
    " is ",
    ": ",
    "=",
    "\n",
    " ",
    "-",
    "x",
    "\u212a",
    "\u017f",
    "\u0130",
    "\u0131",
    "Abc123!xyz987",
    "sk_live_ABCDEFGHIJKLMNOPQRSTU",
    "\u30d1\u30b9\u30ef\u30fc\u30c9\u306f",  # パスワードは
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12).map("".join))
def test_fast_patterns_on_generated_texts(text: str) -> None:
    for name, rx in _FAST.items():
        assert _found(rx, text) == _found(original_of(rx), text), name


def test_fast_patterns_on_the_development_corpus() -> None:
    corpus = Path(__file__).parent / "data" / "holdout" / "corpus.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(texts) > 100
    for name, rx in _FAST.items():
        for text in texts:
            assert _found(rx, text) == _found(original_of(rx), text), name
