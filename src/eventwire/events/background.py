"""Background filters of the event coder: clauses and phrases that tell about another event.

Each function marks ``dropped`` (with the reason shown by ``eventwire explain``) on the fired
triggers of one sentence: participial adjuncts, event nouns in circumstance phrases, relative
clauses, and whole sentences that are questions.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from ..times.vocabulary import MONTHS
from . import syntax, trips
from .arguments import AUTHOR_MARK
from .modality import ModalityRules
from .participial_acts import drop_said_again, justifies_uncoded_act, participial_speech_act, participial_threat
from .protest_targets import CROWD_HOW
from .sources import CLAIMANT_MARK

STATEMENT_CODES = frozenset({"010"})


def drop_adjuncts(fired: dict[int, Any], reporting: frozenset[str] = frozenset()) -> None:
    """A participial adjunct after a comma ("..., accusing them of ...", "..., killing 24 people")
    justifies or details the main event of its clause; it is no event of its own when that
    main clause codes one (not when the main verb only reports: "X said ..., accusing Y"; not when
    only the adjunct has a target; not for an agreement reached in talks; not for a threat, an appeal, a promise
    or a demand: ``participial_threat``, ``participial_speech_act``). An accusation so hung on an act that codes
    no event gives its reason all the same (``justifies_uncoded_act``; ``reporting``: the verbs of saying)."""
    for f in fired.values():
        tok = f.token
        if f.dropped or f.attempt.noun or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "xcomp", "conj"):
            continue
        left = tok.left_edge.i
        if left == 0 or tok.doc[left - 1].text not in (",", ";", "—", "–"):
            continue
        if participial_threat(f, fired):
            continue    # "demanded ..., warning that it would fill the streets": a threat is an act of its own
        head = tok.head
        if participial_speech_act(f, fired.get(head.i)):
            continue    # "spoke with Putin, urging Moscow to withdraw": an appeal of its own
        # "deploying troops, cutting phone lines and placing leaders under arrest": a list of participles
        # details the clause they hang on, not the first participle of the list
        while head.dep_ in ("advcl", "xcomp", "conj") and head.tag_ == "VBG" and tok.dep_ == "conj" \
                and head.head is not head:
            tok, head = head, head.head
        tok = f.token
        dated = fired.get(head.i)
        if dated is not None and dated is not f and dated.dropped.startswith("background"):
            # "hours after two jets bombed the base, killing nine soldiers": the detail of a background act
            f.dropped = f"participial adjunct of '{head.text}', told as background ({dated.dropped})"
            continue
        for other in fired.values():
            if other is f or other.dropped or not other.pairs \
                    or other.attempt.pattern.code in STATEMENT_CODES:
                continue
            at = other.token if not other.attempt.noun else syntax.light_verb(other.token)
            if at is None or at.i != head.i:
                continue
            # "detonated a device, injuring seven soldiers": the adjunct names the only target
            if f.attempt.pattern.root in ("18", "19", "20") and all(t is None for _, t in other.pairs) \
                    and any(t is not None for _, t in f.pairs):
                continue
            # "raided a protest camp, arresting dozens of activists": the adjunct names whom the force fell on
            if other.roles is not None and other.roles.targets \
                    and all(a.how.startswith(CROWD_HOW) for a in other.roles.targets) \
                    and any(t is not None for _, t in f.pairs):
                continue
            # "held a summit, agreeing to deepen cooperation": what the talks produced
            if f.attempt.pattern.root == "03" and other.attempt.pattern.root == "04":
                continue
            f.dropped = f"participial adjunct of '{head.text}' ({other.attempt.pattern.rule}): " \
                        "detail of that event, not an event of its own"
            break
        if not f.dropped and justifies_uncoded_act(f, head, reporting):
            # (typed: the coder still counts its doer as the doer of an act a later reaction may answer)
            f.dropped = f"participial adjunct giving the reason for '{head.text}' (an act with no event of the " \
                        "lexicon), not an event of its own"
            f.drop_kind = "justification"
    drop_said_again(fired, reporting)    # "welcomed X, saying it supports X": one statement told twice


def drop_circumstances(fired: dict[int, Any]) -> None:
    """An event noun inside a prepositional phrase of another coded event's clause ("cut ties in
    protest at its military offensive", "a visit days before the anniversary of Russia's invasion",
    "claimed responsibility for a bombing at a rally") is background, not an event of its own."""
    sites: dict[int, Any] = {}
    for f in fired.values():
        if f.dropped or not f.pairs:
            continue
        at = f.token if not f.attempt.noun else syntax.light_verb(f.token)
        if at is not None:
            sites.setdefault(at.i, f)
    drops = []
    for f in fired.values():
        tok = f.token
        if f.dropped or not f.attempt.noun or tok.dep_ != "pobj" or syntax.light_verb(tok) is not None \
                or trips.trip_phrase(tok) is not None or trips.travel_purpose(tok) is not None or _claimed(f):
            # (the visit the doer is on is news: "on a visit to Lima, told ..."; so are the talks a trip
            # is for, "flew to Ankara for talks with Erdogan", and the act a group claims: "claimed
            # responsibility for the bombing")
            continue
        cur = tok
        for _ in range(6):
            if cur.dep_ not in ("pobj", "prep", "npadvmod", "dobj", "attr") or cur.head is cur:
                break
            cur = cur.head
            other = sites.get(cur.i)
            if other is not None and other is not f and cur.pos_ in ("VERB", "AUX"):
                drops.append((f, cur, other))
                break
    for f, cur, other in drops:
        f.dropped = f"background: a circumstance of '{cur.text}' ({other.attempt.pattern.rule})"


def drop_relatives(fired: dict[int, Any]) -> None:
    """A relative clause or reduced relative ("Berri, who has been negotiating ...", "M23 rebels
    backed by Rwanda", "supporters protesting against the results") describes a participant of
    the sentence's main event; it is no event of its own when another event is coded outside it."""
    for f in fired.values():
        why = "" if f.dropped else description(f)
        if why:
            f.dropped = why
    live = [f for f in fired.values() if not f.dropped and f.pairs]
    drops = []
    for f in live:
        # an event noun is told by its light verb ("Palestinians who carried out attacks last year")
        tok = f.token if not f.attempt.noun else syntax.light_verb(f.token)
        if tok is None or tok.dep_ not in ("relcl", "acl") or syntax.predicate_of_root_noun(tok):
            continue
        # "talks brokered by Kenya": the mediation of the main event's parties is part of it
        if f.pairs and all(t is not None and t.how.startswith("party to '") for _, t in f.pairs):
            continue
        if told_aside(tok) and any(t is not None for _, t in f.pairs):
            continue
        if tells_next_act(tok):
            continue
        # "in a statement condemning the test, the Council called for ...": the text's own act
        if tok.dep_ == "acl" and any(AUTHOR_MARK in s.how for s, _ in f.pairs):
            continue
        inside = {t.i for t in tok.subtree}
        main = next((o for o in live if o is not f and o.token.i not in inside
                     and o.attempt.pattern.code not in STATEMENT_CODES), None)
        # "police fired at protesters who stormed parliament": what the main event's target did
        # (not what the target itself did long before the news: "demolished the homes of
        # Palestinians who carried out attacks last year")
        if main is None or (tok.dep_ == "relcl" and not (_dated_away(tok) and done_by_head(tok))
                            and any(t is not None and t.token.i == tok.head.i for _, t in main.pairs)
                            and not any(s.token.i == tok.head.i for s, _ in main.pairs if s is not None)
                            and not main.attempt.pattern.symmetric):
            continue
        drops.append((f, main))
    for f, main in drops:
        f.dropped = f"relative clause on '{f.token.head.text}': background to '{main.token.text}' " \
                    f"({main.attempt.pattern.rule})"


def description(f: Any) -> str:
    """Why a relative clause describes its head noun rather than telling an act, or "": a state of
    mind ("a farmer who dreaded reprisals", "what the party fears most"), and a restrictive relative
    clause in the simple present, a standing trait of the head ("several towns that back the new
    rules", "countries that back the deal"). The sentence needs no other event for this; a statement
    of the text's own author ("a statement that condemns ...") is kept."""
    tok = f.token if not f.attempt.noun else syntax.light_verb(f.token)
    if tok is None:
        return ""
    first = tok
    while first.dep_ == "conj" and first.head.tag_ == "VBG" and first.head is not first:
        first = first.head      # "photos of soldiers saluting the king and bowing to him"
    if first.dep_ not in ("relcl", "acl") or syntax.predicate_of_root_noun(first):
        return ""
    if f.roles is not None and any(AUTHOR_MARK in a.how for a in f.roles.sources):
        return ""
    head = first.head.text
    if f.code in MENTAL_STATE_CODES:
        return f"a state of mind of '{head}' told in a relative clause: describes it, no public comment"
    # "a poll of voters backing the senator", "photos of soldiers saluting the king": a participle on
    # the object of a preposition says who the people are; a protest or an attack told so is still
    # reported ("thousands of people protesting against the war")
    # (a plural of people: "posted on Twitter accusing X" is the poster's act, misattached)
    if first.dep_ == "acl" and first.tag_ == "VBG" and tok.tag_ == "VBG" and first.head.dep_ == "pobj" \
            and first.head.tag_ in ("NNS", "NNPS") and first.i > first.head.i and f.attempt.pattern.root < "14":
        return f"a participle describing '{first.head.text}' in a prepositional phrase: who they are, not an act"
    restrictive = tok.left_edge.i == 0 or tok.doc[tok.left_edge.i - 1].text not in (",", "(", "—", "–")
    if tok.dep_ == "relcl" and restrictive and tok.tag_ in ("VBZ", "VBP") \
            and not any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return f"a restrictive relative clause in the present on '{head}': a trait of it, not an act"
    return ""


def _claimed(f: Any) -> bool:
    """The act's doer is the one who claims it (``sources.SourceSearch._claimant``)."""
    return f.roles is not None and bool(f.roles.sources) and all(CLAIMANT_MARK in a.how for a in f.roles.sources)


# states of mind, pessimism and optimism (CAMEO 012, 013): told in a relative clause they describe its head;
# condolences (018, one of fired.ATTITUDE_CODES) are offered to someone, a comment even there
MENTAL_STATE_CODES = frozenset({"012", "013"})


def nominal_mention(f: Any) -> str:
    """Why an event noun is only mentioned, or "": a noun with no light verb that is the object of a
    preposition of topic or reference ("asked about the summit with Kim", "quizzed the envoy on the
    March phone call", "a sharp change from her praise of Beijing") names an act told elsewhere or long
    before; the news does not report it here. An 'in'/'at'/'during' phrase ("in a phone call with
    Erdogan, Putin said") is no such mention."""
    tok = f.token
    if not f.attempt.noun or tok.dep_ != "pobj":
        return ""
    span = _span_of_acts(tok)      # (a verb of the span, "ending a decade of talks", is no light verb of the talks)
    if span and trips.travel_purpose(tok) is not None:
        return ""     # "flew to Pretoria for two days of talks with Zuma": the talks the trip is for
    if span or syntax.light_verb(tok) is not None or tok.head.lower_ not in _TOPIC_PREPS or trips.trip_phrase(tok) is not None:
        return span
    return f"a mention of '{tok.text}' in a phrase of topic ('{tok.head.text} {tok.text}'), not a report of it"


def _span_of_acts(tok: Token) -> str:
    """Why "<duration> of <event noun>" is background, or "": "after months of negotiations", "ending a
    decade of talks between Iran and the powers", "despite years of sanctions" sum up acts that led to
    the news; "Two days of talks in Geneva ended without a deal" (the span as subject) is the news."""
    of = tok.head
    span = of.head
    if of.lower_ != "of" or of.dep_ != "prep" or span.lemma_.lower() not in _SPANS:
        return ""
    # ("the three powers, which have led two years of negotiations with Tehran": a long span in a relative clause)
    if span.dep_ == "pobj" or (span.dep_ == "dobj" and span.head.tag_ == "VBG") or (
            span.dep_ == "dobj" and span.head.dep_ in ("relcl", "acl") and span.lemma_.lower() in _LONG_SPANS):
        return f"'{span.text} of {tok.text}' sums up acts before the news ('{span.head.text} ... {span.text}'), not a report of one"
    return ""


# nouns of a span of time that sum up many acts ("months of fighting", "a decade of negotiations")
_SPANS = frozenset({"day", "week", "month", "year", "decade", "century"})
_LONG_SPANS = frozenset({"month", "year", "decade", "century"})


# prepositions whose object is what is talked, asked or looked into ("questions about", "a probe into")
_TOPIC_PREPS = frozenset({"about", "on", "into", "to", "over", "regarding", "concerning"})


# "held a phone conversation, during which the sides agreed to ...", "met at the Kantei, after which the two
# leaders witnessed ...": a relative clause hung on 'which' by one of these prepositions tells the next act of
# the occasion its head names (the formal agencies' way to chain the acts of one meeting), not a trait of it
# (not when the occasion is itself background: "agreed to share intelligence after a meeting at which each accused
# the other ...")
OCCASION_PREPOSITIONS = frozenset({"during", "after", "at"})
EARLIER_PREPOSITIONS = frozenset({"after", "since", "following"})


def tells_next_act(verb: Token) -> bool:
    """The relative clause of ``verb`` is opened by 'during / after / at which': a further act of the occasion,
    unless that occasion is told in an 'after / since / following' phrase."""
    opened = any(c.dep_ == "prep" and c.lower_ in OCCASION_PREPOSITIONS
                 and any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children) for c in verb.children)
    return opened and not any(a.dep_ == "prep" and a.lower_ in EARLIER_PREPOSITIONS for a in verb.head.ancestors)


