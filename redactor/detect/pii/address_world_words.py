"""Hand-written street types, house-number marks, units and place marks of languages whose address
providers Faker lacks (``pii.address_locale`` reads them through `address_locale_words`).

Faker's providers (`address_vocab_data`, generated) cover ~60 locales. Central Asia, the Arab
world beyond Algeria, Afghanistan and Pakistan, Sri Lanka, East Africa, the Balkans outside
Croatia/Slovenia/North Macedonia, the Baltics, the Celtic languages and Turkey have none, yet
their addresses follow the same few orders (a type before or after the name, a mark before the
house number). The words below are the common street types and address words of each language
as the postal conventions write them (UPU address-format notes, national post guides, CLDR-like
format data), not lines of any evaluation corpus.

Rules of the lists: a word must be an address word in its language and rare as a plain word in
English technical text; short Latin abbreviations that are also English (``pr.`` = pull request,
``al.`` = et al., ``pst`` = a time zone, ``Jr.`` = Junior) are left out. Latin words in `BEFORE`
are taken capitalised and in lower case; everything else as written (non-Latin types may stand
on either side of the name).
"""

# ruff: noqa: RUF001, RUF003  -- letters of other scripts are the point here.
from __future__ import annotations

BEFORE: dict[str, str] = {
    # Albanian: rruga (street), bulevardi, sheshi (square), rr. (street)
    "sq": "Rruga|Rr.|Bulevardi|Blv.|Sheshi",
    # Welsh: heol/ffordd (road), stryd (street), lôn (lane), rhodfa (avenue), cilgant (crescent), sgwâr, teras
    "cy": "Heol|Ffordd|Stryd|Lôn|Rhodfa|Cilgant|Sgwâr|Teras",
    # Irish: sráid (street), bóthar (road), ascaill (avenue), lána, cearnóg (square), ardán (terrace), céibh (quay)
    "ga": "Sráid|Bóthar|Ascaill|Lána|Cearnóg|Ardán|Céibh",
    # Scottish Gaelic: sràid (street), rathad (road); Manx straid; Breton straed (street), hent (road)
    "gd_gv_br": "Sràid|Rathad|Straid|Straed|Hent",
    # Maltese: triq (street), sqaq (alley), misraħ (square)
    "mt": "Triq|Sqaq|Misraħ",
    # Swahili: mtaa (street), barabara (road)
    "sw": "Mtaa|Barabara",
    # Peru and the Andes: jirón (street); Uruguay bulevar abbreviation
    "es_PE_UY": "Jirón|Bv.|Bvar.",
    # Somali: wadada/waddada (the road), jidka (the street); Oromo: karaa (road)
    "so_om": "Wadada|Waddada|Jidka|Karaa",
    # Kinyarwanda and Kirundi: umuhanda (road); Samoan: auala (road)
    "rw_sm": "Umuhanda|Auala",
    # Lao and Thai in Latin letters: thanon (road)
    "lo_Latn": "Thanon",
    # Catalan: carrer (street), avinguda (avenue), passeig (promenade), plaça, travessera, passatge, camí
    "ca": "Carrer|Avinguda|Passeig|Plaça|Travessera|Passatge|Camí",
    # Yoruba: òpópónà (road), òpópó (street)
    "yo": "Òpópónà|Òpópó",
}
"""Latin street types written before the name, per language."""

AFTER: dict[str, str] = {
    # Uzbek (Latin, with the three apostrophes in use): ko'chasi (street), shoh ko'chasi (avenue),
    # tor ko'chasi (lane), berk ko'chasi (dead end), mavzesi (quarter)
    "uz": "ko'chasi|ko\u2018chasi|ko\u02bbchasi|kochasi|shoh ko'chasi|tor ko'chasi|berk ko'chasi|mavzesi",
    # Turkmen: köçesi (street), şaýoly (avenue); Kazakh Latin: köşesi, dañğyly
    "tk_kk": "köçesi|şaýoly|köşesi|dañğyly|dangyly",
    # Latvian: iela (street), gatve (way), bulvāris, prospekts; Estonian: tänav, tn, maantee, mnt, puiestee
    "lv_et": "iela|gatve|bulvāris|prospekts|tänav|tn|maantee|mnt|puiestee",
    # Lithuanian: g. (gatvė), gatvė, prospektas, alėja
    "lt": "g.|gatvė|prospektas|alėja",
    # Turkish: cadde/caddesi (street), sokak/sokağı (lane), bulvarı
    "tr": "Cd.|Cad.|Caddesi|Sk.|Sok.|Sokak|Sokağı|Bulvarı",
    # Nepali in Latin letters: marg/marga (road), sadak (road), tole (neighbourhood street), chowk (square)
    "ne_Latn": "Marg|Marga|Sadak|Tole|Chowk",
    # Dzongkha in Latin letters (Bhutan): lam (road)
    "dz_Latn": "Lam",
    # Basque: kalea (street), etorbidea (avenue), hiribidea (avenue), pasealekua (promenade)
    "eu": "kalea|etorbidea|hiribidea|pasealekua",
}
"""Latin street types written after the name, per language."""

