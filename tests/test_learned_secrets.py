"""The learned secret-context model (`secret.learned.context`).

Generated text only (seeded tokens): the model must find random values under a key no rule
names (``zentrix.access = ...``; ``access:`` under ``zentrix:``, which no rule detector found when
the model was added) and in context classes that were single lines of a development set (a key
sentence in Korean or Russian before a bare value, a provider map, ``<PREFIX>_API_KEY=live_...``)
with other vendors and other tokens, and leave ids, commit hashes and digests alone. Each
positive is checked on the learned detector alone, so it fails without the model. The rules'
veto classes are checked on the candidates (and, with no veto class, the same values are
candidates), and the generated near misses the model is trained with (session 10) are checked on
a fresh draw.
"""

from __future__ import annotations

import os
import random
import string
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from redactor.detect.secrets import learned_data
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.learned import LearnedContextDetector
from redactor.detect.secrets.learned_features import candidates, shape_of

ROOT = Path(__file__).resolve().parents[1]
RNG = random.Random(20261127)
ALNUM = string.ascii_letters + string.digits


def _tok(n: int, alphabet: str = ALNUM) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def _hex(n: int) -> str:
    return _tok(n, "0123456789abcdef")


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in LearnedContextDetector(ViewCache()).detect(text)]


POSITIVES = [
    # a dotted config key no rule names as a credential (``access``), a random value
    ("[zentrix]\nzentrix.region = eu-west\nzentrix.access = {v}", _tok(32)),
    # the same key in YAML under the vendor's name
    ("zentrix:\n  region: eu-west\n  access: {v}", _tok(32)),
    # a key sentence in Korean before a bare value
    ("브라이트스톤 연동 키입니다. 테스트 끝나면 폐기해 주세요: {v}", _tok(40)),
    # a Russian sentence naming a vendor's API key, the value after a colon
    ("Ключ Skyforge API для нашего дашборда: {v}", _tok(32)),
    # a provider map: vendor names as keys, random values
    ("// partner keys\nconst partners = {{\n  tidalwave: '{v}',\n  bluenote: 'x'\n}}", _tok(40)),
    # a vendor-prefixed variable with a live_ value
    ("ORBITAL_ENV=production\nORBITAL_API_KEY={v}", "live_" + _tok(32)),
]
IDS = ["dotted-access", "yaml-access", "korean-sentence", "russian-sentence", "provider-map", "env-live"]


@pytest.mark.parametrize(("template", "value"), POSITIVES, ids=IDS)
def test_finds_values_in_learned_context_classes(template: str, value: str) -> None:
    text = template.format(v=value)
    assert value in _found(text)


NEGATIVES = [
    # a commit id after "commit" (the rules' veto: `git_vocab.commit_named`)
    ("commit {v}\nAuthor: CI Bot <ci@example.invalid>\n\n    Fix the flaky test", _hex(40), False),
    # a request id in a JSON log line (UUIDs are never candidates)
    ('{{"level": "info", "request_id": "{v}", "status": 200}}', str(uuid.UUID(int=RNG.getrandbits(128))), False),
    # a sha256 digest of a download (a long value with no key and no credential word: vetoed)
    ("sha256sum dist/app.tar.gz\n{v}  dist/app.tar.gz", _hex(64), False),
    # abbreviated commit ids in git log --oneline (the model judges them)
    ("{v} Fix the flaky retry test (#4412)\n3f9a2c1d7b4e Bump requests to 2.32.3", _hex(12), True),
]


@pytest.mark.parametrize(
    ("template", "value", "judged"), NEGATIVES, ids=["commit", "request-id", "sha256sum", "git-log"]
)
def test_leaves_ids_and_digests_alone(template: str, value: str, judged: bool) -> None:
    text = template.format(v=value)
    assert any(text[c.start : c.end] == value for c in candidates(text)) is judged
    assert value not in _found(text)


def test_text_without_candidates_gives_nothing() -> None:
    assert candidates("Please review the pull request and merge it when the checks pass.") == []
    assert _found("Please review the pull request and merge it when the checks pass.") == []


@pytest.mark.parametrize(
    ("token", "shape"),
    [
        ("a1b2c3", "mixed"),  # letters and digits
        ("0123456789abcdef", "hex"),  # 16 hex
        ("123456", "digits"),  # a PIN
        ("bramble!7786", "pw"),  # a chosen password
        ("AbCdEfGhIjKlMnOpQrStUv", "mixed"),  # 20+ letters of both cases
        ("abcdef", None),  # letters only, short: a word
        ("a1b2c", None),  # too short
        ("hello-world", None),  # words
    ],
)
def test_candidate_shapes(token: str, shape: str | None) -> None:
    assert shape_of(token) == shape


def test_deterministic() -> None:
    text = POSITIVES[0][0].format(v=POSITIVES[0][1])
    a = LearnedContextDetector(ViewCache()).detect(text)
    b = LearnedContextDetector(ViewCache()).detect(text)
    assert a == b
    assert [text[x.start : x.end] for x in a] == [POSITIVES[0][1]]  # and not vacuously


