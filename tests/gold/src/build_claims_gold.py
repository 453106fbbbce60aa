"""Write ../claims_<set>.jsonl from the hand annotations, with offsets located and checked.

    python tests/gold/src/build_claims_gold.py ../shared/data/news/articles.jsonl dev test

An annotation module `claims_<set>_annotations.py` holds `DOCS = {article_id: (paragraphs, claims)}`:
`paragraphs` is how many paragraphs of the article the document keeps (None: all of it; the title
line counts as the first), or `(first, last)`: the title line and paragraphs first..last only, and each claim is a tuple

    (surface, types, speaker, polarity, certainty)

- `surface`: the claim's text, or `(text, context)` where `context` occurs in the article just before
  the claim; claims are listed in text order and each is looked up from the end of the previous one;
- `types`: space-separated, primary first (`"quantitative event"`);
- `speaker`: None for the author, else the source's text, or `(text, context)` like `surface`, or
  `(text, context, coref)` for a pronoun; it is looked up nearest to the claim (inside it first);
- `polarity`: "+" or "-"; `certainty`: "high", "medium" or "low" (hedged unless high).
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
TYPES = {"event", "quantitative", "causal", "evaluative", "predictive", "normative"}


def keep_paragraphs(text: str, paragraphs: int | tuple[int, int] | None) -> str:
    if paragraphs is None:
        return text
    if isinstance(paragraphs, tuple):
        # `(first, last)`: the title line, then paragraphs first..last (1-based, the title counting as 1),
        # for a later stretch of a long article
        first, last = paragraphs
        lines = [line for line in text.split("\n") if line.strip()]
        return "\n\n".join([lines[0], *lines[first - 1:last]])
    kept, count = [], 0
    for line in text.split("\n"):
        if line.strip():
            count += 1
            if count > paragraphs:
                break
        kept.append(line)
    return "\n".join(kept).rstrip()


def split(value: str | tuple) -> tuple[str, str | None, str | None]:
    if isinstance(value, str):
        return value, None, None
    parts = (*value, None, None)
    return parts[0], parts[1], parts[2]


def find_after(text: str, surface: str, context: str | None, cursor: int) -> int:
    if context:
        adjacent = text.find(context + surface, cursor)
        if adjacent < 0:
            adjacent = text.find(context + surface)
        if adjacent >= 0:
            return adjacent + len(context)
        raise ValueError(f"{surface!r} not found right after {context!r}")
    start = text.find(surface, cursor)
    if start < 0:
        raise ValueError(f"{surface!r} not found from {cursor}")
    return start


def find_speaker(text: str, surface: str, context: str | None, start: int, end: int) -> int:
    if context:
        return find_after(text, surface, context, 0)
    inside = text.find(surface, start, end)
    if inside >= 0:
        return inside
    before, after = text.rfind(surface, 0, start), text.find(surface, end)
    candidates = [p for p in (before, after) if p >= 0]
    if not candidates:
        raise ValueError(f"speaker {surface!r} not found")
    return min(candidates, key=lambda p: start - p if p < start else p - end)


def build_document(doc_id: str, text: str, claims: list[tuple]) -> list[dict]:
    built, cursor = [], 0
    for surface_value, types, speaker_value, polarity, certainty in claims:
        surface, context, _ = split(surface_value)
        start = find_after(text, surface, context, cursor)
        end = start + len(surface)
        cursor = end
        type_list = types.split()
        assert type_list and set(type_list) <= TYPES, (doc_id, surface, types)
        assert polarity in "+-" and certainty in ("high", "medium", "low"), (doc_id, surface)
        speaker: dict = {"kind": "author"}
        if speaker_value:
            name, name_context, coref = split(speaker_value)
            at = find_speaker(text, name, name_context, start, end)
            speaker = {"kind": "source", "text": name, "start": at, "end": at + len(name)}
            if coref:
                speaker["coref"] = coref
        built.append({"start": start, "end": end, "text": surface, "type": type_list[0], "types": type_list,
                      "speaker": speaker, "polarity": "positive" if polarity == "+" else "negative",
                      "hedged": certainty != "high", "certainty": certainty})
    for a, b in zip(built, built[1:], strict=False):
        assert a["end"] <= b["start"], (doc_id, a["text"], b["text"])
    return built


def build(name: str, articles: dict) -> None:
    module = importlib.import_module(f"claims_{name}_annotations")
    lines, total = [], 0
    for doc_id, (paragraphs, claims) in module.DOCS.items():
        # `factru-book_438@2`: a second document cut from the same article (another paragraph range)
        text = keep_paragraphs(articles[doc_id.split("@")[0]]["text"], paragraphs)
        built = build_document(doc_id, text, claims)
        total += len(built)
        lines.append(json.dumps({"id": doc_id, "text": text, "claims": built}, ensure_ascii=False))
    (HERE.parent / f"claims_{name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    print(f"claims_{name}.jsonl: {len(lines)} documents, {total} claims")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    with open(sys.argv[1], encoding="utf-8") as handle:
        articles = {json.loads(line)["id"]: json.loads(line) for line in handle}
    for name in sys.argv[2:] or ["test"]:
        build(name, articles)
