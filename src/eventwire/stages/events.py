"""Events stage: codes CAMEO events from the parse and the resolved actors (logic in ``eventwire.events``), and
gives the events inside reported speech the attribution of the quote they sit in (the quotes stage runs first)."""

from __future__ import annotations

from ..dictionaries.verb_lexicon import VerbLexicon
from ..document import CodedDocument
from ..events import EventCoder, ModalityRules
from ..events.confidence import ConfidenceWeights
from ..events.parse_memo import held_by
from ..events.restatements import RestatementRules
from ..quotes import attribute_events
from ..resources import Resources


def build_coder(resources: Resources) -> EventCoder:
    """The coder over the packaged lexicon plus the user's verb files (``Options.verb_files``); cached."""
    def make() -> EventCoder:
        lexicon = VerbLexicon.load(resources.cameo, extra_files=resources.options.verb_files)
        return EventCoder(lexicon, resources.cameo, ModalityRules.load(),
                          include_hypothetical=resources.options.include_hypothetical,
                          include_untargeted=resources.options.include_untargeted,
                          restatement_rules=restatement_rules(resources),
                          confidence=ConfidenceWeights.load())   # read once per pipeline

    return resources.cached("event_coder", make)


def restatement_rules(resources: Resources) -> RestatementRules:
    """The rules of data/cameo/restatements.yaml, loaded once per ``Resources`` (the events and the
    restatements stage share them)."""
    return resources.cached("restatement_rules", lambda: RestatementRules.load(cameo=resources.cameo))


class EventStage:
    name = "events"

    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        self.coder = build_coder(resources)

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        if cdoc.doc is None:
            cdoc.events = self.coder.code(cdoc)
        else:
            with held_by(cdoc.doc):   # the parse facts the coder's passes share, read once per token
                cdoc.events = self.coder.code(cdoc)
        attribute_events(cdoc.events, cdoc.quotes)
        return cdoc
