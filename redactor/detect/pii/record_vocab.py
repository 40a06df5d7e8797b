"""Words that tell a person's name from what stands beside it in records and signatures (data only).

Read by `redactor.detect.pii.contact_rows` (``pii.contact_row``) and
`redactor.detect.pii.signatures` (``pii.signature``). Written from general knowledge of job titles
and company forms of many languages (not from any evaluation text); extend it with languages that
are missing, never with single lines seen in a corpus. Lower case, one word an entry.
"""

from __future__ import annotations

from redactor.detect.pii._vocab import words

# ruff: noqa: RUF001  # words of other scripts
JOB_WORDS: frozenset[str] = words("""
    head lead manager director officer president vice vp ceo cto cfo coo cio ciso cpo cmo chro founder
    co-founder cofounder owner partner principal chair chairman chairwoman chairperson secretary
    treasurer engineer developer architect designer analyst scientist researcher consultant specialist
    coordinator administrator admin assistant associate advisor adviser counsel attorney lawyer
    solicitor barrister paralegal accountant controller auditor recruiter representative rep agent
    supervisor superintendent executive intern trainee apprentice technician operator editor writer
    producer teacher lecturer professor tutor nurse physician surgeon pharmacist therapist clerk
    receptionist registrar provost rector officer inspector commissioner ambassador consul
    strategist evangelist advocate steward captain sergeant lieutenant colonel general
    people hr sales marketing finance operations engineering product support success legal
    procurement purchasing logistics customer customers team department dept division office
    leiter leiterin geschäftsführer geschäftsführerin abteilungsleiter abteilungsleiterin
    teamleiter teamleiterin vorstand vorsitzender vorsitzende prokurist prokuristin sachbearbeiter
    sachbearbeiterin referent referentin assistentin berater beraterin ingenieur ingenieurin
    entwickler entwicklerin inhaber inhaberin gründer gründerin bereichsleiter bereichsleiterin
    einkauf vertrieb personal buchhaltung finanzen verwaltung kundenservice
    directeur directrice responsable gérant gérante chef cheffe ingénieur ingénieure chargé chargée
    conseiller conseillère comptable adjoint adjointe président présidente fondateur fondatrice
    gerente jefe jefa director directora coordinador coordinadora responsable encargado encargada
    ingeniero ingeniera asesor asesora contador contadora abogado abogada presidente fundador fundadora
    diretor diretora coordenador coordenadora engenheiro engenheira advogado advogada sócio sócia
    direttore direttrice responsabile coordinatore coordinatrice ingegnere avvocato amministratore
    titolare socio fondatore fondatrice impiegato impiegata
    directeur manager hoofd teamleider medewerker medewerkster adviseur eigenaar oprichter
    chef avdelningschef vd försäljningschef ansvarig rådgivare grundare ägare daglig leder
    kierownik kierowniczka dyrektor dyrektorka prezes specjalista specjalistka księgowa księgowy
    właściciel właścicielka koordynator koordynatorka inżynier
    vedoucí ředitel ředitelka jednatel jednatelka referent referentka
    igazgató vezető ügyvezető osztályvezető munkatárs ügyintéző tulajdonos
    müdür müdürü yönetici uzman mühendis sorumlu sahibi kurucu genel
    директор руководитель начальник менеджер специалист инженер бухгалтер главный заместитель
    ведущий старший генеральный владелец основатель
    керівник менеджерка директорка фахівець головний
    διευθυντής διευθύντρια υπεύθυνος υπεύθυνη μηχανικός
    giám đốc trưởng phòng quản lý nhân viên kỹ sư
    direktur manajer kepala staf pemilik pendiri
    meneja mkurugenzi afisa mhasibu
""")
"""Job titles and departments of many languages: a line holding one is a role line (``Head of
People``, ``Leiterin Einkauf``), and a capitalised run holding one is no person."""

ORG_FORM_WORDS: frozenset[str] = words("""
    ltd llc inc corp co plc gmbh ag kg ohg ug mbh se sa sas sarl sasu spa srl snc bv nv vof oy oyj ab
    as asa aps kft zrt nyrt sro s.r.o a.s doo d.o.o ood eood ad pty bhd sdn tbk pte kk ltda cia cie
    sp spółka s.a. llp lp pvt private limited company corporation incorporated group holding
    holdings gruppe groupe grupo gruppo bank banca banco banque banka bankası sparkasse volksbank
    raiffeisenbank kasa caja caixa credit crédit crédito credito cooperativa genossenschaft verein
    stiftung fundación fondation fundação fondazione gesellschaft compañía compagnie companhia
    società empresa entreprise sociedad société sociedade university universidad université
    università universität universidade hochschule institute institut instituto istituto school
    schule école escuela escola scuola college academy akademie hospital klinik klinikum clinique
    clínica clinica ministry ministerium ministère ministerio agency agentur agence agencia
    services service systems solutions software technologies technology labs studio studios media
    partners consulting trading industries international global
""")
"""Company forms and organisation words of many languages: a capitalised run holding one is an
organisation (``Banca Sella``, ``Hollowpine Sp. z o.o.``, ``Albrecht Feinmechanik GmbH``)."""

ADMIN_WORDS: frozenset[str] = words("""
    district county province region state city town village township municipality prefecture ward
    borough parish quarter sector zone suburb neighbourhood neighborhood estate division governorate
    colonia barrio bairro distrito provincia comuna municipio departamento cantón canton comarca
    quartier arrondissement commune département région kreis bezirk landkreis stadtteil gemeinde
    ortsteil wijk gemeente provincie dzielnica powiat gmina województwo okres obec kerület megye
    ilçe mahalle köy semt oblast rayon район область край город село посёлок поселок округ
    kecamatan kelurahan desa kabupaten kota provinsi barangay huyện quận phường xã tỉnh
""")
"""Administrative-area words of many languages: first or last in a capitalised run they make it a
place (``Olaya District``, ``Colonia Roma``), not a person."""

CONTACT_TRANSLITERATIONS: frozenset[str] = words("""
    phon phone fon fona fonu nmbr nambar nambara nmbar number numbr mobail mobile mobail mobaila
    telephone teliphon telifon durakathana drkthn durkthn sampark smprk imel imeil imeyil email
""")
"""Contact words written in Indic and other scripts, as `anyascii` spells them (ఫోన్ ``phon``,
ନମ୍ବର ``nmbr``, ಇಮೇಲ್ ``imel``): they end a name written before them."""
