"""Street addresses, in the many shapes people write them.

An address is found from a *core* and then grown along the line and over the following lines:

cores
  - English: house number, street words, a street suffix (``385 Gemsbok St``, ``2347 Lauzon
    Parkway``);
  - street-type prefix + house number (``Rua Igreja 25``, ``Via Zannoni 49``, ``ul. Cicha 86``,
    ``1812 Rue De La Gare``);
  - street-suffix word + house number (``Populierenstraat 374``, ``Sygehusvej 153``,
    ``Hlíðarvegur 97``, ``Erzsébet tér 19.``, ``Martin Linges veg 149``);
  - post boxes and US military addresses (``P.O. Box 186``, ``PSC 0725, Box 6031 / APO AP 99241``);
  - ``the corner of X and Y``;
  - weak: capitalised words + house number (``Atamaria 86``), accepted only with evidence.
growth
  units (``Apt. 236``, ``Suite 721``), ``, City``, ``, ST 12345``, postcodes, and following lines
  that hold a unit, a city, a state or a country and postcode (also behind ``>`` quote markers).
evidence
  a unit or postcode found while growing, or an address cue before it (``address``, ``lives
  at``, ``moved to``, ``send ... to``). Weak cores need it; English cores with rare suffixes too.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

from redactor.detect.pii._base import TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii._gates import EVERYTHING, Gates, re2_source
from redactor.detect.pii._vocab import NOT_NAME_WORDS, TECH_NAMES, words
from redactor.detect.pii.address_words import (
    ADDRESS_LABEL,
    CUES,
    LOWER_STREET_ABBREVIATIONS,
    NOT_TEXT,
    PLACE_STOP,
    labelled_values,
)

_W = r"[^\W\d_][\w'\u2019.-]*"  # a word (any script; inner apostrophes, dots, hyphens)
_LOWER = r"a-z\u00df-\u00f6\u00f8-\u00ff"
"""Lower-case letters of ASCII and Latin-1 (``è`` in ``è via roma`` starts no street name)."""
_CW = r"(?:[^\W\d_" + _LOWER + r"][\w'\u2019.-]*)"  # a word starting with a capital (or a caseless script)
_CW_FIRST = r"[^\W\d_" + _LOWER + r"]"
"""The first character of `_CW`. The cores open with a lookahead for their first character: it
changes no match and lets ``re`` reject most positions before trying the core's look-behind."""
_NUM = r"\d{1,6}(?:/\d{1,4}){0,3}[A-Za-z]?(?:-(?:[A-Za-z]{1,2}|\d{1,3})(?![\w-]))?"
"""A house number: ``221``, ``84/92``, ``12A``, and Dutch/Belgian additions ``221-H``, ``12-2``."""
_TRAIL_NUM = r"\d{1,5}(?:/\d{1,4}){0,3}[A-Za-z]?(?:-(?:[A-Za-z]{1,2}|\d{1,3}))?\b"
"""A house number after the street name, with the same additions as `_NUM`."""
_ZIP = (
    r"(?:\d{3,6}(?:[ -]\d{2,5})?|\d{2}-\d{3}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|\d{4}[ ]?[A-Z]{2}"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d{4}(?:[A-Z]{3})?|[A-Z]\d{2}[ ][A-Z0-9]{4})"
)
_UNIT = (
    r"(?:(?i:apt\.?|apartment|suite|ste\.?|unit|flat|floor|fl\.|room|rm\.?|box|bldg\.?|building|#|m\.|lok\.|no[:.]?"
    r"|nr\.?|daire|d[:.]|kat|piso|puerta|bus|top|stiege|etage|blk\.?|block|tower|torre"
    r"|apto\.?|ap\.|depto\.?|dpto\.?|dept\.?|andar|sala|conj\.?|bloco|casa|lote)"
    r"(?::[ \t]*|[ \t]*)[A-Za-z]?\d{1,5}(?:-\d{1,5})?[A-Za-z]?\b"
    r"(?:[ \t]+(?i:depto\.?|dpto\.?|apto\.?|puerta|letra)[ \t]*[A-Z]\b)?"
    r"|(?i:depto\.?|dpto\.?|apto\.?|puerta|letra)[ \t]*[A-Z]\b"
    r"|\d{1,2}\.?[\u00ba\u00aa\u00b0][ \t]?(?:(?i:izq(?:da)?|dcha|der|izda|ctro|esq|dto|dta|dir|frente)|[A-Z])?\.?"
    r"|\d{1,2}\.[ \t]?(?:th|tv|mf|sal|st)\.?|[A-Z][ \t]\d{1,3}\b"
    r"|\d{1,3}(?:st|nd|rd|th)[ \t]+(?i:floor|fl\.))"
)

