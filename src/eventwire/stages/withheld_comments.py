"""Withheld-comments stage: refusals to comment told with a negated verb ("would not comment", "neither confirmed
nor denied" -> 011 with no target; logic and words in ``eventwire.events.withheld_comments``).

Runs after the evaluations stage, so that a refusal the verb lexicon already coded ("declined to comment") is
not coded twice.
"""

from __future__ import annotations

from ..document import CodedDocument
from ..events.arguments import ArgumentFinder
from ..events.withheld_comments import WithheldWords, withheld_comments
from ..resources import Resources
from .evaluations import build_evaluation_coder


class WithheldCommentStage:
    name = "withheld_comments"

    def __init__(self, resources: Resources) -> None:
        self.words = resources.cached("withheld_comments", WithheldWords.load)
        self.reporting = build_evaluation_coder(resources).rules.governors.get("reporting", frozenset())
        self.cameo = resources.cameo

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        if cdoc.doc is None:
            return cdoc
        found = withheld_comments(cdoc, self.words, ArgumentFinder(cdoc.actor_at, reporting=self.reporting),
                                  self.cameo)
        if found:
            cdoc.events = sorted([*cdoc.events, *(ev for ev, _ in found)], key=lambda e: e.sentence)
            cdoc.notes.extend(f"withheld_comments: {ev.cameo} {ev.source.code if ev.source else None} of sentence "
                              f"{ev.sentence} '{ev.evidence.trigger}' ({ev.rule}): {why}" for ev, why in found)
        return cdoc
