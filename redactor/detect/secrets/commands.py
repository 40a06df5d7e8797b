"""Passwords given on command lines and in line-oriented credential files.

Each tool passes a password its own way, so the table below is command-aware: ``mysql -pX``
(glued) but ``ssh -p 22`` is a port, ``docker login -p X``, ``ldapsearch -w X``, ``keytool
-storepass X``, ``sqlcmd -P X``, ``zip -P X``, ``p4 -P X``, ``net use \\\\host\\share PASS /user:U``,
PowerShell ``ConvertTo-SecureString 'X' -AsPlainText``, ``curl -u user:pass`` and HTTPie/xh
``http -a user:pass`` (and a generated key or a UUID as the user of ``curl -u <key>:``, a generated
key as the user of a pair), a password-shaped value of a short password flag of any tool
(``-p``, ``-P``, ``-pw``), ``sshpass -p``,
``redis-cli -a``, ``requirepass``, SAP ``hdbuserstore SET KEY HOST USER PASS``, ``net user NAME PASS``,
a password piped or given as a here-string to ``sudo -S``,
``chpasswd``, ``passwd --stdin``, ``kinit`` or ``--password-stdin`` readers, a new password typed twice
into ``passwd`` (``echo -e "X\\nX" | passwd``), ``.netrc`` and ``.pgpass`` lines. Values that are variables,
placeholders or prompts (``-p`` alone, ``$PASS``, ``:env``) are not passwords.
"""

from __future__ import annotations

import re

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import classify
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.pwshape import password_shaped
from redactor.detect.secrets.recur import with_recurrences
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.secrets.values import UUID, accept, generated, identifier_like
from redactor.detect.secrets.viewscan import SecretViewDetector
from redactor.detect.span import Span

_V = r"""(?P<q>['"]?)(?P<v>[^\s'"]{3,256})(?P=q)(?=\s|$|[;|&)"'}])"""
"""A flag value: quoted or bare, up to whitespace or the end of the command."""

_CURL_USER = re.compile(
    r"""(?:^|[\s`])(?:-u|--user|--proxy-user)(?:[ \t]+|=)(?P<q>['"]?)"""
    r"""(?P<user>[^\s:'"`]{1,128}):(?P<v>[^\s'"`]{0,256})(?P=q)"""
)
"""``curl -u user:pass``, also as a Markdown code span in prose (``sends `-u <key>:` to ...``)."""
_HTTPIE_AUTH = re.compile(
    r"""(?m)^[ \t]*(?:\$[ \t]+)?(?:http|https|xh|xhs)(?:[ \t][^\n]*?)?[ \t](?:-a|--auth)(?:[ \t]+|=)(?P<q>['"]?)"""
    r"""(?P<user>[^\s:'"]{1,128}):(?P<v>[^\s'"]{0,256})(?P=q)"""
)
"""HTTPie and xh: ``http -a user:pass GET https://...``, ``--auth key:secret``."""
_MYSQL_P = re.compile(r"""(?:^|[ \t])-p(?P<q>['"]?)(?P<v>[^\s'"]{3,256})(?P=q)(?=\s|$)""")
_SHORT_FLAG = re.compile(
    r"""(?:^|[ \t])(?:-p|-P|-pw|--pw|-pass|-password)(?:[ \t]+|=)"""
    r"""(?P<q>['"]?)(?P<v>[^\s'"]{6,64})(?P=q)(?=\s|$|[;|&)])"""
)
"""A short password flag of any tool (``caprover deploy -p 'X'``, ``tool -P X``): its value counts only
when it has the shape of a chosen password (`pwshape.password_shaped`: letters, digits and a symbol or
both cases), so ports (``-p 8080:80``), paths, names and plugin options (``-p no:cacheprovider``)
stay."""
_MYSQL_CMD = re.compile(
    r"(?i)\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlsh|mariadb|mariadb-dump|7z|7za|7zr|unrar|rar)\b"
)
_SPACED = with_first_chars(
    re.compile(
        r"""(?:\bsshpass[ \t]+-p|\bredis-cli\b[^\n]*?[ \t]-a|\brequirepass|\bmasterauth"""
        r"""|\bpassword(?=[ \t]+\S+[ \t]*(?:$|\n|machine\b)))"""
        r"""[ \t]+(?P<q>['"]?)(?P<v>[^\s'"]{3,256})(?P=q)""",
        re.MULTILINE,
    )
)
_NETRC = re.compile(r"\b(?:machine|login)\b")

