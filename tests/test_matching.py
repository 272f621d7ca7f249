"""Claim matching on ClaimRecords built by hand and from the real extractor."""

from __future__ import annotations

import pickle

import pytest

from factrack.extract import extract
from factrack.extract.keys import claim_key
from factrack.matching import (
    ClaimIndex,
    ClaimRecord,
    MatchSettings,
    TokenWeights,
    best_matches,
    blocking_keys,
    compatible,
    figures_agree,
    figures_corroborate,
    link_incrementally,
    normalize_wording,
    rank_claims,
    score_pair,
)


def record(id, text, figure, kind="count", value=None, unit=None, bound="exact",
           value_max=None, measure=None, speaker=None, article="a1", story=""):
    """A record whose figure span is the first occurrence of `figure` in `text`."""
    start = text.index(figure)
    return ClaimRecord(id=id, text=text, kind=kind, value=value, value_max=value_max,
                       unit=unit, bound=bound, measure=measure, speaker=speaker,
                       article_id=article, figure_start=start,
                       figure_end=start + len(figure), story=story)


# --- normalization -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["a third of firms", "33 per cent of companies",
                                  "one-third of enterprises", "33% of businesses",
                                  "One third of the firms"])
def test_fractions_percentages_and_firm_synonyms_read_the_same(text):
    assert normalize_wording(text) == "33% company"


def test_number_words_and_scales_become_digits():
    assert normalize_wording("three hundred and twenty-five jobs") == "325 job"
    assert normalize_wording("1.2 million people") == "1200000 people"
    assert normalize_wording("£4.5bn") == "gbp 4500000000"
    assert normalize_wording("one in five residents") == "20% people"


def test_reporting_verbs_and_stopwords_are_dropped_but_years_kept():
    assert normalize_wording("The minister said 20 people died in 2019") == \
        "minister 20 people death 2019"


# --- figures ------------------------------------------------------------------------

def fig(value, bound="exact", unit=None, value_max=None):
    return ClaimRecord(id=0, text="x", kind="count", value=value, value_max=value_max,
                       unit=unit, bound=bound, measure=None, speaker=None, article_id=None)


@pytest.mark.parametrize("a, b, agree", [
    (fig(33, unit="%"), fig(100 / 3, unit="%"), True),          # 33% ~ a third
    (fig(100), fig(300), False),                                 # changed figure
    (fig(100, "more_than"), fig(50, "less_than"), False),        # contradictory bounds
    (fig(100, "more_than"), fig(120, "more_than"), True),        # both can be true
    (fig(300, "more_than"), fig(310), True),                     # "over 300" ~ 310
    (fig(1240), fig(1250), True),                                # rounding
    (fig(20), fig(21), False),                                   # counts are exact
    (fig(300, "approx"), fig(320), True),                        # "about 300"
    (fig(10, "range", value_max=20), fig(25), False),
    (fig(10, "range", value_max=20), fig(15), True),
    (fig(40, unit="%"), fig(40, unit="pp"), False),              # different units
    (fig(30, unit="%"), fig(25, unit="%"), False),               # 30% vs a quarter
    (fig(20, unit="%"), fig(17, unit="%"), False),               # a fifth vs 17%
])
def test_figures_agree_by_interval_overlap(a, b, agree):
    assert figures_agree(a, b) is agree
    assert figures_agree(b, a) is agree


def test_plural_scale_words_are_an_order_of_magnitude():
    thousands = record(1, "Thousands of patients are waiting.", "Thousands", value=2000,
                       bound="approx")
    assert thousands.vague
    assert figures_agree(thousands, fig(7400))
    assert not figures_agree(thousands, fig(40000))
    assert not record(2, "About 2,000 patients are waiting.", "About 2,000", value=2000,
                      bound="approx").vague


# --- pair scores --------------------------------------------------------------------

DIED_A = record(1, "Twenty people died when the dam at Lorne burst on Sunday.", "Twenty",
                value=20, article="a1")
DIED_B = record(2, "The Lorne dam collapse killed 20 people, officials said.", "20",
                value=20, article="a2")
HIRED = record(3, "The Lorne water company said 20 people were hired to repair the dam.",
               "20", value=20, article="a2")


def test_same_event_in_other_words_links():
    settings = MatchSettings()
    assert score_pair(DIED_A, DIED_B) >= settings.link_threshold


