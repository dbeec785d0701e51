"""Cues: reporting verbs and "according to" phrases in the parse, with their speaker, the
tokens of their attribution clause and (for indirect speech) their complement."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from .boundaries import (after_leading_time, before_according, before_open_bracket, before_claim_gloss, before_closing_participle, before_contrast, before_occasion, before_dash_gloss, before_next_report, count_words,
                         past_false_break, to_sentence_end, trim, without_aside, without_trailing_participle)
from .channels import channel_of_cue, outlet_in
from .clauses import (before_semicolon_clause, clause_under_addressee, clause_under_prep, open_question, unmarked_clause,
                      with_alternative, with_modal_conjunct)
from .colon_cues import colon_cue
from .cue import Cue, not_speaker
from .force import is_armed_act
from .idioms import reports_nothing
from .lexicon import QuoteLexicon, VerbEntry
from .misplaced_clauses import (clause_hung_outside, clause_under_aside, clause_under_time_clause, relative_start_of, said_of_relative_head,
                                that_clause_in_time_clause)
from .noun_cues import (according_cue, hearsay_cue, impersonal_cue, made_clear_cue, noun_cue, predicate_cue, received_cue,
                        source_cue, topic_cue)
from .objects import object_span, said_object
from .parenthetical import is_as_put_it, parenthetical, relative_start
from .speakers import SpeakerMention, agent_phrase, misplaced_charge, quoting_frame, speaker_span, subject_of
from .titles import clauses_under_titles
from .verb_phrase import first_word, for_clause, particles_of

# children of a reporting verb that belong to the attribution clause ("he also told TASS on Monday")
CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "dobj", "dative", "iobj", "npadvmod", "advmod",
                         "aux", "auxpass", "neg", "prt", "prep", "punct", "tmod", "attr"})
_INVERTED_DEPS = frozenset({"parataxis", "ccomp", "advcl"})
_BAD_VERB_DEPS = frozenset({"amod", "compound", "nmod"})
_CLAUSE_OPENERS = frozenset({"that"})   # an advcl the parser took for a that-clause
_SENTENCE_STOP = re.compile(r"[.!?\n]")


def find_cues(doc: Doc, lexicon: QuoteLexicon, quoted: Sequence[bool],
              no_speaker: Sequence[bool] | None = None, text: str | None = None) -> list[Cue]:
    """Every cue outside quotation marks, in document order. ``no_speaker`` marks tokens that can
    never be part of a speaker (quoted text, datelines); default: the quoted tokens. ``text`` is
    ``doc.text`` when the caller has it already (spaCy builds it anew on each access)."""
    blocked = no_speaker if no_speaker is not None else quoted
    cues: list[Cue] = []
    text = doc.text if text is None else text
    phrase_nouns = lexicon.source_nouns | lexicon.statement_nouns
    for tok in doc:
        if quoted[tok.i]:
            continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            cue = according_cue(tok, lexicon, quoted, blocked)
        elif tok.dep_ in ("dobj", "conj", "pobj") and lexicon.judgement_nouns & {tok.lower_, tok.lemma_.lower()} \
                and (cue := received_cue(tok, lexicon, blocked)) is not None:
            pass                           # "faced criticism from X" ("scorn" may be tagged a verb)
        elif tok.dep_ == "pobj" and tok.lemma_.lower() in phrase_nouns \
                and (cue := source_cue(tok, lexicon, blocked)) is not None:
            pass                           # "In the latest poll, Clinton leads ..."
        elif tok.tag_.startswith("VB") and (tok.dep_ not in _BAD_VERB_DEPS or _said_name(tok)) \
                or _verb_read_as_noun(tok, lexicon):
            cue = _verb_cue(tok, lexicon, quoted, blocked, text)
            if cue is None and tok.lemma_ == "make":
                cue = made_clear_cue(tok, lexicon, blocked)
            if cue is None and (tok.lemma_ == "be" or tok.lemma_.lower() in lexicon.impersonal_verbs):
                cue = impersonal_cue(tok, lexicon, blocked)   # "it appeared that ...", "it is clear that ..."
            if cue is None and tok.lemma_.lower() in lexicon.stance_predicates:
                cue = predicate_cue(tok, lexicon, blocked)   # "were coy about" parsed as a passive
        elif tok.lower_ in lexicon.hearsay_adverbs:
            cue = hearsay_cue(tok, lexicon)   # "he allegedly brandished a pistol"
        elif tok.dep_ in ("acomp", "attr", "oprd") and tok.lemma_.lower() in lexicon.stance_predicates:
            cue = predicate_cue(tok, lexicon, blocked)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.nouns:
            cue = noun_cue(tok, lexicon, blocked) or topic_cue(tok, lexicon, blocked)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.topic_nouns:
            cue = topic_cue(tok, lexicon, blocked)
        else:
            cue = None
        if cue is None and tok.pos_ == "NOUN" and (tok.lemma_.lower() in lexicon.colon_nouns or tok.dep_ == "pobj"
                                                   and tok.lemma_.lower() in lexicon.statement_nouns):
            cue = colon_cue(tok, lexicon, blocked)   # "His reply was short: he would not resign."
        if cue is not None and is_armed_act(doc[cue.token], lexicon):
            cue = None                     # "attacked the embassy", "attacks on the homeland": no stance
        if cue is not None:
            if cue.content is not None and (cue.noun or cue.entry is None):
                cue.content = before_contrast(doc, cue.content)   # verb cues cut theirs in _verb_cue
            if cue.content is not None and cue.content[0] > cue.token and not quoted[cue.content[0]] \
                    and not cue.noun and cue.entry is not None:   # "declined to name them during a speech"
                cue.content = before_occasion(doc, cue.content, infinitive=cue.entry.lemma in lexicon.refusal_verbs)
            if cue.content is not None:
                cue.content = before_open_bracket(doc, text, cue.content)
            cues.append(cue)
    by_token = {cue.token: cue for cue in cues}
    cues = [c for c in cues if not c.in_statement or c.content is None   # "In a speech, Clinton laid out ..."
            or not any(other.token in by_token and c.content[0] <= other.token < c.content[1] for other in cues)]
    for cue in cues:
        nxt = by_token.get(cue.hands_on) if cue.hands_on is not None else None
        if nxt is not None and cue.speaker is not None:
            nxt.speaker = replace(cue.speaker)      # the same words: a relative "who" stays "who"
            nxt.media_speaker = cue.media_speaker
    return cues


_THAT_CLAUSE = VerbEntry("*", None, "that-clause", False, ("clause",))
_AS_PUT_IT = VerbEntry("put", None, "as-put-it", True, ("clause",))


def _that_clause_entry(tok: Token, lexicon: QuoteLexicon) -> VerbEntry | None:
    """Any verb with a subject and a that-clause reports a claim ("Republicans insisted that ...")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.pos_ != "VERB" or subj is None or subj.lower_ in lexicon.no_holder_words:
        return None                        # "That means that ...", "It goes without saying that ..."
    for child in tok.children:
        if child.dep_ == "ccomp" and child.i > tok.i and child.left_edge.lower_ == "that" \
                and child.left_edge.dep_ == "mark":
            return _THAT_CLAUSE
    return None


