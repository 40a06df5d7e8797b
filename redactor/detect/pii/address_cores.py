"""The cores of `pii.address`: the patterns that start an address, and their gates.

A core is the part of an address a pattern can find on its own (a house number and a street
word, a post box, a corner); `redactor.detect.pii.address` grows each core over units, places,
postcodes and following lines and decides whether the evidence is enough. `gates_passed` says
which cores can match a text at all (see `redactor.detect.pii._gates.Gates`).
"""

from __future__ import annotations

import re
from collections.abc import Container

from redactor.detect.first_chars import with_first_chars
from redactor.detect.pii._gates import EVERYTHING, Gates, re2_source
from redactor.detect.pii._vocab import words
from redactor.detect.pii.address_words import ADDRESS_LABEL

_W = r"[^\W\d_][\w'\u2019.-]*"  # a word (any script; inner apostrophes, dots, hyphens)
LOWER = r"a-z\u00df-\u00f6\u00f8-\u00ff"
"""Lower-case letters of ASCII and Latin-1 (``è`` in ``è via roma`` starts no street name)."""
CW = r"(?:[^\W\d_" + LOWER + r"][\w'\u2019.-]*)"  # a word starting with a capital (or a caseless script)
_CW_FIRST = r"[^\W\d_" + LOWER + r"]"
"""The first character of `CW`. The cores open with a lookahead for their first character: it
changes no match and lets ``re`` reject most positions before trying the core's look-behind."""
NUM = r"\d{1,6}(?:/\d{1,4}){0,3}[A-Za-z]?(?:-(?:bis|ter|[A-Za-z]{1,2}|\d{1,3})(?![\w-]))?"
"""A house number: ``221``, ``84/92``, ``12A``, and Dutch/Belgian additions ``221-H``, ``12-2``,
``231-bis``."""
_TRAIL_NUM = r"\d{1,5}(?:/\d{1,4}){0,3}[A-Za-z]?(?:-(?:bis|ter|[A-Za-z]{1,2}|\d{1,3})|[ ](?:bis|ter)(?=[ ,]))?\b"
"""A house number after the street name, with the same additions as `NUM` (and a Latin ordinal
after a space: ``Oudegracht 231 bis,``, ``Via Roma 12 bis``)."""
ZIP = (
    r"(?:\d{3,6}(?:[ -]\d{2,5})?|\d{2}-\d{3}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d|\d{4}[ ]?[A-Z]{2}"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|[A-Z]\d{4}(?:[A-Z]{3})?|[A-Z]\d{2}[ ][A-Z0-9]{4})"
)
UNIT = (
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
COMMON = frozenset(_COMMON_SUFFIX.lower().split())
_SUFFIXES = set((_COMMON_SUFFIX + " " + _RARE_SUFFIX).split())
SUFFIX = r"(?:" + "|".join(sorted(_SUFFIXES, key=lambda w: (-len(w), w))) + r")"

STREET_WORDS = frozenset((_COMMON_SUFFIX + " " + _RARE_SUFFIX).lower().split())

UK_ONE_WORD_CORE = re.compile(
    r"(?=\d)"
    r"(?<![\w.,/:-])\d{1,4}[A-Za-z]?[ \t]+(?P<words>[A-Z][a-z]{3,})(?=,[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,?[ \t]+"
    r"[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}\b)"
)
"""``22 Bishopsgate, London EC2N 4BQ``: a one-word street (no street type) is an address when a
city and a full UK postcode follow it."""

US_CORE = re.compile(
    r"(?=\d)(?<![\w.,/:-])(?P<num>" + NUM + r"(?:[ \t]+\d{1,6})?)[ \t]+(?:[NSEW]\.?[ \t]+)?"
    r"(?P<words>" + CW + r"(?:[ \t]+" + _W + r"){0,3}?)[ \t]+(?P<suffix>" + SUFFIX + r")\b\.?"
    r"(?:[ \t]+(?:East|West|North|South|NE|NW|SE|SW|E|W|N|S)\b)?(?:[ \t]+\d{1,3}\b(?![.:]\d))?"
)
_SW_TYPES = r"(?:Mtaa|Barabara|Njia)[ \t]+(?:wa|ya)"
"""Swahili street types, a noun and its connective: ``Mtaa wa Samora`` (street), ``Barabara ya
Morogoro`` (road), ``Njia ya Uhuru`` (way)."""
_PREFIX_TYPES = (
    r"Rue|Rua|R\.|R|Via|Viale|Vicolo|Piazza|Piazzale|Corso|Largo|Calle|Carrer|Avenida|Avda\.?|Av\.|Paseo"
    r"|Plaza|Camino|Carretera|Ctra\.?|Travessa|Praça|Pra[cç]a|Estrada|Alameda|Boulevard|Bd\.|Chemin|All[ée]e"
    r"|Impasse|Place|Quai|Route|ul\.|ulica|al\.|aleja|os\.|pl\.|Gl\.|Str\.|Strada|Calea|Jalan|Jl\.|C/"
    r"|\u039b\.|\u039f\u03b4\u03cc\u03c2|\u039b\u03b5\u03c9\u03c6\u03cc\u03c1\u03bf\u03c2"
    r"|Lorong|Lrg\.|Lebuh|Persiaran|Kalye|Triq|Passeig|Avinguda|Pla\u00e7a|Bulevardul"
    r"|Aleea|[\u0218\u015eS]oseaua|Lungomare|Heol|Stryd|Sr\u00e1id|B\u00f3thar"
)
"""Street types written before the name. Session 10 added the prefix types of more languages
(Swahili has its own cores, `SW_CORE` and `SW_NAMED_CORE`): Malay (``Lorong``, ``Lebuh``,
``Persiaran``), Filipino (``Kalye``), Maltese (``Triq``), Catalan (``Passeig``, ``Avinguda``,
``Plaça``), Romanian (``Bulevardul``, ``Aleea``, ``Șoseaua``), Italian (``Lungomare``), Welsh
(``Heol``, ``Stryd``) and Irish (``Sráid``, ``Bóthar``)."""
_LOWER_TYPES = (
    r"(?i:rue|rua|via|viale|calle|carrer|avenida|chemin|strada|paseo|corso|piazza|largo|travessa|pra[cç]a"
    r"|estrada|alameda|jalan)"
)
_FR_TYPES = r"(?i:boulevard|bd|avenue|impasse|all[\u00e9e]e|quai|cours|chauss[\u00e9e]e)"
_VN_TYPES = r"\u0110\u01b0\u1eddng|Ph\u1ed1|Ng\u00f5|H\u1ebbm"
"""Vietnamese street types, after the house number: ``123 Đường Lê Lợi`` (Đường, Phố, Ngõ, Hẻm)."""
_PARTICLES = (
    r"(?:(?:de|del|de la|de las|de los|della|delle|di|da|do|dos|das|des|du|d'|von|van|der|den|la|le|les|el"
    r"|y|yr|na)[ \t]+|(?:i[lrstdxzn]|l)-(?=[^\W\d_" + LOWER + r"]))"
)
"""Articles and prepositions between a street type and the name; Welsh ``y``/``yr`` (``Heol y
Frenhines``), Irish ``na`` (``Bóthar na Trá``), Maltese articles joined by a hyphen (``Triq il-Kbira``)."""
PREFIX_CORE = re.compile(
    r"(?=[\dRVPCLAETBIQuaopGSJ\u039b\u039f\u0110NHMK\u0218\u015e]|(?i:[rvcsptlejabiq]))(?:"  # the first characters
    # of the alternatives (see `_CW_FIRST`): a house number, `_PREFIX_TYPES`, `_LOWER_TYPES`, `_FR_TYPES`, `_VN_TYPES`;
    r"(?<![\w.-])(?:"  # then the look-behind all three alternatives share
    r"(?:(?P<num>"
    + NUM
    + r")[ \t]+)?(?:"
    + _PREFIX_TYPES
    + r"|"
    + _LOWER_TYPES
    + r")[ \t]+"
    + _PARTICLES
    + r"*"
    + CW
    + r"(?:[ \t]+"
    + _W
    + r"){0,4}?(?:,[ \t]*|[ \t]+)\d{1,5}(?:/\d{1,4})?[A-Za-z]?\b\.?"
    r"|"
    + NUM
    + r"[ \t]+(?:Rue|Rua|Via|Calle|Avenida|Chemin|Route|Place|"
    + _VN_TYPES
    + r"|"
    + _LOWER_TYPES
    + r")[ \t]+"
    + _W
    + r"(?:[ \t]+"
    + _W
    + r"){0,3}"
    r"|" + NUM + r"[ \t]+" + _FR_TYPES + r"[ \t]+" + _PARTICLES + r"*" + CW + r"(?:[ \t]+" + _W + r"){0,3}"
    r"))"
)
_SW_HOUSE = r"(?:(?i:nyumba)[ \t]+(?i:n[ao])\.?[ \t]*)?"
SW_CORE = re.compile(
    r"(?=[MBN])(?<![\w.-])"
    + _SW_TYPES
    + r"[ \t]+"
    + CW
    + r"(?:[ \t]+"
    + CW
    + r"){0,2}(?:,[ \t]*|[ \t]+)"
    + _SW_HOUSE
    + r"\d{1,5}(?:/\d{1,4})?[A-Za-z]?\b"
)
"""A Swahili street and its number: ``Mtaa wa Moi 42``, ``Mtaa wa Uhuru, Nyumba Na. 42`` (house
no.). Every word of the name is capitalised: ``Barabara ya Morogoro imefungwa kwa siku 3`` (the road
is closed for 3 days) is no address."""
SW_NAMED_CORE = re.compile(
    r"(?=[MBN])(?<![\w.-])" + _SW_TYPES + r"[ \t]+(?P<words>" + CW + r"(?:[ \t]+" + CW + r"){0,2})(?=,)"
)
"""A Swahili street without a house number (most streets of Tanzania and Kenya have none), then a
comma: ``Mtaa wa Samora, Posta, Dar es Salaam``. Accepted only with two place parts after it."""
PREFIX_TYPE_START = re.compile(r"(?:" + _PREFIX_TYPES + r"|" + _SW_TYPES + r")[ \t]+(?:" + _PARTICLES + r")*" + CW)
"""A core that opens with a street type written before the name (``Rue de Rivoli 12``, ``Mtaa wa Moi
42``): the street starts there, and a capitalised word before it (``Naishi Mtaa wa Moi 42``, I live
at ...; ``Locuiesc pe Aleea ...``) is no part of it."""
_TR_TYPES = r"(?:Caddesi|Cad\.|Sokak|Soka\u011f\u0131|Sok\.|Bulvar\u0131|Blv\.|Mahallesi|Mah\.)"
TR_CORE = re.compile(
    r"(?="
    + _CW_FIRST
    + r")(?<![\w.-])"
    + CW
    + r"(?:[ \t]+"
    + _W
    + r"){0,3}?[ \t]+"
    + _TR_TYPES
    + r"[ \t]+(?:No[:.]?[ \t]*)?\d{1,5}[A-Za-z]?\b"
)
"""Turkish street types: ``Bağdat Caddesi No: 214``."""
_IN_CROSS = r"(?:st|nd|rd|th)[ \t]+(?:Cross|Main|Stage|Phase|Block|Sector|Street|Road|Avenue|Lane|Floor)"
IN_CORE = re.compile(
    r"(?<![\w.-])(?i:no\.?|#|(?:flat|house|plot|door)(?:[ \t]+no\.?)?)[ \t]*\d{1,5}[A-Za-z]?,[ \t]*"
    r"(?:" + CW + r"(?:[ \t]+" + CW + r"){0,3},[ \t]*){0,2}\d{1,2}" + _IN_CROSS + r"(?:[ \t]+(?:Road|Street))?\b"
)
"""Indian addresses: ``No. 45, 2nd Cross``, ``Flat 302, Sai Residency, 12th Cross`` (a building between)."""
JP_CORE = re.compile(
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
EU_CORE = re.compile(r"(?<![\w.-])(?P<word>[^\W\d_][^\W\d_'\u2019-]*\.?)[ \t]+" + _TRAIL_NUM + r"\.?")


def eu_street(word: str) -> bool:
    low = word.lower()
    return low in _EU_WORDS or (len(low) > 4 and low.endswith(_EU_ENDINGS))


_POBOX = r"(?:p\.?[ \t]?o\.?[ \t]+box|post office box|postfach|apartado|caixa postal)"
POBOX_CORE = re.compile(r"(?i)(?<![\w.-])(?:(?P<num>\d{1,6})[ \t]+)?" + _POBOX + r"[ \t]+\d{1,6}(?:-\d{3,6})?\b")
_MILITARY_POST = r"(?:APO|FPO|DPO)[ \t]+(?:AA|AE|AP)[ \t]+\d{5}"
MILITARY_CORE = re.compile(
    r"(?<![\w.-])(?:(?:PSC|CMR|Unit)[ \t]+\d{3,5},?[ \t]+Box[ \t]+\d{3,5}|USS[ \t]+" + CW + r"(?:[ \t]+" + CW + r")?)"
    r"(?:[ \t]*\n[ \t>]*|,?[ \t]+)" + _MILITARY_POST + r"\b"
)
CORNER_CORE = re.compile(
    r"(?i:\bthe corner of)[ \t]+[^\n,?!;:\"]{2,60}?[ \t]+and[ \t]+" + _W + r"(?:[ \t]+" + _W + r"){0,3}?"
    r"(?=[ \t]*(?:[.,?!;:\"\n]|$))"
)
UNIT_LED_CORE = with_first_chars(
    re.compile(
        r"(?<![\w.-])(?i:flat|unit|apt\.?|apartment|suite|ste\.?)[ \t]*[A-Za-z]?\d{1,5}[A-Za-z]?,[ \t]+"
        r"(?:(?:The[ \t]+)?" + CW + r"(?:[ \t]+" + CW + r"){0,3},[ \t]+){0,2}"
        r"(?P<words>\d{1,3}(?:st|nd|rd|th)|" + CW + r"(?:[ \t]+" + CW + r"){0,3}?)[ \t]+" + SUFFIX + r"\b\.?"
        r"(?![ \t]*,?[ \t]*\d{1,5}[ \t]+[^\W\d_])"
    )
)
"""A unit, an optional building and a street without a house number: ``Apartment 9, The Maltings,
Bow Street``, ``Unit 5, 3rd Avenue``. Not when a numbered street follows (``Flat 12, Harbour View,
4 Quay Street``): that street's core takes the unit in."""
GRID_CORE = re.compile(
    r"(?<![\w.-])(?i:carrera|calle|cra|cl|kr|diagonal|dg|transversal|tv|avenida|av)\.?[ \t]+\d{1,3}[A-Za-z]?"
    r"(?:[ \t]?(?i:bis))?[ \t]*(?:#|(?i:no\.?|n[\u00ba\u00b0o]\.?))[ \t]*\d{1,3}[A-Za-z]?[ \t]*-[ \t]*\d{1,3}\b"
)
"""Colombian grid addresses: ``Carrera 7 # 71-21``, ``Calle 26 No. 59-51``, ``Cl. 100 #8A-55``."""
_NAMED_TYPES = r"(?:Street|Road|Avenue|Boulevard|Lane|Drive|Highway|Parkway|Crescent|Terrace|St|Rd|Ave|Blvd|Hwy)"
NAMED_CORE = re.compile(
    "(?="
    + _CW_FIRST
    + r")(?<![\w.,/:-])(?P<words>"
    + CW
    + r"(?:[ \t]+"
    + CW
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
_LOWER_WORD = r"[" + LOWER + r"][\w'.-]*"
LOWER_STREET_CORE = re.compile(
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
WEAK_CORE = re.compile(
    r"(?=[^\W_"
    + LOWER
    + r"])(?<![\w.,/:-])(?:(?P<num>"
    + NUM
    + r")[ \t]+)?(?P<words>"
    + CW
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
        "us": r"\d[^\n]*[ \t]" + SUFFIX,
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
            r"(?:"
            + _PREFIX_TYPES
            + r"|"
            + _SW_TYPES
            + r"|"
            + _LOWER_TYPES
            + r"|"
            + _FR_TYPES
            + r"|"
            + _VN_TYPES
            + r")[ \t]"
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


def gates_passed(text: str, gated: bool) -> Container[str]:
    """The names of the gates of both sets that let their core run on `text`."""
    a = _GATES.passed(text, gated)
    b = _STREET_TYPE_GATES.passed(text, gated)
    if not isinstance(a, frozenset) or not isinstance(b, frozenset):
        return EVERYTHING
    return a | b
