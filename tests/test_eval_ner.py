from pathlib import Path

import pytest
from conftest import ROOT, SHARED

from pipeline.eval_ner import exact_counts, overlap_counts, score, token_counts


def test_scorer_on_cases_known_by_construction():
    gold = [(0, 6, "LOC"), (10, 20, "ORG"), (30, 35, "PER")]
    pred = [(0, 6, "LOC"), (10, 15, "ORG"), (40, 45, "PER"), (50, 55, "LOC")]
    loc = exact_counts(gold, pred, "LOC")
    assert (loc.tp, loc.fp, loc.fn) == (1, 1, 0) and loc.precision == 0.5 and loc.recall == 1.0
    org_exact, org_overlap = exact_counts(gold, pred, "ORG"), overlap_counts(gold, pred, "ORG")
    assert (org_exact.tp, org_exact.fp, org_exact.fn) == (0, 1, 1)
    assert (org_overlap.tp, org_overlap.fp, org_overlap.fn) == (1, 0, 0) and org_overlap.f1 == 1.0
    per = exact_counts(gold, pred, "PER")
    assert per.f1 == 0.0


def test_token_level_counts():
    text = "Сергей Лавров прибыл в Москву"
    gold = [(0, 13, "PER"), (23, 29, "LOC")]
    pred = [(7, 13, "PER"), (23, 29, "ORG")]
    per = token_counts(text, gold, pred, "PER")
    assert (per.tp, per.fp, per.fn) == (1, 0, 1)
    loc = token_counts(text, gold, pred, "LOC")
    assert (loc.tp, loc.fp, loc.fn) == (0, 0, 1)


def test_score_micro_average():
    docs = [{"text": "x" * 40, "entities": [{"start": 0, "end": 5, "type": "PER"},
                                            {"start": 10, "end": 15, "type": "LOC"}]}]
    scores = score(docs, [[(0, 5, "PER"), (20, 25, "ORG")]])
    micro = scores.micro(scores.exact)
    assert (micro.tp, micro.fp, micro.fn) == (1, 1, 1)


def test_eval_command_on_small_gold():
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["eval", "ner", "--gold", str(ROOT / "tests/gold/ner_small.jsonl")])
    assert result.exit_code == 0, result.output
    lines = [line.split() for line in result.output.splitlines()]
    micro = {row[0]: float(row[4]) for row in lines[:12] if len(row) > 4 and row[1] == "micro"}
    assert set(micro) == {"razmetka", "natasha"}
    assert micro["razmetka"] >= micro["natasha"]
    assert micro["razmetka"] > 0.8
    assert "6 documents" in result.output


@pytest.mark.skipif(not (SHARED / "factrueval" / "dev.jsonl").exists(), reason="../shared/data not present")
def test_razmetka_beats_bare_natasha_on_a_dev_slice(tmp_path):
    lines = (SHARED / "factrueval" / "dev.jsonl").read_text("utf-8").splitlines()[:30]
    slice_path = Path(tmp_path / "dev30.jsonl")
    slice_path.write_text("\n".join(lines) + "\n", "utf-8")
    from pipeline.eval_ner import SYSTEMS, load_gold

    docs = load_gold(slice_path)
    ours, bare = (score(docs, SYSTEMS[s](docs)) for s in ("razmetka", "natasha"))
    assert ours.micro(ours.exact).f1 > bare.micro(bare.exact).f1
