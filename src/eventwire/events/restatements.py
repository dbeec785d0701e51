"""Restatements: one act told several times in one article is one event.

Two rules, both here (an act a later sentence explains, "They were protesting against ...", is
``explained_acts``; the phrases of one sentence that tell a verb's act again, "landed in Kyiv for a visit",
are read by ``retelling_phrases``):

* In the event coder, sentence by sentence: a definite event noun ("the protest", "this meeting",
  "their talks") whose code root, source and target equal an event of an earlier sentence names
  that act again and is not coded ("... blocked roads on Monday. The protest ..."). Verbs and
  indefinite nouns ("a second meeting") still code there.
* After the times and places stages, over the whole article (``merge_restatements``, run by
  ``stages/restatements.py``): the lead's "held an hour-long phone conversation", the fourth
  paragraph's "spoke Saturday" and a later "during the call" are one act when their codes name
  one act, source and target are the same actors, modality, dates and places agree and neither
  trigger is marked as a further act ("a second call", "met again"). Which codes name one act and
  which words mark a further act is data: ``data/cameo/restatements.yaml``. The most specific
  record stays, takes the most precise date told for the act, and its ``rule`` names the records
  merged into it (the record contract has no field for it).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from ..dictionaries.cameo_codes import CameoCodes
from ..dictionaries.files import data_path, load_yaml
from ..errors import DictionaryError
from ..records import ActorRef, Event
from .restated_actors import name_words, one_actor, same_actor
from .retelling_phrases import appositive_retelling, occasion_phrase, purpose_of_trip

__all__ = ["RestatementRules", "dates_agree", "date_detail", "is_definite_event_noun", "merge_restatements",
           "name_words", "one_word_family", "places_agree", "restated", "same_actor", "trigger_token"]

# determiners that point back to something already told
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def is_definite_event_noun(tok: Token, rules: RestatementRules) -> bool:
    """``tok`` is a noun trigger introduced by a definite determiner or a possessor, with no modifier
    marking another act than one told before ("the second meeting", "the new sanctions": the
    ``further_act`` words of data/cameo/restatements.yaml, ``RestatementRules.new_act_words``)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    another = rules.new_act_words
    definite = False
    for child in tok.children:
        low = child.lower_
        if child.dep_ == "det" and low in _DEFINITE:
            definite = True
        elif child.dep_ == "poss":   # "their talks", "the students' protest"
            definite = True
        elif child.dep_ in ("amod", "nummod", "det") and low in another:
            return False
    return definite


def _key(ref: ActorRef | None) -> str | None:
    return ref.code if ref is not None else None


def restated(ev: Event, earlier: list[Event]) -> Event | None:
    """The event of an earlier sentence that ``ev`` restates (same root, source and target), or None."""
    for prior in earlier:
        if prior.sentence < ev.sentence and prior.root == ev.root \
                and _key(prior.source) == _key(ev.source) and _key(prior.target) == _key(ev.target):
            return prior
    return None


# --- one act told in several sentences of an article (the restatements stage) ----------------------

_GENERIC_END = "0"        # "040", "110", "190": the root's "not specified below" code
_STEM = 4                 # "condemn"/"condemnation", "endorse"/"endorsed": one word family when they share
_STEM_SLACK = 2           # at least _STEM letters and all but _STEM_SLACK letters of the shorter word
_THEME_PREPS = frozenset({"over", "about", "for"})   # "condemned X over the test", "criticised X for the raid"


