"""Perforce ``p4 -P <password or ticket>`` (a `commands._TOOL_FLAGS` row).

Generated command lines cross prompts (PowerShell, bash, cmd), ``p4``/``p4.exe``, the other
global options around ``-P`` (``-p`` port, ``-u`` user, ``-c`` client) and values (32-hex tickets,
chosen passwords): the value is found exactly and the port, user and client are not. Near misses:
``-p`` (the port, lower case), variables and placeholders, ``-P`` after other programs whose
``-P`` is no password (``ffmpeg``, ``grep``), and ``mp4``/``p4v`` words.
"""

from __future__ import annotations

import itertools

import pytest

from redactor.detect.secrets.commands import CommandLineDetector
from redactor.detect.secrets.escapes import ViewCache

_PROMPTS = ["PS C:\\build> ", "$ ", "C:\\ws>", ""]
_PROGRAMS = ["p4", "p4.exe"]
_OPTIONS = [
    "-p ssl:perforce.studio-north.local:1666 -u build_bot",
    "-u alice -c alice-ws",
    "-p 1666",
    "",
]
_VALUES = ["F8C6BA78482E4E6DA934198A183D8AE2", "Otter4498@fe", "A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6", "Quill-7731!x"]
_COMMANDS = ["sync //depot/Main/...#head", "changes -m 5", "login -s", ""]


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in CommandLineDetector(ViewCache()).detect(text)}


@pytest.mark.parametrize(
    ("prompt", "program", "options", "value", "command"),
    list(itertools.product(_PROMPTS, _PROGRAMS, _OPTIONS, _VALUES, _COMMANDS))[::3],
)
def test_p4_password_is_found(prompt: str, program: str, options: str, value: str, command: str) -> None:
    text = f"{prompt}{program} {options} -P {value} {command}\n".replace("  ", " ")
    found = _found(text)
    assert value in found
    assert not {"ssl:perforce.studio-north.local:1666", "1666", "build_bot", "alice", "alice-ws"} & found


@pytest.mark.parametrize(
    "text",
    [
        "p4 -p perforce:1666 -u build_bot sync\n",
        "p4 -u build_bot -P $P4PASSWD sync\n",
        "p4 -u build_bot -P %P4PASSWD% sync\n",
        "p4 -u build_bot -P <password> sync\n",
        "ffmpeg -i clip.mp4 -P F8C6BA78482E4E6DA934198A183D8AE2\n",
        "grep -P '\\d+' build.log\n",
        "open the p4v client and run sync\n",
    ],
)
def test_near_misses_are_left(text: str) -> None:
    assert _found(text) == set()
