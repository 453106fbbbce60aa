"""Inputs: files, folders, globs, JSONL and stdin, read lazily into articles or input errors.

Every input yields exactly one record (an `Article` or an `InputError` naming the file, the line
and the reason), so a batch never drops anything silently.
"""

from __future__ import annotations

import glob
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ARTICLE_SUFFIXES = {".txt", ".text", ".html", ".htm", ".jsonl"}
HTML_SUFFIXES = {".html", ".htm"}
MAX_NAME = 80
# ~4 MB of Cyrillic UTF-8; a larger "article" is almost always a dump, and it would hold one
# worker for many minutes. `razmetka run --max-chars` raises the limit.
MAX_CHARS = 2_000_000


@dataclass
class Article:
    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class InputError:
    id: str
    path: str
    reason: str
    line: int | None = None
    sha256: str | None = None


def safe_name(raw: str) -> str:
    """A file name from an untrusted id: no separators, no dots in front, bounded length."""
    name = re.sub(r"[^\w.\-]+", "_", raw, flags=re.UNICODE).strip("._") or "article"
    if name != raw or len(name) > MAX_NAME:
        digest = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        name = f"{name[:MAX_NAME]}-{digest}"
    return name


def expand(paths: Iterable[str]) -> Iterator[Path | str]:
    """Files in order: a folder's article files recursively, glob matches, '-' for stdin."""
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                # Anything named like an article is yielded, even a folder or a dangling link:
                # reading it fails with a recorded reason instead of the input vanishing.
                if child.suffix.lower() in ARTICLE_SUFFIXES \
                        and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        elif any(ch in raw for ch in "*?[") and not path.exists():
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield Path(raw)  # reported as missing
            yield from (Path(m) for m in matches if Path(m).is_file())
        else:
            yield path


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding); raises ValueError for empty or binary data."""
    if not data.strip():
        raise ValueError("empty input")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise ValueError("binary or undecodable data (no text encoding fits)") from None
        text, encoding = str(best), best.encoding
    else:
        encoding = "utf-8"
    if "\x00" in text or _control_share(text) > 0.05:
        raise ValueError(f"binary data, not text (decoded as {encoding})")
    if not text.strip():
        raise ValueError("empty input")
    return text, encoding


def _control_share(text: str) -> float:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return controls / max(1, len(sample))


def language_of(text: str) -> tuple[str, float]:
    """ISO 639-1 guess and the share of letters that are Cyrillic."""
    sample = text[:5000]
    letters = [ch for ch in sample if ch.isalpha()]
    cyrillic = sum(1 for ch in letters if "а" <= ch.lower() <= "я" or ch in "ёЁ") / max(1, len(letters))
    if cyrillic > 0.6:
        return "ru", cyrillic
    import py3langid

    lang, _ = py3langid.classify(sample)
    return lang, cyrillic


def check_language(article: Article) -> InputError | None:
    lang, cyrillic = language_of(article.text)
    article.meta["language"] = lang
    if lang != "ru" and cyrillic < 0.3:
        return InputError(article.id, article.meta.get("path", ""),
                          f"not Russian text (language guess: {lang}, Cyrillic letters {cyrillic:.0%})",
                          article.meta.get("line"), article.meta.get("sha256"))
    return None


def html_article(html: str) -> tuple[str, dict[str, Any]]:
    """Main text, title and publication date of an HTML page (trafilatura + htmldate)."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            favor_precision=True)
    meta: dict[str, Any] = {}
    text = ""
    if extracted is not None:
        data = extracted if isinstance(extracted, dict) else extracted.as_dict()
        text = data.get("text") or ""
        meta = {k: data.get(k) for k in ("title", "date", "url") if data.get(k)}
    if not text.strip():
        raise ValueError("HTML holds no main text")
    title = meta.get("title")
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    return text, meta


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_jsonl(lines: Iterable[bytes], path: str, stem: str) -> Iterator[Article | InputError]:
    for number, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        fallback_id = f"{stem}-{number}"
        try:
            record = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            yield InputError(fallback_id, path, f"malformed JSON on line {number}: {error}", number, _sha(raw))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield InputError(fallback_id, path, f"line {number} has no string field 'text'", number, _sha(raw))
            continue
        text = record["text"]
        article_id = str(record.get("id") or fallback_id)
        if not text.strip():
            yield InputError(article_id, path, f"empty text on line {number}", number, _sha(raw))
            continue
        meta = {"path": path, "format": "jsonl", "line": number, "encoding": "utf-8", "id": article_id,
                "sha256": _sha(text.encode("utf-8"))}
        for key in ("title", "date", "url"):
            if record.get(key):
                meta[key] = str(record[key])
        yield Article(article_id, text, meta)


def read_file(path: Path | str) -> Iterator[Article | InputError]:
    """The articles in one input (a JSONL file or stdin may hold many)."""
    name = "-" if path == "-" else str(path)
    stem = "stdin" if path == "-" else Path(path).stem
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        elif Path(path).suffix.lower() == ".jsonl":
            with open(path, "rb") as handle:
                yield from read_jsonl(handle, name, stem)
            return
        else:
            data = Path(path).read_bytes()
    except OSError as error:
        yield InputError(stem, name, f"cannot read: {error.strerror or error}")
        return

    if path == "-" and data.lstrip().startswith(b"{"):
        yield from read_jsonl(data.splitlines(), name, stem)
        return
    try:
        text, encoding = decode(data)
        meta: dict[str, Any] = {"path": name, "format": "txt" if path != "-" else "text",
                                "encoding": encoding, "id": stem, "sha256": _sha(data)}
        is_html = (path != "-" and Path(path).suffix.lower() in HTML_SUFFIXES) or \
            re.match(r"\s*(<!doctype html|<html)", text[:200], re.IGNORECASE)
        if is_html:
            text, html_meta = html_article(text)
            meta.update(html_meta, format="html")
    except ValueError as error:
        yield InputError(stem, name, str(error), None, _sha(data))
        return
    yield Article(stem, text, meta)


def iter_inputs(paths: Iterable[str], max_chars: int = MAX_CHARS) -> Iterator[Article | InputError]:
    for path in expand(paths):
        for item in read_file(path):
            if isinstance(item, Article):
                if len(item.text) > max_chars:
                    yield InputError(item.id, item.meta.get("path", ""),
                                     f"article too large: {len(item.text):,} characters (limit {max_chars:,}; "
                                     "raise it with --max-chars)", item.meta.get("line"), item.meta.get("sha256"))
                    continue
                problem = check_language(item)
                yield problem or item
            else:
                yield item
