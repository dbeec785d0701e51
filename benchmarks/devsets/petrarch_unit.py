"""Convert the PETRARCH-2 unit-test records (../shared/data/petrarch-unit) for the event scorer.

Writes to out/ (gitignored):
  petrarch_unit_gold.jsonl  {"id", "text", "category", "events": [{"source", "target", "cameo"}]}
  petrarch_actors.yaml      the test actor and agent dictionaries as an eventwire user actor file

Left out: records with `error=...` (they test PETRARCH's input checks), records whose expected
codes are not CAMEO codes (the test verb dictionary keeps some old KEDS/WEIS codes, e.g. 903, 345)
and records expecting an event with an empty source. Repeated record ids get a suffix.
A target "---" is "no target".

    python benchmarks/devsets/petrarch_unit.py
    eventwire eval out/petrarch_unit_gold.jsonl --actors out/petrarch_actors.yaml
"""

from __future__ import annotations

import csv
import json
import re
from importlib import resources
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO.parent / "shared" / "data" / "petrarch-unit"
OUT = REPO / "out"

_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")


def cameo_codes() -> set[str]:
    table = resources.files("eventwire").joinpath("data", "cameo", "codes.tsv").read_text(encoding="utf-8")
    return {row["code"] for row in csv.DictReader(table.splitlines(), delimiter="\t")}


def load_records(path: Path | None = None) -> tuple[list[dict], dict[str, int]]:
    """Gold items and counts of what was left out."""
    xml = (path or SOURCE / "PETR.UnitTest.records.xml").read_text(encoding="utf-8", errors="replace")
    codes = cameo_codes()
    items, skipped = [], {"error": 0, "non_cameo": 0, "no_coding": 0, "no_source": 0}
    seen: dict[str, int] = {}   # a repeated record id gets a suffix (-2, -3 ...)
    for attrs, body in _SENTENCE.findall(xml):
        meta = dict(_ATTR.findall(attrs))
        text_m = _TEXT.search(body)
        if not text_m:
            continue
        text = " ".join(text_m.group(1).split())
        events, error, noevents = [], False, False
        for coding in _CODING.findall(body):
            c = dict(_ATTR.findall(coding))
            if "error" in c:
                error = True
            elif c.get("noevents", "").lower() == "true":
                noevents = True
            elif "eventcode" in c:
                target = c.get("targetcode") or None
                events.append({"source": c.get("sourcecode", ""), "target": None if target == "---" else target,
                               "cameo": c["eventcode"]})
        if error:
            skipped["error"] += 1
            continue
        if not events and not noevents:
            skipped["no_coding"] += 1
            continue
        if any(e["cameo"] not in codes for e in events):
            skipped["non_cameo"] += 1
            continue
        if any(not e["source"] for e in events):   # an expected event with no source actor
            skipped["no_source"] += 1
            continue
        rid = meta.get("id", f"rec{len(items)}")
        seen[rid] = seen.get(rid, 0) + 1
        items.append({"id": rid if seen[rid] == 1 else f"{rid}-{seen[rid]}", "text": text, "published":
                      f"{meta['date'][:4]}-{meta['date'][4:6]}-{meta['date'][6:8]}" if len(meta.get("date", "")) == 8
                      else None, "category": meta.get("category"), "events": events})
    return items, skipped


def _entries(path: Path) -> list[tuple[list[str], list[str]]]:
    """(names, codes) per entry of a PETRARCH actor/agent file: NAME [CODE], +SYNONYM lines, tab code lines."""
    entries: list[tuple[list[str], list[str]]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<!--") or line.startswith("!"):
            continue
        codes = _CODE_BLOCK.findall(line)
        name = _CODE_BLOCK.sub("", line).split("{", 1)[0].strip()
        if line[0] in " \t":
            if entries and codes:
                entries[-1][1].extend(codes)
            continue
        if name.startswith("+"):
            if entries:
                entries[-1][0].append(name[1:])
            continue
        entries.append(([name], codes))
    return entries


def _name(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split()).title()


def actor_yaml(out: Path) -> Path:
    """Write the test actors and agents as an eventwire user actor file (sections countries,
    organisations, agents). Fictional three-letter codes are declared as extra country blocks."""
    sectors = _known_sectors()
    countries: dict[str, list[str]] = {}
    organisations: list[tuple[list[str], str]] = []
    for names, codes in _entries(SOURCE / "PETR.Validate.actors.txt"):
        plain = [c.strip() for c in codes if re.fullmatch(r"[A-Z]{3}(?:[A-Z]{3})*", c.strip())]
        if not plain:
            continue
        code = plain[-1]
        readable = [_name(n) for n in names if n.strip()]
        if len(code) == 3:
            countries.setdefault(code, []).extend(readable)
        else:
            countries.setdefault(code[:3], [])
            organisations.append((readable, code))
    lines = ["# Converted from PETRARCH-2's validation dictionaries (fictional actors), for dev scoring only.",
             "countries:"]
    for code, names in countries.items():
        lines.append(f"  - {{code: {code}, names: {json.dumps(list(dict.fromkeys(names)))}, extra: true}}")
    lines.append("organisations:")
    for names, code in organisations:
        lines.append(f"  - {{names: {json.dumps(names)}, code: {code}}}")
    lines.append("agents:")
    for names, codes in _entries(SOURCE / "PETR.Validate.agents.txt"):
        sector = next((c.strip()[1:4] for c in codes if c.strip().startswith("~")), None)
        if sector in sectors:
            words = [_name(n).lower() for n in names if n.strip() and "!" not in n]
            if words:
                lines.append(f"  - {{words: {json.dumps(words)}, sector: {sector}}}")
    path = out / "petrarch_actors.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _known_sectors() -> frozenset[str]:
    try:
        from eventwire.dictionaries.actor_files import SECTORS
    except ImportError:   # the actor dictionary module is not there: keep the common role blocks
        return frozenset("GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LEG REF HLH ENV LAB AGR".split())
    return frozenset(SECTORS)


def main() -> None:
    OUT.mkdir(exist_ok=True)
    items, skipped = load_records()
    gold = OUT / "petrarch_unit_gold.jsonl"
    gold.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    n_events = sum(len(i["events"]) for i in items)
    print(f"wrote {gold}: {len(items)} items, {n_events} events; left out {skipped}")
    print(f"wrote {actor_yaml(OUT)}")


if __name__ == "__main__":
    main()