@dataclass(frozen=True)
class RestatementRules:
    """Which codes name one act, which roots are statements, and which words mark a further act
    (``data/cameo/restatements.yaml``)."""

    apart: frozenset[frozenset[str]] = frozenset()
    statement_roots: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    adverbs: frozenset[str] = frozenset()
    new_act: frozenset[str] = frozenset()     # "the new sanctions": another act for the coder, no mark for the merge
    explained_roots: frozenset[str] = frozenset()   # "... set fire to buses. They were protesting against ..."
    apart_in_sentence: frozenset[str] = frozenset()   # "detained him and charged him": two acts of one code
    acts: frozenset[str] = frozenset()   # codes of a statement root that name an act retold in other words (116)
    state_sectors: frozenset[str] = frozenset()   # GOV, MIL ...: an actor of them is its bare country in a retelling
    misreadings: frozenset[frozenset[str]] = frozenset()   # root pairs a headline word may name for one act

    @functools.cached_property
    def new_act_words(self) -> frozenset[str]:
        """The modifiers that make a definite event noun another act than one told before: the
        further-act marks and the words of a new act."""
        return self.modifiers | self.new_act

    @classmethod
    def load(cls, path: Path | None = None, cameo: CameoCodes | None = None) -> "RestatementRules":
        path = path or data_path("cameo", "restatements.yaml")
        data = load_yaml(path)
        if not isinstance(data, dict):
            raise DictionaryError(str(path), None, "expected a mapping with 'apart', 'statements' and 'further_act'")
        entries = data.get("apart") or []
        if not isinstance(entries, list):
            raise DictionaryError(str(path), data.get("__line__"), "'apart' must be a list")
        apart: set[frozenset[str]] = set()
        for entry in entries:
            line = entry.get("__line__") if isinstance(entry, dict) else None
            codes = entry.get("codes") if isinstance(entry, dict) else None
            if not isinstance(codes, list) or len(codes) != 2 or not all(isinstance(c, str) for c in codes) \
                    or codes[0] == codes[1]:
                raise DictionaryError(str(path), line, "apart: 'codes' must be two different code strings")
            if codes[0][:2] != codes[1][:2]:
                raise DictionaryError(str(path), line, f"apart: {codes} are not codes of one root")
            unknown = [c for c in codes if cameo is not None and c not in cameo]
            if unknown:
                raise DictionaryError(str(path), line, f"apart: unknown CAMEO code(s) {unknown}")
            if not isinstance(entry.get("why"), str) or not entry["why"].strip():
                raise DictionaryError(str(path), line, "apart: every pair says 'why'")
            apart.add(frozenset(codes))
        roots = data.get("statements") or []
        if not isinstance(roots, list) or not all(isinstance(r, str) and len(r) == 2 and r.isdigit() for r in roots):
            raise DictionaryError(str(path), None, "'statements' must be a list of 2-digit CAMEO roots as strings")
        further = data.get("further_act") or {}
        words: dict[str, frozenset[str]] = {}
        for key in ("modifiers", "adverbs", "new_act"):
            value = further.get(key, []) if isinstance(further, dict) else None
            if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
                line = further.get("__line__") if isinstance(further, dict) else data.get("__line__")
                raise DictionaryError(str(path), line, f"further_act: '{key}' must be a list of words")
            words[key] = frozenset(w.strip().lower() for w in value)
        explained = data.get("explained_by_progressive") or []
        if not isinstance(explained, list) or not all(isinstance(r, str) and len(r) == 2 and r.isdigit()
                                                      for r in explained):
            raise DictionaryError(str(path), None,
                                  "'explained_by_progressive' must be a list of 2-digit CAMEO roots as strings")
        listed = {key: data.get(key) or [] for key in ("apart_in_sentence", "statement_acts")}
        for key, codes in listed.items():
            if not isinstance(codes, list) or not all(isinstance(c, str) and c.isdigit() and 2 <= len(c) <= 4
                                                      and (cameo is None or c in cameo) for c in codes):
                raise DictionaryError(str(path), None, f"'{key}' must be a list of known CAMEO codes as strings")
        if any(c[:2] not in roots for c in listed["statement_acts"]):
            raise DictionaryError(str(path), None, "'statement_acts' must be codes of the 'statements' roots")
        state = data.get("state_sectors") or []
        if not isinstance(state, list) or not all(isinstance(w, str) and len(w) == 3 and w.isupper() for w in state):
            raise DictionaryError(str(path), None, "'state_sectors' must be a list of 3-letter CAMEO sector codes")
        pairs = data.get("headline_misreadings") or []
        if not isinstance(pairs, list) or not all(
                isinstance(p, dict) and isinstance(p.get("roots"), list) and len(p["roots"]) == 2
                and all(isinstance(r, str) and len(r) == 2 and r.isdigit() for r in p["roots"])
                and isinstance(p.get("why"), str) and p["why"].strip() for p in pairs):
            raise DictionaryError(str(path), None,
                                  "'headline_misreadings' entries need two 2-digit 'roots' and a 'why'")
        return cls(frozenset(apart), frozenset(roots), words["modifiers"], words["adverbs"], words["new_act"],
                   frozenset(explained), frozenset(listed["apart_in_sentence"]), frozenset(listed["statement_acts"]),
                   frozenset(state), frozenset(frozenset(p["roots"]) for p in pairs))

    def one_family(self, a: str, b: str) -> bool:
        """Roots ``a`` and ``b`` are one act family for a headline: the same root, or a pair a headline word may
        name for one act (``headline_misreadings``: "storms an embassy" read as a riot, 14, for a raid, 17)."""
        return a == b or frozenset((a, b)) in self.misreadings

    def one_act(self, a: str, b: str) -> bool:
        """Codes ``a`` and ``b`` may name one act: equal, one under the other, or a root's generic
        code and another code of that root, unless the pair is 'apart'."""
        if a == b:
            return True
        if a[:2] != b[:2]:
            return False
        if a.startswith(b) or b.startswith(a) or _generic(a) or _generic(b):
            return not self._apart(a, b)
        return False

    def _apart(self, a: str, b: str) -> bool:
        def three(c: str) -> str:
            return c[:2] + _GENERIC_END if len(c) == 2 else c[:3]
        return frozenset((three(a), three(b))) in self.apart

    def marks(self, tok: Token | None) -> frozenset[str]:
        """The further-act words on a trigger: 'a second call', 'met again', 'met for the second time'."""
        if tok is None:
            return frozenset()
        heads = [tok]
        of = tok if tok.lower_ == "of" else (tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None)
        if of is not None and of.head.pos_ in ("NOUN", "PROPN"):
            heads.append(of.head)                # "another round of talks" (trigger "talks" or "of talks")
        found: set[str] = set()
        for head in heads:
            for child in head.children:
                low = child.lower_
                if child.dep_ in ("amod", "det", "nummod", "compound") and low in self.modifiers:
                    found.add(low)
                elif child.dep_ in ("advmod", "npadvmod") and low in self.adverbs:
                    found.add(low)
                elif child.dep_ == "prep":       # "for the second time"
                    for obj in child.children:
                        if obj.dep_ == "pobj" and obj.lemma_.lower() == "time":
                            found.update(g.lower_ for g in obj.children if g.lower_ in self.modifiers)
        return frozenset(found)


