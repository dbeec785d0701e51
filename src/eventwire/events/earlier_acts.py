"""Acts a news sentence tells only as the background of its news: what happened before it.

News English places an earlier act by a subordinate clause, a time phrase and the tense: "imposed a curfew
after demonstrators burned a police station" (a past 'after' clause), "freed the journalist whom its police
had detained" (a restrictive relative clause in the past perfect), "Three weeks earlier, opposition supporters
had staged a sit-in" (a main clause in the past perfect), "Iran seized a tanker two years ago" (a time phrase counted
back), "shot down a drone, saying it had entered its airspace" (the reason the actor gives for its act, told
in the past by a participle of saying). The sentence reports the main act; the earlier one was news on its
own day, if ever; so is an act the main act answers ("Israel bombed Gaza after Hamas fired rockets at Israel":
the reply is the news, the rockets were news of their own day; the gold conventions from set F on code no act of
an 'after' clause). ``earlier_act`` returns why a fired trigger is such background ("" when it is not); ``drop``
marks the triggers of one sentence (``eventwire explain`` shows the reason).

The trigger's own clause is read (its verb, its conjunct head, their children); besides it, only the other
live triggers of the sentence (is there a main act), never its other tokens.
The word lists are intent.yaml's (``markers.earlier``, ``markers.dating``, ``governors.dating``, ``spans``);
a clause's conjuncts, its subordinator and a relative clause's subject are read by ``background.clause_head``,
``clause_mark`` and ``done_by_head``, shared with ``background.years_before``, the one reader of a past 'since'
clause (dropped main act or not: "has frozen arms sales since Ankara jailed a reporter").
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from ..times.vocabulary import MONTHS, WEEKDAYS
from . import syntax
from .background import clause_head, clause_mark, done_by_head
from .fired import STATEMENT_CODES
from .modality import ModalityRules


def drop(fired: dict[int, Any], rules: ModalityRules, told_roots: frozenset[str] = frozenset()) -> None:
    """Mark the background acts of one sentence's fired triggers (``told_roots``: the CAMEO roots of the events
    the earlier sentences of the text coded)."""
    live = [f for f in fired.values() if not f.dropped and f.pairs]
    triggers = frozenset(fired)
    for f in live:
        why = earlier_act(f, live, rules, triggers, told_roots)
        if why:
            f.dropped = why


def earlier_act(f: Any, live: list[Any], rules: ModalityRules, triggers: frozenset[int] = frozenset(),
                told_roots: frozenset[str] = frozenset()) -> str:
    """Why the trigger tells an act before the sentence's news, or "" (``triggers``: the token indices of the
    sentence's fired triggers, coded or not; ``told_roots``: the roots coded by the earlier sentences)."""
    verb = f.token if not f.attempt.noun else syntax.light_verb(f.token)
    if verb is None:
        return ""
    undated = _undated_past(verb, rules)
    if undated:
        return f"background: told as an act of an undated past ('{undated}'), not an event of the news"
    occasion = counted_occasion(verb, rules)
    told = (_occasion_points_back(clause_head(verb), rules)
            or _told_elsewhere(f, clause_head(verb), live, told_roots)) if occasion else ""
    if told:
        return f"the act counted as '{occasion}' (the Nth time that ...) restates {told}: a record the news is " \
               "measured by, not an event of its own"
    # (an act in the present perfect goes on up to the news: "has bombed Yemen since 2015, killing thousands",
    # "has held the activist since 2021")
    if not _past(verb):
        return ""
    first = clause_head(verb)      # "after demonstrators burned a station and blocked the highway"
    # (a finding or a report about an old act is news: "the watchdog concluded that government forces
    # dropped chlorine on the town in 2018")
    # (a relative clause dated back is background.drop_relatives's: it may name who an actor is, "the
    # diplomats, whom Albania expelled last year, ...", the act the sentence is about)
    dated, counted = _dated_long_before(verb, first, rules) if first.dep_ not in ("ccomp", "relcl", "acl") \
        else ("", False)
    # a year names no distance from the news (the coder does not know the day of publication): it dates an
    # act only as the background of another ("Israel fought a war with Hezbollah in 2006" may be the news)
    if dated and (counted or first.dep_ != "ROOT" or _main_act(f, first, live) is not None):
        return f"background: dated long before the news ('{dated}'), not an event of the news"
    weeks = _dated_weeks_before(verb, first, rules)
    if weeks and not _in_lead(verb):
        return f"background: a sentence after the lead dates its act weeks before the news ('{weeks}'), not an " \
               "event of the news"
    if first.dep_ == "ROOT" and _pluperfect(verb):
        return "a main clause in the past perfect ('had led', 'had admitted'): an act before the news, " \
               "told as its background"
    # (a relative clause set off by a comma tells an act of its own in passing: "the rebels, whose positions
    # Russian jets had bombed on Monday": background.told_aside)
    # (nor what the head itself had done: "fired tear gas at demonstrators who had blocked a road" tells what
    # the target of the news did)
    if first.dep_ in ("relcl", "acl") and _pluperfect(verb) and _restrictive(first) \
            and not done_by_head(first, passive=True):
        return f"restrictive relative clause in the past perfect on '{first.head.text}': an act before the " \
               "news that says which one is meant, not an event of the news"
    main = _main_act(f, first, live)
    # (not a clause that only dates a noun, "their release came hours after the government freed three
    # prisoners": the 'after' clause is the news itself)
    mark = clause_mark(first, rules.markers.get("earlier", frozenset()))
    retold = _in_clause_dating_told_news(first, rules)
    if retold:
        return f"background: '{retold} ...' dates news already told by an act before it, not an event of the news"
    stray = _conjunct_of_earlier_clause(verb, rules)
    if stray is not None and _main_act(f, verb, live) is not None:
        return f"background: '{verb.text}' continues the '{stray.text} ...' clause (a past verb joined to a " \
               f"present perfect '{verb.head.text}'), an act before the news"
    if main is None:
        return _before_uncoded_news(first, mark, rules, triggers)
    if mark is not None and first.head.lemma_.lower() not in rules.governors.get("dating", frozenset()):
        return f"background: '{mark.text} ...' tells an act before '{main.token.text}' " \
               f"({main.attempt.pattern.rule}), the news of the sentence"
    saying = first.head
    reporting = rules.governors.get("reporting", frozenset())
    if first.dep_ == "ccomp" and saying.tag_ == "VBG" and saying.lemma_.lower() in reporting \
            and saying.dep_ in ("advcl", "xcomp", "conj") and saying.head.lemma_.lower() not in reporting:
        return f"the reason given for '{main.token.text}' ('{saying.text} ...' told in the past): " \
               "a justification, not an event of its own"
    return ""


