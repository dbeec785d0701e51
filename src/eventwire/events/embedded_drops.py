"""The coder's pass that leaves out fired triggers whose act did not happen as told (``drop_embedded``): the
content of a demand, a threat, a denial or an obligation (an obligation said by a speaker becomes a demand:
``obligations.py``), acts announced, intended, hoped for or told as a habit, and background: acts told as what
happened before the news (``earlier_acts``), the awaited condition of an 'until' clause (``awaited_acts``), event
nouns that only date another event. Split out of drops.py (which keeps the passes over consumed, topic and
superseded triggers)."""

from __future__ import annotations

from spacy.tokens import Token

from ..dictionaries.cameo_codes import CameoCodes
from . import awaited_acts, background, earlier_acts, idle_warnings, own_nationals, statements, stopped_acts, syntax
from .arguments import AUTHOR_MARK
from .dyads import Dyads
from .fired import ATTITUDE_CODES, CONTENT_ROOTS, DENIAL_CODES, Fired
from .matcher import Attempt
from .modality import ModalityRules, conditional_consequence
from .obligations import obligation_to_demand, own_obligation_as_threat, wish_told_as_demand
from .own_forces import own_forces_order
from .participial_acts import act_beside


def drop_embedded(fired: dict[int, Fired], rules: ModalityRules, background_preps: frozenset[str], cameo: CameoCodes,
                  dyads: Dyads, told_roots: frozenset[str] = frozenset()) -> None:
    """Events that did not happen as told: the content of a demand, accusation, rejection or
    threat ("demanded that Israel ease restrictions"), an obligation ("Iraq must cooperate"),
    and event nouns that only date another event ("following a government offensive"); acts told
    as what happened before the news (``earlier_acts``) or as the awaited condition of an 'until' clause
    (``awaited_acts``), and a state's advice to its own nationals to leave
    a country (``own_nationals``), acts named as stopped ("suspend nuclear tests": ``stopped_acts``), warnings
    that are no political comment (``idle_warnings``). ``told_roots``: the roots the earlier sentences coded (an
    act counted as "the Nth time" restates one of them, ``earlier_acts``)."""
    earlier_acts.drop(fired, rules, told_roots)
    awaited_acts.drop(fired, rules)
    idle_warnings.drop(fired)
    own_nationals.drop(fired, rules.governors.get("leaving", frozenset()))
    stopped_acts.drop(fired, rules.governors.get("stopping", frozenset()))
    for f in fired.values():
        if f.dropped:
            continue
        if wish_told_as_demand(f, fired, rules, cameo, dyads):
            continue
        shared = _opinion_agreed(f, rules)
        if shared:
            f.dropped = shared
            continue
        if f.mod is not None and f.mod.obligation:
            if own_obligation_as_threat(f, fired, rules, cameo):
                continue
            f.dropped = f"an obligation ({f.mod.why}), what someone asks for, not an event"
            obligation_to_demand(f, fired, rules, cameo, dyads)
            continue
        if not f.attempt.noun and f.code in ATTITUDE_CODES and _mental_state(f.token, rules):
            f.dropped = f"'{f.token.text}' tells a state of mind (intent.yaml mental_states), not a public comment"
            continue
        hoped = _feared_or_hoped(f, rules)
        if hoped is not None:
            f.dropped = f"what '{hoped.text}' fears or hopes for (intent.yaml mental_states), " \
                        "not an event that happened"
            continue
        if f.attempt.noun and f.code in ATTITUDE_CODES and not statements.spoken(f.token, rules):
            f.dropped = "an attitude noun with no verb of saying ('his concerns', 'drew alarm'): a state " \
                        "of mind, not a public comment"
            continue
        if f.mod is not None and f.mod.why == "conditional clause":
            f.dropped = "in a conditional clause ('if ...'): a condition, not an event"
            continue
        unreal = unreal_act(f, rules) or habitual(f, rules) or background.nominal_mention(f)
        if unreal:
            f.dropped = unreal
            continue
        tok = f.token
        if background.years_before(tok if not f.attempt.noun else (syntax.light_verb(tok) or tok), rules):
            f.dropped = "background: placed before the reported event ('five years after ...', 'since ...')"
            continue
        if f.attempt.noun and tok.dep_ == "pobj" and tok.head.lower_ in background_preps:
            f.dropped = f"background: '{tok.head.text} {tok.text}' dates another event"
            continue
        if f.attempt.noun and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
                and tok.head.head.lower_ in background_preps:   # "ahead of a planned rally"
            f.dropped = f"background: '{tok.head.head.text} of {tok.text}' dates another event"
            continue
        cause = background.cause_of_economic_outcome(tok, rules) if f.attempt.noun else None
        if cause is not None:
            f.dropped = f"background: '{cause.text} ... {tok.text}' names the cause of an economic outcome " \
                        f"('{cause.head.text}'), not an event of the news"
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
                # "condemned the coup and suspended the country": a second act, not content; but a verb
                # joined to content is content too ("called on X to call out Russia and consider taking action")
                if other.dropped.startswith("content of"):
                    f.dropped = f"joined to '{cur.text}', {other.dropped}"
                break
            frame = _content_frame(other) if other is not None and other is not f else None
            if frame is not None and path == ["advcl"] and act_beside(f, other, fired):
                break   # "..., warning that it would fill the streets", "condemned X, urging Y to ...": own acts
            # a denial vetoed as no event of its own (a plan or a report denied: discards.yaml#denied_plan)
            # still holds what it denies: "denied that it was planning to send troops" sends none
            if frame is not None and (not other.dropped.startswith("discarded")
                                      or frame.pattern.code in DENIAL_CODES):
                if frame.pattern.root == "10" and own_forces_order(other, rules):
                    # "Putin ordered his troops to attack Ukraine": an order to one's own forces is
                    # carried by them; the act ordered is the event, the order is not
                    other.dropped = other.dropped or f"an order to its own forces: the act ordered ('{tok.text}') " \
                                                     "is the event"
                    break
                f.dropped = f"content of '{cur.text}' ({frame.pattern.rule}), not an event of its own"
                break
            # "discussed preparations for a summit": an event noun inside what is discussed
            if other is not None and other is not f and f.attempt.noun and "dobj" in path \
                    and set(path) <= {"dobj", "pobj", "prep"} \
                    and other.attempt.pattern.root == "04" and not other.attempt.noun \
                    and not other.dropped.startswith("discarded"):
                f.dropped = f"topic of '{cur.text}' ({other.attempt.pattern.rule}), not an event of its own"
                break


