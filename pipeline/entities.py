"""Stage 4, entities: PER/LOC/ORG mentions, NORP, money and quantities, grouped and linked.

slovnet's NER reads the text with page furniture blanked out (same length, so its offsets need no
mapping), several documents per call. Its spans are then repaired (list separators, parentheses,
quotes, legal forms), names that are not entities are dropped (capitalized common words opening a
title, a heading or a sentence), and demonyms and relational adjectives (`азербайджанцы`,
`российские`) become a NORP layer linked to their country. Rules over the whole document follow:
an organization takes its relational adjectives (`японского МИДа`), a name in parentheses after a
name is its alias (`World Fashion Channel (WFC)`, `Сами аль-Хадж (Sami al-Haj)`), and a name tagged
once is tagged wherever it recurs. Mentions of one thing become one entity: by normal form, surname
and full name, acronym and expansion, `X (Y)` aliases and the alias table in `data/aliases.tsv`.
Countries carry their ISO 3166 code from pycountry's Russian names; people carry name parts from
natasha's name grammar. Every mention records the model or rule that produced it.

Each rule has a name (`RULES`); the component's `disabled` setting switches rules off, which is how
`python -m pipeline.eval_ner ablation` measures what each one gains (docs/ner.md).
"""

from __future__ import annotations

import gettext
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import regex
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
AMOUNT_TYPES = ("MONEY", "PERCENT", "QUANTITY")
OPEN_QUOTES = "«„“\""
CLOSE_QUOTES = "»“”\""
QUOTES = "«»\"„“”'"
FUNCTION_WORDS = frozenset(["и", "в", "во", "на", "по", "при", "для", "о", "об", "от", "из", "с", "со", "к", "у", "за"])

RULES = {
    "blocks": "the model reads one block (title, heading, paragraph) at a time, not the whole text",
    "split": "cut a model span at list separators (•, ;, `, `, ` — `, line ends) and parentheses",
    "quoted-name": "an organization's quoted name without the legal form or descriptor in front",
    "title-filter": "no capitalized common phrase of a title or heading as a name",
    "sentence-start": "no single common word opening a sentence as a name (`Маэстро`, `Подана`)",
    "demonym": "demonyms tagged PER/LOC become NORP mentions linked to their country",
    "type-table": "names whose type is fixed by data/ner_rules.tsv (`ЕС`, `ООН` are ORG)",
    "morph-type": "the type pymorphy's name tags agree on (`Эфиопия` is LOC, `Ахмат-Хаджи Кадырова` PER)",
    "org-adjective": "an organization takes its relational adjectives (`японского МИДа`)",
    "paren-alias": "a name in parentheses after a name: Latin-script form, acronym or expansion",
    "propagate": "a name tagged once is tagged where it recurs untagged in the document",
    "propagate-surnames": "the surname of a full name is tagged where it recurs alone (`Шумов`)",
}


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
def demonym_adjectives() -> frozenset[str]:
    return frozenset(lemma for _, adjectives, _ in _data_lines("demonyms.tsv") for lemma in adjectives.split("|"))


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


_NORMAL_CACHE: dict[tuple, str] = {}


def normal_form(span: Span, label: str) -> str:
    """Nominative form of a mention, by natasha's inflection rules (syntax-aware for ORG).

    Cached by what the rules read (words, POS, features, heads within the span): a name recurs."""
    tokens = _natasha_tokens(span)
    if not tokens or any(t.pos is None for t in tokens):
        return span.text
    ids = {t.id: n for n, t in enumerate(tokens)}
    key = (label, tuple((t.text, t.pos, str(sorted(t.feats.items())), ids.get(t.head_id) if label == "ORG" else 0)
                        for t in tokens))
    normal = _NORMAL_CACHE.get(key)
    if normal is None:
        method = syntax_normalize if label == "ORG" else normalize
        try:
            normal = method(models.morph_vocab(), tokens)
        except (KeyError, ValueError, AttributeError):
            normal = span.text
        normal = _keep_case([t.text for t in tokens], normal)
        if len(_NORMAL_CACHE) > 100_000:
            _NORMAL_CACHE.clear()
        _NORMAL_CACHE[key] = normal
    return normal


