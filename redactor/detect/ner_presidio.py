"""The Presidio wrapper the NER adapter used before `ner_direct` (``REDACTOR_DISABLE_SPEEDUPS=direct``).

Kept so the direct path can be checked against it (`tests/test_ner_direct.py`) and switched off.
Importing ``presidio_analyzer`` costs ~0.6-0.7 s (its predefined recognizers and ``tldextract``).
"""

from __future__ import annotations

from typing import Any

from redactor.errors import ModelError

__all__ = ["force_offline_tldextract", "presidio_analyzer_for"]


def force_offline_tldextract() -> None:
    """Make tldextract (used by Presidio's e-mail recognizer) read only its bundled snapshot."""
    import tldextract.tldextract as tld

    if getattr(tld.TLD_EXTRACTOR, "suffix_list_urls", None) or getattr(tld.TLD_EXTRACTOR, "cache_dir", None):
        tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def presidio_analyzer_for(
    model: str, nlp: Any, score: float, mapping: dict[str, str], ignored: list[str]
) -> tuple[Any, Any]:
    """A `SpacyNlpEngine` around the pre-loaded ``nlp`` and an `AnalyzerEngine` holding one
    `SpacyRecognizer` for PERSON and LOCATION."""
    force_offline_tldextract()
    try:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers import SpacyRecognizer
    except ImportError as e:  # pragma: no cover - dependency missing
        raise ModelError(f"NER dependencies are not installed ({e.name}); install redactor's requirements") from None
    config = NerModelConfiguration(
        model_to_presidio_entity_mapping=mapping,
        labels_to_ignore=ignored,
        low_score_entity_names=[],
        default_score=score,
    )
    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model}], ner_model_configuration=config)
    # Pre-loaded, trimmed pipeline: Presidio must not load its own (its stub types `nlp` as None).
    engine.nlp = {"en": nlp}  # type: ignore[assignment]
    registry = RecognizerRegistry(
        recognizers=[SpacyRecognizer(supported_entities=["PERSON", "LOCATION"], ner_strength=score)],
        supported_languages=["en"],
    )
    return engine, AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])