OTHER: dict[str, str] = {
    # Kazakh: көшесі (street), даңғылы (avenue), тұйығы (dead end), шағын ауданы (microdistrict)
    "kk": "көшесі|даңғылы|тұйығы|шағын ауданы",
    # Kyrgyz: көчөсү (street), проспекти, бульвары, кичи району
    "ky": "көчөсү|проспекти|бульвары|кичи району",
    # Uzbek Cyrillic: кўчаси/кучаси (street), шоҳ кўчаси (avenue), тор кўчаси, мавзеси
    "uz_Cyrl": "кўчаси|кучаси|шоҳ кўчаси|тор кўчаси|мавзеси",
    # Tajik: кӯчаи/кучаи (street of), хиёбони (avenue of), гузаргоҳи (lane of)
    "tg": "кӯчаи|кучаи|хиёбони|гузаргоҳи",
    # Mongolian: гудамж (street), өргөн чөлөө (avenue)
    "mn": "гудамж|өргөн чөлөө",
    # Tatar and Bashkir: урамы (street), проспекты (avenue), тыкрыгы (lane), бульвары
    "tt_ba": "урамы|проспекты|тыкрыгы",
    # Kyrgyz, Kazakh and Russian Cyrillic avenue abbreviation: пр. (проспект/проспекти)
    "ky_ru": "пр.",
    # Uyghur (Arabic script): يولى (road of), كوچىسى (street of)
    "ug": "يولى|كوچىسى",
    # Georgian avenue abbreviation: გამზ. (გამზირი)
    "ka": "გამზ.",
    # Bulgarian and Serbian: ул. (street), бул. (boulevard), улица, булевар
    "bg_sr": "ул.|бул.|улица|Улица|булевар|Булевар",
    # Arabic: شارع (street), طريق (road), جادة (avenue), زقاق (alley), ممر (passage), ميدان (square)
    "ar": "شارع|طريق|جادة|زقاق|ممر|ميدان",
    # Dari and Pashto: سرک (road), جاده, کوچه; Urdu: گلی (street), سڑک (road), روڈ, شاہراہ (highway)
    "prs_ur": "سرک|گلی|سڑک|روڈ|شاہراہ",
    # Sinhala: පාර (road), මාවත (avenue), පටුමග (lane), වීදිය (street)
    "si": "පාර|මාවත|පටුමග|වීදිය",
    # Tamil: சாலை (road), தெரு (street), வீதி (street)
    "ta": "சாலை|தெரு|வீதி",
    # Amharic: መንገድ (road); Khmer: ផ្លូវ (street)
    "am_km": "መንገድ|ផ្លូវ",
    # Nepali (Devanagari): मार्ग (road), सडक (road), टोल (tole), चोक (square), गल्ली (lane)
    "ne": "मार्ग|सडक|टोल|चोक|गल्ली",
    # Burmese: လမ်း (street, often glued to its name), လမ်းမ / လမ်းမကြီး (main road)
    "my": "လမ်း|လမ်းမ|လမ်းမကြီး",
    # Lao: ຖະໜົນ (road), ຮ່ອມ (lane)
    "lo": "ຖະໜົນ|ຮ່ອມ",
    # Tigrinya and Amharic: ጎደና / ጎዳና (avenue)
    "ti_am": "ጎደና|ጎዳና",
}
"""Street types of scripts without case, written before or after the name."""

MARKS: dict[str, str] = {
    "sw": "Nyumba Na.|Nyumba Namba",
    "sq_sr": "nr.|br.|бр.",
    "tr": "No:|Bina No:",
    "tk_kk_uz": "jaý|үй",
    "ar": "مبنى رقم|دار",  # not رقم alone: "number" in any sentence; دار (house) before its number (Iraq)
    "tg": "хонаи",  # Tajik: house (of), before its number
    "tt_ba": "йорт",  # Tatar/Bashkir: house
    "ur": "مکان نمبر|گھر نمبر|پلاٹ نمبر",
    "si_ta": "නො.|අංක|எண்|கதவு எண்",
    "am": "የቤት ቁ.|የቤት ቁጥር",
    "km": "ផ្ទះលេខ",
    "en": "House No.|House|Plot No.|Ward No.",
    "ne": "घर नं.|घर नम्बर|वडा नं.|वडा नम्बर",  # Nepali: house no., ward no.
    "my": "အမှတ်|တိုက်အမှတ်",  # Burmese: number, building number (before the house number)
    "lo": "ເຮືອນເລກທີ",  # Lao: house number (not ເລກທີ alone: "number")
    "so": "Guriga",  # Somali: the house
}
"""House-number marks (a word before the number)."""