def _in_clause_dating_told_news(first: Token, rules: ModalityRules) -> str:
    """The words by which the 'after' clause holding ``first`` (itself, or a clause above it: "... after jets bombed
    a site that India described as a camp") dates news told before, "" when none (``_dates_told_news``)."""
    for clause in (first, *first.ancestors):
        mark = clause_mark(clause, rules.markers.get("earlier", frozenset()))
        if mark is not None:
            retold = _dates_told_news(clause, mark, rules)
            return f"{retold} {clause.head.text} {mark.text}" if retold else ""
    return ""


def _dates_told_news(first: Token, mark: Token | None, rules: ModalityRules) -> str:
    """The subject by which a dating verb hangs an 'after' clause on news told before, "" when none: "That's after
    X blocked ...", "This comes after ...", or past the lead "The call came days after the two sides reached a
    deal" (a definite noun naming an act the story told already). The clause recalls what went before that news;
    in the lead, "The decision came three days after the EU condemned ..." may tell the news itself."""
    governor = first.head
    if mark is None or governor is first or governor.lemma_.lower() not in rules.governors.get("dating", frozenset()):
        return ""
    return _subject_pointing_back(governor, rules, in_lead=False)


def _conjunct_of_earlier_clause(verb: Token, rules: ModalityRules) -> Token | None:
    """The subordinator of an 'after' clause a simple past verb belongs to although the parser joined it to the
    main verb in the present perfect, or None: "has suspended aid after the military seized power and detained the
    president" ('detained' hung on 'suspended'): a main verb in the present perfect shares its 'has' with a
    conjunct, which is then a participle of its own, never a simple past told after an 'after' clause."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.tag_ != "VBN" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children) \
            or not any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in head.children):
        return None
    marks = rules.markers.get("earlier", frozenset())
    return next((t for t in verb.doc[head.i + 1:verb.i] if t.lower_ in marks and t.dep_ in ("mark", "prep")), None)


def _undated_past(verb: Token, rules: ModalityRules) -> str:
    """The phrase that sets the clause in a past with no date, "" when none: "has in the past accused Addis Ababa
    of ...", "has carried messages between the two governments in the past" (intent.yaml ``markers.undated_past``,
    a bare "in the past"; not "in the past three weeks", a span up to the news)."""
    past = rules.markers.get("undated_past", frozenset())
    for head in (verb, clause_head(verb)):
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ != "in":
                continue
            for obj in c.children:
                if obj.dep_ == "pobj" and obj.lower_ in past \
                        and all(g.dep_ == "det" and g.lower_ == "the" for g in obj.children):
                    return f"{c.text} the {obj.text}"
    return ""


def counted_occasion(verb: Token, rules: ModalityRules) -> str:
    """The occasion noun that counts the clause's act among others of its kind, "" when none: a clause of "the
    first time", "the third time in a month" ("marks the first time since 2019 that Washington has imposed
    sanctions on ...", "It is the third time in a month that the president has ordered a curfew", "..., the
    second time a court has convicted ..."). Such a clause measures the news against a record (the act of the
    sentence or of the story's lead told again; ``_told_elsewhere`` checks it is: else the clause is the
    telling and is coded); intent.yaml ``markers.occasions`` and ``markers.ordinals``."""
    first = clause_head(verb)
    occasions = rules.markers.get("occasions", frozenset())
    if first.dep_ in ("relcl", "acl"):
        nouns = [first.head]
    elif first.dep_ == "ccomp" and first.head.pos_ in ("VERB", "AUX"):
        nouns = [c for c in first.head.children if c.dep_ in ("attr", "dobj")]
    else:
        return ""
    for noun in nouns:
        if noun.lemma_.lower() not in occasions:
            continue
        count = next((c for c in noun.children if c.dep_ == "amod" and _ordinal(c, rules)), None)
        if count is not None:
            return f"the {count.text} {noun.text}"
    return ""


def _occasion_points_back(clause: Token, rules: ModalityRules) -> str:
    """The subject by which the clause's "the Nth time" points back to news already told, "" when none: a pronoun
    (intent.yaml ``markers.told_before``: "It is the third time ...", "This marks the first time ...") or a definite
    noun naming a decision or an act ("The move / The decision / The strike marks the first time ..."). The clause
    restates that news even when the text holds no other telling of it (a story's later sentence cut from its
    lead); any other subject ("Sunday was the first time ...") keeps ``_told_elsewhere``'s test."""
    governor = clause.head                  # "marks [the first time] that ...", "is the first time [that] ..."
    if clause.dep_ in ("relcl", "acl") and governor.dep_ in ("attr", "dobj"):
        governor = governor.head
    elif clause.dep_ != "ccomp":
        return ""
    words = _subject_pointing_back(governor, rules)
    return f"the news '{words}' points back to" if words else ""


