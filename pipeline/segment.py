"""Stage 2, segment: razdel tokens (the pipeline's tokenizer), blocks, headings and sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
import razdel
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from .clean import normalize_text
from .models import reads_as_finite
from .text import Line, split_lines

MODEL = f"razdel {getattr(razdel, '__version__', '0.5')}"
_SENTENCE_END = ".!?…"
QUESTION_WORDS = frozenset({"кто", "что", "как", "почему", "зачем", "где", "куда", "откуда", "когда", "чем", "чего",
                            "сколько", "какой", "какая", "какое", "какие", "чей", "чья", "чьё"})


class RazdelTokenizer:
    """Normalizes the text (see clean.normalize_text) and splits it with razdel.

    The Doc's text is exactly the normalized text: gaps other than one space become whitespace
    tokens, so `token.idx` is an honest character offset.
    """

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        text, edits = normalize_text(text)
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for token in razdel.tokenize(text):
            add_gap(text[pos:token.start], words, spaces)
            words.append(token.text)
            spaces.append(False)
            pos = token.stop
        add_gap(text[pos:], words, spaces)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        doc._.edits = edits
        return doc

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> RazdelTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs) -> RazdelTokenizer:
        return self


def add_gap(gap: str, words: list[str], spaces: list[bool]) -> None:
    if not gap:
        return
    if gap[0] == " " and words and not words[-1].isspace():
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)


@registry.tokenizers("razmetka.RazdelTokenizer.v1")
def create_razdel_tokenizer():
    def create(nlp: Language) -> RazdelTokenizer:
        return RazdelTokenizer(nlp.vocab)

    return create


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    kind: str  # title | heading | paragraph | furniture
    furniture: str | None = None


def _is_heading(line: Line, following: Line | None) -> bool:
    text = line.text
    return (
        len(text) <= 150
        and len(text.split()) <= 16
        and text[-1] not in _SENTENCE_END + ",;:"
        # (a quotation closing on its own full stop ends a sentence: `… сказал он: «Мы готовы.»`)
        and not re.search(r"[.!?…][»\"]$", text)
        and not _reports_speech(text)
        # two sentences are a paragraph that lost its final full stop, not a heading
        # (a sentence of three words or more ending in a lower-case word: not `Глава 3. Россия …`, `В. Путин: …`)
        and not re.search(r"(?:\S+\s+){2,}[а-яёa-z]+[.!?…]\s+[А-ЯЁA-Z«\"]", text)
        and following is not None
        and following.group != line.group
    )


def _reads_as_lead(line: Line) -> bool:
    """A line under the title that is a whole sentence short of its full stop (`Dell покупает EMC за $67
    млрд`, `Цена журнала составила £469 млн`): the article's lead (its dek), not a section heading
    (`Дно чёрной дыры`); fewer than four words are a title of its own (`Лёд тронулся` under an author's
    name)."""
    # (a numbered heading is a heading wherever it stands: `Глава 3. Россия выходит из кризиса`; so is an
    # indirect question, `Кто победит на выборах мэра`, `Что будет с ценами на жильё`)
    if len(line.text.split()) < 4 or re.match(r"(?:[А-ЯЁA-Z][а-яёa-z]*\s+)?(?:\d+|[IVXLC]+)[.)]\s", line.text):
        return False
    if line.text.split()[0].lower().strip("«\"") in QUESTION_WORDS:
        return False
    return reads_as_finite(line.text)


def _reports_speech(text: str) -> bool:
    """`Глава компании Иван Петров заявил: «Мы не уйдём с рынка»`: a framed quotation is a paragraph
    short of its full stop; a name and a colon (`Лавров: «…»`) is a headline's way and stays a heading."""
    colon = re.search(r":\s*[«\"]", text)
    return colon is not None and len(text[:colon.start()].split()) >= 3 and reads_as_finite(text[:colon.start()])


def split_blocks(text: str, furniture, title_span) -> list[Block]:
    """Lines grouped into blocks; a line ending mid-sentence joins the next one (hard wraps)."""
    lines = split_lines(text)
    marks = {(f.start, f.end): f.kind for f in furniture or ()}
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (line.start, line.end) in marks:
            blocks.append(Block(line.start, line.end, "furniture", marks[(line.start, line.end)]))
        elif title_span and (line.start, line.end) == tuple(title_span):
            blocks.append(Block(line.start, line.end, "title"))
        elif _is_heading(line, following) and not (
                blocks and blocks[-1].kind == "title" and _reads_as_lead(line)):
            blocks.append(Block(line.start, line.end, "heading"))
        else:
            start, end = line.start, line.end
            # Hard-wrapped paragraphs: same group, no sentence end, next line starts in lowercase.
            while (
                following is not None
                and following.group == line.group
                and (following.start, following.end) not in marks
                and text[end - 1] not in _SENTENCE_END
                and following.text[0].islower()
            ):
                index += 1
                line = following
                end = line.end
                following = lines[index + 1] if index + 1 < len(lines) else None
            blocks.append(Block(start, end, "paragraph"))
        index += 1
    return blocks


def sentence_bounds(text: str, blocks: list[Block]) -> list[tuple[int, int, int]]:
    """(start, end, block index) of every sentence; blocks never share a sentence."""
    bounds = []
    for block_index, block in enumerate(blocks):
        chunk = text[block.start:block.end]
        if block.kind != "paragraph":
            bounds.append((block.start, block.end, block_index))
            continue
        for sent in razdel.sentenize(chunk):
            if sent.text.strip():
                bounds.append((block.start + sent.start, block.start + sent.stop, block_index))
    return bounds


class Segmenter:
    """Sets blocks and sentence starts; whitespace tokens between sentences close the previous one."""

    def __init__(self, nlp: Language, name: str = "razmetka_segment"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        blocks = split_blocks(doc.text, doc._.furniture, doc._.title_span)
        sentences = sentence_bounds(doc.text, blocks)
        starts = numpy.full(len(doc), -1, dtype="int32")
        char_to_token = {token.idx: token.i for token in doc if not token.is_space}
        for start, end, _block in sentences:
            first = char_to_token.get(start)
            if first is None:  # razdel split inside a token: start at the token holding `start`
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                first = span.start
            starts[first] = 1
        if len(doc):
            starts[0] = 1
        doc.from_array([SENT_START], starts.reshape(-1, 1).astype("uint64"))
        doc._.blocks = blocks
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


if not Doc.has_extension("blocks"):
    Doc.set_extension("blocks", default=None)


@Language.factory("razmetka_segment")
def make_segmenter(nlp: Language, name: str) -> Segmenter:
    return Segmenter(nlp, name)
