"""Credentials in carriers that no key names: AT commands, ingest URL paths, base64 pairs.

Positive matrices cross every catalogue entry with generated values and the ways code carries a
command (plain, a bytes literal, an escaped C/Java string); the near misses hold the same
carriers with placeholders, format directives, variables, manual examples and data.
"""

from __future__ import annotations

import base64
import random
import string
import uuid

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.atcommands import POSITIONS, TAGS, AtCommandDetector, password_params
from redactor.detect.secrets.b64pairs import Base64PairDetector, credential_pair, decode
from redactor.detect.secrets.credargs import CredentialArgumentDetector
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.streamkeys import StreamKeyDetector, stream_key
from redactor.detect.secrets.xmlnames import XmlSchemaNameDetector

_RNG = random.Random(2026_11_27_13)


def _password() -> str:
    """A chosen password: letters of both cases, digits and a symbol, not starting with a symbol."""
    while True:
        v = "".join(_RNG.choice(string.ascii_letters + string.digits + "!#@%*") for _ in range(_RNG.randint(8, 16)))
        if (
            v[0].isalnum()
            and any(c.isdigit() for c in v)
            and any(c.isupper() for c in v)
            and any(c.islower() for c in v)
            and any(c in "!#@%*" for c in v)
        ):
            return v


def _token(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    """A random token with at least 4 digits (and both cases when the alphabet has them)."""
    cased = any(c.isupper() for c in alphabet)
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(n))
        if sum(c.isdigit() for c in v) >= min(4, n // 4) and (
            not cased or (any(c.isupper() for c in v) and any(c.islower() for c in v))
        ):
            return v


def _found(detector: type[AtCommandDetector | StreamKeyDetector | Base64PairDetector], text: str) -> list[str]:
    return [text[s.start : s.end] for s in detector(ViewCache()).detect(text)]


# --- AT commands -----------------------------------------------------------------------------


def _at_command(name: str, pw: str) -> str:
    """A write command of `name` whose password is `pw`, the other parameters filled like manuals do."""
    if name in POSITIONS:
        i = POSITIONS[name]
        params = ["1", '"internet"', '"iotuser"', "1", '"ctx"', "0"][: max(i, 0)]
        params += [f'"{pw}"', "1"]
    else:
        tag = sorted(TAGS[name])[0]
        tag_param = tag if tag.isdigit() else f'"{tag.upper()}"'
        params = ["0", tag_param] + (['"iotuser"'] if name in ("QFTPCFG", "UMQTT") else []) + [f'"{pw}"']
    prefix = {"SGACT": "#", "PASSW": "#", "QCPDPP": "$", "SICS": "^", "SISS": "^"}.get(name, "+")
    return f"AT{prefix}{name}=" + ",".join(params)


_CARRIERS = (
    "{cmd}",
    "modem.write(b'{cmd}\\r\\n')",
    'sendATCommand("{esc}\\r\\n", 2000);',
    "> {cmd}\nOK",
)


@pytest.mark.parametrize("name", sorted((set(POSITIONS) - {"CGPCO"}) | set(TAGS)))
@pytest.mark.parametrize("carrier", _CARRIERS)
def test_every_catalogued_command_masks_its_password_in_every_carrier(name: str, carrier: str) -> None:
    pw = _password()
    cmd = _at_command(name, pw)
    text = carrier.format(cmd=cmd, esc=cmd.replace('"', '\\"'))
    assert _found(AtCommandDetector, text) == [pw], text


def test_enfora_pair_in_one_string_masks_only_the_password() -> None:
    pw = _password()
    assert _found(AtCommandDetector, f'AT%CGPCO=1,"webuser,{pw}",1') == [pw]