def test_same_figure_in_an_unrelated_context_does_not_link():
    settings = MatchSettings()
    assert score_pair(DIED_A, HIRED) < settings.link_threshold
    assert score_pair(DIED_A, DIED_B) > score_pair(DIED_A, HIRED)


def test_incompatible_units_and_roles_never_link():
    share = record(1, "Turnout rose to 31% this year.", "31%", kind="share", value=31,
                   unit="%")
    count = record(2, "Turnout rose to 31 thousand this year.", "31", value=31)
    baseline = record(3, "Turnout rose to 40%, up from 31% this year.", "31%", kind="share",
                      value=31, unit="%")
    assert score_pair(share, count) < MatchSettings().link_threshold
    assert baseline.role == "baseline" and share.role == "current"
    assert score_pair(share, baseline) == 0.0


def test_best_matches_skips_only_what_the_hard_gate_rejects():
    """Candidates are sifted by the gate before any pair is scored: a strong unit or kind
    on one side must be on the other; weak units ("per year") do not sift."""
    query = record(1, "The firm paid £5 million in fines last year.", "£5 million",
                   kind="money", value=5e6, unit="GBP")
    same = record(2, "The firm paid £5 million in fines, it said.", "£5 million",
                  kind="money", value=5e6, unit="GBP", article="a2")
    dollars = record(3, "The firm paid $5 million in fines last year.", "$5 million",
                     kind="money", value=5e6, unit="USD", article="a3")
    count = record(4, "The firm paid 5 million fines last year.", "5 million",
                   value=5e6, article="a4")
    assert compatible(query, same) and not compatible(query, dollars)
    assert not compatible(query, count)
    found = [c.id for c, _ in best_matches(query, [dollars, count, same])]
    assert found == [2]
    per_year = record(5, "Visitors reached 40,000 a year.", "40,000", value=4e4,
                      unit="per year")
    plain = record(6, "Visitors reached 40,000 this year.", "40,000", value=4e4,
                   article="a2")
    assert compatible(per_year, plain) and compatible(plain, per_year)


def test_changed_figure_for_the_same_measure_still_links():
    a = record(1, "The council will cut 120 council jobs next year.", "120", value=120,
               article="a1")
    b = record(2, "The council plans to cut 300 council jobs next year.", "300", value=300,
               article="a2")
    assert not figures_agree(a, b)
    assert score_pair(a, b) >= MatchSettings().link_threshold


def test_restated_claim_with_a_changed_figure_links_through_its_fields():
    """A changed figure loses the agreement bonus; one kind, unit and order of magnitude
    (and shared measure words) keep the restated claim linked."""
    a = record(1, "Drivers faced a detour of 22 kilometres through the town of Hessel.",
               "22 kilometres", value=22, unit="kilometre", article="a1")
    b = record(2, "Motorists now take a 30-kilometre detour via Hessel.", "30-kilometre",
               value=30, unit="kilometre", article="a2")
    assert not figures_agree(a, b)
    assert score_pair(a, b) >= MatchSettings().link_threshold
    assert score_pair(a, b, MatchSettings(changed_figure_bonus=0.0)) < score_pair(a, b)
    far = record(3, "Motorists now take a 300-kilometre detour via Hessel.", "300-kilometre",
                 value=300, unit="kilometre", article="a2")  # ten times: another quantity
    assert score_pair(a, far) < score_pair(a, b)


def test_changed_counts_of_people_link_through_the_counted_noun():
    """"N people" restates a count of workers, patients or visitors."""
    a = record(1, "The blast at the Tessaro plant injured 23 workers.", "23", value=23,
               measure="workers", article="a1")
    b = record(2, "At the Tessaro plant, 31 people were hurt.", "31", value=31,
               measure="people", article="a2")
    assert (a.head, b.head) == ("worker", "people")
    assert record(5, "The bank waited nine days before telling the regulator.", "nine days",
                  kind="duration", value=9, unit="day").head == "day"
    assert score_pair(a, b) >= MatchSettings().link_threshold
    assert score_pair(a, b, MatchSettings(same_head_bonus=0.0)) < score_pair(a, b)
    share_a = record(3, "At Tessaro 95% of workers went home.", "95%", kind="share",
                     value=95, unit="%", measure="workers", article="a1")
    share_b = record(4, "At Tessaro fewer than half of workers were paid.", "fewer than half",
                     kind="share", value=50, unit="%", bound="less_than",
                     measure="workers", article="a2")
    # shares of one population are not one claim because the population matches
    assert score_pair(share_a, share_b) == score_pair(
        share_a, share_b, MatchSettings(same_head_bonus=0.0))


