"""A synthetic, carrier-independent PERSON matrix: Faker's names of ~50 locales written into JSON
fields, CSV rows, e-mail headers and signatures, chat lines, @mentions, greetings in the locale's
language and in English, ticket lines, Markdown tables and YAML; and a list of texts without a
person (code identifiers, products, places, plain sentences of several languages).

Names are drawn from Faker at run time with a fixed seed per locale (`cases(seed)`); the carrier
sentences are written for this matrix, not copied from any evaluation corpus. Caveat: the
detectors' lexicon (`redactor.detect.pii.names_data`) is itself built from Faker's name lists, so
recall measured here with it is circular (an upper bound); the honest signal is the evaluation
sets and the false-positive lists.
"""

from __future__ import annotations

# ruff: noqa: RUF001  # names and sentences of other scripts are what this matrix is about
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from faker import Faker

# locale -> language of its greeting (`GREETINGS`)
LOCALES: dict[str, str] = {
    "en_US": "en", "en_GB": "en", "en_IE": "en", "en_NZ": "en", "en_IN": "en", "en_PK": "en", "en_KE": "en",
    "en_NG": "en", "yo_NG": "en", "ig_NG": "en", "ha_NG": "en", "tw_GH": "en", "zu_ZA": "en", "sw": "sw",
    "de_DE": "de", "de_AT": "de", "de_CH": "de", "fr_FR": "fr", "fr_BE": "fr", "fr_CA": "fr", "nl_NL": "nl",
    "es_ES": "es", "es_MX": "es", "es_AR": "es", "es_CO": "es", "pt_BR": "pt", "pt_PT": "pt", "it_IT": "it",
    "pl_PL": "pl", "cs_CZ": "cs", "sk_SK": "cs", "hu_HU": "hu", "ro_RO": "ro", "hr_HR": "hr", "sl_SI": "hr",
    "sv_SE": "sv", "no_NO": "no", "da_DK": "no", "fi_FI": "fi", "et_EE": "fi", "lv_LV": "en", "lt_LT": "en",
    "is_IS": "en", "ga_IE": "en", "tr_TR": "tr", "az_AZ": "tr", "uz_UZ": "tr", "el_GR": "el", "ru_RU": "ru",
    "uk_UA": "uk", "bg_BG": "ru", "ka_GE": "ka", "hy_AM": "hy", "he_IL": "he", "ar_SA": "ar", "ar_AA": "ar",
    "fa_IR": "fa", "hi_IN": "hi", "ne_NP": "hi", "bn_BD": "bn", "ta_IN": "ta", "th_TH": "th", "vi_VN": "vi",
    "id_ID": "id", "zh_CN": "zh", "zh_TW": "zh", "ja_JP": "ja", "ko_KR": "ko",
}  # fmt: skip

# language -> a greeting or request naming a person; {n} is the name
GREETINGS: dict[str, str] = {
    "en": "Hi {n}, thanks for the update on the migration.",
    "de": "Hallo {n}, danke für die schnelle Rückmeldung zum Vertrag.",
    "fr": "Bonjour {n}, merci pour votre retour sur le devis.",
    "nl": "Hallo {n}, bedankt voor je reactie op de offerte.",
    "es": "Hola {n}, gracias por la respuesta sobre el contrato.",
    "pt": "Olá {n}, obrigado pelo retorno sobre o contrato.",
    "it": "Ciao {n}, grazie per la risposta sul contratto.",
    "pl": "Dzień dobry {n}, dziękuję za odpowiedź w sprawie umowy.",
    "cs": "Dobrý den {n}, děkuji za odpověď ohledně smlouvy.",
    "hu": "Kedves {n}, köszönöm a gyors választ a szerződéssel kapcsolatban.",
    "ro": "Bună ziua {n}, mulțumesc pentru răspunsul despre contract.",
    "hr": "Pozdrav {n}, hvala na odgovoru o ugovoru.",
    "sv": "Hej {n}, tack för svaret om avtalet.",
    "no": "Hei {n}, takk for svaret om avtalen.",
    "fi": "Hei {n}, kiitos vastauksesta sopimukseen liittyen.",
    "tr": "Merhaba {n}, sözleşme hakkındaki cevabınız için teşekkürler.",
    "el": "Καλημέρα {n}, ευχαριστώ για την απάντηση για το συμβόλαιο.",
    "ru": "Здравствуйте, {n}, спасибо за ответ по договору.",
    "uk": "Добрий день, {n}, дякую за відповідь щодо договору.",
    "ka": "გამარჯობა {n}, გმადლობთ ხელშეკრულების შესახებ პასუხისთვის.",
    "hy": "Բարև {n}, շնորհակալություն պայմանագրի վերաբերյալ պատասխանի համար։",
    "he": "שלום {n}, תודה על התשובה לגבי החוזה.",
    "ar": "مرحبا {n}، شكرا على الرد بخصوص العقد.",
    "fa": "سلام {n}، ممنون از پاسخ درباره قرارداد.",
    "hi": "नमस्ते {n}, अनुबंध के बारे में जवाब के लिए धन्यवाद।",
    "bn": "নমস্কার {n}, চুক্তি সম্পর্কে উত্তরের জন্য ধন্যবাদ।",
    "ta": "வணக்கம் {n}, ஒப்பந்தம் பற்றிய பதிலுக்கு நன்றி.",
    "th": "สวัสดีครับ คุณ{n} ขอบคุณสำหรับคำตอบเรื่องสัญญา",
    "vi": "Chào {n}, cảm ơn anh đã trả lời về hợp đồng.",
    "id": "Halo {n}, terima kasih atas jawaban soal kontrak.",
    "sw": "Habari {n}, asante kwa jibu kuhusu mkataba.",
    "zh": "{n}您好，谢谢您关于合同的回复。",
    "ja": "{n}様、契約についてのご返信ありがとうございます。",
    "ko": "{n}님, 계약 관련 답변 감사합니다.",
}

