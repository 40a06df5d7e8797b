"""The learned secret-context model's speed-ups change no decision (session 10).

Each speed-up of `learned_features` / `learned` has a slow reference it must agree with, on
seeded random strings and generated texts: the linear `key_before` and the end-anchored
`KEY_BEFORE` search; `_LIVE_RUN` and every `_RUN` filtered as before; the per-token cache of
`randomness.known_shape` and the call with context; the detector's bound (`_could_reach`, which
skips the randomness and word scores) and the full probability of every candidate.
"""

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.secrets import learned_features as lf
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.learned import LearnedContextDetector, probability
from redactor.detect.secrets.learned_data import VETOES, WEIGHTS
from redactor.detect.secrets.learned_vetoes import KEY_BEFORE, TAIL, VETO_CLASSES, key_before
from redactor.detect.secrets.randomness import known_shape

RNG = random.Random(20261127)
ALNUM = string.ascii_letters + string.digits


def _tok(n: int, alphabet: str = ALNUM) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def test_key_before_finds_what_the_end_anchored_search_finds() -> None:
    alphabet = "ab-_.$@ \t\"'`]=>:|/x1\u00e9"  # key characters, separators, quotes, blanks, a letter of another script
    checked = 0
    for _ in range(6000):
        line = "".join(RNG.choice(alphabet) for _ in range(RNG.randrange(0, 14)))
        if RNG.random() < 0.1:
            line = "k" * RNG.randrange(75, 90) + line  # keys longer than the 80 characters read
        if RNG.random() < 0.1:
            line = "x" * RNG.randrange(TAIL - 90, TAIL + 5) + line  # a long key run before the tail read
        if RNG.random() < 0.1:
            line = "key" + " " * RNG.randrange(TAIL - 20, TAIL + 5) + "= "  # blanks to where the tail read starts
        m = KEY_BEFORE.search(line[-TAIL:])
        assert key_before(line) == ((m.group(1), m.group(2)) if m else None), repr(line)
        checked += m is not None
    assert checked > 1500  # most of the strings have a key: the comparison is not vacuous


def _runs_as_before(text: str) -> list[tuple[int, int]]:
    out = []
    for m in lf._RUN.finditer(text):
        s, e = m.span()
        if e - s >= lf.MIN_LEN and not (e - s < 20 and m.group().isalpha()):
            out.append((s, e))
    return out


def test_live_runs_are_the_runs_that_were_cut_before() -> None:
    alphabet = "abcXYZ\u00e9\u00b2\u0436_1-.: \n\"'(|\u4e00"
    found = 0
    for _ in range(5000):
        text = "".join(RNG.choice(alphabet) if RNG.random() < 0.7 else RNG.choice("abcdefgh") for _ in range(60))
        live = [m.span() for m in lf._LIVE_RUN.finditer(text) if not (m.end() - m.start() < 20 and m.group().isalpha())]
        assert live == _runs_as_before(text), repr(text)
        found += len(live)
    assert found > 1000


def test_cached_known_shape_answers_as_with_context() -> None:
    befores = ["", "sha256: ", "checksum=", "the digest is ", "api_key = "]
    tokens = [
        *(_tok(n, "0123456789abcdef") for n in (16, 21, 32, 40, 64)),
        *(_tok(n) for n in (12, 21, 22, 27, 43, 44)),
        "1.2.3",
        "2026-01-31",
        "#a1b2c3",
        "user@example.com",
    ]
    for token in tokens:
        for before in befores:
            assert lf._known_shape(token, before) == known_shape(token, before), (len(token), before)


def _texts() -> list[str]:
    keys = ["api_key", "build_id", "password", "commit", "token", "page_token", "zentrix.access", "sha256"]
    seps = ["=", ": ", ' = "', "=> '", " is "]
    texts = []
    for _ in range(300):
        values = [_tok(RNG.randrange(8, 48)), _tok(40, "0123456789abcdef"), _tok(12) + "!", _tok(10, "0123456789")]
        heading = RNG.choice(["config", "deploy notes", "fixtures"])
        texts.append(f"# {heading}\n{RNG.choice(keys)}{RNG.choice(seps)}{RNG.choice(values)}\n")
    return texts


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.9, 0.97])
def test_the_bound_drops_no_candidate_that_reaches_the_threshold(threshold: float) -> None:
    det = LearnedContextDetector(ViewCache(), threshold=threshold)
    reported = 0
    for text in _texts():
        cands = lf.candidates(text, VETOES)
        doc = sum(WEIGHTS.get(i, 0.0) for i in lf.hashed(lf.doc_features(text)))
        expected = [
            (c.start, c.end, round(p, 3))
            for c in cands
            if (p := probability(lf.hashed(lf.features(text, c)), doc)) >= threshold
        ]
        got = [(s.start, s.end, s.score) for s in det.detect(text)]
        assert [g for g in got if (g[0], g[1]) in {(e[0], e[1]) for e in expected}] == expected
        reported += len(expected)
    assert reported > 20  # the texts hold values the model reports at every threshold tried


def test_vetoes_the_model_was_trained_behind_are_known_classes() -> None:
    assert set(VETOES).issubset(VETO_CLASSES)
    assert VETOES  # the near-miss tests of the rule detectors need the rules' vetoes


@pytest.mark.parametrize(
    ("token", "plain"),
    [
        ("notification-hub-api-1", True),  # a container: words and a short number
        ("eu-central-1", True),  # a region
        ("BASTION-02", True),  # a host, upper case
        ("HTTP/1.1", True),  # a protocol and its version
        ("curl/8.9.1", True),  # a user agent
        ("Apache-2.0", True),  # a licence
        ("k-w8cxz", False),  # random lower-case letters around a digit: no words
        ("Txm9-bkKG3Jm", False),  # both cases
        ("billing-worker-api-123", False),  # three digits
        ("notificationhubapi1", False),  # no separator
    ],
)
def test_plain_names_are_no_candidates(token: str, plain: bool) -> None:
    shape = lf.shape_of(token)
    assert shape is not None
    assert lf._plain_name(token, shape) is plain
    text = f"service: {token}\n"
    assert any(text[c.start : c.end] == token for c in lf.candidates(text)) is not plain
