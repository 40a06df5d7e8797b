"""A generated matrix for `pii.salutation` and `pii.honorific`: language x form x name culture x carrier.

Every cue of `salutation_vocab.LANGUAGES` (greetings, sign-offs, self-introductions, titles before
and after a name) and `salutation_vocab.ROLES` is written with names of three cultures into the sentence shape that language
uses, then carried four ways: plain, a JSON-escaped string (``\\uXXXX`` escapes, as tool results
arrive), a chat line after a speaker label, and an e-mail body under headers. Names come from
Faker's person lists (fixed seed per locale; native-script names for locales Faker lacks are
written here), so they are not the cue table's own examples. Role nouns before a name (``el cliente X``, ``Wakala (X)``,
``客户X``), sign-offs inside a line (``Asante sana, Juma.``) and minutes' attendee lists
(``Teilnehmer: X, Y``; non-Latin labels with names of their language, Latin ones with Spanish
names) are forms too. Negatives: greetings followed by a
group or role word, titles without a name, and the words that hide titles (``仕様``, ``คุณภาพ``).

Run as a script for the pass rate: ``python tests/salutation_world.py``.
"""

from __future__ import annotations

# ruff: noqa: E501, RUF001  # tables of names and sentences of other scripts are what this matrix is about
import json
from collections.abc import Iterator
from dataclasses import dataclass

from faker import Faker

from redactor.detect.pii.salutation_vocab import ATTENDEE_LABELS, LANGUAGES, ROLES

FAKER_LOCALES: dict[str, str] = {
    "es": "es_ES", "pt": "pt_BR", "fr": "fr_FR", "de": "de_DE", "it": "it_IT", "nl": "nl_NL", "sv": "sv_SE",
    "no": "no_NO", "da": "da_DK", "fi": "fi_FI", "is": "is_IS", "pl": "pl_PL", "cs": "cs_CZ", "sk": "sk_SK",
    "sl": "sl_SI", "hr": "hr_HR", "hu": "hu_HU", "ro": "ro_RO", "bg": "bg_BG", "ru": "ru_RU", "uk": "uk_UA",
    "el": "el_GR", "tr": "tr_TR", "az": "az_AZ", "uz": "uz_UZ", "ka": "ka_GE", "hy": "hy_AM", "he": "he_IL",
    "ar": "ar_SA", "fa": "fa_IR", "hi": "hi_IN", "bn": "bn_BD", "gu": "gu_IN", "mr": "mr_IN", "ne": "ne_NP",
    "ta": "ta_IN", "si": "si_LK", "th": "th_TH", "vi": "vi_VN", "id": "id_ID", "sw": "sw", "zu": "zu_ZA",
    "yo": "yo_NG", "ig": "ig_NG", "ha": "ha_NG", "zh": "zh_CN", "ja": "ja_JP", "ko": "ko_KR", "lt": "lt_LT",
    "lv": "lv_LV", "et": "et_EE", "ga": "ga_IE", "mk": "mk_MK",
}  # fmt: skip
"""Languages whose Faker locale has names in the language's own script."""

