"""GitHub REST puller against a loopback server that behaves like the documented API."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from redactor.errors import ConfigError
from redactor.io.checkpoint import Checkpoint
from redactor.io.delivery import deliver
from redactor.io.github_rest import (
    API_VERSION,
    GitHubPuller,
    GitHubUnavailable,
    PullSettings,
    UsageRecordsClient,
    next_cursor,
)
from redactor.secret import SecretBytes
from tests.fake_github import FakeGitHub, Scripted
from tests.services import MemorySink, stand_in_process, usage_record

TOKEN = "ghs_faketokenfortests000000000000000000"
NOW_MS = 1_783_500_000_000
HOUR = 3_600_000


class Clock:
    def __init__(self) -> None:
        self.ms = NOW_MS
        self.sleeps: list[float] = []

    def now_ms(self) -> int:
        return self.ms

    def now_s(self) -> float:
        return self.ms / 1000

    def sleep(self, s: float) -> None:
        self.sleeps.append(s)
        self.ms += int(s * 1000)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def gh(clock: Clock) -> Iterator[FakeGitHub]:
    fake = FakeGitHub(TOKEN, now_ms=clock.now_ms)
    fake.emu["acme"] = [usage_record(i, ts=NOW_MS - 10 * HOUR) for i in range(60)]
    fake.non_emu.add("classic-corp")
    fake.forbidden.add("not-mine")
    yield fake
    fake.close()


def puller(
    gh: FakeGitHub,
    clock: Clock,
    ck: Checkpoint,
    *,
    slug: str = "acme",
    token: str = TOKEN,
    warnings: list[str] | None = None,
    **settings: Any,
) -> GitHubPuller:
    client = UsageRecordsClient(
        slug,
        SecretBytes(token.encode()),
        gh.url,
        settings=PullSettings(**settings),
        sleep=clock.sleep,
        now_s=clock.now_s,
    )
    return GitHubPuller(
        client, ck, now_ms=clock.now_ms, warn=(warnings if warnings is not None else []).append
    )


def run(p: GitHubPuller, sink: MemorySink | None = None) -> MemorySink:
    sink = sink or MemorySink()
    deliver(p.batches(), stand_in_process, sink)
    return sink


@pytest.mark.parametrize(
    ("header", "cursor"),
    [
        ('<https://api.github.com/x?per_page=25&after=ABC%3D&order=asc>; rel="next"', "ABC="),
        ('<https://a/x?before=P>; rel="prev", <https://a/x?after=N2>; rel="next"', "N2"),
        ('<https://a/x?after=P>; rel="prev"', None),  # near miss: only a prev link
        ('<https://a/x?per_page=25>; rel="next"', None),  # next link without a cursor
        (None, None),
    ],
)
def test_next_cursor(header: str | None, cursor: str | None) -> None:
    assert next_cursor(header) == cursor


def test_pulls_every_page_in_order_with_pinned_headers(gh: FakeGitHub, clock: Clock) -> None:
    sink = run(puller(gh, clock, Checkpoint(":memory:")))
    assert list(sink.records) == [f"evt-{i:06d}" for i in range(60)]  # in order, no gaps
    assert len(gh.requests) == 3  # 25 + 25 + 10
    first = gh.requests[0]
    assert first["path"] == "/enterprises/acme/copilot/usage-records"
    assert first["query"] == {"per_page": "25", "order": "asc"}
    assert first["headers"]["X-GitHub-Api-Version"] == API_VERSION == "2026-03-10"
    assert first["headers"]["Authorization"] == f"Bearer {TOKEN}"
    assert first["headers"]["Accept"] == "application/vnd.github+json"
    assert gh.requests[1]["query"]["after"] == FakeGitHub.cursor(24)
    assert clock.sleeps == []


def test_rerun_resumes_and_dedups_by_event_id(gh: FakeGitHub, clock: Clock, tmp_path: Path) -> None:
    ck = Checkpoint(tmp_path / "ck.db")
    run(puller(gh, clock, ck))
    clock.ms += HOUR
    p = puller(gh, clock, ck)
    sink = run(p)
    assert sink.records == {}  # the last page was fetched again; every id was already delivered
    assert p.stats.duplicates == 10
    assert gh.requests[-1]["query"]["after"] == FakeGitHub.cursor(49)
    gh.emu["acme"] += [usage_record(i, ts=NOW_MS + HOUR) for i in range(60, 65)]
    sink = run(puller(gh, clock, ck))
    assert list(sink.records) == [f"evt-{i:06d}" for i in range(60, 65)]


def test_failed_write_keeps_the_position(gh: FakeGitHub, clock: Clock, tmp_path: Path) -> None:
    ck = Checkpoint(tmp_path / "ck.db")
    sink = MemorySink()
    batches = puller(gh, clock, ck).batches()
    deliver([next(batches)], stand_in_process, sink)
    sink.fail_next = 1
    with pytest.raises(OSError):
        deliver(batches, stand_in_process, sink)
    run(puller(gh, clock, ck), sink)
    assert list(sink.records) == [f"evt-{i:06d}" for i in range(60)]
    assert gh.requests[-2]["query"]["after"] == FakeGitHub.cursor(24)  # page 2 fetched again


def test_retry_after_and_rate_limit_reset_are_honoured(gh: FakeGitHub, clock: Clock) -> None:
    reset = int(clock.now_s()) + 30
    gh.script = [
        Scripted(429, {"Retry-After": "7"}, {"message": "secondary rate limit"}),
        Scripted(
            403,
            {"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(reset)},
            {"message": "API rate limit exceeded"},
        ),
    ]
    sink = run(puller(gh, clock, Checkpoint(":memory:")))
    assert len(sink.records) == 60
    assert clock.sleeps[0] == 7.0
    assert clock.sleeps[1] == pytest.approx(30 - 7 + 1)  # until reset (+1 s), on the same clock


def test_exhausted_quota_waits_before_the_next_call(gh: FakeGitHub, clock: Clock) -> None:
    gh.remaining = 1  # the first call uses the last one
    gh.reset_s = int(clock.now_s()) + 120
    run(puller(gh, clock, Checkpoint(":memory:"), max_pages=2))
    assert clock.sleeps == [121.0]


def test_rate_limit_longer_than_the_cap_fails_clearly(gh: FakeGitHub, clock: Clock) -> None:
    gh.script = [Scripted(429, {"Retry-After": "7200"})]
    with pytest.raises(GitHubUnavailable, match="over --max-wait"):
        run(puller(gh, clock, Checkpoint(":memory:"), max_wait_s=600))


def test_5xx_backs_off_then_succeeds(gh: FakeGitHub, clock: Clock) -> None:
    gh.script = [Scripted(502), Scripted(503)]
    assert len(run(puller(gh, clock, Checkpoint(":memory:"))).records) == 60
    assert clock.sleeps == [1.0, 2.0]


def test_persistent_5xx_gives_up_without_moving_the_checkpoint(
    gh: FakeGitHub, clock: Clock
) -> None:
    ck = Checkpoint(":memory:")
    gh.script = [Scripted(500)] * 3
    with pytest.raises(GitHubUnavailable, match="HTTP 500 after 3 attempts"):
        run(puller(gh, clock, ck, max_attempts=3))
    assert ck.get("github:" + gh.url.split("//")[1] + ":acme:cursor") is None


@pytest.mark.parametrize(
    ("slug", "token", "status", "message"),
    [
        ("acme", "wrong", 401, "set GITHUB_TOKEN"),
        ("not-mine", TOKEN, 403, "'Copilot Usage Records API' policy"),
        ("classic-corp", TOKEN, 404, "not an EMU enterprise"),
    ],
)
def test_client_errors_explain_what_to_do(
    gh: FakeGitHub, clock: Clock, slug: str, token: str, status: int, message: str
) -> None:
    with pytest.raises(ConfigError, match=f"{status}") as info:
        run(puller(gh, clock, Checkpoint(":memory:"), slug=slug, token=token))
    assert message in str(info.value)
    assert token not in str(info.value)


def test_422_without_cursor_is_an_error(gh: FakeGitHub, clock: Clock) -> None:
    gh.script = [Scripted(422, {}, {"message": "Validation Failed"})]
    with pytest.raises(ConfigError, match="422 Validation failed"):
        run(puller(gh, clock, Checkpoint(":memory:")))


def test_stale_cursor_restarts_from_the_highest_timestamp(
    gh: FakeGitHub, clock: Clock, tmp_path: Path
) -> None:
    ck = Checkpoint(tmp_path / "ck.db")
    warnings: list[str] = []
    run(puller(gh, clock, ck, max_pages=1))  # delivers 0..24; cursor -> record 24
    clock.ms += 39 * HOUR  # record 24 (10 h old then) has left the 48 h window: cursor stale
    gh.emu["acme"] += [usage_record(i, ts=clock.ms - HOUR) for i in range(60, 62)]
    sink = run(puller(gh, clock, ck, warnings=warnings))
    assert any("cursor rejected" in w for w in warnings)
    assert gh.requests[-1]["query"]["phrase"].startswith("created:>=")
    assert sorted(sink.records) == ["evt-000060", "evt-000061"]  # 25..59 expired with the window


@pytest.mark.parametrize(
    ("hours_since_poll", "expected"),
    [
        (12, None),  # normal cadence: silent
        (35, None),  # near miss: just under the 36 h warning
        (40, "poll more often"),
        (50, "beyond the API's 48 h window"),
    ],
)
def test_gap_warning(
    gh: FakeGitHub, clock: Clock, tmp_path: Path, hours_since_poll: int, expected: str | None
) -> None:
    ck = Checkpoint(tmp_path / "ck.db")
    run(puller(gh, clock, ck))
    clock.ms += hours_since_poll * HOUR
    warnings: list[str] = []
    run(puller(gh, clock, ck, warnings=warnings))
    gap = [w for w in warnings if "last complete poll" in w]
    if expected is None:
        assert gap == []
    else:
        assert len(gap) == 1 and expected in gap[0]


def test_bad_arguments() -> None:
    with pytest.raises(ConfigError, match="enterprise slug"):
        UsageRecordsClient("acme/../x", SecretBytes(b"t"))
    with pytest.raises(ConfigError, match="--api-url"):
        UsageRecordsClient("acme", SecretBytes(b"t"), "ftp://x")
    c = UsageRecordsClient("acme", SecretBytes(TOKEN.encode()))
    assert TOKEN not in repr(c)
