"""Personal data in structured text, found by its field name.

Agent sessions carry records: JSON tool results, Python/JS object literals, YAML and ``.env``
files, CSV exports, SQL ``INSERT`` statements. There the field name says what a value is, which is
far more reliable than the value's shape (``"last_name": "Ek"``). This detector reads:

- key/value pairs: ``"key": "value"``, ``key: value``, ``key=value``, ``key => 'value'``;
- CSV/TSV tables: a header line naming the columns, then the rows below it;
- SQL: ``INSERT INTO t (col, ...) VALUES (...), (...)``;
- psql expanded records (``-[ RECORD 1 ]``, then ``column | value`` lines).

Each value is checked against its entity (a name must look like a name, a card must pass Luhn,
a phone must have 7-15 digits...). A bare ``name`` key only counts when the same record also has
a personal field (e-mail, phone, address...), so ``name: publish`` in a CI workflow is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import words
from redactor.detect.pii.contact import plausible_phone
from redactor.detect.pii.dates import plausible_date
from redactor.detect.pii.field_labels import address_value, name_value
from redactor.detect.pii.field_vocab import ADDRESS_LABELS, NAME_PART_LABELS, PERSON_LABELS
from redactor.detect.pii.financial import card_ok, iban_valid
from redactor.detect.pii.identity import plausible_user
from redactor.detect.pii.names import clean_name

_KEYS: dict[str, tuple[str, str]] = {}
"""normalised key -> (entity, value kind); filled below."""


def _register(entity: str, kind: str, keys: str) -> None:
    for k in keys.split():
        _KEYS[k] = (entity, kind)


_register(
    "PERSON",
    "name1",
    "full_name fullname first_name firstname given_name givenname forename last_name lastname surname"
    " family_name familyname middle_name maiden_name mothers_maiden_name mother_maiden_name"
    " display_name displayname contact_name customer_name client_name patient_name employee_name"
    " author_name owner_name holder_name cardholder cardholder_name card_holder account_holder"
    " beneficiary beneficiary_name spouse spouse_name emergency_contact next_of_kin father_name"
    " mother_name recipient_name sender_name billing_name shipping_name legal_name person"
    " person_name applicant_name guardian guardian_name real_name realname name_full nombre apellido"
    " apellidos nombre_completo nome cognome nome_completo vorname nachname prenom prénom naam achternaam"
    " voornaam imie nazwisko cn common_name",
)
_register("PERSON", "name2", "author maintainer committer reviewer assignee holder")
_register(
    "PERSON",
    "name_cooc",
    "engineer on_call oncall technician presenter attendee participant student teacher physician nurse"
    " doctor employee staff",
)
_register("PERSON", "name_cooc1", "given family given_names family_names")
_register("PERSON", "name_cooc", "name contact customer owner")
_register(
    "PHONE_NUMBER",
    "phone",
    "phone phone_number phonenumber mobile mobile_number mobilephone cell cellphone cell_phone tel"
    " telephone fax msisdn contact_number home_phone work_phone phone1 phone2 telefono teléfono telefone"
    " telefon movil móvil celular handy telephone_number mobile_phone téléphone telefonnummer"
    " telefoonnummer telefono_movil numero_de_telefono número_de_teléfono 電話番号 电话 전화번호 телефон",
)
_register("PHONE_NUMBER", "phone_to", "to recipient recipients destination dest to_number from_number msisdn_to")
_register(
    "ADDRESS",
    "address",
    "address street street_address streetaddress address1 address2 address_1 address_2 address_line1"
    " address_line_1 address_line2 address_line_2 addressline1 billing_address shipping_address"
    " home_address mailing_address postal_address residential_address addr line1 line_1 street1"
    " street_1 addr1 address_line addressline ship_to shipping_to deliver_to delivery_address direccion"
    " dirección endereco endereço adresse indirizzo adres anschrift domicilio morada adresa адрес"
    " 住所 地址 주소 ที่อยู่",
)
_register("ADDRESS", "zip", "zip zipcode zip_code postal_code postalcode postcode postal plz cep codigo_postal")
_register("LOCATION", "city", "city town locality municipality ciudad cidade ville stadt citta città ort wohnort")
_register(
    "DATE_OF_BIRTH",
    "date",
    "dob date_of_birth dateofbirth birth_date birthdate birthday born birth_day birth_dt d_o_b"
    " fecha_de_nacimiento fecha_nacimiento nacimiento data_de_nascimento data_nascimento nascimento"
    " date_de_naissance date_naissance naissance geburtsdatum geburtstag geboren data_di_nascita"
    " data_nascita geboortedatum data_urodzenia födelsedatum fødselsdato syntymäaika doğum_tarihi"
    " dogum_tarihi geburts_datum tanggal_lahir tgl_lahir ngày_sinh 生年月日 出生日期 생년월일 дата_рождения"
    " дата_народження",
)
_register("US_SSN", "ssn", "ssn social_security_number social_security socialsecuritynumber")
_register(
    "CREDIT_CARD",
    "card",
    "card_number cardnumber cc_number credit_card credit_card_number creditcard card_no ccnum pan",
)
_register("IBAN_CODE", "iban", "iban iban_code")
_register("USERNAME", "user", "username user_name login login_name screen_name")


def _register_field_vocab() -> None:
    """The form labels of ~80 languages (`field_vocab`) as keys and column names, where no key above
    names them already: a name part (``Prenume``, ``Фамилия``, ``姓``) like ``first_name``, a whole
    person (``ПІБ``, ``Cliente``, ``收件人``) like a bare ``name`` (two words, and another personal
    field in the record), an address label (``Адреса``, ``Anwani``, ``dia_chi``) like ``address``, its
    value checked by `field_labels.address_value` (a number, an address word or comma parts).
    English labels are left out: the English keys above were each given their own rule."""
    tables = (("name1", NAME_PART_LABELS), ("name_cooc", PERSON_LABELS), ("address_label", ADDRESS_LABELS))
    english = {_norm_key(label) for _, table in tables for label in table["en"].split("|")}
    for kind, table in tables:
        entity = "ADDRESS" if kind == "address_label" else "PERSON"
        for labels in table.values():
            for label in labels.split("|"):
                key = _norm_key(label)
                if key and key not in _KEYS and key not in english:  # English keys: chosen above
                    _KEYS[key] = (entity, kind)


_PII_KEY_RE = re.compile(
    r"(?i)[\"'`]?(?:\b|_)(?:e-?mail(?:_?address)?|phone(?:_?number)?|mobile|address|street|city|zip|dob|birth_?date"
    r"|date_of_birth|ssn|card(?:_?number)?|iban|username|password|first_?name|last_?name|full_?name"
    r"|(?:mothers_)?maiden_?name|surname|nationality|passport\w*)\b[\"'`]?\s*[:=]"
    r"|[\w.+-]+@[\w-]+\.[a-z]{2,}"
)


_PERSON_ROLES = frozenset(
    words(
        "customer client contact guest patient requester sender recipient owner user member employee tenant"
        " driver passenger holder buyer seller assignee reporter applicant candidate student emergency"
        " ship shipping bill billing delivery"
    )
)


_ADDRESS_HEADS = frozenset(
    words("direccion dirección endereco endereço adresse indirizzo adres adresa anschrift domicilio")
)
"""Address words of languages that name the kind after the word (``Dirección de envío``)."""
_NOT_POSTAL = re.compile(
    r"(?:^|_)(?:e_?mail|ip|ipv[46]|mac|web|url|courriel|correo|electr\w*|wallet|server|host|hw|local|remote|foreign|peer"
    r"|bind|listen|proxy|gateway|network|net|ether|broadcast|multicast|contract|memory|base|socket|node|endpoint)(?:_|$)"
)
"""An address key that is not a postal address (``ip_address``, ``Local Address``, ``adresse_ip``,
``dirección_de_correo``)."""


def _by_suffix(norm: str) -> tuple[str, str] | None:
    """Keys named by a suffix: ``SUPPORT_PHONE``, ``billing_zip``, ``guest_name``, ``work_address``."""
    if norm.endswith(("_phone", "_phone_number", "_mobile", "_fax")):
        return _KEYS["phone"]
    if norm.endswith(("_address", "_addr", "_street")):
        return None if _NOT_POSTAL.search(norm) else _KEYS["address"]
    head, _, rest = norm.partition("_")
    if rest and head in _ADDRESS_HEADS and not _NOT_POSTAL.search(rest):
        return _KEYS["address"]  # dirección_de_envío, endereço_de_entrega, adresse_de_livraison
    if norm.endswith(("_zip", "_zipcode", "_zip_code", "_postcode", "_postal_code")):
        return _KEYS["zip"]
    if norm.endswith(("_dob", "_birth_date", "_birthdate", "_date_of_birth", "_birthday")):
        return _KEYS["dob"]  # patient_dob, spouse_birth_date, memberDateOfBirth
    if norm.endswith("_city"):
        return _KEYS["city"]
    if norm.endswith(("_name", "_full_name", "_fullname")) and norm.split("_", 1)[0] in _PERSON_ROLES:
        return _KEYS["full_name"]
    if norm.endswith("_owner") or norm.endswith("_contact"):
        return _KEYS["name"]  # backup_owner, billing_contact: a name if another personal field is near
    return None


def _norm_key(key: str) -> str:
    k = key.strip().strip("\"'`").rsplit(".", 1)[-1]
    k = re.sub(r"([a-z])([A-Z])", r"\1_\2", k)
    return re.sub(r"[\s-]+", "_", k).lower()


_register_field_vocab()


_Check = Callable[[str], tuple[int, int] | None]


def _whole(ok: bool, value: str) -> tuple[int, int] | None:
    return (0, len(value)) if ok else None


def _name_check(min_tokens: int) -> _Check:
    def check(value: str) -> tuple[int, int] | None:
        r = clean_name(value, min_tokens=min_tokens, particle_start=min_tokens == 1)
        if r is None and _UNCASED.search(value) is not None and _CASED_LETTER.search(value) is None:
            n = name_value(value, weak=False, part=min_tokens == 1)  # राजेश कुमार शर्मा, 王秀英: no capitals
            return None if n is None else (len(value) - len(value.lstrip()), len(value.rstrip()))
        if r is None:
            return None
        rest = value[r[1] :].strip(" ,.")
        if rest and not rest.startswith(("<", "(")):
            return None  # more than a name (a sentence, a title), unless `Name <mail>`
        return r

    return check


_UNCASED = re.compile(r"[^\W\d_]")
_CASED_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u0531-\u058f\u1e00-\u1fff]")
"""A value whose letters are all of scripts without capitals is checked by `field_labels.name_value`
(`names.clean_name` looks for capitalised words)."""
_E164 = re.compile(r"\+?[1-9]\d{9,14}")
"""A phone number written as digits only, as messaging APIs take it (``2348127745190``)."""
_EPOCH_MS = re.compile(r"1[0-9]{9}(?:\d{3})?|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{2,6}")
"""Epoch seconds/milliseconds and compact timestamps (``20240101120000``): not phones."""
_MESSAGING = re.compile(
    r"(?i)\b(?:sms|mms|otp|whatsapp|send_?message|messages|texts?|voice|calls?|dial|twilio|vonage|nexmo|termii)\b"
)
"""Words of a messaging or calling API near a ``to``/``recipient`` key with a digits-only value."""


_HEX_VALUE = re.compile(r"(?:0x)?[0-9a-fA-F]{6,}|0x[0-9a-fA-F]+")
"""A memory address or a hash under an ``address`` key (``0x7ffd5b2c1a40``): no postal address."""
_MACHINE_ADDRESS = re.compile(r"[^\s]*[._:\[\]][^\s]*")
"""One word holding a dot, underscore, colon or bracket under an ``address`` key: a resource
address (``aws_subnet.private[0]``), a MAC (``9f:d8:7d:09:01:f5``), a ``host:port``; a postal
address has spaces between its parts."""
_ISO_TIME = re.compile(r"[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?")
"""The time of an ISO timestamp a birth date may be stored as (``1988-03-12T00:00:00Z``)."""


def _date_part(value: str) -> tuple[int, int] | None:
    """A date value (the date of a date-time): its span, if it reads as a calendar date."""
    m = re.match(r"(?:19|20)\d{2}-\d{2}-\d{2}", value)
    if m is not None and _ISO_TIME.fullmatch(value, m.end()):
        value = m.group()
    ok = bool(re.fullmatch(r"[\w ,./-]{6,30}", value)) and any(c.isdigit() for c in value) and plausible_date(value)
    return (0, len(value)) if ok else None


_CHECKS: dict[str, _Check] = {
    "name1": _name_check(1),
    "name2": _name_check(2),
    "name_cooc": _name_check(2),
    "name_cooc1": _name_check(1),
    "phone": lambda v: _whole(plausible_phone(re.sub(r"\s*(?:x|ext\.?)\s*\d+$", "", v)), v),
    "phone_to": lambda v: _whole(bool(_E164.fullmatch(v)) and plausible_phone(v) and not _EPOCH_MS.fullmatch(v), v),
    "address": lambda v: _whole(
        len(v) >= 4
        and any(c.isalpha() for c in v)
        and (any(c.isdigit() for c in v) or " " in v)
        and "://" not in v
        and not v.startswith(("/", "$", "{", "<"))
        and not _HEX_VALUE.fullmatch(v)
        and not _MACHINE_ADDRESS.fullmatch(v),
        v,
    ),
    "address_label": lambda v: _whole(address_value(v, weak=False) == len(v), v),
    "zip": lambda v: _whole(bool(re.fullmatch(r"[A-Z0-9][A-Z0-9 -]{2,9}", v)) and any(c.isdigit() for c in v), v),
    "city": lambda v: _whole(bool(re.fullmatch(r"[^\W\d_][^\d\n,;:=/{}<>]{1,40}", v)) and not v.islower(), v),
    "date": lambda v: _date_part(v),
    "ssn": lambda v: _whole(bool(re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", v)), v),
    "card": lambda v: _whole(card_ok(v), v),
    "iban": lambda v: _whole(iban_valid(v), v),
    "user": lambda v: _whole(plausible_user(v) and bool(re.fullmatch(r"[\w.@+-]{2,64}", v)) and "@" not in v, v),
}


def _finding(info: TextInfo, key: str, vstart: int, value: str, *, cooccurs: bool = False) -> Finding | None:
    norm = _norm_key(key)
    spec = _KEYS.get(norm)
    if spec is None:
        spec = _by_suffix(norm)
    if spec is None:
        return None
    entity, kind = spec
    stripped = value.strip()
    if not stripped:
        return None
    lead = value.index(stripped[0])
    r = _CHECKS[kind](stripped)
    if r is None:
        return None
    a = vstart + lead + r[0]
    b = vstart + lead + r[1]
    if kind == "phone_to":
        text = info.text
        if not _MESSAGING.search(text, max(0, a - 400), b + 400):
            return None  # `to: "4155550100"` only where the call sends a message or rings someone
    if kind in ("name_cooc", "name_cooc1") and not cooccurs:
        text = info.text
        window = text[max(0, a - 300) : a] + text[b : b + 300]
        if not _PII_KEY_RE.search(window) and not _personal_key_in(window):
            return None
    return (entity, a, b, 0.85)


_ANY_KEY = re.compile(r"[\"'`](?P<key>[^\W\d][\w .-]{0,40}?)[\"'`][ \t]*[:=]")
"""A quoted key in any script (``"dia_chi":``, ``"Телефон":``)."""
_SELF_EVIDENT_KINDS = frozenset({"address", "address_label", "phone", "date", "ssn", "card", "iban", "zip", "name1"})


def _personal_key_in(window: str) -> bool:
    """A quoted key of a personal field other than a bare name near a value, in any language: the
    keys `_PII_KEY_RE` knows are English, the field vocabulary's are not (``"dia_chi":``)."""
    if '"' not in window and "'" not in window:
        return False
    for m in _ANY_KEY.finditer(window):
        spec = _KEYS.get(_norm_key(m.group("key")))
        if spec is not None and spec[1] in _SELF_EVIDENT_KINDS:
            return True
    return False


