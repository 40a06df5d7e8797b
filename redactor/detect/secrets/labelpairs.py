"""``Label: user / password`` lines without a login word (session 12, late round, helper latesec).

`userpairs` masks ``user / password`` only when the line names an account or a login in one of
the languages it knows. People also hand over a login as the whole value of a labelled line, the
label being the system rather than the word "login"::

    Warehouse DB: sa / 8842Harbor? @ wh-sql.corp.local
    icecast source: source / maple*2741  (mount /late-show)
    Bókhaldskerfi — SQL-innskráning fyrir skýrsluna: acct_ro / 5120fjord+

The structure is the cue here, whatever the language of the label: a colon, at most one word
(``operador he_ops2 / ...``), the user (an account name, not a number, not password-shaped), a
blank slash blank, and a chosen password (`pwshape.password_shaped` with one of
``!@#$%^&*+?~``) that closes the line: only an ``@ host``, a note in parentheses or sentence
punctuation may follow. Dates, fractions, ``read / write`` and paths have no password shape;
values with only ``_ - .`` (versions, slugs) are left to `userpairs` and its cue words.
"""

# ruff: noqa: RUF001  # the full-width colon of CJK labels is the point here

from __future__ import annotations

import re

from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.pwshape import password_shaped
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_PAIR = re.compile(
    r"[:：][ \t]+(?:[^\W\d_][\w-]{1,24}[ \t]+)?"
    r"(?P<uq>[`'\"]?)(?P<user>[A-Za-z0-9][\w.@+-]{1,63})(?P=uq)[ \t]+/[ \t]+"
    r"(?P<q>[`'\"]?)(?P<v>[^\s`'\"/।。،]{6,64})(?P=q)"
    r"(?P<tail>[.;।。]?[ \t]*(?:$|\n|\(|@[ \t]|[ \t]\(|[ \t]@)|[.।。][ \t]+[^\W\d_])"
)
"""``: [word] user / value`` and the line ends (or a host, a note, a new sentence follows)."""
_SYMBOLS = frozenset("!@#$%^&*+?~")


def scan(view: EscapeView) -> list[Hit]:
    """(start, end, score) of each password of a labelled ``user / password`` line, in view offsets."""
    text = view.text
    out: list[Hit] = []
    if " / " not in text:
        return out
    for m in _PAIR.finditer(text):
        user, value = m.group("user"), m.group("v")
        if user.isdigit() or password_shaped(user):
            continue  # ``12 / 2024``; two passwords side by side are no login
        if value[-1] in ".,;:" or not any(c in _SYMBOLS for c in value) or not password_shaped(value):
            continue
        out.append((*m.span("v"), 0.7))
    return out


class LabelPairDetector(ViewScanDetector):
    """Passwords of ``Label: user / password`` lines (``secret.generic.label_pair``)."""

    name = "secret.generic.label_pair"
    prefilter: tuple[str, ...] = ("/",)

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
