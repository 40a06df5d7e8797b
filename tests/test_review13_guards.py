"""Guards of session 13's carrier detectors that no test watched (review mutation check).

Removing `streamkeys._FILLER` or `b64pairs`' `dummy_password` check left every test of
`tests/test_secrets13_carriers.py` passing. Each case here has a control in the same carrier (a
generated value is found), so a test that passes because nothing is detected fails.
"""

from __future__ import annotations

import base64
import random
import string

import pytest

from redactor.detect.secrets.b64pairs import Base64PairDetector
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.streamkeys import StreamKeyDetector

_FILLERS = ("1234-xxxx-xxxx-xxxx", "xxxx-xxxx-xxxx-1234", "aaaa-0000-aaaa-0000", "xxxx-1234-xxxx-xxxx-xxxx")


def _youtube_key(rng: random.Random) -> str:
    groups = ["".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(4)) for _ in range(4)]
    groups[0] = groups[0][:3] + rng.choice(string.digits)
    groups[1] = rng.choice(string.ascii_lowercase) + groups[1][1:]
    return "-".join(groups)


@pytest.mark.parametrize("filler", _FILLERS)
def test_filler_stream_keys_stay(filler: str) -> None:
    rng = random.Random(filler)
    carrier = "ffmpeg -re -i in.mp4 -c copy -f flv rtmp://a.rtmp.youtube.com/live2/{}\n"
    d = StreamKeyDetector(ViewCache())
    control = carrier.format(_youtube_key(rng))
    assert len(d.detect(control)) == 1
    assert d.detect(carrier.format(filler)) == []


_DUMMIES = ("Passw0rd!", "P@ssw0rd", "Secret123!")


@pytest.mark.parametrize("dummy", _DUMMIES)
def test_base64_pair_with_a_dummy_password_stays(dummy: str) -> None:
    rng = random.Random(dummy)
    user = "".join(rng.choice(string.ascii_lowercase) for _ in range(6))
    real = "".join(rng.choice(string.ascii_letters) for _ in range(5)) + str(rng.randrange(10, 99)) + "#Qz"
    carrier = "echo {} | base64 -d\n"
    d = Base64PairDetector(ViewCache())

    def b64(pair: str) -> str:
        return base64.b64encode(pair.encode()).decode()

    assert len(d.detect(carrier.format(b64(f"{user}:{real}")))) == 1  # control: a real password
    assert d.detect(carrier.format(b64(f"{user}:{dummy}"))) == []
