"""A database whose every text field carries hostile markup, for the escaping tests.

Each payload sets ``window.__pwned`` to its own number if it ever runs, so a test can tell which
one got through.
"""

from __future__ import annotations

from pathlib import Path

from eventwire import ActorRef, Article, CodedArticle, Event, Evidence, Location, Quote, Speaker, Time
from eventwire.ids import event_id, quote_id
from eventwire.records import Attribution
from eventwire.store import EventStore

PAYLOADS = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=2">',
    '<svg onload="window.__pwned=3"><circle r=9 /></svg>',
    '<a href="javascript:window.__pwned=4">click</a>',
    '"><iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>',
    "'><body onload=window.__pwned=6>",
    '<style>*{background:url("javascript:window.__pwned=7")}</style>',
    '<details open ontoggle="window.__pwned=8">x</details>',
    '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=9">',
    "javascript:window.__pwned=10",
    '<input autofocus onfocus="window.__pwned=11">',
    "</textarea><script>window.__pwned=12</script>",
]
SENTENCE = "Russia accused Ukraine of shelling civilians near Donetsk."
TEXT = " ".join(PAYLOADS[:6]) + " " + SENTENCE + " " + " ".join(PAYLOADS[6:]) + ' Peskov said "it is a lie".'
ARTICLE_ID = "a_hostile_all"


def _ref(text: str, code: str, name: str) -> ActorRef:
    start = TEXT.index(text)
    return ActorRef(text=text, start=start, end=start + len(text), name=name, code=code, country=code[:3],
                    sectors=[])


def hostile_article() -> CodedArticle:
    coded = CodedArticle(Article(id=ARTICLE_ID, text=TEXT, title=PAYLOADS[1] + PAYLOADS[0], published="2017-05-02",
                                 url="javascript:window.__pwned=13", outlet=PAYLOADS[2], removed=PAYLOADS[:3]))
    s_start = TEXT.index(SENTENCE)
    trig = TEXT.index("accused")
    ev = Event(article_id=ARTICLE_ID, sentence=1, source=_ref("Russia", "RUS", PAYLOADS[3]),
               target=_ref("Ukraine", "UKR", PAYLOADS[4]), cameo="112", root="11", plover="ACCUSE", quad_class=3,
               goldstein=-2.0, evidence=Evidence(text=SENTENCE, trigger="accused", start=s_start,
                                                 end=s_start + len(SENTENCE), trigger_start=trig, trigger_end=trig + 7),
               rule="verbs/11.yaml#" + PAYLOADS[5], date="2017-05-01", date_basis="explicit",
               location=Location(text="Donetsk", name=PAYLOADS[7], country="UKR", lat=48.0, lon=37.8),
               attribution=Attribution(Speaker("Peskov", TEXT.index("Peskov"), TEXT.index("Peskov") + 6, PAYLOADS[8],
                                               "RUSGOV"), via=PAYLOADS[9]))
    ev.id = event_id(ARTICLE_ID, 1, s_start, "112", "RUS", "UKR")
    coded.events.append(ev)
    q_start = TEXT.index("it is a lie")
    coded.quotes.append(Quote(article_id=ARTICLE_ID, kind="direct", text="it is a lie", start=q_start,
                              end=q_start + 11, speaker=Speaker("Peskov", TEXT.index("Peskov"),
                                                                TEXT.index("Peskov") + 6, PAYLOADS[10], "RUSGOV"),
                              cue=PAYLOADS[11], via=PAYLOADS[0], id=quote_id(ARTICLE_ID, q_start, q_start + 11)))
    t_start = TEXT.index(PAYLOADS[0])
    coded.times.append(Time(article_id=ARTICLE_ID, text=PAYLOADS[0], start=t_start, end=t_start + len(PAYLOADS[0]),
                            value="2017-05-01"))
    return coded


def build_hostile_db(path: Path) -> Path:
    with EventStore(path) as store:
        store.write_many([hostile_article()])
    return path
