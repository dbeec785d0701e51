"""One act told by two coordinated verbs: "convicted the reporter and sentenced him", "tried and
sentenced two pilots". The second verb with the pattern, code and dyads of the verb it is
coordinated with is the same event, coded once (at the first verb)."""

from __future__ import annotations

from .fired import Fired


def _dyads(f: Fired) -> frozenset[tuple[str | None, str | None]]:
    return frozenset((s.ref.code if s is not None else None, t.ref.code if t is not None else None)
                     for s, t in f.pairs)


def merge_coordinated(fired: dict[int, Fired]) -> None:
    """Drop a coordinated verb's event when the verb it is coordinated with fits the same pattern (one
    act to the lexicon: "convicted ... and sentenced") with the same code and dyads; verbs of two patterns
    of one code are two acts ("detained him and charged him")."""
    for f in fired.values():
        if f.dropped or not f.pairs or f.attempt.noun or f.token.dep_ != "conj":
            continue
        first = fired.get(f.token.head.i)
        if first is None or first.dropped or first.attempt.noun or first.code != f.code \
                or first.attempt.pattern.rule != f.attempt.pattern.rule \
                or (first.mod and first.mod.modality) != (f.mod and f.mod.modality):
            continue    # ("arrested him and will try him": two acts)
        if _dyads(first) == _dyads(f):
            f.dropped = f"the same act as '{first.token.text}' ({first.attempt.pattern.rule}): " \
                        "one event of two coordinated verbs with one code and dyad"
