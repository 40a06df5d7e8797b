"""Values that are nobody's by their frame: chat roles, bots, institutions, sites.

The detectors read a value by its own shape and the cue before it; some frames say the value
names no person whatever it looks like. Each rule here reads such a frame, built from a
convention or a class of names, never from a corpus line; all run on the spans of one text after
the detectors (`fixtures.without_stand_ins` calls `impersonal_spans`), so they also judge the NER
model's spans.

- **A chat turn's first word** (`chat_turn_word`): ``User: why is the camera black?``,
  ``[Copilot Chat] user: what does this regex match``. A login after ``user:`` is one token at
  the end of its line or before another field; a lower-case English word followed by more words
  of a sentence is the first word of what someone typed after the transcript's role label
  (`ROLE_LABELS`: ``User``, ``Human``, ``Assistant``, ``Copilot``...). The role label itself read
  as a name is dropped too.
- **A bot's mailbox** (`bot_mailbox`): the address or name of a ``Name[bot] <mail>`` mailbox
  (``Signed-off-by: dependabot[bot] <support@github.com>``), any value holding ``[bot]`` (the
  GitHub convention for app accounts) or a code host's id mailbox of a bot login
  (``<id>+Copilot@users.noreply.github.com``): no person stands behind it.
- **An institution's or a place's name** (`institution_name`): a name the model calls a person
  whose first word is an article (``Die Zeit``, ``The Guardian``: a person's name never starts
  with one) or whose last word is the head noun of an administrative division, a venue, a
  library, a publication or a public body (`INSTITUTION_HEADS`: ``Martin County``, ``Town Hall
  Theatre``, ``Polizia Locale``). None of these nouns is a given or family name of the lexicons
  (``Hall``, ``Park``, ``Church``, ``Post`` are, and are left out). A place so named is dropped
  only when the text holds no other personal value: a county is part of someone's address there.
- **A site's name** (`site_name`): a name between ``the`` and a site noun (``the Nairobi
  warehouse``, ``the Kano desk``, ``from the Rotorua branch``) names a company's site, and one
  right after a site label (``Site: Kalgoorlie``, ``plant: Solarpark Kemi``, ``Venue: ...``,
  ``campo Loma Campana``) names a plant, field or venue; neither is a person, nor anyone's
  whereabouts (the development sets label none of them).
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Sequence

from redactor.detect.pii._vocab import FACILITY_WORDS, ORG_WORDS, words
from redactor.detect.pii.bot_accounts import bot_account
from redactor.detect.pii.data_tables import example_number, has_tables, table_entry
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.org_names import organisation_name
from redactor.detect.pii.service_roles import service_role_label
from redactor.detect.span import Span

__all__ = [
    "INSTITUTION_HEADS",
    "ROLE_LABELS",
    "bot_mailbox",
    "chat_turn_word",
    "code_value",
    "impersonal_spans",
    "institution_name",
    "other_number",
    "site_name",
]

ROLE_LABELS: frozenset[str] = words(
    "user human assistant ai bot system copilot agent model chatgpt gpt gemini cody cursor prompt response"
    " question answer q a me you"
)
"""Speaker labels of chat transcripts and agent logs (``User:``, ``Human:``, ``Assistant:``,
``Copilot:``). ``Claude`` is left out: it is also a given name."""

_ROLE_BEFORE = re.compile(r"(?im)(?:^|[\]>*)])[ \t*_>]*(?P<role>[a-z]+)[ \t*_]*:[ \t*_]*$")
"""A role label ending right before a value: at a line's start, maybe after ``[Copilot Chat]``,
a quote mark or markdown emphasis."""
_ROLE_CHARS = frozenset(string.ascii_letters + " \t*_>]):" + "\u0130\u0131\u017f\u212a")
"""Every character `_ROLE_BEFORE` can match (under ``(?i)``, ``[a-z]`` also matches the four
non-ASCII letters; checked by the tests): its match lies in the run of them before a value, so the
search starts there, not at the line's start (a JSON record is one line)."""
_SENTENCE_ON = re.compile(r"[,;!?.]?[ \t]+(?P<a>[a-z][a-z']*)[ \t]+(?P<b>[a-z][a-z']*)\b(?![ \t]*[:=])")
"""Two lower-case words after the value, the second no key (``why is the camera``, not
``deploy password: x``)."""


