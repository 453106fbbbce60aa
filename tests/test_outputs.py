"""Every output (the committed outputs/ and a fresh run over corpus/) slices exactly and validates."""

import json
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT

from pipeline.schema import json_schema

SCHEMA_FILE = ROOT / "schema" / "document.schema.json"


def test_committed_schema_is_current():
    assert json.loads(SCHEMA_FILE.read_text("utf-8")) == json_schema()


def _spans(document: dict):
    for key in ("blocks", "sentences", "tokens", "mentions", "dates", "claims"):
        for item in document[key]:
            yield key, item
            if key == "claims":
                for part in ("subject", "predicate", "object"):
                    if item.get(part):
                        yield f"claim.{part}", item[part]
                speaker = item["speaker"]
                if speaker.get("start") is not None:
                    yield "claim.speaker", speaker


def check_document(document: dict, validator) -> None:
    validator.validate(document)
    text = document["text"]
    for key, span in _spans(document):
        assert text[span["start"]:span["end"]] == span["text"], (key, span)
    entity_ids = {e["id"] for e in document["entities"]}
    mention_ids = {m["id"] for m in document["mentions"]}
    date_ids = {d["id"] for d in document["dates"]}
    for mention in document["mentions"]:
        assert mention["entity_id"] in entity_ids
    for entity in document["entities"]:
        assert set(entity["mentions"]) <= mention_ids and entity["count"] == len(entity["mentions"])
    for claim in document["claims"]:
        assert set(claim["entity_ids"]) <= entity_ids and set(claim["date_ids"]) <= date_ids
        if claim["speaker"].get("entity_id"):
            assert claim["speaker"]["entity_id"] in entity_ids
    for token in document["tokens"]:
        assert token["head"] is None or 0 <= token["head"] < len(document["tokens"])


def _outputs(folder: Path):
    files = sorted(p for p in folder.glob("*.json"))
    assert files, f"no outputs in {folder}"
    return files


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_FILE.read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema)


def test_committed_outputs_slice_and_validate(validator):
    for path in _outputs(ROOT / "outputs"):
        check_document(json.loads(path.read_text("utf-8")), validator)


def test_fresh_corpus_run_slices_and_validates(corpus_run, validator):
    out, summary = corpus_run
    corpus_files = [p for p in (ROOT / "corpus").iterdir() if p.suffix == ".txt"]
    assert summary.ok == len(corpus_files) and summary.errors == 0
    for path in _outputs(out):
        check_document(json.loads(path.read_text("utf-8")), validator)


def test_committed_outputs_match_the_corpus():
    names = {p.stem for p in (ROOT / "corpus").glob("*.txt")}
    assert {p.stem for p in (ROOT / "outputs").glob("*.json")} == names
    assert (ROOT / "outputs" / "report.md").exists() and (ROOT / "outputs" / "report.html").exists()
