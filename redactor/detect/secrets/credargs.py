"""Passwords at the argument position that connection, login and credential APIs give them.

Many APIs take a password positionally, so code names no key next to it and the user name is
often a variable: ``mysqli_connect($host, $user, 'X', $db)``, ``new PDO($dsn, $user, 'X')``,
``ftp.login(user, 'X')``, ``new NetworkCredential(user, "X")``, ``DriverManager.getConnection(url,
user, "X")``, ``smtp.PlainAuth("", user, "X", host)``, ``new Sequelize(db, user, 'X', {...})``,
``Credentials::new(user, "X".to_string())``, ``.basic_auth(user, Some("X"))``. `SIGNATURES` is the
registry: the callee's name (case-insensitive), the password's index, the argument counts it
applies to and, for names that other libraries use too (``connect``, ``start``, ``new``), the
receivers it requires. The registry was written from the APIs' documentation (PHP mysqli/PDO/
ldap/ftp/imap/ssh2/oci, Python ftplib/smtplib/imaplib/poplib/requests/httpx/aiohttp/ldap/keyring/
pysmb/pymysql, Java JDBC/JavaMail/Apache HttpClient/Spring Security/OkHttp/JCR, .NET
System.Net/MailKit/SSH.NET/FluentFTP, Go net/smtp/net/http/net/url/x/crypto/ssh/go-ldap,
JS Sequelize/superagent, Ruby Net::FTP/Net::HTTP/Net::SMTP, Rust lettre/reqwest/ssh2), never from
single lines of a corpus.

A literal argument counts with its language's wrappers (``b'X'``, ``@"X"``, ``Some("X")``,
``"X".to_string()``, ``"X".toCharArray()``) and only when it is a plausible password: the value
rules of a password key (`values.accept`), not a placeholder, not one lower-case word and not a
password word in leetspeak or with digits (``p4ssw0rd``, ``admin123``: test code). Signatures of
LDAP binds also need a distinguished name (or a ``dn`` variable) first, so ``fn.bind(this, 'x')``
stays JavaScript.

``curl_setopt($ch, CURLOPT_USERPWD, ...)`` takes ``user:password``: the part after the colon of a
literal, or the last literal of a concatenation (``'user' . ':' . 'X'``, ``$user . ':X'``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.secrets.credcalls import dummy_password
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.recur import with_recurrences
from redactor.detect.secrets.sdkcalls import arguments
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.secrets.values import accept, identifier_like, wordy_identifier
from redactor.detect.span import Span


@dataclass(frozen=True, slots=True)
class Signature:
    """Where one API takes its password.

    Attributes:
        callee: the function, method or class name, lower case (``mysqli_connect``).
        index: 0-based position of the password argument.
        arities: argument counts the signature applies to (empty: any count above `index`).
        receivers: lower-case names one of which must be the callee's receiver (``Net::FTP.new``:
            ``ftp``); empty: any receiver or none.
        dn_first: the first argument must be a distinguished name (LDAP binds).
    """

    callee: str
    index: int
    arities: tuple[int, ...] = ()
    receivers: frozenset[str] = frozenset()
    dn_first: bool = False


def _sig(callee: str, index: int, *arities: int, receivers: Iterable[str] = (), dn: bool = False) -> Signature:
    return Signature(callee, index, arities, frozenset(receivers), dn)


SIGNATURES: tuple[Signature, ...] = (
    # PHP
    _sig("mysqli_connect", 2),
    _sig("mysqli_real_connect", 3),
    _sig("mysql_connect", 2),
    _sig("mysql_pconnect", 2),
    _sig("mssql_connect", 2),
    _sig("mysqli", 2),  # new mysqli($host, $user, 'X', $db)
    _sig("pdo", 2),  # new PDO($dsn, $user, 'X')
    _sig("ldap_bind", 2),
    _sig("ftp_login", 2),
    _sig("imap_open", 2),
    _sig("ssh2_auth_password", 2),
    _sig("oci_connect", 1),
    _sig("oci_pconnect", 1),
    _sig("db2_connect", 2),
    # Python
    _sig("login", 1, 2),  # ftplib, smtplib, imaplib, Net::FTP, Apache FTPClient, Go ftp, Rust ftp
    _sig("ftp", 2, 3, 4),  # ftplib.FTP(host, user, 'X')
    _sig("ftp_tls", 2, 3, 4),
    _sig("pass_", 0, 1),  # poplib
    _sig("httpbasicauth", 1, 2),
    _sig("httpdigestauth", 1, 2),
    _sig("httpproxyauth", 1, 2),
    _sig("httpntlmauth", 1, 2),
    _sig("basicauth", 1, 2, 3),  # aiohttp.BasicAuth, httpx.BasicAuth
    _sig("digestauth", 1, 2),
    _sig("simple_bind_s", 1, 2, 3, dn=True),
    _sig("simple_bind", 1, 2, 3, dn=True),
    _sig("bind_s", 1, 3, dn=True),
    _sig("set_password", 2, 3, receivers=("keyring",)),
    _sig("smbconnection", 1, 4, 5, 6, 7),
    _sig("connect", 2, 3, 4, 5, receivers=("pymysql", "mysqldb", "cymysql")),
    _sig("connect", 2, 3, receivers=("transport", "store", "imapstore")),  # JavaMail
    _sig("send", 2, 3, receivers=("transport",)),  # Transport.send(msg, user, 'X')
    # Java, Kotlin
    _sig("getconnection", 2, 3, receivers=("drivermanager",)),
    _sig("passwordauthentication", 1, 2),
    _sig("usernamepasswordcredentials", 1, 2),
    _sig("usernamepasswordauthenticationtoken", 1, 2, 3),
    _sig("simplecredentials", 1, 2),
    _sig("basic", 1, 2, 3, receivers=("credentials",)),  # OkHttp
    # .NET
    _sig("networkcredential", 1, 2, 3),
    _sig("authenticate", 1, 2, 3, receivers=("client", "smtp", "imap", "pop", "smtpclient", "imapclient")),
    _sig("sftpclient", 2, 3, 4),
    _sig("sshclient", 2, 3, 4),
    _sig("scpclient", 2, 3, 4),
    _sig("passwordconnectioninfo", 2, 3, 4),
    _sig("ftpclient", 2, 3, 4),
    # Go
    _sig("plainauth", 2, 4, receivers=("smtp",)),
    _sig("crammd5auth", 1, 2, receivers=("smtp",)),
    _sig("setbasicauth", 1, 2),
    _sig("userpassword", 1, 2, receivers=("url",)),
    _sig("password", 0, 1, receivers=("ssh",)),
    _sig("bind", 1, 2, dn=True),  # go-ldap, ldapjs client.bind(dn, 'X', cb)
    # JavaScript, TypeScript
    _sig("sequelize", 2, 3, 4),
    _sig("auth", 1, 2, 3, receivers=("request", "req", "agent", "superagent", "client")),
    # Ruby
    _sig("new", 2, 3, 4, receivers=("ftp",)),  # Net::FTP.new(host, user, 'X')
    _sig("basic_auth", 1, 2),  # Net::HTTP, reqwest (with Some(...))
    _sig("start", 4, 6, receivers=("smtp",)),  # Net::SMTP.start(host, port, helo, user, 'X', :login)
    _sig("start", 2, 4, receivers=("smtp",)),  # smtp.start(helo, user, 'X', :plain)
    # Rust
    _sig("new", 1, 2, receivers=("credentials",)),  # lettre Credentials::new(user, "X".into())
    _sig("userauth_password", 1, 2),  # ssh2 crate
    # Session 13 (helper seccode), from the APIs' documentation:
    _sig("strictredis", 3),  # redis-py StrictRedis(host, port, db, password, ...)
    _sig("redis", 3, receivers=("redis",)),  # redis.Redis(host, port, db, password, ...)
    _sig("auth", 0, 1, receivers=("redis", "predis")),  # phpredis $redis->auth('X')
    _sig("connect", 1, 3, receivers=("cx_oracle", "oracledb")),  # cx_Oracle.connect(user, 'X', dsn)
    _sig("connect", 2, 3, 4, 5, receivers=("pymssql",)),  # pymssql.connect(server, user, 'X', db)
    _sig("connect", 3, 4, 5, receivers=("ssh", "ssh_client", "sshclient", "paramiko", "client")),  # paramiko
    _sig("connect", 1, 2, receivers=("wlan", "sta_if", "sta", "station")),  # MicroPython WLAN.connect(ssid, 'X')
    _sig("username_pw_set", 1, 2),  # paho-mqtt
    _sig("begin", 1, 2, 3, 4, 5, receivers=("wifi",)),  # Arduino/ESP WiFi.begin(ssid, 'X')
    _sig("softap", 1, 2, 3, 4, 5, receivers=("wifi",)),  # ESP WiFi.softAP(ssid, 'X')
    _sig("addap", 1, 2),  # ESP WiFiMulti.addAP(ssid, 'X')
    _sig("begin", 2, 3, 4, 5, receivers=("blynk",)),  # Blynk.begin(auth, ssid, 'X')
    _sig("setpassword", 0, 1, receivers=("session", "jsch")),  # JSch session.setPassword('X')
    _sig("ntlmpasswordauthentication", 2, 3),  # jCIFS (domain, user, 'X')
    _sig("ftphost", 2, 3, 4),  # ftputil.FTPHost(host, user, 'X')
    _sig("register_session", 2, 3, 4),  # smbprotocol smbclient.register_session(server, user, 'X')
    _sig("newdialer", 3, 4, receivers=("gomail", "mail")),  # gomail.NewDialer(host, port, user, 'X')
)
"""Where each API takes its password; see the module docstring for the sources."""

_BY_CALLEE: dict[str, tuple[Signature, ...]] = {}
for _s in SIGNATURES:
    _BY_CALLEE[_s.callee] = (*_BY_CALLEE.get(_s.callee, ()), _s)

_CALLEE = re2.compile(
    r"(?i)\b(?:" + "|".join(sorted(_BY_CALLEE, key=lambda c: (-len(c), c))) + r"|curl_setopt)[ \t]*\("
)
"""A registered callee (or ``curl_setopt``) right before its ``(``: RE2, one linear pass for all
names (Python's ``re`` tries each alternative at each position); names are plain identifiers."""
_RECEIVER = re.compile(r"([A-Za-z_$][\w$]*)[ \t]*(?:\?\.|\.|::|->)[ \t]*$")
_WRAPPED = re.compile(
    r"""(?:Some[ \t]*\([ \t]*|&)?(?:[bBuU]|@)?(?P<q>["'])(?P<v>[^"'\\\n]{1,256})(?P=q)"""
    r"""(?:\.(?:to_string|to_owned|into|toCharArray|ToCharArray|getBytes|encode|as_str)\(\))?[ \t]*\)?"""
)
"""A string literal with its language's wrapping: ``b'X'``, ``@"X"``, ``Some("X")``, ``"X".into()``."""
_DN = re.compile(r"""^["'](?:cn|uid|ou|dc|o|mail|samaccountname)=""", re.IGNORECASE)
_DN_NAME = re.compile(r"(?i)^(?:\$?[\w.]*?dn|\$?[\w.]*?bind_?user[\w]*|\$?[\w.]*?principal)$")
_LITERAL = re.compile(r"""(?P<q>["'])(?P<v>[^"'\\\n]{1,256})(?P=q)""")
_INTERPOLATION = re.compile(r"\$\{|\$\(|\$[A-Za-z_]|#\{|\{[\w.\[\]'\"]*\}|%[sdr]|\{\{")
"""``${X}``, ``$X``, ``$(cmd)``, ``#{x}``, ``{x}``, ``%s``: the literal is a template, not the password."""
_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]")
_USERPWD = re.compile(r"(?i)^CURLOPT_(?:PROXY)?USERPWD$")
_PASSWORD_OPT = re.compile(r"(?i)^CURLOPT_(?:PROXY)?PASSWORD$")


def plausible_password(value: str) -> bool:
    """A literal that can be a password: the value rules of a password key, not a placeholder, not
    one lower-case word or words glued as an identifier (``not_a_real_password``), not a password
    word with digits or in leetspeak (test code)."""
    if (value.isalpha() and value.islower()) or dummy_password(value) or dummy_password(_NOT_ALNUM.sub("", value)):
        return False  # ``#pass``, ``pa#ss``: a password word with a symbol (netrc and parser tests)
    if _INTERPOLATION.search(value):
        return False  # interpolation or a format string: the password is elsewhere
    if wordy_identifier(value) or (identifier_like(value) and not any(c.isdigit() for c in value)):
        return False  # ``not_a_real_password``, ``creds.password``: words of documentation or code
    return accept(value, Strength.PASSWORD, quoted=True)


def _literal(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the string literal that makes up the whole argument ``text[start:end]``."""
    m = _WRAPPED.fullmatch(text, start, end)
    if m is None:
        return None
    return m.span("v")


def _matches(sig: Signature, receiver: str | None, text: str, args: list[tuple[int, int]]) -> bool:
    if sig.arities and len(args) not in sig.arities:
        return False
    if len(args) <= sig.index:
        return False
    if sig.receivers and (receiver is None or receiver.lower() not in sig.receivers):
        return False
    if sig.dn_first:
        first = text[args[0][0] : args[0][1]]
        return _DN.match(first) is not None or _DN_NAME.match(first) is not None
    return True


def _userpwd(text: str, args: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The password inside ``curl_setopt($ch, CURLOPT_USERPWD, <user:password>)``."""
    if len(args) != 3:
        return None
    option = text[args[1][0] : args[1][1]]
    s, e = args[2]
    if _PASSWORD_OPT.match(option):
        return _literal(text, s, e)
    if not _USERPWD.match(option):
        return None
    literals = list(_LITERAL.finditer(text, s, e))
    if not literals:
        return None
    last = literals[-1]
    value = last.group("v")
    if len(literals) == 1 or ":" in value:
        colon = value.find(":")
        if colon < 0:
            return None
        vs = last.start("v") + colon + 1
        return (vs, last.end("v"))
    return last.span("v") if literals[-2].group("v").endswith(":") else None


def _user_before(sig: Signature, text: str, args: list[tuple[int, int]]) -> bool:
    """The argument before the password is where the user goes: a URL or text literal there
    (``BasicAuth("https://x.example.com", "...")``) means the call is not the registered one."""
    if sig.index == 0 or sig.dn_first:
        return True
    user = _literal(text, *args[sig.index - 1])
    if user is None:
        return True  # a variable or an expression
    value = text[user[0] : user[1]]
    return "://" not in value and not any(c.isspace() for c in value)


def scan(text: str) -> list[tuple[int, int]]:
    """(start, end) of each password argument of a registered call in `text`."""
    out: list[tuple[int, int]] = []
    for m in _CALLEE.finditer(text):
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_$"):
            continue  # inside a longer name (RE2's \b is ASCII-only)
        name_end = text.rfind("(", m.start(), m.end())
        callee = text[m.start() : name_end].rstrip().lower()
        parsed = arguments(text, m.end())
        if not parsed:
            continue
        args = [(a.start, a.end) for a in parsed]
        if callee == "curl_setopt":
            found = _userpwd(text, args)
            if found is not None and plausible_password(text[found[0] : found[1]]):
                out.append(found)
            continue
        recv = _RECEIVER.search(text, max(0, m.start() - 80), m.start())
        receiver = recv.group(1) if recv is not None and recv.end() == m.start() else None
        for sig in _BY_CALLEE.get(callee, ()):
            if not _matches(sig, receiver, text, args):
                continue
            found = _literal(text, *args[sig.index])
            if found is not None and plausible_password(text[found[0] : found[1]]) and _user_before(sig, text, args):
                out.append(found)
            break
    return out


class CredentialArgumentDetector:
    """The password argument of a registered connection, login or credential API.

    Name: ``secret.code.credential_argument``.
    """

    name = "secret.code.credential_argument"
    entities: tuple[str, ...] = (ENTITY,)
    prefilter: tuple[str, ...] = tuple(
        sorted({*(s.callee for s in SIGNATURES), "curl_setopt", "credentials", "smtp"} - {"new", "start"})
    )
    """Every callee; ``new`` and ``start`` count only with their receivers (``ftp``, ``credentials``,
    ``smtp``)."""

    def __init__(self, views: ViewCache) -> None:
        self._views = views

    def __repr__(self) -> str:
        return "CredentialArgumentDetector()"

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        if "(" not in view.text:
            return []
        found = [Span(ENTITY, *view.to_raw(s, e), 0.85, self.name) for s, e in scan(view.text)]
        return with_recurrences(text, found)
