"""Review pages, exports and the import of an annotator's corrections (round trips)."""

import json

import conllu
import pytest
from conftest import ROOT

from pipeline.batch import run
from pipeline.export import export
from pipeline.review import render_page, write_review
from pipeline.review_import import import_review
from pipeline.schema import Document

HOSTILE = ("Заявление МИД России\n\nМИД России сообщил 12 мая 2025 года, что <script>window.pwned=1</script> "
           "и <img src=x onerror=\"window.pwned=2\"> не пройдут, а {{ 7*7 }} останется текстом. "
           "Министр Сергей Лавров прибыл в Баку.\n")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("review")
    (tmp / "in").mkdir()
    (tmp / "in" / "hostile.txt").write_text(HOSTILE, "utf-8")
    seed = (ROOT / "corpus" / "000_5534d33d92921bbd.txt").read_text("utf-8")
    (tmp / "in" / "seed.txt").write_text(seed, "utf-8")
    run([str(tmp / "in")], tmp / "out", progress=False)
    return tmp / "out"


def _doc(outputs, name):
    return Document.model_validate_json((outputs / f"{name}.json").read_text("utf-8"))


def test_review_page_escapes_article_text(outputs):
    html = render_page(_doc(outputs, "hostile"))
    assert "<script>window.pwned" not in html and "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=" in html
    assert "{{ 7*7 }}" in html and "49" not in html


def test_review_page_marks_entities_dates_claims_and_furniture(outputs):
    html = render_page(_doc(outputs, "seed"))
    assert 'class="ent ent-PER"' in html and 'title="PER: Хикмет Гаджиев' in html
    assert 'class="claim' in html and 'class="furniture"' in html
    assert "2022-02-22" in html and "2025-06" in html  # date values listed beside the text
    pages = write_review(outputs, outputs.parent / "pages")
    index = (outputs.parent / "pages" / "index.html").read_text("utf-8")
    assert len(pages) == 3 and 'href="seed.html"' in index and 'href="hostile.html"' in index


def test_conllu_export_parses_for_every_sentence(outputs, tmp_path):
    export(outputs, "conllu", tmp_path)
    docs = {d.id: d for d in (_doc(outputs, "seed"), _doc(outputs, "hostile"))}
    for doc_id, doc in docs.items():
        sentences = conllu.parse((tmp_path / f"{doc_id}.conllu").read_text("utf-8"))
        assert len(sentences) == len(doc.sentences)
        for sentence in sentences:
            sentence.to_tree()  # one root, no cycle
        lemmas = {token["form"]: token["lemma"] for s in sentences for token in s}
        if doc_id == "seed":
            assert lemmas["миротворцы"] == "миротворец"


def test_docbin_export_keeps_text_and_entities(outputs, tmp_path):
    import spacy
    from spacy.tokens import DocBin

    export(outputs, "docbin", tmp_path)
    docs = list(DocBin().from_disk(tmp_path / "corpus.spacy").get_docs(spacy.blank("ru").vocab))
    seed = next(d for d in docs if d.user_data["razmetka_id"] == "seed")
    assert seed.text == _doc(outputs, "seed").text
    assert ("Хикмет Гаджиев", "PER") in {(e.text, e.label_) for e in seed.ents}


def test_label_studio_round_trip(outputs, tmp_path):
    export(outputs, "label-studio", tmp_path / "ls")
    assert '<Label value="PER"/>' in (tmp_path / "ls" / "config.xml").read_text("utf-8")
    tasks = json.loads((tmp_path / "ls" / "tasks.json").read_text("utf-8"))
    task = next(t for t in tasks if t["data"]["doc_id"] == "hostile")
    result = [dict(r) for r in task["predictions"][0]["result"]]
    text = task["data"]["text"]
    removed = next(r for r in result if r["value"]["text"] == "Баку")
    retyped = next(r for r in result if r["value"]["text"] == "МИД")
    result.remove(removed)
    retyped["value"] = dict(retyped["value"], labels=["LOC"])
    start = text.index("Министр")
    result.append({"from_name": "label", "to_name": "text", "type": "labels",
                   "value": {"start": start, "end": start + 7, "text": "Министр", "labels": ["PER"]}})
    task["annotations"] = [{"result": result, "completed_by": {"email": "anna@example.org"},
                            "created_at": "2026-11-20T10:00:00Z"}]
    export_path = tmp_path / "ls-export.json"
    export_path.write_text(json.dumps([task], ensure_ascii=False), "utf-8")

    report = import_review(outputs, export_path, tmp_path / "reviewed")
    assert "hostile: 1 added, 1 removed, 1 retyped" in report
    assert "+ PER      'Министр'" in report and "- LOC      'Баку'" in report and "~ ORG->LOC 'МИД'" in report
    corrected = Document.model_validate_json((tmp_path / "reviewed" / "hostile.json").read_text("utf-8"))
    assert corrected.reviewed and corrected.review["who"] == "anna@example.org"
    spans = {(m.text, m.type) for m in corrected.mentions}
    assert ("Министр", "PER") in spans and ("Баку", "LOC") not in spans and ("МИД", "LOC") in spans
    assert (outputs / "hostile.json").read_text("utf-8").count('"reviewed": false') == 1  # original untouched
    with pytest.raises(ValueError):
        import_review(outputs, export_path, outputs)


def test_brat_round_trip(outputs, tmp_path):
    export(outputs, "brat", tmp_path / "brat")
    ann = tmp_path / "brat" / "hostile.ann"
    text = (tmp_path / "brat" / "hostile.txt").read_text("utf-8")
    lines = [line for line in ann.read_text("utf-8").splitlines() if not line.startswith("#")]
    lavrov = next(line for line in lines if line.endswith("\tСергей Лавров"))
    lines.remove(lavrov)
    start = text.index("Министр")
    lines.append(f"T99\tPER {start} {start + 7}\tМинистр")
    ann.write_text("\n".join(lines) + "\n", "utf-8")
    report = import_review(outputs, tmp_path / "brat", tmp_path / "reviewed", who="boris")
    assert "hostile: 1 added, 1 removed, 0 retyped" in report and "seed: 0 added, 0 removed" in report
    corrected = Document.model_validate_json((tmp_path / "reviewed" / "hostile.json").read_text("utf-8"))
    assert {m.text for m in corrected.mentions} >= {"Министр"} and "Сергей Лавров" not in {
        m.text for m in corrected.mentions}
    assert corrected.review["who"] == "boris" and corrected.review["tool"] == "brat"


def test_conllu_export_of_the_whole_corpus_parses(corpus_run, tmp_path):
    out, _ = corpus_run
    export(out, "conllu", tmp_path)
    documents = {p.stem: Document.model_validate_json(p.read_text("utf-8")) for p in out.glob("*.json")}
    total = 0
    for doc_id, doc in documents.items():
        sentences = conllu.parse((tmp_path / f"{doc_id}.conllu").read_text("utf-8"))
        assert len(sentences) == len(doc.sentences)
        for sentence in sentences:
            root = sentence.to_tree()
            assert root.token["head"] == 0
        total += len(sentences)
    assert total > 300
