"""Values named by a credential noun that follows them, and secrets named by their carrier.

`secret.generic.reversed_cue` (`reversecues.py`): "<value> is the password for X" and its
reversed orders in many languages (RTL and unspaced scripts included), with generated values
of three shapes; near misses: the same sentences with placeholders, UUIDs, commit hashes and
words, and a value joined to the noun by a conjunction or relative pronoun.
`secret.code.secure_carrier` (`securecarriers.py`): Terraform and CLI secret-store values, UUIDs
handed to SDK client constructors, Ruby clients without parentheses, XML password elements, CDN
script path keys; near misses: references, String parameters, id classes, content hashes.
"""

# ruff: noqa: RUF001  # words of other scripts are the point here

from __future__ import annotations

import random
import string
import uuid

import pytest

from redactor.detect.engine import prefilter_view
from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.reversecues import ReversedCueDetector
from redactor.detect.secrets.securecarriers import SecureCarrierDetector
from redactor.detect.secrets.values import generated

_RNG = random.Random(2026_11_27_15)


def _token(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    """A random token with at least 4 digits and both cases (when the alphabet has them) that
    `values.generated` accepts (it refuses about a third of random tokens: documented in
    docs/secrets.md, "Known gaps")."""
    cased = any(c.isupper() for c in alphabet)
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(n))
        if (
            sum(c.isdigit() for c in v) >= 4
            and (not cased or (any(c.isupper() for c in v) and any(c.islower() for c in v)))
            and generated(v)
        ):
            return v


def _hex(n: int = 32) -> str:
    return _token(n, "0123456789abcdef")


def _password() -> str:
    """A chosen password: both cases, digits and a symbol, starting with a letter."""
    while True:
        v = _RNG.choice(string.ascii_letters) + "".join(
            _RNG.choice(string.ascii_letters + string.digits + "!#@%*") for _ in range(_RNG.randint(9, 14))
        )
        if (
            any(c.isdigit() for c in v)
            and any(c.isupper() for c in v)
            and any(c.islower() for c in v)
            and any(c in "!#@%*" for c in v)
        ):
            return v


def _found(detector: type[ReversedCueDetector | SecureCarrierDetector], text: str) -> list[str]:
    return [text[s.start : s.end] for s in detector(ViewCache()).detect(text)]


# --- reversed order -----------------------------------------------------------------------------

PASSWORD_SENTENCES = (
    "{v} is the password for the staging box.",
    "{v} ist das Passwort für den Testserver.",
    "{v} es la contraseña del servidor de pruebas.",
    "{v} est le mot de passe du serveur de test.",
    "{v} è la password del server di prova.",
    "{v} é a senha do servidor de testes.",
    "{v} is het wachtwoord voor de testserver.",
    "{v} to hasło do serwera testowego.",
    "{v} — это пароль от тестового сервера.",
    "{v} هي كلمة المرور لخادم الاختبار.",
    "{v} رمز عبور سرور آزمایشی است.",
    "{v} היא הסיסמה לשרת הבדיקות.",
    "{v} टेस्ट सर्वर का पासवर्ड है",
    "{v} ni nenosiri la seva ya majaribio.",
    "{v} adalah kata sandi server uji.",
    "{v} là mật khẩu của máy chủ thử nghiệm.",
    "{v} 是测试服务器的密码。",
    "{v} はテストサーバーのパスワードです。",
    "{v} είναι ο κωδικός πρόσβασης του διακομιστή.",
    "{v} este parola serverului de test.",
    "{v} je heslo k testovacímu serveru.",
    "{v} on testipalvelimen salasana.",
)
KEY_SENTENCES = (
    "{v} is the API key for Acme, keep it out of git.",
    "`{v}` is the client secret of the billing app.",
    "{v} ist der API-Schlüssel für Acme.",
    "{v} es la clave API de Acme.",
    "{v} — это ключ API для Acme.",
    "{v} هو مفتاح API الخاص بـ Acme",
    "{v} کلید API سرویس Acme است",
    "{v} הוא מפתח ה-API של Acme",
    "{v} ni ufunguo wa API wa Acme.",
    "{v} 是 Acme 的 API 密钥",
    "{v} は Acme の API キーです",
    "{v} is the bot token of the deploy bot.",
)


@pytest.mark.parametrize("template", PASSWORD_SENTENCES)
def test_reversed_password_sentences(template: str) -> None:
    for value in (_password(), _token(24)):
        text = template.format(v=value)
        assert _found(ReversedCueDetector, text) == [value], text


