# ruff: noqa: RUF001  -- birth words of many scripts are the point here.
"""Birth cues of more languages, for `dob_vocab` / `dob_cues` (session 15, late round).

A whole-language table, like session 14's month names: for each language the form label for "date
of birth" (as written on forms, in HR, school and medical records) and, where it is unambiguous,
the participle "born". It fills the languages `dob_vocab` (sessions 10-14) lacks: Celtic (Scottish
Gaelic, Irish, Manx, Breton, Cornish), Nordic and other Germanic (Faroese, Frisian, Luxembourgish,
Afrikaans, Yiddish), more Romance (Sardinian, Occitan, Friulian, Romansh, Asturian, Papiamento,
Haitian Creole), Turkic and Mongolic (Tatar, Bashkir, Chuvash, Kazakh, Uzbek Cyrillic, Turkmen,
Azerbaijani, Uyghur, Crimean Tatar, Yakut), Iranian (Tajik, Kurdish, Pashto), Indic and Dravidian
scripts (Odia, Kannada, Malayalam, Assamese, Sindhi), Tibetan, Dhivehi (Thaana), Burmese, Khmer,
Lao, Austronesian (Malagasy, Javanese, Cebuano, Ilocano, Tetum, Maori, Samoan, Hawaiian, Fijian),
African (Somali, Oromo, Kinyarwanda, Kirundi, Luganda, Shona, Sotho, Tswana, Chewa, Wolof,
Lingala, Tigrinya, Swati) and Baltic/Finnic/Slavic gaps (Belarusian, Macedonian, Northern Sami).

`dob_cues` reads every entry folded (lower case, Latin/Greek/Cyrillic accents dropped) with any of
``space _ - . /`` or nothing between the words, and only when a date follows within a short gap,
so a label here never masks anything by itself.
"""

from __future__ import annotations

