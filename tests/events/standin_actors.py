"""A tiny stand-in actor resolver for the event coder's unit tests (the product uses the actor stage).

Noun chunks naming one of a few countries (by name or adjective) become actors; a role word in
the chunk adds a sector ("the Russian president" -> RUSGOV); a few people map to fixed codes.
"""

from __future__ import annotations

from eventwire.document import ActorMention, CodedDocument
from eventwire.records import ActorRef

COUNTRIES = {
    "russia": "RUS", "russian": "RUS", "china": "CHN", "chinese": "CHN", "united states": "USA", "u.s.": "USA",
    "us": "USA", "america": "USA", "american": "USA", "japan": "JPN", "japanese": "JPN", "germany": "DEU",
    "german": "DEU", "france": "FRA", "french": "FRA", "india": "IND", "indian": "IND", "pakistan": "PAK",
    "iran": "IRN", "iranian": "IRN", "israel": "ISR", "israeli": "ISR", "egypt": "EGY", "egyptian": "EGY",
    "ukraine": "UKR", "ukrainian": "UKR", "turkey": "TUR", "turkish": "TUR", "syria": "SYR", "syrian": "SYR",
    "britain": "GBR", "british": "GBR", "qatar": "QAT", "hamas": "PSEREB", "kremlin": "RUSGOV",
    "south korea": "KOR", "north korea": "PRK", "australia": "AUS", "brazil": "BRA", "canada": "CAN",
}
ROLES = {"president": "GOV", "minister": "GOV", "government": "GOV", "administration": "GOV", "army": "MIL",
         "troops": "MIL", "military": "MIL", "forces": "MIL", "police": "COP", "rebels": "REB", "opposition": "OPP",
         "leader": "GOV", "spokesman": "GOV", "officials": "GOV", "protesters": "CVL", "businesses": "BUS"}
PEOPLE = {"trump": "USAGOV", "putin": "RUSGOV", "obama": "USAGOV", "peskov": "RUSGOV", "netanyahu": "ISRGOV"}
PLURALS = {"the two leaders", "both sides", "the two sides", "the two countries", "the two"}


def resolve(cdoc: CodedDocument) -> CodedDocument:
    doc = cdoc.doc
    mentions: list[ActorMention] = []
    for chunk in doc.noun_chunks:
        low = chunk.text.lower()
        words = [t.lower_ for t in chunk]
        code = None
        for person, pcode in PEOPLE.items():
            if person in words:
                code = pcode
        if code is None:
            for name, ccode in sorted(COUNTRIES.items(), key=lambda kv: -len(kv[0])):
                if name in words or (" " in name and name in low):
                    code = ccode
                    break
            if code and len(code) == 3:
                for w in words:
                    if w in ROLES:
                        code += ROLES[w]
                        break
        if code is None:
            continue
        ref = ActorRef(text=chunk.text, start=chunk.start_char, end=chunk.end_char, code=code, country=code[:3],
                       sectors=[code[3:]] if len(code) > 3 else [])
        mentions.append(ActorMention(chunk.start, chunk.end, chunk.root.i, ref, why="stand-in"))
    for chunk in doc.noun_chunks:
        if chunk.text.lower() in PLURALS:
            prior = [m.ref for m in mentions if m.start_token < chunk.start]
            members, seen = [], set()
            for ref in reversed(prior):
                if ref.code not in seen:
                    seen.add(ref.code)
                    members.append(ref)
                if len(members) == 2:
                    break
            if len(members) == 2:
                ref = ActorRef(text=chunk.text, start=chunk.start_char, end=chunk.end_char)
                mentions.append(ActorMention(chunk.start, chunk.end, chunk.root.i, ref, members=members[::-1]))
    cdoc.actors = mentions
    return cdoc