def _generic(code: str) -> bool:
    return len(code) == 2 or (len(code) == 3 and code.endswith(_GENERIC_END))


def _code_detail(code: str) -> int:
    """How specific a code is: 2-digit root 0, generic X0 1, 3-digit 2, 4-digit 3."""
    return 0 if len(code) == 2 else (1 if _generic(code) else len(code) - 1)


def date_detail(ev: Event) -> int:
    """How precisely the text dates an event: 0 for no date or only the publication date, else the
    number of parts of YYYY[-MM[-DD]]."""
    if not ev.date or ev.date_basis in ("publication", "none"):
        return 0
    return ev.date.count("-") + 1


def dates_agree(a: Event, b: Event) -> bool:
    """One date contains the other (2017-01 / 2017-01-28), or one of them is not told by the text."""
    if date_detail(a) == 0 or date_detail(b) == 0:
        return True
    da, db = a.date or "", b.date or ""
    return da == db or da.startswith(db + "-") or db.startswith(da + "-")


def places_agree(a: Event, b: Event, countries: frozenset[int] = frozenset()) -> bool:
    """The same place, a place on one of them only, a country and a place in it ("arrived in
    Moscow" / "travelled to Russia"), or a known place and one the gazetteer does not place.
    ``countries``: the geonameids of whole countries."""
    x, y = a.location, b.location
    if x is None or y is None:
        return True
    if (x.geonameid is None and x.country is None) != (y.geonameid is None and y.country is None):
        return True   # a place the gazetteer does not know ("the Far East") may be in the known one ("Russia")
    if x.geonameid is not None and y.geonameid is not None:
        if x.geonameid == y.geonameid:
            return True
        return x.country is not None and x.country == y.country \
            and (x.geonameid in countries or y.geonameid in countries)
    return (x.name or x.text).lower() == (y.name or y.text).lower()


def one_word_family(a: str, b: str) -> bool:
    """'condemn'/'condemnation', 'endorse'/'endorses', 'demand'/'demanding': one word, or one stem."""
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= _STEM and common >= min(len(a), len(b)) - _STEM_SLACK


@dataclass
class _Telling:
    """One event record with what the merge reads of its trigger: the further-act marks, the
    trigger's lemma and its theme (the lemma of a common-noun object that is not an actor)."""

    event: Event
    marks: frozenset[str] = frozenset()
    lemma: str = ""
    theme: str | None = None
    source_words: frozenset[str] = frozenset()
    target_words: frozenset[str] = frozenset()
    token: Token | None = None

    def rank(self) -> tuple:
        """Most specific first: the event code, then the actors' codes (a state actor of a country before the bare
        country it is merged with, whatever the confidence), then the date; the merged record takes the best date
        and place of its group anyway (``_merge``)."""
        ev = self.event
        return (-_code_detail(ev.cameo), -_actor_detail(ev), -date_detail(ev), -ev.confidence, ev.sentence,
                ev.evidence.trigger_start or 0)


