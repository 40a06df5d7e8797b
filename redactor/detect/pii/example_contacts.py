"""Documentation stand-ins: contact values that are reserved for examples and name no one.

An e-mail address is a stand-in when both halves say so:

- its domain is one of the three documentation domains of RFC 2606 (``example.com``,
  ``example.net``, ``example.org``) or a subdomain of one (``status.example.com``). Names under
  the reserved top-level domains (``acme-bank.example``, ``shop.test``) are left alone: writers
  invent an organisation there to imitate a real one, and its addresses are masked as real ones;
  a national imitation of them (``example.co.il``, ``example.com.br``, ``example.de``) counts with a
  placeholder local part only (session 11);
- its local part is a role word of test data, not a name (`PLACEHOLDER_LOCALS`): ``test``,
  ``user2``, ``patient``, ``guest``, ``customer``, ``someone``, ``your.name``, ``john.doe``, also
  numbered as generated records are (``donor-001``, ``rider-a``: `placeholder_local`).

Both are needed. Writers of examples give reserved domains to realistic people
(``marta.kowalski@example.com``, ``priyanka.r@acme-bank.example``): those are masked like any address,
because the same text pasted with a real domain would be someone's. Role mailboxes such as
``noreply@`` or ``support@`` stay masked too (a development set labels ``noreply@status.example.net``
as an address). A placeholder word at a real domain (``test@gmail.com``) is someone's mailbox.
"""

from __future__ import annotations

import re

from redactor.detect.pii._vocab import words

_RESERVED_DOMAIN = re.compile(r"(?i)(?:[a-z0-9-]+\.)*example\.(?:com|net|org)")
"""A documentation domain of RFC 2606 section 3, or a subdomain of one."""

_EXAMPLE_WORDS = (
    "example|exemplo|ejemplo|exemple|esempio|exemplu|beispiel|voorbeeld|eksempel|exempel|esimerkki"
    "|przyklad|priklad|primer|primjer|pelda|ornek|contoh|halimbawa|mfano|vidi|paradeigma"
)
"""The word "example" as writers of other languages put it in a documentation domain (ASCII, as
domains are written: ``exemplo.pt``, ``beispiel.de``, ``ejemplo.com``, ``przyklad.pl``, session 14)."""

_EXAMPLE_DOMAIN = re.compile(
    r"(?i)(?:[a-z0-9-]+\.)*(?:" + _EXAMPLE_WORDS + r")\.(?:com|net|org|edu|gov|info|io|dev|app|biz|int"
    r"|test|invalid|example|localhost"
    r"|(?:(?:com|net|org|co|ac|or|ne|gov)\.)?[a-z]{2})"
)
"""`_RESERVED_DOMAIN` or its national imitation (``example.co.il``, ``example.com.br``,
``example.de``) or a generic-TLD imitation (``hpc.example.edu``, ``example.gov``, session 13):
only with a placeholder local part (``test@example.co.il``, ``user@hpc.example.edu``) is it a stand-in.
"example" in another language (`_EXAMPLE_WORDS`) and under a reserved top-level domain (``example.test``)
counts the same way (session 14): ``utilizador@exemplo.pt``, ``member@example.test``."""

_LOCAL_SUFFIX = re.compile(r"(?:[-_.+]?\d+|[-_.+][a-z])$")
"""A numbering of test records after the role word: ``donor-001``, ``user_2``, ``rider-a``."""

PLACEHOLDER_LOCALS: frozenset[str] = words("""
    test tests testing tester testuser test.user test-user test_user user username user.name your.name
    yourname your-name your_name youremail your.email your-email email mail name someone somebody anyone
    nobody example sample demo dummy fake foo bar baz foobar patient guest customer client member
    person people john.doe jane.doe johndoe janedoe jdoe john.smith jane.smith firstname.lastname
    first.last firstname lastname me you
    applicant candidate student employee buyer seller merchant tenant landlord visitor traveler
    traveller passenger subscriber recipient cardholder policyholder insured claimant beneficiary
    resident attendee participant
    donor rider driver courier shopper reader viewer player voter volunteer learner pupil parent
    worker contractor caller sender receiver signer payer payee
    qa e2e automation cypress playwright selenium
""")
"""Local parts (lower case, trailing digits removed) that fill an address in test data and forms
(the record's role nouns included: ``applicant``, ``passenger``, ``policyholder``; and test
automation's own accounts, ``qa``, ``e2e``, ``cypress``, ``playwright``, session 17)."""

FOREIGN_PLACEHOLDER_LOCALS: frozenset[str] = words("""
    utilizador usuario usuaria utilisateur utilisatrice benutzer nutzer utente gebruiker bruker
    anvandare kayttaja uzytkownik uzivatel felhasznalo utilizator kullanici pengguna korisnik
    cliente kunde klant kund asiakas klient paciente patiente paziente
    teste prueba exemplo ejemplo exemple beispiel esempio voorbeeld nome nombre nom
    correo posta courriel
""")
"""The same role words of test data in other languages (ASCII as local parts are written: "user",
"customer", "patient", "test", "example", "name", "mail"), read by `placeholder_email` only (session 14)."""


def placeholder_email(address: str) -> bool:
    """Whether `address` is a documentation stand-in (see the module docs): a placeholder local part
    at a reserved domain."""
    local, at, domain = address.rpartition("@")
    if not at or _EXAMPLE_DOMAIN.fullmatch(domain) is None:
        return False
    return placeholder_local(local) or placeholder_local(local, FOREIGN_PLACEHOLDER_LOCALS)


def placeholder_local(local: str, vocabulary: frozenset[str] = PLACEHOLDER_LOCALS) -> bool:
    """Whether the local part `local` is a role word of test data, bare or numbered
    (``test``, ``user2``, ``donor-001``, ``rider-a``; not ``marta.kowalski``, not ``tester``)."""
    low = local.lower()
    if low.rstrip("0123456789") in vocabulary:
        return True
    stem = _LOCAL_SUFFIX.sub("", low)
    return stem != low and stem in vocabulary


_STAND_IN_ADDRESS = re.compile(
    r"(?i)\b(?:example|fake|dummy|placeholder)[ \t]+(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way)\b"
    r"|\b(?:anytown|anycity|anyville|anystate|sometown)\b"
)


def placeholder_address(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` holds a documentation stand-in street or town (``123 Example
    Street, Anytown``, ``1 Fake Street``): no one's address. ``Sample Road`` and ``Springfield`` are
    real places and not matched."""
    return _STAND_IN_ADDRESS.search(text, start, len(text) if end is None else end) is not None