@pytest.mark.parametrize(
    "text",
    [
        'AT+CGAUTH=1,1,"user","password"',  # manual examples
        'AT+CWJAP="ssid","pwd"',
        'AT+MQTTUSERCFG=0,1,"client","username","password",0,0,""',
        'AT+QICSGP=1,1,"internet","","",1',  # no authentication
        'AT+CWJAP="%s","%s"',  # format directives
        'AT+QICSGP=1,1,"%s","%s","%s",1',
        'AT+CGAUTH=1,1,"{user}","{pwd}"',
        "AT+QICSGP=<contextID>,<context_type>,<APN>,<username>,<password>",
        'AT+CWJAP="HomeNet","mypassword"',  # one lower-case word
        'AT+CSTT="CMNET","user","pass123"',  # a password word with digits
        'AT+CGDCONT=1,"IP","Kp9xMw2qTz"',  # an APN, not a password position
        'AT+SAPBR=3,1,"APN","Kp9xMw2qTz"',  # another tag
        'AT+UPSD=0,1,"Kp9xMw2qTz"',  # u-blox tag 1 is the APN
        'AT+COPS=1,2,"Kp9xMw2qTz"',  # not in the catalogue
        'x = a + cwjap("net", "Kp9xMw2qTz")',  # not an AT write command
    ],
)
def test_near_misses_stay(text: str) -> None:
    assert _found(AtCommandDetector, text) == []


def test_user_apn_and_ssid_positions_are_never_returned() -> None:
    for name, i in POSITIONS.items():
        if name == "CGPCO":
            continue
        values = [f'"{_token(10)}"' for _ in range(max(i + 3, 6))]
        args = ",".join(values)
        hits = password_params(name, args, 0)
        assert [args[s:e] for s, e in hits] == [values[i].strip('"')], name


def test_registered_with_the_secret_detectors() -> None:
    names = {getattr(d, "name", "") for d in secret_detectors()}
    assert {"secret.cli.at_command", "secret.url.stream_key", "secret.encoded.pair"} <= names


# --- stream keys ---------------------------------------------------------------------------------


def _youtube() -> str:
    alphabet = string.ascii_lowercase + string.digits
    while True:
        v = "-".join("".join(_RNG.choice(alphabet) for _ in range(4)) for _ in range(5))
        if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
            return v


_KEYS = (
    ("rtmp://a.rtmp.youtube.com/live2/", _youtube),
    ("rtmp://b.rtmp.youtube.com/live2?backup=1/", _youtube),
    ("rtmp://live.twitch.tv/app/", lambda: f"live_{_RNG.randint(10**8, 10**9)}_{_token(30)}"),
    ("rtmps://live-api-s.facebook.com:443/rtmp/", lambda: f"FB-{_RNG.randint(10**15, 10**16)}-0-{_token(40)}"),
    ("rtmp://live.restream.io/live/", lambda: f"re_{_RNG.randint(10**6, 10**7)}_{_token(32, '0123456789abcdef')}"),
    ("rtmp://ingest.example.net:1935/live/", lambda: _token(24)),
    ("srt://ingest.example.org:9000/app/", lambda: _token(32)),
)


@pytest.mark.parametrize(("base", "make"), _KEYS)
@pytest.mark.parametrize(
    "line",
    [
        "ffmpeg -re -i in.mp4 -c copy -f flv {url}",
        'STREAM_URL = "{url}"',
        "Server/key: {url}.",
        "output: {{ url: '{url}' }}",
    ],
)
def test_stream_keys_in_ingest_paths(base: str, make: object, line: str) -> None:
    key = make()  # type: ignore[operator]
    text = line.format(url=base + key)
    assert _found(StreamKeyDetector, text) == [key], text


@pytest.mark.parametrize(
    "url",
    [
        "rtmp://localhost/live/stream",
        "rtmp://server:1935/live/camera01",
        "rtmp://a.rtmp.youtube.com/live2/xxxx-xxxx-xxxx-xxxx-xxxx",
        "rtmp://a.rtmp.youtube.com/live2/$YOUTUBE_STREAM_KEY",
        "rtmp://live.twitch.tv/app/{stream_key}",
        "rtmp://live.twitch.tv/app/<stream-key>",
        "rtmp://live.twitch.tv/app/YOUR_STREAM_KEY",
        "rtsp://192.168.1.64:554/Streaming/Channels/101",
        "rtmp://media.example.com/vod/mp4:sample_video_720p.mp4",
        "rtmp://host/app",  # no key segment
    ],
)
def test_stream_names_and_placeholders_stay(url: str) -> None:
    assert _found(StreamKeyDetector, f"ffmpeg -i in.mkv -f flv {url}") == []