STEMS: tuple[str, ...] = (
    # Celtic
    "ceann là breith", "ceann latha breith", "latha breith", "là breith", "co là breith",
    "co latha breith", "dàta breith", "data breith", "dáta breith", "lá breithe", "laa ruggyree",
    "deiziad ganedigezh", "deiz ganedigezh", "dydh genesigeth", "dyddiad ei eni", "dyddiad ei geni",
    # Nordic and other Germanic
    "føðingardag", "fødingardag", "føðingardato", "fødingardato", "føðidag", "bertedatum",
    "bertedei", "gebuertsdatum", "gebuertsdag", "geboortedag", "geburtsdatum", "געבורט טאג",
    "געבוירן",
    # Romance
    "data de nàschida", "data de naschida", "dii de nàschida", "naschimentu", "data de naissença",
    "data de naissenca", "date di nassite", "data da naschientscha", "fecha de nacencia",
    "fecha di nacemento", "fecha di nasementu", "dat nesans", "dat de nesans", "dat de naissance",
    # Slavic, Baltic, Finnic, Sami
    "дата нараджэння", "нарадзіўся", "нарадзілася", "датум на раѓање", "датум на рагање",
    "riegádanbeaivi", "riegadanbeaivi", "riegádan", "syntymäpvm", "synt aika", "gimimo metai",
    # Turkic, Mongolic
    "туган көне", "туган көн", "туган дата", "туу датасы", "тыуған көнө", "тыуған көн",
    "тыуған датаһы", "çуралнă кун", "çуралнӑ кун", "туылған күні", "туған жылы", "tuǵan kúni",
    "tugan kuni", "tuwılǵan sánesi", "туғилган сана", "туғилган кун", "туғилган", "tug'ilgan",
    "tugilgan", "tuğilgan", "doglan senesi", "doglan güni", "doğulduğu tarix", "doğum tarixi",
    "doğğan künü", "тӧрөөбүт күнэ", "төрөөбүт күнэ", "төрсөн он", "төрсөн өдөр",
    "تۇغۇلغان ۋاقت", "تۇغۇلغان كۈن", "تۇغۇلغان", "tughulghan",
    # Iranian
    "санаи таваллуд", "таваллуд", "рӯзи таваллуд", "dîroka jidayikbûn", "diroka jidayikbun",
    "jidayikbûn", "jidayikbun", "rojbûn", "لەدایکبوون", "ڕێکەوتی لەدایکبوون", "د زیږیدو نیټه",
    "د زېږېدو نېټه", "زیږیدنې نیټه", "زېږېدنې نېټه", "زیږیدلی", "زېږېدلی", "د زیږون نیټه",
    "د زېږون نېټه", "زیږون نیټه", "زېږون نېټه",
    # Indic, Dravidian
    "ଜନ୍ମ ତାରିଖ", "ଜନ୍ମତାରିଖ", "ଜନ୍ମ ତିଥି", "ଜନ୍ମତିଥି", "ಹುಟ್ಟಿದ ದಿನಾಂಕ", "ಜನ್ಮ ದಿನಾಂಕ", "ಜನ್ಮದಿನಾಂಕ",
    "ജനന തീയതി", "ജനനത്തീയതി", "ജനനതീയതി", "ജനിച്ച തീയതി", "জন্মৰ তাৰিখ", "জন্ম তাৰিখ",
    "ڄمڻ جي تاريخ", "ਜਨਮ ਤਾਰੀਖ", "ਜਨਮ ਤਰੀਕ", "जन्म दिनांक", "जन्मदिनांक", "जन्म तारिख",
    "பிறந்த நாள்", "பிறந்த திகதி", "పుట్టిన రోజు", "জন্মদিন", "উপন্ন দিনয়",
    # Tibetan, Dhivehi, Burmese, Khmer, Lao
    "སྐྱེས་ཚེས", "སྐྱེས་དུས", "འཁྲུངས་ཚེས", "སྐྱེས་ཟླ", "އުފަން ތާރީޚ", "އުފަންތާރީޚ", "އުފަން ދުވަސ",
    "မွေးသက္ကရာဇ်", "မွေးနေ့", "မွေးဖွားသည့်နေ့", "ថ្ងៃខែឆ្នាំកំណើត", "ថ្ងៃកំណើត", "កើតថ្ងៃ",
    "ວັນເດືອນປີເກີດ", "ວັນເກີດ", "ເກີດວັນທີ",
    # Semitic, Horn of Africa
    "תאריך לידה", "תאריך הלידה", "ዕለተ ልደት", "ዝተወለደ", "ዝተወልደ", "የልደት ቀን",
    # Austronesian, Pacific
    "daty nahaterahana", "nahaterahana", "tanggal lair", "petsa sa pagkatawo", "petsa ti pannakayanak",
    "data moris", "loron moris", "rā whānau", "ra whanau", "aso fanau", "lā hānau", "la hanau",
    "siga ni sucu", "tarikh kelahiran",
    # African
    "taariikhda dhalashada", "taariikh dhalasho", "guyyaa dhalootaa", "guyyaa dhaloota",
    "itariki y'amavuko", "itariki yamavuko", "itarike y'amavuka", "itarike yamavuka",
    "olunaku lw'okuzaalibwa", "olunaku lwokuzaalibwa", "zuva rekuzvarwa", "zuva rokuzvarwa",
    "letsatsi la tsalo", "letlha la matsalo", "letsatsi la matsalo", "tsiku lobadwa",
    "tsiku lakubadwa", "bés bu juddu", "bes bu juddu", "mokolo ya mbotama", "lusuku lwekutalwa",
    "siku ya kuzaliwa",
)  # fmt: skip
"""Cue stems of more languages: any word starting with one introduces a date of birth."""

WORDS: tuple[str, ...] = (
    "teraka", "rugadh", "ganwyd", "ganed", "ganet", "genys", "ruggit", "føddur", "fødd", "føðdur",
    "gebuer", "gebore", "nàschidu", "naschidu", "nascut", "nascuda", "naskiĝis",
    "naskigxis", "natus", "twieled", "twieldet", "jaioa", "jaio zen", "dhashay", "dhalatay",
    "yavutse", "yazaalibwa", "akazvarwa", "anabadwa", "o tsetswe", "natawo", "nayanak",
    "doğulub", "doglan", "туган", "тыуған", "туылған", "төрөөбүт", "ተወለደ", "ተወልደ",
)  # fmt: skip
"""Whole "born" words of more languages: a date of birth follows (``Teraka: 14/06/1987``)."""