def _opinion_agreed(f: Fired, rules: ModalityRules) -> str:
    """Why an intent read from a verb of agreeing with a finite 'that' clause is an opinion shared, or "":
    the clause tells a state, a past act or what should be ("many businesses agree that China has taken
    advantage", "Rendell agreed that the party's rules should be modernized"), not an act the agreeing side
    will take ("Iran and the US agreed that talks would resume", "agreed that their countries should cooperate":
    the intent stays), nor an accord between two sides or more ("the Philippines and the EU agree that disputes
    should be resolved through arbitration", "X agrees with Y that ...": cooperation, as PETRARCH codes it).
    Verbs: ``governors.decision``."""
    if f.attempt.noun or f.attempt.pattern.root != "03" or f.token.lemma_.lower() not in \
            rules.governors.get("decision", frozenset()):
        return ""
    agreeing = syntax.children(f.token, "nsubj")
    if any(len(syntax.conjuncts(a)) > 1 for a in agreeing) or any(c.lower_ == "with" for c in
                                                                    syntax.children(f.token, "prep")):
        return ""   # "the Philippines and the EU agree that disputes should be resolved": an accord between sides
    future = rules.auxiliaries.get("future", frozenset()) | {"would"}
    for clause in syntax.children(f.token, "ccomp"):
        subjects = syntax.children(clause, "nsubj", "nsubjpass")
        if _to_clause(clause) or not subjects:
            continue
        if any(s.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in s.children) for s in subjects):
            continue    # "agreed that their countries should cooperate": what the agreeing sides will do
        if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in future for c in clause.children):
            return f"an opinion shared ('{f.token.text} that ... {clause.text}'), no agreement to act"
    return ""


