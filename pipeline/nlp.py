"""The spaCy pipeline: `spacy.blank("ru")`, razdel tokenizer, one registered component per stage."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Importing the stage modules registers their factories.
from . import claims, clean, dates, entities, segment, syntax, write  # noqa: F401
from .schema import Document

STAGES = (
    "razmetka_clean", "razmetka_segment", "razmetka_syntax", "razmetka_entities",
    "razmetka_dates", "razmetka_claims", "razmetka_write",
)


def build_nlp(stages: Iterable[str] = STAGES) -> Language:
    nlp = spacy.blank("ru", config={"nlp": {"tokenizer": {"@tokenizers": "razmetka.RazdelTokenizer.v1"}}})
    for name in stages:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def default_nlp() -> Language:
    return build_nlp()


def make_doc(nlp: Language, text: str, meta: dict[str, Any]) -> Doc:
    meta = dict(meta)
    meta.setdefault("sha256", hashlib.sha256(text.encode("utf-8")).hexdigest())
    doc = nlp.make_doc(text)
    doc._.meta = meta
    return doc


def annotate_many(items: Iterable[tuple[str, dict[str, Any]]], nlp: Language | None = None,
                  batch_size: int = 16) -> Iterator[Document]:
    """Annotate (text, meta) pairs in batches; yields Documents in input order."""
    nlp = nlp or default_nlp()

    docs = (make_doc(nlp, text, meta) for text, meta in items)
    for doc in nlp.pipe(docs, batch_size=batch_size):
        document = doc._.document
        # Spans and extension values point back at their Doc: left as they are, every Doc (and
        # the Document it holds) waits for a full cyclic collection, which then costs a sixth of
        # the run. Nothing reads the Doc after this, so its cycles are cut here.
        doc.spans.clear()
        doc.user_data.clear()
        yield document


def annotate(text: str, **meta: Any) -> Document:
    return next(annotate_many([(text, meta)]))
