"""Stage 5, dates: every time expression, typed and normalized (rules in pipeline.timex).

The document date (from metadata) anchors relative expressions; furniture is skipped and never
serves as an anchor.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import timex

MODEL = "rules:pipeline.timex"


def document_date(doc: Doc) -> datetime.date | None:
    value = (doc._.meta or {}).get("date")
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class DateExtractor:
    def __init__(self, nlp: Language, name: str = "razmetka_dates"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        skip = [(f.start, f.end) for f in doc._.furniture or ()]
        doc._.timexes = timex.extract(doc.text, document_date(doc), skip=skip)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)


@Language.factory("razmetka_dates")
def make_date_extractor(nlp: Language, name: str) -> DateExtractor:
    return DateExtractor(nlp, name)
