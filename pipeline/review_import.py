"""`razmetka import-review`: an annotator's corrections back into razmetka JSON.

Reads a Label Studio export (JSON list of tasks with `annotations`) or a folder of brat `.ann`
files, compares the reviewed mentions with the pipeline's, reports what changed (added, removed,
retyped) with the pipeline's precision and recall against the reviewed version, and writes the
corrected documents into another folder with `reviewed: true` and who/when/tool. The pipeline's
original outputs are never overwritten.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field
from pathlib import Path

from .readers import safe_name
from .report import iter_documents
from .schema import Document, Entity, Mention

Span = tuple[int, int, str]


@dataclass
class Review:
    doc_id: str
    spans: set[Span]
    who: str | None = None
    when: str | None = None
    tool: str = "unknown"


@dataclass
class Changes:
    doc_id: str
    added: list[Span] = field(default_factory=list)
    removed: list[Span] = field(default_factory=list)
    retyped: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, old, new
    kept: int = 0

    @property
    def precision(self) -> float:
        predicted = self.kept + len(self.removed) + len(self.retyped)
        return self.kept / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        gold = self.kept + len(self.added) + len(self.retyped)
        return self.kept / gold if gold else 1.0


def read_label_studio(path: Path) -> list[Review]:
    tasks = json.loads(path.read_text("utf-8"))
    reviews = []
    for task in tasks:
        doc_id = str(task.get("data", {}).get("doc_id") or task.get("id"))
        annotations = task.get("annotations") or []
        if not annotations:
            continue
        latest = max(annotations, key=lambda a: a.get("updated_at") or a.get("created_at") or "")
        spans = set()
        for item in latest.get("result", []):
            value = item.get("value", {})
            for label in value.get("labels", []):
                spans.add((int(value["start"]), int(value["end"]), label))
        who = latest.get("completed_by")
        if isinstance(who, dict):
            who = who.get("email") or who.get("username") or str(who.get("id"))
        reviews.append(Review(doc_id, spans, str(who) if who is not None else None,
                              latest.get("updated_at") or latest.get("created_at"), "label-studio"))
    return reviews


def read_brat(folder: Path, who: str | None = None) -> list[Review]:
    reviews = []
    for ann in sorted(folder.glob("*.ann")):
        spans = set()
        for line in ann.read_text("utf-8").splitlines():
            if line.startswith("T"):
                _, kind_offsets, _ = line.split("\t", 2)
                kind, *offsets = kind_offsets.split(" ")
                start, end = int(offsets[0]), int(offsets[-1].split(";")[-1])
                spans.add((start, end, kind))
        when = datetime.datetime.fromtimestamp(ann.stat().st_mtime, datetime.timezone.utc).isoformat()
        reviews.append(Review(ann.stem, spans, who, when, "brat"))
    return reviews


def diff(doc: Document, reviewed: set[Span]) -> Changes:
    predicted = {(m.start, m.end, m.type) for m in doc.mentions}
    changes = Changes(doc.id)
    by_offsets = {(s, e): t for s, e, t in reviewed}
    for start, end, kind in sorted(predicted):
        if (start, end, kind) in reviewed:
            changes.kept += 1
        elif (start, end) in by_offsets:
            changes.retyped.append((start, end, kind, by_offsets[(start, end)]))
        else:
            changes.removed.append((start, end, kind))
    predicted_offsets = {(s, e) for s, e, _ in predicted}
    changes.added = sorted(s for s in reviewed if (s[0], s[1]) not in predicted_offsets)
    return changes


def apply(doc: Document, review: Review) -> Document:
    """The document with the reviewed mentions; entities regrouped where mentions changed."""
    text = doc.text
    old = {(m.start, m.end, m.type): m for m in doc.mentions}
    entities = {e.id: e for e in doc.entities}
    mentions: list[Mention] = []
    new_entities: dict[tuple[str, str], str] = {}
    next_id = len(doc.entities) + 1
    for start, end, kind in sorted(review.spans):
        if (start, end, kind) in old:
            mentions.append(old[(start, end, kind)].model_copy())
            continue
        key = (kind, " ".join(text[start:end].lower().split()))
        if key not in new_entities:
            new_entities[key] = f"E{next_id}"
            next_id += 1
        mentions.append(Mention(id="", entity_id=new_entities[key], type=kind, normal=text[start:end],
                                source=f"review:{review.tool}", start=start, end=end, text=text[start:end]))
    for n, mention in enumerate(mentions, 1):
        mention.id = f"m{n}"
    members: dict[str, list[str]] = {}
    for mention in mentions:
        members.setdefault(mention.entity_id, []).append(mention.id)
    kept_entities = []
    for entity_id, ids in members.items():
        if entity_id in entities:
            entity = entities[entity_id].model_copy(update={"mentions": ids, "count": len(ids)})
        else:
            first = next(m for m in mentions if m.entity_id == entity_id)
            entity = Entity(id=entity_id, type=first.type, name=first.text, mentions=ids, count=len(ids))
        kept_entities.append(entity)
    alive = set(members)
    claims = [c.model_copy(update={
        "entity_ids": [e for e in c.entity_ids if e in alive],
        "speaker": c.speaker.model_copy(update={"entity_id": c.speaker.entity_id
                                                if c.speaker.entity_id in alive else None})})
        for c in doc.claims]
    review_record = {"tool": review.tool, "who": review.who or "unknown", "when": review.when or "unknown"}
    stats = doc.stats.model_copy(update={"mentions": len(mentions), "entities": len(kept_entities)})
    return doc.model_copy(update={"mentions": mentions, "entities": kept_entities, "claims": claims,
                                  "reviewed": True, "review": review_record, "stats": stats})


def import_review(out_dir: Path, source: Path, dest: Path, who: str | None = None) -> str:
    from .write import document_json, write_atomic

    if dest.resolve() == out_dir.resolve():
        raise ValueError("the reviewed documents go to another folder: the pipeline's outputs are kept as they are")
    reviews = read_brat(source, who) if source.is_dir() else read_label_studio(source)
    documents = {d.id: d for d in iter_documents(out_dir)}
    by_name = {safe_name(doc_id): doc_id for doc_id in documents}
    lines, totals = [], Changes("all")
    for review in reviews:
        doc_id = review.doc_id if review.doc_id in documents else by_name.get(review.doc_id)
        if doc_id is None:
            lines.append(f"{review.doc_id}: no such document in {out_dir}")
            continue
        doc = documents[doc_id]
        changes = diff(doc, review.spans)
        totals.kept += changes.kept
        totals.added += changes.added
        totals.removed += changes.removed
        totals.retyped += changes.retyped
        lines.append(f"{doc_id}: {len(changes.added)} added, {len(changes.removed)} removed, "
                     f"{len(changes.retyped)} retyped; pipeline P {changes.precision:.3f} R {changes.recall:.3f}")
        for start, end, kind in changes.added:
            lines.append(f"  + {kind:8} {doc.text[start:end]!r} [{start}:{end}]")
        for start, end, kind in changes.removed:
            lines.append(f"  - {kind:8} {doc.text[start:end]!r} [{start}:{end}]")
        for start, end, old, new in changes.retyped:
            lines.append(f"  ~ {old}->{new} {doc.text[start:end]!r} [{start}:{end}]")
        write_atomic(dest / f"{safe_name(doc_id)}.json", document_json(apply(doc, review)))
    lines.append(f"total: {len(totals.added)} added, {len(totals.removed)} removed, {len(totals.retyped)} retyped; "
                 f"pipeline precision {totals.precision:.3f}, recall {totals.recall:.3f} against the review")
    return "\n".join(lines)