def test_a_loose_bound_far_from_the_other_figure_is_no_evidence():
    crowd = record(1, "More than 500 people gathered at the Portcarrick harbour.",
                   "More than 500", value=500, bound="more_than", article="a1")
    islanders = record(2, "Some 2,400 people live on the islands near Portcarrick.",
                       "2,400", value=2400, article="a2")
    near = record(3, "Police said 520 people came to the protest in Portcarrick.", "520",
                  value=520, article="a2")
    assert not figures_corroborate(crowd, islanders)  # far apart: no evidence to link
    no_bonus = MatchSettings(figure_bonus=0.0)
    assert score_pair(crowd, islanders) == score_pair(crowd, islanders, no_bonus)
    assert score_pair(crowd, near) > score_pair(crowd, near, no_bonus)


def test_open_bounds_are_quoted_near_their_figure():
    """'more than 100 enterprises' then 'over 300 firms' is a changed figure (issue 5)."""
    before = record(1, "The U.S. has sanctioned more than 100 Chinese enterprises.",
                    "more than 100", value=100, bound="more_than", article="a1")
    after = record(2, "The U.S. has sanctioned over 300 Chinese firms.", "over 300",
                   value=300, bound="more_than", article="a2")
    close = record(3, "The U.S. has sanctioned 120 Chinese companies.", "120", value=120,
                   article="a3")
    fewer = record(4, "The U.S. has sanctioned fewer than 50 Chinese firms.", "fewer than 50",
                   value=50, bound="less_than", article="a4")
    assert not figures_agree(before, after)
    assert figures_agree(before, close)
    assert not figures_agree(before, fewer)


def test_a_change_is_not_the_level_it_changes():
    level = record(1, "A single tram ticket in Velbridge will cost £3.10.", "£3.10",
                   kind="money", value=3.1, unit="GBP", article="a1")
    change = record(2, "The single tram fare in Velbridge will jump by 30p.", "30p",
                    kind="money", value=0.3, unit="GBP", article="a2")
    assert change.delta and not level.delta
    assert score_pair(level, change) == 0.0   # disagreeing, and measured differently
    margin = record(3, "Brennan beat Hale by 5,300 votes.", "5,300", value=5300)
    assert not margin.delta                   # a margin, not a change


def test_a_rate_and_a_total_that_differ_never_link():
    per_day = record(1, "Skyvale said the strike was costing the airline £8m a day.", "£8m",
                     kind="money", value=8e6, unit="GBP", article="a1")
    total = record(2, "Skyvale said the strike had cost the airline more than £15 million.",
                   "more than £15 million", kind="money", value=15e6, unit="GBP",
                   bound="more_than", article="a2")
    assert score_pair(per_day, total) == 0.0
    within = record(3, "Knife crime has risen by a fifth in a year.", "a fifth",
                    kind="change", value=20, unit="%")
    assert within.rate is None                # "in a year" is a span, not a rate


def test_one_speaker_named_two_ways():
    from factrack.matching.scoring import same_speaker
    assert same_speaker("Kevin Moss", "union official Kevin Moss")
    assert same_speaker("the union", "Union")
    assert not same_speaker("Kevin Moss", "Fiona Hart")
    assert not same_speaker("Moss", "Kevin Mossop")


