"""Secrets set as separate command arguments (``namedargs``) and GUID-typed keys (``wrappers``).

Generated command lines cross setting commands (Dockerfile ``ENV``, ``setx``, ``launchctl
setenv``, the ``config set`` family, ``env:set``, ``set-env``, ``gh secret set --body``, ``az
keyvault secret set --name --value``, ``aws ssm put-parameter``, ``dotnet user-secrets set``),
secret names in several naming styles and value shapes (UUIDs, hex, base62, base64, chosen
passwords), plain and as a JSON tool call: the value is found exactly. Near misses: settings that
are not secrets, variables, redirections, files, placeholders, GPG key ids, prose.
"""

from __future__ import annotations

import itertools
import json
import random

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.namedargs import NamedArgumentDetector
from redactor.detect.secrets.spacedguids import SpacedGuidDetector

_RNG = random.Random(1127)
_A62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _rand(alphabet: str, n: int) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def _uuid() -> str:
    h = "0123456789abcdef"
    return f"{_rand(h, 8)}-{_rand(h, 4)}-4{_rand(h, 3)}-{_RNG.choice('89ab')}{_rand(h, 3)}-{_rand(h, 12)}"


_SHAPES = {
    "uuid": _uuid,
    "hex": lambda: _rand("0123456789abcdef", 40),
    "b62": lambda: _rand(_A62, 32),
    "b64": lambda: _rand(_A62 + "+/", 43) + "=",
}
_NAMES = ["STRIPE_API_KEY", "SendgridToken", "client_secret", "HUBSPOT_ACCESS_TOKEN", "shop.auth-token"]
_COMMANDS = [
    "ENV {name} {value}",
    "setx {name} {value}",
    'setx {name} "{value}" /M',
    "launchctl setenv {name} {value}",
    "yarn config set {name} {value}",
    "git config --global {name} {value}",
    "netlify env:set {name} {value}",
    "npx convex env set {name} {value}",
    "cf set-env shop-api {name} {value}",
    'gh secret set {name} --body "{value}"',
    "gh secret set {name} -b {value} --repo acme/shop",
    "az keyvault secret set --vault-name kv-shop --name {name} --value {value}",
    "aws ssm put-parameter --name /shop/prod/{name} --value {value} --type SecureString",
    'dotnet user-secrets set "Payments:{name}" "{value}"',
]
_CASES = [
    (cmd, name, shape)
    for (cmd, name), shape in zip(itertools.product(_COMMANDS, _NAMES), itertools.cycle(_SHAPES), strict=False)
]


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in NamedArgumentDetector(ViewCache()).detect(text)}


@pytest.mark.parametrize(("cmd", "name", "shape"), _CASES)
@pytest.mark.parametrize("wrap", [False, True])
def test_named_argument_value_is_found(cmd: str, name: str, shape: str, wrap: bool) -> None:
    value = _SHAPES[shape]()
    text = cmd.format(name=name, value=value)
    if wrap and text.startswith("ENV"):
        text = json.dumps({"file_path": "Dockerfile", "content": f"FROM node:22\n{text}\nCMD node app.js\n"})
    elif wrap:
        text = json.dumps({"tool": "Bash", "input": {"command": text}})
    elif not text.startswith("ENV"):
        text = "$ " + text  # a Dockerfile line has no prompt
    assert _found(text) == {value}, text


@pytest.mark.parametrize(
    "cmd",
    [
        "setx DB_PASSWORD Kestrel744*xs",
        'dotnet user-secrets set "Smtp:Password" "9493Otter@"',
        "gh secret set SMTP_PASSWORD --body 'Velvet7103@jc'",
    ],
)
def test_password_names_take_chosen_passwords(cmd: str) -> None:
    value = cmd.split()[-1].strip("'\"")
    assert _found(cmd) == {value}


@pytest.mark.parametrize(
    "text",
    [
        "ENV NODE_ENV production",
        "ENV API_URL https://api.example.com",
        "ENV API_KEY_FILE /run/secrets/api_key",
        'setx PATH "%PATH%;C:\\tools\\bin"',
        "setx API_TOKEN %API_TOKEN%",
        "gh secret set API_KEY < key.txt",
        'gh secret set DEPLOY_TOKEN --body "$DEPLOY_TOKEN"',
        "git config --global credential.helper store",
        "git config --global user.signingkey 3AA5C34371567BD2",
        "aws configure set region us-east-1",
        "aws ssm put-parameter --name /shop/prod/db_host --value db.internal --type String",
        "az keyvault secret set --vault-name kv1 --name api-key --file ./key.txt",
        "kubectl create secret generic db-password --from-file=./password.txt",
        "docker secret create db_password ./db_password.txt",
        'dotnet user-secrets set "Jwt:SigningKey" "development-signing-key-please-change"',
        'dotnet user-secrets set "Smtp:Host" "3f2b9c1d-7a4e-4b8f-9c2d-1e5a7b3c9d0f"',
        "setx API_TOKEN your-api-token-here",
        "setx CLIENT_SECRET xxxxxxxxxxxxxxxxxxxxxxxx",
        "The config token list is empty, see the secret set up guide.",
        "via the Config only using 'ssl.key.password' field.",
        "this config file, the password file, or the access file",
        "setx TENANT_ID 3f2b9c1d-7a4e-4b8f-9c2d-1e5a7b3c9d0f",
    ],
)
def test_near_misses_are_left(text: str) -> None:
    assert _found(text) == set()


