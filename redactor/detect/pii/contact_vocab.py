"""Word lists of ``pii.contact_row`` (`redactor.detect.pii.contact_rows`): what may and may not be
part of a name in a record, shared by its cased and its uncased name tests
(`redactor.detect.pii.contact_uncased`). Built once at import, from the lexicons."""

from __future__ import annotations

import re

from anyascii import anyascii

from redactor.detect.pii import name_spans as ns
from redactor.detect.pii._vocab import NAME_PARTICLES, NOT_NAME_WORDS, ORG_WORDS, TECH_NAMES, words
from redactor.detect.pii.dates import DateOfBirthDetector
from redactor.detect.pii.field_vocab import ADDRESS_LABELS, NAME_PART_LABELS, PERSON_LABELS
from redactor.detect.pii.given_names import BROAD_GIVEN_NAMES, GIVEN_NAMES, SURNAMES
from redactor.detect.pii.names_data import FAMILY
from redactor.detect.pii.product_names_data import PRODUCT_WORDS
from redactor.detect.pii.record_vocab import JOB_WORDS, ORG_FORM_WORDS
from redactor.detect.pii.salutation_vocab import GROUP_WORDS, ROLES

BIRTH_WORDS = tuple(w for w in DateOfBirthDetector.prefilter if not w.isascii())
"""The birth words of uncased and other scripts: an item holding one is a label (``تاريخ الميلاد``)."""

PARTICLES = NAME_PARTICLES | frozenset(
    ("ap", "ab", "ní", "nic", "ó", "ua", "mac", "i", "bint", "ben", "ould", "dela", "ng", "vd", "'t", "st")
)
"""Lower-case (and Irish/Welsh) words allowed inside a name: ``Rhys ap Gwilym``, ``Siobhán Ní
Bhriain``, ``Montserrat Puig i Ferrer``."""


def _label_words() -> frozenset[str]:
    """Single-word labels and roles, and the longer words of multi-word labels (``thị`` of a
    Vietnamese label is also a middle name)."""
    out: set[str] = set()
    for table in (PERSON_LABELS, NAME_PART_LABELS, ADDRESS_LABELS, ROLES):
        for value in table.values():
            for label in value.split("|"):
                parts = [w for w in re.split(r"[\s/,().-]+", label.lower()) if w]
                out.update(w for w in parts if (len(parts) == 1 and len(w) > 2) or len(w) >= 5)
    return frozenset(out)


NOT_NAME = (
    _label_words()
    | GROUP_WORDS
    | ORG_WORDS
    | NOT_NAME_WORDS
    | JOB_WORDS
    | ORG_FORM_WORDS
    | frozenset(
        (
            *("dob", "iban", "bic", "swift", "tel", "fax", "mobile", "phone", "email", "e-mail", "mail", "web"),
            *("id", "ref", "no", "nr", "total", "status", "date", "name", "amount", "note", "notes", "ok"),
        )
    )
)
"""Words no name in a record holds: labels and roles of ~90 languages, group words, street and
organisation words, product and code words."""
SOFT_NOT_NAME = TECH_NAMES | PRODUCT_WORDS
"""Product and package words: some are surnames too (``Solana``), so they count like English words."""
PLACE_PREFIXES = frozenset(
    ("san", "santa", "santo", "sao", "saint", "st", "sankt", "mount", "fort", "port", "lake", "cape", "porto", "puerto")
)
KNOWN = GIVEN_NAMES | BROAD_GIVEN_NAMES | SURNAMES | frozenset(w for v in FAMILY.values() for w in v.split())
UNCASED_KNOWN = ns.UNCASED_KNOWN
ROLE_WORDS = frozenset(r for v in ROLES.values() for r in v.split("|") if r and " " not in r)
ROLE_ASCII = frozenset(anyascii(r).lower() for r in ROLE_WORDS if not r.isascii() and len(anyascii(r)) >= 4)
"""Role nouns (customer, patient...) of uncased scripts by their transliteration, so ``ଗ୍ରାହକ``
(Odia) and ``ગ્રાહક`` (Gujarati) meet ``ग्राहक`` (``grahk``)."""


def known_name(name: str) -> bool:
    """A word of `name` is a given or family name of the lexicons (`KNOWN`).

    The line of a number in pairs (``06 71 28 44 09``) holds a service, a team or a place as often
    as a person (``Accueil Mairie - 01 ...``, ``Lyon Part-Dieu - 04 ...``): only a name the
    lexicons know counts there. Uncased names: a word of the uncased lexicon.
    """
    return any(t.lower() in KNOWN or t in UNCASED_KNOWN for t in name.split())


STREET_TYPES_BEFORE = frozenset(
    words("""
    rue avenue av. chemin boulevard bd bd. all\u00e9e allee impasse quai viale piazza corso vicolo
    calle avenida avda. paseo carrer avinguda passeig rua travessa pra\u00e7a estrada alameda strada
    calea aleea bulevardul ulica ul. aleja jalan jl. lorong kalye triq
    """)
)
"""Street types written before the name, in lower case: the capitalised words after one name a
street, though a person's name (``rue Maryse Moreau``, ``viale Giuseppe Verdi``, ``jalan
Sudirman``). Not the ones that are English words too (``via``, ``place``, ``route``, ``square``,
``passage``): ``patches via Rickard Faith <...>`` names a person."""
