"""Stage 6, claims: clauses that assert something, typed, attributed, hedged and scored.

A sentence of the body (never the title, a heading, furniture or a question) holds one claim per
independent clause: the root predicate of the dependency parse and every predicate coordinated with
it (`conj`, or a second root) that has a subject of its own, or whose verb form cannot share the first
one's (`Баку увеличил экспорт, и на Западе не исключают, что …`). Subordinate clauses (`когда`,
`который`, `что`) stay inside the claim they belong to.

Everything else is read from the same parse:
- speaker: the subject of a reporting verb that frames the clause (`X заявил, что …`,
  `«…», — сказал X`, `как отметил X, …`), the dependent of `по словам` / `по данным` / `по мнению`,
  or the place of an impersonal one (`на Западе не исключают`, `сообщили в пресс-службе`); otherwise
  the author. A pronoun speaker is resolved to the nearest preceding person.
- subject, predicate, object: token spans of the content predicate's `nsubj`, head (with its
  auxiliaries, copula and negation) and `obj`.
- polarity: negation hanging on the content predicate, not on a noun (`не крах, а …` stays positive).
- type: cues read at the level the parse puts them (modal predicates, future tense, numerals outside
  dates, causal connectives, judgement words), ordered by the project's precedence.
- hedges and certainty, then a check-worthiness score from named entities, numbers, dates and factual
  verbs, lowered by opinion, hedging and prediction.
The cue lexicons live in `data/claim_cues.txt`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span

from .clean import is_furniture

MODEL = "rules:pipeline.claims (dependency clauses + data/claim_cues.txt)"

# The project's primary-type precedence: the first type that applies names the claim.
PRECEDENCE = ("normative", "predictive", "quantitative", "causal", "evaluative", "event")

SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass"})
PREDICATE_RELS = frozenset({"aux", "aux:pass", "cop", "compound:prt"})
CLAUSE_MARKS = frozenset({"что", "чтобы", "поскольку", "когда", "если", "хотя", "потому", "так", "пока",
                          "будто", "ибо", "раз", "как", "где", "куда", "который"})
RELATIVE = frozenset({"который", "что", "кто", "чей", "какой"})
LEADING_JUNK = frozenset({"и", "а", "но", "да", "или", "либо", "однако", "зато", "причем", "причём", "тогда"})
CLAUSE_PUNCT = frozenset({",", ";", ":", "—", "–", "-", "(", ")"})
QUOTES_OPEN, QUOTES_CLOSE = "«„“", "»“”"


def _load_cues() -> dict[str, dict[str, list[tuple[str, ...]]]]:
    """Section -> first word -> phrases (tuples of words) starting with it."""
    sections: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    current = None
    text = resources.files("pipeline.data").joinpath("claim_cues.txt").read_text("utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        if current is None:
            raise ValueError(f"claim_cues.txt: entry before any [section]: {line!r}")
        for entry in line.split(","):
            words = tuple(_fold(w) for w in entry.split())
            if words:
                current.setdefault(words[0].rstrip("*"), []).append(words)
    return sections


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


CUES = _load_cues()


def _words(section: str) -> frozenset[str]:
    """The one-word entries of a section."""
    return frozenset(first for first, phrases in CUES[section].items() if any(len(p) == 1 for p in phrases))


REPORTING = _words("reporting")
REPORT_NOUNS = _words("report_nouns")
FIRST_PERSON = _words("first_person")
NORMATIVE = _words("normative")
QUANTITY_WORDS = _words("quantity_words")
QUESTION_WORDS = _words("question_words")
EVALUATIVE_VERBS = _words("evaluative_verbs")


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


@dataclass
class _Frame:
    """Who a clause is attributed to: the source's token indices and the reporting cue."""

    source: list[int]
    cue: str
    tokens: list[int]  # the frame's own tokens (reporting verb and its dependents)