def test_changed_figures_of_different_people_are_not_one_claim():
    story = ("Sixers fire coach. The Philadelphia Sixers fired Maurice Cheeks; "
             "Tony DiLeo takes over.")
    dileo = record(1, "DiLeo has spent 19 seasons with the Sixers front office.", "19",
                   value=19, measure="seasons", article="a1", story=story)
    cheeks = record(2, "Cheeks spent 11 seasons with the Sixers front office.", "11",
                    value=11, measure="seasons", article="a2", story=story)
    dileo_again = record(3, "DiLeo spent 14 seasons with the Sixers front office.", "14",
                         value=14, measure="seasons", article="a2", story=story)
    assert (dileo.mentions, cheeks.mentions) == ("dileo sixers", "cheeks sixers")
    no_gate = MatchSettings(mentions_gate=False)
    assert score_pair(dileo, cheeks) == score_pair(dileo, cheeks, no_gate)  # share "sixers"
    solo = record(4, "DiLeo has spent 19 seasons in the front office.", "19", value=19,
                  measure="seasons", article="a1", story=story)
    other = record(5, "Cheeks spent 14 seasons in the front office.", "14", value=14,
                   measure="seasons", article="a2", story=story)
    assert score_pair(solo, other) < score_pair(solo, other, no_gate)
    assert score_pair(solo, dileo_again) == score_pair(solo, dileo_again, no_gate)


def test_a_rate_is_not_a_total():
    per_day = record(1, "The strike will cost the airline £8 million a day.", "£8 million",
                     kind="money", value=8e6, unit="GBP", article="a1")
    total = record(2, "The strike has now cost the airline £15 million.", "£15 million",
                   kind="money", value=15e6, unit="GBP", article="a2")
    assert per_day.rate == "day" and total.rate is None
    assert score_pair(per_day, total) == score_pair(
        per_day, total, MatchSettings(changed_figure_bonus=0.0))
    assert record(3, "Water use is 160 litres per person.", "160", value=160).rate == "person"
    weekly = record(4, "Orla will cut 40 sailings a week.", "40", kind="ratio", value=40,
                    unit="per week")
    assert weekly.rate == "week"


def test_different_times_of_one_sort_never_link():
    friday = record(1, "Skyvale cancelled 450 flights on Friday.", "450", value=450,
                    article="a1")
    saturday = record(2, "Skyvale cancelled 410 flights on Saturday.", "410", value=410,
                      article="a2")
    second_day = record(3, "On the second day, Skyvale cancelled 410 flights.",
                        "410", value=410, article="a3")
    plain = record(4, "Skyvale cancelled 450 flights during the strike.", "450", value=450,
                   article="a4")
    assert friday.times == "weekday:friday"
    assert second_day.times == "day:2"
    assert score_pair(friday, saturday) == 0.0
    assert score_pair(friday, second_day) > 0.0   # different sorts of time: no verdict
    assert score_pair(friday, plain) >= MatchSettings().link_threshold
    last_year = record(5, "The gap narrowed from 23 points last year.", "23 points",
                       value=23, unit="point", article="a1")
    five_years = record(6, "The gap was 17 points five years ago.", "17 points", value=17,
                        unit="point", article="a2")
    assert (last_year.times, five_years.times) == ("year-ago:1", "year-ago:5")
    assert score_pair(last_year, five_years) == 0.0


def test_unrelated_stories_do_not_link_on_a_shared_figure():
    a = record(1, "The mill will cut 300 jobs.", "300", value=300,
               story="Corvale textile mill in Ashby Fen to close")
    b = record(2, "The airline will cut 300 jobs.", "300", value=300, article="a2",
               story="Skyvale airline cabin crew strike grounds flights")
    assert score_pair(a, b) == 0.0


def test_stories_naming_different_places_and_firms_do_not_link():
    """Two pay strikes: the same words, unions and a similar demand, but the stories
    name different employers and towns."""
    airline = record(1, "The union is asking for a 15% pay rise.", "15%", kind="share",
                     value=15, unit="%", article="a1",
                     story="Airline strike. Cabin crew at Skyvale Airways walked out in "
                           "Easthaven over pay.")
    university = record(2, "The union is asking for a 12% pay rise.", "12%", kind="share",
                        value=12, unit="%", article="a2",
                        story="University strike. Lecturers at Brennock University walked "
                              "out over pay.")
    same_story = record(3, "The union wants a 12% pay rise.", "12%", kind="share",
                        value=12, unit="%", article="a3",
                        story="Strike talks. Crew at Skyvale Airways want more pay.")
    assert airline.names == "airways easthaven skyvale"
    assert score_pair(airline, university) == 0.0
    assert score_pair(airline, same_story) >= MatchSettings().link_threshold


