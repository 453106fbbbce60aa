import json

from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()
TEXT = ("Встреча в Баку\n\nПомощник президента Азербайджана Хикмет Гаджиев заявил 12 мая 2025 года, "
        "что Баку не откажется от сотрудничества с Москвой.\n")


def test_schema_command_prints_the_schema():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "razmetka document" and "schema_version" in schema["properties"]


def test_run_over_stdin_file_and_glob_then_report(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, "utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(tmp_path / "in" / "*.txt"), "-", "--out", str(out),
                                 "--doc-date", "2025-05-13", "--no-progress"], input=TEXT)
    assert result.exit_code == 0, result.output
    assert "bad.txt: empty input" in result.output
    doc = json.loads((out / "a.json").read_text("utf-8"))
    assert doc["date"] == "2025-05-13"
    assert any(d["value"] == "2025-05-12" for d in doc["dates"])
    assert any(m["text"] == "Хикмет Гаджиев" and m["type"] == "PER" for m in doc["mentions"])
    assert (out / "stdin.json").exists()
    manifest = [json.loads(line) for line in (out / "manifest.jsonl").read_text("utf-8").splitlines()]
    assert sorted((m["id"], m["status"]) for m in manifest) == [("a", "ok"), ("bad", "error"), ("stdin", "ok")]

    again = runner.invoke(app, ["run", str(tmp_path / "in" / "*.txt"), "--out", str(out), "--no-progress"])
    assert "1 unchanged (skipped)" in again.output
    # outputs of another pipeline version are redone, not skipped
    manifest_path = out / "manifest.jsonl"
    manifest_path.write_text(manifest_path.read_text("utf-8").replace('"version": "', '"version": "old-'), "utf-8")
    redo = runner.invoke(app, ["run", str(tmp_path / "in" / "*.txt"), "--out", str(out), "--no-progress"])
    assert "1 annotated, 0 unchanged" in redo.output, redo.output

    report = runner.invoke(app, ["report", str(out)])
    assert report.exit_code == 0
    md = (out / "report.md").read_text("utf-8")
    assert "Articles processed: **2**" in md and "Хикмет Гаджиев" in md
    assert "<svg" in (out / "report.html").read_text("utf-8")


def test_python_api(seed_doc):
    assert seed_doc.schema_version and seed_doc.title.startswith("Крах Российской")
    assert seed_doc.source.sha256 and seed_doc.stats.tokens == len(seed_doc.tokens)


def test_the_pipeline_version_changes_with_a_rule_file(tmp_path):
    import shutil

    from conftest import ROOT

    from pipeline.batch import code_digest, pipeline_version

    package = tmp_path / "pipeline"
    shutil.copytree(ROOT / "pipeline", package, ignore=shutil.ignore_patterns("__pycache__"))
    before = code_digest(package)
    assert pipeline_version().endswith("+" + before)
    cues = package / "data" / "claim_cues.txt"
    cues.write_text(cues.read_text("utf-8") + "\nутверждать\n", "utf-8")
    changed = code_digest(package)
    assert changed != before
    # the report reads outputs: changing it redoes no annotation
    (package / "report.py").write_text("# another report\n", "utf-8")
    assert code_digest(package) == changed