_KV_QUOTED = re.compile(
    r"(?P<kq>[\"'`]?)(?P<key>[A-Za-z_][\w.-]{0,40}+)(?P=kq)\s*(?::|=>|=)\s*"
    r"(?P<vq>[\"'])(?P<val>[^\"'\n\\{\[][^\"'\n\\]{0,199})(?P=vq)"
)
"""``key: "value"`` pairs. The key is possessive (``{0,40}+``): a shorter key is always followed by
one of ``\\w.-``, never by the quote, space or separator that must come next, so giving characters
back could never produce a match, only cost time (same matches as with a greedy key).
"""
_KV_XML = re.compile(r"<(?P<key>[A-Za-z_][\w.-]{0,40})>(?P<val>[^<>\n]{1,200})</(?P=key)>")
"""``<name>Ibrahim Al-Farsi</name>``, ``<phone>...</phone>``."""
_KV_BARE = re.compile(
    r"(?m)^(?:[ \t]*\d{1,6}\t|[\w./-]{1,120}:\d{1,6}:)?"  # a line-numbered read, a `grep -n` hit
    r"[ \t>+-]*(?:export[ \t]+)?(?P<key>[A-Za-z_][\w.-]{0,40})[ \t]*[:=][ \t]*"
    r"(?P<val>[^\s\"'#{}\[\]][^\n#]{0,120}?)[ \t]*,?[ \t]*$"
)

