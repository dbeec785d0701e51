"""Evaluations and quotations: the judgements a direct quotation voices away from its speaker's
name, and who reports a judgement made inside someone else's quote.

A quotation often runs on over sentences that name no speaker: ``"We met for two hours," Obama
said. "Russia's annexation of Crimea was a grave mistake."`` or ``Clinton was blunt. "He has been
disrespecting our veterans for years," she said.`` The quotes stage has already found each
quotation's span and speaker (``cdoc.quotes``); in every sentence with words of a direct quotation
(the one that names its speaker included: 'Merkel: "..."', a quote split around "Merkel said") the
quoted main clauses ("Putin has betrayed Europe", "I think he is a disgrace") are read as the
speaker's own words and judged as the evaluations coder judges the complement of "X said"; a
quoted clause that is itself that complement ('"Y is a disgrace," X said') is left to the coder.
Used by ``eventwire.events.evaluations``.

Not read as judgements: quotations whose speaker has no actor code ("critics say"), questions,
judgements of the speaker's own side or of the one addressed ("we have failed", "you are a
disgrace": first and second person), and a judgement that only restates one the text told just
before ("Clinton criticized Trump. 'He is a disgrace,' she said." is one criticism).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..dictionaries.evaluation_lexicon import EvaluationLexicon
from ..document import CodedDocument
from ..quotes.lexicon import QuoteLexicon
from ..records import ActorRef, Attribution, Event, Quote, Speaker
from . import syntax
from .arguments import Arg, ArgumentFinder
from .judged_acts import judged_actors

__all__ = ["QuotedSentence", "addressed", "addressees", "attribution", "cue_token", "own_judgement",
           "pronominal", "quoted_clauses", "quoted_sentences", "quoted_speaker", "repeats_judgement", "said_of",
           "speaker_args", "via"]

# the speaker himself, his own side and the one he speaks to: no judged actor of a quotation
_PERSONS = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
                      "you", "your", "yours", "yourself", "yourselves"})
# things that show a judgement ("it underscores that ...", "this proves that ...")
_THINGS = frozenset({"it", "this", "that", "which"})
# the copulas of a framing adjective ("I am convinced that ...")
_COPULAS = frozenset({"be", "remain", "feel"})
# how many sentences back a judgement counts as a restatement of an event of the same root and actors
RESTATED_WITHIN = 2


@dataclass
class QuotedSentence:
    """A sentence with words of direct quotation ``quote``."""

    index: int
    sent: Span
    quote: Quote

    def inside(self, tok: Token) -> bool:
        return self.quote.start <= tok.idx < self.quote.end


def quoted_sentences(cdoc: CodedDocument, sents: list[Span]) -> list[QuotedSentence]:
    """The sentences with words of a direct quotation whose speaker has an actor code (not a
    question: a question mark among the quoted words)."""
    out: list[QuotedSentence] = []
    quotes = [q for q in cdoc.quotes if q.kind == "direct" and q.speaker is not None and q.speaker.code]
    if not quotes:
        return out
    for index, sent in enumerate(sents):
        for q in quotes:
            if q.start < sent.end_char and sent.start_char < q.end:
                qs = QuotedSentence(index, sent, q)
                if not any(t.text == "?" and qs.inside(t) for t in sent):
                    out.append(qs)
                break
    return out


def quoted_clauses(qs: QuotedSentence, frames: frozenset[str], evidence: frozenset[str] = frozenset()) -> list[Token]:
    """The speaker's clauses in a quoted sentence: the verbs of the quoted words whose head lies
    outside them (the root of a sentence wholly quoted, the verb after 'Merkel:', both halves of a
    quote split around its attribution) and the clauses coordinated with them, each through the
    speaker's own frame ("I think ...", see ``own_judgement``). Not a clause that is the complement
    of the reporting verb ('"Y is a disgrace," X said'): the evaluations coder reads it there."""
    out: list[Token] = []
    for tok in qs.sent:
        if tok.pos_ not in ("VERB", "AUX") or not qs.inside(tok):
            continue
        top = tok.head.i == tok.i or not qs.inside(tok.head)
        framed = tok.dep_ in ("ccomp", "parataxis") and tok.head.pos_ in ("VERB", "AUX") and not qs.inside(tok.head)
        joined = tok.dep_ == "conj" and qs.inside(tok.head) and (tok.head.head.i == tok.head.i
                                                                 or not qs.inside(tok.head.head))
        if (top and not framed) or joined:
            out.extend(own_judgement(tok, frames, evidence))
    return out


def own_judgement(clause: Token, frames: frozenset[str], evidence: frozenset[str] = frozenset(),
                  is_speaker: Callable[[Token], bool] | None = None) -> list[Token]:
    """Where the speaker frames his own judgement with one of ``frames`` ("I think he is a liar",
    "we consider she has drawn the wrong conclusion", "I am convinced that Russia lied"), or rests
    it on a thing that shows it with one of ``evidence`` ("it underscores that Trump is unfit", "this
    shows that they lied"), the framed clause; else the clause itself. The speaker is "I" or "we",
    or a subject ``is_speaker`` says stands for him ("Trump said he thinks Comey is a liar")."""
    frame = clause
    if clause.lemma_.lower() in _COPULAS:     # "I am convinced that ...", "she was sure that ..."
        frame = next((c for c in syntax.children(clause, "acomp") if c.lemma_.lower() in frames
                      or c.lower_ in frames), clause)
    subjects = syntax.children(clause, *syntax.SUBJ, *syntax.PASS_SUBJ) or [
        s for aux in syntax.children(clause, "aux", "auxpass") for s in syntax.children(aux, *syntax.SUBJ)]
    lemma = frame.lemma_.lower()
    if not subjects or any(c.dep_ == "neg" for t in {clause, frame} for c in t.children):
        return [clause]
    who = subjects[0]
    mine = (lemma in frames or frame.lower_ in frames) and (
        who.lower_ in ("i", "we") or (is_speaker is not None and is_speaker(who)))
    shown = lemma in evidence and who.lower_ in _THINGS
    if mine or shown:
        return syntax.children(frame, "ccomp") or [clause]
    return [clause]


def speaker_args(cdoc: CodedDocument, quote: Quote, finder: ArgumentFinder) -> list[Arg]:
    """The quotation's speaker as an actor: the mention at the head of its span ("he" resolved by
    the actor stage), else the speaker record itself."""
    sp = quote.speaker
    doc = cdoc.doc
    if sp is None or not sp.code or doc is None:
        return []
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is not None and len(span):
        found = [a for a in finder.actors(span.root, "speaker of the quotation") if a.ref.code == sp.code]
        if found:
            return found[:1]
        token = span.root
    else:
        token = next((t for t in doc if t.idx >= sp.start), doc[-1])
    ref = ActorRef(text=sp.text, start=sp.start, end=sp.end, name=sp.name, code=sp.code,
                   country=sp.code[:3] if len(sp.code) >= 3 else None)
    return [Arg(ref, token, "speaker of the quotation")]


def quoted_speaker(cdoc: CodedDocument, tok: Token, finder: ArgumentFinder) -> list[Arg]:
    """The speaker of the direct quotation ``tok`` stands in (the innermost), when it has a code:
    who "I" and "we" are in '"We are deeply disappointed by the decision," the minister said'."""
    quotes = [q for q in cdoc.quotes if q.kind == "direct" and q.start <= tok.idx < q.end]
    if not quotes:
        return []
    return speaker_args(cdoc, min(quotes, key=lambda q: q.end - q.start), finder)


def cue_token(cdoc: CodedDocument, quote: Quote) -> Token | None:
    """The speech verb of a quotation: the token of its cue word nearest its speaker's name, in the
    speaker's sentence."""
    doc = cdoc.doc
    sp = quote.speaker
    if doc is None or sp is None or not quote.cue:
        return None
    word = quote.cue.lower().split()[0]
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    near = [t for t in span.root.sent if t.lower_ == word]
    return min(near, key=lambda t: abs(t.i - span.root.i)) if near else None


