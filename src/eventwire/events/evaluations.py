"""Reported evaluations as events: "X said Y's move was a mistake" is X criticising Y (111).

A speaker judging another actor or its acts makes an event by the judgement itself: criticism
(111), accusation (112), praise (051). The verb lexicon codes the explicit acts ("X criticised
Y"); this module reads the judgements that stand inside reported speech:

* a reporting verb (``data/quotes/reporting_verbs.yaml``, groups listed under ``speech`` in
  ``data/cameo/evaluations.yaml``) with a complement clause whose predicate is evaluative:
  "said Clinton's plan would be a disaster", "said the sanctions were illegal", "said Y was lying",
  "said Y had done a great job";
* a stance held towards another actor or its acts, said or reported: "China is resolutely
  opposed to Y's test", "X remains critical of Y", "X was angered by Y's remarks", "is grateful to
  Y" (praise), or a verb holding one ("marveled at Y's ability", "fumed at Y");
* a small clause of a naming verb: "called the sanctions illegal", "branded Y a terrorist state",
  "described Y as a threat", "viewed Washington's move as a provocation";
* a relative clause on an act noun or on the object of an act: "Turkey expelled two diplomats, a
  move Berlin called unacceptable", "imposed tariffs, which Canberra called unjustified" (the doers
  of the act coded in the clause, ``judged_acts.clause_doers``);
* the speaker's own clauses of a direct quotation, also a sentence or more away from the name of
  its speaker (the quotes stage's records; ``eventwire.events.quoted``): '"We met for two hours,"
  Obama said. "Russia's annexation of Crimea was a mistake."', 'Merkel: "Putin has betrayed Europe."'.

Judgements are predicate nouns and adjectives, ranks ("one of the greatest leaders of our time",
"one of the worst presidents"), aims to harm ("was trying to destabilize Y", "an attempt by Y to
sabotage the deal"), blame for a hostile act ("was responsible for the attack", or after the act
was told: "... and Biden said Putin was responsible"), conduct ("said Y had mishandled the crisis",
"failed to protect", "behaved irresponsibly") and frames ("I think Y is ...", "Trump said he thinks Y is ...", "it shows that Y ..."). Source =
the speaker, target = the judged actor: the subject of the complement, the owner of the judged thing
("Y's decision", "the decision by Y", "the sanctions imposed by Y", "US sanctions"), the one a quoted
pronoun is said of ('"He is a liar," X said of Y'), the doer of an act a bare definite noun or a
pointing "it"/"this" names again ("the warrants", "called it a violation", ``events/judged_acts.py``).
No event when the judgement is negated ("was not a mistake"), conditional or hedged ("could be a
threat", "would be a mistake if"), asked ("whether", a question), of the speaker or his own side
("we failed"), of "you" with no one named as addressed, when speaker and target are one actor, when
no target actor is found, when the pattern lexicon already coded a comment, criticism, rejection or
threat (roots 05, 11, 12, 13) by the same speaker in the sentence, or when it restates a judgement
told up to two sentences before. What a naming verb says of its object is no act of the speaker
(``events/misread.py``: "denounced what he called a clear violation", "called the raids a breach").
A judgement of a claim ("said the accusations were baseless") rejects or denies its author
(``events/claims.py``); a complement clause's judgements are read in ``events/small_clauses.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from ..dictionaries.cameo_codes import CameoCodes
from ..dictionaries.evaluation_lexicon import EvaluationLexicon
from ..document import CodedDocument
from ..errors import DictionaryError
from ..ids import event_id
from ..quotes.lexicon import QuoteLexicon
from ..records import ActorRef, Event, Evidence
from . import background, claims, quoted, reported_appeals, syntax
from .arguments import Arg, ArgumentFinder
from .covered_judgements import covered, judged_comments
from .discards import DiscardChecker
from .emit import copy_ref
from .evaluative_words import attributive_at, predicate_at, stance_at, verb_at
from .judged_acts import THING_PRONOUNS, act_doers, antecedent_doers, asked_to_stop, clause_doers, judged_actors, \
    one_actor, subject_doers
from .misread import Naming, misread_acts, readings
from .modality import ModalityRules, detect
from .small_clauses import PREDICATE_DEPS, RELATIVES, Judgement, as_predicate, clause_judgements, reduced_passive, \
    relative_clause, small_clause
from .targets import TargetPolicy, institution_ref

__all__ = ["EvaluationCoder", "attributive_at", "judged_comments", "predicate_at", "verb_at"]

_SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})


class EvaluationCoder:
    """Codes reported evaluations of a CodedDocument whose actors, events and quotes are found."""

    def __init__(self, lexicon: EvaluationLexicon, quotes: QuoteLexicon, cameo: CameoCodes,
                 rules: ModalityRules, targets: TargetPolicy | None = None,
                 discards: DiscardChecker | None = None) -> None:
        self.lexicon = lexicon
        self.discards = discards    # the verb lexicon's discard rules, on a told appeal (reported_appeals)
        self.targets = targets
        self.quotes = quotes
        self.cameo = cameo
        self.rules = rules
        self._conditions = rules.markers.get("hypothetical", frozenset())
        # "could be a threat": the auxiliaries of a possibility (data/cameo/intent.yaml, as drops.py reads them)
        self._hedges = rules.auxiliaries.get("speculative", frozenset())
        known = {e.group for entries in quotes.verbs.values() for e in entries}
        unknown = (lexicon.speech_groups | lexicon.attributing_groups) - known
        if unknown:
            raise DictionaryError(lexicon.path, None, f"speech: no reporting verb group(s) {', '.join(sorted(unknown))} "
                                                      "in data/quotes/reporting_verbs.yaml")

    def code(self, cdoc: CodedDocument) -> list[Event]:
        return [ev for ev, _ in self.code_explained(cdoc)]

    def code_explained(self, cdoc: CodedDocument) -> list[tuple[Event, str]]:
        """The judgements of the document, each with how its source and target were found (the
        speaker of a quotation sentences away, the doer of an act a noun names again), for
        ``eventwire explain``."""
        return self.code_document(cdoc)[0]

    def code_document(self, cdoc: CodedDocument) -> tuple[list[tuple[Event, str]], list[Event]]:
        """The explained judgements (``code_explained``) and the document's events misread at what
        a naming verb says of its object (``events/misread.py``), found in one pass."""
        if cdoc.doc is None:
            return [], []
        # "China said it was resolutely opposed to ...": the subject a speaker reports is the speaker
        finder = ArgumentFinder(cdoc.actor_at, reporting=self.rules.governors.get("reporting", frozenset()))
        by_sentence: dict[int, list[Event]] = {}
        for ev in cdoc.events:
            by_sentence.setdefault(ev.sentence, []).append(ev)
        out: list[tuple[Event, str]] = []
        namings: list[Naming] = []
        sents = list(cdoc.doc.sents)
        for index, sent in enumerate(sents):
            if background.is_question(sent):   # no judgement, but a naming verb's misread acts all the same
                namings.extend(self._naming(tok, self._judgements(tok), finder) for tok in sent
                               if self._names(tok) and self._judges(tok))
                continue
            out.extend(self._code_sentence(cdoc, sent, index, finder, by_sentence.get(index, []), namings))
        seen: dict[str, set[tuple[str | None, str | None]]] = {}
        for qs in quoted.quoted_sentences(cdoc, sents):   # '"... . Y is a disgrace," X said'
            out.extend(self._code_quoted(cdoc, qs, finder, by_sentence.get(qs.index, []),
                                         seen.setdefault(qs.quote.id, set())))
        kept: list[tuple[Event, str]] = []
        for ev, why in sorted(out, key=lambda pair: pair[0].sentence):   # a lead, then the quote of the same judgement
            if not quoted.repeats_judgement(ev, [*cdoc.events, *(k for k, _ in kept)]):
                kept.append((ev, why))
        return kept, misread_acts(cdoc.events, namings)

    def _naming(self, verb: Token, found: list[Judgement], finder: ArgumentFinder) -> Naming:
        """What a naming verb's small clauses read, and who speaks ("called the strikes a violation")."""
        judged = [(jm.trigger, jm.judged) for jm in found if jm.clause is None]
        return Naming(verb, frozenset(a.ref.code for a in self._speakers(verb, finder)) if judged else frozenset(),
                      readings(verb, judged, self._says))

    def _code_sentence(self, cdoc: CodedDocument, sent: Span, index: int, finder: ArgumentFinder,
                       prior: list[Event], namings: list[Naming]) -> list[tuple[Event, str]]:
        events: list[tuple[Event, str]] = []
        seen: set[tuple[str | None, str | None]] = set()
        for tok in sent:
            judged = self._judgements(tok, self._is_speaker_pronoun(cdoc, tok, finder)) if self._judges(tok) else []
            if judged and self._names(tok):   # "called the strikes a violation": no violation by the speaker
                namings.append(self._naming(tok, judged, finder))
            events.extend(self._appeals(cdoc, tok, index, finder, prior))
            found: list[tuple[Judgement, Token | None]] = [(jm, None) for jm in judged]
            stance = stance_at(self.lexicon, tok)    # "China is firmly opposed to X", "was angered by X"
            if stance is not None:
                head, holder, st, against = stance
                found += [(Judgement(head, thing, tok, st.word_for(thing.lemma_.lower()), head), holder)
                          for thing in against]
            for found_jm, holder in found:
                jm = claims.as_claim(self.lexicon, found_jm)
                if jm is None or self._cancelled(jm):
                    continue
                if holder is not None and holder.lower_ in ("i", "we"):   # '"We are disappointed by ...," X said'
                    sources = quoted.quoted_speaker(cdoc, tok, finder)
                elif holder is not None:
                    sources = finder.actors(holder, "holder of the stance")
                else:
                    sources = self._speakers(tok, finder)
                person = quoted.addressed(jm.judged)    # "we failed": his own side; "you": the one told
                if person == "first":
                    continue
                if jm.judged.i == jm.speaker_verb.head.i and (   # "a move X called Y", "a move condemned by X"
                        relative_clause(jm.speaker_verb) or reduced_passive(jm.speaker_verb)):
                    targets = clause_doers(jm.judged, index, cdoc.events, self.lexicon)
                elif jm.judged.pos_ in ("VERB", "AUX") and jm.speaker_verb.dep_ == "pcomp":   # "in what X called Y"
                    targets = act_doers(jm.judged, index, cdoc.events)
                else:
                    targets = judged_actors(jm.judged, finder, self.lexicon.patient_nouns) if person is None \
                        else quoted.addressees(tok, finder)
                if person is None and quoted.pronominal(jm.judged):   # '"She's a disgrace," X said of Clinton'
                    targets = quoted.said_of(tok, finder, self.lexicon) or targets
                events.extend(self._pair_events(cdoc, sent, index, jm, sources, targets, prior, seen, finder))
        return events

    def _appeals(self, cdoc: CodedDocument, tok: Token, index: int, finder: ArgumentFinder,
                 prior: list[Event]) -> list[tuple[Event, str]]:
        """"X said Y should come up with a plan": an appeal (a demand for "must") told of an addressee whose
        deed is no event of the lexicon (``events/reported_appeals.py``)."""
        if not self._judges(tok) or tok.lemma_.lower() in self.lexicon.as_verbs \
                or detect(tok, self.rules, noun=False).modality != "asserted":
            return []
        complements = [*self._complements(tok), *reported_appeals.stray_complements(tok, self._says)]
        clauses = reported_appeals.unvetoed(
            tok, list(reported_appeals.obligation_clauses(tok, complements, self.rules, self.cameo)), self.discards,
            tok.sent)
        if not clauses:
            return []
        return reported_appeals.appeals(cdoc, index, tok, clauses, self._speakers(tok, finder), finder, prior,
                                        self.cameo)

    def _code_quoted(self, cdoc: CodedDocument, qs: quoted.QuotedSentence, finder: ArgumentFinder,
                     prior: list[Event], seen: set[tuple[str | None, str | None]]) -> list[tuple[Event, str]]:
        """The judgements of the speaker's clauses of a quoted sentence, judged as the complement of
        the quotation's speech verb, the speaker as source; "you" is the one the speech verb names
        as addressed ('"..." Merkel told Putin'), an unresolved "he" the one it is said of."""
        sources = quoted.speaker_args(cdoc, qs.quote, finder)
        cue = quoted.cue_token(cdoc, qs.quote) if sources else None
        events: list[tuple[Event, str]] = []
        for clause in quoted.quoted_clauses(qs, self.lexicon.own_frames,
                                            self.lexicon.evidence_frames) if sources else []:
            for found_jm in clause_judgements(self.lexicon, self._conditions, clause, clause):
                jm = claims.as_claim(self.lexicon, found_jm)
                if jm is None:
                    continue
                person = quoted.addressed(jm.judged)
                if person == "first" or self._cancelled(jm):
                    continue
                if person == "second":
                    targets = quoted.addressees(cue, finder) if cue is not None else []
                else:
                    targets = judged_actors(jm.judged, finder, self.lexicon.patient_nouns)
                if person is None and quoted.pronominal(jm.judged) and cue is not None:   # '"...," X said of Clinton'
                    targets = quoted.said_of(cue, finder, self.lexicon) or targets
                events.extend(self._pair_events(cdoc, qs.sent, qs.index, jm, sources, targets, prior, seen, finder))
        return events

    def _pair_events(self, cdoc: CodedDocument, sent: Span, index: int, jm: Judgement, sources: list[Arg],
                     targets: list[Arg], prior: list[Event], seen: set[tuple[str | None, str | None]],
                     finder: ArgumentFinder) -> list[tuple[Event, str]]:
        """One event per speaker and judged actor not yet coded (``seen``) nor covered by the lexicon,
        with how both were found."""
        events: list[tuple[Event, str]] = []
        claim = claims.is_claim(jm)
        if claim and claims.answered(self.lexicon, jm, sources, prior):
            return events     # "denied any role, calling the accusations baseless": the denial says it
        if sources and not targets and claim:   # "the accusations": their author
            targets = claims.claimant_doers(jm.judged, index, cdoc.events, self.lexicon,
                                     frozenset(s.ref.code for s in sources if s.ref.code))
        elif sources and not targets:   # "the warrants": the doer of the act the noun names again
            targets = antecedent_doers(jm.judged, index, cdoc.events, self.lexicon) \
                or subject_doers(jm.judged, jm.speaker_verb, finder, self.lexicon, self._tells_act) \
                or asked_to_stop(jm.judged, jm.speaker_verb, finder, self.lexicon)
        for s in sources:
            for t in targets or ([] if claim else self._institution(jm.judged, s)):
                if not s.ref.code or not t.ref.code or one_actor(s.ref, t.ref, cdoc):
                    continue
                key = (s.ref.code, t.ref.code)
                if key in seen or covered(s.ref, t.ref, jm.trigger, prior):
                    continue
                seen.add(key)
                events.append((self._event(cdoc, sent, index, jm, s.ref, t.ref),
                               f"source {s.ref.code}: {s.how}; target {t.ref.code}: {t.how}"))
        return events

    def _tells_act(self, verb: Token) -> bool:
        """A verb that tells an act done or decided: asserted or future, no verb of saying ("passed a law",
        "will impose a law", not "said")."""
        return not self._says(verb) and detect(verb, self.rules, noun=False).modality in ("asserted", "future")

    # ------------------------------------------------------------------ the parse
    def _judges(self, verb: Token) -> bool:
        """A reporting verb of the configured groups (not a question or a denial), or an as-verb."""
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        lemma = verb.lemma_.lower()
        if lemma in self.lexicon.as_verbs:
            return True
        particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")}
        entry = self.quotes.verb(lemma, particles)
        if entry is None or entry.group not in self.lexicon.speech_groups:
            return False
        if entry.particle is None and any(c.dep_ == "prt" for c in verb.children):
            return False     # "wrote them off as mistakes" is no "write"
        name = f"{entry.lemma} {entry.particle}" if entry.particle else entry.lemma
        return name not in self.lexicon.speech_exclude and lemma not in self.lexicon.speech_exclude

    def _judgements(self, verb: Token, is_speaker: Callable[[Token], bool] | None = None) -> list[Judgement]:
        out: list[Judgement] = []
        lemma = verb.lemma_.lower()
        as_only = lemma in self.lexicon.as_verbs
        judged = syntax.children(verb, *syntax.OBJ) or (
            syntax.children(verb, *syntax.PASS_SUBJ) if syntax.is_passive(verb) else []) or (
            [verb.head] if reduced_passive(verb) else [])    # "a move condemned as illegal by the UN"
        if relative_clause(verb) and verb.head.pos_ in syntax.NOUN_POS and verb.head.i < verb.i and (
                all(o.lower_ in RELATIVES for o in judged) or (
                    len(judged) == 1 and self._names(verb) and predicate_at(self.lexicon, judged[0]) is not None)):
            # "a move Berlin called unacceptable", "tariffs, which Canberra called unjustified", "a
            # decision that Minsk called a provocation" (the predicate parsed as the object)
            judged = [verb.head]
        if verb.dep_ == "pcomp" and verb.head.lower_ == "in" and verb.head.head.pos_ in ("VERB", "AUX") \
                and verb.head.head.i < verb.i and judged and all(o.lower_ == "what" for o in judged):
            judged = [verb.head.head]   # "shelled Kharkiv in what Ukraine called a war crime": the act judged
        # "described Y as a threat", "slammed the hearings as a disgrace"
        # ("described the arrests as politically motivated": the 'as' phrase parsed as a clause)
        as_preds = [*(pred for prep in syntax.children(verb, "prep") if prep.lower_ == "as" for pred in prep.children),
                    *(c for c in verb.children if c.dep_ in ("advcl", "advmod") and c.i > verb.i
                      and any(m.dep_ in ("mark", "advmod") and m.lower_ == "as" and m.i < c.i for m in c.children))]
        for obj in judged[:1]:
            # or hung on the object: "the detentions [as politically motivated]", "described Y's incursions
            # [as] reckless" (the 'as' phrase a modifier of the object)
            for pred in [*as_preds, *(c for c in obj.children if c.dep_ == "amod" and c.i > obj.i and any(
                    m.dep_ in ("advmod", "mark") and m.lower_ == "as" and m.i < c.i for m in c.children)),
                         *(pred for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "as"
                           and prep.i > obj.i for pred in prep.children)]:
                found = as_predicate(self.lexicon, pred)
                if found is not None:
                    out.append(Judgement(verb, obj, found[0], found[1], None))
        if as_only:
            return out
        # "what X called North Korea's reckless actions": the named thing is judged
        if self._names(verb) and all(o.lower_ in ("what", "which") for o in judged):
            for pred in syntax.children(verb, *PREDICATE_DEPS):
                found = attributive_at(self.lexicon, pred)
                if found is not None:
                    out.append(Judgement(verb, pred, found[0], found[1], None))
        # "called the sanctions illegal", "branded North Korea an outlaw nation" (two objects; the
        # parser may make the first a dative: "branded [Russia] a terrorist state")
        named = sorted([*syntax.children(verb, "dative"), *judged], key=lambda t: t.i)
        if self._names(verb):
            out.extend(small_clause(self.lexicon, verb, named[0] if named else None))
        for clause in self._complements(verb):   # '"... we consider she has drawn the wrong conclusion"'
            for inner in quoted.own_judgement(clause, self.lexicon.own_frames,
                                              self.lexicon.evidence_frames, is_speaker):
                out.extend(clause_judgements(self.lexicon, self._conditions, verb, inner))
        return out

    def _says(self, verb: Token) -> bool:
        """A verb of saying or of a stance ("condemned what he called ..."), by the reporting verbs."""
        return self.quotes.verb(verb.lemma_.lower(), set()) is not None

    def _names(self, verb: Token) -> bool:
        """A naming verb: its object and a predicate make a small clause ("called Y a liar")."""
        entry = self.quotes.verb(verb.lemma_.lower(), set())
        return entry is not None and "predicate" in entry.complements

    @staticmethod
    def _complements(verb: Token) -> list[Token]:
        """The verb's complement clauses; for '"...," X said' the quoted main clause."""
        comps = syntax.children(verb, "ccomp", "xcomp")
        if verb.dep_ == "parataxis" and verb.head is not verb and verb.head.i < verb.i:
            comps.append(verb.head)
        return comps

    def _cancelled(self, jm: Judgement) -> bool:
        """Negated, hedged or conditional judgements, and judgements by a negated or unreal speaker."""
        mod = detect(jm.speaker_verb, self.rules, noun=False)
        if mod.modality != "asserted":
            return True
        for tok in (jm.trigger, jm.clause):
            if tok is None:
                continue
            if any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det", "preconj") and c.lower_ in self.rules.negations)
                   for c in tok.children):
                return True
        if jm.clause is not None:
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in self._hedges for c in jm.clause.children):
                return True
            if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self._conditions
                                             for m in c.children) for c in jm.clause.children):
                return True
            if any(c.dep_ in ("xcomp", "ccomp", "csubj") and c.i > jm.trigger.i for c in jm.clause.children) \
                    and jm.judged.lower_ in THING_PRONOUNS:
                return True   # "it would be a mistake to withdraw": the judged act has no actor
            act = jm.judged.head
            if act.i != jm.judged.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children) \
                    and any(c.dep_ == "aux" and c.lower_ in ("would", "wo", "should") for c in jm.clause.children):
                return True   # "it would be a mistake for Russia to invade": an act not done
        return False

    # ------------------------------------------------------------------ the actors
    def _is_speaker_pronoun(self, cdoc: CodedDocument, verb: Token, finder: ArgumentFinder) -> Callable[[Token], bool]:
        """Whether a "he", "she" or "they" in what ``verb`` reports is its speaker, as the actor stage
        resolved it ("Trump said he thinks Comey is a liar")."""
        def same(tok: Token) -> bool:
            if tok.lower_ not in _SPEAKER_PRONOUNS:
                return False
            mention = cdoc.actor_at(tok.i)
            if mention is None or mention.start_token != tok.i or not mention.ref.code:
                return False
            return any(a.ref.code == mention.ref.code and a.ref.name == mention.ref.name
                       for a in self._speakers(verb, finder))
        return same

    def _speakers(self, verb: Token, finder: ArgumentFinder) -> list[Arg]:
        found = finder.verb_sources(verb)
        if not found and verb.dep_ == "acl" and verb.head.lemma_.lower() in self.quotes.document_nouns:
            lv = syntax.light_verb(verb.head)     # "issued a statement calling the test a violation"
            if lv is not None:
                found = finder.verb_sources(lv)
        return found

    def _institution(self, judged: Token, source: Arg) -> list[Arg]:
        """The institution behind a judged thing no actor owns, of the speaker's own country ("the
        White House called the impeachment hearings a sham" -> USALEG; ``institutions`` in
        data/cameo/targets.yaml)."""
        code = source.ref.code or ""
        if self.targets is None or judged.pos_ not in syntax.NOUN_POS or judged.lower_ in THING_PRONOUNS \
                or not code or code.startswith(("IGO", "NGO")):
            return []
        sector = self.targets.institution(judged)
        if sector is None:
            return []
        country = source.ref.country or code[:3]
        ref = institution_ref(judged, country, sector)
        return [Arg(ref, judged, f"institution behind '{ref.text}'")]

    # ------------------------------------------------------------------ records
    def _event(self, cdoc: CodedDocument, sent: Span, index: int, jm: Judgement,
               source: ActorRef, target: ActorRef) -> Event:
        entry = self.cameo.get(jm.word.code)
        trig = jm.trigger
        first = trig
        if jm.word.modifiers and jm.word.kind != "verbs":   # the whole phrase: "great job"
            lefts = [t for t in trig.subtree if t.i < trig.i and syntax.forms(t)[0] in jm.word.modifiers
                     or t.i < trig.i and t.lower_ in jm.word.modifiers]
            first = min(lefts, key=lambda t: t.i) if lefts else trig
        last = trig
        if jm.word.kind == "verbs":   # "was behind", "spiraling out"
            last = max((c for c in trig.children if c.dep_ in ("prep", "prt") and c.lower_ in jm.word.modifiers),
                       key=lambda t: t.i, default=trig)
        t_start, t_end = first.idx, last.idx + len(last.text)
        evidence = Evidence(text=sent.text, trigger=cdoc.doc.text[t_start:t_end], start=sent.start_char,
                            end=sent.end_char, trigger_start=t_start, trigger_end=t_end)
        ev = Event(article_id=cdoc.article.id, sentence=index, source=copy_ref(source), target=copy_ref(target),
                   cameo=jm.word.code, root=jm.word.code[:2], plover=entry.plover, quad_class=entry.quad_class,
                   goldstein=entry.goldstein, evidence=evidence, rule=jm.word.rule, modality="asserted",
                   confidence=0.6 if jm.clause is not None else 0.65,
                   attribution=quoted.attribution(jm.speaker_verb, cdoc, source, self.quotes,
                                                      self.lexicon.attributing_groups)
                   or quoted.via(cdoc, t_start, source))
        ev.id = event_id(ev.article_id, index, t_start, ev.cameo, source.code, target.code)
        return ev
