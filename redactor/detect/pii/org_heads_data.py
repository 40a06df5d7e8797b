# ruff: noqa: RUF001  -- letters of other scripts are the point here.
"""Organisation head nouns and company legal forms of many languages and scripts (data for `org_names`).

Written from the languages' ordinary vocabulary and the company-law forms of their countries, not
from any corpus line. Head nouns are stored lower-case and without diacritics (`org_names.fold`
compares ``Büro``, ``BÜRO`` and ``buro`` alike). Only plurals or collective nouns of professions are
listed (``Architetti``, ``Rechtsanwälte``, ``Abogados``): the singular is a person's title
(``Architetto Rossi``, ``Notaio Bianchi``) and stays out. None of the words is a given or family
name of the lexicons (checked by the tests).
"""

from __future__ import annotations

from redactor.detect.pii._vocab import words

ORG_HEADS: frozenset[str] = words("""
     companies firm office bureau agency group studio studios clinic practice pharmacy
    school kindergarten nursery preschool academy college university institute association society
    club union cooperative foundation trust  ministry department directorate authority
     commission workshop partners architects lawyers solicitors attorneys accountants
    notaries consultants consultancy consulting bakery restaurant cafe bistro pizzeria hotel hostel
    shop store boutique pharmacy garage factory dairy laboratory lab labs centre center hospital
    associates elementary highschool gymnasium enterprises industries holdings holding corporation incorporated
    limited ventures logistics transport freight shipping services solutions systems technologies
     publishing publishers insurance mutual bank banking realty properties estates builders
    construction engineering
    firma gruppe buro agentur praxis kanzlei rechtsanwalte anwalte architekten steuerberater
    notare werkstatt gesellschaft genossenschaft stiftung verein verband verwaltung schule
    grundschule kita kindergarten klinik klinikum apotheke backerei metzgerei zentrum akademie
    hochschule universitat institut ministerium behorde sohne
    bedrijf kantoor groep vereniging stichting praktijk advocaten architecten notarissen
    accountants winkel bakkerij werkplaats kliniek apotheek centrum gemeente maatschap zonen
    entreprise societe cabinet agence groupe atelier clinique pharmacie ecole college lycee
    universite association fondation ministere mutuelle cooperative avocats architectes notaires
    boulangerie librairie etablissements associes
    empresa compania sociedad oficina despacho agencia grupo estudio clinica farmacia escuela
    colegio universidad asociacion fundacion ministerio taller abogados arquitectos notaria
    asesoria gestoria consultora constructora inmobiliaria panaderia servicio servicios
    cooperativa centro instituto academia tienda almacen almacenes asociados hermanos
    companhia sociedade escritorio agencia estudio clinica farmacia escola colegio universidade
    associacao fundacao ministerio oficina advogados arquitetos contabilidade imobiliaria associados
    construtora padaria  lojas servico servicos cooperativa instituto
    societa azienda ditta ufficio agenzia gruppo studio clinica farmacia scuola istituto
    universita associazione fondazione ministero officina laboratorio architetti avvocati notai
    commercialisti ingegneri geometri cooperativa consorzio panificio ristorante associati
    empresa associacio fundacio despatx taller botiga escola
    societate societatea firma agentie grupul grupului clinica farmacie scoala universitatea asociatia
    fundatia ministerul atelier
    spolka firma biuro agencja grupa pracownia kancelaria klinika apteka szkola przedszkole
    uniwersytet stowarzyszenie fundacja ministerstwo spoldzielnia warsztat zaklad hurtownia wspolnicy
    spolecnost firma kancelar agentura skupina studio klinika lekarna skola univerzita sdruzeni
    nadace ministerstvo druzstvo dilna spolocnost kancelaria skupina lekaren skola nadacia
    podjetje pisarna agencija skupina klinika lekarna  zadruga drustvo zavod
    poduzece preduzece ured kancelarija agencija grupa klinika ljekarna apoteka skola udruga
    udruzenje zaklada fondacija ministarstvo zadruga radionica
    ceg iroda ugynokseg csoport klinika gyogyszertar iskola ovoda egyetem egyesulet alapitvany
    miniszterium szovetkezet muhely
    yritys toimisto ryhma klinikka apteekki koulu paivakoti yliopisto yhdistys saatio
    ministerio osuuskunta korjaamo palvelu palvelut
    ettevote buroo agentuur grupp kliinik apteek  lasteaed ulikool uhing sihtasutus ministeerium
    foretag  byran gruppen klinik kliniken apotek apoteket skola forskola universitet
    forening foreningen stiftelse stiftelsen departement verkstad akeri kontor
    selskap selskab firma  gruppe klinikk apotek skole barnehage universitet forening
    stiftelse verksted vaerksted kontor tegnestue advokatfirma advokatfirmaet
    fyrirtaeki skrifstofa hopur skoli haskoli felag stofnun raduneyti
    imone biuras agentura grupe klinika vaistine mokykla universitetas asociacija fondas ministerija
    uznemums birojs agentura grupa klinika aptieka skola universitate biedriba fonds ministrija
    sirket sirketi buro burosu ajans ajansi grup grubu klinik klinigi eczane eczanesi okul okulu
    universite universitesi dernek dernegi vakif vakfi bakanlik bakanligi kooperatif atolye
    perusahaan kantor biro agensi kelompok grup klinik apotek sekolah universitas yayasan
    kementerian koperasi bengkel toko syarikat kedai kilang
    kumpanya tanggapan ahensya paaralan unibersidad samahan
    kampuni ofisi shirika chama shule chuo kliniki duka wizara
    maatskappy kantoor groep skool kliniek apteek vereniging stigting
    γραφειο γραφεια εταιρεια εταιρια ομιλος σχολη σχολειο πανεπιστημιο κλινικη φαρμακειο
    υπουργειο τραπεζα συλλογος ενωση ιδρυμα συνεταιρισμος εργαστηριο ινστιτουτο κεντρο
    πρακτορειο στουντιο ξενοδοχειο εστιατοριο
    компания компанія фирма фірма группа група бюро агентство агенція студия студія клиника
    клініка школа университет університет ассоциация асоціація фонд министерство міністерство
    банк кооператив мастерская майстерня центр институт інститут сервис сервіс холдинг
    корпорация корпорація завод фабрика аптека больница лікарня партнеры партнёры товарищество
    товариство объединение об'єднання училище университетът дружество фирмата
    компанија фирма агенција група клиника апотека школа универзитет удружење фондација
    министарство задруга
    شركة شركه مؤسسة مؤسسه مكتب مجموعة جمعية مدرسة جامعة مستشفى عيادة صيدلية وزارة بنك مصرف
    نادى مركز معهد هيئة ميناء مطعم فندق مصنع ورشة
    شرکت دفتر گروه موسسه مؤسسه بنیاد دانشگاه مدرسه بیمارستان کلینیک داروخانه وزارت بانک انجمن
    بیمه آموزشگاه
    חברת חברה משרד קבוצת עמותת עמותה  אוניברסיטת מרפאת בנק סטודיו מכון
    कंपनी समूह कार्यालय संस्था विद्यालय महाविद्यालय विश्वविद्यालय अस्पताल बैंक मंत्रालय
    एजेंसी स्टूडियो क्लिनिक ट्रस्ट फाउंडेशन सहकारी
    gym gyms fitness gimnasio ginasio palestra fitnessstudio sportschool kuntosali siłownia posilovna
    γυμναστηριο garagem autowerkstatt autohaus autobedrijf carrosserie autoservis
    editions editorial editora editrice edizioni verlag uitgeverij forlag forlaget wydawnictwo
    nakladatelstvi kustantamo yayinevi yayinlari εκδοσεις издательство
    residencia pflegeheim altenheim seniorenheim seniorenresidenz ehpad verpleeghuis zorgcentrum hogar
    carehome immobilier immobiliere immobiliare immobilien makelaar makelaardij makelaars emlak
    nieruchomosci lettings tipografia druckerei imprimerie imprenta drukarnia drukkerij tryckeri
    trykkeri restaurante trattoria brasserie taverna gaststatte restauracja εστιατοριο ταβερνα
    brewery breweries brewing brewhouse taproom winery wineries distillery distilleries vineyard
    vineyards cellars cidery bodega bodegas cantina cantine celler cellers domeni domaine weingut
    brauerei brennerei kellerei birrificio cerveceria cervejaria vinicola adega winnica pivovar
    bryggeri hostel hostal albergue guesthouse motel хостел хотел гостиница готель мотел
    ysgol cwmni siop gwesty clwb cyngor prifysgol coleg canolfan edition
""")
"""Head nouns of organisations (company, office, group, studio, clinic, school, association,
foundation, ministry, workshop, partners, architects, lawyers...) in English, German, Dutch,
French, Spanish, Portuguese, Italian, Catalan, Romanian, Polish, Czech, Slovak, Slovene,
Croatian/Serbian/Bosnian, Hungarian, Finnish, Estonian, Swedish, Norwegian, Danish, Icelandic,
Lithuanian, Latvian, Turkish, Indonesian/Malay, Tagalog, Swahili, Afrikaans, Greek,
Russian, Ukrainian, Bulgarian, Serbian/Macedonian Cyrillic, Arabic, Persian, Hebrew, Hindi and Welsh
(with wine and beer makers, hostels and a product's edition), folded (lower case, no
diacritics). A capitalised word of a name that is one of these makes the name an organisation's."""