def told_aside(verb: Token) -> bool:
    """A non-restrictive relative clause in the simple past ("Iran's foreign minister, who
    condemned the United States on Monday, ...", "police, who fired tear gas at protesters"): an
    act of its own told in passing, not a description of the actor ("Berri, who has been
    negotiating ...", "rebels backed by Rwanda")."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    # (also a place's "where" clause: "clashed with police in the capital, where officers beat protesters")
    pronoun = next((c for c in verb.children if (c.dep_ in syntax.SUBJ and c.lower_ in ("who", "which"))
                    or (c.dep_ == "advmod" and c.lower_ == "where")), None)
    if pronoun is None or pronoun.i == 0 or verb.doc[pronoun.i - 1].text != ",":
        return False
    # "Russian troops, who attacked Ukraine last year, ...": dated away from the news, background;
    # a day of a month with no year ("on March 5") is a news day
    return not _dated_away(verb)


def done_by_head(verb: Token, passive: bool = False) -> bool:
    """The relative clause's subject is its relative pronoun: the head noun did the act ("men who
    attacked"; not "the president, whose government Washington sanctioned"); with ``passive`` also the
    subject of a passive, what the head underwent ("protesters who had been detained")."""
    deps = syntax.SUBJ | syntax.PASS_SUBJ if passive else syntax.SUBJ
    return any(c.dep_ in deps and c.lower_ in ("who", "which", "that") for c in verb.children)


def _dated_away(verb: Token) -> bool:
    """The clause of ``verb`` carries a date beyond the days of the news ("last year", "in 2019")."""
    return any(t.ent_type_ == "DATE" and not _news_day_word(t) for t in verb.subtree)


def _news_day_word(tok: Token) -> bool:
    """A word of a date that stays within the news: a weekday, "today", a month's name or a day number."""
    word = tok.lower_
    if word in _NEWS_DAYS or word.rstrip(".") in MONTHS:
        return True
    digits = word.rstrip("stndrh")          # "5", "5th", "21st", "2nd", "3rd"
    return digits.isdigit() and len(digits) <= 2