_COMMON_SUFFIX = (
    "Street St Road Rd Avenue Ave Av Boulevard Blvd Lane Ln Drive Dr Court Ct Place Pl Terrace"
    " Way Parkway Pkwy Highway Hwy Square Sq Crescent Cres Close Trail Trl Row Walk Alley"
)
_RARE_SUFFIX = (
    "Circle Cir Heights Hts Hill Hills Creek Cliff Cliffs Prairie Flat Flats Forge Forges Pass"
    " Gardens Garden Grove Park Ridge View Loop Path Plaza Point Port Pike Run Landing Meadow"
    " Meadows Mews Mill Mills Valley Vista Village Glen Green Harbor Harbour Haven Island Isle"
    " Junction Knoll Lake Lakes Lodge Manor Mount Mountain Orchard Oval Ranch Rapids River Shore"
    " Shores Spring Springs Summit Trace Turnpike Ville Wharf Wells Bend Bluff Branch Bridge"
    " Brook Burg Bypass Camp Canyon Cape Causeway Center Centre Common Corner Cove Crest Crossing"
    " Curve Dale Dam Divide Estate Estates Expressway Extension Falls Ferry Field Fields Ford"
    " Forest Fork Fort Freeway Gateway Hollow Inlet Parade Esplanade Quay Rise Strand Wynd Chase"
    " Fairway Promenade Streets Roads Lanes Drives Courts Ways"
)
_COMMON = frozenset(_COMMON_SUFFIX.lower().split())
_SUFFIX = r"(?:" + "|".join(sorted(set((_COMMON_SUFFIX + " " + _RARE_SUFFIX).split()), key=len, reverse=True)) + r")"

_STREET_WORDS = frozenset((_COMMON_SUFFIX + " " + _RARE_SUFFIX).lower().split())

_UK_ONE_WORD_CORE = re.compile(
    r"(?=\d)"
    r"(?<![\w.,/:-])\d{1,4}[A-Za-z]?[ \t]+(?P<words>[A-Z][a-z]{3,})(?=,[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,?[ \t]+"
    r"[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}\b)"
)
"""``22 Bishopsgate, London EC2N 4BQ``: a one-word street (no street type) is an address when a
city and a full UK postcode follow it."""

