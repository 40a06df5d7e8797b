"""What the phone detector reads around a number: phone words of many languages, and regions.

`PHONE_WORDS_ANY` finds a phone word (``tel``, ``Handy``, ``móvil``, ``телефон``, ``电话``,
``전화``, ``هاتف``, ``טלפון``, ``โทร``, ``điện thoại``, ``simu``, ``ስልክ``...) in the lower-cased
window before a number; `PHONE_WORDS_AFTER` one right after it (``(mobile)``, ``- Handy``).

`regions_near` names the regions (ISO 3166 alpha-2, as libphonenumber spells them) whose
numbering plans a national number near a position is most likely written in: from the script
of the surrounding text, its language's function words, country names and the country-code
top-level domains of nearby e-mail addresses and URLs. It never guesses from one digit string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from redactor import cache_budget
from redactor.detect.first_chars import with_first_chars
from redactor.detect.pii.phone_regions import currency_regions, marked_regions
from redactor.detect.pii.phone_words_world import SOURCE as PHONE_WORLD_SOURCE

__all__ = ["PHONE_WORDS_AFTER", "PHONE_WORDS_ANY", "regions_near"]

_LATIN_WORDS = (
    # English and shared
    "phone|telephone|tel|tlf|tfn|tlph|mobile|mob|cell|cellphone|fax|whatsapp|signal|viber|wechat|sms|hotline|landline"
    # French, German, Dutch, Scandinavian, Finnish
    "|cont[áa]ct[oae]s?|cont[áa]ct[ae]nos|kontakt|contatti|t[ée]l[ée]phone|t[ée]l|portable|joindre|appele[rz]|telefon|telefonnummer|handy|mobil|mobilnummer|festnetz"
    "|rufnummer|durchwahl|erreichbar|anrufen|telefoon|telefoonnummer|mobiel|gsm|bellen|puhelin|puh|matkapuhelin"
    # Spanish, Portuguese, Italian, Romanian, Tagalog
    "|tel[ée]fono|m[óo]vil|celular|cel|ll[áa]m[ae]me|llamar|fijo|telefone|telem[óo]vel|ligue|ligar|contato"
    "|cellulare|chiamami|chiamare|recapito|num[ăa]r de telefon|telepono"
    # Polish, Czech, Slovak, Hungarian, Turkish, Croatian
    "|kom[óo]rka|kom|zadzwo[ńn]|telefonsz[áa]m\\w{0,3}|puhelinnumero\\w{0,3}|numaram|numaras\u0131"
    "|mobiltelefon|cep|cep telefonu|aray\u0131n|telefonu|mobitel"
    # Indonesian, Malay, Swahili, Vietnamese
    "|telepon|telp|ponsel|no\\.? ?hp|nomor hp|hubungi|bimbit|simu|nambari ya simu|piga"
    "|[đd]i[ệe]n tho[ạa]i|s[đd]t|[đd]t|di [đd][ộo]ng"
    # carriers' and telecom words, Irish, Welsh, Afrikaans, Baltic, Balkan, Icelandic, Basque, Catalan, Maltese
    "|msisdn|uimhir (?:fh?[óo]in|ghuth[áa]in|theileaf[óo]in)|f[óo]n|guth[áa]n|huimhir"
    "|ff[ôo]n|rhif ff[ôo]n|symudol|selfoon|selnommer|foonnommer|telefoonnommer"
    "|t[āa]lrunis|t[āa]lr|telefons|telefonas|mobilusis|mobiil|telefoni|celulari"
    "|s[íi]mi|fars[íi]mi|s[íi]man[úu]mer|telefonoa|mugikorra|tel[èe]fon|m[òo]bil|mowbajl"
    # Hausa, Yoruba, Igbo, Zulu/Xhosa, Somali, Amharic (Latin), Malagasy, Shona
    "|lambar waya|waya|f[óo][òo]n[ùu]|ekwent[ịi]|ucingo|inombolo|taleefan|taleefanka|finday|nharembozha"
    # the word "number" of other languages (English "number" is a pass-1 word) and call-back words:
    # Nummer, numer, numéro, número, nomor, nombor, namba, nọ́mbà (Yoruba), numara, číslo, szám
    "|nummer|numer|num[ée]ro|n[úu]mero|nomor|nombor|namba|nambari|n[oọ][\u0300-\u036f]?mb[aà][\u0300-\u036f]?"
    "|numara|[čc][íi]slo|sz[áa]m|callback|call back|r[üu]ckruf|zur[üu]ckrufen|telpon|nelpon"
    # verbs and adjectives of being reached: nås på, kontaktes på, tavoittaa, bereikbaar op,
    # joignable au, raggiungibile al, localizable en, reachable at, zastižitelný, osiągalny
    "|n[åa]s p[åa]|n[åa]es p[åa]|kontakt(?:es|as) p[åa]|treffes p[åa]|tavoit(?:taa|at|ettavissa)|bereikbaar"
    "|joignable|injoignable|raggiungibile|reperibile|localizable|contactable|reachable|zasti[žz]iteln[ýy]|osi[ąa]galn[ya]"
    # inflected and affixed forms of "call", "contact" and "number" (the bare forms above match
    # whole words only; "number" alone, inflected, is an order's as often: "sipari\u015f numaran\u0131z"):
    # Indonesian/Malay di-/meng- verbs, Turkish verbs and case suffixes, Finnish cases,
    # imperatives of Czech, Slovak, Polish, Hungarian, Romanian, Spanish, Italian, French, Dutch,
    # Swahili, Tagalog; not the words that also mean something else near an amount (Romanian "sună"
    # sounds, Vietnamese "gọi vốn" fundraising, Italian "chiamate" API calls, Finnish "soittaa" plays)
    "|(?:di|meng)hubungi|hubungilah|hubungi(?:kami|saya)"
    "|telefon(?:dan|umuz|umdan|umuzdan|a)|ula[şs](?:\u0131n|abilirsiniz|mak i[çc]in)"
    "|aray(?:\u0131n|\u0131n\u0131z|abilirsiniz)"
    "|numeroon|soita|soittakaa|soitto|tawagan|tumawag"
    "|volejte|zavolejte|zavolej|volajte|zavolajte|zavolaj|dzwo[ńn]|dzwoni[ćc]|zadzwoni[ćc]"
    "|h[íi]vj(?:on|atok|ál)?|h[íi]vhat[óo]"
    "|suna[țţt]i|sun[ăa]-(?:m[ăa]|ne)|ll[áa]menos|ll[áa]manos|ll[áa]mame|chiamaci|chiamateci|chiamatemi"
    "|contactez|contacter|bel (?:ons|me|mij)|wasiliana|nipigie|mpigie|tupigie"
)
PHONE_WORDS_ANY = with_first_chars(
    re.compile(
        r"(?<![^\W\d_])(?:" + _LATIN_WORDS + r")(?![^\W\d_])"
        r"|\u03c4\u03b7\u03bb"  # τηλ(έφωνο)
        r"|\u03ba\u03b9\u03bd\u03b7\u03c4"  # κινητ(ό)
        r"|(?<![\u0430-\u044f\u0451\u0456\u0457\u0454])(?:\u0442\u0435\u043b|\u043c\u043e\u0431|\u0437\u0432\u043e\u043d|\u043f\u043e\u0437\u0432\u043e\u043d)"
        # тел(ефон) моб(ильный) звон(ите) позвон(ите)
        r"|\u05d8\u05dc\u05e4\u05d5\u05df|\u05e0\u05d9\u05d9\u05d3|\u05d8\u05dc['\u05f3]"  # טלפון נייד טל'
        r"|\u0647\u0627\u062a\u0641|\u062c\u0648\u0627\u0644|\u062a\u0644\u0641\u0648\u0646|\u0645\u0648\u0628\u0627\u064a\u0644|\u0627\u062a\u0635\u0644|\u0648\u0627\u062a\u0633\u0627\u0628"
        # هاتف جوال تلفون موبايل اتصل واتساب
        r"|\u062a\u0644\u0641\u0646|\u0645\u0648\u0628\u0627\u06cc\u0644|\u0647\u0645\u0631\u0627\u0647|\u0641\u0648\u0646|\u0645\u0648\u0628\u0627\u0626\u0644"
        # تلفن موبایل همراه فون موبائل
        r"|\u092b\u093c?\u094b\u0928|\u092e\u094b\u092c\u093e\u0907\u0932|\u0926\u0942\u0930\u092d\u093e\u0937|\u0938\u0902\u092a\u0930\u094d\u0915"
        # फ़ोन फोन मोबाइल दूरभाष संपर्क
        r"|\u09ab\u09cb\u09a8|\u09ae\u09cb\u09ac\u09be\u0987\u09b2"  # ফোন মোবাইল
        r"|\u0ba4\u0bca\u0bb2\u0bc8\u0baa\u0bc7\u0b9a\u0bbf|\u0b95\u0bc8\u0baa\u0bc7\u0b9a\u0bbf"  # தொலைபேசி கைபேசி
        r"|\u0e42\u0e17\u0e23|\u0e21\u0e37\u0e2d\u0e16\u0e37\u0e2d|\u0e40\u0e1a\u0e2d\u0e23\u0e4c"  # โทร มือถือ เบอร์
        r"|\u1235\u120d\u12ad"  # ስልክ
        r"|\u0daf\u0dd4\u0dbb\u0d9a\u0dae\u0db1|\u1016\u102f\u1014\u103a\u1038|\u1791\u17bc\u179a\u179f\u17d0\u1796\u17d2\u1791"
        r"|\u0ec2\u0e97\u0ea5\u0eb0\u0eaa\u0eb1\u0e9a|\u0443\u0442\u0430\u0441"  # දුරකථන ဖုန်း ទូរស័ព្ទ ໂທລະສັບ утас
        r"|\u0570\u0565\u057c\u0561\u056d\u0578\u057d|\u10e2\u10d4\u10da"  # հեռախոս ტელ(ეფონი)
        r"|\u7535\u8bdd|\u96fb\u8a71|\u624b\u673a|\u624b\u6a5f|\u8054\u7cfb|\u806f\u7d61|\u9023\u7d61|\u81f4\u7535|\u5ea7\u673a"
        r"|\u4f20\u771f|\u50b3\u771f|\u5fae\u4fe1|\u643a\u5e2f|\u30d5\u30a1\u30c3\u30af\u30b9"
        # 电话 電話 手机 手機 联系 聯絡 連絡 致电 座机 传真 傳真 微信 携帯 ファックス
        r"|\uc804\ud654|\ud734\ub300\ud3f0|\uc5f0\ub77d\ucc98|\ud578\ub4dc\ud3f0|\ud329\uc2a4|\ubc88\ud638"
        # 전화 휴대폰 연락처 핸드폰 팩스 번호
        r"|" + PHONE_WORLD_SOURCE,  # ~100 more languages (session 15)
        re.IGNORECASE,
    )
)
PHONE_WORDS_AFTER = re.compile(
    r"[ \t]?[-(\u2013\uff08]?[ \t]?(?:mobile|cell|fax|tel|phone|handy|mobil|portable|m[óo]vil|celular|whatsapp|gsm"
    r"|\u0442\u0435\u043b|\u043c\u043e\u0431|\u624b\u673a|\u96fb\u8a71|\u7535\u8bdd|\uc804\ud654"
    # Turkish puts the word after the number: "0532 418 27 90 numaras\u0131ndan ula\u015fabilirsiniz",
    # "... numaral\u0131 hat", "0532 418 27 90'\u0131 aray\u0131n"
    r"|sz\u00e1mo[nt]|sz\u00e1mra"  # Hungarian too: "06 20 189 0026 sz\u00e1mon h\u00edvhat\u00f3"
    r"|numaras\u0131ndan|numaradan|numaral\u0131 hat|(?:['\u2019]\w{1,4}[ \t]+)?"
    r"(?:aray\u0131n\u0131z|aray\u0131n|arayabilirsiniz|ula\u015fabilirsiniz))(?![^\W\d_])",
    re.IGNORECASE,
)

_ARAB = ("SA", "AE", "EG", "MA", "DZ", "TN", "JO", "LB", "IQ", "KW", "QA", "BH", "OM", "SY", "YE", "LY", "SD", "PS")
_SCRIPTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"), ("KR",)),
    (re.compile(r"[\u3040-\u30ff]"), ("JP",)),
    (re.compile(r"[\u4e00-\u9fff]"), ("CN", "TW", "HK", "MO", "SG")),
    (re.compile(r"[\u0e00-\u0e7f]"), ("TH",)),
    (re.compile(r"[\u0e80-\u0eff]"), ("LA",)),  # Lao
    (re.compile(r"[\u0590-\u05ff]"), ("IL",)),
    (re.compile(r"[\u067e\u0686\u0698\u06af\u06cc\u06a9]"), ("IR", "AF")),  # Persian letters
    (re.compile(r"[\u0679\u0688\u0691\u06ba\u06d2]"), ("PK",)),  # Urdu letters
    (re.compile(r"[\u0600-\u06ff]"), _ARAB),
    (re.compile(r"[\u0456\u0457\u0454\u0491]"), ("UA",)),  # Ukrainian letters
    (re.compile(r"[\u0400-\u04ff]"), ("RU", "UA", "BY", "KZ", "BG", "RS", "MK", "KG")),
    (re.compile(r"[\u0370-\u03ff]"), ("GR", "CY")),
    (re.compile(r"[\u0900-\u097f]"), ("IN", "NP")),
    (re.compile(r"[\u0980-\u09ff]"), ("BD", "IN")),
    (re.compile(r"[\u0b80-\u0bff]"), ("IN", "LK", "SG", "MY")),
    (re.compile(r"[\u0a00-\u0b7f\u0c00-\u0d7f]"), ("IN",)),
    (re.compile(r"[\u0d80-\u0dff]"), ("LK",)),
    (re.compile(r"[\u1200-\u137f]"), ("ET", "ER")),
    (re.compile(r"[\u0530-\u058f]"), ("AM",)),
    (re.compile(r"[\u10a0-\u10ff]"), ("GE",)),
    (re.compile(r"[\u1780-\u17ff]"), ("KH",)),
    (re.compile(r"[\u1000-\u109f]"), ("MM",)),
    (re.compile(r"[\u01a1\u01b0\u0111\u1ea0-\u1ef9]"), ("VN",)),  # ơ ư đ and the stacked vowels
)
_LANGUAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("und nicht bitte ich sie ist der die das mit für straße", ("DE", "AT", "CH")),
    ("vous nous merci avec pour est les une bonjour rue appelez", ("FR", "BE", "CH", "CA", "LU")),
    ("usted gracias para los las hola calle llame está", ("ES", "MX", "AR", "CO", "CL", "PE")),
    ("você não obrigado obrigada olá rua para com ligue", ("BR", "PT")),
    ("grazie della sono ciao questo chiamare il gli che nel alla dei delle anche può nostro perché", ("IT", "CH")),
    (
        "het een niet bedankt alstublieft straat bellen van ook maar voor naar wordt zijn deze bij uit weer",
        ("NL", "BE"),
    ),
    ("się nie jest dziękuję proszę ulica zadzwoń", ("PL",)),
    ("için teşekkür lütfen merhaba bir ve", ("TR",)),
    ("och inte tack hej ring", ("SE",)),
    ("ikke takk jeg og", ("NO", "DK")),
    ("kiitos ja ei soita", ("FI",)),
    ("yang dan untuk terima tidak hubungi", ("ID", "MY")),
    ("asante tafadhali habari na ya", ("KE", "TZ", "UG")),
    ("děkuji prosím není jsem", ("CZ", "SK")),
    ("și este mulțumesc vă", ("RO", "MD")),
    ("és köszönöm kérem nem", ("HU",)),
    ("salamat po ang mga ng ito ako niya siya namin kayo naman lang pakiayos", ("PH",)),
    ("agus ná ní atá bhí leis chuig faoin uimhir seoladh raibh dhuit", ("IE",)),
    ("mae yn yr ac gyda diolch ydych gwelwch dda hefyd neu ond", ("GB",)),
    ("nie ek jy vir asseblief dankie baie hulle julle sal", ("ZA", "NA")),
    ("un ir ar uz kas par lūdzu paldies jūs mēs", ("LV",)),
    ("ir kad su nuo ačiū prašome jūsų", ("LT",)),
    ("ja ei kui aitäh palun teie", ("EE",)),
    ("hvala molim ili nije sam smo ste vas koji", ("HR", "RS", "BA", "ME")),
    ("hvala prosim sem", ("SI",)),
    ("dhe është për faleminderit lutem një", ("AL", "XK", "MK")),
    ("və bu üçün ilə təşəkkür zəhmət edirəm", ("AZ",)),
    ("kuma wannan nagode yana", ("NG",)),
    ("ati jọwọ pẹlu ẹ ṣé", ("NG",)),
    ("nke bụ daalụ biko", ("NG",)),
    ("ngiyabonga futhi kodwa ukuthi sicela enkosi kwaye ukuba nceda", ("ZA",)),
    ("iyo waa mahadsanid fadlan", ("SO",)),
    ("va uchun bilan rahmat iltimos", ("UZ",)),
    ("the and please call thanks with you", ("US", "GB", "CA", "AU", "IE", "NZ", "IN", "ZA", "SG")),
)
"""Function words of a language (space-separated) and the regions whose plans its texts use."""
_WORD_LANGUAGES: dict[str, tuple[int, ...]] = {
    word: tuple(i for i, (words, _) in enumerate(_LANGUAGES) if word in words.split())
    for words, _ in _LANGUAGES
    for word in words.split()
}


def _first_chars(words: Iterable[str]) -> str:
    """A lookahead for the first characters of `words`: put before an alternation of them, it
    changes no match and lets ``re`` reject most positions at once (case folds as the words do)."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