_KV_NEXT_LINE = re.compile(
    r"(?m)^(?P<key>[A-Za-z][\w-]{1,40}):[ \t]*\n[ \t]+(?P<val>[^\s:\"][^\n:\"]{0,119}?)[ \t]*(?=$|\")"
)
"""A value indented on the line after its key, as ``dscl . -read`` prints it (``RealName:\n Thabo Nkosi``)."""
_KV_LOGFMT = re.compile(
    r"=(?P<val>[^\s=\"'&;,]+(?:[ ][^\s=\"'&;,]+){1,3}?)(?=[ \t]+[A-Za-z_][\w.-]{0,40}=|[ \t]*(?:\n|$))"
)
_LOGFMT_KEY = re.compile(r"(?<![\w.-])[A-Za-z_][\w.-]{0,40}$")
"""An unquoted value of several words between ``key=`` pairs of a log line
(``charge failed card=... name=Wouter Jansen amount=129.00``)."""


def _scan_logfmt(info: TextInfo) -> Iterator[Finding]:
    """`_KV_LOGFMT` values with their keys (found backwards from the ``=``, which anchors the scan)."""
    text = info.text
    if "=" not in text:
        return
    for m in _KV_LOGFMT.finditer(text):
        k = _LOGFMT_KEY.search(text, max(0, m.start() - 41), m.start())
        if k is not None:
            f = _finding(info, k.group(), m.start("val"), m.group("val"))
            if f is not None:
                yield f


