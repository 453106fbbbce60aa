"""Stage 3, morph/syntax: POS, features, lemma, head and relation for every token.

slovnet's news morph and syntax models run on many sentences at once, across the documents of a
batch; pymorphy (through natasha's MorphVocab) gives lemmas from the predicted POS and features.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from . import models

MODEL = f"{models.MORPH_MODEL} + {models.SYNTAX_MODEL} + pymorphy2"


class MorphSyntax:
    def __init__(self, nlp: Language, name: str = "razmetka_syntax", batch_size: int = 16):
        self.name = name
        self.batch_size = batch_size
        self.morph = models.morph_tagger()
        self.syntax = models.syntax_parser()
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
        # Longest first, so each slovnet batch pads to similar lengths.
        order = sorted(range(len(sentences)), key=lambda k: -len(sentences[k][1]))
        items = [[sentences[k][0][i].text for i in sentences[k][1]] for k in order]
        morph = self.morph.map(items)
        syntax = self.syntax.map(items)
        for k, morph_markup, syntax_markup in zip(order, morph, syntax, strict=True):
            doc, indices = sentences[k]
            heads, rels = doc._.heads, doc._.rels
            for i, m, s in zip(indices, morph_markup.tokens, syntax_markup.tokens, strict=True):
                token = doc[i]
                token.pos_ = m.pos
                if m.feats:
                    token.set_morph(self._morph_id(doc, m.feats))
                token.lemma_ = self._lemma(token.text, m.pos, m.feats)
                head = int(s.head_id)
                heads[i] = indices[head - 1] if 0 < head <= len(indices) else None
                rels[i] = s.rel

    def _morph_id(self, doc: Doc, feats: dict) -> int:
        # spaCy parses and hashes a features dict on every set_morph; the hash is reusable
        key = tuple(sorted(feats.items()))
        morph_id = self._morphs.get(key)
        if morph_id is None:
            morph_id = self._morphs[key] = doc.vocab.morphology.add(feats)
        return morph_id

    def _lemma(self, word: str, pos: str, feats: dict) -> str:
        key = (word, pos, tuple(sorted(feats.items())))
        lemma = self._lemmas.get(key)
        if lemma is None:
            lemma = self.vocab.lemmatize(word, pos, feats) or word.lower()
            if len(self._lemmas) < 500_000:
                self._lemmas[key] = lemma
        return lemma


for _name in ("heads", "rels"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("razmetka_syntax", default_config={"batch_size": 16})
def make_morph_syntax(nlp: Language, name: str, batch_size: int) -> MorphSyntax:
    return MorphSyntax(nlp, name, batch_size)