class _Parse:
    """Per-document view of the parse: children lists, folded lemmas, subtrees without cycles."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.heads: list[int | None] = doc._.heads
        self.rels: list[str | None] = doc._.rels
        n = len(doc)
        self.children: list[list[int]] = [[] for _ in range(n)]
        for i, head in enumerate(self.heads):
            if head is not None and head != i:
                self.children[head].append(i)
        self.lemma = [_fold(t.lemma_ or t.text) for t in doc]
        self.lower = [_fold(t.text) for t in doc]

    def rel(self, i: int) -> str:
        return self.rels[i] or ""

    def kids(self, i: int, *rels: str) -> list[int]:
        return [k for k in self.children[i] if not rels or self.rel(k) in rels]

    def subtree(self, i: int, stop: frozenset[int] = frozenset()) -> list[int]:
        """Token indices under `i` (itself included), not descending into `stop`."""
        seen = {i}
        stack = [i]
        while stack:
            for k in self.children[stack.pop()]:
                if k not in seen and k not in stop:
                    seen.add(k)
                    stack.append(k)
        return sorted(seen)

    def is_word(self, i: int) -> bool:
        token = self.doc[i]
        return not token.is_space and not token.is_punct

    def is_finite(self, i: int) -> bool:
        token = self.doc[i]
        if token.pos_ in ("VERB", "AUX"):
            form = token.morph.get("VerbForm")
            return not form or form[0] == "Fin"
        return False

    def is_predicate(self, i: int) -> bool:
        """A finite verb, or a nominal / short-form predicate with a copula, subject or infinitive."""
        if self.is_finite(i):
            return True
        token = self.doc[i]
        kids = self.children[i]
        if token.pos_ == "VERB" and token.morph.get("Variant") == ["Short"]:  # short participle
            return True
        if token.pos_ == "VERB" and any(self.rel(k) in ("aux", "aux:pass") and self.is_finite(k) for k in kids):
            return True  # `будет нарастать`
        if token.pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "PRON", "NUM"):
            rels = {self.rel(k) for k in kids}
            if rels & {"cop", "csubj", "expl"} or (rels & SUBJECT_RELS and token.pos_ != "VERB"):
                return True
            if token.pos_ in ("ADJ", "ADV") and self.lemma[i] in NORMATIVE:
                return True
        return False


class _Cues:
    """Phrase matching over a list of tokens, by lemma or lower-cased form."""

    def __init__(self, parse: _Parse):
        self.parse = parse

    def find(self, section: str, tokens: Sequence[int]) -> list[tuple[int, int, str]]:
        """(first index, last index, matched text) of every phrase of `section` in `tokens` (in order)."""
        lexicon = CUES[section]
        parse, doc = self.parse, self.parse.doc
        found = []
        words = [i for i in tokens if not doc[i].is_space]
        for pos, i in enumerate(words):
            candidates = lexicon.get(parse.lemma[i], []) + (
                lexicon.get(parse.lower[i], []) if parse.lower[i] != parse.lemma[i] else [])
            for phrase in candidates:
                if len(phrase) > len(words) - pos:
                    continue
                if all(self._match(words[pos + k], w) for k, w in enumerate(phrase)):
                    last = words[pos + len(phrase) - 1]
                    found.append((i, last, doc.text[doc[i].idx:doc[last].idx + len(doc[last].text)]))
                    break
        return found

    def _match(self, i: int, word: str) -> bool:
        if word.endswith("*"):
            return self.parse.lower[i].startswith(word[:-1])
        return self.parse.lemma[i] == word or self.parse.lower[i] == word


def _char_range(doc: Doc, indices: Iterable[int]) -> tuple[int, int] | None:
    tokens = [doc[i] for i in indices if not doc[i].is_space]
    while tokens and tokens[0].is_punct and tokens[0].text not in QUOTES_OPEN:
        tokens.pop(0)
    while tokens and tokens[-1].is_punct and tokens[-1].text not in QUOTES_CLOSE + ")":
        tokens.pop()
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _block_kind(doc: Doc, start: int) -> str:
    for block in doc._.blocks or ():
        if block.start <= start < block.end:
            return block.kind
    return "paragraph"


class ClaimDetector:
    def __init__(self, nlp: Language, name: str = "razmetka_claims"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = list(find_claims(doc)) if doc._.heads is not None else []
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def find_claims(doc: Doc) -> Iterator[ClaimRecord]:
    """The claims of a parsed Doc, in text order."""
    parse = _Parse(doc)
    cues = _Cues(parse)
    mentions = list(doc.spans["mentions"]) if "mentions" in doc.spans else []
    timexes = doc._.timexes or []
    per_mentions = sorted((m for m in mentions if m.label_ == "PER"), key=lambda m: m.start_char)
    blocks = doc._.blocks or []
    for sent in doc.sents:
        words = [t.i for t in sent if not t.is_space]
        if not words:
            continue
        kind = _block_kind(doc, doc[words[0]].idx) if blocks else "paragraph"
        if kind != "paragraph":
            continue
        for clause in _clauses(parse, words):
            claim = _build(parse, cues, sent, clause, mentions, timexes, per_mentions)
            if claim is not None:
                yield claim


@dataclass
class _Clause:
    head: int
    tokens: list[int]


def _roots(parse: _Parse, words: list[int]) -> list[int]:
    inside = set(words)
    roots = [i for i in words if parse.heads[i] is None or parse.heads[i] == i or parse.heads[i] not in inside]
    roots.sort(key=lambda i: (parse.rel(i) != "root", i))
    return roots


def _shares_subject(parse: _Parse, first: int, other: int) -> bool:
    """Whether `other`, a coordinated predicate without a subject, can take `first`'s subject."""
    subjects = parse.kids(first, *SUBJECT_RELS)
    if not subjects:
        return True
    a, b = parse.doc[subjects[0]].morph, parse.doc[other].morph
    number, person = b.get("Number"), b.get("Person")
    subject_number = a.get("Number")
    if number and subject_number and number != subject_number:
        return False
    return not (person and person != ["3"] and parse.doc[subjects[0]].pos_ != "PRON")


