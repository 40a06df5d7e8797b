"""Session 11, late: passwords after an endpoint and a user in a call, T-SQL login procedures
(`endpointcalls`). Generated: endpoints x users x passwords x call names, and near misses (HTTP
calls with a method and a MIME type, lower-case words, dummies, calls that open nothing)."""

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.secrets import secret_detectors

RNG = random.Random(4711)
DETECTORS = [d for d in secret_detectors() if d.name == "secret.code.endpoint_call"]
ENDPOINTS = (
    "https://envision.mro.local",
    "localhost",
    "10.0.4.21",
    "db01",
    "sql.plant.example:1433",
    "mysql:host=db;dbname=app",
)
CALLS = (
    "new EnvisionClient",
    "mysqli_connect",
    "pymssql.connect",
    "new PDO",
    "ftp_connect",
    "new SapConnection",
    "Pool",
)
USERS = ("env_api", "sa", "shop", "svc-sync", "mes_oee_sync", "admin@corp")


def _password() -> str:
    word = RNG.choice(("Harbour", "Ember", "Granite", "maple", "Orchard"))
    return (
        word + str(RNG.randrange(10, 10000)) + RNG.choice("*!$#-") + "".join(RNG.choices(string.ascii_lowercase, k=2))
    )


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for d in DETECTORS for s in d.detect(text)]


@pytest.mark.parametrize("call", CALLS)
def test_the_third_literal_after_an_endpoint_and_a_user_is_found(call: str) -> None:
    for _ in range(10):
        pw, ep, user, q = _password(), RNG.choice(ENDPOINTS), RNG.choice(USERS), RNG.choice("\"'")
        text = f"$c = {call}({q}{ep}{q}, {q}{user}{q}, {q}{pw}{q});"
        assert _found(text) == [pw], text


@pytest.mark.parametrize(
    "text",
    [
        'ApiClient("https://a.b/c", "GET", "application/json")',
        'Client("https://api.x.com", "v1", "json")',
        'fetch("https://a.b/c", "user", "Vx7!kq2Lp")',
        'connect("localhost", "root", "password1")',
        'connect("localhost", "root", "secret")',
        'connect("some text here", "root", "Vx7!kq2Lp")',
        'connect("localhost", "https://x.y/z", "Vx7!kq2Lp")',
    ],
)
def test_near_misses_are_not_found(text: str) -> None:
    assert _found(text) == []


def test_tsql_login_procedures_at_their_password_argument() -> None:
    for _ in range(20):
        pw, user = _password(), RNG.choice(USERS)
        quoted = "'" + pw.replace("'", "''") + "'"
        cases = {
            f"EXEC sp_addlinkedsrvlogin 'MES_OEE', 'false', NULL, '{user}', {quoted};": [pw],
            f"EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname=N'X', @useself=N'False', @locallogin=NULL,"
            f" @rmtuser=N'{user}', @rmtpassword=N{quoted}": [pw],
            f"exec sp_addlogin '{user}', {quoted}": [pw],
            f"EXEC sp_setapprole 'reports', {quoted};": [pw],
            f"EXEC sp_addlinkedsrvlogin 'MES_OEE', 'true', NULL, {quoted}, NULL;": [],  # the user's slot
        }
        for text, want in cases.items():
            assert _found(text) == want, text