def _anonymity(verb: Token, lexicon: QuoteLexicon) -> bool:
    """The boilerplate of unnamed sources: a reporting verb in the infinitive of a permission verb
    ("was not authorized to discuss the talks", "are not allowed to speak about it"), asking
    not to be named ("asked not to be identified"), refusing to be named ("declined to be named") or
    not wanting to be ("did not want to be identified")."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon.permission_verbs:
        return True
    unnamed = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.unnamed_verbs
                    and any(a.dep_ == "auxpass" for a in c.children)), None)
    return unnamed is not None and (any(n.dep_ == "neg" for n in unnamed.children)
                                    or verb.lemma_.lower() in lexicon.refusal_verbs
                                    or any(n.dep_ == "neg" for n in verb.children))


def _verb_read_as_noun(tok: Token, lexicon: QuoteLexicon) -> bool:
    """ "Trump admits he paid no taxes" tagged as a plural noun with a subject and a clause of its
    own: the parse says a verb in "-s" the tagger took for a noun."""
    return tok.tag_ == "NNS" and tok.dep_ in ("ROOT", "ccomp", "conj") and tok.lemma_.lower() in lexicon.verbs \
        and any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children)


def _said_name(tok: Token) -> bool:
    """ "Said Ellis: ..." -- a sentence-initial verb the parser took for part of the name."""
    return tok.dep_ == "compound" and tok.is_sent_start and tok.head.pos_ == "PROPN" and tok.head.i > tok.i


def _asked(verb: Token, text: str) -> bool:
    """ "Would you really call the two plans the same?", "Did he say that ...?": a yes/no question
    about a report or a view (it opens with the auxiliary, ends with a question mark) attributes
    nothing."""
    stop = _SENTENCE_STOP.search(text, verb.idx)
    if stop is None or stop.group() != "?":
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and subj is not None and c.i < subj.i), None)
    # only a yes/no question: "How do you know ...?" asks what one knows
    return aux is not None and not any(t.is_alpha and t.tag_ not in ("CC", "UH") for t in verb.doc[verb.sent.start:aux.i])


def _verb_cue(tok: Token, lexicon: QuoteLexicon, quoted: Sequence[bool], blocked: Sequence[bool],
              text: str) -> Cue | None:
    lemma = lexicon.lemma(tok.text, tok.lemma_)
    particles = particles_of(tok, lexicon) if lemma in lexicon.verbs else set()
    if tok.head.lemma_.lower() == "let" and tok.head.i != tok.i:
        return None                        # "Let's say you think ...": a supposition, not a report
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return None                        # "It goes without saying that ...", "left without mentioning X"
    if tok.tag_ == "VBG" and (tok.head.lower_ == "worth" or tok.lower_ in lexicon.supposing_words and tok.dep_ == "advcl"
                              and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
        return None                        # "It is worth noting that ...", "Assuming that the plan is legal, ..."
    entry = lexicon.verb(lemma, particles)
    if entry is not None and entry.particle is None and particles & lexicon.away_particles:
        entry = None                       # "back down", "call off", "write off": another verb
    if entry is None:
        entry = _that_clause_entry(tok, lexicon)
    if entry is None and is_as_put_it(tok):
        entry = _AS_PUT_IT
    if entry is None or _asked(tok, text) or _anonymity(tok, lexicon) or reports_nothing(tok, entry.group, lexicon):
        return None                        # _anonymity: "not authorized to discuss the talks", "asked not to be named"
    doc_text = text
    forbidden = not_speaker(tok, blocked)
    subj = subject_of(tok, lexicon, forbidden)
    speaker = speaker_span(subj, forbidden) if subj is not None else None
    if subj is not None and "object" not in entry.complements and subj.lemma_.lower() in lexicon.evidence_nouns:
        entry = VerbEntry(entry.lemma, entry.particle, entry.group, entry.direct, entry.complements + ("object",))
    text = tok.text
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and not tok.doc[tok.i - 1].whitespace_ \
            and not tok.doc[tok.i - 2].whitespace_:
        text = tok.doc[tok.i - 2:tok.i + 1].text   # "pooh-poohed"
    if entry.particle:
        part = next((c for c in tok.children if c.lower_ == entry.particle and c.dep_ in ("prt", "prep", "advmod")), None)
        if part is None and entry.particle == "for" and (clause := for_clause(tok)) is not None:
            part = clause.left_edge        # "called for all sides to ...": the "for" opens the clause
        if part is not None and part.i == tok.i + 1:
            text = tok.doc[tok.i:part.i + 1].text
    cue = Cue(token=tok.i, text=text, entry=entry, speaker=speaker)
    cue.clause = _clause_tokens(tok, speaker)
    cue.content = _complement(tok, entry, cue.clause, quoted, lexicon)
    if cue.content is not None and cue.content[0] > tok.i:
        cue.content = after_leading_time(tok, with_alternative(tok, with_modal_conjunct(tok, cue.content, lexicon)))
    if cue.content is not None:
        cue.content, cue.hands_on = before_next_report(tok, cue.content, lexicon)
    if cue.content is not None:
        cue.content = before_contrast(tok.doc, cue.content)
    if cue.content is not None and cue.content[0] > tok.i:
        cue.content = before_semicolon_clause(tok.doc, cue.content)
    if cue.content is not None:
        cue.content = before_claim_gloss(tok.doc, doc_text, cue.content, lexicon.nouns | lexicon.gloss_nouns)
    if cue.content is not None and cue.content[0] > tok.i:
        cue.content = before_according(tok.doc, doc_text, cue.content)
    if cue.content is not None and cue.content[0] > tok.i and not quoted[cue.content[0]]:
        cue.content = before_closing_participle(tok.doc, cue.content)
    # "as he talks to X about Boeing" has its object in the preposition: no "as he said"
    with_object = entry.particle is not None and any(c.dep_ == "prep" and c.lower_ == entry.particle for c in tok.children)
    aside = parenthetical(tok, quoted) if "clause" in entry.complements and not with_object else None
    if aside is not None and (cue.content is None or aside.as_clause and aside.content[0] <= cue.content[0]
                              and cue.content[1] <= aside.content[1]):
        content = trim(tok.doc, *aside.content)
        if content is not None:
            cue.content = content
            if speaker is None or speaker.head not in aside.clause:
                cue.speaker = speaker = aside.speaker
            cue.clause |= aside.clause
    cue.via = channel_of_cue(tok, lexicon, skip=lambda i: blocked[i] and not quoted[i])
    framed = quoting_frame(tok, lexicon)
    if framed is not None and not blocked[framed[1].i]:   # "Interfax quoted Peskov as saying": the outlet is the channel
        reporter = next((c for c in framed[0].children if c.dep_ == "nsubj" and not blocked[c.i]), None)
        if reporter is not None:
            cue.clause |= {i for i in range(reporter.left_edge.i, tok.i) if not quoted[i]}
            cue.via = cue.via or outlet_in(tok.doc[reporter.left_edge.i:reporter.right_edge.i + 1], lexicon)
    if speaker is not None:
        cue.media_speaker = outlet_in(tok.doc[speaker.start:speaker.end], lexicon)
    if cue.speaker is None and cue.content is None:
        return None
    return cue


def _addressee_before_particle(verb: Token, entry: VerbEntry, obj: Token) -> bool:
    """ "warned both sides against any escalation": the object between a phrasal verb and its particle
    is whom the words were addressed to; what was said is the particle's object."""
    return entry.particle is not None and any(c.dep_ == "prep" and c.lower_ == entry.particle and c.i > obj.i
                                              for c in verb.children)