def _independent(parse: _Parse, first: int, other: int) -> bool:
    """Whether a predicate coordinated with (or parsed apart from) `first` is a clause of its own."""
    if not parse.is_predicate(other):
        return False
    if any(parse.lower[k] in CLAUSE_MARKS for k in parse.kids(other, "mark", "advmod")):
        return False  # `…, поскольку X` misparsed as a conjunct
    subjects = parse.kids(other, *SUBJECT_RELS)
    if any(parse.lemma[k] in RELATIVE for k in subjects):
        return False  # `…, который исчез` left unattached
    if subjects:
        return True
    if parse.lemma[other] in NORMATIVE or any(parse.lemma[k] in NORMATIVE for k in parse.kids(other, "xcomp")):
        return True  # impersonal modal predicate: `и с этим нужно смириться`
    return not _shares_subject(parse, first, other)


def _coordinated(parse: _Parse, i: int, after: int = -1) -> bool:
    """A `ccomp`/`parataxis` that opens with `и`/`а`/`но` is a conjunct the parser mislabelled
    (only a conjunction after `after` counts: `…, и на Западе не исключают, что` coordinates the frame)."""
    return any(parse.lower[k] in ("и", "а", "но", "однако", "зато") and k > after for k in parse.kids(i, "cc"))


def _clauses(parse: _Parse, words: list[int]) -> list[_Clause]:
    """The independent clauses of a sentence, each with the tokens that belong to it."""
    roots = _roots(parse, words)
    if not roots:
        return []
    main = roots[0]
    heads = [main]
    for extra in roots[1:]:  # slovnet sometimes leaves a second clause unattached
        if parse.is_predicate(extra) and _independent(parse, main, extra):
            heads.append(extra)
    queue = list(heads)
    while queue:
        h = queue.pop()
        for k in parse.kids(h, "conj", "ccomp", "parataxis"):
            if parse.rel(k) != "conj" and not _coordinated(parse, k):
                continue
            if _independent(parse, h, k) and not _in_quote_with(parse, h, k):
                heads.append(k)
                queue.append(k)
    heads.sort()
    # Each token goes to the nearest clause head above it; tokens of stray fragments to the clause
    # they sit in by position.
    head_set = set(heads)
    owner: dict[int, int] = {}
    for i in words:
        node, steps = i, 0
        while node is not None and node not in head_set and steps < 64:
            node = parse.heads[node]
            steps += 1
        owner[i] = node if node in head_set else -1
    clauses: list[_Clause] = []
    for h in heads:
        clauses.append(_Clause(h, [i for i in words if owner[i] == h]))
    for i in words:
        if owner[i] == -1:
            nearest = min(clauses, key=lambda c: min(abs(i - t) for t in c.tokens) if c.tokens else 1 << 30)
            nearest.tokens.append(i)
    # Clauses are contiguous: a token after the next clause's start belongs to that clause (the
    # sentence's final full stop hangs on the root).
    clauses = [c for c in clauses if c.tokens]
    clauses.sort(key=lambda c: c.head)
    for n in range(len(clauses) - 1):
        cut = _clause_start(parse, clauses[n + 1], clauses[n].head)
        moved = [i for i in clauses[n].tokens if i >= cut]
        clauses[n].tokens = [i for i in clauses[n].tokens if i < cut]
        clauses[n + 1].tokens = sorted(clauses[n + 1].tokens + moved)
    for clause in clauses:
        clause.tokens.sort()
    return [c for c in clauses if c.tokens]


