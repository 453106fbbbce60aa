"""`razmetka bench`: throughput, memory and stage shares, against bare natasha on the same texts.

Bare natasha is natasha's own per-article use: `Doc(text)`, `segment`, `tag_morph`, `parse_syntax`,
`tag_ner`. razmetka is the whole pipeline, every stage, JSON written, through `razmetka run`'s code.
Only ratios measured in the same run are meaningful on a shared machine.
"""

from __future__ import annotations

import json
import resource
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import razdel


def load_texts(path: Path, repeat: int = 1, limit: int | None = None) -> list[dict]:
    articles = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            articles.append({"id": str(record.get("id", len(articles))), "text": record["text"]})
    if limit:
        articles = articles[:limit]
    return [{"id": f"{a['id']}-r{r}" if repeat > 1 else a["id"], "text": a["text"]}
            for r in range(repeat) for a in articles]


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def time_natasha(texts: Sequence[str], blas_threads: int | None = None) -> float:
    """natasha as its users run it (its own taggers, default batch sizes); `blas_threads` None
    keeps numpy's default."""
    from natasha import Doc, Segmenter
    from threadpoolctl import threadpool_limits

    from . import models

    segmenter, morph, syntax, ner = Segmenter(), models.morph_tagger(), models.syntax_parser(), models.ner_tagger()
    with threadpool_limits(blas_threads):
        started = time.perf_counter()
        for text in texts:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_morph(morph)
            doc.parse_syntax(syntax)
            doc.tag_ner(ner)
        return time.perf_counter() - started


def time_natasha_dates(texts: Sequence[str]) -> float:
    from natasha import DatesExtractor

    from . import models

    extractor = DatesExtractor(models.morph_vocab())
    started = time.perf_counter()
    for text in texts:
        list(extractor(text))
    return time.perf_counter() - started


def stage_seconds(texts: Sequence[str], batch_size: int = 16) -> dict[str, float]:
    """Each stage's own time: the stages run one after another over the same documents."""
    from threadpoolctl import threadpool_limits

    from .batch import models_frozen
    from .nlp import build_nlp
    from .write import document_json

    nlp = build_nlp()
    seconds: dict[str, float] = {}
    # as `razmetka run` in one process: one BLAS thread, the models frozen out of the GC
    with models_frozen(), threadpool_limits(1):
        started = time.perf_counter()
        docs = [nlp.make_doc(text) for text in texts]
        seconds["tokenize"] = time.perf_counter() - started
        for doc in docs:
            doc._.meta = {}
        for name, component in nlp.pipeline:
            started = time.perf_counter()
            docs = list(component.pipe(docs, batch_size=batch_size))
            seconds[name.removeprefix("razmetka_")] = time.perf_counter() - started
        started = time.perf_counter()
        for doc in docs:
            document_json(doc._.document)
        seconds["json"] = time.perf_counter() - started
    return seconds


def time_run(articles: Sequence[dict], workers: int) -> float:
    from .batch import run

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), "utf-8")
        started = time.perf_counter()
        summary = run([str(source)], Path(tmp) / "out", progress=False, workers=workers, force=True)
        elapsed = time.perf_counter() - started
    if summary.errors:
        raise RuntimeError(f"{summary.errors} articles failed during the benchmark")
    return elapsed


def bench(path: Path, repeat: int = 1, limit: int | None = None, workers: int = 2,
          natasha_dates: bool = False, rounds: int = 2) -> str:
    from .nlp import default_nlp

    articles = load_texts(path, repeat, limit)
    texts = [a["text"] for a in articles]
    tokens = sum(1 for text in texts for _ in razdel.tokenize(text))
    n = len(texts)

    # natasha both with numpy's default BLAS threads (as its users run it) and with one thread
    # (as razmetka runs in one process); the ratio is taken against the faster of the two.
    # Other jobs on a shared machine come and go: the runs take turns, `rounds` times, and each
    # keeps its best time.
    default_nlp()  # razmetka's models load before its clock starts, as natasha's do
    natasha_default_s = natasha_one_s = single_s = multi_s = float("inf")
    for _ in range(rounds):
        natasha_default_s = min(natasha_default_s, time_natasha(texts))
        natasha_one_s = min(natasha_one_s, time_natasha(texts, 1))
        single_s = min(single_s, time_run(articles, 1))
        if workers > 1:
            multi_s = min(multi_s, time_run(articles, workers))
    natasha_s = min(natasha_default_s, natasha_one_s)
    rss_single = peak_rss_mb()
    rss_workers = peak_rss_mb(resource.RUSAGE_CHILDREN)
    if workers <= 1:
        multi_s = None
    stages = stage_seconds(texts[: min(n, 254)])
    total = sum(stages.values())

    lines = [f"razmetka bench on {path} x{repeat}: {n} articles, {tokens:,} tokens "
             f"(times: best of {rounds} rounds)", ""]
    lines.append(f"{'system':38} {'seconds':>8} {'articles/s':>11} {'tokens/s':>10}")
    rows = [("bare natasha, default BLAS threads", natasha_default_s), ("bare natasha, 1 BLAS thread", natasha_one_s),
            ("razmetka, 1 process, all stages+JSON", single_s)]
    if multi_s:
        rows.append((f"razmetka, {workers} workers", multi_s))
    for label, seconds in rows:
        lines.append(f"{label:38} {seconds:8.2f} {n / seconds:11.1f} {tokens / seconds:10.0f}")
    lines += ["", f"throughput ratio razmetka (1 process) / bare natasha (the faster run): {natasha_s / single_s:.2f}x"]
    if multi_s:
        lines.append(f"speedup of {workers} workers over 1: {single_s / multi_s:.2f}x")
    lines.append(f"peak RSS: this process {rss_single:.0f} MB (natasha + razmetka models); "
                 f"largest worker {rss_workers:.0f} MB")
    if natasha_dates:
        lines.append(f"natasha DatesExtractor alone: {time_natasha_dates(texts):.2f} s")
    lines += ["", f"share of razmetka's time per stage ({min(n, 254)} articles, stages run in turn):"]
    for name, seconds in stages.items():
        lines.append(f"  {name:10} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")
    return "\n".join(lines)
