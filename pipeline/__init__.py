"""razmetka: a Russian-language annotation pipeline on spaCy, natasha and razdel.

    from pipeline import annotate
    doc = annotate("Россия не добивалась международного мандата.")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .schema import Document

__all__ = ["__version__", "annotate", "build_nlp"]


def annotate(text: str, **meta: Any) -> Document:
    """Annotate one article; `meta` may hold id, title, date (ISO), url, path."""
    from .nlp import annotate as _annotate

    return _annotate(text, **meta)


def build_nlp(**kwargs: Any):
    from .nlp import build_nlp as _build

    return _build(**kwargs)
