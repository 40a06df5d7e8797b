"""People named by a form label in many languages (``pii.role_label``).

Invoices, delivery notes, rental forms, legal notices and HR exports label the person a line is
about with a role word, in the language of the document: ``Driver: Kalea Nakamura``,
``Deliver to: Lim Wei Ming``, ``Odběratel: Jakub Dvořák``, ``Responsable de la publication :
Élodie Marchand``, ``Empfänger: Jonas Weber``. `pii.person_context` knows the common English
labels (``Name:``, ``Customer:``, ``Owner:``); this detector adds role nouns of delivery,
billing, rental, insurance and employment forms, and their equivalents in the main European
languages, Turkish and the Nordic languages.

A match needs the form shape, which code and config do not have: the label starts its line (after
indentation, a list marker, opening markup such as ``<p>`` or a JSON string's start), it is
capitalised (``driver: postgres`` in YAML is no form), and a name of two to five tokens
(`names.clean_name`) fills the rest of the line (or of the table cell or JSON string), up to closing
markup or a trailing comma.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii._base import LINE_START, Finding, TextInfo, ViewDetector
from redactor.detect.pii.names import NAME_RE, clean_name

_ROLE_WORDS = (
    # English forms (the labels pii.person_context knows are not repeated here)
    "driver|main driver|additional driver|renter|hirer|lessee|lessor|deliver to|delivered to|ship to|shipped to"
    "|bill to|billed to|sold to|invoice to|consignee|addressee|buyer|purchaser|payee|payer|policyholder"
    "|policy holder|insured|insured person|member|subscriber|resident|occupant|traveller|traveler|lead traveller"
    "|student|pupil|learner|employee name|staff member|engineer|technician|agent|caller|on-call|on call"
    "|primary contact|secondary contact|point of contact|poc|emergency contact name|responsible|responsible person"
    "|data protection officer|dpo|publisher|editor|legal representative|managing director|director"
    "|signatory|authorised signatory|authorized signatory|account name|name on card|holder"
    # French
    "|responsable de la publication|directeur de la publication|responsable|destinataire|exp\u00e9diteur"
    "|titulaire|conducteur|locataire|b\u00e9n\u00e9ficiaire|interlocuteur|nom complet|nom et pr\u00e9nom"
    "|acheteur|souscripteur|assur\u00e9|g\u00e9rant|repr\u00e9sentant l\u00e9gal"
    # German
    "|empf\u00e4nger|absender|kunde|kundin|ansprechpartner|ansprechpartnerin|inhaber|inhaberin|fahrer"
    "|fahrerin|mieter|mieterin|verantwortlich|verantwortlicher|k\u00e4ufer|auftraggeber"
    "|rechnungsempf\u00e4nger|gesch\u00e4ftsf\u00fchrer|gesch\u00e4ftsf\u00fchrerin|versicherungsnehmer"
    "|vor- und nachname|name, vorname"
    # Spanish, Portuguese, Italian
    "|destinatario|remitente|cliente|titular|conductor|comprador|arrendatario|beneficiario"
    "|contacto|nombre y apellidos|asegurado|tomador"
    "|destinat\u00e1rio|remetente|motorista|respons\u00e1vel|benefici\u00e1rio|contato|nome completo|segurado"
    "|mittente|intestatario|titolare|conducente|responsabile|acquirente|referente|nome e cognome|assicurato"
    # Dutch, Nordic
    "|ontvanger|afzender|klant|houder|bestuurder|chauffeur|contactpersoon|koper|huurder|verzekerde"
    "|mottaker|mottagare|modtager|kund|asiakas|vastaanottaja|kontaktperson|f\u00f6rare|sj\u00e5f\u00f8r"
    # Polish, Czech, Slovak
    "|odbiorca|nadawca|klient|nabywca|kierowca|w\u0142a\u015bciciel|imi\u0119 i nazwisko|najemca|ubezpieczony"
    "|odb\u011bratel|p\u0159\u00edjemce|odes\u00edlatel|z\u00e1kazn\u00edk|\u0159idi\u010d|n\u00e1jemce"
    "|jm\u00e9no a p\u0159\u00edjmen\u00ed|odberate\u013e|pr\u00edjemca|odosielate\u013e|vodi\u010d"
    # Turkish
    "|al\u0131c\u0131|g\u00f6nderen|m\u00fc\u015fteri|ad soyad|ad\u0131 soyad\u0131|s\u00fcr\u00fcc\u00fc|kirac\u0131"
    # parties of legal matters and pupils of school forms: Opposing party, Kläger, Alumne, élève
    "|opposing party|counterparty|other party|plaintiff|claimant|defendant|respondent|petitioner|witness"
    "|partie adverse|demandeur|demanderesse|d\u00e9fendeur|d\u00e9fenderesse|t\u00e9moin|\u00e9l\u00e8ve"
    "|gegenpartei|kl\u00e4ger|kl\u00e4gerin|beklagter|beklagte|zeuge|zeugin|sch\u00fcler|sch\u00fclerin"
    "|parte contraria|demandante|demandado|demandada|testigo|alumno|alumna|alumne|part contr\u00e0ria"
    "|controparte|convenuto|convenuta|testimone|alunno|alunna|studente|studentessa"
    "|parte contr\u00e1ria|r\u00e9u|testemunha|aluno|aluna|wederpartij|eiser|eiseres|gedaagde|getuige|leerling"
    "|strona przeciwna|pow\u00f3d|pozwany|pozwana|\u015bwiadek|ucze\u0144|uczennica"
    "|protistrana|\u017ealobce|\u017e\u00e1k|\u017e\u00e1kyn\u011b"
    "|motpart|k\u00e4rande|svarande|vittne|elev|modpart|sags\u00f8ger|sags\u00f8gte|vidne|saks\u00f8ker|saks\u00f8kte"
)
_LABEL = re.compile(
    r"(?m)" + LINE_START + r"[ \t]*(?:[-*\u2022>|][ \t]*)?(?:<[A-Za-z][^<>\n]{0,60}>[ \t]*)*(?:\*\*)?"
    r"(?P<label>(?=\w)(?i:" + _ROLE_WORDS + r"))(?:\*\*)?[ \t]*(?:\*\*)?:(?:\*\*)?[ \t]*"
    r"(?P<name>" + NAME_RE + r")[ \t]*(?:,[ \t]*)?(?:</[A-Za-z][^<>\n]{0,20}>[ \t]*)*(?:\||\"|$)"
)
"""A role label at a line start, then a name that fills the line."""
_FIND = re2.compile(
    r"(?:" + "|".join(re.escape(w[0].upper()) + "(?i:" + w[1:] + ")" for w in _ROLE_WORDS.split("|")) + r")"
    r"[ \t]*(?:\*\*)?[ \t]*:"
)
"""Where capitalised labels may be: one linear RE2 pass; `_LABEL` is then tried only at those lines' starts."""


class RoleLabelDetector(ViewDetector):
    """Names after capitalised role labels of forms, in many languages (``pii.role_label``)."""

    name = "pii.role_label"
    entities: tuple[str, ...] = ("PERSON",)
    prefilter: tuple[str, ...] = (":",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        tried: set[int] = set()
        for hit in _FIND.finditer(text):
            line = text.rfind("\n", 0, hit.start()) + 1
            json_value = text.rfind('": "', line, hit.start())
            for pos in (line, json_value + 4) if json_value >= 0 else (line,):
                if pos not in tried:
                    tried.add(pos)
                    yield from self._at(text, pos)

    @staticmethod
    def _at(text: str, pos: int) -> Iterator[Finding]:
        m = _LABEL.match(text, pos)
        if m is not None:
            if not m.group("label")[0].isupper():
                return  # "driver: postgres": a config key, not a form label
            value = m.group("name")
            r = clean_name(value, min_tokens=2)
            if r is None or r != (0, len(value.rstrip())):
                return
            a = m.start("name")
            yield ("PERSON", a, a + r[1], 0.8)
