"""More street types, house-number marks, units and place marks, written language by language
before any set showed them (session 16); read with `address_world_words` by `address_locale_words`.

Session 16 checked ~150 languages (every language with a sizeable Wikipedia, grouped by script)
against the address words the tree had (Faker's providers in `address_vocab_data`, the hand-written
`address_world_words`, `address_native`, `address_south`, `address_cyr_cases`) with one invented
address per language in a form line and in a sentence (checklist:
``/work/notes/s16/addrlang/checklist.md``). This module fills the gaps it showed: minority Romance
and Celtic languages (Corsican, Occitan, Sardinian, Galician, Romansh, Papiamento, Irish, Scottish
Gaelic, Manx, Breton, Cornish), Basque and Baltic gaps, Malay, Indonesian and Balinese estate and
place words, Tagalog, Malagasy, Swahili, Oromo, Hausa, Turkish organised industrial zones and
Turkic/Iranian district words, Belarusian, Bulgarian, Serbian, Chuvash, Sorani Kurdish, Pashto,
Sindhi, Dhivehi (Thaana and the Latin spelling of Malé's streets), Bhutan's districts, and the
Dravidian and other Indic scripts `address_south` does not read (Telugu, Kannada, Malayalam, Odia).
The scripts `address_south` reads as lists of parts (Urdu, Devanagari, Bengali, Gurmukhi, Gujarati,
Ethiopic) get no words here: a Punjabi house mark here made `address_locale` grow an address left
over a phone number before it (``ਫ਼ੋਨ +91 ..., ਪਤਾ ਮਕਾਨ ਨੰ. 44``), which `address_south` does not.

The words are the common street types and address words of each language as the postal
conventions write them (UPU address-format notes, national post guides, CLDR-like format data,
the languages' own street-sign forms), not lines of any evaluation corpus. Rules as in
`address_world_words`: an address word of its language, rare as a plain word in English technical
text (left out: ``Titin``, a protein; ``Bali``, an island; ``Kata``; Italian ``carriera``
(career); ``RT``/``RW``, Indonesian neighbourhood units that are also English abbreviations);
none of them finds anything alone: the address cores still need a street name and a house number.
"""

# ruff: noqa: RUF001, RUF003  -- letters of other scripts are the point here.
from __future__ import annotations

BEFORE: dict[str, str] = {
    # Irish: plás (place), bealach (way), corrán (crescent), céide (drive), garrán (grove)
    "ga": "Plás|Bealach|Corrán|Céide|Garrán",
    # Scottish Gaelic: ceàrnag (square), cidhe (quay), slighe (way); Manx: bayr (road)
    "gd_gv": "Ceàrnag|Cidhe|Slighe|Bayr",
    # Breton: plasenn (square); Cornish: fordh (road)
    "br_kw": "Plasenn|Fordh",
    # Corsican: carrughju (street), chjassu (path), corsu (avenue)
    "co": "Carrughju|Chjassu|Corsu",
    # Occitan: carrièra (street), avenguda (avenue), camin (way), baloard (boulevard), carrairon (lane)
    "oc": "Carrièra|Avenguda|Camin|Baloard|Carrairon",
    # Sardinian: carrela (street), pratza (square); Romansh: plazza (square)
    "sc_rm": "Carrela|Pratza|Plazza",
    # Galician: rúa (street), praza (square), camiño (way), rolda (ring road), corredoira (lane)
    "gl": "Rúa|Praza|Camiño|Rolda|Corredoira",
    # Papiamento (Curaçao, Aruba, Bonaire): kaya (street), kaminda (road)
    "pap": "Kaya|Kaminda",
    # Malagasy: lalana (street)
    "mg": "Lalana",
    # Malay: lorong/lrg. (lane), persiaran (avenue), lebuh (street), lebuhraya (highway), jln. (jalan)
    "ms": "Lorong|Lrg.|Persiaran|Lebuh|Lebuhraya|Jln.",
    # Indonesian and Balinese housing estates: perumahan/perum., komplek
    "id_ban": "Perumahan|Perum.|Komplek",
    # Tagalog: kalye (street); Kurmanji Kurdish: kolana (street of)
    "tl_ku": "Kalye|Kolana",
    # Haitian Creole: ri (street), avni (avenue), wout (road), ruèl (alley) -- session 16, late
    "ht": "Ri|Avni|Wout|Ruèl",
}
"""Latin street types written before the name, per language (taken capitalised and in lower case)."""

AFTER: dict[str, str] = {
    # Dhivehi in Latin letters (Malé): magu (street), hingun (avenue), goalhi (lane)
    "dv_Latn": "Magu|Hingun|Goalhi",
    # Basque: errepidea (road), enparantza (square), zeharkalea (cross street)
    "eu": "errepidea|enparantza|zeharkalea",
    # Latvian: laukums (square), šķērsiela (cross street), šoseja (highway), krastmala (embankment)
    "lv": "laukums|šķērsiela|šoseja|krastmala",
    # Lithuanian: aikštė (square), skersgatvis/skg. (lane), plentas (highway), krantinė (embankment)
    "lt": "aikštė|skersgatvis|skg.|plentas|krantinė",
    # Estonian: väljak (square), põik (lane)
    "et": "väljak|põik",
    # Turkish: cadde (street), meydanı (square), çıkmazı (dead end), yolu (road)
    "tr": "Cadde|Meydanı|Çıkmazı|Yolu",
    # Azerbaijani: döngəsi (lane), prospekti (avenue), küçəsi (street)
    "az": "döngəsi|prospekti|küçəsi",
}
"""Latin street types written after the name, per language (as written)."""