def chat_turn_word(text: str, span: Span) -> bool:
    """Whether `span` (a login or a name) is the first word of a chat turn after a role label, or
    the role label itself (see the module docs)."""
    if span.entity not in ("USERNAME", "PERSON"):
        return False
    value = text[span.start : span.end]
    line_start = text.rfind("\n", 0, span.start) + 1
    if value.lower() in ROLE_LABELS and text.startswith(":", span.end):
        return not text[line_start : span.start].strip(" \t*_>[]")  # "Assistant:" read as a name
    lo = span.start
    while lo > line_start and text[lo - 1] in _ROLE_CHARS:
        lo -= 1  # a match lies in this run: searching the whole line cost O(line) per span
    m = _ROLE_BEFORE.search(text, lo, span.start)
    if m is None or m.group("role").lower() not in ROLE_LABELS:
        return False
    if not value.isalpha() or not value[:1].islower() or not is_english(value):
        return False
    return _SENTENCE_ON.match(text, span.end) is not None


_BOT_NAME_BEFORE = re.compile(r"\[bot\][\"']?[ \t]*<$")


def bot_mailbox(text: str, span: Span) -> bool:
    """Whether `span` is a bot account's value: it holds ``[bot]``, or it is the address of a
    ``name[bot] <address>`` mailbox."""
    value = text[span.start : span.end]
    if value.lower().endswith("@users.noreply.github.com"):
        # an account's id mailbox (``<id>+<login>@users.noreply.github.com``): a person's login
        # stays personal; a bot's (``Copilot``, ``dependabot[bot]``) is no one's (decision of
        # session 16: the sets disagree, a privacy officer does not count a bot as a person)
        local = value.split("@", 1)[0]
        return "+" in local and bot_account(local.split("+", 1)[1])
    if "[bot]" in value:
        return True
    return _BOT_NAME_BEFORE.search(text, max(0, span.start - 12), span.start) is not None


_ARTICLES = words("the die der das het los las les il gli")
"""Definite articles that never start a person's name (``Le``, ``La``, ``De``, ``Del`` do:
``Le Roux``, ``La Rosa``, ``De Vries``)."""
INSTITUTION_HEADS: frozenset[str] = words("""
    county counties parish province district township borough municipality prefecture oblast governorate
    canton shire krai voivodeship
    condado provincia província distrito municipio município comuna comune gemeinde landkreis bezirk
    département departamento regione región região
    theatre theater théâtre teatro library biblioteca bibliothek bibliothèque bibliotheek stadtbibliothek
    gallery galerie galería cathedral mosque synagogue basilica
    academy akademie academia institute institut instituto istituto
    ministry ministerio ministério ministero ministerium ministère police polizia policía polícia
    polizei gendarmerie
    gazette herald tribune chronicle zeitung
    gateway portal
""")
"""Head nouns of administrative divisions, venues, libraries, academies, public bodies and
publications (English, Spanish, Portuguese, French, German, Italian, Dutch), none a given or family
name of the lexicons (checked by the tests): the last word of an institution's name, not a person's."""


_PERSON_HEADS: frozenset[str] = INSTITUTION_HEADS | ORG_WORDS | FACILITY_WORDS
"""Nouns that make a name read as a person's an institution's, as its first or last word: the
heads above, organisations' words (``Restaurant``, ``Studio``, ``GmbH``) and facilities'
(``Hotel``, ``Airport``)."""
_PLACE_HEADS: frozenset[str] = INSTITUTION_HEADS
"""Heads that end a place's name as an institution's; not facilities' (``Oliveira do Hospital`` is
a town)."""


