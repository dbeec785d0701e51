"""Warnings that are no political comment: a bare warning ("X warned that ...", no addressee and no act of
the speaker) is read as a pessimistic comment (012) by the coder; it is left out when it only gives the
reason of its clause ("..., warning that the alternative could be worse": a participle, as justifications
are) or when its speaker is no state, party or international body (a company's or an aid agency's outlook:
"the lender warned it would report a loss", "aid agencies warned that supplies were running low").
A pattern marked ``political_source`` (a worry voiced, "the ministry said it was concerned about ...") is
left out in the same way when its speaker is none of these ("shopkeepers said they were concerned about
prices", "a farmer said he was alarmed about the drought")."""

from __future__ import annotations

from typing import Any

from ..records import ActorRef

# the sectors of a state actor (besides a bare country code and the international bodies)
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP", "ELI"})
PARTICIPLE_DEPS = frozenset({"advcl", "xcomp", "conj", "acl"})


def drop(fired: dict[int, Any]) -> None:
    """Mark the idle warnings, and the worries of speakers that are no state, among one sentence's fired
    triggers."""
    for f in fired.values():
        if f.dropped:
            continue
        if f.code == "012" and f.attempt.pattern.root == "13":
            f.dropped = idle(f)
        elif f.attempt.pattern.political_source:
            f.dropped = unofficial(f)


def idle(f: Any) -> str:
    """Why a bare warning read as a pessimistic comment is no event, or ""."""
    tok = f.token
    if tok.tag_ == "VBG" and tok.dep_ in PARTICIPLE_DEPS:
        return f"a participle of warning ('{tok.text} that ...'): the reasoning of the clause it hangs on, " \
               "not a comment of its own"
    sources = f.roles.sources if f.roles is not None else []
    if sources and not any(political(a.ref) for a in sources):
        return "a warning with no addressee by a speaker that is no state, party or international body: " \
               "an outlook, not a political comment"
    return ""


def unofficial(f: Any) -> str:
    """Why a comment only a state, party or international body makes is no event here, or ""."""
    sources = f.roles.sources if f.roles is not None else []
    if sources and not any(political(a.ref) for a in sources):
        return f"'{f.token.text}' said of a speaker that is no state, party or international body " \
               f"({f.attempt.pattern.rule}: political_source): a private worry, not a political comment"
    return ""


def political(ref: ActorRef) -> bool:
    """A country, an international body or a state's (or party's) actor."""
    code = ref.code or ""
    return (bool(ref.country) and code == ref.country) or code.startswith("IGO") \
        or not STATE_SECTORS.isdisjoint(ref.sectors or [])
