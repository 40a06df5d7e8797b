"""Held-out PII texts, part 2: structured data, code, logs, file reads and diffs."""

# ruff: noqa: E501  -- item tables hold whole texts on one line.
from __future__ import annotations

from _markup import A, E, L, P, T, U, cat_n, create_file, diff, fenced, m, read_file, shell, tool_result
from _values import Gen, iban, luhn_complete

Item = tuple[str, str]


def Z(v: str) -> str:
    return m("ZIP_CODE", v)


def structured(g: Gen) -> list[Item]:
    c1, c2 = luhn_complete("4", 16, g), luhn_complete("51", 16, g)
    es_iban = iban("ES", "2100" + "0418" + "45" + "0200051332")
    gb_iban = iban("GB", "NWBK" + "601613" + "31926819")
    texts = [
        shell("head -4 data/members.csv",
              "member_id,given_name,family_name,email,mobile,city\n"
              f"M-1042,{P('Aroha')},{P('Ngata')},{E('aroha.ngata@xtra.co.nz')},{T('+64 21 448 1930')},{L('Rotorua')}\n"
              f"M-1043,{P('Bogdan')},{P('Marinescu')},{E('bogdan.marinescu@yahoo.ro')},{T('+40 722 318 455')},{L('Cluj-Napoca')}\n"
              f"M-1044,{P('Ifeoma')},{P('Chukwu')},{E('ifeoma.chukwu@gmail.com')},{T('0803 612 7749')},{L('Enugu')}"),
        "INSERT INTO customers (id, full_name, email, phone, street, postcode) VALUES\n"
        f"  (301, '{P('Léa Girard')}', '{E('lea.girard@orange.fr')}', '{T('+33 6 42 18 97 05')}', '{A('7 Allée des Tilleuls')}', '{Z('44300')}'),\n"
        f"  (302, '{P('Tiago Moreira')}', '{E('tmoreira@sapo.pt')}', '{T('+351 912 884 301')}', '{A('Rua do Almada 118')}', '{Z('4050-032')}');",
        create_file("tests/fixtures/users.json",
            '[\n  {"id": 1, "name": "' + P("Sakura Ishikawa") + '", "email": "' + E("sakura.ishikawa@softbank.ne.jp") + '", "address": {"line1": "'
            + A("2-3-1 Marunouchi") + '", "city": "' + L("Chiyoda-ku, Tokyo") + '", "postal": "' + Z("100-0005") + '"}},\n'
            '  {"id": 2, "name": "' + P("Oluwaseun Balogun") + '", "email": "' + E("seun.balogun@gmail.com") + '", "address": {"line1": "'
            + A("15 Admiralty Way") + '", "city": "' + L("Lekki, Lagos") + '", "postal": "' + Z("106104") + '"}}\n]'),
        fenced("yaml", f"employees:\n  - name: {P('Freya Halvorsen')}\n    phone: \"{T('+47 934 21 660')}\"\n    home_address: {A('Thorvald Meyers gate 52, 0555 Oslo')}\n  - name: {P('Arjun Nair')}\n    phone: \"{T('+91 98450 12345')}\"\n    home_address: {A('22 Residency Road, Bengaluru 560025')}",
               "Here is the seed file for the HR demo:"),
        tool_result(" id |      name        |          email             |    phone\n----+------------------+----------------------------+---------------\n"
                    f"  7 | {P('Jonas Petraitis')}  | {E('jonas.petraitis@gmail.com')}  | {T('+370 612 44 817')}\n"
                    f" 8 | {P('Eszter Kovács')}    | {E('kovacs.eszter@freemail.hu')}  | {T('+36 30 512 7741')}\n(2 rows)"),
        f"| Name | Role | Phone |\n|---|---|---|\n| {P('Carmen Ibáñez')} | Store manager | {T('+34 612 45 78 90')} |\n| {P('Pieter de Vries')} | Driver | {T('06-48213397')} |",
        '{"event": "signup", "user": {"first_name": "' + P("Nomvula") + '", "last_name": "' + P("Dlamini") + '", "dob": "' + m("DATE_OF_BIRTH", "1995-12-04")
        + '", "email": "' + E("nomvula.dlamini@webmail.co.za") + '"}, "ip": "' + m("IP_ADDRESS", "102.132.217.40") + '"}',
        cat_n("payroll/2025-03.csv", "emp_no;name;iban;gross\n"
              f"1187;{P('Alejandro Ruiz Soto')};{m('IBAN_CODE', es_iban)};3120.00\n"
              f"1188;{P('Hannah Whitcombe')};{m('IBAN_CODE', gb_iban)};2890.50"),
        f"card_holder = \"{P('Gareth Llewellyn')}\"\ncard_number = \"{m('CREDIT_CARD', c1)}\"\nbilling_zip = \"{Z('CF10 1EP')}\"",
        fenced("sql", f"UPDATE patients SET phone = '{T('(617) 555-0139')}', address = '{A('88 Beacon Street, Apt 4, Boston, MA 02108')}' WHERE mrn = 'MRN-00417';",
               "Run this to fix the record:"),
        f"<form>\n  <input name=\"fullname\" value=\"{P('Sebastián Araya')}\">\n  <input name=\"phone\" value=\"{T('+56 9 8765 4321')}\">\n  <input name=\"card\" value=\"{m('CREDIT_CARD', c2)}\">\n</form>",
        f"contact:\n  owner: {P('Ruth Abernathy')}\n  email: {E('ruth.abernathy@protonmail.com')}\n  phone: {T('+1 312 555 0146')}",
        '[{"nombre": "' + P("Gabriela Quispe") + '", "correo": "' + E("gquispe@gmail.com") + '", "telefono": "' + T("+51 987 654 321") + '"}]',
        read_file("data/contacts.tsv", "name\temail\tphone\n"
                  f"{P('Kaito Fujimoto')}\t{E('kaito.fujimoto@icloud.com')}\t{T('+81 90-3318-5527')}\n"
                  f"{P('Amara Diallo')}\t{E('amara.diallo@orange.sn')}\t{T('+221 77 418 22 90')}"),
    ]
    return [("holdout:structured", t) for t in texts]