def institution_name(text: str, span: Span) -> bool:
    """Whether `span` names an institution, a publication or an administrative division: a
    person's name whose first word is an article or whose first or last word is a head noun
    (`_PERSON_HEADS`: ``Die Zeit``, ``Polizia Locale di Bologna``, ``Restaurant Zum Goldenen
    Hirsch``, ``Sysmac Gateway``); a place's whose last word is one (``Martin County``, ``Town
    Hall Theatre``; articles start places: ``Los Angeles``, ``The Hague``)."""
    tokens = [t.strip(".,'\u2019\"()").lower() for t in text[span.start : span.end].split()]
    if len(tokens) < 2:
        return False
    if span.entity == "PERSON":
        return tokens[0] in _ARTICLES or tokens[0] in _PERSON_HEADS or tokens[-1] in _PERSON_HEADS
    return tokens[-1] in _PLACE_HEADS


_SITE_AFTER = words(
    "warehouse warehouses branch branches office desk hub plant plants site sites depot store shop clinic"
    " campus factory facility facilities yard terminal datacenter dc pit mine mill refinery"
)
"""Nouns of a company's sites: ``the <name> warehouse`` names a site."""
_SITE_LABEL = re.compile(
    r"(?i)(?:^|[\s(#/])(?:site|plant|venue|campo|planta|usine|stabilimento|yacimiento|werk|mine|oilfield"
    r"|field)[ \t]*:?[ \t]+$"
)
"""A site label right before a name (``Site: Kalgoorlie``, ``plant: Solarpark Kemi``, ``del campo
Loma Campana``)."""
_THE_BEFORE = re.compile(r"(?i)\bthe[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b")


def site_name(text: str, span: Span) -> bool:
    """Whether the NER hit `span` names a site: ``the <name> warehouse`` or after a site label."""
    if _SITE_LABEL.search(text, max(0, span.start - 16), span.start):
        return True
    if _THE_BEFORE.search(text, max(0, span.start - 6), span.start) is None:
        return False
    m = _WORD_AFTER.match(text, span.end)
    return m is not None and m.group(1).lower() in _SITE_AFTER


_TYPE_WORDS = (
    r"str|int|float|bool|bytes|None|Optional|Union|List|Dict|Tuple|Set|Any|tuple|list|dict|set|string|number"
    r"|boolean|null|undefined|object|Date|datetime|date|uuid|UUID"
)
_TYPE_EXPR = re.compile(r"(?:^|[\[(|,<]\s*)(?:" + _TYPE_WORDS + r")\s*(?:[\]\[|,>)]|=\s*None\b|$)")
"""A type name inside a type expression (``tuple[str, int]``, ``str | None = None``, ``List<string>``)."""
_CODE_PUNCT = re.compile(r"[\[\]|<>]|=\s*None\b")
_CALL = re.compile(r"[A-Za-z_][\w.]*\([^()]*\)[\"'}\]\s,;]*")
"""A constructor or function call (``Address(1, 2)``)."""
_CODE_KEYWORDS = words(
    "elif else def return lambda async await yield struct enum impl fn func var let const nil self cls"
    " println printf sizeof typeof instanceof namespace"
)
_MEMBER_AFTER = re.compile(r"\.[a-z_]\w*")
_KEY_STRING_AFTER = re.compile(r"[ \t]*:[ \t]*[\"']")
_KEY_ROW = re.compile(r"[ \t]+[A-Za-z_][\w.]*[ \t]*:[ \t]*[\"'][^\n]*[\"'],[ \t]*$")
"""An indented row of a dict or object literal in code: an unquoted key, a string, a comma."""


