import json
from pathlib import Path

import pytest
from conftest import ROOT

from pipeline.eval_claims import (
    Item,
    Scores,
    _offset_map,
    add_document,
    evaluate,
    gold_items,
    jaccard,
    match,
    primary_type,
    speaker_agrees,
)

GOLD = ROOT / "tests" / "gold"
TYPES = {"event", "quantitative", "causal", "evaluative", "predictive", "normative"}


def test_primary_type_uses_the_project_precedence():
    # the annotator's `type` may put causal first; the eval derives it from `types`
    assert primary_type(["causal", "quantitative", "event"]) == "quantitative"
    assert primary_type(["event", "evaluative"]) == "evaluative"
    assert primary_type(["predictive", "normative"]) == "normative"
    assert primary_type([], "causal") == "causal"


def test_jaccard_and_one_to_one_greedy_match():
    assert jaccard((0, 10), (0, 10)) == 1.0
    assert jaccard((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert jaccard((0, 10), (10, 20)) == 0.0
    gold = [Item(0, 40, "event"), Item(42, 80, "event")]
    # one sentence-long system claim covers both gold clauses: it may match only one of them
    found = [Item(0, 80, "event")]
    assert match(gold, found) == [(1, 0)] or match(gold, found) == [(0, 0)]
    assert len(match(gold, found)) == 1
    # two system clauses, one per gold clause; the better pair wins each
    found = [Item(0, 38, "event"), Item(40, 80, "event")]
    assert match(gold, found) == [(0, 0), (1, 1)]
    # below the threshold no match
    assert match([Item(0, 100, "event")], [Item(0, 45, "event")]) == []


def test_speaker_agreement_needs_overlapping_source_spans():
    author = Item(0, 10, "event")
    source = Item(0, 10, "event", speaker_kind="source", speaker_span=(20, 34), speaker_text="Хикмет Гаджиев")
    assert speaker_agrees(author, author)
    assert not speaker_agrees(author, source)
    assert speaker_agrees(source, Item(0, 10, "event", speaker_kind="source", speaker_span=(27, 34)))
    assert not speaker_agrees(source, Item(0, 10, "event", speaker_kind="source", speaker_span=(0, 19)))


def test_add_document_counts():
    text = "Азербайджан перекрыл дорогу, а миротворцы не вмешались. Это провал."
    gold = [Item(0, 27, "event"), Item(31, 54, "event", polarity="negative"), Item(56, 67, "evaluative")]
    found = [Item(0, 27, "event"), Item(31, 55, "event", polarity="positive"), Item(56, 67, "event")]
    scores = Scores()
    add_document(scores, text, gold, found)
    assert (scores.gold, scores.predicted, scores.matched) == (3, 3, 3)
    assert scores.exact == 3  # a final full stop does not break an exact match
    assert scores.type_hits == 2 and scores.polarity_hits == 2 and scores.speaker_hits == 3
    assert scores.summary()["span F1"] == 1.0
    assert any("MISLABEL type evaluative->event" in e for e in scores.errors)


def test_gold_offsets_follow_the_pipeline_normalization():
    original = "Он\u00a0сказал:\r\n«Да»."
    text, mapping = _offset_map(original)
    assert text == "Он сказал:\n«Да»."
    start = original.index("«")
    assert text[mapping[start]:mapping[len(original)]] == "«Да»."
    doc = {"text": original, "claims": [{"start": start, "end": len(original) - 1, "types": ["event"],
                                          "speaker": {"kind": "author"}, "polarity": "positive"}]}
    normalized, items = gold_items(doc)
    assert normalized[items[0].start:items[0].end] == "«Да»"


def test_evaluate_end_to_end(tmp_path: Path):
    # the first line is the title, as in every article the pipeline reads: it holds no claim
    text = ("Блокада Карабаха\n\nОсенью 2022 года Азербайджан перекрыл единственную дорогу из Карабаха в Армению, "
            "а российские миротворцы не вмешались. По словам министра, цены вырастут.")

    def claim(fragment, types, polarity="positive", speaker=None):
        start = text.index(fragment)
        sp = {"kind": "author"}
        if speaker:
            s = text.index(speaker)
            sp = {"kind": "source", "text": speaker, "start": s, "end": s + len(speaker)}
        return {"start": start, "end": start + len(fragment), "text": fragment, "type": types[0], "types": types,
                "speaker": sp, "polarity": polarity, "hedged": False, "certainty": "high"}

    gold = {"id": "t1", "text": text, "claims": [
        claim("Осенью 2022 года Азербайджан перекрыл единственную дорогу из Карабаха в Армению", ["event"]),
        claim("российские миротворцы не вмешались", ["event"], "negative"),
        claim("По словам министра, цены вырастут", ["predictive"], speaker="министра"),
    ]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", "utf-8")
    report = evaluate(path)
    assert "1 documents, 3 gold claims, 3 system claims" in report
    row = next(line for line in report.splitlines() if line.startswith("razmetka "))
    assert row.split()[1:7] == ["3", "3", "1.000", "1.000", "1.000", "|"]
    assert "span F1            1.000  (target >= 0.80: met)" in report
    assert "speaker accuracy   1.000" in report
    baseline = next(line for line in report.splitlines() if line.startswith("sentence baseline"))
    # two sentences: the first matches the longer gold clause, the second is the author's for it
    assert baseline.split()[2:4] == ["2", "2"]
    assert baseline.split()[-2] == "0.500"


@pytest.mark.parametrize("name", ["claims_dev.jsonl", "claims_test.jsonl", "claims_agree.jsonl",
                                  *(f"probes/claims_probe{s}.jsonl" for s in "ABCDEFGHIJ"),
                                  "probes/claims_probe_hold.jsonl"])
def test_gold_files_are_well_formed(name):
    path = GOLD / name
    if not path.exists():
        pytest.skip(f"{path} not written yet")
    documents = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    assert documents
    for document in documents:
        text = document["text"]
        for claim in document["claims"]:
            assert text[claim["start"]:claim["end"]] == claim["text"], (document["id"], claim["text"])
            assert set(claim["types"]) <= TYPES and claim["types"]
            assert claim["polarity"] in ("positive", "negative")
            speaker = claim["speaker"]
            assert speaker["kind"] in ("author", "source")
            if speaker["kind"] == "source" and speaker.get("start") is not None:
                assert text[speaker["start"]:speaker["end"]] == speaker["text"], (document["id"], speaker)


def test_a_long_first_line_is_the_gold_title_and_is_not_scored(tmp_path: Path):
    # the clean stage reads a first line over 250 characters as a lead paragraph and finds claims in it;
    # the gold reads every first line as the title, so those claims are left out of the scores
    lead = ("Около 30 рабочих завода ветрогенераторов Vestas в Ньюпорте на острове Уайт захватили свой завод "
            "в знак протеста против его закрытия. Завод, занимающий лидирующие позиции в производстве "
            "ветроэлектрических установок в Великобритании, планируется закрыть в конце июля.")
    assert len(lead) > 250
    body = "Рабочие начали свои действия вечером."
    text = f"{lead}\n\n{body}"
    start = text.index(body)
    gold = {"id": "lead", "text": text, "claims": [{
        "start": start, "end": start + len(body) - 1, "text": body[:-1], "type": "event", "types": ["event"],
        "speaker": {"kind": "author"}, "polarity": "positive", "hedged": False, "certainty": "high"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", "utf-8")
    report = evaluate(path)
    assert "1 documents, 1 gold claims, 1 system claims" in report
    row = next(line for line in report.splitlines() if line.startswith("razmetka "))
    assert row.split()[1:6] == ["1", "1", "1.000", "1.000", "1.000"]


def test_a_second_annotation_is_scored_against_the_first(tmp_path: Path):
    from pipeline.eval_claims import agreement

    text = ("Выборы\n\nПрезидент подписал указ о выборах. Министр заявил, что цены вырастут. "
            "Это серьёзная ошибка.")

    def claim(surface, kind, speaker=None):
        start = text.index(surface)
        record = {"start": start, "end": start + len(surface), "text": surface, "type": kind, "types": [kind],
                  "speaker": {"kind": "author"}, "polarity": "positive"}
        if speaker:
            at = text.index(speaker)
            record["speaker"] = {"kind": "source", "text": speaker, "start": at, "end": at + len(speaker)}
        return record

    first = [claim("Президент подписал указ о выборах", "event"),
             claim("Министр заявил, что цены вырастут", "predictive", "Министр"),
             claim("Это серьёзная ошибка", "evaluative")]
    # the second annotator types the last claim `event` and leaves the first one out
    second = [first[1], claim("Это серьёзная ошибка", "event")]
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": "d", "text": text, "claims": first}, ensure_ascii=False) + "\n", "utf-8")
    b.write_text(json.dumps({"id": "d", "text": text, "claims": second}, ensure_ascii=False) + "\n", "utf-8")
    report = agreement(a, b, errors=True)
    row = next(line for line in report.splitlines() if line.startswith("2nd annotator "))
    # 2 of 3 claims found, all 2 predicted match: P 1.0, R 0.667; type agrees on 1 of the 2 pairs
    assert row.split()[2:7] == ["2", "2", "1.000", "0.667", "0.800"]
    assert row.split()[-3:] == ["0.500", "1.000", "1.000"]
    assert "targets:" not in report and "MISLABEL type evaluative->event" in report


def test_the_printout_names_the_scored_system_not_the_baseline():
    from pipeline.eval_claims import format_scores

    report = format_scores(Scores(), Scores())
    assert "razmetka, over matched pairs:" in report and "columns razmetka type" in report
    assert "sentence baseline, over matched" not in report


def test_pronoun_speakers_count_as_resolved_only_to_the_annotated_person():
    text = "Путин встретился с Си Цзиньпином. Он заявил, что отношения крепнут."
    speaker = {"speaker_kind": "source", "speaker_span": (34, 36), "speaker_text": "Он"}
    gold = [Item(34, 66, "evaluative", speaker_person="Владимир Путин", **speaker)]
    for person, hits in (("Путин", 1), ("Си Цзиньпин", 0), (None, 0)):
        scores = Scores()
        add_document(scores, text, gold, [Item(34, 66, "evaluative", speaker_person=person, **speaker)])
        assert (scores.pronoun_pairs, scores.pronoun_hits) == (1, hits), person
