"""Session 7's first-character look-aheads (`redactor.detect.first_chars`) change no match.

Each pattern listed here was put behind ``with_first_chars`` because it is searched over whole
texts or lines and tried at every position (phone words of ~90 languages, IP addresses, URLs,
licence phrases, the segmenter's lexer stops). Each is compared with the pattern it was made from,
with every method the detectors call (``search``, ``match``, ``finditer`` with and without
bounds), on texts built to reach the look-ahead's edges (case folding, look-behinds at the
start, other scripts), on generated texts and on the development corpora. Spans and groups must
be equal.
"""

from __future__ import annotations

# ruff: noqa: E501  # texts in other scripts, written as escapes, are what the table is about
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect import segment
from redactor.detect.first_chars import original_of
from redactor.detect.pii import (
    accounts,
    address_cores,
    contact,
    contact_echo,
    echo,
    government,
    identity,
    names,
    network,
    person,
    phone_vocab,
    speakers,
)
from redactor.detect.secrets import commands, entropy, randomness, urlpaths, webhooks

FAST = {
    "phone_vocab.PHONE_WORDS_ANY": phone_vocab.PHONE_WORDS_ANY,
    "government._LICENCE": government._LICENCE,
    "contact_echo._NON_LATIN_WORD": contact_echo._NON_LATIN_WORD,
    "address_cores.UNIT_LED_CORE": address_cores.UNIT_LED_CORE,
    "network._V4": network._V4,
    "network._V6": network._V6,
    "webhooks._URL": webhooks._URL,
    "urlpaths._URL": urlpaths._URL,
    "randomness._HASH_CONTEXT": randomness._HASH_CONTEXT,
    "entropy._CAMEL_WORD": entropy._CAMEL_WORD,
    "speakers._ROSTER_WORDS": speakers._ROSTER_WORDS,
    "echo._MAIL_DOMAIN": echo._MAIL_DOMAIN,
    "commands._SPACED": commands._SPACED,
    "names._INITIALS_RX": names._INITIALS_RX,
    "segment._LEX_STOP": segment._LEX_STOP,
    "identity._GIT_CONFIG": identity._GIT_CONFIG,
    "identity._HANDLE": identity._HANDLE,
    "identity._HOME": identity._HOME,
    "identity._URL_USER": identity._URL_USER,
    "contact._EMAIL": contact._EMAIL,
    "speakers._LOWER_RULES[0]": speakers._LOWER_RULES[0],
    "speakers._LOWER_RULES[1]": speakers._LOWER_RULES[1],
    "person._RULES[0]": person._RULES[0][0],
    "person._RULES[1]": person._RULES[1][0],
    "person._RULES[7]": person._RULES[7][0],
    "person._RULES[9]": person._RULES[9][0],
    "accounts._USER_WORD": accounts._USER_WORD,
}

Found = list[tuple[str, tuple[int, int], tuple[str | None, ...]]]


