"""What a structured field is: field names and the check each value must pass (`pii.structured`).

The registry maps a normalised key (``first_name``, ``billing_zip``, ``dirección_de_envío``, the
form labels of `field_vocab`) to an entity and a value kind; `finding` checks one value against its
kind (a name must look like a name, a card must pass Luhn, a phone must have 7-15 digits, an
``address`` must not be a resource address or ``host:port``...). `redactor.detect.pii.structured`
finds the key/value pairs, table cells and SQL tuples and asks this module about each.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from redactor import cache_budget
from redactor.detect.pii._base import Finding, TextInfo
from redactor.detect.pii._vocab import words
from redactor.detect.pii.contact import plausible_phone
from redactor.detect.pii.dates import plausible_date
from redactor.detect.pii.example_contacts import placeholder_address
from redactor.detect.pii.field_labels import address_value, name_value
from redactor.detect.pii.field_vocab import ADDRESS_LABELS, NAME_PART_LABELS, PERSON_LABELS
from redactor.detect.pii.financial import card_ok, iban_valid
from redactor.detect.pii.given_names import GIVEN_NAMES, SURNAMES
from redactor.detect.pii.identity import plausible_user
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.names import clean_name

KEYS: dict[str, tuple[str, str]] = {}
"""normalised key -> (entity, value kind); filled below."""


def _register(entity: str, kind: str, keys: str) -> None:
    for k in keys.split():
        KEYS[k] = (entity, kind)


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
    "name2",
    "approver approvers requester requestor adjuster claims_adjuster inspector auditor underwriter"
    " caseworker case_worker case_manager account_manager supervisor line_manager handler signatory"
    " approved_by reviewed_by requested_by submitted_by signed_by prepared_by verified_by witnessed_by"
    " authorised_by authorized_by checked_by issued_by",
)
_register(
    "PERSON",
    "name_cooc",
    "engineer on_call oncall technician presenter attendee participant student teacher physician nurse"
    " doctor employee staff",
)
_register(
    "PERSON",
    "name1",
    "insured_name insured_person policyholder_name policy_holder_name subscriber_name member_name"
    " parent_name parent1_name parent2_name father_full_name mother_full_name guardian_full_name"
    " next_of_kin_name emergency_contact_name kin_name tenant_name passenger_name traveler_name"
    " traveller_name driver_name student_name child_name",
)
_register(
    "PERSON",
    "name2",
    "insured policyholder policy_holder subscriber applicant passenger traveler traveller tenant father mother parent",
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
_register("ADDRESS", "address", "strt_nm adr_line")  # ISO 20022 PostalAddress: <StrtNm>, <AdrLine>
_register("ADDRESS", "zip", "pst_cd")  # <PstCd>
_register("LOCATION", "city", "twn_nm")  # <TwnNm>
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
    "card_number cardnumber cc_number credit_card credit_card_number creditcard card_no ccnum pan card cc cc_no"
    " card_num card_pan pan_number primary_account_number debit_card debit_card_number payment_card",
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
    english = {norm_key(label) for _, table in tables for label in table["en"].split("|")}
    for kind, table in tables:
        entity = "ADDRESS" if kind == "address_label" else "PERSON"
        for labels in table.values():
            for label in labels.split("|"):
                key = norm_key(label)
                # developers drop the accents of their language in keys and CSV headers
                # (``responsavel``, ``endereco``, ``prenom``, ``soyadi``): the folded key too
                for k in (key, _fold_accents(key)):
                    if k and k not in KEYS and k not in english:  # English keys: chosen above
                        KEYS[k] = (entity, kind)


def _fold_accents(key: str) -> str:
    """`key` without the combining marks of Latin letters (``responsável`` -> ``responsavel``);
    other scripts, whose marks are letters' parts (Devanagari vowel signs), are left as they are."""
    if key.isascii() or any(ord(c) > 0x24F and unicodedata.category(c)[0] == "L" for c in key):
        return key
    decomposed = unicodedata.normalize("NFD", key.replace("\u0131", "i").replace("\u0142", "l").replace("\u00f8", "o"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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
        return KEYS["phone"]
    if norm.endswith(("_address", "_addr", "_street")):
        return None if _NOT_POSTAL.search(norm) else KEYS["address"]
    head, _, rest = norm.partition("_")
    if rest and head in _ADDRESS_HEADS and not _NOT_POSTAL.search(rest):
        return KEYS["address"]  # dirección_de_envío, endereço_de_entrega, adresse_de_livraison
    if norm.endswith(("_zip", "_zipcode", "_zip_code", "_postcode", "_postal_code")):
        return KEYS["zip"]
    if norm.endswith(("_dob", "_birth_date", "_birthdate", "_date_of_birth", "_birthday")):
        return KEYS["dob"]  # patient_dob, spouse_birth_date, memberDateOfBirth
    if norm.endswith("_city"):
        return KEYS["city"]
    if norm.endswith(("_name", "_full_name", "_fullname")) and norm.split("_", 1)[0] in _PERSON_ROLES:
        return KEYS["full_name"]
    if norm.endswith("_owner") or norm.endswith("_contact"):
        return KEYS["name"]  # backup_owner, billing_contact: a name if another personal field is near
    return None


def norm_key(key: str) -> str:
    """``"billingZip"`` -> ``billing_zip``, ``Fecha de nacimiento`` -> ``fecha_de_nacimiento``."""
    k = key.strip().strip("\"'`").rsplit(".", 1)[-1]
    k = re.sub(r"([a-z])([A-Z])", r"\1_\2", k)
    return re.sub(r"[\s-]+", "_", k).lower()


_register_field_vocab()


_Check = Callable[[str], tuple[int, int] | None]


def _whole(ok: bool, value: str) -> tuple[int, int] | None:
    return (0, len(value)) if ok else None


def _name_check(min_tokens: int, *, capitals: bool = False) -> _Check:
    """The check of a name value of at least `min_tokens` words; `capitals`: a name written all in
    capitals counts too (`_in_capitals`)."""

    def check(value: str) -> tuple[int, int] | None:
        r = clean_name(value, min_tokens=min_tokens, particle_start=min_tokens == 1)
        if r is None and capitals and value.isupper():
            return _in_capitals(value, min_tokens)
        if r is None and _UNCASED.search(value) is not None and _CASED_LETTER.search(value) is None:
            n = name_value(value, weak=False, part=min_tokens == 1)  # राजेश कुमार शर्मा, 王秀英: no capitals
            return None if n is None else (len(value) - len(value.lstrip()), len(value.rstrip()))
        if r is None:
            return _surname_first(value)
        rest = value[r[1] :].strip(" ,.")
        if rest and not rest.startswith(("<", "(")):
            return None  # more than a name (a sentence, a title), unless `Name <mail>`
        return r

    return check


def _in_capitals(value: str, min_tokens: int) -> tuple[int, int] | None:
    """The span of `value` when it is a whole name written in capitals, as payment cards, passports,
    boarding passes and bank files print the holder (``ANJA HOLTKAMP``, ``O'BRIEN SEAN``): the same
    words in title case must make a name, all of them. Only for keys that name a person outright
    (``holder``, ``cardholder``, ``last_name``); a bare ``name`` key of a CI job holds capitals too."""
    r = clean_name(value.title(), min_tokens=min_tokens, particle_start=min_tokens == 1)
    if r is None or value[r[1] :].strip(" ,.") or value[: r[0]].strip():
        return None
    words_ = [w.strip(".,").lower() for w in value.split()]
    known = any(w in GIVEN_NAMES or w in SURNAMES for w in words_)
    if not known and all(is_english(w) for w in words_):
        return None  # VISA CLASSIC, GOLD MEMBER: a product or a tier, not a holder
    return r


_CAPS_WORD = r"[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))+"
_SURNAME_FIRST = re.compile(
    r"[ \t]*(?P<family>" + _CAPS_WORD + r"(?:[ ]" + _CAPS_WORD + r"){0,2}?)[ ]+(?P<given>\S.*?)[ \t]*"
)
"""A family name in capitals before the given names (``ŞAHİN Elif``, ``DUPONT Jean-Marc``, ``NOWAK Anna
Maria``): how French, Turkish, Romanian, Polish and Japanese records write a person."""


def _surname_first(value: str) -> tuple[int, int] | None:
    """The span of `value` when it is a capitalised family name and given names written after it."""
    m = _SURNAME_FIRST.fullmatch(value)
    if m is None or not m.group("family").isupper():
        return None
    given = m.group("given")
    while given[:1].isalpha() and given.split(" ", 1)[0].isupper() and " " in given:  # DA COSTA, VAN DER BERG
        given = given.split(" ", 1)[1]
    r = clean_name(given, min_tokens=1)
    if r is None or r != (0, len(given)) or any(t.isupper() for t in given.split()):
        return None
    return m.start("family"), m.end("given")


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


CHECKS: dict[str, _Check] = {
    "name1": _name_check(1, capitals=True),
    "name2": _name_check(2, capitals=True),
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
        and not _MACHINE_ADDRESS.fullmatch(v)
        and not placeholder_address(v),
        v,
    ),
    "address_label": lambda v: _whole(address_value(v, weak=False) == len(v) and not placeholder_address(v), v),
    "zip": lambda v: _whole(bool(re.fullmatch(r"[A-Z0-9][A-Z0-9 -]{2,9}", v)) and any(c.isdigit() for c in v), v),
    "city": lambda v: _whole(bool(re.fullmatch(r"[^\W\d_][^\d\n,;:=/{}<>]{1,40}", v)) and not v.islower(), v),
    "date": lambda v: _date_part(v),
    "ssn": lambda v: _whole(bool(re.fullmatch(r"\d{3}[- ]?\d{2}[- ]?\d{4}", v)), v),
    "card": lambda v: _whole(card_ok(v), v),
    "iban": lambda v: _whole(iban_valid(v), v),
    "user": lambda v: _whole(plausible_user(v) and bool(re.fullmatch(r"[\w.@+-]{2,64}", v)) and "@" not in v, v),
}


@cache_budget.helper()
@lru_cache(maxsize=4096)
def _key_spec(key: str) -> tuple[str, str] | None:
    """``(entity, check)`` of the field `key` names, or None (`KEYS`, then `_by_suffix`).

    Remembered per key: tables and records repeat their keys row after row and text after text,
    and the answer depends on the key alone (`KEYS` is complete once this module is imported)."""
    norm = norm_key(key)
    spec = KEYS.get(norm)
    return _by_suffix(norm) if spec is None else spec


_GIVEN_KEY = re.compile(r"(?i)(?<![\w-])[\"'`]?given(?:[_-]?names?)?[\"'`]?[ \t]*[:=]")
_FAMILY_KEY = re.compile(r"(?i)(?<![\w-])[\"'`]?family(?:[_-]?names?)?[\"'`]?[ \t]*[:=]")


def _name_partner(key: str, window: str) -> bool:
    """A ``given`` key with a ``family`` key near it, or the other way round: the two halves of a
    structured personal name (FHIR ``HumanName``, CITATION.cff ``given-names``/``family-names``)
    vouch for each other; either alone may be a font family or a given fact."""
    k = norm_key(key)
    if k.startswith("given"):
        return _FAMILY_KEY.search(window) is not None
    if k.startswith("family"):
        return _GIVEN_KEY.search(window) is not None
    return False


def with_name_parts(keys: list[str]) -> list[str]:
    """The column names of a table header, a bare name column (``Nume``, ``Nom``, ``Name``) renamed
    ``last_name`` when a name-part column stands beside it (``Prenume``, ``Prénom``, ``Vorname``):
    there it holds the family name, one word (``Popescu,Andreea,...``), not a whole name.

    Args:
        keys: the column names, in order.

    Returns:
        `keys` itself when no column changes, else a new list.
    """
    specs = [_key_spec(k) if k.strip() else None for k in keys]
    if not any(spec is not None and spec[1] == "name1" for spec in specs):
        return keys
    if not any(spec is not None and spec[1] == "name_cooc" for spec in specs):
        return keys
    return [
        "last_name" if spec is not None and spec[1] == "name_cooc" else k for k, spec in zip(keys, specs, strict=True)
    ]


def finding(info: TextInfo, key: str, vstart: int, value: str, *, cooccurs: bool = False) -> Finding | None:
    """The finding for `value` (starting at `vstart` in the text) under `key`, or None: the key
    must name a personal field and the value pass its check. A bare ``name``/``contact`` key
    needs `cooccurs` (another personal field in the record or the table header) or a personal key
    within 300 characters."""
    spec = _key_spec(key)
    if spec is None:
        return None
    entity, kind = spec
    stripped = value.strip()
    if not stripped:
        return None
    lead = value.index(stripped[0])
    r = CHECKS[kind](stripped)
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
        if not _PII_KEY_RE.search(window) and not _personal_key_in(window) and not _name_partner(key, window):
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
        spec = KEYS.get(norm_key(m.group("key")))
        if spec is not None and spec[1] in _SELF_EVIDENT_KINDS:
            return True
    return False
