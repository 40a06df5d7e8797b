"""The provider catalogue: formats match real shapes, reject near misses, validate checksums."""

from __future__ import annotations

import random
import string
import zlib

import pytest

from redactor.detect.secrets import CATALOGUE, secret_detectors
from redactor.detect.secrets.validators import base62, crc32_base62_ok

DETECTORS = secret_detectors()
_RNG = random.Random(20240611)


def rand(alphabet: str, n: int) -> str:
    """Seeded random characters: test values that look generated, not repeated."""
    return "".join(_RNG.choice(alphabet) for _ in range(n))


ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
_ANT = "sk-ant-api03-" + rand(ALNUM + "_-", 93) + "AA"
_AZ = rand(B64, 86) + "=="
_PYPI = "pypi-AgEIcHlwaS5vcmc" + rand(ALNUM + "_-", 60)
_ATL = "ATATT3" + rand(ALNUM + "_-", 186)
_DO = "dop_v1_" + rand(HEX, 64)
_NR = rand(HEX, 36) + "NRAL"


def found(text: str) -> list[tuple[str, str, float]]:
    """(detector, masked text, score) of every span."""
    return [(s.detector, text[s.start : s.end], s.score) for d in DETECTORS for s in d.detect(text)]


def masked(text: str, value: str) -> bool:
    """True when every character of `value` (first occurrence) is covered by some span."""
    i = text.index(value)
    spans = [s for d in DETECTORS for s in d.detect(text)]
    return all(any(s.start <= k < s.end for s in spans) for k in range(i, i + len(value)))


def github_token(prefix: str, rng: random.Random) -> str:
    """A GitHub-format token with a correct CRC32 checksum, made here (not a real token)."""
    body = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(30))
    return f"{prefix}_{body}{base62(zlib.crc32(body.encode()), 6)}"


def test_catalogue_has_at_least_150_distinct_formats() -> None:
    names = [f.name for f in CATALOGUE]
    assert len(set(names)) == len(names), "format names must be unique"
    assert len(set(names)) >= 150
    assert len({f.provider for f in CATALOGUE}) >= 100


def test_prefilter_literals_are_lowercase_and_escape_free() -> None:
    # The engine checks them against text.lower() of the raw (possibly JSON-escaped) text.
    for d in DETECTORS:
        for lit in getattr(d, "prefilter", ()):
            assert lit == lit.lower() and lit, d.name
            # A lone "/" survives escaping (JSON may write it "\\/", which still holds "/");
            # inside a longer literal it would break the match.
            if lit != "/":
                assert not set(lit) & set('\\"\n/'), d.name


@pytest.mark.parametrize("prefix", ["ghp", "gho", "ghu", "ghs", "ghr"])
def test_github_checksum_valid_token_scores_highest(prefix: str) -> None:
    token = github_token(prefix, random.Random(prefix))
    assert crc32_base62_ok(token)
    hits = [h for h in found(f"GH={token}") if h[1] == token and h[0].startswith("secret.github")]
    assert hits and max(h[2] for h in hits) >= 0.99


def test_github_bad_checksum_still_matched_with_lower_score() -> None:
    good = github_token("ghp", random.Random(1))
    bad = good[:-1] + ("A" if good[-1] != "A" else "B")
    assert not crc32_base62_ok(bad)
    scores = [h[2] for h in found(f"x {bad} y") if h[0] == "secret.github.pat"]
    assert scores == [0.7]


