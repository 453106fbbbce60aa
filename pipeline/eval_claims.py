"""`razmetka eval claims`: claims scored against gold, with a sentence-level baseline beside them.

Gold (JSONL), one document a line: `id`, `text`, `claims`, each claim with `start`, `end`, `text`,
`type`, `types`, `speaker` (`{"kind": "author"}` or `{"kind": "source", "text", "start", "end"}`),
`polarity`, `hedged`, `certainty`.

- Span match: a system claim and a gold claim match when their character ranges overlap with a
  Jaccard index (shared characters / characters in either) of at least 0.5; pairs are taken
  one-to-one, greedily, highest Jaccard first. Exact-span numbers count only identical ranges once
  both are trimmed of spaces and a final `.`, `!` or `…`.
- Over the matched pairs: type accuracy (the system's `type` against the gold primary type, which is
  derived from the gold `types` with the project precedence normative > predictive > quantitative >
  causal > evaluative > event), speaker accuracy (same kind, and for a source the system speaker span
  overlaps the gold speaker span), polarity accuracy, hedged accuracy and certainty accuracy.
- The baseline takes every body sentence as one claim by the author, positive, typed `event`: it
  shows what clause splitting, typing and attribution add.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

PRECEDENCE = ("normative", "predictive", "quantitative", "causal", "evaluative", "event")
THRESHOLD = 0.5
TARGETS = {"span F1": 0.80, "type accuracy": 0.80, "speaker accuracy": 0.85}


@dataclass(frozen=True)
class Item:
    """One claim, gold or system, reduced to what the scores compare."""

    start: int
    end: int
    type: str
    types: tuple[str, ...] = ()
    speaker_kind: str = "author"
    speaker_span: tuple[int, int] | None = None
    speaker_text: str | None = None
    polarity: str = "positive"
    hedged: bool = False
    certainty: str | None = None
    text: str = ""
    # the person a pronoun speaker stands for: the gold's `coref`, the system entity's name
    speaker_person: str | None = None


@dataclass
class Scores:
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    type_hits: int = 0
    speaker_hits: int = 0
    speaker_kind_hits: int = 0
    gold_sources: int = 0
    source_hits: int = 0
    polarity_hits: int = 0
    hedged_hits: int = 0
    certainty_pairs: int = 0
    certainty_hits: int = 0
    types_tp: int = 0
    types_fp: int = 0
    types_fn: int = 0
    pronoun_pairs: int = 0
    pronoun_hits: int = 0
    confusion: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = hits / predicted if predicted else 0.0
        r = hits / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def rate(self, hits: int) -> float:
        return hits / self.matched if self.matched else 0.0

    def summary(self) -> dict[str, float]:
        return {
            "span F1": self.prf(self.matched, self.predicted, self.gold)[2],
            "type accuracy": self.rate(self.type_hits),
            "speaker accuracy": self.rate(self.speaker_hits),
            "polarity accuracy": self.rate(self.polarity_hits),
        }


def primary_type(types: Iterable[str], fallback: str = "event") -> str:
    """The first of `types` in the project precedence."""
    present = set(types)
    return next((t for t in PRECEDENCE if t in present), fallback)


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = (a[1] - a[0]) + (b[1] - b[0]) - shared
    return shared / union if union > 0 else 0.0


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!…"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def match(gold: Sequence[Item], found: Sequence[Item]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs with Jaccard >= THRESHOLD, best pairs first."""
    candidates = []
    for g, gi in enumerate(gold):
        for s, si in enumerate(found):
            if si.start < gi.end and gi.start < si.end:
                j = jaccard((gi.start, gi.end), (si.start, si.end))
                if j >= THRESHOLD:
                    candidates.append((-j, g, s))
    candidates.sort()
    used_gold: set[int] = set()
    used_system: set[int] = set()
    pairs = []
    for _, g, s in candidates:
        if g not in used_gold and s not in used_system:
            used_gold.add(g)
            used_system.add(s)
            pairs.append((g, s))
    return sorted(pairs)


