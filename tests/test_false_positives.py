"""Classes of false positives, each with near misses that must still be found.

Every row names a shape of text that is not personal data or a secret (a four-part version, an
ARN, a type annotation, ``@asynccontextmanager``...) and, next to it, the nearest real thing the
same detector must keep finding. The last tests run the whole engine (real model) over the
generated texts of `negative_world`.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from redactor.detect.pii.accounts import AccountNameDetector
from redactor.detect.pii.common_words import NON_NOUN_TABLES, is_common_word, non_noun_lemmas
from redactor.detect.pii.identity import GitIdentityDetector, HandleDetector, HomePathDetector, UsernameDetector
from redactor.detect.pii.names import clean_name
from redactor.detect.pii.network import IpAddressDetector
from redactor.detect.pii.product_names_data import NAME_WORDS, PRODUCT_WORDS
from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.values import accept, generated, resource_id, wordy_identifier
from tests.negative_world import CASES

ROOT = Path(__file__).resolve().parents[1]
SECRETS = secret_detectors()
_PII = {
    "ip": IpAddressDetector(),
    "user": UsernameDetector(),
    "handle": HandleDetector(),
    "home": HomePathDetector(),
    "git": GitIdentityDetector(),
    "account": AccountNameDetector(),
}


def found(detector: str, text: str) -> set[str]:
    """What one PII detector (by short name) or, for ``secret``, the secret detectors mask in `text`."""
    if detector == "secret":
        return {text[s.start : s.end] for d in SECRETS for s in d.detect(text)}
    return {text[s.start : s.end] for s in _PII[detector].detect(text)}


TABLE = (
    "Newtonsoft.Json.dll          13.0.3.27908\n"
    "Grpc.Net.Client.dll          2.67.0.12\n"
    "Polly.dll                    8.4.1.3"
)
ACCESS_LOG = (
    '81.2.69.160 - - [02/Mar/2025] "GET / HTTP/1.1" 200 "Mozilla/5.0 Chrome/120.0.6099.109"\n'
    '81.2.69.161 - - [02/Mar/2025] "GET / HTTP/1.1" 200 "Mozilla/5.0 Chrome/120.0.6099.109"'
)


@pytest.mark.parametrize(
    ("detector", "text", "value", "masked"),
    [
        # a four-part file version in a padded column next to versions no address can be
        ("ip", TABLE, "2.67.0.12", False),
        ("ip", TABLE, "8.4.1.3", False),
        # near miss: client addresses in an access log, with browser versions on the same lines
        ("ip", ACCESS_LOG, "81.2.69.160", True),
        ("ip", ACCESS_LOG, "81.2.69.161", True),
        # a pinned requirement and a version bump
        ("ip", "grpcio-tools==1.62.0.3", "1.62.0.3", False),
        ("ip", "* Upgrade V8 to 2.0.6.1", "2.0.6.1", False),
        ("ip", " * RCS: @(#) $Id: strftime.c,v 1.10.2.3 2004/11/19", "1.10.2.3", False),
        # near miss: a filter on an address field keeps its address
        ("ip", "tshark -Y 'ip.addr == 81.2.69.160'", "81.2.69.160", True),
        # near miss: "updated to" may move an allow-list to a person's address
        ("ip", "allow-list updated to 81.2.69.160", "81.2.69.160", True),
        # Arabic-Indic digits are no address (and must not crash the parser)
        ("ip", "10.0.0.1\u0663\u0663 and 81.2.69.160", "81.2.69.160", True),
        # a network address (.0) names a subnet, not a host
        ("ip", "route add 81.2.69.0 via gw", "81.2.69.0", False),
        # a Kubernetes object's uid and the weekday of `last login:`
        (
            "user",
            "metadata:\n  uid: 6c0f2b7e-1d4a-4f38-9e55-0a9d7c3b21f4",
            "6c0f2b7e-1d4a-4f38-9e55-0a9d7c3b21f4",
            False,
        ),
        ("user", "Last login: Mon Mar  3 18:02:44 2025", "Mon", False),
        # near miss: a login under the same key
        ("user", "metadata:\n  uid: nkhumalo", "nkhumalo", True),
        # GitHub's web-commit committer and its deleted-user placeholder
        ("user", "committer: login=web-flow", "web-flow", False),
        ("user", '{"login": "ghost", "id": 10137}', "ghost", False),
        # a type annotation, a token-login user name, a system account
        ("user", "def connect(host: str, user: str) -> None:", "str", False),
        (
            "user",
            "git clone https://x-bitbucket-api-token-auth:TOKEN@bitbucket.org/a/b.git",
            "x-bitbucket-api-token-auth",
            False,
        ),
        ("user", "[Service]\nUser=systemd-timesync", "systemd-timesync", False),
        # a hyphenated English word after "requested by"; near miss: a hyphenated login
        ("user", "rollback of #1843 requested by on-call", "on-call", False),
        ("user", "rollback of #1843 requested by sofia-marchetti", "sofia-marchetti", True),
        # a standard-library decorator, a registry key; near miss: a person's handle in a comment
        ("handle", '# Did you forget to add the "@asynccontextmanager" decorator?', "@asynccontextmanager", False),
        ("handle", '[training.logger]\n@loggers = "spacy.ConsoleLogger.v1"', "@loggers", False),
        ("handle", "# ask @okwudili before merging", "@okwudili", True),
        # bitwise not in code; near miss: a user's home in a shell command
        ("home", "def f(value):\n    return ~value", "value", False),
        ("home", "def g(flags):\n    if (~flags & 1) or not ~mask:\n        pass", "flags", False),
        ("home", "$ cp build.log ~alice/incoming/", "alice", True),
        # a company as a package's author; near miss: a login as the author
        ("git", "Home-page: https://spacy.io\nAuthor: Explosion\nLicense: MIT", "Explosion", False),
        ("git", "Author: mkowalczyk", "mkowalczyk", True),
        # the key's name as its placeholder, a one-letter variable
        ("user", "ldapsearch -b 'ou=people' '(?uid=UID)'", "UID", False),
        ("user", "user = cred->UserName ? cred->UserName : L", "L", False),
        # prose about the setting, not a value
        ("git", "the committer identity is well specified (e.g. via user.name and user.email)", "and", False),
        ("git", "git config user.name 'Ngozi Eze'", "Ngozi Eze", True),
        # a team group, a feature flag in a TODO, a numpy mask; near misses: an owner, a login
        ("account", "-rw-r-----  1 dmitri.orlov devs  4096 Mar  3 09:13 q1.csv", "devs", False),
        ("account", "-rw-r-----  1 dmitri.orlov devs  4096 Mar  3 09:13 q1.csv", "dmitri.orlov", True),
        ("account", "# TODO(infer_string): remove", "infer_string", False),
        ("account", "# TODO(mdvorak): remove", "mdvorak", True),
        ("account", "y = x[~mask]", "mask", False),
        # ARN, cache key, type annotation, format string, field path, words with a curve name
        (
            "secret",
            'kms_key_id = "arn:aws:kms:eu-central-1:924330550911:key/99117f1d-0121-4485-a8a2-41206d6093a3"',
            "arn:aws:kms:eu-central-1:924330550911:key/99117f1d-0121-4485-a8a2-41206d6093a3",
            False,
        ),
        (
            "secret",
            "  key: go-Linux-2efc3aa332c4c209d78bb0f3048459191b0a1197c7595d3c571163ea64d6a964",
            "go-Linux-2efc3aa332c4c209d78bb0f3048459191b0a1197c7595d3c571163ea64d6a964",
            False,
        ),
        ("secret", "    api_key: Optional[str]", "Optional[str]", False),
        ("secret", '        key = f"Fn::{tag[1:]}"', "Fn::{tag[1:]}", False),
        (
            "secret",
            '{"output_token": "CloudFrontOriginAccessIdentityList.NextMarker"}',
            "CloudFrontOriginAccessIdentityList.NextMarker",
            False,
        ),
        # an SPDX license id under a License key, a field name as a mapping's value
        ("secret", "Files: *\nLicense: BSD-2-Clause-netbsd\n", "BSD-2-Clause-netbsd", False),
        ("secret", "    'USERNAME': 'USERNAME',\n    'PASSWORD': 'USERNAME',", "USERNAME", False),
        # near misses: a generated key under the same names
        (
            "secret",
            '  kms_key_id = "q9OnAxSCfDYyJ2AbBMBRUm00qAIDYE7CMzRKFGRyyAmAILeduh"',
            "q9OnAxSCfDYyJ2AbBMBRUm00qAIDYE7CMzRKFGRyyAmAILeduh",
            True,
        ),
        ("secret", '{"output_token": "tok_9fK2xLq8ZpR4mW7vB3nC6yT1"}', "tok_9fK2xLq8ZpR4mW7vB3nC6yT1", True),
    ],
)
def test_false_positive_classes(detector: str, text: str, value: str, masked: bool) -> None:
    assert (value in found(detector, text)) is masked


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("arn:aws:kms:eu-central-1:924330550911:key/99117f1d-0121-4485-a8a2-41206d6093a3", True),
        ("arn:aws:iam::482913775012:role/deploy", True),  # IAM: no region
        ("urn:ietf:params:oauth:grant-type:jwt-bearer", True),
        ("projects/acme-prod/locations/global/keyRings/app/cryptoKeys/db", True),
        ("node-cache-macOS-npm-" + "ab" * 32, True),
        ("dict[str, Any]", True),
        # near misses: a token with a prefix, hex without a platform, a bare hex digest
        ("sk_live_51H8xQ2eZvKYlo2C0a1b2c3d4", False),
        ("prod-" + "ab" * 32, False),
        ("ab" * 20, False),
        ("GPL-3.0-or-later", True),
        ("MIT-Kx82mQz7Lp", False),  # a license word then random letters: not an SPDX id
    ],
)
def test_resource_ids(value: str, expected: bool) -> None:
    assert resource_id(value) is expected


def test_resource_ids_are_never_accepted_as_secrets() -> None:
    arn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    assert not any(accept(arn, s, quoted=True) for s in Strength)
    assert not generated(arn)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("random_ed25519_key_pair", True),  # words and one short non-word part
        ("load-rsa4096-private-key", True),
        ("js-71r4hkqtovbmrijln21lfsbb8dnpmrz5mowy", False),  # a prefix and a random run
        ("abc_def", False),  # two parts: too little to tell
    ],
)
def test_wordy_identifiers(value: str, expected: bool) -> None:
    assert wordy_identifier(value) is expected


@pytest.mark.parametrize(
    ("candidate", "is_name"),
    [
        ("Weasel", False),  # a package name (spaCy's config system)
        ("Parameter Store", False),
        ("Continuum Analytics", False),
        # near misses: people whose names are also words or places
        ("Sebastian Kruger", True),
        ("Ada Lovelace", True),
        ("Jasmine", True),
        ("Mary Rose", True),
    ],
)
def test_package_names_are_not_people(candidate: str, is_name: bool) -> None:
    assert (clean_name(candidate) is not None) is is_name


@pytest.mark.parametrize(
    ("candidate", "is_name"),
    [
        ("Convert", False),  # a verb
        ("Struts", False),  # an inflected verb
        ("Malformed", False),  # an adjective
        ("Alternatively", False),  # an adverb
        # near misses: names that are also verbs or adjectives, a surname after a given name or a title
        ("Rich", True),
        ("Hope", True),
        ("Sunny", True),
        ("Greg Brail", True),
        ("Mr. Plot", True),
        # nouns only by shape: derived endings and plurals; other nouns may be surnames
        ("Directory", False),
        ("Templates", False),
        ("Kruger", True),
        ("Fleming", True),  # a derived-looking surname
        ("Williams", True),  # a plural-looking surname
        # code identifiers: a name prefix counts only with a capital after it
        ("DeleteSecret", False),
        ("DiffLexer", False),
        ("DeMarco", True),
        ("McDonald", True),
        ("IJzermans", True),
    ],
)
def test_lone_common_words_are_not_people(candidate: str, is_name: bool) -> None:
    assert (clean_name(candidate) is not None) is is_name


def test_common_words_read_the_models_verb_adjective_adverb_tables() -> None:
    from spacy.strings import hash_string

    assert {pos: hash_string(pos) for pos in ("verb", "adj", "adv")} == NON_NOUN_TABLES
    lemmas = non_noun_lemmas()
    assert {"convert", "malformed", "alternatively"} <= lemmas
    assert "kruger" not in lemmas
    assert is_common_word("Conflicts") and not is_common_word("Will")


def test_name_words_are_the_names_among_those_tables() -> None:
    """`NAME_WORDS` is exactly the person words that are English words of the model (not stale)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from build_product_names import english_name_words
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert sorted(NAME_WORDS) == english_name_words()
    assert {"rich", "will", "hope", "fleming"} <= NAME_WORDS


def test_product_words_hold_no_persons_name() -> None:
    """Every person-name word of Faker's locales and of the shipped lexicons is kept out."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from build_product_names import person_words
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    people = person_words()
    assert {"rose", "baker", "hope", "jasmine"} <= people
    assert not PRODUCT_WORDS & people
    assert len(PRODUCT_WORDS) > 5000
    assert {"weasel", "pydantic", "proxy"} <= PRODUCT_WORDS


@pytest.mark.skipif(
    not Path("/work/.library/env/packages/pypi.tsv").is_file() or importlib.util.find_spec("faker") is None,
    reason="the package tables the gazetteer is built from are not on this machine",
)
def test_product_words_module_is_current() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_product_names.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


# entities each family of `negative_world` must not produce (NER's own classes that no module of
# this file filters, a capitalised English word in JSON or a package name called a place, are
# listed in the report, not claimed here)
CLAIMS: dict[str, frozenset[str]] = {
    "versions_table": frozenset({"IP_ADDRESS"}),
    "pinned_requirement": frozenset({"IP_ADDRESS"}),
    "terraform_arn": frozenset({"SECRET", "USERNAME", "PERSON"}),
    "cache_key": frozenset({"SECRET", "USERNAME"}),
    "typed_fields": frozenset({"SECRET", "USERNAME"}),
    "json_marker": frozenset({"SECRET"}),
    "logins_that_are_words": frozenset({"USERNAME", "PERSON"}),
    "products_in_prose": frozenset({"PERSON"}),
    "common_words_in_cells": frozenset({"PERSON"}),
}


def test_negative_world_claims_cover_every_family() -> None:
    assert {family.removesuffix("/json") for family, _ in CASES} == set(CLAIMS)


def test_negative_world_is_not_masked(real_engine) -> None:  # type: ignore[no-untyped-def]
    results = real_engine.analyze([text for _, text in CASES])
    wrong = [
        (family, span.entity, span.detector)
        for (family, text), spans in zip(CASES, results, strict=True)
        for span in spans
        if span.entity in CLAIMS[family.removesuffix("/json")]
    ]
    assert wrong == []