# date words of the days a news story tells ("on Monday", "earlier today", "yesterday")
_NEWS_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                        "yesterday", "tonight", "on", "earlier", "this", "morning", "afternoon", "evening", "night",
                        "overnight", "late", "early"})


def drop_purposes(fired: dict[int, Any], controllers: frozenset[str] = frozenset()) -> None:
    """An infinitive of purpose ("met in Doha to discuss the situation", "met to mark the
    anniversary", "trained rebels to fight the Islamic State") tells what the main event was for:
    it is part of that event or an aim, not an event that happened."""
    for f in fired.values():
        tok = f.token
        if f.dropped or f.attempt.noun or not syntax.is_infinitive_advcl(tok):
            continue
        # "offered on Tuesday to mediate": the complement of a control verb (not "began a hunger
        # strike to protest", where the verb has its object and the infinitive is a purpose)
        if tok.head.lemma_.lower() in controllers and not syntax.children(tok.head, "dobj"):
            continue
        heads = [fired.get(tok.head.i)] + [   # "began a hunger strike to protest": the noun's event
            o for o in fired.values() if o.attempt.noun and same_token(syntax.light_verb(o.token), tok.head)]
        head = next((h for h in heads if h is not None and not h.dropped), None)
        # "flew to Washington to meet Biden": the aim of a journey is reported as what it did
        if head is None or head is f or head.dropped or head.roles is None or not head.roles.sources \
                or head.attempt.pattern.code in STATEMENT_CODES or head.code.startswith("042"):
            continue
        f.dropped = f"purpose of '{tok.head.text}' ({head.attempt.pattern.rule}): an aim, not an event of its own"


