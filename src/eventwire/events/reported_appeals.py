"""Appeals and demands told as what another actor should or must do, where the deed itself is no event
of the lexicon: "a party elder said the president and the party's leaders should come up with a plan"
is the elder appealing to both (020), "the union leader told teachers that the legislature must put the
reserves into pay" a demand on the legislature (100).

The verb lexicon codes such statements when the deed is a coded act ("said Y must withdraw its troops":
``obligations.obligation_to_demand`` turns the saying into the demand); this module reads the complement
clauses of a verb of saying whose verb is no event of its own: the clause has an auxiliary of obligation
(``auxiliaries.obligation`` in ``data/cameo/intent.yaml``; the code is the auxiliary's in
``obligation_codes``) and an active subject that names an actor. The subject is the addressee.

No appeal when the subject is the speaker or its own side ("we should", "Russia must respond" said by
Moscow), "you", a thing, or a passive subject ("said sanctions should be lifted", "said Assad should be
tried": no one is asked); when the clause's verb tells an outcome awaited, not a deed ("said Brazil must
win both qualifiers", "said the consulate should open in May", "said Ukraine should receive the jets this
summer": ``markers.expected_outcomes`` in ``data/cameo/intent.yaml``, with ``expected_outcomes_intransitive``
for verbs that are a deed with an object, "must open the crossings"); when a discard rule of
``data/filters/discards.yaml`` vetoes the verb of saying or the clause's verb (a coach or analysts speak,
a sports or market sentence: ``unvetoed``); when the clause looks back ("should have acted": a reproach of what was not
done), is conditional, negated as a whole by the saying ("did not say Y should ...") or asked; or when
the lexicon already coded an appeal or a demand (roots 02, 10) by the speaker in the sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

from spacy.tokens import Span, Token

from ..dictionaries.cameo_codes import CameoCodes
from ..document import CodedDocument
from ..ids import event_id
from ..records import ActorRef, Event, Evidence
from . import syntax
from .arguments import Arg, ArgumentFinder
from .discards import DiscardChecker
from .emit import copy_ref
from .judged_acts import THING_PRONOUNS, one_actor
from .modality import ModalityRules

__all__ = ["APPEAL_ROOTS", "RULE", "ObligationClause", "appeal_event", "appeals", "obligation_clauses", "own_side",
           "stray_complements", "unvetoed", "ToldReading"]

RULE = "cameo/intent.yaml#obligation_codes"
# roots of a lexicon event that already tells the speaker's appeal or demand
APPEAL_ROOTS = frozenset({"02", "10"})
# the code of a comment, the reading of the saying an appeal told recodes
COMMENT_CODE = "010"
_PERSONS = frozenset({"i", "we", "you", "one"})


class ObligationClause:
    """A complement clause telling what its subject should or must do: the clause's verb, the
    auxiliary, the code the auxiliary gives and the subject tokens (coordination included)."""

    def __init__(self, verb: Token, aux: str, code: str, subject: Token) -> None:
        self.verb = verb
        self.aux = aux
        self.code = code
        self.subject = subject


def obligation_clauses(speech: Token, complements: list[Token], rules: ModalityRules,
                       cameo: CameoCodes) -> Iterator[ObligationClause]:
    """The complements of the verb of saying ``speech`` that tell an obligation of an active subject."""
    obliging = rules.auxiliaries.get("obligation", frozenset())
    conditions = rules.markers.get("hypothetical", frozenset())
    for clause in complements:
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        aux = next((c.lower_ for c in clause.children if c.dep_ == "aux" and c.lower_ in obliging), "")
        code = rules.obligation_codes.get(aux)
        if not code or code not in cameo:
            continue
        if expected_outcome(clause, rules):
            continue    # "said the consulate should open in May": a forecast, nobody is asked
        if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children) and clause.tag_ == "VBN":
            continue    # "should have acted": a reproach of what was not done
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in conditions for m in c.children)
               for c in clause.children):
            continue    # "if talks fail, Y should ...": a condition
        subjects = syntax.children(clause, "nsubj")
        if len(subjects) != 1 or subjects[0].lower_ in THING_PRONOUNS or subjects[0].lower_ in _PERSONS:
            continue
        yield ObligationClause(clause, aux, code, subjects[0])


def expected_outcome(verb: Token, rules: ModalityRules) -> bool:
    """The verb tells an outcome awaited, not a deed asked for: "win", "receive", "take place" (any use),
    "open", "return" with no direct object ("the consulate should open": not "must open the crossings")."""
    lemma = verb.lemma_.lower()
    phrases = {lemma, *(f"{lemma} {c.lower_}" for c in syntax.children(verb, "dobj"))}
    if phrases & rules.markers.get("expected_outcomes", frozenset()):
        return True
    return lemma in rules.markers.get("expected_outcomes_intransitive", frozenset()) \
        and not syntax.children(verb, "dobj")


class ToldReading(NamedTuple):
    """A reading a discard rule's ``patterns`` are matched against (``DiscardRule.vetoes`` reads the code
    and the rule): the told appeal or demand, or the saying's comment it recodes."""

    code: str
    rule: str


