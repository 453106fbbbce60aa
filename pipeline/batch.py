"""Batch runs: inputs streamed through the pipeline, one JSON per article, a resumable manifest.

The manifest (`manifest.jsonl` in the output folder) has one line per input: id, content hash,
status (`ok` / `error` with the reason), output file and pipeline version. A re-run skips what is
done and unchanged (the same content through the same code, rules and models); output files and the
manifest are replaced atomically, so a killed run leaves no half-written file and the next run
finishes the rest.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import __version__
from .readers import MAX_CHARS, Article, InputError, iter_inputs, safe_name

MANIFEST = "manifest.jsonl"


# What reads outputs rather than writes them: a change there leaves every annotation as it was.
NOT_ANNOTATING = frozenset({"bench.py", "cli.py", "eval_claims.py", "eval_dates.py", "eval_ner.py", "export.py",
                            "report.py", "review.py", "review_import.py", "templates"})


def code_digest(package: Path) -> str:
    """A digest of the package's annotating code and data (rules, lexicons) and of the model wheels."""
    from importlib.metadata import PackageNotFoundError, version

    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                       and p.relative_to(package).parts[0] not in NOT_ANNOTATING):
        digest.update(str(path.relative_to(package)).encode("utf-8"))
        digest.update(path.read_bytes())
    for name in ("natasha", "slovnet", "razdel"):  # the models ship in these wheels
        with contextlib.suppress(PackageNotFoundError):
            digest.update(f"{name}={version(name)}".encode())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """The release and the digest of this package: a re-run must redo an article when a rule or a
    model changed, not only when the release number did (an edited lexicon leaves `__version__`)."""
    return f"{__version__}+{code_digest(Path(__file__).parent)}"


@dataclass
class RunSummary:
    ok: int = 0
    errors: int = 0
    skipped: int = 0
    entries: list[dict[str, Any]] = field(default_factory=list)


def load_manifest(out_dir: Path) -> dict[str, dict[str, Any]]:
    path = out_dir / MANIFEST
    entries: dict[str, dict[str, Any]] = {}
    if path.exists():
        for line in path.read_text("utf-8").splitlines():
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut by a kill; the input is simply redone
            if isinstance(entry, dict) and "id" in entry:
                entries[entry["id"]] = entry
    return entries


class Names:
    """Unique, safe output names: a second input with the same id gets a hashed suffix."""

    def __init__(self) -> None:
        self.owner: dict[str, str] = {}

    def __call__(self, article_id: str, path: str, line: int | None) -> str:
        name = safe_name(article_id)
        key = f"{path}:{line}"
        if self.owner.setdefault(name, key) != key:
            digest = hashlib.sha256(f"{key}|{article_id}".encode()).hexdigest()[:8]
            name = f"{name}-{digest}"
            self.owner[name] = key
        return name


def annotate_chunk(articles: list[Article], nlp=None) -> list[tuple[str, str]]:
    """("ok", JSON text) or ("error", reason) per article; one that breaks the pipeline is an error."""
    from .nlp import annotate_many
    from .write import document_json

    try:
        documents = annotate_many(((a.text, a.meta) for a in articles), nlp=nlp)
        return [("ok", document_json(doc)) for doc in documents]
    except Exception:  # noqa: BLE001 - find which article broke, keep the others
        results: list[tuple[str, str]] = []
        for article in articles:
            try:
                documents = annotate_many([(article.text, article.meta)], nlp=nlp)
                results.extend(("ok", document_json(doc)) for doc in documents)
            except Exception as error:  # noqa: BLE001
                results.append(("error", f"pipeline failed: {type(error).__name__}: {error}"))
        return results


_WORKER_NLP = None


def _init_worker() -> None:
    global _WORKER_NLP
    from threadpoolctl import threadpool_limits

    from .nlp import build_nlp

    # One BLAS thread per worker: the workers already use every core, more threads only contend.
    threadpool_limits(1)

    if _WORKER_NLP is None:  # a forked worker inherits the parent's pipeline; a Dask worker builds its own
        _WORKER_NLP = build_nlp()
        _freeze_models()


def _freeze_models() -> None:
    """Keep the objects alive now (models, vocabularies, rule tables) out of the cyclic garbage
    collector's full collections, which would otherwise walk them over and over (half the cost
    of those collections)."""
    gc.collect()
    gc.freeze()


@contextlib.contextmanager
def models_frozen() -> Iterator[None]:
    """`_freeze_models` for the length of a run, then the collector sees everything again."""
    _freeze_models()
    try:
        yield
    finally:
        gc.unfreeze()


def _work(articles: list[Article]) -> list[tuple[str, str]]:
    return annotate_chunk(articles, nlp=_WORKER_NLP)


def _dask_work(articles: list[Article]) -> list[tuple[str, str]]:
    # one pipeline per Dask worker process, built on its first chunk
    global _WORKER_NLP
    if _WORKER_NLP is None:
        _init_worker()
    return annotate_chunk(articles, nlp=_WORKER_NLP)


