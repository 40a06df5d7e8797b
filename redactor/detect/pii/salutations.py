"""Names after greetings and above sign-offs in other languages (``pii.salutation``).

`pii.person_context` knows English greetings and sign-offs (``Hi Priya,``, ``Regards,\\nJane``).
Mail, tickets and chat in other languages put names in the same places:

- greetings: ``Hola María,``, ``Bonjour Élodie,``, ``Hallo Jonas,``, ``Olá João!``, ``Ciao Marco,``,
  ``Hej Sven,``, ``Cześć Kasia,``, ``Merhaba Ayşe,``, ``Liebe Frau Weber,``, ``Estimado Sr. Pérez:``
  (the name, then a comma, ``!``, ``:`` or the line's end);
- sign-offs: ``Cordialement,\\nÉlodie Marchand``, ``Mit freundlichen Grüßen\\nJonas Weber``,
  ``Atenciosamente,\\nJoão``, ``Saludos,\\nMaría``, ``Met vriendelijke groet,\\nJan de Vries``
  (the name alone on the next non-empty line).

Names must pass `names.clean_name`; a greeting's one-word "name" must not be a word for the world
or a group (``Hola Mundo!``, ``Hallo zusammen``, ``Bonjour à tous``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii._base import TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import words
from redactor.detect.pii.names import NAME_RE, TITLE_RE, clean_name

_GREETINGS = (
    "hola|buenos d\u00edas|buenas tardes|buenas noches|estimad[oa]s?|querid[oa]s?"
    "|bonjour|bonsoir|salut|coucou|cher|ch\u00e8re|chers"
    "|hallo|guten morgen|guten tag|guten abend|liebe|lieber|sehr geehrte|sehr geehrter|servus|moin|gr\u00fc\u00df gott"
    "|ol\u00e1|oi|bom dia|boa tarde|boa noite|prezad[oa]s?|car[oa]s?"
    "|ciao|buongiorno|buonasera|gentile|egregio"
    "|hoi|goedemorgen|goedemiddag|beste|geachte"
    "|hej|hei|moi|hejsan|god morgon|goddag|k\u00e6re|kj\u00e6re"
    "|cze\u015b\u0107|dzie\u0144 dobry|witaj|witam|szanown[ya]|ahoj|dobr\u00fd den|mil[y\u00fd]|mil\u00e1"
    "|merhaba|sayg\u0131de\u011fer|sevgili|selam"
)
_SIGN_OFFS = (
    "cordialement|bien cordialement|bien \u00e0 vous|salutations|amiti\u00e9s|bises|merci"
    "|mit freundlichen gr\u00fc\u00dfen|mit freundlichen gr\u00fcssen"
    "|freundliche gr\u00fc\u00dfe|freundliche gr\u00fcsse|viele gr\u00fc\u00dfe|viele gr\u00fcsse"
    "|liebe gr\u00fc\u00dfe|liebe gr\u00fcsse|beste gr\u00fc\u00dfe|beste gr\u00fcsse"
    "|gr\u00fc\u00dfe|gr\u00fcsse|lg|mfg|danke"
    "|saludos|saludos cordiales|un saludo|atentamente|un abrazo|gracias"
    "|atenciosamente|cumprimentos|abra\u00e7os|obrigad[oa]"
    "|cordiali saluti|distinti saluti|saluti|un saluto|grazie"
    "|met vriendelijke groet|vriendelijke groet|groeten|groetjes|hartelijke groet"
    "|med v\u00e4nliga h\u00e4lsningar|v\u00e4nliga h\u00e4lsningar|h\u00e4lsningar|med vennlig hilsen|vennlig hilsen"
    "|med venlig hilsen|venlig hilsen|hilsen|yst\u00e4v\u00e4llisesti|terveisin"
    "|z powa\u017caniem|pozdrawiam|pozdrawiam serdecznie|s pozdravem|s pozdravom|saygilarimla"
    "|sayg\u0131lar\u0131mla|iyi \u00e7al\u0131\u015fmalar|te\u015fekk\u00fcrler"
)
_GREETING = re.compile(
    r"(?i:" + _GREETINGS + r")[ \t]+(?P<name>(?:" + TITLE_RE + r"[ \t]+)?" + NAME_RE + r")"
    r"[ \t]*(?=[,!:]|$)"
)
"""A greeting (at a line start, see `_at_line_start`), then a name that ends at a comma, ``!``, ``:`` or
the line's end. (Only
the greeting is case-insensitive: under a global ``(?i)`` the name's ``[^\\W\\d_a-z]`` would refuse
every ASCII capital.)"""
_SIGN_OFF = re.compile(
    r"(?m)(?i:" + _SIGN_OFFS + r")[ \t]*[,.!]?[ \t]*\n(?:[ \t>]*\n){0,2}[ \t>]*(?P<name>" + NAME_RE + r")[ \t]*$"
)
"""A sign-off line, then (after at most two blank lines) a line that is only a name."""
_FIND = re2.compile(r"(?i)\b(?:" + _GREETINGS + r"|" + _SIGN_OFFS + r")")
"""Where greetings and sign-offs may start: one linear RE2 pass; the rules are then matched there."""
_GROUPS = frozenset(
    words("""
    mundo world welt monde mondo wereld \u015bwiecie d\u00fcnya v\u00e4rlden verden maailma sv\u011bte
    todos todas equipo team \u00e9quipe tutti alle allerseits zusammen tous toutes gente pessoal
    everyone iedereen allemaal kaikki wszyscy wszystkim herkese ekip cliente clientes client clients
    kunde kundin klant klient usuario usuaria utente utilisateur benutzer nutzer gebruiker
    u\u017cytkownik kullan\u0131c\u0131 colleghi collègues kollegen collega colegas
    """)
)
_SIGN_OFF_WORDS = re.compile(r"(?i)(?:" + _SIGN_OFFS + r")|.*grü(?:ß|ss)")
"""A "name" that is itself a sign-off (``Beste Grüße``: ``Beste`` is also a Dutch greeting)."""


_MESSAGE_GOES_ON = re.compile(r",[ \t]+[^\W\d_A-Z]")
"""After a greeted name, the message goes on in lower case on the same line."""


class SalutationDetector(ViewDetector):
    """Names after non-English greetings and below non-English sign-offs (``pii.salutation``)."""

    name = "pii.salutation"
    entities: tuple[str, ...] = ("PERSON",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        for hit in _FIND.finditer(text):
            pos = hit.start()
            if not _at_line_start(text, pos) or info.kind_at(pos) not in TEXT_KINDS:
                continue
            for rx in (_GREETING, _SIGN_OFF):
                m = rx.match(text, pos)
                if m is not None:
                    value = m.group("name")
                    # a word greeted in a message is a person even if a product shares it
                    # ("Bonjour Hugo, votre colis..."; not "Hola Docker!")
                    in_message = rx is _GREETING and _MESSAGE_GOES_ON.match(text, m.end()) is not None
                    r = clean_name(value, min_tokens=1, allow_tech=in_message)
                    if r is None or r[1] != len(value.rstrip()):
                        continue
                    name = value[r[0] : r[1]]
                    if name.lower() in _GROUPS or _SIGN_OFF_WORDS.fullmatch(name) is not None:
                        continue  # "Hola Mundo!", "Hallo Team", "Beste Grüße": not a person
                    start = m.start("name")
                    yield ("PERSON", start + r[0], start + r[1], 0.75)


def _at_line_start(text: str, pos: int) -> bool:
    """Only blanks, ``>`` quote marks or an opening quote stand between the line's start and `pos`."""
    i = pos
    while i > 0 and text[i - 1] in " \t>":
        i -= 1
    return i == 0 or text[i - 1] in "\n\"'"