def _clause_tokens(verb: Token, speaker: SpeakerMention | None) -> set[int]:
    """The verb, its auxiliaries, adverbs, addressee, prepositional phrases and subject."""
    out = {verb.i}
    for child in verb.children:
        if child.dep_ == "punct":
            out.add(child.i)               # a mis-parse can hang words under a comma
        elif child.dep_ in CLAUSE_DEPS or (child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > verb.i):
            out.update(range(child.left_edge.i, child.right_edge.i + 1))
    if speaker is not None:
        out.update(range(speaker.start, speaker.end))
    return out


def _complement(verb: Token, entry: VerbEntry, clause: set[int], quoted: Sequence[bool],
                lexicon: QuoteLexicon) -> tuple[int, int] | None:
    """Token span of what the verb reports: its that-clause, infinitive or object; for a
    trailing "..., officials said" attached to the reported clause, that clause."""
    doc = verb.doc
    best: tuple[int, int] | None = None
    is_object = False
    clauses: list[tuple[int, int]] = []
    for child in verb.children:
        span = None
        if (child.dep_ == "ccomp" or child.dep_ == "advcl" and child.i > verb.i and (
                child.left_edge.lower_ in _CLAUSE_OPENERS or unmarked_clause(child) or open_question(verb, child))) \
                and "clause" in entry.complements \
                and not _semicolon_between(doc, child, verb):   # a that-clause the parser hung as an adverbial
            if said_of_relative_head(verb, child):   # "Everything the minister says is a lie"
                return trim(doc, verb.head.left_edge.i, verb.head.i + 1, min_words=1)
            span = that_clause_in_time_clause(child) if child.dep_ == "ccomp" else None   # "said when X that Y"
            span = span or (relative_start_of(verb, child), without_trailing_participle(child))
            if child.i > verb.i:
                clauses.append(span)
        elif (child.dep_ == "xcomp" or child.dep_ == "advcl" and _to_infinitive(child) and any(
                c.dep_ in ("dobj", "dative") and c.i < child.i for c in verb.children)) \
                and ("infinitive" in entry.complements or _raised(verb, child, lexicon)) and child.i > verb.i:   # "tells his supporters ... to go"
            # "urged supporters to monitor ...": the addressee belongs to what is urged
            obj = next((c for c in verb.children if verb.i < c.i < child.i and (
                c.dep_ in ("dobj", "dative") or c.dep_ == "prep" and c.lower_ == entry.particle)), None)
            if obj is None and not any(c.dep_ == "agent" for c in verb.children):
                # "About one in nine voters is expected to be Latino": the expectation has no holder
                obj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
            if obj is not None and obj.dep_ == "prep":   # "called on Congress to act": Congress, not "on"
                obj = next((c for c in obj.children if c.dep_ == "pobj"), obj)
            span = (obj.left_edge.i if obj is not None else child.left_edge.i, child.right_edge.i + 1)
        elif child.dep_ == "xcomp" and child.tag_ == "VBG" and child.i > verb.i and "object" in entry.complements \
                and child.left_edge.i == child.i:   # "admitted using the tax code", "denied taking money"
            span = (child.i, child.right_edge.i + 1)
        elif child.dep_ == "oprd" and child.i > verb.i and "predicate" in entry.complements and not any(
                c.dep_ in ("dobj", "oprd") and verb.i < c.i < child.i for c in verb.children) and sum(
                c.dep_ == "oprd" for c in verb.children) > 1:   # "called Trump a liar" with Trump as oprd
            last = max(c.right_edge.i for c in verb.children if c.dep_ == "oprd")
            span = (child.left_edge.i, last + 1)
        elif child.dep_ == "dobj" and child.i > verb.i and (
                "object" in entry.complements or "predicate" in entry.complements) \
                and not _addressee_before_particle(verb, entry, child):
            span = object_span(verb, child, need_predicate="object" not in entry.complements)
        elif child.dep_ == "dobj" and child.i < verb.i and child.tag_ in ("WDT", "WP") and "predicate" in entry.complements \
                and any(c.dep_ == "oprd" and c.i > verb.i for c in verb.children):
            last = max(c.right_edge.i for c in verb.children if c.dep_ == "oprd")
            span = (child.i, last + 1)    # "what rebels called a hospital", "which the president called a disgrace"
        elif child.dep_ == "dobj" and child.i < verb.i and verb.dep_ == "relcl" and child.tag_ in ("WDT", "WP") \
                and child.lower_ != "what" and "object" in entry.complements:
            span = "clause" in entry.complements and clause_hung_outside(verb) \
                or (child.i, verb.right_edge.i + 1)   # "the annexation, which RT pointed to as X": from the relative
        elif entry.particle == "for" and "object" in entry.complements and child.dep_ in ("advcl", "ccomp") \
                and child.left_edge.lower_ == "for" and child == for_clause(verb):
            span = (child.left_edge.i + 1, child.right_edge.i + 1)   # "called for all sides to respect the truce"
        elif child.dep_ == "prep" and entry.particle == child.lower_ and "object" in entry.complements:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)   # "called for reducing"
            span = (obj.left_edge.i, obj.right_edge.i + 1) if obj is not None else None
        elif child.dep_ == "nsubjpass" and child.i < verb.i and _judged_in_passive(verb, entry, lexicon):
            span = (child.left_edge.i, _without_closing_agent(verb, without_trailing_participle(verb)))
        elif child.dep_ == "nsubjpass" and "object" in entry.complements and child.i < verb.i \
                and any(c.dep_ == "agent" for c in verb.children):
            span = (child.left_edge.i, child.right_edge.i + 1)   # "Trump was endorsed by ..."
        elif child.dep_ == "prep" and "clause" in entry.complements:
            span = clause_under_prep(child)        # "said in a statement that ..." parsed under the noun
        if span is None and child.dep_ in ("dobj", "dative") and child.i > verb.i and "clause" in entry.complements \
                and not _addressee_before_particle(verb, entry, child):
            span = clause_under_addressee(child, entry.group == "directive")   # "told a meeting of leaders that ..." parsed as relative
        if span is not None and (best is None or _better(span, best, verb.i)):
            best = span
            is_object = child.dep_ in ("dobj", "nsubjpass") or child.dep_ == "prep" and entry.particle == child.lower_
    if (best is None or quoted[best[0]]) and "clause" in entry.complements:
        for sub in clauses_under_titles(verb, quoted):   # 'said on NBC's "Meet the Press" that ...'
            best, is_object = (sub.left_edge.i, without_trailing_participle(sub)), False
            clauses.append(best)
            break
    if best is None and "clause" in entry.complements:
        best = clause_hung_outside(verb) or clause_under_time_clause(verb) or clause_under_aside(verb)   # "said after the vote ended that ..."
    head = verb.head
    if best is None and verb.dep_ == "relcl" and head.i < verb.i and head.lemma_.lower() in lexicon.nouns \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") or c.tag_ in ("WDT", "WP") for c in verb.children):
        return trim(doc, head.left_edge.i, head.i + 1, min_words=1)   # "an allegation Moscow has denied"
    if "clause" in entry.complements and (best is None or doc[best[0]].tag_ == "WRB"):
        said = said_object(verb, entry, lexicon)   # "what Wahl said when she resigned": not the "when"
        if said is not None:
            return said
    if best in clauses and len(clauses) > 1:
        best = _joined_clauses(doc, clauses, best)
    if best is not None:
        sent = verb.sent
        if best[1] <= verb.i and _quoted_tail(verb, quoted):
            return trim(doc, sent.start, sent.end)   # '"...," Jordan said, and still "..."'
        gloss = next((c for c in verb.children if c.dep_ == "dobj" and best[1] <= c.left_edge.i and c.i < verb.i
                      and doc[c.left_edge.i - 1].text == ","), None) if best[1] <= verb.i else None
        if gloss is not None:              # "Democrats argue that ..., a charge the White House denies"
            return trim(doc, gloss.left_edge.i, gloss.i + 1, min_words=1)
        if best[1] <= verb.i and not count_words(doc, verb.right_edge.i + 1, sent.end):
            # trailing attribution: everything before it ("A, B and C, the government said.")
            first = min((i for i in clause if not doc[i].is_punct), default=verb.i)
            if first >= best[1] and not any(quoted[i] for i in range(sent.start, first)):
                best = (min(best[0], sent.start), first)
        if is_object:
            best = (best[0], without_aside(doc, *best, kinds=("relcl",)))
            best = (best[0], before_dash_gloss(doc, *best))
        if best[0] > verb.i or is_object:
            best = (best[0], without_aside(doc, *best, kinds=("appos",), named=True))   # "Trump, the presumed favorite"
        one = doc[best[0]]
        named_object = best[1] - best[0] == 1 and one.dep_ in ("dobj", "pobj") and (
            one.pos_ in ("PROPN", "PRON") or one.dep_ == "dobj" and _bare_noun(one, lexicon))
        if best[0] > verb.i:
            best = (best[0], to_sentence_end(doc, past_false_break(doc, best[1]), lexicon,
                                              own=verb if is_object else None,
                                              finite=not is_object and doc[best[0]].lower_ != "to"))
        return trim(doc, *best, min_words=1 if named_object else 2)   # "attacked Machado", "cited it"
    if entry.direct and "clause" in entry.complements and verb.dep_ == "ROOT":
        sent = verb.sent
        first = min((i for i in clause if not doc[i].is_punct), default=verb.i)
        if first > sent.start + 1 and doc[first - 1].text == "," and not count_words(doc, verb.right_edge.i + 1, sent.end) \
                and not any(quoted[i] for i in range(sent.start, first)) and not _own_adverbial(verb, sent.start, first - 1):
            return trim(doc, sent.start, first - 1)    # "People like Scott, he said." with "People" left hanging
    head = verb.head
    subordinate = any(c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" and c.i < verb.i
                      for c in verb.children)     # ", though it declined", ", as expected", "when he wrote"
    participle = verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if subordinate and "clause" in entry.complements and _hung_from_own_clause(verb):
        return trim(doc, verb.right_edge.i + 1, head.right_edge.i + 1)
    if verb.dep_ in _INVERTED_DEPS and head.i != verb.i and "clause" in entry.complements and entry.direct \
            and not subordinate and not participle:    # "met Putin, summing up the talks": no "X, he said"
        first = min((t.i for t in verb.subtree if not t.is_punct), default=verb.i)
        before = doc[first - 1] if first > 0 else None
        if verb.i > head.i and before is not None and before.text in (",", "”", '"', "''", "—", "–"):
            lo, hi = head.left_edge.i, verb.left_edge.i
            sent = verb.sent
            if count_words(doc, verb.right_edge.i + 1, sent.end) or _quoted_tail(verb, quoted):
                return trim(doc, relative_start(doc, first_word(verb) - 1, sent.start), sent.end)   # "Most were students, she said, and ..."
            lo = sent.start                # "..., but the board rejected that plan, the official added."
            return trim(doc, lo, hi) if hi > lo else None
        if verb.i < head.i and verb.left_edge.i > verb.sent.start:
            # "The economy, he said, is weak": the sentence around the clause
            return trim(doc, relative_start(doc, first_word(verb) - 1, verb.sent.start), verb.sent.end)
    return None


