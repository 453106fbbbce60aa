"""The JSON contract: one pydantic model per record, the JSON Schema generated from them.

Everything a stage writes and every consumer reads is declared here and nowhere else.
Offsets are Python string indices into `Document.text`: `text[start:end] == span.text`.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0.0"

BlockKind = Literal["title", "heading", "paragraph", "furniture"]
FurnitureKind = Literal["navigation", "channel", "teaser", "toc", "boilerplate"]
EntityType = Literal["PER", "LOC", "ORG", "NORP", "MONEY", "PERCENT", "QUANTITY"]
TimexType = Literal["DATE", "DURATION", "SET", "RANGE"]
ClaimType = Literal["event", "quantitative", "causal", "evaluative", "predictive", "normative"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Record):
    start: int = Field(ge=0, description="Index of the first character in `Document.text`.")
    end: int = Field(ge=0, description="Index one past the last character in `Document.text`.")
    text: str = Field(description="`Document.text[start:end]`, always.")


class Source(Record):
    path: str | None = Field(None, description="Input file (absolute or as given), `-` for stdin.")
    format: Literal["txt", "html", "jsonl", "text"] = "text"
    line: int | None = Field(None, description="1-based line of a JSONL input.")
    url: str | None = None
    sha256: str = Field(description="SHA-256 of the article text as read (before normalization).")
    encoding: str | None = Field(None, description="Encoding the input was decoded from.")
    title: str | None = None
    date: str | None = Field(None, description="Publication date from metadata (ISO 8601), if known.")
    language: str | None = Field(None, description="Language guess for the text (ISO 639-1).")


class StageInfo(Record):
    name: str
    component: str = Field(description="Registered spaCy factory name.")
    model: str | None = Field(None, description="Model or rule set the stage runs.")


class PipelineInfo(Record):
    name: str = "razmetka"
    version: str
    stages: list[StageInfo]


class Edit(Record):
    """One change normalization made; `original` stood at `start` of the normalized text."""

    start: int
    original: str
    replacement: str


class Block(Span):
    id: str
    kind: BlockKind
    furniture: FurnitureKind | None = Field(None, description="Why a block is page furniture.")


class Sentence(Span):
    id: str
    block_id: str
    tokens: tuple[int, int] = Field(description="Token index range [first, last+1) into `tokens`.")


class Token(Span):
    i: int = Field(description="Index in `Document.tokens`.")
    sentence_id: str
    pos: str | None = Field(None, description="Universal POS tag.")
    feats: dict[str, str] = Field(default_factory=dict, description="Universal morphological features.")
    lemma: str | None = None
    head: int | None = Field(None, description="Index of the syntactic head in `tokens`; None for the root.")
    rel: str | None = Field(None, description="Universal dependency relation to the head.")


class NameParts(Record):
    first: str | None = None
    last: str | None = None
    middle: str | None = None


class Mention(Span):
    id: str
    entity_id: str
    type: EntityType
    normal: str = Field(description="Normal (nominative) form of the mention.")
    source: str = Field(description="The model or rule that produced the mention.")
    sentence_id: str | None = None


class Entity(Record):
    id: str
    type: EntityType
    name: str = Field(description="Canonical name: the most frequent / longest normal form.")
    mentions: list[str] = Field(description="Ids of the mentions of this entity.")
    count: int
    iso_code: str | None = Field(None, description="ISO 3166-1 alpha-2 code for countries.")
    name_parts: NameParts | None = None
    links: list[str] = Field(default_factory=list, description="Ids of entities this one refers to "
                                                              "(a NORP mention's country).")
    amount: float | None = Field(None, description="Numeric value for MONEY, PERCENT and QUANTITY.")
    unit: str | None = Field(None, description="Currency (ISO 4217) or unit for MONEY and QUANTITY.")
    mod: str | None = Field(None, description="MORE_THAN, LESS_THAN or APPROX for amounts (`свыше`, `около`).")


class TimeExpression(Span):
    id: str
    type: TimexType
    value: str | None = Field(description="ISO 8601 / TIMEX3 value; null when unresolvable (see `reason`).")
    granularity: str | None = None
    mod: str | None = Field(None, description="START, MID, END, APPROX, BEFORE, AFTER, ...")
    anchor: str | None = Field(None, description="Value a relative expression was resolved against.")
    resolution: str = Field(description="How the value was found.")
    offset: str | None = Field(None, description="Offset from the anchor for relative expressions.")
    reason: str | None = Field(None, description="Why `value` is null.")
    part_of: str | None = Field(None, description="Id of the larger expression this one is nested in.")
    sentence_id: str | None = None


class Speaker(Record):
    kind: Literal["author", "source"]
    entity_id: str | None = Field(None, description="Entity of the named source, when it is one.")
    text: str | None = None
    start: int | None = None
    end: int | None = None
    cue: str | None = Field(None, description="The reporting verb or construction (заявил, по данным).")


class Claim(Span):
    id: str
    sentence_id: str
    type: ClaimType
    types: list[ClaimType] = Field(default_factory=list, description="Every type that applies.")
    speaker: Speaker
    polarity: Literal["positive", "negative"] = "positive"
    hedges: list[str] = Field(default_factory=list, description="Hedging and modality cues.")
    certainty: Literal["high", "medium", "low"] = "high"
    check_worthiness: float = Field(ge=0, le=1)
    features: dict[str, float] = Field(default_factory=dict,
                                       description="What produced the check-worthiness score.")
    subject: Span | None = None
    predicate: Span | None = None
    object: Span | None = None
    entity_ids: list[str] = Field(default_factory=list)
    date_ids: list[str] = Field(default_factory=list)


class Stats(Record):
    characters: int
    blocks: int
    furniture_characters: int
    sentences: int
    tokens: int
    mentions: int
    entities: int
    dates: int
    claims: int


class Document(Record):
    schema_version: str = SCHEMA_VERSION
    id: str
    source: Source
    title: str | None = None
    date: str | None = Field(None, description="Document date used to resolve relative time expressions.")
    text: str = Field(description="The normalized article text every offset points into.")
    normalization: list[Edit] = Field(default_factory=list)
    pipeline: PipelineInfo
    blocks: list[Block]
    sentences: list[Sentence]
    tokens: list[Token]
    mentions: list[Mention]
    entities: list[Entity]
    dates: list[TimeExpression]
    claims: list[Claim]
    stats: Stats
    reviewed: bool = False
    review: dict[str, str] | None = Field(None, description="Who reviewed the document, when, with what tool.")


def json_schema() -> dict:
    schema = Document.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://razmetka.invalid/schema/document-{SCHEMA_VERSION}.json"
    schema["title"] = "razmetka document"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