def _clause_start(parse: _Parse, clause: _Clause, previous_head: int) -> int:
    """The first word of a clause after the previous clause's head (punctuation attaches anywhere)."""
    words = [i for i in clause.tokens if i > previous_head and parse.is_word(i)]
    return min(words) if words else clause.head


def _in_quote_with(parse: _Parse, a: int, b: int) -> bool:
    """Whether `a` and `b` sit inside the same «…» quote (a quotation is one claim of its speaker)."""
    doc = parse.doc
    lo, hi = min(a, b), max(a, b)
    depth = 0
    start = doc[lo].sent.start
    for i in range(start, lo):
        if doc[i].text in QUOTES_OPEN:
            depth += 1
        elif doc[i].text in QUOTES_CLOSE and depth:
            depth -= 1
    if not depth:
        return False
    return not any(doc[i].text in QUOTES_CLOSE for i in range(lo, hi))


# --- attribution -------------------------------------------------------------------------------


def _reporting_frame(parse: _Parse, verb: int, content: int | None) -> _Frame | None:
    """The frame of reporting verb `verb`: its subject, or `в/на` + place when it has none."""
    if parse.lemma[verb] not in REPORTING:
        return None
    frame_tokens = parse.subtree(verb, frozenset({content} if content is not None else ()))
    subjects = parse.kids(verb, "nsubj", "nsubj:pass")
    cue = _cue_text(parse, verb)
    if subjects:
        source = parse.subtree(subjects[0])
        # `которого цитирует «Росбалт»`: the relative clause is not part of the speaker
        source = [i for i in source if not _inside_rel(parse, i, subjects[0], ("acl:relcl", "acl"))]
        if parse.lemma[subjects[0]] in FIRST_PERSON and not _quoted(parse, verb):
            return None
        return _Frame(source, cue, frame_tokens)
    places = [k for k in parse.kids(verb, "obl", "nmod")
              if parse.doc[k].pos_ in ("NOUN", "PROPN")
              and any(parse.lower[c] in ("в", "во", "на", "из", "у") for c in parse.kids(k, "case"))]
    if places:
        return _Frame(parse.subtree(places[0]), cue, frame_tokens)
    return _Frame([], cue, frame_tokens)


def _inside_rel(parse: _Parse, i: int, top: int, rels: tuple[str, ...]) -> bool:
    node = i
    while node is not None and node != top:
        if parse.rel(node) in rels:
            return True
        node = parse.heads[node]
    return False


def _quoted(parse: _Parse, verb: int) -> bool:
    sent = parse.doc[verb].sent
    return any(t.text in QUOTES_OPEN for t in sent)


def _cue_text(parse: _Parse, verb: int) -> str:
    doc = parse.doc
    parts = [k for k in parse.kids(verb, "advmod") if parse.lower[k] == "не"] + [verb]
    return " ".join(doc[i].text for i in sorted(parts))