NATIVE: dict[str, str] = {
    "es": "María García", "pt": "João Silva", "fr": "Élodie Marchand", "de": "Jonas Weber", "it": "Marco Rossi",
    "nl": "Sanne Visser", "sv": "Sven Lindqvist", "no": "Ingrid Hansen", "da": "Mette Jensen", "fi": "Aino Virtanen",
    "is": "Guðrún Jónsdóttir", "pl": "Katarzyna Nowak", "cs": "Tereza Dvořáková", "sk": "Peter Horváth",
    "sl": "Nina Kovač", "hr": "Ivana Horvat", "sr": "Марко Јовановић", "hu": "Kovács Eszter", "ro": "Andreea Popescu",
    "bg": "Иван Петров", "ru": "Анна Смирнова", "uk": "Олена Коваленко", "be": "Алесь Кавалёў", "el": "Νίκος Παπαδόπουλος",
    "tr": "Ayşe Yılmaz", "az": "Leyla Məmmədova", "kk": "Айгерим Нурланова", "uz": "Dilnoza Karimova",
    "ka": "გიორგი ბერიძე", "hy": "Արամ Պետրոսյան", "he": "דוד כהן", "ar": "ليلى حداد", "fa": "مریم احمدی",
    "ur": "عائشہ خان", "hi": "राहुल शर्मा", "bn": "তানভীর হাসান", "pa": "ਹਰਪ੍ਰੀਤ ਸਿੰਘ", "gu": "કિરણ પટેલ",
    "mr": "सचिन पाटील", "ne": "सीता थापा", "ta": "கார்த்திக் சுப்பிரமணியன்", "te": "రవి కుమార్", "kn": "ಸುರೇಶ್ ಗೌಡ",
    "ml": "അനിൽ കുമാർ", "si": "නිමල් පෙරේරා", "th": "สมชาย", "vi": "Nguyễn Thị Lan", "id": "Budi Santoso",
    "ms": "Ahmad Ibrahim", "tl": "Jose Reyes", "sw": "Juma Mrisho", "zu": "Sipho Dlamini", "xh": "Thandiwe Mbeki",
    "af": "Pieter Botha", "yo": "Adébáyọ̀ Ọlábísí", "ig": "Chinedu Okafor", "ha": "Aminu Bello", "am": "ተስፋዬ ገብሬ",
    "so": "Cabdullaahi Xasan", "zh": "王磊", "ja": "山田 太郎", "ko": "김민준", "mn": "Батбаяр Дорж",
    "lt": "Rūta Kazlauskienė", "lv": "Līga Bērziņa", "et": "Kadri Tamm", "sq": "Arben Hoxha", "mk": "Марија Николовска",
    "ga": "Siobhán Ní Bhriain", "cy": "Rhys Llewelyn", "eu": "Ane Etxeberria", "ca": "Jordi Puig", "gl": "Uxía Castro",
    "mt": "Maria Borg", "km": "សុខ ដារ៉ា", "lo": "ສົມພອນ ແກ້ວ", "my": "အောင် ကျော်",
}  # fmt: skip
"""One hand-written name of each language's own culture and script."""

FOREIGN: dict[str, tuple[str, ...]] = {
    "latin": ("tr_TR", "vi_VN", "yo_NG"),
    "cyrillic": ("ru_RU", "uk_UA"),
}
"""Cultures whose names are also written into the texts of every language of that script."""
CYRILLIC = frozenset(["sr", "bg", "ru", "uk", "be", "kk", "mn", "mk"])
SPACED_UNCASED = frozenset(
    [
        "ka",
        "he",
        "ar",
        "fa",
        "ur",
        "hi",
        "bn",
        "pa",
        "gu",
        "mr",
        "ne",
        "ta",
        "te",
        "kn",
        "ml",
        "si",
        "am",
        "km",
        "lo",
        "my",
    ]
)
CJK = frozenset(["zh", "ja", "ko"])
COMMA = {"ar": "\u060c", "fa": "\u060c", "ur": "\u060c", "am": "\u1363", "zh": "\uff0c", "ja": "\u3001", "ko": ","}
STOP = {"ar": ".", "ur": "\u06d4", "hi": "\u0964", "bn": "\u0964", "zh": "\u3002", "ja": "\u3002", "am": "\u1362"}
COPULA = {"ur": " ہے", "hi": " है", "fa": " است", "mr": " आहे", "ja": "です", "ko": "입니다", "ne": " हो"}
"""What ends a self-introduction's sentence where the name sits before a copula."""
PRONOUN_ONLY = frozenset(
    [
        "أنا",
        "انا",
        "من",
        "میں",
        "मैं",
        "আমি",
        "אני",
        "ਮੈਂ",
        "હું",
        "मी",
        "म",
        "நான்",
        "నేను",
        "ನಾನು",
        "ഞാൻ",
        "මම",
        "እኔ",
        "ես",
        "本人",
        "我是",
        "私は",
        "わたしは",
        "僕は",
        "わたくし",
        "저는",
        "나는",
    ]
)
WEAK = frozenset(("soy", "sóc", "io sono", "ja sam", "ek is", "ni naiz", "jiena", "mimi ni", "aš esu", "unë jam"))


@dataclass(frozen=True)
class Case:
    """One generated text and the name it must yield."""

    lang: str
    form: str
    cue: str
    name: str
    carrier: str
    text: str


def names_for(lang: str, seed: int = 7) -> list[str]:
    """Names of three cultures for `lang`: its own hand-written one, Faker's of its locale and
    foreign ones of the same script."""
    out = [NATIVE[lang]]
    loc = FAKER_LOCALES.get(lang)
    if loc is not None:
        out.append(_faker_name(loc, lang, seed))
    script = (
        "cyrillic" if lang in CYRILLIC else "latin" if lang not in SPACED_UNCASED | CJK | {"el", "hy", "th"} else ""
    )
    for floc in FOREIGN.get(script, ()):
        if floc != loc:
            out.append(_faker_name(floc, "", seed))
    return list(dict.fromkeys(out))


