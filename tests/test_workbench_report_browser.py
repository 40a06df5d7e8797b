"""The report in a real headless browser (Debian's chromium, installed by scripts/ensure_chromium.sh):
the page loads from a file with networking off and every chart is laid out with a size.

Skipped with the reason when /usr/bin/chromium is absent, unless REDACTOR_REQUIRE_SERVICES=1 (CI),
where it fails instead.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from redactor.workbench.report_html import render_html
from tests.test_workbench_report import build_store, report

CHROMIUM = Path("/usr/bin/chromium")


def _chromium() -> Path:
    if CHROMIUM.exists():
        return CHROMIUM
    msg = "chromium is not installed: run scripts/ensure_chromium.sh (Debian chromium)"
    if os.environ.get("REDACTOR_REQUIRE_SERVICES") == "1":
        pytest.fail(msg + " (REDACTOR_REQUIRE_SERVICES=1)")
    pytest.skip(msg)


def _run(tmp_path: Path, page: Path, *mode: str) -> subprocess.CompletedProcess[str]:
    cmd = [
        str(_chromium()),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-extensions",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=1280,2400",
        *mode,
        page.as_uri(),
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False)


@pytest.fixture()
def page(tmp_path: Path) -> Path:
    b = build_store(tmp_path)
    out = tmp_path / "report.html"
    out.write_text(render_html(report(b)), encoding="utf-8")
    b.db.close()
    b.ring.close()
    return out


def test_charts_render_offline(tmp_path: Path, page: Path) -> None:
    res = _run(tmp_path, page, "--dump-dom")
    assert res.returncode == 0, res.stderr[-2000:]
    dom = res.stdout
    body = re.search(r"<body([^>]*)>", dom)
    assert body, dom[:500]
    attrs = dict(re.findall(r'(data-[a-z-]+)="(\d+)"', body.group(1)))
    n = page.read_text().count('<svg class="chart')
    assert n == 9
    assert attrs["data-charts"] == str(n)  # the inline script ran
    assert attrs["data-charts-rendered"] == str(n)  # every chart has a laid-out, non-zero size
    assert int(attrs["data-bars"]) > 10


def test_screenshot_is_drawn(tmp_path: Path, page: Path) -> None:
    shot = tmp_path / "shot.png"
    res = _run(tmp_path, page, f"--screenshot={shot}", "--hide-scrollbars")
    assert res.returncode == 0, res.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 30_000  # measured: a blank page of this size is ~14 kB, a heading and a line ~20 kB
