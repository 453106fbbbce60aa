from pathlib import Path

import pytest
from conftest import ROOT, SHARED

from pipeline.eval_ner import (
    Scores,
    ablation,
    exact_counts,
    load_gold,
    overlap_counts,
    score,
    to_original,
    token_counts,
    token_tags,
)

SMALL = ROOT / "tests/gold/ner_small.jsonl"


def test_scorer_on_cases_known_by_construction():
    gold = [(0, 6, "LOC"), (10, 20, "ORG"), (30, 35, "PER")]
    pred = [(0, 6, "LOC"), (10, 15, "ORG"), (40, 45, "PER"), (50, 55, "LOC")]
    loc = exact_counts(gold, pred, "LOC")
    assert (loc.tp, loc.fp, loc.fn) == (1, 1, 0) and loc.precision == 0.5 and loc.recall == 1.0
    assert loc.f1 == pytest.approx(2 / 3)
    org_exact, org_overlap = exact_counts(gold, pred, "ORG"), overlap_counts(gold, pred, "ORG")
    assert (org_exact.tp, org_exact.fp, org_exact.fn) == (0, 1, 1)
    assert (org_overlap.tp, org_overlap.fp, org_overlap.fn) == (1, 0, 0) and org_overlap.f1 == 1.0
    per = exact_counts(gold, pred, "PER")
    assert (per.tp, per.fp, per.fn) == (0, 1, 1) and per.f1 == 0.0


def test_overlap_matching_is_one_to_one():
    # two predictions inside one gold span: one matches, the other is a false positive
    gold = [(0, 20, "ORG")]
    pred = [(0, 5, "ORG"), (10, 20, "ORG")]
    counts = overlap_counts(gold, pred, "ORG")
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)
    assert counts.precision == 0.5 and counts.recall == 1.0


def test_type_mismatch_counts_twice():
    gold = [(0, 6, "LOC")]
    pred = [(0, 6, "ORG")]
    scores = score([{"text": "Москва", "entities": [{"start": 0, "end": 6, "type": "LOC"}]}], [pred])
    assert (scores.exact["LOC"].fn, scores.exact["ORG"].fp, scores.exact["LOC"].tp) == (1, 1, 0)
    assert overlap_counts(gold, pred, "LOC").fn == 1


def test_token_level_counts():
    text = "Сергей Лавров прибыл в Москву"
    gold = [(0, 13, "PER"), (23, 29, "LOC")]
    pred = [(7, 13, "PER"), (23, 29, "ORG")]
    per = token_counts(text, gold, pred, "PER")
    assert (per.tp, per.fp, per.fn) == (1, 0, 1)
    loc = token_counts(text, gold, pred, "LOC")
    assert (loc.tp, loc.fp, loc.fn) == (0, 0, 1)
    org = token_counts(text, gold, pred, "ORG")
    assert (org.tp, org.fp, org.fn) == (0, 1, 0)


def test_token_tags_only_tokens_wholly_inside_a_span():
    text = "«Газпром» и ОАО «Лукойл»"
    # razdel tokens: « Газпром » и ОАО « Лукойл »
    assert token_tags(text, [(1, 8, "ORG"), (12, 24, "ORG")]) == [None, "ORG", None, None, "ORG", "ORG", "ORG", "ORG"]
    assert token_tags(text, [(2, 8, "ORG")]) == [None] * 8  # a token cut by the span is not in it


def test_score_micro_average():
    docs = [{"text": "x" * 40, "entities": [{"start": 0, "end": 5, "type": "PER"},
                                            {"start": 10, "end": 15, "type": "LOC"},
                                            {"start": 20, "end": 25, "type": "NORP"}]}]
    scores = score(docs, [[(0, 5, "PER"), (20, 25, "ORG"), (30, 35, "MONEY")]])
    micro = scores.micro(scores.exact)
    # NORP in the gold and MONEY in the prediction are not scored
    assert (micro.tp, micro.fp, micro.fn) == (1, 1, 1)
    assert micro.precision == 0.5 and micro.recall == 0.5 and micro.f1 == 0.5


def test_offsets_map_back_through_normalization():
    from pipeline.schema import Edit

    # "А\u00ad\u00adБ В": two soft hyphens removed at normalized offset 1
    edits = [Edit(start=1, original="\u00ad", replacement=""), Edit(start=1, original="\u00ad", replacement="")]
    assert [to_original(k, edits) for k in (0, 1, 2, 3)] == [0, 3, 4, 5]
    assert to_original(1, edits, end=True) == 1  # "А" ends before the hyphens
    assert to_original(7, []) == 7


def test_razmetka_offsets_point_into_the_gold_text():
    from pipeline.eval_ner import predict_razmetka

    # soft hyphens are removed by normalization; the scored spans must still index the text as given
    text = "Пре\u00adзидент России Влади\u00adмир Путин прибыл в Мос\u00adкву."
    found = {(text[s:e], kind) for s, e, kind in predict_razmetka([{"text": text, "entities": []}])[0]}
    assert found == {("России", "LOC"), ("Влади\u00adмир Путин", "PER"), ("Мос\u00adкву", "LOC")}


def test_gold_file_is_consistent():
    for document in load_gold(SMALL):
        for entity in document["entities"]:
            assert document["text"][entity["start"]:entity["end"]] == entity["text"]
            assert entity["type"] in ("PER", "LOC", "ORG")


def test_eval_command_on_small_gold():
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["eval", "ner", "--gold", str(SMALL)])
    assert result.exit_code == 0, result.output
    lines = [line.split() for line in result.output.splitlines()]
    exact = {row[0]: float(row[4]) for row in lines[:12] if len(row) > 4 and row[1] == "micro"}
    assert set(exact) == {"razmetka", "natasha"}
    assert exact["razmetka"] > exact["natasha"] and exact["razmetka"] > 0.9
    for label in ("exact span:", "overlapping span:", "token-level (naeval):", "F1 difference"):
        assert any(line.startswith(label) for line in result.output.splitlines()), label
    assert "razmetka: 9 documents in" in result.output and "natasha: 9 documents in" in result.output


def test_ablation_prints_a_row_per_rule():
    from pipeline.entities import RULES

    table = ablation(SMALL)
    rows = [line for line in table.splitlines() if line.startswith("| ")]
    assert len(rows) == 1 + 3 + len(RULES)  # header, natasha, no rule, all rules, one row per rule
    full = next(row for row in rows if row.startswith("| **all rules**"))
    assert float(full.split("|")[2].strip(" *")) > 0.9
    split = next(row for row in rows if "`split`" in row)
    assert float(split.split("|")[-2]) > 0  # the bullet list of small-9 needs the split


@pytest.mark.skipif(not (SHARED / "factrueval" / "dev.jsonl").exists(), reason="../shared/data not present")
def test_razmetka_beats_bare_natasha_on_a_dev_slice(tmp_path):
    lines = (SHARED / "factrueval" / "dev.jsonl").read_text("utf-8").splitlines()[:30]
    slice_path = Path(tmp_path / "dev30.jsonl")
    slice_path.write_text("\n".join(lines) + "\n", "utf-8")
    from pipeline.eval_ner import SYSTEMS

    docs = load_gold(slice_path)
    ours, bare = (score(docs, SYSTEMS[s](docs)) for s in ("razmetka", "natasha"))
    assert Scores.micro(ours.exact).f1 > Scores.micro(bare.exact).f1 + 0.02
    for kind in ("PER", "LOC", "ORG"):
        assert ours.exact[kind].f1 >= bare.exact[kind].f1, kind
