# ruff: noqa: RUF001  -- cue words of many scripts are the point here.
"""National numbers added in session 16: rows of the same `Kind` table as `national_id_data`.

Written from the issuers' published formats (tax administrations' TIN sheets, civil registries'
card descriptions, the OECD's TIN pages, health-insurance card specifications), for countries
and kinds the session-11/13 tables did not have:

* with a check character (`national_id_checks_world2`): Mozambique NUIT, Bulgarian ЛНЧ of
  foreigners, Mauritian NIC, Aadhaar virtual id (VID), French numéro fiscal (SPI), Slovenian
  davčna številka, El Salvador NIT, Paraguayan RUC of persons, German Krankenversichertennummer;
* shape only (``checked=False``: taken only right after a cue of their own): Mozambique BI,
  Malta identity card, Rwanda indangamuntu, Zambia NRC, Zimbabwe national id, Uganda NIN,
  Ethiopia Fayda, Algeria NIN, Tunisia CIN, Jordan/Libya national number, Bahrain CPR, Uzbekistan
  PINFL, Belarus personal number, Mongolia register number, Azerbaijan FIN, Armenia public service
  number, Costa Rica cédula and DIMEX, Panama cédula, Honduras DNI, Nicaragua cédula, Guatemala
  DPI, El Salvador DUI, Jamaica TRN, the Philippines (TIN, SSS, PhilHealth, PhilSys, UMID CRN,
  Pag-IBIG MID), Japan basic pension number, Macau BIR, Indonesia NPWP and BPJS, Ontario health
  number, Québec RAMQ, New Zealand NHI, Greek police identity card (ΑΔΤ).
* session 17 (late, shape only): Angola bilhete de identidade, Nepal citizenship certificate
  number (Devanagari or ASCII digits).

Rows are `national_id_data_world._k(key, name, shape, check, cues, **options)`.
"""

from __future__ import annotations

from redactor.detect.pii import national_id_checks_world2 as v
from redactor.detect.pii.national_id_data import Kind
from redactor.detect.pii.national_id_data_world import _k

_CEDULA = "cédula|cedula|cédula de identidad|cedula de identidad|número de cédula|numero de cedula|no. de cédula"

