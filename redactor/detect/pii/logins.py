"""Logins by the structure that carries them (``pii.logins``): where an account name stands.

Each pattern is a kind of carrier, not a vocabulary of values:

- credential keys with a prefix (``JENKINS_USER=pvandijk``, ``feed_user: r.osei``,
  ``const char* mqtt_user = "kfoster"``, ``<add key="Portal.Username" value="lmbeki" />``,
  ``<integrationUser>qvaleri</integrationUser>``, ``define('DB_USER', 'tlindqvist')``) and INI lines
  ``user = kfoster`` that sit beside a password key;
- shell prompts ``ubarasa@laptop:~$`` and ``[ubarasa@laptop src]$``;
- Windows ``DOMAIN\\login`` (``CONTOSO\\t.mwangi``);
- scheduler and process tools' user flags (``squeue -u``, ``sacct -u``, ``crontab -u``, ``ps -u``,
  ``chown login:group``);
- HPC scratch paths (``/scratch/pkaranja/run1``);
- Matrix ids (``@ines.moura:matrix.org``);
- "connected as", "signed in as", "started by" a login-shaped word;
- ocserv (``main[login]:``) and FreeRADIUS (``Login OK: [login]``) log lines.

System, service and bot accounts (``root``, ``svc-backup``, ``api_sync``, ``dependabot[bot]``)
identify nobody and are left alone (`accounts.personal_login` plus `_SERVICE_PARTS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import words
from redactor.detect.pii.accounts import personal_login
from redactor.detect.pii.common_words import someones_name
from redactor.detect.pii.lexicon import is_english

_VALUE = r"[A-Za-z0-9][\w.+-]{0,62}[A-Za-z0-9]"
_SERVICE_PARTS = frozenset(
    words(
        "integration integ int feed feeds export import exporter importer sync gateway gw portal upload"
        " uploader report reports rpt ops edi pos scheduler connector svc srv service services bot robot"
        " tech technical machine node device sensor sensors scanner printer kiosk station terminal"
        " partner vendor merchant supplier tenant shop store mall office frontdesk desk clinic team"
        " guest demo sandbox uat stage staging prod production test tests live reader writer"
        " ro rw readonly writeonly read write master main primary replica default shared common public"
        " user users account accounts login operator operators manager support helpdesk info contact"
        " webmaster postmaster hostmaster mail email noreply notifications alerts"
        " sas sarl gmbh ltd llc inc srl spa plc corp company"
        " replace me changeme change your placeholder example sample dummy fake todo xxx"
    )
)
"""Parts of an account name that mark it as a role, system or machine account, not a person."""
_SYSTEM_ACCOUNTS = frozenset(
    words(
        # Debian base-passwd (/usr/share/base-passwd/passwd.master) and its dynamic system users
        "root daemon bin sys sync games man lp mail news uucp proxy www-data backup list irc gnats nobody"
        " _apt systemd-network systemd-resolve systemd-timesync systemd-coredump messagebus polkitd sshd"
        " syslog uuidd tss tcpdump avahi rtkit pulse colord geoclue saned usbmux dnsmasq statd landscape"
        " pollinate lxd fwupd-refresh ntp chrony _chrony postfix dovecot bind named cloudsdk"
        # service daemons' accounts (packages that create a user of their own name)
        " nginx apache apache2 httpd lighttpd haproxy squid memcache memcached nagios zabbix prometheus"
        " node_exporter alertmanager loki promtail telegraf influxdb grafana elasticsearch logstash kafka"
        " zookeeper hadoop hdfs yarn mapred hive hbase spark solr tomcat tomcat9 jetty wildfly jboss"
        " gitlab gitlab-runner gitea git svn nexus sonarqube artifactory bamboo teamcity mattermost"
        " nextcloud plex slurm munge torque pbs condor mosquitto openhab homeassistant pi ubuntu ec2-user"
        " centos rocky almalinux opc bitnami vagrant admin administrator guest operator support"
        # CI and repository bots
        " github-actions dependabot renovate greenkeeper snyk-bot codecov mergify netlify vercel copilot"
        " sonarcloud allcontributors semantic-release-bot web-flow ghost actions-user"
        # tools read in "by" and "as" phrases
        " adduser useradd usermod deluser cron anacron logrotate systemd init kernel"
    )
)
"""System, daemon and bot accounts from real sources: no one person's login."""