_FAMILY_FIRST = frozenset({"hu_HU", "vi_VN", "zh_CN", "zh_TW", "ja_JP", "ko_KR"})
_NO_SPACE = frozenset({"zh_CN", "zh_TW", "ko_KR"})


@dataclass(frozen=True)
class Case:
    """One name (``text[start:end]``) in one carrier."""

    locale: str
    carrier: str
    text: str
    start: int
    end: int


def _at(template: str, name: str) -> tuple[str, int, int]:
    """`template` with ``{n}`` replaced by `name`, and where the name is."""
    start = template.index("{n}")
    return template.replace("{n}", name, 1), start, start + len(name)


def _handle(name: str) -> str:
    """An ASCII mailbox for a name (``Élodie Marchand`` -> ``elodie.marchand``), ``user`` if none."""
    ascii_only = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    parts = [p for p in "".join(c if c.isalnum() else " " for c in ascii_only).split() if p]
    return ".".join(parts) or "user"


# carrier -> builder(full name, given name, language) -> (text, start, end)
Builder = Callable[[str, str, str], tuple[str, int, int]]
CARRIERS: dict[str, Builder] = {
    "json_assignee": lambda n, g, lang: _at('{"id": 4127, "assignee": "{n}", "state": "open", "labels": ["bug"]}', n),
    "json_full_name": lambda n, g, lang: _at('{"full_name": "{n}", "role": "admin", "active": true}', n),
    "csv_header": lambda n, g, lang: _at("id,name,team,joined\n17,{n},platform,2024-03-01\n", n),
    "csv_no_header": lambda n, g, lang: _at("17,{n},platform,2024-03-01,active\n", n),
    "email_from": lambda n, g, lang: _at(
        "From: {n} <" + _handle(n) + ">\nSubject: quarterly numbers\n\nPlease see the attached sheet.", n
    ),
    "signature": lambda n, g, lang: _at(
        "The build is green again after the fix.\n\nBest regards,\n{n}\nPlatform team", n
    ),
    "chat_line": lambda n, g, lang: _at("{n}: the deploy finished, can you check the logs?", n),
    "mention": lambda n, g, lang: _at("thanks @{n} for the review, merging now", g),
    "greeting_native": lambda n, g, lang: _at(GREETINGS[lang], n),
    "greeting_en_given": lambda n, g, lang: _at(GREETINGS["en"], g),
    "assigned_to": lambda n, g, lang: _at("This ticket is assigned to {n} until Friday.", n),
    "markdown_table": lambda n, g, lang: _at(
        "| owner | task | due |\n|---|---|---|\n| {n} | migrate the database | 2024-05-01 |", n
    ),
    "yaml": lambda n, g, lang: _at("maintainers:\n  - name: {n}\n    team: infra\n", n),
}  # fmt: skip


def _names(fake: Faker, locale: str, i: int) -> tuple[str, str]:
    """A full name in the locale's order and its given name."""
    given = fake.first_name_female() if i % 2 else fake.first_name_male()
    family = fake.last_name()
    if locale in _FAMILY_FIRST:
        sep = "" if locale in _NO_SPACE else " "
        return family + sep + given, given
    return given + " " + family, given


