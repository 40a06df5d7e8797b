"""The PII detectors' speed-ups change no finding.

The gates (`redactor.detect.pii._base.Gates`: one RE2 pass decides which rules can match an ASCII
text) are checked by running every PII detector gated and ungated on the held-out corpora, the
bundled stream and generated texts full of cues and near misses; the rewritten patterns
(possessive key in `structured._KV_QUOTED`, the header pre-check) against their originals.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest
import re2  # type: ignore[import-untyped]  # google-re2 ships no type information
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect.engine import DISABLE_ENV
from redactor.detect.pii import pii_detectors
from redactor.detect.pii import structured as structured_mod
from redactor.detect.pii._base import ViewDetector
from redactor.detect.pii._gates import WS, widened
from redactor.detect.pii.person import _GATES as PERSON_GATES
from redactor.detect.pii.person import PersonContextDetector
from redactor.detect.span import Span
from redactor.records import decode

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ("holdout", "holdout2", "holdout3", "holdout4")


def pair() -> list[tuple[ViewDetector, ViewDetector]]:
    """Every PII detector, gated and ungated."""
    out = []
    for d in pii_detectors():
        assert isinstance(d, ViewDetector)
        out.append((type(d)(gated=True), type(d)(gated=False)))
    return out


PAIRS = pair()


def differences(text: str) -> list[tuple[str, list[Span], list[Span]]]:
    return [(g.name, g.detect(text), u.detect(text)) for g, u in PAIRS if g.detect(text) != u.detect(text)]


@lru_cache(maxsize=1)
def corpus_texts() -> tuple[str, ...]:
    """The held-out corpora's texts and every text slot of the bundled stream."""
    texts: list[str] = []
    for name in CORPORA:
        for line in (ROOT / "tests/data" / name / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    for line in (ROOT / "samples/copilot-stream.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            dec = decode(json.loads(line))
        except Exception:  # malformed lines of the stream are part of the sample; they have no slots
            continue
        texts.extend(s.text for s in dec.slots)
    return tuple(dict.fromkeys(t for t in texts if t))


def test_gated_detectors_find_the_same_spans_on_the_corpora() -> None:
    texts = corpus_texts()
    assert len(texts) > 600
    found = 0
    for text in texts:
        assert differences(text) == []
        found += sum(len(g.detect(text)) for g, _ in PAIRS)
    assert found > 1000  # the corpora do exercise the detectors


def cut(fragments: str) -> list[str]:
    return fragments.split("|")


# Cues, near misses, names and glue for generated texts: every gate's cue in several cases and
# shapes, the same cue broken (no space, no colon, lower case where a capital is needed).
FRAGMENTS = (
    *cut("my name is|My Name Is|name's|named|I'm|i am|call me|Call Me|spoke with|ask for|signed,"),
    *cut("Mr|Mr.|mrs|DR|Dr.|dr |Prof.|sir|Ms.|Mx "),
    *cut("Name:|name =|Customer:|to:|From =|user:|attn:|Contact person: |full_name: |maiden name="),
    *cut("Dear |Hi |hi\t|Hello|Thanks |thank you |Good morning |Best,\n|Regards,\n|Cheers\n|kind regards"),
    *cut("my wife |our landlord |his boss's name is |my fiancée |their neighbour "),
    *cut("assistant to |according to |ceo |record for |loop in |cc |per |add |email "),
    *cut(" told | asked | said | was born | has been | will join | lives "),
    *cut("invited |cc'd |contacted |, can |, Please |, I |, we |: \"|:“|: '"),
    *cut("Anna Schmidt|Jean-Luc Picard|O'Brien|van den Berg|Sigrid Holm|Tendai Moyo|Kofi|Priya"),
    *cut("priya|olumide adeyemi|nadia|Ana Da|GetToken|JSONParser|the|And"),
    *cut("[09:14] |[14:31] |12:05 PM |10:02 AM - |CN=|cn=|Triggered by |requested by |Initiated by "),
    *cut("4e7a1c9b (| 2024-03-02 11:14:09 +0530 40)| should review| will check| needs to approve"),
    *cut("Attendees: |cc: |team : |Participants:|ping |ask |Ask |remind |sync with "),
    *cut("--|\u2014|\u2013|**|wrote:|<|>|(born |née |(b. |customer |account holder is |the guest ("),
    *cut("meeting with |reviewed by |belongs to **|this is |it's me, |via |fixed| is out sick| from finance"),
    *cut(" from the data team| will send|Thanks, |cheers, |ta, |br, "),
    *cut("APO AE 09012|PSC 1234, Box 5678|USS Nimitz|the corner of |22 Bishopsgate, London EC2N 4BQ"),
    *cut("P.O. Box 186|po box 12|Postfach 100|385 Gemsbok St|2347 Lauzon Parkway|12 Main Street|4 Quay Street"),
    *cut("Rua Igreja 25|Via Zannoni 49|ul. Cicha 86|1812 Rue De La Gare|12 avenue des Champs|R. Augusta, 1508"),
    *cut("Bagdat Caddesi No: 214|Sok. 5|4-12-7 Nishi-Shinjuku|No. 45, 2nd Cross|Populierenstraat 374"),
    *cut("Sygehusvej 153|Hauptstr. 5|Erzsebet ter 19.|Martin Linges veg 149|Gate 12|Atamaria 86"),
    *cut("address: 12 foo lane 5|Flat 3, 27 Albert Road|Apt. 236|, Springfield, IL 62704|\n75011 Paris"),
    *cut("https://bob:pw@host|user=alice|USERNAME: 'bob'|login_name = \"x\"|uid: 1001|mysql -u root"),
    *cut("psql -U app_user|curl --user bob:pw|ssh deploy@host|ssh -p 22 alice@10.0.0.1|scp f bob@srv:"),
    *cut("reviewed by @jdoe-2|assigned to jdoe_1|opened by |git@github.com|@here|alice@example.com"),
    *cut("\"first_name\": \"Anna\"|firstName: 'Anna'|key => 'v'|a(b): 'c'|phone: +1 555 0100"),
    *cut("name,email,phone\n|Anna Schmidt,a@x.com,+1 555 0100\n|full_name\tphone\n|Jan\t0612345678\n"),
    *cut("192.168.1.20|10.0.0.1|4111 1111 1111 1111|078-05-1120|DE89 3704 0044 0532 0130 00"),
    *cut("4111-1111-1111|5500 0000 0000 0004|123 45 6789|234-56-7890|SSN: 234 56 7890|10.0.0|8.8.8.8"),
    *cut("GB82 WEST 1234 5698 7654 32|GB82WEST12345698765432|\u0662\u0663\u0664-\u0665\u0666-\u0667\u0668\u0669\u0661"),
    *cut(' |  |\n|\n\n|\t|, |. |: |"|\'|\\n|\\"|12|2024-03-02|555-0100|\u00e9|\u017f|\u212a'),
    *cut("\u0131|\u0130|\u00c9lodie|\u00a0|\u2003|\u0663\u0663|\u0141\u00f3d\u017a|Zo\u00eb \u00c5ngstr\u00f6m"),
    *cut("Soka\u011f\u0131 5|Hauptstra\u00dfe 12|M\u00dcLLER|\u00e7|Bulvar\u0131 9|\u201c|\u2019"),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30).map("".join))
def test_gated_detectors_find_the_same_spans_on_generated_texts(text: str) -> None:
    assert differences(text) == []


REACHING = {
    "Dear Anna Schmidt,\nplease call me.": "pii.person_context",
    "She lives at 385 Gemsbok St, Springfield, IL 62704.": "pii.address",
    "Triggered by Nadia Petrova (npetrova)": "pii.person_chat",
    "ssh jsmith@build-01 && mysql -u mgarcia": "pii.username",
    '"first_name": "Anna", "email": "a@x.com"': "pii.structured",
    "SSN: 234 56 7890": "pii.us_ssn",
    "card 4539 1488 0343 6467 exp 12/27": "pii.credit_card",
    "IBAN GB82 WEST 1234 5698 7654 32": "pii.iban",
    "client at 81.2.69.160 connected": "pii.ip_address",
    "SSN: \u0662\u0663\u0664-\u0665\u0666-\u0667\u0668\u0669\u0661": "pii.us_ssn",
    "Hello, MY NAME \u0130S Ay\u015fe Y\u0131lmaz.": "pii.person_context",
}
"""Texts each of which one gated detector does find something in (gated and ungated alike)."""


@pytest.mark.parametrize(("text", "detector"), REACHING.items())
def test_gated_detectors_reach_real_findings(text: str, detector: str) -> None:
    assert differences(text) == []
    assert next(g for g, _ in PAIRS if g.name == detector).detect(text)


def test_gates_close_on_text_without_cues_and_open_when_off_or_unreadable() -> None:
    for plain in ("the build passed and every test is green again today", "the build passed, café à côté"):
        assert not any(name in PERSON_GATES.passed(plain, True) for name in PERSON_GATES.names)
        assert all(name in PERSON_GATES.passed(plain, False) for name in PERSON_GATES.names)
    assert all(name in PERSON_GATES.passed("lone \ud800 surrogate", True) for name in PERSON_GATES.names)
    assert "intro" in PERSON_GATES.passed("Hello, my name is Anna.", True)
    assert "intro" in PERSON_GATES.passed("Hello, MY NAME İS Anna.", True)  # Python's (?i) i matches İ
    assert "title" in PERSON_GATES.passed("Dr.\u00a0Łukasz Wójcik", True)  # \s and a capital, beyond ASCII


def test_widening_refuses_what_it_cannot_widen() -> None:
    for source in (r"^name", r"name$", r"\sname", r"\Wx", r"[^\w]x", r"(?<=a)b"):
        with pytest.raises(ValueError):
            widened(source)
    assert widened(r"(?i:\bmy name is)") == r"(?i:my name [iI\x{130}\x{131}]s)"
    assert widened(r"[ _-]\d\x{2014}") == r"[\x{80}-\x{10ffff} _-][0-9\x{80}-\x{10ffff}]."


def test_the_prefilter_switch_turns_the_gates_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DISABLE_ENV, raising=False)
    assert PersonContextDetector().gated
    monkeypatch.setenv(DISABLE_ENV, "prefilter")
    assert not PersonContextDetector().gated
    monkeypatch.setenv(DISABLE_ENV, "all")
    assert not PersonContextDetector().gated


