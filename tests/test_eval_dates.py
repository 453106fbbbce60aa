from conftest import ROOT

from pipeline.eval_dates import Row, load_gold, match, run


def test_match_counts_known_by_construction():
    gold = [{"start": 0, "end": 10, "value": "2022"}, {"start": 20, "end": 30, "value": "P2D"},
            {"start": 40, "end": 50, "value": "2020"}]
    found = [(0, 10, "2022"), (22, 30, "P3D"), (60, 70, "2021")]
    exact, overlap, value_hits = match(gold, found)
    assert (exact, overlap, value_hits) == (1, 2, 1)
    assert Row.prf(exact, len(found), len(gold)) == (1 / 3, 1 / 3, 1 / 3)


def test_gold_files_slice_exactly_and_meet_their_size():
    for name, minimum in (("dates_lead_test.jsonl", 150), ("dates_lead_dev.jsonl", 50)):
        documents = load_gold(ROOT / "tests" / "gold" / name)
        total = 0
        for doc in documents:
            assert doc["doc_date"]
            for e in doc["expressions"]:
                assert doc["text"][e["start"]:e["end"]] == e["text"]
                assert e["type"] in ("DATE", "DURATION", "SET", "RANGE")
                total += 1
        assert total >= minimum


def test_razmetka_beats_natasha_on_the_dev_gold():
    documents = load_gold(ROOT / "tests" / "gold" / "dates_lead_dev.jsonl")[:30]  # natasha is slow: a third
    ours, natasha = run(documents, "razmetka"), run(documents, "natasha")
    ours_f1 = Row.prf(ours.exact, ours.predicted, ours.gold)[2]
    natasha_f1 = Row.prf(natasha.exact, natasha.predicted, natasha.gold)[2]
    assert ours.error is None and ours_f1 > natasha_f1 + 0.2
    assert ours.value_accuracy >= 0.9


def test_eval_command_prints_every_system():
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["eval", "dates", "--gold", str(ROOT / "tests/gold/dates_lead_test.jsonl")])
    assert result.exit_code == 0, result.output
    for system in ("razmetka", "natasha", "dateparser", "rutimeparser"):
        assert system in result.output


def test_errors_lists_misses_wrong_values_and_extra_spans(tmp_path):
    import json

    from pipeline.eval_dates import errors

    text = "Встреча прошла 24 февраля 2022 г. в Москве. Через неделю начался десятилетний мораторий."
    expressions = [
        {"start": 15, "end": 33, "text": "24 февраля 2022 г.", "type": "DATE", "value": "2022-02-24"},
        # off by a day on purpose (24 February + 7 days is 3 March): a wrong value to report
        {"start": 44, "end": 56, "text": "Через неделю", "type": "DATE", "value": "2022-03-04"},
    ]
    for e in expressions:
        assert text[e["start"]:e["end"]] == e["text"]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "d1", "doc_date": "2022-03-10", "text": text, "expressions": expressions},
                               ensure_ascii=False) + "\n", "utf-8")
    lines = errors(gold).splitlines()
    assert any("\tVALUE\t'Через неделю' gold 2022-03-04 got 2022-03-03" in line for line in lines), lines
    assert any("\tEXTRA\t'десятилетний' P10Y" in line for line in lines), lines
    assert not any("24 февраля" in line.split("\t")[2] for line in lines)
