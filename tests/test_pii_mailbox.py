"""`pii.mailbox`: display names of quoted and HTML-escaped mailboxes, author tags; hits and near misses."""

from __future__ import annotations

import pytest

from redactor.detect.pii.mailbox import MailboxNameDetector
from redactor.detect.span import Span


def found(text: str) -> list[str]:
    spans: list[Span] = MailboxNameDetector().detect(text)
    assert all(s.entity == "PERSON" and s.detector == "pii.mailbox" for s in spans)
    return [text[s.start : s.end] for s in spans if s.score >= 0.5]


HITS = [
    # (text, names expected in order, why)
    ('To: "Ingrid Solberg" <is@telenor.no>', ["Ingrid Solberg"], "quoted display name, no echo in the address"),
    (
        "Cc: \"Okonkwo, Chidi\" <c.o@x.ng>, 'Ana Lima' <al@x.io>",
        ["Okonkwo, Chidi", "Ana Lima"],
        "surname first, single quotes, a header list",
    ),
    (
        " * @author Karthik Subramaniam &lt;karthik.s@larkspur.studio&gt;",
        ["Karthik Subramaniam"],
        "javadoc author in HTML-escaped text",
    ),
    ("<p>Mail Zofia Wiśniewska &lt;zw@poczta.pl&gt; today</p>", ["Zofia Wiśniewska"], "escaped mailbox in markup"),
    ("&quot;Lea Brandt&quot; &lt;lea@x.de&gt;", ["Lea Brandt"], "escaped quotes and brackets"),
    ('__author__ = "Tomasz Nowak"', ["Tomasz Nowak"], "Python module author"),
    ('{"body": "From: \\"Rafael Quispe\\" <rq@pucp.edu.pe>"}', ["Rafael Quispe"], "JSON-escaped header"),
    (
        "To: Okonkwo, Chidi <c.o@x.ng>; Haddad, Layla <lh@x.fr>",
        ["Okonkwo, Chidi", "Haddad, Layla"],
        "unquoted surname first",
    ),
    ("Reply to ingrid@telenor.no (Ingrid Solberg) today", ["Ingrid Solberg"], "RFC 822 comment form"),
]


@pytest.mark.parametrize(("text", "expected", "why"), HITS, ids=[r[2] for r in HITS])
def test_mailbox_names(text: str, expected: list[str], why: str) -> None:
    assert found(text) == expected


NEAR_MISSES = [
    ('From: "Acme Support" <support@acme.io>', "shared mailbox"),
    ('From: "GitHub" <noreply@github.com>', "service and product"),
    ('Reply-To: "Jane Doe" <no-reply@shop.example>', "a name on a no-reply mailbox is a template"),
    ('"build failed on main" <ci@x.io>', "a sentence, not a name"),
    ("see &lt;jane@x.io&gt; for access", "no name before the mailbox"),
    ("@author TODO", "placeholder author"),
    ('if (a < b && c > "x") return "@user"', "comparison operators, no mailbox"),
    ("Thanks, see <jane@x.io>", "one word before the comma is no surname-first name"),
    ("mail ops@acme.io (Acme Support) or billing@acme.io (Billing)", "shared mailboxes with a comment"),
    ("contact jane@x.io (see the wiki)", "a remark, not a name"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[r[1] for r in NEAR_MISSES])
def test_near_misses(text: str, why: str) -> None:
    assert found(text) == []
