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
# Measured on the 254 news articles, sentences sorted by length: the morph model is fastest at
# 8 items a batch (at 32 it is 8x slower), the parser at 64, the NER model at 4 texts.
MORPH_BATCH, SYNTAX_BATCH, NER_BATCH = 8, 64, 4


@cache
def embedding() -> natasha.NewsEmbedding:
    return natasha.NewsEmbedding()


@cache
def morph_tagger() -> natasha.NewsMorphTagger:
    tagger = natasha.NewsMorphTagger(embedding())
    tagger.batch_size = MORPH_BATCH
    return tagger


@cache
def syntax_parser() -> natasha.NewsSyntaxParser:
    parser = natasha.NewsSyntaxParser(embedding())
    parser.batch_size = SYNTAX_BATCH
    return parser


@cache
def ner_tagger() -> natasha.NewsNERTagger:
    tagger = natasha.NewsNERTagger(embedding())
    tagger.batch_size = NER_BATCH
    return tagger


@cache
def morph_vocab() -> natasha.MorphVocab:
    return natasha.MorphVocab()


@cache
def names_extractor() -> natasha.NamesExtractor:
    return natasha.NamesExtractor(morph_vocab())