@pytest.mark.parametrize("template", KEY_SENTENCES)
def test_reversed_key_sentences(template: str) -> None:
    for value in (_token(32), _hex(40), _token(20, string.ascii_lowercase + string.digits)):
        text = "Hi team. " + template.format(v=value)
        assert _found(ReversedCueDetector, text) == [value], text


@pytest.mark.parametrize("template", PASSWORD_SENTENCES + KEY_SENTENCES)
@pytest.mark.parametrize(
    "value",
    [
        "<your-password>",
        "YOUR_API_KEY_HERE",
        "xxxxxxxxxxxxxxxxxxxxxxxx",
        "changeme",
        "hunter",
        "config.auth.token",
        "docs/auth/keys.md",
        "v1.22.3-beta.4",
        "3f9a1c2e-7b4d-4e8a-9c1f-2d6b8e0a4f17",
    ],
)
def test_reversed_placeholders_stay(template: str, value: str) -> None:
    assert _found(ReversedCueDetector, template.format(v=value)) == []


@pytest.mark.parametrize(
    "text",
    [
        "{h} is the commit that rotated the API key.",
        "sha256 {h} is the checksum of the token file.",
        "Commit {h} is where the password moved to the vault.",
        "Run git log and see {h} which rotated the secret keys.",
        "client_id {t} and the client secret are in the vault.",
        "The id {t} belongs to the service whose token expired.",
        "Example: {t} is the API key format.",
        "معرف العميل {t}، وسر التطبيق في الخزنة.",
        "{u} is the tenant id, not the secret.",
        "build {t} used the old token",
    ],
)
def test_reversed_near_misses(text: str) -> None:
    filled = text.format(h=_hex(40), t=_token(24), u=uuid.UUID(int=_RNG.getrandbits(128)))
    assert _found(ReversedCueDetector, filled) == [], filled


# --- carriers ---------------------------------------------------------------------------------

_STORES = (
    ('resource "aws_ssm_parameter" "p" {{\n  name  = "/prod/app/db"\n  type  = "SecureString"\n  value = "{v}"\n}}'),
    (
        'resource "aws_secretsmanager_secret_version" "s" {{\n  secret_id     = aws_secretsmanager_secret.s.id\n'
        '  secret_string = "{v}"\n}}'
    ),
    (
        'resource "azurerm_key_vault_secret" "k" {{\n  name         = "db-pass"\n  value        = "{v}"\n'
        "  key_vault_id = azurerm_key_vault.kv.id\n}}"
    ),
    'resource "google_secret_manager_secret_version" "v" {{\n  secret      = google_secret_manager_secret.s.id\n'
    '  secret_data = "{v}"\n}}',
    'resource "github_actions_secret" "g" {{\n  repository      = "api"\n  secret_name     = "DEPLOY"\n'
    '  plaintext_value = "{v}"\n}}',
    "aws ssm put-parameter --name /prod/app/db --type SecureString --value '{v}' --overwrite",
    'aws secretsmanager create-secret --name prod/app --secret-string "{v}"',
    "az keyvault secret set --vault-name kv1 --name db --value {v}",
    'gh secret set DEPLOY_TOKEN --body "{v}"',
)


@pytest.mark.parametrize("carrier", _STORES)
def test_secret_store_values(carrier: str) -> None:
    for value in (_password(), _token(32), _hex(40)):
        text = carrier.format(v=value)
        assert value in _found(SecureCarrierDetector, text), text


@pytest.mark.parametrize("carrier", _STORES)
@pytest.mark.parametrize("value", ["${var.db_password}", "<password>", "$DB_PASSWORD", "changeme", "abc"])
def test_secret_store_references_stay(carrier: str, value: str) -> None:
    assert _found(SecureCarrierDetector, carrier.format(v=value)) == []


def test_string_parameters_stay() -> None:
    tf = 'resource "aws_ssm_parameter" "p" {{\n  name  = "/prod/region"\n  type  = "String"\n  value = "{v}"\n}}'
    cli = "aws ssm put-parameter --name /prod/region --type String --value {v}"
    for value in (_token(24), "eu-west-1-prod"):
        assert _found(SecureCarrierDetector, tf.format(v=value)) == []
        assert _found(SecureCarrierDetector, cli.format(v=value)) == []
    ref = 'resource "aws_ssm_parameter" "p" {\n  type  = "SecureString"\n  value = random_password.db.result\n}'
    assert _found(SecureCarrierDetector, ref) == []


