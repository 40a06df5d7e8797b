"""The engine's text gates (`redactor.detect.gates`) skip only detectors that cannot find anything.

Each gated detector finds nothing on generated texts failing its gate (texts built to be found
but for the missing class of character), and on every text of the development sets and the
sample stream the gates skip; engines with and without the gates give the same spans; the gates
are part of the ``prefilter`` speed-up.
"""

# ruff: noqa: RUF001  # CJK punctuation is part of the texts the gated detectors read

from __future__ import annotations

import json
import random
from functools import lru_cache
from pathlib import Path

import pytest

from redactor.detect.base import Detector
from redactor.detect.engine import DISABLE_ENV, DetectionEngine, EngineSettings
from redactor.detect.gates import TEXT_GATES, TextGates, missing
from redactor.detect.registry import all_detectors
from redactor.records import decode

ROOT = Path(__file__).resolve().parents[1]
DEV_SETS = ("holdout", *(f"holdout{n}" for n in range(2, 18)))
"""The development sets, named one by one (the blind sets are never read)."""
EVAL_DEV = ROOT.parent / "shared/eval-dev/corpus.jsonl"


def detector(name: str) -> Detector:
    return next(d for d in all_detectors() if d.name == name)


def _corpus(path: Path) -> list[str]:
    return [json.loads(x)["text"] for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@lru_cache(maxsize=1)
def dev_texts() -> tuple[str, ...]:
    """Every text of the 17 development sets in tests/data, eval-dev when present, and every text
    slot of the bundled sample stream."""
    texts: list[str] = []
    for name in DEV_SETS:
        texts.extend(_corpus(ROOT / "tests/data" / name / "corpus.jsonl"))
    if EVAL_DEV.exists():
        texts.extend(_corpus(EVAL_DEV))
    texts.extend(stream_texts())
    return tuple(dict.fromkeys(texts))


@lru_cache(maxsize=1)
def stream_texts() -> tuple[str, ...]:
    """Every text slot of the bundled sample stream."""
    texts: list[str] = []
    for line in (ROOT / "samples/copilot-stream.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            dec = decode(json.loads(line))
        except Exception:  # malformed lines of the stream are part of the sample; they have no slots
            continue
        texts.extend(s.text for s in dec.slots)
    return tuple(dict.fromkeys(texts))


# ---- generated texts: findable shapes, with the required class of character taken out ----

DIGIT_TEXTS = (
    "Call me on +1 (415) 555-0132 or 020 7946 0958, mobile 07700 900123.",
    "Phone: +49 30 901820, Tel. 0049-89-1234567, ☎ +33 1 42 68 53 00",
    "Card number 4111 1111 1111 1111 exp 12/27, cc# 5500-0000-0000-0004",
    "IBAN: GB82 WEST 1234 5698 7654 32 and DE89370400440532013000",
    "SSN 536-22-8841, social security number 287-65-4320, ssn: 412 73 9561",
    "Ship to 27 Albion Road, London SW1A 1AA; or 1600 Main St, Springfield, IL 62704",
    "Eircode D02 X285, Ottawa ON K1A 0B1, Baku AZ 1000",
    "const SECRET = [" + ", ".join(str((i * 37) % 256) for i in range(64)) + "];",
)
"""Texts the digit-gated detectors report, with their digits."""

NOT_DIGITS = "OlZEhSbLBg"
"""Letters a digit may become (0 -> O, 1 -> l, ...)."""
LOOKALIKES = "⁰¹²³⁴⁵⁶⁷⁸⁹①②③④⑤⑥⑦⑧⑨ⅠⅡⅢ½"
"""Characters that are numbers to ``str.isdigit`` or ``isnumeric`` but not decimal digits (Nd)."""

ASCII_TEXTS = (
    "Zhang Wei: ni hao, ming tian kai hui ma?\nWang Fang: hao de.",
    "Zhang Wei (Wang Fang) wrote: Li Na, Liu Yang, Chen Jing; sign-off -- Zhao Lei",
    "Nguyen Van An, so 18 ngo 42 pho Thinh Hao 1, phuong Hang Bot, quan Dong Da, Ha Noi",
    "Tanaka Taro-san, Tokyo-to Shibuya-ku Jingumae 1-2-3, Yamada Hanako sama",
    "Ivan Petrov, ul. Tverskaya d. 7 kv. 12, Moskva; Ahmed Al-Sayed, Dubai",
    "Kim Min-jun, Seoul Gangnam-gu Teheran-ro 123, Park Ji-hoon nim",
    "Attendees: Somchai Jaidee, 99 Moo 3, Tambon Suthep, Chiang Mai 50200",
)
"""ASCII spellings of what the non-ASCII-gated detectors look for (their real forms need letters
outside ASCII)."""

NON_ASCII_TEXTS = (
    "联系人：张伟 13800138000",
    "张伟：你好，明天开会吗？\n王芳：好的。",
    "Người liên hệ: Nguyễn Văn An, số 18 ngõ 42 phố Thịnh Hào 1, phường Hàng Bột, quận Đống Đa, Hà Nội",
    "東京都渋谷区神宮前1-2-3 山田花子様",
    "Контакт: Иван Петров, ул. Тверская, д. 7, кв. 12, Москва",
    "서울특별시 강남구 테헤란로 123, 담당자 김민준",
)
"""Texts the non-ASCII-gated detectors report (with their letters outside ASCII)."""


def without_digits(text: str, rng: random.Random) -> str:
    """`text` with each decimal digit replaced by a letter or a number-like non-digit."""
    return "".join(rng.choice(NOT_DIGITS + LOOKALIKES) if c.isdecimal() else c for c in text)


def generated_digitless(seed: int = 8, n: int = 400) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        base = DIGIT_TEXTS[i % len(DIGIT_TEXTS)]
        if i % 3 == 0:  # fold in surrounding prose, a JSON-escaped form and a second shape
            base = base + "\n" + DIGIT_TEXTS[(i * 7 + 3) % len(DIGIT_TEXTS)]
        if i % 5 == 0:
            base = json.dumps(base, ensure_ascii=False)[1:-1].replace("\\n", "\\n  ")
        out.append(without_digits(base, rng))
    return out


def test_the_generated_texts_with_digits_are_found() -> None:
    """The generated shapes are what the detectors report: without the gate's class they are not."""
    found = {name: 0 for name, req in TEXT_GATES.items() if req == "digit"}
    for text in DIGIT_TEXTS:
        for name in found:
            found[name] += bool(detector(name).detect(text))
    assert all(found.values()), found
    for name in (n for n, req in TEXT_GATES.items() if req == "non_ascii"):
        assert any(detector(name).detect(t) for t in NON_ASCII_TEXTS), name


@pytest.mark.parametrize("name", sorted(n for n, req in TEXT_GATES.items() if req == "digit"))
def test_digit_gated_detector_finds_nothing_without_a_digit(name: str) -> None:
    d = detector(name)
    texts = generated_digitless()
    assert all(missing(t) >= {"digit"} for t in texts)
    assert [t for t in texts if d.detect(t)] == []


@pytest.mark.parametrize("name", sorted(n for n, req in TEXT_GATES.items() if req == "non_ascii"))
def test_non_ascii_gated_detector_finds_nothing_in_ascii(name: str) -> None:
    d = detector(name)
    rng = random.Random(81)
    texts = [*ASCII_TEXTS, *(t for t in DIGIT_TEXTS if t.isascii())]
    texts += [" ".join(rng.sample(ASCII_TEXTS, 3)).replace(", ", "\n") for _ in range(60)]
    assert all(t.isascii() and "non_ascii" in missing(t) for t in texts)
    assert [t for t in texts if d.detect(t)] == []


def test_a_unicode_escape_turns_every_gate_off() -> None:
    """``\\u0031`` is a digit and ``\\u5f20`` a CJK letter in the view the detectors scan."""
    assert missing("call \\u0031\\u0032 now") == frozenset()
    assert missing("\\u5f20\\u4f1f") == frozenset()
    assert missing("no digits here") == {"digit", "non_ascii"}
    assert missing("Ünïcode, no digits") == {"digit"}
    assert missing("²³ ① Ⅻ") == {"digit"}
    assert missing("١٢٣") == frozenset()  # Arabic-Indic digits are decimal digits
    phone = detector("pii.phone")
    assert TextGates([phone]).skipped("Tel: \\u0034\\u0039 ab") == frozenset()
    assert TextGates([phone]).skipped("Tel: ab") == {0}


def test_every_gated_detector_is_registered() -> None:
    names = {d.name for d in all_detectors()}
    assert set(TEXT_GATES) <= names
    gates = TextGates(all_detectors())
    assert gates.size == len(TEXT_GATES)


def test_gated_detectors_find_nothing_on_every_dev_text_they_skip() -> None:
    """On the 18 development sets and the sample stream: whatever the gates skip is empty."""
    texts = dev_texts()
    assert len(texts) > 4000
    detectors = all_detectors()
    gates = TextGates(detectors)
    skipped_calls = 0
    for text in texts:
        for i in gates.skipped(text):
            skipped_calls += 1
            assert detectors[i].detect(text) == [], detectors[i].name
    assert skipped_calls > 5000  # the gates do skip work on real texts


@pytest.mark.slow
def test_same_spans_with_and_without_the_gates() -> None:
    """The whole engine, gates on and off, on the sample stream and the latest development set
    (every development text is covered detector by detector above)."""
    detectors = all_detectors()
    gated = DetectionEngine(detectors, None, EngineSettings(cache_size=0))
    plain = DetectionEngine(detectors, None, EngineSettings(cache_size=0))
    plain.gates = None
    assert gated.gates is not None and gated.gates.size == len(TEXT_GATES)
    texts = list(dict.fromkeys([*stream_texts(), *_corpus(ROOT / "tests/data/holdout17/corpus.jsonl")]))
    assert len(texts) > 300
    assert gated.analyze(texts) == plain.analyze(texts)


def test_the_prefilter_switch_turns_the_gates_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DISABLE_ENV, "prefilter")
    assert DetectionEngine(all_detectors(), None).gates is None
    monkeypatch.setenv(DISABLE_ENV, "cache")
    assert DetectionEngine(all_detectors(), None).gates is not None


@pytest.mark.slow
def test_gated_detectors_find_nothing_on_the_bench_stream_texts_they_skip(tmp_path: Path) -> None:
    """Every text slot of the bench's seed-71 replay stream (600 lines): what the gates skip is empty."""
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    import gen_stream

    out = tmp_path / "stream.jsonl"
    with out.open("w", encoding="utf-8") as f:
        gen_stream.generate(gen_stream.parse_args(["--records", "600", "--seed", "71"]), f)
    texts: dict[str, None] = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        try:
            dec = decode(json.loads(line))
        except Exception:  # a malformed line of the stream has no slots
            continue
        texts.update(dict.fromkeys(s.text for s in dec.slots))
    detectors = all_detectors()
    gates = TextGates(detectors)
    skipped_calls = 0
    for text in texts:
        for i in gates.skipped(text):
            skipped_calls += 1
            assert detectors[i].detect(text) == [], detectors[i].name
    assert len(texts) > 500 and skipped_calls > 1000
