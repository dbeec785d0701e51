"""Headline retellings: a headline tells, in a few words, an act the story then tells in full.

"Philippines protests to China over water cannon attack" above "The Philippines lodged a diplomatic
protest with China on Wednesday ..." is one act. The article-wide merge (``restatements.py``) asks more
of two mentions than a headline gives: a statement must keep its word ("protests" / "lodged a protest"),
both must act on the same thing ("agrees new sanctions" / "approved a package of sanctions") and both
must name the same actors, while a headline names them short ("Istanbul mayor" for the mayor the lead
names, a country for its police or its army). So an event of the headline, the article's first line
when the clean stage read it as its title, gives way to an event of the story that:

* names one act (``RestatementRules.one_act``: the same code, one under the other, or a root's generic
  code and a code of that root) with the same modality;
* has the same source and target, or, for the headline's short names, actors of the same country
  (a country's police, army or government for the country, "Istanbul mayor" for "Mayor Ekrem Imamoglu");
* agrees in date and place (``dates_agree``, ``places_agree``: a headline seldom dates its act).

The story's event stays (its sentence dates and names the act); its ``rule`` names the headline event
merged into it. A headline act the story does not tell again with one act gives way all the same when the
story's lead (its first two sentences) codes an act of the same family between the same two countries, either way
round, and the headline's record holds no retelling of its own (no merge trail): the headline's few words
("Ecuador storms Mexican embassy") misread the act its lead tells in full ("police forced their way into the
embassy"), so the lead's reading stands alone. Same family: the same root, or two roots that
``headline_misreadings`` of restatements.yaml lists as one act a headline word may name. A headline act the lead
only reacts to ("China expels three US journalists" / "the United States condemned the expulsion") stays, and so
does one between countries the story codes nothing between.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import ActorRef, Event
from .restatements import RestatementRules, dates_agree, places_agree, same_actor

_MERGE_TRAIL = " | "    # a record's rule names the records merged into it after this (restatements.py)


def headline_sentences(doc: Doc | None, text: str, title: str | None) -> frozenset[int]:
    """Indices of the sentences of ``doc`` that make up the headline: the title, when the text opens with it."""
    if doc is None or not title or not text.lstrip().startswith(title):
        return frozenset()
    start = len(text) - len(text.lstrip())
    end = start + len(title)
    return frozenset(i for i, sent in enumerate(doc.sents) if start <= sent.start_char < end)


def merge_headline_retellings(events: list[Event], headline: frozenset[int], rules: RestatementRules,
                              countries: frozenset[int] = frozenset()) -> tuple[list[Event], list[str]]:
    """``events`` without the headline events the story tells again, and a note per merge."""
    if not headline:
        return events, []
    story = [ev for ev in events if ev.sentence not in headline]
    lead = [ev for ev in story if ev.sentence <= max(headline) + 2]
    kept: list[Event] = []
    notes: list[str] = []
    for ev in events:
        told = next((s for s in story if ev.sentence in headline and _retells(ev, s, rules, countries)), None)
        if told is None:
            misread = next((s for s in lead if ev.sentence in headline and _between_same_countries(ev, s)
                            and rules.one_family(ev.root, s.root) and _MERGE_TRAIL not in ev.rule), None)
            if misread is None:
                kept.append(ev)
            else:
                notes.append(f"headlines: {ev.cameo} '{ev.evidence.trigger}' of the headline gives way to the story's "
                             f"reading of the act between these countries, sentence {misread.sentence} "
                             f"'{misread.evidence.trigger}' {misread.cameo}")
            continue
        told.rule = f"{told.rule} | merged headline retelling (events/headlines.py): sentence {ev.sentence} " \
                    f"'{ev.evidence.trigger}' {ev.cameo}"
        notes.append(f"headlines: {ev.cameo} '{ev.evidence.trigger}' of the headline is told again in sentence "
                     f"{told.sentence} '{told.evidence.trigger}' {told.cameo}")
    return kept, notes


def _between_same_countries(head: Event, story: Event) -> bool:
    """Both events are between the same countries (or international bodies), in either direction."""
    def side(ref: ActorRef | None) -> str | None:
        return None if ref is None or not ref.code else (ref.country or ref.code[:3])
    ends = {side(head.source), side(head.target)}
    return None not in ends and ends == {side(story.source), side(story.target)}


def _retells(head: Event, story: Event, rules: RestatementRules, countries: frozenset[int]) -> bool:
    return (head.modality == story.modality and rules.one_act(head.cameo, story.cameo)
            and _short_name_of(head.source, story.source) and _short_name_of(head.target, story.target)
            and dates_agree(head, story) and places_agree(head, story, countries))


def _short_name_of(head: ActorRef | None, story: ActorRef | None) -> bool:
    """The headline's actor is the story's, or both are actors of one country (codes that start with it)."""
    if head is None or story is None:
        return head is None and story is None
    if same_actor(head, story):
        return True
    country = head.country
    return bool(country) and country == story.country and all(
        ref.code is not None and ref.code.startswith(country) for ref in (head, story))