def _subject_pointing_back(governor: Token, rules: ModalityRules, in_lead: bool = True) -> str:
    """The words of ``governor``'s subject when it points back to news told before, "" when it does not: a pronoun
    (intent.yaml ``markers.told_before``: "That", "This", "It") or a definite noun ("The move", "this decision";
    with ``in_lead`` False, not in the story's first sentence, where it may name the news itself)."""
    subject = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return ""
    if subject.lower_ in rules.markers.get("told_before", frozenset()):
        return subject.text
    det = next((c for c in subject.children if c.dep_ == "det" and c.lower_ in ("the", "this", "that")), None)
    if subject.pos_ == "NOUN" and det is not None and (in_lead or not _in_lead(subject)):
        return f"{det.text} {subject.text}"
    return ""


def _told_elsewhere(f: Any, clause: Token, live: list[Any], told_roots: frozenset[str]) -> str:
    """Where the act of a counted occasion is told besides its clause, "" when nowhere: the main clause of its
    sentence ("Canada imposed sanctions on ..., the first time it has sanctioned ...") or an earlier sentence
    codes an event of the same root. A clause that is the only telling ("It is the first time a sitting
    president has visited the island") tells the act: it is coded."""
    root = f.code[:2]
    lo, hi = clause.left_edge.i, clause.right_edge.i
    main = next((o for o in live if o is not f and not o.dropped and o.code[:2] == root
                 and not lo <= o.token.i <= hi), None)
    if main is not None:
        return f"'{main.token.text}' of its sentence"
    return "an event of an earlier sentence" if root in told_roots else ""