def _same_person(gold: str, system: str | None) -> bool:
    """Whether two names share a surname (its first five letters, so that cases agree: `Лесин`,
    `Михаил Лесин`, `Лесина`)."""
    if not system:
        return False
    gold, system = gold.lower().replace("ё", "е"), system.lower().replace("ё", "е")
    return gold.split()[-1][:5] in system or system.split()[-1][:5] in gold


def speaker_agrees(gold: Item, system: Item) -> bool:
    if gold.speaker_kind != system.speaker_kind:
        return False
    if gold.speaker_kind == "author":
        return True
    if gold.speaker_span and system.speaker_span:
        (a, b), (c, d) = gold.speaker_span, system.speaker_span
        return a < d and c < b
    # A gold source without offsets: compare the words.
    return bool(gold.speaker_text and system.speaker_text
                and (gold.speaker_text.lower() in system.speaker_text.lower()
                     or system.speaker_text.lower() in gold.speaker_text.lower()))


def add_document(scores: Scores, text: str, gold: Sequence[Item], found: Sequence[Item], doc_id: str = "") -> None:
    scores.documents += 1
    scores.gold += len(gold)
    scores.predicted += len(found)
    exact_gold = {_trim(text, g.start, g.end) for g in gold}
    scores.exact += len(exact_gold & {_trim(text, s.start, s.end) for s in found})
    pairs = match(gold, found)
    scores.matched += len(pairs)
    matched_gold = {g for g, _ in pairs}
    matched_system = {s for _, s in pairs}
    for g, s in pairs:
        gi, si = gold[g], found[s]
        scores.type_hits += gi.type == si.type
        scores.confusion[(gi.type, si.type)] += 1
        gold_types, system_types = set(gi.types or (gi.type,)), set(si.types or (si.type,))
        scores.types_tp += len(gold_types & system_types)
        scores.types_fp += len(system_types - gold_types)
        scores.types_fn += len(gold_types - system_types)
        speaker_ok = speaker_agrees(gi, si)
        scores.speaker_hits += speaker_ok
        scores.speaker_kind_hits += gi.speaker_kind == si.speaker_kind
        if gi.speaker_kind == "source":
            scores.gold_sources += 1
            scores.source_hits += speaker_ok
        scores.polarity_hits += gi.polarity == si.polarity
        scores.hedged_hits += gi.hedged == si.hedged
        if gi.certainty is not None:
            scores.certainty_pairs += 1
            scores.certainty_hits += gi.certainty == si.certainty
        if gi.speaker_person:  # a pronoun speaker (`он отметил`): is it resolved to the annotated person?
            scores.pronoun_pairs += 1
            scores.pronoun_hits += speaker_ok and _same_person(gi.speaker_person, si.speaker_person)
        problems = []
        if gi.type != si.type:
            problems.append(f"type {gi.type}->{si.type}")
        if not speaker_ok:
            problems.append(f"speaker {gi.speaker_kind}:{gi.speaker_text}->{si.speaker_kind}:{si.speaker_text}")
        if gi.polarity != si.polarity:
            problems.append(f"polarity {gi.polarity}->{si.polarity}")
        if problems:
            scores.errors.append(f"{doc_id} MISLABEL {'; '.join(problems)}: {text[gi.start:gi.end]}")
    for g, gi in enumerate(gold):
        if g not in matched_gold:
            scores.errors.append(f"{doc_id} MISSED [{gi.type}] {text[gi.start:gi.end]}")
    for s, si in enumerate(found):
        if s not in matched_system:
            scores.errors.append(f"{doc_id} EXTRA [{si.type}] {text[si.start:si.end]}")


# --- reading gold and system output ------------------------------------------------------------


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line.strip()]