_US_CORE = re.compile(
    r"(?=\d)(?<![\w.,/:-])(?P<num>" + _NUM + r"(?:[ \t]+\d{1,6})?)[ \t]+(?:[NSEW]\.?[ \t]+)?"
    r"(?P<words>" + _CW + r"(?:[ \t]+" + _W + r"){0,3}?)[ \t]+(?P<suffix>" + _SUFFIX + r")\b\.?"
    r"(?:[ \t]+(?:East|West|North|South|NE|NW|SE|SW|E|W|N|S)\b)?(?:[ \t]+\d{1,3}\b(?![.:]\d))?"
)
_PREFIX_TYPES = (
    r"Rue|Rua|R\.|R|Via|Viale|Vicolo|Piazza|Piazzale|Corso|Largo|Calle|Carrer|Avenida|Avda\.?|Av\.|Paseo"
    r"|Plaza|Camino|Carretera|Ctra\.?|Travessa|Praça|Pra[cç]a|Estrada|Alameda|Boulevard|Bd\.|Chemin|All[ée]e"
    r"|Impasse|Place|Quai|Route|ul\.|ulica|al\.|aleja|os\.|pl\.|Gl\.|Str\.|Strada|Calea|Jalan|Jl\.|C/"
    r"|\u039b\.|\u039f\u03b4\u03cc\u03c2|\u039b\u03b5\u03c9\u03c6\u03cc\u03c1\u03bf\u03c2"
)
_LOWER_TYPES = (
    r"(?i:rue|rua|via|viale|calle|carrer|avenida|chemin|strada|paseo|corso|piazza|largo|travessa|pra[cç]a"
    r"|estrada|alameda|jalan)"
)
_FR_TYPES = r"(?i:boulevard|bd|avenue|impasse|all[\u00e9e]e|quai|cours|chauss[\u00e9e]e)"
_VN_TYPES = r"\u0110\u01b0\u1eddng|Ph\u1ed1|Ng\u00f5|H\u1ebbm"
"""Vietnamese street types, after the house number: ``123 Đường Lê Lợi`` (Đường, Phố, Ngõ, Hẻm)."""
_PARTICLES = (
    r"(?:(?:de|del|de la|de las|de los|della|delle|di|da|do|dos|das|des|du|d'|von|van|der|den|la|le|les|el)[ \t]+)"
)
_PREFIX_CORE = re.compile(
    r"(?=[\dRVPCLAETBIQuaopGSJ\u039b\u039f\u0110NH]|(?i:[rvcsptlejabiq]))(?:"  # the first characters of the
    # alternatives (see `_CW_FIRST`): a house number, `_PREFIX_TYPES`, `_LOWER_TYPES`, `_FR_TYPES`, `_VN_TYPES`;
    r"(?<![\w.-])(?:"  # then the look-behind all three alternatives share
    r"(?:(?P<num>"
    + _NUM
    + r")[ \t]+)?(?:"
    + _PREFIX_TYPES
    + r"|"
    + _LOWER_TYPES
    + r")[ \t]+"
    + _PARTICLES
    + r"*"
    + _CW
    + r"(?:[ \t]+"
    + _W
    + r"){0,4}?(?:,[ \t]*|[ \t]+)\d{1,5}(?:/\d{1,4})?[A-Za-z]?\b\.?"
    r"|"
    + _NUM
    + r"[ \t]+(?:Rue|Rua|Via|Calle|Avenida|Chemin|Route|Place|"
    + _VN_TYPES
    + r"|"
    + _LOWER_TYPES
    + r")[ \t]+"
    + _W
    + r"(?:[ \t]+"
    + _W
    + r"){0,3}"
    r"|" + _NUM + r"[ \t]+" + _FR_TYPES + r"[ \t]+" + _PARTICLES + r"*" + _CW + r"(?:[ \t]+" + _W + r"){0,3}"
    r"))"
)
_TR_TYPES = r"(?:Caddesi|Cad\.|Sokak|Soka\u011f\u0131|Sok\.|Bulvar\u0131|Blv\.|Mahallesi|Mah\.)"
_TR_CORE = re.compile(
    r"(?="
    + _CW_FIRST
    + r")(?<![\w.-])"
    + _CW
    + r"(?:[ \t]+"
    + _W
    + r"){0,3}?[ \t]+"
    + _TR_TYPES
    + r"[ \t]+(?:No[:.]?[ \t]*)?\d{1,5}[A-Za-z]?\b"
)
"""Turkish street types: ``Bağdat Caddesi No: 214``."""
_IN_CROSS = r"(?:st|nd|rd|th)[ \t]+(?:Cross|Main|Stage|Phase|Block|Sector|Street|Road|Avenue|Lane|Floor)"
_IN_CORE = re.compile(
    r"(?<![\w.-])(?i:no\.?|#|(?:flat|house|plot|door)(?:[ \t]+no\.?)?)[ \t]*\d{1,5}[A-Za-z]?,[ \t]*"
    r"(?:" + _CW + r"(?:[ \t]+" + _CW + r"){0,3},[ \t]*){0,2}\d{1,2}" + _IN_CROSS + r"(?:[ \t]+(?:Road|Street))?\b"
)
"""Indian addresses: ``No. 45, 2nd Cross``, ``Flat 302, Sai Residency, 12th Cross`` (a building between)."""
_JP_CORE = re.compile(
    r"(?=\d)"
    r"(?<![\w.-])\d{1,2}(?:[ -]?(?i:ch[o\u014d]me)[ -]|-)\d{1,3}(?:-\d{1,3})?[ \t]+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*\b"
)
"""Japanese block addresses: ``4-12-7 Nishi-Shinjuku``, ``8 Chome-2-1 Ginza`` (chōme-banchi-gō, then
the district)."""
_EU_ENDINGS = tuple(
    words("""
    straat strasse stra\u00dfe str. gasse weg laan plein gracht dijk kade singel steeg kamp vej gade
    all\u00e9 allee str\u00e6de plads veien vegen vei gata gatan gaten v\u00e4gen v\u00e4g gr\u00e4nd torget
    stigen stien bakken svingen tie katu kuja polku tori kaari rinne v\u00e4yl\u00e4 ranta utca \u00fatja
    k\u00f6r\u00fat platz damm ufer steig pfad chaussee str\u00e6ti vegur braut st\u00edgur t\u00e4nav maantee
    puiestee ulica ulice
    """)
)
"""Street-type endings of (compound) street names: ``Populierenstraat``, ``Hlíðarvegur``."""
_EU_WORDS = frozenset({"u.", "\u00fat", "t\u00e9r", "veg", "vej", "vei", "sor", "gate"})
"""Street types written as a separate word: ``Kálmán Imre u. 12.``, ``Erzsébet tér 19.``."""
_EU_CORE = re.compile(r"(?<![\w.-])(?P<word>[^\W\d_][^\W\d_'\u2019-]*\.?)[ \t]+" + _TRAIL_NUM + r"\.?")


def _eu_street(word: str) -> bool:
    low = word.lower()
    return low in _EU_WORDS or (len(low) > 4 and low.endswith(_EU_ENDINGS))