_MACHINE_ID = re.compile(r"(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])[A-Za-z0-9]{10,}")
"""Ten or more letters and digits in both cases, no separator: a generated id or token."""


def _person_login(name: str) -> bool:
    """A login that may be one person's: `personal_login`, no role part, not an English word."""
    if not personal_login(name) or name.lower() in _SYSTEM_ACCOUNTS:
        return False
    parts = [p for p in re.split(r"[._+-]+|\d+", name.lower()) if p]
    if not parts or any(p in _SERVICE_PARTS for p in parts):
        return False
    if _MACHINE_ID.fullmatch(name) and sum(c.isdigit() for c in name) >= 2:
        return False  # "Zq4mT8wLp2Xr6": a generated id, not a login someone chose
    if len(parts) == 1 and name.isalpha():
        low = name.lower()
        return not (is_english(low) and not someones_name(low))
    return True


def _key_login(name: str) -> bool:
    """A credential block's login that may be a person's: `_person_login`, some lower case (an
    all-capitals ``PLANT_IF`` is an interface account), and no part an English word that is no
    one's name (``vineyard-porto``, ``kiln-dev``, ``dealer_30517``: an organisation's or a
    team's account; ``p.ndlovu``, ``hvoss`` stay)."""
    if not _person_login(name) or not any(c.islower() for c in name):
        return False
    parts = [p for p in re.split(r"[._+-]+|\d+", name.lower()) if len(p) >= 3]
    return not any(is_english(p) and not someones_name(p) for p in parts)