# (literals, tool regex, flag regex): the value follows the flag on the same command line. A row
# runs only when one of its lower-case literals occurs in the text.
_TOOL_FLAGS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (
        ("login",),
        r"(?:docker|podman|nerdctl|buildah|skopeo|oras|crane|helm(?:[ \t]+registry)?)[ \t]+login",
        r"-p|--password",
    ),
    (("ldap",), r"(?:ldapsearch|ldapmodify|ldapadd|ldapdelete|ldappasswd|ldapwhoami|ldapcompare)", r"-w"),
    (("keytool", "jarsigner"), r"(?:keytool|jarsigner)", r"-(?:src|dest|new)?(?:store|key)pass"),
    (("sqlcmd", "bcp", "osql", "isql"), r"(?:sqlcmd|bcp|osql|isql)", r"-P"),
    (("zip",), r"(?:zip|unzip|zipcloak)", r"-P|--password"),
    (("mongo",), r"(?:mongo|mongosh|mongodump|mongorestore|mongoexport|mongoimport)", r"-p|--password"),
    (("login",), r"az[ \t]+login", r"-p|--password"),
    (("psexec", "runas", "winrs", "wmic"), r"(?:psexec|runas|winrs|wmic)", r"-p|/p(?:assword)?:?"),
    (("smbclient", "rpcclient"), r"(?:smbclient|rpcclient)", r"--password"),
    (("mosquitto_",), r"mosquitto_(?:pub|sub|rr|passwd)", r"(?-i:-P)|--pw"),
    (("ipmi",), r"(?:ipmitool|ipmiutil)", r"(?-i:-P)"),
    (("p4",), r"p4(?:\.exe)?", r"(?-i:-P)"),  # Perforce global option: a password or a ticket
    (("plink", "pscp", "psftp"), r"(?:plink|pscp|psftp)(?:\.exe)?", r"-pw"),
    (("freerdp",), r"(?:xfreerdp|wlfreerdp|sdl-freerdp)", r"/p"),
    (("rdesktop",), r"rdesktop", r"(?-i:-p)"),
    (("snmp",), r"snmp(?:walk|bulkwalk|get|getnext|set|table|trap)", r"(?-i:-A|-X)"),
    (("ovsx", "vsce"), r"(?:ovsx|vsce)[ \t]+publish", r"(?-i:-p)|--pat"),
    (("openssl",), r"openssl[ \t]+(?:enc|aes-\d+-\w+|des3?|bf|camellia-\d+-\w+)", r"(?-i:-k)"),
    (("cqlsh",), r"cqlsh", r"(?-i:-p)|--password"),
    (("ssh-keygen",), r"ssh-keygen", r"(?-i:-N|-P)"),
    (("hydra", "medusa", "ncrack"), r"(?:hydra|medusa|ncrack)", r"(?-i:-p)"),
    (
        ("mc alias", "mc config"),
        r"mc[ \t]+(?:alias[ \t]+set|config[ \t]+host[ \t]+add)[ \t]+\S+[ \t]+\S+[ \t]+\S+",
        r"",
    ),
    (
        ("nmcli",),
        r"(?:nmcli)\b[^\n]*?\b(?:wifi[ \t]+connect|con(?:nection)?[ \t]+(?:add|modify|mod))",
        r"password|wifi-sec\.psk",
    ),
    (("wpa_passphrase",), r"wpa_passphrase[ \t]+(?:\"[^\"\n]{1,64}\"|\S+)", r""),
    (("rabbitmqctl",), r"(?:rabbitmqctl)[ \t]+(?:add_user|change_password)[ \t]+\S+", r""),
    (("mysqladmin",), r"(?:mysqladmin)\b[^\n]*?\bpassword", r""),
    (("htpasswd",), r"htpasswd[ \t]+-[a-zA-Z]*b[a-zA-Z]*[ \t]+\S+[ \t]+\S+", r""),
    (("hdbuserstore",), r"hdbuserstore(?:[ \t]+-[A-Za-z]+)*[ \t]+SET[ \t]+\S+[ \t]+\S+[ \t]+\S+", r""),
)
_TOOLS = [
    (
        words,
        re.compile(r"(?i)(?<![\w-])" + tool + (r"\b" if flag else r"[ \t]+" + _V)),
        re.compile(r"(?i)[ \t](?:" + flag + r")(?:[ \t]+|=|:)" + _V) if flag else None,
    )
    for words, tool, flag in _TOOL_FLAGS
]
_COMMAND_END = re.compile(r"[\n|;&]")
_SECURE_STRING = re.compile(
    r"""(?i)ConvertTo-SecureString[ \t]+(?:-(?:String|AsPlainText|Force)[ \t]+)*"""
    r"""(?P<q>['"])(?P<v>[^'"\n]{3,256})(?P=q)"""
)
_NET_USE = re.compile(
    r"""(?i)\bnet[ \t]+use\b[^\n]*?[ \t](?:(?P<q>['"]?)(?P<v>[^\s'"/*\\][^\s'"]{2,255})(?P=q)[ \t]+/user:\S+"""
    r"""|/user:\S+[ \t]+(?P<q2>['"]?)(?P<v2>[^\s'"/*][^\s'"]{2,255})(?P=q2))"""
)
_NET_USER = re.compile(
    r"""(?i)\bnet[ \t]+user[ \t]+(?:"[^"\n]{1,64}"|[^\s/"]{1,64})[ \t]+"""
    r"""(?P<q>['"]?)(?P<v>[^\s'"/*][^\s'"]{2,255})(?P=q)(?=[ \t]+/|[ \t]*(?:$|\n|[|;&]))"""
)
"""``net user NAME PASS /add``: Windows sets the password as the second argument (``*`` prompts)."""
_PIPED = re.compile(
    r"""\b(?:echo|printf)[ \t]+(?:-[neE]{1,3}[ \t]+)?(?P<q>['"]?)(?:(?P<user>[\w.-]{1,64}):)?"""
    r"""(?P<v>[^\s'"\\]{3,256})(?:\\n|\n)?(?P=q)[ \t]*\|[ \t]*"""
    r"""(?P<cmd>sudo\b[^\n|]*?[ \t]-S\b|chpasswd\b|\S*passwd[ \t]+--stdin\b"""
    r"""|\S+[^\n|]*?--(?:password|token|secret|api-key|key)-stdin\b|\S+[^\n|]*?--with-token\b"""
    r"""|kinit\b|openssl[ \t]+passwd\b[^\n|]*?-stdin\b|smbpasswd\b[^\n|]*?[ \t]-s\b|htpasswd\b[^\n|]*?[ \t]-i\b)"""
)
"""``echo 'X' | sudo -S ...``, ``echo 'u:X' | chpasswd``, ``printf 'X\\n' | passwd --stdin u``, and any
command that reads a credential from stdin: ``--password-stdin``, ``--token-stdin``, ``--with-token``."""
_STDIN_READER = re.compile(
    r"""(?:^|[\s(`])(?:sudo\b.*?[ \t]-S\b|chpasswd\b|\S*passwd[ \t]+--stdin\b|vncpasswd[ \t]+-f\b|kinit\b"""
    r"""|--(?:password|token|secret|api-key|key|passwd-on)-stdin\b|--with-token\b|openssl[ \t]+passwd\b.*?-stdin\b"""
    r"""|smbpasswd\b.*?[ \t]-s\b|htpasswd\b.*?[ \t]-i\b)"""
)
"""A command that reads a credential from stdin, searched for in the command before a ``<<<``."""
_HERESTRING = re.compile(r"""<<<[ \t]*(?P<q>['"]?)(?:(?P<user>[\w.-]{1,64}):)?(?P<v>[^\s'"\\]{3,256})(?:\\n)?(?P=q)""")
"""A password given to a stdin reader as a here-string: ``kinit u <<< 'X'``, ``chpasswd <<< 'u:X'``,
``openconnect --passwd-on-stdin host <<< 'X'``, ``vncpasswd -f <<< 'X'`` (the reader: `_here_command`)."""
_COMMAND_BEFORE = 300
"""How far back on its line the command of a here-string is looked for (after the last ``|``, ``;``, ``&``)."""
_PASSWD_TWICE = re.compile(
    r"""\b(?:echo[ \t]+-e|printf)[ \t]+(?P<q>['"])(?P<v>[^\s'"\\]{3,256})(?:\\n|\n)(?P=v)(?:\\n|\n)?(?P=q)"""
    r"""[ \t]*\|[ \t]*(?:sudo[ \t]+)?passwd\b"""
)
"""``echo -e "X\\nX" | passwd user``: the new password typed twice at passwd's prompts."""
_SASL_PASSWD = re.compile(
    r"(?m)(?:^|(?<=\": \"))[ \t]*\[?[\w.-]+\]?(?::\d{2,5})?[ \t]+[^\s:@\"]+@[^\s:\"]+:"
    r"(?P<v>[^\s\"]{3,256})(?=[ \t]*(?:$|\"))"
)
"""Postfix ``sasl_passwd``: ``[smtp.example.com]:587 user@example.com:password``."""
_SQLPLUS = re.compile(
    r"""(?i)\b(?:sqlplus(?:64)?|rman[ \t]+target|expdp|impdp|sqlldr|dgmgrl)(?:[ \t]+-[A-Za-z]+)*[ \t]+"""
    r"""(?P<q>['"]?)[A-Za-z][\w$#.]{0,127}/(?P<v>[^\s@/'"]{3,128})@"""
)
"""Oracle ``sqlplus user/pass@db`` (also ``rman target``, Data Pump, SQLcl): the part after the slash."""
_LFTP_USER = re.compile(r"""\blftp\b[^\n]*?[ \t]-u[ \t]+(?P<q>['"]?)[^\s,'"]{1,64},(?P<v>[^\s'"]{3,256})(?P=q)""")
"""``lftp -u user,pass host``."""
_EXPECT_SEND = re.compile(
    r"(?i)assword:?[\"'}]?[\s\S]{0,40}?\bsend[ \t]+(?:--[ \t]+)?\"(?P<v>[^\"\\\r\n]{3,128})(?:\\r|\r)\""
)
"""An ``expect`` script answering a password prompt: ``expect "password:"; send "X\\r"``."""
_CONFIG_SET = re.compile(
    r"""(?i)\b(?:npm|pnpm|yarn|git|pip|pip3|poetry|conda|cargo|gh|dotnet|helm|mvn)[ \t]+config[ \t]+(?:set[ \t]+)?"""
    r"""(?:--?[\w-]+[ \t]+)*(?P<k>[^\s=]{2,200})[ \t]+(?P<q>['"]?)(?P<v>[^\s'"]{3,512})(?P=q)(?=[ \t]*(?:$|\n|[;&|]))"""
)
"""``npm config set //host/:_authToken X``, ``yarn config set npmAuthToken X``: a tool's config key
named like a secret, then its value (the key's last ``.``/``:``/``/`` part is classified)."""
_HTTP_BASIC = re.compile(
    r"""(?i)\b(?:poetry[ \t]+config|composer[ \t]+config(?:[ \t]+--?[\w-]+)*)[ \t]+http-basic\.\S+[ \t]+"""
    r"""[^\s'"]+[ \t]+"""
    r"""(?P<q>['"]?)(?P<v>[^\s'"]{3,512})(?P=q)"""
    r"""|\bbundle[ \t]+config(?:[ \t]+set)?(?:[ \t]+--?[\w-]+)*[ \t]+\S+[ \t]+(?P<q2>['"]?)[^\s:'"]{1,128}:(?!//)"""
    r"""(?P<v2>[^\s'"]{3,512})(?P=q2)"""
)
"""``poetry config http-basic.repo user PASS``, ``composer config http-basic.host user PASS``,
``bundle config set gems.example.com user:PASS``: registry credentials given to a config command."""
_HERE_STRING = re.compile(
    r"""\bkeyring[ \t]+set[ \t]+\S+[ \t]+\S+[ \t]*<<<[ \t]*(?P<q>['"]?)(?P<v>[^\s'"]{3,512})(?P=q)"""
)
"""``keyring set SERVICE USER <<< X``: a password handed to a keyring on a here-string."""
_SMB_USER = re.compile(r"""(?:^|[ \t])-U[ \t]*(?P<q>['"]?)[^\s%'"]{1,64}%(?P<v>[^\s'"]{3,256})(?P=q)""")
_SQL_PASSWORD = re.compile(r"(?i)\b(?:identified[ \t]+by|password)[ \t]+'(?P<v>[^'\n]{3,128})'")
_REDIS_AUTH = re.compile(
    r"(?m)(?:^|>[ \t]*|\bredis-cli\b[^\n]*?[ \t])AUTH[ \t]+(?:(?P<user>\S+)[ \t]+)?(?P<v>[^\s'\"]{3,256})[ \t]*$"
)
_KEY_FLAG = re.compile(r"""-(?:k|-key|-api-key)(?:[ \t]+|=)(?P<q>['"]?)(?P<v>[^\s'"]{16,300})(?P=q)(?=\s|$)""")
"""``trcli ... -k X``, ``tool --key X``, ``tool --api-key=X``: a key flag of a command line; the value counts
only when it is generated (`values.generated`), so ``pytest -k test_name`` and ``curl -k URL`` stay.
The pattern starts with its literal ``-`` (fast to search); `_on_command_line` checks the space before."""
_KEY_FLAG_CUES = ("-k ", "-k\t", "-k=", "--key", "--api-key")
"""Literals one of which every `_KEY_FLAG` match holds: the search runs only where one occurs."""
_COMMAND_HEAD = re.compile(r"""[ \t]*(?:\d{1,6}\t)?[ \t]*(?:[$>#%][ \t]+)?[A-Za-z./~][\w./\-]*[ \t]""")
"""The start of a command line (an optional prompt or ``cat -n`` line number, then a command word)."""
_CONTINUED = ("\\", "`", "^")
"""Line continuations of sh, PowerShell and cmd."""
_PGPASS = re.compile(r"(?m)^[ \t]*(?:\d+\t)?[^:\s#]+:(?:\d+|\*):[^:\s]+:[^:\s]+:(?P<v>[^\s]{3,256})[ \t]*$")