def years_before(verb: Token, rules: ModalityRules) -> bool:
    """"several years after a mob set fire to its embassy", "a day after his followers burned ...": a
    clause dated years, or (in the past) days or weeks, before the main event (its subordinators:
    ``markers.background``; the spans: ``spans`` in intent.yaml)."""
    # "has campaigned for Trump since he suspended his own campaign": a past 'since' clause only
    # dates the state of its main clause, main act or not (a causal 'since' is in the present: "since Iraq
    # refuses"); its conjuncts too ("since Ankara jailed a reporter and expelled two diplomats"). The one
    # reading of such a clause: earlier_acts leaves it here
    if verb.tag_ in ("VBD", "VBN") and clause_mark(clause_head(verb), _SINCE) is not None:
        return True
    # (a conjunct of the clause is dated with it: "a day after Trump threatened to cut funding and accused
    # the agency of ...")
    first = clause_head(verb)
    if first is not verb and verb.tag_ != first.tag_:
        first = verb
    if clause_mark(first, rules.markers.get("background", frozenset())) is None:
        return False
    verb = first
    long_ago = rules.spans.get("months", frozenset()) | rules.spans.get("years", frozenset())
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() in long_ago for c in verb.children):
        return True
    # "ordered the leader freed, a day after his followers burned army posts": a past event
    # counted in days or weeks before the reported one (not "before", what is still to come)
    # ("recalled its ambassador a week after ...": the count hung on the main verb, right before 'after')
    # (not "The decision came three days after the Council condemned ...": a clause that only dates
    # a noun tells the news event itself: ``governors.dating``)
    after = clause_mark(verb, _AFTER)
    if verb.tag_ != "VBD" or after is None or verb.head.lemma_.lower() in rules.governors.get("dating", frozenset()):
        return False
    days = rules.spans.get("days", frozenset())
    counts = [*verb.children, *(c for c in verb.head.children if c.i < after.i and c.right_edge.i == after.i - 1)]
    return any(c.dep_ == "npadvmod" and c.lemma_.lower() in days for c in counts)


