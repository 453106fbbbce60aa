"""Stage 3, morph/syntax: POS, features, lemma, head and relation for every token.

slovnet's news morph and syntax models run on many sentences at once, across the documents of a
batch (`models.Batched`); pymorphy (through natasha's MorphVocab) gives lemmas from the predicted POS and features.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from natasha.morph.lemma import normal_word
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from . import models

MODEL = f"{models.MORPH_MODEL} + {models.SYNTAX_MODEL} + pymorphy2"


class MorphSyntax:
    def __init__(self, nlp: Language, name: str = "razmetka_syntax", batch_size: int = 16):
        self.name = name
        self.batch_size = batch_size
        self.models = models.batched()
        self.vocab = models.morph_vocab()
        self._lemmas: dict[tuple, str] = {}
        self._morphs: dict[tuple, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        self._process([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size or self.batch_size):
            self._process(batch)
            yield from batch

    def _process(self, docs: list[Doc]) -> None:
        sentences = []
        for doc in docs:
            doc._.heads = [None] * len(doc)
            doc._.rels = [None] * len(doc)
            for sent in doc.sents:
                indices = [token.i for token in sent if not token.is_space]
                if indices:
                    sentences.append((doc, indices))
        # all sentences of the batch at once: models.Batched packs them without padding
        results = self.models.morph_syntax([[doc[i].text for i in indices] for doc, indices in sentences])
        for (doc, indices), (tags, sent_heads, sent_rels) in zip(sentences, results, strict=True):
            heads, rels = doc._.heads, doc._.rels
            for i, tag, head, rel in zip(indices, tags, sent_heads, sent_rels, strict=True):
                token = doc[i]
                token.pos_ = tag.pos
                if tag.feats:
                    token.set_morph(self._morph_id(doc, tag))
                token.lemma_ = self._lemma(token.text, tag)
                heads[i] = indices[head - 1] if 0 < head <= len(indices) else None
                rels[i] = rel

    def _morph_id(self, doc: Doc, tag: models.Tag) -> int:
        # spaCy parses and hashes a features dict on every set_morph; the hash is reusable
        morph_id = self._morphs.get(tag.key)
        if morph_id is None:
            morph_id = self._morphs[tag.key] = doc.vocab.morphology.add(tag.feats)
        return morph_id

    def _lemma(self, word: str, tag: models.Tag) -> str:
        # natasha's lemmatize reads the word lowercased with ё as е: so does the cache key, and
        # `Россия` at a sentence start shares the entry of `россия`
        key = (normal_word(word), tag.pos, tag.key)
        lemma = self._lemmas.get(key)
        if lemma is None:
            lemma = self.vocab.lemmatize(word, tag.pos, tag.feats)
            if len(self._lemmas) < 500_000:
                self._lemmas[key] = lemma
        return lemma or word.lower()


for _name in ("heads", "rels"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("razmetka_syntax", default_config={"batch_size": 16})
def make_morph_syntax(nlp: Language, name: str, batch_size: int) -> MorphSyntax:
    return MorphSyntax(nlp, name, batch_size)
