"""The natasha/slovnet models, loaded once per process and shared by the stages that need them.

All weights ship inside the natasha wheel (navec embeddings, slovnet news models): nothing is
downloaded at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import NamedTuple

import natasha
import numpy
from slovnet.conll import parse_conll_tag
from slovnet.exec.infer import text_words
from slovnet.markup import BIOMarkup
from slovnet.shape import word_shape

NATASHA_VERSION = getattr(natasha, "__version__", "1.6")
MORPH_MODEL = "slovnet_morph_news_v1"
SYNTAX_MODEL = "slovnet_syntax_news_v1"
NER_MODEL = "slovnet_ner_news_v1"
EMBEDDING = "navec_news_v1_1B_250K_300d_100q"


@cache
def embedding() -> natasha.NewsEmbedding:
    return natasha.NewsEmbedding()


@cache
def morph_tagger() -> natasha.NewsMorphTagger:
    return natasha.NewsMorphTagger(embedding())


@cache
def syntax_parser() -> natasha.NewsSyntaxParser:
    return natasha.NewsSyntaxParser(embedding())


@cache
def ner_tagger() -> natasha.NewsNERTagger:
    return natasha.NewsNERTagger(embedding())


@cache
def morph_vocab() -> natasha.MorphVocab:
    return natasha.MorphVocab()


@lru_cache(maxsize=16384)
def word_tags(form: str) -> tuple:
    """pymorphy's analyses of a word form, likeliest first (cached: the same forms recur over a corpus)."""
    return tuple(p.tag for p in morph_vocab().parse(form))


def reads_as_finite(text: str, short_participles: bool = True) -> bool:
    """Whether a word of the text is, by pymorphy's likeliest reading, a finite verb (or a short
    participle): a sentence, not a name of something, for text the parser has not seen."""
    wanted = ("VERB", "PRTS") if short_participles else ("VERB",)
    return any(tags and tags[0].POS in wanted for tags in map(word_tags, re.findall(r"[а-яё]+", text.lower())))


@cache
def names_extractor() -> natasha.NamesExtractor:
    return natasha.NamesExtractor(morph_vocab())


# ---------------------------------------------------------------- batched inference
#
# slovnet pads each batch to its longest item and runs its CNN in (batch, channels, length)
# layout, so mixed lengths waste work and every layer copies and transposes. Here the same weights
# run over many sequences laid end to end, `padding` zero rows between them, in (tokens, channels)
# layout: no padding work, no transposes, one large matrix product per layer and chunk. The
# arithmetic per token is slovnet's own (same im2col order, same products, same elementwise
# steps), so the outputs are the same as slovnet's.

_CHUNK_TOKENS = 2048  # rows per matrix product: large enough for BLAS, small enough for the cache


