"""A small hand-made event database for the query, export, API and dashboard tests.

The records are written by hand (not coded by the pipeline) so these tests do not depend on the
event coder's quality. Offsets are computed from the texts, so every span indexes the text.
"""

from __future__ import annotations

from pathlib import Path

from eventwire import ActorRef, Article, CodedArticle, Event, Evidence, Location, Quote, Speaker, Time
from eventwire.ids import event_id, quote_id
from eventwire.records import Attribution
from eventwire.store import EventStore

HOSTILE = ('<script>window.__pwned = 1; document.title = "pwned";</script> Russia accused Ukraine of '
           'shelling <img src=x onerror="window.__pwned=2"> civilians near <a href="javascript:alert(1)">Donetsk</a>.')

ACTORS = {
    "USAGOV": ("Donald Trump", "USA", ["GOV"]),
    "RUSGOV": ("Vladimir Putin", "RUS", ["GOV"]),
    "DEUGOV": ("Angela Merkel", "DEU", ["GOV"]),
    "TURGOV": ("Recep Tayyip Erdogan", "TUR", ["GOV"]),
    "UKR": (None, "UKR", []),
    "RUS": (None, "RUS", []),
    "IGOUNO": ("United Nations", None, []),
}

# (article key, sentence text, source code, source text, cameo, root, plover, quad, goldstein, trigger,
#  target code, target text, date, modality)
EVENTS = [
    ("a1", "Trump spoke by phone with Putin on Saturday.", "USAGOV", "Trump", "041", "04", "CONSULT", 1, 1.0,
     "spoke", "RUSGOV", "Putin", "2017-01-28", "asserted"),
    ("a1", "Trump spoke by phone with Putin on Saturday.", "RUSGOV", "Putin", "041", "04", "CONSULT", 1, 1.0,
     "spoke", "USAGOV", "Trump", "2017-01-28", "asserted"),
    ("a1", "Putin praised Trump for his courage.", "RUSGOV", "Putin", "051", "05", "COOPERATE", 1, 3.4,
     "praised", "USAGOV", "Trump", "2017-01-28", "asserted"),
    ("a2", "Washington imposed new sanctions on Moscow.", "USAGOV", "Washington", "163", "16", "REDUCE", 4, -8.0,
     "imposed", "RUSGOV", "Moscow", "2017-03-02", "asserted"),
    ("a2", "Moscow threatened to expel American diplomats.", "RUSGOV", "Moscow", "138", "13", "THREATEN", 3,
     -7.0, "threatened", "USAGOV", "American diplomats", "2017-03-03", "future"),
    ("a3", "Merkel sharply criticised Erdogan over the arrests.", "DEUGOV", "Merkel", "111", "11", "DISAPPROVE",
     3, -2.0, "criticised", "TURGOV", "Erdogan", "2017-03-06", "asserted"),
    ("a3", "Erdogan accused Merkel of Nazi practices.", "TURGOV", "Erdogan", "112", "11", "ACCUSE", 3, -2.0,
     "accused", "DEUGOV", "Merkel", "2017-03-06", "asserted"),
    ("a3", "Germany will not ban the rallies, Merkel said.", "DEUGOV", "Germany", "057", "05", "AGREE", 1, 4.5,
     "ban", "TURGOV", "the rallies", "2017-03", "negated"),
    ("a4", "The United Nations sent aid to Ukraine.", "IGOUNO", "The United Nations", "073", "07", "AID", 2,
     7.4, "sent", "UKR", "Ukraine", "2017-04-10", "asserted"),
]


def _ref(code: str, text: str, start: int) -> ActorRef:
    name, country, sectors = ACTORS.get(code, (None, code[:3], []))
    return ActorRef(text=text, start=start, end=start + len(text), name=name, code=code, country=country,
                    sectors=list(sectors))


