"""AT commands after another command on the same line (session 13 review of `atcommands`).

The command regex used to consume the rest of a line for any ``+NAME=``, so a password command
after a command outside the catalogue (``AT+CWMODE=1;+CWJAP=...``, two ``send()`` calls on one
line) was never read. Values are generated, never taken from an evaluation set.
"""

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.secrets.atcommands import AtCommandDetector
from redactor.detect.secrets.escapes import ViewCache


def _password(rng: random.Random) -> str:
    head = "".join(rng.choice(string.ascii_letters) for _ in range(5))
    tail = "".join(rng.choice(string.ascii_letters) for _ in range(4))
    return head + str(rng.randrange(10, 99)) + rng.choice("#!%&") + tail


_LEADS = ("AT+CWMODE=1;", 'send("AT+CIPMUX=1"); send("', 'AT+CGDCONT=1,"IP","apn";', "x+y=2; ")
_COMMANDS = ('AT+CWJAP="{s}","{p}"', 'AT+CSTT="apn","{s}","{p}"', 'AT+SAPBR=3,1,"PWD","{p}"')


@pytest.mark.parametrize("seed", range(12))
def test_command_after_another_on_one_line_is_read(seed: int) -> None:
    rng = random.Random(seed)
    pw = _password(rng)
    ssid = "net" + str(rng.randrange(100, 999))
    command = rng.choice(_COMMANDS).format(s=ssid, p=pw)
    alone = command
    chained = rng.choice(_LEADS) + command.removeprefix("AT") if seed % 2 else rng.choice(_LEADS) + command
    d = AtCommandDetector(ViewCache())
    assert [alone[s.start : s.end] for s in d.detect(alone)] == [pw]  # control: the command alone
    assert [chained[s.start : s.end] for s in d.detect(chained)] == [pw]


def test_commands_outside_the_catalogue_find_nothing() -> None:
    text = 'AT+CWMODE=1;+CIPMUX=1;+CIPSTART="TCP","10.0.0.7",80 "Qx7%hLmp2Rt"'
    assert AtCommandDetector(ViewCache()).detect(text) == []