def _xml_personal(text: str) -> bool:
    """Two or more personal elements in the document: a bare ``<name>`` is then a person's."""
    tags = {_norm_key(t) for t in re.findall(r"<([A-Za-z_][\w.-]{0,40})>", text[:20_000])}
    return sum(1 for t in tags if t in _KEYS) >= 2


class StructuredFieldDetector(ViewDetector):
    """Personal data in key/value pairs, CSV tables and SQL inserts (``pii.structured``)."""

    name = "pii.structured"
    entities: tuple[str, ...] = (
        "PERSON",
        "PHONE_NUMBER",
        "ADDRESS",
        "LOCATION",
        "DATE_OF_BIRTH",
        "US_SSN",
        "CREDIT_CARD",
        "IBAN_CODE",
        "USERNAME",
    )

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if "</" in text:
            for m in _KV_XML.finditer(text):
                f = _finding(info, m.group("key"), m.start("val"), m.group("val"), cooccurs=_xml_personal(text))
                if f is not None:
                    yield f
        if ":" in text or "=" in text:
            for rx in (_KV_QUOTED, _KV_BARE) if ":\n" not in text else (_KV_QUOTED, _KV_BARE, _KV_NEXT_LINE):
                for m in rx.finditer(text):
                    f = _finding(info, m.group("key"), m.start("val"), m.group("val"))
                    if f is not None:
                        yield f
            yield from _scan_logfmt(info)
        if "," in text or "\t" in text or ";" in text or "|" in text or _ALIGNED_GAP.search(text):
            yield from _scan_tables(info)
        if "insert" in text[:100_000].lower():
            yield from _scan_sql(info)
        if "BEGIN:VCARD" in text:
            yield from _scan_vcard(info)
        if "[ RECORD " in text:
            yield from _scan_expanded(info)


