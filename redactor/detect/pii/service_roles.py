"""Speaker labels of support-chat exports read as names: ``14:03 Agente:``, ``[Zendesk chat] Agent:``.

Exports of customer-service chats (WhatsApp, Zendesk, Intercom, delivery and banking apps) label
each turn with the speaker's role, not a name: ``Agent``, ``Cliente``, ``Kunde``, ``Operator``,
``Πελάτης``. After a timestamp or a bracketed source the name detectors and the NER model read
such a capitalised word at the head of a turn as a person. `service_role_label` drops a PERSON or
USERNAME span that is one word of `SERVICE_ROLES` (a role noun of support chats in many
languages, written from the languages' ordinary vocabulary; none is a given or family name of the
lexicons, checked by the tests) standing as a turn's label: at the start of its line after at
most a timestamp, a date and a bracketed tag, and followed by ``:`` or by a parenthesis holding
the speaker's name (``Cliente (Ana Ruiz):``: the name inside stays to the detectors).
"""

from __future__ import annotations

import re

from redactor.detect.pii._vocab import words
from redactor.detect.pii.org_names import fold
from redactor.detect.span import Span

__all__ = ["SERVICE_ROLES", "service_role_label"]

SERVICE_ROLES: frozenset[str] = frozenset(
    fold(w)
    for w in words("""
    agent agents customer client support operator moderator advisor adviser rep representative staff
    visitor guest user bot assistant system consultant helpdesk seller buyer courier rider driver
    agente cliente operador operadora soporte asesor asesora atendente suporte consultor consultora
    usuario usuaria vendedor vendedora repartidor comprador visitante asistente sistema
    conseiller conseillere utilisateur vendeur acheteur livreur systeme assistance
    kunde kundin mitarbeiter mitarbeiterin berater beraterin benutzer verkaufer kaufer fahrer
    klant medewerker adviseur gebruiker bezorger koper verkoper
    kund kundtjanst handlaggare kundeservice radgiver saljer asiakas asiakaspalvelu myyja
    utente operatore operatrice consulente venditore acquirente
    klient konsultant doradca uzytkownik sprzedawca kupujacy kurier
    musteri temsilci operator danisman kullanici satici alici kurye
    πελατης εκπροσωπος υπαλληλος χρηστης συμβουλος
    клиент оператор консультант пользователь менеджер продавец покупатель курьер поддержка
    عميل العميل الزبون وكيل الوكيل موظف الموظف الدعم مندوب
    לקוח נציג נציגה תמיכה
    """)
)
"""Role nouns of support-chat speaker labels (folded: lower case, no diacritics)."""

_PREFIX = re.compile(
    r"[ \t>*_]*(?:\[[^\]\n]{0,40}\][ \t]*)?"  # "[Zendesk chat] ", "[27/11/2026, 19:45] "
    r"(?:[\d/.,:\- \t]*\d(?:[ \t]?[AaPp][Mm])?[ \t\]\-]*)?"  # "14:03 ", "2026-11-27 19:45 - "
    r"[ \t*_]*"
)
_AFTER = re.compile(r"[ \t*_]*(?::|\([^()\n]{1,60}\)[ \t*_]*:)")


def service_role_label(text: str, span: Span) -> bool:
    """Whether `span` (a name or a login) is a support chat's speaker label (see the module docs)."""
    if span.entity not in ("PERSON", "USERNAME"):
        return False
    value = text[span.start : span.end]
    if " " in value or fold(value) not in SERVICE_ROLES:
        return False
    escaped = text.rfind("\\n", 0, span.start)  # a line break escaped inside a JSON string
    line_start = max(text.rfind("\n", 0, span.start) + 1, escaped + 2 if escaped >= 0 else 0)
    if span.start - line_start > 60 or _PREFIX.fullmatch(text, line_start, span.start) is None:
        return False
    return _AFTER.match(text, span.end) is not None
