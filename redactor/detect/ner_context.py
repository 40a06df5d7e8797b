"""What the text around a NER hit says about it: product records, services, other languages.

Helpers of the NER adapter's post-filter (`redactor.detect.presidio_adapter`), kept apart so each
rule can be read and tested on its own. Each takes the text and the hit's offsets and answers one
question; none loads a model.
"""

# ruff: noqa: RUF002  # words of other languages in docstrings are the examples

from __future__ import annotations

import re

from redactor import cache_budget
from redactor.detect.pii._vocab import HOLIDAY_WORDS, words
from redactor.detect.pii.lexicon import is_english

_COMMERCE_KEY = re.compile(
    r"(?i)[\"'](?:sku|price|unit_?price|list_?price|msrp|qty|quantity|stock|in_?stock|inventory|colou?r|size"
    r"|variant|variants|upc|ean|gtin|asin|barcode|product_?id|product_?type|category|brand|weight|currency)\\?[\"']"
    r"[ \t]*:"
)
"""Keys of a product or catalogue record."""
_PERSON_KEY = re.compile(
    r"(?i)[\"'](?:e-?mail|phone|mobile|address|street|city|zip|postcode|dob|birth\w*|ssn|first_?name|last_?name"
    r"|full_?name|surname|customer|contact|user|username)\\?[\"'][ \t]*:"
)
"""Keys of a record about a person."""


def product_record(text: str, start: int, end: int) -> bool:
    """Whether `[start, end)` is a string value in a product record: a ``sku``/``price``/``colour``
    key within the object around it, and no key of a record about a person (``"name": "Marie
    Linen Tee"`` next to ``"sku"`` and ``"price"`` is a product, not a person)."""
    lo = text.rfind("{", max(0, start - 300), start)
    hi = text.find("}", end, end + 300)
    if lo < 0 or hi < 0 or "}" in text[lo:start] or "{" in text[end:hi]:
        return False  # not inside one flat object (an order's customer beside its item list stays a person)
    record = text[lo:hi]
    return _COMMERCE_KEY.search(record) is not None and _PERSON_KEY.search(record) is None


_SUFFIX_APOSTROPHES = "'\u2019"


def holiday_name(low: list[str]) -> bool:
    """Whether the lower-cased tokens of a hit hold a holiday noun (`_vocab.HOLIDAY_WORDS`:
    ``ramazan bayramı``, ``guru nanak jayanti``), also before a case suffix written after an
    apostrophe (``bayramı'nda``, Turkish "at the holiday"). The model calls such a run a person or
    a place; it is a day of the calendar."""
    for token in low:
        for cut in _SUFFIX_APOSTROPHES:
            token = token.split(cut, 1)[0]
        if token in HOLIDAY_WORDS:
            return True
    return False


_SERVICE_NOUNS = words(
    "api apis sdk sdks app apps key keys token tokens dashboard admin console portal playground sandbox"
    " integration integrations webhook webhooks auth credentials creds plan plans service services cli server"
    " servers instance instances workspace workspaces tenant tenants connector connectors endpoint endpoints"
    " plugin plugins account accounts subscription subscriptions pipeline pipelines docs status"
    " secret secrets password passwords login logins support helpdesk contract contracts invoice invoices"
    " billing checkout payment payments payout payouts wallet wallets gateway gateways merchant merchants"
    " widget widgets bot bots cloud platform platforms"
)
"""Nouns a product or service name modifies (``the Klarna playground``, ``Fivetran admin``, ``our
Lenco secret key``, ``Maplerad support``, ``the Paystack payout``); a person's name takes a
possessive there (``Ana's account``)."""
_NOUN_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b")
_TOOL_BEFORE = re.compile(r"(?:\b(?:in|into|via|through|onto)|\u2192|->)[ \t]+$")
"""``updated both in Doppler``, ``(Help Scout → Gorgias)``: a tool or place, rarely a person."""