# ---------------------------------------------------------------------------------------------
# CSV / TSV


_HEADER_FIELD = re.compile(r"[\"']?[^\W\d][\w .-]{0,40}[\"']?")
"""A column name, in any script (``date_of_birth``, ``Fecha de nacimiento``, ``生年月日``)."""
_ALIGNED = "  "
"""The pseudo-delimiter of a text table whose columns are runs of two or more spaces (pandas,
``docker ps``, fixed-width reports)."""
_ALIGNED_FIELD = re.compile(r"\S+(?: \S+)*")
_ALIGNED_GAP = re.compile(r"\S  +\S")
"""Two spaces between words: a text without it has no aligned table (indentation is not one)."""


def _split_row(line: str, delim: str) -> list[tuple[int, int]]:
    """Field spans of one delimited line (quotes respected, quotes excluded from the span)."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(line)
    while i <= n:
        if i < n and line[i] == '"':
            j = i + 1
            while j < n:
                if line[j] == '"' and (j + 1 >= n or line[j + 1] != '"'):
                    break
                j += 2 if line[j] == '"' else 1
            out.append((i + 1, min(j, n)))
            k = line.find(delim, j)
            i = n + 1 if k < 0 else k + 1
        else:
            k = line.find(delim, i)
            if k < 0:
                out.append((i, n))
                break
            out.append((i, k))
            i = k + 1
    return out


_LINE_NO = re.compile(r"[ \t]*\d{1,6}\t|[ \t]*\d{1,6}:[ \t]")
"""``cat -n`` / read_file line numbers in front of each line of a file read."""
_SEPARATOR = re.compile(r"[ \t]*[|+]?[ \t]*:?-{3,}[-+|: \t]*$")
"""Markdown and psql table rules: ``|---|---|``, ``----+-----``."""


_JSON_VALUE_START = re.compile(r'": "(?=[^"]*$)')
"""The start of the last JSON string value on a line: a tool result's text (a table) starts there."""
_JSON_VALUE_END = re.compile(r'"(?=[,}\]]|$)')