COMPOUND_HEADS: tuple[str, ...] = (
    "buro",
    "bureau",
    "gruppe",
    "groep",
    "gruppen",
    "kanzlei",
    "praxis",
    "verein",
    "verband",
    "werkstatt",
    "gesellschaft",
    "genossenschaft",
    "stiftung",
    "verwaltung",
    "schule",
    "klinik",
    "apotheke",
    "backerei",
    "zentrum",
    "akademie",
    "kantoor",
    "vereniging",
    "stichting",
    "praktijk",
    "bakkerij",
    "werkplaats",
    "kliniek",
    "apotheek",
    "centrum",
    "byra",
    "byran",
    "akeri",
    "foreningen",
    "forening",
    "stiftelse",
    "kliniken",
    "klinikk",
    "verkstad",
    "verksted",
    "toimisto",
    "yhdistys",
    "klinikka",
    "osuuskunta",
    "iroda",
    "egyesulet",
    "alapitvany",
    "szovetkezet",
)
"""Heads that German, Dutch, Scandinavian, Finnish and Hungarian write inside one compound word
(``Architectenbureau``, ``Waldspielgruppe``, ``Steuerkanzlei``, ``Lindbergs Åkeri``,
``Tilitoimisto``, ``Fordítóiroda``): a long word ending in one is an organisation's noun."""

