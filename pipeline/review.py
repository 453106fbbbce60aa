"""`razmetka review DIR`: one self-contained HTML page per article, and an index across them.

The text is cut at every span boundary; each piece carries the classes of the layers over it
(entity type, date, claim, furniture), so overlapping layers need no nesting. Article text is
data: jinja2 escapes it everywhere, and no page loads anything from the network.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from .readers import safe_name
from .report import iter_documents
from .schema import Document

ENTITY_COLORS = {
    "PER": "#aa9cfc", "LOC": "#ff9561", "ORG": "#7aecec", "NORP": "#c887fb",
    "MONEY": "#e4e7d2", "PERCENT": "#e4e7d2", "QUANTITY": "#e4e7d2",
}


@dataclass
class Piece:
    text: str
    classes: list[str] = field(default_factory=list)
    mention: object | None = None
    date: object | None = None
    claim: object | None = None
    starts: list[str] = field(default_factory=list)  # ids of the spans that begin here (anchors)


def pieces(doc: Document) -> list[Piece]:
    """The text cut at every boundary of a mention, date, claim or furniture block."""
    text = doc.text
    layers = ([("furniture", b) for b in doc.blocks if b.kind == "furniture"]
              + [("claim", c) for c in doc.claims]
              + [("date", d) for d in doc.dates if d.part_of is None]
              + [("mention", m) for m in doc.mentions])
    cuts = sorted({0, len(text)} | {s.start for _, s in layers} | {s.end for _, s in layers})
    result = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        if start >= end:
            continue
        piece = Piece(text[start:end])
        for kind, span in layers:
            if span.start <= start and end <= span.end:
                if kind == "furniture":
                    piece.classes.append("furniture")
                elif kind == "claim":
                    piece.classes.append("claim")
                    piece.claim = span
                elif kind == "date" and piece.mention is None:
                    piece.classes.append("date")
                    piece.date = span
                elif kind == "mention" and piece.mention is None:
                    piece.classes += ["ent", f"ent-{span.type}"]
                    piece.mention = span
                    piece.date = None
                    if "date" in piece.classes:
                        piece.classes.remove("date")
                if span.start == start and kind != "furniture":
                    piece.starts.append(span.id)
        result.append(piece)
    return result


def _environment() -> Environment:
    return Environment(loader=PackageLoader("pipeline", "templates"), autoescape=select_autoescape(["html"]),
                       trim_blocks=True, lstrip_blocks=True)


def page_name(doc: Document) -> str:
    return safe_name(doc.id) + ".html"


def render_page(doc: Document, env: Environment | None = None, index: str | None = "index.html") -> str:
    env = env or _environment()
    entities = {e.id: e for e in doc.entities}
    dates = {d.id: d for d in doc.dates}
    return env.get_template("review.html").render(
        doc=doc, pieces=pieces(doc), entities=entities, dates=dates, colors=ENTITY_COLORS, index=index)


def write_review(out_dir: Path, dest: Path | None = None) -> list[Path]:
    """Pages for every document in `out_dir` (into `dest`, default OUT/review/) and an index."""
    from .write import write_atomic

    dest = dest or out_dir / "review"
    env = _environment()
    rows, written = [], []
    for doc in iter_documents(out_dir):
        name = page_name(doc)
        write_atomic(dest / name, render_page(doc, env))
        written.append(dest / name)
        # only what the index shows: a thousand whole documents would not fit in memory
        rows.append({"name": name, "id": doc.id, "title": doc.title, "stats": doc.stats})
    write_atomic(dest / "index.html", env.get_template("review_index.html").render(rows=rows))
    written.append(dest / "index.html")
    return written