def _keep_case(words: list[str], normal: str) -> str:
    """Acronyms and capitals as written: inflection rules give `японский мид` for `японского МИДа`."""
    out = normal.split()
    if len(out) != len(words):
        return normal
    for index, (word, form) in enumerate(zip(words, out, strict=True)):
        capitals = len(word) - len(word.lstrip("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        if capitals > 1:  # an acronym, inflected or not (`МИДа`)
            out[index] = form[:capitals].upper() + form[capitals:]
        elif capitals:
            out[index] = form[:1].upper() + form[1:]
    return " ".join(out)


# ---------------------------------------------------------------- span repair

# Where one model span holds several names: list bullets, semicolons, a comma before a space, a
# dash between spaces, line ends, and parentheses ("Хитли (Гецлаф", "Бахрейн • Барбадос").
_SEPARATOR = re.compile(r"[•·;\n()]|,(?=\s)|\s[—–-](?=\s)")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",.;:—–-()•·"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-(•·" or
                           (text[end - 1] == ")" and "(" not in text[start:end]) or
                           (text[end - 1] == "." and end - start > 4 and text[end - 2].islower())):
        end -= 1
    return start, end


def _balance_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    if len(chunk) > 1 and chunk[0] in OPEN_QUOTES and not any(c in CLOSE_QUOTES for c in chunk[1:]):
        start += 1
    elif len(chunk) > 1 and chunk[-1] in CLOSE_QUOTES and not any(c in OPEN_QUOTES for c in chunk[:-1]):
        end -= 1
    elif end - start > 2 and text[start] in QUOTES and text[end - 1] in QUOTES:
        start, end = start + 1, end - 1
    return start, end


def _quoted_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quoted name inside "ОАО «Газпром»", "РКК „Энергия“", "компания «Лукойл»"."""
    chunk = text[start:end]
    for at, char in enumerate(chunk):
        if at and char in OPEN_QUOTES and chunk[at - 1].isspace():
            close = next((k for k in range(at + 1, len(chunk)) if chunk[k] in CLOSE_QUOTES), len(chunk))
            inner = _strip(text, start + at + 1, start + close)
            return inner if inner[1] > inner[0] else None
    return None


def repair(text: str, start: int, end: int, kind: str,
           disabled: frozenset[str] = frozenset()) -> list[tuple[int, int, str, str]]:
    """Spans (start, end, type, rule) one NER span becomes."""
    start, end = _strip(text, start, end)
    pieces, rule = [(start, end)], SOURCE_NER
    quoted = start > 0 and end < len(text) and text[start - 1] in OPEN_QUOTES and text[end] in CLOSE_QUOTES
    if "split" not in disabled and not quoted:  # «Север – Юг» is one name
        cuts = list(_SEPARATOR.finditer(text, start, end))
        if cuts:
            bounds = [start] + [b for cut in cuts for b in cut.span()] + [end]
            pieces = list(zip(bounds[::2], bounds[1::2], strict=True))
            parenthesized = any(cut.group() in "()" for cut in cuts)
            rule = "rule:split-parentheses" if parenthesized else "rule:split-separators"
    spans = []
    for piece_start, piece_end in pieces:
        s, e = _strip(text, piece_start, piece_end)
        if not any(ch.isalnum() for ch in text[s:e]):
            continue
        piece_rule = rule
        quoted = _quoted_name(text, s, e) if kind == "ORG" and "quoted-name" not in disabled else None
        if quoted:
            (s, e), piece_rule = quoted, "rule:quoted-name"
        balanced = _balance_quotes(text, s, e)
        if balanced != (s, e) and piece_rule == SOURCE_NER:
            piece_rule = "rule:quotes"
        spans.append((*balanced, kind, piece_rule))
    return spans


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


_NAME_GRAMMEMES = frozenset(["Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"])


@lru_cache(maxsize=20000)
def is_common_word(word: str) -> bool:
    """A dictionary word that no reading makes a name (`Маэстро`, `Подана`; not `Топалов`, `Баку`)."""
    parses = models.morph_vocab().parse(word)
    # one step, from the dictionary: not a guess from a known suffix ("Лоуенкрон" as "-крон")
    if not parses or len(parses[0].methods_stack) != 1 or \
            type(parses[0].methods_stack[0][0]).__name__ != "DictionaryAnalyzer":
        return False
    return not any(_NAME_GRAMMEMES & set(str(p.tag).replace(" ", ",").split(",")) for p in parses)


_OPENERS = frozenset("—–-•·(")


def _opens_sentence(span: Span) -> bool:
    """First word of a sentence, or of a quotation or list item inside one: its capital says nothing.

    A quoted name («Фольксваген») is no quotation: the quote closes right after it."""
    doc = span.doc
    if doc[span.start].is_sent_start:
        return True
    prev = span.start - 1
    while prev >= 0 and doc[prev].is_space:
        prev -= 1
    if prev < 0 or doc[prev].text in _OPENERS:
        return True
    if doc[prev].text in OPEN_QUOTES:
        return not (span.end < len(doc) and doc[span.end].text in CLOSE_QUOTES)
    # only punctuation between the sentence start and the name ("«…» Маэстро" is not such a case)
    while prev >= 0 and (doc[prev].is_space or doc[prev].is_punct):
        if doc[prev].is_sent_start:
            return True
        prev -= 1
    return prev < 0


def keep_mention(span: Span) -> bool:
    """Not a capitalized common name that is never an entity on its own (data/ner_rules.tsv `drop`)."""
    return key_of(span.text) not in rules()[1]


def _block_of(doc: Doc, start: int):
    for block in doc._.blocks or ():
        if block.start <= start < block.end:
            return block
    return None


def _quoted(span: Span, text: str) -> bool:
    return span.start_char > 0 and span.end_char < len(text) and text[span.start_char - 1] in OPEN_QUOTES \
        and text[span.end_char] in CLOSE_QUOTES


def title_filter(doc: Doc, mentions: list[Span], text: str | None = None) -> list[Span]:
    """Names in titles and headings, where every word may be capitalized, need evidence.

    The body decides when it can: a phrase it writes in lowercase is no name (`Крах Российской
    миротворческой миссии` … `провал российской миротворческой миссии`); one it tags as a name is
    (`Большой театр превратится в балаган?` … `ремонт Большого театра`). Otherwise capitalized
    common words count as a phrase (`_is_common_phrase`)."""
    text = doc.text if text is None else text
    places = [(span, _block_of(doc, span.start_char)) for span in mentions]
    headed = [(span, block) for span, block in places
              if block is not None and block.kind in ("title", "heading") and span.label_ in NAME_TYPES]
    if not headed:
        return mentions
    body = {key_of(span._.normal) for span, block in places
            if span.label_ in NAME_TYPES and (block is None or block.kind not in ("title", "heading"))}
    dropped = set()
    for span, block in headed:
        if key_of(span._.normal) in body:
            continue
        lower = span.text[0].lower() + span.text[1:]
        if lower != span.text and re.search(r"(?<![\w-])" + re.escape(lower) + r"(?![\w-])", text):
            dropped.add(id(span))
            continue
        # capitalized after a lowercase word or a comma ("…-Presse, Верховный суд Бангладеша снял …")
        if re.search(r"(?:(?<![\w-])[а-яёa-z][\w-]*|,) +" + re.escape(span.text) + r"(?![\w-])", text):
            continue
        if _quoted(span, text):  # «16 тонн»: the quotes make it a name
            continue
        if _is_common_phrase(span, block.start):
            dropped.add(id(span))
    return [span for span in mentions if id(span) not in dropped]


@lru_cache(maxsize=20000)
def _name_tags(word: str, known: bool = False) -> tuple[frozenset[str], ...]:
    """Name grammemes of each reading; with `known`, none unless every reading is from the dictionary."""
    parses = models.morph_vocab().parse(word)
    if known and any(len(p.methods_stack) != 1 for p in parses):
        return ()
    return tuple(frozenset(str(p.tag).replace(" ", ",").split(",")) & _NAME_GRAMMEMES for p in parses)


def morph_type(words: list[str], label: str) -> str | None:
    """The type every dictionary reading agrees on, when the model said otherwise: a one-word PER
    that is only a place (`Эфиопия`) or only an organization (`Феррари`), a one-word LOC that is
    only a surname (`Свиридове`), a LOC/ORG that reads first name + surname (`Ахмат-Хаджи Кадырова`)."""
    if len(words) == 1:
        # ORG stays: a one-word organization named after a place is common ("Бавария", "Домодедово")
        tags = _name_tags(words[0], known=True)
        targets = (("Geox", "LOC"), ("Orgn", "ORG")) if label == "PER" else (("Surn", "PER"),) if label == "LOC" else ()
        for grammeme, kind in targets:
            if tags and all(grammeme in t for t in tags):
                return kind
        return None
    if label in ("LOC", "ORG") and len(words) in (2, 3):
        first, last = _name_tags(words[0]), _name_tags(words[-1])
        names = [_name_tags(w) for w in words]
        if any("Name" in t for t in first) and any("Surn" in t for t in last) and \
                not any("Geox" in t or "Orgn" in t for tags in names for t in tags):
            return "PER"
    return None


def sentence_openers(mentions: list[Span]) -> list[Span]:
    """Drop one-word names that are common words opening a sentence (`Маэстро не видит звёзд`),
    unless the document names them elsewhere (`Василий Шумов` … `Шумов первым …`)."""
    def opener(span: Span) -> bool:
        words = [t for t in span if not t.is_space and not t.is_punct]
        return (span.label_ in NAME_TYPES and len(words) == 1 and not words[0].text.isupper()
                and _opens_sentence(span) and is_common_word(words[0].text))

    flags = [opener(span) for span in mentions]
    named = {key_of(word) for span, flag in zip(mentions, flags, strict=True)
             if not flag and span.label_ in NAME_TYPES for word in span.text.split()}
    return [span for span, flag in zip(mentions, flags, strict=True) if not flag or key_of(span.text) in named]


# ---------------------------------------------------------------- NORP


def norp_place(token) -> str | None:
    lemma = token.lemma_.lower().replace("ё", "е")
    table = demonyms()
    if lemma in table:
        return table[lemma]
    # compounds: "российско-азербайджанские" -> the first part (not "Туркмен-баши")
    head = lemma.split("-")[0]
    return table.get(head) if "-" in lemma and head.endswith("о") else None


def _is_demonym(token) -> bool:
    """`Азербайджанцами` is a demonym however written; a capitalized adjective inside a sentence is
    one when it modifies the next word (`Российский миротворцев`), a name when it stands alone
    (`станция метро Московская в Дюссельдорфе`)."""
    if norp_place(token) is None:
        return False
    adjective = token.lemma_.lower().replace("ё", "е").split("-")[0] in demonym_adjectives() or "-" in token.lemma_
    if not adjective or not token.text[0].isupper() or _opens_sentence(token.doc[token.i:token.i + 1]):
        return True
    doc, after = token.doc, token.i + 1
    while after < len(doc) and doc[after].is_space:
        after += 1
    return after < len(doc) and doc[after].text[0].islower() and doc[after].pos_ in ("ADJ", "NOUN")


@lru_cache(maxsize=1)
def _norp_stems() -> tuple[str, ...]:
    return tuple(sorted({lemma[:5] for lemma in demonyms()}))


def find_norp(doc: Doc, taken: list[tuple[int, int]], text: str | None = None) -> list[tuple[int, int, str]]:
    spans = []
    stems = _norp_stems()
    # a cheap prefilter on the text: only tokens that start like a demonym reach the lexicon
    lowered = (doc.text if text is None else text).lower()
    for token in doc:
        if not lowered.startswith(stems, token.idx) or token.pos_ not in ("ADJ", "NOUN", "PROPN"):
            continue
        start, end = token.idx, token.idx + len(token.text)
        if any(s < end and start < e for s, e in taken) or is_furniture(doc, start, end):
            continue
        if _is_demonym(token):
            spans.append((start, end, norp_place(token)))
    return spans


# ---------------------------------------------------------------- rules over the document


def _mention(doc: Doc, start: int, end: int, label: str) -> Span:
    """A new mention Span (token bounds). spaCy keys span extensions by character bounds, so values
    a span with these bounds had (an earlier run of the stage, another label) are cleared."""
    span = Span(doc, start, end, label=label)
    for name in _EXTENSIONS:
        setattr(span._, name, None)
    return span


def _with(doc: Doc, start: int, end: int, label: str, source: str, normal: str | None = None) -> Span:
    """A mention Span (token bounds) with its normal form and source."""
    span = _mention(doc, start, end, label)
    span._.normal = normal if normal is not None else normal_form(span, label)
    span._.source = source
    return span


_RELATIONAL = ("ский", "цкий", "ской", "ный", "ной")
_QUALITATIVE = frozenset(["Qual", "Apro", "Anum"])


def _relational_adjective(token, heads: list, inside: range) -> bool:
    """`японского`, `государственной` depending on a word of the name; not `новый`, `этот`, `первый`."""
    if token.pos_ != "ADJ" or not token.text[:1].islower() or heads[token.i] not in inside:
        return False
    if not token.lemma_.endswith(_RELATIONAL):
        return False
    parse = models.morph_vocab().parse(token.text)[0]
    return not (_QUALITATIVE & set(str(parse.tag).replace(" ", ",").split(",")))


def org_adjectives(doc: Doc, mentions: list[Span]) -> list[Span]:
    """`японского МИДа`, `российского Минсельхоза`, `московского «Центра»`: factRuEval's ORG spans
    hold the relational adjectives in front of the name (all 18 such cases in dev)."""
    heads = doc._.heads or []
    if not heads:
        return mentions
    out = []
    for span in mentions:
        if span.label_ != "ORG":
            out.append(span)
            continue
        start, end = span.start, span.end
        quoted = start > 0 and doc[start - 1].text in OPEN_QUOTES
        first = start - 1 if quoted else start
        while first > 0:
            prev = first - 1
            while prev >= 0 and doc[prev].is_space:
                prev -= 1
            if prev < 0 or not _relational_adjective(doc[prev], heads, range(prev + 1, end)):
                break
            first = prev
        if first >= (start - 1 if quoted else start):
            out.append(span)
            continue
        if quoted and end < len(doc) and doc[end].text in CLOSE_QUOTES:
            end += 1
        extended = _with(doc, first, end, "ORG", "rule:org-adjective")
        extended._.modifiers = (doc[first].idx, span.start_char)
        extended._.core = span._.normal
        out.append(extended)
    return out


_PAREN = re.compile(r"\s*\(\s*([^()\n]{1,80}?)\s*\)")
_LATIN_NAME = regex.compile(r"[A-Z][\p{Latin}0-9&.'’ -]*[\p{Latin}0-9.]")
_ACRONYM = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ0-9&-]{1,7}")


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split() if word.lower() not in FUNCTION_WORDS).upper()


def paren_aliases(doc: Doc, mentions: list[Span],
                  text: str | None = None) -> tuple[list[Span], list[tuple[int, int]]]:
    """`X (Y)` where Y names X: a Latin-script form (`Сами аль-Хадж (Sami al-Haj)`), an acronym after
    an organization (`Хмельницкой атомной электростанции (ХАЭС)`), or the expansion after an
    acronym (`ПАСЕ (Парламентской ассамблеи Совета Европы)`). Y takes X's type; returns the
    mentions and the (X, Y) pairs as char starts, for grouping."""
    text = doc.text if text is None else text
    pairs: list[tuple[int, int]] = []
    added: list[Span] = []
    removed: set[int] = set()
    for index, span in enumerate(mentions):
        if span.label_ not in NAME_TYPES or index in removed:
            continue
        match = _PAREN.match(text, span.end_char)
        if not match:
            continue
        start, end = match.span(1)
        alias = match.group(1)
        latin = _LATIN_NAME.fullmatch(alias) and not alias.isupper()
        acronym = _ACRONYM.fullmatch(alias) and span.label_ == "ORG" and len(span.text.split()) > 1
        expansion = (span.label_ == "ORG" and _ACRONYM.fullmatch(span.text) and alias[0].isupper()
                     and _initials(alias) == span.text.upper())
        if not (latin or acronym or expansion):
            continue
        inner = doc.char_span(start, end)
        if inner is None:
            continue
        covered = [k for k, m in enumerate(mentions) if m.start_char < end and start < m.end_char]
        exact = [k for k in covered if (mentions[k].start_char, mentions[k].end_char) == (start, end)]
        if exact:  # the model found Y: keep its type ("Сергей Брин (Google)"), and pair same-typed names
            if mentions[exact[0]].label_ == span.label_:
                pairs.append((span.start_char, start))
            continue
        if any(mentions[k].label_ not in NAME_TYPES for k in covered):
            continue
        removed.update(covered)
        added.append(_with(doc, inner.start, inner.end, span.label_, "rule:paren-alias"))
        pairs.append((span.start_char, start))
    kept = [m for k, m in enumerate(mentions) if k not in removed] + added
    return sorted(kept, key=lambda s: (s.start_char, s.end_char)), pairs


@lru_cache(maxsize=20000)
def surname_forms(word: str) -> tuple[str, ...]:
    """`Шумов` -> Шумов, Шумова, Шумову, Шумовым, Шумове (pymorphy's surname paradigm, same gender)."""
    forms = {word}
    for parse in models.morph_vocab().parse(word):
        tag = str(parse.tag)
        if "Surn" in tag and len(parse.methods_stack) == 1:
            gender = next((g for g in ("masc", "femn") if g in tag), None)
            forms.update(f.word.capitalize() for f in parse.lexeme
                         if "sing" in str(f.tag) and (gender is None or gender in str(f.tag)))
            break
    return tuple(sorted(forms))


def propagate(doc: Doc, mentions: list[Span], masked: str, disabled: frozenset[str] = frozenset()) -> list[Span]:
    """A name the model tagged once is tagged again where the same words recur untagged."""
    names: dict[str, Span] = {}
    surnames: set[str] = set()
    for span in mentions:
        if span.label_ in NAME_TYPES and span.text[:1].isupper() and len(span.text) > 1:
            names.setdefault(span.text, span)
    if "propagate-surnames" not in disabled:
        for span in mentions:
            words = span.text.split()
            if span.label_ == "PER" and len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) > 2:
                for form in surname_forms(words[-1]):
                    if form not in names:
                        names[form] = span
                        surnames.add(form)
    if not names:
        return mentions
    taken = sorted((m.start_char, m.end_char) for m in mentions)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![\w-])")
    added = []
    for match in pattern.finditer(masked):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        found = doc.char_span(start, end)
        if found is None:
            continue
        model = names[match.group()]
        if not keep_mention(found):
            continue
        normal = None if match.group() in surnames else model._.normal
        added.append(_with(doc, found.start, found.end, model.label_, "rule:propagate", normal))
        taken.append((start, end))
    return sorted(mentions + added, key=lambda s: (s.start_char, s.end_char)) if added else mentions


# ---------------------------------------------------------------- grouping


def group_mentions(mentions: list[Span], pairs: Iterable[tuple[int, int]] = ()) -> list[EntityRecord]:
    """One entity per thing: normal form, alias table, `X (Y)`, acronym = expansion, surname = full name."""
    canonical = aliases()

    def group_key(span: Span) -> tuple[str, str]:
        if span.label_ == "NORP":
            return ("NORP", key_of(span._.place))
        key = key_of(span._.normal)
        return (span.label_, key_of(canonical.get(key, key)))

    groups: dict[tuple[str, str], list[Span]] = {}
    by_start: dict[int, tuple[str, str]] = {}
    for span in mentions:
        if span.label_ in AMOUNT_TYPES:
            groups[(span.label_, f"{span.start_char}")] = [span]
            continue
        key = group_key(span)
        groups.setdefault(key, []).append(span)
        by_start[span.start_char] = key

    def find(key: tuple[str, str]) -> tuple[str, str] | None:
        return next((k for k, spans in groups.items() if k == key or any(group_key(s) == key for s in spans)), None)

    def merge(into: tuple[str, str] | None, source: tuple[str, str] | None) -> None:
        if into is not None and source is not None and into != source and into in groups and source in groups:
            groups[into].extend(groups.pop(source))

    # "World Fashion Channel (WFC)": the text says they are one
    for first, second in pairs:
        if first in by_start and second in by_start:
            merge(find(by_start[first]), find(by_start[second]))
    # "московского «Центра»" … "Центра": the name with its adjectives joins the bare name, when
    # the document gives the bare name one set of adjectives only (not "японского МИДа" … "МИД России")
    cores: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for key, spans in groups.items():
        for span in spans:
            if span._.core:
                core = key_of(span._.core)
                cores.setdefault((key[0], key_of(canonical.get(core, core))), set()).add(key)
    for core, keys in cores.items():
        if len(keys) == 1 and core in groups:
            merge(next(iter(keys)), core)
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
        names = Counter(s._.normal for s in spans if s.label_ == kind)
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
        elif entity.type in AMOUNT_TYPES:
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


def ner_pieces(doc: Doc, masked: str) -> list[tuple[int, str]]:
    """(offset, text) the model reads: one block (title, heading, paragraph) at a time, so a heading
    or a list line is not read as the end of the sentence before it ("…во вторник. / Голос Америки:"
    is ORG read alone, LOC read after the paragraph: +0.3 exact F1 on factRuEval dev)."""
    blocks = [b for b in doc._.blocks or () if b.kind != "furniture"]
    if not blocks:
        return split_for_ner(masked)
    return [(b.start + offset, piece) for b in blocks for offset, piece in split_for_ner(masked[b.start:b.end])]


class EntityRecognizer:
    def __init__(self, nlp: Language | None, name: str = "razmetka_entities", batch_size: int = 16,
                 disabled: Iterable[str] = ()):
        unknown = set(disabled) - set(RULES)
        if unknown:
            raise ValueError(f"unknown entity rules: {sorted(unknown)}; known: {sorted(RULES)}")
        self.name = name
        self.batch_size = batch_size
        self.disabled = frozenset(disabled)
        self.models = models.batched()

    def __call__(self, doc: Doc) -> Doc:
        self._process([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size or self.batch_size):
            self._process(batch)
            yield from batch

    def _process(self, docs: list[Doc]) -> None:
        # The model reads block by block (long blocks in line-aligned pieces), all pieces of the
        # batch at once (models.Batched packs them without padding).
        masked = [mask_furniture(doc) for doc in docs]
        pieces = [(k, start, piece) for k, text in enumerate(masked)
                  for start, piece in (split_for_ner(text) if "blocks" in self.disabled else ner_pieces(docs[k], text))
                  if piece.strip()]
        found: list[list[tuple[int, int, str]]] = [[] for _ in docs]
        for (k, start, _), spans in zip(pieces, self.models.ner_spans([p[2] for p in pieces]), strict=True):
            found[k].extend((start + s, start + e, kind) for s, e, kind in spans)
        for k, doc in enumerate(docs):
            mentions, pairs = self.mentions(doc, sorted(found[k]), masked[k])
            doc.spans["mentions"] = mentions
            doc._.entities = group_mentions(mentions, pairs)
            link(doc._.entities)

    def names(self, doc: Doc, predicted: list[tuple[int, int, str]], text: str | None = None) -> list[Span]:
        """PER/LOC/ORG mentions (and the demonyms the model took for names) from the model's spans."""
        types = rules()[0]
        text = doc.text if text is None else text
        mentions: list[Span] = []
        seen: set[tuple[int, int]] = set()
        for start, end, kind in predicted:
            for s, e, label, source in repair(text, start, end, kind, self.disabled):
                found = doc.char_span(s, e, alignment_mode="expand")
                if found is None or not found.text.strip() or not keep_mention(found) or \
                        (found.start_char, found.end_char) in seen:
                    continue
                seen.add((found.start_char, found.end_char))
                words = [t for t in found if not t.is_space and not t.is_punct]
                demonym = len(words) == 1 and label in ("PER", "LOC") and _is_demonym(words[0])
                if demonym and "demonym" not in self.disabled:  # "Азербайджанцами" tagged PER: not a person
                    span = _mention(doc, found.start, found.end, "NORP")
                    span._.place, span._.normal, span._.source = norp_place(words[0]), words[0].lemma_, "rule:demonym"
                    mentions.append(span)
                    continue
                span = _mention(doc, found.start, found.end, label)
                normal = normal_form(span, label)
                forced = types.get(key_of(normal)) or types.get(key_of(span.text))
                if forced and forced != label and "type-table" not in self.disabled:
                    span, source = _mention(doc, span.start, span.end, forced), "rule:type-table"
                elif not forced and "morph-type" not in self.disabled:
                    kind = morph_type([t.text for t in words], label)
                    if kind:
                        span, source = _mention(doc, span.start, span.end, kind), "rule:morph-type"
                        normal = normal_form(span, kind)
                span._.normal, span._.source = normal, source
                mentions.append(span)
        return mentions

    def mentions(self, doc: Doc, predicted: list[tuple[int, int, str]],
                 masked: str | None = None) -> tuple[list[Span], list[tuple[int, int]]]:
        text = doc.text
        masked = mask_furniture(doc) if masked is None else masked
        mentions = sorted(self.names(doc, predicted, text), key=lambda s: (s.start_char, s.end_char))
        if "sentence-start" not in self.disabled:
            mentions = sentence_openers(mentions)
        if "title-filter" not in self.disabled:
            mentions = title_filter(doc, mentions, text)
        pairs: list[tuple[int, int]] = []
        if "org-adjective" not in self.disabled:
            mentions = org_adjectives(doc, mentions)
        if "paren-alias" not in self.disabled:
            mentions, pairs = paren_aliases(doc, mentions, text)
        if "propagate" not in self.disabled:
            mentions = propagate(doc, mentions, masked, self.disabled)
        # A relational adjective inside an organization's span still refers to its country.
        taken = []
        for span in mentions:
            modifiers = span._.modifiers
            if modifiers:
                taken.append((modifiers[1], span.end_char))
            else:
                taken.append((span.start_char, span.end_char))
        for s, e, place in find_norp(doc, taken, text):
            found = doc.char_span(s, e)
            span = _mention(doc, found.start, found.end, "NORP")
            span._.place, span._.normal, span._.source = place, span[0].lemma_, "rule:demonym"
            mentions.append(span)
        names = [(m.start_char, m.end_char) for m in mentions if m.label_ in NAME_TYPES]
        for amount in find_amounts(text):
            # «16 тонн» named a club: the name wins
            if is_furniture(doc, amount.start, amount.end) or \
                    any(s < amount.end and amount.start < e for s, e in names):
                continue
            found = doc.char_span(amount.start, amount.end, alignment_mode="expand")
            if found is None:
                continue
            span = _mention(doc, found.start, found.end, amount.type)
            span._.normal, span._.source, span._.amount = text[amount.start:amount.end], "rule:amounts", amount
            mentions.append(span)
        mentions.sort(key=lambda s: (s.start_char, s.end_char))
        return mentions, pairs


_EXTENSIONS = ("normal", "entity_id", "source", "place", "amount", "modifiers", "core")
for _name in _EXTENSIONS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)


@Language.factory("razmetka_entities", default_config={"batch_size": 16, "disabled": []})
def make_entity_recognizer(nlp: Language, name: str, batch_size: int, disabled: list[str]) -> EntityRecognizer:
    return EntityRecognizer(nlp, name, batch_size, disabled)
