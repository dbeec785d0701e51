"""Cues other than reporting verbs: reporting nouns ("Trump's claim that ..."), topic nouns
("attacks on X"), stance predicates ("is critical of X"), "made it clear that ..." and
"according to X"."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .boundaries import count_words, trim, without_aside
from .channels import carrier_of_speaker, outlet_in, platform_of_speaker
from .cue import Cue, not_speaker
from .lexicon import QuoteLexicon, VerbEntry
from .misparsed_subjects import name_read_as_root
from .parenthetical import relative_start
from .predicates import stance_predicate
from .source_asides import past_citing_aside, past_source_relative
from .speakers import speaker_span
from .subjects import subject_of


_MADE_CLEAR = VerbEntry("make", None, "made-clear", True, ("clause",))


def made_clear_cue(tok: Token, lexicon: QuoteLexicon, blocked: Sequence[bool]) -> Cue | None:
    """ "Ham made it clear he had misgivings", "has made plain that it will veto the bill": the
    clause under the adjective is the content, the subject of "make" the speaker."""
    adj = next((c for c in tok.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.i > tok.i
                and c.lower_ in lexicon.made_adjectives), None)
    clause = next((c for c in adj.children if c.dep_ in ("advcl", "ccomp", "csubj") and c.i > adj.i
                   and c.pos_ in ("VERB", "AUX")), None) if adj is not None else None
    if clause is None:
        return None
    forbidden = not_speaker(tok, blocked)
    subj = subject_of(tok, lexicon, forbidden)
    if subj is None:
        return None
    speaker = speaker_span(subj, forbidden)
    content = trim(tok.doc, clause.left_edge.i, clause.right_edge.i + 1)
    cue = Cue(token=tok.i, text=tok.doc[tok.i:adj.i + 1].text, entry=_MADE_CLEAR, speaker=speaker,
              clause=set(range(tok.i, adj.i + 1)) | set(range(speaker.start, speaker.end)), content=content)
    cue.media_speaker = outlet_in(tok.doc[speaker.start:speaker.end], lexicon)
    return cue


def noun_cue(tok: Token, lexicon: QuoteLexicon, blocked: Sequence[bool]) -> Cue | None:
    """ "Trump's claim that ...", "a New York Times report that ...", "the warning by X that ..." """
    content = None
    for child in tok.children:
        if child.dep_ in ("acl", "ccomp") and child.i > tok.i or child.dep_ == "relcl" \
                and child.left_edge.lower_ == "that" and child.left_edge.dep_ == "mark":   # parsed as relative
            first = child.left_edge
            if first.lower_ == "that" or (first.lower_ == "to" and child.tag_ == "VB"):
                content = trim(tok.doc, first.i, child.right_edge.i + 1)
    if content is None:
        content = _clause_after_be(tok) or _clause_under_governor(tok, lexicon)
    if content is None:
        return None
    holder = next((c for c in tok.children if c.dep_ == "poss"), None)
    if holder is None:
        holder = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    if holder is None:
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
        holder = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if holder is None:
        holder = name_read_as_root(tok, not_speaker(tok, blocked))   # "Trump charges that ..."
    if holder is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in lexicon.light_verbs:
        holder = subject_of(tok.head, lexicon, not_speaker(tok, blocked))   # "the senator voiced concern that ..."
    if holder is None and tok.doc[content[0]].lower_ == "to" and tok.lemma_.lower() in lexicon.pact_nouns \
            and not any(c.dep_ == "det" and c.lower_ in lexicon.pact_determiners for c in tok.children):
        # "an agreement to cut tariffs", "pledges to rebuild"; not "the agreement to build X was signed"
        return Cue(token=tok.i, text=tok.text, entry=None, speaker=None, clause={tok.i}, content=content, noun=True)
    if holder is None:
        # "dogged by charges that ...": a claim with no holder named; not "plans to ..."
        if tok.doc[content[0]].lower_ != "that" or tok.doc[content[0]].dep_ != "mark" \
                or tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX") \
                and lexicon.lemma(tok.head.head.text, tok.head.head.lemma_) in lexicon.verbs:
            return None                    # "said in a statement that ...": the verb's content
        return Cue(token=tok.i, text=tok.text, entry=None, speaker=None, clause={tok.i}, content=content, noun=True)
    speaker = speaker_span(holder, not_speaker(tok, blocked))
    if holder.dep_ == "compound":
        speaker.start = min(speaker.start, holder.left_edge.i)
        speaker.end = holder.i + 1
    cue = Cue(token=tok.i, text=tok.text, entry=None, speaker=speaker, clause={tok.i}, content=content, noun=True)
    cue.media_speaker = outlet_in(tok.doc[speaker.start:speaker.end], lexicon)
    return cue


def _clause_under_governor(tok: Token, lexicon: QuoteLexicon) -> tuple[int, int] | None:
    """ "tried to make the case to lawmakers that the treaty would protect jobs", "fueling worries
    from Madrid to Warsaw that open borders were a danger": the parser hung the noun's that-clause from the
    verb that governs the noun, a verb that reports no clause of its own."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    entry = lexicon.verb(lexicon.lemma(verb.text, verb.lemma_), set())
    if entry is not None and "clause" in entry.complements:
        return None                        # "told the reporters that ...": the verb's own clause
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > tok.i
                   and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"), None)
    return trim(tok.doc, clause.left_edge.i, clause.right_edge.i + 1) if clause is not None else None