def _key_table(text: str, start: int) -> bool:
    """Whether the line at `start` and two of the three lines before or after it are rows of a
    dict literal with unquoted keys (`_KEY_ROW`): a table in code, not people."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    hi = len(text) if hi == -1 else hi
    if not _KEY_ROW.fullmatch(text, lo, hi):
        return False
    lines = text[max(0, lo - 400) : hi + 400].split("\n")
    here = text[max(0, lo - 400) : lo].count("\n")
    near = lines[max(0, here - 3) : here] + lines[here + 1 : here + 4]
    return sum(1 for line in near if _KEY_ROW.fullmatch(line)) >= 2


def code_value(text: str, span: Span) -> bool:
    """Whether the personal-looking value `span` is code: a type expression or a call read as a
    field's value (``address: tuple[str, int] | None = None``, ``address = Address(1, 2)``), a
    keyword or a module read as a name (``elif``, ``this is codecs.mbcs_decode``), or an English
    word that keys a dict of strings (``Comment: "italic #008800"`` in a style table)."""
    value = text[span.start : span.end].strip()
    if span.entity == "PERSON" and " " not in value:
        if value in _CODE_KEYWORDS:
            return True
        if value.islower() and _MEMBER_AFTER.match(text, span.end):
            return True  # "this is codecs.mbcs_decode": a module and its member
        if value[:1].isupper() and _KEY_STRING_AFTER.match(text, span.end) and _key_table(text, span.start):
            return True  # `Comment: "italic #008800",` among rows like it: a table in code
    if span.entity in ("ADDRESS", "PERSON", "USERNAME", "LOCATION", "DATE_OF_BIRTH") and not span.detector.startswith(
        "ner."
    ):
        if _CODE_PUNCT.search(value) and _TYPE_EXPR.search(value):
            return True
        if _CALL.fullmatch(value):
            return True
    return False


_NUMBER_KINDS = words(
    "api order orders invoice sku serial permit ticket case tracking batch lot build isbn ean upc gtin asin mpn"
    " imo mmsi vin account acct ref reference po well uwi billing policy claim shipment parcel booking"
    " reservation transaction txn receipt"
)
"""Kinds of numbers a key or a column header names (``API number``, ``account_no``, ``order id``,
``tracking``): a number so named is that kind's, not a phone."""
_HOLDER_KINDS = words(
    "customer member loyalty store branch dealer station plant record item product part model version device"
    " asset contract project job task issue request incident payment"
)
"""Things whose number a key names only with a number word (``dealer-number``, ``store_id``,
``Customer no``): alone (``Customer:``, ``Store:``) the value may be their phone."""
_NUMBER_WORDS = words("number numbers no nr num nbr id ids code")
_PHONE_KEY_WORDS = re.compile(
    r"(?i)phone|tel|mobil|cell|fax|contact|whatsapp|msisdn|sms|call|dial|puhelin|telefo|handy|gsm|sr-number"
)
_KEY_BEFORE = re.compile(r"((?:[A-Za-z][\w.-]{0,20}[ \t])?[A-Za-z][\w.-]{1,40})[\"']?[ \t]*[:=][ \t]*[\"']?$")
_KEY_PARTS = re.compile(r"[A-Z]+(?![a-z])|[A-Za-z][a-z]*")


def _names_other_number(label: str) -> bool:
    if _PHONE_KEY_WORDS.search(label):
        return False
    parts = [p.lower() for p in _KEY_PARTS.findall(label)]
    if any(p in _NUMBER_KINDS for p in parts):
        return True
    return any(p in _HOLDER_KINDS for p in parts) and any(p in _NUMBER_WORDS for p in parts)


_QUOTED = re.compile(r'"[^"\n]*"')


def _seps(line: str, sep: str) -> int:
    """Separators of a CSV line outside its quoted cells."""
    return _QUOTED.sub("", line).count(sep)


