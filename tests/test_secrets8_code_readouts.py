"""Secrets printed by a command that reads or generates one (secret.code.command_output).

Generated rows cross the registered commands with three transcript carriers (a shell session,
a Claude Code tool_use/tool_result pair, an OpenAI tool call and tool message) and value shapes;
near misses: errors, paths, words and placeholders as output, assistant prose as the first
output, and commands that print no secret (``echo $HOME``, ``pass ls``).
"""

from __future__ import annotations

import itertools
import json
import random
import string

import pytest

from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.readouts import CommandOutputDetector

_RNG = random.Random(4390)

_COMMANDS = [
    "kubectl get secret core-db -o jsonpath='{.data.password}' | base64 -d",
    "kubectl -n prod get secrets api -o go-template='{{.data.token}}' | base64 --decode",
    "pass show prod/db",
    "gopass show -o infra/redis",
    "op read op://Prod/db/password",
    "op item get 'Prod DB' --fields password --reveal",
    "vault kv get -field=password secret/app/db",
    "vault read -field=token auth/token/lookup-self",
    "aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text",
    "aws ssm get-parameter --name /prod/db --with-decryption --query Parameter.Value --output text",
    "gcloud secrets versions access latest --secret=db-password",
    "az keyvault secret show --vault-name kv1 --name db --query value -o tsv",
    "security find-generic-password -s github -a me -w",
    "doppler secrets get DB_PASSWORD --plain",
    "heroku config:get DATABASE_PASSWORD -a shop",
    "bw get password prod-db",
    "lpass show --password prod/db",
    "keepassxc-cli show -a Password vault.kdbx prod/db",
    "secret-tool lookup service db user app",
    "terraform output -raw db_password",
    'sops -d --extract \'["db"]["password"]\' secrets.enc.yaml',
    "printenv STRIPE_SECRET_KEY",
    "echo $DB_PASSWORD",
    "openssl rand -base64 32",
    "openssl rand -hex 24",
    "pwgen -s 20 1",
    "head -c 24 /dev/urandom | base64",
]


def _value() -> str:
    shape = _RNG.choice(("chosen", "token"))
    if shape == "chosen":
        return f"{_RNG.choice(['Otter', 'kestrel', 'Velvet'])}{_RNG.choice('!@#*+')}{_RNG.randint(1000, 9999)}"
    alphabet = string.ascii_letters + string.digits
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(32))
        if sum(c.isdigit() for c in v) >= 4 and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def _shell(cmd: str, out: str) -> str:
    return f"$ {cmd}\n{out}\n$ echo done\ndone"


def _claude(cmd: str, out: str) -> str:
    use = {"type": "tool_use", "id": "toolu_01Vq8", "name": "Bash", "input": {"command": cmd}}
    result = {"type": "tool_result", "tool_use_id": "toolu_01Vq8", "content": out}
    return "\n".join(
        json.dumps({"type": t, "message": {"role": r, "content": [c]}})
        for t, r, c in (("assistant", "assistant", use), ("user", "user", result))
    )


def _openai(cmd: str, out: str) -> str:
    call = {"id": "call_1", "type": "function", "function": {"name": "run", "arguments": json.dumps({"cmd": cmd})}}
    messages = [{"role": "assistant", "tool_calls": [call]}, {"role": "tool", "tool_call_id": "call_1", "content": out}]
    return json.dumps({"messages": messages})


_CARRIERS = {"shell": _shell, "claude": _claude, "openai": _openai}


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in CommandOutputDetector(ViewCache()).detect(text)]


@pytest.mark.parametrize(("cmd", "carrier"), list(itertools.product(_COMMANDS, _CARRIERS)))
def test_output_of_a_secret_printing_command(cmd: str, carrier: str) -> None:
    value = _value()
    text = _CARRIERS[carrier](cmd, value)
    found = _found(text)
    assert found and set(found) == {value}, text


@pytest.mark.parametrize(
    ("cmd", "output"),
    [
        ("pass show prod/db", "Error: prod/db is not in the password store."),  # an error
        ("vault kv get -field=password secret/db", "No value found at secret/data/db"),  # an error
        ("op read op://Prod/db/password", "<password>"),  # a placeholder
        ("terraform output -raw db_password", "sensitive"),  # a word
        ("printenv DB_PASSWORD", "${DB_PASSWORD}"),  # unexpanded
        ("echo $HOME", "Kx7#mQ2vLp9z"),  # not a credential variable
        ("pass ls", "Kx7#mQ2vLp9z"),  # lists names, prints no secret
        ("kubectl get secrets", "Kx7#mQ2vLp9z"),  # lists secrets, decodes none
        ("cat notes.txt", "Kx7#mQ2vLp9z"),  # not a registered command
    ],
)
@pytest.mark.parametrize("carrier", list(_CARRIERS))
def test_command_output_near_misses(cmd: str, output: str, carrier: str) -> None:
    assert _found(_CARRIERS[carrier](cmd, output)) == []


def test_assistant_prose_before_the_tool_message_stops_the_search() -> None:
    # the first output string after the command is prose, so the later token is not taken
    text = (
        '{"command": "pass show prod/db"}, {"role": "assistant", "content": "I will not print it."}, '
        '{"role": "tool", "content": "Kx7#mQ2vLp9z"}'
    )
    assert _found(text) == []