_POBOX = r"(?:p\.?[ \t]?o\.?[ \t]+box|post office box|postfach|apartado|caixa postal)"
_POBOX_CORE = re.compile(r"(?i)(?<![\w.-])(?:(?P<num>\d{1,6})[ \t]+)?" + _POBOX + r"[ \t]+\d{1,6}(?:-\d{3,6})?\b")
_MILITARY_POST = r"(?:APO|FPO|DPO)[ \t]+(?:AA|AE|AP)[ \t]+\d{5}"
_MILITARY_CORE = re.compile(
    r"(?<![\w.-])(?:(?:PSC|CMR|Unit)[ \t]+\d{3,5},?[ \t]+Box[ \t]+\d{3,5}|USS[ \t]+" + _CW + r"(?:[ \t]+" + _CW + r")?)"
    r"(?:[ \t]*\n[ \t>]*|,?[ \t]+)" + _MILITARY_POST + r"\b"
)
_CORNER_CORE = re.compile(
    r"(?i:\bthe corner of)[ \t]+[^\n,?!;:\"]{2,60}?[ \t]+and[ \t]+" + _W + r"(?:[ \t]+" + _W + r"){0,3}?"
    r"(?=[ \t]*(?:[.,?!;:\"\n]|$))"
)
_UNIT_LED_CORE = re.compile(
    r"(?<![\w.-])(?i:flat|unit|apt\.?|apartment|suite|ste\.?)[ \t]*[A-Za-z]?\d{1,5}[A-Za-z]?,[ \t]+"
    r"(?:(?:The[ \t]+)?" + _CW + r"(?:[ \t]+" + _CW + r"){0,3},[ \t]+){0,2}"
    r"(?P<words>\d{1,3}(?:st|nd|rd|th)|" + _CW + r"(?:[ \t]+" + _CW + r"){0,3}?)[ \t]+" + _SUFFIX + r"\b\.?"
    r"(?![ \t]*,?[ \t]*\d{1,5}[ \t]+[^\W\d_])"
)
"""A unit, an optional building and a street without a house number: ``Apartment 9, The Maltings,
Bow Street``, ``Unit 5, 3rd Avenue``. Not when a numbered street follows (``Flat 12, Harbour View,
4 Quay Street``): that street's core takes the unit in."""
_GRID_CORE = re.compile(
    r"(?<![\w.-])(?i:carrera|calle|cra|cl|kr|diagonal|dg|transversal|tv|avenida|av)\.?[ \t]+\d{1,3}[A-Za-z]?"
    r"(?:[ \t]?(?i:bis))?[ \t]*(?:#|(?i:no\.?|n[\u00ba\u00b0o]\.?))[ \t]*\d{1,3}[A-Za-z]?[ \t]*-[ \t]*\d{1,3}\b"
)
"""Colombian grid addresses: ``Carrera 7 # 71-21``, ``Calle 26 No. 59-51``, ``Cl. 100 #8A-55``."""
_NAMED_TYPES = r"(?:Street|Road|Avenue|Boulevard|Lane|Drive|Highway|Parkway|Crescent|Terrace|St|Rd|Ave|Blvd|Hwy)"
_NAMED_CORE = re.compile(
    "(?="
    + _CW_FIRST
    + r")(?<![\w.,/:-])(?P<words>"
    + _CW
    + r"(?:[ \t]+"
    + _CW
    + r"){0,3}?)[ \t]+"
    + _NAMED_TYPES
    + r"\b\.?(?=,|[ \t]*\n)"
)
"""A street without a house number, then a comma or a line break: ``King Fahd Road, Olaya District``, ``Moi
Avenue, Kimathi House 4th Floor, Nairobi``. Accepted only with strong evidence after it (see
`AddressDetector`): a district and a postcode line, or a cue and two more parts."""
_LOWER_STREET_TYPES = (
    r"(?:calle|c/|avenida|avda\.|rua|rue|carrer|travessa|via|viale|piazza|strada|chemin|ulica|ul\.|jalan|jl\."
    r"|stra\u00dfe|strasse)"
)
_LOWER_EN_TYPES = r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|boulevard|blvd|way|crescent|terrace|court|close)"
_LOWER_WORD = r"[" + _LOWER + r"][\w'.-]*"
_LOWER_STREET_CORE = re.compile(
    r"(?=[\dcartvpsuj])(?:"  # both alternatives: a house number or a `_LOWER_STREET_TYPES` word first
    r"(?<![\w.-])"
    + _LOWER_STREET_TYPES
    + r"[ \t]+"
    + _PARTICLES
    + r"*(?P<words>"
    + _LOWER_WORD
    + r"(?:[ \t]+"
    + _LOWER_WORD
    + r"){0,3}?)(?:,[ \t]*|[ \t]+)\d{1,5}[a-z]?\b"
    r"|(?<![\w.,/:-])\d{1,5}[a-z]?[ \t]+(?P<en>"
    + _LOWER_WORD
    + r"(?:[ \t]+"
    + _LOWER_WORD
    + r"){0,2}?)[ \t]+"
    + _LOWER_EN_TYPES
    + r"\b\.?"
    r")"
)
"""A street written all in lower case, as people type in chat: ``calle mayor 12``, ``rua das
flores 45``. Weak: it needs a unit, a postcode or an address cue."""
_WEAK_CORE = re.compile(
    r"(?=[^\W_"
    + _LOWER
    + r"])(?<![\w.,/:-])(?:(?P<num>"
    + _NUM
    + r")[ \t]+)?(?P<words>"
    + _CW
    + r"(?:[ \t]+"
    + _W
    + r"){0,3}?)"
    r"[ \t]+" + _TRAIL_NUM + r"\.?(?![\w/:-]|\.\d)"
)

