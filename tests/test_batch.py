"""Batch runs: workers, Dask and an interrupted run give the same outputs and manifest."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

from pipeline.batch import run


def _articles(count: int) -> list[dict]:
    """Short real articles: paragraphs of the corpus articles."""
    paragraphs = []
    for path in sorted((ROOT / "corpus").glob("factru-book_*.txt")):
        paragraphs += [p for p in path.read_text("utf-8").split("\n\n") if len(p) > 200]
    return [{"id": f"p{n:03d}", "text": text} for n, text in enumerate(paragraphs[:count])]


def _write_jsonl(path: Path, articles: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), "utf-8")
    return path


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in sorted(folder.iterdir()) if p.suffix in (".json", ".jsonl")}


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("reference")
    source = _write_jsonl(tmp / "in.jsonl", _articles(24))
    run([str(source)], tmp / "out", progress=False, batch_size=4)
    return source, _snapshot(tmp / "out")


def test_two_workers_write_the_same_outputs(reference, tmp_path):
    source, expected = reference
    summary = run([str(source)], tmp_path / "out", progress=False, batch_size=4, workers=2)
    assert summary.ok == 24 and _snapshot(tmp_path / "out") == expected


def test_jsonl_output_holds_the_same_documents(reference, tmp_path):
    source, expected = reference
    run([str(source)], tmp_path / "out", progress=False, batch_size=4, jsonl_out=tmp_path / "all.jsonl")
    documents = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text("utf-8").splitlines()]
    assert [d["id"] for d in documents] == [f"p{n:03d}" for n in range(24)]
    assert documents[3] == json.loads(expected["p003.json"])


def test_killed_run_resumes_to_the_same_outputs_and_manifest(reference, tmp_path):
    source, expected = reference
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline.cli", "run", str(source), "--out", str(out),
               "--batch-size", "2", "--workers", "1", "--no-progress"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline:
        manifest = out / "manifest.jsonl"
        if manifest.exists() and len(manifest.read_text("utf-8").splitlines()) >= 8:
            break
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    done_before = len(list(out.glob("*.json")))
    assert 0 < done_before < 24, "the run was not interrupted halfway"

    summary = run([str(source)], out, progress=False, batch_size=4)
    assert summary.skipped >= done_before - 2 and summary.ok + summary.skipped == 24
    assert _snapshot(out) == expected
    lines = (out / "manifest.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == 24 and all(json.loads(line)["status"] == "ok" for line in lines)


def test_dask_local_cluster_writes_the_same_outputs(reference, tmp_path):
    pytest.importorskip("distributed", reason="dask[distributed] not installed")
    from distributed import Client, LocalCluster

    source, expected = reference
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        summary = run([str(source)], tmp_path / "out", progress=False, batch_size=4, executor="dask",
                      scheduler=cluster.scheduler_address)
        with Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
    assert summary.ok == 24 and _snapshot(tmp_path / "out") == expected


def test_packed_models_give_slovnets_own_outputs(seed_text):
    """models.Batched runs slovnet's weights over packed sequences: tags, heads, relations and
    NER spans must be exactly what slovnet's own `map` gives, sentence by sentence."""
    import razdel

    from pipeline import models

    paragraphs = [p for p in seed_text.split("\n") if p.strip()][:40]
    sentences = [[t.text for t in razdel.tokenize(s.text)] for p in paragraphs for s in razdel.sentenize(p)]
    sentences = [s for s in sentences if s][:120]
    assert len({len(s) for s in sentences}) > 10  # mixed lengths: padding would show

    packed = models.batched().morph_syntax(sentences)
    for words, morph, syntax, (tags, heads, rels) in zip(
            sentences, models.morph_tagger().map(sentences), models.syntax_parser().map(sentences), packed,
            strict=True):
        assert [(t.pos, t.feats) for t in tags] == [(t.pos, t.feats) for t in morph.tokens], words
        assert heads == [int(t.head_id) for t in syntax.tokens], words
        assert rels == [t.rel for t in syntax.tokens], words

    spans = models.batched().ner_spans(paragraphs)
    expected = [[(s.start, s.stop, s.type) for s in markup.spans] for markup in models.ner_tagger().map(paragraphs)]
    assert spans == expected
    assert sum(map(len, spans)) > 20  # the article names many people and places


def test_bench_prints_the_ratio_speedup_memory_and_stage_shares(tmp_path):
    from pipeline.bench import bench

    source = _write_jsonl(tmp_path / "in.jsonl", _articles(6))
    report = bench(source, workers=2, rounds=1)
    assert "6 articles" in report
    ratio = re.search(r"razmetka \(1 process\) / bare natasha \(the faster run\): ([\d.]+)x", report)
    speedup = re.search(r"speedup of 2 workers over 1: ([\d.]+)x", report)
    rss = re.search(r"peak RSS: this process (\d+) MB .* largest worker (\d+) MB", report)
    assert ratio and float(ratio.group(1)) > 0 and speedup and float(speedup.group(1)) > 0
    assert rss and int(rss.group(1)) > 100 and int(rss.group(2)) > 100  # both hold the models
    shares = dict(re.findall(r"^  (\w+) +[\d.]+ s +([\d.]+) %$", report, re.M))
    assert set(shares) >= {"tokenize", "syntax", "entities", "dates", "claims", "write", "json"}
    assert abs(sum(map(float, shares.values())) - 100) < 1
