"""Second, independent annotations of dev articles, for inter-annotator agreement.

Two annotators re-annotated the twelve articles of dev parts 11 and 12 without opening the first
annotation (claims_agree11_annotations.py, claims_agree12_annotations.py; their docstrings list their
decisions), two more the ten articles of dev parts 29 and 33 (claims_agree29_annotations.py,
claims_agree33_annotations.py), and two more the four essay stretches of dev parts 52 and 53
(claims_agree52_annotations.py, claims_agree53_annotations.py). Score them against the dev gold as
the pipeline is scored:

    razmetka eval claims --gold tests/gold/claims_dev.jsonl --against tests/gold/claims_agree.jsonl

Both annotations were made by annotator sessions of the same kind, reading the same guidelines and
the same earlier decisions, so the figure measures how reproducible the guidelines are, not the
spread between people of different schools.
"""

from claims_agree11_annotations import DOCS as _AGREE11
from claims_agree12_annotations import DOCS as _AGREE12
from claims_agree29_annotations import DOCS as _AGREE29
from claims_agree33_annotations import DOCS as _AGREE33
from claims_agree52_annotations import DOCS as _AGREE52
from claims_agree53_annotations import DOCS as _AGREE53

DOCS = {**_AGREE11, **_AGREE12, **_AGREE29, **_AGREE33, **_AGREE52, **_AGREE53}