UNITS: dict[str, str] = {
    "kk": "пәтер",
    "ky": "батир",  # Kyrgyz: flat
    "tt_ba": "фатир",  # Tatar/Bashkir: flat
    "uz": "хонадон|xonadon",  # Uzbek: flat
    "ka": "ბ.|ბინა",  # Georgian: flat
    "bg": "бл.|вх.|ет.|ап.",
    "tr": "D:|Daire|Kat:",
    "ar": "شقة|عمارة|الطابق|مربع",  # مربع: block (Sudan)
    "fa_ur": "طبقه|بلاک",
    "sw": "Kitalu",
    "my": "အခန်း|လွှာ",  # Burmese: room, floor
}
"""Unit words (flat, block, floor, entrance)."""

PLACE_MARKS: frozenset[str] = frozenset(
    {
        "ш.",  # Tajik/Kazakh/Uzbek Cyrillic: шаҳр/шаһар/шаҳри (city)
        "sh.",  # Uzbek Latin: shahri (city)
        "tumani",  # Uzbek: district
        "тумани",  # Uzbek Cyrillic: district
        "ноҳияи",  # Tajik: district (of)
        "ҡ.",  # Bashkir: ҡала (city)
        "район",  # Russian/Tatar: district
        "رايونى",  # Uyghur: district
        "محلة",  # Iraqi Arabic: mahalla (quarter)
        "ауданы",  # Kazakh: district
        "дүүрэг",  # Mongolian: district
        "хороо",  # Mongolian: khoroo (sub-district)
        "حي",  # Arabic: district
        "ناحیه",  # Dari/Persian: district
        "منطقه",  # Persian: area
        "Sangkat",  # Cambodia: commune
        "សង្កាត់",  # Khmer: commune
        "ቀበሌ",  # Amharic: kebele
        "ወረዳ",  # Amharic: woreda
        "ክፍለ ከተማ",  # Amharic: sub-city
        "वडा",  # Nepali: ward
        "नगरपालिका",  # Nepali: municipality
        "गाउँपालिका",  # Nepali: rural municipality
        "जिल्ला",  # Nepali: district
        "ရပ်ကွက်",  # Burmese: ward
        "မြို့နယ်",  # Burmese: township
        "ບ້ານ",  # Lao: village
        "ເມືອງ",  # Lao: district
        "ແຂວງ",  # Lao: province
        "Muang",  # Lao in Latin letters: district
        "Meuang",  # Lao in Latin letters: district
        "Degmada",  # Somali: the district
        "Xaafadda",  # Somali: the neighbourhood
        "Gobolka",  # Somali: the region
        "Aanaa",  # Oromo: district
        "Magaalaa",  # Oromo: city
        "Akarere",  # Kinyarwanda: district
        "Umurenge",  # Kinyarwanda: sector
        "Akagari",  # Kinyarwanda: cell
        "Umudugudu",  # Kinyarwanda: village
    }
)
"""Words before or after a place name (a district, a city)."""

NUMBER_FIRST: frozenset[str] = frozenset(
    {
        "үй",  # Kyrgyz/Kazakh: house (``14-үй``)
        "уй",  # Uzbek Cyrillic: house
        "uy",  # Uzbek Latin: house
        "батир",  # Kyrgyz: flat
        "пәтер",  # Kazakh: flat
        "фатир",  # Tatar/Bashkir: flat (``18-се фатир``)
        "хонадон",  # Uzbek Cyrillic: flat
        "xonadon",  # Uzbek Latin: flat
        "мавзе",  # Uzbek Cyrillic: quarter (``9-мавзе``)
        "mavze",  # Uzbek Latin: quarter
        "хороо",  # Mongolian: sub-district (``1-р хороо``)
        "тоот",  # Mongolian: flat number
        "давхар",  # Mongolian: floor
    }
)
"""Unit and quarter words Turkic languages and Mongolian write after an ordinal number: the number,
a hyphen, an optional case suffix (``-р``, ``-се``) and the word (``12-батир``, ``15-uy``)."""

PARTICLES: frozenset[str] = frozenset({"y", "yr", "na", "ar", "an", "wa", "ya"})
"""Lower-case words inside a street name (not inside a place): Welsh ``y``/``yr`` (the), Irish and
Gaelic ``na``/``an`` (of the), Breton ``ar`` (the), Swahili ``wa``/``ya`` (of): ``Heol y Frenhines``,
``Mtaa wa Uhuru``. (``nan`` is left out: a missing value in data dumps.)"""


def words(table: dict[str, str]) -> set[str]:
    """Every word of a table (the values split at ``|``)."""
    return {w for v in table.values() for w in v.split("|") if w}
