"""Secret detectors: a catalogue of provider formats plus generic detectors.

`secret_detectors()` returns every detector, each reporting entity ``SECRET`` with a stable name
(``secret.github.pat``, ``secret.generic.assignment``, ``secret.pem``...) and a ``prefilter``:
lower-case literals, one of which must occur in ``text.lower()`` for the detector to possibly
match (empty = always run). All of them scan a JSON-unescaped view of the text, so values inside
``\\"...\\"`` and after ``\\n`` are found, and map spans back to the original offsets.
"""

from __future__ import annotations

from redactor.detect.base import Detector
from redactor.detect.secrets import (
    catalogue_business,
    catalogue_cloud,
    catalogue_code,
    catalogue_comms,
    catalogue_more,
    catalogue_structured,
    credfiles,
    keyfiles,
    wallets,
)
from redactor.detect.secrets.arrows import ArrowValueDetector
from redactor.detect.secrets.assigned import ScoredValueDetector
from redactor.detect.secrets.atcommands import AtCommandDetector
from redactor.detect.secrets.b64pairs import Base64PairDetector
from redactor.detect.secrets.basicpairs import BasicPairDetector
from redactor.detect.secrets.bytekeys import ByteKeyDetector
from redactor.detect.secrets.commands import CommandLineDetector
from redactor.detect.secrets.compoundkeys import CompoundNameDetector
from redactor.detect.secrets.context import ContextTokenDetector
from redactor.detect.secrets.context_i18n import MultilingualSecretDetector
from redactor.detect.secrets.credargs import CredentialArgumentDetector
from redactor.detect.secrets.credcalls import CredentialCallDetector
from redactor.detect.secrets.credlists import CredentialListDetector
from redactor.detect.secrets.cuedhex import CuedHexDetector
from redactor.detect.secrets.endpointcalls import EndpointCallDetector
from redactor.detect.secrets.envdefaults import EnvFallbackDetector
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.filedumps import SecretFileDumpDetector
from redactor.detect.secrets.generic import AssignmentDetector
from redactor.detect.secrets.grouped import GroupedPasswordDetector
from redactor.detect.secrets.headers import VendorHeaderDetector
from redactor.detect.secrets.i18nkeys import I18nKeyDetector
from redactor.detect.secrets.keymaps import KeyMapDetector
from redactor.detect.secrets.keysentences import KeySentenceDetector
from redactor.detect.secrets.labelled import LabelledLineDetector
from redactor.detect.secrets.labelpairs import LabelPairDetector
from redactor.detect.secrets.learned import LearnedContextDetector
from redactor.detect.secrets.letters import ProseLettersDetector
from redactor.detect.secrets.licence_keys import LicenceKeyDetector
from redactor.detect.secrets.loginbodies import LoginBodyDetector
from redactor.detect.secrets.mobileconfig import MobileConfigDetector
from redactor.detect.secrets.namedargs import NamedArgumentDetector
from redactor.detect.secrets.password_hashes import PasswordHashDetector
from redactor.detect.secrets.pem import ArmoredSecretDetector, PrivateKeyBlockDetector
from redactor.detect.secrets.printed import PrintedCredentialDetector
from redactor.detect.secrets.prosepairs import ProsePairDetector
from redactor.detect.secrets.pwshape import ChosenPasswordDetector
from redactor.detect.secrets.readouts import CommandOutputDetector
from redactor.detect.secrets.reversecues import ReversedCueDetector
from redactor.detect.secrets.role_vetoes import with_role_vetoes
from redactor.detect.secrets.rpcauth import RpcAuthDetector
from redactor.detect.secrets.sdkcalls import SdkCallDetector
from redactor.detect.secrets.securecarriers import SecureCarrierDetector
from redactor.detect.secrets.siblings import SiblingSecretDetector
from redactor.detect.secrets.spacedguids import SpacedGuidDetector
from redactor.detect.secrets.spec import ENTITY, FormatDetector, SecretFormat
from redactor.detect.secrets.sqlrows import SqlInsertDetector
from redactor.detect.secrets.streamkeys import StreamKeyDetector
from redactor.detect.secrets.tokens import JWT, PrefixedTokenDetector
from redactor.detect.secrets.urlpaths import UrlPathKeyDetector
from redactor.detect.secrets.urls import UrlCredentialDetector
from redactor.detect.secrets.userpairs import UserPairDetector
from redactor.detect.secrets.uuidslots import UuidSlotDetector
from redactor.detect.secrets.webhooks import WebhookUrlDetector
from redactor.detect.secrets.xmlnames import XmlSchemaNameDetector
from redactor.detect.secrets.xmlvalues import XmlElementDetector

