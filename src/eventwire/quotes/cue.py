"""The cue record: one attribution cue found in the parse (a reporting verb, noun, stance
predicate or "according to"), with its speaker, attribution clause and content."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Token

from .lexicon import VerbEntry
from .speakers import SpeakerMention

_SPEAKING_GROUPS = frozenset({"speech", "directive", "speech_object", "pledge", "as-put-it"})


@dataclass
class Cue:
    """One attribution cue found in the parse."""

    token: int                          # the verb, or "according"
    text: str                           # cue text as written ("told", "according to")
    entry: VerbEntry | None             # None for "according to"
    speaker: SpeakerMention | None
    clause: set[int] = field(default_factory=set)   # tokens of the attribution clause
    content: tuple[int, int] | None = None         # indirect complement, tokens [start, end)
    via: str | None = None
    media_speaker: str | None = None               # the outlet when the speaker is one ("Reuters reported")
    noun: bool = False                             # a reporting noun ("Trump's claim that ...")
    hands_on: int | None = None                    # a coordinated reporting verb cut from the content
    shares_content: bool = False                   # a second judgement of the same words ("and criticism from B")
    in_statement: bool = False                     # "In a statement, X was ...": gives way to a cue in its clause

    @property
    def direct_ok(self) -> bool:
        return not self.noun and (self.entry is None or self.entry.direct)

    @property
    def reports_words(self) -> bool:
        """Does the cue report someone's words ("Peskov said ..., Reuters reported", "according to
        X"), not a proposition a thing states ("policy X proves that ...") or a stance?"""
        if self.entry is None:
            return not self.noun
        return self.entry.group in _SPEAKING_GROUPS


def not_speaker(tok: Token, blocked: Sequence[bool]) -> Callable[[int], bool]:
    """Tokens a speaker may not contain: the cue itself and the blocked ones (quoted text, datelines)."""
    return lambda i: i == tok.i or blocked[i]
