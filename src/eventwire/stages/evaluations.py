"""Evaluations stage: reported judgements as events ("X said Y's move was a mistake" -> 111),
and refusals ("did not accept the offer" -> 120, ``eventwire.events.refusals``).

Runs after the events stage (it leaves out what the verb lexicon already coded) and the quotes
stage (a judgement made inside someone else's quote is attributed to them); logic in
``eventwire.events.evaluations``.
"""

from __future__ import annotations

from ..document import CodedDocument
from ..dictionaries.evaluation_lexicon import EvaluationLexicon
from ..events.evaluations import EvaluationCoder, judged_comments
from ..events.modality import ModalityRules
from ..events.refusals import code_refusals
from .events import build_coder
from ..quotes import QuoteLexicon
from ..resources import Resources


def build_evaluation_coder(resources: Resources) -> EvaluationCoder:
    """The coder over ``data/cameo/evaluations.yaml`` and the reporting verbs; cached per Resources."""
    def make() -> EvaluationCoder:
        return EvaluationCoder(EvaluationLexicon.load(cameo=resources.cameo),
                               resources.cached("quote_lexicon", QuoteLexicon.load),
                               resources.cameo, ModalityRules.load(), build_coder(resources).targets)

    return resources.cached("evaluation_coder", make)


class EvaluationStage:
    name = "evaluations"

    def __init__(self, resources: Resources) -> None:
        self.coder = build_evaluation_coder(resources)
        self.cameo = resources.cameo

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        judgements = self.coder.code(cdoc)
        found = [*code_refusals(cdoc, self.coder.lexicon.refusals, self.cameo), *judgements]
        if found:
            said = {id(e) for e in judged_comments(cdoc.events, judgements)}   # the judgement is what was said
            cdoc.events = sorted([*(e for e in cdoc.events if id(e) not in said), *found], key=lambda e: e.sentence)
        return cdoc
