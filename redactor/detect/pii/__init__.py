"""PII detectors: regex and validator detectors for personal data, one small module per family.

`pii_detectors()` is the explicit registry the detection engine runs (together with the secret
catalogue and the NER adapter, `redactor.detect.presidio_adapter.NerAdapter`). Detector names are
stable public ids (``pii.email``...); entity names match the evaluation corpus labels.
"""

from __future__ import annotations

from redactor.detect.base import Detector
from redactor.detect.pii.accounts import AccountNameDetector
from redactor.detect.pii.address import AddressDetector
from redactor.detect.pii.address_cyr_cases import CyrillicCaseAddressDetector
from redactor.detect.pii.address_indic_pin import IndicPinAddressDetector
from redactor.detect.pii.address_locale import LocaleAddressDetector
from redactor.detect.pii.address_locality import LocalityAddressDetector
from redactor.detect.pii.address_native import NativeAddressDetector
from redactor.detect.pii.address_postcode import PostcodeAddressDetector
from redactor.detect.pii.address_south import SouthAsianAddressDetector
from redactor.detect.pii.address_vn import VietnameseAddressDetector
from redactor.detect.pii.affiliation import AffiliationDetector
from redactor.detect.pii.chat_exports import ChatExportDetector
from redactor.detect.pii.citations import CitationAuthorDetector
from redactor.detect.pii.cjk_names import CjkNameDetector
from redactor.detect.pii.contact import EmailDetector
from redactor.detect.pii.contact_rows import ContactRowDetector
from redactor.detect.pii.dates import DateOfBirthDetector
from redactor.detect.pii.declined_names import DeclinedNameDetector
from redactor.detect.pii.dob_cues import DobCueDetector
from redactor.detect.pii.dob_rows import DobRowDetector
from redactor.detect.pii.echo import NameEchoDetector
from redactor.detect.pii.encoded_contacts import EncodedEmailDetector
from redactor.detect.pii.field_labels import FieldLabelDetector
from redactor.detect.pii.financial import CreditCardDetector, IbanDetector
from redactor.detect.pii.form_pairs import FormPairDetector
from redactor.detect.pii.government import DriverLicenceDetector, SsnDetector
from redactor.detect.pii.handle_names import HandleNameDetector
from redactor.detect.pii.hl7 import Hl7Detector
from redactor.detect.pii.honorifics import HonorificDetector
from redactor.detect.pii.identity import (
    GitIdentityDetector,
    HandleDetector,
    HomePathDetector,
    UsernameDetector,
)
from redactor.detect.pii.lexnames import GivenNameDetector
from redactor.detect.pii.logins import LoginCarrierDetector
from redactor.detect.pii.mailbox import MailboxNameDetector
from redactor.detect.pii.meeting import MeetingPersonDetector
from redactor.detect.pii.national_ids import NationalIdDetector
from redactor.detect.pii.network import IpAddressDetector
from redactor.detect.pii.particle_names import ParticleNameDetector
from redactor.detect.pii.person import PersonContextDetector
from redactor.detect.pii.person_columns import PersonColumnDetector
from redactor.detect.pii.phones import PhoneDetector
from redactor.detect.pii.pnr import PnrDetector
from redactor.detect.pii.possessive import PossessiveOwnerDetector
from redactor.detect.pii.record_names import RecordNameDetector
from redactor.detect.pii.role_anchor import RoleAnchorDetector
from redactor.detect.pii.roles import RoleLabelDetector
from redactor.detect.pii.row_names import RowNameDetector
from redactor.detect.pii.salutations import SalutationDetector
from redactor.detect.pii.scripts import ScriptNameDetector
from redactor.detect.pii.signatures import SignatureDetector
from redactor.detect.pii.speakers import ConversationPersonDetector
from redactor.detect.pii.structured import StructuredFieldDetector
from redactor.detect.pii.vietnamese_names import VietnameseNameDetector
from redactor.detect.pii.zpl_labels import ZplLabelDetector

__all__ = ["pii_detectors"]


def pii_detectors() -> list[Detector]:
    """Every PII pattern detector, in a stable order. Each call returns fresh instances."""
    return [
        EmailDetector(),
        PhoneDetector(),
        CreditCardDetector(),
        IbanDetector(),
        SsnDetector(),
        DriverLicenceDetector(),
        NationalIdDetector(),
        IpAddressDetector(),
        DateOfBirthDetector(),
        DobCueDetector(),
        DobRowDetector(),
        AddressDetector(),
        NativeAddressDetector(),
        CyrillicCaseAddressDetector(),
        LocaleAddressDetector(),
        PostcodeAddressDetector(),
        LocalityAddressDetector(),
        VietnameseAddressDetector(),
        SouthAsianAddressDetector(),
        IndicPinAddressDetector(),
        PersonContextDetector(),
        ConversationPersonDetector(),
        PersonColumnDetector(),
        StructuredFieldDetector(),
        FormPairDetector(),
        PnrDetector(),
        Hl7Detector(),
        HomePathDetector(),
        GitIdentityDetector(),
        HandleDetector(),
        UsernameDetector(),
        AccountNameDetector(),
        LoginCarrierDetector(),
        NameEchoDetector(),
        MeetingPersonDetector(),
        ChatExportDetector(),
        MailboxNameDetector(),
        RoleLabelDetector(),
        PossessiveOwnerDetector(),
        ScriptNameDetector(),
        RecordNameDetector(),
        CjkNameDetector(),
        ParticleNameDetector(),
        VietnameseNameDetector(),
        FieldLabelDetector(),
        GivenNameDetector(),
        AffiliationDetector(),
        SalutationDetector(),
        HonorificDetector(),
        RoleAnchorDetector(),
        ContactRowDetector(),
        SignatureDetector(),
        RowNameDetector(),
        EncodedEmailDetector(),
        CitationAuthorDetector(),
        DeclinedNameDetector(),
        ZplLabelDetector(),
        HandleNameDetector(),
    ]
