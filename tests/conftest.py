from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "000_5534d33d92921bbd.txt"
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def seed_doc(seed_text):
    """The brief's article through the whole pipeline, once per test session."""
    from pipeline import annotate

    return annotate(seed_text, id="seed", path=str(SEED))


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory):
    """A fresh `razmetka run corpus/` into a temporary folder."""
    from pipeline.batch import run

    out = tmp_path_factory.mktemp("corpus-run")
    summary = run([str(ROOT / "corpus")], out, progress=False)
    return out, summary


def entity_of(doc, text: str):
    """The entity that a mention with exactly this text belongs to."""
    for mention in doc.mentions:
        if mention.text == text:
            return next(e for e in doc.entities if e.id == mention.entity_id)
    return None
