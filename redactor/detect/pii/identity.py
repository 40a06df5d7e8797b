"""Developer identity: the personal data most common in agent sessions.

- ``pii.home_path``: the OS user name in home directories: ``/Users/x``, ``/home/x``,
  ``C:\\Users\\x`` (also JSON-escaped ``C:\\\\Users\\\\x`` and ``C:/Users/x``), ``/mnt/c/Users/x``,
  ``~x/``. Service and CI accounts (``runner``, ``ubuntu``, ``root``...) identify nobody.
- ``pii.git_identity``: names and e-mails in ``Author:``, ``Committer:``, ``Co-authored-by:``,
  ``Signed-off-by:``... lines, ``Name <mail>`` mailboxes, ``git config user.name``,
  ``GIT_AUTHOR_NAME``.
- ``pii.handle``: ``@handles`` in prose, comments and strings (not decorators, annotations,
  package scopes or ``@here``).
- ``pii.username``: account names in credentials and config: ``scheme://user:pass@host``,
  ``username=``, ``User Id=``, ``"login": "..."``, ``mysql -u user``, ``ssh user@host``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.first_chars import with_first_chars
from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii._gates import WS, Gates
from redactor.detect.pii._vocab import SYSTEM_USERS, TECH_NAMES, words
from redactor.detect.pii.bot_accounts import bot_account
from redactor.detect.pii.code_names import CODE_NAMES, code_reference
from redactor.detect.pii.common_words import common_noun, is_common_word
from redactor.detect.pii.contact import message_id
from redactor.detect.pii.names import is_person_name
from redactor.detect.span import Span

_PLACEHOLDER = re.compile(r"^(?:\$\{?\w+\}?|%\w+%|<[^>]*>|\{\{?[^}]*\}?\}|\[[^\]]*\]|\*+|\.+|x+|X+|_+|-+|%s|\?)$")


_REFERENCE = re.compile(
    r"(?:var|local|module|data|each|self|this|config|settings|env|process|os|args|params|props|ctx|request|req)\."
)


_RESOURCE_REF = re.compile(r"[a-z][a-z0-9]*_[a-z0-9_]+\.[A-Za-z_][\w-]*(?:\[[^\]\s]*\])?\.[A-Za-z_][\w.\[\]-]*")
"""A Terraform/HCL resource reference, ``<provider>_<type>.<name>.<attribute>``
(``snowflake_user.dbt_ci.name``, ``aws_iam_user.deploy.name``): the expression, not a value."""


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_NOT_USERS = frozenset(
    words("""
    mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday
    jan feb mar apr jun jul aug sep sept oct nov dec january february march april june july august
    september october november december
    str int float bool boolean bytes string number object any unknown void char list dict tuple set
    and or not the to of in on for with is are be as by if then this that it from at
    hubot ghost web-flow github-actions dependabot renovate renovate-bot mergify
    uid userid user_id login loginname
    """)
)
"""Words that stand where a login would and are none: weekdays and months (``Last login: Mon Mar 3``),
type names (``user: str``), function words (``user.name and ...``), the key's own name as its
placeholder (``?uid=UID``), and GitHub's own accounts: its deleted-user placeholder (``ghost``),
web-commit committer (``web-flow``) and bots. (``octocat``, the documentation account, stays: tests
and examples use it for a person's handle.)"""
_NOT_USER_PREFIXES = ("x-", "systemd-", "_")
"""``x-oauth-basic``, ``x-access-token``, ``x-token-auth``: the fixed user names of token logins;
``systemd-timesync``, ``_apt``: system accounts."""
_MACHINE_ID = re.compile(r"[0-9a-f]{12,64}")
"""Hex hashes (commit ids, digests): identifiers of no one. Chat member ids (``U04KX2QJ8``) stay
user names: each points at one person."""


def plausible_user(name: str) -> bool:
    """An account name that could identify a person (not a placeholder or service account)."""
    low = name.lower()
    if len(name) < 2 or len(name) > 64 or _PLACEHOLDER.match(name):
        return False  # "cred->UserName : L": one letter is a variable, not an account
    if low in SYSTEM_USERS or low in TECH_NAMES or low in ("true", "false", "null", "none", "nil"):
        return False
    if low in _NOT_USERS or low.startswith(_NOT_USER_PREFIXES) or _UUID.fullmatch(name):
        return False  # a weekday, a type, a token-login user, a system account, an object's UUID
    if bot_account(name):
        return False  # USLACKBOT, B06RELBOT, dependabot[bot], octocat: a platform's bot or mascot
    if name.isdigit() or not any(c.isalpha() for c in name):
        return False
    if _REFERENCE.match(name) or _RESOURCE_REF.fullmatch(name):
        return False  # var.db_username, config.user: a reference to the value, not the value
    if _MACHINE_ID.fullmatch(name) and sum(c.isdigit() for c in name) >= 2:
        return False  # a commit id or content hash
    return not ("$" in name or "{" in name or "%" in name or "<" in name)


_HOME = with_first_chars(
    re.compile(
        r"(?:(?<![\w.-])(?:/(?:mnt/[a-z]|export|var|usr|data|private/var))?/(?:Users|home|Home)/"
        r"|(?<![\w])[A-Za-z]:(?:\\{1,4}|/)(?:Users|Documents and Settings)(?:\\{1,4}|/))"
        r"([^\s/\\:*?\"'<>|,;=()\[\]{}`]+)"
    )
)
_TILDE = re.compile(r"(?<![\w~$\\/.-])~([a-z_][a-z0-9_.-]{0,31})(?=[/\s\"'`]|$)")


_OPERAND_BEFORE = re.compile(r"(?:[([{=,:!&|^+*%<>?]|\breturn|\bnot|\band|\bor|\bif|\bin)[ \t]*$")


def _bitwise_not(text: str, m: re.Match[str]) -> bool:
    """``return ~value``, ``x[~mask]``, ``(~flags & 3)``: the operator ``~`` before an operand, not a
    home directory (those go on with ``/`` or end the word: ``~alice/``, ``cd ~alice``)."""
    if text.startswith("/", m.end()):
        return False
    return _OPERAND_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None


def _sphinx_reference(text: str, m: re.Match[str]) -> bool:
    """``:class:`~numpy.bytes_` ``, ```~pkg.mod.Class` ``: a Sphinx cross-reference (the ``~`` shortens
    the shown name), a dotted Python path between backticks, not a home directory (``~alice/``)."""
    return m.start() > 0 and text[m.start() - 1] == "`" and "." in m.group(1) and text.startswith("`", m.end())


class HomePathDetector(ViewDetector):
    """OS user names in home-directory paths (``pii.home_path``)."""

    name = "pii.home_path"
    entities: tuple[str, ...] = ("USERNAME",)
    prefilter: tuple[str, ...] = ("users", "home", "~", "documents and settings")

    def detect(self, text: str) -> list[Span]:
        """Scan the raw text as well as the view: in a raw ``C:\\Users\\nancy`` the ``\\n`` is no escape."""
        spans = super().detect(text)
        for m in _HOME.finditer(text):
            user = m.group(1)
            if plausible_user(user) and not any(s.start < m.end(1) and m.start(1) < s.end for s in spans):
                spans.append(Span("USERNAME", m.start(1), m.end(1), 0.9, self.name))
        return spans

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        for m in _HOME.finditer(text):
            user = m.group(1)
            if plausible_user(user):
                yield ("USERNAME", m.start(1), m.end(1), 0.9)
        if "~" in text:
            for m in _TILDE.finditer(text):
                user = m.group(1).rstrip(".")
                if (
                    plausible_user(user)
                    and info.kind_at(m.start()) != "prose"
                    and not _bitwise_not(text, m)
                    and not _sphinx_reference(text, m)
                ):
                    yield ("USERNAME", m.start(1), m.start(1) + len(user), 0.7)


_MAILBOX = r"<([^<>\s@]+@[^<>\s@]+\.[A-Za-z]{2,24})>"
_GIT_LINE = re.compile(
    r"(?im)^(?:[ \t]*\d{1,6}\t)?[ \t>+-]*(?:author|commit(?:ter)?|co-authored-by|signed-off-by|reviewed-by|acked-by|"
    r"tested-by|reported-by|suggested-by|helped-by|reported-and-tested-by|tagger|from)\s*:\s*"
    r"([^<>\n]{1,80}?)\s*(?:" + _MAILBOX + r")?[ \t]*$"
)
_MAILBOX_RE = re.compile(_MAILBOX)
"""``<mail>``: the name before it is found by `person` (``Name <mail>``, ``Name (mail)``)."""
_GIT_CONFIG = with_first_chars(
    re.compile(
        r"(?i)(?:user\.name|git_author_name|git_committer_name|author_name|committer_name)"
        r"[\"']?\s*(?:=|:|\s)\s*[\"']?([^\"'\n=]{2,60}?)[\"']?[ \t]*(?:$|\n|[;,)])",
    )
)
_AUTHOR_FLAG = re.compile(r"--author[= ][\"']([^\"'<>]{2,60}?)\s*(?:" + _MAILBOX + r")?[\"']")


def _identity(text: str, a: int, b: int, score: float) -> Iterator[Finding]:
    """A git identity value: a person's name if it looks like one, else an account name."""
    value = text[a:b].strip()
    if not value:
        return
    a = text.index(value, a)
    b = a + len(value)
    if value.split()[0].lower() in _NOT_USERS:
        return  # "(e.g. via user.name and user.email)": prose about the setting, no value
    if is_person_name(value, min_tokens=1):
        yield ("PERSON", a, b, score)
    elif value[:1].isupper() and (is_common_word(value) or common_noun(value)):
        return  # "Author: Explosion" (a company), "Author: Community": a word, not a login
    elif plausible_user(value) and re.fullmatch(r"[\w.@+-]{2,64}", value):
        yield ("USERNAME", a, b, score - 0.05)


class GitIdentityDetector(ViewDetector):
    """Names and e-mails in git identity lines and config (``pii.git_identity``)."""

    name = "pii.git_identity"
    entities: tuple[str, ...] = ("PERSON", "USERNAME", "EMAIL_ADDRESS")
    prefilter: tuple[str, ...] = ("author", "commit", "-by:", "tagger", "from:", "<", "user.name", "_name")

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        for m in _GIT_LINE.finditer(text):
            yield from _identity(text, m.start(1), m.end(1), 0.9)
            if m.group(2) and "[bot]" not in m.group(2):
                yield ("EMAIL_ADDRESS", m.start(2), m.end(2), 0.95)  # bots' noreply mailboxes are no one's
        if "<" in text:
            for m in _MAILBOX_RE.finditer(text):
                if "[bot]" not in m.group(1) and not message_id(text, m.start(1)):
                    yield ("EMAIL_ADDRESS", m.start(1), m.end(1), 0.95)
        for m in _GIT_CONFIG.finditer(text):
            yield from _identity(text, m.start(1), m.end(1), 0.85)
        for m in _AUTHOR_FLAG.finditer(text):
            yield from _identity(text, m.start(1), m.end(1), 0.85)


_HANDLE = with_first_chars(
    re.compile(r"(?<![\w@./:+\\-])@([A-Za-z0-9](?:[A-Za-z0-9_]|[-.](?=[A-Za-z0-9])){0,38})(?![\w@(]|[./:-]\w)")
)
_DOMAIN_END = re.compile(r"\.(?:com|org|net|io|dev|app|co|ai|de|uk|fr|nl|js|ts|py|md|json|yml|yaml)$", re.IGNORECASE)
_NOT_HANDLES = frozenset(
    words("""
    here channel everyone all team param params return returns throws throw raises see since
    author version deprecated override type types typedef property staticmethod classmethod
    abstractmethod dataclass pytest fixture mark patch overload cached_property lru_cache
    test before after beforeeach aftereach autowired component service bean inject injectable
    input output ngmodule entity table column id value get post put delete patch route app
    router api media import apply layer tailwind keyframes font-face supports mixin include
    extend use forward charset namespace example todo fixme note link inheritdoc returns
    interface implements extends template slot click submit change model bind on if else
    each for await html latest next beta alpha canary rc stable lts types babel vue angular
    nestjs testing-library emotion mui storybook sveltejs vitejs rollup swc octokit actions
    timestamp message logstream log ingestiontime requestid duration billedduration memorysize
    maxmemoryused xrayseglnk xraytraceid metadata ptr
    """)
)
"""Words after ``@`` that are no one's handle: chat mentions of everyone, doc-comment tags,
decorators and directives, npm scopes, and the reserved fields of log query languages (CloudWatch
Logs Insights ``@timestamp``/``@message``/``@logStream``/``@requestId``, Elastic ``@timestamp``)."""


_JQ_FORMATS = words("text json html uri csv tsv sh base64 base64d base32 base32d")
"""jq's format strings (``@base64d``, ``@csv``, ``@sh``): filters in a jq program, not handles."""
_JQ_BEFORE = re.compile(r"[|(][ \t]*$")
"""A pipe or parenthesis right before a jq format string."""


def _jq_format(text: str, start: int, handle: str) -> bool:
    """``map_values(@base64d)``, ``jq -r '.[] | @csv'``: a jq format string (a known format, with
    ``jq`` in the text or a pipe or parenthesis before it)."""
    if handle.lower() not in _JQ_FORMATS:
        return False
    return _JQ_BEFORE.search(text, max(0, start - 3), start) is not None or re.search(r"\bjq\b", text) is not None


_DOC_TAG = re.compile(r"(?:^|\n)[ \t]*(?:/\*[*!]|\*|///|//!|#')[ \t]*$")
"""What precedes a doc-comment tag: ``@copyright``, ``@param``, ``@license`` first on a line of a
Javadoc/PHPDoc/JSDoc block (``/**``, `` * ``), a Doxygen (``///``, ``//!``) or roxygen (``#'``)
comment is a tag, whatever its name. Plain ``#``/``//`` comments and chat lines keep their handles."""
_JSON_KEY_AFTER = re.compile(r"\\?\"[ \t]*:")
_ASSIGNED = re.compile(r"[ \t]*=(?!=)")
"""``@loggers = "spacy.ConsoleLogger.v1"`` (a spaCy/thinc config registry key): a name assigned to, not a mention."""


def _keyword_position(text: str, start: int, end: int) -> bool:
    """A doc tag at a comment line's start, or a JSON key (JSON-LD ``"@context":``, ``"@type":``)."""
    if _DOC_TAG.search(text, max(0, start - 12), start) is not None:
        return True
    return start > 0 and text[start - 1] == '"' and _JSON_KEY_AFTER.match(text, end) is not None


def team_handle(handle: str) -> bool:
    """Whether an ``@handle`` names a team or group, not a person: every part (split at ``-``, ``_``,
    ``.``) is an English word of two or more letters (`lexicon.is_english`) and none is a given or
    family name of the lexicons or a word that is also a name (`product_names_data.NAME_WORDS`:
    ``grace``, ``dale``), or the last part is ``bot`` and no other is a name (``@dev-team-bot``).
    ``@tech-writers``, ``@platform``, ``@security-team`` are teams;
    ``@sofia-marchetti``, ``@hkimura``, ``@rohan.k`` are people. (Service accounts under a user key,
    ``user: deployer``, are another detector's and stay user names.) The handle detector drops a
    one-part team handle only on a CODEOWNERS rule line (`_owners_line`)."""
    from redactor.detect.pii.common_words import someones_name
    from redactor.detect.pii.lexicon import is_english

    parts = re.split(r"[-_.]", handle.lower())
    if any(len(p) < 2 or not p.isalpha() for p in parts):
        return False
    if len(parts) > 1 and parts[-1] in ("bot", "bots"):
        return not any(someones_name(p) for p in parts[:-1])  # @dev-team-bot; @kwame-bot stays
    return all(is_english(p) and not someones_name(p) for p in parts)


_OWNERS_LINE = re.compile(r"[ \t]*[+-]?[ \t]*(?=[^\s@]*[/*])[^\s@]+(?:[ \t]+@[\w./-]+)*[ \t]+")
"""The start of a CODEOWNERS rule up to a handle: a path pattern and the owners before it."""


def _owners_line(text: str, at: int) -> bool:
    """Whether the ``@`` at `at` is an owner of a CODEOWNERS rule (``/docs/ @platform``). A
    one-word team name is judged only there: a person's GitHub handle can be one English word
    (``(#3147, @animalize)`` in a changelog)."""
    return _OWNERS_LINE.fullmatch(text, text.rfind("\n", 0, at) + 1, at) is not None


_CLASS_RANGE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]-[A-Za-z0-9](?![A-Za-z0-9])")
_CLASS_END = re.compile(r"[^\s\]]{0,24}\]")