_KEY_SUFFIX = r"(?:user(?:_?name)?|login(?:_?name)?|usr)"
"""Not ``user_id``: an id key holds an opaque number or token (``CHAT_USER_ID=...``), not a login."""
_PREFIXED_KEY = r"[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)*(?:[_.-]|(?<=[a-z])(?=[A-Z]))"
_ENV_KEY = re.compile(
    r"(?<![\w.-])(?P<key>" + _PREFIXED_KEY + r"(?i:" + _KEY_SUFFIX + r"))(?![\w.-])"
    r"[\"']?(?P<sep>[ \t]*(?::|=|=>)[ \t]*)(?P<q>[\"']?)(?P<user>" + _VALUE + r")(?P=q)(?=[\s\"',;)}\]]|$)"
)
"""``JENKINS_USER=x``, ``feed_user: x``, ``mqtt_user = "x"``, ``"portal.username": "x"``."""
_BARE_KEY = re.compile(r"(?m)^[ \t]*(?P<key>(?i:user(?:_?name)?|login))[ \t]*=[ \t]*(?P<user>" + _VALUE + r")[ \t]*$")
"""INI ``user = x``: taken only when a password key stands within three lines."""
_PASS_KEY = re.compile(r"(?im)^[ \t]*[\w.-]*(?:pass(?:word|wd)?|pwd|secret)[ \t]*[=:]")
_XML_ELEMENT = re.compile(
    r"<(?P<tag>(?:\w+:)?\w*(?i:user(?:_?name)?|login))>[ \t]*(?P<user>" + _VALUE + r")[ \t]*</(?P=tag)>"
)
_JSON_ACTOR = re.compile(
    r"\"(?:actor|actor_login|author_login|github_login|assignee_login|owner_login|sender_login)\"[ \t]*:[ \t]*"
    r"\"(?P<user>" + _VALUE + r")\""
)
"""GitHub audit and usage records: ``"actor": "kobuya-r"``."""
_APP_SETTING = re.compile(r"(?i)\bkey=\"[\w.:-]*?(?:user(?:_?name)?|login)\"[ \t]+value=\"(?P<user>" + _VALUE + r")\"")
_CALL_PAIR = re.compile(
    r"\(\s*[\"'](?P<key>[\w.-]*?(?i:user(?:_?name)?|login))[\"']\s*,\s*[\"'](?P<user>" + _VALUE + r")[\"']\s*\)"
)
_PROMPT = re.compile(
    r"(?:(?<=^)|(?<=[\s\"'`\[(]))(?P<user>[a-z_][a-z0-9_.-]{1,31})@(?P<host>[A-Za-z0-9][\w.-]{0,62})"
    r"(?::[ \t]?[~/][^\s$#\"']*[ \t]?[$#%]|[ \t][^\s\]]{1,40}\][$#])",
    re.MULTILINE,
)
"""``ubarasa@laptop:~$``, ``ubarasa@laptop:/srv/app#``, ``[ubarasa@laptop src]$``."""
_DOMAIN_USER = re.compile(
    r"(?<![\w\\/.$%-])(?P<dom>[A-Z][A-Z0-9-]{1,14})\\{1,4}(?P<user>[A-Za-z][\w.-]{0,62}[A-Za-z0-9])(?![\w\\/-])"
)
_DOMAIN_ESCAPED = re.compile(
    r"(?<![\w\\/.$%-])(?P<dom>[A-Z][A-Z0-9-]{1,14})(?P<esc>[\t\n\r])(?P<user>[a-z.][\w.-]{0,61}[a-z0-9])(?![\w\\/-])"
)
"""``CORP\\tlindqvist`` whose ``\\t`` the unescaped view read as a tab (checked against the raw text)."""
_ACCOUNT_WORD = re.compile(r"(?i)user|account|login|owner|identity|principal|runas|\bas\b")
_NOT_DOMAINS = frozenset(words("HKLM HKCU HKCR HKU HKEY NT BUILTIN AUTHORITY WORKGROUP SYSTEM LOCAL"))
_TOOLS = (
    r"(?:squeue|sacct|sshare|sreport|sprio|scancel|qstat|qdel|showq|bjobs|bhist|crontab|ps|pgrep|pkill"
    r"|killall|top|htop|lsof|quota|id|groups|finger|chage|loginctl|lastlog|last|sudo|su)"
)
_TOOL_USER = re.compile(
    r"\b"
    + _TOOLS
    + r"\b[^\n|;`\"]{0,120}?[ \t](?:-u|-U|--user(?:s|name)?[= ]|(?<=\bsu[ \t])-l?)[ \t]*(?P<user>"
    + _VALUE
    + r")(?![\w@.-])"
)
_CHOWN = re.compile(r"\bchown\b(?:[ \t]+-\w+)*[ \t]+(?P<user>" + _VALUE + r")(?::[\w.-]*)?[ \t]+[\w./~$-]")
_SCRATCH = re.compile(r"(?<![\w.-])/(?:scratch|localscratch|nobackup|scratch[0-9])/(?P<user>" + _VALUE + r")(?=/)")
_MATRIX = re.compile(r"(?<![\w.@])@(?P<user>[a-z0-9][a-z0-9._=-]{0,62}):(?P<server>[a-z0-9-]+(?:\.[a-z0-9-]+)+)\b")
_AS_WORDS = re.compile(
    r"(?i:\b(?:connected|logged in|signed in|logs in|logged on|authenticated|running|verified on [\w.-]+)"
    r"[ \t]+as|\b(?:started|run|triggered|launched|submitted|opened|approved)[ \t]+by(?:[ \t]+(?:user|manager))?)"
    r"[ \t]+(?P<q>`?)(?P<user>[a-z][a-z0-9._-]{1,38}[a-z0-9])(?P=q)(?![\w@.-]|\.\w)"
)
_VPN_LOG = re.compile(
    r"\bocserv\[\d+\]:[ \t]+main\[(?P<user>"
    + _VALUE
    + r")\]:|\bLogin (?:OK|incorrect)[^\[\n]{0,40}: \[(?P<user2>"
    + _VALUE
    + r")\]"
)