def _introduces(parse: _Parse, verb: int, content: int) -> bool:
    """Whether `content` reads as what `verb` reports: a `что`-clause, or a quote or colon after it."""
    rel = parse.rel(content)
    marks = {parse.lower[k] for k in parse.kids(content, "mark")}
    if _coordinated(parse, content, verb):
        return False
    if rel == "ccomp" or marks & {"что", "чтобы", "будто", "якобы", "как"}:
        return True
    first = min(parse.subtree(content))
    before = [i for i in range(verb + 1, first) if not parse.doc[i].is_space]
    return any(parse.doc[i].text in ":" + QUOTES_OPEN for i in before) or parse.doc[first].text in QUOTES_OPEN


def _postposed(parse: _Parse, verb: int, content: int) -> bool:
    """`как отметил X, …`, `«…», — сказал X`, `…, сообщает ТАСС`: a frame hanging on its content."""
    if any(parse.lower[k] == "как" for k in parse.kids(verb, "mark", "advmod")):
        return True
    if verb < content or parse.kids(verb, "obj", "ccomp"):
        return False
    first = min(parse.subtree(verb))
    before = [i for i in range(max(first - 3, 0), verb) if parse.doc[i].is_punct]
    if any(parse.doc[i].text == ":" for i in before):
        return False  # `…: указывались лишь сроки` lists, it does not report
    subjects = parse.kids(verb, "nsubj")
    return not subjects or subjects[0] > verb or any(parse.doc[i].text in "—–-" for i in before)


def _find_frame(parse: _Parse, clause: _Clause) -> tuple[_Frame | None, int]:
    """(attribution frame or None, the content predicate) of a clause."""
    head = clause.head
    tokens = set(clause.tokens)
    # `X заявил, что …` / `X сказал: «…»` / `на Западе не исключают, что …`
    if parse.lemma[head] in REPORTING:
        for k in parse.kids(head, "ccomp", "parataxis", "advcl", "obj"):
            if k in tokens and parse.is_predicate(k) and _introduces(parse, head, k):
                frame = _reporting_frame(parse, head, k)
                if frame is not None:
                    return frame, k
    # `«…», — сказал X` and `как отметил X, …`: the reporting verb hangs on the content
    for k in parse.kids(head, "parataxis", "advcl", "conj", "ccomp"):
        if k in tokens and parse.lemma[k] in REPORTING and _postposed(parse, k, head):
            frame = _reporting_frame(parse, k, None)
            if frame is not None:
                return frame, head
    # `по словам X`, `по данным X`, `согласно X`
    for i in clause.tokens:
        if parse.lemma[i] in REPORT_NOUNS or parse.lower[i] in REPORT_NOUNS:
            case = [c for c in parse.kids(i, "case") if parse.lower[c] in ("по", "согласно")]
            if case:
                deps = [k for k in parse.kids(i, "nmod", "det")
                        if parse.doc[k].pos_ in ("NOUN", "PROPN", "PRON", "DET") and parse.lemma[k] not in RELATIVE]
                source = parse.subtree(deps[0]) if deps else []
                cue = f"{parse.doc[case[0]].text} {parse.doc[i].text}"
                return _Frame(source, cue, parse.subtree(i)), head
        if parse.lower[i] == "согласно" and parse.rel(i) == "case":
            noun = parse.heads[i]
            if noun is not None and parse.doc[noun].pos_ in ("NOUN", "PROPN") and noun in tokens:
                return _Frame(parse.subtree(noun), "согласно", parse.subtree(noun)), head
    return None, head


def _speaker(parse: _Parse, frame: _Frame, mentions, per_mentions) -> tuple[str | None, tuple[int, int] | None]:
    """(entity id, character span) of the source phrase: its named entity, people first."""
    doc = parse.doc
    source = list(frame.source)
    while source and (parse.rel(source[0]) == "case" or not parse.is_word(source[0])):
        source.pop(0)  # `на Западе` -> `Западе`
    span = _char_range(doc, source)
    if span is None:
        return None, None
    inside = [m for m in mentions if span[0] <= m.start_char and m.end_char <= span[1]]
    if inside:
        rank = {"PER": 0, "ORG": 1, "LOC": 2}
        best = min(inside, key=lambda m: (rank.get(m.label_, 3), m.start_char))
        # the name is the speaker; titles around it (`помощник президента …`) are description
        return best._.entity_id, (best.start_char, best.end_char)
    words = [i for i in source if parse.is_word(i)]
    if len(words) == 1 and doc[words[0]].pos_ == "PRON" and parse.lemma[words[0]] in ("он", "она", "они"):
        before = [m for m in per_mentions if m.end_char <= span[0]]
        if before:
            return before[-1]._.entity_id, span
    return None, span