def test_ws_and_the_shared_classes_mean_the_same_in_python_and_re2_on_ascii() -> None:
    """What the gates rely on: ``WS`` is Python's ``\\s``; ``\\w``, ``\\d``, ``\\b`` and case folding agree."""
    for code in range(128):
        c = chr(code)
        assert bool(re.fullmatch(r"\s", c)) == bool(re2.fullmatch(WS, c)), repr(c)
        assert bool(re.fullmatch(r"\w", c)) == bool(re2.fullmatch(r"\w", c)), repr(c)
        assert bool(re.fullmatch(r"\d", c)) == bool(re2.fullmatch(r"\d", c)), repr(c)
        for letter in "aksiz":
            assert bool(re.fullmatch(f"(?i:{letter})", c)) == bool(re2.fullmatch(f"(?i:{letter})", c))
        assert bool(re.search(r"\bx", c + "x")) == bool(re2.search(r"\bx", c + "x")), repr(c)


def test_no_character_is_both_a_word_and_a_space_character() -> None:
    """Why the possessive key of `_KV_QUOTED` gives the same matches (see its docstring)."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert re.findall(r"(?=[\w.-])[\s:=\"'`]", everything) == []


GREEDY_KV = re.compile(structured_mod._KV_QUOTED.pattern.replace("{0,40}+)", "{0,40})"))
KV_PARTS = st.sampled_from(
    ["key", "first_name", "x" * 39, "y" * 45, "a.b-c", "_id", '"', "'", "`", ":", "=", "=>", " ", "\n", "\t",
     "\\", "{", "[", "v", "Anna Schmidt", ",", "é", "ключ", "\u00a0", "1"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(KV_PARTS, max_size=30).map("".join))
def test_possessive_key_matches_like_the_greedy_key(text: str) -> None:
    assert GREEDY_KV.pattern != structured_mod._KV_QUOTED.pattern
    got = [(m.span(), m.groupdict()) for m in structured_mod._KV_QUOTED.finditer(text)]
    assert got == [(m.span(), m.groupdict()) for m in GREEDY_KV.finditer(text)]


HEADER_PARTS = st.sampled_from(
    ["first_name", "last_name", "email", "phone", "Name", "city", "x y", "id", ",", "\t", ";", "|", '"', "'",
     " ", "\u00a0", "\x0b", ":", "(", "/", "=", "-", ".", "é", "{", "@"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(HEADER_PARTS, max_size=20).map("".join))
def test_header_precheck_rejects_only_lines_that_are_no_header(line: str) -> None:
    assert structured_mod._header(line) == structured_mod._header_fields(line)


def test_header_precheck_keeps_real_headers() -> None:
    assert structured_mod._header("first_name,last_name,email") is not None
    assert structured_mod._header("Name | Phone | City") is not None
    assert structured_mod._header("first_name,\u00a0last_name,\x0bphone") is not None  # stripped white space
    assert structured_mod._header("first_name: last_name, email") is None