_REDDIT = re.compile(r"(?<![\w/.])u/(?P<user>[A-Za-z0-9][A-Za-z0-9_-]{2,19})(?![\w/-])")
"""Reddit's ``u/name`` (and ``/u/name``, taken without its slash)."""
_LOGFMT = re.compile(
    r"(?<![\w.-])(?:member|owner|actor|principal|requester|assignee|reviewer|author|player)="
    r"(?P<q>[\"']?)(?P<user>" + _VALUE + r")(?P=q)(?=[\s,;&)\]}]|$)"
)
"""logfmt pairs of a log line: ``member=th.lam88 ip=...``, ``owner=JZelnik,vendor=...``."""
_LIST_COMMAND = re.compile(
    r"(?:\bls(?:[ \t]+-[1aA]+)?[ \t]+/home/?|--jq[ \t]+'\.\[\]\.login'|\|[ \t]*jq[ \t]+(?:-r[ \t]+)?'\.\[\]\.login')"
    r"[^\n\"]*"
)
"""Commands whose output is a list of logins: ``ls /home``, ``gh api .../members --jq '.[].login'``."""
_OUTPUT_START = re.compile(r"\n|\"(?:aggregated_output|output|stdout|content)\":[ \t]*\"")
_LIST_TOKEN = re.compile(r"[^\s\"]+")


def _listed_logins(text: str) -> Iterator[Finding]:
    """The logins a listing command printed: every token of its output up to the next prompt,
    blank line or the end of the JSON string (at most 40 tokens)."""
    for m in _on_lines(_LIST_COMMAND, _A_LIST, text):
        start = _OUTPUT_START.search(text, m.end(), m.end() + 300)
        if start is None:
            continue
        pos, taken = start.end(), 0
        for line in text[pos : pos + 2000].split("\n"):
            body = line.strip()
            if not body or body.startswith(("$", "#", ">", "[", "{", "\u21aa")) or re.match(r"\S+@\S+:", body):
                if taken or body.startswith(("$", "[", "{")):
                    break
                pos += len(line) + 1
                continue
            end_q = line.find('"')
            for t in _LIST_TOKEN.finditer(line[: end_q if end_q >= 0 else len(line)]):
                user = t.group().rstrip("/")
                if taken < 40 and re.fullmatch(_VALUE, user) and _person_login(user):
                    yield ("USERNAME", pos + t.start(), pos + t.start() + len(user), 0.7)
                taken += 1
            if end_q >= 0:
                break
            pos += len(line) + 1


_A_KEY = ("user", "login", "usr", "actor")
_A_BARE = ("user", "login")
_A_PASS = ("pass", "pwd", "secret")
_A_PROMPT = re.compile(r"@[\w.-]+(?::[ \t]?[~/]|[ \t][^\s\]]{1,40}\][$#])")
_A_MATRIX = re.compile(r"@[a-z0-9._=-]+:[a-z0-9-]+\.")
_A_BACKSLASH = ("\\",)
_A_ESCAPED = re.compile(r"[A-Z]\\[tnr]")
_A_ACCOUNT = ("user", "account", "login", "owner", "identity", "principal", "runas", " as ")
_A_FLAG = ("-u", "-U", "--user", "su -")
_A_SCRATCH = ("/scratch", "/localscratch", "/nobackup")
_A_AS = (" as", " by", "\tas", "\tby")
_A_REDDIT = ("u/",)
_A_LIST = ("/home", ".login'")
_A_LOGFMT = ("member=", "owner=", "actor=", "principal=", "requester=", "assignee=", "reviewer=", "author=", "player=")
"""Cheap anchors: a carrier's full pattern runs only on the lines that hold one (literals are
found with `str.find` in the lower-cased text when they are lower case; a regex anchor starts
with a literal character)."""