def build_articles() -> list[CodedArticle]:
    texts: dict[str, list[str]] = {}
    for key, sentence, *_ in EVENTS:
        if sentence not in texts.setdefault(key, []):
            texts[key].append(sentence)
    meta = {
        "a1": ("Trump and Putin hold first call", "2017-01-29", "https://example.org/a1"),
        "a2": ("New sanctions", "2017-03-03", "https://example.org/a2"),
        "a3": ("Row over rallies", "2017-03-07", "https://example.org/a3"),
        "a4": ("Aid for Ukraine", "2017-04-11", None),
    }
    coded: dict[str, CodedArticle] = {}
    for key, sentences in texts.items():
        title, published, url = meta[key]
        text = " ".join(sentences)
        coded[key] = CodedArticle(Article(id=f"a_{key}", text=text, title=title, published=published, url=url,
                                          outlet="Test Wire"))
    for key, sentence, src, src_text, cameo, root, plover, quad, gold, trig, tgt, tgt_text, day, mod in EVENTS:
        art = coded[key]
        text = art.article.text
        s_start = text.index(sentence)
        sent_no = art.article.text[:s_start].count(". ")
        trig_start = text.index(trig, s_start)
        src_start = text.index(src_text, s_start)
        tgt_start = text.index(tgt_text, s_start)
        if tgt_start == src_start:
            tgt_start = text.index(tgt_text, src_start + 1)
        src_ref, tgt_ref = _ref(src, src_text, src_start), _ref(tgt, tgt_text, tgt_start)
        location = Location(text="Washington", name="Washington", country="USA", lat=38.9, lon=-77.04,
                            geonameid=4140963) if key == "a2" else None
        ev = Event(article_id=art.article.id, sentence=sent_no, source=src_ref, target=tgt_ref, cameo=cameo,
                   root=root, plover=plover, quad_class=quad, goldstein=gold,
                   evidence=Evidence(text=sentence, trigger=trig, start=s_start, end=s_start + len(sentence),
                                     trigger_start=trig_start, trigger_end=trig_start + len(trig)),
                   rule=f"verbs/{root}.yaml#test_{cameo}", modality=mod, confidence=0.8, date=day,
                   date_basis="explicit", location=location)
        if key == "a3" and cameo == "057":
            sp_start = text.index("Merkel said")
            ev.attribution = Attribution(Speaker("Merkel", sp_start, sp_start + 6, "Angela Merkel", "DEUGOV"))
        ev.id = event_id(ev.article_id, ev.sentence, s_start, cameo, src, tgt)
        art.events.append(ev)
    a3 = coded["a3"]
    q_text = "Germany will not ban the rallies"
    q_start = a3.article.text.index(q_text)
    sp_start = a3.article.text.index("Merkel said")
    a3.quotes.append(Quote(article_id="a_a3", kind="indirect", text=q_text, start=q_start,
                           end=q_start + len(q_text), speaker=Speaker("Merkel", sp_start, sp_start + 6,
                                                                      "Angela Merkel", "DEUGOV"),
                           cue="said", id=quote_id("a_a3", q_start, q_start + len(q_text))))
    a1 = coded["a1"]
    t_start = a1.article.text.index("Saturday")
    a1.times.append(Time(article_id="a_a1", text="Saturday", start=t_start, end=t_start + 8, value="2017-01-28"))
    # An article of hostile markup: the dashboard must show it as text.
    hostile = CodedArticle(Article(id="a_hostile", text=HOSTILE, title='<b onmouseover="alert(1)">Hostile</b>',
                                   published="2017-05-01", url="javascript:alert(document.cookie)",
                                   outlet="<script>alert(2)</script>"))
    src_start = HOSTILE.index("Russia")
    trig_start = HOSTILE.index("accused")
    tgt_start = HOSTILE.index("Ukraine")
    ev = Event(article_id="a_hostile", sentence=0, source=_ref("RUS", "Russia", src_start),
               target=_ref("UKR", "Ukraine", tgt_start), cameo="112", root="11", plover="ACCUSE", quad_class=3,
               goldstein=-2.0, evidence=Evidence(text=HOSTILE, trigger="accused", start=0, end=len(HOSTILE),
                                                 trigger_start=trig_start, trigger_end=trig_start + 7),
               rule='verbs/11.yaml#<img src=x onerror="window.__pwned=3">', date="2017-05-01",
               date_basis="publication")
    ev.id = event_id("a_hostile", 0, 0, "112", "RUS", "UKR")
    hostile.events.append(ev)
    skipped = CodedArticle(Article(id="a_skipped", text="", status="skipped", reason="fewer than 3 words"))
    return [*coded.values(), hostile, skipped]


def build_db(path: Path) -> Path:
    with EventStore(path) as store:
        store.write_many(build_articles())
    return path


N_EVENTS = len(EVENTS) + 1
N_ARTICLES = 6
