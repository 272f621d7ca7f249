"""Names, titles, honorifics, in-article coreference and cross-article identity rules."""

from __future__ import annotations

import pytest

from factrack.extract.names import Coreference, classify, find_mentions, mention_after, \
    mention_before, name_parts, same_person
from factrack.extract.quotes import find_quotes, mask_quotes


def before(phrase: str):
    return mention_before(phrase, len(phrase))


# --- parsing speaker phrases ---------------------------------------------------------

@pytest.mark.parametrize("phrase,name,role", [
    ("Deputy Transport Minister Hana Ruokola", "Hana Ruokola", "Deputy Transport Minister"),
    ("Valmoran leader Tor Haldane", "Tor Haldane", "Valmoran leader"),
    ("E.U. Trade Commissioner Piet Vanhove", "Piet Vanhove", "E.U. Trade Commissioner"),
    ("chairman and chief executive Odile Marchetti", "Odile Marchetti",
     "chairman and chief executive"),
    ("Treasury Secretary Amos Kettering", "Amos Kettering", "Treasury Secretary"),
])
def test_title_before_a_name_is_the_role(phrase, name, role):
    m = before(phrase)
    assert (m.kind, m.name, m.role) == ("person", name, role)


def test_honorific_gives_gender_and_is_not_part_of_the_name():
    m = before("On Monday, Mrs. Dunmore")
    assert (m.kind, m.name, m.honorific, m.gender) == ("person", "Dunmore", "Mrs.", "female")
    assert before("Mr. Okafor").gender == "male"


def test_sentence_initial_words_are_not_names():
    m = before("Yet when asked, Mr. Halloran")
    assert m.name == "Halloran"
    assert before("However, the ministry").kind == "orgref"


@pytest.mark.parametrize("phrase,name", [
    ("a senior Harbour Authority official", "senior Harbour Authority official"),
    ("analysts", "analysts"),
    ("a spokesman for the Coastal Guard", "spokesman for the Coastal Guard"),
])
def test_unnamed_sources_are_normalized_without_indefinite_article(phrase, name):
    m = before(phrase)
    assert (m.kind, m.name) == ("unnamed", name)


def test_organizations_are_recognized_by_their_words():
    m = before("the state-owned Lumen Broadcasting Corporation")
    assert m.kind == "organization"
    assert m.name == "state-owned Lumen Broadcasting Corporation"


def test_object_of_a_preposition_is_not_a_speaker():
    assert before("his visit to Ostrava") is None


def test_pronouns_and_forward_phrases():
    assert before("Overall, she").kind == "pronoun"
    m = mention_after(" Ilse Brandt, head of the union", 0)
    assert (m.kind, m.name) == ("person", "Ilse Brandt")


def test_conjoined_names_are_not_one_speaker():
    assert before("Ostrava and Kellen") is None


# --- coreference inside one article --------------------------------------------------

def _coref(text: str) -> Coreference:
    c = Coreference()
    c.register(find_mentions(text), text)
    return c


def _lazy(text: str) -> Coreference:
    """A Coreference reading names lazily from one paragraph per line."""
    c = Coreference()
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    c.attach(text, text, spans)
    return c


def test_lazy_reading_finds_the_surnames_full_name_and_title_anywhere():
    text = ("Finance Minister Ruth Calloway met Senator Ivo Pascal on Friday.\n"
            "Harbour Board chairman Tomas Elbe stayed away.")
    c = _lazy(text)
    eid = c.resolve(classify("Ms. Calloway", len(text)))
    assert (c.entities[eid].name, c.entities[eid].role) == ("Ruth Calloway", "Finance Minister")
    # only the runs that hold "Calloway" were read: Tomas Elbe is not known yet
    assert all(e.name != "Tomas Elbe" for e in c.entities)


def test_lazy_pronoun_reads_back_to_the_nearest_salient_person():
    text = ("Senator Ivo Pascal opened the session.\n"
            "Finance Minister Ruth Calloway spoke next.\n"
            "She said the deficit would shrink.")
    c = _lazy(text)
    she = mention_before(text, text.index(" said"))
    assert c.entities[c.resolve(she)].name == "Ruth Calloway"


def test_latest_salient_is_the_position_a_pronoun_can_stand_for():
    text = ("Senator Ivo Pascal opened the session.\n"
            "Finance Minister Ruth Calloway spoke next.\n"
            "She said the deficit would shrink.")
    c = _lazy(text)
    pos = text.index("She")
    assert c.latest_salient(pos, "female") == text.index("Finance")
    assert c.latest_salient(pos, "male") == text.index("Senator")


def test_one_word_name_without_a_person_asks_for_the_speakers_before_it():
    text = ("Shares in Kestrel fell.\n"
            "Kestrel said sales were flat.")
    c = _lazy(text)
    calls = []
    c.before_context = lambda pos, since, word: calls.append((pos, since, word))
    at = text.index("Kestrel said")
    c.resolve(classify("Kestrel", at))
    assert calls == [(at, text.index("Kestrel"), "Kestrel")]
    # a surname with a full name behind it needs no earlier speakers
    calls.clear()
    text = "Finance Minister Ruth Calloway spoke.\nCalloway said the deficit would shrink."
    c = _lazy(text)
    c.before_context = lambda pos, since, word: calls.append(word)
    c.resolve(classify("Calloway", text.index("Calloway said")))
    assert calls == []


def test_surname_resolves_to_earlier_full_name():
    text = "Finance Minister Ruth Calloway met Senator Ivo Pascal on Friday."
    c = _coref(text)
    eid = c.resolve(classify("Ms. Calloway", len(text)))
    assert c.entities[eid].name == "Ruth Calloway"
    assert c.entities[eid].role == "Finance Minister"


