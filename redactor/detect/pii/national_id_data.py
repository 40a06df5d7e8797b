# ruff: noqa: RUF001  -- cue words of many scripts are the point here.
"""The national identity numbers `pii.national_id` knows: one row per kind of number.

A row gives the country, the number's local name(s), the shape of the value as people write it
(separators allowed), its validator (`national_id_checks`: the published check digit and the birth
date the number encodes), the cue words that name it in the local language(s) and in English, and
how strong the validator is:

* ``generic``: check digits and structure strong enough that a generic cue (``national id``,
  ``ID number``, ``documento``) or a column of that name is enough;
* ``bare``: a formatted shape so particular (``529.982.247-25``, ``RSSMRA85T10A562S``) that, with
  its check digit, it is taken without any cue;
* otherwise the number is taken only right after a cue word of its own.

Cue words are written in lower case and matched case-insensitively, except those written in upper
case (``SIN``, ``NIE``, ``CF``: short words of some language): these match as written, or in any
case when they are a key (``"sin": ``, ``cf=``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from redactor.detect.pii import national_id_checks as c
from redactor.detect.pii import national_id_checks_mea as m


@dataclass(frozen=True, slots=True)
class Kind:
    key: str
    country: str
    name: str
    shape: str
    check: Callable[[str], bool]
    cues: tuple[str, ...]
    generic: bool = False
    bare: str = ""
    checked: bool = True
    """False for kinds without a check character (their birth date or shape only): own cue, strict glue."""


def _cues(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split("|") if w.strip())


_D6 = r"\d{2}[.]?\d{2}[.]?\d{2}"
"""A birth date written ``DDMMYY`` or ``YYMMDD`` (optionally dotted)."""

KINDS: tuple[Kind, ...] = (
    # --- the Americas
    Kind(
        "br.cpf",
        "BR",
        "CPF",
        r"\d{3}[. ]?\d{3}[. ]?\d{3}[-. ]?\d{2}",
        c.br_cpf,
        _cues("cpf|cadastro de pessoas físicas|cadastro de pessoa física|cpf/mf|cpf_cnpj|cpf/cnpj|nr_cpf|num_cpf"),
        generic=True,
        bare=r"\d{3}\.\d{3}\.\d{3}-\d{2}",
    ),
    Kind("br.cnpj", "BR", "CNPJ", r"\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}", c.br_cnpj, _cues("cnpj|cpf/cnpj|cpf_cnpj")),
    Kind(
        "ca.sin",
        "CA",
        "SIN / NAS",
        r"\d{3}[- ]?\d{3}[- ]?\d{3}",
        c.ca_sin,
        _cues("SIN|social insurance number|social insurance no|numéro d'assurance sociale|NAS|sin_number"),
    ),
    Kind(
        "mx.curp",
        "MX",
        "CURP",
        r"[A-Z]{4}\d{6}[HMX][A-Z]{2}[A-Z]{3}[A-Z\d]\d",
        c.mx_curp,
        _cues("curp|clave única de registro de población|clave unica de registro de poblacion"),
        generic=True,
        bare=r"[A-Z]{4}\d{6}[HMX](?:AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT"
        r"|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d",
    ),
    Kind(
        "mx.rfc",
        "MX",
        "RFC",
        r"[A-ZÑ&]{4}-?\d{6}-?[A-Z\d]{2}[\dA]",
        c.mx_rfc,
        _cues("RFC|registro federal de contribuyentes|rfc_persona"),
    ),
    Kind(
        "mx.nss",
        "MX",
        "NSS (número de seguridad social, IMSS)",
        r"\d{2}[- ]?\d{2}[- ]?\d{2}[- ]?\d{4}[- ]?\d",
        c.mx_nss,
        _cues(
            "NSS|número de seguro social|numero de seguro social|número de seguridad social|número de afiliación|IMSS"
        ),
    ),
    Kind("ar.cuil", "AR", "CUIL / CUIT", r"\d{2}-?\d{8}-?\d", c.ar_cuil, _cues("cuil|cuit|cuil/cuit"), generic=True),
    Kind(
        "ar.dni",
        "AR",
        "DNI",
        r"\d{1,2}\.?\d{3}\.?\d{3}",
        c.no_check,
        _cues(
            "DNI|d.n.i.|documento nacional de identidad|nro de documento|número de documento|numero de documento|"
            "nro. de documento|n° de documento|nº de documento"
        ),
        checked=False,
    ),
    Kind(
        "cl.rut",
        "CL",
        "RUT / RUN",
        r"\d{1,2}\.?\d{3}\.?\d{3}-?[\dkK]",
        c.cl_rut,
        _cues("RUT|RUN|rol único tributario|rol unico tributario|rol único nacional|rut_cliente"),
    ),
    Kind(
        "co.cedula",
        "CO",
        "cédula de ciudadanía",
        r"\d{1,3}(?:\.?\d{3}){1,3}",
        c.no_check,
        _cues("cédula|cedula|cédula de ciudadanía|cedula de ciudadania|C.C.|número de cédula|no. de cédula"),
        checked=False,
    ),
    # --- Europe
    Kind(
        "es.dni",
        "ES",
        "DNI / NIF",
        r"\d{8}[- ]?[A-Z]",
        c.es_dni,
        _cues("DNI|d.n.i.|NIF|n.i.f.|documento nacional de identidad|dni/nif|nif/nie|dni/nie"),
        generic=True,
    ),
    Kind(
        "es.nie",
        "ES",
        "NIE",
        r"[XYZ][- ]?\d{7}[- ]?[A-Z]",
        c.es_nie,
        _cues("NIE|n.i.e.|número de identidad de extranjero|numero de identidad de extranjero|nif/nie|dni/nie"),
        generic=True,
    ),
    Kind(
        "pt.nif",
        "PT",
        "NIF / número de contribuinte",
        r"\d{3} ?\d{3} ?\d{3}",
        c.pt_nif,
        _cues(
            "NIF|contribuinte|número de contribuinte|numero de contribuinte|nº de contribuinte|"
            "número de identificação fiscal|nif_cliente"
        ),
    ),
    Kind(
        "fr.nir",
        "FR",
        "NIR / numéro de sécurité sociale",
        r"[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}",
        c.fr_nir,
        _cues(
            "NIR|numéro de sécurité sociale|numero de securite sociale|n° de sécurité sociale|sécurité sociale|"
            "securite sociale|numéro sécu|n° sécu|numéro insee|carte vitale|num_secu"
        ),
        generic=True,
    ),
    Kind(
        "it.cf",
        "IT",
        "codice fiscale",
        r"[A-Z]{6}[\dLMNP-V]{2}[ABCDEHLMPRST][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]",
        c.it_cf,
        _cues("codice fiscale|cod. fiscale|cod. fisc.|codicefiscale|codice_fiscale|CF|c.f.|cod.fisc."),
        generic=True,
        bare=r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]",
    ),
    Kind(
        "nl.bsn",
        "NL",
        "BSN / burgerservicenummer",
        r"\d{4}\.?\d{2}\.?\d{3}|\d{3} \d{3} \d{3}",
        c.nl_bsn,
        _cues("bsn|burgerservicenummer|burger service nummer|sofinummer|sofi-nummer|bsn-nummer|bsn_nummer"),
    ),
    Kind(
        "be.nn",
        "BE",
        "rijksregisternummer / numéro de registre national",
        _D6 + r"[-. ]?\d{3}[.]?\d{2}",
        c.be_nn,
        _cues(
            "rijksregisternummer|rijksregister|numéro de registre national|registre national|numéro national|"
            "INSZ|NISS|national number|rijksregisternr|n° national"
        ),
        generic=True,
    ),
    Kind(
        "de.idnr",
        "DE",
        "Steuer-IdNr",
        r"\d{2} ?\d{3} ?\d{3} ?\d{3}",
        c.de_idnr,
        _cues(
            "steuer-id|steuerid|steuer-idnr|steuer-identifikationsnummer|steueridentifikationsnummer|"
            "steuerliche identifikationsnummer|identifikationsnummer|IdNr|steuer_id|tax identification number"
        ),
    ),
    Kind(
        "ch.ahv",
        "CH",
        "AHV / AVS number",
        r"756[. ]?\d{4}[. ]?\d{4}[. ]?\d{2}",
        c.ch_ahv,
        _cues(
            "AHV|AVS|ahv-nr|ahv-nummer|ahv nr|numéro avs|n° avs|sozialversicherungsnummer|ahvn13|avs13|"
            "numero avs|social security number"
        ),
        generic=True,
        bare=r"756\.\d{4}\.\d{4}\.\d{2}",
    ),
    Kind(
        "at.svnr",
        "AT",
        "Sozialversicherungsnummer",
        r"\d{4} ?" + _D6,
        c.at_svnr,
        _cues("sozialversicherungsnummer|sv-nummer|sv-nr|svnr|versicherungsnummer|sv nummer"),
    ),
    Kind("pl.pesel", "PL", "PESEL", r"\d{11}", c.pl_pesel, _cues("pesel|numer pesel|nr pesel"), generic=True),
    Kind(
        "cz.rc",
        "CZ/SK",
        "rodné číslo",
        r"\d{6}/?\d{3,4}",
        c.cz_rc,
        _cues("rodné číslo|rodne cislo|rodného čísla|rodneho cisla|rodné č.|r.č.|RČ|birth number|rodne_cislo"),
    ),
    Kind(
        "se.pnr",
        "SE",
        "personnummer",
        r"(?:\d{2})?\d{6}[-+ ]?\d{4}",
        c.se_pnr,
        _cues("personnummer|personnr|pers.nr|personnumret|samordningsnummer|personal identity number"),
    ),
    Kind(
        "no.fnr",
        "NO",
        "fødselsnummer",
        r"\d{6} ?\d{5}",
        c.no_fnr,
        _cues("fødselsnummer|fodselsnummer|fødselsnr|personnummer|d-nummer|FNR|norwegian id"),
        generic=True,
    ),
    Kind(
        "dk.cpr",
        "DK",
        "CPR-nummer",
        r"\d{6}-?\d{4}",
        c.dk_cpr,
        _cues("cpr|cpr-nummer|cpr-nr|cpr nr|cpr nummer|personnummer|cpr_nummer"),
        checked=False,
    ),
    Kind(
        "fi.hetu",
        "FI",
        "henkilötunnus",
        r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]",
        c.fi_hetu,
        _cues("henkilötunnus|henkilotunnus|hetu|sotu|personbeteckning|finnish personal identity code"),
        generic=True,
        bare=r"\d{6}[-+A]\d{3}[0-9A-FHJ-NPR-Y]",
    ),
    Kind("is.kt", "IS", "kennitala", r"\d{6}-?\d{4}", c.is_kt, _cues("kennitala|kt.|kennitölu")),
    Kind(
        "ee.ik",
        "EE/LT",
        "isikukood / asmens kodas",
        r"\d{11}",
        c.ee_ik,
        _cues("isikukood|isikukoodi|asmens kodas|asmens kodo|a.k."),
        generic=True,
    ),
    Kind("lv.pk", "LV", "personas kods", r"\d{6}-?\d{5}", c.lv_pk, _cues("personas kods|personas koda|p.k.")),
    Kind(
        "ro.cnp",
        "RO",
        "CNP",
        r"\d{13}",
        c.ro_cnp,
        _cues("CNP|cod numeric personal|codul numeric personal|cnp:"),
        generic=True,
    ),
    Kind("bg.egn", "BG", "ЕГН", r"\d{10}", c.bg_egn, _cues("егн|EGN|единен граждански номер")),
    Kind(
        "tr.tckn",
        "TR",
        "TC kimlik no",
        r"\d{11}",
        c.tr_tckn,
        _cues(
            "tc kimlik|t.c. kimlik|tc kimlik no|kimlik no|kimlik numarası|kimlik numarasi|tckn|tc no|t.c. no|"
            "tc_kimlik|tckimlikno|kimlik numaranız|tc kimlik numarası"
        ),
        generic=True,
    ),
    Kind(
        "il.tz",
        "IL",
        "teudat zehut",
        r"\d{9}|\d{8}-\d",
        c.il_tz,
        _cues('teudat zehut|תעודת זהות|ת.ז.|ת"ז|ת.ז|mispar zehut|israeli id'),
    ),
    Kind(
        "gb.nino",
        "GB",
        "National Insurance number",
        r"[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]",
        c.gb_nino,
        _cues("national insurance|ni number|ni no|NINO|nat ins|national insurance no|ni_number"),
        checked=False,
    ),
    Kind(
        "ie.ppsn",
        "IE",
        "PPS number",
        r"\d{7}[A-W][ABW]?",
        c.ie_ppsn,
        _cues("ppsn|pps number|pps no|personal public service number|PPS"),
    ),
    Kind(
        "rs.jmbg",
        "RS/SI/BA/MK/ME",
        "JMBG / EMŠO",
        r"\d{13}",
        c.rs_jmbg,
        _cues("jmbg|emšo|emso|матични број|јмбг|JMB"),
        generic=True,
    ),
    Kind("hr.oib", "HR", "OIB", r"\d{11}", c.hr_oib, _cues("OIB|osobni identifikacijski broj")),
    Kind("gr.amka", "GR", "ΑΜΚΑ", r"\d{11}", c.gr_amka, _cues("αμκα|amka|α.μ.κ.α.")),
    Kind("hu.taj", "HU", "TAJ szám", r"\d{3}[ -]?\d{3}[ -]?\d{3}", c.hu_taj, _cues("TAJ|taj szám|taj-szám|tajszám")),
    Kind("ru.snils", "RU", "СНИЛС", r"\d{3}-?\d{3}-?\d{3}[ -]?\d{2}", c.ru_snils, _cues("снилс|snils"), generic=True),
    Kind("ru.inn", "RU", "ИНН", r"\d{12}", c.ru_inn, _cues("инн|INN|ідентифікаційний номер")),
    Kind("ua.rnokpp", "UA", "РНОКПП / ІПН", r"\d{10}", c.ua_rnokpp, _cues("рнокпп|іпн|ипн|ідентифікаційний код")),
    # --- Asia, Africa, Oceania
    Kind(
        "in.aadhaar",
        "IN",
        "Aadhaar",
        r"[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}",
        c.in_aadhaar,
        _cues(
            "aadhaar|aadhar|adhaar|uidai|आधार|aadhaar_number|uid no"
            "|ఆధార్|ஆதார்|আধার|ಆಧಾರ್|ആധാർ|આધાર|ਆਧਾਰ|ଆଧାର|آدھار"
        ),
    ),
    Kind(
        "in.pan",
        "IN",
        "PAN",
        r"[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z]",
        c.in_pan,
        _cues("PAN|pan card|permanent account number|pan no|pan number|income tax pan|pan_number"),
        checked=False,
    ),
    Kind(
        "my.mykad",
        "MY",
        "MyKad / NRIC",
        r"\d{6}-?\d{2}-?\d{4}",
        c.my_mykad,
        _cues("mykad|kad pengenalan|no. kp|no kp|ic no|i/c|ic number|NRIC|nric no|no. ic|IC"),
        checked=False,
    ),
    Kind(
        "sg.nric",
        "SG",
        "NRIC / FIN",
        r"[STFGM]\d{7}[A-Z]",
        c.sg_nric,
        _cues("nric|NRIC/FIN|FIN|nric no|ic no|ic number|identity card"),
        generic=True,
    ),
    Kind(
        "kr.rrn",
        "KR",
        "주민등록번호",
        r"\d{6}-?\d{7}",
        c.kr_rrn,
        _cues("주민등록번호|주민번호|RRN|resident registration number|주민 등록 번호"),
        checked=False,
    ),
    Kind("kr.rrn_check", "KR", "주민등록번호 (with check digit)", r"\d{6}-?\d{7}", c.kr_rrn_check, (), generic=True),
    Kind(
        "cn.rid",
        "CN",
        "居民身份证号码",
        r"\d{6} ?\d{8} ?\d{3}[\dXx]",
        c.cn_rid,
        _cues("身份证|身份证号|身份证号码|公民身份号码|身份號碼|resident identity card|chinese id|id card no"),
        generic=True,
    ),
    Kind(
        "jp.mynumber",
        "JP",
        "マイナンバー / 個人番号",
        r"\d{4}[ -]?\d{4}[ -]?\d{4}",
        c.jp_mynumber,
        _cues("マイナンバー|個人番号|mynumber|my_number|individual number"),
    ),
    Kind(
        "au.tfn", "AU", "tax file number", r"\d{3} ?\d{3} ?\d{2,3}", c.au_tfn, _cues("TFN|tax file number|tfn_number")
    ),
    Kind(
        "za.id",
        "ZA",
        "South African identity number",
        r"\d{6} ?\d{4} ?\d{2} ?\d",
        c.za_id,
        _cues("rsa id|sa id|south african id|identity number|id number|id-nommer|id nommer|identiteitsnommer"),
        generic=True,
    ),
    # --- Iran, the Emirates, Indonesia (checks in `national_id_checks_mea`) -------------------------
    Kind(
        "ir.melli",
        "IR",
        "national code (kod-e melli)",
        r"\d{3}-?\d{6}-?\d",
        m.ir_melli,
        _cues("کد ملی|کدملی|کد ملّی|شماره ملی|national code|melli code|code melli|kod melli|codemelli"),
    ),
    Kind(
        "ae.eid",
        "AE",
        "Emirates ID",
        r"784[ -]?\d{4}[ -]?\d{7}[ -]?\d",
        m.ae_eid,
        _cues("emirates id|emirates_id|emiratesid|EID|الهوية الإماراتية|هوية إماراتية|رقم الهوية"),
        generic=True,
        bare=r"784-\d{4}-\d{7}-\d",
    ),
    Kind(
        "id.nik",
        "ID",
        "NIK (Nomor Induk Kependudukan)",
        r"\d{16}",
        m.id_nik,
        _cues("NIK|nomor induk kependudukan|no. ktp|no ktp|nomor ktp|no. nik|nomor nik"),
        checked=False,
    ),
)

GENERIC_CUES: tuple[str, ...] = _cues(
    "national id|national identity|national_id|nationalid|national id number|national identification number|"
    "id number|id_number|idnumber|id no|id nr|identity number|identification number|personal number|personal id|"
    "personal_id|personal id number|citizen id|citizen_id|document number|document_number|documento|doc_number|"
    "número de documento|numero de documento|documento de identidad|número de identificación|"
    "numero de identificacion|identificación|identificacion|identidade|número de identidade|tax id|tax_id|taxpayer id|"
    "TIN|ID-Nummer|ausweisnummer|personalausweisnummer|numéro d'identification|numéro national d'identité|"
    "numero di identificazione|identiteitsnummer|id-nummer|identitetsnummer|henkilönumero|numer identyfikacyjny|"
    "číslo občanského průkazu|kimlik|identity card number|NIN|ssn|social security|social_security_number"
)
"""Cue words of no one country: enough only for the kinds marked ``generic``."""

EXAMPLE_VALUES: frozenset[str] = frozenset(
    {
        "12345678909",  # CPF of countless examples and form placeholders
        "11144477735",
        "12345678Z",  # DNI
        "X1234567L",  # NIE
        "123456782",  # BSN / TFN test number
        "11010519491231002X",  # the GB 11643 example
        "S1234567D",
        "8001015009087",
        "046454286",  # the SIN of Service Canada's examples
        "7569217076985",  # AHV number of the federal examples
        "RSSMRA85T10A562S",  # Mario Rossi
        "131052-308T",  # the HETU of the population register's example
    }
)
"""Published example numbers: valid by their check digit, printed in documentation, nobody's."""
