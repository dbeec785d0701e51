"""Statements that tell what another actor must or should do, read as what the speaker does: a wish told
to an addressee is a demand on it ("told Uber managers he wants the firm to make money"), an obligation
said of another actor is a demand or an appeal on it ("X said that Y must withdraw"), and a conflict act
the speaker's own side is bound to is a threat ("Netanyahu said Israel will have to strike Iran")."""

from __future__ import annotations

from ..dictionaries.cameo_codes import CameoCodes
from . import syntax
from .dyads import Dyads
from .fired import STATEMENT_CODES, Fired
from .modality import ModalityResult, ModalityRules


def wish_told_as_demand(f: Fired, fired: dict[int, Fired], rules: ModalityRules, cameo: CameoCodes,
                         dyads: Dyads) -> bool:
    """"Son told Uber managers he wants the firm to make money": a wish (an appeal read from a
    verb of wanting) told to an addressee is a demand on the addressee (100) by the teller; not when the
    addressee is the press ("told reporters he wants Congress to act" stays the wish)."""
    pat = f.attempt.pattern
    wishes = rules.governors.get("intent", frozenset())
    if f.attempt.noun or pat.root != "02" or not pat.verbs or not all(v in wishes for v in pat.verbs) \
            or f.token.dep_ != "ccomp" or "100" not in cameo:
        return False
    teller = fired.get(f.token.head.i)
    if teller is None or teller.dropped or teller.vetoed or teller.attempt.pattern.code not in STATEMENT_CODES \
            or teller.roles is None or not teller.roles.targets \
            or any("MED" in t.ref.sectors for t in teller.roles.targets):
        return False
    teller.code = "100"
    teller.obligation = True
    teller.pairs = dyads.pairs(teller)
    teller.trace.outcome = f"a wish told to the addressee ('{f.token.text}'): coded as a demand 100"
    f.dropped = f"content of '{teller.token.text}': a wish told as a demand"
    return True


def _obligation_speaker(f: Fired, fired: dict[int, Fired]) -> Fired | None:
    """The statement that tells ``f`` as an obligation ("X said that Y must withdraw": X's 'said')."""
    clause = f.token if not f.attempt.noun else (syntax.light_verb(f.token) or f.token)
    if clause.dep_ == "xcomp" and clause.head.lemma_.lower() == "have":
        clause = clause.head        # "said Iran has to release the tanker"
    if clause.dep_ != "ccomp" or f.roles is None or not f.roles.sources:
        return None
    speaker = fired.get(clause.head.i)
    if speaker is None or speaker.attempt.pattern.code not in STATEMENT_CODES or speaker.roles is None:
        return None
    return speaker


def _own_side(f: Fired, speaker: Fired) -> bool:
    """Is every obligated actor the speaker itself or its own state ("Netanyahu said Israel will have to
    strike": ISR of ISRGOV; not "the Iraqi premier said militias must disarm": IRQREB of IRQGOV)?"""
    codes = {a.ref.code for a in speaker.roles.sources if a.ref.code}
    states = {c[:3] for c in codes if c[3:] in ("", "GOV", "MIL")}
    return bool(codes) and all(a.ref.code in codes or a.ref.code and a.ref.code[:3] in states
                               and a.ref.code[3:] in ("", "GOV", "MIL") for a in f.roles.sources)


def own_obligation_as_threat(f: Fired, fired: dict[int, Fired], rules: ModalityRules, cameo: CameoCodes) -> bool:
    """ "Netanyahu said Israel will have to strike Iran": a conflict act the speaker's own side is bound
    to is announced, a threat (as "will strike" is), not a demand on itself."""
    threat = rules.threat_code(f.code)
    speaker = _obligation_speaker(f, fired)
    if not threat or threat not in cameo or speaker is None or not _own_side(f, speaker):
        return False
    f.code = threat
    f.mod = ModalityResult("asserted", False, f"conflict act the speaker's own side is bound to ({f.mod.why})")
    return True


def obligation_to_demand(f: Fired, fired: dict[int, Fired], rules: ModalityRules, cameo: CameoCodes, dyads: Dyads) -> None:
    """"X said that Y must withdraw": X's statement becomes a demand (appeal for "should") to Y."""
    speaker = _obligation_speaker(f, fired)
    if speaker is None or _own_side(f, speaker):
        return      # "police say they must secure the city", "Putin said Russia must respond": no demand on oneself
    aux = f.mod.obligation if f.mod is not None else ""
    code = rules.obligation_codes.get(aux)
    if not code or code not in cameo:
        return
    speaker.code = code
    speaker.roles.targets = list(f.roles.sources)
    speaker.pairs = dyads.pairs(speaker)
    speaker.trace.outcome = f"statement of an obligation ('{aux} {f.token.text}'): coded as {code}"
    speaker.obligation = True