def _clause_after_be(tok: Token) -> tuple[int, int] | None:
    """ "The president's view is that ...", "His argument was that ...": the "that" clause after
    the "be" the noun is subject of."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() != "be":
        return None
    clause = next((c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.head.i
                   and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"), None)
    return trim(tok.doc, clause.left_edge.i, clause.right_edge.i + 1) if clause is not None else None


def topic_cue(tok: Token, lexicon: QuoteLexicon, blocked: Sequence[bool]) -> Cue | None:
    """ "questions about his business practices", "Trump's attacks on Machado": the object of the
    noun's preposition; the speaker is the possessor or "by" object when there is one."""
    preps = lexicon.topic_nouns.get(tok.lemma_.lower())
    if not preps or tok.i + 1 >= len(tok.doc):
        return None
    prep = tok.doc[tok.i + 1]
    if prep.lower_ not in preps:
        return None
    if prep.dep_ == "mark" and prep.head.head.i == tok.i and prep.head.dep_ in ("advcl", "acl", "relcl") \
            and prep.head.i > prep.i:      # "calls for the minister to resign": the clause after "for"
        obj = prep.head
        content = trim(tok.doc, prep.i + 1, obj.right_edge.i + 1)
    elif prep.dep_ != "prep" or prep.head.i != tok.i:
        return None
    else:
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        content = trim(tok.doc, obj.left_edge.i, obj.right_edge.i + 1, min_words=1) if obj is not None else None
    if obj is None or blocked[obj.i]:
        return None
    if content is None:
        content = _clause_after_be(tok)
    if content is None:
        return None
    holder = next((c for c in tok.children if c.dep_ == "poss"), None)
    if holder is None:
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
                   and not (prep.lower_ == "of" and c.i > obj.right_edge.i)), None)   # "allegations of torture by police"
        holder = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if holder is None:                     # "American commitments to European security"
        holder = next((c for c in tok.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
                       and c.i < tok.i), None)
    if holder is None:
        holder = _doer(tok, lexicon, blocked)
    speaker = speaker_span(holder, not_speaker(tok, blocked)) if holder is not None else None
    return Cue(token=tok.i, text=tok.doc[tok.i:prep.i + 1].text, entry=None, speaker=speaker,
               clause={tok.i, prep.i}, content=content, noun=True)


