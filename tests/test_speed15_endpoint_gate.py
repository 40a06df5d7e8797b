"""Session 15 (speed): `_CALL_GATE` is a piece of every `_ENDPOINT_CALL` match, so gating on it
changes no finding. Generated texts from the characters the call pattern reads (quotes, commas,
brackets, blanks, line breaks, backslashes, word characters) and generated calls around them."""

from __future__ import annotations

import random
import re

import pytest

from redactor.detect.secrets import endpointcalls, secret_detectors
from redactor.detect.secrets.endpointcalls import _CALL_GATE, _ENDPOINT_CALL

RNG = random.Random(1527)
ALPHABET = [*"aZ_$.9(), \t\n\"'\\:/@-", "Client", "connect", "db01", "localhost", "sa", "Pw#42x"]


def _noise(n: int) -> str:
    return "".join(RNG.choice(ALPHABET) for _ in range(n))


def blank() -> str:
    return RNG.choice(("", " ", "\t", "  "))


def _call() -> str:
    q = [RNG.choice("\"'") for _ in range(3)]
    args = [_noise(RNG.randrange(0, 12)).replace("\n", "") for _ in range(3)]
    return (
        RNG.choice(("new DbClient", "mysqli_connect", "x.connect", "Pool", "f"))
        + blank()
        + "("
        + blank()
        + f"{q[0]}{args[0]}{q[0]}{blank()},{blank()}{q[1]}{args[1]}{q[1]}{blank()},{blank()}{q[2]}{args[2]}{q[2]}"
        + blank()
        + RNG.choice((")", ",", " )"))
    )


def _texts(n: int) -> list[str]:
    out = []
    for _ in range(n):
        parts = [_noise(RNG.randrange(0, 40))]
        for _ in range(RNG.randrange(0, 3)):
            parts += [_call(), _noise(RNG.randrange(0, 20))]
        out.append("".join(parts))
    return out


def test_gate_holds_wherever_the_call_pattern_matches() -> None:
    texts = _texts(4000)
    matched = [t for t in texts if _ENDPOINT_CALL.search(t) is not None]
    assert len(matched) > 200  # the generator reaches the pattern often
    assert all(_CALL_GATE.search(t) is not None for t in matched)
    # and the gate is not trivially true: noise alone rarely passes it
    assert sum(_CALL_GATE.search(_noise(60)) is None for _ in range(500)) > 250


def test_detector_finds_the_same_with_the_gate_open(monkeypatch: pytest.MonkeyPatch) -> None:
    (det,) = [d for d in secret_detectors() if d.name == "secret.code.endpoint_call"]
    texts = [
        f'conn = {c}\nprint("ok")'
        for c in (
            'new EnvisionClient("https://envision.mro.local", "env_api", "Harbour42!xy")',
            "mysqli_connect('localhost', 'shop', 'Ember#2291ab', 'shop')",
            'pymssql.connect( "db01" ,\t"sa", "Granite$77qq")',
        )
    ] + _texts(300)
    gated = [det.detect(t) for t in texts]
    assert sum(map(bool, gated[:3])) == 3
    monkeypatch.setattr(endpointcalls, "_CALL_GATE", re.compile(""))  # matches every text
    open_ = [det.detect(t) for t in texts]
    assert gated == open_
