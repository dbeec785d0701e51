"""Event records of the event coder: one Event per source-target pair of a fired trigger, with
its evidence (sentence and trigger span), rule, modality and confidence (events/confidence.py)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Span

from ..dictionaries.cameo_codes import CameoCodes
from ..document import CodedDocument
from ..ids import event_id
from ..records import ActorRef, Event, Evidence
from .confidence import ConfidenceWeights, signals
from .parse_memo import remembered


def events(cdoc: CodedDocument, sent: Span, index: int, f: Any, cameo: CameoCodes,
           weights: ConfidenceWeights) -> list[Event]:
    """The Event records of fired trigger ``f`` (its code, pairs and modality are set), scored by ``weights``."""
    assert f.mod is not None
    pat = f.attempt.pattern
    entry = cameo.get(f.code)
    tokens = sorted(f.attempt.trigger_tokens, key=lambda t: t.i)
    first, last = f.token, f.token
    for tok in tokens:   # grow over adjacent trigger words ("phone call", "pulled out")
        if tok.i == first.i - 1:
            first = tok
    for tok in tokens:
        if tok.i == last.i + 1:
            last = tok
    t_start, t_end = first.idx, last.idx + len(last.text)
    # (the doc's text cut at the sentence's bounds is ``sent.text`` without walking its tokens; the doc joins its
    # text anew on each read, so it is read once while the doc holds a parse memo; the trigger's words are the cut
    # of it from the first word's offset to the last one's end, as their Span's text)
    doc = cdoc.doc
    text = remembered(doc, ("doc text",), lambda: doc.text)
    evidence = Evidence(text=text[sent.start_char:sent.end_char], trigger=text[t_start:t_end],
                        start=sent.start_char, end=sent.end_char, trigger_start=t_start, trigger_end=t_end)
    out = []
    for s, t in f.pairs:
        held = frozenset(signals(f, s, t, index))
        ev = Event(
            article_id=cdoc.article.id, sentence=index, source=copy_ref(s.ref),
            target=copy_ref(t.ref) if t else None, cameo=f.code, root=f.code[:2], plover=entry.plover,
            quad_class=entry.quad_class, goldstein=entry.goldstein, evidence=evidence, rule=pat.rule,
            modality=f.mod.modality, confidence=weights.score(f.code[:2], held))  # type: ignore[arg-type]
        ev.id = event_id(ev.article_id, index, t_start, f.code, s.ref.code, t.ref.code if t else None)
        f.trace.signals[ev.id] = held
        out.append(ev)
    return out


def copy_ref(ref: ActorRef) -> ActorRef:
    """A copy of ``ref`` for a new record (its own sectors list): made field by field, as ``dataclasses.replace``
    makes it (which reads the class's fields anew on each call), for a plain ActorRef."""
    if type(ref) is not ActorRef:
        return replace(ref, sectors=list(ref.sectors))
    return ActorRef(ref.text, ref.start, ref.end, ref.name, ref.code, ref.country, list(ref.sectors))