def _faker_name(locale: str, lang: str, seed: int) -> str:
    fake = Faker(locale)
    fake.seed_instance(seed)
    first, last = fake.first_name(), fake.last_name()
    if lang in ("zh", "ko"):
        return last + first
    if lang == "ja":
        return last + " " + first
    if lang == "th":
        return first
    if lang == "hu":
        return last + " " + first
    return first + " " + last


def _cap(cue: str) -> str:
    """Capitalised as a sentence starts (Georgian, whose capitals are not used so, stays as is)."""
    return cue if "\u10d0" <= cue[:1] <= "\u10ff" else cue[:1].upper() + cue[1:]


def _given(name: str) -> str:
    return name.split()[0] if " " in name else name


def texts(lang: str, form: str, cue: str, name: str) -> Iterator[tuple[str, str]]:
    """(text, expected name) for one cue of one form in `lang`'s sentence shape."""
    comma = COMMA.get(lang, ",")
    stop = STOP.get(lang, ".")
    if form == "greeting":
        if lang == "zh":
            yield f"{cue}{name}{comma}\u4f60\u7684\u8ba2\u5355\u5df2\u7ecf\u53d1\u8d27\u4e86{stop}", name
        elif lang == "ja":
            yield (
                f"{cue}\u3001{name}\u3055\u3093\u3002\u3054\u6ce8\u6587\u3042\u308a\u304c\u3068\u3046\u3054\u3056\u3044\u307e\u3059\u3002",
                name,
            )
        elif lang == "ko":
            yield f"{cue} {name}\ub2d8, \uc8fc\ubb38\uc774 \ubc1c\uc1a1\ub418\uc5c8\uc2b5\ub2c8\ub2e4.", name
        elif lang == "th":
            yield f"{cue} \u0e04\u0e38\u0e13{name} \u0e2a\u0e48\u0e07\u0e02\u0e2d\u0e07\u0e41\u0e25\u0e49\u0e27", name
        else:
            yield f"{_cap(cue)} {name}{comma}\n{BODY.get(lang, 'ok')}{stop}", name
    elif form == "sign_off":
        if lang == "ko" and cue in ("\ub4dc\ub9bc", "\uc62c\ub9bc"):
            yield f"\uc798 \ubd80\ud0c1\ub4dc\ub9bd\ub2c8\ub2e4.\n\n{name} {cue}", name
            return
        yield f"{BODY.get(lang, 'ok')}{stop}\n\n{_cap(cue)}{comma}\n{name}\n", name
    elif form == "intro":
        if cue in WEAK and " " not in name:
            return
        if lang == "th":
            yield f"{cue}{name}\u0e04\u0e23\u0e31\u0e1a", name
        elif lang in CJK:
            sep = " " if lang == "ko" else ""
            yield f"{cue}{sep}{name}{COPULA.get(lang, comma)}", name
        else:
            yield f"{_cap(cue)} {name}{COPULA.get(lang, '')}{comma} {BODY.get(lang, 'ok')}{stop}", name
    elif form == "title":
        if lang == "th":
            dot = "." if cue == "\u0e14\u0e23" else ""  # ดร. is written with its full stop
            yield f"\u0e41\u0e08\u0e49\u0e07{cue}{dot}{name}\u0e41\u0e25\u0e49\u0e27", name
        else:
            t = _cap(cue) + ("." if len(cue) <= 3 and cue.isalpha() else "")
            yield f"{BODY.get(lang, 'ok')}{stop} {t} {name}{comma} {BODY.get(lang, 'ok')}{stop}", name
    elif form == "inline_sign_off":
        if lang in CJK or lang == "th" or (lang == "ko"):
            return
        yield f"{BODY.get(lang, 'ok')}{stop} {_cap(cue)}{comma} {name}{stop}", name
    elif form == "attendees":
        other = "Anna Roth" if lang not in SPACED_UNCASED | CJK else name
        sep = "\u3001" if lang in ("zh", "ja") else comma + " "
        yield f"{_cap(cue)}: {name}{sep}{other}\n{BODY.get(lang, 'ok')}{stop}", name
        yield f"{_cap(cue)}: {other}{sep}{name}\n{BODY.get(lang, 'ok')}{stop}", name
    elif form == "role":
        if lang == "zh":
            yield f"\u8bf7\u8054\u7cfb{cue}{name}\u3002", name
        elif lang == "ko":
            yield f"{cue} {name}\uc5d0\uac8c \uc5f0\ub77d\ud558\uc138\uc694.", name
        else:
            yield f"{BODY.get(lang, 'ok')}{stop} {cue} {name}{comma} {BODY.get(lang, 'ok')}{stop}", name
            yield f"{_cap(cue)} ({name}){comma} {BODY.get(lang, 'ok')}{stop}", name
    elif form == "after":
        if not cue.isascii() and lang in CJK:
            if lang == "zh" or (lang == "ja" and " " not in name):
                yield f"\u8bf7\u8054\u7cfb{name}{cue}\u3002", name
            else:
                yield f"\u660e\u65e5\u3001{name}{cue}\u3082\u6765\u307e\u3059\u3002", name
        elif cue in ("san", "sama", "kun", "chan", "sensei", "dono", "ssi", "nim"):
            yield f"Thanks, Tanaka-{cue}, see you.", "Tanaka"
        else:
            after = _cap(cue) if cue.isascii() and lang in ("tr", "az", "uz") else cue
            yield f"{BODY.get(lang, 'ok')}{stop} {name} {after}{comma} {BODY.get(lang, 'ok')}{stop}", name


