"""Integration keys in the paths of alerting and monitoring ingest endpoints (secret.url.path_key).

Heartbeat, check-in, ping and event-ingest URLs of monitoring products carry the integration key
as a path segment. The matrix crosses the documented shapes with key shapes; near misses are
resource URLs whose ids have the same shapes (calendar events, object ids, GitHub event feeds).
"""

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.urlpaths import UrlPathKeyDetector

_RNG = random.Random(2611)


def _token(n: int) -> str:
    while True:
        v = "".join(_RNG.choice(string.ascii_letters + string.digits) for _ in range(n))
        if sum(c.isdigit() for c in v) >= 3 and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def _hex(n: int) -> str:
    return "".join(_RNG.choice("0123456789abcdef") for _ in range(n - 1)) + "7"


def _uuid() -> str:
    h = _hex(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _lower_digits(n: int) -> str:
    """Random lower-case letters and digits, a third of them digits (iLert's key alphabet)."""
    return "".join(_RNG.choice("0123456789" if i % 3 == 0 else string.ascii_lowercase) for i in range(n))


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in UrlPathKeyDetector(ViewCache()).detect(text)]


_KEY_SHAPES = (lambda: _token(24), lambda: _token(32), lambda: _hex(32))
_ENDPOINTS = (
    "https://uptime.betterstack.com/api/v1/heartbeat/{k}",
    "https://api.honeybadger.io/v1/check_in/{k}",
    "https://cronhub.io/ping/{k}",
    "https://events.pagerduty.com/integration/{k}/enqueue",
    "https://collectors.sumologic.com/receiver/v1/http/{k}",
    "https://oncall.example.org/integrations/v1/alertmanager/{k}/",
    "https://status.example.org/api/push/heartbeat/{k}?status=up",
    "https://hc-ping.com/{k}",
    "https://ping.checklyhq.com/{k}",
    "https://heartbeat.uptimerobot.com/{k}",
)


@pytest.mark.parametrize("endpoint", _ENDPOINTS)
@pytest.mark.parametrize("shape", range(len(_KEY_SHAPES)))
def test_key_of_an_ingest_endpoint(endpoint: str, shape: int) -> None:
    key = _KEY_SHAPES[shape]()
    for carrier in ("curl -fsS -m 10 {u}", "      - url: '{u}'", "HEARTBEAT_URL={u}"):
        assert _found(carrier.format(u=endpoint.format(k=key))) == [key]


@pytest.mark.parametrize("source", ["prometheus", "grafana", "zabbix", "datadog", "email"])
def test_key_after_an_events_source_word(source: str) -> None:
    key = "il1" + source[:4] + _lower_digits(28)
    assert _found(f"url: 'https://api.ilert.com/api/v1/events/{source}/{key}'") == [key]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.googleapis.com/calendar/v3/calendars/primary/events/4kq9v2m7x8bd3p1c6z5r0t2w9y",
        "https://api.example.com/v1/events/deployment/" + _hex(32),  # hex after events/<word>: an event id
        "https://api.example.com/v1/events/click/" + _uuid(),
        "https://api.example.com/v1/events/click/" + _token(24) + "/attendees",  # not the last segment
        "https://api.example.com/v1/events/Click2/" + _token(24),  # the source is not a plain word
        "https://api.github.com/repos/acme/app/events",
        "https://monitor.example.com/users/" + _hex(32) + "/heartbeat",  # the key word comes after
        "https://ping.example.com/static/" + _hex(32) + ".js",  # a content address on a ping host
        "https://github.com/acme/integrations/blob/" + _hex(40) + "/README.md",  # code host
    ],
)
def test_resource_urls_are_not_keys(url: str) -> None:
    assert _found(f"curl {url}") == []
