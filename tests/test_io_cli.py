"""The transport commands as a user runs them: `redactor serve` and `redactor pull github`.

Both run the real CLI in a child process with the real pipeline (default policy, spaCy model
off to keep the test fast: NER is covered elsewhere) and a SQLite store.
"""

from __future__ import annotations

import gzip
import http.client
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.fake_github import FakeGitHub
from tests.services import free_port, kafka_bootstrap, pg_dsn, s3_bucket, s3_client, unique, usage_record

__all__ = ["kafka_bootstrap", "pg_dsn", "s3_bucket", "s3_client"]

ROOT = Path(__file__).resolve().parents[1]
MAIN = "from redactor.cli import main; main()"


def policy_without_ner(tmp: Path) -> Path:
    text = (ROOT / "policies" / "default.yaml").read_text()
    assert "  ner: true" in text
    p = tmp / "policy.yaml"
    p.write_text(text.replace("  ner: true", "  ner: false"))
    return p


def stored(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as c:
        return list(c.execute("SELECT key, record FROM records ORDER BY key"))


def test_serve_receives_redacts_and_stops_cleanly(tmp_path: Path) -> None:
    port = free_port()
    db = tmp_path / "store.db"
    env = {**os.environ, "REDACTOR_HEC_TOKEN": "tok-a,tok-b"}
    cmd = [
        sys.executable,
        "-c",
        MAIN,
        "serve",
        "-p",
        str(policy_without_ner(tmp_path)),
        "-o",
        f"sqlite:///{db}",
        "--port",
        str(port),
        "--keyring",
        str(tmp_path / "kr.json"),
    ]
    with open(tmp_path / "serve.log", "wb") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log)
        try:
            deadline = time.monotonic() + 60
            while b"listening on" not in (tmp_path / "serve.log").read_bytes():
                assert proc.poll() is None, (tmp_path / "serve.log").read_text()
                assert time.monotonic() < deadline
                time.sleep(0.05)
            recs = [usage_record(i) for i in range(3)]
            body = gzip.compress("".join(json.dumps({"event": r, "sourcetype": "github"}) for r in recs).encode())
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request(
                "POST",
                "/services/collector",
                body=body,
                headers={"Authorization": "Splunk tok-b", "Content-Encoding": "gzip"},
            )
            resp = conn.getresponse()
            assert (resp.status, json.loads(resp.read())) == (200, {"text": "Success", "code": 0})
            conn.request("GET", "/services/collector/health")
            resp = conn.getresponse()
            assert resp.status == 200 and json.loads(resp.read())["code"] == 17
            conn.close()
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(30) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
    rows = stored(db)
    assert [k for k, _ in rows] == ["evt-000000", "evt-000001", "evt-000002"]
    assert not any("a@example.com" in r for _, r in rows)  # the e-mail in each body was masked
    assert "stopped; events received 3, stored 3" in (tmp_path / "serve.log").read_text()


def test_serve_refuses_to_start_without_a_token(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "REDACTOR_HEC_TOKEN"}
    done = subprocess.run(
        [sys.executable, "-c", MAIN, "serve", "-p", str(policy_without_ner(tmp_path))],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "set REDACTOR_HEC_TOKEN" in done.stderr


@pytest.fixture
def gh() -> FakeGitHub:
    fake = FakeGitHub("ghs_clitoken", now_ms=lambda: int(time.time() * 1000))
    now = int(time.time() * 1000)
    fake.emu["acme"] = [usage_record(i, ts=now - 3_600_000) for i in range(30)]
    fake.non_emu.add("classic")
    return fake


def pull(tmp: Path, gh: FakeGitHub, slug: str, token: str | None = "ghs_clitoken") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_TOKEN"}
    if token is not None:
        env["GITHUB_TOKEN"] = token
    cmd = [
        sys.executable,
        "-c",
        MAIN,
        "pull",
        "github",
        "--enterprise",
        slug,
        "--api-url",
        gh.url,
        "-p",
        str(policy_without_ner(tmp)),
        "-o",
        f"sqlite:///{tmp / 'store.db'}",
        "--checkpoint",
        str(tmp / "gh.db"),
        "--keyring",
        str(tmp / "kr.json"),
        "--summary-json",
    ]
    return subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)