OTHER: dict[str, str] = {
    # Belarusian: вуліца (street), праспект (avenue), завулак (lane), плошча (square), праезд (passage)
    "be": "вуліца|праспект|завулак|плошча|праезд",
    # Bulgarian: ж.к. (housing complex), площад (square); Serbian: трг (square); Macedonian: плоштад
    "bg_sr_mk": "ж.к.|площад|трг|плоштад",
    # Chuvash: урамӗ (street of)
    "cv": "урамӗ",
    # Sorani Kurdish: شەقام/شەقامی (street, street of), کۆڵان/کۆڵانی (alley, alley of)
    "ckb": "شەقامی|شەقام|کۆڵانی|کۆڵان",
    # Pashto: سړک (road), واټ (avenue), کوڅه (street)
    "ps": "سړک|واټ|کوڅه",
    # Sindhi: روڊ (road), گهٽي (street)
    "sd": "روڊ|گهٽي",
    # Dhivehi (Thaana): މަގު (street), ހިނގުން (avenue), ގޯޅި (lane)
    "dv": "މަގު|ހިނގުން|ގޯޅި",
    # Telugu: రోడ్డు/రోడ్ (road), వీధి (street)
    "te": "రోడ్డు|రోడ్|వీధి",
    # Kannada: ರಸ್ತೆ (road), ರೋಡ್ (road), ಬೀದಿ (street)
    "kn": "ರಸ್ತೆ|ರೋಡ್|ಬೀದಿ",
    # Malayalam: റോഡ് (road), തെരുവ് (street)
    "ml": "റോഡ്|തെരുവ്",
    # Odia: ରୋଡ (road), ମାର୍ଗ (road)
    "or": "ରୋଡ|ମାର୍ଗ",
}
"""Street types of scripts without case, written before or after the name."""

MARKS: dict[str, str] = {
    "sd": "گهر نمبر",  # Sindhi: house number
    "ps": "د کور نمبر|کور نمبر",  # Pashto: house number
    "ckb": "خانووی ژمارە|ژمارەی خانوو",  # Sorani: house number
    "te": "ఇంటి నం.|ఇంటి నంబర్",  # Telugu: house no.
    "kn": "ಮನೆ ಸಂಖ್ಯೆ|ಮನೆ ನಂ.",  # Kannada: house no.
    "ml": "വീട്ടു നമ്പർ|വീട് നമ്പർ",  # Malayalam: house number
    "or": "ଘର ନଂ",  # Odia: house no.
    "om": "Lakk. Manaa|Lakkoofsa Manaa",  # Oromo: house number
    "tr": "Kapı No:|Dış Kapı No:|İç Kapı No:",  # Turkish: door number (outer, inner)
}
"""House-number marks (a word before the number)."""

UNITS: dict[str, str] = {
    "az": "mənzil",  # Azerbaijani: flat
    "ms_id": "Tingkat|Lantai",  # Malay, Indonesian: floor
    "sw": "Ghorofa|Nyumba",  # Swahili: floor, house (``Nyumba 4C``)
}
"""Unit words (flat, floor)."""

PLACE_MARKS: frozenset[str] = frozenset(
    {
        # Irish: contae (county); Scottish Gaelic: siorrachd (shire)
        "Contae", "Siorrachd",
        # Turkish: organised industrial zone, industrial estate, free zone, locality, village, quarter
        "OSB", "O.S.B.", "Organize Sanayi Bölgesi", "Sanayi Sitesi", "Serbest Bölgesi", "Mevkii", "Köyü",
        "Mh.",
        # Azerbaijani: city, district, settlement, village (of)
        "şəhəri", "rayonu", "qəsəbəsi", "kəndi",
        # Turkmen: city, district, province, village (of)
        "şäheri", "etraby", "welaýaty", "obasy",
        # Kyrgyz: city, district, region, village (of)
        "шаары", "району", "облусу", "айылы",
        # Kazakh: city, region, village (of)
        "қаласы", "облысы", "ауылы",
        # Uzbek and Tajik: region, city (of)
        "viloyati", "shahri", "вилояти", "шаҳри",
        # Belarusian: district, region
        "раён", "вобласць",
        # Bulgarian: city, municipality; housing complex
        "гр.", "общ.", "ж.к.",
        # Sindhi: village, district, taluka; Pashto: district; Sorani: quarter, governorate (of)
        "ڳوٺ", "ضلعو", "تعلقو", "ولسوالۍ", "گەڕەکی", "پارێزگای",
        # Bhutan: district, block, municipality, village group
        "Dzongkhag", "Gewog", "Thromde", "Chiwog",
        # Indonesian and Balinese: sub-district, village ward, regency, village, banjar, hamlet, province
        "Kecamatan", "Kec.", "Kelurahan", "Kel.", "Kabupaten", "Kab.", "Desa", "Desa Adat", "Banjar",
        "Banjar Dinas", "Br.", "Dusun", "Dsn.", "Provinsi", "Prov.",
        # Malay: housing estate, village, parish, district
        "Taman", "Kampung", "Kg.", "Mukim", "Daerah",
        # Tagalog and the Philippines: barangay, purok, sitio, city
        "Barangay", "Brgy.", "Bgy.", "Purok", "Sitio", "Lungsod",
        # Swahili: district, region, village, division
        "Wilaya", "Mkoa", "Kijiji", "Tarafa",
        # Malagasy: fokontany, commune, district
        "Fokontany", "Kaominina", "Distrika",
        # Oromo: zone, region, village, sub-city
        "Godina", "Naannoo", "Gandaa", "Kutaa Magaalaa",
        # Hausa: local government (of), state (of)
        "Karamar Hukumar", "Jihar",
    }
)  # fmt: skip
"""Words before or after a place name (a district, a village, an industrial zone)."""