def test_documented_shapes_need_letters_and_digits() -> None:
    assert stream_key(_youtube())
    assert not stream_key("abcd-efgh-ijkl-mnop-qrst")  # words in the YouTube shape: no digit


# --- base64 pairs --------------------------------------------------------------------------------


def _b64(s: str, urlsafe: bool = False) -> str:
    raw = s.encode()
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


def _pair() -> str:
    kind = _RNG.randrange(4)
    u = str(uuid.UUID(int=_RNG.getrandbits(128)))
    name = _RNG.choice(["acme-prod", "ingest", "reporting", "svc.backup", "ops"])
    if kind == 0:
        return f"{u}:{name}"
    if kind == 1:
        return f"{name}:{u}"
    if kind == 2:
        return f"{name}:{_token(_RNG.randint(16, 40))}"
    return f"{_RNG.choice(['deploy', 'jsmith', 'ci@buildfarm.acme.io'])}:{_password()}"


@pytest.mark.parametrize("i", range(40))
@pytest.mark.parametrize(
    "line",
    [
        "echo {b} | base64 -d",
        'curl -H "X-Vendor-Auth: {b}" https://api.example.com/v1/items',
        "The header value is {b} (see the portal).",
        '{{"auth": "{b}"}}',
    ],
)
def test_base64_credential_pairs(i: int, line: str) -> None:
    b = _b64(_pair(), urlsafe=i % 5 == 0)
    assert _found(Base64PairDetector, line.format(b=b)) == [b]


@pytest.mark.parametrize(
    "plain",
    [
        "user:password",
        "admin:admin",
        "name:value",
        "localhost:8080",
        "username:changeme",
        "key:value",
        "hello world: this is a test",
        '{"a":1,"b":2}',
        "https://example.com:443/path",
        "Aladdin:open sesame",  # RFC 7617's example has a space
        "x:y",
        "jsmith:password123",
        "ci@example.org:Lje5iXHg2E%kE",  # documentation domains are examples
    ],
)
def test_base64_of_data_and_examples_stays(plain: str) -> None:
    assert _found(Base64PairDetector, f"data = {_b64(plain)}") == []


def test_jwt_parts_and_json_stay() -> None:
    header = _b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")
    payload = _b64('{"sub":"' + _token(20) + '"}').rstrip("=")
    assert _found(Base64PairDetector, f"token = {header}.{payload}.{_token(43)}") == []
    blob = _b64('{"k":"' + _token(20) + '"}')
    assert _found(Base64PairDetector, f"blob: {blob}") == []


def test_decode_rejects_binary_and_identifiers() -> None:
    assert decode(base64.b64encode(bytes(range(0, 30))).decode()) is None
    assert decode("AbstractSingletonProxyFactoryBean") is None
    assert decode(_b64("abc:Zq8mW3xKp2Lr")) == "abc:Zq8mW3xKp2Lr"
    assert credential_pair("abc:Zq8mW3xKp2LrTw")
    assert not credential_pair("abc:def")


# --- positional passwords of IoT, cache, database and SSH client APIs (credargs.SIGNATURES) ---------

_POSITIONAL = (
    "r = redis.StrictRedis('cache', 6379, 0, '{pw}')",
    'r = redis.Redis("cache", 6379, 0, "{pw}")',
    "conn = cx_Oracle.connect('scott', '{pw}', 'db:1521/ORCL')",
    "conn = oracledb.connect('scott', '{pw}', 'db/orclpdb')",
    "conn = pymssql.connect('sql01', 'app', '{pw}', 'orders')",
    'ssh.connect("10.0.0.5", 22, "root", "{pw}")',
    'mqttc.username_pw_set("dev", "{pw}")',
    'WiFi.begin("HomeNet", "{pw}");',
    'WiFi.softAP("ESP-AP", "{pw}", 6);',
    'wifiMulti.addAP("HomeNet", "{pw}");',
    "sta_if.connect('HomeNet', '{pw}')",
    'Blynk.begin(auth, "HomeNet", "{pw}");',
    'session.setPassword("{pw}");',
    'auth = new NtlmPasswordAuthentication("ACME", "alice", "{pw}");',
    "host = ftputil.FTPHost('ftp.acme.io', 'ci', '{pw}')",
    "smbclient.register_session('fs01', username='x', password=None); smbclient.register_session('fs01', 'ci', '{pw}')",
    'd := gomail.NewDialer("smtp.acme.io", 587, "ops", "{pw}")',
)