_OBJECT_GOES_ON = frozenset({"to", "of", "for", "about", "on", "with", "that"})


def _bare_noun(obj: Token, lexicon: QuoteLexicon) -> bool:
    """A one-word object that says what was urged or vowed ("urged calm", "vow consequences", "did not
    suggest retaliation"); not a quantity ("proposed little") nor one whose phrase the parser cut
    off ("offers loans to parents", "announced plans to give ...")."""
    doc = obj.doc
    nxt = doc[obj.i + 1] if obj.i + 1 < len(doc) else None
    return obj.pos_ in ("NOUN", "ADJ") and obj.is_alpha and len(obj) > 3 and obj.lower_ not in lexicon.quantity_words \
        and (nxt is None or nxt.lower_ not in _OBJECT_GOES_ON)


def _semicolon_between(doc: Doc, clause: Token, verb: Token) -> bool:
    """ "The timing was not intentional; aides only learned of it on Friday": a clause before the verb,
    closed by a semicolon, is a sentence of its own, not what the verb reports."""
    return clause.i < verb.i and any(doc[i].text == ";" for i in range(clause.right_edge.i + 1, verb.i))


def _hung_from_own_clause(verb: Token) -> bool:
    """ "While he admitted money was one reason ..., the mayor noted ...": the parser hung a
    subordinate reporting verb as an adverbial of the clause it reports, and that clause as the
    complement of the main verb; the clause's subject follows the verb with nothing between."""
    head = verb.head
    if verb.dep_ != "advcl" or not verb.i < head.i or head.dep_ not in ("ccomp", "conj") or head.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and verb.i < c.i < head.i), None)
    return subj is not None and subj.left_edge.i == verb.right_edge.i + 1 and not verb.doc[verb.right_edge.i].is_punct


