# ruff: noqa: RUF001  -- cue words of many scripts are the point here.
"""National numbers added in session 13: rows of the same `Kind` table as `national_id_data`.

Asia-Pacific (Thailand, Taiwan, Hong Kong, New Zealand, Australia's Medicare, Kazakhstan, Sri
Lanka, Pakistan, Vietnam, Bangladesh, India's voter id), the Middle East and Africa (Saudi
Arabia, Kuwait, Egypt, Qatar, Nigeria, Tanzania, Ghana, Kenya, Morocco), Europe (UK NHS number,
Greek AFM, Polish NIP, Hungarian tax id, German pension insurance number, Spanish social
security number, Portuguese citizen card, Moldova, Luxembourg, Georgia) and the Americas
(Ecuador, Dominican Republic, Uruguay, Peru, Brazil's PIS, CNS and RG, Cuba, Venezuela).
Validators are in `national_id_checks_world`; kinds without a check digit (``checked=False``) are
taken only right after a cue of their own. A row is written as one line where it fits:
``_k(key, country, name, shape, check, cues, **options)``.
"""

from __future__ import annotations

from collections.abc import Callable

from redactor.detect.pii import national_id_checks_world as w
from redactor.detect.pii.national_id_data import Kind


def _k(
    key: str,
    name: str,
    shape: str,
    check: Callable[[str], bool],
    cues: str,
    *,
    generic: bool = False,
    bare: str = "",
    checked: bool = True,
) -> Kind:
    country = key.split(".")[0].upper()
    words = tuple(c.strip() for c in cues.split("|") if c.strip())
    return Kind(key, country, name, shape, check, words, generic=generic, bare=bare, checked=checked)


_CEDULA = (
    "cédula|cedula|cédula de identidad|cedula de identidad|número de cédula|numero de cedula|C.I.|no. de cédula"
    "|nº de cédula|n° de cédula|cédula de ciudadanía|cedula de ciudadania"
)

