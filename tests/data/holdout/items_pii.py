"""Held-out PII texts, part 1: prose, chat, e-mail, support tickets and notes.

Written for this check; names, addresses and sentences are invented and deliberately unlike the
development set (lower-case names, names after titles, non-English names, addresses of many
countries, phone numbers in national formats).
"""

# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
from __future__ import annotations

from _markup import A, E, L, P, T, U, m, openai_call, shell, tool_result
from _values import Gen, grouped, iban, luhn_complete

Item = tuple[str, str]
"""(source, marked-up text)"""


def ORG(v: str) -> str:
    return m("ORGANIZATION", v)


def prose(g: Gen) -> list[Item]:
    visa = luhn_complete("4", 16, g)
    mc = luhn_complete("53", 16, g)
    amex = luhn_complete("37", 15, g)
    de_iban = iban("DE", "50010517" + "0648489890")
    nl_iban = iban("NL", "INGB" + "0007139518")
    fr_iban = iban("FR", "30006000011234567890" + "189")
    texts = [
        f"hi, i'm {P('olumide adeyemi')} and i can't log in since yesterday. my email is {E('olu.adeyemi@yahoo.com')} if you need it",
        f"Can you draft a reply to {P('Dr. Hiroshi Tanaka')}? He wants the revised invoice sent to {A('4-12-7 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023')} by Friday.",
        f"My neighbour {P('Gudrun Sæmundsdóttir')} gave me her number, {T('+354 862 4417')}, in case the parcel arrives while I'm away.",
        f"write a short bio for our about page: {P('Chiamaka Obi')} joined in 2019 after six years at a {L('Lagos')} fintech and now leads the payments team.",
        f"The delivery address on the order is wrong. It should be {A('Flat 3, 27 Albert Road, Leeds LS6 1AB')}, not the old one in {L('Sheffield')}.",
        f"Please update my card on file to {m('CREDIT_CARD', grouped(visa))}, expiry 09/28. The old one was stolen.",
        f"{P('Mateus Carvalho')} asked whether we can ship to {A('Rua Augusta, 1508 - Consolação, São Paulo - SP, 01304-001')}; the checkout rejects the postcode.",
        f"hey can u ask {P('priya')} if she pushed the migration? she's not answering on slack",
        f"Reminder: {P('Mr. Kwame Mensah')} is flying in on Tuesday; his mobile is {T('+233 24 418 9052')}.",
        f"Our landlord, {P('Signe Lindqvist')}, wants the deposit refunded to {m('IBAN_CODE', de_iban)} instead of the Swedish account.",
        f"Translate to German: 'Dear {P('Mrs. Okafor')}, thank you for your order. It will be delivered to {A('12 Adeola Odeku Street, Victoria Island, Lagos')} within five working days.'",
        f"The claim form says {P('Aleksandra Wiśniewska')}, born {m('DATE_OF_BIRTH', '17.06.1988')}, resident at {A('ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa')}.",
        f"I need to cancel the booking made under {P('Nguyễn Thị Mai')}, reservation for two nights. You can reach me on {T('090-2521-7466')}.",
        f"hola, soy {P('Lucía Fernández')}, vivo en {A('Calle de Toledo 62, 3º B, 28005 Madrid')}. ¿Pueden enviar la factura a esa dirección?",
        f"make the email signature say:\n\n{P('Fatima Al-Zahra Haddad')}\nSenior Analyst\n{T('+971 50 966 3808')}\n{E('f.haddad@gulfanalytics.ae')}",
        f"summarise this complaint: \"I ordered a sofa in March and it still has not arrived. I have called {T('0800 046 1711')} four times. -- {P('Bronwyn Pritchard')}\"",
        f"{P('ananya')} from finance says the refund went to card ending 4417 but the customer's new card is {m('CREDIT_CARD', mc)}",
        f"Please send the contract to {P('Maître Étienne Rousseau')}, {A('18 rue de la République, 69002 Lyon')}, {L('France')}.",
        f"The account holder is {P('Siobhán Ní Bhriain')} and the IBAN they gave us is {m('IBAN_CODE', grouped(nl_iban))}.",
        f"can you check why the SSN field rejects {m('US_SSN', '529-62-1148')}? the customer ({P('Tyrone Whitfield')}) swears it's correct",
        f"Let {P('Dmitri Volkov')} know his badge is ready at reception. He can also call {T('+7 916 203-44-81')} to arrange pick-up.",
        f"I'm writing on behalf of my father, {P('Rahul Mehta')}, DOB {m('DATE_OF_BIRTH', '03/11/1951')}, who is unable to access his account.",
        f"For the wire: beneficiary {P('Camille Lefèvre')}, IBAN {m('IBAN_CODE', grouped(fr_iban))}, reference INV-2025-0412.",
        f"can you find out who lives at {A('2217 Larkspur Lane, Boise, ID 83706')}? we got a package for them",
        f"Got a voicemail from {P('Ingrid Bakken')} ({T('+47 412 55 907')}) about the broken heat pump.",
        f"The Amex on the expense report, {m('CREDIT_CARD', amex)}, belongs to {P('Patrick Doherty')}.",
        f"Quick one: is {P('Jun-seo Park')} the same person as {U('jspark88')} on the forum? Same avatar.",
        f"We need a cover letter for {P('Zeynep Aydın')}, who lives at {A('Bağdat Caddesi No: 214, Daire 7, 34728 Kadıköy/İstanbul')}.",
        f"I moved! New address is {A('Unit 5, 14 Smith Street, Fitzroy VIC 3065')}. Phone stays the same, {T('0460 423 041')}.",
        f"talked to {P('maria josé gonzález')} this morning, she approved the budget for Q3",
        f"Her passport says {P('Thandiwe Nkosi')}, date of birth {m('DATE_OF_BIRTH', '22 February 1993')}.",
        f"The courier needs a landline: {T('020 7946 0757')}, ask for {P('Ms Harriet Ellwood')} at reception.",
        f"According to the form, the applicant {P('Bui Van Long')} uses the address {A('Blk 123 Ang Mo Kio Avenue 3, #05-67, Singapore 560123')}.",
        f"please remove {P('Astrid Fjellstad')} ({E('astrid.fjellstad@online.no')}) from the mailing list, she asked twice",
        f"I'm {P('Ikaika Kahananui')}, my driver's license number is {m('US_DRIVER_LICENSE', 'H03958271')} and I need to update the rental agreement.",
        f"Schedule a call with {P('Professor Ngozi Eze')} next week; her assistant's line is {T('0803 577 2185')}.",
        f"the fraud team flagged logins for {U('k.brennan')} from {m('IP_ADDRESS', '185.220.101.34')} and {m('IP_ADDRESS', '91.132.147.8')}",
        f"Write a thank-you note to {P('Ayşe')} and {P('Mehmet Demir')} for hosting the workshop in {L('Izmir')}.",
        f"Need the lease renewal for {A('221 Rue Saint-Paul Ouest, Montréal, QC H2Y 1Z8')}; tenant is {P('Gabrielle Tremblay')}.",
        f"My mum's phone is {T('+44 7700 900461')} and she lives at {A('9 Glebe Close, Ashbourne DE6 1GL')} if the shop needs it.",
    ]
    return [("holdout:prose", t) for t in texts]


