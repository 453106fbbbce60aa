"""A batch of bad inputs: every input is in the manifest, nothing escapes the output folder."""

import json
import os

from pipeline.batch import run

RU = ("Россия и Азербайджан подписали соглашение о стратегическом сотрудничестве. "
      "Москва вкладывает в коридор «Север – Юг» свыше миллиарда долларов. ")


def test_a_batch_of_bad_inputs_goes_on_and_records_everything(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(RU * 3, "utf-8")
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "binary.txt").write_bytes(os.urandom(4096))
    (inputs / "cp1251.txt").write_bytes((RU * 3).encode("cp1251"))
    (inputs / "utf16.txt").write_bytes((RU * 3).encode("utf-16"))
    (inputs / "english.txt").write_text("This is an English news article about the weather. " * 5, "utf-8")
    (inputs / "huge.txt").write_text(RU * (10_500_000 // len(RU.encode("utf-8"))), "utf-8")  # ~10 MB
    (inputs / "folder.txt").mkdir()  # a name that looks like an article but cannot be read as one
    (inputs / "gone.txt").symlink_to(tmp_path / "missing-target.txt")
    (inputs / "page.html").write_text(f"<html><head><title>Соглашение</title></head><body><article><p>{RU * 4}</p>"
                                      "</article></body></html>", "utf-8")
    bad_ids = ["../../x", "/etc/passwd", "a/b", "nul\x00id", "я" * 300]
    lines = [json.dumps({"id": i, "text": RU}, ensure_ascii=False) for i in bad_ids]
    lines += ["{broken json", json.dumps({"id": "no-text"}), json.dumps({"id": "../../x", "text": RU + "Дубль."},
                                                                        ensure_ascii=False)]
    (inputs / "batch.jsonl").write_text("\n".join(lines) + "\n", "utf-8")

    out = tmp_path / "out"
    summary = run([str(inputs)], out, progress=False)
    manifest = [json.loads(line) for line in (out / "manifest.jsonl").read_text("utf-8").splitlines()]
    by_input = {}
    for entry in manifest:
        by_input.setdefault((os.path.basename(entry["input"] or ""), entry["line"]), entry)

    def status(name, line=None):
        return by_input[(name, line)]["status"], by_input[(name, line)]["reason"] or ""

    assert status("good.txt")[0] == "ok"
    assert status("cp1251.txt")[0] == "ok" and status("utf16.txt")[0] == "ok" and status("page.html")[0] == "ok"
    assert "empty" in status("empty.txt")[1]
    assert "binary" in status("binary.txt")[1] or "undecodable" in status("binary.txt")[1]
    assert "not Russian" in status("english.txt")[1]
    assert "too large" in status("huge.txt")[1]
    assert "cannot read" in status("folder.txt")[1] and "cannot read" in status("gone.txt")[1]
    assert "line 6" in status("batch.jsonl", 6)[1] and "'text'" in status("batch.jsonl", 7)[1]
    assert len(manifest) == 10 + len(lines)  # every input, every JSONL line
    assert summary.ok + summary.errors == len(manifest)

    written = sorted(p for p in out.iterdir() if p.suffix == ".json")
    assert all(p.parent == out for p in written)
    assert not (tmp_path / "x.json").exists() and not (tmp_path.parent / "x.json").exists()
    names = [p.name for p in written]
    assert len(names) == len(set(names)) and all(len(n) < 120 for n in names)
    jsonl_outputs = [by_input[("batch.jsonl", n)]["output"] for n in (1, 2, 3, 4, 5, 8)]
    assert len(set(jsonl_outputs)) == 6  # the duplicate id "../../x" gets its own file
    for name in jsonl_outputs:
        assert "/" not in name and "\x00" not in name and (out / name).exists()