def _to_clause(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def unreal_act(f: Fired, rules: ModalityRules) -> str:
    """Why an act told with a modal is no event yet, or "": an act announced for the future that
    CAMEO has no intent or threat code for ("will urge the tribunal to ...", "the ministry will study
    the bids", "said she would weigh sending envoys"), and an act that only may happen on a condition
    ("might sign the accord if the talks go well"). Cooperative acts announced or promised keep their
    intent code ("will meet" -> 036), conflict acts their threat code, and an announced show of force
    or protest is the act itself ("NATO will deploy 4,000 troops to Poland" 154, "unions will strike on
    Thursday" 143: ``roots.future_as_act`` in intent.yaml says why), and so is a sanction or an expulsion
    announced with "will" ("Poland will expel two diplomats" 161: ``roots.announced_as_act``)."""
    mod = f.mod
    if mod is None or f.attempt.pattern.root == "03":
        return ""
    root = f.attempt.pattern.root
    if mod.modality == "future" and f.code == f.attempt.pattern.code \
            and not (root in rules.roots.get("future_as_act", frozenset()) and _announced(f, rules)) \
            and not (root in rules.roots.get("announced_as_act", frozenset()) and mod.announced):
        return f"announced for the future ({mod.why}) with no intent code: not an event yet"
    wanted = _intended(f, rules)
    if wanted is not None:
        return f"intended or wanted ('{wanted.text} to ...') with no intent code (intent.yaml): not an event yet"
    speculative = rules.auxiliaries.get("speculative", frozenset())
    if mod.modality == "hypothetical" and any(a.lower_ in speculative for a in _auxiliaries(f)):
        verb = f.token if not f.attempt.noun else syntax.light_verb(f.token)
        condition = conditional_consequence(verb, rules) if verb is not None else None
        if condition is None and verb is not None and verb.dep_ == "conj":
            # "continue to negotiate and could finalize a deal, if ...": the 'if' clause hangs on the first verb
            condition = conditional_consequence(verb.head, rules)
        if condition is not None:
            return f"may happen only if '{condition.text}' ... ({mod.why}): a speculation, not an intent"
    return ""


def _intended(f: Fired, rules: ModalityRules) -> Token | None:
    """The governor of intent that holds an act CAMEO has no intent or threat code for ("Obama plans to
    criticize Putin", "Macron vowed to denounce Iran", "Merkel wants to accuse Russia"): the
    act is not done yet. Not a decision taken ("the EU decided to condemn Belarus": the act), nor an
    announced show of force or protest (``roots.future_as_act``). None when the act is not so governed."""
    mod = f.mod
    if mod is None or mod.modality != "asserted" or not mod.intent or f.code != f.attempt.pattern.code \
            or f.attempt.pattern.root in rules.roots.get("future_as_act", frozenset()) \
            or f.attempt.pattern.root in rules.roots.get("intentions", frozenset()):
        return None
    verb = f.token if not f.attempt.noun else syntax.light_verb(f.token)
    if verb is None:
        return None
    intent = rules.governors.get("intent", frozenset())
    for gov in syntax.xcomp_governors(verb):
        lemma = gov.lemma_.lower()
        if lemma in intent:
            return None if lemma in rules.governors.get("decision", frozenset()) else gov
    return None


def _announced(f: Fired, rules: ModalityRules) -> bool:
    """The future of the act is announced: no governor of the future in the simple past tells it
    ("went on hunger strike to protest against ...": the protest is the purpose of the strike told,
    no act announced)."""
    verb = f.token if not f.attempt.noun else syntax.light_verb(f.token)
    future = rules.governors.get("future", frozenset())
    return verb is None or not any(g.tag_ == "VBD" and g.lemma_.lower() in future
                                   for g in syntax.xcomp_governors(verb))


def habitual(f: Fired, rules: ModalityRules) -> str:
    """Why an act is told as a habit or a generic truth, or "": an adverb of frequency on its verb
    ("Mexicans often say", "usually criticises", "have sometimes gathered": ``markers.habitual``) or a
    governor of habit ("tend to gather": ``governors.habitual``), or what such a habit says ("often say
    that Washington bullies its neighbours"). Such a statement dates no act."""
    verb = f.token if not f.attempt.noun else syntax.light_verb(f.token)
    if verb is None:
        return ""
    adverbs = rules.markers.get("habitual", frozenset())
    perfect = rules.markers.get("habitual_perfect", frozenset())
    governors = rules.governors.get("habitual", frozenset())
    heads = [verb] + syntax.xcomp_governors(verb)
    if heads[-1].dep_ == "ccomp" and heads[-1].head is not heads[-1]:
        heads.append(heads[-1].head)
    elif heads[-1].dep_ == "advcl" and heads[-1].tag_ == "VBG" and heads[-1].head is not heads[-1]:
        heads.append(heads[-1].head)     # "Lamenting their luck, Mexicans often say", "gathered while marching"
    for head in heads:
        if head.lemma_.lower() in governors:
            return f"a habit ('{head.text} to ...'), not a dated act"
        word = next((c for c, dep in syntax.labelled_children(head) if dep == "advmod" and (
            c.lower_ in adverbs or (c.lower_ in perfect and c.i > 0 and c.nbor(-1).dep_ == "aux"))), None)
        if word is not None:
            return f"a habit or a generic statement ('{word.text} {head.text}'), not a dated act"
    return ""


def _auxiliaries(f: Fired) -> list[Token]:
    verb = f.token if not f.attempt.noun else syntax.light_verb(f.token)
    if verb is None:
        return []
    heads = [verb] + syntax.xcomp_governors(verb)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not syntax.children(verb, "aux"):
        heads.append(verb.head)      # "continue to negotiate and could finalize": its own auxiliary only
    return [c for h in heads for c in h.children if c.dep_ in ("aux", "auxpass") or c.tag_ == "MD"]


def _feared_or_hoped(f: Fired, rules: ModalityRules) -> Token | None:
    """The mental-state verb or noun whose complement clause holds the trigger ("hoped the prisoner exchange
    would open the door to talks", "fear that Beijing will send troops", "worries that the producers might
    loosen their curbs"), or None."""
    cur = f.token
    for _ in range(8):
        if cur.head is cur:
            return None
        if cur.dep_ == "ccomp" and cur.head.pos_ in ("VERB", "AUX") and _mental_state(cur.head, rules):
            return cur.head
        if cur.dep_ in ("ccomp", "acl") and cur.head.pos_ == "NOUN" \
                and cur.head.lemma_.lower() in rules.governors.get("mental_states", frozenset()):
            return cur.head
        if cur.dep_ not in ("ccomp", "xcomp", "conj", "dobj", "pobj", "prep", "advcl", "acl", "compound", "amod"):
            return None
        cur = cur.head
    return None


def _mental_state(verb: Token, rules: ModalityRules) -> bool:
    """The verb is one of intent.yaml's mental_states, by its lemma or, for the inflected forms the
    lemmatizer misreads ("hoped" -> hop), by the word itself (``governors.mental_state_forms``)."""
    return verb.lemma_.lower() in rules.governors.get("mental_states", frozenset()) \
        or verb.lower_ in rules.governors.get("mental_state_forms", frozenset())


def _content_frame(other: Fired) -> Attempt | None:
    """The reading of ``other`` that holds a clause as content (an appeal, a demand, a refusal, a denial):
    its own, or the one it won with before falling back for want of a dyad."""
    for attempt in (other.attempt, other.first):
        if attempt is not None and (attempt.pattern.root in CONTENT_ROOTS - {"03"}
                                    or attempt.pattern.code in DENIAL_CODES):
            return attempt
    return None
