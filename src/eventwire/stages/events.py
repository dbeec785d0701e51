"""Events stage (first version: passes the document through; deepened by its own issue)."""

from __future__ import annotations

from ..document import CodedDocument
from ..resources import Resources


class EventStage:
    name = "events"

    def __init__(self, resources: Resources) -> None:
        self.resources = resources

    def __call__(self, cdoc: CodedDocument) -> CodedDocument:
        return cdoc