def _ok(value: str) -> bool:
    if (
        is_placeholder(value)
        or value.startswith(("$", "%", "-"))
        or value.lower() in {"pass", "pwd", "user", "username"}
    ):
        return False
    return not value.endswith((":env", ":file"))


def _on_command_line(text: str, at: int) -> bool:
    """True when the flag at `at` belongs to a command line whose value is generated: its line
    starts with a command word, or the line before ends in a line continuation."""
    m = _KEY_FLAG.match(text, at)
    if m is None or (at > 0 and text[at - 1] not in " \t\n"):
        return False
    v = m.group("v")
    if not generated(v) or not _ok(v) or "/" in v:
        return False  # also a path: ``ssh-add -k ~/.ssh/id_ed25519``
    start = text.rfind("\n", 0, at) + 1
    if _COMMAND_HEAD.match(text, start, at):
        return True
    return start > 0 and text[max(0, start - 9) : start - 1].rstrip(" \t\r").endswith(_CONTINUED)


def _here_command(text: str, at: int) -> str | None:
    """The stdin reader whose here-string starts at `at` (``kinit u <<< 'X'``), or None."""
    start = max(text.rfind("\n", 0, at) + 1, at - _COMMAND_BEFORE)
    segment = text[start:at]
    cut = max(segment.rfind("|"), segment.rfind(";"), segment.rfind("&"))
    m = _STDIN_READER.search(segment, cut + 1)
    return m.group(0).lstrip(" \t\n(`") if m is not None else None