LEGAL_FORMS: frozenset[str] = words(
    """GmbH gGmbH mbH AG KG KGaA OHG GbR UG eG e.V. PartG PartGmbB SE Ltd Ltd. LLC L.L.C. LLP
    Inc Inc. Corp Corp. PLC plc Co. Pty Pte Bhd Sdn Tbk LP N.V. NV B.V. BV VOF BVBA SPRL SRL
    S.R.L. Srl S.r.l. SpA S.p.A. SAS S.A.S. SARL S.à.r.l. EURL SA S.A. S.L. SL SLU S.L.U. Lda
    Ltda Ltda. S/A EIRELI AB Oy Oyj ASA AS A/S ApS hf. ehf. OÜ AS SIA UAB Kft. Kft Zrt. Zrt Nyrt.
    Bt. s.r.o. spol. a.s. d.o.o. d.d. doo A.Ş. Şti. JSC PJSC OJSC CJSC K.K. KK GK Sp.j. S.K.A.
    ООО ОАО ЗАО ПАО АО НКО ТОВ ПрАТ ЕООД ООД ЕАД ДОО Α.Ε. Ε.Π.Ε. Ι.Κ.Ε. Ο.Ε. Ε.Ε. בע"מ
    Pvt. Pvt"""
)
"""Company legal forms, matched as written (``AB``, ``AS``, ``SA`` are forms only in capitals; ``as``,
``sa`` are words): one right after a name, or ending it, makes the name a company's
(``Fjordvik AB``, ``Hartung Präzisionstechnik GmbH``, ``Rossi S.p.A.``)."""

LEADING_FORMS: frozenset[str] = words("PT CV UD ООО ОАО ЗАО ПАО АО ТОВ ПрАТ ЕООД")
"""Forms written before the company's name (``PT Maju Jaya``, ``ООО Ромашка``)."""

MULTI_FORMS: tuple[str, ...] = (
    "sp. z o.o.",
    "sp. z o. o.",
    "spółka z o.o.",
    "sp.k.",
    "s. r. o.",
    "spol. s r.o.",
    "co., ltd",
    "co. ltd",
    "pvt. ltd",
    "pvt ltd",
    "pty ltd",
    "pty. ltd",
    "sdn. bhd",
    "sdn bhd",
    "ltd. şti",
    "s.a. de c.v",
    "s. de r.l.",
    "gmbh & co. kg",
    "ag & co. kg",
)
"""Legal forms of several words (compared in lower case right after the name)."""

SCRIPT_HEADS: tuple[str, ...] = (
    "株式会社",
    "有限会社",
    "合同会社",
    "事務所",
    "病院",
    "学校",
    "大学",
    "銀行",
    "協会",
    "財団",
    "商店",
    "工務店",
    "組合",
    "研究所",
    "有限公司",
    "股份有限公司",
    "公司",
    "集团",
    "集團",
    "事务所",
    "医院",
    "银行",
    "协会",
    "基金会",
    "工作室",
    "律师事务所",
    "研究院",
    "학교",
    "주식회사",
    "(주)",
    "㈜",
    "유한회사",
    "사무소",
    "병원",
    "대학교",
    "은행",
    "협회",
    "재단",
    "그룹",
    "회사",
    "법무법인",
    "연구소",
    "บริษัท",
    "จำกัด",
    "ห้างหุ้นส่วน",
    "สำนักงาน",
    "โรงเรียน",
    "มหาวิทยาลัย",
    "โรงพยาบาล",
    "คลินิก",
    "ธนาคาร",
    "กระทรวง",
    "มูลนิธิ",
    "สมาคม",
    "ร้าน",
    "สหกรณ์",
)
"""Organisation heads of scripts written without spaces (Japanese, Chinese, Korean, Thai): found
inside a name, or right before or after it, they make the name an organisation's."""