def service_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised name is used as a product or service: directly followed by a service
    noun (not a possessive), or, one word alone, right after ``in``/``into``/``via``/``through``/an
    arrow (not when a possessive follows: ``in Maria's office``; ``via Hoger Wansing`` is a person)."""
    if text.startswith(("'s", "\u2019s"), end):
        return False
    m = _NOUN_AFTER.match(text, end)
    if m is not None and m.group(1).lower() in _SERVICE_NOUNS:
        return True
    return " " not in text[start:end] and _TOOL_BEFORE.search(text, max(0, start - 12), start) is not None


_LINE_WORD = re.compile(r"(?<![\w`./-])[^\W\d_]+(?![\w`./-])")
_FOREIGN_SHARE = 0.5


def foreign_line(text: str, start: int, end: int) -> bool:
    """Whether the line holding `[start, end)` is written in another language, judged by its
    lower-case words (a name's line has few): at least one, all but a minority not English
    (`lexicon.is_english`: ``Nanti aku pindah ke``); a single one only right after the hit
    (``Selamat siang,``, ``Terima kasih,``). A line of capitalised words only (a signature, a
    heading) is not judged."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo : len(text) if hi < 0 else hi]
    lower = [w for w in _LINE_WORD.findall(line) if w.islower() and len(w) > 1]
    if not lower:
        return False
    if len(lower) == 1 and not re.match(r"[ \t]+" + re.escape(lower[0]) + r"\b", text[end:]):
        return False  # one lower-case word elsewhere on the line (a login, a code word) says little
    english = sum(1 for w in lower if is_english(w))
    return english < _FOREIGN_SHARE * len(lower)


_KEY_PREFIX = re.compile(r"[ \t]*[\"']?[\w.-]+[\"']?[ \t]*[:=][ \t]*")
"""``"login.title": `` or ``title = ``: a key before the value on a locale-file line (English key
words say nothing about the value's language)."""
_ENGLISH_ONLY = words("the of and with this that these those you your we our they their please would should could")
_FOREIGN_FUNCTION_MIN = 2
"""Function words of another language that make a line another language's on their own."""


def _line_after_key(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the line holding `[start, end)`, without the key of a ``key: value`` line."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    key = _KEY_PREFIX.match(text, lo, start)
    if key is not None:
        lo = key.end()
    return lo, hi


def foreign_piece(text: str, start: int, end: int) -> bool:
    """Whether the line holding `[start, end)` is written in another language, judged by its
    function words (`function_words_data`: spaCy's stop words of ~75 languages that English does
    not share): two or more of them outnumbering English stop words (``Despliega la versión ... en
    staging``, ``Reinicia la CLAU al seu valor``), or one with no English function word and most
    other lower-case words not English (``Nelze se připojit``, ``Sandi yang dimasukkan salah``).
    An English function word (``the``, ``with``, ``please``) keeps the line English; a line of
    capitalised words only is not judged. The key of a ``key: value`` line is not read."""
    from redactor.detect.pii.function_words_data import FUNCTION_WORDS

    lo, hi = _line_after_key(text, start, end)
    lower = [w.lower() for w in _LINE_WORD.findall(text[lo:start] + " " + text[end:hi]) if w.islower() and len(w) > 1]
    if not lower or any(w in _ENGLISH_ONLY for w in lower):
        return False
    foreign = sum(1 for w in lower if w in FUNCTION_WORDS)
    if not foreign:
        return False
    english_function = sum(1 for w in lower if w in _ENGLISH_FUNCTION)
    if foreign >= _FOREIGN_FUNCTION_MIN and foreign > english_function:
        return True
    rest = [w for w in lower if w not in FUNCTION_WORDS]
    if english_function or not rest:
        return False
    return sum(1 for w in rest if is_english(w)) < _FOREIGN_SHARE * len(rest)


_ENGLISH_FUNCTION = words("""
    a an the this that these those i me my we us our you your he him his she her it its they them their who
    which what where when why how there here and or but nor so if then than as because while of to in on at
    by for with from into onto about over under is are was were be been being have has had do does did will
    would can could should may might must not no
""")
"""English function words: a line's English evidence against another language's function words."""


_TEXT_SAMPLE = 20_000
"""Characters of a text read to judge its language (a locale file's first few hundred entries)."""
_TEXT_FOREIGN_MIN = 4
"""Distinct function words of other languages a text needs before it is judged another language's."""


@cache_budget.text_cache(maxsize=32, factor=1.0)
def foreign_text(text: str) -> bool:
    """Whether a whole text is written in another language: at least `_TEXT_FOREIGN_MIN`
    distinct function words of other languages (`foreign_piece`), and more of them than twice its
    English function words. A translation file (``"help_options": "Roghanna Cabhrach:"``, one entry a line, most
    too short to judge alone) or a Spanish ticket is; an English transcript quoting a Spanish
    line is not. Identifiers (``help_options_``, ``os.path``) are not words here."""
    from redactor.detect.pii.function_words_data import FUNCTION_WORDS

    lower = [w.lower() for w in _LINE_WORD.findall(text[:_TEXT_SAMPLE]) if w.islower() and len(w) > 1]
    found = [w for w in lower if w in FUNCTION_WORDS]
    if len(set(found)) < _TEXT_FOREIGN_MIN:
        return False  # one word again and again (``alt``, ``img``, ``res`` in markup and code) is no language
    return len(found) > 2 * sum(1 for w in lower if w in _ENGLISH_FUNCTION)


_CAPITAL_WORD = re.compile(r"(?<![\w'\u2019.-])[^\W\d_a-z][^\W\d_A-Z]+(?![\w'\u2019])")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;]|[\"'\u201c\u201e\u00ab(\[*#>-]|\d+[.)])[ \t]*$")


def capitalises_nouns(text: str, start: int, end: int) -> bool:
    """Whether the line holding `[start, end)` capitalises a word, outside the hit, that does not
    open a sentence (``Mehrere Gegenstellen der Verbindung angegeben``: German nouns). In a line
    of a language that writes only names capitalised (``Aminu Bello gelecek hafta nöbet listesine
    katılıyor``) a run of capitalised words is likelier a name, so the line-language rules leave
    such runs alone."""
    lo, hi = _line_after_key(text, start, end)
    for m in _CAPITAL_WORD.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        if not _SENTENCE_OPEN.search(text, lo, m.start()):
            return True
    return False


_TABLE_RULE_LINE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$")
"""A markdown table's rule line (``|---|:---:|``)."""
NON_PERSON_COLUMNS = words(
    "system systems service services vendor vendors provider providers platform platforms tool tools product products"
    " app apps application applications integration integrations software library libraries framework frameworks"
    " package packages site sites office offices city cities town location locations region regions country countries"
    " plant plants warehouse warehouses branch branches store stores shop shops holiday holidays event events company"
    " companies organisation organization org team teams department project projects repo repository environment env"
    " host hosts server servers cluster database carrier carriers gateway gateways bank banks brand brands marketplace"
    " pms crm erp"
)
"""Column headers whose cells name a thing, a place or a day, never a person (``| system | user |
key |``, ``| site | contact | phone |``)."""
PERSON_COLUMNS = words(
    "name names contact contacts owner owners person people user users username login employee employees customer"
    " customers client clients member members assignee assignees author authors reviewer reviewers manager managers"
    " lead leads staff agent agents patient patients driver drivers who"
)
"""Column headers whose cells may name a person."""
_CREDENTIAL_HEADER = re.compile(r"(?i)\b(?:credentials?|keys?|secrets?|passwords?|tokens?|api[ _-]?keys?)\b")


def _cells(line: str) -> list[str]:
    """The cells of a ``|``-framed table line, stripped (the outer frame removed)."""
    body = line.strip()
    body = body.removeprefix("|").removesuffix("|")
    return [c.strip() for c in body.split("|")]


_TABLE_ROWS = 200
"""Rows read upwards from a cell to its table's rule line."""


def _thing_column(header: list[str], cell: str) -> bool:
    """Whether a column whose header is `cell` (in the header row `header`) names things."""
    column = cell.lower().strip("*_` ")
    col_words = set(re.findall(r"[^\W\d_]+", column))
    if col_words & NON_PERSON_COLUMNS:
        return True
    if not col_words or col_words & PERSON_COLUMNS or _CREDENTIAL_HEADER.search(column):
        return False
    return any(_CREDENTIAL_HEADER.search(h) for h in header)


def non_person_cell(text: str, start: int, end: int) -> bool:
    """Whether `[start, end)` is a cell of a markdown table column that names things, not people:
    its header (the line above the ``|---|`` rule) is a thing, place or day noun (`NON_PERSON_COLUMNS`:
    ``system``, ``vendor``, ``site``, ``holiday``), or the table lists credentials (a ``key``,
    ``secret``, ``password`` or ``credential`` header) and this column's header is no person noun
    (`PERSON_COLUMNS`): ``| PMS | credential | value |`` above ``| Guestline | ... |``. A cell under
    ``contact``, ``owner`` or ``name`` stays a person."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    line = text[lo : len(text) if hi < 0 else hi]
    if not line.lstrip().startswith("|") or "\n" in text[start:end]:
        return False
    index = text.count("|", lo, start) - 1
    if index < 0:
        return False
    below = lo  # walk up the table's lines to its rule, at most _TABLE_ROWS of them
    for _ in range(_TABLE_ROWS):
        if below == 0:
            return False
        top = text.rfind("\n", 0, below - 1) + 1
        row = text[top : below - 1].rstrip("\r")
        if not row.lstrip().startswith("|"):
            return False
        if _TABLE_RULE_LINE.fullmatch(row):
            if top == 0:
                return False
            header = _cells(text[text.rfind("\n", 0, top - 1) + 1 : top - 1])
            return index < len(header) and _thing_column(header, header[index])
        below = top
    return False


_BRAND_DOMAIN = re.compile(r"[A-Za-z][\w-]*\.(?:com|net|org|io|co|ai|app|de|fr|es|it|nl|in|id|br|jp|uk|eu|ru|cn)\b")
_LIST_WORD = re.compile(r"[ \t]*(?:,|and|or|&|/)[ \t]*", re.IGNORECASE)


def listed_with_brand(text: str, start: int, end: int) -> bool:
    """Whether a one-word name is listed (commas, ``and``, ``or``, ``&``, ``/``) beside a brand
    written as its domain name (``Booking.com, Expedia and Agoda``, ``Expedia / Hotels.com``):
    the list names companies or sites. People are not listed with a web site's name."""
    if " " in text[start:end]:
        return False
    for side in (-1, 1):
        pos = start if side < 0 else end
        for _ in range(3):
            if side > 0:
                link = _LIST_WORD.match(text, pos)
                if link is None:
                    break
                nxt = re.match(r"[^\s,&/]+", text[link.end() :])
                if nxt is None:
                    break
                item = nxt.group()
                pos = link.end() + len(item)
            else:
                m = re.search(r"([^\s,&/]+)" + _LIST_WORD.pattern + r"$", text[max(0, pos - 60) : pos], re.IGNORECASE)
                if m is None:
                    break
                item = m.group(1)
                pos = max(0, pos - 60) + m.start()
            if _BRAND_DOMAIN.fullmatch(item.rstrip(".,;:")):
                return True
    return False
