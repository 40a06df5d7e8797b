"""`redactor report` on a store whose records all lie outside the period it chose (an archive of
July redacted in November: the default period ends at the newest ledger entry) says where the
records are instead of leaving the reader with an empty page and no reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.cli import main
from redactor.workbench.report import records_outside
from redactor.workbench.stats import day_of
from tests.test_workbench_report import DAY, NOW, T0, build_store


def test_empty_period_names_the_records_outside_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    b = build_store(tmp_path)
    try:
        rows = b.db.execute("SELECT count(*), min(timestamp_ms), max(timestamp_ms) FROM records")[0]
        n, first, last = int(rows[0]), int(rows[1]), int(rows[2])
        later = last + 90 * DAY  # a period after every record
        args = ["report", "--store", b.uri, "--out", str(tmp_path / "r.html"), "--keyring", str(b.keyring_path)]
        main([*args, "--now", str(NOW), "--from", str(later), "--to", str(later + DAY)])
        cap = capsys.readouterr()
        assert ": 0 record(s)" in cap.out
        assert cap.err.strip() == (
            f"note: {n} record(s) in the store fall outside this period "
            f"(@timestamp {day_of(first)} to {day_of(last)}); choose the period with --from and --to"
        )
        # a period that holds records: no note, however many records lie outside it
        main([*args, "--now", str(NOW), "--from", str(T0), "--to", str(T0)])
        cap = capsys.readouterr()
        assert ": 0 record(s)" not in cap.out and cap.err == ""
    finally:
        b.db.close()
        b.ring.close()


def test_records_outside_counts_only_outside(tmp_path: Path) -> None:
    b = build_store(tmp_path)
    try:
        stamps = sorted(int(r[0]) for r in b.db.execute("SELECT timestamp_ms FROM records"))
        assert records_outside(b.db, stamps[0], stamps[-1]) is None
        got = records_outside(b.db, stamps[0] + 1, stamps[-1])
        below = sum(1 for s in stamps if s < stamps[0] + 1)
        assert got == (below, day_of(stamps[0]), day_of(stamps[0]))
    finally:
        b.db.close()
        b.ring.close()
