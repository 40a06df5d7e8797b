"""Accounts that are no one: platform bots and the documentation mascots of code hosts.

A chat member id (``U04KX2QJ8``) or a login points at one person and stays a user name. These
do not: they are the platform's own or a program's accounts, written the same in every workspace
or named by the platform's documented bot conventions.

- Slack: ``USLACKBOT`` (Slackbot's member id in every workspace) and bot ids (``B`` + 8-12
  upper-case letters and digits, as ``bot_id`` and as the ``user`` of a bot's message).
- Microsoft Teams / Bot Framework: ``28:``-prefixed ids are bots (people are ``29:``, ``8:orgid:``).
- Code hosts: app accounts (``dependabot[bot]``, ``renovate[bot]``, ``github-actions[bot]``:
  the ``[bot]`` suffix GitHub and Gitea give every app), GitHub's fixed system accounts
  (``web-flow``, ``ghost`` for deleted users, ``actions-user``, ``Copilot``: the coding agent's
  commit login) and the mascot accounts GitHub's
  API documentation uses in every example (``octocat``, ``monalisa``, ``hubot``).
- Chat and CI bots by name: ``slackbot``, ``dependabot``, ``renovate-bot``, ``mergify``,
  ``codecov``, ``greenkeeper``, ``snyk-bot``, ``gitlab-bot``, ``jenkins-bot``, ``allcontributors``.
- The fixed login of an image (`IMAGE_ACCOUNTS`): the account a device OS, container or agent
  sandbox image ships with, the same on every copy (``/home/pi`` on Raspberry Pi OS, ``/home/jovyan``
  in every Jupyter Docker Stacks image, ``/home/openhands`` in the OpenHands sandbox). A path under
  it says which image ran, not who ran it. Chosen logins (``/home/nkhumalo``) stay user names.
"""

from __future__ import annotations

import re

from redactor.detect.pii._vocab import words

_SLACK_BOT = re.compile(r"USLACKBOT|B(?=[A-Z0-9]*\d)[A-Z0-9]{8,12}")
_TEAMS_BOT = re.compile(r"28:[\w.-]{6,80}")
_APP_SUFFIX = re.compile(r"[\w.-]{2,60}\[bot\]")

BOT_ACCOUNTS: frozenset[str] = words("""
    octocat monalisa hubot ghost web-flow actions-user github-actions dependabot dependabot-preview
    renovate renovate-bot renovatebot slackbot mergify mergify-bot codecov codecov-io greenkeeper
    greenkeeperio-bot snyk-bot gitlab-bot jenkins-bot allcontributors all-contributors
    pre-commit-ci imgbot stale copilot-swe-agent copilot
""")
"""Fixed account names of code hosts, CI and chat platforms (lower case)."""

IMAGE_ACCOUNTS: frozenset[str] = words("""
    pi jovyan openhands gitpod coder alarm chronos linaro odroid orangepi deck opc cloud-user
    bitnami nonroot almalinux core rancher sandbox devcontainer jupyter
""")
"""Default logins of images (lower case), each documented by its image: Raspberry Pi OS (``pi``,
before 2022), Jupyter Docker Stacks (``jovyan``), OpenHands sandbox (``openhands``), Gitpod
workspaces (``gitpod``), Coder workspaces (``coder``), Arch Linux ARM
(``alarm``), ChromeOS (``chronos``), Linaro/ODROID/Orange Pi board images (``linaro``, ``odroid``,
``orangepi``), SteamOS (``deck``), Oracle Cloud Linux (``opc``), RHEL and AlmaLinux cloud images
(``cloud-user``, ``almalinux``), Bitnami containers (``bitnami``), distroless (``nonroot``),
Fedora CoreOS (``core``), RancherOS (``rancher``), agent and dev-container sandboxes (``sandbox``,
``devcontainer``), JupyterHub single-user images (``jupyter``). Defaults that are also given
names (Kali Linux's ``kali``, Rocky Linux's ``rocky``) are left out: there they may be a person."""


def bot_account(name: str) -> bool:
    """Whether `name` is a platform bot, a code host's system or mascot account, or an image's
    default login (not a person)."""
    return (
        name.lower() in BOT_ACCOUNTS
        or name.lower() in IMAGE_ACCOUNTS
        or _SLACK_BOT.fullmatch(name) is not None
        or _TEAMS_BOT.fullmatch(name) is not None
        or _APP_SUFFIX.fullmatch(name) is not None
    )
