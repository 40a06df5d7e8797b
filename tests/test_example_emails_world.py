"""Documentation mailboxes in other languages: a role word of test data at "example" written in the
writer's language (``utilizador@exemplo.pt``) or under a reserved TLD (``member@example.test``)."""

from __future__ import annotations

import random

import pytest

from redactor.detect.pii.contact import EmailDetector
from redactor.detect.pii.example_contacts import FOREIGN_PLACEHOLDER_LOCALS, placeholder_email

_RNG = random.Random(1412)
_DOMAINS = (
    "exemplo.pt", "exemplo.com.br", "ejemplo.com", "ejemplo.es", "exemple.fr", "beispiel.de", "esempio.it",
    "voorbeeld.nl", "przyklad.pl", "eksempel.no", "exempel.se", "esimerkki.fi", "ornek.com.tr", "contoh.co.id",
    "example.test", "example.invalid", "mail.exemplo.pt",
)


@pytest.mark.parametrize("domain", _DOMAINS)
def test_role_words_at_national_example_domains_are_stand_ins(domain: str) -> None:
    for _ in range(4):
        local = _RNG.choice(sorted(FOREIGN_PLACEHOLDER_LOCALS))
        assert placeholder_email(f"{local}@{domain}")
        assert placeholder_email(f"{local}{_RNG.randint(1, 99)}@{domain}")


@pytest.mark.parametrize("domain", _DOMAINS)
def test_people_at_national_example_domains_stay_addresses(domain: str) -> None:
    first = _RNG.choice(("marta", "joao", "ines", "kemal", "dewi", "lukas"))
    last = _RNG.choice(("kowalski", "silva", "yilmaz", "santoso", "berger"))
    assert not placeholder_email(f"{first}.{last}@{domain}")


def test_role_words_at_real_or_invented_domains_stay_addresses() -> None:
    for local in sorted(FOREIGN_PLACEHOLDER_LOCALS)[:12]:
        assert not placeholder_email(f"{local}@gmail.com")
        assert not placeholder_email(f"{local}@acme-bank.example")
        assert not placeholder_email(f"{local}@exemplos.pt")


def test_email_detector_leaves_the_stand_in_and_masks_the_person() -> None:
    text = "Nos testes usamos o e-mail utilizador@exemplo.pt; a Ana escreve de ana.lima@exemplo.pt."
    found = [text[s.start : s.end] for s in EmailDetector().detect(text)]
    assert found == ["ana.lima@exemplo.pt"]
