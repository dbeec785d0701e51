"""Verb cues: a reporting verb (or any verb with a subject and a that-clause) with its speaker,
attribution clause, channel and content; questions and the boilerplate of anonymity report nothing."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Token

from .boundaries import after_leading_time, before_closing_participle, before_contrast, trim
from .channels import carrier_of_speaker, channel_of_cue, outlet_in, platform_of_speaker
from .closing_glosses import before_according, before_channel_phrase, before_claim_gloss
from .clauses import before_semicolon_clause, with_alternative, with_modal_conjunct
from .comment_requests import unanswered_request
from .complements import complement
from .cue import Cue, not_speaker
from .headline_forms import in_unstopped_line, said_noun_phrase
from .idioms import reports_nothing
from .lexicon import QuoteLexicon, VerbEntry
from .next_reports import before_next_report
from .object_controllers import quoting_frame
from .parenthetical import is_as_put_it, parenthetical
from .speakers import SpeakerMention, speaker_span
from .subjects import speaker_phrase_end, subject_of
from .verb_phrase import for_clause, particles_of

# children of a reporting verb that belong to the attribution clause ("he also told TASS on Monday")
CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "dobj", "dative", "iobj", "npadvmod", "advmod",
                         "aux", "auxpass", "neg", "prt", "prep", "punct", "tmod", "attr"})
_SENTENCE_STOP = re.compile(r"[.!?\n]")
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


def verb_cue(tok: Token, lexicon: QuoteLexicon, quoted: Sequence[bool], blocked: Sequence[bool],
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
    speaker = _speaker(tok, subj, forbidden)
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
    cue.content = complement(tok, entry, cue.clause, quoted, lexicon) or unanswered_request(tok, lexicon)
    if cue.content is not None and speaker is not None and _read_as_object(tok, subj) \
            and speaker.start <= cue.content[0] and cue.content[1] <= speaker.end:
        cue.content = None                 # '"...," vowed the rebels': the object the parser saw is who spoke
    if cue.content is None and entry.group == "speech" and in_unstopped_line(tok, doc_text):
        cue.content = said_noun_phrase(tok)   # headline "Kremlin says no plans for talks"
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
    phrase_via = None
    if cue.content is not None and cue.content[0] > tok.i and not quoted[cue.content[0]]:
        cue.content, phrase_via = before_channel_phrase(tok.doc, cue.content, lexicon)
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
    said = cue.content if cue.content is not None and cue.content[0] > tok.i else (0, 0)
    cue.via = channel_of_cue(tok, lexicon, skip=lambda i: blocked[i] and not quoted[i]
                             or said[0] <= i < said[1]) or phrase_via   # "criticised the media for ...": no channel
    framed = quoting_frame(tok, lexicon)
    if framed is not None and not blocked[framed[1].i]:   # "Interfax quoted Peskov as saying": the outlet is the channel
        reporter = next((c for c in framed[0].children if c.dep_ == "nsubj" and not blocked[c.i]), None)
        if reporter is not None:
            cue.clause |= {i for i in range(reporter.left_edge.i, tok.i) if not quoted[i]}
            cue.via = cue.via or outlet_in(tok.doc[reporter.left_edge.i:reporter.right_edge.i + 1], lexicon)
    if speaker is not None:
        cue.media_speaker = outlet_in(tok.doc[speaker.start:speaker.end], lexicon) \
            or carrier_of_speaker(tok.doc[speaker.start:speaker.end], lexicon)   # "a statement carried by KCNA"
        cue.via = cue.via or platform_of_speaker(tok.doc[speaker.start:speaker.end], lexicon)   # "a post on X said"
    if cue.speaker is None and cue.content is None:
        return None
    return cue


def _speaker(verb: Token, subj: Token | None, forbidden: Callable[[int], bool]) -> SpeakerMention | None:
    """The speaker the verb's subject names; one the parser read as the verb's object takes the "of"/"for"
    phrase it hung from the verb ('"...," added the spokesman for the ministry')."""
    if subj is None:
        return None
    speaker = speaker_span(subj, forbidden)
    end = speaker_phrase_end(subj)
    if _read_as_object(verb, subj) and end > speaker.end and not any(forbidden(i) for i in range(speaker.end, end)):
        return SpeakerMention(speaker.start, end, speaker.head)
    return speaker


def _read_as_object(verb: Token, subj: Token | None) -> bool:
    """Is the speaker a noun phrase after the verb that the parser took for its object ('"...," added the
    spokesman')?"""
    return subj is not None and subj.head.i == verb.i and subj.i > verb.i and subj.dep_ in ("dobj", "attr")


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