def test_best_matches_ranks_and_applies_the_threshold():
    candidates = [HIRED, DIED_B, record(4, "Rainfall reached 20 mm in Carrow.", "20 mm",
                                        value=20, unit="mm", article="a3")]
    matches = best_matches(DIED_A, candidates)
    assert [c.id for c, _ in matches] == [2]
    loose = MatchSettings(link_threshold=0.0, min_wording=0.0)
    ranked = best_matches(DIED_A, candidates, loose)
    assert ranked[0][0].id == 2
    assert [s for _, s in ranked] == sorted((s for _, s in ranked), reverse=True)


def test_token_weights_make_story_words_count_less():
    other = [record(i, f"Skyvale Airways said {i} passengers were affected.", str(i),
                    value=i, article=f"x{i}") for i in range(10, 20)]
    weights = TokenWeights.from_records(other)
    assert weights.weight("skyvale") < weights.weight("hectare")
    assert TokenWeights().weight("skyvale") == 1.0


# --- blocking -----------------------------------------------------------------------

def test_blocking_keys_share_measure_synonyms_value_bucket_and_speaker():
    a = record(1, "Over 300 firms closed.", "300", value=300, speaker="Ana Ruiz")
    b = record(2, "Some 310 companies shut down.", "310", value=310, speaker="ana ruiz")
    keys_a, keys_b = blocking_keys(a), blocking_keys(b)
    assert "m:company" in keys_a & keys_b
    assert "s:ana ruiz" in keys_a & keys_b
    assert any(k.startswith("v:count:") for k in keys_a & keys_b)
    far = record(3, "Over 300000 firms closed.", "300000", value=300000)
    assert not {k for k in blocking_keys(far) if k.startswith("v:")} & keys_a


# --- incremental linking ------------------------------------------------------------

def test_link_incrementally_groups_and_flags_changed_figures():
    stream = [
        record("a1", "More than 300 workers will lose their jobs at the Corvale mill.",
               "More than 300", value=300, bound="more_than", article="A"),
        record("a2", "The mill trains 20 apprentices.", "20", value=20, article="A"),
        record("b1", "Over 300 employees at the Corvale mill will lose their jobs.",
               "Over 300", value=300, bound="more_than", article="B"),
        record("b2", "The mill runs 20 delivery vans.", "20", value=20, article="B"),
        record("c1", "The union said 150 workers at the Corvale mill will lose their jobs.",
               "150", value=150, article="C"),
    ]
    groups, mismatches = link_incrementally(stream)
    by_id = {r.id: i for i, g in enumerate(groups) for r in g}
    assert by_id["a1"] == by_id["b1"] == by_id["c1"]
    assert by_id["a2"] != by_id["b2"]
    assert sorted((m.a.id, m.b.id) for m in mismatches) == [("a1", "c1"), ("b1", "c1")]
    assert sum(len(g) for g in groups) == len(stream)


def test_an_article_does_not_contradict_itself():
    """A second, disagreeing figure from an article already in the group is another
    claim (a part, another day), not a changed figure."""
    stream = [
        record("a1", "Crews rescued 85 people from roofs.", "85", value=85, article="A"),
        record("b1", "Firefighters rescued 85 residents from flooded homes.", "85",
               value=85, article="B"),
        record("b2", "Another 12 people were rescued by helicopter.", "12", value=12,
               article="B"),
    ]
    loose = MatchSettings(link_threshold=0.0, group_threshold=0.0, min_wording=0.0)
    groups, mismatches = link_incrementally(stream, loose)
    by_id = {r.id: i for i, g in enumerate(groups) for r in g}
    assert by_id["a1"] == by_id["b1"] != by_id["b2"]
    assert mismatches == []


def test_a_claim_with_the_group_figure_takes_the_place_of_its_article_rival():
    """"Around three million customers" joined the "5.1 million customers" group on its
    words; when the same article's "5.1 million" arrives, it takes that place and the
    three million moves to the figure it restates (2.3 million, a mismatch)."""
    story = "Velora Bank breach. Hackers hit Velora Bank in Tallin."
    stream = [
        record("a1", "Hackers stole details of 2.3 million customers of the bank.",
               "2.3 million", value=2.3e6, measure="customers", article="A", story=story),
        record("a2", "Velora Bank has 5.1 million customers.", "5.1 million", value=5.1e6,
               measure="customers", article="A", story=story),
        record("b1", "Around three million Velora Bank customers had details stolen.",
               "Around three million", value=3e6, bound="approx", measure="customers",
               article="B", story=story),
        record("b2", "Velora Bank, which has 5.1 million customers, apologised.",
               "5.1 million", value=5.1e6, measure="customers", article="B", story=story),
    ]
    def grouped(settings):
        groups, mismatches = link_incrementally(stream, settings)
        by_id = {r.id: i for i, g in enumerate(groups) for r in g}
        return by_id, sorted((m.a.id, m.b.id) for m in mismatches)

    by_id, flags = grouped(MatchSettings(evict_rivals=False))
    assert by_id["b1"] == by_id["a2"] != by_id["b2"]     # placed on its words
    assert flags == [("a2", "b1")]
    by_id, flags = grouped(MatchSettings())
    assert by_id["a2"] == by_id["b2"] and by_id["a1"] == by_id["b1"]
    assert flags == [("a1", "b1")]