def chat(g: Gen) -> list[Item]:
    texts = [
        f"[09:14] {U('tomasz.w')}: anyone know why staging is down?\n[09:15] {U('lena_k')}: {P('Rafael')} restarted the db, give it 5 min\n[09:17] {U('tomasz.w')}: thx",
        f"**{P('Kofi Boateng')}** 10:02 AM\nwho owns the billing service now?\n**{P('Mirela Popescu')}** 10:04 AM\n{P('Sven')} does, since {P('Anja')} moved to the data team",
        '{"messages": [{"user": "' + U("U04QK7M2ZPL") + '", "real_name": "' + P("Esperanza Rubio") + '", "text": "can you look at the flaky test before standup?", "ts": "1718003921.000200"}, '
        '{"user": "' + U("U02AB9XY1KD") + '", "real_name": "' + P("Haruto Sato") + '", "text": "on it", "ts": "1718003988.000500"}]}',
        f"<{P('Lars Eriksen')}> did you see the email from legal?\n<{P('Noor Khalil')}> yes, they want the DPA signed by friday\n<{P('Lars Eriksen')}> ok ping me when {P('Beatriz')} sends it",
        f"Comment by {U('qle_lhs')}:\n> I can reproduce this on Windows 11 with the latest build.\n\nComment by {U('destiny-bennett_qp')}:\n> Same here, it started after the 2.3 upgrade.",
        f"opened by {U('mkowalczyk-ops')} · 3 comments\nassigned to {U('ravi-shankar_acme')}\n\nThe export job times out for customers with more than 50k rows.",
        f"@{U('joanna-kim')} can you review #4412 when you get a chance? @{U('b.oyelaran')} already approved",
        f"teams call notes (w/ {P('Wiremu Tane')}, {P('Katarzyna Zielińska')}, {P('Oskar Lind')}): agreed to move the launch to the 14th; {P('Katarzyna')} to update the roadmap.",
        f"[2025-01-08 16:20] {P('Valentina Russo')}: the customer in {L('Bologna')} still sees the old prices\n[2025-01-08 16:22] {P('Emeka Okonkwo')}: cache, I'll purge it",
        f"> **{P('Henrik Mäkinen')}** wrote:\n> can we get the numbers for the Nordics before Monday?\n\nSure, I'll ask {P('Aino')} to run the report.",
        f"standup: {P('nadia')} fixed the retry bug, {P('joão')} is still on the OAuth flow, {P('wei')} out sick",
        f"Thread with {P('Ebere Nwachukwu')}:\n- she confirmed the shipping address: {A('47 Awolowo Road, Ikoyi, Lagos 106104')}\n- wants delivery before 5pm",
    ]
    return [("holdout:chat", t) for t in texts]