BODY: dict[str, str] = {
    "es": "gracias por tu mensaje", "pt": "obrigado pela mensagem", "fr": "merci pour votre message",
    "de": "danke für die Nachricht", "it": "grazie del messaggio", "nl": "bedankt voor je bericht",
    "sv": "tack för meddelandet", "no": "takk for meldingen", "da": "tak for beskeden", "fi": "kiitos viestistä",
    "pl": "dziękuję za wiadomość", "cs": "děkuji za zprávu", "ru": "спасибо за сообщение", "uk": "дякую за повідомлення",
    "tr": "mesajınız için teşekkürler", "ar": "شكرا على رسالتك", "fa": "ممنون از پیام شما", "ur": "آپ کے پیغام کا شکریہ",
    "hi": "आपके संदेश के लिए धन्यवाद", "bn": "আপনার বার্তার জন্য ধন্যবাদ", "he": "תודה על ההודעה", "el": "ευχαριστώ για το μήνυμα",
    "vi": "cảm ơn tin nhắn của bạn", "id": "terima kasih atas pesannya", "sw": "asante kwa ujumbe wako",
}  # fmt: skip
"""A neutral sentence around the name ("thanks for your message")."""

FORMS = ("greeting", "sign_off", "inline_sign_off", "intro", "title", "after", "role", "attendees")
ATTENDEE_LANG = {"参会人员": "zh", "与会人员": "zh", "出席人员": "zh", "参加人员": "zh", "参会者": "zh", "出席者": "ja", "参加者": "ja",
                 "참석자": "ko", "الحضور": "ar", "المشاركون": "ar", "משתתפים": "he", "נוכחים": "he", "उपस्थित": "hi",
                 "प्रतिभागी": "hi", "участники": "ru", "присутствовали": "ru", "присутствуют": "ru", "учасники": "uk",
                 "присутні": "uk", "συμμετέχοντες": "el", "παρόντες": "el"}  # fmt: skip
"""Attendee labels of uncased or non-Latin scripts -> the language whose names are listed after them."""
CARRIERS = ("plain", "json", "chat", "email")


def carry(text: str, carrier: str) -> str:
    """`text` as it arrives in one carrier."""
    if carrier == "json":
        return json.dumps({"role": "user", "content": text})
    if carrier == "chat":
        return "[10:02] Agent: " + text
    if carrier == "email":
        return "From: support@example.org\nSubject: Re: order 4411\n\n" + text + "\n"
    return text


def cues(lang: str, form: str) -> list[str]:
    """The cue expressions of one form of `lang`."""
    f = LANGUAGES[lang]
    if form == "inline_sign_off":
        return [c for c in f.sign_offs.split("|") if c]
    if form == "attendees":
        labels = ATTENDEE_LABELS.split("|")
        return [c for c in labels if ATTENDEE_LANG.get(c, "es") == lang]
    if form == "role":
        return [c for c in ROLES.get(lang, "").split("|") if c]
    field = {"greeting": f.greetings, "sign_off": f.sign_offs, "intro": f.intros, "title": f.titles, "after": f.after}[
        form
    ]
    return [c for c in field.split("|") if c and (form != "intro" or c not in PRONOUN_ONLY or lang in COPULA)]


