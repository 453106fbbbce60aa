"""The natasha/slovnet models, loaded once per process and shared by the stages that need them.

All weights ship inside the natasha wheel (navec embeddings, slovnet news models): nothing is
downloaded at run time.
"""

from __future__ import annotations

from functools import cache

import natasha

NATASHA_VERSION = getattr(natasha, "__version__", "1.6")
MORPH_MODEL = "slovnet_morph_news_v1"
SYNTAX_MODEL = "slovnet_syntax_news_v1"
NER_MODEL = "slovnet_ner_news_v1"
EMBEDDING = "navec_news_v1_1B_250K_300d_100q"
# slovnet pads every batch to its longest item; larger batches amortize the per-call overhead.
BATCH_SIZE = 32


@cache
def embedding() -> natasha.NewsEmbedding:
    return natasha.NewsEmbedding()


@cache
def morph_tagger() -> natasha.NewsMorphTagger:
    tagger = natasha.NewsMorphTagger(embedding())
    tagger.batch_size = BATCH_SIZE
    return tagger


@cache
def syntax_parser() -> natasha.NewsSyntaxParser:
    parser = natasha.NewsSyntaxParser(embedding())
    parser.batch_size = BATCH_SIZE
    return parser


@cache
def ner_tagger() -> natasha.NewsNERTagger:
    tagger = natasha.NewsNERTagger(embedding())
    tagger.batch_size = 8
    return tagger


@cache
def morph_vocab() -> natasha.MorphVocab:
    return natasha.MorphVocab()


@cache
def names_extractor() -> natasha.NamesExtractor:
    return natasha.NamesExtractor(morph_vocab())