def _row_fields(row: str, delim: str, width: int) -> list[tuple[int, int]]:
    """Field spans of a table row; an aligned row may lead with an index column (pandas)."""
    if delim != _ALIGNED:
        return _split_row(row, delim)
    fields = [m.span() for m in _ALIGNED_FIELD.finditer(row)]
    if len(fields) == width + 1 and row[fields[0][0] : fields[0][1]].isdigit():
        return fields[1:]
    return fields


def _scan_tables(info: TextInfo) -> Iterator[Finding]:
    text = info.text
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        m = _LINE_NO.match(line)
        cut = m.end() if m is not None else 0
        lines.append((pos + cut, line[cut:]))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        _start, line = lines[i]
        header = _header(line)
        in_json = False
        if header is None and '": "' in line and (v := _JSON_VALUE_START.search(line)) is not None:
            header = _header(line[v.end() :])  # {"type": "text", "text": "id | name | dob
            in_json = header is not None
        if header is None:
            i += 1
            continue
        delim, names = header
        personal = sum(1 for n in names if _norm_key(n) in _KEYS) >= 2
        i += 1
        while i < len(lines):
            rstart, row = lines[i]
            if in_json and (end := _JSON_VALUE_END.search(row)) is not None:
                row = row[: end.start()]  # the last row, before the string's closing quote
            if _SEPARATOR.match(row):
                i += 1
                continue
            fields = _row_fields(row, delim, len(names))
            if len(fields) != len(names):
                break
            for key, (a, b) in zip(names, fields, strict=True):
                f = _finding(info, key, rstart + a, row[a:b], cooccurs=personal)
                if f is not None:
                    yield f
            i += 1


