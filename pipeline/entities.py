"""Stage 4, entities: PER/LOC/ORG mentions, NORP, money and quantities, grouped and linked.

slovnet's NER reads the text with page furniture blanked out (same length, so its offsets need no
mapping), several documents per call. Its spans are then repaired (parentheses, quotes, legal
forms), names that are not entities are dropped (capitalized common words opening a title or a
heading), and demonyms and relational adjectives (`азербайджанцы`, `российские`) become a NORP layer
linked to their country. Mentions of one thing become one entity: by normal form, surname and full
name, acronym and expansion, and the alias table in `data/aliases.tsv`. Countries carry their ISO
3166 code from pycountry's Russian names; people carry name parts from natasha's name grammar.
Every mention records the model or rule that produced it.
"""

from __future__ import annotations

import gettext
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from natasha.doc import DocToken
from natasha.norm import normalize, syntax_normalize
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from . import models
from .amounts import find_amounts
from .clean import is_furniture, mask_furniture

MODEL = f"{models.NER_MODEL} + rules (data/aliases.tsv, data/demonyms.tsv, data/ner_rules.tsv)"
SOURCE_NER = f"model:{models.NER_MODEL}"
NAME_TYPES = ("PER", "LOC", "ORG")
QUOTES = "«»\"„“”'"
FUNCTION_WORDS = frozenset(["и", "в", "во", "на", "по", "при", "для", "о", "об", "от", "из", "с", "со", "к", "у", "за"])


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
    mod: str | None = None