def received_cue(tok: Token, lexicon: QuoteLexicon, blocked: Sequence[bool]) -> Cue | None:
    """ "Lauer faced heavy criticism from media outlets", "the ruling drew praise from rights groups",
    "the clip has faced ridicule online": the one who gets the judgement (the verb's subject) is the
    content; the "from" object, if any, is the speaker."""
    first = _first_judgement(tok, lexicon) if tok.dep_ == "conj" else tok
    if first is None:
        return None
    verb = first.head
    if first.dep_ == "pobj" and verb.lower_ == "under" and first is tok:
        verb = verb.head                   # "came under criticism from Y"
    elif first.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX") or lexicon.lemma(verb.text, verb.lemma_) not in lexicon.receiving_verbs \
            or any(c.dep_ in ("prt", "prep") and c.lower_ in lexicon.away_particles for c in verb.children):
        return None                        # "took the heat off the roof": another verb
    forbidden = not_speaker(tok, blocked)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or forbidden(subj.i) or subj.lower_ in ("it", "that", "this", "which", "what"):
        return None
    judged = speaker_span(subj, forbidden)
    if first is not tok:   # "and criticism from B": B's "from" is the noun's own, or hangs from A after the noun
        source = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"), None) or next(
            (c for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > tok.i), None)
    else:
        source = next((c for c in (*tok.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "from"), None)
    holder = next((c for c in source.children if c.dep_ == "pobj"), None) if source is not None else None
    speaker = speaker_span(holder, forbidden) if holder is not None else None
    if speaker is not None:                # "praise from rights groups and condemnation from X"
        other = next((c for c in holder.children if c.dep_ == "conj" and c.lemma_.lower() in lexicon.judgement_nouns), None)
        cut = next((c.i for c in holder.children if c.dep_ == "cc" and other is not None and c.i < other.i), None)
        if cut is not None and speaker.start < cut < speaker.end:
            speaker.end = cut
    clause = {verb.i, tok.i} | (set(range(source.i, source.right_edge.i + 1)) if source is not None else set())
    if first is not tok and speaker is None:
        return None                        # a second judgement with no one named is no second quote
    text = tok.doc[verb.i:tok.i + 1].text if first is tok else tok.text
    content = (judged.start, judged.end)
    reason = _reason(tok, verb) if first is tok else None
    if reason is not None:                 # "faced criticism for its handling of the floods": what is judged
        prep, content = reason
        clause.add(prep.i)
        if prep.i == tok.i + 1:
            text = tok.doc[verb.i:prep.i + 1].text
    cue = Cue(token=tok.i, text=text, entry=None, speaker=speaker, clause=clause,
              content=content, noun=True, shares_content=first is not tok)
    if speaker is not None:
        cue.media_speaker = outlet_in(tok.doc[speaker.start:speaker.end], lexicon)
    return cue


def _reason(noun: Token, verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """The "for" or "over" phrase of a received judgement ("faced criticism for failing to act", "came
    under scrutiny over its spending"): the act judged, which is what the judgement is about; its
    preposition and the object's span, or None."""
    prep = next((c for c in (*noun.children, *verb.children) if c.dep_ == "prep" and c.lower_ in ("for", "over")
                 and c.i > noun.i), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is None:
        return None
    content = trim(noun.doc, obj.left_edge.i, obj.right_edge.i + 1, min_words=1)
    return (prep, content) if content is not None else None


def _first_judgement(tok: Token, lexicon: QuoteLexicon) -> Token | None:
    """The judgement noun a coordinated one continues ("drew praise from A and criticism from B":
    "criticism" hangs from "praise" or from its holder A), or None."""
    head = tok.head
    for _ in range(4):
        if head.dep_ == "dobj" and lexicon.judgement_nouns & {head.lower_, head.lemma_.lower()}:
            return head
        if head.pos_ in ("VERB", "AUX"):   # "from A" hangs from the verb: its object is the first
            return next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i
                         and lexicon.judgement_nouns & {c.lower_, c.lemma_.lower()}), None)
        if head.dep_ not in ("pobj", "prep", "conj") or head.head.i == head.i:
            return None
        head = head.head
    return None


def impersonal_cue(tok: Token, lexicon: QuoteLexicon, blocked: Sequence[bool]) -> Cue | None:
    """ "it appeared that Trump was unable to ...", "It is apparent that Clinton wanted ...": an
    impersonal "it" holding a clause as apparent; the clause is the content, with no speaker; not
    when negated ("it is not clear that ...") nor for a question ("it is clear what ...")."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "expl")), None)
    if subj is None or subj.lower_ != "it" or blocked[subj.i] or any(c.dep_ == "neg" for c in tok.children):
        return None
    heads = [tok]
    if tok.lemma_.lower() == "be":
        adj = next((c for c in tok.children if c.dep_ == "acomp" and c.lower_ in lexicon.impersonal_adjectives
                    and not any(n.dep_ == "neg" for n in c.children)), None)
        if adj is None:
            return None
        heads.append(adj)
    elif tok.lemma_.lower() not in lexicon.impersonal_verbs:
        return None
    last = heads[-1].i
    clause = next((c for h in heads for c in h.children if c.dep_ in ("ccomp", "advcl") and c.i > last
                   and c.pos_ in ("VERB", "AUX") and not c.left_edge.tag_.startswith("W")
                   and (c.dep_ == "ccomp" or c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark")), None)
    if clause is None:
        return None
    start = clause.left_edge.i            # "..., which she thought ...": the writer's gloss, not the clause
    content = trim(tok.doc, start, without_aside(tok.doc, start, clause.right_edge.i + 1, kinds=("relcl",)))
    if content is None:
        return None
    return Cue(token=tok.i, text=tok.doc[tok.i:last + 1].text, entry=None, speaker=None,
               clause=set(range(subj.i, last + 1)), content=content, noun=True)


def _doer(tok: Token, lexicon: QuoteLexicon, blocked: Sequence[bool]) -> Token | None:
    """Who makes a topic noun with no holder of its own: the subject of a light verb taking it
    ("Trump is raising questions about ...", "made comments about ...") or of an active verb
    acting with it ("responded with attacks on Machado", "peppered him with attacks on ...");
    not of a verb that receives it ("faced questions about", "was met with criticism")."""
    verb = None
    if tok.dep_ == "dobj" and lexicon.lemma(tok.head.text, tok.head.lemma_) in lexicon.light_verbs:
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB" \
            and any(c.dep_ == "nsubj" for c in tok.head.head.children):
        verb = tok.head.head
    return subject_of(verb, lexicon, not_speaker(tok, blocked)) if verb is not None else None


def predicate_cue(tok: Token, lexicon: QuoteLexicon, blocked: Sequence[bool]) -> Cue | None:
    """ "Graham has been critical of Trump", "a staunch opponent of the death penalty" """
    found = stance_predicate(tok, lexicon.stance_predicates)
    if found is None:
        return None
    subject, copula, comp = found
    forbidden = not_speaker(tok, blocked)
    if forbidden(subject.i) or comp[0] <= tok.i:
        return None
    doc = tok.doc
    content = trim(doc, *comp, min_words=1)
    if content is None:
        return None
    speaker = speaker_span(subject, forbidden)
    clause = set(range(min(copula.i, tok.i), content[0])) | set(range(speaker.start, speaker.end))
    clause |= {c.i for c in copula.children if c.dep_ in ("aux", "neg", "advmod")}
    cue = Cue(token=tok.i, text=doc[min(copula.i, tok.i):tok.i + 1].text, entry=None, speaker=speaker,
              clause=clause, content=content, noun=True)
    cue.media_speaker = outlet_in(doc[speaker.start:speaker.end], lexicon)
    return cue


def according_cue(tok: Token, lexicon: QuoteLexicon, quoted: Sequence[bool],
                   blocked: Sequence[bool]) -> Cue | None:
    doc = tok.doc
    to = doc[tok.i + 1]
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) or \
        next((c for c in to.children if c.dep_ == "pcomp"), None)     # "according to show insiders" mis-parsed
    if obj is None or obj.lemma_.lower() in lexicon.according_non_sources:
        return None                        # "according to plan", "overweight according to his body mass index"
    sent = tok.sent
    last = max(to.right_edge.i, obj.right_edge.i)
    comma = next((i for i in range(obj.i + 1, last + 1) if doc[i].text in (",", ";", ":", "—")), None)
    if comma is not None and tok.i == sent.start:
        last = comma - 1                   # "According to X, the move ..." parsed as X's apposition
    speaker = speaker_span(obj, lambda i: i == tok.i or blocked[i] or i > last)
    last = past_citing_aside(doc, tok, past_source_relative(doc, tok, last), lexicon)
    phrase = set(range(tok.i, last + 1))
    # the content is the rest of the sentence: before the phrase, or after it when it leads
    before = (sent.start, tok.i)
    after = (max(phrase) + 1, sent.end)
    content = before if count_words(doc, *before) >= count_words(doc, *after) or _closed_before(sent.root, tok, last) \
        else after
    if tok.i > sent.start and doc[tok.i - 1].text == "," and relative_start(doc, tok.i - 1, sent.start) == tok.i - 2 \
            and last + 1 < sent.end and doc[last + 1].text == "," and count_words(doc, *after):
        content = (tok.i - 2, sent.end)    # "the bridge, which, according to X, was the last route out"
    if tok.i > sent.start and doc[tok.i - 1].text == "," and last + 1 < sent.end and doc[last + 1].text == "," \
            and count_words(doc, *before) and sent.root.i > last and count_words(doc, *after):
        content = (relative_start(doc, tok.i - 1, sent.start), sent.end)   # "The talks, according to X, collapsed ..."
    cue = Cue(token=tok.i, text=doc[tok.i:tok.i + 2].text, entry=None, speaker=speaker, clause=phrase,
              content=trim(doc, *content))
    cue.media_speaker = outlet_in(doc[speaker.start:speaker.end], lexicon) \
        or carrier_of_speaker(doc[speaker.start:speaker.end], lexicon)      # "a statement carried by Xinhua"
    cue.via = platform_of_speaker(doc[speaker.start:speaker.end], lexicon)   # "according to a post on X"
    cue.media_speaker = cue.media_speaker or cue.via    # "X said ..., according to a post on Telegram": X's, via it
    return cue




_ADJUNCTS = frozenset({"prep", "advcl", "npadvmod", "advmod", "punct", "cc"})


def _closed_before(root: Token, tok: Token, last: int) -> bool:
    """ "Turnout was low, according to local media, with many stations empty by noon": the sentence's
    clause is complete before the "according to" phrase (its root is there, and only adjuncts of it
    follow the phrase); the clause is the content, however long the adjunct after it."""
    if not root.i < tok.i or tok.i == 0 or tok.doc[tok.i - 1].text != "," or root.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.i > last and c.dep_ not in _ADJUNCTS for c in root.children)


def _reports_itself(entry: VerbEntry | None) -> bool:
    """A reporting verb, but a vote ("55 percent approve of the president's handling" in a poll reports the
    poll's finding)."""
    return entry is not None and entry.group != "vote"


def source_cue(tok: Token, lexicon: QuoteLexicon, blocked: Sequence[bool]) -> Cue | None:
    """ "In the latest poll, Clinton leads by 5 points", "Trump did well in online polls", "300,000
    acres have been damaged, by one estimate": a poll or estimate in an "in"/"by" phrase of a clause
    with a subject reports that clause (the rest of it, before or after the phrase); the noun phrase
    is the speaker. Not when the clause's verb reports itself ("said in the survey that ...")."""
    prep = tok.head
    verb = prep.head
    own = tok.lemma_.lower() in lexicon.statement_nouns   # "In a statement, Clinton was ...": the subject's
    if tok.dep_ != "pobj" or prep.dep_ != "prep" \
            or prep.lower_ not in (lexicon.statement_preps if own else lexicon.source_preps) \
            or verb.pos_ not in ("VERB", "AUX") or blocked[tok.i] \
            or _reports_itself(lexicon.verb(lexicon.lemma(verb.text, verb.lemma_), set())) \
            or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    doc = tok.doc
    p_lo, p_hi = prep.left_edge.i, prep.right_edge.i + 1
    if own and p_hi < len(doc) and doc[p_hi].text == ":":
        return None                        # "The warning came in a letter: ...": what follows is said (colon_cues)
    before, after = (verb.left_edge.i, p_lo), (p_hi, verb.right_edge.i + 1)
    content = trim(doc, *(before if count_words(doc, *before) >= count_words(doc, *after) else after))
    if content is None:
        return None
    if own:
        holder = next((c for c in tok.children if c.dep_ == "poss"), None) \
            or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not blocked[c.i]), None)
        if holder is None or holder.lower_ in ("it", "this", "that", "there"):
            return None
        speaker = speaker_span(holder, lambda i: blocked[i] or i == tok.i)
        text = doc[p_lo + 1:tok.i + 1].text if tok.i > p_lo else tok.text   # "a statement", as PolNeAR's cue
    else:
        speaker = speaker_span(tok, lambda i: blocked[i] or not p_lo < i < p_hi)
        text = prep.text
    return Cue(token=tok.i, text=text, entry=None, speaker=speaker, clause=set(range(p_lo, p_hi)),
               content=content, noun=True, in_statement=own)


_CLAUSE_OPENERS = frozenset({"mark", "cc", "punct", "prep"})


def hearsay_cue(tok: Token, lexicon: QuoteLexicon) -> Cue | None:
    """ "he allegedly brandished a pistol", "Iran reportedly seized a tanker": an adverb of hearsay
    (``hearsay_adverbs``) attributes the clause it modifies to no one named; the clause, without the
    word that opens it ("after", "and"), is the content."""
    verb = tok.head
    if tok.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or verb.i == tok.i \
            or lexicon.verb(lexicon.lemma(verb.text, verb.lemma_), set()) is not None:
        return None                        # "reportedly told his troops to ...": the verb reports it
    doc = tok.doc
    start = min((c.left_edge.i for c in verb.children if c.dep_ not in _CLAUSE_OPENERS or c.i > verb.i), default=verb.i)
    start = min(start, verb.i)
    content = trim(doc, start, verb.right_edge.i + 1)
    if content is None:
        return None
    return Cue(token=tok.i, text=tok.text, entry=None, speaker=None, clause={tok.i}, content=content, noun=True)

