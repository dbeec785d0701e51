"""Precision estimate on whole real articles: code them, draw a random sample of events, judge by hand.

usage: python benchmarks/precision_sample.py [--seed N] [--size 120] [--data DIR] [--events FILE] [--recode]
                                             [--only-root RR]

Why: the dev sets score the sentences and snippets someone picked; a spurious event hides best in the
sentences nobody picked. This script codes the WHOLE texts that sets A and C reference (the PolNeAR dev
articles, the MEANTIME documents and the article-html pages named in ``benchmarks/devsets/
realnews_events{,_c}.yaml``; never set B's files), keeps every coded event, and prints a random sample
(fixed ``--seed``) with the sentence, code, source, target, modality, attribution and rule, for a judge to
mark by hand. The coded events are cached in ``out/precision-events.jsonl`` (``--recode`` codes again;
do so after every change of the coder). The texts stay in ../shared/data; the product never needs them.

Judgement criteria (the gold conventions of ``benchmarks/devsets/realnews_events.py``'s docstring): an
event is RIGHT when the sentence tells that the source did the act to the target (asserted, past or
present, not negated), the CAMEO root is right, and the source and target agree with the gold
conventions at the 3-letter level (country/IGO + first role block, as the dyad scorer compares; an
unresolved actor that the sentence does name counts as wrong). Each wrong event gets ONE cause, the
first that applies:

* ``not-event``: no act happened - background told in a clause about an older act, a nominal mention,
  a hypothetical / conditional / question, a negated act, a future or planned act, a generic statement,
  an opinion quoted as an act (records marked ``negated`` are not sampled: the scorers leave them out;
  a record marked hypothetical or future is judged like any other, since the scorers count it);
* ``sense``: the verb's non-political sense (sports, business, physical "attack", ...);
* ``actors``: the act is right but the source or the target is wrong or missing;
* ``duplicate``: the same act already coded earlier in the article (same root, same dyad);
* ``code``: the act and the actors are right but the root is wrong.

Judged samples. Seed 6 at HEAD 56781b2 (before the session-6 precision work; 478 non-negated events
coded in 118 texts), 120 events: right 70 / 120 = .583. Wrong 50:

* not-event 25: nominal mention or depiction 5 ("questioned about X's call with Y", "images of officers
  greeting Z"), future or planned act with no intent code 4 ("will ask the court", "will review"),
  generic or habitual statement 4 (agency advice, "people often say"), relative clause describing its
  head 4 ("a refugee who feared ...", "cities that support the rules"), state of mind or opinion told as
  an act 4 ("police fear that ...", an analyst "described" a tactic), hypothetical, conditional or
  counterfactual 3 ("could finalize ... if", "would have objected", "Say X demanded"), content of a
  disputed claim 1;
* sense 8: "seeks bankruptcy protection" as an appeal for peacekeepers, "received an inquiry" as a hosted
  visit, a lawyer "defended" clients, analysts "blame" market losses, migrants "arriving", consumers
  who "sought help", an aide "reported to" a boss, a family "asked" to convey relief;
* actors 13: wrong or missing source or target (a party of a deal, "Mass atrocities" read as
  Massachusetts, an endorsement received read in the wrong direction, the target of a rejection or a
  warning not found);
* code 4: "trade talks" coded as trade 061, "ruled out involvement" as a rejection, "regrets" as 012
  instead of a criticism, "vowed to form a task force" as a threat of force;
* duplicate 0 (the restatements stage merged every retelling in this sample).

After the session-6 changes (commits 12635b6, 5491c83 on HEAD de12d3c, which has other engineers' work
since 56781b2): 440 non-negated events in 115 texts (HEAD de12d3c alone: 481; the changes left out 41,
about 38 of them wrong by the criteria above). A FRESH sample, seed 61, 120 events: right 81 / 120 = .675.
Wrong 39:

* not-event 14: nominal mention 4 ("a rape allegation against",
  "violated the agreement", "Bush's troop surge", "in defiance of the curfew"), hypothetical or
  counterfactual 4 ("could finalize ... , if", "would have been doing", "Say X demanded", "hoped ...
  would pave the way for talks"), generic, habitual or opinion 5 ("Mexicans often say", "where
  demonstrators have sometimes gathered", an analyst "described", "agreed that the rules should be
  modernized", a witness's account "described him as"), an obligation told for the future 1 ("will have
  to submit to");
* sense 8: "reported to him" (a boss), an interviewer "demanded how", a diet "admitted", a CEO
  "justified his choice", a firm "told customers", a CEO "resigned", a prime minister "asked" his own
  officials, a lawyer "defended" clients;
* actors 11; code 5 ("trade talks" as trade, "regrets" as 012, an airliner purchase as arms 062, a
  promised capital infusion as intent 0331 where set C's gold codes 071, a verbal "attacked" as force
  190); duplicate 1 ("closed its borders and blocked the crossing": one act told by two verbs).

Two of the 39 (the "could finalize ... , if" and "hoped ... for talks" items) are left out by the
later commit on conditions of a first conjunct and on what is feared or hoped for: 81 / 118 = .686.
(A talk "witnessed" by a testifying official was first judged a nominal mention; set A's gold codes it
(rns038), so it is counted right here.)

Round 2 (commit ae4e99a: announced shows of force and protest kept, habits left out; on 20ec3c9, which has
other engineers' work since): 432 non-negated events in 115 texts. A FRESH sample, seed 7, 120 events, judged
by a second judge who applied the actor criterion strictly (country + first role block: a farm-bureau head
coded USAGOV, Steve Jobs coded ELI, the BEA coded bare FRA, a police summons' senator coded CVL all count
wrong): right 69 / 120 = .575. Wrong 51:

* actors 23 (the largest cause for this judge): a wrong role block 11 (a union leader as GOV, an Amnesty
  director as IRNCVL, party leaders as COP, a former official as ELI), a missing target that the sentence
  names 5 ("called for compensation" from Wells Fargo, "pleads for his life"), a wrong party 7 ("Mass
  atrocities" read as Massachusetts, Paris as the party of a deal signed there, a tweet's poster as
  Twitter, Obama's condemnation of a test aimed at the UN);
* not-event 16: nominal mention or reference 3 ("his tariffs on Chinese goods", "end Hong Kong unrest",
  "the ad references FBI criticism of"), depiction 2 ("images of officers greeting Trump and shaking his
  hand": the second verb, both directions), opinion or generic 4 ("many businesses agree that", an adviser's "lousy job",
  "warned against potential hackers" x2), plan or intent 3 ("plans to stand down", "is determined to
  warn", "the regime's determination to ... deploy"), a present progressive of travel 1 ("we are going
  to the General Assembly"), a counterfactual 1 ("would have been doing"), background long before 1 (a
  1999 shooting in a clause about a song), content of a call 1 ("a call for the US to accept refugees");
* sense 7: a firm's instruction to customers, a lawyer who "defended people accused of", "violated their
  visa norms" (immigrants), "admits he has not followed" a diet, a bid protest "upheld", analysts "blame"
  losses, a story "told by" a newspaper;
* code 5: "insisted" read as a demand 100 (2), a police summons as an invitation 026, "would end a national
  emergency" as intent 0351 (set A's gold codes the act 085), a court's grant of a stay as intent 034.

Judged without the actor criterion (not-event, sense and code only) the same sample is 92 / 120 = .767;
the first judge's .675 (seed 61) counted 11 actor errors where this one counts 23, so the two figures
differ by judge as much as by code. Of the 51, the changes committed with this text leave out 5 (the customers' instruction,
the lawyer's defence, the second verb of the depiction x2, the ad's reference).

Round 3 (session 7, HEAD fb34043): 425 non-negated events in 115 texts. A FRESH sample, seed 71, 120 events,
judged with the strict actor criterion of round 2: right 72 / 120 = .600 (without the actor criterion 90 / 120 =
.750). Wrong 48:

* actors 18: a wrong role block 8 (a farm-bureau head as GOV, an envoy as ELI, a party's leaders as JUD, a
  Clinton aide as JUD, a Justice Department liaison as LEG, a CEO as CVL, "Tulsa protest" and "Hong Kong
  protests" as a bare country), a wrong party 6 (the aircraft bought as the buyer's partner x2, "Miss" as
  USA, the US congressional leaders read as Burma's, a city's demand aimed at the police in the ad, "lethal
  force" as a source), a missing target the sentence names 4 ("expressed misgivings about Mrs. Clinton",
  "called for compensation to be clawed back");
* not-event 16: nominal mention 7 ("his tariffs on Chinese goods will ever be removed", "a 2010 rape
  allegation against", "battling extradition to", "in defiance the curfew", "in breach of the agreement",
  "reluctant to enforce bans", an appositive naming a US military operation against Islamic State), content
  of an aim or a call noun 4 ("efforts to get Ukraine to investigate" x2, "a call for the US to accept",
  "a pledge he made to support"), an ability 1 ("have adequate resources to secure the city"), background in
  a relative clause 1 ("which in March imposed sanctions"), habit 1 ("has long called for"), a generic warning
  1 (doctors warning that others besides migrants are at risk), an obligation for the future 1 ("will
  have to submit to");
* sense 8: "admits he has not followed" a diet, a CEO "justified his choice", the GAO "upheld" a bid protest,
  NASA "held firm" on a rocket, GM "warned" its figures may rise, a CEO "plans to stand down", a prime
  minister "asked" his own officials, "called it a common ailment" (naming read as an appeal);
* code 4: "taking aim at" (hackers) as criticism, a court's "decision to grant a request" as intent 034, a
  verbal "attacked" as force 190, denying vaccines as a rejected aid request 1223;
* duplicate 2: "closed its borders ... and blocked the crossing" (again), a headline's visit retold in the
  first sentence (target USA then USAGOV, so the restatement stage did not merge them).

After the round-3 changes (commits 8015ce6, efa5cfe, 771c03f: 'for X to V' clauses of wanting, aims through a
complement or an object, 'have to', stances held 'long' or 'historically' and the adjuncts of habits, what an
inquiry looks into, acts battled or contested, 'unlikely/reluctant to', acts intended with no intent code, acts
undone in the passive, rulings upheld, one's own choice defended): 408 non-negated events in 113 texts. Of the
120 events of the seed-71 sample, the 13 left out were all judged wrong: on the same events 72 / 107 = .673
(.841 without the actor criterion). The same seed draws a new sample from the smaller set (89 of its events
were not in the first one): right 75 / 120 = .625 (.792 without the actor criterion). Wrong 45: actors 20, not-event 10
(opinions "agreed that the rules should be modernized" and "warned against potential hackers", "is determined
to warn", a nominal "police killings of", "Bush's troop surge", a generic "the government offers loans", the
content of a suggestion, a background shooting of 1999), sense 9 (business: GM and Chrysler "warned" and
"admitted", Jobs "admitted", analysts "blame"; a Taylor Swift dispute x2, migrants "arriving", a TV show's
"called for"), code 5 (a police summons as 026, a contempt vote as arrest 173, "insisted" as a demand 100 x2,
"would end a national emergency" as 0351), duplicate 1. The actor errors, now the largest cause, belong to
the actor stage (roles of people by their office, business parties, a possessive's direction).

The estimate has a wide interval (120 events: +/- about .09 at 95%); the causes are the useful part.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEVSETS = ROOT / "benchmarks" / "devsets"
DATA_DIR = ROOT.parent / "shared" / "data"
TUNING_SETS = (DEVSETS / "realnews_events.yaml", DEVSETS / "realnews_events_c.yaml")   # never set B
HELD_OUT = DEVSETS / "realnews_events_b.yaml"
CACHE = ROOT / "out" / "precision-events.jsonl"


def _realnews():
    spec = importlib.util.spec_from_file_location("realnews_events_devset", DEVSETS / "realnews_events.py")
    if spec is None or spec.loader is None:
        raise ImportError("cannot load benchmarks/devsets/realnews_events.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def texts_of_tuning_sets() -> dict[str, str]:
    """file reference -> publication date, for every text sets A and C reference (none of set B's)."""
    held_out = {item["file"] for part in ("sentences", "snippets")
                for item in (yaml.safe_load(HELD_OUT.read_text(encoding="utf-8")) or {}).get(part) or []}
    refs: dict[str, str] = {}
    for path in TUNING_SETS:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for part in ("sentences", "snippets"):
            for item in data.get(part) or []:
                if item["file"] not in held_out:
                    refs.setdefault(item["file"], str(item["published"]))
    return dict(sorted(refs.items()))


def code_texts(data_dir: Path) -> list[dict]:
    """Code every tuning-set text whole; the events with the sentence they come from and the text's file."""
    from eventwire.options import Options
    from eventwire.pipeline import Pipeline
    from eventwire.records import Article

    sources = _realnews().Sources(data_dir)
    refs = texts_of_tuning_sets()
    articles = [Article(id=ref, text=sources.text(ref), published=published) for ref, published in refs.items()]
    rows: list[dict] = []
    for coded in Pipeline(Options()).code_articles(articles):
        for record in coded.records("events"):
            record["file"] = record["article_id"]
            rows.append(record)
    return rows


def _actor(actor: dict | None) -> str:
    if not actor:
        return "-"
    return f"{actor.get('code') or '?'} ({actor.get('text')})"


def show(event: dict, number: int) -> str:
    evidence = " ".join(event["evidence"]["text"].split())
    speaker = (event.get("attribution") or {}).get("speaker") or {}
    lines = [f"[{number}] {event['file']}  sentence {event['sentence']}",
             f"    {evidence[:400]}",
             f"    trigger {event['evidence']['trigger']!r}  cameo {event['cameo']}  "
             f"{_actor(event['source'])} -> {_actor(event['target'])}  modality {event['modality']}"
             + (f"  said by {speaker.get('code') or speaker.get('text')}" if speaker else ""),
             f"    rule {event['rule']}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--size", type=int, default=120)
    ap.add_argument("--data", type=Path, default=DATA_DIR, help="the shared data folder (../shared/data)")
    ap.add_argument("--events", type=Path, default=CACHE, help="cache of the coded events (JSON lines)")
    ap.add_argument("--recode", action="store_true", help="code the texts again (after a coder change)")
    ap.add_argument("--only-root", default=None, help="sample only events of this CAMEO root")
    args = ap.parse_args(argv)
    if args.recode or not args.events.exists():
        if not args.data.is_dir():
            print(f"error: shared data folder {args.data} not found", file=sys.stderr)
            return 2
        rows = code_texts(args.data)
        args.events.parent.mkdir(parents=True, exist_ok=True)
        args.events.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    rows = [json.loads(line) for line in args.events.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r["modality"] != "negated"]     # the scorers leave negated records out
    if args.only_root:
        rows = [r for r in rows if r["root"] == args.only_root]
    files = len({r["file"] for r in rows})
    sample = random.Random(args.seed).sample(rows, min(args.size, len(rows)))
    sample.sort(key=lambda r: (r["file"], r["sentence"], r["evidence"]["start"]))
    print(f"{len(rows)} events in {files} texts; sample of {len(sample)} (seed {args.seed})\n")
    for number, event in enumerate(sample, 1):
        print(show(event, number))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
