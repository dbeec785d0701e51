"""Attach quote attribution to the events coded inside reported speech."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from ..records import Attribution, Event, Quote, Speaker


def attribute_events(events: Iterable[Event], quotes: list[Quote]) -> int:
    """Give each event whose trigger lies inside a quote's content the quote's {speaker, via}.

    The innermost (shortest) quote wins; an event that already has an attribution keeps it.
    Returns how many events were attributed.
    """
    ordered = sorted(quotes, key=lambda q: (q.start, q.end))
    starts = [q.start for q in ordered]
    done = 0
    for event in events:
        if event.attribution is not None:
            continue
        ev = event.evidence
        pos = ev.trigger_start if ev.trigger_start is not None else _trigger_pos(ev.text, ev.trigger, ev.start)
        if pos is None:
            continue
        best: Quote | None = None
        for q in ordered[:bisect.bisect_right(starts, pos)]:
            if q.start <= pos < q.end and (best is None or q.end - q.start < best.end - best.start):
                best = q
        if best is None:
            continue
        sp = best.speaker
        speaker = Speaker(sp.text, sp.start, sp.end, sp.name, sp.code) if sp is not None else None
        event.attribution = Attribution(speaker=speaker, via=best.via)
        done += 1
    return done


def _trigger_pos(sentence: str, trigger: str, offset: int) -> int | None:
    i = sentence.find(trigger) if trigger else -1
    return offset + i if i >= 0 else None
