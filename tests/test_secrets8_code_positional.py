"""Passwords known by their position: API arguments (secret.code.credential_argument) and
``user:password`` strings encoded for Basic auth (secret.code.basic_pair).

The credential-argument matrix is generated from the registry itself: every signature x quote
style x callee spelling x password shape, the other arguments variables; near misses are the same
calls with references, placeholders, test passwords, the password at another position, the wrong
receiver, or a non-DN first argument of an LDAP bind. The Basic-pair matrix crosses the encoders of
ten languages and four shell forms with user and password shapes.
"""

from __future__ import annotations

import itertools
import random
import string

import pytest

from redactor.detect.secrets.basicpairs import BasicPairDetector
from redactor.detect.secrets.credargs import SIGNATURES, CredentialArgumentDetector, Signature
from redactor.detect.secrets.escapes import ViewCache

_RNG = random.Random(20261127)


def _token(n: int) -> str:
    alphabet = string.ascii_letters + string.digits
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.islower() for c in v) and any(c.isupper() for c in v):
            return v


def _chosen() -> str:
    word = _RNG.choice(["Kestrel", "Otter", "velvet", "Saffron", "bramble", "Quartz", "harbor"])
    return f"{word}{_RNG.choice('!+#*@$%')}{_RNG.randint(1000, 9999)}"


def _passwords() -> list[str]:
    """A chosen password, a generated token, long hex."""
    return [_chosen(), _token(24), "".join(_RNG.choice("0123456789abcdef") for _ in range(32))]


def _found(det: object, text: str) -> list[str]:
    assert isinstance(det, (CredentialArgumentDetector, BasicPairDetector))
    return [text[s.start : s.end] for s in det.detect(text)]


def _args(sig: Signature) -> int:
    return min(sig.arities) if sig.arities else sig.index + 1


def _call(sig: Signature, password_literal: str, *, callee: str | None = None, receiver: str | None = None) -> str:
    """One call of `sig`: variables everywhere but the password (a DN first for LDAP binds)."""
    n = _args(sig)
    args = [f"arg{i}" for i in range(n)]
    if sig.dn_first:
        args[0] = '"cn=svc,ou=apps,dc=example,dc=org"'
    args[sig.index] = password_literal
    recv = receiver if receiver is not None else (sorted(sig.receivers)[0] if sig.receivers else "conn")
    return f"x = {recv}.{callee or sig.callee}({', '.join(args)})"


def _spellings(callee: str) -> list[str]:
    """The registry's lower case, and the capitalised words of classes and Go/.NET methods."""
    return [callee, callee[0].upper() + callee[1:]]


_CASES = list(itertools.product(range(len(SIGNATURES)), ('"', "'"), (0, 1)))


@pytest.mark.parametrize(("i", "quote", "spelling"), _CASES)
def test_every_signature_masks_its_password_argument(i: int, quote: str, spelling: int) -> None:
    sig = SIGNATURES[i]
    det = CredentialArgumentDetector(ViewCache())
    for pw in _passwords():
        text = _call(sig, f"{quote}{pw}{quote}", callee=_spellings(sig.callee)[spelling])
        assert _found(det, text) == [pw], text


_NEAR_VALUES = [
    "os.environ['DB_PASS']",  # a reference
    'getenv("DB_PASS")',  # a call
    "'<password>'",  # a placeholder
    "'your_password'",  # a placeholder
    "'password123'",  # a password word with digits: test code
    "'p4ssw0rd'",  # leetspeak
    "'secret'",  # one lower-case word
    "'${DB_PASS}'",  # interpolation
    "'%s'",  # a format string
    "''",  # empty
]


@pytest.mark.parametrize(("i", "near"), list(itertools.product(range(len(SIGNATURES)), _NEAR_VALUES)))
def test_signature_near_misses_are_left(i: int, near: str) -> None:
    det = CredentialArgumentDetector(ViewCache())
    text = _call(SIGNATURES[i], near)
    assert _found(det, text) == [], text


def _other_position(sig: Signature) -> int | None:
    """An argument position that is not the password's (None for a one-argument signature)."""
    n = _args(sig)
    return next((j for j in range(n) if j != sig.index and not (sig.dn_first and j == 0)), None)


@pytest.mark.parametrize("i", [i for i, sig in enumerate(SIGNATURES) if _other_position(sig) is not None])
def test_a_password_shaped_literal_at_another_position_is_left(i: int) -> None:
    sig = SIGNATURES[i]
    n = _args(sig)
    other = _other_position(sig)
    assert other is not None
    args = [f"arg{j}" for j in range(n)]
    if sig.dn_first:
        args[0] = '"cn=svc,dc=example,dc=org"'
    args[other] = f'"{_chosen()}"'
    recv = sorted(sig.receivers)[0] if sig.receivers else "conn"
    text = f"{recv}.{sig.callee}({', '.join(args)})"
    assert _found(CredentialArgumentDetector(ViewCache()), text) == [], text