_GATES = Gates(
    {
        "military": _MILITARY_POST,
        "corner": r"(?i:\bthe corner of)[ \t]",
        "uk_one_word": r"\d[A-Za-z]?[ \t]+[A-Z][a-z]{3,},",
        "unit_led": r"(?i:flat|unit|apt|apartment|suite|ste)\.?[ \t]*[A-Za-z]?\d{1,5}[A-Za-z]?,",
        "pobox": r"(?i:" + _POBOX + r")[ \t]+\d",
        "us": r"\d[^\n]*[ \t]" + _SUFFIX,
        "grid": r"(?i:carrera|calle|cra|cl|kr|diagonal|dg|transversal|tv|avenida|av)\.?[ \t]+\d",
        "tr": re2_source(_TR_TYPES) + r"[ \t]",
        "jp": r"(?:\d-\d{1,3}(?:-\d{1,3})?[ \t]+[A-Z][a-z]|(?i:ch[o\x{14d}]me)[ -]\d)",
        "in": r"\d" + _IN_CROSS,
        "lower": r"(?i:addr)",
        "named": r"[ \t]" + _NAMED_TYPES + r"\.?(?:,|[ \t]*\n)",
        "label": r"(?:" + re2_source(ADDRESS_LABEL.pattern) + r")[\w '\x{2019}-]*[:\x{ff1a}]",
        "lower_street": r"(?:"
        + re2_source(_LOWER_STREET_TYPES)
        + r"[ \t][^\n]*\d|\d[^\n]*[ \t]"
        + _LOWER_EN_TYPES
        + r"\b)",
    }
)
_STREET_TYPE_GATES = Gates(
    {
        "prefix": re2_source(
            r"(?:" + _PREFIX_TYPES + r"|" + _LOWER_TYPES + r"|" + _FR_TYPES + r"|" + _VN_TYPES + r")[ \t]"
        ),
        "eu": r"(?i:(?:" + "|".join(re.escape(e) for e in (*_EU_ENDINGS, *_EU_WORDS)) + r"))[ \t]+\d",
    }
)
"""Necessary conditions of the cores (see `Gates`): every US core has a digit, then a street suffix
on the same line; every EU core a word ending in a street type, then a house number; and so on.

Two sets: the two long case-insensitive lists of street types (`_STREET_TYPE_GATES`) apart from the
rest. RE2 builds each set's automaton lazily, state by state, as a process reads new text; one set
of all sixteen gates has many more states to build (combinations of its parts): over the unique
texts of the bench's replay stream, a first pass cost 36 ms as one set and 22 ms as these two
(a second pass, states built: 2.3 and 3.8 ms)."""


def _passed(text: str, gated: bool) -> Container[str]:
    """The names of the gates of both sets that let their core run on `text`."""
    a = _GATES.passed(text, gated)
    b = _STREET_TYPE_GATES.passed(text, gated)
    if not isinstance(a, frozenset) or not isinstance(b, frozenset):
        return EVERYTHING
    return a | b


_LOWER_CORE = re.compile(
    r"(?i:address|addr)[ \t]*(?:is|:)?[ \t]*\n?[ \t]*"
    r"(?P<core>\d{1,6}[ \t]+[a-z][\w'.-]*(?:[ \t]+[\w'.-]+){0,3}?[ \t]+\d{1,5}[a-z]?\b"
    r"(?:[ \t]+(?:apt|suite|unit)\.?[ \t]+\d{1,5})?(?:[ \t]+[a-z][\w'-]*){0,5})(?=[ \t]*(?:[.,?!\"]|$))",
    re.MULTILINE,
)
_UNIT_TAIL = re.compile(r"(?:,?[ \t]+|[ \t]+[-\u2013][ \t]+)" + _UNIT)
"""A unit after the street: ``, Apt. 4``, `` - apto 72`` (Brazilian), ``, 2º izq`` (Spanish)."""
_PW = (
    r"(?:[A-Z][a-z]{0,2}\.|(?:Brgy|Bgy|Dist|Prov|Twp)\."
    r"|[^\W\d_" + _LOWER + r"](?:[^\W\d_]|['\u2019-](?=[^\W\d_])|\.(?=[^\W\d_])"
    r"|/(?=[^\W\d_" + _LOWER + r"]))*)"
)  # place word (City/Province)
_PLACE_TOKEN = r"(?:" + _PW + r"|nan|nad|na|di|de|del|della|la|le|du|des|van|von|am|an|im|sur|upon|on)"
_ORDINAL_STREET = r"\d{1,3}(?:st|nd|rd|th)[ \t]+" + _SUFFIX
"""``11th Avenue``, ``5th Street`` between the commas of a long address."""
_COMMA_PART = re.compile(
    r",[ \t]*(?:(?P<words>(?:" + _ORDINAL_STREET + r"|" + _PW + r")(?:[ \t]+" + _PLACE_TOKEN + r"){0,4})"
    r"(?:[ \t]+\d{1,2}\b(?![.:/-]\d)|[ \t]+\d{1,3}(?:st|nd|rd|th)[ \t]+(?i:floor|fl\.))?"
    r"(?:[ \t]*\([^)\n]{1,30}\))?)?"
    r"(?:(?<=,)[ \t]*(?P<zip2>" + _ZIP + r")(?:[ \t]+(?P<city>" + _PW + r"(?:[ \t]+" + _PLACE_TOKEN + r"){0,3}"
    r"(?:[ \t]+\d{1,2}\b)?))?"
    r"|,?[ \t]+(?P<zip>" + _ZIP + r"))?(?![\w-])"
)
_THOUSANDS = re.compile(r",\d{3}(?![\d])")
"""``,000`` right after a number: a thousands separator (postcodes follow a comma and a space)."""
_ZIP_TAIL = re.compile(r"[ \t]+(?P<zip>" + _ZIP + r")\b(?![\w-])")
_CITY_AFTER_ZIP = re.compile(r"[ \t]+(?P<words>" + _PW + r"(?:[ \t]+" + _PLACE_TOKEN + r"){0,3})(?![\w-])")
"""The city after a postcode the core ended with: ``rue des Lilas, 75011 Paris``."""
_POSTCODE_END = re.compile(r",[ \t]*\d{4,6}$")
_DASH_PART = re.compile(r"[ \t]+[-\u2013][ \t]+(?P<words>" + _PW + r"(?:[ \t]+" + _PW + r"){0,3})(?![\w-])")
"""Brazilian-style parts: ``Rua Augusta, 1508 - Consolação, São Paulo - SP``."""
_TRAIL_WORDS = re.compile(r"[ \t]+" + _PW + r"(?:[ \t]+" + _PW + r"){0,3}(?=[ \t]*(?:[,.?!;\n\"]|$|[ \t]+\d))")
_LINE_PREFIX = re.compile(r"[ \t>]*")
_UNIT_LINE = re.compile(_UNIT + r"(?:,?[ \t]+" + _UNIT + r")*[ \t]*$")
_STATE_LINE = re.compile(r",[ \t]*(?:[A-Za-z]{2,3})?[ \t]*$")
_ZIP_LINE = re.compile(_ZIP + r"[ \t]*$")
_ZIP_FIRST_LINE = re.compile(
    r"(?P<zip>" + _ZIP + r")[ \t]+(?P<words>" + _PW + r"(?:[ \t]+" + _PLACE_TOKEN + r"){0,3})(?P<eol>[ \t]*$)"
)
"""A European postcode-and-city line: ``69117 Heidelberg``."""
_PLACE_LINE = re.compile(
    r"(?P<words>" + _PW + r"(?:[ \t]+" + _PLACE_TOKEN + r"){0,4})(?:[ \t]*\([^)\n]{1,30}\))?"
    r"(?:,[ \t]*(?:[A-Za-z]{2,3})?)?(?:[ \t]+(?P<zip>"
    + _ZIP
    + r")(?![\w-]))?(?P<eol>[ \t]*[.?!]*[ \t]*(?:$|[\"')\]}]))?"
)
_LEFT_TOKEN = re.compile(r"(?:" + _NUM + r"|" + _CW + r")[ \t]+$")


