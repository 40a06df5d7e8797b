"""Session 10 PII classes, judged on generated matrices and near-miss tables:

- e-mail addresses written percent-encoded or as HTML character references (``jane%40gmail.com``,
  ``%2540``, ``&#64;``), in query strings, cookies, ``mailto:`` links (`pii.email_encoded`);
- IPv4 addresses glued to a key or a bracketed field by a colon (``main[user]:81.2.69.142:51422``,
  ``client:81.2.69.142``), not after hex digits or another colon (``::ffff:192.0.2.1``);
- people in BibTeX ``author``/``editor`` fields and RIS ``AU`` lines, ``Surname, Given`` or
  ``Given Surname``, one per ``and`` (`pii.citation_author`);
- Polish, Czech and Slovak names in an oblique case (``z Agnieszką Kowalską``, ``s Petrem
  Novákem``, ``Janě Novotné``) (`pii.declined_name`), and the declined forms of the honorifics
  before a family name (``panem Dvořákem``, ``pánom Horváthom``, ``господину Смирнову``);
- phone numbers in the phone column of a CSV row with more cells than its header (an unquoted
  comma in an address cell), on either side of the overflow.
- phone numbers after the inflected, affixed or polite forms of "call" and "contact" of 14
  languages (``dihubungi``, ``zavolejte``, ``llámenos``), or before the Turkish and Hungarian ones
  (``numarasından ulaşabilirsiniz``, ``számon hívható``); not the words that also mean something
  else near an amount (``sună`` sounds, ``gọi vốn``, ``chiamate API``).

Caveat: the declined-name matrix uses Faker's pl/cs/sk names, which are also the lexicon the
case forms are derived from (an upper bound for names outside Faker), and declines them with a
partial declension written for this test (instrumental and dative only) by the same author as the
rules; the hand table below holds forms checked against grammar references instead.
"""

# ruff: noqa: RUF001, RUF002  # Polish, Czech, Slovak, Turkish and Cyrillic letters are what these tests are about

from __future__ import annotations

import random
from urllib.parse import quote

import phonenumbers
import pytest
from faker import Faker

from redactor.detect.pii.citations import CitationAuthorDetector
from redactor.detect.pii.declined_names import DeclinedNameDetector
from redactor.detect.pii.encoded_contacts import EncodedEmailDetector
from redactor.detect.pii.honorifics import HonorificDetector
from redactor.detect.pii.network import IpAddressDetector
from redactor.detect.pii.phones import PhoneDetector
from redactor.detect.pii.west_slavic_cases import case_form_set, case_forms


def _found(detector: object, text: str, entity: str) -> set[str]:
    spans = detector.detect(text)  # type: ignore[attr-defined]
    return {text[s.start : s.end] for s in spans if s.entity == entity and s.score >= 0.5}


_LATIN_LOCALES = ("en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "cs_CZ", "nl_NL", "pt_BR", "sv_SE", "fi_FI",
                  "tr_TR", "hu_HU", "ro_RO", "da_DK", "en_GB", "en_IN", "id_ID", "yo_NG")  # fmt: skip


def _fakes(seed: int) -> list[Faker]:
    fakes = [Faker(loc) for loc in _LATIN_LOCALES]
    for i, fake in enumerate(fakes):
        fake.seed_instance(seed + i)
    return fakes


# ---- encoded e-mail addresses

_EMAIL = EncodedEmailDetector(gated=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail me at anna.kowalska%40gmail.com please", {"anna.kowalska%40gmail.com"}),
        ("mailto%3Ajan.novak%40seznam.cz%3Fsubject%3Dhi", {"jan.novak%40seznam.cz"}),  # after another escape
        ("?email=first%2Elast%2Bnews%40mail.co.uk&x=1", {"first%2Elast%2Bnews%40mail.co.uk"}),
        ("next=%2Fhome%3Fu%3Dkim%252540mail.com", set()),  # three levels of encoding: not a form we read
        ("redirect=foo%2540bar.de", {"foo%2540bar.de"}),  # encoded twice
        ("<a href='mailto:jane&#64;gmail.com'>", {"jane&#64;gmail.com"}),
        ("write to j.doe&#x40;uni-bonn.de", {"j.doe&#x40;uni-bonn.de"}),
        ("lodash%404.17.21", set()),  # a package at a version
        ("icon%402x.png", set()),  # an image scale
        ("%40types%2Fnode", set()),  # an npm scope
        ("user=test%40example.com", set()),  # a documentation stand-in
        ("docker pull img%40sha256:abc", set()),  # a digest
    ],
)
def test_encoded_email_table(text: str, expected: set[str]) -> None:
    assert _found(_EMAIL, text, "EMAIL_ADDRESS") == expected


