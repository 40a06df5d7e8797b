"""Logins by carrier structure (``pii.logins``): each carrier kind finds generated logins and
leaves system, service and bot accounts and ordinary words alone."""

from __future__ import annotations

import itertools
import random

import pytest

from redactor.detect.pii.logins import LoginCarrierDetector, _person_login

_GIVEN = ("tendai", "ayelen", "keoni", "miren", "wilner", "quilla", "sefa", "iratxe", "lwandle")
_FAMILY = ("moyo", "quispe", "kahale", "etxeberria", "jeanbaptiste", "dlamini", "mamani", "tuilagi", "zubiri")


def _logins(n: int, seed: int) -> list[str]:
    """Personal-looking logins in the usual shapes: initial+family, given.family, given_family9."""
    rnd = random.Random(seed)
    out = []
    for g, f in itertools.islice(itertools.product(_GIVEN, _FAMILY), 0, None, 7):
        shape = rnd.randrange(4)
        out.append((g[0] + f, f"{g}.{f}", f"{g}_{f[:3]}{rnd.randrange(10, 99)}", f"{g}-{f}")[shape])
        if len(out) == n:
            break
    return out


_CARRIERS = {
    "env": "PORTAL_USER={u}\nPORTAL_PASSWORD=Kq8!zzT4pa\n",
    "yaml": "feeds:\n  remote_username: {u}\n  remote_password: 'Kq8!zzT4pa'\n",
    "c_string": 'const char* mqtt_user = "{u}";\n',
    "ini_pair": "[camera]\nhost = 10.0.0.9\nuser = {u}\npass = Kq8zzT4pa\n",
    "xml": "<config>\n  <integrationUser>{u}</integrationUser>\n</config>",
    "appsetting": '<add key="Billing.Username" value="{u}" />',
    "call_pair": "define('DB_USER', '{u}');",
    "actor": '{{"action": "copilot.chat", "actor": "{u}", "created_at": 1764000000}}',
    "prompt": "{u}@workstation:~/src$ make test",
    "prompt_bracket": "[{u}@build01 src]$ ls",
    "domain": '{{"user_name": "NORTHWIND\\\\{u}", "host": "LT-0231"}}',
    "domain_plain": "SMB 10.0.4.2 445 FS02 [+] NORTHWIND\\{u}: (Guest)",
    "squeue": "$ squeue -u {u} --long",
    "chown": "sudo chown {u}:research /data/run7",
    "scratch": "cd /scratch/{u}/md_run_03",
    "matrix": '{{"sender": "@{u}:matrix.example.org", "body": "hi"}}',
    "connected_as": "Connected as `{u}` to bastion-02",
    "ocserv": "Nov 02 10:01:02 vpn ocserv[811]: main[{u}]:203.0.113.9:51001 user logged in",
    "reddit": "user_agent=modtools/0.3 by u/{u}",
    "logfmt": "level=info msg=login_success member={u} ip=203.0.113.7",
    "radius": "radiusd[91]: Login OK: [{u}] (from client bras-1 port 0)",
}


@pytest.mark.parametrize("kind", sorted(_CARRIERS))
def test_carrier_finds_generated_logins(kind: str) -> None:
    det = LoginCarrierDetector()
    for user in _logins(6, seed=len(kind)):
        if kind == "domain_plain" and user[0] in "tnr":
            user = "m" + user  # "\\t...", "\\n...": an escape (test_domain_login_read_through_an_escape)
        text = _CARRIERS[kind].format(u=user)
        found = {text[s.start : s.end] for s in det.detect(text) if s.entity == "USERNAME"}
        assert any(user in f for f in found), (kind, text, found)


@pytest.mark.parametrize("kind", sorted(_CARRIERS))
@pytest.mark.parametrize(
    "account", ["root", "www-data", "postgres", "svc-backup", "api_sync", "github-actions", "nobody", "admin"]
)
def test_carrier_leaves_system_accounts(kind: str, account: str) -> None:
    text = _CARRIERS[kind].format(u=account)
    spans = [s for s in LoginCarrierDetector().detect(text) if s.entity == "USERNAME"]
    assert not any(account in text[s.start : s.end] for s in spans), (text, spans)


@pytest.mark.parametrize(
    "text",
    [
        "owner_user: Optional[str] = None",
        "api_user: str",
        "current_user = get_current_user()",
        "api_user = request_user\n",
        "This is triggered by adduser/title, which is not",
        "HKLM\\Software\\Policies and NT AUTHORITY\\SYSTEM",
        "C:\\Users\\Public\\Documents",
        "Signed in as guest",
        "ps -u root -o pid",
        "DEFAULT_USER=operator",
        "owner: platform-team",
        "TEAM_LOGIN=platform-team",
        "CHAT_USER_ID=qWp7Rk2mZx9LtVb4",
        "SERVICE_USERNAME=Hk3vQ9zLmP2xRt7Wc",
        "<UserId>tmoyo</UserId>",
        "BANK_LOGIN=norda-gmbh-7k",
        "PORTAL_USER=warehouse-lima\nPORTAL_PASSWORD=Kq8!zzT4pa",
        "EVV_USER=REPLACE_ME\nEVV_PASSWORD=REPLACE_ME",
        "EVV_USER=changeme",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert [s for s in LoginCarrierDetector().detect(text) if s.entity == "USERNAME"] == []


def test_domain_login_read_through_an_escape() -> None:
    det = LoginCarrierDetector()
    text = "RunAs User: NORTHWIND\\t.moyo"  # the view reads "\\t" as a tab
    assert [text[s.start : s.end] for s in det.detect(text)] == ["\\t.moyo"]
    assert det.detect('{"cols": "ID\\tname\\tvalue"}') == []
    assert det.detect('{"cfg": "currency: EUR\\nfeature_flags:\\n  x: 1"}') == []
    assert det.detect("NORTHWIND\t.moyo") == []  # a real tab: two columns


@pytest.mark.parametrize(
    "template",
    [
        "$ ls /home/\n{listing}\n$ echo done",
        '{{"command": "bash -lc ls /home", "aggregated_output": "{escaped}\\n", "exit_code": 0}}',
        "$ gh api /orgs/acme/members --jq '.[].login'\n{lines}\n$ git status",
    ],
)
def test_listing_output_logins(template: str) -> None:
    users = _logins(4, seed=3)
    text = template.format(
        listing="  ".join([*users, "shared", "lost+found"]), escaped="\\n".join(users), lines="\n".join(users)
    )
    found = {text[s.start : s.end] for s in LoginCarrierDetector().detect(text)}
    assert set(users) <= found, (text, found)
    assert "shared" not in found


def test_ini_user_needs_a_password_beside_it() -> None:
    det = LoginCarrierDetector()
    assert det.detect("[build]\nuser = tmoyo\njobs = 4\n") == []
    assert [s.entity for s in det.detect("[build]\nuser = tmoyo\npassword = Xy7!kk2Lq\n")] == ["USERNAME"]


def test_person_login_rejects_role_parts_and_words() -> None:
    assert _person_login("iratxe.zubiri")
    assert _person_login("lmamani")
    assert not _person_login("orders_export")
    assert not _person_login("warehouse")
    assert not _person_login("frontdesk-lima")
