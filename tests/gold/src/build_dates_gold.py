"""Write ../dates_lead_<set>.jsonl from the hand annotations, with offsets located and checked.

    python tests/gold/src/build_dates_gold.py ../shared/data/news/articles.jsonl
"""

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent


def locate(text: str, surface: str, after: str | None, cursor: int) -> int:
    """The surface right after `after` (or after its first occurrence), else the next one from cursor."""
    if after:
        adjacent = text.find(after + surface)
        if adjacent >= 0:
            return adjacent + len(after)
        at = text.find(after)
        start = text.find(surface, at + len(after)) if at >= 0 else -1
    else:
        start = text.find(surface, cursor)
    if start < 0:
        raise ValueError(f"{surface!r} not found (after {after!r}, from {cursor})")
    return start


def build(name: str, articles: dict) -> None:
    module = importlib.import_module(f"dates_{name}_annotations")
    lines = []
    total = 0
    for doc_id, (doc_date, basis, items) in module.DOCS.items():
        text = articles[doc_id]["text"]
        expressions, cursor = [], 0
        for surface, after, kind, value, mod in items:
            start = locate(text, surface, after, cursor)
            end = start + len(surface)
            assert text[start:end] == surface
            expressions.append({"start": start, "end": end, "text": surface, "type": kind, "value": value,
                                "mod": mod})
            cursor = end if not after else cursor
        expressions.sort(key=lambda e: e["start"])
        for a, b in zip(expressions, expressions[1:], strict=False):
            assert a["end"] <= b["start"], (doc_id, a, b)
        total += len(expressions)
        lines.append(json.dumps({"id": doc_id, "doc_date": doc_date, "doc_date_basis": basis, "text": text,
                                 "expressions": expressions}, ensure_ascii=False))
    (HERE.parent / f"dates_lead_{name}.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    print(f"dates_lead_{name}.jsonl: {len(lines)} documents, {total} expressions")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    with open(sys.argv[1], encoding="utf-8") as handle:
        articles = {json.loads(line)["id"]: json.loads(line) for line in handle}
    for name in sys.argv[2:] or ["test"]:
        build(name, articles)