_CUE = re.compile("|".join(re.escape(c) for c in CUES))
"""Any of the `CUES` (as a substring): one search instead of a loop over the cues."""


def _cue_before(text: str, a: int) -> bool:
    return _CUE.search(text[max(0, a - 64) : a].lower()) is not None


def _words_ok(words: str) -> bool:
    toks = words.split()
    if not toks or toks[0][0].islower():
        return False  # a lower-case word of a cased script (``τηλ. 210``) starts no street
    bad = sum(1 for t in toks if t.lower().strip(".'") in NOT_NAME_WORDS or t.lower() in TECH_NAMES)
    return bad == 0


_LEAD_UNIT = re.compile(
    r"(?:(?i:flat|unit|apt\.?|apartment|suite|ste\.?|room|floor|level|blk|block|shop)"
    r"[ \t]*[A-Za-z]?\d{1,5}[A-Za-z]?|\d{1,3}(?:st|nd|rd|th)[ \t]+(?i:floor|fl\.))"
    r",?[ \t]+"
    r"(?:" + _CW + r"(?:[ \t]+" + _CW + r"){0,3},[ \t]+)?$"
)
"""``Flat 3, 27 Albert Road``, ``Flat 4B, Prestige Lakeside, 12 Varthur Road``: the unit (and
building) written before the house number."""


def _left_unit(text: str, a: int) -> int:
    m = _LEAD_UNIT.search(text, max(0, a - 60), a)
    return m.start() if m is not None else a


def _left(text: str, a: int) -> int:
    """Grow left over house numbers and capitalised words on the same line (at most 3 tokens)."""
    for _ in range(3):
        m = _LEFT_TOKEN.search(text, max(0, a - 40), a)
        if m is None or m.end() != a:
            break
        tok = m.group().strip()
        if tok.lower() in NOT_NAME_WORDS or tok.lower() in TECH_NAMES:
            break
        if tok[0].islower() and tok not in LOWER_STREET_ABBREVIATIONS:
            break  # ``τηλ. 210 7243 115, Λεωφόρος ...``: a lower-case word is no part of a street name
        a = m.start()
    return a


