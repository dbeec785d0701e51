"""The event coder: from a parsed, actor-resolved document to CAMEO Event records.

Per sentence: every token is looked up in the lexicon index (by lemma, O(1)); the best
fitting pattern at each trigger wins; triggers used up by a more specific pattern (the
xcomp verb of "agreed to meet", the object of "imposed sanctions") are dropped; the
arguments are found in the parse; modality and intent codes are set; discard rules veto
non-political uses. ``trace`` records why each pattern fired or not (``eventwire explain``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..dictionaries.cameo_codes import CameoCodes
from ..dictionaries.verb_lexicon import VerbLexicon
from ..document import CodedDocument
from ..records import Event
from . import (armed_sides, background, drops, emit, merges, needed_context, participial_acts, protest_targets,
               received, restatements, shared_roles, statements, syntax, trips)
from .argument_words import argument_words
from .arguments import Arg, ArgumentFinder
from .confidence import ConfidenceWeights
from .content_codes import ContentCodes
from .discards import DiscardChecker
from .dyads import Dyads
from .fired import (COOPERATIVE_ROOTS, FORCE_ROOTS, MILITARY_ROOTS, REQUEST_ROOTS, STATEMENT_CODES, Fired,
                    SentenceTrace, TriggerTrace, self_dyad)
from .matcher import TriggerWords, best_match
from .modality import ModalityResult, ModalityRules, conditional_consequence, detect
from .ordinary_crime import CrimeRules
from .parse_memo import note_sentence_starts
from .targets import HOME_HOW, TargetFallbacks, TargetPolicy, domestic_place

__all__ = ["EventCoder", "SentenceTrace", "TriggerTrace", "COOPERATIVE_ROOTS", "STATEMENT_CODES"]


class EventCoder:
    """Codes events in a CodedDocument whose ``doc`` is parsed and whose ``actors`` are resolved."""

    def __init__(self, lexicon: VerbLexicon, cameo: CameoCodes, rules: ModalityRules, *,
                 include_hypothetical: bool = False, targets: TargetPolicy | None = None,
                 include_untargeted: bool = False, restatement_rules: restatements.RestatementRules | None = None,
                 confidence: ConfidenceWeights | None = None) -> None:
        self.lexicon = lexicon
        self.confidence = confidence or ConfidenceWeights.load()   # data/cameo/confidence.yaml: the events' score
        # "the second meeting", "the new sanctions": words that mark a definite event noun as a new act
        self.restatement_rules = restatement_rules or restatements.RestatementRules.load(cameo=cameo)
        self.include_hypothetical = include_hypothetical
        self.targets = targets or TargetPolicy.load(cameo=cameo)
        self.dyads = Dyads(self.targets)
        self.include_untargeted = include_untargeted
        self.discards = DiscardChecker(lexicon)
        self.crime = CrimeRules.load()   # ordinary crime is no political event
        self.content_codes = ContentCodes.load(cameo)   # "shelled X despite the truce": 196
        self._reporting = rules.governors.get("reporting", frozenset())
        self.trigger_words = TriggerWords(lexicon)
        self.cameo = cameo
        self.rules = rules
        self._background_preps = rules.markers.get("background", frozenset())
        self._controllers = frozenset().union(*(rules.governors.get(k, frozenset()) for k in
                                                ("aspect", "intent", "future", "hypothetical", "negated")))

    def code(self, cdoc: CodedDocument, trace: list[SentenceTrace] | None = None) -> list[Event]:
        if cdoc.doc is None:
            return []
        finder = ArgumentFinder(cdoc.actor_at, self._controllers, self.rules.governors.get("reporting", frozenset()),
                                self.rules.governors.get("stative", frozenset()),
                                self.rules.governors.get("accident", frozenset()),
                                self.rules.governors.get("raising", frozenset()))
        events: list[Event] = []
        positions = self.trigger_words.positions(cdoc.doc)
        sentences = list(cdoc.doc.sents)
        note_sentence_starts(cdoc.doc, [sent.start for sent in sentences])   # (syntax.sent_start reads them)
        k = 0
        for index, sent in enumerate(sentences):
            st = SentenceTrace(index, sent)
            start = k
            while k < len(positions) and positions[k] < sent.end:
                k += 1
            events.extend(self._code_sentence(cdoc, sent, index, finder, st, events, positions[start:k]))
            if trace is not None:
                trace.append(st)
        return events

    # ------------------------------------------------------------------ one sentence
    def _code_sentence(self, cdoc: CodedDocument, sent: Span, index: int, finder: ArgumentFinder,
                       st: SentenceTrace, earlier: list[Event], positions: list[int]) -> list[Event]:
        """Code one sentence; ``positions``: its tokens that may be triggers (``TriggerWords``)."""
        fired: dict[int, Fired] = {}
        doc = sent.doc
        for i in positions:
            tok = doc[i]
            best, attempts = best_match(self.lexicon, tok)
            if not attempts:
                continue
            tt = TriggerTrace(tok, attempts, best, "" if best else "no pattern fits")
            st.triggers.append(tt)
            if best is not None:
                others = sorted((a for a in attempts if a.ok and a is not best and a.slot_fit >= 0),
                                key=lambda a: a.rank, reverse=True)
                fired[tok.i] = Fired(best, tok, tt, alternatives=others)
        covered = self.discards.phrase_cover(sent) if fired else {}
        # vetoes first: a vetoed reading uses up nothing ("Iran wants to negotiate", "warned it would stop")
        self._apply_vetoes(fired, sent, covered, finder)
        drops.drop_consumed(fired)
        for f in fired.values():
            if f.dropped:
                continue
            if f.received is not None and not f.received.sources:
                f.dropped = "received from an armed actor ('came under fire from insurgents'): force, not words"
                continue
            if f.received is not None:   # "faced criticism from Y": Y's act aimed at the subject
                self._resolve(f, finder)
                f.dropped, f.roles = "", f.received
                f.pairs = self._pairs(f)
                f.trace.outcome = f"act received by the subject of '{f.token.head.text}' from its 'from' phrase"
                continue
            if f.vetoed:
                self._resolve(f, finder)   # "Trump attacked the judge": vetoed as force, criticism in words
                verbal = None if f.dropped else statements.verbal_force(f)
                if verbal:
                    f.code = verbal
                    f.trace.outcome = f"force reading vetoed ({f.vetoed}); an unarmed actor against its own " \
                                      f"country's institution: verbal reading {verbal}"
                else:
                    f.dropped = f"discarded ({f.vetoed})"
                continue
            self._resolve(f, finder)
            # the winner found its actors but no dyad it can code ("military exercises" as a joint
            # exercise with nobody): the next fitting pattern gets its turn, unless it turns the act
            # into violence (a deal "struck" with no coded partner is no attack) or drops a particle of
            # the winner's verb ("struck down" a law is no "strike")
            f.alternatives = [a for a in f.alternatives if len(a.trigger_tokens) >= len(f.attempt.trigger_tokens)
                              and (a.pattern.root not in FORCE_ROOTS or f.attempt.pattern.root in FORCE_ROOTS)]
            f.first = f.attempt
            while f.roles is not None and f.roles.sources and not f.pairs and not f.dropped and f.alternatives:
                f.attempt = f.alternatives.pop(0)
                f.trace.chosen = f.attempt
                f.trace.outcome = ""
                f.governor_intent = None
                self._resolve(f, finder)
            if f.roles is not None and f.roles.sources and f.pairs and not f.dropped and self._left_untargeted(f):
                self._targeted_alternative(f, finder)
        for f in fired.values():   # (a vetoed trigger got its verbal reading above)
            verbal = None if f.dropped or f.vetoed else statements.verbal_force(f)
            if verbal:   # "Trump attacked the courts": criticism, not force
                f.code = verbal
                f.trace.outcome = f"an unarmed actor against its own country's institution: verbal reading {verbal}"
        for f in fired.values():   # "returned to work" with no strike in sight: no event (a pattern's ``needs``)
            f.dropped = f.dropped or needed_context.missing(f, sent, earlier)
        shared_roles.participants_as_targets(fired, self.dyads)
        drops.drop_topics(fired, self.rules, self.dyads)
        drops.drop_embedded(fired, self.rules, self._background_preps, self.cameo, self.dyads,
                            frozenset(e.root for e in earlier))
        background.drop_adjuncts(fired, self._reporting)
        background.drop_circumstances(fired)
        background.drop_relatives(fired)
        background.drop_purposes(fired, self._controllers)
        participial_acts.request_addressees(fired, self.dyads)   # "..., demanding the release of X": put to whom
        shared_roles.protest_aims(fired, self.dyads)
        shared_roles.share_targets(fired, self.dyads)
        if background.is_question(sent):
            for f in fired.values():
                f.dropped = f.dropped or "a question ('Will X ...?') asks about an event, it does not report one"
        drops.drop_superseded(fired)
        protest_targets.drop_guessed_crowds(fired)
        merges.merge_coordinated(fired)
        out: list[Event] = []
        for f in sorted(fired.values(), key=lambda f: f.token.i):
            if not f.dropped and not self.include_hypothetical and f.mod is not None \
                    and f.mod.modality == "hypothetical" and not self.rules.speculation_is_kept(f.code):
                f.dropped = f"speculative ({f.mod.why}): left out (Options.include_hypothetical keeps it; " \
                            "intent.yaml speculation_kept)"
            # the policy judges a target the pattern wanted and the parse did not give; a pattern
            # written with "target: none" ("blew himself up", "planted a bomb") wants none
            if not f.dropped and not self.include_untargeted and any(t is None for _, t in f.pairs) \
                    and f.attempt.pattern.target != "none" and (self.targets.alone(f.code) != "true"
                                                               or self._wish_as_request(f)):
                f.pairs = [(s, t) for s, t in f.pairs if t is not None]
                if not f.pairs:
                    f.dropped = f"no target actor, and {f.code} is not coded without one " \
                                "(data/cameo/targets.yaml; Options.include_untargeted keeps it)"
                    finder.prior_acts.append((index, f.token.text, f.code, [a.ref for a in f.roles.sources]))
            if not f.dropped and self.targets.abroad_only(f.code):
                f.pairs = [(s, t) for s, t in f.pairs if t is None or not domestic_place(s.ref, t.ref)]
                if not f.pairs:
                    f.dropped = f"{f.code} to a place or a non-political actor of the source's own country is " \
                                "no event (abroad: data/cameo/targets.yaml)"
            f.dropped = f.dropped or self.crime.reason(f, sent, cdoc.actors, self._reporting)   # ordinary crime
            if f.dropped and f.drop_kind == "justification" and f.roles is not None:
                # (its doer did the act it justifies: a later reaction answers that doer)
                finder.prior_acts.append((index, f.token.text, f.code, [a.ref for a in f.roles.sources]))
            if f.dropped:
                f.trace.outcome = f.dropped
                continue
            fight = armed_sides.fight_code(f, self.targets)
            murder = armed_sides.assassination_code(f, self.targets)
            if fight and fight in self.cameo:   # "the army said it had killed 40 rebels": fighting
                f.code = fight
                f.trace.outcome = f"a killing between armed sides (by their sectors): fighting {fight}"
            elif murder and murder in self.cameo:   # "troops killed Velupillai Prabhakaran": an assassination
                f.code = murder
                f.trace.outcome = f"a killing of a named leader or official: assassination {murder}"
            refined = self.content_codes.refine(f.code, f.token)
            if refined and refined[0] in self.cameo:   # what the act is about: data/cameo/content_codes.yaml
                f.trace.outcome = f"{f.code} -> {refined[0]} by what the act is about (content_codes.yaml#{refined[1]})"
                f.code = refined[0]
            evs = emit.events(cdoc, sent, index, f, self.cameo, self.confidence)
            if evs:
                finder.prior_acts.append((index, evs[0].evidence.trigger, f.code, [e.source for e in evs]))
            if evs and restatements.is_definite_event_noun(f.token, self.restatement_rules):
                evs = [e for e in evs if restatements.restated(e, earlier) is None]
                if not evs:
                    f.dropped = f.trace.outcome = "restates an event of an earlier sentence (same root, " \
                                                  "source and target): one act, told twice"
                    continue
            f.trace.events = evs
            f.trace.roles = [f"source {a.ref.code}: {a.how}; target " + (f"{t.ref.code}: {t.how}" if t else "none")
                             for a, t in f.pairs]
            f.trace.outcome = f.trace.outcome or (f"{len(evs)} event(s)" if evs else "no actor pair")
            out.extend(evs)
        return out + trips.guest_visits(out, self.cameo, earlier)   # "hosted X": X's visit 042 beside the hosting 043

    def _apply_vetoes(self, fired: dict[int, Fired], sent: Span, covered: dict, finder: ArgumentFinder) -> None:
        """Discard rules, before any trigger uses up another: a rule that vetoes only some patterns
        leaves the next fitting one its turn; a trigger with no allowed reading is marked ``vetoed``
        and takes no object or complement from the triggers of its clause."""
        for f in fired.values():
            f.received = received.roles(f, finder, self.targets.received_from)
            if f.received is not None:   # a received act is coded before the discard rules
                continue
            discard = self.discards.reason(f.token, sent, covered, f.attempt.pattern)
            if not discard:   # a reading to fall back on obeys the rules too ("troops surrounded the building": not
                f.alternatives = [a for a in f.alternatives   # 144 once 191 finds no target)
                                  if not self.discards.reason(f.token, sent, covered, a.pattern)]
                continue
            allowed = [a for a in f.alternatives if not self.discards.reason(f.token, sent, covered, a.pattern)]
            if not allowed:
                f.vetoed = discard
                continue
            f.attempt.why = f"fits, but vetoed by {discard}"
            f.attempt = f.trace.chosen = allowed[0]
            f.alternatives = allowed[1:]

    def _left_untargeted(self, f: Fired) -> bool:
        """Would the target policy leave out every pair of ``f`` for want of a target? ("Thailand and Cambodia
        agreed to pull heavy weapons back": a pledge of arms with no recipient goes, the de-escalation both
        agreed on is the reading that codes.)"""
        return not self.include_untargeted and all(t is None for _, t in f.pairs) \
            and f.attempt.pattern.target != "none" and self.targets.alone(f.code) != "true"

    def _targeted_alternative(self, f: Fired, finder: ArgumentFinder) -> None:
        """The winner of ``f`` found actors but no target, and the target policy would leave it out: the first
        next fitting pattern that finds a target codes instead; with none, the winner stays (and goes) as it
        was resolved (``Fired.reading``/``restore`` keep every field ``_resolve`` writes, the drop included)."""
        chosen = f.attempt
        resolved = f.reading()
        for alt in [a for a in f.alternatives if a.pattern.target != "none"]:
            f.attempt = f.trace.chosen = alt
            f.trace.outcome = ""
            f.governor_intent = None
            self._resolve(f, finder)
            # a target of its own, or the other side of an act its several subjects agree on in a reading as
            # specific as the winner's ("A and B agreed to pull heavy weapons back": de-escalation); not the
            # co-subjects of a pledge paired by default ("A, B and C promised to send forces", "A and B agreed
            # to send troops": no generic agreement between co-givers)
            if not f.dropped and any(t is not None for _, t in f.pairs) and (
                    f.roles.targets or (f.token.lemma_.lower() in argument_words().agreeing
                                        and alt.pattern.priority >= chosen.pattern.priority)):
                f.alternatives = [a for a in f.alternatives if a is not alt]
                return
            f.dropped = ""
        f.restore(resolved)

    def _resolve(self, f: Fired, finder: ArgumentFinder) -> None:
        pat = f.attempt.pattern
        # a country's own institution as the target of violence is no reading to guess ("attacked the courts")
        f.roles = finder.roles(f.token, pat.target, noun=f.attempt.noun,
                               home_targets=pat.root not in MILITARY_ROOTS | {"18"})
        for x in f.attempt.consumed:   # "agreed to meet China": the target is an argument of "meet"
            if f.roles.targets:
                break
            f.roles.targets = finder.targets(x, pat.target, noun=False, passive=syntax.is_passive(x))
        f.mod = detect(f.token, self.rules, noun=f.attempt.noun,
                       own_words=frozenset(t.i for t in f.attempt.trigger_tokens))
        f.code = pat.code
        if f.mod.intent and pat.root in COOPERATIVE_ROOTS | {"07", "08"} and pat.root != "03":
            if self._announced_easing(f):
                f.mod = ModalityResult("asserted", False, f"easing announced, decided that day ({f.mod.why})")
            elif self._granted(f):
                f.mod = ModalityResult("asserted", False, f"aid decided, granted that day ({f.mod.why})")
            elif f.mod.modality != "negated":
                f.code = self.rules.intent_code(pat.code) or pat.code
                govs = syntax.xcomp_governors(f.token if not f.attempt.noun else (syntax.light_verb(f.token) or f.token))
                f.governor_intent = govs[0] if govs else None
        verb = f.token if not f.attempt.noun else syntax.light_verb(f.token)
        condition = conditional_consequence(verb, self.rules) if verb is not None else None
        threat = self.rules.threat_code(pat.code)
        if threat is None and condition is not None:
            threat = self.rules.conditional_threat_code(pat.code)
        # (a forecast, "the EU is expected to impose sanctions", promises nothing: no threat, and no act yet)
        promised = (f.mod.modality == "future" and f.mod.announced) or (f.mod.modality == "asserted" and f.mod.intent
                                                  and not self._decided(verb)) or (
            condition is not None and f.mod.modality == "hypothetical")
        # "will expel two diplomats", "said it would impose tariffs from Monday": a decision of the day
        # (intent.yaml roots.announced_as_act), the act itself; on a condition or vowed it stays a threat
        decided = promised and f.mod.modality == "future" and condition is None \
            and pat.root in self.rules.roots.get("announced_as_act", frozenset())
        if threat and promised and not decided and threat in self.cameo:
            f.code = threat       # "will impose sanctions unless ...", "vowed to fight": a threat, made now
            why = f"act promised on a condition ('{condition.text}')" if condition is not None else \
                f"conflict act announced or sworn ({f.mod.why})"
            f.mod = ModalityResult("asserted", False, why)
            govs = syntax.xcomp_governors(verb) if verb is not None else []
            f.governor_intent = govs[0] if govs else None
            if not f.roles.targets and condition is not None:
                f.roles.targets = finder.actors_of_clause(condition)
        elif threat and f.mod.intent and f.mod.modality == "asserted":
            f.mod = ModalityResult("asserted", False, f"conflict act decided ({f.mod.why})")
            govs = syntax.xcomp_governors(verb) if verb is not None else []
            f.governor_intent = govs[0] if govs else None     # "agreed" gives way to the act agreed
        if statements.bare_warning(f, self.rules) and "012" in self.cameo:
            f.code = "012"        # "X warned that the budget troubles could drag on": a pessimistic comment
            f.roles.targets = []
            f.trace.outcome = "a warning with no addressee and no act of the speaker: pessimistic comment 012"
        if not f.roles.targets and not f.attempt.noun and pat.root in REQUEST_ROOTS and pat.target != "none":
            f.roles.targets = finder.addressees(f.token)     # "demanded an apology from Japan"
        if statements.warning_to_act(f) and "100" in self.cameo:
            f.code = "100"        # "warned North Korea to stop any further provocations": a demand
            f.trace.outcome = "a warning that tells the addressee what to do and threatens nothing: demand 100"
        if not f.roles.sources and pat.code[:3] == "173" and not f.attempt.noun and self._agentless(f.token):
            f.roles.sources = finder.security_forces(f.token)    # "..., and 30 people were arrested"
        if not f.roles.sources:
            f.dropped = "no source actor"
        else:
            # no target, or only the source's own side as the subject of its complement ("warned that
            # Beijing will not stand idly by if the unrest in Hong Kong ...")
            # or only the source's own forces, of an act a state does at home ("India sent extra soldiers to
            # Kashmir": the soldiers are India's; the act is aimed at the place's country)
            own = [t for t in f.roles.targets if any(t.ref.code == s.ref.code or self_dyad(s.ref, t.ref)
                                                     for s in f.roles.sources)]
            if all("complement" in t.how for t in own) and len(own) == len(f.roles.targets) \
                    or (own and len(own) == len(f.roles.targets) and self.targets.home_like(f.code)):
                f.roles.targets = self._fallback_targets(f, finder) or f.roles.targets
            f.pairs = self._pairs(f)

    def _pairs(self, f: Fired) -> list[tuple[Arg, Arg | None]]:
        """``Dyads.pairs``; a country a curfew or an emergency is imposed on (``TargetFallbacks.home``)
        stays the target of its own state ("Thailand's government declared a state of emergency":
        THAGOV -> THA, which Dyads reads as one side)."""
        pairs = self.dyads.pairs(f)
        home = [t for t in (f.roles.targets if f.roles else []) if t.how.startswith(HOME_HOW)]
        if home and pairs and all(t is None for _, t in pairs):
            # (a country is not its own target: "Armenia declared martial law" stays ARM -> none)
            return [(s, home[0]) if s.ref.code != home[0].ref.code else (s, None) for s, _ in pairs]
        return pairs

    @staticmethod
    def _agentless(verb: Token) -> bool:
        """A passive with its auxiliary and no 'by' agent ("were arrested", "had been rounded up"; not a
        participle the parser read as one: "a rights group charged on Saturday")."""
        return bool(syntax.children(verb, "auxpass")) and not syntax.children(verb, "agent")

    def _announced_easing(self, f: Fired) -> bool:
        """"Said he would lift all sanctions on Syria": an easing told with "will"/"would", on no condition, is
        the act decided that day, like an announced sanction (intent.yaml announced_easing)."""
        if not (f.mod.modality == "future" and f.mod.announced and self.rules.easing_is_act(f.attempt.pattern.code)):
            return False
        verb = f.token if not f.attempt.noun else syntax.light_verb(f.token)
        return verb is not None and conditional_consequence(verb, self.rules) is None

    def _granted(self, f: Fired) -> bool:
        """"Japan has decided to extend emergency grant aid to ...": aid whose nearest intent governor is a
        granting decision is given that day (intent.yaml roots.decided_as_act, governors.granting)."""
        if f.mod.modality != "asserted" or f.attempt.pattern.root not in self.rules.roots.get("decided_as_act", ()):
            return False
        verb = f.token if not f.attempt.noun else syntax.light_verb(f.token)
        intent = self.rules.governors.get("intent", frozenset())
        granting = self.rules.governors.get("granting", frozenset())
        for gov in syntax.xcomp_governors(verb) if verb is not None else []:
            if gov.lemma_.lower() in intent:
                return gov.lemma_.lower() in granting
        return False

    def _decided(self, verb: Token | None) -> bool:
        """A conflict act whose nearest intent governor tells a decision taken ("agreed to impose
        sanctions", "decided to expel"): the act itself, not a threat (intent.yaml governors.decision)."""
        if verb is None:
            return False
        decision = self.rules.governors.get("decision", frozenset())
        intent = self.rules.governors.get("intent", frozenset())
        for gov in syntax.xcomp_governors(verb):
            if gov.lemma_.lower() in intent:
                return gov.lemma_.lower() in decision
        return False

    def _wish_as_request(self, f: Fired) -> bool:
        """A request read from verbs of one's own wanting ("wants Seoul to pay more"): with no one it
        is put to, it is a wish ("the White House wanted 60 votes"), not an appeal."""
        pat = f.attempt.pattern
        wishes = self.rules.governors.get("intent", frozenset())
        return pat.root in REQUEST_ROOTS and bool(pat.verbs) and all(v in wishes for v in pat.verbs)

    def _fallback_targets(self, f: Fired, finder: ArgumentFinder) -> list[Arg]:
        """No target actor in the parse: the target policy's fallbacks (``TargetFallbacks.find``)."""
        return TargetFallbacks(finder).find(self.targets, f.code, f.token, f.roles.sources if f.roles else [],
                                            noun=f.attempt.noun, wants_target=f.attempt.pattern.target != "none")
