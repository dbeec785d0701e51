"""The doers an agent phrase or the sentence names: the 'by' agent of a passive or of the participle that
describes a means of force ("hit by a roadside bomb planted by the Taliban"), shared by conjoined passives; a noun's
possessive or 'by' agent; the police or soldiers named in the sentence of an arrest told with no agent; the subject
of a threat's condition. The base of ``noun_sources.NounSourceSearch`` and ``sources.SourceSearch``.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from . import syntax
from .argument_types import Arg, state_body
from .argument_words import argument_words
from .phrase_actors import PhraseActors

# sectors of the state's forces that arrest people (an arrest told with no agent is theirs)
_SECURITY = frozenset({"COP", "MIL", "SPY"})


class AgentSearch(PhraseActors):
    """The agents of passives and nouns, the forces of an agentless arrest, a condition's subject."""

    def owner_or_by_agent(self, noun: Token, owner_how: str = "possessive",
                          agent_how: str = "'by' agent") -> list[Arg]:
        """The actors of a noun's possessive ("Russia's strikes"), else of its 'by' agent ("strikes by Russia",
        "the arrest of two reporters by Ugandan police")."""
        for poss in syntax.children(noun, "poss"):
            found = self.actors(poss, owner_how)
            if found:
                return found
        for pobj in syntax.act_agents(noun):
            found = self.actors(pobj, agent_how)
            if found:
                return found
        return []

    def _agent_of_means(self, means: Token) -> list[Arg]:
        """The doer behind a means of force named as a passive agent: "a convoy was hit by a roadside bomb
        planted by the Taliban" -> the Taliban (the 'by' agent of the past participle describing the means,
        one of ``arming_verbs`` in arguments.yaml; also "a bomb that was planted by ...", a relative clause;
        not "backed by planes sent by Spain")."""
        arming = argument_words().arming_verbs
        for part in means.children:
            if part.dep_ not in ("acl", "relcl") or part.tag_ != "VBN" or part.lemma_.lower() not in arming:
                continue
            found = self._by_agent_actors(
                part, lambda pobj: f"'by' agent of the '{means.text}' ('{part.text} by {pobj.text}')")
            if found:
                return found
        return []

    def _shared_agent(self, verb: Token) -> list[Arg]:
        """The 'by' agent of a coordinated passive ("was captured and killed by rebel fighters",
        "was summoned and reprimanded by the ministry"): conjoined passive verbs share it."""
        others = [c for c in syntax.children(verb, "conj") if c.tag_ == "VBN"]
        if verb.dep_ == "conj" and verb.head.tag_ == "VBN":
            others.append(verb.head)
        for other in others:
            if not (self.passive(other) or other.dep_ == "conj" and other.head.i == verb.i):
                continue
            if syntax.children(other, *syntax.SUBJ):
                continue     # "was arrested and police said ...": a clause of its own
            found = self._by_agent_actors(other, lambda _: f"passive agent (shared with '{other.text}')")
            if found:
                return found
        return []

    def _by_agent_actors(self, verb: Token, how: Callable[[Token], str]) -> list[Arg]:
        """The actors of the first object of a participle's 'by' agent that names any ("planted by the
        Taliban"); ``how`` tells how the agent was found, given that object."""
        for agent in syntax.children(verb, "agent"):
            for pobj in syntax.children(agent, "pobj"):
                found = self.actors(pobj, how(pobj))
                if found:
                    return found
        return []

    def security_forces(self, verb: Token) -> list[Arg]:
        """The police or security forces named elsewhere in the sentence of an arrest told with no agent:
        "Police fired tear gas, and at least 30 people were arrested", "a third man was arrested when police
        stormed the house", "police said 800 suspects had been rounded up" (not in the phrase of the
        arrested themselves)."""
        held = {t.i for subj in syntax.children(verb, *syntax.PASS_SUBJ) for t in subj.subtree}
        for tok in verb.sent:
            if tok.i in held:
                continue
            m = self.actor_at(tok.i)
            code = m.ref.code if m is not None and m.head_token == tok.i else None
            if state_body(code, _SECURITY):
                return [Arg(m.ref, tok, f"the {code[3:6]} named in the sentence of '{verb.text}' (no agent)")]
        return []

    def actors_of_clause(self, verb: Token) -> list[Arg]:
        """The subject (or passive agent) of a clause: the party a threat's condition is about."""
        for subj in syntax.children(verb, *syntax.SUBJ, *syntax.PASS_SUBJ):
            found = self.actors(subj, "subject of the condition")
            if found:
                return found
        return []