CATALOGUE: tuple[SecretFormat, ...] = (
    *catalogue_code.FORMATS,
    *catalogue_cloud.FORMATS,
    *catalogue_comms.FORMATS,
    *catalogue_business.FORMATS,
    *catalogue_structured.FORMATS,
    *catalogue_more.FORMATS,
    JWT,
    *keyfiles.FORMATS,
    *credfiles.FORMATS,
    *wallets.FORMATS,
)
"""Every provider format, in a fixed order. Names are unique."""


def secret_detectors() -> list[Detector]:
    """Every secret detector, sharing one cache of the unescaped view of the current text."""
    views = ViewCache()
    detectors: list[Detector] = [FormatDetector(fmt, views) for fmt in CATALOGUE]
    detectors.append(AssignmentDetector(views))
    detectors.append(UrlCredentialDetector(views))
    detectors.append(CommandLineDetector(views))
    detectors.append(PrivateKeyBlockDetector(views))
    detectors.append(ArmoredSecretDetector(views))
    detectors.append(PrefixedTokenDetector(views))
    detectors.append(ContextTokenDetector(views))
    detectors.append(ScoredValueDetector(views))
    detectors.append(MultilingualSecretDetector(views))
    detectors.append(keyfiles.JwkDetector(views))
    detectors.append(credfiles.StateFileDetector(views))
    detectors.append(SecretFileDumpDetector(views))
    detectors.append(ByteKeyDetector(views))
    detectors.append(WebhookUrlDetector(views))
    detectors.append(ChosenPasswordDetector(views))
    detectors.append(LabelledLineDetector(views))
    detectors.append(KeyMapDetector(views))
    detectors.append(CredentialListDetector(views))
    detectors.append(UrlPathKeyDetector(views))
    detectors.append(CredentialCallDetector(views))
    detectors.append(EndpointCallDetector(views))
    detectors.append(PrintedCredentialDetector(views))
    detectors.append(SdkCallDetector(views))
    detectors.append(VendorHeaderDetector(views))
    detectors.append(SqlInsertDetector(views))
    detectors.append(XmlElementDetector(views))
    detectors.append(RpcAuthDetector(views))
    detectors.append(I18nKeyDetector(views))
    detectors.append(SiblingSecretDetector(views))
    detectors.append(CredentialArgumentDetector(views))
    detectors.append(BasicPairDetector(views))
    detectors.append(GroupedPasswordDetector(views))
    detectors.append(ProsePairDetector(views))
    detectors.append(LoginBodyDetector(views))
    detectors.append(CommandOutputDetector(views))
    detectors.append(EnvFallbackDetector(views))
    detectors.append(KeySentenceDetector(views))
    detectors.append(CompoundNameDetector(views))
    detectors.append(NamedArgumentDetector(views))
    detectors.append(ArrowValueDetector(views))
    detectors.append(SpacedGuidDetector(views))
    detectors.append(MobileConfigDetector(views))
    detectors.append(UserPairDetector(views))
    detectors.append(LabelPairDetector(views))
    detectors.append(AtCommandDetector(views))
    detectors.append(StreamKeyDetector(views))
    detectors.append(Base64PairDetector(views))
    detectors.append(XmlSchemaNameDetector(views))
    detectors.append(ProseLettersDetector(views))
    detectors.append(CuedHexDetector(views))
    detectors.append(LicenceKeyDetector(views))
    detectors.append(PasswordHashDetector(views))
    detectors.append(ReversedCueDetector(views))
    detectors.append(SecureCarrierDetector(views))
    detectors.append(UuidSlotDetector(views))
    detectors.append(LearnedContextDetector(views))
    detectors.extend(wallets.wallet_detectors(views))
    return with_role_vetoes(detectors)  # values whose shape is never a secret's (`role_vetoes`)


__all__ = ["CATALOGUE", "ENTITY", "SecretFormat", "secret_detectors"]