def test_pull_github_then_rerun(tmp_path: Path, gh: FakeGitHub) -> None:
    try:
        first = pull(tmp_path, gh, "acme")
        assert first.returncode == 0, first.stderr
        summary = json.loads(first.stderr.strip().splitlines()[-1])
        assert (summary["written"], summary["pages"]) == (30, 2)
        second = pull(tmp_path, gh, "acme")
        summary = json.loads(second.stderr.strip().splitlines()[-1])
        assert (summary["lines"], summary["already_seen"]) == (0, 5)  # last page re-read, all known
        assert len(stored(tmp_path / "store.db")) == 30
        assert "ghs_clitoken" not in first.stderr + second.stderr
    finally:
        gh.close()


@pytest.mark.parametrize(
    ("slug", "token", "code", "message"),
    [
        ("acme", None, 2, "set GITHUB_TOKEN"),
        ("acme", "wrong", 2, "401 Unauthorized"),
        ("classic", "ghs_clitoken", 2, "not an EMU enterprise"),
    ],
)
def test_pull_github_errors(
    tmp_path: Path, gh: FakeGitHub, slug: str, token: str | None, code: int, message: str
) -> None:
    try:
        done = pull(tmp_path, gh, slug, token)
    finally:
        gh.close()
    assert done.returncode == code
    assert message in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.services
def test_pull_archives_from_s3_into_postgresql(tmp_path: Path, s3_bucket: str, s3_client: Any, pg_dsn: str) -> None:
    recs = [usage_record(i) for i in range(12)]
    for n in range(3):
        body = gzip.compress(("\n".join(json.dumps(r) for r in recs[n * 4 : n * 4 + 4]) + "\n").encode())
        s3_client.put_object(Bucket=s3_bucket, Key=f"github/2026/07/08/13/0{n}/{n}.json.log.gz", Body=body)
    kv = dict(part.split("=", 1) for part in pg_dsn.split(" options=")[0].split())
    env = {**os.environ, "PGOPTIONS": "-c" + pg_dsn.split(" options=-c")[1]}
    cmd = [
        sys.executable,
        "-c",
        MAIN,
        "pull",
        "archives",
        f"s3://{s3_bucket}/github",
        "-p",
        str(policy_without_ner(tmp_path)),
        "--keyring",
        str(tmp_path / "kr.json"),
        "-o",
        f"postgresql://{kv['user']}@{kv['host']}:{kv['port']}/{kv['dbname']}",
        "--checkpoint",
        str(tmp_path / "ck.db"),
        "--summary-json",
    ]
    first = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stderr.strip().splitlines()[-1])["written"] == 12
    again = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    summary = json.loads(again.stderr.strip().splitlines()[-1])
    assert (summary["lines"], summary["objects_skipped_done"]) == (0, 3)
    import psycopg

    with psycopg.connect(pg_dsn) as conn:
        rows = conn.execute("SELECT key, record FROM records ORDER BY key").fetchall()
    assert [k for k, _ in rows] == [f"evt-{i:06d}" for i in range(12)]
    assert not any("a@example.com" in r for _, r in rows)


@pytest.mark.services
def test_kafka_command_redacts_a_topic(tmp_path: Path, kafka_bootstrap: str) -> None:
    from tests.test_io_kafka import create_topics, produce, read_all

    inp, out = unique("raw-"), unique("red-")
    create_topics(kafka_bootstrap, inp, out, out + "-quarantine")
    produce(kafka_bootstrap, inp, [json.dumps(usage_record(i)).encode() for i in range(6)])
    cmd = [
        sys.executable,
        "-c",
        MAIN,
        "kafka",
        "--bootstrap",
        kafka_bootstrap,
        "-i",
        inp,
        "--output-topic",
        out,
        "--group",
        unique("g-"),
        "-p",
        str(policy_without_ner(tmp_path)),
        "--keyring",
        str(tmp_path / "kr.json"),
        "--idle-exit",
        "1",
        "--summary-json",
    ]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stderr.strip().splitlines()[-1])["written"] == 6
    msgs = read_all(kafka_bootstrap, out, 6)
    assert sorted(m.key().decode() for m in msgs) == [f"evt-{i:06d}" for i in range(6)]
    assert not any(b"a@example.com" in m.value() for m in msgs)