def pronominal(judged: Token) -> bool:
    """The judged is a pronoun ("he", "they", "it") or owned by one ("their behavior", "his remarks"):
    the words beside the verb of saying may name whom it stands for."""
    return judged.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in judged.children)


def said_of(verb: Token, finder: ArgumentFinder, lexicon: EvaluationLexicon) -> list[Arg]:
    """Whom a speech verb says its words of or about, named beside it (``speech.referents`` of
    data/cameo/evaluations.yaml): its own phrase ('"She's a disgrace," X said of Clinton'), a
    participle or clause on it ("said, referring to Comey", "Asked about Assad, X said"), a phrase on
    it ("said in reference to Trump"); the actor judged there, or the owner of the act named there
    ("referring to Russia's decision")."""
    found: list[tuple[Token, str]] = []
    for p in syntax.children(verb, "prep"):
        if p.lower_ in lexicon.referent_preps:
            found += [(o, f"'{p.lower_}' object of '{verb.text}'") for o in syntax.prep_objects(p)]
        for o in syntax.prep_objects(p):
            preps = lexicon.referent_nouns.get(o.lemma_.lower(), frozenset())
            found += [(r, f"object of '{p.text} {o.text} {q.lower_}'") for q in syntax.children(o, "prep")
                      if q.lower_ in preps for r in syntax.prep_objects(q)]
    for clause in syntax.children(verb, "advcl", "xcomp"):
        preps = lexicon.referent_verbs.get(clause.lemma_.lower(), frozenset())
        found += [(r, f"object of '{clause.text} {q.lower_}' on '{verb.text}'") for q in syntax.children(clause, "prep")
                  if q.lower_ in preps for r in syntax.prep_objects(q)]
    return [Arg(a.ref, a.token, f"{how}: {a.how}") for tok, how in found
            for a in judged_actors(tok, finder, lexicon.patient_nouns)]