def cases(lang: str, form: str) -> Iterator[Case]:
    """Every generated case of one language and form."""
    for cue in cues(lang, form):
        for name in names_for(lang):
            for text, expected in texts(lang, form, cue, name):
                for carrier in CARRIERS:
                    if carrier == "chat" and form in ("sign_off",):
                        continue
                    yield Case(lang, form, cue, expected, carrier, carry(text, carrier))


NEGATIVES: tuple[str, ...] = (
    "Hola a todos,\ngracias.", "Hola equipo,\nnos vemos.", 'print("Hola Mundo!")', "Hallo zusammen,\nbis morgen.",
    "Liebe Kolleginnen und Kollegen,\nanbei.", "Sehr geehrte Damen und Herren,\nanbei.", "Sehr geehrter Herr,\nanbei.",
    "Bonjour à tous,\nmerci.", "Bonjour tout le monde", "Ciao a tutti,\ngrazie.", "Olá a todos,\nobrigado.",
    "Oi pessoal,\nvaleu.", "Hallo allemaal,\nbedankt.", "Beste klant,\nbedankt.", "Witam wszystkich,\ndzięki.",
    "Здравствуйте, коллеги!\nСпасибо.", "Добрый день, уважаемые клиенты.", "Вітаю, колеги!", "Merhaba arkadaşlar,\nteşekkürler.",
    "Herkese merhaba", "Habari wote,\nasante.", "مرحبا بالجميع، شكرا", "مرحبا، عندي مشكلة في الدفع عبر البطاقة",
    "नमस्ते सभी, धन्यवाद", "皆さん、こんにちは。", "お客様各位", "안녕하세요 여러분, 감사합니다.", "고객님 안녕하세요.",
    "大家好，今天开会。", "尊敬的客户：您好。", "สวัสดีครับ ทุกคน", "สวัสดีครับ ช่วยดูบอทหน่อยครับ", "Xin chào các bạn,",
    "Halo semua,\nterima kasih.", "Hej alla,\ntack.", "Γεια σας σε όλους", "שלום לכולם", "سلام به همه",
    "السلام علیکم، میرا آرڈر نمبر 77120 ابھی تک نہیں ملا", "API仕様書を更新しました。",
    "गेट पर गार्ड को फ़ोन करें, ग्राहक शाम 6 बजे के बाद", "Les clients Docker et Redis", "the client Session object",
    "Kundennummer: 12345", "Teilnehmer: 12\nParticipants: Engineering, Sales", "Gracias, de verdad.",
    "danke, Docker läuft jetzt", "Asistentes: todos los del equipo", "新仕様の様子を見ます。",
    "首先生成配置文件。", "คุณภาพของสินค้าดีมาก", "คุณค่าของข้อมูล", "Bay Area traffic is bad today.",
    "Pan Am flew there.", "Don't do that.", "Gracias,\nEl equipo de soporte", "Cordialement,\nLe service client",
    "Mit freundlichen Grüßen\nIhr Support-Team", "С уважением,\nслужба поддержки", "Grüße aus Berlin",
    "ممنون می\u200cشوم راهنمایی کنید.", "Saludos desde Madrid", "Ich bin Entwickler.", "Soy ingeniero de datos.",
    "저는 이번에 처음 왔습니다.", "私は学生です。", "我是学生。", "Me llamo la atención.",
)  # fmt: skip
"""Texts with a cue and no person: groups, roles, titles alone, words that hide a title."""


def all_cases() -> Iterator[Case]:
    for lang in LANGUAGES:
        for form in FORMS:
            yield from cases(lang, form)


if __name__ == "__main__":
    from collections import Counter

    from tests.test_pii_salutation_matrix import caught

    total: Counter[str] = Counter()
    ok: Counter[str] = Counter()
    misses: list[Case] = []
    for c in all_cases():
        total[c.form] += 1
        if caught(c):
            ok[c.form] += 1
        else:
            misses.append(c)
    print({f: f"{ok[f]}/{total[f]}" for f in FORMS}, f"all {sum(ok.values())}/{sum(total.values())}")
    for c in misses[:4000]:
        print(c.lang, c.form, c.carrier, repr(c.cue), repr(c.name), repr(c.text[:90]))