def _raised(verb: Token, child: Token, lexicon: QuoteLexicon) -> bool:
    """ "The minister is said to have resigned", "are believed to be hiding": a passive verb of saying
    or thinking with a to-infinitive reports its subject with that infinitive."""
    return verb.lemma_.lower() in lexicon.raising_verbs and child.dep_ == "xcomp" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) \
        and any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "nsubjpass" for c in verb.children)


def _own_adverbial(verb: Token, start: int, end: int) -> bool:
    """The tokens [start, end) are an adverbial clause of the verb itself ("Asked whether he would
    resign, the minister said no."), not words it reports."""
    return any(c.dep_ == "advcl" and c.left_edge.i == start and c.right_edge.i + 1 == end for c in verb.children)


def _judged_in_passive(verb: Token, entry: VerbEntry, lexicon: QuoteLexicon) -> bool:
    """A passive verb of judging ("has been harshly criticized for ...", "was called a charlatan by
    ..."); a naming verb only with its predicate ("was called to testify" names nothing)."""
    if entry.lemma not in lexicon.passive_judgements or entry.particle is not None \
            or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return "predicate" not in entry.complements or "object" in entry.complements or any(
        c.dep_ in ("oprd", "attr", "xcomp", "dobj") and c.pos_ in ("NOUN", "PROPN", "ADJ") or c.dep_ == "prep" and c.lower_ == "as"
        for c in verb.children if c.i > verb.i)   # the parser takes "were branded terrorists" for an object