WORLD_KINDS: tuple[Kind, ...] = (
    # --- Asia-Pacific
    _k(
        "th.pin",
        "เลขประจำตัวประชาชน (Thai personal id)",
        r"\d[- ]?\d{4}[- ]?\d{5}[- ]?\d{2}[- ]?\d",
        w.th_pin,
        "เลขประจำตัวประชาชน|เลขบัตรประชาชน|บัตรประจำตัวประชาชน|บัตรประชาชน|เลขประจำตัวผู้เสียภาษี|thai id|thai national id",
        generic=True,
        bare=r"[1-8]-\d{4}-\d{5}-\d{2}-\d",
    ),
    _k(
        "tw.id",
        "國民身分證統一編號",
        r"[A-Z][12]\d{8}",
        w.tw_id,
        "身分證字號|身分證統一編號|身分證號碼|身分證號|國民身分證|身份證字號|身分證|身份證|taiwan id|taiwanese id",
        generic=True,
    ),
    _k(
        "hk.hkid",
        "香港身份證 (HKID)",
        r"[A-Z]{1,2}\d{6} ?(?:\([\dA]\)|[\dA])",
        w.hk_hkid,
        "HKID|香港身份證|香港身份證號碼|身份證號碼|身份證|hong kong identity card|hong kong id|hk id|hkid card|hkid no",
        generic=True,
    ),
    _k("nz.ird", "IRD number", r"\d{2,3}[- ]?\d{3}[- ]?\d{3}", w.nz_ird, "IRD|ird number|ird no|inland revenue number"),
    _k(
        "au.medicare",
        "Medicare card number",
        r"[2-6]\d{3} ?\d{5} ?\d(?:[ -]?\d)?",
        w.au_medicare,
        "medicare number|medicare no|medicare card|medicare card number|medicare",
    ),
    _k(
        "kz.iin",
        "ИИН / ЖСН",
        r"\d{12}",
        w.kz_iin,
        "иин|IIN|жсн|индивидуальный идентификационный номер|жеке сәйкестендіру нөмірі",
        generic=True,
    ),
    _k(
        "lk.nic",
        "National Identity Card (NIC)",
        r"\d{9}[VX]|\d{12}",
        w.lk_nic,
        "NIC|nic no|nic number|ජාතික හැඳුනුම්පත|தேசிய அடையாள அட்டை|sri lankan nic",
        checked=False,
    ),
    _k(
        "pk.cnic",
        "CNIC (computerised national identity card)",
        r"\d{5}-?\d{7}-?\d",
        w.pk_cnic,
        "CNIC|cnic no|cnic number|NICOP|B-Form|شناختی کارڈ|قومی شناختی کارڈ|شناختی کارڈ نمبر"
        "|computerized national identity card|computerised national identity card",
        checked=False,
    ),
    _k("pk.cnic_dashed", "CNIC, dashed", r"\d{5}-\d{7}-\d", w.pk_cnic, "", generic=True),
    _k(
        "vn.cccd",
        "căn cước công dân",
        r"\d{12}",
        w.vn_cccd,
        "CCCD|căn cước công dân|căn cước|số căn cước|số định danh cá nhân|số định danh|số cccd|mã định danh",
        checked=False,
    ),
    _k("vn.cmnd", "chứng minh nhân dân", r"\d{9}", w.shape_only, "CMND|chứng minh nhân dân|số cmnd", checked=False),
    _k(
        "bd.nid",
        "জাতীয় পরিচয়পত্র (NID)",
        r"\d{17}|\d{13}|\d{10}",
        w.bd_nid,
        "NID|nid no|nid number|জাতীয় পরিচয়পত্র|জাতীয় পরিচয়পত্র নম্বর|এনআইডি|এনআইডি নম্বর",
        checked=False,
    ),
    _k(
        "in.epic",
        "EPIC (voter id)",
        r"[A-Z]{3}\d{7}",
        w.in_epic,
        "EPIC|epic no|epic number|voter id|voter id number|voter card|मतदाता पहचान पत्र",
    ),
    # --- the Middle East and Africa
    _k(
        "sa.nid",
        "الهوية الوطنية / الإقامة",
        r"[12]\d{9}",
        w.sa_nid,
        "الهوية الوطنية|رقم الهوية الوطنية|هوية وطنية|رقم الهوية|رقم الإقامة|iqama|iqama number|iqama no|saudi id",
        generic=True,
    ),
    _k(
        "kw.civil",
        "الرقم المدني (civil id)",
        r"[23]\d{11}",
        w.kw_civil,
        "الرقم المدني|البطاقة المدنية|civil id|civil id no|civil id number|kuwait civil id",
    ),
    _k(
        "eg.nid",
        "الرقم القومي",
        r"[23]\d{13}",
        w.eg_nid,
        "الرقم القومي|الرقم القومى|رقم قومي|بطاقة الرقم القومي|egyptian national id",
        generic=True,
    ),
    _k("qa.qid", "QID", r"[23]\d{10}", w.qa_qid, "QID|qatar id|qatari id|qid number|البطاقة الشخصية", checked=False),
    _k("ng.nin", "NIN", r"\d{11}", w.ng_nin, "NIN|nin number|nin no|NIMC|nin slip", checked=False),
    _k(
        "tz.nida",
        "NIDA number",
        r"\d{8}-?\d{5}-?\d{5}-?\d{2}",
        w.tz_nida,
        "NIDA|nida number|namba ya nida|kitambulisho cha taifa",
        generic=True,
    ),
    _k(
        "gh.card",
        "Ghana card",
        r"GHA-?\d{9}-?\d",
        w.gh_card,
        "ghana card|ghanacard|ghana card number|ghana card no|ghana card pin",
        generic=True,
        bare=r"GHA-\d{9}-\d",
    ),
    _k("ke.pin", "KRA PIN", r"[AP]\d{9}[A-Z]", w.ke_pin, "kra pin|kra pin no|kra pin number|KRA"),
    _k(
        "ke.id",
        "Kenyan national id",
        r"\d{7,8}",
        w.shape_only,
        "namba ya kitambulisho|kitambulisho|kenyan id|kenya id|huduma namba",
        checked=False,
    ),
    _k(
        "ma.cin",
        "CIN / CNIE",
        r"[A-Z]{1,2}\d{5,6}",
        w.ma_cin,
        "CIN|CNIE|carte nationale|carte d'identité nationale|رقم البطاقة الوطنية|البطاقة الوطنية",
        checked=False,
    ),
    # --- Europe
    _k(
        "gb.nhs",
        "NHS number",
        r"\d{3}[- ]?\d{3}[- ]?\d{4}",
        w.gb_nhs,
        "nhs number|nhs no|NHS|nhs_number|nhs num|CHI number|chi no",
    ),
    _k("gr.afm", "ΑΦΜ", r"\d{9}", w.gr_afm, "αφμ|AFM|α.φ.μ.|αριθμός φορολογικού μητρώου"),
    _k(
        "pl.dowod",
        "dowód osobisty",
        r"[A-Z]{3} ?\d{6}",
        w.pl_dowod,
        "dowód osobisty|dowod osobisty|nr dowodu|numer dowodu|nr dowodu osobistego|numer dowodu osobistego"
        "|seria i numer dowodu|seria i nr dowodu|dowodu osobistego|polish id card|dowodem osobistym"
        "|dowodem osobistym nr",
    ),
    _k(
        "pl.nip",
        "NIP",
        r"\d{3}-?\d{3}-?\d{2}-?\d{2}|\d{3}-\d{2}-\d{2}-\d{3}",
        w.pl_nip,
        "NIP|numer nip|nr nip|numer identyfikacji podatkowej",
    ),
    _k(
        "hu.ado",
        "adóazonosító jel",
        r"8\d{9}",
        w.hu_adoazonosito,
        "adóazonosító jel|adóazonosító|adóazonosító szám|adoazonosito jel|adoazonosito",
    ),
    _k(
        "de.rvnr",
        "Rentenversicherungsnummer",
        r"\d{2} ?\d{6} ?[A-Z] ?\d{3}",
        w.de_rvnr,
        "rentenversicherungsnummer|RV-Nummer|rv-nr|versicherungsnummer|sozialversicherungsnummer|sv-nummer|svnr",
        generic=True,
    ),
    _k(
        "es.nss",
        "número de la Seguridad Social",
        r"\d{2}[ /-]?\d{8}[ /-]?\d{2}",
        w.es_nss,
        "número de la seguridad social|numero de la seguridad social|número de seguridad social|NUSS|NAF"
        "|número de afiliación|numero de afiliacion|seguridad social",
    ),
    _k(
        "pt.cc",
        "cartão de cidadão",
        r"\d{8}[ -]?\d[ -]?[A-Z\d]{2}\d",
        w.pt_cc,
        "cartão de cidadão|cartao de cidadao|número do cartão de cidadão|nº do cartão de cidadão|cc nº|cc n.º",
        generic=True,
    ),
    _k("md.idnp", "IDNP", r"\d{13}", w.md_idnp, "IDNP|codul personal|cod personal"),
    _k(
        "lu.matricule",
        "numéro d'identification national (matricule)",
        r"\d{4} ?\d{4} ?\d{3} ?\d{2}",
        w.lu_matricule,
        "matricule|numéro de matricule|matricule national|numéro d'identification national|identifiant national",
        generic=True,
    ),
    _k("ge.pn", "პირადი ნომერი", r"\d{11}", w.ge_pn, "პირადი ნომერი|პირადი №|პ/ნ", checked=False),
    # --- documents of every country: passports and seafarers' books (no check digit: own cue only)
    _k(
        "xx.passport",
        "passport number",
        r"(?:[A-Z]{1,3}[ -]?)?\d{6,9}[A-Z]?|\d{2} ?\d{2} ?\d{6}",
        w.shape_only,
        "passport|passport no|passport number|passport nr|passport_number|passportnumber|passport_no|passport num"
        "|pasaporte|número de pasaporte|numero de pasaporte|passaporte|número do passaporte|passeport"
        "|numéro de passeport|n° de passeport|reisepass|reisepassnummer|passnummer|pass-nr|paspoort"
        "|paspoortnummer|paszport|numer paszportu|passaporto|numero di passaporto|pasaport|pasaport no"
        "|passinumero|passnummer|护照|护照号码|護照|護照號碼|여권|여권번호|パスポート|旅券番号|جواز السفر|رقم الجواز"
        "|رقم جواز السفر|דרכון|מספר דרכון|паспорт|номер паспорта|серия и номер паспорта|pasport|hộ chiếu"
        "|số hộ chiếu|หนังสือเดินทาง|pasaporti|seaman's book|seamans book|seafarer's book|seaman book"
        "|seafarer id|discharge book|cdc no",
        checked=False,
    ),
    # --- the Americas
    _k("ec.ci", "cédula (Ecuador)", r"\d{9}-?\d", w.ec_ci, _CEDULA, generic=True),
    _k("do.cedula", "cédula de identidad y electoral", r"\d{3}-?\d{7}-?\d", w.do_cedula, _CEDULA),
    _k("uy.ci", "cédula de identidad (Uruguay)", r"\d?\.?\d{3}\.?\d{3}[-/]?\d", w.uy_ci, _CEDULA),
    _k("ve.ci", "cédula (Venezuela)", r"[VE]-?\d{1,3}(?:\.?\d{3}){1,2}", w.ve_ci, _CEDULA + "|RIF", checked=False),
    _k(
        "pe.cui",
        "DNI / CUI (Peru)",
        r"\d{8}(?:-\d)?",
        w.pe_cui,
        "DNI|documento nacional de identidad|CUI|código único de identificación",
        checked=False,
    ),
    _k("cu.ni", "carné de identidad", r"\d{11}", w.cu_ni, "carné de identidad|carne de identidad|número de identidad"),
    _k(
        "br.pis",
        "PIS / PASEP / NIT",
        r"\d{3}\.?\d{5}\.?\d{2}-?\d",
        w.br_pis,
        "PIS|PASEP|PIS/PASEP|pis/pasep|pis-pasep|NIS|NIT|número do pis|numero do pis|nis/pis",
    ),
    _k(
        "br.cns",
        "Cartão Nacional de Saúde",
        r"\d{3} ?\d{4} ?\d{4} ?\d{4}",
        w.br_cns,
        "CNS|cartão sus|cartao sus|cartão nacional de saúde|cartao nacional de saude|número do cns|cartão do sus",
    ),
    _k(
        "br.rg",
        "RG (registro geral)",
        r"\d{1,2}\.?\d{3}\.?\d{3}-?[\dX]",
        w.shape_only,
        "RG|registro geral|carteira de identidade|número do rg|numero do rg|rg nº",
        checked=False,
    ),
)