WORLD2_KINDS: tuple[Kind, ...] = (
    # --- Africa
    _k(
        "mz.nuit",
        "NUIT (Mozambique tax number)",
        r"\d{3}[ .-]?\d{3}[ .-]?\d{3}",
        v.mz_nuit,
        "NUIT|número único de identificação tributária|numero unico de identificacao tributaria",
    ),
    _k(
        "mz.bi",
        "bilhete de identidade (Mozambique)",
        r"\d{12}[A-Z]",
        v.shape,
        "bilhete de identidade|BI|BI nº|número do BI|numero do BI|nº do BI",
        checked=False,
    ),
    _k(
        "ao.bi",
        "bilhete de identidade (Angola)",
        r"\d{9}[A-Z]{2}\d{3}",
        v.shape,
        "bilhete de identidade|BI|BI nº|número do BI|numero do BI|nº do BI|n.º do BI",
        checked=False,
    ),
    _k(
        "mu.nid",
        "National Identity Card (Mauritius)",
        r"[A-Z]\d{12}[A-Z\d]",
        v.mu_nid,
        "NIC|national identity card|national identity card number|mauritian id|mauritius id"
        "|numéro de carte d'identité|numero de carte d'identite",
        generic=True,
    ),
    _k(
        "rw.nid",
        "indangamuntu (Rwanda national id)",
        r"[123] ?\d{4} ?[78] ?\d{7} ?\d ?\d{2}",
        v.rw_nid,
        "indangamuntu|nomero y'indangamuntu|numero y'indangamuntu|rwanda id|rwandan id|rwanda national id",
        checked=False,
    ),
    _k(
        "zm.nrc",
        "NRC (Zambia)",
        r"\d{6}/\d{2}/\d",
        v.shape,
        "NRC|NRC no|NRC number|national registration card",
        checked=False,
    ),
    _k(
        "zw.nid",
        "national registration number (Zimbabwe)",
        r"\d{2}-?\d{6,7} ?[A-Z] ?\d{2}",
        v.shape,
        "zimbabwe id|zimbabwean id|zim id|zimbabwe national id|national registration number"
        "|nhamba yechitupa|nhamba yeID|chitupa|chitupa chenyika|inombolo yesitupa|isitupa",
        checked=False,
    ),
    _k(
        "ug.nin",
        "NIN (Uganda)",
        r"C[MF]\d{2}[A-Z\d]{10}",
        v.shape,
        "NIN|uganda nin|ndaga muntu|national identification number",
        checked=False,
    ),
    _k(
        "et.fayda",
        "Fayda FIN / FAN (Ethiopia)",
        r"\d{4} ?\d{4} ?\d{4}(?: ?\d{4})?",
        v.shape,
        "fayda|fayda number|fayda id|FAN|ፋይዳ|የፋይዳ ቁጥር",
        checked=False,
    ),
    _k(
        "dz.nin",
        "NIN (Algeria)",
        r"\d{18}",
        v.shape,
        "رقم التعريف الوطني|numéro d'identification national|numero d'identification national",
        checked=False,
    ),
    _k(
        "tn.cin",
        "CIN (Tunisia)",
        r"\d{8}",
        v.shape,
        "CIN|بطاقة التعريف الوطنية|رقم بطاقة التعريف الوطنية|رقم بطاقة التعريف",
        checked=False,
    ),
    # --- the Middle East, Central Asia, Europe
    _k(
        "jo.nn",
        "الرقم الوطني (Jordan 10 digits, Libya 12)",
        r"\d{10}|\d{12}",
        v.shape,
        "الرقم الوطني|jordanian national number",
        checked=False,
    ),
    _k("bh.cpr", "CPR (Bahrain)", r"\d{9}", v.bh_cpr, "cpr|bahrain cpr|الرقم الشخصي", checked=False),
    _k(
        "uz.pinfl",
        "ПИНФЛ / JShShIR (Uzbekistan)",
        r"\d{14}",
        v.uz_pinfl,
        "ПИНФЛ|PINFL|JShShIR|JSHSHIR|ЖШШИР|shaxsiy identifikatsiya raqami|персональный идентификационный номер",
        checked=False,
    ),
    _k(
        "kg.pin",
        "ПИН / ИНН of a person (Kyrgyzstan)",
        r"[12]\d{13}",
        v.kg_pin,
        "ИНН|ПИН|жеке идентификациялык номер|персоналдык идентификациялык номер|персональный идентификационный номер",
        checked=False,
    ),
    _k(
        "by.pn",
        "идентификационный номер (Belarus)",
        r"\d{7}[A-Z]\d{3}[A-Z]{2}\d",
        v.shape,
        "идентификационный номер|личный номер|ідэнтыфікацыйны нумар|асабісты нумар",
        checked=False,
    ),
    _k(
        "mn.rd",
        "регистрийн дугаар (Mongolia)",
        r"[А-ЯЁӨҮ]{2}\d{8}",
        v.shape,
        "регистрийн дугаар|регистрийн №|РД",
        checked=False,
    ),
    _k(
        "az.fin",
        "FİN (Azerbaijan)",
        r"(?=[A-Z]{0,6}\d)[0-9A-HJ-NP-Z]{7}",
        v.shape,
        "fin kod|fin kodu|FİN kod|FİN kodu|FİN",
        checked=False,
    ),
    _k(
        "am.psn",
        "ՀԾՀ (Armenia public service number)",
        r"\d{10}",
        v.shape,
        "ՀԾՀ|հանրային ծառայությունների համարանիշ|public service number",
        checked=False,
    ),
    _k(
        "bg.pnf",
        "ЛНЧ (Bulgaria, foreigner)",
        r"\d{4} ?\d{3} ?\d{3}",
        v.bg_pnf,
        "ЛНЧ|личен номер на чужденец|LNCh|LNCH",
    ),
    _k(
        "fr.spi",
        "numéro fiscal (France, SPI)",
        r"[0-3]\d ?\d{2} ?\d{3} ?\d{3} ?\d{3}",
        v.fr_spi,
        "numéro fiscal|numero fiscal|numéro fiscal de référence|n° fiscal|identifiant fiscal|SPI|numéro SPI",
    ),
    _k(
        "si.ds",
        "davčna številka (Slovenia)",
        r"[1-9]\d{7}",
        v.si_davcna,
        "davčna številka|davcna stevilka|davčna stevilka|davčna št|davčne številke",
    ),
    _k(
        "de.kvnr",
        "Krankenversichertennummer (Germany)",
        r"[A-Z]\d{9}",
        v.de_kvnr,
        "Krankenversichertennummer|krankenversicherungsnummer|KVNR|KV-Nummer|Versichertennummer|Versicherten-Nr",
    ),
    _k(
        "gr.adt",
        "ΑΔΤ (Greek police identity card)",
        r"[Α-ΩA-Z]{1,2}[ -]?\d{6}",
        v.shape,
        "ΑΔΤ|α.δ.τ.|αριθμός δελτίου ταυτότητας|αρ. δελτίου ταυτότητας|αριθμός ταυτότητας|αρ. ταυτότητας",
        checked=False,
    ),
    _k(
        "mt.id",
        "identity card (Malta)",
        r"\d{3,7}[MGAPLHBZ]",
        v.shape,
        "karta tal-identità|karta tal-identita|numru tal-karta tal-identità|maltese id|maltese id card|malta id card"
        "|id card|id card no|id card number",
        checked=False,
    ),
    # --- the Americas
    _k(
        "sv.nit",
        "NIT (El Salvador)",
        r"\d{4}-?\d{6}-?\d{3}-?\d",
        v.sv_nit,
        "NIT|número de identificación tributaria|numero de identificacion tributaria",
    ),
    _k(
        "sv.dui",
        "DUI (El Salvador)",
        r"\d{8}-\d",
        v.shape,
        "DUI|documento único de identidad|documento unico de identidad",
        checked=False,
    ),
    _k(
        "py.ruc",
        "RUC of a person (Paraguay)",
        r"\d{5,8}-\d",
        v.py_ruc,
        "RUC|registro único de contribuyente|registro unico de contribuyente",
    ),
    _k("cr.cpf", "cédula de identidad (Costa Rica)", r"0?[1-9]-\d{3,4}-\d{3,4}", v.shape, _CEDULA, checked=False),
    _k(
        "cr.dimex",
        "DIMEX (Costa Rica, foreigners)",
        r"1\d{10,11}",
        v.shape,
        "DIMEX|documento de identidad migratorio para extranjeros|cédula de residencia|cedula de residencia",
        checked=False,
    ),
    _k(
        "pa.cedula",
        "cédula (Panama)",
        r"(?:(?:1[0-3]|[1-9])(?:-?(?:AV|PI))?|PE|E|N)-\d{1,4}-\d{1,6}",
        v.shape,
        _CEDULA + "|cédula de identidad personal",
        checked=False,
    ),
    _k(
        "hn.dni",
        "DNI / tarjeta de identidad (Honduras)",
        r"\d{4}-\d{4}-\d{5}|\d{13}",
        v.shape,
        "DNI|tarjeta de identidad|documento nacional de identificación|documento nacional de identificacion",
        checked=False,
    ),
    _k("ni.cedula", "cédula (Nicaragua)", r"\d{3}-?\d{6}-?\d{4}[A-Z]", v.shape, _CEDULA, checked=False),
    _k(
        "gt.dpi",
        "DPI / CUI (Guatemala)",
        r"\d{4} ?\d{5} ?\d{4}",
        v.shape,
        "DPI|CUI|documento personal de identificación|documento personal de identificacion",
        checked=False,
    ),
    _k(
        "jm.trn",
        "TRN (Jamaica)",
        r"\d{3}[- ]?\d{3}[- ]?\d{3}",
        v.shape,
        "TRN|taxpayer registration number",
        checked=False,
    ),
    _k(
        "ca.ohip",
        "Ontario health number",
        r"\d{4}[- ]?\d{3}[- ]?\d{3}(?:[- ]?[A-Z]{2})?",
        v.shape,
        "OHIP|OHIP number|ohip no|ontario health card|ontario health number",
        checked=False,
    ),
    _k(
        "ca.ramq",
        "numéro d'assurance maladie (Québec)",
        r"[A-Z]{4} ?\d{4} ?\d{4}",
        v.shape,
        "RAMQ|numéro d'assurance maladie|numero d'assurance maladie|carte soleil|carte d'assurance maladie",
        checked=False,
    ),
    # --- Asia-Pacific
    _k(
        "ph.tin",
        "TIN (Philippines)",
        r"\d{3}-\d{3}-\d{3}(?:-\d{3,5})?",
        v.shape,
        "TIN|BIR TIN|taxpayer identification number",
        checked=False,
    ),
    _k(
        "ph.sss",
        "SSS number (Philippines)",
        r"\d{2}-?\d{7}-?\d",
        v.shape,
        "SSS|SSS no|SSS number|social security system",
        checked=False,
    ),
    _k(
        "ph.philhealth",
        "PhilHealth number",
        r"\d{2}-?\d{9}-?\d",
        v.shape,
        "PhilHealth|philhealth no|philhealth number|philhealth id",
        checked=False,
    ),
    _k(
        "ph.psn",
        "PhilSys number / PhilID card number",
        r"\d{4}-?\d{4}-?\d{4}(?:-?\d{4})?",
        v.shape,
        "PhilSys|philsys number|PSN|PhilID|PCN|philsys card number",
        checked=False,
    ),
    _k(
        "ph.crn",
        "UMID CRN (Philippines)",
        r"\d{4}-?\d{7}-?\d",
        v.shape,
        "UMID|UMID CRN|CRN|common reference number",
        checked=False,
    ),
    _k("ph.mid", "Pag-IBIG MID", r"\d{4}-?\d{4}-?\d{4}", v.shape, "Pag-IBIG|pag-ibig mid|pagibig|HDMF", checked=False),
    _k(
        "in.vid",
        "Aadhaar virtual id (VID)",
        r"\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}",
        v.in_vid,
        "VID|virtual id|aadhaar vid|aadhaar virtual id",
    ),
    _k(
        "np.citizenship",
        "नागरिकता प्रमाणपत्र नं. (Nepal citizenship certificate number)",
        r"[0-9०-९]{1,3}(?:[-/][0-9०-९]{1,6}){2,4}",
        v.shape,
        "नागरिकता नं|नागरिकता नम्बर|नागरिकता प्रमाणपत्र नं|नागरिकता प्रमाणपत्र नम्बर|ना.प्र.नं|ना. प्र. नं"
        "|citizenship no|citizenship number|citizenship certificate no|citizenship certificate number"
        "|nagarikta no|nagarikta number",
        checked=False,
    ),
    _k("jp.pension", "基礎年金番号 (Japan)", r"\d{4}-?\d{6}", v.shape, "基礎年金番号|年金番号", checked=False),
    _k(
        "mo.bir",
        "澳門居民身份證 (Macau BIR)",
        r"[1578]\d{6}\(?\d\)?",
        v.shape,
        "澳門居民身份證|澳門身份證|澳门身份证",
        checked=False,
    ),
    _k(
        "id.npwp",
        "NPWP (Indonesia tax number)",
        r"\d{2}\.?\d{3}\.?\d{3}\.?\d-?\d{3}\.?\d{3}",
        v.shape,
        "NPWP|nomor pokok wajib pajak|no. NPWP",
        checked=False,
    ),
    _k(
        "id.bpjs",
        "BPJS card number (Indonesia)",
        r"\d{13}",
        v.shape,
        "BPJS|nomor BPJS|no. BPJS|kartu BPJS|BPJS kesehatan",
        checked=False,
    ),
    _k(
        "nz.nhi",
        "NHI number (New Zealand)",
        r"[A-HJ-NP-Z]{3}\d{4}|[A-HJ-NP-Z]{3}\d{2}[A-HJ-NP-Z]{2}",
        v.shape,
        "NHI|NHI number|nhi no|national health index",
        checked=False,
    ),
)
