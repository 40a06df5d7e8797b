"""Secret values in the documented shapes of each provider, drawn from a seeded generator.

Shapes follow the public format descriptions (gitleaks rules, trufflehog detectors, vendor docs);
every value is freshly random, none is copied from those projects' test data.
"""


from __future__ import annotations

import base64
import random
import string
import zlib

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = string.ascii_letters + DIGITS
LOWNUM = LOWER + DIGITS
UPNUM = UPPER + DIGITS
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BASE62 = DIGITS + UPPER + LOWER


class Gen:
    """A seeded source of provider-shaped values."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def s(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def mixed(self, alphabet: str, n: int) -> str:
        """Random, but with at least one digit and one letter of each case present in `alphabet`."""
        while True:
            v = self.s(alphabet, n)
            need = [c for c in (DIGITS, LOWER, UPPER) if any(ch in alphabet for ch in c)]
            if all(any(ch in c for ch in v) for c in need):
                return v

    def uuid(self, upper: bool = False) -> str:
        h = self.s(HEX, 32)
        u = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.rng.choice('89ab')}{h[17:20]}-{h[20:]}"
        return u.upper() if upper else u

    def b64(self, nbytes: int, urlsafe: bool = False) -> str:
        raw = bytes(self.rng.getrandbits(8) for _ in range(nbytes))
        return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()

    def github(self, prefix: str) -> str:
        payload = self.mixed(ALNUM, 30)
        n = zlib.crc32(payload.encode())
        out = []
        while n:
            n, r = divmod(n, 62)
            out.append(BASE62[r])
        return f"{prefix}_{payload}{''.join(reversed(out)).rjust(6, '0')}"

    def github_fine(self) -> str:
        return f"github_pat_11{self.s(UPNUM, 20)}_{self.mixed(ALNUM, 59)}"

    def pem(self, kind: str, lines: int = 8) -> str:
        body = "\n".join(self.b64(48) for _ in range(lines)) + "\n" + self.b64(20)
        return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"

    def openssh(self) -> str:
        head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
        body = [head + self.s(B64, 70 - len(head))] + [self.b64(52)[:70] for _ in range(4)]
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END OPENSSH PRIVATE KEY-----"

    def jwt(self, payload: str) -> str:
        head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
        return f"{head}.{body}.{self.b64(32, urlsafe=True).rstrip('=')}"

    def password(self) -> str:
        """A human-made password: words, digits and a symbol."""
        words = ["Sunflower", "granite", "Otter", "mapleLeaf", "Kestrel", "velvet", "Harbour", "quartz",
                 "Lantern", "bramble", "Cobalt", "tundra", "Saffron", "pixel", "Juniper", "ember"]
        w = self.rng.choice(words)
        sym = self.rng.choice("!#$%&*@?-+")
        num = str(self.rng.randint(10, 9999))
        shape = self.rng.randrange(4)
        if shape == 0:
            return f"{w}{sym}{num}"
        if shape == 1:
            return f"{num}{w}{sym}"
        if shape == 2:
            return f"{w.capitalize()}{num}{sym}{self.s(LOWER, 2)}"
        return self.mixed(ALNUM, 4) + sym + self.mixed(ALNUM, 7)


def luhn_complete(prefix: str, length: int, g: Gen) -> str:
    """A card number of `length` digits starting with `prefix`, with a valid Luhn check digit."""
    body = prefix + g.s(DIGITS, length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def iban(country: str, bban: str) -> str:
    """An IBAN with correct ISO 7064 mod-97 check digits."""
    rearranged = bban + country + "00"
    digits = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(digits) % 97
    return f"{country}{check:02d}{bban}"


def grouped(value: str, size: int = 4) -> str:
    return " ".join(value[i : i + size] for i in range(0, len(value), size))
