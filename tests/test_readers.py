"""Inputs of every kind, good and bad: each gives an article or an error naming file and reason."""

import json

from pipeline.readers import Article, InputError, iter_inputs, safe_name

RU = "Россия и Азербайджан подписали соглашение о стратегическом сотрудничестве в феврале 2022 года."


def _one(path):
    items = list(iter_inputs([str(path)]))
    assert len(items) == 1
    return items[0]


def test_utf8_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(RU, "utf-8")
    item = _one(path)
    assert isinstance(item, Article) and item.text == RU and item.meta["encoding"] == "utf-8"
    assert item.meta["language"] == "ru"


def test_cp1251_and_utf16_are_detected(tmp_path):
    long_text = (RU + " ") * 5
    (tmp_path / "cp.txt").write_bytes(long_text.encode("cp1251"))
    (tmp_path / "u16.txt").write_bytes(long_text.encode("utf-16"))
    cp, u16 = _one(tmp_path / "cp.txt"), _one(tmp_path / "u16.txt")
    assert cp.text == long_text and cp.meta["encoding"] in ("cp1251", "windows-1251")
    assert u16.text == long_text and u16.meta["encoding"] == "utf-16"


def test_empty_binary_and_missing_files_are_errors_naming_the_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 20)
    empty, blob = _one(tmp_path / "empty.txt"), _one(tmp_path / "blob.txt")
    assert isinstance(empty, InputError) and "empty" in empty.reason and empty.path.endswith("empty.txt")
    assert isinstance(blob, InputError) and ("binary" in blob.reason or "undecodable" in blob.reason)
    missing = _one(tmp_path / "nope.txt")
    assert isinstance(missing, InputError) and "cannot read" in missing.reason


def test_non_russian_text_is_recorded_with_a_language_guess(tmp_path):
    path = tmp_path / "en.txt"
    path.write_text("The quick brown fox jumps over the lazy dog. This article is written in English.", "utf-8")
    item = _one(path)
    assert isinstance(item, InputError) and "not Russian" in item.reason and "en" in item.reason


def test_jsonl_with_malformed_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "ok-1", "text": RU, "title": "T", "date": "2022-02-20"}, ensure_ascii=False),
             "{not json", json.dumps({"id": "no-text"}), "", json.dumps({"text": RU}, ensure_ascii=False)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    items = list(iter_inputs([str(path)]))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "InputError", "Article"]
    assert items[0].meta["date"] == "2022-02-20" and items[0].meta["line"] == 1
    assert items[1].line == 2 and "line 2" in items[1].reason
    assert items[2].line == 3 and "'text'" in items[2].reason
    assert items[3].id == "batch-5"


def test_html_main_text_title_and_date(tmp_path):
    body = " ".join([RU] * 6)
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Соглашение подписано</title>"
        '<meta property="article:published_time" content="2022-02-22T10:00:00+03:00"></head>'
        f"<body><nav>Главная | Новости</nav><article><h1>Соглашение подписано</h1><p>{body}</p></article>"
        "<footer>Все права защищены</footer></body></html>", "utf-8")
    item = _one(path)
    assert isinstance(item, Article) and item.meta["format"] == "html"
    assert item.meta["title"] == "Соглашение подписано"
    assert item.meta["date"] == "2022-02-22"
    assert RU in item.text and "Главная" not in item.text


def test_folder_reads_article_files_only(tmp_path):
    (tmp_path / "README.md").write_text("# not an article", "utf-8")
    (tmp_path / "one.txt").write_text(RU, "utf-8")
    (tmp_path / ".hidden.txt").write_text(RU, "utf-8")
    assert [i.id for i in iter_inputs([str(tmp_path)])] == ["one"]


def test_safe_names_never_leave_the_folder():
    for raw in ["../../x", "/etc/passwd", "a/b", "a\x00b", "я" * 300, "..", ""]:
        name = safe_name(raw)
        assert "/" not in name and "\x00" not in name and not name.startswith(".")
        assert 0 < len(name) <= 100
    assert safe_name("../../x") != safe_name("x")
    assert safe_name("factru-book_58") == "factru-book_58"