def _ordinal(tok: Token, rules: ModalityRules) -> bool:
    """"first", "third", "10th", "last": a word that puts an occasion in a row."""
    return tok.ent_type_ == "ORDINAL" or tok.lower_ in rules.markers.get("ordinals", frozenset())


def _before_uncoded_news(first: Token, mark: Token | None, rules: ModalityRules, triggers: frozenset[int]) -> str:
    """Why a past 'after' clause is background although its main clause codes no event, or "": the main
    clause tells news that is no event in the past all the same ("the president resigned after protesters
    stormed parliament", "tensions rose after the army shelled the border villages"); not a main clause whose
    verb is an event trigger left uncoded ("world leaders reached a deal after Obama held talks with ...": an
    act whose actors were not found), that only dates the act ("came hours after"), reports it ("said after
    ...") or tells what is still to come ("will inspect the plant after Ukraine alleged ...")."""
    main = first.head
    if mark is None or main is first or main.i in triggers or main.pos_ not in ("VERB", "AUX") or not _past(main) \
            or main.lemma_.lower() in rules.governors.get("dating", frozenset()) \
            or main.lemma_.lower() in rules.governors.get("reporting", frozenset()):
        return ""
    # (a clause with a day of its own tells the act of that day, the political news of which the main clause is
    # the reaction: "Markets tumbled on Monday after Russia invaded Ukraine on Thursday")
    if _own_day(first) is not None:
        return ""
    return f"background: '{mark.text} ...' tells an act before '{main.text}', the news of the sentence " \
           "(which codes no event)"


def _own_day(clause: Token) -> Token | None:
    """The day the clause names for itself, or None: a weekday or a date of a month, bare or after 'on' ("invaded
    Ukraine on Thursday", "seized power on July 26", "fired a missile Tuesday")."""
    for c in clause.children:
        days = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ == "on" \
            else [c] if c.dep_ == "npadvmod" else []
        for day in days:
            if day.lower_.rstrip(".") in WEEKDAYS or (day.lower_.rstrip(".") in MONTHS and any(
                    g.like_num for g in day.children)):
                return day
    return None


def _dated_long_before(verb: Token, first: Token, rules: ModalityRules) -> tuple[str, bool]:
    """The time phrase that places the clause years before the news ("" when none), and whether it counts
    back from the news: a year ("In 2013, the legislature repealed the law", "were abducted in August 2016")
    or a span counted back ("protests were held last year", "Thirty years ago, a newspaper praised him",
    "had backed the senator since her first run in 2008"); not "earlier this year", "in March", "during the 2016
    campaign" (a year that only names an event), nor a date with its day ("on Feb. 9, 2016")."""
    heads = [verb, first] + ([first.head] if first.dep_ == "acl" else [])
    preps = rules.markers.get("dating", frozenset())
    long_spans = rules.spans.get("years", frozenset())
    for head in heads:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "since" and any(_year(t) for t in c.subtree):
                # "had backed the senator since her first run in 2008": a past act held from a year long gone (a
                # verb in the present perfect, "has bombed Yemen since 2015", is going on: never read here)
                return f"since ... {next(t.text for t in c.subtree if _year(t))}", True
            if c.dep_ == "prep" and c.lower_ in preps:
                for obj in c.children:
                    if obj.dep_ == "pobj" and obj.ent_type_ == "DATE" and _year_without_day(obj):
                        return (f"{c.text} {obj.text}" if obj.like_num else f"{c.text} {obj.text} ..."), False
            elif c.dep_ in ("npadvmod", "advmod"):
                span = c if c.lemma_.lower() in long_spans else next(
                    (g for g in c.children if g.dep_ == "npadvmod" and g.lemma_.lower() in long_spans), None)
                if span is None or any(g.dep_ == "det" and g.lower_ in ("this", "the") for g in span.children):
                    continue
                if span is not c or any(g.dep_ == "amod" and g.lower_ in ("last", "previous") for g in span.children):
                    return (f"{span.text} {c.text}" if span is not c else f"last {span.text}"), True
    return "", False


