"""Speakers: the noun phrase of a reporting verb, pronouns sent back to the last named speaker,
and the actor code from the actor stage's mentions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..records import Speaker
from .lexicon import QuoteLexicon
from .misplaced_clauses import after_participle_aside
from .relatives import end_before_aside, relative_speaker

PERSONAL = frozenset({"he", "she", "him", "her", "his"})
GROUP = frozenset({"they", "them", "it", "we"})
_MAX_SPEAKER_TOKENS = 40
_NAME_DEPS = frozenset({"compound", "det", "amod", "poss", "case", "nmod", "nummod", "punct", "flat"})


@dataclass
class SpeakerMention:
    """A speaker as tokens [start, end), its head, and (for pronouns) the antecedent's head."""

    start: int
    end: int
    head: int
    antecedent: int | None = None
    relative: bool = False              # the speaker stands for the noun a relative clause hangs from
    shown: tuple[int, int] | None = None   # tokens the record shows when not [start, end): the relative
                                           # pronoun ("who", "whose spokesman") standing for [start, end)

    def is_pronoun(self, doc: Doc) -> bool:
        return doc[self.head].pos_ == "PRON" and not self.relative


def subject_of(verb: Token, lexicon: QuoteLexicon, forbidden: Callable[[int], bool] = lambda i: False) -> Token | None:
    """The subject of a reporting verb, climbing through xcomp/conj ("went on to say", "and added")
    but never into quoted text; else a name right after the verb ("..., said James Acton")."""
    found = _subject(verb, lexicon, forbidden)
    if found is not None and not forbidden(found.i):
        return found
    if verb.dep_ == "compound" and verb.head.pos_ == "PROPN" and verb.head.i > verb.i:
        return verb.head                   # "Said Ellis: ..."
    inverted = verb.i > 0 and (verb.doc[verb.i - 1].is_punct or forbidden(verb.i - 1))
    for child in verb.children:
        if inverted and child.i > verb.i and child.dep_ in ("dobj", "attr", "npadvmod", "appos", "nsubj") \
                and child.pos_ == "PROPN" and child.ent_type_ not in ("DATE", "TIME") and not forbidden(child.i):
            return child                   # '"...," said James Acton'; not "Trump admires Putin"
    if inverted and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        for child in verb.children:
            if child.i > verb.i and child.dep_ in ("dobj", "attr") and _closing_noun_phrase(child) and not forbidden(child.i):
                return child               # '"...," warned the minister': the parser took him for the object
    return _noun_phrase_before(verb, forbidden)


_SPEAKER_PREPS = frozenset({"of", "for", "at", "from"})   # "the head of ...", "a spokesman for ..."


def _closing_noun_phrase(noun: Token) -> bool:
    """A determined noun phrase that ends its sentence ("the minister", "the EU's foreign policy chief,
    Josep Borrell"), as the speaker after a quotation and its verb is."""
    doc = noun.doc
    end = noun.right_edge.i + 1
    for prep in noun.head.children:        # "added the spokesman for the ministry" with "for" on the verb
        if prep.i == end and prep.dep_ == "prep" and prep.lower_ in _SPEAKER_PREPS:
            end = prep.right_edge.i + 1
    return noun.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in noun.children) \
        and all(doc[j].is_punct for j in range(end, noun.sent.end))


def name_read_as_root(verb: Token, forbidden: Callable[[int], bool]) -> Token | None:
    """ "Trump openly admires Putin": the parser may take a name that is also a word ("Trump" as the
    verb "to trump") for the root and the finite verb after it for its object, which no finite verb
    can be; the name right before it (adverbs aside) is the subject."""
    if verb.tag_ not in ("VBZ", "VBD", "NNS"):
        return None
    if verb.dep_ == "ROOT" and verb.tag_ != "NNS" and verb.i > 0 and verb.doc[verb.i - 1].dep_ == "compound" \
            and verb.doc[verb.i - 1].head.i == verb.i and verb.doc[verb.i - 1].is_title \
            and not forbidden(verb.i - 1):
        return verb.doc[verb.i - 1]        # "Trump admires Putin" parsed with "Trump" as a modifier
    head = verb.head
    if verb.dep_ not in ("dobj", "npadvmod", "appos") or head.i >= verb.i \
            or head.dep_ != "ROOT" or not (head.pos_ in ("PROPN", "PRON") or head.is_title) or forbidden(head.i) \
            or not all(t.pos_ == "ADV" for t in verb.doc[head.i + 1:verb.i]):
        return None
    return head