def _regex_class(text: str, handle: str, end: int) -> bool:
    """``[@A-Z_a-z]``, ``[@a-z0-9.-]+``: the ``@`` is a member of a regular expression's character
    class (single-character ranges in the "handle", the class closed by ``]`` before any space)."""
    return _CLASS_RANGE.search(handle) is not None and _CLASS_END.match(text, end) is not None


_LINE_LEAD = re.compile(r"[ \t]*")
_TURN_LEAD = re.compile(r"[ \t>*#-]*")
_TURN_REST = re.compile(r"[ \t]+[^\W\d_]+[ \t]+[^\s#]")
_CAPITALISED = re.compile(r"[A-Z][a-z]{1,20}")


def elixir_attribute(text: str, at: int, end: int) -> bool:
    """Whether the ``@name`` at `at` is an Elixir module attribute (``@impl true``, ``@doc "..."``,
    ``@moduledoc false``, ``@spec f(t) :: t``): first on its line, followed by a space or the line's
    end, in a text that defines a module (``defmodule``). Session 17 (negs17)."""
    if "defmodule " not in text or (end < len(text) and text[end] not in " \n"):
        return False
    line_start = text.rfind("\n", 0, at) + 1
    return _LINE_LEAD.fullmatch(text, line_start, at) is not None