def test_encoded_email_matrix() -> None:
    """Faker addresses of 19 locales, four encodings, six carriers: every one found whole."""
    rng = random.Random(10)
    fakes = _fakes(10)
    carriers = (
        "GET /subscribe?email={}&list=weekly HTTP/1.1",
        '<a href="mailto:{}">write to us</a>',
        "logged-in-user = {}",
        "redirect_uri=https%3A%2F%2Fapp.example%2Fcb&login_hint={}",
        "curl 'https://api.example.com/v1/users?filter=email%3D{}'",
    )
    missed = []
    for i in range(200):
        addr = rng.choice(fakes).free_email()
        enc = (
            quote(addr, safe=""),
            quote(quote(addr, safe=""), safe=""),
            addr.replace("@", "&#64;"),
            addr.replace("@", "&#x40;"),
        )[i % 4]
        text = rng.choice(carriers).format(enc)
        if enc not in _found(_EMAIL, text, "EMAIL_ADDRESS"):
            missed.append(enc)
    assert not missed


# ---- IPv4 after a key or a bracketed field and a colon

_IP = IpAddressDetector(gated=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ocserv[2231]: main[nkapoor]:49.36.201.77:51422 user logged in", {"49.36.201.77"}),
        ("event=login client:81.2.69.142 user=x", {"81.2.69.142"}),
        ("remote_addr:81.2.69.142 status=200", {"81.2.69.142"}),
        ("(vpn):81.2.69.160 accepted", {"81.2.69.160"}),
        ("::ffff:81.2.69.142", set()),  # an IPv4-mapped IPv6 address: its own rule's business
        ("fe80:abc:81.2.69.142", set()),  # after hex digits: a piece of something else
        ("at 10:12:81.2.69.142", set()),  # after a time
        ("id=abc:81.2.69.142", set()),  # a key of hex letters only could be an IPv6 group
    ],
)
def test_ip_after_key_colon(text: str, expected: set[str]) -> None:
    assert _found(_IP, text, "IP_ADDRESS") == expected


# ---- bibliography author lists

_CITE = CitationAuthorDetector(gated=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "@article{k, author = {Kowalski, Jan and Nowak, Anna Maria and van der Berg, Joost}, year = 2021}",
            {"Kowalski, Jan", "Nowak, Anna Maria", "van der Berg, Joost"},
        ),
        ('  author    = "Müller, Hans and Dvořák, Petr",', {"Müller, Hans", "Dvořák, Petr"}),
        ("editor = {Smith, J. and Lee, K.-H.}", {"Smith, J.", "Lee, K.-H."}),
        ("author={Jane Smith and Ó Súilleabháin, Tomás and others}", {"Jane Smith", "Ó Súilleabháin, Tomás"}),
        ("TY  - JOUR\nAU  - Tanaka, Hiroshi\nAU  - Okafor, Chiamaka\nTI  - x", {"Tanaka, Hiroshi", "Okafor, Chiamaka"}),
        ("author = {{World Health Organization}}", set()),  # a corporate author
        ("author = {The PyTorch Team}", set()),
        ('author = "Admin"', set()),  # one word: a role as often as a name
        ("author = {get_user()}", set()),
        ("author = {}", set()),
        ("the author = someone said", set()),
    ],
)
def test_citation_table(text: str, expected: set[str]) -> None:
    assert _found(_CITE, text, "PERSON") == expected


def test_citation_matrix() -> None:
    """Faker names of 19 locales in four bibliography shapes: at least 97% of the people found."""
    rng = random.Random(11)
    fakes = _fakes(11)
    total = hit = 0
    for n in range(120):
        people: list[tuple[str, str]] = []
        while len(people) < rng.randint(1, 4):
            fake = rng.choice(fakes)
            given, family = fake.first_name(), fake.last_name()
            if given.replace("-", "").isalpha() and family.replace("-", "").replace(" ", "").replace("'", "").isalpha():
                people.append((given, family))
        style = n % 4
        if style == 0:
            entries = [f"{s}, {g}" for g, s in people]
            text = f"@article{{key{n},\n  author = {{{' and '.join(entries)}}},\n  year = {{2024}}\n}}"
        elif style == 1:
            entries = [f"{g} {s}" for g, s in people]
            text = f'@inproceedings{{k,\n  author    = "{" and ".join(entries)}",\n}}'
        elif style == 2:
            entries = [f"{s}, {g[0]}." for g, s in people]
            text = f"@book{{x, editor={{{' and '.join(entries)}}}, publisher={{Springer}}}}"
        else:
            entries = [f"{s}, {g}" for g, s in people]
            text = "TY  - JOUR\n" + "".join(f"AU  - {e}\n" for e in entries) + "ER  - \n"
        found = _found(_CITE, text, "PERSON")
        total += len(entries)
        hit += sum(e in found for e in entries)
    assert hit / total >= 0.97, (hit, total)