def _actor_detail(ev: Event) -> int:
    """Letters of sector codes on the actors beyond their country (USAGOV 3, USA 0)."""
    return sum(len(ref.code) - len(ref.country or "") for ref in (ev.source, ev.target)
               if ref is not None and ref.code and ref.country and ref.code.startswith(ref.country))


def _tell_one_act(a: _Telling, b: _Telling, rules: RestatementRules, countries: frozenset[int] = frozenset()) -> bool:
    """``a`` and ``b`` tell one act (see the top of data/cameo/restatements.yaml)."""
    x, y = a.event, b.event
    told_beside = x.sentence == y.sentence and any(
        retelling(noun, verb) for retelling in (appositive_retelling, occasion_phrase)
        for noun, verb in ((a.token, b.token), (b.token, a.token)))
    twice = x.sentence == y.sentence and _told_twice_in_sentence(x, y, rules)
    if x.sentence == y.sentence and not told_beside and not twice:
        return False                 # a sentence tells each of its acts once: "arrested him and charged him"
    if x.root in rules.statement_roots and x.cameo not in rules.acts and not one_word_family(a.lemma, b.lemma):
        return False                 # "endorsed" and "thanked": two statements
    if a.theme and b.theme and a.theme != b.theme:
        return False                 # "condemned the launch", "condemnation of the test"
    if x.cameo != y.cameo and any(t.theme and _generic(t.event.cameo) for t in (a, b)):
        return False                 # "spoke by phone ... the two discussed defence cooperation": the
                                     # generic act with a subject of its own is told as an act of its own
    # a rank beside the act counts it among others, it marks no further act ("arrived ... on his third visit")
    return (x.modality == y.modality and (told_beside or a.marks == b.marks) and rules.one_act(x.cameo, y.cameo)
            and one_actor(x.source, y.source, a.source_words, b.source_words, rules.state_sectors)
            and one_actor(x.target, y.target, a.target_words, b.target_words, rules.state_sectors)
            and _dates_fit(a, b) and places_agree(x, y, countries))


def _told_twice_in_sentence(x: Event, y: Event, rules: RestatementRules) -> bool:
    """Two words of one sentence tell one act: the same code, source and target codes, not a code whose two acts
    of one sentence stay two (``apart_in_sentence``: "detained him and charged him"), told as done. A sentence
    names the act and its detail or outcome in two words ("found them guilty and sentenced them", "stormed the
    compound and set fire to it", "met ... for talks"); the actors' names are still compared by ``same_actor``,
    and two statements must still be one word family ("welcomed and praised him" stays two)."""
    def codes(ev: Event) -> tuple[str | None, str | None]:
        return (ev.source.code if ev.source else None), (ev.target.code if ev.target else None)
    return x.cameo == y.cameo and x.cameo not in rules.apart_in_sentence and codes(x) == codes(y) \
        and x.modality == y.modality == "asserted"


def _dates_fit(a: _Telling, b: _Telling) -> bool:
    """The two records' dates agree (``dates_agree``), or one is an act a trip is made for, dated by the trip's day,
    and the other is told on that day or later ("Kim arrived in Russia on Tuesday for a summit with Putin. The two
    leaders met on Wednesday": the summit is the meeting)."""
    x, y = a.event, b.event
    if dates_agree(x, y):
        return True
    return (purpose_of_trip(a.token) and _not_after(x, y)) or (purpose_of_trip(b.token) and _not_after(y, x))


def _not_after(first: Event, then: Event) -> bool:
    """Both dates are full days and ``first``'s is not later than ``then``'s."""
    da, db = first.date or "", then.date or ""
    return len(da) == len(db) == 10 and da <= db


