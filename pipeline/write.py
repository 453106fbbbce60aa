"""Stage 7, write: the annotated spaCy Doc as a `schema.Document`, and atomic JSON files."""

from __future__ import annotations

import bisect
import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import __version__, schema


def _span(text: str, start: int, end: int) -> dict:
    return {"start": start, "end": end, "text": text[start:end]}


def stage_infos(nlp: Language) -> list[schema.StageInfo]:
    from . import claims, clean, dates, entities, segment, syntax

    models = {
        "razmetka_clean": clean.MODEL, "razmetka_segment": segment.MODEL, "razmetka_syntax": syntax.MODEL,
        "razmetka_entities": entities.MODEL, "razmetka_dates": dates.MODEL, "razmetka_claims": claims.MODEL,
        "razmetka_write": f"pydantic schema {schema.SCHEMA_VERSION}",
    }
    infos = [schema.StageInfo(name="tokenize", component="razmetka.RazdelTokenizer.v1", model=segment.MODEL)]
    for name in nlp.pipe_names:
        factory = nlp.get_pipe_meta(name).factory
        infos.append(schema.StageInfo(name=name.removeprefix("razmetka_"), component=factory,
                                      model=models.get(factory)))
    return infos


def _trusted(model: type[schema.Record], values: dict[str, Any]) -> Any:
    """`model.model_construct(**values)` for values that name every field, in field order, without
    its per-field loop (a tenth of the write stage's time went there)."""
    record = model.__new__(model)
    object.__setattr__(record, "__dict__", values)
    object.__setattr__(record, "__pydantic_fields_set__", set(values))
    object.__setattr__(record, "__pydantic_extra__", None)
    object.__setattr__(record, "__pydantic_private__", None)
    return record