_LETTER_RUN = re.compile(r"[^\W\d_]+")
"""A run of letters: the function words are looked up per run (a dictionary lookup, not an
alternation of some 300 words tried at every position)."""
_COUNTRIES = {
    "germany": "DE", "deutschland": "DE", "austria": "AT", "österreich": "AT", "switzerland": "CH", "schweiz": "CH",
    "suisse": "CH", "france": "FR", "belgium": "BE", "belgique": "BE", "belgië": "BE", "netherlands": "NL",
    "nederland": "NL", "spain": "ES", "españa": "ES", "mexico": "MX", "méxico": "MX", "argentina": "AR",
    "colombia": "CO", "chile": "CL", "peru": "PE", "perú": "PE", "brazil": "BR", "brasil": "BR", "portugal": "PT",
    "italy": "IT", "italia": "IT", "poland": "PL", "polska": "PL", "sweden": "SE", "sverige": "SE",
    "norway": "NO", "norge": "NO", "denmark": "DK", "danmark": "DK", "finland": "FI", "suomi": "FI",
    "ireland": "IE", "united kingdom": "GB", "uk": "GB", "england": "GB", "scotland": "GB", "london": "GB",
    "usa": "US", "united states": "US", "canada": "CA", "australia": "AU", "new zealand": "NZ", "india": "IN",
    "pakistan": "PK", "bangladesh": "BD", "sri lanka": "LK", "nepal": "NP", "china": "CN", "taiwan": "TW",
    "hong kong": "HK", "japan": "JP", "korea": "KR", "vietnam": "VN", "viet nam": "VN", "thailand": "TH",
    "indonesia": "ID", "malaysia": "MY", "singapore": "SG", "philippines": "PH", "russia": "RU", "ukraine": "UA",
    "turkey": "TR", "türkiye": "TR", "greece": "GR", "israel": "IL", "egypt": "EG", "saudi arabia": "SA",
    "uae": "AE", "united arab emirates": "AE", "dubai": "AE", "morocco": "MA", "maroc": "MA", "nigeria": "NG",
    "kenya": "KE", "tanzania": "TZ", "uganda": "UG", "ghana": "GH", "ethiopia": "ET", "south africa": "ZA",
    "iran": "IR", "iraq": "IQ", "czech": "CZ", "česko": "CZ", "slovakia": "SK", "hungary": "HU",
    "magyarország": "HU", "romania": "RO", "românia": "RO", "bulgaria": "BG", "serbia": "RS", "croatia": "HR",
    "hrvatska": "HR", "slovenia": "SI", "estonia": "EE", "latvia": "LV", "lithuania": "LT", "luxembourg": "LU",
}  # fmt: skip
_COUNTRIES.update(
    {
        "nhs": "GB", "hmrc": "GB", "dvla": "GB", "national insurance": "GB", "aadhaar": "IN", "curp": "MX",
        "personnummer": "SE", "fødselsnummer": "NO", "codice fiscale": "IT", "pesel": "PL", "amka": "GR",
    }
)  # fmt: skip
"""Session 16 (late): public institutions and national ids that exist in one country only name it as
well as its name does (``NHS``, ``Aadhaar``, ``PESEL``): a UK care record without the word
"UK" still writes its mobiles as the UK does."""
_COUNTRY = re.compile(
    _first_chars(_COUNTRIES)
    + r"(?<![^\W\d_])("
    + "|".join(sorted(map(re.escape, _COUNTRIES), key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
_CCTLD = re.compile(r"(?:@|://|www\.|@[\w.-]+:)[\w.-]*?\.([a-z]{2})(?![\w-]|\.[a-z])", re.IGNORECASE)
"""The ccTLD of an e-mail address, URL or chat id (``@ann:matrix.example.ie``): the last label of
the host (``webmail.co.za`` names ZA, not the generic ``co``)."""
_GENERIC_TLDS = frozenset(
    {"io", "ai", "co", "me", "tv", "ly", "to", "fm", "gg", "sh", "ws", "cc", "so", "nu", "is", "ac", "im", "app"}
)
_WINDOW = 300


def regions_near(text: str, start: int, end: int, *, strong: bool = False) -> tuple[str, ...]:
    """Regions whose numbering plans the text around ``text[start:end]`` points to, most specific first.

    Country names and ccTLDs come first, then scripts, then languages (at least two distinct
    function words of one language). Empty when nothing points anywhere. The window is taken
    around the start of a ``_WINDOW``-sized block, so numbers close together share one answer.
    `strong`: only country names, ccTLDs and scripts (not function words).
    """
    return _regions_of_block(text, start // _WINDOW)[1 if strong else 0]


@cache_budget.helper()
@lru_cache(maxsize=64)
def _regions_of_block(text: str, block: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(all regions, strong regions) of the window around `block`."""
    window = text[max(0, (block - 1) * _WINDOW) : (block + 2) * _WINDOW]
    out: list[str] = []
    for m in _COUNTRY.finditer(window):
        out.append(_COUNTRIES[m.group(1).lower()])
    for m in _CCTLD.finditer(window):
        tld = m.group(1).lower()
        if tld not in _GENERIC_TLDS:
            out.append("GB" if tld == "uk" else tld.upper())
    if not window.isascii():
        for pattern, regions in _SCRIPTS:
            if pattern.search(window):
                out.extend(regions)
    out.extend(marked_regions(window))
    strong = tuple(dict.fromkeys(r for r in out if len(r) == 2))
    out.extend(currency_regions(window))
    seen: dict[int, set[str]] = {}
    for run in _LETTER_RUN.findall(window):
        word = run.lower()
        for language in _WORD_LANGUAGES.get(word, ()):
            seen.setdefault(language, set()).add(word)
    for language, words in sorted(seen.items()):
        if len(words) >= 2:
            out.extend(_LANGUAGES[language][1])
    return tuple(dict.fromkeys(r for r in out if len(r) == 2)), strong


PHONE_LABEL = re.compile(
    r"(?:^|[\s,;|(\[\u00b7\u2022/])"
    r"(?:(?P<word>cp|sel|hp|cel|mob|ph|tfn|tlf|tel|gsm)\.?[ \t]*[:.#]?|[tmf][ \t]?[:.])[ \t]*$",
    re.IGNORECASE,
)
"""A short phone label right before a number (``cp 0917...``, ``Sel: 082...``, ``T: 020...``,
``M. 06...``): abbreviations that are phone words only as labels. Search it in the dozen
characters before a number. Without the ``word`` group (one letter), a label of prose only."""

PHONE_KEY = re.compile(
    r"(?i:phone|msisdn|mobile|cell|tel|telephone|whatsapp|wa_?id|fax)"
    r"(?i:[_-]?(?:number|no|num|nr))?[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?P<num>\+?\d(?:[ \-]?\d){6,16})(?![\w.]|[-/:]\d)"
)
"""A phone key and its value in ``key=value`` / ``key: value`` / JSON form: ``PhoneNumber=254712448019``,
``msisdn:27831234567``, ``"customer_phone":"0831234567"``. Match at a key word's start; the text
before it must end a word (or an identifier part: ``customer_``, ``recipientPhone``)."""