def _offset_map(original: str) -> tuple[str, list[int]]:
    """The pipeline's normalized text and, for every original offset, the normalized one."""
    from .clean import normalize_text

    text, edits = normalize_text(original)
    mapping: list[int] = []
    norm = 0  # normalized offset reached so far
    for edit in edits:
        mapping.extend(range(norm, edit.start))  # unchanged characters before the edit
        mapping.extend(edit.start + min(k, len(edit.replacement)) for k in range(len(edit.original)))
        norm = edit.start + len(edit.replacement)
    mapping.extend(range(norm, norm + len(original) - len(mapping) + 1))
    return text, mapping


def gold_items(document: dict) -> tuple[str, list[Item]]:
    text, to_normal = _offset_map(document["text"])
    items = []
    for claim in document["claims"]:
        speaker = claim.get("speaker") or {"kind": "author"}
        span = None
        if speaker.get("start") is not None and speaker.get("end") is not None:
            span = (to_normal[speaker["start"]], to_normal[speaker["end"]])
        types = tuple(claim.get("types") or ())
        items.append(Item(
            start=to_normal[claim["start"]], end=to_normal[claim["end"]],
            type=primary_type(types, claim.get("type", "event")) if types else claim.get("type", "event"),
            types=types, speaker_kind=speaker.get("kind", "author"), speaker_span=span,
            speaker_text=speaker.get("text"), polarity=claim.get("polarity", "positive"),
            hedged=bool(claim.get("hedged", False)), certainty=claim.get("certainty"),
            text=claim.get("text", ""), speaker_person=speaker.get("coref")))
    return text, items


def system_items(document) -> list[Item]:
    """Items from a `schema.Document`'s claims."""
    items = []
    names = {e.id: e.name for e in document.entities}
    for c in document.claims:
        span = (c.speaker.start, c.speaker.end) if c.speaker.start is not None else None
        items.append(Item(
            start=c.start, end=c.end, type=c.type, types=tuple(c.types), speaker_kind=c.speaker.kind,
            speaker_span=span, speaker_text=c.speaker.text, polarity=c.polarity, hedged=bool(c.hedges),
            certainty=c.certainty, text=c.text, speaker_person=names.get(c.speaker.entity_id)))
    return items


def baseline_items(document) -> list[Item]:
    """Every body sentence (paragraph blocks, not a question) as one author's positive event claim."""
    kinds = {b.id: b.kind for b in document.blocks}
    items = []
    for sentence in document.sentences:
        if kinds.get(sentence.block_id, "paragraph") != "paragraph" or sentence.text.rstrip().endswith("?"):
            continue
        start, end = _trim(document.text, sentence.start, sentence.end)
        items.append(Item(start=start, end=end, type="event", types=("event",)))
    return items


def _body_start(text: str) -> int:
    """Where the body begins: the gold's first line is its title, however long (the clean stage reads
    a first line over 250 characters as a lead paragraph), and holds no gold claims to score against."""
    line_end = text.find("\n")
    return line_end + 1 if line_end >= 0 else 0


def run(gold_documents: Sequence[dict]) -> tuple[Scores, Scores]:
    """(razmetka scores, baseline scores) over the gold documents."""
    from .nlp import annotate_many

    prepared = [(document, *gold_items(document)) for document in gold_documents]
    annotated = annotate_many((document["text"], {"id": str(document.get("id", n))})
                              for n, (document, _, _) in enumerate(prepared))
    system, baseline = Scores(), Scores()
    for (document, text, gold), result in zip(prepared, annotated, strict=True):
        if result.text != text:
            raise ValueError(f"{document.get('id')}: the pipeline's text differs from the normalized gold text")
        doc_id = str(document.get("id", ""))
        body = _body_start(text)
        add_document(system, text, gold, [i for i in system_items(result) if i.start >= body], doc_id)
        add_document(baseline, text, gold, [i for i in baseline_items(result) if i.start >= body], doc_id)
    return system, baseline


# --- the printout ------------------------------------------------------------------------------