def _right(text: str, b: int, weak: bool) -> tuple[int, int]:
    """Grow right along the line and over following address lines; returns (end, evidence)."""
    evidence = 0
    progressed = True
    while progressed:
        progressed = False
        for rx, ev in (
            (_UNIT_TAIL, 2),
            (_COMMA_PART, 1),
            (_ZIP_TAIL, 1),
            (_DASH_PART, 0),
            (_CITY_AFTER_ZIP, 1),
            (_TRAIL_WORDS, 0),
        ):
            m = rx.match(text, b)
            if m is None or m.end() <= b:
                continue
            if rx is _CITY_AFTER_ZIP and not (
                _POSTCODE_END.search(text, max(0, b - 8), b) and _place_ok(m.group("words"))
            ):
                continue
            if rx is _COMMA_PART:
                if text[b - 1].isdigit() and _THOUSANDS.match(text, b):
                    break  # "EUR 10,000", "1,200": an amount, not a number and a postcode
                words = m.group("words") or ""
                zipcode = m.group("zip") or m.group("zip2")
                if not zipcode and not words:
                    continue
                if words and not _place_ok(words) and not zipcode:
                    continue
                evidence += 1 + (1 if zipcode else 0)
                city = m.group("city")
                if city and not _place_ok(city):
                    b = m.start("city") - 1  # "75011 Paris" yes, "75011 was" no: stop after the postcode
                    while text[b - 1] in " \t":
                        b -= 1
                    progressed = True
                    break
            elif rx in (_TRAIL_WORDS, _DASH_PART) and not _place_ok(
                m.group("words") if rx is _DASH_PART else m.group()
            ):
                continue
            else:
                evidence += ev
            b = m.end()
            progressed = True
            break
    lines = 0
    blank_used = False
    while lines < 5 and b < len(text):
        nl = re.match(r"[ \t]*\n", text[b : b + 200])
        if nl is None:
            break
        line_start = b + nl.end()
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = len(text)
        p = _LINE_PREFIX.match(text, line_start, line_end)
        content_start = p.end() if p else line_start
        content = text[content_start:line_end]
        if not content.strip():
            if blank_used:
                break
            nxt_end = text.find("\n", line_end + 1)
            nxt = text[line_end + 1 : nxt_end if nxt_end >= 0 else len(text)].strip(" \t>")
            m = _PLACE_LINE.match(nxt)
            if line_end >= len(text) or m is None or not m.group("zip"):
                break
            blank_used = True
            b = line_end
            continue
        add = 0
        if _UNIT_LINE.match(content):
            add = 2
        elif _STATE_LINE.match(content) or _ZIP_LINE.match(content):
            add = 1
        else:
            m = _ZIP_FIRST_LINE.match(content)
            if m is not None and _place_ok(m.group("words")):
                evidence += 2
                b = content_start + m.start("eol")
                lines += 1
                continue
            m = _PLACE_LINE.match(content)
            if m is None or not (m.group("zip") or m.group("eol") is not None):
                break
            if ":" in content[: m.end()] or "@" in content or not _place_ok(m.group("words")):
                break
            add = 1 + (1 if m.group("zip") else 0)
            evidence += add
            b = content_start + (m.end() if m.group("eol") is None else m.start("eol"))
            if m.group("eol") is None or m.group("eol").strip(" \t.?!"):
                break  # the address ends inside this line (a sentence or a closing quote follows)
            lines += 1
            continue
        evidence += add
        b = content_start + len(content.rstrip(" \t.?!"))
        lines += 1
    return b, evidence


_LOWER_CITY = re.compile(
    r"[ \t]+(?P<words>[^\W\d_A-Z][\w'-]+(?:[ \t]+[^\W\d_A-Z][\w'-]+){0,2})(?=[ \t]*(?:[.,;!?\"\n]|$))"
)


_POSTCODE_TAIL = re.compile(r"(?<![\w-])(?:\d{4,6}|\d{5}-\d{3}|\d{3}[ ]\d{2}|\d{2}-\d{3})$")
"""A numeric postcode at the end of what an address grew to (``50001``, ``01310-100``, ``411 38``)."""


def _lower_city(text: str, b: int) -> int:
    """A lower-case city after the postcode a lower-case address ended with (``50001 zaragoza``)."""
    if _POSTCODE_TAIL.search(text[max(0, b - 12) : b]) is None:
        return b
    m = _LOWER_CITY.match(text, b)
    if m is None or any(t in PLACE_STOP for t in m.group("words").split()):
        return b
    return m.end()


_LOWER_PART = re.compile(
    r",[ \t]*(?P<words>[" + _LOWER + r"][\w'-]*(?:[ \t]+[" + _LOWER + r"][\w'-]*){0,2})(?=[ \t]*(?:[.,;!?\"\n]|$))"
)


def _lower_parts(text: str, b: int) -> int:
    """Up to two lower-case place parts after a lower-case street (``, bela vista, são paulo``)."""
    for _ in range(2):
        m = _LOWER_PART.match(text, b)
        if m is None or any(t in PLACE_STOP or t in NOT_NAME_WORDS for t in m.group("words").split()):
            break
        b = m.end()
    return b


def _place_ok(words: str) -> bool:
    """City, state and country words: capitalised (or all caps), no sentence words."""
    toks = words.split()
    if len(toks) >= 2 and toks[0] == "The" and toks[1][0].isupper():
        toks = toks[1:]  # "The Maltings", "The Hague": a building or place with its article
    if not toks or len(toks) > 5:
        return False
    if any(
        (t.lower().strip(".,") in PLACE_STOP and not (t.isupper() and len(t) <= 3))
        or (t.lower() in TECH_NAMES and t.lower() not in _STREET_WORDS)  # "4 Quay Street" (not quay.io)
        for t in toks
    ):
        return False  # (upper-case OR, IN, ME are state codes, not sentence words)
    caps = sum(1 for t in toks if t[0].isupper() or not t[0].isalpha() or t.lower() == "nan")
    return caps * 2 >= len(toks) + (1 if len(toks) > 2 else 0)


_STREET_STOP = frozenset(w for w in PLACE_STOP if len(w) > 1) - {"no", "an", "end"}
"""Sentence words that never sit between a street type and its house number (``via M-Pesa
twice for invoice 7712`` is no street); ``No`` is a house-number mark (``Calle Sol No 5``)."""