class Rows:
    """The lines of one text with their separator counts and how many lines above each have the
    same count, computed once for all the phone spans of the text (`impersonal_spans`): a table
    of n phone cells walked up to 200 lines for each cell, which made a 2,000-row CSV cost
    seconds. Offsets only; no text is kept beyond the call."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._counts: dict[tuple[int, str], int] = {}
        self._up: dict[tuple[int, str], int] = {}

    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [0, *(m.end() for m in re.finditer("\n", self.text))]
        return self._starts

    def count(self, i: int, sep: str) -> int:
        """`_seps` of line `i`."""
        n = self._counts.get((i, sep))
        if n is None:
            starts = self.starts()
            hi = starts[i + 1] - 1 if i + 1 < len(starts) else len(self.text)
            n = self._counts[(i, sep)] = _seps(self.text[starts[i] : hi], sep)
        return n

    def up(self, i: int, sep: str) -> int:
        """How many lines right above line `i` (at most `_WALK`) have its separator count."""
        chain = []
        j = i
        while (j, sep) not in self._up:
            if j == 0 or self.count(j - 1, sep) != self.count(j, sep):
                self._up[(j, sep)] = 0
                break
            chain.append(j)
            j -= 1
        n = self._up[(j, sep)]
        for k in reversed(chain):
            n = self._up[(k, sep)] = min(n + 1, _WALK)
        return self._up[(i, sep)]


_WALK = 200
"""Lines walked up from a cell to its block's first line."""


def _column_header(text: str, start: int, rows: Rows | None = None) -> str | None:
    """The header cell of the pipe-table or CSV/TSV column that holds offset `start`, or None:
    the first line of the block of lines with as many separators, at most `_WALK` lines up."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    line = text[lo : len(text) if hi == -1 else hi]
    sep = "|" if "|" in line else "\t" if "\t" in line else "," if "," in line else ";" if ";" in line else ""
    if not sep:
        return None
    rows = Rows(text) if rows is None else rows
    starts = rows.starts()
    i = bisect.bisect_right(starts, lo) - 1
    top = i - rows.up(i, sep)
    header = text[starts[top] : starts[top + 1] - 1] if top < i else line
    if header == line:
        return None
    column = _seps(text[lo:start], sep)
    cells = _QUOTED.sub("", header).split(sep)
    return cells[column] if column < len(cells) else None


def other_number(text: str, span: Span, rows: Rows | None = None) -> bool:
    """Whether the phone `span` is the value of a key or the cell of a column that names another
    kind of number (`_NUMBER_KINDS`, no phone word: ``account_number: "740561073"``, ``| API
    number |`` over ``42-317-41522``). `rows`: the text's `Rows`, shared by its spans."""
    if span.entity != "PHONE_NUMBER":
        return False
    lo = text.rfind("\n", 0, span.start) + 1
    m = _KEY_BEFORE.search(text, max(lo, span.start - 48), span.start)
    if m is not None:
        return _names_other_number(m.group(1))
    header = _column_header(text, span.start, rows)
    return header is not None and _names_other_number(header)


def impersonal_spans(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the values that are nobody's by their frame (see the module docs).
    Secrets are kept."""
    personal = any(s.entity not in ("SECRET", "LOCATION") and not s.detector.startswith("ner.") for s in spans)
    out: list[Span] = []
    rows = Rows(text)
    tables = has_tables(text)
    for s in spans:
        if s.entity == "SECRET":
            out.append(s)
            continue
        if tables and (table_entry(text, s) or example_number(text, s)):
            continue  # a vocabulary table's entry, a phone pattern's example (`data_tables`)
        if chat_turn_word(text, s) or service_role_label(text, s) or bot_mailbox(text, s):
            continue  # "Agente:", "[Zendesk chat] Agent:": a support chat's speaker label (`service_roles`)
        if code_value(text, s) or other_number(text, s, rows):
            continue
        if s.entity == "PERSON" and (institution_name(text, s) or organisation_name(text, s)):
            continue  # an institution's, a firm's or a product's name (`org_names`)
        if s.detector.startswith("ner.") and (site_name(text, s) or (not personal and institution_name(text, s))):
            continue
        out.append(s)
    return out


def has_frames(text: str, spans: Sequence[Span]) -> bool:
    """Cheap gate: whether any rule here could apply to `spans` of `text`."""
    return any(s.entity != "SECRET" for s in spans)