def format_scores(system: Scores, baseline: Scores | None = None, title: str = "", name: str = "razmetka",
                  targets: bool = True) -> str:
    lines = [f"claims: {title}" if title else "claims",
             f"{system.documents} documents, {system.gold} gold claims, {system.predicted} system claims; "
             f"span match: character Jaccard >= {THRESHOLD}, one-to-one, greedy", ""]
    rows = [(name, system)] + ([("sentence baseline", baseline)] if baseline else [])
    lines.append(f"{'system':<18} {'pred':>5} {'match':>5} {'P':>6} {'R':>6} {'F1':>6} | "
                 f"{'exact P':>7} {'R':>6} {'F1':>6} | {'type':>6} {'speaker':>7} {'polar.':>6}")
    for label, s in rows:
        p, r, f = s.prf(s.matched, s.predicted, s.gold)
        ep, er, ef = s.prf(s.exact, s.predicted, s.gold)
        lines.append(f"{label:<18} {s.predicted:>5} {s.matched:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f} | "
                     f"{ep:>7.3f} {er:>6.3f} {ef:>6.3f} | {s.rate(s.type_hits):>6.3f} "
                     f"{s.rate(s.speaker_hits):>7.3f} {s.rate(s.polarity_hits):>6.3f}")
    s = system
    tp, fp, fn = s.types_tp, s.types_fp, s.types_fn
    _, _, types_f1 = s.prf(tp, tp + fp, tp + fn)
    lines += [
        "",
        f"{name}, over matched pairs:",
        f"  speaker kind (author/source) accuracy  {s.rate(s.speaker_kind_hits):.3f}",
        f"  source speakers found                  {s.source_hits}/{s.gold_sources}",
        f"  hedged accuracy                        {s.rate(s.hedged_hits):.3f}",
        f"  certainty accuracy                     "
        f"{(s.certainty_hits / s.certainty_pairs if s.certainty_pairs else 0.0):.3f} ({s.certainty_pairs} pairs)",
        f"  all-types micro F1 (`types` sets)      {types_f1:.3f}",
        f"  pronoun speakers resolved to the person {s.pronoun_hits}/{s.pronoun_pairs}",
        "",
        f"type confusion (rows gold primary type, columns {name} type):",
    ]
    present = [t for t in PRECEDENCE if any(t in key for key in s.confusion)]
    lines.append(" " * 14 + "".join(f"{t[:6]:>8}" for t in present))
    for g in present:
        lines.append(f"  {g:<12}" + "".join(f"{s.confusion[(g, t)]:>8}" for t in present))
    if not targets:
        return "\n".join(lines)
    lines += ["", "targets:"]
    for measure, value in s.summary().items():
        target = TARGETS.get(measure)
        if target is not None:
            verdict = "met" if value >= target else "NOT met"
            lines.append(f"  {measure:<18} {value:.3f}  (target >= {target:.2f}: {verdict})")
    return "\n".join(lines)


def evaluate(path: Path | str, errors: bool = False) -> str:
    """Score razmetka's claims against the gold file at `path`; a printable report."""
    path = Path(path)
    system, baseline = run(load_gold(path))
    report = format_scores(system, baseline, title=str(path))
    if errors:
        report += "\n\nerrors:\n" + "\n".join(system.errors)
    return report


def agreement(path: Path | str, other: Path | str, errors: bool = False) -> str:
    """Score a second annotation (`other`) of the gold file's documents against it, exactly as the
    pipeline is scored: inter-annotator agreement, the ceiling the pipeline's figures are read against.
    Only documents in both files count."""
    first = {str(d.get("id")): d for d in load_gold(Path(path))}
    scores = Scores()
    for document in load_gold(Path(other)):
        reference = first.get(str(document.get("id")))
        if reference is None:
            continue
        if reference["text"] != document["text"]:
            raise ValueError(f"{document.get('id')}: the two files hold different texts")
        text, gold = gold_items(reference)
        _, second = gold_items(document)
        body = _body_start(text)
        add_document(scores, text, gold, [i for i in second if i.start >= body], str(document.get("id")))
    report = format_scores(scores, title=f"{path} (reference) vs {other}", name="2nd annotator", targets=False)
    if errors:
        report += "\n\ndisagreements:\n" + "\n".join(scores.errors)
    return report
