"""Writes the bundled sample corpus (articles.jsonl) and its hand-coded gold (gold_events.jsonl).

The articles are short wire-style stories written by the eventwire team for the demo and for
regression tests; they are fiction built on real institutions, not reports of real events.
Run: python -m eventwire.sample.make_sample (rewrites both files next to this module).
"""

from __future__ import annotations

import json
from pathlib import Path

# (id, published, category, title, text, [(source, target, cameo)])
ARTICLES = [
    ("s01", "2024-02-14", "consult", "Macron and Modi talk defence by phone",
     "PARIS (AFP) - French President Emmanuel Macron spoke by telephone with Indian Prime Minister Narendra Modi "
     "on Tuesday, the Elysee said.\nThe two leaders discussed defence cooperation and a planned trade agreement.",
     [("FRAGOV", "INDGOV", "041"), ("INDGOV", "FRAGOV", "041"), ("FRAGOV", "INDGOV", "040"),
      ("INDGOV", "FRAGOV", "040")]),
    ("s02", "2024-03-12", "consult", "Japanese and South Korean ministers meet in Tokyo",
     "TOKYO (Reuters) - South Korea's foreign minister visited Tokyo on Monday for talks with Japanese officials "
     "on North Korea's missile launches.\nJapan hosted the meeting at the foreign ministry, and the two sides "
     "agreed to hold another round of talks in Seoul next month.",
     [("KORGOV", "JPN", "042"), ("JPN", "KORGOV", "043"), ("JPNGOV", "KORGOV", "036"),
      ("KORGOV", "JPNGOV", "036")]),
    ("s03", "2024-05-20", "statement", "Kenya's president upbeat on economy",
     "NAIROBI - Kenyan President William Ruto said on Sunday that he was optimistic the economy would recover "
     "this year.\nThe opposition declined to comment on the figures.",
     [("KENGOV", None, "013"), ("KENOPP", None, "011")]),
    ("s04", "2024-06-03", "appeal", "UN chief urges ceasefire in Sudan",
     "NEW YORK (AP) - United Nations Secretary-General Antonio Guterres on Monday urged Sudan's warring parties "
     "to agree to an immediate ceasefire.\nAid groups appealed for humanitarian aid for millions of displaced "
     "people.",
     [("IGOUNO", "SDN", "027"), ("NGO", None, "0233")]),
    ("s05", "2023-09-08", "intent", "Brazil pledges aid to Morocco after earthquake",
     "BRASILIA - Brazil offered on Saturday to send rescue teams to Morocco after a powerful earthquake struck "
     "the High Atlas region.\nBrazilian officials said they were ready to provide humanitarian aid if Rabat "
     "requested it.",
     [("BRA", "MAR", "0331"), ("BRAGOV", "MARGOV", "0233")]),
    ("s06", "2024-07-11", "diplomatic cooperation", "NATO members praise Finland",
     "WASHINGTON - NATO Secretary General Jens Stoltenberg praised Finland on Wednesday for its rapid "
     "integration into the alliance.\nFinland and Sweden signed a defence agreement with Norway at the summit.",
     [("IGONAT", "FIN", "051"), ("FIN", "NOR", "057"), ("SWE", "NOR", "057"), ("NOR", "FIN", "057"),
      ("NOR", "SWE", "057")]),
    ("s07", "2024-04-22", "diplomatic cooperation", "Saudi Arabia and Iran restore ties",
     "RIYADH - Saudi Arabia restored full diplomatic relations with Iran on Sunday and reopened its embassy in "
     "Tehran, the Saudi foreign ministry said.",
     [("SAU", "IRN", "054")]),
    ("s08", "2024-08-15", "material cooperation", "Germany and France share intelligence on smuggling ring",
     "BERLIN - German police arrested four suspects on Thursday after French authorities shared intelligence "
     "on a people-smuggling network, prosecutors said.",
     [("FRAGOV", "DEU", "064"), ("DEUCOP", None, "173")]),
    ("s09", "2024-01-18", "aid", "EU approves aid package for Ukraine",
     "BRUSSELS (Reuters) - The European Union approved a 50 billion euro aid package for Ukraine on Thursday.\n"
     "Separately, the United States sent air defence systems to Kyiv, the Pentagon said.",
     [("IGOEUR", "UKR", "071"), ("USA", "UKRGOV", "072")]),
    ("s10", "2024-10-02", "aid", "Red Cross delivers supplies to Gaza",
     "GENEVA - The International Committee of the Red Cross delivered medical supplies to hospitals in Gaza on "
     "Tuesday.\nIsrael granted the convoy safe passage through the Kerem Shalom crossing.",
     [("NGO", "PSE", "073"), ("ISR", "NGO", "08")]),
    ("s11", "2024-11-05", "yield", "Georgia eases curfew",
     "TBILISI - Georgian authorities lifted a night-time curfew in the capital on Monday after a week of calm.\n"
     "The government also released 20 detained protesters.",
     [("GEOGOV", "GEO", "0813"), ("GEOGOV", "GEOOPP", "0841")]),
    ("s12", "2024-09-19", "yield", "Rebels withdraw from border town",
     "KINSHASA - M23 rebels withdrew from the border town of Kitshanga on Wednesday under a regional peace plan, "
     "the Congolese army said.",
     [("CODREB", None, "0874")]),
    ("s13", "2024-03-28", "investigate", "Prosecutors probe bribery claims against minister",
     "MADRID - Spanish prosecutors opened an investigation on Wednesday into bribery allegations against a "
     "former transport minister.\nPolice searched the offices of two construction companies.",
     [("ESPJUD", "ESPGOV", "092"), ("ESPCOP", "ESPBUS", "09")]),
    ("s14", "2024-12-09", "demand", "Opposition demands early elections in Serbia",
     "BELGRADE - Serbia's opposition parties demanded on Sunday that the government call early elections.\n"
     "They also called for the resignation of the interior minister.",
     [("SRBOPP", "SRBGOV", "1042"), ("SRBOPP", "SRBGOV", "1041")]),
    ("s15", "2024-02-26", "disapprove", "China criticises US over Taiwan arms sale",
     "BEIJING (Reuters) - China sharply criticised the United States on Monday over a planned arms sale to "
     "Taiwan.\nA Chinese foreign ministry spokesman accused Washington of interfering in China's internal "
     "affairs.",
     [("CHN", "USA", "111"), ("CHNGOV", "USAGOV", "112")]),
    ("s16", "2024-06-17", "disapprove", "Rights group condemns arrests of journalists",
     "ISTANBUL - Amnesty International condemned the arrest of six journalists by Turkish police on Saturday.\n"
     "Turkish police detained the reporters during a raid on a newspaper office in Istanbul.",
     [("NGO", "TURCOP", "111"), ("TURCOP", "TURMED", "173")]),
    ("s17", "2024-04-10", "reject", "Russia vetoes Security Council resolution",
     "UNITED NATIONS - Russia vetoed a Security Council resolution on Tuesday that called for a halt to attacks "
     "on civilians.\nThe Kremlin rejected the proposal as one-sided.",
     [("RUS", "IGOUNO", "16"), ("RUSGOV", None, "12")]),
    ("s18", "2024-05-13", "reject", "Ukraine refuses to cede territory",
     "KYIV - Ukrainian President Volodymyr Zelensky on Monday refused to cede any territory to Russia in "
     "exchange for a ceasefire.\n\"We will not trade land for peace,\" he told reporters in Kyiv.",
     [("UKRGOV", "RUS", "12")]),
    ("s19", "2023-10-09", "threaten", "North Korea threatens South over drills",
     "SEOUL (Yonhap) - North Korea threatened on Sunday to retaliate against South Korea if joint military "
     "drills with the United States went ahead.",
     [("PRK", "KOR", "13")]),
    ("s20", "2025-02-03", "threaten", "US threatens tariffs on Mexico",
     "WASHINGTON - President Donald Trump warned on Sunday that the United States would impose new tariffs on "
     "Mexico unless it stopped migrants at the border.\nMexican President Claudia Sheinbaum said talks would "
     "continue.",
     [("USAGOV", "MEX", "13"), ("MEXGOV", None, "01")]),
    ("s21", "2024-03-04", "protest", "Thousands march in Buenos Aires against austerity",
     "BUENOS AIRES (AP) - Thousands of Argentine workers marched through Buenos Aires on Saturday to protest "
     "against President Javier Milei's spending cuts.\nUnions said a general strike would follow next month.",
     [("ARGLAB", "ARGGOV", "141"), ("ARGLAB", "ARGGOV", "14")]),
    ("s22", "2024-07-01", "protest", "Kenyan police clash with protesters",
     "NAIROBI - Kenyan police fired tear gas at protesters in Nairobi on Tuesday as demonstrators demanded the "
     "withdrawal of a finance bill.",
     [("KENCOP", "KENOPP", "175"), ("KENOPP", "KENGOV", "10")]),
    ("s23", "2024-10-14", "force posture", "China holds drills around Taiwan",
     "TAIPEI (Reuters) - China's military launched large-scale military exercises around Taiwan on Monday, "
     "Taiwan's defence ministry said.\nTaiwan put its forces on high alert.",
     [("CHNMIL", "TWN", "15"), ("TWN", None, "15")]),
    ("s24", "2024-08-06", "reduce relations", "Country expels diplomats",
     "WARSAW - Poland expelled two Russian diplomats on Monday over alleged spying, the Polish foreign ministry "
     "said.\nWarsaw also closed the Russian consulate in Poznan.",
     [("POL", "RUSGOV", "1663"), ("POLGOV", "RUS", "16")]),
    ("s25", "2024-01-25", "reduce relations", "EU imposes sanctions on Iranian officials",
     "BRUSSELS - The European Union imposed sanctions on six Iranian officials on Monday over human rights "
     "abuses.\nIran did not recall its ambassador, officials said.",
     [("IGOEUR", "IRNGOV", "163")]),
    ("s26", "2024-09-30", "coerce", "Police arrest opposition leader",
     "DHAKA - Bangladeshi police arrested an opposition leader on Sunday and charged him with inciting "
     "violence.\nThe authorities also banned a planned rally in the capital.",
     [("BGDCOP", "BGDOPP", "173"), ("BGDGOV", "BGDOPP", "17")]),
    ("s27", "2024-11-21", "assault", "Suicide bomber kills 12 in Pakistan",
     "PESHAWAR - A suicide bomber killed 12 people at a market in northwest Pakistan on Wednesday, police said.\n"
     "No group claimed responsibility for the attack.",
     [("PAK", "PAKCVL", "18")]),
    ("s28", "2024-05-27", "fight", "Israeli airstrike hits Rafah",
     "GAZA (Reuters) - Israeli aircraft struck targets in Rafah on Sunday, the Israeli military said, hours "
     "after Hamas fired rockets at Tel Aviv.",
     [("ISRMIL", "PSE", "195")]),  # the rocket fire "hours after" is background
    ("s29", "2024-02-20", "fight", "Sudanese army fights RSF in Khartoum",
     "KHARTOUM - Sudan's army clashed with the paramilitary Rapid Support Forces in Khartoum on Monday, "
     "witnesses said.\nThe fighting killed at least 30 civilians.",
     [("SDNMIL", "SDNREB", "190"), ("SDNREB", "SDNMIL", "190")]),
    ("s30", "2024-06-25", "mass violence", "UN report says RSF carried out ethnic cleansing",
     "GENEVA - The Rapid Support Forces carried out ethnic cleansing against Sudanese civilians in West Darfur, "
     "a United Nations report said on Monday.\nThe report accused the paramilitary group of war crimes.",
     [("SDNREB", "SDNCVL", "203"), ("IGOUNO", "SDNREB", "1124")]),
    ("s33", "2024-08-23", "fight", "Ukrainian soldiers killed by Russian shelling",
     "KHARKIV - Three Ukrainian soldiers were killed by Russian artillery fire near Kharkiv on Thursday, the "
     "Ukrainian military said.\nA Ukrainian hospital was also hit by a Russian drone overnight.",
     [("RUSMIL", "UKRMIL", "194"), ("RUS", "UKR", "195")]),
    ("s31", "2024-04-15", "none", "Weather and markets",
     "LONDON - Shares in London rose on Monday as investors welcomed cooler weather and lower energy prices.\n"
     "The football club beat its rivals 3-1 in the cup final.",
     []),
    ("s32", "2024-10-28", "negation", "Leaders did not discuss sanctions",
     "ANKARA - Turkish President Tayyip Erdogan met Hungarian Prime Minister Viktor Orban in Ankara on Sunday.\n"
     "The two leaders did not discuss sanctions on Russia, an aide said.",
     [("TURGOV", "HUNGOV", "04"), ("HUNGOV", "TURGOV", "04")]),
]


def main() -> None:
    here = Path(__file__).resolve().parent
    with (here / "articles.jsonl").open("w", encoding="utf-8") as articles, \
            (here / "gold_events.jsonl").open("w", encoding="utf-8") as gold:
        for art_id, published, category, title, text, events in ARTICLES:
            articles.write(json.dumps({"id": art_id, "published": published, "title": title, "text": text},
                                      ensure_ascii=False) + "\n")
            gold.write(json.dumps({"id": art_id, "text": text, "published": published, "category": category,
                                   "events": [{"source": s, "target": t, "cameo": c} for s, t, c in events]},
                                  ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