def test_base62_matches_known_values() -> None:
    assert base62(0, 6) == "000000"
    assert base62(61, 2) == "0z"
    assert base62(62, 2) == "10"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Bare provider tokens, found by shape alone.
        (
            "AKIA2E0A8F3B244C9986 in the log",
            "AKIA2E0A8F3B244C9986",
        ),  # AWS access key id (the documented example key is vetoed near "docs": role_vetoes)
        ("key=ASIAY34FZKBOKMUTVV7A", "ASIAY34FZKBOKMUTVV7A"),  # AWS STS key id
        (
            "AIzaSyNHxIf32IQ1a1yjl3ZJIqKZqzLAK1XhDk-",
            "AIzaSyNHxIf32IQ1a1yjl3ZJIqKZqzLAK1XhDk-",
        ),  # GCP, trailing dash
        ("glpat-AbCdEf0123456789xYzW", "glpat-AbCdEf0123456789xYzW"),  # GitLab PAT
        (
            "xoxb-312554961652-uSmliU84rFhnUSBq9YdKh6lS",
            "xoxb-312554961652-uSmliU84rFhnUSBq9YdKh6lS",
        ),  # Slack bot
        (
            "https://hooks.slack.com/services/T024TTTTT/BBB72BBL/AZAAA9u0pA4ad666eMgbi555",
            "hooks.slack.com/services/T024TTTTT/BBB72BBL/AZAAA9u0pA4ad666eMgbi555",
        ),  # Slack webhook
        (
            "sk_live_51H8x2LkQ9vZ3pR7tY0uW4eS",
            "sk_live_51H8x2LkQ9vZ3pR7tY0uW4eS",
        ),  # Stripe secret key
        (
            "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",
            "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",
        ),  # SendGrid
        (
            "npm_hK0FJXBYCkejhEMY4Kp6bOOZn1DlfBOmtbJY",
            "npm_hK0FJXBYCkejhEMY4Kp6bOOZn1DlfBOmtbJY",
        ),  # npm
        (
            "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",
            "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",
        ),  # Hugging Face
        (
            "shpat_0123456789abcdef0123456789abcdef",
            "shpat_0123456789abcdef0123456789abcdef",
        ),  # Shopify
        ("sq0atp-10ChpxQVWAQkEcOWXiN9U-J2", "sq0atp-10ChpxQVWAQkEcOWXiN9U-J2"),  # Square
        (f"DO={_DO}", _DO),  # DigitalOcean
        (
            "pul-11931b0113205660debac67149aa8dd09e6e161e",
            "pul-11931b0113205660debac67149aa8dd09e6e161e",
        ),  # Pulumi
        (
            "dt0c01.dbp6rhcomuioij57jwnwjv69.8ywv4oiasy980letg6oeiem5l9lv4b74rukqse85ylo65qqa82fll2q3fa3z4quj",
            "dt0c01.dbp6rhcomuioij57jwnwjv69",
        ),  # Dynatrace
        (
            "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1",
            "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1",
        ),  # Telegram bot
        (
            "SK696f8b09749095799126db55da23f144",
            "SK696f8b09749095799126db55da23f144",
        ),  # Twilio API key
        (
            "https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1/getMe",
            "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1",
        ),  # Telegram token inside a bot URL
        (f"ANTHROPIC={_ANT}", _ANT),  # Anthropic
        ("key-4deeb34838aeee37a050fb9092202875", "key-4deeb34838aeee37a050fb9092202875"),  # Mailgun
        (
            "b5b9f8e50c640da28993e8b6a48e3e53-us18",
            "b5b9f8e50c640da28993e8b6a48e3e53-us18",
        ),  # Mailchimp
        (f"license: {_NR}", _NR),  # New Relic license key
        (
            f"DefaultEndpointsProtocol=https;AccountName=x;AccountKey={_AZ};",
            _AZ,
        ),  # Azure storage key
        (
            "https://x.blob.core.windows.net/c?sv=2021&sig=Zx3kQ8%2BvN7pL2mR9tY4wE6uI1oP5aS3dF7gH0jK2lM%3D",
            "Zx3kQ8%2BvN7pL2mR9tY4wE6uI1oP5aS3dF7gH0jK2lM%3D",
        ),  # Azure SAS
        (
            "abc8Q~Zx3kQ8vN7pL2mR9tY4wE6uI1oP5aS3dF7g",
            "abc8Q~Zx3kQ8vN7pL2mR9tY4wE6uI1oP5aS3dF7g",
        ),  # Entra client secret
        (f"password = {_PYPI}", _PYPI),  # PyPI upload token
        (
            "dckr_pat_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9",
            "dckr_pat_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9",
        ),  # Docker Hub
        (f"jira: {_ATL}", _ATL),  # Atlassian API token
        (
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        ),  # JWT
        # Provider word in the key name plus the value's shape.
        (
            "ALGOLIA_KEY=b9ebc4a4e9394ecddfa5cdd3db74fd9f",
            "b9ebc4a4e9394ecddfa5cdd3db74fd9f",
        ),  # Algolia
        (
            "datadog_api_key: 7f3e9a1c04b8d25e6a9c3f1b80d47e52",
            "7f3e9a1c04b8d25e6a9c3f1b80d47e52",
        ),  # Datadog
    ],
)
def test_known_formats_are_masked(text: str, value: str) -> None:
    assert masked(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "ghp_tooShort123",  # GitHub prefix, wrong length
        "xghp_" + "a" * 36,  # prefix inside a longer word
        "AKIA1234",  # AWS prefix, too short
        "AKIAIOSFODNN7EXAMPLEX9",  # too long for a key id
        "xoxb-xxxxxxxxx-xxxxxxxxxx-xxxxxxxxxxxx",  # Slack placeholder
        "xoxb-12345-abcd234",  # Slack prefix, numbers too short
        "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",  # Hugging Face placeholder
        "AIzaSy" + "x" * 33,  # GCP placeholder
        "ABSKQmVkcm9ja0FQSUtleS1" + "EXAMPLE" * 20 + "=",  # Bedrock example of repeated text
        "sumObj = suGyI5imvADdvU",  # 'sum' is not SumoLogic
        "getPagesInConfluenceSpace,searchConfluenceUsingCql",  # identifiers next to 'Confluence'
        "video_box.ico-7a388b69018576d24b59331fd60aab0c.png",  # asset hash, not Infracost
        "ntn_12345678901",  # Notion prefix, too short
        "bedrock-api-key-",  # prefix alone
        "A3-xXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX",  # 1Password placeholder
        "pk_live_51H8x2LkQ9vZ3pR7tY0uW4eS",  # Stripe publishable key (public by design)
    ],
)
def test_near_misses_are_not_masked(text: str) -> None:
    assert found(text) == []
