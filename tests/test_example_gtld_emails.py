"""Placeholder mailboxes at `example.<generic TLD>` domains (`example.edu`, `example.gov`): stand-ins."""

from __future__ import annotations

import random

import pytest

from redactor.detect.pii.example_contacts import PLACEHOLDER_LOCALS, placeholder_email

_RNG = random.Random(1327)
_TLDS = ("edu", "gov", "info", "io", "dev", "app", "biz", "int")
_HOSTS = ("", "hpc.", "mail.", "lib.cs.", "portal-2.")


@pytest.mark.parametrize("tld", _TLDS)
def test_placeholder_local_at_example_gtld_is_a_stand_in(tld: str) -> None:
    local = _RNG.choice(sorted(PLACEHOLDER_LOCALS - {"me", "you"}))
    host = _RNG.choice(_HOSTS)
    assert placeholder_email(f"{local}@{host}example.{tld}")
    assert placeholder_email(f"{local}{_RNG.randint(1, 99)}@{host}example.{tld}")


@pytest.mark.parametrize("tld", _TLDS)
def test_real_names_and_real_domains_stay_addresses(tld: str) -> None:
    host = _RNG.choice(_HOSTS)
    assert not placeholder_email(f"zeynep.koc@{host}example.{tld}")  # a person at a documentation domain
    assert not placeholder_email(f"user@{host}examples.{tld}")  # not the documentation label
    assert not placeholder_email(f"user@{host}campus.{tld}")