def code(g: Gen) -> list[Item]:
    texts = [
        create_file("src/billing/invoice.py",
            f'"""Invoice rendering.\n\nOriginally written by {P("Marek Dvořák")}; ask him about the VAT edge cases.\n"""\n\n'
            "def render(invoice):\n    # TODO(" + U("mdvorak") + "): handle reverse charge\n    return template.render(invoice=invoice)\n"),
        fenced("go", f"// Copyright 2024 {P('Adaeze Nwosu')}. All rights reserved.\n// Maintainer: {P('Tomás Ó Briain')} <{E('tomas.obriain@esatclear.ie')}>\npackage ledger",
               "The header of ledger.go:"),
        diff("CODEOWNERS", [f"/payments/ @{U('sofia-marchetti')} @{U('okwudili')}"], ("/docs/ @tech-writers", "/infra/ @platform")),
        diff("src/config/demo.ts", [f"  supportContact: '{P('Ingeborg Strand')} <{E('ingeborg.strand@telenor.no')}>',"], ("export const demo = {", "};")),
        fenced("java", f"// Reported by {P('Kateryna Shevchenko')} in JIRA-2213: NPE when the address is\n// \"{A('вул. Хрещатик 22, Київ 01001')}\" (Cyrillic)\nString line1 = addr.getLine1().trim();",
               "The fix is a null check:"),
        read_file("test/fixtures/orders.rb",
                  f"FactoryBot.define do\n  factory :order do\n    customer_name {{ \"{P('Bethany Crowther')}\" }}\n    ship_to {{ \"{A('41 Harrowby Street, Stoke-on-Trent ST4 7QN')}\" }}\n    phone {{ \"{T('01782 556 109')}\" }}\n  end\nend"),
        create_file("scripts/notify.sh", f"#!/bin/sh\n# pages the on-call ({P('Dariusz Lewandowski')}, {T('+48 512 090 377')}) when backups fail\ncurl -s -X POST \"$PAGER_URL\" -d \"backup failed on $(hostname)\"\n"),
        fenced("python", f"# Sample data, real customer from ticket 4471 - REMOVE before merge\nCUSTOMER = {{'name': '{P('Hamza Qureshi')}', 'phone': '{T('0300 1234567')}', 'city': '{L('Lahore')}'}}",
               "I added this to the test module:"),
    ]
    return [("holdout:code", t) for t in texts]


def logs(g: Gen) -> list[Item]:
    texts = [
        f"2025-03-02T11:48:07.221Z INFO  checkout.order created order=88120 customer=\"{P('Yasmin El-Sayed')}\" email={E('yasmin.elsayed@gmail.com')} total=149.90",
        f"Mar 02 11:50:13 api-7 app[2211]: WARN payment declined for {E('kwabena.asante@outlook.com')} from {m('IP_ADDRESS', '154.160.22.91')} (card ****4417)",
        f"[2025-02-27 22:03:55] production.ERROR: Address validation failed {{\"input\":\"{A('Bahnhofstrasse 45, 8001 Zürich')}\",\"user_id\":5521}}",
        f"{m('IP_ADDRESS', '2a02:8108:1cc0:4e7::1f3a')} - - [02/Mar/2025:10:14:22 +0100] \"GET /account/settings HTTP/1.1\" 200 5123 \"-\" \"Mozilla/5.0\"",
        f"level=info ts=2025-03-01T07:12:44Z msg=\"sms sent\" to=\"{T('+44 7911 123456')}\" template=otp",
        f"DEBUG mailer: rendering welcome mail for {P('Rangi Parata')} <{E('rangi.parata@gmail.com')}>",
        f"2025-03-03 09:00:01,004 INFO [crm.sync] upserted contact name='{P('Olga Ivanova')}' city='{L('Novosibirsk')}' phone='{T('+7 913 455-20-18')}'",
        f"audit: user {U('c.mwangi')} exported 1,204 rows from customers (ip {m('IP_ADDRESS', '197.232.61.14')})",
    ]
    return [("holdout:log", t) for t in texts]


def answers(g: Gen) -> list[Item]:
    texts = [
        f"Sure — here's a polite reminder you can send:\n\n> Hi {P('Femi')},\n> just checking whether you received the documents I sent to {A('5 Marina Road, Lagos Island')} last week.\n> Best,\n> {P('Adeola')}",
        f"I've updated the README's maintainers section:\n\n## Maintainers\n\n- {P('Isabel Ferreira')} ({E('isabel@ferreira.pt')})\n- {P('Hamid Karimi')} ({E('h.karimi@posteo.de')})",
        f"The record you pasted belongs to **{P('Valeriya Kuznetsova')}**, registered at {A('Nevsky Prospekt 28, Saint Petersburg 191186')}. I've removed it from the fixture.",
        f"Done. The contact card now reads:\n\n{P('Dr. Rashid Al-Mansouri')}\n" + A("King Fahd Road, Olaya District\nRiyadh 12214") + f"\n{T('+966 11 462 8800')}",
    ]
    return [("holdout:answer", t) for t in texts]


def pii_items_2(g: Gen) -> list[Item]:
    return structured(g) + code(g) + logs(g) + answers(g)