_PHRASE_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM", "PART"})


def _participle_read_as_root(verb: Token, forbidden: Callable[[int], bool]) -> Token | None:
    """ "Protesters marching through the streets chanted ...": the parser took the participle of the
    subject's phrase for the main verb and hung the finite verb from it; the participle's subject is
    the finite verb's."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or head.tag_ != "VBG" \
            or head.dep_ != "ROOT" or not head.i < verb.i:
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    return subj if subj is not None and not forbidden(subj.i) else None


def _finite_read_as_relative(verb: Token, forbidden: Callable[[int], bool]) -> Token | None:
    """ "The envoy called again for a ceasefire": the parser hung a past-tense verb right after the
    sentence's only noun phrase as a reduced relative of it, leaving the sentence without a verb; that
    noun is the subject (a true reduced relative is a participle, "the statement released Friday").
    So too after the noun's apposition closed by a comma ("The attorney general, the governor's rival,
    called Friday for ..."), where the parser may also read the verb as a participle."""
    head = verb.head
    if verb.dep_ != "acl" or forbidden(head.i):
        return None
    if head.i + 1 == verb.i:
        return head if verb.tag_ in ("VBD", "VBZ") and head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") else None
    doc = verb.doc
    root = verb.sent.root
    if verb.tag_ in ("VBD", "VBZ", "VBN") and root.pos_ in ("NOUN", "PROPN") and root.i < verb.i \
            and doc[verb.i - 1].text == "," and doc[root.i + 1].text in (",", "(") and not forbidden(root.i) \
            and root.right_edge.i >= verb.i and any(c.dep_ == "appos" for c in root.children) \
            and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[root.i + 1:verb.i]):
        return root                        # the verb hangs from the apposition's last noun
    return None