def addressed(judged: Token) -> str | None:
    """The person the judged phrase is in: "first" for the speaker and his own side ("we", "our
    government"), "second" for the one he speaks to ("you", "your promises"), else None."""
    words = [judged.lower_, *(c.lower_ for c in judged.children if c.dep_ == "poss")]
    found = [w for w in words if w in _PERSONS]
    if not found:
        return None
    return "second" if all(w.startswith("you") for w in found) else "first"


def addressees(verb: Token, finder: ArgumentFinder) -> list[Arg]:
    """Whom the speaker speaks to, named at the verb of saying ("she told him", "said to Putin"):
    the only evidence that makes a quotation's "you" an actor. A named actor only: "told reporters",
    "told supporters" address no one the judgement could be about."""
    heads = [*syntax.children(verb, "dative", *syntax.OBJ),
             *(o for p in syntax.children(verb, "prep") if p.lower_ == "to" for o in syntax.prep_objects(p))]
    return [a for o in heads for a in finder.actors(o, "addressee") if a.ref.name]


def repeats_judgement(ev: Event, earlier: list[Event]) -> bool:
    """An event of the same act by the same source against the same target (a country and its
    actors alike: "Russia's annexation was a mistake. Moscow has violated international law") told
    in the same sentence or up to ``RESTATED_WITHIN`` sentences before (a lead, then the quote of
    the same statement)."""
    for o in earlier:
        if o is ev or o.source is None or o.target is None or not _same_act(o.cameo, ev.cameo):
            continue
        if ev.sentence - RESTATED_WITHIN <= o.sentence <= ev.sentence and o.modality == "asserted" \
                and o.source.code == ev.source.code \
                and _same(o.target.code, ev.target.code):  # type: ignore[union-attr]
            return True
    return False


def _same(a: str | None, b: str | None) -> bool:
    """One actor code, or a country and an actor of it ("RUS" and "RUSGOV": Moscow and Russia's leaders)."""
    if not a or not b:
        return a == b
    return a == b or (a[:3] == b[:3] and min(len(a), len(b)) == 3)


def _same_act(a: str, b: str) -> bool:
    """Two codes of one judgement: criticisms and accusations alike (root 11), else one 3-digit code
    (praise 051 is not the campaigning 053 told before it)."""
    return a[:2] == b[:2] if a[:2] == "11" else a[:3] == b[:3]


def attribution(verb: Token, cdoc: CodedDocument, source: ActorRef, quotes: QuoteLexicon,
                attributing_groups: frozenset[str]) -> Attribution | None:
    """The judgement is the speaker's act, asserted by the text; it is reported by someone else
    only when the reporting verb stands inside another speaker's claim ("Reuters reported that
    X called Y a liar"), not inside the object of a stance ("denounced what X called ...")."""
    pos = verb.idx
    best = None
    for q in cdoc.quotes:
        if q.start <= pos < q.end and (best is None or q.end - q.start < best.end - best.start):
            best = q
    if best is not None and best.cue:
        words = best.cue.lower().split()
        lemma = _cue_lemma(verb.doc, words[0], best) if words else None
        entry = quotes.verb(lemma, set(words[1:])) if lemma else None
        if entry is not None and entry.group not in attributing_groups:
            return None
    if best is None or best.speaker is None or best.speaker.start == source.start \
            or (best.speaker.code is not None and best.speaker.code == source.code):
        return None
    sp = best.speaker
    return Attribution(speaker=Speaker(sp.text, sp.start, sp.end, sp.name, sp.code), via=best.via)


def via(cdoc: CodedDocument, pos: int, source: ActorRef) -> Attribution | None:
    """"Reuters reported that X called Y a liar": the speaker's own quote came through a channel."""
    for q in cdoc.quotes:
        if q.via and q.start <= pos < q.end and q.speaker is not None and q.speaker.code == source.code:
            return Attribution(speaker=None, via=q.via)
    return None


def _cue_lemma(doc: Doc, word: str, quote: Quote) -> str | None:
    """The lemma of the quote's cue word: the token of that form closest to the quote."""
    near = [t for t in doc if t.lower_ == word]
    if not near:
        return None
    return min(near, key=lambda t: min(abs(t.idx - quote.start), abs(t.idx - quote.end))).lemma_.lower()
