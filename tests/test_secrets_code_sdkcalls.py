"""Secrets passed positionally to SDK set-up calls and client constructors (secret.code.sdk_call).

The positive matrix crosses SDK names, set-up verbs, languages' call syntaxes and value shapes
(hex keys, random tokens, UUID pairs, GUID keys, chosen passwords); the negative matrix holds the
same calls with data arguments and data calls with key-shaped arguments.
"""

from __future__ import annotations

import itertools
import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.sdkcalls import SdkCallDetector, arguments, call_kind

_RNG = random.Random(20261127)


def _token(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isalpha() for c in v):
            return v


def _hex(n: int) -> str:
    return _token(n, "0123456789abcdef")


def _uuid() -> str:
    h = _hex(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _found(text: str) -> list[str]:
    det = SdkCallDetector(ViewCache())
    return [text[s.start : s.end] for s in det.detect(text)]


_SDKS = ("Chartboost", "Flurry", "Bugfender", "Instabug", "Countly", "Smartlook", "Pushwoosh", "Leanplum", "Tapjoy")
_VERBS = ("StartWithAppId", "startSession", "activateLogger", "start", "initWithApiKey", "setup", "configure", "init")
_CALLS = (
    '{sdk}.{verb}("{id}", "{key}");',  # C#, Java, JS, Dart
    "{sdk}.{verb}('{id}', '{key}')",  # Python, JS
    "{sdk}::{verb}('{id}', '{key}');",  # PHP, C++
    '[{sdk} {verb}:@"{id}" key:@"{key}"];',  # not matched: Objective-C messages are not calls (negative below)
    '{sdk}.{verb}(appId: "{id}", appSignature: "{key}")',  # Swift labels
    '{sdk}.{verb}(\n    "{id}",\n    "{key}"\n)',  # one argument per line
)


@pytest.mark.parametrize(("sdk", "verb", "call"), list(itertools.product(_SDKS, _VERBS, _CALLS[:3] + _CALLS[4:])))
def test_setup_call_of_an_sdk_class_masks_the_generated_key_not_the_short_id(sdk: str, verb: str, call: str) -> None:
    key = _RNG.choice([_hex(40), _hex(32), _token(32), _hex(64)])
    app_id = _hex(24)
    assert _found(call.format(sdk=sdk, verb=verb, id=app_id, key=key)) == [key]


def test_objective_c_messages_are_not_read_as_calls() -> None:
    text = _CALLS[3].format(sdk="Chartboost", verb="startWithAppId", id=_hex(24), key=_hex(40))
    assert _found(text) == []


@pytest.mark.parametrize(
    "template",
    [
        "ks = client.session.start('{key}', 'media-ops', 2, 86400)",  # Kaltura: secret first, then the user
        "$client->session->start('{key}', 'admin', 2, 86400);",  # the same in PHP
        "sdk.initialize('{key}')",
        "api.authenticate('{key}')",
        "conn.login('{key}')",
    ],
)
def test_setup_call_on_a_session_or_client_object(template: str) -> None:
    key = _hex(32)
    assert _found(template.format(key=key)) == [key]


@pytest.mark.parametrize("name", ["Xumm", "Tatum", "Moralis", "Pinata", "Cm", "Sinch", "Vonage", "Telnyx"])
@pytest.mark.parametrize("suffix", ["Sdk", "Client", "Api", "Credentials", "Cloud"])
def test_client_constructor_with_two_uuids_masks_only_the_second(name: str, suffix: str) -> None:
    key, secret = _uuid(), _uuid()
    for text in (f"const sdk = new {name}{suffix}('{key}', '{secret}')", f'c = {name}{suffix}("{key}", "{secret}")'):
        assert _found(text) == [secret]


@pytest.mark.parametrize("name", ["Text", "Sms", "Voice", "Push", "Payment"])
def test_dotnet_client_whose_key_is_a_guid(name: str) -> None:
    key = _uuid().upper()
    for text in (f'var client = new {name}Client(new Guid("{key}"));', f'new {name}Client(Guid.Parse("{key}"))'):
        assert _found(text) == [key]


@pytest.mark.parametrize("name", ["SwedbankPay", "Adyen", "Klarna", "Mollie", "Payex"])
def test_dotnet_registration_with_a_uri_first(name: str) -> None:
    key = _hex(64)
    text = f'services.Add{name}Client(new Uri("https://api.example.com"), "{key}");'
    assert _found(text) == [key]


@pytest.mark.parametrize("ctor", ["DeviceCloud", "new MqttClient", "SftpClient", "RouterApi", "new NasConnector"])
@pytest.mark.parametrize("password", ["BqB5$r32VYyN", "Juniper3480*dz", "t46C&roVmb9H", "aB3xY9qZ2wK7"])
def test_client_constructor_with_user_and_chosen_password(ctor: str, password: str) -> None:
    assert _found(f'drm = {ctor}("okra-xbee", "{password}")') == [password]


@pytest.mark.parametrize(
    "text",
    [
        'Flurry.logEvent("Button_Clicked_Checkout_2")',  # not a set-up verb
        'Chartboost.showInterstitial("Default_Location_Main")',
        'UUID.fromString("0e079bf8-a85b-4b86-8ed1-b342856ed34d")',  # standard library receiver
        'Pattern.compile("[A-Za-z0-9]{32}xYz12AbC")',
        'Base64.init("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0")',
        'new HttpClient("https://api.example.com/v1/Z3k9xQ2mP8rT5wL1")',  # a URL
        'session.start("main_window_layout")',  # an identifier
        'Analytics.init("com.example.shop.android")',  # a dotted name
        'ApiClient("my-service", "prod-eu-1")',  # names, not a password
        'DeviceCloud("okra-xbee", "password")',  # a word
        'DeviceCloud("https://devicecloud.digi.com", "Pump2Main!")',  # first argument is a URL, not a user
        'new Guid("0e079bf8-a85b-4b86-8ed1-b342856ed34d")',  # a GUID alone is an id
        'copy_record("0e079bf8-a85b-4b86-8ed1-b342856ed34d", "70d77d61-a794-408b-ac6a-74848337464e")',
        'assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", digest)',
        'Checksum.verify("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")',
        'client.getObject("9afe1f1137cda1e91ee06da23506b0e9")',  # a getter: an object id
        'FlightClient("grpc+tls://localhost:9643", disable_server_verification=True)',
        "new XummSdk(process.env.XUMM_KEY, process.env.XUMM_SECRET)",  # no literal
        'new XummSdk("00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-000000000000")',  # zeros
    ],
)
def test_near_misses_are_not_reported(text: str) -> None:
    assert _found(text) == []


def test_call_kinds() -> None:
    assert call_kind("StartWithAppId", "Chartboost", new=False) == "setup"
    assert call_kind("start", "session", new=False) == "setup"
    assert call_kind("login", "Ftp", new=False) == "login"
    assert call_kind("TextClient", None, new=True) == "client"
    assert call_kind("AddSwedbankPayClient", "services", new=False) == "client"
    assert call_kind("start", "Thread", new=False) is None  # standard library receiver
    assert call_kind("start", "t", new=False) is None  # an unnamed object: a thread, a timer
    # session 10: an SDK class's singleton factory reads its generated arguments only ("options")
    assert call_kind("getInstance", "Chartboost", new=False) == "options"
    assert call_kind("getInstance", "Calendar", new=False) == "options"  # a generated argument only
    assert call_kind("getInstance", "Cipher", new=False) is None  # standard library receiver
    assert call_kind("__init__", "ManagedState", new=False) is None  # a super call


def test_arguments_skip_nested_calls_brackets_and_literals() -> None:
    text = 'f(new Uri("a,b"), [1, 2], g(3, 4), "k", x: "v")'
    args = arguments(text, 2)
    assert args is not None
    assert [a.value for a in args] == [None, None, None, "k", "v"]
    assert arguments('f("unterminated', 2) is None


def test_registered_with_the_other_secret_detectors() -> None:
    assert "secret.code.sdk_call" in {d.name for d in secret_detectors()}


def test_json_escaped_call_in_a_record() -> None:
    key = _token(32)
    text = '{"newString": "Bugfender.activateLogger(\\"' + key + '\\")"}'
    assert _found(text) == [key]


@pytest.mark.parametrize(
    "host",
    ["corvid-prod.a2dd6.tmprl.cloud:7233", "q8z2kd9x7m3p.eu-west-1.rds.amazonaws.com", "rk8s2mq9zx7v4b1c.local:5432"],
)
def test_host_names_in_connect_calls_are_not_keys(host: str) -> None:
    assert _found(f'client = await Client.connect("{host}", namespace="ns")') == []


def test_call_escaped_twice_in_a_tool_argument() -> None:
    key = _token(32)
    text = '"arguments": "{\\"newString\\": \\"Bugfender.activateLogger(\\\\\\"' + key + '\\\\\\")\\"}"'
    assert _found(text) == [key]
    assert "secret.code.sdk_call" in {
        d.name for d in secret_detectors() if any(p in text.lower() for p in getattr(d, "prefilter", ()))
    }


@pytest.mark.parametrize(
    "template",
    [
        'let client = VendorClient::new("{k}");',  # Rust
        'client = Vendor::Client.new("{k}")',  # Ruby
        "$client = new \\Vendor\\Sdk\\ApiClient('{k}');",  # PHP namespaces
        'client := vendor.NewClient("{k}")',  # Go
        'val api = VendorApi.create("{k}")',  # Kotlin
    ],
)
def test_constructors_of_other_languages(template: str) -> None:
    key = _token(32)
    assert _found(template.format(k=key)) == [key]


def test_factories_of_classes_that_are_not_clients() -> None:
    assert _found('let re = Regex::new("[A-Za-z0-9]{32}xYz12AbCdEf")') == []
    assert _found('v = Version.create("Zk29XmQ7vLp3Rt8Wn4Bc6Hd1")') == []