def _dated_weeks_before(verb: Token, first: Token, rules: ModalityRules) -> str:
    """The time phrase of the clause that counts weeks or months back from the news ("" when none): "last week",
    "last month", "on Thursday last week", "two weeks ago", "a month ago", "earlier this month" (intent.yaml
    ``markers.weeks_back``, ``markers.earlier_this``); not "this week", "earlier this week", "next month",
    "in March"."""
    spans = rules.markers.get("weeks_back", frozenset())
    heads = [verb, first] + ([first.head] if first.dep_ == "acl" else [])
    for head in heads:
        for c in head.children:
            if c.dep_ not in ("npadvmod", "advmod"):
                continue
            for span in (c, *(g for g in c.children if g.dep_ == "npadvmod")):
                if span.lemma_.lower() not in spans:
                    continue
                kids = {g.lower_ for g in span.children}
                if kids & {"last", "previous"}:                        # "last week", "Thursday last week"
                    return f"{' '.join(t.text for t in span.subtree)}"
                if c.lower_ == "ago" and span is not c:                # "two weeks ago"
                    return f"{span.text} ago"
                if "this" in kids and (c.lower_ == "earlier" or "earlier" in kids) \
                        and span.lemma_.lower() in rules.markers.get("earlier_this", frozenset()):
                    return f"earlier this {span.text}"                 # "earlier this month", not "... week"
    return ""


def _in_lead(token: Token) -> bool:
    """Whether ``token`` is in the lead: the first sentence of the text that ends like one (a headline line
    above it, with no closing stop, is not the lead)."""
    for sent in token.doc.sents:
        ends = sent[-1].text in (".", "!", "?") or (len(sent) > 1 and sent[-2].text in (".", "!", "?"))
        if ends or sent.end > token.i:
            return sent.start <= token.i < sent.end
    return False


def _year_without_day(obj: Token) -> bool:
    """"2013", "August 2016" (not "Feb. 9, 2016")."""
    parts = [obj, *obj.children]
    return any(_year(t) for t in parts) and not any(t.is_digit and len(t.text) <= 2 for t in parts)


def _year(tok: Token) -> bool:
    """A year written in four digits ("2008")."""
    return tok.is_digit and len(tok.text) == 4 and 1800 < int(tok.text) < 2100


def _main_act(f: Any, clause: Token, live: list[Any]) -> Any:
    """Another live event of the sentence outside the trigger's clause, told as done, or None."""
    return next(iter(_main_acts(f, clause, live)), None)


def _main_acts(f: Any, clause: Token, live: list[Any]) -> list[Any]:
    """The live events of the sentence outside the trigger's clause told as done (not a bare statement, not
    an act to come: "will inspect the plant after Ukraine alleged ..." reports the allegation)."""
    lo, hi = clause.left_edge.i, clause.right_edge.i
    out = []
    for o in live:
        if o is f or o.dropped or o.attempt.pattern.code in STATEMENT_CODES \
                or (o.mod is not None and o.mod.modality != "asserted"):
            continue
        at = o.token if not o.attempt.noun else (syntax.light_verb(o.token) or o.token)
        if not lo <= at.i <= hi and not lo <= o.token.i <= hi:
            out.append(o)
    return out


def _restrictive(clause: Token) -> bool:
    """The relative clause is not set off by a comma, a dash or a parenthesis."""
    left = clause.left_edge.i
    return left == 0 or clause.doc[left - 1].text not in (",", "(", "—", "–")


def _past(verb: Token) -> bool:
    """Simple past ("burned"), past perfect ("had urged") or a passive in the past ("was seized")."""
    return verb.tag_ == "VBD" or _pluperfect(verb) or (verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children))


def _pluperfect(verb: Token) -> bool:
    """"had urged", "had been seized": the past perfect (not its progressive, "had been holding talks", an
    activity that went on up to the time told and may go on still)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