def test_surname_first_names_resolve_by_either_token():
    text = "Premier Zhao Minghua arrived in the capital."
    c = _coref(text)
    eid = c.resolve(classify("Mr. Zhao", len(text)))
    assert c.entities[eid].name == "Zhao Minghua"


def test_honorific_gender_picks_the_compatible_namesake():
    text = "The delegates Anna Voss and Peter Voss spoke first."
    c = _coref(text)
    assert c.entities[c.resolve(classify("Mr. Voss", len(text)))].name == "Peter Voss"
    assert c.entities[c.resolve(classify("Ms. Voss", len(text)))].name == "Anna Voss"


def test_single_word_speaker_without_a_person_is_an_organization():
    text = "Shares rose."
    c = _coref(text)
    eid = c.resolve(classify("Kestrelcorp", len(text)))
    assert c.entities[eid].kind == "organization"


def test_pronoun_prefers_the_latest_salient_person():
    text = ("Mayor Ada Lind spoke first. Then Mr. Hugo Brandt, the deputy, spoke. ")
    c = _coref(text)
    pronoun = mention_before(text + "he", len(text) + 2)
    assert c.entities[c.resolve(pronoun)].name == "Hugo Brandt"
    pronoun = mention_before(text + "she", len(text) + 3)
    assert c.entities[c.resolve(pronoun)].name == "Ada Lind"


# --- cross-article identity (for storage-side speaker merging) -----------------------

@pytest.mark.parametrize("name,parts", [
    ("Mr. Calloway", (None, "Calloway")),
    ("Ruth A. Calloway", ("Ruth", "Calloway")),
    ("Ludwig van Straten", ("Ludwig", "van Straten")),
    ("Calloway", (None, "Calloway")),
])
def test_name_parts(name, parts):
    assert name_parts(name) == parts


def test_same_full_name_is_the_same_person():
    assert same_person("Ruth Calloway", (), None, "Ruth Calloway", ("Ms. Calloway",), None)


def test_surname_only_matches_full_name_when_roles_agree():
    assert same_person("Calloway", ("Ms. Calloway",), "Finance Minister",
                       "Ruth Calloway", (), "minister of finance")
    assert not same_person("Calloway", (), "striker", "Ruth Calloway", (), "Finance Minister")


def test_different_given_names_never_merge():
    assert not same_person("Ruth Calloway", (), "senator", "Mark Calloway", (), "senator")
    assert same_person("R. Calloway", (), None, "Ruth Calloway", (), None)


def test_different_surnames_never_merge():
    assert not same_person("Ruth Calloway", (), None, "Ruth Kessler", (), None)


# --- quotation spans -----------------------------------------------------------------

def test_quote_spans_straight_curly_and_run_on():
    text = 'He said "one" and “two ‘three’ four” and “five'
    spans = find_quotes(text)
    assert [text[s.start:s.end] for s in spans] == ['"one"', "“two ‘three’ four”", "“five"]
    assert [s.open_ended for s in spans] == [False, False, True]


def test_apostrophes_and_inch_marks_do_not_open_quotes():
    text = "The firm’s 12\" pipes, Ms. O’Neill's plan"
    assert find_quotes(text) == []


def test_mask_keeps_offsets():
    text = 'A "b c" d'
    masked = mask_quotes(text, find_quotes(text))
    assert len(masked) == len(text)
    assert masked == "A §§§§§ d"


def test_place_after_a_name_is_not_the_name():
    m = classify("Gov. Odo Varga of Westvale", 0)
    assert (m.kind, m.name, m.role) == ("person", "Odo Varga", "Gov.")


def test_of_phrase_with_an_organization_word_is_an_organization():
    m = classify("Central Bank of Ravenia", 0)
    assert (m.kind, m.name) == ("organization", "Central Bank of Ravenia")


@pytest.mark.parametrize("phrase,name,role", [
    ("Kessler County Sheriff Dana Voss", "Dana Voss", "Kessler County Sheriff"),
    ("Undersheriff Lars Holm", "Lars Holm", "Undersheriff"),
    ("club owner Ivo Brandt", "Ivo Brandt", "club owner"),
])
def test_local_titles_are_roles_not_names(phrase, name, role):
    m = before(phrase)
    assert (m.kind, m.name, m.role) == ("person", name, role)


def test_a_sentence_initial_plural_source_is_unnamed():
    m = before("Deputies")
    assert (m.kind, m.name) == ("unnamed", "deputies")


def test_an_organization_word_after_a_name_ends_a_speaker_phrase():
    m = before("the weekly Kestrel magazine")
    assert (m.kind, m.name) == ("organization", "Kestrel magazine")
    assert before("a sharp fall in magazine") is None
    # the object of a preposition is a speaker only where asked (a relative's antecedent)
    assert before("mocked by Kestrel magazine") is None
    m = mention_before("mocked by Kestrel magazine", 26, object_ok=True)
    assert m.name == "Kestrel magazine"


def test_a_straight_mark_ending_a_paragraph_opens_nothing():
    assert find_quotes('He took 5 loans, according to records."') == []
    assert find_quotes('He said: "') != []   # an opener after a colon still opens


def test_an_unclosed_quote_ending_in_its_attribution_ends_before_it():
    text = "“We built 14 ships in two years, she wrote."
    (span,) = find_quotes(text)
    assert text[span.start:span.end] == "“We built 14 ships in two years"
    assert not span.open_ended
    # a run-on quote without its attribution stays open
    (span,) = find_quotes("“We built 14 ships in two years.")
    assert span.open_ended