def unvetoed(speech: Token, clauses: list[ObligationClause], discards: DiscardChecker | None,
             sent: Span) -> list[ObligationClause]:
    """The clauses no discard rule vetoes: on the verb of saying, read as the appeal or as the comment (01) the
    appeal recodes ("the coach said", "economists said": data/filters/discards.yaml non_political_speaker), or
    on the clause's verb, read as the appeal (a rule for any reading: sport, markets; not one for another
    reading of the word, "must hold elections" is no detention)."""
    if discards is None or not clauses:
        return clauses
    covered = discards.phrase_cover(sent)
    kept = []
    for oc in clauses:
        told = ToldReading(oc.code, f"{RULE}.{oc.aux}")
        said = ToldReading(COMMENT_CODE, f"{RULE}.{oc.aux}")
        if not any(discards.reason(tok, sent, covered, reading) for tok, reading in
                   ((speech, told), (speech, said), (oc.verb, told))):
            kept.append(oc)
    return kept


def stray_complements(speech: Token, says: Callable[[Token], bool]) -> list[Token]:
    """'that' clauses the parser hung on a relative clause of the verb's object, not on the verb of saying:
    "told thousands of teachers who filled the lawn that the legislature should ..." (no verb of saying
    in the relative clause)."""
    return [c for obj in syntax.children(speech, *syntax.OBJ, "dative") for rel in syntax.children(obj, "relcl")
            if not says(rel) for c in syntax.children(rel, "ccomp")
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def addressees(oc: ObligationClause, finder: ArgumentFinder) -> list[Arg]:
    """The actors the obligation's subject names ("Obama and the party's congressional leaders")."""
    if any(c.dep_ == "poss" and c.lower_ in ("our", "your", "my") for c in oc.subject.children):
        return []
    return [a for a in finder.actors(oc.subject, f"subject of '{oc.aux} {oc.verb.text}'") if a.ref.code]


def own_side(speaker: ActorRef, addressee: ActorRef) -> bool:
    """The speaker's own state or body: "Putin said Russia must respond" asks nothing of another."""
    s, a = speaker.code or "", addressee.code or ""
    if s == a:
        return True
    state_like = ("", "GOV", "MIL")
    return s[:3] == a[:3] and s[3:6] in state_like and a[3:6] in state_like


def already_told(speaker: ActorRef, sentence: int, prior: list[Event]) -> bool:
    """The lexicon coded an appeal or a demand of the speaker in the sentence."""
    return any(ev.sentence == sentence and ev.root in APPEAL_ROOTS and ev.source is not None
               and ev.source.code == speaker.code for ev in prior)


def appeal_event(cdoc: CodedDocument, index: int, speech: Token, oc: ObligationClause, source: ActorRef,
                 target: ActorRef, cameo: CameoCodes) -> Event:
    """The speaker's appeal or demand to the addressee, its evidence the verb of saying (as a lexicon
    obligation recodes the saying)."""
    entry = cameo.get(oc.code)
    sent = speech.sent
    start, end = speech.idx, speech.idx + len(speech.text)
    evidence = Evidence(text=sent.text, trigger=speech.text, start=sent.start_char, end=sent.end_char,
                        trigger_start=start, trigger_end=end)
    ev = Event(article_id=cdoc.article.id, sentence=index, source=copy_ref(source), target=copy_ref(target),
               cameo=oc.code, root=oc.code[:2], plover=entry.plover, quad_class=entry.quad_class,
               goldstein=entry.goldstein, evidence=evidence, rule=f"{RULE}.{oc.aux}", modality="asserted",
               confidence=0.6)
    ev.id = event_id(ev.article_id, index, start, ev.cameo, source.code, target.code)
    return ev


def appeals(cdoc: CodedDocument, index: int, speech: Token, clauses: list[ObligationClause], sources: list[Arg],
            finder: ArgumentFinder, prior: list[Event], cameo: CameoCodes) -> list[tuple[Event, str]]:
    """One appeal or demand per speaker and addressee of the obligation clauses, with how both were found."""
    out: list[tuple[Event, str]] = []
    seen: set[tuple[str | None, str | None]] = set()
    for oc in clauses:
        for s in sources:
            if not s.ref.code or already_told(s.ref, index, prior):
                continue
            for t in addressees(oc, finder):
                key = (s.ref.code, t.ref.code)
                if key in seen or own_side(s.ref, t.ref) or one_actor(s.ref, t.ref, cdoc):
                    continue
                seen.add(key)
                out.append((appeal_event(cdoc, index, speech, oc, s.ref, t.ref, cameo),
                            f"source {s.ref.code}: {s.how}; target {t.ref.code}: {t.how} "
                            f"('{oc.aux} {oc.verb.text}': an appeal or demand told)"))
    return out
