"""Personal data in runs of ``key=value`` pairs: URL-encoded form bodies, query strings, log lines.

An HTTP form body or a query string carries a record as ``first_name=Ana&last_name=Quispe+Mamani
&email=ana.q%40example.com&dob=1990-02-03``; a payment callback logs one as
``FirstName=Wanjiru LastName=Kamau``. The values are percent-encoded (``%40`` for ``@``, ``+`` or
``%20`` for a space), so no detector that reads the plain value sees a name, an e-mail or a phone.

This detector finds runs of pairs joined by ``&`` (or, for single-word values, by spaces), decodes
each value (keeping a map back to the encoded text) and asks the field registry of
`structured_fields` what the key names and whether the decoded value passes that kind's check; the
finding covers the encoded value. Keys the registry does not know by themselves may name their
field by their last part (``solicitante_nombre``, ``billing_first_name``); such a key, and a bare
``name``, only counts when another pair of the run is personal. A value that decodes to an e-mail
address is one whatever its key (``?email=lukas%40example.de``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii.contact import emails
from redactor.detect.pii.structured_fields import CHECKS, KEYS, _key_spec, norm_key

__all__ = ["FormPairDetector", "decode"]

_KEY = r"[A-Za-z_][\w.\[\]-]{0,40}"
_AMP_RUN = re.compile(
    r"(?:(?<=[?\s\"'(])|^)(?:" + _KEY + r"=[^&\s\"'<>#=]*&){1,40}" + _KEY + r"=[^&\s\"'<>#=]*"
    r"|(?<=\?)" + _KEY + r"=[^&\s\"'<>#=]*%40[^&\s\"'<>#=]*",
    re.MULTILINE,
)
"""Two or more pairs joined by ``&`` (a form body, a query string), or one pair after ``?`` whose
value holds an encoded ``@``."""
_SPACE_RUN = re.compile(
    r"(?:(?<=\s)|^)(?:" + _KEY + r"=[^\s\"'<>&=,;]+[ \t]+){1,40}" + _KEY + r"=[^\s\"'<>&=,;]+", re.MULTILINE
)
"""Two or more ``key=value`` pairs with one-word values, separated by spaces (a log line)."""
_PAIR = re.compile(r"(?P<key>" + _KEY + r")=(?P<val>[^&\s]*)")
_WORD = r"[^\W\d_][\w.'\u2019-]*"
_SPACED = re.compile(
    r"(?:(?<=[&?\s])|^)(?P<key>" + _KEY + r")=(?P<val>" + _WORD + r"(?:[ \t]" + _WORD + r"){1,3})"
    r"(?=&|[ \t]+" + _KEY + r"=|[ \t]*$)",
    re.MULTILINE,
)
"""A value of two to four words written with literal spaces (a log line or a query string copied
unencoded: ``applicant=Cornelius Abernathy ssn=...``, ``&full_name=Oyelaran Bamidele&``), ended by
``&``, another ``key=`` or the line's end."""
_HEX = "0123456789abcdefABCDEF"
_NAME_KINDS = frozenset({"name1", "name2", "name_cooc", "name_cooc1"})
_OPEN_KINDS = frozenset({"name_cooc", "name_cooc1", "phone_to"})
"""Kinds that only count in a run with another personal pair (a bare ``name``, ``to``)."""


def decode(value: str) -> tuple[str, list[int]]:
    """`value` with ``%XX`` escapes (UTF-8) and ``+`` decoded, and where each decoded character starts.

    Args:
        value: an encoded form value.

    Returns:
        The decoded text and, for each of its characters plus one past the end, the index in
        `value` where it starts. An escape that is not valid UTF-8 is kept as written.
    """
    out: list[str] = []
    where: list[int] = []
    i, n = 0, len(value)
    while i < n:
        c = value[i]
        if c == "%" and i + 2 < n and value[i + 1] in _HEX and value[i + 2] in _HEX:
            j = i
            raw = bytearray()
            while j + 2 < n and value[j] == "%" and value[j + 1] in _HEX and value[j + 2] in _HEX:
                raw.append(int(value[j + 1 : j + 3], 16))
                j += 3
            try:
                chars = raw.decode("utf-8")
            except UnicodeDecodeError:
                out.append(c)
                where.append(i)
                i += 1
                continue
            k = i
            for ch in chars:
                out.append(ch)
                where.append(k)
                k += 3 * len(ch.encode("utf-8"))
            i = j
            continue
        out.append(" " if c == "+" else c)
        where.append(i)
        i += 1
    where.append(n)
    return "".join(out), where


