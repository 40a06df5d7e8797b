"""Passwords in modem and IoT module AT commands.

Cellular modems, Wi-Fi modules and their MQTT/FTP stacks take credentials as positional
parameters of AT commands, with no key name next to the value: ``AT+CGAUTH=1,1,"user","X"``,
``AT+QICSGP=1,1,"apn","user","X",1``, ``AT+CWJAP="ssid","X"``, ``AT+MQTTUSERCFG=0,1,"cid","user",
"X",0,0,""``, or after a parameter tag: ``AT+SAPBR=3,1,"PWD","X"``, ``AT^SICS=0,"passwd","X"``,
``AT+UPSD=0,3,"X"``. `POSITIONS` and `TAGS` are the catalogue, written from the vendors' AT
command manuals (3GPP TS 27.007, Quectel, SIMCom, Telit, Cinterion/Gemalto, u-blox, Espressif
ESP-AT, Qualcomm, Enfora), never from lines of a corpus.

A command is read in the unescaped view (``"AT+CWJAP=\\"ssid\\",\\"X\\"\\r\\n"`` in code), its
parameters split at commas outside quotes. The value at the password position must be a quoted
literal that passes the password value rules (`values.accept`): not empty, not a placeholder
(``"password"``, ``"<pwd>"``, ``"your_password"``), not a format directive or variable (``%s``,
``$PASS``, ``{pwd}``), not one lower-case word and not a password word with digits (``pass123``:
manual examples). User names, APNs and SSIDs stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets.credcalls import dummy_password
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.values import accept
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

POSITIONS: dict[str, int] = {
    # 3GPP TS 27.007: AT+CGAUTH=<cid>,<auth_prot>,<userid>,<password>
    "CGAUTH": 3,
    # Quectel: AT+QICSGP=<ctx>,<type>,<apn>,<user>,<pwd>,<auth>; BC26 AT+QGACT=<op>,<type>,<apn>,<user>,<pwd>;
    # M10 AT+QIREGAPP=<apn>,<user>,<pwd>; MQTT AT+QMTCONN=<id>,<clientid>,<user>,<pwd>
    "QICSGP": 4,
    "QGACT": 4,
    "QIREGAPP": 2,
    "QMTCONN": 3,
    # SIMCom: AT+CSTT=<apn>,<user>,<pwd>; AT+CGPCO=<fmt>,<user>,<pwd>,<cid>;
    # AT+CMQTTCONNECT=<idx>,<server>,<keepalive>,<clean>,<user>,<pwd>; AT+FTPPW=<pwd>; AT+CFTPPW=<pwd>
    "CSTT": 2,
    "CGPCO": 2,
    "CMQTTCONNECT": 5,
    "FTPPW": 0,
    "CFTPPW": 0,
    "HTTPPW": 0,
    # Telit: AT#SGACT=<cid>,<stat>,<user>,<pwd>; AT#USERID / AT#PASSW=<pwd>
    "SGACT": 3,
    "PASSW": 0,
    # Qualcomm: AT$QCPDPP=<cid>,<auth_type>,<password>,<username> (password first)
    "QCPDPP": 2,
    # Espressif ESP-AT: AT+CWJAP=<ssid>,<pwd>; AT+CWSAP=<ssid>,<pwd>,<chl>,<ecn>;
    # AT+MQTTUSERCFG=<link>,<scheme>,<client_id>,<user>,<pwd>,...; AT+MQTTPASSWORD=<link>,<pwd>
    "CWJAP": 1,
    "CWJAP_DEF": 1,
    "CWJAP_CUR": 1,
    "CWSAP": 1,
    "CWSAP_DEF": 1,
    "CWSAP_CUR": 1,
    "MQTTUSERCFG": 4,
    "MQTTPASSWORD": 1,
    "MQTTCONNCFG_PASSWORD": 1,
    # Sierra Wireless: AT!SCPROF / AT$QCPDPP share the Qualcomm order; AT+WIPCFG has none
    # Nordic nRF91: AT+CGAUTH (27.007); AT%XMQTTCFG? none. Sequans: AT+SQNSCFG none.
}
"""Command name (no prefix) -> index of its password parameter."""

TAGS: dict[str, frozenset[str]] = {
    # SIMCom bearer: AT+SAPBR=3,1,"PWD","X"; SIM7000 MQTT: AT+SMCONF="PASSWORD","X"; FTP: AT+FTPPARA?
    "SAPBR": frozenset({"pwd", "password"}),
    "SMCONF": frozenset({"password"}),
    "CNACT": frozenset({"password"}),
    # Cinterion/Gemalto: AT^SICS=<conProfId>,"passwd","X"; AT^SISS=<srvProfId>,"passwd","X"
    "SICS": frozenset({"passwd", "password"}),
    "SISS": frozenset({"passwd", "password"}),
    # Quectel FTP/HTTP: AT+QFTPCFG="account","user","X" (the value two after the tag, see _TAG_OFFSET)
    "QFTPCFG": frozenset({"account"}),
    # u-blox: AT+UPSD=<profile>,3,"X" (tag 3: password); AT+UFTP=3,"X"; AT+UMQTT=4,"user","X"
    "UPSD": frozenset({"3"}),
    "UFTP": frozenset({"3"}),
    "UMQTT": frozenset({"4"}),
    "UHTTP": frozenset({"3"}),
}
"""Command name -> parameter tags (lower-case, unquoted) after which the password follows."""

_PREFILTER = tuple(sorted({n.lower().split("_")[0] for n in (*POSITIONS, *TAGS)} - {"passw"}))
"""The command names, lower-case (``passw`` only as ``#passw=``: the word is everywhere)."""

_TAG_OFFSET: dict[str, int] = {"QFTPCFG": 2, "UMQTT": 2}
"""Commands whose password comes that many parameters after the tag (``"account","user","X"``)."""

_COMMAND = with_first_chars(
    re.compile(
        r"(?i)(?<![A-Za-z0-9])(?:AT)?[+#$%^!](?P<name>"
        + "|".join(sorted((*POSITIONS, *TAGS), key=lambda n: (-len(n), n)))
        + r")=(?=(?P<args>[^\r\n]{1,400}))"
    )
)
"""An AT write command of the catalogue and the rest of its line, read in a look-ahead: a command
after another on the same line is still found (``AT+CWMODE=1;+CWJAP="ssid","X"``,
``send("AT+CWMODE=1"); send("AT+CWJAP=...")``), and other commands and ``+x=`` cost nothing."""
_PARAM = re.compile(r'[ \t]*(?:"(?P<q>[^"\r\n]*)"|(?P<bare>[^,"\r\n]*))[ \t]*(?P<sep>,|)')
"""One parameter: a quoted string or a bare value, then a comma or the end."""
_NOT_VALUE = re.compile(r"^[$%{<\[]|^(?:null|none|nil)$|[{}]", re.IGNORECASE)
"""A variable, format directive, template or placeholder bracket rather than a literal."""


def _params(args: str, base: int) -> list[tuple[str, int, int, bool]]:
    """``(value, start, end, quoted)`` of each parameter of `args` (offsets from `base`)."""
    out: list[tuple[str, int, int, bool]] = []
    pos = 0
    while pos <= len(args) and len(out) < 16:
        m = _PARAM.match(args, pos)
        if m is None:
            break
        if m.group("q") is not None:
            out.append((m.group("q"), base + m.start("q"), base + m.end("q"), True))
        else:
            bare = m.group("bare").rstrip()
            out.append((bare, base + m.start("bare"), base + m.start("bare") + len(bare), False))
        if not m.group("sep") or m.end() == pos:
            break
        pos = m.end()
    return out


def plausible(value: str) -> bool:
    """Whether a quoted AT parameter at a password position is a real password."""
    if _NOT_VALUE.search(value) or (value.isalpha() and value.islower()) or dummy_password(value):
        return False
    return accept(value, Strength.PASSWORD, quoted=True)


def password_params(name: str, args: str, base: int) -> list[tuple[int, int]]:
    """View offsets of the password parameter(s) of the AT command `name` with parameters `args`."""
    key = name.upper()
    params = _params(args, base)
    found: list[tuple[int, int]] = []
    if key in POSITIONS:
        i = POSITIONS[key]
        if key == "CGPCO" and len(params) >= 2 and params[1][3] and "," in params[1][0] and i >= len(params) - 1:
            # Enfora AT%CGPCO=1,"user,password",<cid>: the pair in one string
            value, s, _e, _q = params[1]
            cut = value.index(",") + 1
            rest = value[cut:].lstrip()
            start = s + len(value) - len(rest)
            if plausible(rest):
                found.append((start, start + len(rest)))
            return found
        if i < len(params):
            value, s, e, quoted = params[i]
            if quoted and plausible(value):
                found.append((s, e))
    tags = TAGS.get(key)
    if tags:
        step = _TAG_OFFSET.get(key, 1)
        for j, (value, _s, _e, _q) in enumerate(params):
            if value.lower() in tags and j + step < len(params):
                pv, ps, pe, pq = params[j + step]
                if pq and plausible(pv):
                    found.append((ps, pe))
    return found


class AtCommandDetector(ViewScanDetector):
    """The password parameter of a modem or IoT-module AT command (``secret.cli.at_command``)."""

    name = "secret.cli.at_command"
    prefilter: tuple[str, ...] = (*_PREFILTER, "#passw=")

    def admits(self, view: EscapeView) -> bool:
        return '"' in view.text

    def find(self, view: EscapeView) -> Iterable[Hit]:
        for m in _COMMAND.finditer(view.text):
            name = m.group("name").upper()
            if name not in POSITIONS and name not in TAGS:
                continue
            for s, e in password_params(name, m.group("args"), m.start("args")):
                yield s, e, 0.85
