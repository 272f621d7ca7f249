"""Attribution behaviour: direct quotes, reported speech, the reporter's own voice.

Every article here is written for the tests (invented people, places and figures).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factrack.extract.attribution import attribute
from factrack.extract.segment import split_paragraphs

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "000_3a15ec0e2c0e75e0.txt"


def index(text: str):
    return attribute(text, split_paragraphs(text))


def who(text: str, phrase: str, occurrence: int = 0):
    """(attribution, speaker name or None) of the span of `phrase` in `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    result = index(text).at(start, start + len(phrase))
    return result.attribution, (result.speaker.name if result.speaker else None)


# --- direct quotes -------------------------------------------------------------------

def test_curly_quote_with_trailing_speaker_is_direct():
    text = ("Trade Minister Lena Corvalis Hart spoke in Valmora on Tuesday.\n\n"
            "“Exports grew 14% last year,” Ms. Hart said at the forum.\n")
    assert who(text, "14%") == ("direct", "Lena Corvalis Hart")


def test_straight_quotes_and_inverted_verb():
    text = ('Analysts expected a slowdown in the harbour trade.\n\n'
            '"We shipped 2,400 containers in March," said Tomas Elbe, director of the Port '
            'of Ravensk.\n')
    idx = index(text)
    start = text.index("2,400")
    found = idx.at(start, start + 5)
    assert found.attribution == "direct"
    assert found.speaker.name == "Tomas Elbe"
    assert found.speaker.role == "director of the Port of Ravensk"


def test_quote_split_around_its_attribution():
    text = ("“The fund lost 8% in a single week,” Mr. Adeyemi said, “and nobody in the "
            "ministry noticed for 12 days.”\n")
    # an honorific form with no full name anywhere stays a surname-only speaker
    assert who(text, "8%") == ("direct", "Adeyemi")
    assert who(text, "12 days") == ("direct", "Adeyemi")


def test_nested_single_quotes_stay_inside_the_double_quote():
    text = ("Mayor Ines Varga rejected the plan. “They call it a ‘modest 5% rise,’ but "
            "families will pay 30% more,” Ms. Varga said.\n")
    assert who(text, "5% rise") == ("direct", "Ines Varga")
    assert who(text, "30% more") == ("direct", "Ines Varga")


def test_quote_running_across_paragraphs_named_before():
    text = ("Fleet commander Oskar Lindqvist described the storm.\n\n"
            "“We lost three boats in the first hour,” Mr. Lindqvist said. “Then the wind "
            "turned and we lost four more.\n\n"
            "“By morning only 11 of the 40 boats were still afloat.”\n")
    assert who(text, "11 of the 40") == ("direct", "Oskar Lindqvist")


def test_quote_running_across_paragraphs_named_after():
    text = ("The inquiry heard from a witness on Monday.\n\n"
            "“The gate was open for 45 minutes before anyone looked.\n\n"
            "“I reported it twice,” said Carla Nimmo, a night guard at the depot.\n")
    assert who(text, "45 minutes") == ("direct", "Carla Nimmo")


def test_quote_only_sentence_continues_the_previous_speaker():
    text = ("“Prices will fall by spring,” said Governor Abel Raines. “We expect a 6% drop "
            "in fuel costs.”\n")
    assert who(text, "6% drop") == ("direct", "Abel Raines")


def test_colon_introduces_the_quote():
    text = ("Senator Wilma Ostrova was quick to reply: “Not one of the 90 clinics has "
            "closed.”\n")
    assert who(text, "90 clinics") == ("direct", "Wilma Ostrova")


# --- indirect (reported) speech ------------------------------------------------------

def test_said_that_complement_is_indirect_and_preceding_clause_is_reporters():
    text = ("Norlandia is the region's largest grower of barley – and Ms. Ferreira noted "
            "that the co-operative has already hired more than 300 seasonal workers.\n")
    assert who(text, "more than 300 seasonal workers") == ("indirect", "Ferreira")
    assert who(text, "largest grower") == ("none", None)


def test_trailing_speaker_owns_the_whole_clause():
    text = ("Agriculture Secretary Paulo Menez toured the valley.\n\n"
            "The drought has cut wheat yields by a quarter, Mr. Menez said on Friday.\n")
    assert who(text, "a quarter") == ("indirect", "Paulo Menez")


def test_pronoun_said_at_the_end_of_an_unquoted_sentence():
    text = ("Health Minister Dara Quill visited the hospital on Monday.\n\n"
            "Waiting lists have grown by 18% since January, she said.\n")
    assert who(text, "18%") == ("indirect", "Dara Quill")


def test_according_to_an_organization():
    text = ("Rents in the capital rose 9% last year, according to the Meridian Housing "
            "Council.\n")
    attribution, speaker = who(text, "9%")
    assert attribution == "indirect"
    assert speaker == "Meridian Housing Council"


def test_telling_x_that_and_calling_it_follow_the_subject():
    text = ("Chancellor Ruth Okonkwo defended the budget, telling reporters that the "
            "deficit would shrink to 2% within a year and calling it “a fair settlement.”\n")
    assert who(text, "2% within a year") == ("indirect", "Ruth Okonkwo")
    assert who(text, "a fair settlement") == ("direct", "Ruth Okonkwo")


def test_was_quoted_as_saying_names_the_unnamed_official():
    text = ("The embassy dismissed the report as “pure fiction,” a senior Interior Ministry "
            "official was quoted as saying by the state broadcaster Radio Kestrel.\n")
    attribution, speaker = who(text, "pure fiction")
    assert attribution == "direct"
    assert speaker == "senior Interior Ministry official"


def test_unnamed_plural_sources():
    text = "Such tariffs rarely last more than two years, economists say.\n"
    assert who(text, "two years") == ("indirect", "economists")


# --- the reporter's frame around reported speech ----------------------------------

def test_adjuncts_after_a_trailing_speaker_are_the_reporters():
    text = ("Harbour Minister Elin Drache toured the docks.\n\n"
            "Freight volumes have doubled since the strike ended, Ms. Drache said at a "
            "Thursday briefing that closed four days of talks in Kessport.\n")
    assert who(text, "doubled") == ("indirect", "Elin Drache")
    assert who(text, "four days") == ("none", None)


def test_told_reporters_and_a_meeting_are_the_reporters():
    text = ("Mayor Ilse Borrow spoke after the vote.\n\n"
            "The levy will raise 3 million crowns a year, she told reporters on Monday "
            "after a 40-minute meeting with union leaders.\n")
    assert who(text, "3 million crowns") == ("indirect", "Ilse Borrow")
    assert who(text, "40-minute") == ("none", None)


def test_frame_before_the_speaker_and_the_verb_is_the_reporters():
    text = ("Speaking after three days of talks in Ostrava, Ms. Velde said that costs "
            "rose 5% in the first quarter.\n")
    assert who(text, "three days") == ("none", None)
    assert who(text, "5%") == ("indirect", "Velde")
    assert who(text, "Ms. Velde said that") == ("none", None)


def test_frame_before_a_complement_without_that():
    text = ("In a 2019 speech, Governor Ruth Amsel said the dam would cost 80 million "
            "dollars.\n")
    assert who(text, "2019") == ("none", None)
    assert who(text, "80 million dollars") == ("indirect", "Ruth Amsel")


def test_a_long_frame_before_that_is_the_reporters():
    text = ("Mr. Orvik said at a press conference wrapping up two weeks of hearings in "
            "Dunmere that 12 witnesses had lied.\n")
    assert who(text, "two weeks") == ("none", None)
    assert who(text, "12 witnesses") == ("indirect", "Orvik")


def test_interrupted_speech_resumes_after_the_speaker():
    text = ("The new line, the operator said on Tuesday, will carry 9,000 riders a day "
            "once it opens.\n")
    assert who(text, "9,000 riders") == ("indirect", "the operator")


def test_speech_resumes_after_an_inverted_speaker_and_and():
    text = ("About 4,000 people saw the show on its first night, said the organisers, and "
            "a further 2,500 bought tickets online.\n")
    assert who(text, "4,000 people")[0] == "indirect"
    assert who(text, "2,500") == who(text, "4,000 people")


def test_a_frame_after_the_speakers_comma_stays_the_reporters():
    text = ("Grain exports fell by a fifth, the ministry said, citing data from 14 ports.\n")
    assert who(text, "a fifth")[0] == "indirect"
    assert who(text, "14 ports") == ("none", None)


def test_a_document_author_and_its_sample_are_the_reporters_frame():
    text = ("A survey of 2,000 households by the Lindqvist Trust found that 31% could not "
            "afford a holiday.\n")
    assert who(text, "2,000 households") == ("none", None)
    assert who(text, "31%") == ("indirect", "Lindqvist Trust")


def test_figures_collected_by_an_organization_are_its_claim():
    text = ("Almost half of adults in Vell now bank online, according to figures collected "
            "by the Ostmark Retail Group.\n")
    assert who(text, "Almost half") == ("indirect", "Ostmark Retail Group")


def test_relative_clause_after_a_source_reports_its_speech():
    text = ("Tolvik has the region's highest water charges, according to the Water "
            "Standards Board, which warned last month that bills could rise 15% by 2027.\n")
    assert who(text, "highest water charges")[1] == "Water Standards Board"
    assert who(text, "15%") == ("indirect", "Water Standards Board")


def test_a_paraphrase_before_a_quote_is_indirect():
    text = ('Chairwoman Odile Franck said the club owed 6 million euros and was "in no '
            'position to buy anyone."\n')
    assert who(text, "6 million euros") == ("indirect", "Odile Franck")
    assert who(text, "in no position")[0] == "direct"


def test_pledging_a_sum_is_not_speech_but_promising_to_act_is():
    text = ("The council has pledged 4 million euros for flood walls.\n\n"
            "Mayor Pia Lorentz promised on Sunday to plant 10,000 trees.\n")
    assert who(text, "4 million euros") == ("none", None)
    assert who(text, "10,000 trees") == ("indirect", "Pia Lorentz")


# --- the reporter's own voice --------------------------------------------------------

def test_reporter_voice_has_no_speaker():
    text = ("The bridge carried 52,000 vehicles a day before it closed in May.\n\n"
            "Engineers from Halvorsen Ltd inspected it twice.\n")
    assert who(text, "52,000 vehicles") == ("none", None)


def test_a_name_only_mentioned_is_not_a_speaker():
    text = ("With Prime Minister Edda Sorvik facing a confidence vote and rival Jonas "
            "Brekke touring 14 towns, the coalition has little room to manoeuvre.\n")
    idx = index(text)
    assert who(text, "14 towns") == ("none", None)
    assert idx.complete().speakers == ()


def test_scare_quote_without_a_cue_is_not_attributed():
    text = "The so-called “green bonus” added 3% to ticket prices.\n"
    assert who(text, "3%") == ("none", None)


# --- speakers, coreference and the index ---------------------------------------------

def test_speaker_list_has_fullest_name_role_and_aliases():
    text = ("Interior Secretary Nadia Brandt Olsen opened the session.\n\n"
            "“We hired 1,200 officers,” Ms. Olsen said.\n\n"
            "Olsen added that 40 stations would reopen.\n")
    idx = index(text)
    olsen = [s for s in idx.complete().speakers if s.name == "Nadia Brandt Olsen"]
    assert len(olsen) == 1
    assert olsen[0].kind == "person"
    assert olsen[0].role == "Interior Secretary"
    assert "Ms. Olsen" in olsen[0].aliases
    assert who(text, "40 stations") == ("indirect", "Nadia Brandt Olsen")


def test_honorific_resolves_to_earlier_full_name_by_gender():
    text = ("Talks between Foreign Minister Ilse Marten and her counterpart Viktor Marten "
            "ran late.\n\n"
            "“We agreed on 12 of 15 points,” Mr. Marten said.\n")
    assert who(text, "12 of 15") == ("direct", "Viktor Marten")


def test_he_resolves_to_the_most_recent_person():
    text = ("Central bank governor Felix Armand spoke after President Lucia Morel.\n\n"
            "“Inflation will be 3% by June,” Mr. Armand said. “Rates can then fall.”\n\n"
            "He added that 70 banks had passed the stress test.\n")
    assert who(text, "70 banks") == ("indirect", "Felix Armand")


def test_the_company_resolves_to_the_last_named_company():
    text = ("Shares in Borealis Freight Ltd fell on Monday.\n\n"
            "The company said it would cut 500 jobs.\n")
    assert who(text, "500 jobs") == ("indirect", "Borealis Freight Ltd")


def test_the_company_without_a_clear_antecedent_stays_unnamed():
    text = "The company said it would cut 500 jobs by the end of the year.\n"
    attribution, speaker = who(text, "500 jobs")
    assert attribution == "indirect"
    assert speaker == "the company"


def test_at_takes_the_majority_label_of_a_clause():
    text = ("Exports rose 4% in May, and Mr. Ostrander warned that imports would rise 9%.\n")
    idx = index(text)
    first = text.index("Exports")
    second = text.index("imports")
    assert idx.at(first, text.index(", and")).attribution == "none"
    assert idx.at(second, len(text) - 1).attribution == "indirect"
    assert idx.at(second, len(text) - 1).speaker.name == "Ostrander"


def test_non_body_paragraphs_are_ignored():
    text = "“Sales doubled to 40,000 units,” Mr. Ruiz said.\n"
    paragraphs = [p.__class__(p.index, p.start, p.end, p.text, "caption")
                  for p in split_paragraphs(text)]
    idx = attribute(text, paragraphs)
    start = text.index("40,000")
    assert idx.at(start, start + 6).attribution == "none"
    assert idx.complete().speakers == ()


def test_empty_article():
    idx = attribute("", [])
    assert idx.at(0, 10).attribution == "none"
    assert idx.complete().speakers == ()


# --- the user's example article ------------------------------------------------------

@pytest.mark.skipif(not SEED.exists(), reason=f"seed article not found at {SEED} "
                    "(the shared data folder is absent)")
def test_seed_article():
    text = SEED.read_text(encoding="utf-8")
    paragraphs = split_paragraphs(text)
    idx = attribute(text, paragraphs[1:])

    def at(phrase):
        start = text.index(phrase)
        result = idx.at(start, start + len(phrase))
        return result.attribution, (result.speaker.name if result.speaker else None)

    for phrase in ("more than 100% of global demand", "one-third of global production",
                   "one-tenth of global demand"):
        assert at(phrase) == ("direct", "Antony Blinken"), phrase
    assert at("more than 100 Chinese enterprises") == ("indirect", "Antony Blinken")
    # the reporter's frame after "..., Mr. Blinken said": the occasion is not his claim
    assert at("concluding three days")[0] == "none"
    assert at("important headway") == ("indirect", "Antony Blinken")
    assert at("more than 20 key lines of communication") == ("none", None)
    assert at("10 months later") == ("none", None)
    assert at("10 months ago") == ("none", None)
    assert at("China and the United States should be partners")[1] == "Xi Jinping"
    assert at("China is happy to see the confident") == ("direct", "Xi Jinping")
    assert at("establish a correct understanding") == ("direct",
                                                      "senior Foreign Ministry official")
    assert at("legitimate development rights") == ("direct", "Wang Yi")
    speakers = {s.name: s for s in idx.complete().speakers}
    assert speakers["senior Foreign Ministry official"].kind == "unnamed"
    assert speakers["Wang Yi"].kind == "person"
    assert "Mr. Wang" in speakers["Wang Yi"].aliases
    assert speakers["Antony Blinken"].role == "U.S. Secretary of State"
    assert "Mr. Blinken" in speakers["Antony Blinken"].aliases
    assert speakers["Jia Qingguo"].role.startswith("director of Peking University")
    assert "Joe Biden" not in speakers


# --- more cue shapes -----------------------------------------------------------------

def test_inverted_speaker_after_a_comma_clause_with_appositive_role():
    text = ("Ticket sales could pass 9 million this season, said Arno Kessel, head of the "
            "Lindmark Theatre Guild.\n")
    idx = index(text)
    start = text.index("9 million")
    found = idx.at(start, start + 9)
    assert (found.attribution, found.speaker.name) == ("indirect", "Arno Kessel")
    assert found.speaker.role == "head of the Lindmark Theatre Guild"


def test_participle_takes_the_clause_subject():
    text = ("After the vote, Mayor Tilde Brun defended the levy, saying it would raise "
            "4 million crowns a year.\n")
    assert who(text, "4 million crowns") == ("indirect", "Tilde Brun")


def test_coordinated_verb_takes_the_subject_not_an_earlier_object():
    text = ("After reporter Ivo Marek asked about the audit, Senator Rhea Lund paused and "
            "said, “We spent 20% less than planned.”\n")
    assert who(text, "20% less") == ("direct", "Rhea Lund")


def test_statement_after_a_colon_paragraph_is_direct():
    text = ("The Harbour Board answered the claims in a statement:\n\n"
            "Container traffic rose 11% and no berth was closed.\n")
    assert who(text, "11%") == ("direct", "Harbour Board")


def test_the_statement_continued_keeps_its_speaker():
    text = ("“Our fleet is safe,” Admiral Noor Haddad said in a statement.\n\n"
            "“Only 2 of 30 ships need repairs,” the statement continued.\n")
    assert who(text, "2 of 30") == ("direct", "Noor Haddad")


def test_role_reference_resolves_to_the_titled_person():
    text = ("Gov. Lena Marsh of Westvale signed the bill on Monday.\n\n"
            "“It will cut waiting times by half,” the governor said.\n")
    assert who(text, "by half") == ("direct", "Lena Marsh")


def test_passive_told_is_not_a_cue():
    text = "Workers were told that 300 jobs would go.\n"
    assert who(text, "300 jobs") == ("none", None)


def test_party_and_state_parenthesis_is_skipped():
    text = "“We lost 40 seats,” Sen. Ada Moss (D-Ore.) said on Tuesday.\n"
    assert who(text, "40 seats") == ("direct", "Ada Moss")


def test_quoted_name_before_a_reported_clause_is_not_the_speakers():
    text = ("Members of the “Fair Fares Now” group protested as Mayor Ida Crane noted that "
            "fares had risen 12%.\n")
    assert who(text, "Fair Fares Now") == ("none", None)
    assert who(text, "12%") == ("indirect", "Ida Crane")


def test_dotted_organization_name_before_the_speaker():
    text = ("“Rents rose 7% in a year,” Homes.net Policy Director Una Pike said in a "
            "statement.\n")
    assert who(text, "7%") == ("direct", "Una Pike")


# --- documents, organizations, interviews --------------------------------------------

def test_a_study_speaks_for_its_author():
    text = ("A 2021 study by the Vell Institute of Marine Science found that reef cover had "
            "fallen by 14%.\n")
    assert who(text, "14%") == ("indirect", "Vell Institute of Marine Science")


def test_according_to_an_organizations_own_figures():
    text = ("Bramble Rail carried 3 million passengers last year, according to the "
            "company's annual report.\n")
    assert who(text, "3 million") == ("indirect", "Bramble Rail")


def test_the_survey_found_takes_the_author_named_earlier():
    text = ("Rents rose 8% in a year, according to a survey published on Monday by the "
            "Orla Housing Trust.\n\n"
            "One tenant in five was behind on payments, the survey found.\n")
    assert who(text, "One tenant in five") == ("indirect", "Orla Housing Trust")


def test_unnamed_data_subject_with_a_complement():
    text = "Official data show that 41,000 homes were sold in March.\n"
    assert who(text, "41,000 homes") == ("indirect", "official data")


def test_police_found_is_not_reported_speech():
    text = "Police found 12 kilograms of cocaine in the van.\n"
    assert who(text, "12 kilograms") == ("none", None)


def test_added_with_an_object_is_not_speech():
    text = ("Guard Tomas Reyes, who scored 30 points, added 9 rebounds in the win.\n")
    assert who(text, "9 rebounds") == ("none", None)


def test_it_said_goes_to_the_company_the_article_is_about():
    text = ("Kestrel Foods said on Tuesday that sales rose 5%.\n\n"
            "Analysts at Harrow Securities had expected a 3% rise.\n\n"
            "It said costs fell 2% in the quarter.\n")
    assert who(text, "costs fell 2%") == ("indirect", "Kestrel Foods")


def test_interview_answers_are_the_interviewees():
    text = ("Interview with a port chief\n\n"
            "Ilse Brandvold has run the Port of Skarn since 2019. She spoke to us about "
            "traffic and tariffs.\n\n"
            "Q: How busy is the port?\n\n"
            "A: We handled 1.4 million containers last year.\n\n"
            "Q: And next year?\n\n"
            "A: We expect about 10% more.\n")
    paragraphs = split_paragraphs(text)
    idx = attribute(text, paragraphs[1:])
    start = text.index("1.4 million")
    found = idx.at(start, start + 11)
    assert (found.attribution, found.speaker.name) == ("direct", "Ilse Brandvold")
    start = text.index("How busy")
    assert idx.at(start, start + 8).attribution == "none"


# --- resolving on demand -------------------------------------------------------------

_ON_DEMAND = (
    "Orvik, the shipbuilder, said on Monday that its order book held 14 vessels.\n\n"
    "Harbour master Leni Sandvik said the new dock would take 3 years to build. The "
    "port, which opened in 1962, handles 900 ships a year.\n\n"
    "It said 300 jobs would go at the Kessa yard by June. She added that traffic had "
    "grown 6% since January.\n\n"
    "“We will need 40 more pilots and a second tug. We cannot run a port of this size "
    "with 12 pilots.\n\n"
    "“Nobody expected 900 ships when the dock was planned,” said Jonas Lind, head of "
    "the pilots' union.\n\n"
    "Rival operator Braskar Lines said its fleet of 20 ferries was unaffected.\n")


def _figures(text):
    import re
    return [(m.start(), m.end()) for m in re.finditer(r"\d[\d,.]*%?", text)]


def test_answers_on_demand_equal_a_whole_article_pass():
    text = _ON_DEMAND
    whole = index(text).complete()
    expected = [whole.at(a, b) for a, b in _figures(text)]
    # each figure asked alone, first, of a fresh index: the sentences it depends on
    # (earlier speakers, the quote's run-on chain) are resolved for it
    for (a, b), answer in zip(_figures(text), expected):
        assert index(text).at(a, b) == answer, text[a:b]
    # asked in reverse order, and in article order
    backwards = index(text)
    assert [backwards.at(a, b) for a, b in reversed(_figures(text))] == expected[::-1]
    forwards = index(text)
    assert [forwards.at(a, b) for a, b in _figures(text)] == expected


def test_a_pronoun_asked_alone_finds_the_speaker_named_earlier():
    text = _ON_DEMAND
    # "It said": the organization the article is about, known only as a speaker
    # ("Orvik ... said") in a paragraph nobody asked about
    assert who(text, "300 jobs") == ("indirect", "Orvik")
    assert who(text, "6% since") == ("indirect", "Leni Sandvik")
    # a run-on quote takes the speaker named where it continues, a paragraph later
    assert who(text, "12 pilots") == ("direct", "Jonas Lind")


def test_speakers_lists_those_resolved_and_complete_lists_all():
    text = _ON_DEMAND
    idx = index(text)
    start = text.index("20 ferries")
    assert idx.at(start, start + 10).speaker.name == "Braskar Lines"
    assert [s.name for s in idx.speakers] == ["Braskar Lines"]
    names = {s.name for s in idx.complete().speakers}
    assert {"Orvik", "Leni Sandvik", "Braskar Lines"} <= names


def test_a_dropped_index_is_freed_without_the_cycle_collector():
    # an article's index (builder, coreference, quotes, paragraphs) must not sit in a
    # reference cycle: extraction drops one per article, and cycles would pile up until
    # the garbage collector ran (most of attribution's collections inside extraction)
    import gc
    import weakref

    idx = index(_ON_DEMAND)
    start = _ON_DEMAND.index("300 jobs")
    assert idx.at(start, start + 8).attribution == "indirect"   # pronouns caught up
    builder = weakref.ref(idx._builder)
    enabled = gc.isenabled()
    gc.disable()
    try:
        del idx
        assert builder() is None
    finally:
        if enabled:
            gc.enable()


# --- real-article shapes (invented text): names, places, frames ---------------------

def test_bare_surname_after_a_titled_form_is_that_person():
    # "President Norvak" names a person with no given name: a later bare "Norvak" is
    # that person, not an organization
    text = ("President Norvak met the harbour council on Monday.\n\n"
            "Norvak said the new quay would cost 40 million.\n")
    idx = index(text)
    start = text.index("40 million")
    found = idx.at(start, start + 10)
    assert (found.attribution, found.speaker.name, found.speaker.kind) == \
        ("indirect", "Norvak", "person")


def test_possessive_full_name_is_read_as_the_person():
    text = ("Helena Varga’s budget passed the assembly on Friday.\n\n"
            "Varga said the plan would cost 40 million.\n")
    idx = index(text)
    start = text.index("40 million")
    found = idx.at(start, start + 10)
    assert (found.speaker.name, found.speaker.kind) == ("Helena Varga", "person")


def test_a_place_after_a_title_is_not_the_pronouns_antecedent():
    text = ("Senator Ada Moss, Democrat of Westland, spoke first.\n\n"
            "She noted that 300 harbour workers had not been paid.\n")
    assert who(text, "300") == ("indirect", "Ada Moss")


def test_a_chamber_is_no_person():
    text = ("The House of Representatives voted on the levy.\n\n"
            "“We lose 9% of our budget,” he said.\n")
    idx = index(text)
    assert all(s.name != "Representatives" for s in idx.complete().speakers)


def test_hyphenated_title_is_left_out_of_the_name():
    text = "House Speaker-to-be Mara Quill said the budget was 9 billion crowns.\n"
    idx = index(text)
    start = text.index("9 billion")
    found = idx.at(start, start + 9)
    assert found.speaker.name == "Mara Quill"
    assert "Speaker-to-be" in found.speaker.role


def test_countries_and_the_white_house_speak_as_organizations():
    text = ("North Ardenia said the tariff would rise to 40%.\n\n"
            "The White House said the programme cost 12 million.\n")
    idx = index(text)
    for figure, name in (("40%", "North Ardenia"), ("12 million", "White House")):
        start = text.index(figure)
        found = idx.at(start, start + len(figure))
        assert (found.speaker.name, found.speaker.kind) == (name, "organization")


def test_how_often_it_was_said_is_the_reporters():
    text = ("Mr. Drent promised hundreds of times during his campaign that the bridge "
            "would cost nothing.\n\n"
            "Ms. Vale said three times as many people had signed up.\n")
    assert who(text, "hundreds") == ("none", None)
    assert who(text, "nothing") == ("indirect", "Drent")
    assert who(text, "three times") == ("indirect", "Vale")


def test_a_later_according_to_source_is_not_the_first_speakers():
    text = ("Tension grew as Mr. Drent argued for his bridge and called on the treasurer "
            "to back it, according to two officials at the meeting.\n")
    assert who(text, "two") == ("none", None)


def test_a_demand_with_an_object_reports_no_speech():
    text = ("The figure is the amount Mr. Drent has demanded for the bridge, which would "
            "need 60 votes in the council.\n\n"
            "Ms. Vale demanded that the council pay 70 million.\n")
    assert who(text, "60") == ("none", None)
    assert who(text, "70 million") == ("indirect", "Vale")


def test_said_it_is_not_an_inverted_speaker():
    text = ("In a speech, Ada Moss criticised the agency and said it “wastes 40% of its "
            "budget.”\n")
    assert who(text, "40%") == ("direct", "Ada Moss")


def test_an_advocacy_group_named_for_a_place_is_one_organization():
    text = "“The vote was a 40% failure,” said Democracy for Ardenia, a lobby group.\n"
    assert who(text, "40%") == ("direct", "Democracy for Ardenia")


# --- real-article patterns (issue #4, third pass; sentences written for the tests) ----

def test_a_short_lead_in_before_a_trailing_speaker_is_the_frame():
    text = ("Smugglers moved 40 crates and 9 vans through the port, Ardenia's official news "
            "agency KNA reported.\n\n"
            "Two guards were hurt after 3 hours of fighting, the warehouse's owner said.\n")
    assert who(text, "40") == ("indirect", "agency KNA")
    assert who(text, "3 hours") == ("indirect", "owner")


def test_a_lead_in_is_no_speaker_phrase_after_a_relative_or_a_pronoun():
    text = ("Tor Haldane, the mayor, spoke. The plan drew protests from 30 groups, a "
            "response that Mr. Haldane's aides have argued is a sign of 5 years of neglect.\n\n"
            "He blamed the 12 bus crashes on the weather — a mistake he said he made once.\n")
    assert who(text, "30") == ("none", None)
    assert who(text, "12") == ("none", None)


def test_a_lead_in_needs_the_speaker_to_end_the_sentence():
    text = ("A day later, the cruise liner Aurora said it would fly its 246 passengers "
            "home.\n")
    assert who(text, "A day later") == ("none", None)
    assert who(text, "246")[0] == "indirect"


def test_an_opening_time_adjunct_is_the_reporters_frame():
    text = ("Just this week, analysts said the cartel spent an estimated $90,000 on a film.\n\n"
            "Last month, economists said prices would rise 4%.\n")
    assert who(text, "this week") == ("none", None)
    assert who(text, "$90,000") == ("indirect", "analysts")
    assert who(text, "4%") == ("indirect", "economists")


def test_a_frame_before_the_speaker_stays_the_reporters_when_that_follows():
    text = ("Late on Friday, two days after the Courier first reported that she had left, "
            "Ms. Ode announced that she would repay 12,000 crowns.\n")
    assert who(text, "two days") == ("none", None)
    assert who(text, "12,000") == ("indirect", "Ode")


def test_a_role_phrase_before_an_appositive_name_is_the_frame():
    text = ("The departing UN envoy to Ardenia, Piet Vanhove, told the council that 640 "
            "people died in March.\n\n"
            "Ardenia's trade minister, Mr. Ruokola, said that exports fell 8%.\n")
    assert who(text, "640") == ("indirect", "Piet Vanhove")
    assert who(text, "departing") == ("none", None)
    assert who(text, "8%") == ("indirect", "Ruokola")
    assert who(text, "trade minister") == ("none", None)
    idx = index(text).complete()
    roles = {s.name: s.role for s in idx.speakers}
    assert roles["Piet Vanhove"] == "departing UN envoy to Ardenia"


@pytest.mark.parametrize("sentence,figure,speaker", [
    ("Two wells ran dry in May, according to reports.", "Two", "reports"),
    ("Four ships were seized, according to local news reports.", "Four", "local news reports"),
    ("A recent UN report estimates an influx of 9,000 migrants.", "9,000", "UN"),
    ("A new Orbis poll found that 45% back the plan.", "45%", "Orbis"),
    ("A Kessport-funded study found that 30% of rivers are dirty.", "30%", "Kessport"),
    ("A poll of 9,000 adults in 14 countries found that 61% own a bike.", "61%", "poll"),
])
def test_reports_and_documents_name_their_authors(sentence, figure, speaker):
    assert who(sentence + "\n", figure) == ("indirect", speaker)


def test_an_estimate_with_no_document_subject_is_no_cue():
    text = "The firm's sales estimates rose 5%. The report notes 15 cases.\n"
    assert who(text, "5%") == ("none", None)
    assert who(text, "15 cases") == ("none", None)


@pytest.mark.parametrize("sentence,figure,speaker", [
    ("“It is 90% done,” a source with knowledge of the talks said on Monday.", "90%",
     "source"),
    ("The deal is worth $4 million, a person familiar with the matter said.", "$4 million",
     "person"),
    ("The mill will shut in 2 weeks, people close to the owners said.", "2 weeks", "people"),
    ("Officials at the Farm and Water departments said they had hired 30 inspectors.", "30",
     "officials at the Farm and Water departments"),
])
def test_sources_with_a_qualifying_phrase_speak(sentence, figure, speaker):
    found = who(sentence + "\n", figure)
    assert found[1] == speaker and found[0] in ("direct", "indirect")


def test_a_qualified_source_phrase_needs_no_verb_inside():
    text = "Prices for traders in the region were high and rose 5%, the report noted.\n"
    assert who(text, "5%")[1] != "traders in the region were high and rose 5%"


def test_read_the_statement_after_a_quote_is_direct_speech():
    text = ("Tenants said 8 flats were flooded. The Kessport Water Board released a "
            "statement on the leak saying repairs had begun.\n\n"
            "“Call us on 555-0100 if your tap runs brown,” read the statement. “We will pay "
            "up to $500 for damage.”\n\n"
            "She read the letter to 40 people.\n")
    assert who(text, "555-0100") == ("direct", "Kessport Water Board")
    assert who(text, "$500") == ("direct", "Kessport Water Board")
    assert who(text, "40") == ("none", None)


def test_phrasal_urge_on_and_posting_results_are_no_speech():
    text = ("Ana Ruiz stood by the ring, urging on the 3,000 fans.\n\n"
            "Kessport United posted a record loss of 40m euros.\n\n"
            "Mr. Drent posted on Twitter that 12 roads were shut.\n")
    assert who(text, "3,000") == ("none", None)
    assert who(text, "40m euros") == ("none", None)
    assert who(text, "12") == ("indirect", "Drent")


def test_a_short_paraphrase_around_a_quote_is_the_speakers():
    text = ("Asa Morven, who led the review, eased off — he said it's “vital” for every "
            "school to have at least one guard.\n\n"
            "Ms Ode complained of the “spin” in her interview with the paper, her first "
            "since 2019 in 4 years.\n")
    assert who(text, "at least one") == ("indirect", "Asa Morven")
    assert who(text, "4 years") == ("none", None)


def test_plural_sources_and_the_military_speak():
    text = ("Deputies said that the suspect weighs 135 pounds.\n\n"
            "Besides the 12 suspects, the navy seized two boats and “a cache of arms,” the "
            "military said in a statement.\n\n"
            "The authors say the plan began about two years ago.\n")
    assert who(text, "135 pounds") == ("indirect", "deputies")
    assert who(text, "12") == ("indirect", "military")
    assert who(text, "two years") == ("indirect", "authors")


def test_an_appositive_after_a_named_body():
    text = ("On Monday, the Ardenian Growers Council, Senate farmers’ campaign arm, "
            "announced that prices would rise 6%.\n")
    assert who(text, "6%") == ("indirect", "Ardenian Growers Council")


def test_a_short_paraphrase_around_a_quote_ends_at_the_reporters_clause():
    text = ("Mayor Ada Voss said Monday she is “very close” to naming a police chief, and "
            "her leading candidate is a 20-year veteran of the force.\n")
    assert who(text, "20-year") == ("none", None)


def test_a_speaker_after_a_conjunction_before_or_after():
    text = ("Coach Jim Brandt was fired in May. In June, the club banned 4 players after "
            "Brandt acknowledged he paid about $6,000 to a scout.\n")
    assert who(text, "$6,000") == ("indirect", "Jim Brandt")
    assert who(text, "4 players") == ("none", None)


def test_a_time_adjunct_between_the_speaker_and_the_verb():
    text = ("Sheriff Ada Voss this morning announced that the county is offering a $35,000 "
            "reward.\n")
    assert who(text, "$35,000") == ("indirect", "Ada Voss")


def test_a_name_with_an_age_and_a_lead_word_before_it():
    text = "Tearful dad Ivo Brandt, 41, said: “We waited 30 minutes for the ambulance.”\n"
    assert who(text, "30 minutes") == ("direct", "Ivo Brandt")


def test_a_source_before_a_place_is_the_subject_not_the_place():
    text = ("A grand jury in Port Elmsley indicted the pair on Tuesday, saying they "
            "misused more than $250,000 of campaign money.\n")
    assert who(text, "$250,000") == ("indirect", "grand jury")


def test_a_subject_after_an_opening_word_and_comma():
    text = ("The reporter, Lars Holm, questioned the councillor. Then, the councillor, "
            "speaking quietly, said Mr. Holm was “not fit” and added: “Take 5 minutes.”\n")
    assert who(text, "5 minutes")[1] != "Lars Holm"
    text = ("The singer Tom Brandt was honoured. Introducing the band, Mr. Brandt praised "
            "them. But he also spoke of their age, adding that they had played for 40 years.\n")
    assert who(text, "40 years") == ("indirect", "Tom Brandt")


def test_a_quote_before_a_role_phrase_and_an_appositive_name():
    text = ("“The levy costs families 40 crowns a month,” the league's executive director, "
            "Ana Ruiz, said in a statement on Monday.\n")
    assert who(text, "40 crowns") == ("direct", "Ana Ruiz")


def test_a_time_adjunct_inside_commas_before_the_verb_keeps_the_subject():
    text = ("The Kessport Port Authority, in a report put out last week, noted that 12 "
            "cranes were idle.\n")
    assert who(text, "12 cranes") == ("indirect", "Kessport Port Authority")


# --- fourth real-article round: own sentences for each new rule -----------------------

def test_a_quantity_opening_the_sentence_is_content_not_a_frame():
    text = ("At least 14 ferries were held in port, according to officials, "
            "although no schedule was published.\n")
    assert who(text, "At least 14 ferries") == ("indirect", "officials")
    assert who(text, "no schedule")[0] == "none"
    text = "As many as 300 people queued outside, organisers said.\n"
    assert who(text, "300 people") == ("indirect", "organisers")


def test_claims_is_a_verb_before_a_clause_or_to_have():
    text = "However, Marisol Vey claims she paid $9,000 for the licence.\n"
    assert who(text, "$9,000") == ("indirect", "Marisol Vey")
    text = "The Ostrava Trust claims to have planted 40,000 trees.\n"
    assert who(text, "40,000") == ("indirect", "Ostrava Trust")
    # the noun: a modifier or determiner before it
    text = "Mr. Vey dismissed Green claims they could save 12 million crowns.\n"
    assert who(text, "12 million") == ("none", None)
    text = "The claims he made about 15 missing boxes were false.\n"
    assert who(text, "15 missing") == ("none", None)


def test_a_sentence_opening_word_alone_before_said_is_a_name():
    text = ("Next has said its profit will be £8m lower than expected. Sales rose 3.1%, "
            "Next said.\n\nThe retailer said it expected profits of £120m.\n")
    assert who(text, "£8m") == ("indirect", "Next")
    assert who(text, "3.1%") == ("indirect", "Next")
    assert who(text, "£120m") == ("indirect", "Next")
    # a conjunction before a participle is no subject
    text = "If admitted, the town would add 4,000 voters to the district.\n"
    assert who(text, "4,000") == ("none", None)
    text = ('Ms Orme insisted: "We have 12 sites." And continued: "We need 30 more."\n')
    assert who(text, "30 more") == ("direct", "Orme")


def test_as_the_source_noted_frames_the_clause_after_it():
    text = "As the Valmora Herald noted, Ilse Brandt is the first woman to win 3 titles.\n"
    assert who(text, "3 titles") == ("indirect", "Valmora Herald")


def test_the_person_told_before_a_quote_is_the_reporters_frame():
    text = ('Prosecutor Dana Kell, telling the 9 woman, 3 man jury, "He fled 4 miles on '
            'foot," rested her case.\n')
    assert who(text, "9 woman") == ("none", None)
    assert who(text, "4 miles") == ("direct", "Dana Kell")


def test_a_short_definite_phrase_after_a_quote_speaks():
    text = ('"We held the bridge for 6 hours" the young volunteer added.\n')
    assert who(text, "6 hours") == ("direct", "young volunteer")
    # a writing speaks for its author named before
    text = ("In a joint letter, the Tenants Union wrote to the mayor.\n\n"
            "“Rents rose 22% in two years,” the letter said.\n")
    assert who(text, "22%") == ("direct", "Tenants Union")


def test_a_relative_clause_after_a_document_or_a_prepositions_object():
    text = ("The trend was shown by a survey of 2,000 drivers for the Orla Motoring "
            "Institute, which found that 41% drive daily.\n")
    assert who(text, "41%") == ("indirect", "Orla Motoring Institute")
    text = ("The parade was mocked by Kestrel magazine, which estimated it cost more than "
            "$2 million.\n")
    assert who(text, "$2 million") == ("indirect", "Kestrel magazine")


def test_according_to_records_and_a_stray_closing_mark():
    text = ('He took 5 deferments, according to records."\n\n'
            'Ms. Lund said nothing.\n')
    assert who(text, "5 deferments") == ("indirect", "records")


def test_an_unclosed_quote_ending_in_its_attribution():
    text = ("Admiral Ruth Okafor resigned on Friday.\n\n"
            "“We rebuilt 14 ships in two years, she wrote.\n\n"
            "“The fleet is ready.”\n")
    assert who(text, "14 ships") == ("direct", "Ruth Okafor")
    assert who(text, "she wrote")[0] == "none"


def test_a_comparative_clause_reports_no_words():
    text = ("Mr. Vane doubted that Ms. Orr was worth as much as Quill magazine estimated "
            "and questioned whether she owned 3 houses.\n")
    assert who(text, "3 houses") == ("none", None)
    text = "Sales fell 4% more than the analysts predicted.\n"
    assert who(text, "4%") == ("none", None)
