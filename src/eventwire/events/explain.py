"""Human-readable explanation of how a text was coded: parse, actors, patterns tried, events."""

from __future__ import annotations

from ..document import CodedDocument
from .coder import EventCoder, SentenceTrace
from .explain_confidence import confidence_line


def _actor_line(cdoc: CodedDocument, m) -> str:
    members = f" members={[r.code for r in m.members]}" if m.members else ""
    why = f" ({m.why})" if m.why else ""
    return f"  [{m.start_token}:{m.end_token}] {m.ref.text!r} -> {m.ref.code or '(uncoded)'}{members}{why}"


def explain(cdoc: CodedDocument, coder: EventCoder, *, show_parse: bool = True) -> list[str]:
    """Lines explaining every sentence of ``cdoc`` (already parsed and actor-resolved)."""
    trace: list[SentenceTrace] = []
    coder.code(cdoc, trace)
    lines: list[str] = []
    if cdoc.doc is None:
        return [f"not coded: {cdoc.article.status} {cdoc.article.reason or ''}".rstrip()]
    for st in trace:
        sent = st.sent
        lines.append(f"sentence {st.index}: {sent.text.strip()}")
        if show_parse:
            lines.append("  parse:")
            for tok in sent:
                lines.append(f"    {tok.i:3d} {tok.text:<16} {tok.lemma_:<14} {tok.pos_:<6} {tok.dep_:<10} -> {tok.head.i}")
        actors = [m for m in cdoc.actors if sent.start <= m.head_token < sent.end]
        lines.append("  actors:" if actors else "  actors: none")
        lines.extend("  " + _actor_line(cdoc, m) for m in actors)
        if not st.triggers:
            lines.append("  no token is a trigger in the lexicon")
        for tt in st.triggers:
            lines.append(f"  trigger '{tt.token.text}' (token {tt.token.i}, lemma {tt.token.lemma_.lower()}): "
                         f"{tt.outcome}")
            for a in tt.attempts:
                mark = "*" if a is tt.chosen else ("+" if a.ok else "-")
                lines.append(f"    {mark} {a.pattern.rule} [{a.pattern.code}, priority {a.pattern.priority}]: {a.why}")
            for ev in tt.events:
                src = ev.source.code if ev.source else None
                tgt = ev.target.code if ev.target else None
                lines.append(f"    => {ev.cameo} {src} -> {tgt} modality={ev.modality} confidence={ev.confidence}")
                lines.append(f"       {confidence_line(tt, ev, coder.confidence)}")
            lines.extend(f"       ({how})" for how in tt.roles)
    return lines