def _noun_phrase_before(verb: Token, forbidden: Callable[[int], bool]) -> Token | None:
    """A finite verb the parser left without a subject ("..., Flynn, a top surrogate, said",
    "a meeting with the board of the Post Trump said that"): the name written right before it."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return None
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ == "ADV" and verb.i - i <= 2:
        i -= 1
    names = []
    while i >= 0 and verb.i - i <= 12 and not forbidden(i) and not doc[i].is_sent_start:
        tok = doc[i]
        if tok.pos_ == "PROPN" and doc[i + 1].pos_ not in ("PROPN", "NOUN"):
            names.append(tok)               # the end of a name, not a modifier ("a top Trump surrogate")
        elif tok.pos_ not in _PHRASE_POS and tok.text != "," and tok.pos_ != "PROPN":
            break
        i -= 1
    if not names or doc[verb.i - 1].pos_ not in ("PROPN", "NOUN", "PUNCT", "ADV"):
        return None
    return names[0]


def _aside_subject(subject: Token, subjects: list[Token], verb: Token) -> bool:
    """Of two subjects the parser gave one verb, the first is an aside when a comma closes it before the
    second ("on X, formerly Twitter, the minister wrote"): the subject is the one next to the verb."""
    doc = verb.doc
    return subject.i < verb.i and any(
        subject.right_edge.i < other.left_edge.i < verb.i
        and any(doc[j].text == "," for j in range(subject.right_edge.i + 1, other.left_edge.i)) for other in subjects)


def _subject(verb: Token, lexicon: QuoteLexicon, forbidden: Callable[[int], bool]) -> Token | None:
    if _interrupting_participle(verb):
        return None                        # "Peskov, asked about X, said ...": Peskov was asked
    current: Token | None = verb
    gerund_of = False                      # came up from "for saying ...", "by promoting ..."
    raised = False                         # came up from "is expected to announce": its passive subject says it
    for _ in range(4):
        if current is None or forbidden(current.i) and current.i != verb.i:
            return None
        interrupted = next((c for c in current.children if c.dep_ in ("advcl", "ccomp", "parataxis")
                            and c.i < current.i and _interrupting_participle(c)), None)
        if interrupted is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            subj = next(c for c in interrupted.children if c.dep_ == "nsubj")
            return None if forbidden(subj.i) else subj   # "Lavrov, asked whether ..., said": the parser gave Lavrov to "asked"
        subjects = [c for c in current.children if c.dep_ == "nsubj"]
        for child in current.children:
            if len(subjects) > 1 and child.dep_ == "nsubj" and child.tag_ in ("WDT", "WP") and child.i < current.i:
                continue                   # "the reasons that Trump refuses to ...": two subjects; not the relative
            if len(subjects) > 1 and child.dep_ == "nsubj" and _aside_subject(child, subjects, current):
                continue                   # "In a post on X, formerly Twitter, the minister wrote": the minister
            if child.dep_ in ("nsubj", "nsubjpass", "csubj") and forbidden(child.i):
                # "NEW YORK (AP) - UN chief Guterres urged": the dateline took the subject slot
                child = next((c for c in child.children if c.dep_ == "appos" and not forbidden(c.i)), child)
            if child.dep_ in ("nsubj", "nsubjpass", "csubj", "appos") and not forbidden(child.i):
                if child.dep_ == "nsubjpass" and not gerund_of and not raised:
                    return _agent(current)
                return child               # "X was criticized by Y for saying ...": X says it
        for child in current.children:
            if child.dep_ == "agent":
                return _agent(current)
            if child.dep_ == "aux" and child.i < current.i:   # "X has pooh-poohed": the subject under "has"
                subj = next((c for c in child.children if c.dep_ == "nsubj" and not forbidden(c.i)), None)
                if subj is not None:
                    return subj
        named = name_read_as_root(current, forbidden)
        if named is not None:
            return named                   # "Trump openly admires Putin, comparing him to ..."
        carrier = _participle_read_as_root(current, forbidden) or _finite_read_as_relative(current, forbidden)
        if carrier is not None:
            return carrier                 # "Protesters marching through the streets chanted ..."
        # "..., adding", "met with X to discuss Y"; not "as X wrote"
        participle = current.dep_ == "advcl" and (current.tag_ in ("VBG", "VBN") or current.tag_ == "VB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in current.children))
        if participle and current.i == verb.i and current.tag_ == "VBN" \
                and not any(c.dep_ in ("aux", "auxpass") for c in current.children):
            return None                    # "Asked about X, Lavrov said": a passive participle, Lavrov was asked
        controller = _object_controller(current, lexicon)
        if controller is not None:
            return controller              # "forced Stumpf to admit", "left many nations feeling"
        if (current.dep_ in ("xcomp", "conj") or participle) and current.head.i != current.i:
            gerund = participle and current.tag_ == "VBG" and current.i > current.head.i
            # "X said, citing Y, that Z": the parser hung the aside inside the reported clause; X cites
            aside = participle and current.tag_ == "VBG" and after_participle_aside(current.head) > current.i
            raised = current.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
            current = current.head
            if (gerund or aside) and current.dep_ == "ccomp" and current.head.i != current.i:
                current = current.head     # "X said that Y had concluded Z, saying ...": X is saying
            continue
        if current.dep_ == "acomp" and current.head.i != current.i:
            current = current.head         # "won't be able to brag", "was quick to deny"
            continue
        if current.dep_ == "acl" and current.tag_ == "VB" and current.head.dep_ == "dobj" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            verb = current.head.head       # "took the opportunity to deny", "gave him a chance to explain"
            dative = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "PRON", "NOUN")), None)
            if dative is not None:
                return dative
            current = verb
            continue
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return _shown_speaker(current.head, current, lexicon) or current.head   # "a posting saying that ..."
        framed = quoting_frame(current, lexicon)
        if framed is not None and not forbidden(framed[1].i):
            return framed[1]               # "Interfax quoted Peskov as saying ...": Peskov says it
        if current.dep_ == "pcomp" and current.head.head.i != current.head.i:
            gerund_of = True
            current = current.head.head    # "for saying that ...", "by telling them ..."
            for _ in range(3):             # "were in the forefront in demanding X", "aside from saying X"
                if current.pos_ in ("VERB", "AUX") or current.dep_ not in ("pobj", "prep", "advmod") \
                        or current.head.i == current.i:
                    break
                current = current.head
            if current.pos_ not in ("VERB", "AUX"):
                return None
            continue
        return None
    return None


def _interrupting_participle(verb: Token) -> bool:
    """ "Peskov, asked about the sanctions, said ...": a past participle set off by commas between a
    subject and its verb, which the parser reads as a finite verb taking the subject ("Peskov asked
    about the sanctions") with the real verb as its head or its conjunct."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or max(t.i for t in subj.subtree if not t.is_punct) != verb.i - 2 \
            or any(c.dep_ == "appos" for c in subj.children):
        return False                       # "Lavrov, Russia's top diplomat, said"
    after = [verb.head] if verb.dep_ in ("advcl", "ccomp", "parataxis") and verb.head.i > verb.i else \
        [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
    for main in after:                     # the real verb right after the participle's closing comma
        end = max([verb.i] + [c.right_edge.i for c in verb.children
                              if c.i < main.i and c.dep_ not in ("conj", "cc", "punct")])
        if main.tag_ in ("VBD", "VBZ", "VBP") and end + 2 <= main.i and doc[end + 1].text == "," \
                and all(doc[i].pos_ == "ADV" for i in range(end + 2, main.i)):
            return True
    return False


_PEOPLE = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me"})


def quoting_frame(verb: Token, lexicon: QuoteLexicon) -> tuple[Token, Token] | None:
    """ "Interfax quoted Peskov as saying ...", "state media quoted him as saying": the gerund after
    "as" under a verb of ``object_participle_verbs`` with an object; returns (that verb, its object)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    frame = prep.head
    if frame.lemma_.lower() not in lexicon.object_participle_verbs:
        return None
    obj = next((c for c in frame.children if c.dep_ == "dobj" and c.i < prep.i), None)
    return (frame, obj) if obj is not None else None


def _object_controller(verb: Token, lexicon: QuoteLexicon) -> Token | None:
    """The object that does the infinitive or gerund of a verb it governs ("pressed Stumpf to
    admit", "led the journalist Dainis Ivans to fear", "left many E.U. nations feeling that"),
    when that object names someone; not "used the occasion to say" or "promised them to ..."."""
    if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i:
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None and verb.dep_ == "xcomp":
        addressee = _called_on(verb, lexicon)
        if addressee is not None:
            return addressee               # "called on the premier to explain": whoever is called on
    shown = _shown_speaker(obj, verb, lexicon) if obj is not None and verb.tag_ == "VBG" else None
    if shown is not None or verb.head.lemma_.lower() in lexicon.subject_control_verbs:
        return shown                       # "uses footage of Hillary Clinton asking, ..."
    if not (verb.tag_ == "VBG" or verb.dep_ == "xcomp" and verb.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return None
    if obj is None or verb.dep_ == "advcl" and (obj.right_edge.i != verb.i - 1
                                                or verb.head.lemma_.lower() not in lexicon.object_participle_verbs):
        return None                        # "attacked Clinton saying ...": the subject says it
    names = [obj] + [c for c in obj.children if c.dep_ in ("appos", "compound")]
    if obj.lower_ in _OBJECT_PRONOUNS or any(t.pos_ == "PROPN" or t.ent_type_ in _PEOPLE for t in names):
        return obj
    return None


_ON = frozenset({"on", "upon"})


def _called_on(verb: Token, lexicon: QuoteLexicon) -> Token | None:
    """The object of the "on" of a phrasal reporting verb ("call on"), right before the infinitive
    it governs ("calls on Dean to apologize for ..."): the addressee, who is to do it (not "went on
    CNN to say", where the subject says it)."""
    head = verb.head
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ in _ON and c.i == head.i + 1
                 and c.right_edge.i < verb.i), None)
    entry = lexicon.verb(lexicon.lemma(head.text, head.lemma_), {prep.lower_}) if prep is not None else None
    if entry is None or entry.particle != prep.lower_:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def _shown_speaker(obj: Token, verb: Token, lexicon: QuoteLexicon) -> Token | None:
    """The one a recording shows speaking: "a video of Trump saying ...", "footage of Hillary
    Clinton asking ..." (the gerund right after the recording's 'of' phrase)."""
    if obj.lemma_.lower() not in lexicon.recording_nouns:
        return None
    for prep in obj.rights:
        if prep.lower_ == "of" and prep.right_edge.i == verb.i - 1:
            person = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if person is not None and (person.pos_ == "PROPN" or person.ent_type_ in _PEOPLE
                                       or person.lower_ in _OBJECT_PRONOUNS):
                return person
    return None


def agent_phrase(verb: Token) -> Token | None:
    """The "by" phrase of a passive verb: its agent, or a "by" the parser hung on its predicate noun
    ("was called a liar [by fellow Republicans]")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        agent = next((p for c in verb.children if c.dep_ in ("oprd", "dobj", "attr") and c.i > verb.i
                      for p in c.children if p.dep_ == "prep" and p.lower_ == "by"), None)
    return agent


def _agent(verb: Token) -> Token | None:
    agent = agent_phrase(verb)
    return next((obj for obj in agent.children if obj.dep_ == "pobj"), None) if agent is not None else None


def speaker_span(head: Token, forbidden: Callable[[int], bool]) -> SpeakerMention:
    """The noun phrase of ``head``; ``forbidden(i)`` marks tokens a speaker cannot contain
    (the cue, quoted text). A relative pronoun stands for the noun it modifies."""
    relative = relative_speaker(head, forbidden)
    if relative is not None:
        return SpeakerMention(relative.start, relative.end, relative.head, relative.antecedent, relative=True,
                              shown=relative.shown)
    if head.pos_ == "PRON":
        return SpeakerMention(head.i, head.i + 1, head.i)
    start, end = head.left_edge.i, head.right_edge.i + 1
    end = end_before_aside(head) or end
    end = _without_time(head, end)
    if end - start > _MAX_SPEAKER_TOKENS or any(forbidden(i) for i in range(start, end)):
        start = head.i
        while start > 0 and head.doc[start - 1].dep_ in _NAME_DEPS and head.doc[start - 1].head.i >= start:
            if forbidden(start - 1):
                break
            start -= 1
        end = head.i + 1
    doc = head.doc
    end = _balanced(doc, start, end)
    while end - 1 > start and doc[end - 1].is_punct and not (doc[end - 1].text == ")" and _opened(doc, start, end - 1)):
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return SpeakerMention(start, end, head.i)


def misplaced_charge(head: Token) -> Token | None:
    """ "was accused by rights groups of torturing detainees": the "of"/"for" phrase with a gerund the
    parser hung from the agent's noun is what the passive verb reports, not part of who speaks."""
    for child in head.children:
        if child.i > head.i and child.dep_ == "prep" and child.lower_ in ("of", "for") and any(
                c.dep_ == "pcomp" and c.tag_ == "VBG" and not c.is_title for c in child.children):
            return child
    return None


def _without_time(head: Token, end: int) -> int:
    """ "Trump on Tuesday called ...", "Clinton last week said ...": a closing time phrase the parser
    hung from the speaker is the verb's, not part of who speaks; so is a charge hung from an agent
    ("accused by rights groups of torturing detainees")."""
    charge = misplaced_charge(head) if head.head.dep_ == "agent" else None
    if charge is not None and charge.right_edge.i + 1 == end:
        return charge.i
    for child in head.children:
        if child.i > head.i and child.right_edge.i + 1 == end and child.dep_ in ("prep", "npadvmod") and child.lower_ != "of" \
                and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
            return child.left_edge.i
    return end


def _opened(doc: Doc, start: int, end: int) -> bool:
    """Is a bracket opened in [start, end) and not closed there?"""
    depth = 0
    for i in range(start, end):
        depth += (doc[i].text == "(") - (doc[i].text == ")" and depth > 0)
    return depth > 0


def _balanced(doc: Doc, start: int, end: int) -> int:
    """End of a speaker without a bracket left open: "Sen. Claire McCaskill (D-Mo.)" takes its
    closing bracket; an aside with a verb ("Mr. Burman (a view echoed by everyone ...") goes."""
    opening = max((i for i in range(start, end) if doc[i].text == "("), default=None)   # the last bracket
    if opening is None or opening == start:
        return end
    close = next((i for i in range(opening, end) if doc[i].text == ")"), end)
    if any(doc[i].pos_ in ("VERB", "AUX") for i in range(opening, close)):
        return opening
    if _opened(doc, start, end) and end < len(doc) and doc[end].text == ")":
        return end + 1
    return end


class SpeakerTracker:
    """Remembers named speakers in document order and resolves pronouns (and document nouns such
    as "the statement") to the latest fitting one."""

    def __init__(self, doc: Doc, document_nouns: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.document_nouns = document_nouns
        self.person: int | None = None
        self.group: int | None = None
        self.any: int | None = None

    def resolve(self, mention: SpeakerMention, remember: bool = True) -> SpeakerMention:
        """Resolve a pronoun or document noun; a named speaker becomes the latest antecedent
        unless ``remember`` is false (a speaker inside someone else's reported speech)."""
        head = self.doc[mention.head]
        word = head.lower_
        if head.pos_ == "PRON":
            if word in PERSONAL:
                mention.antecedent = self.person if self.person is not None else self.any
            elif word in GROUP:
                mention.antecedent = self.group if self.group is not None else self.any
            return mention
        if head.lemma_.lower() in self.document_nouns and not any(
                self.doc[i].pos_ == "PROPN" for i in range(mention.start, mention.end)):
            mention.antecedent = self.group if self.group is not None else self.any
            return mention
        if remember and (head.pos_ == "PROPN" or head.ent_type_):
            if head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and not head.ent_type_):
                self.person = head.i
            else:
                self.group = head.i
            self.any = head.i
        return mention


def to_record(mention: SpeakerMention, doc: Doc, lookup: Callable[[int], tuple[str | None, str | None]]) -> Speaker:
    """Speaker record: text and offsets of the mention; name/code from the actor at its head.
    A relative pronoun shows its own words ("who", "whose spokesman") with the antecedent's name
    and code, as a pronoun does ("he" -> Trump). A pronoun takes the actor stage's resolution of it first (it weighs gender and clause
    structure); the quote stage's own antecedent (the last named speaker) only when the actor
    stage found nothing there, or to name the actor it coded."""
    span = doc[mention.shown[0]:mention.shown[1]] if mention.shown is not None else doc[mention.start:mention.end]
    order = [mention.head, mention.antecedent] if mention.is_pronoun(doc) else [mention.head]
    order += [i for i in _other_heads(mention, doc) if i not in order]
    name = code = None
    for i in order:
        if i is None:
            continue
        name, code = lookup(i)
        if name is not None or code is not None:
            break
    if name is None and code is not None and mention.is_pronoun(doc) and mention.antecedent is not None:
        other_name, other_code = lookup(mention.antecedent)
        if other_code == code:
            name = other_name                # the actor stage coded "He" USAPTY; the speaker was Trump
    return Speaker(text=span.text, start=span.start_char, end=span.end_char, name=name, code=code)


def _other_heads(mention: SpeakerMention, doc: Doc) -> Sequence[int]:
    if mention.antecedent is not None:
        return [mention.antecedent]
    return [i for i in range(mention.start, mention.end) if doc[i].pos_ == "PROPN" and i != mention.head]