def speaker_turn(text: str, m: re.Match[str]) -> bool:
    """Whether a ``User: <value>`` match is a chat speaker's label and the start of the turn
    (``User: Should we go with ...``): the key opens its line, ``:`` separates, the value is one
    capitalised word and at least two more words follow it on the line. A login written after
    ``user:`` stands alone or before a comment. Session 17 (negs17)."""
    if m.group("q") or m.group("sep").strip() != ":" or _CAPITALISED.fullmatch(m.group("user")) is None:
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    if _TURN_LEAD.fullmatch(text, line_start, m.start()) is None:
        return False
    return _TURN_REST.match(text, m.end("user")) is not None


class HandleDetector(ViewDetector):
    """``@handles`` in prose, comments and string literals (``pii.handle``)."""

    name = "pii.handle"
    entities: tuple[str, ...] = ("USERNAME",)
    prefilter: tuple[str, ...] = ("@",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        for m in _HANDLE.finditer(text):
            handle = m.group(1)
            if handle.lower() in _NOT_HANDLES or handle.isdigit() or not plausible_user(handle):
                continue
            if handle in CODE_NAMES or _ASSIGNED.match(text, m.end()) or code_reference(text, m.start(), handle):
                continue  # @asynccontextmanager, @Serializable, @Model.X, -d @file; "@loggers = ...": a registry key
            if elixir_attribute(text, m.start(), m.end()):
                continue  # "@impl true" in a defmodule: an Elixir module attribute
            if _regex_class(text, handle, m.end()):
                continue  # [@A-Z_a-z]: a character class of a regular expression
            if _jq_format(text, m.start(), handle):
                continue  # map_values(@base64d), '.[] | @csv': a jq format string
            if "." in handle and _DOMAIN_END.search(handle):
                continue  # @example.com, @types/node.d.ts: a domain or a file, not a handle
            if team_handle(handle) and (
                "-" in handle or "_" in handle or "." in handle or _owners_line(text, m.start())
            ):
                continue  # @tech-writers, CODEOWNERS' @platform: a team or group, nobody's handle
            if info.kind_at(m.start()) not in ("prose", "comment", "string"):
                continue
            if _keyword_position(text, m.start(), m.end()):
                continue
            yield ("USERNAME", m.start(), m.end(), 0.75)


_USER_VALUE = r"(?P<q>[\"']?)(?P<user>[A-Za-z0-9][\w.@+-]{0,63})(?P=q)"
_URL_USER = with_first_chars(
    re.compile(r"(?i)\b[a-z][a-z0-9+.-]{1,20}://(?P<user>[^\s:/@\"'<>]{1,64})(?::[^\s@/\"'<>]*)?@[\w.-]")
)
_USER_KEYS = (
    r"(?:user(?:_?name)?|login(?:_?name)?|user[ _-]?id|uid|db_?user"
    r"|pguser|mysql_user|postgres_user|screen_?name)"
)
_USER_KEY = re.compile(
    r"(?i)(?<![\w-])(?:[\w-]+\.)*"
    + _USER_KEYS
    + r"[\"']?(?P<sep>\s*(?:=|:|=>)\s*)"
    + _USER_VALUE
    + r"(?=[\s\"',;&)}\]]|$)"
)
_CLI_TOOLS = (
    r"(?:mysql|mysqldump|mariadb|psql|pg_dump|pg_restore|mongo|mongosh|mongodump|sqlcmd"
    r"|redis-cli|clickhouse-client|rabbitmqctl|ftp|sftp|smbclient|docker login|podman login"
    r"|helm registry login|curl|wget|htpasswd|useradd|adduser|usermod|passwd|su|sudo -u)"
)
_CLI_USER = re.compile(
    r"(?i)\b" + _CLI_TOOLS + r"\b"
    r"[^\n|;]*?(?:(?-i:\s-u\s*|\s-U\s*|\s-l\s)|\s--user(?:name)?[= ]|\s--login[= ])" + _USER_VALUE
)
"""The short flags are case-sensitive: ``curl -L`` follows redirects, ``-l`` is a login only in lower case."""
_BY_WORDS = (
    r"\b(?:comment(?:ed)? by|opened by|reported by|created by|authored by|filed by|assigned to|reviewed by"
    r"|approved by|merged by|closed by|requested by|mentioned by|pushed by|committed by)"
)
_BY_LOGIN = re.compile(
    r"(?i:" + _BY_WORDS + r")[ \t]+@?"
    r"(?P<user>[A-Za-z0-9](?:[A-Za-z0-9_]|-(?=[A-Za-z0-9])){1,38})(?![\w@.-])"
)
_COMPOUND = re.compile(
    r"(?i)(?:on|in|off|out|up|down|over|under|self|non|co|pre|post|re|sub|third|first|second|end|all|any)"
    r"-[a-z]+(?:-[a-z]+)?"
)
"""A hyphenated word led by a particle or prefix (``on-call``, ``in-house``, ``third-party``,
``end-user``): English, not a login."""
_SSH_USER = re.compile(
    r"(?i)\b(?:ssh|scp|sftp|rsync|mosh)\b[^\n|;]*?\s(?P<user>[a-z_][\w.-]{0,31})@[\w-]+(?:\.[\w-]+)*"
)
_CALENDAR = re.compile(r"BEGIN:V(?:CALENDAR|EVENT|TODO|JOURNAL|FREEBUSY|ALARM|CARD)\b|\bDT(?:START|STAMP|END)[:;]")
"""iCalendar and vCard markers (RFC 5545, RFC 6350): a component's start or its date properties."""


def calendar_uid(text: str, key_start: int, key_end: int) -> bool:
    """Whether the key ``text[key_start:key_end]`` is the ``UID`` property of an iCalendar or vCard
    object (upper case, in a text holding `_CALENDAR` markers): the object's unique id
    (``UID:20261127T0930Z-4821``), not an account. LDAP's ``uid: jdoe`` (LDIF) and ``(uid=jdoe)``
    stay user names."""
    key = text[key_start:key_end].strip("\"' \t")
    return key == "UID" and _CALENDAR.search(text) is not None


_KEY_TYPE = re.compile(r"ssh-(?:ed25519|rsa|dss)\b|ecdsa-sha2-")
"""An OpenSSH public key's type (the ``ssh`` of ``ssh-rsa`` is no command)."""


def key_comment_account(text: str, at: int, user: str) -> bool:
    """Whether the ``user@host`` that `_SSH_USER` found from `at` is the comment of a public key
    (``ssh-ed25519 AAAA... ci-deploy@build-runner``), not an ``ssh`` command's login, and names a
    machine account: no part of it (split at ``.``, ``_``, ``-`` and digits) is someone's name
    (`common_words.someones_name`). ``ssh-ed25519 AAAA... kwame@kwame-mbp`` stays a user name."""
    from redactor.detect.pii.common_words import someones_name

    if _KEY_TYPE.match(text, at) is None:
        return False
    return not any(someones_name(p) for p in re.split(r"[._\d-]+", user) if len(p) >= 2)


_USER_GATES = Gates(
    {
        "url": r"://",
        "key": r"(?i:" + _USER_KEYS + r")[\"']?" + WS + r"*[=:]",
        "cli": r"(?i:\b" + _CLI_TOOLS + r"[^\n|;]*" + WS + r"(?:-u|-l|--user|--login))",
        "ssh": r"(?i:\b(?:ssh|scp|sftp|rsync|mosh)[^\n|;]*" + WS + r"[a-z_][\w.-]{0,31}@)",
        "by": r"(?i:" + _BY_WORDS + r")[ \t]",
    }
)
"""Necessary conditions of the username patterns, in `UsernameDetector.scan` order (see `Gates`)."""


class UsernameDetector(ViewDetector):
    """Account names in credentials, config keys and command lines (``pii.username``)."""

    name = "pii.username"
    entities: tuple[str, ...] = ("USERNAME",)
    prefilter: tuple[str, ...] = (
        "user",
        "login",
        "uid",
        "://",
        "ssh",
        "scp",
        "rsync",
        "-u",
        "-l",
        " by",
        "assigned to",
    )

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        passed = _USER_GATES.passed(info.text, self.gated)
        for (rx, score), gate in zip(
            ((_URL_USER, 0.85), (_USER_KEY, 0.8), (_CLI_USER, 0.8), (_SSH_USER, 0.8), (_BY_LOGIN, 0.75)),
            _USER_GATES.names,
            strict=True,
        ):
            if gate not in passed:
                continue
            for m in rx.finditer(text):
                user = m.group("user")
                if "@" in user or not plausible_user(user):
                    continue  # an e-mail is the e-mail detector's
                if text.startswith("://", m.end("user")):
                    continue  # "curl -s https://...": a URL scheme, not an account
                if rx is _BY_LOGIN and not re.search(r"[_\d-]", user):
                    continue  # "reviewed by Alice" is a name (person rules), "by the" nothing
                if rx is _SSH_USER and key_comment_account(text, m.start(), user):
                    continue  # "ssh-ed25519 AAAA... ci-deploy@build-runner": a key's comment naming a machine account
                if rx is _BY_LOGIN and _COMPOUND.fullmatch(user):
                    continue  # "requested by on-call", "approved by in-house counsel": a word
                if rx is _USER_KEY:
                    sep, quote = m.group("sep"), m.group("q")
                    if not quote and sep.strip() == "=" and sep != "=":
                        continue  # `user = request.user`: code, not config
                    if not quote and "." in user and info.kind_at(m.start()) == "code" and sep != "=":
                        continue
                    if speaker_turn(text, m):
                        continue  # "User: Should we ...": a chat speaker label, not a login
                    if calendar_uid(text, m.start(), m.start("sep")):
                        continue  # "UID:standup-weekly-2026" in a VEVENT: the event's id, nobody's login
                yield ("USERNAME", m.start("user"), m.end("user"), score)