@pytest.mark.parametrize("line", _POSITIONAL)
def test_positional_password_arguments(line: str) -> None:
    pw = _password()
    text = line.format(pw=pw)
    assert [text[s.start : s.end] for s in CredentialArgumentDetector(ViewCache()).detect(text)] == [pw], text


@pytest.mark.parametrize(
    "text",
    [
        "WiFi.begin(ssid, password);",
        "WiFi.begin(SECRET_SSID, SECRET_PASS);",
        'WiFi.begin("HomeNet", "YOUR_PASSWORD");',
        'WiFi.begin("HomeNet", "mypassword");',
        'ssh.connect("10.0.0.5", 22, "root", password)',
        "r = redis.Redis('cache', 6379, 0)",
        'server.begin(80, "index", "Kq7!mZ2xPw")',  # not WiFi
        'mqttc.username_pw_set("dev", os.environ["MQTT_PASS"])',
        "conn = cx_Oracle.connect(user, pw, dsn)",
        "conn = sqlite3.connect('a.db', 5.0, 0, 'Kq7!mZ2xPw')",  # not a registered receiver
    ],
)
def test_positional_near_misses_stay(text: str) -> None:
    assert CredentialArgumentDetector(ViewCache()).detect(text) == []


# --- schema-defined XML names (xmlnames.NAMES) ----------------------------------------------------

_SCHEMA_LINES = (
    "<sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>{pw}</keyMaterial></sharedKey>",
    '<credential-reference clear-text="{pw}"/>',
    "<credential-reference clear-text='{pw}' />",
    '<add key="ClearTextPassword" value="{pw}" />',
    "<AdministratorPassword>\n  <Value>{pw}</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>",
    "<Credentials><Username>svc</Username><Password><Value>{pw}</Value></Password></Credentials>",
    "<AutoLogon><Password><Value>{pw}</Value></Password><Enabled>true</Enabled></AutoLogon>",
)


@pytest.mark.parametrize("line", _SCHEMA_LINES)
def test_schema_named_credentials(line: str) -> None:
    pw = _password()
    text = line.format(pw=pw)
    assert [text[s.start : s.end] for s in XmlSchemaNameDetector(ViewCache()).detect(text)] == [pw], text


def test_machine_keys_are_masked_only_when_generated() -> None:
    v, d = _token(64, "0123456789abcdef").upper(), _token(48, "0123456789abcdef").upper()
    text = f'<machineKey validationKey="{v}" decryptionKey="{d}" validation="SHA1" />'
    assert [text[s.start : s.end] for s in XmlSchemaNameDetector(ViewCache()).detect(text)] == [v, d]
    default = '<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" />'
    assert XmlSchemaNameDetector(ViewCache()).detect(default) == []


@pytest.mark.parametrize(
    "text",
    [
        "<keyMaterial>$(WifiKey)</keyMaterial>",
        "<keyMaterial>${wifi.psk}</keyMaterial>",
        '<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />',
        '<credential-reference store="cs" alias="db-pw"/>',
        "<Password><Value>password</Value></Password>",
        "<Name><Value>Kq7mZ2xPw9</Value></Name>",  # a parent that names no secret
        "<DisplayName><Value>Kq7mZ2xPw9</Value></DisplayName>",
    ],
)
def test_schema_name_near_misses_stay(text: str) -> None:
    assert XmlSchemaNameDetector(ViewCache()).detect(text) == []