_NOT_IN_HEADER = re.compile(r"[^\w .\"',;\t|\s-]")
"""A character no header line holds: each field is a `_HEADER_FIELD` (after stripping white space),
so a line with any other character that is not a delimiter has a bad field whatever the delimiter."""


def _header(line: str) -> tuple[str, list[str]] | None:
    """The delimiter and column names if `line` is the header of a personal table."""
    if _NOT_IN_HEADER.search(line):
        return None
    return _header_fields(line)


def _header_fields(line: str) -> tuple[str, list[str]] | None:
    best: tuple[str, list[str]] | None = None
    for delim in (",", "\t", ";", "|"):
        parts = line.strip().strip("|").split(delim) if delim == "|" else line.strip().split(delim)
        if len(parts) < 2 or not all(_HEADER_FIELD.fullmatch(p.strip()) for p in parts):
            continue
        if _personal_columns(parts) and (best is None or len(parts) > len(best[1])):
            best = (delim, [p.strip() for p in line.split(delim)])
    if best is None and _ALIGNED in line.strip():
        parts = _ALIGNED_FIELD.findall(line)
        if all(_HEADER_FIELD.fullmatch(p) for p in parts) and _personal_columns(parts):
            best = (_ALIGNED, parts)
    return best


_SELF_EVIDENT = frozenset({"date", "phone", "ssn", "card", "iban"})
"""Value kinds whose column alone makes a table personal: each value is validated (a calendar
date, 7-15 digits of a phone, Luhn, mod-97), unlike a name or an address column."""


def _personal_columns(parts: list[str]) -> bool:
    """Two personal columns, or one self-evident column among three or more (``id | patient | dob``).
    A two-column line needs both (``nome | cognome``): ``key, value`` pairs are not tables."""
    specs = [_KEYS.get(_norm_key(p)) for p in parts]
    known = sum(1 for spec in specs if spec is not None)
    if known >= 2:
        return True
    return len(parts) >= 3 and any(spec is not None and spec[1] in _SELF_EVIDENT for spec in specs)


# ---------------------------------------------------------------------------------------------
# SQL INSERT

_INSERT = re.compile(r"(?i)\binsert\s+into\s+[\w.\"`\[\]]+\s*\(([^)]{1,2000})\)\s*values\s*")
_SQL_VALUE = re.compile(r"\s*('(?:[^']|'')*'|NULL|null|-?\d+(?:\.\d+)?|[^,()]+?)\s*(?=[,)])")


