"""A writer's name after a dash on the last line of a message, in a script without capitals.

Letters, notices and chat messages in Telugu, Tamil, Hindi, Bengali, Arabic, Persian, Hebrew...
often end with the writer after a dash, sometimes with a team or a role after a comma::

    సందేహాలుంటే +91 40 2301 6644 కి కాల్ చేయండి.

    — వెంకటేశ్ నల్లపాటి, HPC బృందం

No capital marks the name, so the cased sign-off rules of `pii.signature` and `pii.person_chat`
cannot see it. Here the place is the evidence: the last non-blank line of the text (or of a JSON
string: only closing quotes and brackets may follow), after prose above it, that starts with a
dash (an em or en dash, ``--``, ``-``) and holds two or three words of one spaced uncased script
(`name_spans.SCRIPTS`) before its end or a comma (what follows the comma, at most four words, is a
team: it must hold a team, department, office or support word, `_TEAM_WORDS`), or the first word
must be a given name a lexicon knows (`name_spans.UNCASED_KNOWN`): two words after a dash, or two
words and any third after a comma, may be anything. No word may be a function word of any language
(`function_words_data.UNCASED_FUNCTION_WORDS`) or a label word of `field_vocab`, and the words
before the dash must hold letters (a message, not a list of dashes).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import Finding
from redactor.detect.pii._vocab import words
from redactor.detect.pii.field_vocab import ADDRESS_LABELS, NAME_PART_LABELS, PERSON_LABELS
from redactor.detect.pii.function_words_data import UNCASED_FUNCTION_WORDS
from redactor.detect.pii.name_spans import SCRIPTS, UNCASED_KNOWN

__all__ = ["dash_signoff"]

_CLASSES = [re.compile("[" + cls + "]+") for cls in SCRIPTS.values()]
_LETTERS = "".join(SCRIPTS.values())
_LAST_LINE = re.compile(
    r"\n[ \t]*(?:\u2014|\u2013|--?)[ \t]*(?P<name>[" + _LETTERS + r"]+(?: [" + _LETTERS + r"]+){1,2})"
    r"[ \t]*(?:[,\u060c][ \t]*(?P<role>[^\n,\u060c]{1,60}))?[ \t]*[\"'}\]\s]*\Z"
)
_LABEL_WORDS = frozenset(
    w
    for table in (PERSON_LABELS, NAME_PART_LABELS, ADDRESS_LABELS)
    for labels in table.values()
    for label in labels.split("|")
    for w in label.split()
)


_TEAM_WORDS = words(
    "تیم گروه واحد بخش دفتر پشتیبانی فريق قسم إدارة وحدة مكتب الدعم צוות מחלקת מחלקה יחידת משרד התמיכה"
    " टीम विभाग दल कार्यालय सहायता দল বিভাগ টিম অফিস সহায়তা குழு அணி துறை அலுவலகம் ஆதரவு బృందం విభాగం"
    " టీమ్ కార్యాలయం సహాయ टोली ٹیم شعبہ ടീം വിഭാഗം ತಂಡ ವಿಭಾಗ ਟੀਮ ਵਿਭਾਗ ટીમ વિભાગ"
)
"""Team, department, unit, office and support words of the scripts read here: what the part after
the comma of a sign-off names (``— వెంకటేశ్ నల్లపాటి, HPC బృందం``: the HPC team)."""


def _one_script(parts: list[str]) -> bool:
    return any(all(rx.fullmatch(w) for w in parts) for rx in _CLASSES)


def dash_signoff(text: str) -> Iterator[Finding]:
    """The PERSON finding of a dash sign-off in an uncased script on the last line of `text`."""
    tail = text[-400:]
    m = _LAST_LINE.search(tail)
    if m is None:
        return
    parts = m.group("name").split()
    if not _one_script(parts) or any(
        w in UNCASED_FUNCTION_WORDS or w in _LABEL_WORDS or w in _TEAM_WORDS for w in parts
    ):
        return
    role = m.group("role")
    if role is not None and len(role.split()) > 4:
        return
    if parts[0] not in UNCASED_KNOWN and (role is None or not _TEAM_WORDS & set(role.split())):
        return  # "— two words" may be anything: a known given name, or a team after a comma
    above = tail[: m.start()]
    if sum(c.isalpha() for c in above) < 20:
        return  # no message above the line
    offset = len(text) - len(tail)
    yield ("PERSON", offset + m.start("name"), offset + m.end("name"), 0.75)
