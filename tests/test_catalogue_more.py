"""Catalogue gaps found against gitleaks/trufflehog (redactor/detect/secrets/catalogue_more.py):
each format on generated tokens in prose, YAML and JSON-escaped carriers, and near misses
(one character short, a placeholder body, glued to a longer word)."""

from __future__ import annotations

import json
import random
import string
from collections.abc import Callable

import pytest

from redactor.detect.secrets import CATALOGUE
from redactor.detect.secrets.catalogue_more import FORMATS
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.spec import FormatDetector

A = string.ascii_letters + string.digits
L = string.ascii_lowercase + string.digits
U = string.ascii_uppercase + string.digits
H = "0123456789abcdef"
W = A + "_-"


def _r(rng: random.Random, n: int, alphabet: str = A) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _uuid(rng: random.Random) -> str:
    return "-".join(_r(rng, n, H) for n in (8, 4, 4, 4, 12))


MAKERS: dict[str, Callable[[random.Random], str]] = {
    "doppler.service_token": lambda r: "dp.st.prd." + _r(r, 40),
    "flutterwave.encryption_key": lambda r: "FLWSECK_TEST" + _r(r, 12, H),
    "nvidia.api_key": lambda r: "nvapi-" + _r(r, 64, W),
    "tavily.api_key": lambda r: "tvly-" + _r(r, 32),
    "langfuse.secret_key": lambda r: "sk-lf-" + _uuid(r),
    "neon.api_key": lambda r: "napi_" + _r(r, 64, L),
    "cerebras.api_key": lambda r: "csk-" + _r(r, 48, L),
    "deepseek.api_key": lambda r: "sk-" + _r(r, 32, H),
    "jina.api_key": lambda r: "jina_" + _r(r, 60, W),
    "anyscale.api_key": lambda r: "esecret_" + _r(r, 30, L),
    "browserbase.api_key": lambda r: "bb_live_" + _r(r, 27, W),
    "e2b.api_key": lambda r: "e2b_" + _r(r, 40, H),
    "firecrawl.api_key": lambda r: "fc-" + _r(r, 32, H),
    "langsmith.legacy_key": lambda r: "ls__" + _r(r, 32, H),
    "docker.swarm_join_token": lambda r: "SWMTKN-1-" + _r(r, 50, L) + "-" + _r(r, 25, L),
    "mapbox.secret_token": lambda r: "sk.eyJ1Ijoi" + _r(r, 40) + "." + _r(r, 22, W),
    "linear.oauth_token": lambda r: "lin_oauth_" + _r(r, 64, H),
    "trello.atta_token": lambda r: "ATTA" + _r(r, 64, H),
    "atlassian.collab_token": lambda r: "ATCTT3xFfG" + _r(r, 180, W),
    "ory.token": lambda r: "ory_pat_" + _r(r, 32),
    "deno.deploy_token": lambda r: "ddp_" + _r(r, 36),
    "volcengine.access_key": lambda r: "AKLT" + _r(r, 43, W),
    "mailersend.api_token": lambda r: "mlsn." + _r(r, 64, H),
    "slack.client_token": lambda r: "-".join(
        ["xoxc", _r(r, 12, "0123456789"), _r(r, 12, "0123456789"), _r(r, 12, "0123456789"), _r(r, 64, H)]
    ),
    "facebook.user_token": lambda r: "EAAB" + _r(r, 150),
    "okta.ssws": lambda r: "00" + _r(r, 40, W),
    "axiom.token": lambda r: "xaat-" + _uuid(r),
    "honeycomb.ingest_key": lambda r: "hcaik_" + _r(r, 58, L),
    "launchdarkly.uuid_key": lambda r: "sdk-" + _uuid(r),
    "zuplo.api_key": lambda r: "zpka_" + _r(r, 32, H) + "_" + _r(r, 8, H),
    "buildkite.agent_token": lambda r: "bkaa_" + _r(r, 40, H),
}

VARIABLE_LENGTH = frozenset(
    {
        "atlassian.collab_token",
        "facebook.user_token",
        "doppler.service_token",
        "trello.atta_token",
        "jina.api_key",
        "anyscale.api_key",
        "browserbase.api_key",
        "ory.token",
        "volcengine.access_key",
        "mapbox.secret_token",
    }
)
"""Formats whose body length is a range: one character less is still the format."""

CARRIERS = (
    lambda v: f"I ran it with {v} yesterday",
    lambda v: f"service:\n  value: {v}\n",
    lambda v: json.dumps({"body": json.dumps({"cmd": f"deploy --with {v}"})}),
)


def _det(name: str) -> FormatDetector:
    return FormatDetector(next(f for f in FORMATS if f.name == name), ViewCache())


def _text_for(name: str, carrier: Callable[[str], str], value: str) -> str:
    return carrier(f"SSWS {value}" if name == "okta.ssws" else value)


def test_every_format_has_a_generator_and_is_registered() -> None:
    assert {f.name for f in FORMATS} == set(MAKERS)
    names = [f.name for f in CATALOGUE]
    assert len(names) == len(set(names))
    assert {f.name for f in FORMATS} <= set(names)


@pytest.mark.parametrize("name", sorted(MAKERS))
def test_generated_tokens_are_found_whole(name: str) -> None:
    rng = random.Random(name)
    det = _det(name)
    for carrier in CARRIERS:
        for _ in range(5):
            value = MAKERS[name](rng)
            text = _text_for(name, carrier, value)
            start = text.index(value)
            assert [(s.start, s.end) for s in det.detect(text)] == [(start, start + len(value))], name


@pytest.mark.parametrize("name", sorted(MAKERS))
def test_near_misses(name: str) -> None:
    rng = random.Random("miss" + name)
    det = _det(name)
    value = MAKERS[name](rng)
    placeholder = value[: len(value) - len(value) // 2] + "x" * (len(value) // 2)
    misses = [
        placeholder,  # a long run of x: a visible placeholder
        "abc" + value,  # glued to a longer word
    ]
    if name not in VARIABLE_LENGTH:
        misses.append(value[:-1])  # one character short (fixed-length bodies)
    for miss in misses:
        assert det.detect(_text_for(name, CARRIERS[0], miss)) == [], name
