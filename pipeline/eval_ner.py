"""`razmetka eval ner`: PER/LOC/ORG mentions scored against gold, beside bare natasha.

Three views: exact spans, overlapping spans (one-to-one, same type), and naeval-style token-level
IO tags (razdel tokens), so the numbers compare with natasha's published tables.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import razdel

TYPES = ("PER", "LOC", "ORG")
Span = tuple[int, int, str]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    exact: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    overlap: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    tokens: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})

    @staticmethod
    def micro(table: dict[str, Counts]) -> Counts:
        total = Counts()
        for counts in table.values():
            total.add(counts)
        return total


def exact_counts(gold: Iterable[Span], pred: Iterable[Span], kind: str) -> Counts:
    gold_set = {s for s in gold if s[2] == kind}
    pred_set = {s for s in pred if s[2] == kind}
    tp = len(gold_set & pred_set)
    return Counts(tp, len(pred_set) - tp, len(gold_set) - tp)


def overlap_counts(gold: Iterable[Span], pred: Iterable[Span], kind: str) -> Counts:
    """One-to-one matching of overlapping spans of the same type, in order of start."""
    gold_list = sorted(s for s in gold if s[2] == kind)
    pred_list = sorted(s for s in pred if s[2] == kind)
    used: set[int] = set()
    tp = 0
    for p in pred_list:
        for index, g in enumerate(gold_list):
            if index not in used and g[0] < p[1] and p[0] < g[1]:
                used.add(index)
                tp += 1
                break
    return Counts(tp, len(pred_list) - tp, len(gold_list) - tp)


def token_tags(text: str, spans: Iterable[Span]) -> list[str | None]:
    tokens = list(razdel.tokenize(text))
    tags: list[str | None] = [None] * len(tokens)
    for start, end, kind in spans:
        for index, token in enumerate(tokens):
            if token.start >= start and token.stop <= end:
                tags[index] = kind
    return tags


def token_counts(text: str, gold: Sequence[Span], pred: Sequence[Span], kind: str) -> Counts:
    counts = Counts()
    for g, p in zip(token_tags(text, gold), token_tags(text, pred), strict=True):
        if g == kind and p == kind:
            counts.tp += 1
        elif p == kind:
            counts.fp += 1
        elif g == kind:
            counts.fn += 1
    return counts


def score(documents: Sequence[dict], predictions: Sequence[list[Span]]) -> Scores:
    scores = Scores()
    for document, pred in zip(documents, predictions, strict=True):
        gold = [(e["start"], e["end"], e["type"]) for e in document["entities"] if e["type"] in TYPES]
        pred = [s for s in pred if s[2] in TYPES]
        for kind in TYPES:
            scores.exact[kind].add(exact_counts(gold, pred, kind))
            scores.overlap[kind].add(overlap_counts(gold, pred, kind))
            scores.tokens[kind].add(token_counts(document["text"], gold, pred, kind))
    return scores


def predict_razmetka(documents: Sequence[dict]) -> list[list[Span]]:
    from .nlp import annotate_many

    pairs = ((d["text"], {"id": str(d.get("id", n))}) for n, d in enumerate(documents))
    return [[(m.start, m.end, m.type) for m in doc.mentions] for doc in annotate_many(pairs)]


def predict_natasha(documents: Sequence[dict]) -> list[list[Span]]:
    from natasha import Doc, Segmenter

    from . import models

    segmenter, tagger = Segmenter(), models.ner_tagger()
    predictions = []
    for document in documents:
        doc = Doc(document["text"])
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        predictions.append([(s.start, s.stop, s.type) for s in doc.spans])
    return predictions


SYSTEMS = {"razmetka": predict_razmetka, "natasha": predict_natasha}


def load_gold(path: Path) -> list[dict]:
    documents = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.strip():
            try:
                documents.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: malformed JSON: {error}") from None
    return documents


def format_table(title: str, results: dict[str, Scores], seconds: dict[str, float], docs: int) -> str:
    lines = [title, ""]
    for view, label in (("exact", "exact span"), ("overlap", "overlapping span"), ("tokens", "token-level (naeval)")):
        lines.append(f"{label}:")
        lines.append(f"  {'system':10} {'type':6} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>5} {'fp':>5} {'fn':>5}")
        for system, scores in results.items():
            table = getattr(scores, view)
            rows = [(kind, table[kind]) for kind in TYPES] + [("micro", Scores.micro(table))]
            for kind, c in rows:
                lines.append(f"  {system:10} {kind:6} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}   "
                             f"{c.tp:5d} {c.fp:5d} {c.fn:5d}")
        lines.append("")
    lines.append("  " + "; ".join(f"{system}: {docs} documents in {seconds[system]:.1f} s" for system in results))
    return "\n".join(lines)


def evaluate(gold_path: Path, systems: Sequence[str] = ("razmetka", "natasha")) -> str:
    documents = load_gold(gold_path)
    results, seconds = {}, {}
    for system in systems:
        started = time.perf_counter()
        predictions = SYSTEMS[system](documents)
        seconds[system] = time.perf_counter() - started
        results[system] = score(documents, predictions)
    return format_table(f"NER evaluation on {gold_path} ({len(documents)} documents)", results, seconds,
                        len(documents))