# ---- declined West Slavic names

_DECLINED = DeclinedNameDetector(gated=True)


@pytest.mark.parametrize(
    ("name", "feminine", "forms"),
    [
        ("jan", False, {"jana", "janowi", "janem", "janovi", "janie"}),  # pl/cs masculine
        ("marek", False, {"marka", "markiem", "markowi", "markem", "markovi"}),  # a mobile e
        ("piotr", False, {"piotra", "piotrowi", "piotrem", "piotrze"}),
        ("tomáš", False, {"tomáše", "tomášovi", "tomášem"}),
        ("jiří", False, {"jiřího", "jiřímu", "jiřím"}),
        ("agnieszka", True, {"agnieszki", "agnieszce", "agnieszkę", "agnieszką"}),
        ("anna", True, {"anny", "annie", "annę", "anną", "annou"}),
        ("jana", True, {"jany", "janě", "janu", "janou"}),
        ("petra", True, {"petry", "petře", "petru", "petrou"}),
        ("marta", True, {"marty", "marcie", "martě", "martą"}),
        ("zofia", True, {"zofii", "zofię", "zofią"}),
        ("lucie", True, {"lucii", "lucií"}),
        ("ingrid", True, set()),  # a consonant-final woman's name does not decline
    ],
)
def test_case_forms(name: str, feminine: bool, forms: set[str]) -> None:
    assert forms <= case_forms(name, feminine=feminine)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rozmawiałem wczoraj z Agnieszką Kowalską o projekcie.", {"Agnieszką Kowalską"}),
        ("Przekaż to Tomaszowi Wiśniewskiemu jutro.", {"Tomaszowi Wiśniewskiemu"}),
        ("Spotkanie z Markiem Lewandowskim jutro.", {"Markiem Lewandowskim"}),  # no letter outside ASCII
        ("Umowa z Katarzyną Nowak-Jeziorańską podpisana.", {"Katarzyną Nowak-Jeziorańską"}),
        ("Spotkanie z Annę Marię Kowalską.", {"Annę Marię Kowalską"}),
        ("Mluvil jsem s Petrem Novákem o smlouvě.", {"Petrem Novákem"}),
        ("Pošli to Janě Novotné, prosím.", {"Janě Novotné"}),
        ("Volal jsem Jiřímu Svobodovi kvůli faktuře.", {"Jiřímu Svobodovi"}),
        ("Včera som hovoril s Martinou Kubekovou o zmluve.", {"Martinou Kubekovou"}),
        ("Zapytaj Piotra o Warszawę.", set()),  # a lone form: not taken
        ("Ulica Jana Pawła II w Krakowie", set()),  # "Jana" is a nominative too: lexnames' call
        ("Mieszkam w Poznaniu przy Placu Wolności.", set()),
        ("Z Bogiem, do zobaczenia w Gdańsku.", set()),
        ("Przed Świętami Bożego Narodzenia sklep jest otwarty.", set()),
        ("Wczoraj z Markiem Hotel był zamknięty.", set()),  # an organisation word is no surname
        ("Spotkanie z Markiem Street w piątek.", set()),  # an English word is no surname
        ("Thank you Bob Smith.", set()),  # passes the ASCII gate ("ou B"): no case form
    ],
)
def test_declined_names_table(text: str, expected: set[str]) -> None:
    assert _found(_DECLINED, text, "PERSON") == expected