def to_document(doc: Doc, pipeline: schema.PipelineInfo) -> schema.Document:
    text = doc.text
    meta = dict(doc._.meta or {})
    blocks = doc._.blocks or []
    block_starts = [b.start for b in blocks]
    block_records = [
        schema.Block(id=f"b{n}", kind=b.kind, furniture=b.furniture, **_span(text, b.start, b.end))
        for n, b in enumerate(blocks, 1)
    ]

    # JSON tokens leave out spaCy's whitespace tokens; map spaCy indices to JSON indices.
    # Token attributes are read as arrays: a spaCy Token object per token, and its `morph`
    # above all, cost more than the rest of the stage.
    is_space, idx, length, pos_ids, morph_ids, lemma_ids = (
        doc.to_array(["IS_SPACE", "IDX", "LENGTH", "POS", "MORPH", "LEMMA"]).T.tolist() if len(doc) else [[]] * 6)
    json_index: dict[int, int] = {}
    sentences: list[schema.Sentence] = []
    words: list[int] = []  # spaCy indices of the JSON tokens, with their sentence ids
    word_sentence: list[str] = []
    for sent in doc.sents:
        sent_words = [i for i in range(sent.start, sent.end) if not is_space[i]]
        if not sent_words:
            continue
        sid = f"s{len(sentences) + 1}"
        first = len(words)
        for i in sent_words:
            json_index[i] = len(words)
            words.append(i)
            word_sentence.append(sid)
        start, end = idx[sent_words[0]], idx[sent_words[-1]] + length[sent_words[-1]]
        block_pos = bisect.bisect_right(block_starts, start) - 1
        sentences.append(schema.Sentence(
            id=sid, block_id=f"b{block_pos + 1}" if block_pos >= 0 else "b0",
            tokens=(first, len(words)), **_span(text, start, end)))
    heads, rels = doc._.heads or [None] * len(doc), doc._.rels or [None] * len(doc)
    # one spaCy lookup per distinct value, not per token
    feats_of: dict[int, dict[str, str]] = {}
    pos_of: dict[int, str | None] = {}
    strings = doc.vocab.strings
    tokens: list[schema.Token] = []
    for n, (i, sid) in enumerate(zip(words, word_sentence, strict=True)):
        feats = feats_of.get(morph_ids[i])
        if feats is None:
            feats = feats_of[morph_ids[i]] = doc[i].morph.to_dict()
        pos = pos_of.get(pos_ids[i], "")
        if pos == "":
            pos = pos_of[pos_ids[i]] = doc[i].pos_ or None
        head = heads[i]
        start = idx[i]
        end = start + length[i]
        # tokens are most of a document: built without validation (the test suite validates outputs)
        tokens.append(_trusted(schema.Token, {
            "start": start, "end": end, "text": text[start:end], "i": n, "sentence_id": sid,
            "pos": pos, "feats": dict(feats), "lemma": strings[lemma_ids[i]] or None,
            "head": json_index.get(head) if head is not None else None, "rel": rels[i]}))

    sentence_starts = [s.start for s in sentences]

    def sentence_of(start: int) -> str | None:
        pos = bisect.bisect_right(sentence_starts, start) - 1
        return sentences[pos].id if pos >= 0 else None

    mention_ids: dict[tuple[int, int, str], str] = {}
    mentions: list[schema.Mention] = []
    entity_records: list[schema.Entity] = []
    for entity in doc._.entities or []:
        ids = []
        for span in entity.mentions:
            mid = f"m{len(mentions) + 1}"
            mention_ids[(span.start_char, span.end_char, span.label_)] = mid
            ids.append(mid)
            mentions.append(schema.Mention(
                id=mid, entity_id=entity.id, type=span.label_, normal=span._.normal or span.text,
                source=span._.source or "unknown", sentence_id=sentence_of(span.start_char),
                **_span(text, span.start_char, span.end_char)))
        entity_records.append(schema.Entity(
            id=entity.id, type=entity.type, name=entity.name, mentions=ids, count=len(ids),
            iso_code=entity.iso_code,
            name_parts=schema.NameParts(**entity.name_parts) if entity.name_parts else None,
            links=entity.links, amount=entity.amount, unit=entity.unit, mod=entity.mod))
    mentions.sort(key=lambda m: (m.start, m.end))

    timexes = doc._.timexes or []
    date_ids = [f"t{n}" for n in range(1, len(timexes) + 1)]
    dates = [
        schema.TimeExpression(
            id=date_ids[n], type=t.type, value=t.value, granularity=t.granularity, mod=t.mod,
            anchor=t.anchor, resolution=t.resolution, offset=t.offset, reason=t.reason,
            part_of=date_ids[t.part_of] if t.part_of is not None else None,
            sentence_id=sentence_of(t.start), **_span(text, t.start, t.end))
        for n, t in enumerate(timexes)
    ]

    claims = []
    for n, c in enumerate(doc._.claims or [], 1):
        speaker = schema.Speaker(kind=c.speaker_kind, entity_id=c.speaker_entity, cue=c.cue)
        if c.speaker_span:
            speaker.start, speaker.end = c.speaker_span
            speaker.text = text[c.speaker_span[0]:c.speaker_span[1]]
        claims.append(schema.Claim(
            id=f"c{n}", sentence_id=sentence_of(c.start) or "s0", type=c.type, types=c.types,
            speaker=speaker, polarity=c.polarity, hedges=c.hedges, certainty=c.certainty,
            check_worthiness=c.score, features=c.features,
            subject=schema.Span(**_span(text, *c.subject)) if c.subject else None,
            predicate=schema.Span(**_span(text, *c.predicate)) if c.predicate else None,
            object=schema.Span(**_span(text, *c.object)) if c.object else None,
            entity_ids=c.entity_ids, date_ids=[date_ids[k] for k in c.date_indices],
            **_span(text, c.start, c.end)))

    title_span = doc._.title_span
    title = meta.get("title") or (text[title_span[0]:title_span[1]] if title_span else None)
    source = schema.Source(
        path=meta.get("path"), format=meta.get("format", "text"), line=meta.get("line"),
        url=meta.get("url"), sha256=meta.get("sha256") or hashlib.sha256(text.encode()).hexdigest(),
        encoding=meta.get("encoding"), title=title, date=meta.get("date"), language=meta.get("language"))
    furniture_chars = sum(f.end - f.start for f in doc._.furniture or ())
    return schema.Document(
        id=meta.get("id") or source.sha256[:16], source=source, title=title, date=meta.get("date"),
        text=text,
        normalization=[schema.Edit(start=e.start, original=e.original, replacement=e.replacement)
                       for e in doc._.edits or ()],
        pipeline=pipeline, blocks=block_records, sentences=sentences, tokens=tokens,
        mentions=mentions, entities=entity_records, dates=dates, claims=claims,
        stats=schema.Stats(
            characters=len(text), blocks=len(block_records), furniture_characters=furniture_chars,
            sentences=len(sentences), tokens=len(tokens), mentions=len(mentions),
            entities=len(entity_records), dates=len([d for d in dates if d.part_of is None]),
            claims=len(claims)),
    )


class Writer:
    """Builds the `schema.Document` of each Doc (`doc._.document`); files are written by the runner."""

    def __init__(self, nlp: Language, name: str = "razmetka_write"):
        self.name = name
        self.nlp = nlp
        self._info: schema.PipelineInfo | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self._info is None:
            self._info = schema.PipelineInfo(version=__version__, stages=stage_infos(self.nlp))
        doc._.document = to_document(doc, self._info)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


if not Doc.has_extension("document"):
    Doc.set_extension("document", default=None)


@Language.factory("razmetka_write")
def make_writer(nlp: Language, name: str) -> Writer:
    return Writer(nlp, name)


def write_atomic(path: Path, data: str) -> None:
    """Write `data` to `path` so that a reader (or a killed run) never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def document_json(document: schema.Document) -> str:
    return document.model_dump_json(indent=1) + "\n"