# --- the claim ---------------------------------------------------------------------------------


def _predicate_tokens(parse: _Parse, head: int) -> list[int]:
    tokens = [head]
    for k in parse.children[head]:
        rel = parse.rel(k)
        if rel in PREDICATE_RELS or (rel == "advmod" and parse.lower[k] == "не"):
            tokens.append(k)
        elif rel == "xcomp" and parse.doc[k].pos_ in ("VERB", "ADJ", "NOUN"):
            tokens.append(k)
            tokens += [c for c in parse.children[k] if parse.rel(c) in PREDICATE_RELS]
    return sorted(tokens)


def _negated(parse: _Parse, head: int) -> bool:
    def neg(i: int) -> bool:
        return any(parse.lower[k] in ("не", "ни") and parse.rel(k) in ("advmod", "discourse", "")
                   for k in parse.children[i])

    if parse.lemma[head] == "нет" or neg(head):
        return True
    return any(parse.rel(k) in ("cop", "aux", "aux:pass", "xcomp") and neg(k) for k in parse.children[head])


def _is_question(parse: _Parse, words: list[int]) -> bool:
    doc = parse.doc
    last = [i for i in words if doc[i].text not in QUOTES_CLOSE + ")"]
    if last and doc[last[-1]].text in ("?", "?!", "?.."):
        return True
    first = words[0]
    if doc[first].text in QUOTES_OPEN and len(words) > 1:
        first = words[1]
    return parse.lower[first] in QUESTION_WORDS and parse.rel(first) not in ("mark", "nsubj", "det")


def _build(parse: _Parse, cues: _Cues, sent: Span, clause: _Clause, mentions, timexes,
           per_mentions) -> ClaimRecord | None:
    doc = parse.doc
    words = [i for i in clause.tokens if parse.is_word(i)]
    if len(words) < 3 or not parse.is_predicate(clause.head) and not _verbless_assertion(parse, clause):
        return None
    if _is_question(parse, [i for i in clause.tokens if not doc[i].is_space]):
        return None
    body = [i for i in clause.tokens if not doc[i].is_space]
    while body and (parse.lower[body[0]] in LEADING_JUNK or doc[body[0]].text in CLAUSE_PUNCT):
        body.pop(0)
    span = _char_range(doc, body)
    if span is None:
        return None
    start, end = span
    if doc._.furniture and is_furniture(doc, start, end):
        return None

    frame, content = _find_frame(parse, clause)
    claim = ClaimRecord(start, end, sent, "event", [])
    if frame is not None:
        claim.speaker_kind = "source"
        claim.cue = frame.cue
        claim.speaker_entity, claim.speaker_span = _speaker(parse, frame, mentions, per_mentions)
    frame_tokens = set(frame.tokens) if frame is not None else set()
    content_tokens = [i for i in clause.tokens if i not in frame_tokens] or clause.tokens

    # subject / predicate / object of the content clause
    subjects = parse.kids(content, *SUBJECT_RELS)
    claim.subject = _char_range(doc, _clip(parse.subtree(subjects[0]), content_tokens, parse)) if subjects else None
    claim.predicate = _char_range(doc, _predicate_tokens(parse, content))
    objects = parse.kids(content, "obj") or parse.kids(content, "iobj")
    if not objects:
        for k in parse.kids(content, "xcomp"):
            objects = parse.kids(k, "obj")
            if objects:
                break
    claim.object = _char_range(doc, _clip(parse.subtree(objects[0]), content_tokens, parse)) if objects else None

    claim.polarity = "negative" if _negated(parse, content) else "positive"

    # hedges: in the whole clause (a frame like `не исключают` is itself the hedge)
    low = cues.find("hedge_low", body)
    medium = cues.find("hedge_medium", body)
    low = [h for h in low if not _modal_of_ability(parse, h[0])]
    claim.hedges = list(dict.fromkeys(h[2] for h in sorted(low + medium)))
    claim.certainty = "low" if low else ("medium" if medium else "high")

    inside_dates = [k for k, t in enumerate(timexes) if start <= t.start and t.end <= end]
    date_chars = [(timexes[k].start, timexes[k].end) for k in inside_dates]
    claim.date_indices = [k for k in inside_dates if timexes[k].part_of is None]
    claim.entity_ids = list(dict.fromkeys(
        m._.entity_id for m in mentions if start <= m.start_char and m.end_char <= end))
    numbers = _numbers(parse, content_tokens, date_chars, mentions)
    claim.types = _types(parse, cues, content, content_tokens, numbers)
    claim.type = claim.types[0]
    claim.features, claim.score = _check_worthiness(parse, claim, content, numbers, mentions)
    return claim