def _decline(given: str, family: str, lang: str, case: str, female: bool) -> str | None:
    """A partial declension written for this test (instrumental and dative, regular endings only)."""
    vowels = "aeiouyąęóáéíúýě"
    if female:
        if case != "ins" or not given.endswith("a") or given.endswith("ia"):
            return None
        if lang == "pl":
            if family.endswith(("ska", "cka", "dzka")):
                return f"{given[:-1]}ą {family[:-1]}ą"
            return None if family[-1] in vowels else f"{given[:-1]}ą {family}"
        return f"{given[:-1]}ou {family[:-1]}ou" if family.endswith("ová") else None
    if given[-1] in vowels or family[-1] in vowels or family.endswith("ń"):
        return None

    def masc(word: str) -> str:
        stem = word[:-2] + word[-1] if word.endswith(("ek", "ec")) and len(word) > 4 else word
        if case == "dat":
            return stem + ("owi" if lang == "pl" else "ovi")
        if lang == "sk":
            return stem + "om"
        return stem + ("iem" if lang == "pl" and stem[-1] in "kg" else "em")

    return f"{masc(given)} {masc(family)}"


_CARRIERS = {
    "pl": ("Wczoraj rozmawiałem z {} o nowym projekcie.", "[10:02] k.nowak: umów się z {} na jutro"),
    "cs": ("Včera jsem mluvil s {} o smlouvě.", "Prosím domluvte se s {} ohledně faktury."),
    "sk": ("Včera som hovoril s {} o zmluve.", "Stretnutie s {} je zajtra o desiatej."),
}


def test_declined_names_matrix() -> None:
    """Faker pl/cs/sk names declined (instrumental, dative) in sentences: at least 90% found by the
    detector alone (the NER model finds part of them too; see docs/detection.md for the system)."""
    rng = random.Random(12)
    total = hit = 0
    for lang, locale in (("pl", "pl_PL"), ("cs", "cs_CZ"), ("sk", "sk_SK")):
        fake = Faker(locale)
        fake.seed_instance(12)
        made = 0
        for _ in range(3000):
            if made >= 60:
                break
            female = rng.random() < 0.5
            given = fake.first_name_female() if female else fake.first_name_male()
            family = fake.last_name_female() if female else fake.last_name_male()
            case = rng.choice(("ins", "dat"))
            if " " in given + family or (value := _decline(given, family, lang, case, female)) is None:
                continue
            made += 1
            text = rng.choice(_CARRIERS[lang]).format(value)
            total += 1
            hit += value in _found(_DECLINED, text, "PERSON")
    assert total >= 150
    assert hit / total >= 0.9, (hit, total)


def test_case_forms_hold_no_common_word() -> None:
    """Function words and English words never become case forms (``ale``, ``lady``, ``dane``)."""
    forms = case_form_set()
    assert not forms & {"ale", "lady", "dane", "nine", "jane", "emilio", "mario"}


# ---- declined honorifics

_HONORIFIC = HonorificDetector(gated=True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Mluvil jsem s panem Dvořákem.", "Dvořákem"),
        ("Hovoril som s pánom Horváthom.", "Horváthom"),
        ("Zavolejte slečně Novotné zítra.", "Novotné"),
        ("Dokumenty przekazał pana Nowaka sekretarz.", "Nowaka"),
        ("Передайте документы господину Смирнову.", "Смирнову"),
        ("Я говорил с госпожой Ивановой.", "Ивановой"),
        ("Razgovarao sam s gospodinom Horvatom.", "Horvatom"),
        ("Parašiau ponui Kazlauskui.", "Kazlauskui"),
    ],
)
def test_declined_honorifics(text: str, value: str) -> None:
    assert any(value in f for f in _found(_HONORIFIC, text, "PERSON"))


# ---- phone numbers in CSV rows with an unquoted comma

_PHONE = PhoneDetector(gated=True)


def _national(region: str, rng: random.Random) -> str:
    kind = rng.choice((phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE))
    example = phonenumbers.example_number_for_type(region, kind)
    assert example is not None
    digits = str(example.national_number)
    for _ in range(500):
        cand = digits[:3] + "".join(rng.choice("0123456789") for _ in range(len(digits) - 3))
        parsed = phonenumbers.parse(f"+{example.country_code}{cand}")
        if phonenumbers.is_valid_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)


