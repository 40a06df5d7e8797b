"""The entity types redactor knows. Policies may only name these (fail closed on typos)."""

from __future__ import annotations

SECRET = "SECRET"

ENTITIES: tuple[str, ...] = (
    "SECRET",
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "US_DRIVER_LICENSE",
    "NATIONAL_ID",
    "IP_ADDRESS",
    "ADDRESS",
    "LOCATION",
    "DATE_OF_BIRTH",
    "USERNAME",
    "URL",
    "ORGANIZATION",
)
"""Every entity type a detector may report. ``SECRET`` covers all credentials and keys; ``NATIONAL_ID``
the personal identity numbers of other countries (`redactor.detect.pii.national_ids`)."""

PRIORITY: dict[str, int] = {e: i for i, e in enumerate(ENTITIES)}
"""When overlapping spans disagree, the lower index wins a tie on score (secrets first)."""
