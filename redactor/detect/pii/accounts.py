"""Account names in command output, logs and chat: where a login stands is a strong signal.

- ``ls -l`` listings: the owner (and group) columns, ``-rw-r--r--  3 katerina.konstantinou staff``;
- AWS IAM ARNs: ``arn:aws:iam::482913775012:user/hkowalski``;
- ``whoami`` output, ``last``/``who`` lines, ``sshd``/``sudo``/PAM log lines
  (``Failed password for eduardo from ...``, ``session opened for user r.okonjo``);
- chat exports with logins as speakers: ``[09:14] tomasz.w: ...``;
- ``TODO(mdvorak)``, ``FIXME(jdoe):`` markers in code;
- the authenticated user of web server access logs (``203.0.113.220 - hpark [03/Jun/2024:...``),
  the journal's sudo lines (``sudo[88121]: kmensah : TTY=...``), Active Directory account names
  (``SamAccountName : hnakamura``, ``Get-ADUser -Identity msantos``) and OpenVPN client names
  (``openvpn[914]: aokafor/41.90.64.118:51822``);
- ``user k.brennan``, ``logins for k.brennan``, ``as user c.mwangi``: a login-shaped word
  (a dot, underscore, hyphen or digit inside) after the word "user".

Service, CI and system accounts (``root``, ``ci-deployer``, ``svc-backup``, ``www-data``) identify
nobody and are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.first_chars import with_first_chars
from redactor.detect.pii._base import LINE_START, Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import words
from redactor.detect.pii.common_words import someones_name
from redactor.detect.pii.contact import plausible_phone
from redactor.detect.pii.identity import plausible_user
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.names import is_person_name

_LOGIN = r"[A-Za-z][\w.-]{0,62}[A-Za-z0-9]"
_LS_LINE = re.compile(
    r"(?m)"
    + LINE_START
    + r"[ \t]*[-dlcbps][rwxsStT-]{9}[.@+]?[ \t]+\d+[ \t]+(?P<owner>"
    + _LOGIN
    + r")[ \t]+(?P<group>"
    + _LOGIN
    + r")[ \t]+\d"
)
_ARN_USER = re.compile(r"arn:aws[\w-]*:iam::\d{12}:user/(?:[\w+=,.@-]+/)*(?P<user>[\w+=,.@-]{2,64})")
_WHOAMI = re.compile(r"(?m)" + LINE_START + r"[ \t]*\$[ \t]+whoami\b[^\n]*\n[ \t]*(?P<user>" + _LOGIN + r")[ \t]*$")
_LAST = re.compile(r"(?m)" + LINE_START + r"(?P<user>" + _LOGIN + r")[ \t]+(?:pts/\d+|tty\w*|:\d+|console)\b")
_AUTH_LOG = re.compile(
    r"(?:Failed password for|Accepted (?:password|publickey|keyboard-interactive/pam) for"
    r"|session (?:opened|closed) for user|Invalid user|authentication failure;[^\n]*?\buser=|sudo:)"
    r"[ \t]+(?:invalid user[ \t]+)?(?P<user>" + _LOGIN + r")\b"
)
_CHAT_LOGIN = re.compile(
    r"(?m)"
    + LINE_START
    + r"[ \t>]*\[(?P<stamp>[^\]\n]{3,30})\][ \t]+(?P<user>[a-z][a-z0-9]*[._-][\w.-]*[a-z0-9]|[a-z][a-z0-9]+):[ \t]"
)
_STAMP = re.compile(r"\d[:.h]\d\d|\d[-/.]\d{1,2}[-/.]\d")
"""A time (``09:14``, ``9.14``, ``14h05``) or a date (``2024-03-01``, ``3/14/24``): what a chat
export's bracket holds. ``[main 5d7e2b9] fix: ...`` (git commit output) and ``[browser_snapshot]
page: ...`` (a tool's tag) hold none, and the word after them is a commit type or a field."""
_MACHINE_STAMP = re.compile(r"\dT\d\d:|:\d\d[.,]\d{3}|\d(?:Z|[+-]\d\d:?\d\d)$")
"""A program's timestamp (ISO 8601 with ``T``, milliseconds, a zone: ``2026-11-27T08:00:01.118Z``):
the bracket opens a log line, and the word after it is a component (``scheduler:``, ``worker:``),
not a chat sender (chat exports print ``[09:14]`` or ``[2024-03-01 09:14]``)."""
_TODO = re.compile(r"\b(?:TODO|FIXME|XXX|HACK|NOTE)\((?P<user>[a-z][\w.-]{1,38})\)")
_USER_WORD = with_first_chars(
    re.compile(
        r"(?i:\b(?:user|login|logins for|account|as user|for user|by user))[ \t]+"
        r"(?P<user>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+|[a-z]+\d+)(?![\w@.-]|\.\w)"
    )
)
_PASSWD_LINE = re.compile(
    r"(?m)" + LINE_START + r"(?P<user>" + _LOGIN + r"):[x*!]?:\d+:\d+:(?P<gecos>[^:\n]*):(?:/home|/Users|/export/home)/"
)
_ID_OUTPUT = re.compile(r"\b[ug]id=\d+\((?P<user>" + _LOGIN + r")\)")
_JIRA_MENTION = re.compile(r"(?<![\w\])])\[~(?:accountid:)?(?P<user>[A-Za-z][\w.@-]{1,62})\]")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ACCESS_LOG = re.compile(
    r"(?m)" + LINE_START + r"[ \t]*(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F:]{3,39}|[\w.-]+)[ \t]+\S+[ \t]+"
    r"(?P<user>" + _LOGIN + r")[ \t]+\[\d{2}/(?:" + "|".join(m.title() for m in _MONTHS) + r")/\d{4}:"
)
"""The authenticated user of a Common or Combined Log Format line (Apache, nginx, Squid):
``203.0.113.220 - hpark [03/Jun/2024:10:22:11 +0000] "GET ...``."""
_SUDO_JOURNAL = re.compile(r"\bsudo\[\d+\]:[ \t]+(?P<user>" + _LOGIN + r")[ \t]+:[ \t]+(?:TTY=|user NOT in sudoers)")
"""``sudo[88121]: kmensah : TTY=pts/2 ; PWD=...`` (the journal's form of sudo's log line)."""
_AD_ACCOUNT = re.compile(
    r"(?i:\bsamaccountname\b[ \t]*[:=][ \t]*|\bGet-AD(?:User|Object)[ \t]+-Identity[ \t]+[\"']?)"
    r"(?P<user>" + _LOGIN + r")"
)
"""Active Directory account names: ``SamAccountName : hnakamura``, ``Get-ADUser -Identity msantos``."""
_OPENVPN = re.compile(r"(?:\bopenvpn\[\d+\]:[ \t]+|->[ \t]+)(?P<user>" + _LOGIN + r")/\d{1,3}(?:\.\d{1,3}){3}:\d+")
"""OpenVPN's client instance names: ``openvpn[914]: aokafor/41.90.64.118:51822 MULTI: ...``."""
_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str], float], ...] = (
    (("arn:aws",), _ARN_USER, 0.8),
    (("whoami",), _WHOAMI, 0.8),
    (("pts/", "tty", "console"), _LAST, 0.75),
    (("password for", "publickey for", "session ", "invalid user", "user=", "sudo:"), _AUTH_LOG, 0.8),
    (("]",), _CHAT_LOGIN, 0.75),
    (("todo(", "fixme(", "xxx(", "hack(", "note("), _TODO, 0.75),
    (("uid=", "gid="), _ID_OUTPUT, 0.8),
    (("[~",), _JIRA_MENTION, 0.8),
    (("user", "login", "account"), _USER_WORD, 0.7),
    (tuple(f"/{m}/" for m in _MONTHS), _ACCESS_LOG, 0.8),
    (("tty=", "sudoers"), _SUDO_JOURNAL, 0.8),
    (("samaccountname", "-identity"), _AD_ACCOUNT, 0.8),
    (("openvpn[",), _OPENVPN, 0.75),
)
"""(literals, one of which must occur in the lower-cased text; pattern; score)."""
_SERVICE_WORDS = frozenset(
    words(
        "ci cd svc service srv bot bots deploy deployer deployment build builder runner jenkins github gitlab"
        " terraform ansible backup backups monitor monitoring metrics admin readonly ro rw app api system"
        " daemon cron job jobs worker agent sync etl test qa staging prod automation noreply no-reply"
    )
)
_NOT_GROUPS = frozenset(
    words(
        "staff wheel admin users root everyone docker sudo adm domain-users"
        " dev devs developers devops ops sre qa eng engineering it hr finance sales support marketing"
        " admins operators analysts interns contractors"
    )
)
"""Groups named after a team or a role (``devs``, ``sre``): no one person's."""