def _on_lines(
    rx: re.Pattern[str], anchor: re.Pattern[str] | tuple[str, ...], text: str, low: str | None = None
) -> Iterator[re.Match[str]]:
    """`rx`'s matches on the lines of `text` that hold `anchor` (a regex, or literals looked up in
    `low`, the lower-cased text, when it is as long as `text`; else in `text`)."""
    if isinstance(anchor, tuple):
        hay = low if low is not None and len(low) == len(text) else text
        starts: list[int] = []
        for lit in anchor:
            at = hay.find(lit)
            while at >= 0:
                starts.append(at)
                at = hay.find(lit, at + 1)
        starts.sort()
    else:
        starts = [m.start() for m in anchor.finditer(text)]
    end = -1
    for at in starts:
        if at < end:
            continue
        lo = text.rfind("\n", 0, at) + 1
        nl = text.find("\n", at + 1)
        end = len(text) if nl < 0 else nl + 1
        yield from rx.finditer(text, lo, end)


def _login_shaped(name: str) -> bool:
    """A dot, underscore, hyphen or digit inside: a login's spelling, not a word's."""
    return re.search(r"[._\d-]", name) is not None


class LoginCarrierDetector(ViewDetector):
    """Logins in credential keys, prompts, domains, tool flags, scratch paths and log lines."""

    name = "pii.logins"
    entities: tuple[str, ...] = ("USERNAME",)
    prefilter: tuple[str, ...] = (
        "user",
        "login",
        "usr",
        '"actor',
        "@",
        "\\",
        "-u",
        "chown",
        "scratch",
        "nobackup",
        " as ",
        " by ",
        "ocserv",
        "u/",
        "=",
        ".login'",
        "/home",
    )

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        low = text.lower()
        if "user" in low or "login" in low or "usr" in low or '"actor' in low:
            yield from self._keys(info, text, low)
        if "@" in text:
            for m in _on_lines(_PROMPT, _A_PROMPT, text):
                if _person_login(m.group("user")):
                    yield ("USERNAME", m.start("user"), m.end("user"), 0.8)
            for m in _on_lines(_MATRIX, _A_MATRIX, text):
                if _person_login(m.group("user").split("=")[0]):
                    yield ("USERNAME", m.start(), m.end(), 0.75)
        if "\\" in text:
            for m in _on_lines(_DOMAIN_USER, _A_BACKSLASH, text):
                user = m.group("user")
                if m.group("dom") in _NOT_DOMAINS or m.group("dom").startswith("HK"):
                    continue
                if (user[0].islower() or _login_shaped(user)) and _person_login(user):
                    yield ("USERNAME", m.start("user"), m.end("user"), 0.75)
        if "\\" in info.raw and any(w in low for w in _A_ACCOUNT) and _A_ESCAPED.search(info.raw):
            yield from _escaped_domain_users(info)
        if "-u" in text or "-l" in text or "--user" in low or "su -" in text:
            for m in _on_lines(_TOOL_USER, _A_FLAG, text):
                if _person_login(m.group("user")):
                    yield ("USERNAME", m.start("user"), m.end("user"), 0.75)
        if "chown" in text:
            for m in _CHOWN.finditer(text):
                if _person_login(m.group("user")):
                    yield ("USERNAME", m.start("user"), m.end("user"), 0.75)
        if "scratch" in low or "nobackup" in low:
            for m in _on_lines(_SCRATCH, _A_SCRATCH, text, low):
                user = m.group("user")
                if _person_login(user) and (_login_shaped(user) or not is_english(user.lower())):
                    yield ("USERNAME", m.start("user"), m.end("user"), 0.75)
        if " as " in low or " by " in low:
            for m in _on_lines(_AS_WORDS, _A_AS, text, low):
                user = m.group("user")
                if _person_login(user) and (m.group("q") or _login_shaped(user) or not _wordish(user)):
                    yield ("USERNAME", m.start("user"), m.end("user"), 0.7)
        if "u/" in text:
            for m in _on_lines(_REDDIT, _A_REDDIT, text):
                if _person_login(m.group("user")):
                    yield ("USERNAME", m.start("user"), m.end("user"), 0.7)
        if "=" in text:
            for m in _on_lines(_LOGFMT, _A_LOGFMT, text):
                user = m.group("user")
                if _person_login(user) and (_login_shaped(user) or not _wordish(user.lower())):
                    yield ("USERNAME", m.start("user"), m.end("user"), 0.7)
        if "/home" in text or ".login'" in text:
            yield from _listed_logins(text)
        if "ocserv" in text or "Login " in text:
            for m in _VPN_LOG.finditer(text):
                g = "user" if m.group("user") else "user2"
                if _person_login(m.group(g)):
                    yield ("USERNAME", m.start(g), m.end(g), 0.75)

    def _keys(self, info: TextInfo, text: str, low: str) -> Iterator[Finding]:
        for m in _on_lines(_ENV_KEY, _A_KEY, text, low):
            user, sep, quote = m.group("user"), m.group("sep"), m.group("q")
            if not quote and sep.strip() == "=" and sep != "=" and not _near_password(text, m.start()):
                continue  # `api_user = current_user`: code unless a password key is beside it
            if not quote and info.kind_at(m.start()) == "code" and _code_value(user):
                continue  # `owner_user: Optional`, `api_user: str`: an annotation or a variable
            if _key_login(user):
                yield ("USERNAME", m.start("user"), m.end("user"), 0.75)
        for m in _on_lines(_BARE_KEY, _A_BARE, text, low) if any(w in low for w in _A_PASS) else ():
            if _near_password(text, m.start()) and _key_login(m.group("user")):
                yield ("USERNAME", m.start("user"), m.end("user"), 0.75)
        for rx in (_XML_ELEMENT, _APP_SETTING, _CALL_PAIR, _JSON_ACTOR):
            for m in _on_lines(rx, _A_KEY, text, low):
                if _key_login(m.group("user")):
                    yield ("USERNAME", m.start("user"), m.end("user"), 0.75)


