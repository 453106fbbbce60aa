"""`razmetka export DIR --format {label-studio,brat,conllu,docbin} --out DEST`.

Label Studio pre-annotations (tasks with `predictions`, plus the labeling config), brat standoff
(`.txt` + `.ann`), CoNLL-U for linguists, spaCy `DocBin` for training. Mentions are exported; the
PER/LOC/ORG/NORP/MONEY/PERCENT/QUANTITY types become the labels.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from .readers import safe_name
from .report import iter_documents
from .schema import Document

FORMATS = ("label-studio", "brat", "conllu", "docbin")
LABELS = ("PER", "LOC", "ORG", "NORP", "MONEY", "PERCENT", "QUANTITY")
LABEL_STUDIO_CONFIG = """<View>
  <Labels name="label" toName="text">
{labels}
  </Labels>
  <Text name="text" value="$text"/>
</View>
"""


def label_studio_tasks(docs: Iterable[Document]) -> list[dict]:
    tasks = []
    for doc in docs:
        result = [{
            "id": m.id, "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": m.start, "end": m.end, "text": m.text, "labels": [m.type]},
        } for m in doc.mentions]
        tasks.append({"data": {"text": doc.text, "doc_id": doc.id},
                      "predictions": [{"model_version": f"razmetka {doc.pipeline.version}", "result": result}]})
    return tasks


def brat_ann(doc: Document) -> str:
    lines = []
    for n, m in enumerate(doc.mentions, 1):
        # brat offsets count characters like Python; a span must not hold a line break
        lines.append(f"T{n}\t{m.type} {m.start} {m.end}\t{m.text}")
        lines.append(f"#{n}\tAnnotatorNotes T{n}\t{m.id} {m.entity_id} {m.normal}")
    return "\n".join(lines) + ("\n" if lines else "")


def _feats(feats: dict[str, str]) -> str:
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items(), key=lambda kv: kv[0].lower())) or "_"


def tree(heads: list[int | None], rels: list[str | None]) -> tuple[list[int], list[str]]:
    """1-based heads forming one tree (0 for the root), from a parse that may have cycles or no root."""
    n = len(heads)
    local = [h + 1 if h is not None and 0 <= h < n and h != i else 0 for i, h in enumerate(heads)]
    labels = [r or "dep" for r in rels]
    roots = [i for i in range(n) if local[i] == 0]
    root = roots[0] if roots else next((i for i in range(n) if labels[i] == "root"), 0)
    for i in range(n):
        if i != root and local[i] == 0:
            local[i] = root + 1
    local[root], labels[root] = 0, "root"
    for i in range(n):  # slovnet's greedy decoder can close a cycle: cut it at its entry
        seen, node = set(), i
        while local[node] != 0 and node not in seen:
            seen.add(node)
            node = local[node] - 1
        if local[node] != 0:
            local[node] = root + 1
    for i in range(n):
        if i != root and labels[i] == "root":
            labels[i] = "dep"
    return local, labels


def conllu(doc: Document) -> str:
    """CoNLL-U: one block per sentence; heads are 1-based within the sentence, 0 for the root."""
    blocks: list[str] = []
    text = doc.text
    for sentence in doc.sentences:
        first, last = sentence.tokens
        tokens = doc.tokens[first:last]
        heads, rels = tree([t.head - first if t.head is not None and first <= t.head < last else None
                            for t in tokens], [t.rel for t in tokens])
        rows = [] if blocks else [f"# newdoc id = {doc.id}"]
        rows += [f"# sent_id = {doc.id}-{sentence.id}", f"# text = {' '.join(sentence.text.split())}"]
        for k, t in enumerate(tokens):
            misc = "SpaceAfter=No" if t.end < len(text) and not text[t.end].isspace() else "_"
            rows.append("\t".join([str(k + 1), t.text, t.lemma or "_", t.pos or "X", "_", _feats(t.feats),
                                   str(heads[k]), rels[k], "_", misc]))
        blocks.append("\n".join(rows))
    return "\n\n".join(blocks) + "\n\n"


def docbin(docs: Iterable[Document]):
    """A spaCy DocBin whose texts equal the JSON texts: POS, lemmas, morphology, entity spans."""
    import spacy
    from spacy.tokens import Doc, DocBin

    from .segment import add_gap

    vocab = spacy.blank("ru").vocab
    binary = DocBin(store_user_data=True)
    for document in docs:
        text = document.text
        words: list[str] = []
        spaces: list[bool] = []
        pos, lemmas, morphs = [], [], []
        cursor = 0
        for t in document.tokens:
            before = len(words)
            add_gap(text[cursor:t.start], words, spaces)
            pos += ["SPACE"] * (len(words) - before)
            lemmas += words[before:]
            morphs += [""] * (len(words) - before)
            words.append(t.text)
            spaces.append(False)
            pos.append(t.pos or "X")
            lemmas.append(t.lemma or t.text)
            morphs.append("|".join(f"{k}={v}" for k, v in sorted(t.feats.items())))
            cursor = t.end
        before = len(words)
        add_gap(text[cursor:], words, spaces)
        pos += ["SPACE"] * (len(words) - before)
        lemmas += words[before:]
        morphs += [""] * (len(words) - before)
        doc = Doc(vocab, words=words, spaces=spaces, pos=pos, lemmas=lemmas, morphs=morphs)
        ents, taken = [], set()
        for m in sorted(document.mentions, key=lambda m: (m.start, -(m.end - m.start))):
            span = doc.char_span(m.start, m.end, label=m.type, alignment_mode="expand")
            if span is not None and not taken & set(range(span.start, span.end)):
                ents.append(span)
                taken |= set(range(span.start, span.end))
        doc.ents = ents
        doc.user_data["razmetka_id"] = document.id
        binary.add(doc)
    return binary


def export(out_dir: Path, fmt: str, dest: Path) -> list[Path]:
    from .write import write_atomic

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    docs = list(iter_documents(out_dir))
    dest.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if fmt == "label-studio":
        write_atomic(dest / "tasks.json", json.dumps(label_studio_tasks(docs), ensure_ascii=False, indent=1))
        labels = "\n".join(f'    <Label value="{label}"/>' for label in LABELS)
        write_atomic(dest / "config.xml", LABEL_STUDIO_CONFIG.format(labels=labels))
        written += [dest / "tasks.json", dest / "config.xml"]
    elif fmt == "brat":
        for doc in docs:
            name = safe_name(doc.id)
            write_atomic(dest / f"{name}.txt", doc.text)
            write_atomic(dest / f"{name}.ann", brat_ann(doc))
            written += [dest / f"{name}.txt", dest / f"{name}.ann"]
        write_atomic(dest / "annotation.conf", "[entities]\n" + "\n".join(LABELS) +
                     "\n[relations]\n[events]\n[attributes]\n")
        written.append(dest / "annotation.conf")
    elif fmt == "conllu":
        for doc in docs:
            path = dest / f"{safe_name(doc.id)}.conllu"
            write_atomic(path, conllu(doc))
            written.append(path)
    else:
        path = dest / "corpus.spacy"
        docbin(docs).to_disk(path)
        written.append(path)
    return written
