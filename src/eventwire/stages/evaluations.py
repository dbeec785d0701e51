"""Evaluations stage: reported judgements as events ("X said Y's move was a mistake" -> 111),
and refusals ("did not accept the offer" -> 120, ``eventwire.events.refusals``).

Runs after the events stage (it leaves out what the verb lexicon already coded) and the quotes
stage (a judgement made inside someone else's quote is attributed to them); logic in
``eventwire.events.evaluations``. A note per judgement tells how its source and target were found
and a note per comment (010) it replaces says so (``eventwire explain`` prints the notes).
"""

from __future__ import annotations

from ..document import CodedDocument
from ..dictionaries.evaluation_lexicon import EvaluationLexicon
from ..events.evaluations import EvaluationCoder, judged_comments
from ..events.modality import ModalityRules
from ..events.refusals import code_refusals
from .events import build_coder
from ..quotes import QuoteLexicon
from ..records import Event
from ..resources import Resources


def build_evaluation_coder(resources: Resources) -> EvaluationCoder:
    """The coder over ``data/cameo/evaluations.yaml`` and the reporting verbs; cached per Resources."""
    def make() -> EvaluationCoder:
        return EvaluationCoder(EvaluationLexicon.load(cameo=resources.cameo),
                               resources.cached("quote_lexicon", QuoteLexicon.load),
                               resources.cameo, ModalityRules.load(), build_coder(resources).targets,
                               build_coder(resources).discards)

    return resources.cached("evaluation_coder", make)


class EvaluationStage:
    name = "evaluations"

    def __init__(self, resources: Resources) -> None:
        self.coder = build_evaluation_coder(resources)
        self.cameo = resources.cameo

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        explained, misread = self.coder.code_document(cdoc)   # misread: "called the strikes a violation"
        judgements = [ev for ev, _ in explained]
        found = [*code_refusals(cdoc, self.coder.lexicon.refusals, self.cameo), *judgements]
        if found or misread:
            said = judged_comments(cdoc.events, judgements, self.coder.lexicon.reply_codes)    # the judgement is what was said
            cdoc.notes.extend(f"evaluations: {_told(e)} left out: a judgement coded there says more" for e in said)
            cdoc.notes.extend(f"evaluations: {_told(e)} left out: what a naming verb judges or says of it "
                              "('called the strikes a violation'), no act of the speaker"
                              for e in misread if all(e is not o for o in said))
            gone = {id(e) for e in [*said, *misread]}
            cdoc.events = sorted([*(e for e in cdoc.events if id(e) not in gone), *found], key=lambda e: e.sentence)
            cdoc.notes.extend(f"evaluations: {_told(ev)} ({ev.rule}): {why}" for ev, why in explained)
        return cdoc


def _told(ev: Event) -> str:
    """An event as the notes name it: code, dyad, sentence and trigger."""
    target = ev.target.code if ev.target is not None else None
    return f"{ev.cameo} {ev.source.code if ev.source else None}->{target} of sentence {ev.sentence} " \
           f"'{ev.evidence.trigger}'"