_GUID_NAMES = ["WebApiKey", "ClientSecret", "AuthToken", "LICENSE_KEY", "api_token"]
_GUID_CALLS = [
    '{name} = Guid.Parse("{value}"),',
    'var {name} = new Guid("{value}");',
    'private static final UUID {name} = UUID.fromString("{value}");',
    '{name} = uuid.UUID("{value}")',
    'let {name} = Uuid::parse_str("{value}").unwrap();',
]


def _all_found(text: str) -> set[str]:
    low = text.lower()
    return {
        text[s.start : s.end]
        for d in secret_detectors()
        if not d.prefilter or any(p in low for p in d.prefilter)
        for s in d.detect(text)
    }


@pytest.mark.parametrize(("call", "name"), list(zip(_GUID_CALLS, _GUID_NAMES, strict=True)))
def test_guid_typed_key_is_found(call: str, name: str) -> None:
    value = _uuid()
    text = call.format(name=name, value=value)
    assert value in _all_found(text), text
    escaped = json.dumps({"content": text})
    assert value in _all_found(escaped), escaped


@pytest.mark.parametrize(
    "text",
    [
        'TenantId = Guid.Parse("3f2b9c1d-7a4e-4b8f-9c2d-1e5a7b3c9d0f"),',
        'var idempotencyKey = Guid.Parse("3f2b9c1d-7a4e-4b8f-9c2d-1e5a7b3c9d0f");',
        'UUID correlationKey = UUID.fromString("3f2b9c1d-7a4e-4b8f-9c2d-1e5a7b3c9d0f");',
        'objectKey = UUID.fromString(row.getString("id"));',
    ],
)
def test_guid_typed_ids_are_left(text: str) -> None:
    assert _all_found(text) == set()


_SPACED_NAMES = ["appKey", "api_token", "CLIENT_SECRET", "x-api-key", "sessionToken", "DB_PASSWORD"]
_SPACED_FRAMES = [
    "Arcadia app: appId {other}, {name} {value}.",
    "set {name} {value} in the portal",
    "{name} `{value}` (rotated today)",
    "- {name} {value}\n- region eu-west-1",
]


@pytest.mark.parametrize(("frame", "name"), list(itertools.product(_SPACED_FRAMES, _SPACED_NAMES)))
def test_uuid_after_a_spaced_key_name_is_found(frame: str, name: str) -> None:
    value, other = _uuid(), _uuid()
    text = frame.format(name=name, value=value, other=other)
    found = {text[s.start : s.end] for s in SpacedGuidDetector(ViewCache()).detect(text)}
    assert found == {value}, text
    escaped = json.dumps({"content": text})
    assert {escaped[s.start : s.end] for s in SpacedGuidDetector(ViewCache()).detect(escaped)} == {value}


@pytest.mark.parametrize(
    "text",
    [
        "request_id 3f2b9c1d-7a4e-4b8f-9c2d-1e5a7b3c9d0f failed",
        "tenant_id 3f2b9c1d-7a4e-4b8f-9c2d-1e5a7b3c9d0f",
        "correlationKey 3f2b9c1d-7a4e-4b8f-9c2d-1e5a7b3c9d0f",
        "csrf_token 3f2b9c1d-7a4e-4b8f-9c2d-1e5a7b3c9d0f",
        "the token 3f2b9c1d-7a4e-4b8f-9c2d-1e5a7b3c9d0f is an id",
        "idempotencyKey 3f2b9c1d-7a4e-4b8f-9c2d-1e5a7b3c9d0f",
        "apiKey: see 3f2b9c1d-7a4e-4b8f-9c2d-1e5a7b3c9d0f",
        "appKey 3f2b9c1d-7a4e-4b8f-9c2d-1e5a7b3c9d0f-extra",
    ],
)
def test_uuid_after_other_words_is_left(text: str) -> None:
    assert SpacedGuidDetector(ViewCache()).detect(text) == []


@pytest.mark.parametrize(
    "template",
    [
        'echo "{value}" | gh secret set {name}',
        "echo -n '{value}' | gh secret set {name} --repo acme/shop",
        "printf '{value}' | docker secret create {name} -",
        "printf %s {value} | npx wrangler secret put {name}",
    ],
)
@pytest.mark.parametrize("name", ["API_KEY", "stripe_secret_key", "HubspotAccessToken"])
def test_piped_value_is_found(template: str, name: str) -> None:
    value = _uuid() if "docker" in template else _rand(_A62, 32)
    text = template.format(value=value, name=name)
    assert _found(text) == {value}, text


@pytest.mark.parametrize(
    "text",
    [
        'echo "$API_KEY" | gh secret set API_KEY',
        'echo "hello" | gh secret set GREETING',
        'echo "https://example.com/hook" | gh secret set WEBHOOK_URL',
        "cat key.txt | gh secret set API_KEY",
        'echo "Zk39aQpLm2Xv8RtY4bNc7Qw" | wc -c',
        'echo "Zk39aQpLm2Xv8RtY4bNc7Qw" | gh secret set REGION',
    ],
)
def test_piped_near_misses_are_left(text: str) -> None:
    assert _found(text) == set()
