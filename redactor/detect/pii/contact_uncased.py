"""Names of uncased scripts in the items of a record (``pii.contact_row``, see
`redactor.detect.pii.contact_rows`): Arabic, Hebrew, Indic, Ethiopic, Georgian, Thai, Lao, Khmer,
Myanmar and CJK names, where no letter case tells a name from other words, so each needs
evidence: a role noun before it, a lexicon name, or a whole cell right before a phone word or an
anchor."""

from __future__ import annotations

from anyascii import anyascii

from redactor.detect.pii import name_spans as ns
from redactor.detect.pii.contact_echo import UNCASED_WORD as _UNCASED_WORD
from redactor.detect.pii.contact_vocab import BIRTH_WORDS as _BIRTH_WORDS
from redactor.detect.pii.contact_vocab import NOT_NAME as _NOT_NAME
from redactor.detect.pii.contact_vocab import ROLE_ASCII as _ROLE_ASCII
from redactor.detect.pii.contact_vocab import ROLE_WORDS as _ROLE_WORDS
from redactor.detect.pii.contact_vocab import UNCASED_KNOWN as _UNCASED_KNOWN
from redactor.detect.pii.given_names import UNCASED_GIVEN_NAMES
from redactor.detect.pii.phone_vocab import PHONE_WORDS_ANY
from redactor.detect.pii.record_vocab import CONTACT_TRANSLITERATIONS
from redactor.detect.pii.salutation_vocab import UNCASED_GROUP_WORDS


def uncased_name(
    text: str, a: int, z: int, kinds: tuple[str, str], before_contact: bool, known_only: bool
) -> tuple[int, int] | None:
    """A name of an uncased script in the item ``text[a:z]``, with evidence (see the module)."""
    lkind, rkind = kinds
    words = [(m.start(), m.end()) for m in _UNCASED_WORD.finditer(text, a, z)]
    if not words or len(text[a:z].split()) != len(words) or any(c.isdigit() for c in text[a:z]):
        return None  # mixed with digits (of any script: ۰۹۱۲), Latin or punctuation
    if any(text[w0:w1] in UNCASED_GROUP_WORDS or text[w0:w1] in ns.STOP_WORDS for w0, w1 in words[1:]):
        return None
    first = text[words[0][0] : words[0][1]]
    role = first in _ROLE_WORDS or anyascii(first).lower() in _ROLE_ASCII
    if role:
        words = words[1:]
    while words and anyascii(text[words[-1][0] : words[-1][1]]).lower() in CONTACT_TRANSLITERATIONS:
        words = words[:-1]  # ନମ୍ବର "number", ఫోన్ "phone" written in the script
        before_contact = True
    if any(text[w0:w1] in _NOT_NAME or PHONE_WORDS_ANY.search(text, w0, w1) for w0, w1 in words) or any(
        text[w0:w1].startswith(_BIRTH_WORDS) for w0, w1 in words
    ):
        return None  # "رقم الجوال" ("mobile number"), "تاريخ الميلاد" ("date of birth"): a label
    if role:
        while len(words) > 2 and len(text[words[-1][0] : words[-1][1]]) <= 3:
            words = words[:-1]  # a postposition after the name (ଙ୍କ, ගේ)
    if not words or len(words) > (3 if role else 4):
        return None
    if text[words[0][0] : words[0][1]] in UNCASED_GROUP_WORDS:
        return None
    span = (words[0][0], words[-1][1])
    if _glued(text[span[0]]):
        cjk = ns.cjk_name(text, span[0])
        return cjk if cjk is not None and cjk[1] == span[1] and before_contact else None
    known_at = [i for i, (w0, w1) in enumerate(words) if text[w0:w1] in _UNCASED_KNOWN]
    known = bool(known_at)
    if known_only and not role and (len(words) < 2 or text[words[0][0] : words[0][1]] not in UNCASED_GIVEN_NAMES):
        return None  # a label's place: a full name opening with a given name (not "প্রধান" Pradhan, "head")
    cell = lkind not in ("anchor", "phone") and 2 <= len(words) <= 3 and not known_only
    if known and not role and not cell:
        words = words[known_at[0] :]  # a name starts with its given name: "පාරිභෝගික සුනිල් ..." ("customer ...")
        while len(words) > 2 and len(text[words[-1][0] : words[-1][1]]) <= 3:
            words = words[:-1]  # a postposition after the name (ගේ)
        span = (words[0][0], words[-1][1])
    if role and (before_contact or rkind in ("sep", "edge")) and (len(words) >= 2 or known):
        return span  # not "ग्राहक सेवा" ("customer service"): one word after a role must be a known name
    if before_contact and (known or cell):
        return span
    return None


def _glued(ch: str) -> bool:
    o = ord(ch)
    return 0x3040 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF
