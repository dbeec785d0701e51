"""Forms of real news that the issue-4 samples found read wrongly (seed 505 of set C's files), each tested in
several phrasings of our own: royals, people of a named outlet or firm, officers of an NGO, names of things and
places the parser labels PERSON, a territory where something happens, "such as" lists, offices named, the speaker
of a quotation led in by a colon or by "reports:", and a former office holder whose present role has no country."""

from __future__ import annotations

from eventwire.records import Article

FILLER = " The statement came on Monday. Officials gave no further details."


def mentions(pipeline, text: str, published: str) -> dict[str, str | None]:
    """Mention text -> code (the last mention of a text wins)."""
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published=published)]))
    return {m.ref.text: m.ref.code for m in cdoc.actors}


def why(pipeline, text: str, published: str) -> dict[str, str]:
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published=published)]))
    return {m.ref.text: m.why for m in cdoc.actors}


# ---- royals: a reigning monarch governs (GOV); other royals are elites (ELI); Gulf heirs who govern stay GOV
def test_british_royals_are_elites_and_the_monarch_governs(pipeline):
    found = mentions(pipeline, "Prince Andrew said he regretted his friendship with Epstein. Queen Elizabeth II "
                     "was told of the interview. Prince Harry and Prince William met in London." + FILLER, "2019-11-18")
    assert found["Prince Andrew"] == "GBRELI"
    assert found["Queen Elizabeth II"] == "GBRGOV"
    assert found["Prince Harry"] == "GBRELI"
    assert found["Prince William"] == "GBRELI"


def test_royal_titles_and_dates(pipeline):
    assert mentions(pipeline, "The Duke of York stepped back from royal duties." + FILLER,
                    "2019-11-21")["Duke of York"] == "GBRELI"
    assert mentions(pipeline, "Prince Charles visited Kenya on Monday." + FILLER,
                    "2019-11-18")["Prince Charles"] == "GBRELI"
    found = mentions(pipeline, "King Charles visited Kenya on Monday." + FILLER, "2023-11-01")
    assert found["King Charles"] == "GBRGOV"
    assert mentions(pipeline, "Meghan Markle and Prince Harry left for Canada." + FILLER,
                    "2020-01-10")["Meghan Markle"] == "GBRELI"


def test_an_unlisted_prince_or_princess_is_an_elite_and_a_reigning_one_governs(pipeline):
    text = "Britain's Princess Beatrice attended the wedding in London. Her sister was there too." + FILLER
    assert mentions(pipeline, text, "2019-05-01")["Britain's Princess Beatrice"] == "GBRELI"
    assert mentions(pipeline, "King Salman received the Emir of Kuwait in Riyadh." + FILLER,
                    "2019-11-18")["King Salman"] == "SAUGOV"
    assert mentions(pipeline, "Saudi Crown Prince Mohammed bin Salman met Putin in Riyadh." + FILLER,
                    "2019-11-18")["Saudi Crown Prince Mohammed bin Salman"] == "SAUGOV"


# ---- the people of a named outlet, firm or NGO
def test_an_outlets_or_firms_possessive_gives_its_person_the_bodys_code(pipeline):
    cases = [("In an interview, BBC's Emily Maitlis pressed Andrew on his ties.", "BBC's Emily Maitlis", "GBRMED"),
             ("The New York Times' Maggie Haberman reported the meeting.", "New York Times' Maggie Haberman", "USAMED"),
             ("Fox News's Bret Baier interviewed the candidate.", "Fox News's Bret Baier", "USAMED"),
             ("Boeing's Dennis Muilenburg testified before Congress.", "Boeing's Dennis Muilenburg", "USABUS")]
    for text, span, code in cases:
        assert mentions(pipeline, text + FILLER, "2019-11-18")[span] == code, text


def test_a_countrys_possessive_gives_no_body(pipeline):
    found = mentions(pipeline, "Kenya's Jane Wanjiru won the race in Nairobi." + FILLER, "2019-11-18")
    assert found["Kenya's Jane Wanjiru"] == "KENCVL"


def test_an_executive_director_of_an_ngo_is_the_ngos(pipeline):
    cases = [("Jane Doe, the executive director of Human Rights Watch, criticized the plan.", "Jane Doe", "NGOHRW"),
             ("The executive director of Amnesty International said the trial was unfair.", "executive director",
              "NGOAMN"),
             ("Maria Alvarez, the executive director at the Center for Media Justice, spoke out on Tuesday.",
              "Maria Alvarez", "USANGO")]
    for text, span, code in cases:
        assert mentions(pipeline, text + FILLER, "2016-10-07")[span] == code, text
    firm = mentions(pipeline, "Jane Doe, an executive director at Boeing, resigned." + FILLER, "2016-10-07")
    assert firm["Jane Doe"] == "USABUS"


def test_people_named_as_instances_of_a_role_have_that_role(pipeline):
    found = mentions(pipeline, "Reporters questioned media figures such as Lena Varga and Tom Bekele on Sunday. "
                     "Both had dined with him in New York." + FILLER, "2019-11-18")
    assert found["Lena Varga"] == found["Tom Bekele"] == "USAMED"
    found = mentions(pipeline, "Activists such as Jane Doe and John Roe were arrested in Moscow." + FILLER,
                     "2019-11-18")
    assert found["Jane Doe"] == found["John Roe"] == found["Activists"]


# ---- no actor: names of things and places, a territory where something is, an office named
def test_names_of_things_labelled_as_people_are_no_actors(pipeline):
    for text, name in [('One commenter wrote: "First Bird flu, now this."', "Bird"),
                       ("The carmaker will keep making the Aura sedan until 2012.", "Aura"),
                       ("She drove to the Jackson hearing in the morning.", "Jackson"),
                       ("He lives on Jackson Street near the school.", "Jackson")]:
        assert name not in mentions(pipeline, text + FILLER, "2019-11-19"), text


def test_a_persons_campaign_or_aides_keep_the_person(pipeline):
    found = why(pipeline, "The Warren campaign denied the report. Smith aides said he would resign." + FILLER,
                "2019-11-19")
    assert "Warren" in found
    assert "Smith aides" in found


def test_places_in_a_list_and_territories_where_something_is_are_no_actors(pipeline):
    found = mentions(pipeline, "Health officers found the infection in Barry, Cass, Kalamazoo and Van Buren "
                     "counties." + FILLER, "2019-11-19")
    assert not {"Cass", "Kalamazoo", "Van Buren", "counties"} & set(found)
    found = mentions(pipeline, "The herder was treated in the county of Huade, officials said." + FILLER,
                     "2019-11-18")
    assert "county" not in found
    assert "county" not in mentions(pipeline, "Cases rose across the county last week." + FILLER, "2019-11-18")
    assert "county" in mentions(pipeline, "In Ohio, the county sued the drug companies." + FILLER, "2019-11-18")


def test_an_office_named_is_no_actor(pipeline):
    assert "CEO" not in mentions(pipeline, "Jobs returned to Apple and soon reassumed the role of CEO." + FILLER,
                                 "2011-10-06")
    assert "prime minister" not in mentions(pipeline, "He was nominated in Rome for the post of prime minister."
                                            + FILLER, "2011-10-06")
    # the offices (rooms) of bodies, and a position held by someone named, keep their actors
    found = mentions(pipeline, "Police searched the offices of two construction companies in Madrid." + FILLER,
                     "2024-03-28")
    assert found.get("construction companies") == "ESPBUS"
    assert "ministers" in mentions(pipeline, "The position of the ministers in Rome was clear." + FILLER, "2011-10-06")


# ---- pronouns inside a quotation are not its speaker
def test_a_colon_speaker_is_not_a_pronoun_of_the_quotation(pipeline):
    text = ("The e-mails mocked Airbus and its chief Ralph Crosby. Secretary of the Air Force James Roche: "
            "``Fine. Keep pressing him until EADS drops him! Jim. ''" + FILLER)
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published="2004-11-24")]))
    hims = [m for m in cdoc.actors if m.ref.text == "him"]
    assert hims and all("Roche" not in m.why and "'Secretary'" not in m.why for m in hims)
    text = 'Jane Doe met Senator John Roe on Friday. Roe: "She never answered, and I told her so."' + FILLER
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published="2019-11-18")]))
    assert [m.why for m in cdoc.actors if m.ref.text == "She"][0].startswith("pronoun 'She' -> 'Jane Doe'")


def test_a_reporter_who_reports_a_quotation_is_not_its_she(pipeline):
    text = ("The woman denies that she ever needed care. Stephanie McCrummen is a reporter. McCrummen reports: "
            '"When she first saw him on stage in June, she felt that she was not alone."')
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published="2016-10-02")]))
    shes = [m for m in cdoc.actors if m.ref.text == "she" and m.start_token > 20]
    assert shes and all("McCrummen" not in m.why for m in shes)


# ---- a former office holder whose present role has no country
def test_former_title_of_a_person_whose_role_now_has_no_country(pipeline):
    found = mentions(pipeline, "Former Microsoft CEO Bill Gates responded with a statement on his blog." + FILLER,
                     "2011-10-06")
    assert found["Former Microsoft CEO Bill Gates"] == "USAELI"


# ---- outlets of real news the dictionary lacked
def test_more_outlets_are_media_of_their_country(pipeline):
    cases = [("Fox Business reported the merger on Tuesday.", "Fox Business", "USAMED"),
             ("The Argus Leader first reported the campaign's cost.", "Argus Leader", "USAMED"),
             ("According to a new Fast Company report, he can still name directors.", "Fast Company", "USAMED"),
             ("Officials told Kathimerini that talks would resume.", "Kathimerini", "GRCMED"),
             ("He told Scientific American that the data were clear.", "Scientific American", "USAMED")]
    for text, span, code in cases:
        assert mentions(pipeline, text + FILLER, "2019-11-19").get(span) == code, text


def test_religion_words_are_no_outlet(pipeline):
    found = mentions(pipeline, "Hindu nationalists attacked a mosque in Ayodhya. A Hindu priest was arrested." + FILLER,
                     "2019-11-18")
    assert all(not (code or "").endswith("MED") for code in found.values())


# ---- an indefinite phrase under an unrealised act is no one in particular for a later pronoun
def test_a_later_pronoun_skips_a_hypothetical_indefinite_for_the_speaker(pipeline):
    cases = [("Don Fowler said he expects Clinton to recover. The bylaws let the committee pick a substitute "
              "candidate but say little more. \"Planning ahead is just common sense,\" he said on Monday.",
              "Don Fowler"),
             ("John Otieno, a Kenyan senator, spoke in Nairobi. Parliament could appoint a new speaker. He opposed "
              "that idea.", "John Otieno")]
    for text, name in cases:
        cdoc = next(pipeline.code_documents([Article(id="t", text=text, published="2016-09-12")]))
        last = [m for m in cdoc.actors if m.ref.text.lower() == "he"][-1]
        assert f"-> '{name}'" in last.why, text


def test_a_later_pronoun_still_finds_a_real_indefinite(pipeline):
    text = "Chief John Otieno spoke on Monday. The police arrested a man on Friday in Nairobi. He was charged."
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published="2016-09-12")]))
    assert [m.why for m in cdoc.actors if m.ref.text == "He"][0].startswith("pronoun 'He' -> 'man'")


def test_a_sentence_opening_gerund_is_no_word_of_a_name(pipeline):
    found = mentions(pipeline, "Trump attacked Hillary Clinton again on Friday. Injecting Clinton's marital troubles "
                     "into the campaign is Trump's latest effort." + FILLER, "2016-09-30")
    assert found.get("Clinton") == "USAPTY"
    assert not any(text.startswith("Injecting") for text in found)


# ---- a person working for a named outlet, firm or NGO is that body's
def test_a_person_for_or_at_a_named_body_is_the_bodys(pipeline):
    cases = [('"This is the wrong debate," Omar Reyes, a writer for The Atlantic, posted on Monday.', "writer", "USAMED"),
             ("A writer for Fox News said the debate was rigged.", "writer", "USAMED"),
             ("A reporter for the BBC was detained in Tehran.", "reporter", "GBRMED"),
             ("Jane Doe, a volunteer with Amnesty International, was arrested in Cairo.", "Jane Doe", "NGOAMN"),
             ("A researcher at Human Rights Watch said the trial was unfair.", "researcher", "NGOHRW")]
    for text, span, code in cases:
        assert mentions(pipeline, text + FILLER, "2016-09-19").get(span) == code, text
    # a body that is no workplace leaves the role its own: "fighters for ISIS" are no ISIS officers by this rule
    assert mentions(pipeline, "A professor at Harvard University said the plan was flawed." + FILLER,
                    "2016-09-19")["professor"] == "USAEDU"


def test_a_head_that_is_a_body_part_is_no_actor(pipeline):
    for text in ["My father died of brain cancer. He was sick in the head.",
                 "The minister shook his head and left the room.",
                 "Pat Caddell: Democrat Voters Worried About Clinton's Health; It's 'in Their Heads.'",
                 "The man was shot in the head by police in Chicago."]:
        found = mentions(pipeline, text + FILLER, "2019-11-18")
        assert not any(t.lower() in ("head", "their heads", "heads") for t in found), text
    assert mentions(pipeline, "Hamas said its head would attend the talks in Cairo." + FILLER,
                    "2019-11-18")["its head"] == "PSEREB"


def test_a_name_with_the_is_no_person(pipeline):
    assert "Moon" not in mentions(pipeline, "Landing on the Moon again will cost far more than planned, the agency "
                                  "said." + FILLER, "2019-11-18")


def test_a_person_who_reports_or_works_for_a_body_is_the_bodys(pipeline):
    cases = [("As Rosa Lindqvist reports for NPR, two new cases were confirmed in Beijing.", "Rosa Lindqvist",
              "USAMED"),
             ("Jane Doe, who writes for The Atlantic, criticized the plan.", "Jane Doe", "USAMED"),
             ("John Roe works for Boeing in Seattle.", "John Roe", "USABUS")]
    for text, span, code in cases:
        assert mentions(pipeline, text + FILLER, "2019-11-19")[span] == code, text
    assert mentions(pipeline, "Jane Doe voted for Trump in Ohio." + FILLER, "2019-11-19")["Jane Doe"] == "USACVL"


def test_a_full_name_again_keeps_the_role_its_first_mention_had(pipeline):
    text = ("Ousted WeWork CEO Adam Neumann kept the right to pick two directors. Adam Neumann also keeps a large "
            "stake in the firm." + FILLER)
    cdoc = next(pipeline.code_documents([Article(id="t", text=text, published="2019-11-19")]))
    codes = [m.ref.code for m in cdoc.actors if m.ref.text.endswith("Adam Neumann")]
    assert len(codes) == 2 and codes[0] == codes[1] and codes[0].startswith("USA") and codes[0] != "USACVL"
