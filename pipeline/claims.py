"""Stage 6, claims: sentences that assert something, typed, attributed to a speaker, scored.

A claim is a sentence of the body (not the title, a heading or furniture, not a question) with a
predicate. The speaker comes from the dependency parse: the subject of a reporting verb
(`заявил`, `отметил`, `не исключают`), or the source of `по словам` / `по данным`; otherwise the author.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span

MODEL = "rules:pipeline.claims (dependency parse + cue lexicons)"


def _load_lexicon() -> dict[str, frozenset[str]]:
    lexicon = {}
    text = resources.files("pipeline.data").joinpath("claim_cues.txt").read_text("utf-8")
    name = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("["):
            name = line.strip("[]")
            lexicon[name] = frozenset()
        elif line and not line.startswith("#"):
            lexicon[name] |= {w.strip() for w in line.split(",") if w.strip()}
    lexicon["reporting_lemmas"] = lexicon["reporting"]
    lexicon["source_nouns"] = lexicon["report_nouns"]
    lexicon["causal_lemmas"] = lexicon["causal"]
    lexicon["hedges"] = lexicon["hedge_low"] | lexicon["hedge_medium"]
    return lexicon


_LEXICON = _load_lexicon()

REPORTING_LEMMAS = _LEXICON["reporting_lemmas"]
SOURCE_NOUNS = _LEXICON["source_nouns"]
NORMATIVE = _LEXICON["normative"]
PREDICTIVE = _LEXICON["predictive"]
CAUSAL_LEMMAS = _LEXICON["causal_lemmas"]
CAUSAL_PHRASES = ("из-за", "в результате", "так как", "потому что", "поскольку", "в связи с", "из‑за")
HEDGES = _LEXICON["hedges"]
EVALUATIVE = _LEXICON["evaluative"]


@dataclass
class ClaimRecord:
    start: int
    end: int
    sentence: Span
    type: str
    types: list[str]
    speaker_kind: str = "author"
    speaker_span: tuple[int, int] | None = None
    speaker_entity: str | None = None
    cue: str | None = None
    polarity: str = "positive"
    hedges: list[str] = field(default_factory=list)
    certainty: str = "high"
    score: float = 0.0
    features: dict[str, float] = field(default_factory=dict)
    subject: tuple[int, int] | None = None
    predicate: tuple[int, int] | None = None
    object: tuple[int, int] | None = None
    entity_ids: list[str] = field(default_factory=list)
    date_indices: list[int] = field(default_factory=list)


def _children(doc: Doc) -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for i, head in enumerate(doc._.heads or ()):
        if head is not None and head != i:
            children.setdefault(head, []).append(i)
    return children


def _subtree(i: int, children: dict[int, list[int]]) -> list[int]:
    stack, seen = [i], []
    while stack:
        node = stack.pop()
        if node in seen:  # slovnet's greedy decoder can return cycles
            continue
        seen.append(node)
        stack.extend(children.get(node, ()))
    return sorted(seen)


def _char_range(doc: Doc, indices: list[int]) -> tuple[int, int] | None:
    tokens = [doc[i] for i in indices if not doc[i].is_punct and not doc[i].is_space]
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _block_kind(doc: Doc, start: int) -> str:
    for block in doc._.blocks or ():
        if block.start <= start < block.end:
            return block.kind
    return "paragraph"


def _root(sent: Span) -> int | None:
    heads = sent.doc._.heads
    for token in sent:
        if not token.is_space and heads[token.i] is None and sent.doc._.rels[token.i] == "root":
            return token.i
    return None


def _find_speaker(sent: Span, children: dict[int, list[int]]):
    """(token indices of the source phrase, cue text) or None when the author speaks."""
    doc = sent.doc
    rels = doc._.rels
    for token in sent:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in REPORTING_LEMMAS:
            kids = children.get(token.i, [])
            subjects = [k for k in kids if rels[k] in ("nsubj", "nsubj:pass")]
            if subjects:
                return _subtree(subjects[0], children), token.text
            places = [k for k in kids if rels[k] == "obl" and doc[k].pos_ in ("PROPN", "NOUN")
                      and any(doc[c].lower_ in ("на", "в", "во") for c in children.get(k, ()))]
            if places:
                return [places[0]], token.text
        if lemma in SOURCE_NOUNS and any(doc[c].lower_ in ("по", "согласно") for c in children.get(token.i, ())):
            sources = [k for k in children.get(token.i, []) if rels[k] in ("nmod", "nsubj", "obl")]
            if sources:
                return _subtree(sources[0], children), f"по {token.text}"
    return None


def _speaker_entity(doc: Doc, indices: list[int]) -> tuple[str | None, tuple[int, int] | None]:
    """The entity mention inside the source phrase, people first."""
    span = _char_range(doc, indices)
    if span is None:
        return None, None
    candidates = [m for m in doc.spans["mentions"] if span[0] <= m.start_char and m.end_char <= span[1]]
    if candidates:
        rank = {"PER": 0, "ORG": 1, "LOC": 2}
        best = min(candidates, key=lambda m: (rank.get(m.label_, 3), m.start_char))
        return best._.entity_id, (best.start_char, best.end_char)
    head = [i for i in indices if doc[i].pos_ in ("NOUN", "PROPN", "PRON")]
    if head:
        token = doc[head[0]]
        return None, (token.idx, token.idx + len(token.text))
    return None, span


def _classify(sent: Span, lemmas: set[str], lower: str, has_number: bool) -> list[str]:
    types = []
    if lemmas & NORMATIVE:
        types.append("normative")
    if lemmas & PREDICTIVE or any(t.morph.get("Tense") == ["Fut"] for t in sent):
        types.append("predictive")
    if has_number:
        types.append("quantitative")
    if lemmas & CAUSAL_LEMMAS or any(p in lower for p in CAUSAL_PHRASES):
        types.append("causal")
    if lemmas & EVALUATIVE:
        types.append("evaluative")
    if any(t.morph.get("Tense") == ["Past"] for t in sent) or not types:
        types.append("event")
    return types


class ClaimDetector:
    def __init__(self, nlp: Language, name: str = "razmetka_claims"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = list(self._claims(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def _claims(self, doc: Doc) -> Iterator[ClaimRecord]:
        if doc._.heads is None:
            return
        children = _children(doc)
        mentions = list(doc.spans["mentions"]) if "mentions" in doc.spans else []
        timexes = doc._.timexes or []
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space and not t.is_punct]
            if len(words) < 3 or _block_kind(doc, sent.start_char) != "paragraph":
                continue
            text = sent.text.rstrip()
            if text.endswith("?"):
                continue
            root = _root(sent)
            has_predicate = any(t.pos_ in ("VERB", "AUX") or t.text in "—–" for t in sent)
            if root is None or not (has_predicate or doc[root].pos_ in ("ADJ", "NOUN", "PROPN", "ADV")):
                continue
            end_token = sent[-1]
            while end_token.i > sent.start and (end_token.is_space or end_token.text in ".!…"):
                end_token = doc[end_token.i - 1]
            start, end = sent.start_char, end_token.idx + len(end_token.text)
            lemmas = {t.lemma_.lower() for t in sent}
            lower = text.lower()
            inside_dates = [k for k, t in enumerate(timexes) if start <= t.start and t.end <= end]
            date_chars = {c for k in inside_dates for c in range(timexes[k].start, timexes[k].end)}
            has_number = any(t.pos_ == "NUM" and t.idx not in date_chars for t in sent)
            entity_ids = list(dict.fromkeys(
                m._.entity_id for m in mentions if start <= m.start_char and m.end_char <= end))
            claim = ClaimRecord(start, end, sent, "event", [])
            claim.types = _classify(sent, lemmas, lower, has_number)
            claim.type = claim.types[0]
            claim.entity_ids = entity_ids
            claim.date_indices = [k for k in inside_dates if timexes[k].part_of is None]
            found = _find_speaker(sent, children)
            if found:
                indices, cue = found
                claim.speaker_kind = "source"
                claim.cue = cue
                claim.speaker_entity, claim.speaker_span = _speaker_entity(doc, indices)
            negated = root is not None and any(
                doc[c].lower_ == "не" for c in children.get(root, ()))
            claim.polarity = "negative" if negated else "positive"
            claim.hedges = sorted({t.text for t in sent if t.lemma_.lower() in HEDGES or t.lower_ in HEDGES})
            if "не исключ" in lower:
                claim.hedges.append("не исключают")
            claim.certainty = "low" if claim.hedges else ("medium" if claim.speaker_kind == "source" else "high")
            claim.features = {
                "entities": min(len(entity_ids), 3) / 3,
                "numbers": 1.0 if has_number else 0.0,
                "dates": 1.0 if claim.date_indices else 0.0,
                "event_verb": 1.0 if "event" in claim.types else 0.0,
                "opinion": 1.0 if "evaluative" in claim.types else 0.0,
                "hedged": 1.0 if claim.hedges else 0.0,
            }
            f = claim.features
            score = 0.2 + 0.25 * f["entities"] + 0.2 * f["numbers"] + 0.15 * f["dates"] + 0.15 * f["event_verb"]
            score -= 0.2 * f["opinion"] + 0.15 * f["hedged"]
            claim.score = round(min(1.0, max(0.0, score)), 3)
            yield claim


if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


@Language.factory("razmetka_claims")
def make_claim_detector(nlp: Language, name: str) -> ClaimDetector:
    return ClaimDetector(nlp, name)
