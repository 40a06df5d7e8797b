"""The command line: exact messages and exit codes, help everywhere, the summary adds up."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from redactor.cli import app, main

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _commands(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = []
    for name, cmd in group.commands.items():
        out.append((*prefix, name))
        if hasattr(cmd, "commands"):  # a group (typer ships its own click classes)
            out.extend(_commands(cmd, (*prefix, name)))
    return out


import typer.main  # noqa: E402

ALL = _commands(typer.main.get_command(app))  # type: ignore[arg-type]


def test_the_main_commands_exist() -> None:
    assert {
        ("run",),
        ("detect",),
        ("policy", "validate"),
        ("policy", "explain"),
        ("policy", "schema"),
        ("models", "check"),
    } <= set(ALL)


@pytest.mark.parametrize("cmd", ALL, ids=lambda c: " ".join(c))
def test_every_command_has_help(cmd: tuple[str, ...]) -> None:
    res = runner.invoke(app, [*cmd, "--help"])
    assert res.exit_code == 0, res.output
    assert "Usage:" in res.output
    # a one-line description at least, not just the usage line
    body = res.output.split("Usage:", 1)[1]
    assert len(body.strip().splitlines()) >= 3


def test_policy_validate_ok_and_bad(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "team.yaml"
    bad.write_text(
        "version: 1\nname: team\nrules:\n  - entities: [EMAIL_ADDRESS]\n    action: mask\n    mask: {char: '**'}\n"
    )
    with pytest.raises(SystemExit) as ei:
        main(["policy", "validate", str(ROOT / "policies/default.yaml"), str(bad)])
    assert ei.value.code == 2
    out, err = capsys.readouterr()
    assert "policies/default.yaml: ok (default@" in out
    assert (
        f'{bad}: invalid policy (1 problem(s)):\n  rules[0].mask.char (line 6): must be one character (got "**")' in err
    )


def test_policy_schema_is_json_schema() -> None:
    res = runner.invoke(app, ["policy", "schema"])
    assert res.exit_code == 0
    schema = json.loads(res.output)
    assert schema["additionalProperties"] is False
    assert "rules" in schema["properties"]


def test_run_missing_input_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ei:
        main(["run", "-p", str(ROOT / "policies/default.yaml"), str(tmp_path / "nope.jsonl")])
    assert ei.value.code == 2
    assert capsys.readouterr().err == f"error: {tmp_path / 'nope.jsonl'}: no such file or directory\n"


def test_run_bad_policy_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "p.yaml"
    p.write_text("version: 1\n")
    with pytest.raises(SystemExit) as ei:
        main(["run", "-p", str(p), str(tmp_path)])
    assert ei.value.code == 2
    assert "  name: Field required (required; add it)\n" in capsys.readouterr().err


def test_run_unknown_output_scheme(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text("{}\n")
    with pytest.raises(SystemExit) as ei:
        main(
            [
                "run",
                "-p",
                str(ROOT / "policies/default.yaml"),
                str(f),
                "-o",
                "mysql://x",
                "--keyring",
                str(tmp_path / "k.json"),
            ]
        )
    assert ei.value.code == 2
    assert "mysql://x: unknown output; use one of" in capsys.readouterr().err


def test_keyring_world_readable_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ring = tmp_path / "k.json"
    f = tmp_path / "in.jsonl"
    f.write_text("{}\n")
    main(
        [
            "run",
            "-p",
            str(ROOT / "policies/default.yaml"),
            str(f),
            "--keyring",
            str(ring),
            "-o",
            f"sqlite:///{tmp_path}/a.db",
        ]
    )
    assert f"note: created a new keyring at {ring}" in capsys.readouterr().err
    ring.chmod(0o644)
    with pytest.raises(SystemExit) as ei:
        main(
            [
                "run",
                "-p",
                str(ROOT / "policies/default.yaml"),
                str(f),
                "--keyring",
                str(ring),
                "-o",
                f"sqlite:///{tmp_path}/a.db",
            ]
        )
    assert ei.value.code == 4
    assert "error:" in capsys.readouterr().err


def test_models_check_passes_on_the_installed_model() -> None:
    res = runner.invoke(app, ["models", "check"])
    assert res.exit_code == 0, res.output
    assert "ok: installed model matches the manifest" in res.output


def test_unexpected_errors_withhold_details(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import redactor.cli.policy as policy_cli

    def boom(*a: Any, **k: Any) -> None:
        raise ValueError("jane.doe@example.com leaked")

    monkeypatch.setattr(policy_cli, "policy_schema", boom)
    monkeypatch.delenv("REDACTOR_DEBUG", raising=False)
    with pytest.raises(SystemExit) as ei:
        main(["policy", "schema"])
    assert ei.value.code == 1
    err = capsys.readouterr().err
    assert "internal error (ValueError)" in err and "jane.doe" not in err
