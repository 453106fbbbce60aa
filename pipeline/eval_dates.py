"""`razmetka eval dates`: time expressions scored against gold, beside the tools a researcher would try.

Gold (JSONL): `id`, `doc_date`, `text`, `expressions` with `start`, `end`, `type`, `value`. Every
system gets the gold document date. Scores: exact-span and overlapping-span P/R/F1; value P/R/F1
(overlapping span and equal value); value accuracy (of the gold expressions a system's span
overlaps, the share with the exact value). Only razmetka's top-level expressions count.
"""

from __future__ import annotations

import datetime
import json
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

Found = tuple[int, int, str | None]  # start, end, value


@dataclass
class Row:
    system: str
    documents: int = 0
    seconds: float = 0.0
    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0
    value_hits: int = 0
    error: str | None = None

    @staticmethod
    def prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = hits / predicted if predicted else 0.0
        r = hits / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def value_accuracy(self) -> float:
        return self.value_hits / self.overlap if self.overlap else 0.0


def match(gold: Sequence[dict], found: Sequence[Found]) -> tuple[int, int, int]:
    """(exact-span hits, overlapping hits, overlapping hits with the gold value), one-to-one."""
    exact = len({(g["start"], g["end"]) for g in gold} & {(f[0], f[1]) for f in found})
    used: set[int] = set()
    overlap = value_hits = 0
    for g in sorted(gold, key=lambda e: e["start"]):
        best = None
        for k, f in enumerate(found):
            if k in used or not (f[0] < g["end"] and g["start"] < f[1]):
                continue
            # prefer the candidate with the right value, then the largest overlap
            key = (f[2] == g["value"], min(f[1], g["end"]) - max(f[0], g["start"]))
            if best is None or key > best[0]:
                best = (key, k)
        if best is not None:
            used.add(best[1])
            overlap += 1
            value_hits += found[best[1]][2] == g["value"]
    return exact, overlap, value_hits


def razmetka(text: str, doc_date: datetime.date | None) -> list[Found]:
    from .timex import extract

    return [(t.start, t.end, t.value) for t in extract(text, doc_date) if t.part_of is None]


def _iso(year, month, day) -> str | None:
    if not year:
        return None
    if month and day:
        return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    return f"{int(year):04d}-{int(month):02d}" if month else f"{int(year):04d}"


def natasha(text: str, doc_date: datetime.date | None) -> list[Found]:
    from natasha import DatesExtractor

    from .models import morph_vocab

    extractor = _cached("natasha", lambda: DatesExtractor(morph_vocab()))
    found = []
    for m in extractor(text):
        fact = m.fact
        found.append((m.start, m.stop, _iso(fact.year, fact.month, fact.day)))
    return found


def dateparser(text: str, doc_date: datetime.date | None) -> list[Found]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.datetime.combine(doc_date, datetime.time())} if doc_date else {}
    found, cursor = [], 0
    for surface, value in search_dates(text, languages=["ru"], settings=settings) or []:
        start = text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        found.append((start, cursor, value.date().isoformat()))
    return found


def rutimeparser(text: str, doc_date: datetime.date | None) -> list[Found]:
    import rutimeparser as rtp

    found = []
    now = datetime.datetime.combine(doc_date, datetime.time()) if doc_date else None
    # rutimeparser parses one phrase at a time: offer it each sentence; its span is the sentence.
    for sentence in re.finditer(r"[^.!?\n]+", text):
        try:
            value = rtp.parse(sentence.group(), now=now) if now else rtp.parse(sentence.group())
        except (ValueError, OverflowError, IndexError, AttributeError, TypeError):
            continue  # it raises on some numbers ("year 0 is out of range")
        if value is None:
            continue
        values = value if isinstance(value, list) else [value]
        for v in values:
            date = v.date() if isinstance(v, datetime.datetime) else v
            found.append((sentence.start(), sentence.end(), date.isoformat() if date else None))
    return found


_CACHE: dict[str, object] = {}


def _cached(name: str, make):
    if name not in _CACHE:
        _CACHE[name] = make()
    return _CACHE[name]


