"""One dateline reader for every stage (times.dateline.line_datelines and the rules each reader takes from it)."""

from __future__ import annotations

from datetime import date

from eventwire.times.dateline import document_datelines, find_dateline, line_datelines


def test_every_line_opening_dateline_is_read_with_its_spans():
    text = ("Fishing talks resume\n"
            "TARAWA, Kiribati, Feb. 9 (KNA) - The island cabinet approved a tuna licence for two fleets.\n"
            "SUVA - Fiji's navy escorted the boats home after the storm passed.")
    found = line_datelines(text)
    assert [d.place for d in found] == ["TARAWA", "SUVA"]
    first = found[0]
    assert first.region == "Kiribati" and first.dated and first.outlet == "KNA"
    assert text[slice(*first.outlet_span)] == "KNA"
    assert text[first.text_start:].startswith("The island cabinet")
    assert found[1].line == 2 and text[found[1].start:found[1].end] == "SUVA"


def test_an_ordinal_day_before_the_month_gives_the_date():
    d = find_dateline("HONIARA, 4th March, 2021 (SIBC) -- The cabinet of Solomon "
                      "Islands approved a new fisheries pact.")
    assert d is not None and d.place_name == "Honiara" and d.outlet == "SIBC"
    assert d.published == date(2021, 3, 4)


def test_a_slashed_or_hyphenated_place_is_one_dateline():
    joint = line_datelines("APIA/SUVA, May 2 (Reuters) - Samoa and Fiji signed a shipping pact on the quay.")[0]
    assert joint.place == "APIA/SUVA" and joint.credit_span is not None
    hyphen = line_datelines("PORT-VILA (AP) - Vanuatu's parliament sat late into the night on the budget.")[0]
    assert hyphen.first_word == "PORT" and hyphen.names_filing_place(None)
    assert hyphen.credit_span is not None


def test_the_quote_finder_rule_keeps_speaker_labels_and_long_headings_out():
    assert line_datelines("NOUMEA, 12 June (RRB): The mayor opened the new harbour wall.")[0].paragraph_opening
    assert not line_datelines("MODERATOR: Could you tell us about the harbour wall?")[0].paragraph_opening
    assert line_datelines("Noumea, 12 June (RRB) - The mayor opened the new harbour wall.")[0].paragraph_opening
    heading = line_datelines("WHY THE HARBOUR WALL STILL LEAKS — Engineers blamed the cement supplier.")[0]
    assert not heading.paragraph_opening


def test_the_actor_rule_needs_a_named_place_before_a_bare_colon():
    bare = line_datelines("APIA: The Samoan senate passed the fisheries bill.")[0]
    assert bare.names_filing_place("capital") and not bare.names_filing_place(None)
    assert not line_datelines("NATO - the alliance met on the budget for eastern posts.")[0].names_filing_place("igo")


def test_the_opening_dateline_needs_a_sentence_after_it():
    assert find_dateline("UPDATE - two lines\nThe ferry sank near the reef.") is None
    assert find_dateline("Reef: ferries and fishing\nThe ferry sank near the reef.") is None


def test_a_document_reads_its_datelines_once(pipeline):
    doc = pipeline.resources.nlp("PORT-VILA (AP) - Vanuatu's parliament sat late into the night on the budget.")
    first = document_datelines(doc)
    assert first and document_datelines(doc) is first