_HOSTLIKE = re.compile(r"\.[^.]+\.|\.(?:com|org|net|io|dev|app|co|ai|local|internal|cloud|corp|lan|test|example)$")


def personal_login(name: str) -> bool:
    """An account name that may belong to a person: plausible, not a host, not a service account."""
    if not plausible_user(name) or _HOSTLIKE.search(name.lower()):
        return False
    parts = re.split(r"[._-]+", name.lower())
    return not any(p in _SERVICE_WORDS for p in parts)


def _team_word(group: str) -> bool:
    """A group named with an English word (``devs``, ``engineering``, ``finance``): a team, not a person."""
    return group.isalpha() and group.islower() and is_english(group)


def _code_words(user: str) -> bool:
    """``TODO(infer_string)``: English words joined by underscores name a feature or flag, not a
    login; so does one English word that is no one's name (``TODO(rotate)``, ``TODO(security)``:
    a tag; ``TODO(mark)``, ``TODO(sam)`` stay logins)."""
    parts = user.split("_")
    if len(parts) == 1:
        return user.isalpha() and is_english(user) and not someones_name(user)
    return len(parts) >= 2 and all(len(p) >= 3 and p.isalpha() and is_english(p) for p in parts)


_FIELD_COMPOUNDS = frozenset(words("signin signon signup login logon logout readonly readwrite optin optout"))


