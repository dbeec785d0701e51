"""``eventwire explain``: the line that tells what an event's confidence is made of, the bias and the weights of
``data/cameo/confidence.yaml`` that fired for it (its root and the signals that held, events/confidence.py)."""

from __future__ import annotations

from ..records import Event
from .confidence import ConfidenceWeights
from .fired import TriggerTrace


def confidence_line(trace: TriggerTrace, event: Event, weights: ConfidenceWeights) -> str:
    """How ``event`` (emitted at ``trace``'s trigger) got its confidence from ``weights`` (the coder's):
    ``bias +1.76, root 19 +0.00, no_target -1.81`` ...; events that did not come from the lexicon's score (fixed
    confidences of later stages) say so."""
    held = trace.signals.get(event.id or "")
    if held is None:
        return "confidence: not scored from signals (a fixed confidence)"
    terms = [("bias", weights.bias), *weights.terms(event.root, held)]
    told = ", ".join(f"{name} {weight:+.2f}" for name, weight in terms)
    signals = "" if held else " (no signal held)"
    return f"confidence {event.confidence}: {told}{signals}"


__all__ = ["confidence_line"]
