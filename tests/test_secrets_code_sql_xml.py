"""Credentials by position in SQL INSERT rows (secret.sql.insert) and in XML elements with
namespaces, attributes or naming attributes (secret.xml.element).

Matrices cross credential column/element names with SQL dialects and XML dialects and value
shapes; near misses are the same carriers with non-credential columns, placeholders, references
and sample passwords.
"""

from __future__ import annotations

import itertools
import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.sqlrows import SqlInsertDetector
from redactor.detect.secrets.xmlvalues import XmlElementDetector

_RNG = random.Random(27)


def _token(n: int) -> str:
    while True:
        v = "".join(_RNG.choice(string.ascii_letters + string.digits) for _ in range(n))
        if sum(c.isdigit() for c in v) >= 3 and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def _password() -> str:
    word = _RNG.choice(["Juniper", "Falcon", "Maple", "Orchid", "Granite"])
    return f"{word}{_RNG.randint(100, 9999)}{_RNG.choice('!*#$&?')}{_RNG.choice(['dz', 'Qx', 'm'])}"


def _sql(text: str) -> list[str]:
    return [text[s.start : s.end] for s in SqlInsertDetector(ViewCache()).detect(text)]


def _xml(text: str) -> list[str]:
    return [text[s.start : s.end] for s in XmlElementDetector(ViewCache()).detect(text)]


_SECRET_COLUMNS = (
    ("secret", lambda: _token(24)),
    ("password", _password),
    ("api_key", lambda: _token(32)),
    ("client_secret", lambda: _token(40)),
)
_SQL_FORMS = (
    "INSERT INTO creds (connector, username, {col}) VALUES\n  ('ams360', 'acme_api', '{v}'),\n  ('zy', 'c:1', '{w}');",
    'INSERT INTO "public"."creds" ("id", "login", "{col}", "created_at") VALUES (1, \'root\', \'{v}\', NOW()), '
    "(2, 'ops', '{w}', NOW());",
    "insert into `creds` (`id`, `user`, `{col}`) values (7, 'svc', '{v}'),(8, 'bot', '{w}');",
    "INSERT INTO [dbo].[Creds] ([Name], [{col}]) VALUES (N'svc', '{v}'), ('bot', '{w}')",
)


@pytest.mark.parametrize(("column", "form"), list(itertools.product(range(len(_SECRET_COLUMNS)), _SQL_FORMS)))
def test_credential_column_of_every_row(column: int, form: str) -> None:
    col, make = _SECRET_COLUMNS[column]
    v, w = make(), make()
    assert _sql(form.format(col=col, v=v, w=w)) == [v, w]  # N'' literals, NOW() and quoted names keep positions


@pytest.mark.parametrize(
    "text",
    [
        "INSERT INTO users (username, password) VALUES ('alice', 'password123'), ('bob', 'secret');",  # samples
        "INSERT INTO users (username, email) VALUES ('alice', 'Xk29mQ7vLp3Rt8Wn4Bc6Hd1');",  # no credential column
        "INSERT INTO users VALUES ('alice', 'Xk29mQ7vLp3Rt8Wn4Bc6Hd1');",  # no column list
        "INSERT INTO users (username, password) VALUES ('alice', crypt('Hx7!kq29Lm', gen_salt('bf')));",
        "INSERT INTO users (username, password) VALUES ('alice', :password), ('bob', ?);",  # parameters
        "INSERT INTO users (username, password) VALUES ('alice', '${DB_PASSWORD}');",  # a reference
        "INSERT INTO users (username, token, note) VALUES ('alice', 'Xk29mQ7vLp3Rt8Wn4Bc6Hd1');",  # short row
    ],
)
def test_sql_near_misses(text: str) -> None:
    assert _sql(text) == []


_ELEMENT_NAMES = ("Password", "ClientSecret", "ApiKey", "AccessToken", "SharedSecret")
_XML_FORMS = (
    '<wsse:{n} Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss#PasswordText">{v}</wsse:{n}>',
    "<sec:{n}>{v}</sec:{n}>",
    '<{n} encrypted="false">{v}</{n}>',
    '<{n} xmlns="urn:vendor:auth">{v}</{n}>',
    '<entry key="{n}">{v}</entry>',
    '<property name="db.{n}">{v}</property>',
    '<param name="{n}">\n  {v}\n</param>',
    '<setting name="{n}" serializeAs="String">\n  <value>{v}</value>\n</setting>',
)


@pytest.mark.parametrize(("name", "form"), list(itertools.product(_ELEMENT_NAMES, _XML_FORMS)))
def test_credential_element_text(name: str, form: str) -> None:
    v = _password() if name == "Password" else _token(32)
    assert _xml(form.format(n=name, v=v)) == [v]


@pytest.mark.parametrize(
    "text",
    [
        "<Password>Hx7!kq29Lm</Password>",  # no prefix, no attribute: the key/value rules read it
        '<password encrypted="false">${env.DB_PASSWORD}</password>',  # a reference
        '<Password xsi:nil="true">changeit</Password>',  # one lower-case word: a sample
        '<wsse:Password Type="x">password1</wsse:Password>',
        '<entry key="username">Xk29mQ7vLp3Rt8Wn4Bc6Hd1</entry>',  # not a credential name
        '<property name="tokenizer">Xk29mQ7vLp3Rt8Wn4Bc6Hd1</property>',
        "<sec:ApiKey><!-- set in the vault --></sec:ApiKey>",
        "<sec:ClientSecret>{{ client_secret }}</sec:ClientSecret>",  # a template
    ],
)
def test_xml_near_misses(text: str) -> None:
    assert _xml(text) == []


def test_registered_with_the_other_secret_detectors() -> None:
    names = {d.name for d in secret_detectors()}
    assert {"secret.sql.insert", "secret.xml.element"} <= names