def test_phone_column_with_overflowing_rows_matrix() -> None:
    """National numbers of 12 regions in a ``phone`` column, the address cell before or after it
    holding unquoted commas: every number found whole."""
    rng = random.Random(13)
    regions = (
        ("US", "en_US"), ("GB", "en_GB"), ("DE", "de_DE"), ("FR", "fr_FR"), ("IT", "it_IT"), ("ES", "es_ES"),
        ("NL", "nl_NL"), ("PL", "pl_PL"), ("FI", "fi_FI"), ("AU", "en_AU"), ("BR", "pt_BR"), ("IN", "en_IN"),
    )  # fmt: skip
    missed = []
    for i in range(96):
        region, locale = regions[i % len(regions)]
        fake = Faker(locale)
        fake.seed_instance(i)
        num = _national(region, rng)
        street = fake.street_address().replace("\n", " ").replace(",", "")
        if i % 2:
            text = f"id,name,phone,address,notes\n{1000 + i},{fake.name()},{num},{street}, {fake.city()},ok\n"
        else:
            text = f"id,name,address,phone,notes\n{1000 + i},{fake.name()},{street}, {fake.city()},{num},ok\n"
        if num not in _found(_PHONE, text, "PHONE_NUMBER"):
            missed.append((region, num))
    assert not missed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "van_id,first_name,last_name,phone,address,support\n"
            "118204,Tyrone,Beaumont,(614) 555-0190,2211 Cleveland Ave, Columbus, OH 43211,2\n",
            {"(614) 555-0190"},
        ),
        (  # the comma before the column: the cell as far from the row's end as the header says
            "account_no,holder,address,phone,iban\n"
            "4009,Jürgen Obermaier,Lindenweg 3, 85354 Freising,08161 49 22 07,DE71\n",
            {"08161 49 22 07"},
        ),
        (  # the shifted cell of an overflowing row is an id: one digit run is not taken there
            "name,address,phone,ref\nAnnabelle Leeworth-Smith,14 Main Street, Springfield Gardens,55512345,x\n",
            set(),
        ),
    ],
)
def test_phone_overflow_rows(text: str, expected: set[str]) -> None:
    assert _found(_PHONE, text, "PHONE_NUMBER") == expected


# ---- inflected and affixed "call" / "contact" words of 14 languages

_VERB_CARRIERS = {
    "ID": ("Bapak bisa dihubungi di {} setiap hari.", "Silakan menghubungi kami di {} untuk info."),
    "TR": ("Bize {} numarasından ulaşabilirsiniz.", "Lütfen {} arayınız."),
    "KE": ("Tafadhali wasiliana nasi kwa {} leo.", "Nipigie kwa {} kesho asubuhi."),
    "FI": ("Soita minulle numeroon {} huomenna.", "Soittakaa {} arkisin klo 9-16."),
    "PH": ("Tawagan mo ako sa {} bukas.", "Tumawag sa {} para sa detalye."),
    "CZ": ("Zavolejte mi na {} zítra.", "Volejte {} po páté hodině."),
    "SK": ("Zavolajte mi na {} zajtra.", "Volajte {} po piatej."),
    "PL": ("Proszę dzwonić pod {} po 16.", "Możesz zadzwonić {} jutro."),
    "HU": ("Hívjon a {} számon.", "Hétköznap {} számon hívható."),
    "RO": ("Sunați-ne la {} oricând.", "Sună-mă la {} diseară."),
    "ES": ("Llámenos al {} mañana.", "Llámame al {} cuando puedas."),
    "IT": ("Chiamaci al {} domani.", "Per informazioni chiamateci al {}."),
    "FR": ("Contactez-nous au {} du lundi au vendredi.", "N'hésitez pas à contacter le {}."),
    "NL": ("Bel ons op {} voor een afspraak.", "Bel me even op {} vanavond."),
}


def test_phone_verbs_matrix() -> None:
    """Valid national numbers of 14 regions after (Turkish, Hungarian: before) an inflected call or
    contact word of the region's language: every number found."""
    rng = random.Random(14)
    missed = []
    for region, carriers in _VERB_CARRIERS.items():
        for i in range(8):
            num = _national(region, rng)
            text = carriers[i % 2].format(num)
            if num not in _found(_PHONE, text, "PHONE_NUMBER"):
                missed.append(text)
    assert not missed


@pytest.mark.parametrize(
    "text",
    [
        "Sipariş numaranız 123456789 olarak kaydedildi.",  # "your number": an order's
        "Oferta sună bine: 1 250 000 lei pentru tot.",  # Romanian "sounds"
        "Startup đã gọi vốn 1 250 000 USD năm nay.",  # Vietnamese "raised capital"
        "Le chiamate API sono state 1 250 000 ieri.",  # Italian "API calls"
        "Hän soittaa kitaraa ja myi 1 250 000 levyä.",  # Finnish "plays"
    ],
)
def test_phone_verbs_near_misses(text: str) -> None:
    assert _found(_PHONE, text, "PHONE_NUMBER") == set()