def cases(seed: int = 20261126, per_carrier: int = 2) -> Iterator[Case]:
    """`per_carrier` names of every locale in every carrier (names drawn from Faker with `seed`)."""
    for locale, lang in LOCALES.items():
        fake = Faker(locale)
        fake.seed_instance(seed)
        i = 0
        for carrier, build in CARRIERS.items():
            for _ in range(per_carrier):
                full, given = _names(fake, locale, i)
                i += 1
                text, start, end = build(full, given, lang)
                yield Case(locale, carrier, text, start, end)


NEGATIVES: list[tuple[str, str]] = [
    ("class MariaDbConnector(BaseConnector):\n    pool_size = 8", "a class named after a product"),
    ("SELECT first_name, last_name FROM users WHERE id = 7;", "name columns in SQL"),
    ("def full_name(first: str, last: str) -> str:\n    return f'{first} {last}'", "name variables in code"),
    ("Deployed with Kubernetes and Terraform on Azure; Grafana shows the latency.", "products"),
    ("Install Jupyter, then run the Celery worker and the Flask app.", "Python tools"),
    ("The conference moves from Lisbon to Buenos Aires, then to Santiago and Lima.", "places"),
    ("Flights from Victoria to Florence were cancelled because of the storm.", "places named like people"),
    ("Will the build pass? Grace period ends in May, so Hope for the best.", "English words that are names"),
    ("Mercedes and Tesla both recalled cars this week.", "car brands"),
    ("Der Vertrag wurde gestern unterschrieben und liegt jetzt beim Kunden.", "German sentence"),
    ("La reunión empieza a las diez y termina antes del almuerzo.", "Spanish sentence"),
    ("Le serveur redémarre chaque nuit après la sauvegarde complète.", "French sentence"),
    ("Il pacchetto arriva domani mattina presto in ufficio.", "Italian sentence"),
    ("Umowa została podpisana wczoraj i czeka na akceptację.", "Polish sentence"),
    ("Sözleşme dün imzalandı ve şimdi müşteride.", "Turkish sentence"),
    ("Договор подписан вчера и сейчас у клиента.", "Russian sentence"),
    ("Η σύμβαση υπογράφηκε χθες και είναι τώρα στον πελάτη.", "Greek sentence"),
    ("Kontrak sudah ditandatangani kemarin dan sekarang ada di pelanggan.", "Indonesian sentence"),
    ("Mkataba ulisainiwa jana na sasa uko kwa mteja.", "Swahili sentence"),
    ("Hợp đồng đã được ký hôm qua và hiện đang ở chỗ khách hàng.", "Vietnamese sentence"),
    ("Run `pytest -q tests/` and check Coverage Report in the CI Summary.", "capitalised UI words"),
    ("import numpy as np\nfrom pandas import DataFrame\nModel = Sequential()", "code"),
    ("ERROR Connection refused: Redis at localhost:6379 (Retry 3 of 5)", "a log line"),
    ("| Service | Status | Region |\n|---|---|---|\n| Billing | Degraded | Frankfurt |", "a status table"),
    ('{"city": "Porto", "country": "Portugal", "currency": "EUR"}', "place fields"),
    ("Apache Kafka, Apache Spark and Apache Flink handle the streams.", "Apache projects"),
    ("Release Notes: Bug Fixes, New Features, Known Issues", "title case headings"),
    ("Angular Material and Ionic Framework ship new themes.", "frameworks"),
    ("Happy Monday! Sunny weather in Santa Monica and San Jose today.", "places with saints"),
    ("The Victoria Line and the Jubilee Line are closed this weekend.", "London lines"),
    ("Οδός Αγίου Νικολάου 12, Πάτρα", "a Greek street named after a saint"),
    ("राज्य सरकार ने नई योजना की घोषणा की और काम अगले महीने शुरू होगा।", "Hindi sentence"),
    ("تم توقيع العقد أمس وهو الآن لدى العميل في المكتب الرئيسي.", "Arabic sentence"),
    ("החוזה נחתם אתמול והוא נמצא עכשיו אצל הלקוח.", "Hebrew sentence"),
    ("สัญญาลงนามเมื่อวานและตอนนี้อยู่ที่ลูกค้า", "Thai sentence"),
    ("চুক্তিটি গতকাল স্বাক্ষরিত হয়েছে এবং এখন গ্রাহকের কাছে আছে।", "Bengali sentence"),
    ("ஒப்பந்தம் நேற்று கையெழுத்தானது, இப்போது வாடிக்கையாளரிடம் உள்ளது.", "Tamil sentence"),
    ("ხელშეკრულება გუშინ მოეწერა ხელი და ახლა კლიენტთანაა.", "Georgian sentence"),
    ("قرارداد دیروز امضا شد و اکنون نزد مشتری است.", "Persian sentence"),
    ("Kroatische Kuna und Venezolanischer Bolívar sind Währungen.", "German currency names"),
]
"""Texts without a person: each must yield no PERSON span."""