SYSTEMS = {"razmetka": razmetka, "natasha": natasha, "dateparser": dateparser, "rutimeparser": rutimeparser}


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def run(documents: Sequence[dict], system: str) -> Row:
    row = Row(system)
    extract = SYSTEMS[system]
    started = time.perf_counter()
    try:
        for document in documents:
            doc_date = datetime.date.fromisoformat(document["doc_date"]) if document.get("doc_date") else None
            found = extract(document["text"], doc_date)
            exact, overlap, value_hits = match(document["expressions"], found)
            row.documents += 1
            row.gold += len(document["expressions"])
            row.predicted += len(found)
            row.exact += exact
            row.overlap += overlap
            row.value_hits += value_hits
    except ImportError as error:
        row.error = f"not installed ({error.name}): pip install 'razmetka[eval]'"
    except Exception as error:  # noqa: BLE001 - a baseline that breaks is reported, not fatal
        row.error = f"failed: {type(error).__name__}: {error}"
    row.seconds = time.perf_counter() - started
    return row


def format_rows(rows: Sequence[Row], title: str) -> str:
    lines = [title, "",
             f"{'system':13} {'docs':>4} {'sec':>6} | {'exact span P/R/F1':^20} | {'overlap span P/R/F1':^20} | "
             f"{'value P/R/F1':^20} | {'value acc':>9}"]
    for row in rows:
        if row.error:
            lines.append(f"{row.system:13} {row.error}")
            continue
        cells = []
        for hits in (row.exact, row.overlap, row.value_hits):
            p, r, f = Row.prf(hits, row.predicted, row.gold)
            cells.append(f"{p:6.3f} {r:6.3f} {f:6.3f}")
        lines.append(f"{row.system:13} {row.documents:4d} {row.seconds:6.2f} | " + " | ".join(cells)
                     + f" | {row.value_accuracy:9.3f}")
    return "\n".join(lines)


def evaluate(gold_path: Path, systems: Sequence[str] = tuple(SYSTEMS)) -> str:
    documents = load_gold(gold_path)
    expressions = sum(len(d["expressions"]) for d in documents)
    rows = [run(documents, system) for system in systems]
    return format_rows(rows, f"Time expressions on {gold_path}: {len(documents)} documents, {expressions} expressions")


def errors(gold_path: Path) -> str:
    """Each gold expression razmetka misses or mis-values, and each span it adds, with context."""
    from .timex import extract

    lines = []
    for document in load_gold(gold_path):
        text = document["text"]
        doc_date = datetime.date.fromisoformat(document["doc_date"]) if document.get("doc_date") else None
        found = [t for t in extract(text, doc_date) if t.part_of is None]
        by_span = {(t.start, t.end): t for t in found}
        gold_spans = {(g["start"], g["end"]) for g in document["expressions"]}
        for g in document["expressions"]:
            hit = by_span.get((g["start"], g["end"]))
            if hit is None:
                near = [t for t in found if t.start < g["end"] and g["start"] < t.end]
                got = f"overlaps {near[0].text!r} {near[0].value}" if near else "missed"
                lines.append(f"{document['id']}\tSPAN\t{g['text']!r} {g['value']}\t{got}\t{_context(text, g)}")
            elif hit.value != g["value"]:
                lines.append(f"{document['id']}\tVALUE\t{g['text']!r} gold {g['value']} got {hit.value} "
                             f"({hit.resolution}, anchor {hit.anchor})\t{_context(text, g)}")
        for t in found:
            if (t.start, t.end) not in gold_spans and not any(
                    t.start < g["end"] and g["start"] < t.end for g in document["expressions"]):
                lines.append(f"{document['id']}\tEXTRA\t{t.text!r} {t.value}\t{_context(text, vars(t))}")
    return "\n".join(lines)


def _context(text: str, span: dict) -> str:
    return (text[max(0, span["start"] - 40):span["start"]] + "[" + text[span["start"]:span["end"]] + "]"
            + text[span["end"]:span["end"] + 30]).replace("\n", " ")


if __name__ == "__main__":
    import sys

    # python -m pipeline.eval_dates --errors GOLD.jsonl: what to fix, on the dev gold only
    if sys.argv[1:2] == ["--errors"]:
        print(errors(Path(sys.argv[2])))
    else:
        print(evaluate(Path(sys.argv[1])))
