"""`razmetka eval ner`: PER/LOC/ORG mentions scored against gold, beside bare natasha.

Three views: exact spans, overlapping spans (one-to-one, same type), and naeval-style token-level
IO tags (razdel tokens), so the numbers compare with natasha's published tables. razmetka is the
whole pipeline (`annotate_many`); only its PER/LOC/ORG mentions count (NORP, MONEY, ... are other
layers). Bare natasha is `Doc(text).segment(Segmenter()).tag_ner(NewsNERTagger(emb))`, spans as
predicted. Models are loaded before the clocks start.

`python -m pipeline.eval_ner ablation --gold FILE` re-runs the entity stage with each rule of
`entities.RULES` switched off in turn (the earlier stages run once) and prints the table of
docs/ner.md.
"""

from __future__ import annotations

import argparse
import bisect
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import razdel

TYPES = ("PER", "LOC", "ORG")
Span = tuple[int, int, str]
VIEWS = (("exact", "exact span"), ("overlap", "overlapping span"), ("tokens", "token-level (naeval)"))


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
    """naeval's IO tags: a razdel token inside a span takes its type."""
    tokens = list(razdel.tokenize(text))
    starts = [t.start for t in tokens]
    tags: list[str | None] = [None] * len(tokens)
    for start, end, kind in spans:
        for index in range(bisect.bisect_left(starts, start), len(tokens)):
            if tokens[index].start >= end:
                break
            if tokens[index].stop <= end:
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


def to_original(offset: int, edits: Sequence, end: bool = False) -> int:
    """An offset into the normalized text as an offset into the text as given (before NBSP, soft
    hyphens, `\\r\\n` ... were normalized), from the Document's `normalization` edits. Characters
    removed right at a span's start precede it; right at its end they follow it."""
    shift = 0
    for edit in edits:
        if edit.start > offset or (end and edit.start == offset):
            break
        shift += len(edit.original) - len(edit.replacement)
    return offset + shift


def predict_razmetka(documents: Sequence[dict]) -> list[list[Span]]:
    from .nlp import annotate_many

    pairs = ((d["text"], {"id": str(d.get("id", n))}) for n, d in enumerate(documents))
    return [[(to_original(m.start, doc.normalization), to_original(m.end, doc.normalization, end=True), m.type)
             for m in doc.mentions] for doc in annotate_many(pairs)]


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


def warm_up(system: str) -> None:
    """Load the models (and fill nothing else) so the clocks time the annotation only."""
    from . import models

    models.ner_tagger()
    if system == "razmetka":
        from .nlp import default_nlp

        default_nlp()


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
    for view, label in VIEWS:
        lines.append(f"{label}:")
        lines.append(f"  {'system':10} {'type':6} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>5} {'fp':>5} {'fn':>5}")
        for system, scores in results.items():
            table = getattr(scores, view)
            rows = [(kind, table[kind]) for kind in TYPES] + [("micro", Scores.micro(table))]
            for kind, c in rows:
                lines.append(f"  {system:10} {kind:6} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}   "
                             f"{c.tp:5d} {c.fp:5d} {c.fn:5d}")
        lines.append("")
    if len(results) == 2:
        (ours, a), (theirs, b) = results.items()
        lines.append(f"F1 difference, {ours} − {theirs} (points):")
        lines.append(f"  {'view':22} " + " ".join(f"{kind:>6}" for kind in (*TYPES, "micro")))
        for view, label in VIEWS:
            ta, tb = getattr(a, view), getattr(b, view)
            deltas = [ta[k].f1 - tb[k].f1 for k in TYPES] + [Scores.micro(ta).f1 - Scores.micro(tb).f1]
            lines.append(f"  {label:22} " + " ".join(f"{100 * d:+6.1f}" for d in deltas))
        lines.append("")
    lines.append("  " + "; ".join(f"{system}: {docs} documents in {seconds[system]:.1f} s "
                                  f"({docs / seconds[system]:.1f} docs/s)" for system in results))
    lines.append("  (razmetka runs its whole pipeline: syntax, dates and claims included; models loaded before timing)")
    return "\n".join(lines)


def evaluate(gold_path: Path, systems: Sequence[str] = ("razmetka", "natasha")) -> str:
    documents = load_gold(gold_path)
    results, seconds = {}, {}
    for system in systems:
        warm_up(system)
        started = time.perf_counter()
        predictions = SYSTEMS[system](documents)
        seconds[system] = max(time.perf_counter() - started, 1e-9)
        results[system] = score(documents, predictions)
    return format_table(f"NER evaluation on {gold_path} ({len(documents)} documents)", results, seconds,
                        len(documents))


# ---------------------------------------------------------------- ablation


def ablation(gold_path: Path) -> str:
    """What each entity rule gains: the full stage, the stage without each rule, no rule at all."""
    from .entities import RULES, EntityRecognizer
    from .nlp import build_nlp, make_doc

    documents = load_gold(gold_path)
    nlp = build_nlp(("razmetka_clean", "razmetka_segment", "razmetka_syntax"))
    docs = list(nlp.pipe(make_doc(nlp, d["text"], {"id": str(d.get("id", n))}) for n, d in enumerate(documents)))
    if any(doc.text != d["text"] for doc, d in zip(docs, documents, strict=True)):
        raise ValueError("normalization changed a gold text; ablation needs texts as given")

    def run(disabled: Iterable[str]) -> Scores:
        recognizer = EntityRecognizer(nlp, disabled=disabled)
        predictions = [[(s.start_char, s.end_char, s.label_) for s in doc.spans["mentions"]]
                       for doc in recognizer.pipe(docs)]
        return score(documents, predictions)

    def cells(scores: Scores) -> str:
        exact = " | ".join(f"{scores.exact[k].f1:.3f}" for k in TYPES)
        return (f"{Scores.micro(scores.exact).f1:.3f} | {exact} | {Scores.micro(scores.overlap).f1:.3f} | "
                f"{Scores.micro(scores.tokens).f1:.3f}")

    full = run(())
    top = Scores.micro(full.exact).f1
    lines = [f"Entity rules on {gold_path} ({len(documents)} documents); gain = exact micro F1 of all rules "
             "minus that without the rule, in points.", "",
             "| configuration | exact micro F1 | PER | LOC | ORG | overlap micro | token micro | gain |",
             "|---|---:|---:|---:|---:|---:|---:|---:|",
             f"| bare natasha (`Doc.segment` + `tag_ner`) | {cells(score(documents, predict_natasha(documents)))} | |",
             f"| no rule (slovnet on the masked text, edges stripped) | {cells(run(tuple(RULES)))} | |",
             f"| **all rules** | **{top:.3f}** | {cells(full).split(' | ', 1)[1]} | |"]
    for rule, what in RULES.items():
        without = run((rule,))
        gain = 100 * (top - Scores.micro(without.exact).f1)
        lines.append(f"| − `{rule}`: {what} | {cells(without)} | {gain:+.2f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.eval_ner")
    parser.add_argument("command", choices=("eval", "ablation"))
    parser.add_argument("--gold", type=Path, required=True)
    args = parser.parse_args(argv)
    print(evaluate(args.gold) if args.command == "eval" else ablation(args.gold))


if __name__ == "__main__":
    main()