class Packed:
    """Sequences end to end with `pad` zero rows before, between and after them."""

    def __init__(self, lengths: list[int], pad: int):
        self.lengths = lengths
        self.pad = pad
        starts, pos = [], pad
        for length in lengths:
            starts.append(pos)
            pos += length + pad
        self.starts = starts
        self.size = pos
        self.gaps = numpy.ones(pos, dtype=bool)
        for start, length in zip(starts, lengths, strict=True):
            self.gaps[start:start + length] = False

    def pack(self, values: numpy.ndarray) -> numpy.ndarray:
        """Rows of the concatenated sequences -> the packed array (zero rows in the gaps)."""
        out = numpy.zeros((self.size,) + values.shape[1:], dtype=values.dtype)
        out[~self.gaps] = values
        return out

    def unpack(self, packed: numpy.ndarray) -> numpy.ndarray:
        return packed[~self.gaps]

    def padded(self, values: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Rows of the concatenated sequences -> (sequences, longest, ...) with zero padding, and
        the mask of real positions, as slovnet's heads take them."""
        longest = max(self.lengths)
        batch = numpy.zeros((len(self.lengths), longest) + values.shape[1:], dtype=values.dtype)
        mask = numpy.zeros((len(self.lengths), longest), dtype=bool)
        pos = 0
        for row, length in enumerate(self.lengths):
            batch[row, :length] = values[pos:pos + length]
            mask[row, :length] = True
            pos += length
        return batch, mask


def _conv_layer(layer, x: numpy.ndarray, packed: Packed) -> numpy.ndarray:
    """One slovnet CNNEncoderLayer (conv, ReLU, batch norm, pads zeroed) on a packed (T, C) array."""
    conv = layer.conv
    filters, in_dim, kernel = conv.weight.shape
    size = x.shape[0]
    windows = numpy.lib.stride_tricks.as_strided(
        x, (size - kernel + 1, in_dim, kernel), (x.strides[0], x.strides[1], x.strides[0]))
    windows = windows.reshape(size - kernel + 1, in_dim * kernel)
    weight = conv.weight.array.reshape(filters, in_dim * kernel)
    out = numpy.matmul(windows, weight.T) + conv.bias.array
    out = out.clip(0)
    norm = layer.norm
    out = (out - norm.mean.array) / norm.std.array * norm.weight.array + norm.bias.array
    full = numpy.zeros((size, filters), dtype=out.dtype)
    full[conv.padding:size - conv.padding] = out
    full[packed.gaps] = 0
    return full


def _encode(model, words: numpy.ndarray, packed: Packed, shapes: numpy.ndarray) -> numpy.ndarray:
    """slovnet's embedding + CNN encoder over packed sequences: (T, hidden)."""
    x = numpy.concatenate((words, model.emb.shape(shapes)), axis=-1)
    x = packed.pack(x)
    for layer in model.encoder.layers:
        x = _conv_layer(layer, x, packed)
    return x


def _chunks(order: list[int], lengths: list[int], budget: int = _CHUNK_TOKENS) -> Iterator[list[int]]:
    chunk: list[int] = []
    tokens = 0
    for k in order:
        if chunk and tokens + lengths[k] > budget:
            yield chunk
            chunk, tokens = [], 0
        chunk.append(k)
        tokens += lengths[k]
    if chunk:
        yield chunk


class Tag(NamedTuple):
    pos: str
    feats: dict[str, str]
    key: tuple[tuple[str, str], ...]  # the features, sorted: a hashable key


class Batched:
    """slovnet's morph, syntax and NER models over many sequences at once (see above)."""

    def __init__(self) -> None:
        self.morph, self.syntax, self.ner = morph_tagger(), syntax_parser(), ner_tagger()
        encoder = self.morph.infer.encoder
        self.words_vocab, self.shapes_vocab = encoder.words_vocab, encoder.shapes_vocab
        for model in (self.syntax, self.ner):
            # one encoding and one word embedding serve all three models: they share navec
            assert model.infer.encoder.words_vocab.items == self.words_vocab.items
            assert model.infer.encoder.shapes_vocab.items == self.shapes_vocab.items
            assert model.infer.model.emb.word.codes.array is self.morph.infer.model.emb.word.codes.array
        self._ids: dict[str, tuple[int, int]] = {}
        self._tags: dict[int, Tag] = {}

    def _encode_words(self, words: Iterable[str]) -> tuple[numpy.ndarray, numpy.ndarray]:
        cache = self._ids
        pairs = []
        for word in words:
            pair = cache.get(word)
            if pair is None:
                pair = (self.words_vocab.encode(word.lower()), self.shapes_vocab.encode(word_shape(word)))
                if len(cache) < 1_000_000:
                    cache[word] = pair
            pairs.append(pair)
        ids = numpy.array(pairs, dtype=numpy.int64).reshape(-1, 2)
        return ids[:, 0], ids[:, 1]

    def _tag(self, tag_id: int) -> Tag:
        tag = self._tags.get(tag_id)
        if tag is None:
            pos, feats = parse_conll_tag(self.morph.infer.decoder.tags_vocab.decode(tag_id))
            tag = self._tags[tag_id] = Tag(pos, feats, tuple(sorted(feats.items())))
        return tag

    def morph_syntax(self, sentences: list[list[str]]) -> list[tuple[list[Tag], list[int], list[str]]]:
        """Per sentence: the morph tag of each word, its head (1-based, 0 = root) and its relation.

        Tags are shared between the words that have them: read them, do not change them."""
        lengths = [len(s) for s in sentences]
        order = sorted(range(len(sentences)), key=lambda k: lengths[k])
        results: list = [None] * len(sentences)
        morph, syntax = self.morph.infer.model, self.syntax.infer.model
        rels_vocab = self.syntax.infer.decoder.rels_vocab
        for chunk in _chunks([k for k in order if lengths[k]], lengths):
            word_ids, shape_ids = self._encode_words(w for k in chunk for w in sentences[k])
            words = morph.emb.word(word_ids)
            packed = Packed([lengths[k] for k in chunk], morph.encoder.layers[0].conv.padding)

            hidden = packed.unpack(_encode(morph, words, packed, shape_ids))
            tag_ids = morph.head.decode(morph.head(hidden)).tolist()

            # the parser's heads score word pairs within a sentence: back to padded rows (the
            # chunk's sentences have similar lengths, so the padding is small)
            batch, mask = packed.padded(packed.unpack(_encode(syntax, words, packed, shape_ids)))
            head_scores = syntax.head(batch)
            target = syntax.head.decode(head_scores, mask)
            rel_ids = syntax.rel.decode(syntax.rel(batch, target), mask)
            pos = 0
            for row, (k, length) in enumerate(zip(chunk, packed.lengths, strict=True)):
                tags = [self._tag(t) for t in tag_ids[pos:pos + length]]
                heads = target[row, :length].tolist()
                rels = [rels_vocab.decode(r) for r in rel_ids[row, :length].tolist()]
                results[k] = (tags, heads, rels)
                pos += length
        for k, length in enumerate(lengths):
            if not length:
                results[k] = ([], [], [])
        return results

    def ner_spans(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """slovnet NER spans (start, stop, type) of each text, as `NewsNERTagger.map` gives them."""
        items = [text_words(text) for text in texts]
        lengths = [len(words) for words in items]
        order = sorted(range(len(items)), key=lambda k: lengths[k])
        model = self.ner.infer.model
        tags_vocab = self.ner.infer.decoder.tags_vocab
        results: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        for chunk in _chunks([k for k in order if lengths[k]], lengths):
            word_ids, shape_ids = self._encode_words(w for k in chunk for w in items[k])
            packed = Packed([lengths[k] for k in chunk], model.encoder.layers[0].conv.padding)
            emissions = model.head(packed.unpack(_encode(model, model.emb.word(word_ids), packed, shape_ids)))
            batch, mask = packed.padded(emissions)
            for k, pred in zip(chunk, model.head.crf.decode(batch, mask), strict=True):
                tags = [tags_vocab.decode(t) for t in pred.tolist()]
                markup = BIOMarkup.from_tuples(zip(items[k], tags, strict=True)).to_span(texts[k])
                results[k] = [(s.start, s.stop, s.type) for s in markup.spans]
        return results


@cache
def batched() -> Batched:
    return Batched()