def _near_password(text: str, at: int) -> bool:
    """A password key within three lines of `at` (before or after): a credential block."""
    lo = at
    for _ in range(4):
        lo = text.rfind("\n", 0, lo)
        if lo < 0:
            break
    hi = at
    for _ in range(4):
        hi = text.find("\n", hi + 1)
        if hi < 0:
            hi = len(text)
            break
    return _PASS_KEY.search(text, max(lo, 0), hi) is not None


def _wordish(user: str) -> bool:
    """An English word or someone's first name alone (``started by alice`` is left to name rules)."""
    return is_english(user) or someones_name(user)


_TYPE_NAMES = frozenset(
    words("str int bool bytes float dict list tuple set any none optional string text object number")
)


def _code_value(value: str) -> bool:
    """An unquoted value in code that reads as a type or a class (``str``, ``Optional``, ``UserRecord``)."""
    return value.lower() in _TYPE_NAMES or (value[:1].isupper() and not _login_shaped(value))


def _escaped_domain_users(info: TextInfo) -> Iterator[Finding]:
    """``DOMAIN\\tlogin`` where the view turned ``\\t`` (or ``\\n``, ``\\r``) into a control character:
    the login is the escape's letter and what follows, when the raw text holds a backslash there."""
    for m in _DOMAIN_ESCAPED.finditer(info.text):
        if m.group("dom") in _NOT_DOMAINS or m.group("dom").startswith("HK"):
            continue
        raw_at = info.view.raw_start(m.start("esc")) if not info.view.identity else m.start("esc")
        if info.raw[raw_at : raw_at + 1] != "\\":
            continue  # a real tab or line break: a column, not a domain
        letter = {"\t": "t", "\n": "n", "\r": "r"}[m.group("esc")]
        line_start = info.text.rfind("\n", 0, m.start()) + 1
        if not _ACCOUNT_WORD.search(info.text, max(line_start, m.start() - 40), m.start()):
            continue  # "EUR\\nfeature_flags": an escaped line break after a code, no account
        login = letter + m.group("user")
        if _login_shaped(login) and _person_login(login):  # "ID\\tname": a TSV header, not a login
            yield ("USERNAME", m.start("esc"), m.end("user"), 0.75)