def _without_closing_agent(verb: Token, end: int) -> int:
    """ "was called a charlatan by fellow physicians": the "by" phrase closing the content is its speaker."""
    doc = verb.doc
    while end > verb.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    agent = agent_phrase(verb)
    if agent is None or agent.right_edge.i + 1 != end:
        return end
    obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    return end if obj is not None and misplaced_charge(obj) is not None else agent.i   # "by X of doing Y"


def _joined_clauses(doc: Doc, clauses: list[tuple[int, int]], best: tuple[int, int]) -> tuple[int, int]:
    """One that-clause the parser split into several ("said Trump has respect for the military |
    and his comment was instead ..."): clauses after the verb that touch each other, with at
    most punctuation or a conjunction between them, are one content."""
    spans = sorted(clauses)
    groups = [list(spans[0])]
    for a, b in spans[1:]:
        last = groups[-1]
        if a <= last[1] or all(doc[i].is_punct or doc[i].dep_ == "cc" for i in range(last[1], a)):
            last[1] = max(last[1], b)
        else:
            groups.append([a, b])
    return next(((a, b) for a, b in groups if a <= best[0] and best[1] <= b), best)


def _to_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _better(span: tuple[int, int], best: tuple[int, int], verb: int) -> bool:
    """A complement after the verb beats one before it ("Fireworks on Friday: Republicans said
    they ..."); otherwise the longer one wins."""
    if (span[0] > verb) != (best[0] > verb):
        return span[0] > verb
    return span[1] - span[0] > best[1] - best[0]


def _quoted_tail(verb: Token, quoted: Sequence[bool]) -> bool:
    """The reporting verb goes on with more quoted words: 'Jordan said, and still "got to ..."'."""
    for child in verb.children:
        if child.dep_ == "conj" and child.i > verb.i and any(quoted[t.i] for t in child.subtree):
            return True
    return False