def trigger_token(doc: Doc | None, ev: Event) -> Token | None:
    """The root token of ``ev``'s trigger in ``doc`` (None without a parse or a trigger span)."""
    if doc is None or ev.evidence.trigger_start is None or ev.evidence.trigger_end is None:
        return None
    span = doc.char_span(ev.evidence.trigger_start, ev.evidence.trigger_end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _theme(tok: Token, ev: Event) -> str | None:
    """The common noun a trigger acts on or is about, when it is not one of the event's actors:
    'condemned the launch' -> launch, 'condemnation of the test' -> test, 'condemned North Korea
    over the test' -> test."""
    actors = [(r.start, r.end) for r in (ev.source, ev.target) if r is not None]
    for child in tok.children:
        obj = child if child.dep_ == "dobj" else None
        if obj is None and child.dep_ == "prep" and (child.lower_ in _THEME_PREPS
                                                    or (child.lower_ == "of" and tok.pos_ == "NOUN")):
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "NOUN" and not any(s <= obj.idx < e for s, e in actors):
            return obj.lemma_.lower()
    return None


def _telling(ev: Event, doc: Doc | None, rules: RestatementRules) -> _Telling:
    """What the merge reads of one record: its trigger's marks, lemma and theme, its actors' name words."""
    tok = trigger_token(doc, ev)
    words = (name_words(ev.source, doc), name_words(ev.target, doc))
    if tok is None:
        return _Telling(ev, lemma=ev.evidence.trigger.lower(), source_words=words[0], target_words=words[1])
    return _Telling(ev, rules.marks(tok), tok.lemma_.lower(), _theme(tok, ev), *words, token=tok)


def merge_restatements(events: list[Event], doc: Doc | None, rules: RestatementRules, *,
                       countries: frozenset[int] = frozenset()) -> tuple[list[Event], list[str]]:
    """The events of one article with every act told more than once kept once, and a note per merge.

    Events are taken most specific first (code, then date, then confidence, then the earliest
    told); each joins the first group whose every member tells the same act, else starts one.
    The first of a group stays: it takes the group's most precise date and a place when it has
    none, the highest confidence, and its ``rule`` names the records merged into it. A kept record
    of a mention that was merged elsewhere (the other direction of a symmetric retelling) takes the
    act's date too.
    ``countries``: geonameids of whole countries (a country holds the places in it)."""
    tellings = [_telling(ev, doc, rules) for ev in events]
    notes: list[str] = []
    items = sorted(tellings, key=_Telling.rank)
    groups: list[list[_Telling]] = []
    for item in items:
        for group in groups:
            if all(_tell_one_act(item, member, rules, countries) for member in group):
                group.append(item)
                break
        else:
            groups.append([item])
    dropped: set[int] = set()
    dated: dict[tuple[int, int | None], Event] = {}     # mention -> the act's best-dated record
    for group in groups:
        if len(group) > 1:
            notes.append(_merge(group[0].event, [m.event for m in group[1:]]))
            dropped.update(id(m.event) for m in group[1:])
            for member in group:
                dated[_mention_key(member.event)] = group[0].event
    kept = [ev for ev in events if id(ev) not in dropped]
    for ev in kept:   # the other direction of a mention told again ("Russian troops fought Ukrainian soldiers")
        best = dated.get(_mention_key(ev))
        if best is not None and best is not ev and date_detail(best) > date_detail(ev) and dates_agree(best, ev):
            ev.date, ev.date_basis = best.date, best.date_basis
            ev.rule = f"{ev.rule} | restatements: date from sentence {best.sentence}, where this mention's act is told"
    return kept, notes


def _mention_key(ev: Event) -> tuple[int, int | None]:
    return ev.sentence, ev.evidence.trigger_start


def _merge(keeper: Event, others: list[Event]) -> str:
    best = max([keeper, *others], key=date_detail)
    said = [f"sentence {ev.sentence} '{ev.evidence.trigger}' {ev.cameo}" for ev in others]
    trail = "merged restatements (restatements.yaml): " + ", ".join(said)
    if date_detail(best) > date_detail(keeper):
        keeper.date, keeper.date_basis = best.date, best.date_basis
        trail += f"; date from sentence {best.sentence}"
    if keeper.location is None:
        placed = next((ev for ev in others if ev.location is not None), None)
        if placed is not None:
            keeper.location = placed.location
            trail += f"; place from sentence {placed.sentence}"
    keeper.confidence = max(ev.confidence for ev in [keeper, *others])
    keeper.rule = f"{keeper.rule} | {trail}"
    src = keeper.source.code if keeper.source else None
    tgt = keeper.target.code if keeper.target else None
    return f"restatements: {keeper.cameo} {src}->{tgt} of sentence {keeper.sentence} " \
           f"'{keeper.evidence.trigger}' also told in " + ", ".join(said)
