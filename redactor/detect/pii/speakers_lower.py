"""Names people write in lower case in conversations (``ask priya``, ``i'm olumide adeyemi``,
``standup: nadia fixed ...``, ``add priya and jonas lindgren to the on-call rota``, ``pieter van der
merwe, pvdmerwe@x.net``): the cues, rules and word checks of `speakers.ConversationPersonDetector`
for them, split from `speakers.py` (session 15, no behaviour change). A lower-case name is
accepted only when no word of it is English (`lexicon.is_english`) or technical jargon.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.first_chars import with_first_chars
from redactor.detect.pii._base import LINE_START, Finding
from redactor.detect.pii._vocab import NAME_PARTICLES, NOT_NAME_WORDS, SYSTEM_USERS, TECH_NAMES, words
from redactor.detect.pii.lexicon import is_english

_INTRO = r"\b(?:my name is|my name's|i'm|i am|this is|call me|it's me,?)"
_LOWER_CUES = (
    r"\b(?:ask|tell|ping|cc|dm|message|remind|thanks|thank|hi|hey|hello|dear|talked to|talk to|spoke to"
    r"|spoke with|speak to|check with|sync with|email|emailed|told|asked|via|per)"
)
_LOWER_ACTS = (
    r"[ \t]+(?:fixed|pushed|merged|approved|reviewed|asked|wants|thinks|joined|left|owns|needs|told"
    r"|replied|confirmed|agreed|mentioned|suggested|promised|volunteered|is (?:still|out|off|back|away|sick"
    r"|working|looking|handling|taking|on (?:it|leave|vacation|holiday|call))|was (?:out|sick|away|off)"
    r"|will (?:send|check|look|handle|take|review|fix|join|share)|out sick|from (?:finance|hr|legal|sales"
    r"|support|marketing|ops|security|it|engineering|product|design|accounting|payroll|the [a-z]+ team))"
)

# Lower-case names: a cue, then one to three words none of which is English.
_LOWER_TOKEN = r"[^\W\d_A-Z][^\W\d_]{2,}"
_LOWER_NAME = r"(?P<lname>" + _LOWER_TOKEN + r"(?:[ \t]+" + _LOWER_TOKEN + r"){0,2})"
_LOWER_RULES: tuple[re.Pattern[str], ...] = (
    with_first_chars(re.compile(r"(?i:" + _INTRO + r")[ \t]+" + _LOWER_NAME)),
    with_first_chars(
        re.compile(
            r"(?i:"
            + _LOWER_CUES
            + r")[ \t]+"
            + _LOWER_NAME
            + r"(?=[ \t]*(?:[,.!?;:)]|$|\n|[ \t](?:if|about|to|that|whether|and|from|on|for|is|was|says|said)\b))"
        )
    ),
    re.compile(r"(?m)(?:" + LINE_START + r"[ \t]*|(?<=[.!?;:,(])[ \t]+)" + _LOWER_NAME + r"(?=" + _LOWER_ACTS + r"\b)"),
)
_LOWER_LITERALS: tuple[tuple[str, ...], ...] = (
    ("name", "i'm", "i am", "this is", "call me", "it's me"),
    (
        "ask",
        "tell",
        "ping",
        "cc ",
        "dm ",
        "message",
        "remind",
        "thank",
        "hi ",
        "hey",
        "hello",
        "dear",
        "talk",
        "spoke",
        "speak",
        "check with",
        "sync with",
        "email",
        "told",
        "via ",
        "per ",
    ),
    (),
)
"""Literals of `_LOWER_RULES`, in order: one must occur for the rule to run (empty: always)."""
_JARGON = words("""
    repo repos config configs env envs readme todo todos standup lgtm wip refactor async await oauth
    devops localhost frontend backend webhook webhooks dockerfile kubectl nginx jira pytest npm yaml json
    api apis sdk cli ui ux db dbs sql ssh ssl tls http https url urls uri dns cdn vpn cpu gpu ram ci cd
    qa prod dev staging infra ops sre pr prs mr regex stdout stderr stdin sudo chmod grep sed awk cron
    crontab systemd daemon login logout signup signin auth authn authz admin admins sysadmin bro dude
    mate guys folks buddy pal fam lol omg ty np pls thx idk imo tbh rn ok okay yeah yep nope hmm uh um
    gonna wanna gotta kinda sorta hackathon onboarding offboarding runbook postmortem hotfix changelog
    monorepo microservice microservices serverless kubernetes terraform ansible jenkins github gitlab
    openssl curl wget ssh scp rsync tar gzip make cmake gcc clang rustc cargo node deno python pip yarn
    pnpm brew apt yum dnf git gh glab az gcloud aws helm docker podman vault consul jq yq vim emacs tmux
    zsh bash fish powershell pwsh psql mysql redis mongosh sqlite sqlcmd dotnet mvn gradle javac
    """)


_ROSTER_VERBS = r"\b(?:add|invite|take|remove|swap|put|move|assign|drop)"
_ROSTER_NAMES = re.compile(
    r"(?i:"
    + _ROSTER_VERBS
    + r")[ \t]+(?P<names>"
    + _LOWER_NAME.replace("(?P<lname>", "(?:")
    + r"(?:[ \t]*(?:,|and|&)[ \t]*"
    + _LOWER_NAME.replace("(?P<lname>", "(?:")
    + r"){0,4})"
    r"[ \t]+(?:to|off|from|on|onto|into)\b(?=(?P<rest>[^\n.;!?]{0,60}))"
)
"""``add priya and jonas lindgren to the on-call rota``: lower-case names moved on or off a
roster; the sentence must name the roster (`_ROSTER_WORDS`)."""
_ROSTER_WORDS = with_first_chars(
    re.compile(
        r"(?i)\b(?:rota|roster|on-?call|shift|shifts|standup|schedule|leave|pager|pagerduty|channel|thread"
        r"|meeting|invite|reviewers|team|group chat|distro|mailing list|squad)\b"
    )
)
_ROSTER_SPLIT = re.compile(r"[ \t]*(?:,|\band\b|&)[ \t]*")


_LOWER_BEFORE_MAIL = re.compile(
    r"(?m)(?:" + LINE_START + r"[ \t]*|:[ \t]+)(?P<lname>" + _LOWER_TOKEN + r"(?:[ \t]+" + _LOWER_TOKEN + r"){1,4})"
    r"[ \t]*[,;(<][ \t]*(?:mailto:)?[\w.+'-]+@[\w-]+(?:\.[\w-]+)+"
)
"""A lower-case full name typed before its e-mail, as a chat reply (``Visitor: pieter van der merwe,
pvdmerwe@x.net``): two or more non-English words, particles allowed inside."""


def _lower_full_name(candidate: str) -> bool:
    """Every word is a particle (not first or last) or a non-English, non-jargon word; two or more names."""
    toks = candidate.split()
    names = 0
    for i, w in enumerate(toks):
        if w in NAME_PARTICLES and 0 < i < len(toks) - 1:
            continue
        if _lower_name(w) is None:
            return False
        names += 1
    return names >= 2


def _roster_names(text: str, m: re.Match[str]) -> Iterator[Finding]:
    """Each lower-case name of a roster match, when the sentence names the roster."""
    rest = m.group("rest")
    line_end = text.find("\n", m.end())
    tail = text[m.end() : len(text) if line_end < 0 else line_end][:80]
    if not _ROSTER_WORDS.search(rest) and not _ROSTER_WORDS.search(tail):
        return
    pos = m.start("names")
    for part in _ROSTER_SPLIT.split(m.group("names")):
        a = text.index(part, pos)
        pos = a + len(part)
        r = _lower_name(part)
        if r is not None and r[1] == len(part):
            yield ("PERSON", a, a + len(part), 0.7)


_SHARED_CUES = frozenset(("via", "per"))
"""Cues of `_LOWER_CUES` that are words of other languages too (Swedish, Italian, Dutch, Latin):
after them, a lower-case word of a foreign clause is that language's, not a name."""


def _shared_cue(before: str) -> bool:
    """Whether the cue text before a lower-case name ends in one of `_SHARED_CUES`."""
    words_before = before.split()
    return bool(words_before) and words_before[-1].lower() in _SHARED_CUES


def _lower_name(candidate: str) -> tuple[int, int] | None:
    """The leading run of non-English, non-jargon words of `candidate` (offsets), or None."""
    end = 0
    for m in re.finditer(r"\S+", candidate):
        w = m.group()
        low = w.lower()
        if (
            w != low
            or is_english(low)
            or low in _JARGON
            or low in TECH_NAMES
            or low in NOT_NAME_WORDS
            or low in SYSTEM_USERS
            or not w.isalpha()
        ):
            break
        end = m.end()
    return (0, end) if end else None