@pytest.mark.parametrize("i", [i for i, s in enumerate(SIGNATURES) if s.receivers])
def test_receiver_bound_signatures_need_their_receiver(i: int) -> None:
    sig = SIGNATURES[i]
    text = _call(sig, f'"{_chosen()}"', receiver="sock")
    assert _found(CredentialArgumentDetector(ViewCache()), text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "fn.bind(this, 'Kestrel+3147')",  # JS Function.prototype.bind: no DN first
        "server.bind(('0.0.0.0', 8080), 'Otter#2231')",  # a socket address
        "sock.connect('localhost', 'root', 'Kestrel+3147')",  # connect of an unregistered receiver
        "loginButton.setText('Log in')",  # not a registered callee
        "myftp_login($c, $u, 'Kestrel+3147')",  # a longer name that ends in a registered one
        "ftp.login(user, 'anonymous')",  # one lower-case word
        "auth = HTTPBasicAuth('fake@example.com', 'not_a_real_password')",  # words of documentation
        'BasicAuth("https://x.example.com", "Tr0ub4dor&3")',  # a URL where the user goes
        "mysqli_connect('db', 'the shop user', 'Tr0ub4dor&3')",  # text where the user goes
    ],
)
def test_credential_argument_near_misses(text: str) -> None:
    assert _found(CredentialArgumentDetector(ViewCache()), text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PHP concatenation and user:password literals for curl's USERPWD option
        (
            "curl_setopt($ch, CURLOPT_USERPWD, 'A1F3C09B2E7D' . ':' . 'T7tmAWiGri7oqtXAecpcWeOy');",
            "T7tmAWiGri7oqtXAecpcWeOy",
        ),
        ('curl_setopt($ch, CURLOPT_USERPWD, "api:Kestrel+3147");', "Kestrel+3147"),
        ("curl_setopt($ch, CURLOPT_USERPWD, $user . ':Kestrel+3147');", "Kestrel+3147"),
        ("curl_setopt($ch, CURLOPT_PROXYUSERPWD, 'proxy:Otter#2231');", "Otter#2231"),
        ("curl_setopt($ch, CURLOPT_PASSWORD, 'Otter#2231');", "Otter#2231"),
        # wrappers of other languages
        ('let c = Credentials::new(user.to_string(), "Kestrel+3147".to_string());', "Kestrel+3147"),
        ('let r = client.get(url).basic_auth(user, Some("Kestrel+3147")).send().await?;', "Kestrel+3147"),
        ('return new PasswordAuthentication(user, "Kestrel+3147".toCharArray());', "Kestrel+3147"),
        ('var c = new NetworkCredential(user, @"Kestrel+3147");', "Kestrel+3147"),
        ("ftp = ftplib.FTP(host, user, b'Kestrel+3147')", "Kestrel+3147"),
        # arguments spread over lines, with nested calls before the password
        (
            "$db = mysqli_connect(\n    getenv('DB_HOST'),\n    $cfg['user'],\n    'Kestrel+3147',\n    'shop'\n);",
            "Kestrel+3147",
        ),
    ],
)
def test_credential_argument_carriers(text: str, expected: str) -> None:
    assert _found(CredentialArgumentDetector(ViewCache()), text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        'curl_setopt($ch, CURLOPT_USERPWD, "$user:$pass");',  # interpolation
        "curl_setopt($ch, CURLOPT_USERPWD, USER . ':' . PASS);",  # constants
        "curl_setopt($ch, CURLOPT_URL, 'https://x.org/a:Kestrel+3147');",  # another option
    ],
)
def test_curl_userpwd_near_misses(text: str) -> None:
    assert _found(CredentialArgumentDetector(ViewCache()), text) == []


_ENCODERS = [
    'base64.b64encode(b"{u}:{p}").decode()',  # Python bytes
    'base64.b64encode("{u}:{p}".encode())',  # Python str
    'base64.b64encode(f"{{user}}:{p}".encode())',  # Python f-string, user interpolated
    "btoa('{u}:{p}')",  # browser JS
    "Buffer.from('{u}:{p}').toString('base64')",  # Node
    "Buffer.from(user + ':' + '{p}').toString('base64')",  # Node concatenation
    "base64_encode('{u}' . ':' . '{p}')",  # PHP concatenation
    'base64_encode("{u}:{p}")',  # PHP
    'Base64.strict_encode64("{u}:{p}")',  # Ruby
    'Base64.getEncoder().encodeToString("{u}:{p}".getBytes())',  # Java
    'Convert.ToBase64String(Encoding.UTF8.GetBytes("{u}:{p}"))',  # C#
    'base64.StdEncoding.EncodeToString([]byte("{u}:{p}"))',  # Go
    "printf '%s' '{u}:{p}' | base64",  # shell printf
    'echo -n "{u}:{p}" | base64',  # shell echo
    "echo {u}:{p} | openssl base64",  # openssl
    "base64 <<< '{u}:{p}'",  # here-string
]
_USERS = ["svc_user", "noc@hatvani-telecom.hu", "api", "A1F3C09B2E7D"]


@pytest.mark.parametrize(("form", "user"), list(itertools.product(_ENCODERS, _USERS)))
def test_encoded_user_password_pairs(form: str, user: str) -> None:
    det = BasicPairDetector(ViewCache())
    for pw in _passwords():
        text = form.format(u=user, p=pw)
        assert _found(det, text) == [pw], text


@pytest.mark.parametrize(
    "text",
    [
        'echo -n "12:30:45" | base64',  # a time
        "btoa('hello:world')",  # one lower-case word
        "btoa(`${user}:${pass}`)",  # both interpolated
        'base64.b64encode(b"key:value")',  # words
        "base64.b64encode(b'admin:password1')",  # test password
        "Buffer.from('localhost:8080')",  # a host and port
        'echo "https://x.org:8443/p" | base64',  # a URL
        "base64.b64encode(data)",  # no literal
    ],
)
def test_basic_pair_near_misses(text: str) -> None:
    assert _found(BasicPairDetector(ViewCache()), text) == []