def key_of(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").split())


# ---------------------------------------------------------------- data tables


def _data_lines(name: str) -> Iterator[list[str]]:
    for line in resources.files("pipeline.data").joinpath(name).read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@lru_cache(maxsize=1)
def aliases() -> dict[str, str]:
    """Normalized name -> canonical name."""
    table = {}
    for names in _data_lines("aliases.tsv"):
        for name in names:
            table[key_of(name)] = names[0]
    return table


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Lemma of a demonym or relational adjective -> the place's name."""
    table = {}
    for place, adjectives, people in _data_lines("demonyms.tsv"):
        for lemma in adjectives.split("|") + people.split("|"):
            table[lemma] = place
    return table


@lru_cache(maxsize=1)
def rules() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    types, drop, legal = {}, set(), set()
    for row in _data_lines("ner_rules.tsv"):
        if row[0] == "type":
            types[key_of(row[1])] = row[2]
        elif row[0] == "drop":
            drop.add(key_of(row[1]))
        elif row[0] == "legal":
            legal.add(key_of(row[1]))
    return types, frozenset(drop), frozenset(legal)


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Russian country names (short and official, from pycountry's translations) -> ISO 3166 alpha-2."""
    import pycountry

    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
    codes = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                codes.setdefault(key_of(translation.gettext(name).replace("\u0301", "")), country.alpha_2)
    return codes


def iso_code(name: str) -> str | None:
    codes = country_codes()
    code = codes.get(key_of(name))
    if code is None:
        canonical = aliases().get(key_of(name))
        for other, group in aliases().items():
            if group == canonical and other in codes:
                return codes[other]
    return code


# ---------------------------------------------------------------- normal forms


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


# ---------------------------------------------------------------- span repair


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",.;:—–-()"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-(" or
                           (text[end - 1] == ")" and "(" not in text[start:end]) or
                           (text[end - 1] == "." and end - start > 4 and text[end - 2].islower())):
        end -= 1
    return start, end


def _balance_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    if chunk.count("«") != chunk.count("»"):
        if chunk.startswith("«") and "»" not in chunk:
            start += 1
        elif chunk.endswith("»") and "«" not in chunk:
            end -= 1
    if end - start > 2 and text[start] in QUOTES and text[end - 1] in QUOTES:
        start, end = start + 1, end - 1
    return start, end


def repair(text: str, start: int, end: int, kind: str) -> list[tuple[int, int, str, str]]:
    """Spans (start, end, type, rule) one NER span becomes."""
    start, end = _strip(text, start, end)
    chunk = text[start:end]
    # "Комитет защиты журналистов (КЗЖ)", "Ши Тао (Shi Tao)": the name and its parenthesized variant.
    open_at = chunk.find("(")
    if open_at > 0 and chunk.endswith(")"):
        outer = _strip(text, start, start + open_at)
        inner = _strip(text, start + open_at + 1, end - 1)
        return [(*outer, kind, "rule:split-parentheses"), (*inner, kind, "rule:split-parentheses")]
    # "ОАО «Газпром»", "компания «Лукойл»": the quoted name, without the legal form in front.
    quote_at = chunk.find("«")
    if kind == "ORG" and quote_at > 0:
        before = _strip(text, start, start + quote_at)
        inner_end = chunk.find("»", quote_at)
        inner = _strip(text, start + quote_at + 1, start + inner_end if inner_end > 0 else end)
        spans = [(*inner, kind, "rule:quoted-name")]
        if key_of(text[before[0]:before[1]]) not in rules()[2] and any(ch.isupper() for ch in text[slice(*before)]):
            spans.insert(0, (*before, kind, "rule:split-quotes"))
        return spans
    quoted = _balance_quotes(text, start, end)
    rule = "rule:quotes" if quoted != (start, end) else SOURCE_NER
    return [(*quoted, kind, rule)]


# ---------------------------------------------------------------- filters


def _is_common_phrase(span: Span, block_start: int) -> bool:
    """Capitalized common words in a title or heading ("Провал", "Крах Российской миротворческой миссии").

    Names keep a capital on each word ("Совет Федерации") or are proper nouns or acronyms; a common
    word alone counts only when it opens the block, where any word is capitalized.
    """
    words = [t for t in span if not t.is_space and not t.is_punct]
    if not words or any(t.pos_ == "PROPN" or (t.text.isupper() and len(t.text) > 1) for t in words):
        return not words
    if not all(t.pos_ in ("NOUN", "ADJ", "VERB", "ADV", "PRON", "DET", "ADP", "CCONJ", "NUM") for t in words):
        return False
    if len(words) == 1:
        return words[0].idx == block_start
    return all(t.text[0].islower() for t in words[1:])


def keep_mention(span: Span) -> bool:
    types, drop, _ = rules()
    if key_of(span.text) in drop:
        return False
    for block in span.doc._.blocks or ():
        if block.start <= span.start_char < block.end:
            return not (block.kind in ("title", "heading") and _is_common_phrase(span, block.start))
    return True


# ---------------------------------------------------------------- NORP


def norp_place(token) -> str | None:
    lemma = token.lemma_.lower().replace("ё", "е")
    table = demonyms()
    if lemma in table:
        return table[lemma]
    # compounds: "российско-азербайджанские" -> the first part
    head = lemma.split("-")[0]
    return table.get(head) if "-" in lemma else None


@lru_cache(maxsize=1)
def _norp_stems() -> tuple[str, ...]:
    return tuple(sorted({lemma[:5] for lemma in demonyms()}))


def find_norp(doc: Doc, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    spans = []
    stems = _norp_stems()
    # a cheap prefilter on the text: only tokens that start like a demonym reach the lexicon
    lowered = doc.text.lower()
    for token in doc:
        if not lowered.startswith(stems, token.idx) or token.pos_ not in ("ADJ", "NOUN", "PROPN"):
            continue
        start, end = token.idx, token.idx + len(token.text)
        if any(s < end and start < e for s, e in taken) or is_furniture(doc, start, end):
            continue
        place = norp_place(token)
        if place:
            spans.append((start, end, place))
    return spans


# ---------------------------------------------------------------- grouping


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split() if word.lower() not in FUNCTION_WORDS).upper()


def group_mentions(mentions: list[Span]) -> list[EntityRecord]:
    """One entity per thing: normal form, alias table, acronym = expansion, surname = full name."""
    canonical = aliases()

    def group_key(span: Span) -> tuple[str, str]:
        if span.label_ == "NORP":
            return ("NORP", key_of(span._.place))
        key = key_of(span._.normal)
        return (span.label_, key_of(canonical.get(key, key)))

    groups: dict[tuple[str, str], list[Span]] = {}
    for span in mentions:
        if span.label_ in ("MONEY", "PERCENT", "QUANTITY"):
            groups[(span.label_, f"{span.start_char}")] = [span]
            continue
        groups.setdefault(group_key(span), []).append(span)

    def merge(into: tuple[str, str], source: tuple[str, str]) -> None:
        if into != source and into in groups and source in groups:
            groups[into].extend(groups.pop(source))

    # a one-word PER joins the full name ending (or starting) in it
    people = [key for key in groups if key[0] == "PER" and len(key[1].split()) > 1]
    for key in [k for k in groups if k[0] == "PER" and len(k[1].split()) == 1]:
        matches = [p for p in people if key[1] in (p[1].split()[-1], p[1].split()[0])]
        if len(matches) == 1:
            merge(matches[0], key)
    # an acronym joins the expansion whose initials it spells
    for key in [k for k in groups if k[0] in ("ORG", "LOC") and k[1].isalpha() and 2 <= len(k[1]) <= 6]:
        matches = [k for k in groups if k[0] in ("ORG", "LOC") and len(k[1].split()) > 1
                   and _initials(k[1]) == key[1].upper()]
        if len(matches) == 1:
            merge(key, matches[0])

    ordered = sorted(groups.values(), key=lambda spans: min(s.start_char for s in spans))
    entities = []
    for number, spans in enumerate(ordered, 1):
        spans.sort(key=lambda s: s.start_char)
        kinds = Counter(s.label_ for s in spans)
        kind = kinds.most_common(1)[0][0]
        names = Counter(s._.normal for s in spans)
        name = max(names, key=lambda n: (n.isupper() and kind != "PER", len(n.split()), names[n], -len(n)))
        if kind == "NORP":
            name = spans[0]._.place
        name = canonical.get(key_of(name), name) if kind in ("LOC", "ORG", "NORP") else name
        entity = EntityRecord(f"E{number}", kind, name, spans)
        for span in spans:
            span._.entity_id = entity.id
        entities.append(entity)
    return entities


def link(entities: list[EntityRecord]) -> None:
    """ISO codes for countries, NORP -> place links, name parts for people, amounts."""
    by_name = {key_of(e.name): e for e in entities if e.type == "LOC"}
    for entity in entities:
        if entity.type in ("LOC", "NORP"):
            entity.iso_code = iso_code(entity.name)
        if entity.type == "NORP":
            place = by_name.get(key_of(entity.name))
            if place is not None:
                entity.links.append(place.id)
        elif entity.type == "PER":
            entity.name_parts = name_parts(entity.name)
        elif entity.type in ("MONEY", "PERCENT", "QUANTITY"):
            amount = entity.mentions[0]._.amount
            entity.amount, entity.unit, entity.mod = amount.amount, amount.unit, amount.mod


_NAME_TAGS = (("Name", "first"), ("Surn", "last"), ("Patr", "middle"))


@lru_cache(maxsize=20000)
def name_parts(name: str) -> dict | None:
    if len(name.split()) == 1:  # one word: pymorphy's Name/Surn/Patr tags say which part it is
        for parse in models.morph_vocab().parse(name)[:2]:
            for tag, part in _NAME_TAGS:
                if tag in parse.tag:
                    return {part: name}
        return None
    match = models.names_extractor().find(name)
    if match is None or match.fact is None:
        return None
    fact = match.fact
    parts = {"first": fact.first, "last": fact.last, "middle": fact.middle}
    return parts if any(parts.values()) else None


# ---------------------------------------------------------------- component

NER_PIECE = 5000


def split_for_ner(text: str, size: int = NER_PIECE) -> list[tuple[int, str]]:
    """(offset, piece) with pieces of at most ~`size` characters, cut at line ends."""
    if len(text) <= size:
        return [(0, text)]
    pieces, start = [], 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)  # no line end: at least not inside a word
            end = cut + 1 if cut > start else end
        pieces.append((start, text[start:end]))
        start = end
    return pieces


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
        # Long texts go to the model in paragraph-aligned pieces (slovnet encodes a text as one
        # sequence); pieces of similar length share a batch, since slovnet pads to the longest.
        pieces = [(k, start, piece) for k, doc in enumerate(docs)
                  for start, piece in split_for_ner(mask_furniture(doc)) if piece.strip()]
        pieces.sort(key=lambda p: len(p[2]))
        found: list[list[tuple[int, int, str]]] = [[] for _ in docs]
        for (k, start, _), markup in zip(pieces, self.tagger.map([p[2] for p in pieces]), strict=True):
            found[k].extend((start + s.start, start + s.stop, s.type) for s in markup.spans)
        for k, doc in enumerate(docs):
            doc.spans["mentions"] = self.mentions(doc, sorted(found[k]))
            doc._.entities = group_mentions(list(doc.spans["mentions"]))
            link(doc._.entities)

    def mentions(self, doc: Doc, predicted: list[tuple[int, int, str]]) -> list[Span]:
        types = rules()[0]
        text = doc.text
        mentions: list[Span] = []
        taken: list[tuple[int, int]] = []
        for start, end, kind in predicted:
            for s, e, label, source in repair(text, start, end, kind):
                span = doc.char_span(s, e, label=label, alignment_mode="expand")
                if span is None or not span.text.strip() or not keep_mention(span):
                    continue
                words = [t for t in span if not t.is_space and not t.is_punct]
                place = norp_place(words[0]) if len(words) == 1 and label in ("PER", "LOC") else None
                if place:  # "Азербайджанцами" tagged PER: a demonym, not a person
                    span = Span(doc, span.start, span.end, label="NORP")
                    span._.place, span._.normal, span._.source = place, words[0].lemma_, "rule:demonym"
                else:
                    normal = normal_form(span, label)
                    forced = types.get(key_of(normal)) or types.get(key_of(span.text))
                    if forced and forced != label:
                        span = Span(doc, span.start, span.end, label=forced)
                        source = "rule:type-table"
                    span._.normal, span._.source = normal, source
                mentions.append(span)
                taken.append((span.start_char, span.end_char))
        for s, e, place in find_norp(doc, taken):
            span = doc.char_span(s, e, label="NORP")
            span._.place, span._.normal, span._.source = place, span[0].lemma_, "rule:demonym"
            mentions.append(span)
        for amount in find_amounts(text):
            if is_furniture(doc, amount.start, amount.end):
                continue
            span = doc.char_span(amount.start, amount.end, label=amount.type, alignment_mode="expand")
            if span is None:
                continue
            span._.normal, span._.source, span._.amount = text[amount.start:amount.end], "rule:amounts", amount
            mentions.append(span)
        mentions.sort(key=lambda s: (s.start_char, s.end_char))
        return mentions


for _name in ("normal", "entity_id", "source", "place", "amount"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)


@Language.factory("razmetka_entities", default_config={"batch_size": 16})
def make_entity_recognizer(nlp: Language, name: str, batch_size: int) -> EntityRecognizer:
    return EntityRecognizer(nlp, name, batch_size)