def email(g: Gen) -> list[Item]:
    texts = [
        f"From: \"{P('Priya Raman')}\" <{E('priya.raman@meridianhealth.org')}>\nTo: {E('support@northwind-labs.io')}\nSubject: Access request\nDate: Tue, 4 Mar 2025 09:12:44 +0000\n\nHi team, please give me access to the analytics workspace. Thanks, {P('Priya')}",
        f"-----Original Message-----\nFrom: {P('Jorge Castillo')} <{E('jcastillo@castillo-abogados.mx')}>\nSent: Monday, February 3, 2025 4:51 PM\nSubject: RE: contrato\n\nAdjunto la versión firmada. Mi dirección para el envío físico: {A('Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX')}.",
        f"Return-Path: <{E('noreply@status.example.net')}>\nReply-To: {P('Orla Kavanagh')} <{E('orla.kavanagh@kavanagh-design.ie')}>\nX-Mailer: Thunderbird 115.6\n\nHi, my new number is {T('+353 87 412 6630')}.",
        f"On Wed, 12 Feb 2025 at 11:03, {P('Bartholomew Achterberg')} <{E('b.achterberg@kpn-mail.nl')}> wrote:\n> Kun je de factuur naar {A('Keizersgracht 221, 1016 DV Amsterdam')} sturen?",
        f"Please forward to {P('Sunita Venkataraman')} (cc {E('s.venkat@outlook.in')}): her parcel was returned from {A('Flat 4B, Prestige Lakeside, 12 Varthur Road, Bengaluru 560087')}.",
        f"BEGIN:VCARD\nVERSION:3.0\nFN:{P('Małgorzata Nowicka')}\nTEL;TYPE=CELL:{T('+48 601 223 874')}\nEMAIL:{E('m.nowicka@wp.pl')}\nADR;TYPE=HOME:;;{A('ul. Długa 14;Gdańsk;;80-827;Poland')}\nEND:VCARD",
        f"BEGIN:VEVENT\nSUMMARY:Onboarding\nORGANIZER;CN={P('Rosa Delgado')}:mailto:{E('rosa.delgado@teleflora.es')}\nATTENDEE;CN={P('Ken Watanabe')}:mailto:{E('ken.w@fujisoft.co.jp')}\nLOCATION:{A('Paseo de la Castellana 95, 28046 Madrid')}\nEND:VEVENT",
        "Subject: Change of address\n\nDear Sir or Madam,\n\nplease note that from 1 April my address will be\n\n" + A("Hauptstraße 112\n69117 Heidelberg\nGermany") + f"\n\nKind regards,\n{P('Wolfgang Brenner')}",
    ]
    return [("holdout:email", t) for t in texts]