class CommandLineDetector(SecretViewDetector):
    """Passwords given on command lines and in line-oriented configs (``secret.cli.password``)."""

    name = "secret.cli.password"
    prefilter: tuple[str, ...] = (
        "-u",
        "--user",
        "-p",
        "-w",
        "pass",
        "sshpass",
        "redis-cli",
        "requirepass",
        "masterauth",
        "securestring",
        "net use",
        "htpasswd",
        "hdbuserstore",
        "rabbitmqctl",
        "identified",
        "auth ",
        "net user",
        "sudo",
        "smtp",
        "sasl",
        "relay",
        "sqlplus",
        "rman",
        "expdp",
        "impdp",
        "sqlldr",
        "dgmgrl",
        "lftp",
        "kinit",
        "openssl enc",
        "openssl aes",
        "openssl des",
        "cqlsh",
        "ssh-keygen",
        "mc alias",
        "mc config",
        " config ",
        "keyring",
        "freerdp",
        "snmp",
        "psk",
        "-stdin",
        "--with-token",
        "<<<",
        "passwd",
        *_KEY_FLAG_CUES,
        *("http -a", "https -a", "xh -a", "xhs -a", "--auth"),
    )

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        t = view.text
        low = view.lower
        out: list[Span] = []
        httpie = "-a" in low or "--auth" in low
        pairs = [*_CURL_USER.finditer(t), *(_HTTPIE_AUTH.finditer(t) if httpie else ())]
        for m in pairs:
            user, pw = m.group("user"), m.group("v")
            if not pw:
                if generated(user) or UUID.fullmatch(user):
                    out.append(self._span(view, m, "user"))  # `-u <api key>:`: the key is the user name
            elif identifier_like(pw) and not identifier_like(user) and len(user) >= 16:
                out.append(self._span(view, m, "user"))  # `-u TOKEN:api_token`, `-u KEY:x-oauth-basic`
            elif _ok(pw):
                out.append(self._span(view, m))
                if generated(user):
                    out.append(self._span(view, m, "user"))  # `-u <key id>:<secret>`: both halves
        for m in _MYSQL_P.finditer(t):
            line_start = t.rfind("\n", 0, m.start()) + 1
            line_end = t.find("\n", m.end())
            line = t[line_start : line_end if line_end >= 0 else len(t)]
            if (m.group("q") or _MYSQL_CMD.search(line)) and _ok(m.group("v")):
                out.append(self._span(view, m))
        if "-p" in low:
            out.extend(self._span(view, m) for m in _SHORT_FLAG.finditer(t) if password_shaped(m.group("v")))
        for m in _SPACED.finditer(t):
            token = m.group(0).lstrip()
            if token.startswith("password"):
                line_start = t.rfind("\n", 0, m.start()) + 1
                if not _NETRC.search(t, line_start, m.start()):
                    continue
            if _ok(m.group("v")):
                out.append(self._span(view, m))
        for words, tool, flag in _TOOLS:
            if any(w in low for w in words):
                for m in tool.finditer(t):
                    if flag is None:
                        if _ok(m.group("v")):
                            out.append(self._span(view, m))
                        continue
                    stop = _COMMAND_END.search(t, m.end())
                    end = stop.start() if stop is not None else len(t)
                    out.extend(self._span(view, f) for f in flag.finditer(t, m.end(), end) if _ok(f.group("v")))
        if "securestring" in low:
            out.extend(self._span(view, m) for m in _SECURE_STRING.finditer(t) if _ok(m.group("v")))
        if "net use" in low:
            for m in _NET_USE.finditer(t):
                group = "v" if m.group("v") else "v2"
                if _ok(m.group(group)):
                    out.append(self._span(view, m, group))
        if "net user" in low:
            out.extend(self._span(view, m) for m in _NET_USER.finditer(t) if _ok(m.group("v")))
        if "|" in t and ("echo" in t or "printf" in t):
            for m in _PIPED.finditer(t):
                if m.group("user") and not m.group("cmd").startswith("chpasswd"):
                    continue  # ``user:pass`` is chpasswd's input only
                if _ok(m.group("v")):
                    out.append(self._span(view, m))
        if "<<<" in t:
            for m in _HERESTRING.finditer(t):
                cmd = _here_command(t, m.start())
                if cmd is None or (m.group("user") and not cmd.startswith("chpasswd")):
                    continue  # ``user:pass`` is chpasswd's input only
                if _ok(m.group("v")):
                    out.append(self._span(view, m))
        if "passwd" in low and "|" in t:
            out.extend(self._span(view, m) for m in _PASSWD_TWICE.finditer(t) if _ok(m.group("v")))
        if "-U" in t:
            out.extend(self._span(view, m) for m in _SMB_USER.finditer(t) if _ok(m.group("v")))
        if "identified" in low or "password '" in low:
            out.extend(self._span(view, m) for m in _SQL_PASSWORD.finditer(t) if _ok(m.group("v")))
        if "auth " in low and ("redis" in low or ":6379>" in t):
            out.extend(self._span(view, m) for m in _REDIS_AUTH.finditer(t) if _ok(m.group("v")))
        if "@" in t and ("smtp" in low or "sasl" in low or "relay" in low):
            out.extend(self._span(view, m) for m in _SASL_PASSWD.finditer(t) if _ok(m.group("v")))
        if "/" in t and any(w in low for w in ("sqlplus", "rman", "expdp", "impdp", "sqlldr", "dgmgrl")):
            out.extend(self._span(view, m) for m in _SQLPLUS.finditer(t) if _ok(m.group("v")))
        if "lftp" in low:
            out.extend(self._span(view, m) for m in _LFTP_USER.finditer(t) if _ok(m.group("v")))
        if "send" in low and "assword" in low:
            out.extend(self._span(view, m) for m in _EXPECT_SEND.finditer(t) if _ok(m.group("v")))
        if " config " in low:
            for m in _CONFIG_SET.finditer(t):
                strength = classify(re.split(r"[./:]", m.group("k").rstrip("/:."))[-1])
                if strength is not None and accept(m.group("v"), strength, quoted=True):
                    out.append(self._span(view, m))
            for m in _HTTP_BASIC.finditer(t):
                group = "v" if m.group("v") else "v2"
                if _ok(m.group(group)):
                    out.append(self._span(view, m, group))
        if "keyring" in low:
            out.extend(self._span(view, m) for m in _HERE_STRING.finditer(t) if _ok(m.group("v")))
        if "pgpass" in low:
            out.extend(self._span(view, m) for m in _PGPASS.finditer(t) if _ok(m.group("v")))
        if any(f in low for f in _KEY_FLAG_CUES):
            out.extend(self._span(view, m) for m in _KEY_FLAG.finditer(t) if _on_command_line(t, m.start()))
        return with_recurrences(text, out)

    def _span(self, view: EscapeView, m: re.Match[str], group: str = "v") -> Span:
        s, e = view.to_raw(*m.span(group))
        return Span(ENTITY, s, e, 0.85, self.name)