def _found(rx: re.Pattern[str], text: str) -> Found:
    """What every call shape the detectors use answers on `text`."""
    out: Found = [("iter", m.span(), m.groups()) for m in rx.finditer(text)]
    n = len(text)
    for a, b in ((0, n), (1, n), (n // 3, 2 * n // 3), (n // 2, n)):
        out.extend(("iter-bounded", m.span(), m.groups()) for m in rx.finditer(text, a, b))
        m = rx.search(text, a, b)
        out.append(("search", m.span(), m.groups()) if m else ("search", (-1, -1), ()))
    for pos in range(0, n, max(1, n // 40)):
        m = rx.match(text, pos)
        if m is not None:
            out.append(("match", m.span(), m.groups()))
    return out


def test_every_listed_pattern_is_behind_a_look_ahead() -> None:
    for name, rx in FAST.items():
        assert rx.pattern.startswith("(?="), name
        assert original_of(rx) is not rx, name
        assert rx.groupindex == original_of(rx).groupindex, name
        assert rx.groups == original_of(rx).groups, name


_TABLE = [
    # phone words: Latin with diacritics, Cyrillic after a letter, CJK, Arabic, Indic, Thai, Korean
    "Tel: +49 30 1234567, Handy 0151 2345678, MÓVIL 600 123 456, telefon: 22 123 45 67",
    "\u0442\u0435\u043b. +7 495 123-45-67, \u0422\u0415\u041b 8 800, x\u0442\u0435\u043b, \u043c\u043e\u0431\u0438\u043b\u044c\u043d\u044b\u0439",
    "\u7535\u8bdd\uff1a138 0013 8000 \u624b\u673a \u96fb\u8a71 \uc804\ud654 010-1234-5678 \u0647\u0627\u062a\u0641 \u0641\u0648\u0646",
    "\u092b\u093c\u094b\u0928 98765 43210 \u0e42\u0e17\u0e23 081 234 5678 \u1235\u120d\u12ad Telephone TELEFONO sími Fóònù",
    # licence phrases, initials, IP addresses and URLs at the start, after word characters and dots
    "driver's license number: D1234567, Driving licence no. 12345, DL# A123, dl: file, DL: Y5353487",
    "J.R.R. Tolkien, A. B. Smith, Ph.D., e.g. i.e. J. Doe",
    "10.0.0.1 x10.0.0.1 1.2.3.4.5 ::1 fe80::1ff:fe23:4567:890a 2001:db8::ff00:42:8329 a::b",
    "https://hooks.slack.com/services/T000/B000/XXXX http://example.com/a/b?token=abc HTTPS://EXAMPLE.ORG/x",
    "sha256: 9f86d081884c7d659a2feaa0c55ad015 md5 HASH commit abcdef0123456789 ETag",
    "camelCaseWord AnotherWordHere lowercase UPPER Ab abc",
    "Participants: Alice, Bob; attendees - Carol; Roster: Dave",
    "mail john@example.com at @Example.CO.UK and @x.io",
    "sshpass -p 'hunter22' ssh host; redis-cli -h h -a s3cretpass; requirepass foobared\npassword hunter2 machine",
    "Apt 4B, Unit 12, Suite 300, 221B Baker Street, Flat 5",
    # home paths, git identities, handles, URL users, e-mails glued to other characters
    "/home/jdoe/src C:\\Users\\Jane.Doe\\repo /Users/ana/x ~jdoe /root/.ssh x/home/y",
    "[user]\n\tname = Jane Doe\n\temail = jane@example.com\ngit config user.name 'Ann Lee'",
    "@octocat cc @jane-doe x@y @-bad a.b@c.io (@team/core) https://user:pa55@host.example.com/x",
    "my name is ana lima and i'm bob; call me jane. This is Dr. Ann Lee, Mr. O'Neil, Prof. Ngozi Okafor",
    "ask john doe about it, thanks to Maria Silva; cc Jean-Luc Picard. Hi Tomás!",
    "user jdoe.admin logged in, login for bob_smith, account x1, by user ann-lee, USER root",
    "first.last+tag@sub.example.co.uk, 'quoted'@x.io, ÄÖ@ü.de, x@localhost, 1@2.3",
    '--- a/x\n-- comment\n  -- sql comment\nx = "str" # c // d /* e */ <!-- f --> `g`',
    # other scripts and case folding
    "\u0426\u0432\u0435\u0442\u0435\u043b\u0438\u043d\u0430;\u0413\u0435\u043e\u0440\u0433\u0438\u0435\u0432\u0430;tsvetelina.georgieva@abv.bg \u0646\u06cc\u0645\u0627 \u0928\u093f\u092e\u093e\u0932\u0940",
    "\u212aelvin \u017fign \u0130stanbul \u0131\u015f\u0131k TEL\u0130FON telefonu",
]


@pytest.mark.parametrize("text", _TABLE)
def test_fast_patterns_find_what_their_originals_find(text: str) -> None:
    for name, rx in FAST.items():
        for subject in (text, text.lower(), text.upper()):
            assert _found(rx, subject) == _found(original_of(rx), subject), name


_PIECES = (
    *_TABLE,
    "tel",
    "Tel.",
    "\u0442\u0435\u043b",
    "\u7535\u8bdd",
    "licence",
    "DL",
    "192.168.1.1",
    "::",
    "https://",
    "@",
    ".",
    ":",
    "-",
    "--",
    " ",
    "\n",
    "\t",
    "'",
    '"',
    "x",
    "A.",
    "\u212a",
    "\u017f",
    "\u0130",
    "\u0131",
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14).map("".join))
def test_fast_patterns_on_generated_texts(text: str) -> None:
    for name, rx in FAST.items():
        assert _found(rx, text) == _found(original_of(rx), text), name


@pytest.mark.slow
@pytest.mark.parametrize("corpus", ["holdout", "holdout10", "holdout14"])
def test_fast_patterns_on_development_corpora(corpus: str) -> None:
    path = Path(__file__).parent / "data" / corpus / "corpus.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(texts) > 100
    for name, rx in FAST.items():
        fast = [m.span() for text in texts for m in rx.finditer(text)]
        slow = [m.span() for text in texts for m in original_of(rx).finditer(text)]
        assert fast == slow, name
