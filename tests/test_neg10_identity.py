"""Session 10: ids, team handles and key comments that name no one (`pii.identity`).

Near misses that must stay user names: LDAP's ``uid`` in a search filter and in LDIF, a ``UID:``
key outside any calendar text, a lower-case ``uid`` key beside calendar markers; handles that hold
a name (``@sofia-marchetti``, ``@grace``) or an initial (``@rohan.k``).
"""

from __future__ import annotations

import pytest

from redactor.detect.pii.identity import HandleDetector, UsernameDetector, team_handle


def _users(text: str) -> list[str]:
    return [text[s.start : s.end] for s in UsernameDetector().detect(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # iCalendar events and a vCard: the UID property names the object
        ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:kx93hf02ja\nDTSTAMP:20261127T080000Z\nEND:VEVENT", []),
        ("BEGIN:VEVENT\nUID:standup-weekly-2026\nDTSTART;TZID=Europe/Berlin:20261130T093000\nEND:VEVENT", []),
        ("BEGIN:VCARD\nVERSION:4.0\nUID:card-77aa91\nFN:Team inbox\nEND:VCARD", []),
        # JSON-escaped, as a tool result carries it
        ('{"output": "BEGIN:VEVENT\\nUID:retro-2026-q4\\nDTSTART:20261201T100000Z\\nEND:VEVENT"}', []),
        # near misses: LDAP uids and UID keys outside calendar text stay accounts
        (
            "dn: uid=mkowalczyk,ou=people,dc=example,dc=org\nuid: mkowalczyk\ncn: Marta Kowalczyk",
            ["mkowalczyk", "mkowalczyk"],
        ),
        ("UID: tkaraca\nshell: /bin/bash", ["tkaraca"]),
        ("BEGIN:VEVENT\nDTSTART:20261201T100000Z\nEND:VEVENT\nuid: tkaraca", ["tkaraca"]),
    ],
)
def test_calendar_uid_is_no_user(text: str, expected: list[str]) -> None:
    assert _users(text) == expected


def _handles(text: str) -> list[str]:
    return [text[s.start : s.end] for s in HandleDetector().detect(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # teams and groups: every part an English word that is nobody's name
        ("# CODEOWNERS\n/docs/ @tech-writers\n/infra/ @platform", []),
        ("Paging @security-team about the rotated key.", []),
        # near misses: people's handles, also one part of a name, also a name that is an English word
        ("/payments/ @sofia-marchetti @okwudili", ["@sofia-marchetti", "@okwudili"]),
        ("thanks @grace for the review", ["@grace"]),
        ("ping @rohan.k about it", ["@rohan.k"]),
        ("/docs/ @tech-writers @amelie-roux", ["@amelie-roux"]),
        ("docs/** @docs\n*.tf @platform", []),  # CODEOWNERS rules without a leading slash
        # a one-word handle outside a CODEOWNERS rule may be a person's GitHub login
        ("bug: fix leaking thread handles (#3147, @animalize)", ["@animalize"]),
        ("see foo/bar and ask @platform", ["@platform"]),
    ],
)
def test_team_handles_are_no_users(text: str, expected: list[str]) -> None:
    assert _handles(text) == expected


@pytest.mark.parametrize(
    ("handle", "team"),
    [
        ("tech-writers", True),
        ("platform", True),
        ("release-managers", True),
        ("sofia-marchetti", False),  # a given name
        ("dale", False),  # an English word that is also a name
        ("rohan.k", False),  # an initial
        ("ops2", False),  # digits
        ("dev-team-bot", True),  # a bot: its other parts hold no name
        ("kwame-bot", False),  # someone's own bot keeps its owner's name
    ],
)
def test_team_handle(handle: str, team: bool) -> None:
    assert team_handle(handle) is team


_KEY = "AAAAC3NzaC1lZDI1NTE5AAAAIGx3m1dXb9Qk0Yv4p8Tz7sR2eN6cH5uJ1aW3oF9iL0kP"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a public key's comment naming a machine account: no part of it is anyone's name
        (f"ssh-ed25519 {_KEY} ci-deploy@harbour-ci", []),
        (f"authorized_keys:\nssh-rsa {_KEY} backup-runner@nas01", []),
        # near misses: a comment that holds a name, and ssh commands, stay user names
        (f"ssh-ed25519 {_KEY} kwame@kwame-mbp", ["kwame"]),
        ("ssh -i key.pem tkaraca@bastion.example.org", ["tkaraca"]),
        ("ssh-copy-id mkowalczyk@db01", ["mkowalczyk"]),
    ],
)
def test_key_comment_accounts(text: str, expected: list[str]) -> None:
    assert _users(text) == expected
