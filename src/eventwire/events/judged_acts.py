"""The actors a judgement judges: the judged phrase itself, its owner ("Y's plan", "US sanctions"),
the doer of a judged deed or act ("what Russia is doing", "the sanctions imposed by Y"), and the
doer of an act a judgement points back to: "The court issued arrest warrants for Netanyahu. ...
Biden said the warrants were outrageous" -> Biden criticises the court.

News tells an act, then the reactions to it, naming the act again with a definite noun and no
owner ("the warrants", "the decision", "these measures"). When the evaluations coder finds no actor
in or on such a judged noun, the doer of the act it points back to is the judged actor: the latest
event the lexicon coded up to ``judged_acts.window`` sentences before whose sentence holds the same word
("imposed sweeping tariffs ... the tariffs") or whose trigger is of its word family ("shelled ...
the shelling"; "protested" holds no "test"), or, for a word that names any act ("the
decision", "the move", "these measures"), the latest such event. Only material acts count (the
``judged_acts.roots`` of data/cameo/evaluations.yaml, 06-09 and 14-20: a sanction, an arrest, an
investigation, a strike), not what was said: a judgement of "the statement" is left out. A noun of
force ("the strikes", "the attack") names the latest act of force, a day in the owner's place
("Friday's test") names the act told on it, and an act of several doers ("The US, Britain and France
launched missiles") judges them all. A relative clause's judgement judges the act of the clause it
hangs on (", a move Berlin called unacceptable": ``clause_doers``). The act may also be told earlier in
the judged noun's own sentence ("North Korea carried out a nuclear test, and Japan called the test
reckless"), named by a noun of its kind ("test-fired a missile ... the launch": ``judged_acts.kinds``)
or of its irregular word family ("expelled ... the expulsion": ``judged_acts.families``); when the
lexicon coded no act, a noun of any act or of what an act produced ("the move", "a verdict") judges the
subject of the clause the judgement is joined to or set beside (``subject_doers``). Used by
``eventwire.events.evaluations``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..dictionaries.evaluation_lexicon import EvaluationLexicon
from ..document import CodedDocument
from ..records import ActorRef, Event
from . import syntax
from .arguments import OWNER_MARK, Arg, ArgumentFinder
from .restatements import one_word_family

__all__ = ["THING_PRONOUNS", "act_doers", "acts_in_window", "antecedent_doers", "asked_to_stop", "clause_doers",
           "extraposed", "judged_actors", "named_again", "one_actor", "subject_doers"]

# pronouns of things: a judgement of "it" or "this" judges no actor
THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "which", "what", "something", "nothing"})
_DEFINITE = frozenset({"the", "this", "these", "that", "those", "such"})
_POINTING = frozenset({"this", "that", "it"})
# what sets an act noun beside the clause it names (", a move ...", "— a decision ...")
_APPOSITION_MARKS = frozenset({",", "—", "–", "-", "--", ";"})
# an act judged by name may be done or decided ("Britain will expel 23 diplomats ... Moscow called the
# measures hostile": the decision is judged), not negated or hypothetical
_DONE_OR_DECIDED = frozenset({"asserted", "future"})
# what was said: no act a relative clause's judgement judges
_SAID_ROOTS = frozenset({"01", "02"})


def judged_actors(judged: Token, finder: ArgumentFinder, patient_nouns: frozenset[str] = frozenset()) -> list[Arg]:
    """The actor judged: the judged phrase itself or its owner ("Y's plan", "US sanctions"),
    the 'by' agent of a judged act, the actor of a clause describing it ("the sanctions
    imposed by Y"). A thing pronoun ("it", "this") judges no actor, nor the 'of' phrase of an act
    done to someone (``patient_nouns``: "the invasion of Iraq")."""
    if judged.lower_ in THING_PRONOUNS:
        return []
    if judged.dep_ in ("csubj", "csubjpass") and judged.pos_ in ("VERB", "AUX"):   # "what Russia is doing"
        return [a for s in syntax.children(judged, *syntax.SUBJ) if s.lower_ not in THING_PRONOUNS
                for a in finder.actors(s, "doer of the judged deed")]
    victims = [t.idx for p in syntax.children(judged, "prep") if p.lower_ == "of"
               for t in p.subtree] if judged.lemma_.lower() in patient_nouns else []
    found = [a for a in finder.actors(judged, "judged") if _owns(a) and a.ref.start not in victims]
    if found or judged.pos_ not in syntax.NOUN_POS:
        return found
    # "Russia's actions in Ukraine": the owner, not the place; "the decision by Y"
    found = finder.owner_or_by_agent(judged, "owner of the judged act", "'by' agent of the judged act")
    if found:
        return found
    for clause in syntax.children(judged, "acl", "relcl"):
        found = []
        if clause.dep_ == "relcl" and not syntax.is_passive(clause):
            subjects = [s for s in syntax.children(clause, *syntax.SUBJ) if s.lower_ not in THING_PRONOUNS]
            found = [a for s in subjects for a in finder.actors(s, "doer of the judged act")]
        elif syntax.is_passive(clause) or clause.tag_ == "VBN":
            found = [a for ag in syntax.children(clause, "agent") for p in syntax.children(ag, "pobj")
                     for a in finder.actors(p, "agent of the judged act")]
        if found:
            return found
    return []


def _owns(arg: Arg) -> bool:
    """An owner found for a judged thing owns it ("Y's plan", "US sanctions", "the plan of Y"); a
    place it is in ("the situation in Syria") is no author of it."""
    if OWNER_MARK not in arg.how:
        return True
    doc = arg.token.doc
    owner = next((t for t in doc if t.idx == arg.ref.start), None)
    if owner is None:
        return False
    while owner.dep_ in ("compound", "flat") and owner.head.i != owner.i and owner.head.pos_ == "PROPN":
        owner = owner.head    # the head word of a name of several words ("United States"), not the thing owned
    if owner.dep_ == "pobj":
        return owner.head.lower_ in ("of", "by", "from")
    return owner.dep_ in ("poss", "compound", "amod", "nmod")


def antecedent_doers(judged: Token, index: int, events: list[Event], lexicon: EvaluationLexicon) -> list[Arg]:
    """The doer of the earlier act the bare definite noun ``judged`` names again (sentence ``index``: an
    act up to ``judged_acts.window`` sentences back, or told before the noun in its own sentence);
    for "this", "that" or "it" as subject or object ('"This is a violation of international law," X
    said', "X called it a violation", "X said it was illegal"), of the act told last before it, in
    its sentence or the one just before. The window, the roots of material acts and the nouns of any
    act are the lexicon's (``judged_acts`` in data/cameo/evaluations.yaml)."""
    if judged.lower_ in _POINTING and judged.pos_ == "PRON" and judged.dep_ in (*syntax.SUBJ, *syntax.OBJ) \
            and not _extraposed_it(judged):
        acts = [e for e in events if lexicon.is_act(e.cameo) and e.modality == "asserted"
                and e.source is not None and e.source.code
                and (e.sentence == index - 1 or (e.sentence == index and (e.evidence.trigger_start or 0) < judged.idx))]
        last = max(acts, key=lambda e: (e.sentence, e.evidence.trigger_start or 0), default=None)
        return [] if last is None else [_pointed_back(e, judged) for e in _co_doers(last, acts)]
    if judged.pos_ != "NOUN" or not (_definite(judged) or any(_dated(c) for c in judged.children)):
        return []     # "the warrants", "Friday's test" (a day owns no act)
    lemma = judged.lemma_.lower()
    if any(c.dep_ in ("poss", "compound", "relcl", "acl", "prep", "nmod") and not _dated(c)
           and not (c.dep_ == "prep" and c.lower_ == "of" and lemma in lexicon.patient_nouns) for c in judged.children):
        return []     # "the decision of the court", "the decision to withdraw": said where it stands
    acts = acts_in_window(events, judged, index, lexicon,
                          lambda e: lexicon.is_act(e.cameo) and e.modality in _DONE_OR_DECIDED)
    named = named_again(acts, judged, index, lexicon)
    kinds = lexicon.act_kinds.get(lemma, frozenset())
    done = [e for e in acts if e.root not in lexicon.announced_roots]
    chosen = named[:1] or ((done or acts)[:1] if lemma in lexicon.any_act_nouns else []) or (
        [e for e in acts if e.root in lexicon.force_roots][:1] if lemma in lexicon.force_act_nouns else []) or (
        [e for e in acts if e.cameo.startswith(tuple(kinds))][:1] if kinds else [])
    return [_pointed_back(e, judged) for c in chosen for e in _co_doers(c, acts)]


def _pointed_back(act: Event, judged: Token) -> Arg:
    """The doer (source) of the earlier ``act`` the judged phrase points back to."""
    return Arg(_copy(act.source), judged, f"doer of '{act.evidence.trigger}' (sentence {act.sentence}), "
                                          f"which '{judged.text}' points back to")


def acts_in_window(events: list[Event], judged: Token, index: int, lexicon: EvaluationLexicon,
                   keep: Callable[[Event], bool]) -> list[Event]:
    """The events with a coded source that ``keep`` accepts, told up to ``judged_acts.window`` sentences
    before sentence ``index`` or before the judged phrase in it (an event with no offsets counts as
    before): the latest first."""
    left = judged.left_edge.idx
    return sorted((e for e in events if (0 < index - e.sentence <= lexicon.act_window or (
                   e.sentence == index and (e.evidence.trigger_start if e.evidence.trigger_start is not None
                                            else left) < left))
                   and e.source is not None and e.source.code and keep(e)),
                  key=lambda e: (e.sentence, e.evidence.trigger_start or 0), reverse=True)


def named_again(acts: list[Event], judged: Token, index: int, lexicon: EvaluationLexicon) -> list[Event]:
    """The ``acts`` the noun ``judged`` (of sentence ``index``) names again: one told before it in its own
    sentence whose trigger names it (``_named_at``), one of an earlier sentence that holds it (``_names``)."""
    family = _family(lexicon.act_families)
    return [e for e in acts if (_named_at(e, judged, family) if e.sentence == index else _names(e, judged, family))]


def subject_doers(judged: Token, speaker_verb: Token, finder: ArgumentFinder, lexicon: EvaluationLexicon,
                  acts: Callable[[Token], bool]) -> list[Arg]:
    """The doer of an act the lexicon did not code, named again in the next clause by a noun of any act
    or of what an act produced ("China's parliament passed a security law, and Britain said the move
    was a grave step"; "The Supreme Court overturned the law, and Biden called the ruling an error";
    "A Moscow court sentenced three activists, a verdict Washington called disproportionate"): the
    subject of the clause the judging clause is joined to or set beside. ``acts`` says whether a verb
    tells an act done or decided (asserted or future, no verb of saying: "passed a law", "will impose
    tariffs, a move ..."; "said ... , calling the move" judges nothing said)."""
    lemma = judged.lemma_.lower()
    if judged.pos_ != "NOUN":
        return []
    verb = speaker_verb
    if verb.dep_ in ("relcl", "acl") and verb.head.i == judged.i:      # ", a verdict X called ..."
        left = judged.left_edge
        if lemma not in lexicon.apposed_act_nouns:
            return []
        if judged.dep_ not in ("appos", "npadvmod", "dobj") or left.i == judged.sent.start \
                or judged.doc[left.i - 1].text not in _APPOSITION_MARKS:
            return []
        head = judged.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
    elif _definite(judged) and not any(
            c.dep_ in ("poss", "compound", "relcl", "acl", "prep", "nmod") for c in judged.children) \
            and verb.dep_ in ("conj", "advcl") and lemma in lexicon.joined_act_nouns:
        head = verb.head     # "the move", not "the move by X", "a move"; not "the killing" (whose?)
    else:
        return []
    if head.i >= judged.i or head.pos_ not in ("VERB", "AUX") or not acts(head):
        return []
    return [a for s in syntax.children(head, *syntax.SUBJ) if s.lower_ not in THING_PRONOUNS
            for a in finder.actors(s, f"subject of '{head.text}', the act '{judged.text}' names again")]


def asked_to_stop(judged: Token, speaker_verb: Token, finder: ArgumentFinder, lexicon: EvaluationLexicon) -> list[Arg]:
    """The doer of an act a definite noun with no owner names, told by the same speaker's demand in the
    sentence that someone stop or refrain from doing more ("Beijing said it firmly opposed the launch and warned
    Pyongyang to refrain from any further provocation"; "condemned the shelling and urged Moscow to halt
    it"): the one asked to stop (``judged_acts.stopping``). Not one asked to do something else ("condemned the
    attack and urged the government to protect civilians")."""
    if judged.pos_ != "NOUN" or not _definite(judged) or any(
            c.dep_ in ("poss", "compound", "relcl", "acl", "nmod") for c in judged.children):
        return []
    path = [a for a in judged.ancestors if a.pos_ in ("VERB", "AUX", "ADJ")]   # up to the verb of saying
    verbs = [c for a in path for c in a.children if c.dep_ == "conj" and c.pos_ == "VERB" and c not in path]
    found: list[Arg] = []
    for verb in verbs:
        stops = [x for x in syntax.children(verb, "xcomp", "ccomp") if x.lemma_.lower() in lexicon.stop_verbs]
        if not stops:
            continue
        asked = syntax.children(verb, *syntax.OBJ, "dative") or [  # "called on Russia to halt it"
            o for p in syntax.children(verb, "prep") if p.lower_ == "on" for o in syntax.children(p, "pobj")] or [
            s for x in stops for s in syntax.children(x, "nsubj")]
        found.extend(a for o in asked for a in finder.actors(o, f"asked by '{verb.text}' to "
                                                                f"'{stops[0].text}' what '{judged.text}' names"))
    return found


def _co_doers(chosen: Event, acts: list[Event]) -> list[Event]:
    """The chosen act and the acts of the same trigger by its other doers ("The United States, Britain
    and France launched strikes": one act of three doers), one per doer."""
    out: list[Event] = []
    for e in [chosen, *acts]:
        if e.sentence == chosen.sentence and e.evidence.trigger_start == chosen.evidence.trigger_start \
                and e.root == chosen.root and e.source is not None \
                and all(o.source is not None and o.source.code != e.source.code for o in out):
            out.append(e)
    return out


def clause_doers(judged: Token, index: int, events: list[Event], lexicon: EvaluationLexicon) -> list[Arg]:
    """The doers of the act a relative clause's judgement judges, told in the clause it hangs on (sentence
    ``index``): an act noun set after a comma beside that clause names its act ("Turkey expelled two
    diplomats, a move Berlin called unacceptable"; "..., a decision Israel called regrettable"), the
    object of a material act stands for the act ("China imposed tariffs, which Canberra called
    unjustified"). The doers are the sources of the first act coded in the clause (all of them:
    "Russia, Belarus and Iran fired drones, a step Kyiv called a violation"); none when the
    clause holds no act the lexicon coded, or only what was said (roots 01, 02)."""
    clause = judged.head
    while judged.dep_ == "appos" and clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head     # ", a move ..." hung on the last noun of the clause
    if clause.i == judged.i or clause.i > judged.i or clause.pos_ not in ("VERB", "AUX") \
            or not any(c.dep_ in ("relcl", "acl") and syntax.children(c, *syntax.SUBJ, "agent")
                       for c in judged.children):
        return []
    left = judged.left_edge
    apposed = judged.lemma_.lower() in lexicon.apposed_act_nouns \
        and left.i > clause.sent.start \
        and judged.doc[left.i - 1].text in _APPOSITION_MARKS and not syntax.children(judged, "poss")
    if apposed:
        tokens = [t for t in clause.subtree if t.i < left.i]
        acts = [e for e in _done_or_decided_at(events, index, tokens) if e.root not in _SAID_ROOTS]
    elif judged.dep_ in syntax.OBJ:
        acts = [e for e in _done_or_decided_at(events, index, [clause]) if lexicon.is_act(e.cameo)]
    else:
        return []
    return _first_doers(acts, judged, f"the act '{judged.text}' stands for")


def act_doers(act: Token, index: int, events: list[Event]) -> list[Arg]:
    """The doers of the act coded at the verb ``act`` (sentence ``index``), what was said left out:
    "Russian forces shelled Kharkiv in what Ukraine called a war crime" judges the shelling's doer."""
    acts = [e for e in _done_or_decided_at(events, index, [act]) if e.root not in _SAID_ROOTS]
    return _first_doers(acts, act, "the act 'in what' is said of")


def _first_doers(acts: list[Event], token: Token, what: str) -> list[Arg]:
    """The sources of the first act told (all its doers), one per doer."""
    if not acts:
        return []
    first = min(e.evidence.trigger_start or 0 for e in acts)
    return [Arg(_copy(e.source), token, f"doer of '{e.evidence.trigger}', {what}")
            for e in acts if (e.evidence.trigger_start or 0) == first and e.source is not None]


def _done_or_decided_at(events: list[Event], index: int, tokens: list[Token]) -> list[Event]:
    """The events done or decided (asserted or future) of sentence ``index`` with a coded source whose trigger
    starts at one of ``tokens``."""
    starts = {t.idx for t in tokens}
    return [e for e in events if e.sentence == index and e.modality in _DONE_OR_DECIDED and e.source is not None
            and e.source.code and e.evidence.trigger_start in starts]


def _definite(noun: Token) -> bool:
    """"the test", "these measures"; also where the parser hung the article on the word after the noun
    ('called the test "unpardonable"': 'the' and 'test' both on the adjective)."""
    if any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return True
    before = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    return before is not None and before.dep_ == "det" and before.lower_ in _DEFINITE and before.head.i == noun.head.i


def _dated(mod: Token) -> bool:
    """A day or time in the owner's place ("Friday's test", "Sunday's launch", "yesterday's strikes"):
    the act it names is the one told on that day."""
    return mod.dep_ in ("poss", "compound") and mod.ent_type_ in ("DATE", "TIME")


def _extraposed_it(judged: Token) -> bool:
    """"it" standing for a clause told after it ("it would be a mistake to respond", "it is a disgrace
    that ..."): no act told before."""
    if judged.lower_ != "it" or judged.dep_ not in syntax.SUBJ:
        return False
    heads = [judged.head, *(c for c in judged.head.children if c.dep_ in ("attr", "acomp", "oprd"))]
    return any(c.i > judged.i and c.dep_ in ("xcomp", "ccomp", "acl", "relcl", "advcl", "csubj")
               and any((g.dep_ == "aux" and g.lower_ == "to") or (g.dep_ == "mark" and g.lower_ in ("that", "for"))
                       for g in c.children)
               for h in heads for c in h.children)


def _names(ev: Event, judged: Token, family: Callable[[str, str], bool]) -> bool:
    """The earlier event's sentence holds the judged word ("imposed tariffs ... the tariffs",
    "sanctioned five banks ... the sanctions"), or its trigger a word of its family or a compound
    ending in it ("shelled ... the shelling", "airstrikes ... the strikes"); a word that only has it
    inside ("protested ... the test", "warrants ... the war") names another act."""
    lemma, word = syntax.forms(judged)
    doc = judged.doc
    sentence = _span(doc, ev.evidence.start, ev.evidence.end)
    if any(t.lemma_.lower() == lemma or t.lower_ == word for t in sentence):
        return True
    trigger = _span(doc, ev.evidence.trigger_start, ev.evidence.trigger_end)
    return any(family(t.lemma_.lower(), lemma) or (len(lemma) >= 5 and t.lemma_.lower().endswith(lemma))
               for t in trigger)


def _named_at(ev: Event, judged: Token, family: Callable[[str, str], bool]) -> bool:
    """An act told earlier in the judged noun's own sentence that the noun names again: its trigger is
    of the noun's word family ("shelled ... the shelling") or holds the noun or has it as object
    ("carried out a nuclear test ... called the test reckless"); the rest of the sentence does not
    count (it holds the noun itself)."""
    lemma, word = syntax.forms(judged)
    trigger = [t for t in _span(judged.doc, ev.evidence.trigger_start, ev.evidence.trigger_end) if t.i < judged.i]
    words = [*trigger, *(o for t in trigger for o in syntax.children(t, *syntax.OBJ))]
    return any(t.lemma_.lower() == lemma or t.lower_ == word or family(t.lemma_.lower(), lemma)
               or (len(lemma) >= 5 and t.lemma_.lower().endswith(lemma)) for t in words)


def _family(irregular: dict[str, frozenset[str]]) -> Callable[[str, str], bool]:
    """Whether a verb and a noun are one word family: one stem ("shelled"/"shelling"), or a noun of
    ``judged_acts.families`` and one of its verbs ("expelled"/"expulsion")."""
    def same(verb: str, noun: str) -> bool:
        return one_word_family(verb, noun) or verb in irregular.get(noun, ())
    return same


def _span(doc: Doc, start: int | None, end: int | None) -> Span | list[Token]:
    """The tokens of a record's character span (none when it has no offsets)."""
    if start is None or end is None:
        return []
    return doc.char_span(start, end, alignment_mode="expand") or []


def _copy(ref: ActorRef) -> ActorRef:
    return ActorRef(ref.text, ref.start, ref.end, ref.name, ref.code, ref.country, list(ref.sectors))


def extraposed(subj: Token, clause: Token, pred: Token) -> Token:
    """"It was unacceptable that Russia annexed Crimea": the judged is the subject of the that-clause."""
    if subj.lower_ != "it":
        return subj
    for head in (clause, pred):    # also "a mistake for Russia to annex Crimea", "a disgrace that Turkey ..."
        for comp in head.children:
            marks = {m.lower_ for m in comp.children if m.dep_ == "mark"}
            if comp.i < pred.i or marks & {"whether", "if"} or comp.dep_ not in ("ccomp", "advcl", "relcl", "acl") \
                    or (comp.dep_ != "ccomp" and not marks & {"that", "for"}):
                continue
            inner = syntax.children(comp, *syntax.SUBJ, *syntax.PASS_SUBJ)
            if inner:
                return inner[0]
    return subj


def one_actor(a: ActorRef, b: ActorRef, cdoc: CodedDocument | None = None) -> bool:
    """Speaker and judged are one actor: the same mention or the same code, unless two different
    named people or bodies of one code ("Vindman said Trump's request was inappropriate", both
    USAGOV: one official judging another is an event), or a mention known by its owner and an actor
    named otherwise ("Salesforce's chief executive marveled at Apple's ability": both USABUS)."""
    if a is b or a.start == b.start:
        return True
    if a.code and b.code and a.code != b.code and a.code[:3] == b.code[:3] and min(len(a.code), len(b.code)) == 3:
        return (a.code if len(b.code) == 3 else b.code)[3:6] in ("GOV", "MIL")   # "Germany" and its government
    if a.code != b.code:
        return False
    if len(a.code or "") > 3 and cdoc is not None and bool(a.name) != bool(b.name):
        named, unnamed = (a, b) if a.name else (b, a)
        owners = _names_within(unnamed, cdoc)
        if owners and named.name not in owners:
            return False
    return not (len(a.code or "") > 3 and a.name and b.name and a.name != b.name)


def _names_within(ref: ActorRef, cdoc: CodedDocument) -> set[str]:
    """The names of the other actor mentions inside an unnamed mention ("Salesforce" in "Salesforce's
    chief executive")."""
    return {m.ref.name for m in cdoc.actors if m.ref.name and (m.ref.start, m.ref.end) != (ref.start, ref.end)
            and ref.start <= m.ref.start and m.ref.end <= ref.end}
