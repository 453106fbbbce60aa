"""Stage 4, entities: slovnet PER/LOC/ORG mentions, their normal forms, grouped into entities.

The NER model reads the text with page furniture blanked out (same length, so its offsets need no
mapping), several documents per call. Mentions of one thing become one entity by their normal form;
for people, a bare surname joins the full name it shortens.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from natasha.doc import DocToken
from natasha.norm import normalize, syntax_normalize
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from . import models
from .clean import mask_furniture

MODEL = models.NER_MODEL
SOURCE_NER = f"model:{models.NER_MODEL}"


@dataclass
class EntityRecord:
    id: str
    type: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    iso_code: str | None = None
    name_parts: dict | None = None
    links: list[str] = field(default_factory=list)
    amount: float | None = None
    unit: str | None = None


def _natasha_tokens(span: Span) -> list[DocToken]:
    doc = span.doc
    heads, rels = doc._.heads or [], doc._.rels or []
    tokens = []
    for token in span:
        if token.is_space:
            continue
        head = heads[token.i] if token.i < len(heads) else None
        tokens.append(DocToken(
            start=token.idx, stop=token.idx + len(token.text), text=token.text,
            id=str(token.i), head_id=str(head) if head is not None else "root",
            rel=rels[token.i] if token.i < len(rels) else None,
            pos=token.pos_ or None, feats=token.morph.to_dict(),
        ))
    return tokens


def normal_form(span: Span, label: str) -> str:
    """Nominative form of a mention, by natasha's inflection rules (syntax-aware for ORG)."""
    tokens = _natasha_tokens(span)
    if not tokens or any(t.pos is None for t in tokens):
        return span.text
    method = syntax_normalize if label == "ORG" else normalize
    try:
        return method(models.morph_vocab(), tokens)
    except (KeyError, ValueError, AttributeError):
        return span.text


def group_key(normal: str) -> str:
    return " ".join(normal.lower().replace("ё", "е").split())


def group_mentions(mentions: list[Span]) -> list[EntityRecord]:
    """One entity per (type, normal form); a one-word PER joins the full name ending in it."""
    groups: dict[tuple[str, str], list[Span]] = {}
    for span in mentions:
        groups.setdefault((span.label_, group_key(span._.normal)), []).append(span)

    full_names: dict[str, tuple[str, str]] = {}
    for label, key in groups:
        parts = key.split()
        if label == "PER" and len(parts) > 1:
            full_names.setdefault(parts[-1], (label, key))
    for label, key in list(groups):
        if label == "PER" and len(key.split()) == 1 and key in full_names:
            groups[full_names[key]].extend(groups.pop((label, key)))

    ordered = sorted(groups.values(), key=lambda spans: min(s.start_char for s in spans))
    entities = []
    for number, spans in enumerate(ordered, 1):
        spans.sort(key=lambda s: s.start_char)
        names = Counter(s._.normal for s in spans)
        name = max(names, key=lambda n: (len(n.split()), names[n], -len(n)))
        entity = EntityRecord(f"E{number}", spans[0].label_, name, spans)
        for span in spans:
            span._.entity_id = entity.id
        entities.append(entity)
    return entities


class EntityRecognizer:
    def __init__(self, nlp: Language, name: str = "razmetka_entities", batch_size: int = 16):
        self.name = name
        self.batch_size = batch_size
        self.tagger = models.ner_tagger()

    def __call__(self, doc: Doc) -> Doc:
        self._process([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size or self.batch_size):
            self._process(batch)
            yield from batch

    def _process(self, docs: list[Doc]) -> None:
        texts = [mask_furniture(doc) for doc in docs]
        nonempty = [k for k, text in enumerate(texts) if text.strip()]
        markups = dict(zip(nonempty, self.tagger.map([texts[k] for k in nonempty]), strict=True))
        for k, doc in enumerate(docs):
            mentions = []
            for found in markups[k].spans if k in markups else ():
                span = doc.char_span(found.start, found.stop, label=found.type, alignment_mode="expand")
                if span is None or not span.text.strip():
                    continue
                span._.normal = normal_form(span, found.type)
                span._.source = SOURCE_NER
                mentions.append(span)
            doc.spans["mentions"] = mentions
            doc._.entities = group_mentions(mentions)


for _name in ("normal", "entity_id", "source"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)


@Language.factory("razmetka_entities", default_config={"batch_size": 16})
def make_entity_recognizer(nlp: Language, name: str, batch_size: int) -> EntityRecognizer:
    return EntityRecognizer(nlp, name, batch_size)