def test_a_claim_repeated_in_one_article_is_linked_unless_switched_off():
    a = record(1, "20 people died in the fire.", "20", value=20, article="A")
    b = record(2, "Twenty people died in the fire.", "Twenty", value=20, article="A")
    groups, _ = link_incrementally([a, b])
    assert len(groups) == 1
    groups, _ = link_incrementally([a, b], MatchSettings(link_within_article=False))
    assert len(groups) == 2


def test_figure_less_assertions_of_one_article_are_not_linked():
    a = record(1, "Norland is the top supplier of grain to Vesk.", "top supplier",
               kind="factual", value=None, article="A")
    b = record(2, "Norland is the top supplier of grain to Vesk, officials said.",
               "top supplier", kind="factual", value=None, article="A")
    c = record(3, "Norland is the top supplier of grain to Vesk.", "top supplier",
               kind="factual", value=None, article="B")
    groups, _ = link_incrementally([a, b, c])
    assert sorted(len(g) for g in groups) == [1, 2]  # c joins a or b; a and b stay apart


# --- retrieval ----------------------------------------------------------------------

CLAIMS = ["A third of companies in Wendham plan to cut staff this year.",
          "The Lorne dam collapse killed 20 people.",
          "Skyvale cancelled 450 flights during the cabin crew strike.",
          "Twenty new nurses were hired at St Aldric's hospital."]


def test_rank_claims_finds_the_earlier_wording_first():
    ranked = rank_claims("33 per cent of firms in Wendham will cut jobs", CLAIMS)
    assert ranked[0][0] == 0
    ranked = rank_claims("Did 20 people die when the Lorne dam burst?", CLAIMS, top_k=2)
    assert ranked[0][0] == 1 and len(ranked) == 2
    assert rank_claims("zzz qqq", CLAIMS) == []


def test_claim_index_explains_matches_by_shared_weighted_words():
    index = ClaimIndex(CLAIMS)
    position, _ = index.rank("flights cancelled by Skyvale")[0]
    assert position == 2
    words = [w for w, _ in index.explain("flights cancelled by Skyvale", position)]
    assert "skyvale" in words and "flight" in words


# --- records and keys ---------------------------------------------------------------

def test_records_from_extracted_claims_pickle_and_keep_figure_spans():
    text = ("Mill closure\n\nMore than 300 workers will lose their jobs, the company said. "
            "A third of the workforce is affected.")
    extraction = extract(text)
    records = [ClaimRecord.from_candidate(c, id=i, article_id="A")
               for i, c in enumerate(extraction.claims)]
    assert records, "extractor found no claims"
    for rec, cand in zip(records, extraction.claims):
        assert rec.text[rec.figure_start:rec.figure_end] == \
            text[cand.figure_start:cand.figure_end]
        assert rec.wording and rec.local_wording
    assert pickle.loads(pickle.dumps(records)) == records


def test_claim_key_is_an_exact_match_fast_path():
    assert claim_key("share", 1 / 3 * 100, "%", "exact", "of firms") == \
        claim_key("share", 33.33, "per cent", None, "companies")
    assert claim_key("count", 1250.0, None, "over", "jobs cut") == \
        claim_key("count", 1250.4, None, "more_than", "cut job")
    assert claim_key("count", 1250, None, "exact", "jobs") != \
        claim_key("count", 1260, None, "exact", "jobs")
    assert claim_key("count", 20, None, "exact", "people died") != \
        claim_key("count", 20, None, "exact", "people hired")
