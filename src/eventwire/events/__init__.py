"""The event coder: pattern matching, argument finding and modality over spaCy parses."""

from .coder import EventCoder, SentenceTrace, TriggerTrace
from .modality import ModalityRules

__all__ = ["EventCoder", "ModalityRules", "SentenceTrace", "TriggerTrace"]
