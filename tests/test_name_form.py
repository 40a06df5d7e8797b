"""The name-likeness scorer (`pii.name_form`) and the rules that ask it for names no lexicon knows."""

from __future__ import annotations

import random

import pytest

from redactor.detect.pii import name_form
from redactor.detect.pii.contact_vocab import KNOWN
from redactor.detect.pii.given_names import BROAD_GIVEN_NAMES, GIVEN_NAMES, SURNAMES
from redactor.detect.pii.name_form import name_like, score
from redactor.detect.pii.product_names_data import PRODUCT_WORDS
from redactor.detect.pii.role_anchor import RoleAnchorDetector
from redactor.detect.pii.salutations import SalutationDetector
from redactor.detect.pii.signatures import SignatureDetector

# Names of cultures the lexicons cover thinly, written for these tests (not from any data set),
# none of them in `given_names`/`names_data`: Polynesian, Basque, southern African, Andean, Haitian.
UNLISTED = [
    "Tavita",
    "Faleolo",
    "Etxeberria",
    "Zubiaurre",
    "Sekhukhune",
    "Mothibedi",
    "Quisbert",
    "Mamani",
    "Ticona",
    "Wilnise",
    "Tevita",
    "Fuimaono",
    "Aukusitino",
    "Uzkudun",
    "Letsholo",
    "Nthabiseng",
    "Kgosietsile",
    "Huarachi",
    "Ccorimanya",
    "Jn-Pierre",
    "Ataahua",
    "Lekgetho",
    "Makgoba",
    "Iturriaga",
    "Goikoetxea",
    "Sefo",
    "Tuilagi",
    "Mahlangu",
    "Choque",
    "Apaza",
    "Condori",
    "Tupou",
    "Fonoti",
    "Lesieli",
    "Otsoa",
    "Gorka",
]
NON_NAMES = [
    "Kubernetes",
    "Grafana",
    "Invoice",
    "Checkout",
    "Dashboard",
    "Webhook",
    "Terraform",
    "Postgres",
    "Settings",
    "Analytics",
    "Onboarding",
    "Refund",
    "Billing",
    "Staging",
    "Production",
    "Deployment",
    "Sandbox",
    "Upload",
    "Changelog",
    "Middleware",
    "Scheduler",
]


def _unlisted() -> list[str]:
    known = GIVEN_NAMES | BROAD_GIVEN_NAMES | SURNAMES | KNOWN
    return [w for w in UNLISTED if w.lower() not in known]


def test_unlisted_names_score_above_tech_words() -> None:
    names = _unlisted()
    assert len(names) >= 25
    taken = sum(name_like(w) for w in names)
    assert taken / len(names) >= 0.5  # about half of unseen cultures' names: a form is weak evidence
    assert not any(name_like(w) for w in NON_NAMES)
    assert sum(score(w) for w in names) / len(names) > sum(score(w) for w in NON_NAMES) / len(NON_NAMES) + 2


def test_generated_product_words_are_rarely_name_like() -> None:
    rng = random.Random(7)
    words = [w.capitalize() for w in sorted(PRODUCT_WORDS) if w.isalpha() and len(w) >= 4]
    sample = rng.sample(words, min(300, len(words)))
    assert sum(name_like(w) for w in sample) / len(sample) <= 0.05


def test_generated_syllable_names_pass_and_shapes_fail() -> None:
    """Open-syllable names (consonant + vowel, as in Bantu and Polynesian names) mostly pass;
    words with code shapes never do."""
    rng = random.Random(3)
    cons, vows = "bdfghklmnpstvwz", "aeiou"
    made = ["".join(rng.choice(cons) + rng.choice(vows) for _ in range(3)).capitalize() for _ in range(200)]
    assert sum(name_like(w) for w in made) / len(made) >= 0.5
    for w in ("getUser", "HTTP", "snake_case", "v2", "Ab", "x86", "McKinsey-Corp2"):
        assert not name_like(w)


def test_common_words_are_gated_before_the_model() -> None:
    for w in ("Tomorrow", "Berlin", "Kafka", "Python", "Support"):
        assert not name_like(w)


def test_fold_and_ngrams() -> None:
    assert name_form.fold("Hēmi") == "hemi"
    grams = name_form.ngrams("ab")
    assert "^a" in grams and "b$" in grams and "^ab$" in grams


@pytest.mark.parametrize(
    ("detector", "template"),
    [
        (
            SignatureDetector,
            "Thanks for the update, the refund went through.\n\nBest regards,\n{given}\n\nP.S. more soon",
        ),
        (SalutationDetector, "Hola, soy {given}."),
        (RoleAnchorDetector, "Customer {given} {family} called from +27 82 555 0142."),
    ],
)
def test_rules_take_unlisted_names(detector: type, template: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each rule takes unlisted, name-like words, and none of them without the scorer."""
    names = [w for w in _unlisted() if name_like(w) and "-" not in w]
    assert len(names) >= 6
    pairs = list(zip(names[::2], names[1::2], strict=False))
    det = detector()

    def taken() -> int:
        hits = 0
        for given, family in pairs:
            text = template.format(given=given, family=family)
            hits += any(given in text[s.start : s.end] for s in det.detect(text) if s.entity == "PERSON")
        return hits

    assert taken() >= len(pairs) * 0.8
    for mod in ("role_anchor", "salutations", "signatures"):
        monkeypatch.setattr(f"redactor.detect.pii.{mod}.name_like", lambda _w: False)
    assert taken() == 0


def test_bare_first_last_columns_take_name_like_cells(monkeypatch: pytest.MonkeyPatch) -> None:
    """A ``first,last`` header with no known name in its rows counts when the cells look like names;
    a range table's cells (numbers, common words) still do not."""
    from redactor.detect.pii import name_columns

    names = [w for w in _unlisted() if name_like(w) and "-" not in w]
    rows = "".join(f"{i},{g},{f},north\n" for i, (g, f) in enumerate(zip(names[::2], names[1::2], strict=False)))
    text = "id,first,last,team\n" + rows
    found = {text[s:e] for (_label, s, e, _score) in name_columns.name_column_findings(text)}
    assert set(names[: 2 * (len(names) // 2)]) <= found
    assert not list(name_columns.name_column_findings("id,first,last,team\n1,Alpha,Omega,north\n2,Low,High,south\n"))
    monkeypatch.setattr(name_columns, "name_like", lambda _w: False)
    assert not list(name_columns.name_column_findings(text))
