"""Hand annotations of claims over real news articles (factRuEval-2016 evaluation texts, MIT).

Annotated in two parts by two annotators, following ../CLAIMS_GUIDELINES.md; the format is described
in build_claims_gold.py.
"""

from claims_test1_annotations import DOCS as PART1
from claims_test2_annotations import DOCS as PART2

DOCS = {**PART1, **PART2}