def tickets(g: Gen) -> list[Item]:
    texts = [
        tool_result(f"Ticket #88213 (priority: high)\nRequester: {P('Imani Okoro')} <{E('imani.okoro@gmail.com')}>\nPhone: {T('+1 (404) 555-0187')}\n\nI was charged twice for order 55120. Please refund to the original card."),
        tool_result(f"customer_note: \"Leave it with {P('Mrs. Papadopoulou')} next door at number 14 if I'm not home.\"\nshipping_to: {A('Odos Ermou 32, 105 63 Athens')}"),
        openai_call("create_ticket", {"title": "Address change", "body": f"Customer {P('Ahmed Benali')} moved to {A('14 Rue de Rivoli, 75004 Paris')}. Update CRM and billing."}),
        f"Zendesk export:\nrequester_name,requester_email,subject\n{P('Chidi Okafor')},{E('chidi.okafor@hotmail.co.uk')},Refund not received\n{P('Yuki Nakamura')},{E('yuki.n@docomo.ne.jp')},Cannot change language",
        f"Incident note: caller identified as {P('Beatrix Hollander')}, verified with DOB {m('DATE_OF_BIRTH', '1962-09-30')} and last four of SSN.",
        f"Escalate to {P('Sanjay Gupta')}: the customer at {A('3859 Orchard Hill Road, Apt 12, Columbus, OH 43215')} reports a gas smell.",
    ]
    return [("holdout:ticket", t) for t in texts]


def shells(g: Gen) -> list[Item]:
    texts = [
        shell("ls -l /srv/exports", f"total 24\n-rw-r--r--  3 {U('katerina.konstantinou')}  staff  4096 Mar  2 10:14 report.csv\n-rw-r--r--  1 {U('a.rahimi')}  staff   812 Mar  2 10:15 notes.md"),
        shell("git log -3 --format='%an <%ae> %s'", f"{P('Ewa Szymańska')} <{E('ewa.szymanska@northwind-labs.io')}> fix: handle empty cart\n{P('Diego Alvarez')} <{E('diego@alvarez.dev')}> chore: bump deps\n{P('Ewa Szymańska')} <{E('ewa.szymanska@northwind-labs.io')}> feat: coupon codes"),
        shell("aws iam list-users --query 'Users[].Arn'", f"[\n    \"arn:aws:iam::482913775012:user/{U('hkowalski')}\",\n    \"arn:aws:iam::482913775012:user/{U('tariq.aziz')}\",\n    \"arn:aws:iam::482913775012:user/ci-deployer\"\n]"),
        shell("whoami && pwd", f"{U('jmbeki')}\n/home/{U('jmbeki')}/projects/ledger"),
        shell("git shortlog -sne", f"   212  {P('Björn Ásgeirsson')} <{E('bjorn@asgeirsson.is')}>\n    87  {P('Leilani Kealoha')} <{E('leilani.k@hawaiiantel.net')}>\n     3  dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>"),
        shell("last -n 3", f"{U('r.okonjo')}  pts/0        {m('IP_ADDRESS', '81.152.44.17')}    Mon Mar  3 08:02   still logged in\n{U('r.okonjo')}  pts/1        {m('IP_ADDRESS', '81.152.44.17')}    Fri Feb 28 17:40 - 18:55  (01:15)"),
        f"PS C:\\Users\\{U('AnaSouza')}\\source\\repos\\Billing> dotnet test\nTest run for C:\\Users\\{U('AnaSouza')}\\source\\repos\\Billing\\bin\\Debug\\net8.0\\Billing.Tests.dll (.NETCoreApp,Version=v8.0)\nPassed!  - Failed: 0, Passed: 128",
        shell("grep -i 'failed password' /var/log/auth.log | tail -2", f"Mar  3 04:11:09 web1 sshd[21877]: Failed password for {U('eduardo')} from {m('IP_ADDRESS', '46.101.22.153')} port 51234 ssh2\nMar  3 04:11:14 web1 sshd[21877]: Failed password for invalid user admin from {m('IP_ADDRESS', '46.101.22.153')} port 51240 ssh2"),
    ]
    return [("holdout:shell", t) for t in texts]


def pii_items_1(g: Gen) -> list[Item]:
    return prose(g) + chat(g) + email(g) + tickets(g) + shells(g)