def _compound_word(user: str) -> bool:
    """``account e-mail``, ``user sign-in``, ``user follow-up``: an English word written with a
    hyphen or a dot, not a login (``k.brennan``, ``c-mwangi``)."""
    joined = re.sub(r"[._-]+", "", user.lower())
    return joined in _FIELD_COMPOUNDS or is_english(joined)


class AccountNameDetector(ViewDetector):
    """Logins in listings, ARNs, auth logs, chat exports and code markers (``pii.account``)."""

    name = "pii.account"
    entities: tuple[str, ...] = ("USERNAME", "PERSON", "PHONE_NUMBER")
    prefilter: tuple[str, ...] = (
        "/home",
        "/users",
        "uid=",
        "[~",
        "rw",
        "arn:aws",
        "whoami",
        "pts/",
        "tty",
        "password for",
        "user",
        "sudo:",
        "login",
        "account",
        "todo(",
        "fixme(",
        "]",
        "samaccountname",
        "-identity",
        "openvpn[",
    )

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        for m in _LS_LINE.finditer(text) if "-r" in text or "r-" in text else ():
            if personal_login(m.group("owner")):
                yield ("USERNAME", m.start("owner"), m.end("owner"), 0.8)
            group = m.group("group")
            if (
                group.lower() not in _NOT_GROUPS
                and group != m.group("owner")
                and personal_login(group)
                and not _team_word(group)
            ):
                yield ("USERNAME", m.start("group"), m.end("group"), 0.7)
        low = text.lower()
        if "/home" in text or "/Users" in text:
            for m in _PASSWD_LINE.finditer(text):
                if personal_login(m.group("user")):
                    yield ("USERNAME", m.start("user"), m.end("user"), 0.8)
                full = m.group("gecos").split(",", 1)[0].strip()
                if full and is_person_name(full, min_tokens=2):
                    a = m.start("gecos") + m.group("gecos").index(full)
                    yield ("PERSON", a, a + len(full), 0.8)
                yield from _gecos_phones(m.start("gecos"), m.group("gecos"))
        for literals, rx, score in _PATTERNS:
            if not any(lit in low for lit in literals):
                continue
            for m in rx.finditer(text):
                user = m.group("user")
                if rx is _TODO and _code_words(user):
                    continue
                if rx is _USER_WORD and _compound_word(user):
                    continue
                if rx is _CHAT_LOGIN and (
                    not _STAMP.search(m.group("stamp")) or _MACHINE_STAMP.search(m.group("stamp"))
                ):
                    continue
                if personal_login(user):
                    yield ("USERNAME", m.start("user"), m.end("user"), score)


def _gecos_phones(start: int, gecos: str) -> Iterator[Finding]:
    """Work and home phone fields of a GECOS value (``Name,Room,+234 1 270 4418,,``)."""
    pos = 0
    for i, field in enumerate(gecos.split(",")):
        value = field.strip()
        if i >= 2 and _GECOS_PHONE.fullmatch(value) and plausible_phone(value):
            a = start + pos + field.index(value)
            yield ("PHONE_NUMBER", a, a + len(value), 0.8)
        pos += len(field) + 1


_GECOS_PHONE = re.compile(r"\+?[\d(][\d ().-]{5,20}\d")