def _clip(indices: list[int], allowed: list[int], parse: _Parse) -> list[int]:
    """`indices` inside `allowed`, without a leading conjunction or preposition-less junk."""
    allowed_set = set(allowed)
    kept = [i for i in indices if i in allowed_set]
    while kept and parse.rel(kept[0]) in ("cc", "punct", "mark"):
        kept.pop(0)
    return kept


def _verbless_assertion(parse: _Parse, clause: _Clause) -> bool:
    """`X — Y`: a nominal head with a subject and a dash stands for the copula."""
    doc = parse.doc
    head = clause.head
    return bool(parse.kids(head, *SUBJECT_RELS)) and any(doc[i].text in "—–-" for i in clause.tokens)


def _modal_of_ability(parse: _Parse, i: int) -> bool:
    """`мочь` with an animate subject (`Россия может ввести`) is ability, not doubt; the epistemic
    `может быть`, `может оказаться` and inanimate subjects stay hedges."""
    if parse.lemma[i] != "мочь":
        return False
    xcomp = parse.kids(i, "xcomp")
    if xcomp and parse.lemma[xcomp[0]] in ("быть", "оказаться", "стать"):
        return False
    if any(parse.kids(x, "cop") for x in xcomp):
        return False
    subjects = parse.kids(i, "nsubj")
    return bool(subjects) and (parse.doc[subjects[0]].pos_ in ("PROPN", "PRON")
                               or parse.doc[subjects[0]].morph.get("Animacy") == ["Anim"])


def _numbers(parse: _Parse, tokens: list[int], date_chars: list[tuple[int, int]], mentions) -> list[int]:
    """Numerals and amounts outside dates and durations."""
    doc = parse.doc
    found = []
    for i in tokens:
        token = doc[i]
        if any(s <= token.idx < e for s, e in date_chars):
            continue
        digits = token.text.replace(" ", "").replace(",", "").replace(".", "")
        is_number = (token.pos_ == "NUM" and token.morph.get("NumType") != ["Ord"]) or digits.isdigit()
        if is_number and parse.rel(i) == "amod" and digits.isdigit() and len(digits) == 4:
            continue  # a year the date stage did not take (`2022 года`)
        if is_number and any(c.isalpha() for c in token.text) and "-" in token.text:
            continue  # `Ми-24`, `Т-72`: a model name
        if is_number and parse.lemma[i] == "один" and not digits.isdigit():
            continue  # `один из руководителей` picks out, it does not count
        if is_number or parse.lemma[i] in QUANTITY_WORDS:
            found.append(i)
    found += [m.start for m in mentions if m.label_ in ("MONEY", "PERCENT", "QUANTITY")
              and doc[m.start].idx >= doc[tokens[0]].idx and m.end <= tokens[-1] + 1]
    return sorted(set(found))


