"""`--help` that teaches: every command says what it does, every option says what it is for, and
the examples in the help use only options the command has (help text is documentation that can
go stale like any other)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest
import typer.main
from typer.testing import CliRunner

from redactor.cli import app, main

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
ROOT_CMD: Any = typer.main.get_command(app)


def _leaves(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    out: list[tuple[tuple[str, ...], Any]] = []
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            out.extend(_leaves(cmd, (*prefix, name)))
        else:
            out.append(((*prefix, name), cmd))
    return out


LEAVES = _leaves(ROOT_CMD)
IDS = [" ".join(p) for p, _ in LEAVES]


def _opts(cmd: Any) -> set[str]:
    names: set[str] = {"--help"}
    for p in cmd.params:
        names.update(p.opts)
        names.update(getattr(p, "secondary_opts", []) or [])
    return names


def _example_commands(doc: str, path: tuple[str, ...]) -> list[str]:
    """The example invocations of this command in its docstring (continuation lines joined)."""
    joined = re.sub(r"\\\n\s*", " ", doc)
    head = "redactor " + " ".join(path)
    out = []
    for line in joined.splitlines():
        i = line.find(head)
        if i >= 0 and (len(line) == i + len(head) or not line[i + len(head)].isalnum()):
            out.append(line[i:].split("&&")[0].split("|")[0].split(">")[0])
    return out


def test_there_are_leaf_commands() -> None:
    paths = {p for p, _ in LEAVES}
    assert {("run",), ("detect",), ("policy", "validate"), ("keys", "rotate"), ("hold", "release")} <= paths
    assert len(LEAVES) >= 25


@pytest.mark.parametrize("path,cmd", LEAVES, ids=IDS)
def test_help_has_an_example_of_this_very_command(path: tuple[str, ...], cmd: Any) -> None:
    examples = _example_commands(cmd.help or "", path)
    assert examples, f"`redactor {' '.join(path)} --help` shows no example of itself"


@pytest.mark.parametrize("path,cmd", LEAVES, ids=IDS)
def test_examples_use_only_options_the_command_has(path: tuple[str, ...], cmd: Any) -> None:
    known = _opts(cmd)
    for ex in _example_commands(cmd.help or "", path):
        used = set(re.findall(r"(?<![\w-])(--[a-z][a-z0-9-]*|-[a-zA-Z])(?=[\s=]|$)", ex))
        assert used <= known, f"{ex!r}: unknown {sorted(used - known)}"


@pytest.mark.parametrize("path,cmd", LEAVES, ids=IDS)
def test_every_option_and_argument_says_what_it_is(path: tuple[str, ...], cmd: Any) -> None:
    for p in cmd.params:
        if isinstance(p, click.Option) and p.name == "help":
            continue
        assert (getattr(p, "help", None) or "").strip(), f"redactor {' '.join(path)}: {p.name} has no help text"


def test_run_help_names_every_output_scheme_the_sinks_accept() -> None:
    from redactor.io.sinks import REGISTRY

    res = runner.invoke(app, ["run", "--help"], env={"COLUMNS": "200"})
    assert res.exit_code == 0
    text = " ".join(res.output.split())
    spelled = {"postgres": "postgresql://", "http": "http(s)://", "https": "http(s)://"}
    for scheme in REGISTRY:
        assert spelled.get(scheme, f"{scheme}://") in text, scheme
    assert "--policy" in text and "--output" in text and "--quarantine" in text and "--workers" in text


def test_detect_help_says_its_input_is_texts_not_records() -> None:
    res = runner.invoke(app, ["detect", "--help"], env={"COLUMNS": "200"})
    text = " ".join(res.output.split())
    assert "--text-field" in text and "--id-field" in text
    assert "not Copilot records" in text


def test_detect_refuses_a_missing_file_before_loading_anything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import redactor.cli.run as run_mod

    def boom(*_a: object, **_k: object) -> None:
        raise AssertionError("the engine was built for a file that does not exist")

    monkeypatch.setattr(run_mod, "build_engine", boom)
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(SystemExit) as ei:
        main(["detect", str(missing)])
    assert ei.value.code == 2
    assert f"{missing}: no such file" in capsys.readouterr().err


def test_python_dash_m_redactor_is_the_command() -> None:
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "COLUMNS": "120"}
    res = subprocess.run(
        [sys.executable, "-m", "redactor", "--help"], capture_output=True, text=True, env=env, timeout=120
    )
    assert res.returncode == 0, res.stderr
    for name in ("run", "detect", "policy", "keys", "retention", "erase"):
        assert re.search(rf"^\W*{name}\s", res.stdout, re.M), name


def test_the_detect_help_example_prints_what_it_says(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    import redactor.cli.run as run_mod

    doc = run_mod.detect_cmd.__doc__ or ""
    line = re.search(r"echo '(\{.*\})' > t\.jsonl", doc)
    said = re.search(r'prints (\{"id": 1, "spans": \[\{"start": (\d+), "end": (\d+), "entity": "(\w+)")', doc)
    assert line and said
    f = tmp_path / "t.jsonl"
    f.write_text(line.group(1) + "\n", encoding="utf-8")
    main(["detect", str(f)])
    got = json.loads(capsys.readouterr().out)
    assert [(s["start"], s["end"], s["entity"]) for s in got["spans"]] == [
        (int(said.group(2)), int(said.group(3)), said.group(4))
    ]