def cause_of_economic_outcome(noun: Token, rules: ModalityRules) -> Token | None:
    """The preposition ('because') by which the event noun is named as the cause of an economic outcome ("zinc
    output fell because of a strike by dock workers", "the mine halted production because of a strike"), or
    None. The outcome is the clause the preposition hangs from, with a subject or object among
    ``markers.economic_outcomes``; any other clause ("schools closed because of a strike by teachers") reports
    the act of the day (``markers.cause`` in intent.yaml)."""
    if noun.dep_ != "pobj":
        return None
    cause = noun.head.head if noun.head.lower_ == "of" and noun.head.dep_ == "prep" else noun.head
    if cause.lower_ not in rules.markers.get("cause", frozenset()):
        return None
    outcome = cause.head
    outcomes = rules.markers.get("economic_outcomes", frozenset())
    parts = [c for c in outcome.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if outcome.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in parts):
        parts += [c for c in outcome.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return cause if any(p.lemma_.lower() in outcomes or p.lower_ in outcomes for p in parts) else None


_SINCE = frozenset({"since"})
_AFTER = frozenset({"after"})


def clause_head(verb: Token) -> Token:
    """The first verb of the conjuncts ``verb`` belongs to ("after demonstrators burned a station and blocked
    the highway": 'burned' for 'blocked'), which carries their clause's subordinator."""
    first = verb
    while first.dep_ == "conj" and first.head is not first and first.head.pos_ in ("VERB", "AUX") \
            and not _new_clause(first):
        first = first.head
    return first


def _new_clause(verb: Token) -> bool:
    """A conjunct with a subject of its own after a comma and 'and' ("hours after he tried to dissolve the
    legislature, and police detained him"): a clause of the sentence joined to the one before, not a further
    act inside its 'after' or 'since' clause (as "after demonstrators burned a station and blocked the road")."""
    left = verb.left_edge.i
    doc = verb.doc
    return left >= 2 and doc[left - 1].dep_ == "cc" and doc[left - 2].text in (",", ";") \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def clause_mark(verb: Token, marks: frozenset[str]) -> Token | None:
    """The subordinator of an adverbial clause that is one of ``marks`` ("after demonstrators burned ...",
    "since he suspended ..."), or None. The one reading of a clause's subordinator for the filters that
    place a clause before the news (``years_before`` here, ``earlier_acts``). A clause the parser hangs as a
    complement ("dissolved parliament, after the prime minister lost a vote": 'lost' a ccomp of the
    attribution verb) is adverbial all the same: no complement clause opens with 'after' or 'since'."""
    if verb.dep_ not in ("advcl", "ccomp"):
        return None
    return next((c for c in verb.children if c.dep_ == "mark" and c.lower_ in marks), None)


def is_question(sent: Span) -> bool:
    """"Will China invade Taiwan?": a sentence ending in a question mark outside quotation marks."""
    doc, i = sent.doc, sent.end - 1
    while i >= sent.start and doc[i].is_space:   # the last word, read from the end
        i -= 1
    if i < sent.start:
        return False
    last = doc[i]
    return not (last.is_quote or last.text in (")", "]")) and last.text == "?"


def same_token(a, b) -> bool:
    """Two tokens are the same word (spaCy makes a new Token object at each access)."""
    return a is not None and b is not None and a.i == b.i