def _scan_sql(info: TextInfo) -> Iterator[Finding]:
    text = info.text
    for m in _INSERT.finditer(text):
        cols = [c.strip().strip('"`[]') for c in m.group(1).split(",")]
        personal = sum(1 for c in cols if _norm_key(c) in _KEYS) >= 2
        pos = m.end()
        while pos < len(text) and text[pos] == "(":
            pos += 1
            k = 0
            while True:
                v = _SQL_VALUE.match(text, pos)
                if v is None:
                    break
                val = v.group(1)
                if k < len(cols) and val.startswith("'"):
                    f = _finding(info, cols[k], v.start(1) + 1, val[1:-1], cooccurs=personal)
                    if f is not None:
                        yield f
                k += 1
                pos = v.end()
                if text[pos] == ",":
                    pos += 1
                    continue
                break
            if pos < len(text) and text[pos] == ")":
                pos += 1
            tail = re.match(r"\s*,\s*", text[pos : pos + 20])
            if tail is None:
                break
            pos += tail.end()


# ---------------------------------------------------------------------------------------------
# psql expanded display (``\\x``, ``psql -x``)

_RECORD_HEADER = re.compile(r"(?m)^[ \t]*-\[ RECORD \d+ \][-+]*[ \t]*$")
_EXPANDED_ROW = re.compile(r"[ \t]*(?P<key>[A-Za-z_][\w.-]{0,40})[ \t]*\|[ \t]?(?P<val>[^\n]*?)[ \t]*(?:\n|$)")


def _scan_expanded(info: TextInfo) -> Iterator[Finding]:
    """``-[ RECORD 1 ]---`` blocks: one ``column | value`` line per field."""
    text = info.text
    for header in _RECORD_HEADER.finditer(text):
        rows: list[re.Match[str]] = []
        pos = header.end() + 1
        while pos < len(text) and (row := _EXPANDED_ROW.match(text, pos)) is not None and row.end() > pos:
            rows.append(row)
            pos = row.end()
        personal = sum(1 for r in rows if _norm_key(r.group("key")) in _KEYS) >= 2
        for r in rows:
            f = _finding(info, r.group("key"), r.start("val"), r.group("val"), cooccurs=personal)
            if f is not None:
                yield f


# ---------------------------------------------------------------------------------------------
# vCard

_VCARD_LINE = re.compile(r"(?m)^(?:[ \t]*\d{1,6}\t)?[ \t]*(?P<prop>FN|N|ADR|TEL)(?:;[^:\n]*)?:(?P<val>[^\n]+?)[ \t]*$")


def _scan_vcard(info: TextInfo) -> Iterator[Finding]:
    """``FN:``, ``N:``, ``ADR:`` and ``TEL:`` properties of vCards (contact exports)."""
    text = info.text
    for m in _VCARD_LINE.finditer(text):
        prop, val, start = m.group("prop"), m.group("val"), m.start("val")
        if prop == "FN":
            r = _CHECKS["name1"](val)
            if r is not None:
                yield ("PERSON", start + r[0], start + r[1], 0.85)
        elif prop == "N":
            pos = 0
            for part in val.split(";")[:3]:
                r = _CHECKS["name1"](part) if part.strip() else None
                if r is not None:
                    yield ("PERSON", start + pos + r[0], start + pos + r[1], 0.85)
                pos += len(part) + 1
        elif prop == "ADR":
            body = val.strip(";")
            if len(body) >= 4 and any(c.isalpha() for c in body):
                a = start + val.index(body)
                yield ("ADDRESS", a, a + len(body), 0.85)
        elif plausible_phone(re.sub(r"^(?:tel:)", "", val)):
            a = start + (4 if val.startswith("tel:") else 0)
            yield ("PHONE_NUMBER", a, start + len(val), 0.85)