@pytest.mark.parametrize(
    "call",
    [
        'var client = new AcmeClient("{v}");',
        "api = AcmeApi('{v}')",
        'sdk := acme.NewSDK("{v}")',
        'client = Acme::Client.new("{v}")',
        '$svc = new \\Acme\\MailService("{v}");',
        "gw = PaymentGateway('{v}')",
    ],
)
def test_uuid_constructor_arguments(call: str) -> None:
    value = str(uuid.UUID(int=_RNG.getrandbits(128)))
    assert _found(SecureCarrierDetector, call.format(v=value)) == [value]


@pytest.mark.parametrize(
    "call",
    [
        'var id = new Guid("{v}");',
        'x = UUID("{v}")',
        'c = new TenantClient("{v}")',
        'c = WorkspaceApi("{v}")',
        'c = new AccountService("{v}")',
        '// request id\nc = AcmeClient("{v}")',
        'sdk = new XummSdk("{v}", "{v}")',
    ],
)
def test_id_constructors_stay(call: str) -> None:
    value = str(uuid.UUID(int=_RNG.getrandbits(128)))
    assert _found(SecureCarrierDetector, call.format(v=value)) == []


def test_ruby_client_without_parentheses() -> None:
    value = _token(32)
    assert _found(SecureCarrierDetector, f'mailer = Mailgun::Client.new "{value}"') == [value]
    assert _found(SecureCarrierDetector, 'mailer = Mailgun::Client.new "api.mailgun.net"') == []
    assert _found(SecureCarrierDetector, 'mailer = Mailgun::Client.new "YOUR_API_KEY_HERE"') == []


@pytest.mark.parametrize("tag", ["ServicePassword", "db:password", "AdminPassword", "Passwd"])
def test_xml_password_elements(tag: str) -> None:
    for value in ("Quiet_Harbor7", "Tr0ub4dor-x", _password()):
        text = f"<Config>\n  <{tag}>{value}</{tag}>\n</Config>"
        assert _found(SecureCarrierDetector, text) == [value], text
    for value in ("password1", "${DB_PASS}", "********", "changeme", "ServiceAccount"):
        assert _found(SecureCarrierDetector, f"<{tag}>{value}</{tag}>") == []
    assert _found(SecureCarrierDetector, "<PasswordPolicy>Strong_Rule7</PasswordPolicy>") == []


@pytest.mark.parametrize(
    "url",
    [
        "https://cdn.tiny.cloud/1/{v}/tinymce/6/tinymce.min.js",
        "https://widget.acme.io/{v}/loader.js",
        "https://acme-cdn.net/embed/{v}/chat.js",
        "https://app.acme.com/widget/{v}",
    ],
)
def test_cdn_path_keys(url: str) -> None:
    for value in (_token(32), _token(50, string.ascii_lowercase + string.digits)):
        text = f'<script src="{url.format(v=value)}"></script>'
        assert _found(SecureCarrierDetector, text) == [value], text


@pytest.mark.parametrize(
    "url",
    [
        "https://cdn.jsdelivr.net/npm/bootstrap@5.3.0/dist/js/bootstrap.bundle.min.js",
        "https://cdn.example.com/assets/{h}/app.js",
        "https://static.acme.com/images/ProductHeroBannerLarge2x/hero.png",
        "https://docs.google.com/document/d/{t}/edit",
        "https://cdn.acme.io/fonts/InterVariableFontLatin.woff2",
    ],
)
def test_cdn_near_misses(url: str) -> None:
    text = url.format(h=_hex(40), t=_token(44))
    assert _found(SecureCarrierDetector, text) == []


def test_registered_and_reported_through_the_registry() -> None:
    names = {d.name for d in secret_detectors()}
    assert {"secret.generic.reversed_cue", "secret.code.secure_carrier"} <= names
    value = _token(28)
    text = f"{value} هو مفتاح API الخاص بـ Acme"
    spans = [s for d in secret_detectors() for s in d.detect(text) if s.detector == "secret.generic.reversed_cue"]
    assert [text[s.start : s.end] for s in spans] == [value]


def test_a_cdn_path_key_inside_json_escaped_text_passes_the_prefilter() -> None:
    """A tool argument writes ``https:\\/\\/``: the engine's prefilter looks for the detector's
    literals in the raw lower-cased text, so a literal holding ``/`` (the first ``://``) skipped
    every escaped URL; the key is found and a literal of the detector is in the raw text."""
    value = _token(32)
    text = '{"src": "https:\\/\\/cdn.tiny.cloud\\/1\\/' + value + '\\/tinymce\\/6\\/tinymce.min.js"}'
    assert any(lit in prefilter_view(text) for lit in SecureCarrierDetector.prefilter)
    assert _found(SecureCarrierDetector, text) == [value], text
