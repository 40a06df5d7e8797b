"""Generated keys handed over in sentences (``secret.generic.key_sentence``).

A generated matrix: twenty languages and English, each with sentences that put a longer clause, a second
sentence or a vendor name between the key noun (singular, plural, inflected, compound) and the
value, times vendors, times value shapes (hex of 24-40 digits, base62 and base64url keys); lists
of ``<vendor> <value>`` pairs after such a sentence and ``name: value`` lines below one. Near
misses: the same sentences about fingerprints, hashes and public keys, ids before the value,
UUIDs, words that contain a key noun (``キーボード``, ``ключевой``), and hex after no key noun.
"""

# ruff: noqa: RUF001  # sentences of other languages are the point here

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.git_vocab import commit_named
from redactor.detect.secrets.keysentences import KeySentenceDetector

DETECTORS = secret_detectors()
SENTENCES = KeySentenceDetector(ViewCache())

TEMPLATES = {
    "pl": (
        "Przekazuję klucz do {vendor} dla środowiska testowego, proszę nie commitować: {v}",
        "Klucze z sejfu zespołu dla integracji płatności: {vendor} {v}, pozostałe wkrótce.",
    ),
    "ru": (
        "Ключ {vendor} API для нашего трекера рейдов: {v}. Его надо передавать в заголовке.",
        "Вот ключи от тестовой среды {vendor}, не коммитьте их в репозиторий: {v}",
    ),
    "uk": ("Ось ключ {vendor} для тестового середовища, будь ласка, не комітьте його: {v}",),
    "ro": (
        "Stimată echipă, cheile de test pentru contracte: {vendor} {v}. Vă rog să nu le puneți în Slack.",
        "Cheia {vendor} pentru mediul de producție, vă rog păstrați-o în seif: {v}",
    ),
    "sv": (
        "{vendor}s API-nyckel för biljettvalideringen ligger nu i Key Vault. Den gamla ({v}) är spärrad.",
        "Här är nyckeln till {vendor} för testmiljön, checka inte in den i repot: {v}",
    ),
    "no": ("Her er API-nøkkelen til {vendor} for testmiljøet, ikke sjekk den inn: {v}",),
    "da": ("Her er nøglen til {vendor} til testmiljøet, læg den ikke i git: {v}",),
    "de": (
        "Der {vendor}-Schlüssel für unsere Praxis-Abrechnung, bitte nicht ins Ticket kopieren: {v}",
        "Hier sind die Zugangsschlüssel für {vendor} aus dem Passwortmanager, danke: {v}",
    ),
    "nl": ("Hier is de API-sleutel van {vendor} voor de testomgeving, niet committen aub: {v}",),
    "fr": ("Voici la clé {vendor} pour l'environnement de recette, merci de ne pas la committer : {v}",),
    "es": ("Te paso la clave de {vendor} para el entorno de pruebas, no la subas al repositorio: {v}",),
    "pt": ("Segue a chave do {vendor} para o ambiente de homologação, por favor não commitar: {v}",),
    "it": ("Ecco la chiave di {vendor} per l'ambiente di test, non committarla per favore: {v}",),
    "cs": ("Posílám klíč k {vendor} pro testovací prostředí, prosím necommitovat: {v}",),
    "hu": ("Itt a {vendor} kulcsa a teszt környezethez, kérlek ne commitold: {v}",),
    "tr": ("{vendor} için test ortamının anahtarı burada, lütfen commit etmeyin: {v}",),
    "fi": ("Tässä {vendor}-avain testiympäristöön, älä committaa sitä repoon: {v}",),
    "id": ("Ini kunci {vendor} untuk lingkungan staging, tolong jangan di-commit ke repo: {v}",),
    "ko": ("{vendor} 연동 키입니다. 테스트 끝나면 폐기해 주세요: {v}",),
    "ja": ("{vendor}のAPIキーです。テストが終わったら破棄してください: {v}",),
    "zh": ("这是{vendor}测试环境的密钥，请不要提交到仓库：{v}",),
    "ar": ("هذا مفتاح {vendor} لبيئة الاختبار، من فضلك لا ترفعه إلى المستودع: {v}",),
    "he": ("זה המפתח של {vendor} לסביבת הבדיקות, בבקשה לא להעלות לגיט: {v}",),
    # token, secret-key and credentials nouns of the multilingual vocabulary, same sentences
    "ru-token": ("Вот токен доступа для тестового стенда {vendor}, не коммитьте его в репозиторий: {v}",),
    "de-credentials": ("Hier sind die Zugangsdaten für {vendor}, bitte nicht ins Ticket kopieren: {v}",),
    "fr-token": ("Voici le jeton d'accès {vendor} de l'environnement de recette, merci de ne pas le committer : {v}",),
    "zh-token": ("这是{vendor}测试环境的访问令牌，请不要提交到仓库：{v}",),
    "ko-token": ("{vendor} 토큰 발급 완료. 테스트 후 폐기 부탁드립니다: {v}",),
    "ja-token": ("{vendor}のアクセストークンです。コミットしないでください: {v}",),
    "en": (
        "Handing over the key for {vendor}'s test environment, please don't commit it: {v}",
        "Dear team, the test keys for the contract tools: {vendor} {v}. Please do not paste them in Slack.",
        "The {vendor} API key for ticket validation now lives in Key Vault. The old one ({v}) was revoked.",
    ),
}
VENDORS = ("Kontomatik", "Bungie.net", "Ironclad", "Skånetrafiken", "Claim.MD", "Brightwheel", "Juro")