def _spec(key: str) -> tuple[tuple[str, str] | None, bool]:
    """The registry's ``(entity, kind)`` for `key` and whether it was found by its last part."""
    spec = _key_spec(key)
    if spec is not None:
        return spec, False
    parts = norm_key(key).split("_")
    for i in range(1, len(parts)):
        tail = KEYS.get("_".join(parts[i:]))
        if tail is not None and tail[1] in _NAME_KINDS:
            return tail, True
    return None, False


class FormPairDetector(ViewDetector):
    """Personal values of URL-encoded form bodies, query strings and ``k=v k=v`` lines (``pii.form_pair``)."""

    name = "pii.form_pair"
    entities: tuple[str, ...] = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "ADDRESS", "DATE_OF_BIRTH", "US_SSN")
    prefilter = ("=",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if "&" in text or "%40" in text:
            for run in _AMP_RUN.finditer(text):
                yield from self._run(text, run.start(), run.end(), encoded=True)
        for run in _SPACE_RUN.finditer(text):
            yield from self._run(text, run.start(), run.end(), encoded=False)
        if " " in text:
            yield from self._spaced(text)

    def _spaced(self, text: str) -> Iterator[Finding]:
        """Names written with literal spaces under a person key (`_SPACED`); a key that names a
        person only beside other personal data (a bare ``name``) needs another known pair on its line."""
        for m in _SPACED.finditer(text):
            spec, by_tail = _spec(m.group("key"))
            if spec is None or by_tail or spec[1] not in _NAME_KINDS:
                continue
            if spec[1] in _OPEN_KINDS:
                a = text.rfind("\n", 0, m.start()) + 1
                b = text.find("\n", m.end())
                line = text[a : len(text) if b < 0 else b]
                others = [p for p in _PAIR.finditer(line) if p.start() != m.start() - a]
                if not any(_spec(p.group("key"))[0] is not None for p in others):
                    continue
            value = m.group("val")
            r = CHECKS[spec[1]](value)
            if r is not None and r[1] - r[0] > len(value.split()[0]):
                yield ("PERSON", m.start("val") + r[0], m.start("val") + r[1], 0.85)

    def _run(self, text: str, start: int, end: int, *, encoded: bool) -> Iterator[Finding]:
        pairs = []
        for m in _PAIR.finditer(text, start, end):
            value, where = decode(m.group("val")) if encoded else (m.group("val"), [])
            spec, by_tail = _spec(m.group("key"))
            pairs.append((m, value, where, spec, by_tail))
        personal = sum(1 for _, _, _, spec, tail in pairs if spec is not None and not tail) >= 1
        personal = personal and sum(1 for p in pairs if p[3] is not None) >= 2
        for m, value, where, spec, by_tail in pairs:
            vstart = m.start("val")
            if encoded and "@" in value:
                mail = next(emails(value), None)
                if mail is not None and mail.start() == 0 and mail.end() == len(value.rstrip()):
                    yield ("EMAIL_ADDRESS", vstart + where[0], vstart + where[mail.end()], 0.85)
                    continue
            if spec is None or ((by_tail or spec[1] in _OPEN_KINDS) and not personal):
                continue
            entity, kind = spec
            stripped = value.strip()
            if not stripped:
                continue
            r = CHECKS[kind](stripped)
            if r is None:
                continue
            lead = value.index(stripped[0])
            a, b = lead + r[0], lead + r[1]
            if encoded:
                a, b = where[a], where[b]
            yield (entity, vstart + a, vstart + b, 0.85)