def _annotated_dask(chunks: Iterator[list[Article]], scheduler: str | None):
    from collections import deque

    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    try:
        in_flight = 2 * max(1, len(client.scheduler_info().get("workers", {})))
        pending: deque = deque()
        for chunk in chunks:
            pending.append((chunk, client.submit(_dask_work, chunk, pure=False)))
            if len(pending) >= in_flight:
                done_chunk, future = pending.popleft()
                yield done_chunk, future.result()
        while pending:
            done_chunk, future = pending.popleft()
            yield done_chunk, future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _annotated(chunks: Iterator[list[Article]], workers: int, nlp=None, executor: str = "local",
               scheduler: str | None = None):
    """(chunk, results) in input order; with workers, at most 2 chunks per worker in flight."""
    if executor == "dask":
        yield from _annotated_dask(chunks, scheduler)
        return
    if workers <= 1:
        from threadpoolctl import threadpool_limits

        from .nlp import default_nlp

        nlp = nlp or default_nlp()
        # One BLAS thread here too: the models' matrices (packed, see models.Batched) are too
        # small for a second thread to pay, and a spinning BLAS thread takes a core from the
        # Python stages (bench: 2 threads 15.7 s, 1 thread 12.4 s on the 254 news articles).
        with models_frozen(), threadpool_limits(1):
            for chunk in chunks:
                yield chunk, annotate_chunk(chunk, nlp=nlp)
        return
    import multiprocessing
    from collections import deque

    from .nlp import default_nlp

    global _WORKER_NLP
    context = multiprocessing.get_context("fork")
    # The models load once, here, and the forked workers share their pages: a worker starts at
    # once instead of spending ~2 s loading its own copy (a quarter of a 254-article run).
    _WORKER_NLP = nlp or default_nlp()
    # Frozen before the fork, this process's objects stay out of the workers' collections too:
    # a collection writes to every object it walks, and in a forked worker that copies each page
    # of the parent's heap (2 workers were no faster than 1 after a run had filled the parent).
    try:
        with models_frozen(), context.Pool(workers, initializer=_init_worker) as pool:
            pending: deque = deque()
            for chunk in chunks:
                pending.append((chunk, pool.apply_async(_work, (chunk,))))
                if len(pending) >= 2 * workers:
                    done_chunk, result = pending.popleft()
                    yield done_chunk, result.get()
            while pending:
                done_chunk, result = pending.popleft()
                yield done_chunk, result.get()
    finally:
        _WORKER_NLP = None


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(paths: Iterable[str], out_dir: Path, *, force: bool = False, doc_date: str | None = None,
        batch_size: int = 16, progress: bool = True, nlp=None, workers: int = 1,
        jsonl_out: Path | None = None, executor: str = "local", scheduler: str | None = None,
        max_chars: int = MAX_CHARS) -> RunSummary:
    from tqdm import tqdm

    from .write import write_atomic

    out_dir.mkdir(parents=True, exist_ok=True)
    if jsonl_out is not None:
        force = True  # one JSONL is rewritten whole: nothing to resume from
    previous = load_manifest(out_dir)
    names = Names()
    summary = RunSummary()
    manifest_path = out_dir / MANIFEST
    log = manifest_path.open("a", encoding="utf-8")

    def record(entry: dict[str, Any]) -> None:
        summary.entries.append(entry)
        log.write(json.dumps(entry, ensure_ascii=False) + "\n")
        log.flush()

    def pending() -> Iterator[Article]:
        for item in iter_inputs(paths, max_chars):
            meta = item.meta if isinstance(item, Article) else {}
            path = meta.get("path", getattr(item, "path", ""))
            line = meta.get("line", getattr(item, "line", None))
            name = names(item.id, path, line) + ".json"
            if isinstance(item, InputError):
                summary.errors += 1
                record(_entry(item.id, path, line, item.sha256, "error", None, item.reason))
                continue
            if doc_date and not meta.get("date"):
                meta["date"] = doc_date
            meta["output"] = jsonl_out.name if jsonl_out is not None else name
            done = previous.get(item.id)
            if (not force and done and done.get("status") == "ok" and done.get("sha256") == meta["sha256"]
                    and done.get("version") == pipeline_version() and (out_dir / name).exists()):
                summary.skipped += 1
                summary.entries.append(done)
                continue
            yield item

    bar = tqdm(desc="articles", unit="art", disable=not progress, dynamic_ncols=True)
    jsonl = jsonl_out.open("w", encoding="utf-8") if jsonl_out else None
    try:
        for chunk, results in _annotated(_chunks(pending(), batch_size), workers, nlp, executor, scheduler):
            for article, (status, payload) in zip(chunk, results, strict=True):
                meta = article.meta
                if status == "error":
                    summary.errors += 1
                    record(_entry(article.id, meta.get("path"), meta.get("line"), meta["sha256"], "error",
                                  None, payload))
                else:
                    if jsonl is not None:
                        jsonl.write(json.dumps(json.loads(payload), ensure_ascii=False) + "\n")
                    else:
                        write_atomic(out_dir / meta["output"], payload)
                    summary.ok += 1
                    record(_entry(article.id, meta.get("path"), meta.get("line"), meta["sha256"], "ok",
                                  meta["output"], None))
                bar.update(1)
    finally:
        bar.close()
        log.close()
        if jsonl is not None:
            jsonl.close()
    _compact(manifest_path, summary.entries)
    return summary


def _entry(article_id: str, path: str | None, line: int | None, sha256: str | None, status: str,
           output: str | None, reason: str | None) -> dict[str, Any]:
    return {"id": article_id, "input": path, "line": line, "sha256": sha256, "status": status,
            "reason": reason, "output": output, "version": pipeline_version()}


def _compact(path: Path, entries: list[dict[str, Any]]) -> None:
    """Rewrite the append-only log as one line per input of this run, in input order."""
    from .write import write_atomic

    write_atomic(path, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries))