def test_no_value_in_reprs_or_errors() -> None:
    value = POSITIVES[0][1]
    text = POSITIVES[0][0].format(v=value)
    det = LearnedContextDetector(ViewCache())
    spans = det.detect(text)
    assert spans
    assert value not in repr(det)
    assert all(value not in repr(s) for s in spans)
    assert all(value not in repr(c) for c in candidates(text))
    with pytest.raises(ValueError, match="threshold") as err:
        LearnedContextDetector(ViewCache(), threshold=1.5)
    assert value not in str(err.value)


def test_model_is_not_empty() -> None:
    assert len(learned_data.WEIGHTS) > 1000
    assert all(isinstance(k, int) and isinstance(v, float) for k, v in list(learned_data.WEIGHTS.items())[:100])


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("REDACTOR_FIT_CHECK") != "1",
    reason="the training reads the development sets (../shared/eval-dev among them) and this machine's installed"
    " files, so another checkout or machine gives other weights; set REDACTOR_FIT_CHECK=1 to check here",
)
def test_generated_module_is_up_to_date() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "train_secret_context.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=1200,
    )
    assert run.returncode == 0, run.stderr
    assert "is up to date" in run.stdout


VETOED = [
    # key names the rules read as naming no secret (`names.classify_name`, `assigned.key_evidence`)
    *(f"{k}={{v}}" for k in ("page_token", "next_page_token", "state_token", "input_api_key", "api_key_label")),
    *(f'{k} = "{{v}}"' for k in ("CACHE_KEY", "build_id", "content_hash", "trace_id")),
    # sentences about hashes, ids and public keys
    "The token id is {v}",
    "The public key for the release signer is {v}",
    "the build of the secret store service: {v}",
    # a URL path segment (the URL-path rules judge paths)
    "https://cdn.example.com/assets/{v}/app.js",
    # a chosen password as a call's argument (`credcalls` judges calls)
    'is_authorized("admin", "{v}!x")',
]


@pytest.mark.parametrize("template", VETOED)
def test_the_rules_vetoes_leave_no_candidate(template: str) -> None:
    value = _tok(24)
    text = template.format(v=value)
    assert not [c for c in candidates(text) if value in text[c.start : c.end]], text
    assert not _found(text)


@pytest.mark.parametrize("template", ["curl -s -u app_user:{v} https://api.example.com/v1/me", "sso-key {u}:{v}"])
def test_a_user_pass_pair_is_cut_at_the_colon(template: str) -> None:
    value, user = _tok(24), _tok(20)
    text = template.format(v=value, u=user)
    cut = [text[c.start : c.end] for c in candidates(text)]
    assert value in cut  # the password half is judged alone
    assert all(":" not in c for c in cut)


def test_query_values_of_urls_stay_candidates() -> None:
    value = _tok(32)
    text = f"https://api.example.com/v1/items/{_hex(32)}?api_key={value}"
    cut = [text[c.start : c.end] for c in candidates(text)]
    assert value in cut
    assert [c for c in cut if "items" in c or len(c) == 32] == [value]


@pytest.mark.parametrize("template", [t for t in VETOED if "://" not in t])  # a URL's path is cut, not vetoed
def test_without_the_vetoes_those_values_are_candidates(template: str) -> None:
    """The veto table above is not vacuous: with no veto class the same values are candidates."""
    value = _tok(24)
    text = template.format(v=value)
    assert [c for c in candidates(text, frozenset()) if value in text[c.start : c.end]], text


def _near_misses(seed: int, negatives: int, positives: int) -> list[tuple[str, list[tuple[int, int, str]]]]:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from train_secret_context_negatives import generate
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return generate(seed, negatives, positives)


def test_generated_near_misses_are_seeded_and_labelled() -> None:
    """The training's generated texts: the same for a seed, other for another seed; the near misses
    carry no gold span and each credential text exactly its value's span."""
    first = _near_misses(7, 300, 100)
    assert first == _near_misses(7, 300, 100)
    assert first != _near_misses(8, 300, 100)
    assert all(not gold for _, gold in first[:300])
    for text, gold in first[300:]:
        (start, end, label), *rest = gold
        assert not rest and label == "SECRET" and end - start >= 6 and not text[start:end].isspace()
    assert len({text for text, _ in first}) > 380  # values and names vary


def test_generated_near_misses_stay_below_the_threshold() -> None:
    """The model trained with the generated near misses leaves most of a fresh draw of them (another
    seed than the training's) alone and finds most of a fresh draw of the credential texts."""
    texts = _near_misses(99, 400, 200)
    det = LearnedContextDetector(ViewCache())
    flagged = sum(bool(det.detect(text)) for text, _ in texts[:400])
    found = sum(any((s.start, s.end) == gold[0][:2] for s in det.detect(text)) for text, gold in texts[400:])
    assert flagged <= 4  # 1 of 400 when added; 17 with the model trained without them (session 9)
    assert found >= 170  # 190 of 200 when added