def _street_words_ok(words: str) -> bool:
    return not any(t.lower().strip(".,'") in _STREET_STOP or t.lower() in TECH_NAMES for t in words.split())


_NEXT_WORD = re.compile(r"[ \t]+\S")
_DOUBLE_NUMBER = re.compile(r"\d{1,6}[ \t]+\S.*\d\.?$")
"""A core that starts and ends with a number (``12 Rua Augusta 15``)."""
_SUFFIX_END = re.compile(_SUFFIX + r"\b\.?(?:[ \t]+\w{1,5})?$")
_WEAK_HINT = re.compile(r"[\w'\u2019.-][ \t]+\d")
"""What every `_WEAK_CORE` match holds (its last word, blanks, the house number): a region without
it is not searched for weak cores."""


def _matches(rx: re.Pattern[str], text: str, ra: int, rb: int) -> Iterator[re.Match[str]]:
    """Matches of a core; a US or weak core whose words fail is retried from its next word.

    ``She lives at Vinohradská 1511/230``: the first try starts at "She"; the street starts later.
    """
    check = (
        _place_ok
        if rx in (_US_CORE, _NAMED_CORE)
        else _words_ok
        if rx in (_WEAK_CORE, _UK_ONE_WORD_CORE, _UNIT_LED_CORE)
        else _street_words_ok
        if rx in (_LOWER_STREET_CORE, _PREFIX_CORE)
        else None
    )
    pos = ra
    while pos < rb:
        m = rx.search(text, pos, rb)
        if m is None:
            return
        if check is None or check(m.group() if rx is _PREFIX_CORE else m.group("words") or m.group("en")):
            yield m
            pos = m.end()
            continue
        nxt = _NEXT_WORD.search(text[m.start() : m.end()])
        pos = m.start() + nxt.end() - 1 if nxt is not None else m.end()


class AddressDetector(ViewDetector):
    """Street addresses (``pii.address``)."""

    name = "pii.address"
    entities: tuple[str, ...] = ("ADDRESS",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        taken: list[tuple[int, int]] = []
        passed = _passed(info.text, self.gated)
        labelled = labelled_values(info) if "label" in passed else []
        regions = sorted([*info.regions(TEXT_KINDS), *labelled])
        cores: list[tuple[int, int, str]] = []
        for rx, strength, gate in (
            (_MILITARY_CORE, "strong", "military"),
            (_CORNER_CORE, "strong", "corner"),
            (_UK_ONE_WORD_CORE, "strong", "uk_one_word"),
            (_UNIT_LED_CORE, "strong", "unit_led"),
            (_POBOX_CORE, "strong", "pobox"),
            (_US_CORE, "us", "us"),
            (_PREFIX_CORE, "strong", "prefix"),
            (_LOWER_STREET_CORE, "lower", "lower_street"),
            (_GRID_CORE, "strong", "grid"),
            (_NAMED_CORE, "named", "named"),
            (_TR_CORE, "strong", "tr"),
            (_JP_CORE, "weak", "jp"),
            (_IN_CORE, "strong", "in"),
            (_EU_CORE, "strong", "eu"),
            (_WEAK_CORE, "weak", None),
        ):
            if gate is not None and gate not in passed:
                continue
            for ra, rb in regions:
                if rx is _WEAK_CORE and _WEAK_HINT.search(text, ra, rb) is None:
                    continue
                for m in _matches(rx, text, ra, rb):
                    if rx is _EU_CORE and not _eu_street(m.group("word")):
                        continue
                    cores.append((m.start(), m.end(), strength))
        for m in _LOWER_CORE.finditer(text) if "lower" in passed else ():
            cores.append((m.start("core"), m.end("core"), "strong"))
        cores.sort(key=lambda c: (c[0], -c[1]))
        for a, b, strength in cores:
            if any(x <= a < y for x, y in taken):
                continue
            if info.kind_at(a) in NOT_TEXT and not any(x <= a < y for x, y in labelled):
                continue
            a2 = _left_unit(text, _left(text, a))
            b2, evidence = _right(text, b, strength == "weak")
            if strength == "lower":
                b2 = _lower_city(text, b2) if b2 > b else b2
                b3 = _lower_parts(text, b2)
                evidence += 1 if b3 > b2 else 0
                b2 = b3
            # the cue is looked for only where the decision needs it (strong cores never do)
            core = text[a:b]
            double_number = _DOUBLE_NUMBER.match(core) is not None
            if strength == "us":
                suffix = _SUFFIX_END.search(core)
                common = suffix is not None and suffix.group().split()[0].rstrip(".").lower() in _COMMON
                ok = common or evidence >= 1 or double_number or _cue_before(text, a2)
            elif strength in ("weak", "lower"):
                ok = (
                    evidence >= 2
                    or (evidence >= 1 and double_number)
                    or ((evidence >= 1 or double_number) and _cue_before(text, a2))
                )
            elif strength == "named":
                ok = evidence >= 3 or (evidence >= 2 and _cue_before(text, a2))
            else:
                ok = True
            if not ok:
                continue
            score = 0.75 if strength in ("weak", "lower", "named") else 0.85
            taken.append((a2, b2))
            yield ("ADDRESS", a2, b2, score)