def _value(shape: str, rng: random.Random) -> str:
    if shape == "hex":
        return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((24, 31, 32, 40))))
    if shape == "base62":
        return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randrange(24, 49)))
    return "".join(rng.choice(string.ascii_letters + string.digits + "_-") for _ in range(rng.randrange(32, 49)))


def _masked(text: str, value: str) -> bool:
    i = text.index(value)
    spans = [(s.start, s.end) for d in DETECTORS for s in d.detect(text)]
    return all(any(s <= k < e for s, e in spans) for k in range(i, i + len(value)))


def _found(text: str, value: str) -> bool:
    return any(text[s.start : s.end] == value for s in SENTENCES.detect(text))


@pytest.mark.parametrize(("lang", "template"), [(lang, t) for lang, ts in TEMPLATES.items() for t in ts])
def test_generated_keys_after_a_key_noun_of_another_language_are_masked(lang: str, template: str) -> None:
    """Every vendor's key in every sentence shape (the key noun may be plural, inflected or end a
    compound; a clause, a second sentence or the vendor's name stands between it and the key):
    at least 20 of 21 (a random base64url string can read as words to `values.generated`)."""
    rng = random.Random(template)
    cases = [(vendor, _value(shape, rng)) for shape in ("hex", "base62", "base64url") for vendor in VENDORS]
    texts = [(template.format(vendor=vendor, v=v), v) for vendor, v in cases]
    found = sum(_found(text, v) and _masked(text, v) for text, v in texts)
    assert found >= len(cases) - 1, (lang, found)


@pytest.mark.parametrize(
    "intro",
    [
        "میں نے بندرگاہ کے ڈیش بورڈ کے لیے موسم کی چابیاں یہاں رکھ دی ہیں، براہ کرم انہیں .env میں منتقل کریں:",
        "Klucze do serwisów pogodowych, przenieś je proszę do sejfu:",
        "Ключи партнёров для стенда, не публикуйте их:",
        "// مفاتيح شركاء البث الموسيقي",
        "# Schlüssel der Partner-APIs (nicht committen)",
    ],
)
@pytest.mark.parametrize("line", ["{name}: {v}", "- {name}: {v}", "  {name}: '{v}',", '  "{name}": "{v}",'])
def test_lists_below_a_key_sentence_are_masked(intro: str, line: str) -> None:
    rng = random.Random(intro + line)
    values = [_value(shape, rng) for shape in ("hex", "base62", "base64url")]
    body = "\n".join(
        line.format(name=n, v=v) for n, v in zip(("weatherapi", "windy forecast", "anghami"), values, strict=True)
    )
    text = f"{intro}\n{body}\n\nfin"
    for v in values:
        assert _found(text, v), v


NEAR_MISSES = [
    # English: keys that are no credential, documentation's sample keys, a key in code
    "Add an SSH key for the deploy user: {b62}",
    "The primary key for this table is {hex}",
    "The cache key for the build is {hex}",
    "Example key for the sandbox: {hex}",
    "For instance, a sample key looks like {b62}",
    "AES test vectors: the key is {hex}",
    'key = "{b62}"',
    "the key: {b62}",
    # a fingerprint, hash or checksum of a key is published to be compared
    "Der Fingerabdruck des Schlüssels lautet: {hex}",
    "Odcisk klucza serwera SSH (SHA256): {hex}",
    "Отпечаток ключа для проверки: {hex}",
    "L'empreinte de la clé publique est : {hex}",
    "Hash klucza w bazie: {hex}",
    # a public key is meant to be seen
    "Öffentlicher Schlüssel des Servers: {b62}",
    "Klucz publiczny do weryfikacji podpisów: {b62}",
    "Открытый ключ сервера: {b62}",
    "공개 키입니다: {b62}",
    # an id or a UUID after the noun names a key, it is not one
    "Klucz ma identyfikator, ID: {hex}",
    "Ключ создан, uuid {uuid}",
    "Przekazuję klucz do Kontomatika, ownerExternalId: szybka-pozyczka-test",
    # words that hold a key noun, and hex after no key noun
    "キーボードの設定ファイル: {b62}",
    "Это ключевой момент релиза {hex}",
    "Wdrożony commit: {hex}",
    "Токен сборки собран из коммита {hex}",
    "Klucz wdrożenia z commita {hex}",
    "Kluczowy commit tego wydania: {hex}",
]


@pytest.mark.parametrize("template", NEAR_MISSES)
def test_fingerprints_public_keys_ids_and_other_words_are_left_alone(template: str) -> None:
    rng = random.Random(template)
    text = template.format(
        hex="".join(rng.choice("0123456789abcdef") for _ in range(40)),
        b62="".join(rng.choice(string.ascii_letters + string.digits) for _ in range(44)),
        uuid="1628ed37-d7a8-47c2-b9f4-20dbd15409d4",
    )
    assert SENTENCES.detect(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deployed commit 3f2a9c1d8e7b", True),
        ("Commit: 3f2a9c1d8e7b", True),
        ("Токен сборки собран из коммита 3f2a9c1d8e7b", True),
        ("Klucz wdrożenia z commita 3f2a9c1d8e7b", True),
        ("提交 3f2a9c1d8e7b", True),
        ("proszę nie commitować: 3f2a9c1d8e7b", False),  # a verb before a colon names no value
        ("merci de ne pas le committer : 3f2a9c1d8e7b", False),
        ("please don't commit it: 3f2a9c1d8e7b", False),
        ("请不要提交到仓库：3f2a9c1d8e7b", False),
        ("Deployed commit Xk2p9c1d8e7b", False),  # not hex
    ],
)
def test_commit_named(text: str, expected: bool) -> None:
    """A hex value that a version-control noun names directly, not one after "don't commit it"."""
    start = len(text) - 12
    assert commit_named(text, start, len(text)) is expected
