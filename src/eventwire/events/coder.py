"""The event coder: from a parsed, actor-resolved document to CAMEO Event records.

Per sentence: every token is looked up in the lexicon index (by lemma, O(1)); the best
fitting pattern at each trigger wins; triggers used up by a more specific pattern (the
xcomp verb of "agreed to meet", the object of "imposed sanctions") are dropped; the
arguments are found in the parse; modality and intent codes are set; discard rules veto
non-political uses. ``trace`` records why each pattern fired or not (``eventwire explain``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..dictionaries.cameo_codes import CameoCodes
from ..dictionaries.verb_lexicon import VerbLexicon
from ..document import CodedDocument
from ..records import ActorRef, Event
from . import background, emit, received, restatements, statements, syntax, tolls
from .discards import DiscardChecker
from .arguments import AUTHOR_MARK, BETWEEN, OWNER_MARK, Arg, ArgumentFinder, Roles, distinct_groups, distinct_people
from .matcher import Attempt, best_match
from .modality import ModalityResult, ModalityRules, conditional_consequence, detect
from .targets import TargetFallbacks, TargetPolicy, domestic_place

COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06"})
STATEMENT_CODES = background.STATEMENT_CODES
MILITARY_ROOTS = frozenset({"19", "20"})
FORCE_ROOTS = frozenset({"18", "19", "20"})
# comments that state an attitude: pessimistic, optimistic, empathetic
ATTITUDE_CODES = frozenset({"012", "013", "018"})
# Verbs of these roots take an event as their content ("called for the resignation", "threatened
# sanctions", "rejected the ceasefire"): the object noun is what is asked for, not an event.
CONTENT_ROOTS = frozenset({"02", "03", "10", "11", "12", "13"})
# "X denied attacking Y", "denied that its airstrike had hit civilians": the denial is the event
DENIAL_CODES = frozenset({"016"})
# appeals and demands: put to someone, who may be named by a 'from' phrase ("demanded an apology from Japan")
REQUEST_ROOTS = frozenset({"02", "10"})


@dataclass
class TriggerTrace:
    """What happened at one trigger token: the patterns tried and the outcome."""

    token: Token
    attempts: list[Attempt]
    chosen: Attempt | None = None
    outcome: str = ""
    events: list[Event] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)   # per event: how its source and target were found


@dataclass
class SentenceTrace:
    index: int
    sent: Span
    triggers: list[TriggerTrace] = field(default_factory=list)


@dataclass
class _Fired:
    attempt: Attempt
    token: Token
    trace: TriggerTrace
    roles: Roles | None = None
    mod: ModalityResult | None = None
    code: str = ""
    governor_intent: Token | None = None
    pairs: list = field(default_factory=list)
    alternatives: list = field(default_factory=list)   # the other fitting patterns, best first
    obligation: bool = False     # a statement turned into a demand ("said Y must ...")
    dropped: str = ""
    vetoed: str = ""             # the discard rule that vetoed every fitting pattern
    received: Roles | None = None   # "faced criticism from Y": the roles of a received act


class EventCoder:
    """Codes events in a CodedDocument whose ``doc`` is parsed and whose ``actors`` are resolved."""

    def __init__(self, lexicon: VerbLexicon, cameo: CameoCodes, rules: ModalityRules, *,
                 include_hypothetical: bool = False, targets: TargetPolicy | None = None,
                 include_untargeted: bool = False) -> None:
        self.lexicon = lexicon
        self.include_hypothetical = include_hypothetical
        self.targets = targets or TargetPolicy.load(cameo=cameo)
        self.include_untargeted = include_untargeted
        self.discards = DiscardChecker(lexicon)
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
                                self.rules.governors.get("accident", frozenset()))
        events: list[Event] = []
        for index, sent in enumerate(cdoc.doc.sents):
            st = SentenceTrace(index, sent)
            events.extend(self._code_sentence(cdoc, sent, index, finder, st, events))
            if trace is not None:
                trace.append(st)
        return events

    # ------------------------------------------------------------------ one sentence
    def _code_sentence(self, cdoc: CodedDocument, sent: Span, index: int, finder: ArgumentFinder,
                       st: SentenceTrace, earlier: list[Event]) -> list[Event]:
        fired: dict[int, _Fired] = {}
        for tok in sent:
            best, attempts = best_match(self.lexicon, tok)
            if not attempts:
                continue
            tt = TriggerTrace(tok, attempts, best, "" if best else "no pattern fits")
            st.triggers.append(tt)
            if best is not None:
                others = sorted((a for a in attempts if a.ok and a is not best and a.slot_fit >= 0),
                                key=lambda a: a.rank, reverse=True)
                fired[tok.i] = _Fired(best, tok, tt, alternatives=others)
        covered = self.discards.phrase_cover(sent) if fired else {}
        # vetoes first: a vetoed reading uses up nothing ("Iran wants to negotiate", "warned it would stop")
        self._apply_vetoes(fired, sent, covered, finder)
        self._drop_consumed(fired)
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
            while f.roles is not None and f.roles.sources and not f.pairs and not f.dropped and f.alternatives:
                f.attempt = f.alternatives.pop(0)
                f.trace.chosen = f.attempt
                f.trace.outcome = ""
                f.governor_intent = None
                self._resolve(f, finder)
        for f in fired.values():   # (a vetoed trigger got its verbal reading above)
            verbal = None if f.dropped or f.vetoed else statements.verbal_force(f)
            if verbal:   # "Trump attacked the courts": criticism, not force
                f.code = verbal
                f.trace.outcome = f"an unarmed actor against its own country's institution: verbal reading {verbal}"
        self._participants_as_targets(fired)
        self._drop_topics(fired)
        self._drop_embedded(fired)
        background.drop_adjuncts(fired)
        background.drop_circumstances(fired)
        background.drop_relatives(fired)
        background.drop_purposes(fired, self._controllers)
        self._protest_aims(fired)
        self._share_targets(fired)
        if background.is_question(sent):
            for f in fired.values():
                f.dropped = f.dropped or "a question ('Will X ...?') asks about an event, it does not report one"
        self._drop_superseded(fired)
        out: list[Event] = []
        for f in sorted(fired.values(), key=lambda f: f.token.i):
            if not f.dropped and not self.include_hypothetical and f.mod is not None \
                    and f.mod.modality == "hypothetical" and f.code == f.attempt.pattern.code \
                    and f.attempt.pattern.root != "03":
                f.dropped = f"speculative ({f.mod.why}): left out (Options.include_hypothetical keeps it)"
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
            if f.dropped:
                f.trace.outcome = f.dropped
                continue
            evs = emit.events(cdoc, sent, index, f, self.cameo)
            if evs:
                finder.prior_acts.append((index, evs[0].evidence.trigger, f.code, [e.source for e in evs]))
            if evs and restatements.is_definite_event_noun(f.token):
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
        return out

    def _apply_vetoes(self, fired: dict[int, _Fired], sent: Span, covered: dict, finder: ArgumentFinder) -> None:
        """Discard rules, before any trigger uses up another: a rule that vetoes only some patterns
        leaves the next fitting one its turn; a trigger with no allowed reading is marked ``vetoed``
        and takes no object or complement from the triggers of its clause."""
        for f in fired.values():
            f.received = received.roles(f, finder, self.targets.received_from)
            if f.received is not None:   # a received act is coded before the discard rules
                continue
            discard = self.discards.reason(f.token, sent, covered, f.attempt.pattern)
            if not discard:
                continue
            allowed = [a for a in f.alternatives if not self.discards.reason(f.token, sent, covered, a.pattern)]
            if not allowed:
                f.vetoed = discard
                continue
            f.attempt.why = f"fits, but vetoed by {discard}"
            f.attempt = f.trace.chosen = allowed[0]
            f.alternatives = allowed[1:]

    def _drop_consumed(self, fired: dict[int, _Fired]) -> None:
        """Triggers used as the object of a more specific pattern do not code on their own."""
        for f in list(fired.values()):
            pat = f.attempt.pattern
            used: list[Token] = list(f.attempt.consumed)
            if pat.objects and not f.attempt.noun:
                used += [t for c in syntax.children(f.token, *syntax.OBJ) for t in syntax.conjuncts(c)]
                for x in f.attempt.consumed:
                    used += [t for c in syntax.children(x, *syntax.OBJ) for t in syntax.conjuncts(c)]
            extra = set(f.attempt.trigger_tokens[1:])
            for tok in [*used, *extra]:
                other = fired.get(tok.i)
                if other is None or other is f or other.dropped or f.dropped or f.vetoed:
                    continue
                # "held a hunger strike for the resignation ...": a noun pattern of higher priority
                # than the verb pattern that took it as its object codes instead of the verb
                if tok not in extra and other.attempt.noun and other.attempt.pattern.priority > pat.priority \
                        and pat.root not in CONTENT_ROOTS:
                    f.dropped = f"its object '{tok.text}' codes more specifically ({other.attempt.pattern.rule})"
                elif tok.dep_ == "ccomp" and tok.head.i == f.token.i and other.attempt.pattern.objects \
                        and pat.root not in CONTENT_ROOTS and not other.attempt.noun \
                        and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                    # "announced that the US would end a national emergency": the object is the
                    # reported clause's own ("end an emergency"), not the announcer's ("announce an emergency")
                    f.dropped = f"its object belongs to the reported clause '{tok.text}' ({other.attempt.pattern.rule})"
                else:
                    other.dropped = f"used by {pat.rule} at '{f.token.text}'"
    def _resolve(self, f: _Fired, finder: ArgumentFinder) -> None:
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
            if f.mod.modality != "negated":
                f.code = self.rules.intent_code(pat.code) or pat.code
                govs = syntax.xcomp_governors(f.token if not f.attempt.noun else (syntax.light_verb(f.token) or f.token))
                f.governor_intent = govs[0] if govs else None
        verb = f.token if not f.attempt.noun else syntax.light_verb(f.token)
        condition = conditional_consequence(verb, self.rules) if verb is not None else None
        threat = self.rules.threat_code(pat.code)
        promised = f.mod.modality == "future" or (f.mod.modality == "asserted" and f.mod.intent) or (
            condition is not None and f.mod.modality == "hypothetical")
        if threat and promised and threat in self.cameo:
            f.code = threat       # "will impose sanctions unless ...", "vowed to fight": a threat, made now
            why = f"act promised on a condition ('{condition.text}')" if condition is not None else \
                f"conflict act announced or sworn ({f.mod.why})"
            f.mod = ModalityResult("asserted", False, why)
            govs = syntax.xcomp_governors(verb) if verb is not None else []
            f.governor_intent = govs[0] if govs else None
            if not f.roles.targets and condition is not None:
                f.roles.targets = finder.actors_of_clause(condition)
        if statements.bare_warning(f, self.rules) and "012" in self.cameo:
            f.code = "012"        # "X warned that the budget troubles could drag on": a pessimistic comment
            f.roles.targets = []
            f.trace.outcome = "a warning with no addressee and no act of the speaker: pessimistic comment 012"
        if not f.roles.targets and not f.attempt.noun and pat.root in REQUEST_ROOTS and pat.target != "none":
            f.roles.targets = finder.addressees(f.token)     # "demanded an apology from Japan"
        if statements.warning_to_act(f) and "100" in self.cameo:
            f.code = "100"        # "warned North Korea to refrain from further actions": a demand
            f.trace.outcome = "a warning that tells the addressee what to do and threatens nothing: demand 100"
        if not f.roles.sources:
            f.dropped = "no source actor"
        else:
            # no target, or only the source's own side as the subject of its complement ("warned that
            # the Chinese government will not sit on its hands if the Hong Kong situation ...")
            if all("complement" in t.how and any(t.ref.code == s.ref.code or _self_dyad(s.ref, t.ref)
                                                 for s in f.roles.sources) for t in f.roles.targets):
                f.roles.targets = self._fallback_targets(f, finder) or f.roles.targets
            f.pairs = self._pairs(f)

    def _wish_as_request(self, f: _Fired) -> bool:
        """A request read from verbs of one's own wanting ("wants Seoul to pay more"): with no one it
        is put to, it is a wish ("the White House wanted 60 votes"), not an appeal."""
        pat = f.attempt.pattern
        wishes = self.rules.governors.get("intent", frozenset())
        return pat.root in REQUEST_ROOTS and bool(pat.verbs) and all(v in wishes for v in pat.verbs)

    def _fallback_targets(self, f: _Fired, finder: ArgumentFinder) -> list[Arg]:
        """No target actor in the parse: the target policy's fallbacks (``TargetFallbacks.find``)."""
        return TargetFallbacks(finder).find(self.targets, f.code, f.token, f.roles.sources if f.roles else [],
                                            noun=f.attempt.noun, wants_target=f.attempt.pattern.target != "none")

    def _participants_as_targets(self, fired: dict[int, _Fired]) -> None:
        """"talks brokered by Kenya", "a deal brokered by China", "held talks, mediated by the Omani
        minister": a mediator named by a participle's agent acts on the parties of the event it
        mediates (the noun's actors, else those of the clause the noun stands in)."""
        for f in fired.values():
            tok = f.token
            if f.dropped or f.attempt.noun or f.attempt.pattern.code[:3] != "045" or tok.tag_ != "VBN" \
                    or tok.dep_ not in ("acl", "advcl") or f.roles is None or not f.roles.sources \
                    or f.roles.targets or not syntax.children(tok, "agent"):
                continue
            parties: list[Arg] = []
            cur = tok.head
            for _ in range(4):
                other = _at_clause(fired, cur)
                if other is not None and other is not f and other.roles is not None:
                    parties = [*other.roles.sources, *other.roles.targets]
                    if parties:
                        break
                if cur.head is cur:
                    break
                cur = cur.head
            mediators = {a.ref.code for a in f.roles.sources}
            f.roles.targets = [Arg(a.ref, a.token, f"party to '{cur.text}' ({a.how})") for a in parties
                               if a.ref.code not in mediators]
            f.pairs = self._pairs(f)

    def _drop_topics(self, fired: dict[int, _Fired]) -> None:
        """An event noun that is the object of a verb which codes an actor pair is that verb's topic:
        "did not discuss sanctions", "condemned the airstrikes". Light verbs ("held", "imposed")
        code nothing themselves, so "held talks" and "imposed sanctions" code the noun. Nor does a
        noun code when it is the object of a verb of talking or looking back ("describing Israeli
        attacks as genocidal", "marking the anniversary of its invasion": ``governors.topic``)."""
        topic_verbs = self.rules.governors.get("topic", frozenset())
        for f in fired.values():
            if f.dropped or not f.attempt.noun:
                continue
            verb = syntax.light_verb(f.token)
            if verb is None and f.token.dep_ == "nsubj":
                verb = f.token.head      # "a suicide bomber killed 12 people": the verb codes the act
            if verb is not None and f.token.dep_ != "nsubj" and verb.lemma_.lower() in topic_verbs:
                f.dropped = f"topic of '{verb.text}': what is talked about or looked back on"
                continue
            other = fired.get(verb.i) if verb is not None else None
            if other is not None and other.attempt.pattern.code in STATEMENT_CODES and f.token.dep_ in syntax.OBJ \
                    and all(t is None for _, t in other.pairs):
                continue    # "announced new sanctions against Iran": the act announced, not a topic
            if other is not None and not other.dropped and other.pairs:
                if f.token.dep_ == "nsubj" and f.attempt.pattern.root in MILITARY_ROOTS \
                        and other.attempt.pattern.root == "18" and f.roles is not None and f.roles.sources:
                    # "Israeli airstrikes killed 490 people": the toll of the attack, coded as the attack
                    other.dropped = f"the toll of '{f.token.text}' ({f.attempt.pattern.rule}), coded as that attack"
                    if other.roles is not None and tolls.victims_as_targets(f.roles, other.roles, verb):
                        f.pairs = self._pairs(f)
                    continue
                f.dropped = f"topic of '{verb.text}' ({other.attempt.pattern.rule})"
        for f in fired.values():
            # "launched strikes on Iran's nuclear sites and killed several commanders": the toll of
            # the attack it is coordinated with, by the same attacker
            if f.dropped or f.attempt.noun or f.attempt.pattern.root != "18" or f.token.dep_ != "conj":
                continue
            head = f.token.head
            first = _at_clause(fired, head)
            if first is not None and not first.dropped and first.attempt.pattern.root in MILITARY_ROOTS:
                f.dropped = f"the toll of '{first.token.text}' ({first.attempt.pattern.rule}), coded as that attack"

    def _drop_embedded(self, fired: dict[int, _Fired]) -> None:
        """Events that did not happen as told: the content of a demand, accusation, rejection or
        threat ("demanded that Israel ease restrictions"), an obligation ("Iraq must cooperate"),
        and event nouns that only date another event ("following a government offensive")."""
        for f in fired.values():
            if f.dropped:
                continue
            if f.mod is not None and f.mod.modality == "hypothetical" and "obligation" in f.mod.why:
                f.dropped = f"an obligation ({f.mod.why}), what someone asks for, not an event"
                self._obligation_to_demand(f, fired)
                continue
            if f.attempt.noun and f.code in ATTITUDE_CODES and not statements.spoken(f.token, self.rules):
                f.dropped = "an attitude noun with no verb of saying ('his concerns', 'drew alarm'): a state " \
                            "of mind, not a public comment"
                continue
            if f.mod is not None and f.mod.why == "conditional clause":
                f.dropped = "in a conditional clause ('if ...'): a condition, not an event"
                continue
            tok = f.token
            if background.years_before(tok if not f.attempt.noun else (syntax.light_verb(tok) or tok), self._background_preps):
                f.dropped = "background: placed before the reported event ('five years after ...', 'since ...')"
                continue
            if f.attempt.noun and tok.dep_ == "pobj" and tok.head.lower_ in self._background_preps:
                f.dropped = f"background: '{tok.head.text} {tok.text}' dates another event"
                continue
            if f.attempt.noun and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                    and tok.head.head.lower_ in self._background_preps:   # "ahead of a planned rally"
                f.dropped = f"background: '{tok.head.head.text} of {tok.text}' dates another event"
                continue
            if f.roles is not None and any(AUTHOR_MARK in a.how for a in f.roles.sources):
                continue    # "in a statement condemning the test, the Council called for ...": the text's act
            cur = tok
            path: list[str] = []
            for _ in range(8):
                if cur.dep_ not in ("ccomp", "xcomp", "acl", "relcl", "conj", "advcl", "pcomp", "pobj", "prep",
                                    "dobj") or cur.head is cur:
                    break
                step = cur.dep_
                path.append(step)
                cur = cur.head
                other = fired.get(cur.i)
                if step == "conj" and other is not None and not f.attempt.noun and cur.pos_ in ("VERB", "AUX"):
                    break    # "condemned the coup and suspended the country": a second act, not content
                if other is not None and other is not f and (other.attempt.pattern.root in CONTENT_ROOTS - {"03"}
                                                             or other.attempt.pattern.code in DENIAL_CODES) \
                        and not other.dropped.startswith("discarded"):
                    f.dropped = f"content of '{cur.text}' ({other.attempt.pattern.rule}), not an event of its own"
                    break
                # "discussed preparations for a summit": an event noun inside what is discussed
                if other is not None and other is not f and f.attempt.noun and "dobj" in path \
                        and set(path) <= {"dobj", "pobj", "prep"} \
                        and other.attempt.pattern.root == "04" and not other.attempt.noun \
                        and not other.dropped.startswith("discarded"):
                    f.dropped = f"topic of '{cur.text}' ({other.attempt.pattern.rule}), not an event of its own"
                    break

    def _protest_aims(self, fired: dict[int, _Fired]) -> None:
        """"teachers surrounded the Statehouse to call for better pay from the state government": a
        protest is aimed at whom its purpose (an appeal, a demand, a criticism) addresses."""
        for f in fired.values():
            if not f.dropped.startswith("purpose of") or f.attempt.pattern.root not in REQUEST_ROOTS | {"11"} \
                    or f.roles is None or not f.roles.targets:
                continue
            head = fired.get(f.token.head.i)
            if head is None or head.dropped or head.roles is None or head.code[:2] != "14":
                continue
            aims = [a for a in f.roles.targets if OWNER_MARK not in a.how]
            if aims:
                head.roles.targets = [Arg(a.ref, a.token, f"{a.how} (aim of the protest: '{f.token.text}')")
                                      for a in aims]
                head.pairs = self._pairs(head)

    def _share_targets(self, fired: dict[int, _Fired]) -> None:
        """"Algeria summoned the French ambassador and demanded an explanation": a coordinated verb
        with no target of its own acts on the first verb's target."""
        for f in fired.values():
            # the clause of a noun trigger is its light verb, and that of an xcomp its governor: "made
            # a strong condemnation of North Korea's test and pledged to impose further sanctions"
            tok = f.token if not f.attempt.noun else syntax.light_verb(f.token)
            while tok is not None and tok.dep_ == "xcomp" and (f.attempt.noun or tok.i != f.token.i):
                tok = tok.head
            if f.dropped or tok is None or tok.dep_ != "conj" or f.roles is None or f.roles.targets \
                    or f.attempt.pattern.target == "none" or not f.roles.sources:
                continue
            first = _at_clause(fired, tok.head)
            if first is None or first is f or first.dropped or first.roles is None or not first.roles.targets \
                    or {a.ref.code for a in first.roles.sources} != {a.ref.code for a in f.roles.sources}:
                continue
            f.roles.targets = [Arg(a.ref, a.token, f"{a.how} (shared with '{tok.head.text}')")
                               for a in first.roles.targets]
            f.pairs = self._pairs(f)

    def _obligation_to_demand(self, f: _Fired, fired: dict[int, _Fired]) -> None:
        """"X said that Y must withdraw": X's statement becomes a demand (appeal for "should") to Y."""
        clause = f.token if not f.attempt.noun else (syntax.light_verb(f.token) or f.token)
        if clause.dep_ != "ccomp" or f.roles is None or not f.roles.sources:
            return
        speaker = fired.get(clause.head.i)
        if speaker is None or speaker.attempt.pattern.code not in STATEMENT_CODES or speaker.roles is None:
            return
        aux = f.mod.why.split("'")[1] if f.mod and "'" in f.mod.why else ""
        code = self.rules.obligation_codes.get(aux)
        if not code or code not in self.cameo:
            return
        speaker.code = code
        speaker.roles.targets = list(f.roles.sources)
        speaker.pairs = self._pairs(speaker)
        speaker.trace.outcome = f"statement of an obligation ('{aux} {f.token.text}'): coded as {code}"
        speaker.obligation = True

    def _drop_superseded(self, fired: dict[int, _Fired]) -> None:
        """Generic governors and statements give way to the event they carry."""
        live = [f for f in fired.values() if not f.dropped]
        for f in live:
            gov = f.governor_intent
            other = fired.get(gov.i) if gov is not None else None
            if other is not None and not other.dropped and not other.attempt.pattern.objects:
                other.dropped = f"the governed event '{f.token.text}' is coded as intent {f.code}"
        live = [f for f in fired.values() if not f.dropped and f.pairs]
        for f in live:
            if f.attempt.pattern.code not in STATEMENT_CODES or f.obligation:
                continue
            if any(o is not f and o.attempt.pattern.code not in STATEMENT_CODES for o in live):
                f.dropped = "a statement verb gives way to the other event(s) of the sentence"
            elif self._reports_other_trigger(f.token, fired) or statements.is_reporting_frame(f.token):
                f.dropped = "a reporting frame ('X said ...') is not an event; the quotes stage records it"
            elif f.pairs and all(t is not None and "MED" in t.ref.sectors for _, t in f.pairs):
                f.dropped = "talking to the press ('told reporters') is not an event"
            elif not f.attempt.noun and all(t is None for _, t in f.pairs):
                f.dropped = "a bare 'X said': what was said is elsewhere (a quotation)"
            elif f.attempt.noun and all(t is None for _, t in f.pairs):
                f.dropped = "a statement noun with no addressee ('read a statement', 'told a news " \
                            "conference'): the medium of a report, not an event"

    @staticmethod
    def _reports_other_trigger(verb: Token, fired: dict[int, _Fired]) -> bool:
        """The statement verb frames a clause (or a main clause, "..., X said") holding another trigger."""
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
        if verb.dep_ in ("parataxis", "ccomp") and verb.head is not verb:
            clauses.append(verb.head)
        return any(other.token.i != verb.i and any(t.i == other.token.i for t in clause.subtree)
                   for clause in clauses for other in fired.values())

    # ------------------------------------------------------------------ records
    def _pairs(self, f: _Fired) -> list[tuple[Arg, Arg | None]]:
        pat = f.attempt.pattern
        roles = f.roles
        assert roles is not None
        sources, targets = roles.sources, roles.targets
        if pat.symmetric:   # "discussed the situation in Syria": Syria is a topic, not a partner
            targets = [t for t in targets if OWNER_MARK not in t.how]
            sources = [s for s in sources if OWNER_MARK not in s.how] or sources
        pairs: list[tuple[Arg, Arg | None]] = []
        # "clashes between A and B": the sides of a 'between' phrase act on each other
        mutual = pat.symmetric or (f.attempt.noun and all(a.how.startswith(BETWEEN) for a in [*sources, *targets]))
        if roles.reciprocal:   # before any owner or institution fallback target of the reciprocal's noun
            # "Johnson and Corbyn attacked each other's policies": each side acts on the other
            pairs = [(s, t) for s in sources for t in sources if s is not t]
        elif targets:
            for s in sources:
                for t in targets:
                    pairs.append((s, t))
                    if mutual:
                        pairs.append((t, s))
        elif len(sources) >= 2 and (pat.symmetric or (pat.target != "none" and pat.root in COOPERATIVE_ROOTS
                                                      and not _has_object(f, ("dobj",)))):
            # "the two sides agreed to hold talks": each side with the other (not "China and Russia
            # support the government", where the object is the unresolved target)
            pairs = [(s, t) for s in sources for t in sources if s is not t]
        elif self._one_actor_event(f):
            pairs = [(s, None) for s in sources]
        else:
            f.trace.outcome = f"no target actor (pattern target: {pat.target})"
        out, seen = [], set()
        # a country and its own state are one side ("Russia promised to withdraw its troops"), but
        # protesters named by their country ("Argentines") are its people, not its state
        one_side = (lambda a, b: a.code == b.code) if pat.root == "14" else _self_dyad
        def same(a: Arg, b: Arg) -> bool:
            # "Clinton says Trump may not have paid a dime": two named people of one code are two actors
            return (a.ref.code == b.ref.code or a.ref is b.ref or one_side(a.ref, b.ref)) \
                and not distinct_people(a, b) and not distinct_groups(a, b)

        if pairs and all(t is not None and same(s, t) for s, t in pairs) and self._one_actor_event(f):
            pairs = [(s, None) for s in sources]     # "Russia promised to withdraw its troops"
        for s, t in pairs:
            if t is not None and same(s, t):
                continue
            key = (s.ref.code, t.ref.code if t else None)
            if key not in seen:
                seen.add(key)
                out.append((s, t))
        return out

    def _one_actor_event(self, f: _Fired) -> bool:
        """May this trigger code with no target? Yes for one-actor patterns and for patterns whose
        object is a thing ("rejected the proposal"); no when the pattern wants an actor where the
        parse has a non-actor ("held talks" is not an arrest) or for roots that need a recipient."""
        pat = f.attempt.pattern
        if pat.target == "none" or any(ex.target is None for ex in pat.examples):
            return True
        if self.targets.alone(f.code or pat.code) == "never":
            return False
        if pat.objects:    # "rejected the proposal": the object is a thing
            return True
        if f.attempt.noun:
            return True
        return not any(c.dep_ in syntax.OBJ for c in f.token.children)


def _has_object(f: "_Fired", deps: tuple[str, ...] = ("dobj", "ccomp", "xcomp", "attr")) -> bool:
    """The trigger verb has a direct object or (by default) a complement clause (noun triggers: False)."""
    return not f.attempt.noun and any(c.dep_ in deps for c in f.token.children)


def _self_dyad(a: ActorRef, b: ActorRef) -> bool:
    """A country and its own state ("Japan" and "the Japanese government", "Russia" and "its
    troops") are one side; a country and its civilians or opposition are two."""
    if not a.code or not b.code or a.code[:3] != b.code[:3]:
        return False
    if len(a.code) == 3:
        return b.code[3:6] in ("GOV", "MIL")
    if len(b.code) == 3:
        return a.code[3:6] in ("GOV", "MIL")
    return False


def _at_clause(fired: dict[int, _Fired], verb: Token) -> _Fired | None:
    """The trigger of ``verb``'s clause: the verb itself, else an event noun it carries ("held talks")."""
    return fired.get(verb.i) or next((o for o in fired.values() if o.attempt.noun
                                      and background.same_token(syntax.light_verb(o.token), verb)), None)