def _types(parse: _Parse, cues: _Cues, content: int, tokens: list[int], numbers: list[int]) -> list[str]:
    doc = parse.doc
    types = set()
    predicate = _predicate_tokens(parse, content)
    predicate_words = {parse.lemma[i] for i in predicate} | {parse.lower[i] for i in predicate}
    if predicate_words & NORMATIVE or any(doc[i].morph.get("Mood") == ["Imp"] for i in predicate):
        types.add("normative")
    future = any(doc[i].morph.get("Tense") == ["Fut"] or (parse.lemma[i] == "быть" and parse.lower[i].startswith("буд"))
                 for i in predicate)
    if future or cues.find("predictive", tokens) or _modal_future(parse, content):
        types.add("predictive")
    if numbers:
        types.add("quantitative")
    if cues.find("causal", tokens) or _causal_verb(parse, tokens):
        types.add("causal")
    if cues.find("evaluative", tokens) or _judgement(parse, content):
        types.add("evaluative")
    if _eventive(parse, content, predicate):
        types.add("event")
    if not types:
        types.add("evaluative" if not parse.is_finite(content) else "event")
    return [t for t in PRECEDENCE if t in types]


def _modal_future(parse: _Parse, head: int) -> bool:
    """`может вырасти`: a modal verb with a perfective infinitive speaks of what may happen."""
    if parse.lemma[head] != "мочь":
        return False
    return any(parse.doc[k].morph.get("Aspect") == ["Perf"] for k in parse.kids(head, "xcomp"))


def _causal_verb(parse: _Parse, tokens: list[int]) -> bool:
    """`привести к`, `стать причиной`: a causal verb with its `к` complement."""
    for i in tokens:
        if parse.lemma[i] in ("привести", "приводить") and any(
                parse.lower[c] == "к" for k in parse.kids(i, "obl") for c in parse.kids(k, "case")):
            return True
    return False


def _judgement(parse: _Parse, head: int) -> bool:
    """A copular or verbless predicate that is an adjective or comparative states a judgement."""
    token = parse.doc[head]
    if token.pos_ == "ADJ" and not token.morph.get("VerbForm"):
        return True
    return token.morph.get("Degree") in (["Cmp"], ["Sup"])


def _eventive(parse: _Parse, head: int, predicate: list[int]) -> bool:
    """Something happened or happens: a finite (or short-participle) verb that is not a judgement."""
    doc = parse.doc
    verbs = [i for i in predicate if doc[i].pos_ == "VERB"]
    if not verbs:
        return False
    return parse.lemma[head] not in EVALUATIVE_VERBS


def _check_worthiness(parse: _Parse, claim: ClaimRecord, content: int, numbers: list[int],
                      mentions) -> tuple[dict[str, float], float]:
    """A transparent weighted sum of the features a fact-checker looks for, clipped to [0, 1]."""
    named = [m for m in mentions if claim.start <= m.start_char and m.end_char <= claim.end
             and m.label_ in ("PER", "ORG", "LOC", "NORP")]
    doc = parse.doc
    past_fact = doc[content].morph.get("Tense") == ["Past"] and "event" in claim.types
    features = {
        "entities": round(min(len({m._.entity_id for m in named}), 3) / 3, 3),
        "numbers": 1.0 if numbers else 0.0,
        "dates": 1.0 if claim.date_indices else 0.0,
        "factual_verb": 1.0 if past_fact or claim.type in ("event", "quantitative") else 0.0,
        "named_source": 1.0 if claim.speaker_kind == "source" and claim.speaker_entity else 0.0,
        "opinion": 1.0 if claim.type == "evaluative" else 0.0,
        "hedged": 1.0 if claim.hedges else 0.0,
        "prediction": 1.0 if claim.type in ("predictive", "normative") else 0.0,
    }
    score = (0.15 + 0.25 * features["entities"] + 0.2 * features["numbers"] + 0.15 * features["dates"]
             + 0.15 * features["factual_verb"] + 0.1 * features["named_source"]
             - 0.2 * features["opinion"] - 0.15 * features["hedged"] - 0.15 * features["prediction"])
    return features, round(min(1.0, max(0.0, score)), 3)


if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


@Language.factory("razmetka_claims")
def make_claim_detector(nlp: Language, name: str) -> ClaimDetector:
    return ClaimDetector(nlp, name)
