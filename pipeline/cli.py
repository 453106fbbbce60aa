"""The `razmetka` command line."""

from __future__ import annotations

import datetime
import os
import sys
from pathlib import Path

import typer

app = typer.Typer(help="razmetka: Russian articles in, one annotated JSON per article out.",
                  no_args_is_help=True, add_completion=False)
eval_app = typer.Typer(help="Score razmetka (and the tools it is compared with) against gold files.",
                       no_args_is_help=True)
app.add_typer(eval_app, name="eval")


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


@app.command()
def run(
    paths: list[str] = typer.Argument(..., help="Files, folders, globs, or - for stdin (.txt, .html, .jsonl)."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Output folder."),
    force: bool = typer.Option(False, help="Redo every input, even those done and unchanged."),
    doc_date: str | None = typer.Option(None, "--doc-date", help="Document date (YYYY-MM-DD) for inputs "
                                        "whose metadata has none; anchors relative dates."),
    batch_size: int = typer.Option(16, help="Articles per model batch."),
    workers: int = typer.Option(os.cpu_count() or 1, help="Worker processes (models load once per worker)."),
    jsonl: Path | None = typer.Option(None, "--jsonl", help="Write one JSONL file instead of a file per article."),
    max_chars: int = typer.Option(2_000_000, help="Longer articles are recorded as errors, not annotated."),
    executor: str = typer.Option("local", help="local (processes on this machine) or dask (a Dask cluster)."),
    scheduler: str | None = typer.Option(None, help="Dask scheduler address; a local cluster when omitted."),
    progress: bool = typer.Option(True, help="Show a progress bar."),
) -> None:
    """Annotate articles: one JSON per article in OUT, and OUT/manifest.jsonl."""
    if executor not in ("local", "dask"):
        raise typer.BadParameter(f"--executor must be local or dask, not {executor!r}")
    from .batch import run as run_batch

    summary = run_batch(paths, out, force=force, doc_date=_check_date(doc_date), batch_size=batch_size,
                        progress=progress and sys.stderr.isatty(), workers=max(1, workers), jsonl_out=jsonl,
                        executor=executor, scheduler=scheduler, max_chars=max_chars)
    for entry in summary.entries:
        if entry["status"] != "ok":
            where = entry.get("input") or "-"
            if entry.get("line"):
                where += f":{entry['line']}"
            typer.echo(f"error: {where}: {entry['reason']}", err=True)
    typer.echo(f"{summary.ok} annotated, {summary.skipped} unchanged (skipped), {summary.errors} failed "
               f"-> {out}/", err=True)


@app.command()
def report(out: Path = typer.Argument(Path("outputs"), help="Folder of razmetka outputs.")) -> None:
    """Write OUT/report.md and a self-contained OUT/report.html."""
    from .report import write_report

    if not out.is_dir():
        raise typer.BadParameter(f"{out} is not a folder")
    md_path, html_path = write_report(out)
    typer.echo(f"wrote {md_path} and {html_path}")


@app.command()
def review(
    out: Path = typer.Argument(Path("outputs"), help="Folder of razmetka outputs."),
    dest: Path | None = typer.Option(None, "--dest", help="Where the pages go (default OUT/review/)."),
) -> None:
    """One self-contained HTML review page per article, and an index."""
    from .review import write_review

    written = write_review(out, dest)
    typer.echo(f"wrote {len(written) - 1} review pages and {written[-1]}")


@app.command()
def export(
    out: Path = typer.Argument(Path("outputs"), help="Folder of razmetka outputs."),
    fmt: str = typer.Option(..., "--format", help="label-studio, brat, conllu or docbin."),
    dest: Path = typer.Option(..., "--out", help="Destination folder."),
) -> None:
    """Export annotations for Label Studio, brat, CoNLL-U tools or spaCy training."""
    from .export import FORMATS
    from .export import export as run_export

    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    written = run_export(out, fmt, dest)
    typer.echo(f"wrote {len(written)} files to {dest}")


@app.command("import-review")
def import_review(
    source: Path = typer.Argument(..., exists=True, help="Label Studio export (.json) or a folder of brat .ann files."),
    out: Path = typer.Option(Path("outputs"), "--outputs", help="The pipeline's outputs the review started from."),
    dest: Path = typer.Option(..., "--dest", help="Folder for the corrected JSON (never the outputs folder)."),
    who: str | None = typer.Option(None, help="Reviewer, when the file does not say (brat)."),
) -> None:
    """Report what the annotator changed and write corrected JSON with reviewed: true."""
    from .review_import import import_review as run_import

    try:
        typer.echo(run_import(out, source, dest, who))
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output documents."""
    from .schema import json_schema_text

    sys.stdout.write(json_schema_text())


@app.command()
def annotate(
    text: str = typer.Argument(None, help="Text to annotate; read from stdin when omitted."),
    doc_date: str | None = typer.Option(None, "--doc-date"),
) -> None:
    """Annotate one text and print its JSON."""
    from . import annotate as annotate_text
    from .write import document_json

    if text is None:
        text = sys.stdin.read()
    meta = {"date": _check_date(doc_date)} if doc_date else {}
    sys.stdout.write(document_json(annotate_text(text, **meta)))


@app.command()
def bench(
    path: Path = typer.Argument(..., exists=True, help="JSONL of articles (id, text), e.g. the shared news file."),
    repeat: int = typer.Option(1, help="Repeat the articles this many times (larger runs)."),
    limit: int | None = typer.Option(None, help="Use only the first N articles."),
    workers: int = typer.Option(2, help="Workers for the multi-process run."),
    natasha_dates: bool = typer.Option(False, help="Also time natasha's DatesExtractor."),
    rounds: int = typer.Option(2, min=1, help="Timed runs take turns this many times; each keeps its best."),
) -> None:
    """Throughput, peak RSS and stage shares, razmetka against bare natasha on the same texts."""
    from .bench import bench as run_bench

    typer.echo(run_bench(path, repeat=repeat, limit=limit, workers=workers, natasha_dates=natasha_dates,
                         rounds=rounds))


@eval_app.command("ner")
def eval_ner(gold: Path = typer.Option(..., "--gold", exists=True, help="JSONL: id, text, entities.")) -> None:
    """Precision/recall/F1 of entity mentions, razmetka and bare natasha side by side."""
    from .eval_ner import evaluate

    typer.echo(evaluate(gold))


@eval_app.command("dates")
def eval_dates(gold: Path = typer.Option(..., "--gold", exists=True, help="JSONL: doc_date, expressions.")) -> None:
    """Precision/recall/F1 of time expressions and their values, with natasha, dateparser, rutimeparser."""
    from .eval_dates import evaluate

    typer.echo(evaluate(gold))


@eval_app.command("claims")
def eval_claims(gold: Path = typer.Option(..., "--gold", exists=True, help="JSONL: text, claims."),
                against: Path | None = typer.Option(
                    None, "--against", exists=True,
                    help="A second annotation of the same documents: score it instead of the pipeline "
                         "(inter-annotator agreement).")) -> None:
    """Precision/recall/F1 of claim spans; accuracy of type, speaker and polarity."""
    from .eval_claims import agreement, evaluate

    typer.echo(agreement(gold, against) if against else evaluate(gold))


if __name__ == "__main__":
    app()
