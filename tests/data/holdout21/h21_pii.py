# ruff: noqa: E501, RUF001
"""PII texts: pharmacy, fitness, dating, smart home, SOC, research, film, dealerships and more."""

from __future__ import annotations

from _markup import IP, A, C, D, E, I, L, P, T, U, m
from _values import DIGITS, Gen, grouped, iban, luhn_complete
from h21_carriers import (
    aider,
    amazonq,
    amp_tool,
    codex_exec,
    devin,
    gemini,
    jb_chat,
    oh_run,
    pr_body,
    review,
    tabnine,
    vs_chat,
    vsc_call,
    vsc_result,
)


def SSN(v: str) -> str:
    return m("US_SSN", v)


def DL(v: str) -> str:
    return m("US_DRIVER_LICENSE", v)


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append(("holdout21:" + src, t))

    visa = lambda: luhn_complete("4", 16, g)  # noqa: E731
    mc = lambda: luhn_complete("5" + str(g.rng.randint(1, 5)), 16, g)  # noqa: E731

    # pharmacy
    add("pharmacy_refill_ticket", f"Ticket #RX-20931 — refill failed\nPatient: {P('Marisol Quispe Huamán')}\nDOB: {D('1961-04-17')}\nPhone: {T('+51 984 221 730')}\nPharmacy: Botica San Blas\nNote: insurer rejected NDC 00093-7212-01; please call patient before 6pm.")
    add("pharmacy_sql", "sqlite> SELECT patient_name, dob, phone, address FROM rx_queue WHERE status='HOLD';\n" + f"{P('Tauno Heikkilä')}|{D('1948-11-02')}|{T('040 718 2294')}|{A('Hämeenkatu 31 B 14, 33200 Tampere')}\n{P('Aino-Maria Lehtovaara')}|{D('1979-06-25')}|{T('050 332 9081')}|{A('Kaivokatu 8 A 3, 20100 Turku')}")
    add("pharmacy_copilot_chat", vs_chat([("me", f"The label printer puts the DOB in the wrong place. Sample payload:\n{{\"patient\":\"{P('Dorothea Vandermeer')}\",\"dob\":\"{D('03/09/1957')}\",\"addr\":\"{A('1187 Orchard Crest Ln, Bellingham, WA 98226')}\",\"rx\":\"Lisinopril 10mg\"}}"), ("ai", "The template uses absolute coordinates in dots at 203 dpi; the DOB field is placed for 300 dpi. Scale the x/y values by 203/300.")]))
    add("pharmacy_pt_email", f"Bom dia Sr. {P('Rui Albuquerque')},\n\nInformamos que a sua receita está pronta para levantamento na Farmácia Ribeira. Se preferir entrega ao domicílio, confirme a morada {A('Rua do Almada 214, 3.º Esq., 4050-032 Porto')} ou ligue para {T('+351 222 045 118')}.\n\nCumprimentos,\n{P('Inês Carvalhal')}\nFarmacêutica")
    add("pharmacy_insurance_card", f"Scanned insurance card (OCR):\nMEMBER {P('JEROME T. BASKERVILLE')}\nID W{g.s(DIGITS, 9)}\nSSN on file: {SSN('512-38-7044')}\nDL: {DL('B4418827')} (Ohio)\nDOB {D('08/30/1966')}")
    add("pharmacy_cc_decline", f"2026-11-26 14:02:51 WARN checkout rejected card={C(grouped(visa()))} name=\"{P('Kalinda Wirrpanda')}\" reason=do_not_honor store=ChemistPlus-Darwin")
    # fitness and wellness
    add("fitness_member_csv", f"member_id,name,email,phone,birthdate\n30121,{P('Sindre Økland')},{E('sindre.okland@online.no')},{T('+47 917 44 802')},{D('1992-02-14')}\n30122,{P('Maja Ivančić')},{E('maja.ivancic@gmail.com')},{T('+385 91 553 2107')},{D('1988-10-03')}\n30123,{P('Bongani Mthethwa')},{E('bongani.m@webmail.co.za')},{T('+27 82 415 9930')},{D('1995-07-21')}")
    add("fitness_coach_note", vsc_call("read_file", {"filePath": "/home/" + "coach/notes/clients.md", "startLine": 1, "endLine": 20}) + "\n" + vsc_result(f"## {P('Priyanka Deshmukh')}\n- goal: 10k under 55 min\n- knee issue (left), physio Dr. {P('Ahmed Rafiq')}\n- contact: {T('+91 98220 41357')}, {E('priyanka.deshmukh@rediffmail.com')}\n"))
    add("fitness_wearable_export", f"{{\"user\":{{\"name\":\"{P('Leilani Kahananui')}\",\"email\":\"{E('leilani.k@hawaiiantel.net')}\",\"birthday\":\"{D('1990-12-09')}\",\"height_cm\":168}},\"sleep\":[{{\"date\":\"2026-11-24\",\"score\":81}}]}}")
    add("fitness_da_complaint", f"Hej,\n\nJeg har prøvet at opsige mit medlemskab i tre uger. Mit medlemsnummer er 55102, og jeg hedder {P('Karoline Bøgh-Jessen')}. I trækker stadig penge fra konto {I(grouped(iban('DK', '5301' + g.s(DIGITS, 10))))}. Ring venligst på {T('28 91 44 06')}.\n\nMvh Karoline")
    add("fitness_booking_log", f"[booking] 2026-11-26 06:00 class=SpinAM user={U('ramon.etxeberria')} email={E('r.etxeberria@euskalnet.net')} ip={IP('88.12.204.167')} seat=14")
    add("fitness_hr_fi", f"Hei, voitko lisätä uuden valmentajan järjestelmään? Tiedot:\nNimi: {P('Eetu Mäkitalo')}\nSyntymäaika: {D('4.5.1994')}\nOsoite: {A('Satakunnankatu 22 C 7, 33210 Tampere')}\nPuhelin: {T('045 612 7730')}\nSähköposti: {E('eetu.makitalo@kuntokeskus-aalto.fi')}")
    # dating / social
    add("dating_report", f"Moderation report #88120\nReporter: {U('sunflower_riya')} ({E('riya.bhandari94@gmail.com')})\nReported: {U('gym_bro_kaz')}\nReason: sent messages after being blocked; shared reporter's home address ({A('14 Pilgrim Row, Headingley, Leeds LS6 3AX')}) in chat.\nAction: ban + escalate to T&S")
    add("dating_profile_dump", f"SELECT id, display_name, real_name, phone, last_ip FROM profiles WHERE flagged;\n id   | display_name | real_name          | phone           | last_ip\n------+--------------+--------------------+-----------------+----------------\n 7712 | ana_kitesurf | {P('Ana Paula Rezende')}  | {T('+55 21 98871-4402')} | {IP('177.92.14.203')}\n 7719 | tomik        | {P('Tomáš Hrubý')}        | {T('+420 603 118 927')}  | {IP('89.176.40.12')}")
    add("dating_ko_support", f"안녕하세요, 매칭 앱 고객센터입니다. {P('윤서진')} 님, 본인 확인을 위해 가입하신 휴대폰 번호 {T('010-4827-1956')}와 생년월일 {D('1996년 3월 11일')}을 확인했습니다. 환불은 3~5영업일 내 처리됩니다.")
    add("social_export", f"Chat export — group \"Saturday hikes\"\n[11/22/26, 08:14] {P('Mikaere Tawhiri')}: running 10 late, pick me up at {A('27 Kōwhai Street, Mount Eden, Auckland 1024')}?\n[11/22/26, 08:15] {P('Hannah Lindqvist')}: sure, call me {T('+64 21 448 3017')}\n[11/22/26, 08:15] {P('Mikaere Tawhiri')}: 👍")
    add("dating_tl_chat", f"Copilot, paki-check kung bakit hindi nag-se-save ang profile. Ito yung request body:\n{{\"name\": \"{P('Jericho Manalastas')}\", \"email\": \"{E('jericho.manalastas@yahoo.com.ph')}\", \"mobile\": \"{T('0917 852 4410')}\", \"birthdate\": \"{D('1998-08-19')}\", \"city\": \"Quezon City\"}}")
    add("social_gitlog", f"$ git log --format='%an <%ae>' | sort | uniq -c | sort -rn | head -4\n    212 {P('Oluwaseun Adebayo-Cole')} <{E('seun@matchbox-social.com')}>\n     87 {P('Chiara Bellandi')} <{E('chiara.bellandi@matchbox-social.com')}>\n     41 {P('Haruto Nishiyama')} <{E('h.nishiyama@matchbox-social.com')}>\n      3 dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>")
    # smart home / IoT
    add("iot_install_ticket", f"Installation job #SH-4471\nCustomer: {P('Radomír Kovářík')}\nAddress: {A('Údolní 118/24, 602 00 Brno')}\nPhone: {T('+420 731 552 804')}\nDevices: 6× thermostat head, 1× gateway\nTechnik: {P('Petra Šimečková')}")
    add("iot_support_hr", f"Pozdrav, moj pametni termostat se ne spaja. Serijski broj TH-88321. Ja sam {P('Dragana Vuković')}, adresa {A('Ulica Vladimira Nazora 17, 21000 Split')}, mob {T('098 441 2290')}. Hvala!")
    add("iot_device_log", f"2026-11-25T21:33:02Z hub-7f3a pairing ok owner={E('b.nakashima@icloud.com')} home=\"{A('4820 Kalanianaole Hwy, Honolulu, HI 96821')}\" wan_ip={IP('72.253.118.40')}")
    add("iot_path_leak", codex_exec(["bash", "-lc", "ls /home"], f"{U('lukas.baranauskas')}\n{U('mvaitkute')}\nubuntu\n") + "\n" + codex_exec(["bash", "-lc", "cat /home/lukas.baranauskas/.gitconfig"], f"[user]\n\tname = {P('Lukas Baranauskas')}\n\temail = {E('lukas.baranauskas@namai-iot.lt')}\n"))
    add("iot_lt_warranty", f"Laba diena, norėčiau pateikti garantinę pretenziją. Vardas: {P('Rūta Žemaitytė')}, tel. {T('+370 612 44 871')}, adresas {A('Savanorių pr. 176-12, LT-03154 Vilnius')}. Įrenginys nustojo veikti po atnaujinimo.")
    # security operations / incident response
    add("soc_incident", f"INC-2026-1142 — suspicious OAuth consent\nAffected user: {P('Farida Nasser-Qureshi')} ({E('f.nasserqureshi@halcyonbank.com')})\nSign-in IPs: {IP('185.220.101.47')}, {IP('2a02:c207:3011:8822::1')}\nHome office: {L('Leicester')}\nAssigned: {P('Dmitri Solovyov')}")
    add("soc_phish_headers", f"Return-Path: <{E('payroll-update@halcyonbank-hr.com')}>\nReceived: from [45.133.1.92] by mx2.halcyonbank.com\nFrom: \"{P('Gwendolyn Achterberg')}\" <{E('g.achterberg@halcyonbank.com')}>\nTo: {E('tobias.rendall@halcyonbank.com')}\nSubject: Updated direct deposit form")
    add("soc_edr_alert", amazonq(["> q chat", "> summarise the CrowdStrike alert in alert.json", f"[Tool: fs_read] alert.json\n{{\"hostname\":\"LT-FIN-0231\",\"user_name\":\"HALCYON\\\\{U('skowalczyk')}\",\"user_full\":\"{P('Szymon Kowalczyk')}\",\"local_ip\":\"10.40.12.77\",\"external_ip\":\"{IP('83.24.117.9')}\",\"cmdline\":\"powershell -enc SQBFAFgA...\"}}", "A user on LT-FIN-0231 ran an encoded PowerShell command; the host should be isolated and the user's sessions revoked."]))
    add("soc_ir_fa", f"گزارش حادثه امنیتی\nکاربر آسیب‌دیده: {P('مهسا رحیمی‌نژاد')}\nایمیل: {E('m.rahiminejad@parsdaru.ir')}\nتلفن همراه: {T('0912 384 7710')}\nآدرس IP ورود مشکوک: {IP('151.242.61.18')}\nاقدام: بازنشانی رمز عبور و غیرفعال‌سازی نشست‌ها")
    add("soc_vpn_log", f"Nov 26 02:14:55 vpn01 ocserv[2231]: main[{U('nkapoor')}]:{IP('49.36.201.77')}:51422 user logged in\nNov 26 02:14:58 vpn01 ocserv[2231]: main[{U('nkapoor')}]:{IP('49.36.201.77')}:51422 assigned 10.8.0.23\nNov 26 03:01:40 vpn01 ocserv[2231]: main[{U('ebenavides')}]:{IP('190.14.138.2')}:40022 failed authentication")
    # research computing
    add("research_consent_csv", f"participant_id,full_name,dob,email,phone\nP-041,{P('Siobhán Ní Bhriain')},{D('1983-01-29')},{E('siobhan.nibhriain@ucd.ie')},{T('+353 87 224 9013')}\nP-042,{P('Kwabena Owusu-Ansah')},{D('1979-09-14')},{E('kowusuansah@gmail.com')},{T('+233 24 418 7702')}")
    add("research_hpc_ticket", f"Hi research computing,\n\nMy jobs on the `gpu-long` partition keep getting preempted. Username {U('jvanderbijl')}, group `neurolab`. Could you bump the QoS?\n\nThanks,\n{P('Jorien van der Bijl')}\nPostdoc, Donders Institute\n{T('+31 24 361 0847')}")
    add("research_path", oh_run("find /scratch -maxdepth 2 -name '*.nii.gz' | head -3", f"/scratch/{U('akkineni.sravani')}/mri/sub-01_T1w.nii.gz\n/scratch/{U('akkineni.sravani')}/mri/sub-02_T1w.nii.gz\n/scratch/{U('rbhattacharjee')}/dti/sub-07_dwi.nii.gz"))
    add("research_te_mail", f"నమస్కారం డా. {P('శ్రావణి అక్కినేని')} గారు,\n\nమీ ప్రాజెక్ట్ కోసం GPU కేటాయింపు ఆమోదించబడింది. మీ వినియోగదారు పేరు {U('akkineni.sravani')}. సందేహాలుంటే {T('+91 40 2301 6644')} కి కాల్ చేయండి.\n\n— {P('వెంకటేశ్ నల్లపాటి')}, HPC బృందం")
    add("research_mr_student", f"नमस्कार, मी {P('ओंकार कुलकर्णी')}. माझा ईमेल {E('omkar.kulkarni@iisertirupati.ac.in')} आहे आणि फोन {T('+91 94220 38175')}. क्लस्टरवर माझे खाते अजून सक्रिय झाले नाही, कृपया मदत करा.")
    add("research_orcid_meta", f"@article{{kasparova2026,\n  author = {{{P('Kasparová, Zdenka')} and {P('Ndlovu, Themba')}}},\n  title = {{Sparse attention for cryo-EM denoising}},\n  note = {{Corresponding: {E('zdenka.kasparova@natur.cuni.cz')}}}\n}}")
    # film and TV production
    add("film_callsheet", f"CALL SHEET — \"Northern Tide\" S2 EP204 — Day 17\nGeneral crew call 06:30\nLocation: {A('Pier 7, 1 Tsawwassen Dr, Delta, BC V4M 4G2')}\nCAST\n1. {P('Ingrid Solheim-Vance')} (MARA) — pickup 05:15 from hotel — {T('+1 604 555 0187')}\n2. {P('Kojo Asamoah-Grant')} (DET. EZE) — self drive — {T('+1 778 555 0142')}\nUPM: {P('Bernadette Loughlin')} {E('b.loughlin@tideprod.ca')}")
    add("film_crew_payroll", f"crew_id,name,ssn,rate,start\nC-118,{P('Marcus DeLaurentis')},{SSN('604-22-8139')},650/day,2026-10-02\nC-119,{P('Yesenia Camarena')},{SSN('529-71-4403')},550/day,2026-10-02")
    add("film_es_cast", f"Confirmamos el casting de {P('Valentina Ocampo Ruiz')} para el papel de Lucía. Fecha de nacimiento: {D('22/06/2001')}. Contacto del representante: {P('Matías Goldberg')}, {T('+54 9 11 5823-4470')}, {E('mgoldberg@talentosbaires.com.ar')}.")
    add("film_location_release", pr_body("Location release parser: handle owner signature block", f"Fixes parsing for PDFs where the signature block comes first. Test fixture (from the real release, with permission):\n\n```\nProperty owner: {P('Agnieszka Wróblewska')}\nAddress: {A('ul. Mickiewicza 41/3, 31-120 Kraków')}\nPhone: {T('+48 601 228 934')}\n```"))
    add("film_zh_tw", f"製片助理 {P('林佳蓉')} 明天負責接送演員，手機 {T('0912-345-871')}，集合地點為{A('台北市大安區復興南路一段 219 號')}。如有問題請聯絡 {P('陳冠廷')}。")
    # car dealerships
    add("dealer_credit_app", f"CREDIT APPLICATION — Lakeside Motors\nApplicant: {P('Deshawn R. Whitfield')}\nSSN: {SSN('431-09-6627')}\nDOB: {D('11/04/1989')}\nDriver license: {DL('W214-553-89-412-0')} (FL)\nAddress: {A('7719 Palmetto Glen Dr, Tampa, FL 33647')}\nPhone: {T('(813) 555-0166')}\nEmployer: Hillsborough County Schools")
    add("dealer_crm_rows", f"[read_file exports/leads_2026-11.csv]\n   1\tlead_id,customer,email,phone,vehicle\n   2\t90211,{P('Gabriela Fuentes Oyarzún')},{E('gfuentes.oy@gmail.com')},{T('+56 9 8823 1145')},Kia Sportage 2025\n   3\t90212,{P('Anders Kjærgaard')},{E('anders.kj@stofanet.dk')},{T('+45 22 71 08 34')},Skoda Enyaq\n   4\t90213,{P('Thi Ngoc Anh Pham')},{E('ngocanh.pham@outlook.com')},{T('+84 90 338 1207')},Toyota Yaris Cross")
    add("dealer_deposit", f"Deposit received for stock #P22817 (2024 Volvo XC40 Recharge)\nBuyer: {P('Henrik Aalto-Svensson')}\nCard: {C(mc())} exp 09/28\nBilling: {A('Storgatan 44, 252 23 Helsingborg')}")
    add("dealer_service_pt", f"Olá {P('Catarina Meireles')}, a sua viatura (matrícula 54-XR-19) está pronta na oficina. Pode levantar até às 19h00. Qualquer dúvida contacte {P('Nuno Figueiredo')} pelo {T('912 440 318')}.")
    add("dealer_ko_lease", f"리스 계약자 정보\n성명: {P('박지훈')}\n연락처: {T('010-3391-7720')}\n주소: {A('서울특별시 송파구 올림픽로 300, 1204호')}\n이메일: {E('jihoon.park@naver.com')}")
    add("dealer_trade_in_chat", jb_chat([("me", f"Parse this trade-in form into our DTO:\nOwner: {P('Rosalind Oyelaran')}\nVIN: 1HGCV1F34LA012874\nMileage: 41,220\nPhone: {T('+44 7700 900 412')}\nEmail: {E('ros.oyelaran@btinternet.com')}"), ("ai", "Here's a `TradeInForm` record with a parser that splits on the first colon of each line and normalises the phone number.")]))
    # payroll / HR / invoices
    add("hr_record_cs", f"Osobní karta zaměstnance\nJméno: {P('Vojtěch Dvořáček')}\nDatum narození: {D('12. 7. 1987')}\nBydliště: {A('Husova 512/7, 370 01 České Budějovice')}\nČíslo účtu (IBAN): {I(grouped(iban('CZ', '0800' + g.s(DIGITS, 16))))}\nTelefon: {T('+420 777 205 613')}")
    add("invoice_hr_iban", f"RAČUN br. 2026-311\nKupac: {P('Ivana Barišić')}, {A('Ilica 88, 10000 Zagreb')}\nUplata na IBAN: {I(iban('HR', '2340009' + g.s(DIGITS, 10)))}\nIznos: 412,50 EUR")
    add("invoice_lt", f"PVM SĄSKAITA FAKTŪRA Nr. KLN-0042\nPirkėjas: {P('Mindaugas Petrauskas')}\nAdresas: {A('Taikos g. 12, LT-91213 Klaipėda')}\nSąskaita: {I(iban('LT', '70440' + g.s(DIGITS, 11)))}")
    add("hr_offer_es", f"Estimada {P('Renata Villaseñor')}:\n\nNos complace ofrecerle el puesto de Analista SOC. Por favor envíe su CURP y comprobante de domicilio ({A('Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 CDMX')}) a {E('talento@ciberseguro.mx')}.\n\nAtentamente,\n{P('Héctor Manrique')}")
    add("payroll_nl", f"Salarisstrook november — {P('Femke Oosterhuis')}, personeelsnummer 4412\nIBAN {I(grouped(iban('NL', 'INGB' + g.s(DIGITS, 10))))}\nGeboortedatum {D('03-02-1991')}")
    add("payroll_us_w4", devin(["ubuntu@devin-box:~/hr-import$ head -3 w4_batch.csv", "employee,ssn,filing_status,dependents", f"{P('Tamika Rowell')},{SSN('216-44-0918')},single,0", f"{P('Hyun-woo Bae')},{SSN('570-12-3386')},married,2"]))
    add("invoice_da", f"Faktura 11873\nKunde: {P('Mette Rasmussen Holm')}\n{A('Vesterbrogade 112, 2. th., 1620 København V')}\nBetaling til {I(grouped(iban('DK', '0040' + g.s(DIGITS, 10))))}")
    # misc developer contexts
    add("copilot_review_fixture", review("tests/fixtures/patients.json", 4, [("copilot-pull-request-reviewer", f"This fixture appears to contain real patient data (`{P('Gertrude Okwuosa')}`, `{E('g.okwuosa@yahoo.co.uk')}`, DOB `{D('1952-05-30')}`). Consider replacing it with synthetic data."), ("hlin-dev", "Good catch, replacing.")]))
    add("gemini_stacktrace", gemini(f"Why does this fail?\n\nValidationError: 1 validation error for Customer\nphone\n  value is not a valid phone number [type=value_error, input_value='{T('+63 2 8894 5521')}']\n  customer: {P('Rizalino Dimaculangan')} <{E('rdimaculangan@pldtdsl.net')}>", "The validator expects E.164 without spaces. Strip whitespace before validating: `phone.replace(' ', '')`."))
    add("amp_users_table", amp_tool("Bash", {"cmd": "psql -c 'select id,name,email from users order by id desc limit 3'"}, f" id  |        name          |           email\n-----+----------------------+---------------------------\n 903 | {P('Emeka Obi-Nwosu')}      | {E('emeka.obinwosu@proton.me')}\n 902 | {P('Sakura Ichinose')}      | {E('sakura.ichinose@docomo.ne.jp')}\n 901 | {P('Florin Dumitrescu')}    | {E('florin.dumitrescu@yahoo.ro')}\n(3 rows)"))
    add("aider_signature", aider("aider mailer/templates.py", [f"#### the footer should use my details: {P('Yasmin El-Haddad')}, {T('+20 100 442 8173')}, {E('yasmin@nilecodeworks.com')}", "I'll update `FOOTER` in mailer/templates.py with the new contact line."]))
    add("tabnine_ssn_mask", tabnine(f"mask the SSN in this log line: applicant={P('Cornelius Abernathy')} ssn={SSN('338-61-2075')} status=PENDING", "Use a regex like `r'\\b\\d{3}-\\d{2}-(\\d{4})\\b'` and replace with `***-**-\\1`."))
    add("openhands_git_blame", oh_run("git blame -L 40,42 app/models/visit.py", f"a3c9e1f0 ({P('Ngozi Eze-Okafor')} 2026-10-14 11:02:33 +0100 40)     checked_in = models.BooleanField(default=False)\na3c9e1f0 ({P('Ngozi Eze-Okafor')} 2026-10-14 11:02:33 +0100 41)     notes = models.TextField(blank=True)\n5be72d41 ({P('Aleksander Wiśniewski')} 2026-11-02 09:47:10 +0100 42)     clinician = models.ForeignKey(User, on_delete=models.PROTECT)"))
    add("copilot_agent_log_user", f"Copilot started work on behalf of @{U('cfontaine-dev')}\n\n▸ Run tests\n$ pytest -q\nFAILED tests/test_export.py::test_csv - AssertionError: expected '{P('Clémence Fontaine')}' got 'CLEMENCE FONTAINE'\n1 failed, 88 passed")
    add("medical_intake_ar", f"استمارة تسجيل مريض\nالاسم: {P('ليلى عبد الرحمن الحسيني')}\nتاريخ الميلاد: {D('1984/02/18')}\nالهاتف: {T('+962 79 551 8832')}\nالعنوان: {A('شارع الملكة رانيا 145، عمّان 11941')}")
    add("wellness_booking_zh", f"預約確認：{P('黃詠琪')} 小姐，您預約的按摩療程時間為 11 月 30 日下午 3 點。聯絡電話 {T('0928 113 604')}，電子郵件 {E('wingkei.wong@gmail.com')}。")
    add("card_in_prompt", f"pls test the checkout with my own card, it's {C(grouped(visa()))} exp 04/29 cvc 311, name on card {P('Olumide Bankole')}")
    add("dealer_test_drive_fi", f"Koeajovaraus: {P('Jari Kettunen')}, ajokortin numero tarkistettu, puhelin {T('044 901 2283')}, osoite {A('Itäinen Pitkäkatu 19, 20520 Turku')}. Auto: Polestar 2.")
    add("sms_log_sw", f"2026-11-26 10:14:07 SMS -> {T('+255 754 332 118')} \"Habari {P('Neema Mushi')}, dawa yako iko tayari katika duka la dawa la Kariakoo.\" status=DELIVERED")
    return out
