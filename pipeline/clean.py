"""Stage 1, clean: offset-honest normalization and page-furniture recognition.

Normalization runs before tokenization (the tokenizer calls `normalize_text`), so every offset the
later stages write points into the normalized text; each change is recorded as an `Edit` so the
input can be rebuilt. Furniture (site navigation, the channel name, a teaser that repeats the body,
a table of contents) stays in the text but is marked, and extraction stages skip it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from .text import Line, split_lines

MODEL = "rules:furniture.txt"

# Same-length replacements keep offsets; removals are recorded as edits.
_SPACES = "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000\t"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_NORMALIZE_RE = re.compile(
    rf"\r\n?|[{_SPACES}]|[{_INVISIBLE}]|(?<=[а-яёА-ЯЁ])[\u0300\u0301]|[\u2028\u2029\x0b\x0c\x85]"
)


@dataclass(frozen=True)
class Edit:
    start: int  # offset in the normalized text
    original: str
    replacement: str


def _replacement(char: str) -> str:
    if char in ("\r\n", "\r") or char in "\u2028\u2029\x0b\x0c\x85":
        return "\n"
    if char in _SPACES:
        return " "
    return ""  # soft hyphen, zero-width characters, stress marks


def normalize_text(text: str) -> tuple[str, list[Edit]]:
    """Return the normalized text and the edits that turned `text` into it."""
    parts: list[str] = []
    edits: list[Edit] = []
    last = 0
    out_len = 0
    for match in _NORMALIZE_RE.finditer(text):
        chunk = text[last:match.start()]
        parts.append(chunk)
        out_len += len(chunk)
        original = match.group()
        replacement = _replacement(original)
        edits.append(Edit(out_len, original, replacement))
        parts.append(replacement)
        out_len += len(replacement)
        last = match.end()
    parts.append(text[last:])
    return "".join(parts), edits


def denormalize(text: str, edits: list[Edit]) -> str:
    """Rebuild the original input from the normalized text and its edits."""
    parts = []
    pos = 0
    for edit in edits:
        parts.append(text[pos:edit.start])
        parts.append(edit.original)
        pos = edit.start + len(edit.replacement)
    parts.append(text[pos:])
    return "".join(parts)


def _load_phrases() -> dict[str, str]:
    phrases = {}
    for raw in resources.files("pipeline.data").joinpath("furniture.txt").read_text("utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            kind, phrase = raw.split("\t", 1)
            phrases[_key(phrase)] = kind
    return phrases


def _key(line: str) -> str:
    return re.sub(r"\s+", " ", line.strip().lower().replace("ё", "е")).strip(" .:!›»>")


# Counters and reading-time lines of blog platforms: "1,2K прочтений", "5 минут чтения".
_COUNTER_RE = re.compile(
    r"^[\d\s.,]+\s*[KКkкMМ]?\s*(прочтени|просмотр|подписчик|лайк|комментари|минут[аы]?\s+чтения|мин\.?\s+чтения)",
    re.IGNORECASE,
)
_SENTENCE_END = ".!?…»\")"
# Calls to follow the outlet and credit lines, as whole short lines: "Подписывайтесь на наш канал в
# Telegram", "Материал подготовлен при поддержке …", "Фото: Reuters", "Источник: ТАСС".
_PROMO_RE = re.compile(
    r"^(подписывайтесь|подпишитесь|следите за (нашими )?новостями|читайте нас|присоединяйтесь к нам"
    r"|материал подготовлен при (поддержке|участии))",
    re.IGNORECASE,
)
# Publication stamps and rights notices: "Опубликовано 12 марта 2024 года в 15:40", "Все права защищены.
# Перепечатка материалов запрещена."
_STAMP_RE = re.compile(
    r"^((опубликовано|обновлено|дата публикации)\s*:?\s*(\d|сегодня|вчера)|все права защищены"
    r"|перепечатка (материалов )?(запрещена|разрешена|только))", re.IGNORECASE)
_CREDIT_RE = re.compile(r"^((на )?фото\s*:|фото\s+\S+\s*:|источник\s*:|автор фото\s*:?)", re.IGNORECASE)


def _is_promo(line: str) -> bool:
    """A call to follow the outlet or a sponsor line, as one sentence; a credit line with a short
    remainder (`Фото: Reuters`, not an interview's `Источник: Мы узнали о ней за неделю …`)."""
    one_sentence = not re.search(r"[.!?…]\s+\S", line)
    if _PROMO_RE.match(line):
        return one_sentence and len(line.split()) <= 30
    if _STAMP_RE.match(line):
        return len(line.split()) <= 12
    credit = _CREDIT_RE.match(line)
    return bool(credit) and one_sentence and len(line[credit.end():].split()) <= 6


@dataclass(frozen=True)
class Furniture:
    start: int
    end: int
    kind: str  # navigation | channel | teaser | toc | boilerplate


def _is_short_label(line: Line) -> bool:
    words = line.text.split()
    return 0 < len(words) <= 8 and line.text.rstrip()[-1] not in _SENTENCE_END


def find_furniture(text: str, lines: list[Line], phrases: dict[str, str]) -> tuple[list[Furniture], Line | None]:
    """Mark furniture lines and find the title line; return (furniture, title)."""
    furniture: dict[int, Furniture] = {}
    related: list[int] = []  # `Также по теме:` headers, navigation followed by link lines
    for index, line in enumerate(lines):
        kind = phrases.get(_key(line.text))
        if kind is None and (_COUNTER_RE.match(line.text.strip()) or _is_promo(line.text.strip())):
            kind = "boilerplate"
        if kind == "related":
            related.append(index)
            kind = "navigation"
        if kind:
            furniture[index] = Furniture(line.start, line.end, kind)

    # A header group (lines before the first blank line) that holds navigation is site chrome:
    # its other short lines name the channel, and the title is the next line after it.
    header = [i for i, line in enumerate(lines) if line.group == 0]
    title_index = 0
    if any(furniture.get(i) and furniture[i].kind == "navigation" for i in header):
        for i in header:
            if i not in furniture and _is_short_label(lines[i]):
                furniture[i] = Furniture(lines[i].start, lines[i].end, "channel")
        title_index = header[-1] + 1 if header else 0
    while title_index < len(lines) and title_index in furniture:
        title_index += 1
    title = lines[title_index] if title_index < len(lines) and len(lines[title_index].text) <= 250 else None
    # A text of one line (`razmetka annotate "…"`, a JSONL record's body) is a paragraph, not a title.
    if title is not None and not any(i not in furniture and line.text.strip()
                                     for i, line in enumerate(lines[title_index + 1:], title_index + 1)):
        title = None

    # A teaser repeats the body that follows it (often cut off mid-sentence): its opening
    # reappears later in the text.
    for index, line in enumerate(lines):
        if index in furniture or line is title or len(line.text) < 120:
            continue
        if text.find(line.text[:100], line.end) >= 0:
            furniture[index] = Furniture(line.start, line.end, "teaser")

    # Related links: after a `Также по теме:` header (navigation), the headline lines up to the first
    # that reads as text (a full stop at its end, or more than 20 words).
    for index in related:
        for j in range(index + 1, len(lines)):
            line = lines[j]
            if j in furniture or not line.text.strip() or len(line.text.split()) > 20 or (
                    line.text.rstrip()[-1] in ".!…"):
                break
            furniture[j] = Furniture(line.start, line.end, "navigation")

    # Table of contents: after a toc header, the short lines that repeat a later heading.
    for index in sorted(i for i, f in furniture.items() if f.kind == "toc"):
        for j in range(index + 1, len(lines)):
            line = lines[j]
            if j in furniture or not _is_short_label(line):
                break
            if not any(_key(other.text) == _key(line.text) for other in lines[j + 1:]):
                break
            furniture[j] = Furniture(line.start, line.end, "toc")
    return sorted(furniture.values(), key=lambda f: f.start), title


def is_furniture(doc: Doc, start: int, end: int) -> bool:
    """True when [start, end) overlaps a furniture span of `doc`."""
    return any(f.start < end and start < f.end for f in doc._.furniture or ())


def mask_furniture(doc: Doc) -> str:
    """The document text with furniture replaced by spaces: same length, so offsets hold."""
    text = doc.text
    if not doc._.furniture:
        return text
    chars = list(text)
    for f in doc._.furniture:
        chars[f.start:f.end] = " " * (f.end - f.start)
    return "".join(chars)


class Cleaner:
    """Marks page furniture and the title line of a tokenized (already normalized) document."""

    def __init__(self, nlp: Language, name: str = "razmetka_clean"):
        self.name = name
        self.phrases = _load_phrases()

    def __call__(self, doc: Doc) -> Doc:
        lines = split_lines(doc.text)
        furniture, title = find_furniture(doc.text, lines, self.phrases)
        doc._.furniture = furniture
        doc._.title_span = (title.start, title.end) if title else None
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


# None defaults: a mutable default would be shared by every Doc.
for _name in ("furniture", "title_span", "edits", "meta"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("razmetka_clean")
def make_cleaner(nlp: Language, name: str) -> Cleaner:
    return Cleaner(nlp, name)
