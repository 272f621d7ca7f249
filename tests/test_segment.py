"""Paragraph roles and sentence splitting, on articles written for these tests."""

from __future__ import annotations

from factrack.extract.segment import segment, split_sentences

ARTICLE = """Harbour city votes to rebuild its flooded sea wall

|
Jane Roe/AP
Workers repair a breach in the sea wall at Port Alden, March 4, 2025, in Kent County.
  • Quick Read
  • Deep Read ( 5 Min. )
By Sam Porter and Lee Chan

PORT ALDEN (Reuters) - The city council voted 7-2 on Tuesday to spend $40 million on the wall.

Why We Wrote This

Coastal towns face hard choices about which defences to pay for first.

Engineers said the old wall had failed in 3 places during the January storm.

Paying for it

The council will borrow most of the money, the mayor said.

Engineers said the old wall had failed in 3 places during the January storm.

Why We Wrote This

Coastal towns face hard choices about which defences to pay for first.

Share this article
Related: How other ports paid for their walls
© 2025 Harbour Gazette. All rights reserved.
https://example.org/news/sea-wall
You've read 3 of 5 free articles. Subscribe to continue.
The wall was first built in 1932 and is the oldest in the county.
Subscribe to the Gazette for $5 a month.
"""


def _roles(text: str) -> list[tuple[str, str]]:
    return [(p.role, p.text) for p in segment(text)]


def test_title_is_a_heading_and_offsets_index_the_article():
    paragraphs = segment(ARTICLE)
    assert paragraphs[0].role == "heading"
    assert paragraphs[0].text == "Harbour city votes to rebuild its flooded sea wall"
    for p in paragraphs:
        assert ARTICLE[p.start:p.end] == p.text


def test_credit_caption_badges_byline_and_separator_are_not_body():
    roles = dict((text, role) for role, text in _roles(ARTICLE))
    assert roles["|"] == "boilerplate"
    assert roles["Jane Roe/AP"] == "credit"
    assert roles["Workers repair a breach in the sea wall at Port Alden, March 4, 2025, in Kent County."] == "caption"
    assert roles["• Quick Read"] == "boilerplate"
    assert roles["• Deep Read ( 5 Min. )"] == "boilerplate"
    assert roles["By Sam Porter and Lee Chan"] == "boilerplate"


def test_verbless_caption_after_photo_credit():
    text = ("Reservoir levels fall\n\nThe reservoir fell to 31% of capacity in July.\n\n"
            "Photo: Ann Lee/Valley Post\nMaria Ortiz at the dam on Tuesday.\n\n"
            "Officials said rationing would continue.\n")
    roles = dict((text, role) for role, text in _roles(text))
    assert roles["Photo: Ann Lee/Valley Post"] == "credit"
    assert roles["Maria Ortiz at the dam on Tuesday."] == "caption"
    assert roles["Officials said rationing would continue."] == "body"


def test_dateline_is_stripped_from_body_paragraph():
    body = [p for p in segment(ARTICLE) if p.role == "body"]
    first = body[0]
    assert first.text.startswith("The city council voted 7-2")
    assert ARTICLE[first.start:first.end] == first.text


def test_section_heading_box_and_duplicates():
    roles = _roles(ARTICLE)
    assert ("heading", "Paying for it") in roles
    box = [role for role, text in roles if text.startswith("Coastal towns face")]
    assert box == ["boilerplate", "boilerplate"]
    failed = [role for role, text in roles if text.startswith("Engineers said the old wall")]
    assert failed == ["body", "duplicate"]


def test_footer_makes_everything_after_it_boilerplate():
    roles = _roles(ARTICLE)
    share = next(i for i, (_, text) in enumerate(roles) if text == "Share this article")
    assert all(role == "boilerplate" for role, _ in roles[share:])
    # Even a factual-looking sentence after the paywall notice is furniture.
    assert ("boilerplate", "The wall was first built in 1932 and is the oldest in the county.") in roles


def test_body_only_article_without_title_line_ending_in_period():
    text = ("A storm closed the only bridge to the island on Monday, leaving 300 residents cut off "
            "from the mainland for most of the day.\nFerries ran every hour until the evening.\n")
    roles = [p.role for p in segment(text)]
    assert roles == ["body", "body"]


def test_headline_case_title_pasted_script_and_bracketed_picture_credit():
    text = ("9 / 4 / 25 at 2:15 PM\n\n"
            "6 Things to Know About the Harbour Council's New Sea Wall Budget Plan\n\n"
            "The council set aside $12 million for the wall.\n\n"
            "Memorial: neighbours lay 30 candles at the quay in Port Alden (Picture: Ann Lee)\n\n"
            '<!-- ad_slot = "pub-4417"; ad_width = 300; ad_height = 250; //-->\n\n'
            "Only one of the 14 members voted against it, and the mayor agreed.\n")
    roles = dict((t, r) for r, t in _roles(text))
    assert roles["6 Things to Know About the Harbour Council's New Sea Wall Budget Plan"] == "heading"
    assert roles["The council set aside $12 million for the wall."] == "body"
    assert roles["Memorial: neighbours lay 30 candles at the quay in Port Alden (Picture: Ann Lee)"] == "caption"
    assert roles['<!-- ad_slot = "pub-4417"; ad_width = 300; ad_height = 250; //-->'] == "boilerplate"
    # a long body sentence in sentence case is not taken for a heading
    assert roles["Only one of the 14 members voted against it, and the mayor agreed."] == "body"
    long_line = "Harbour Council Members Vote to Fund Repairs to the Old Sea Wall at Port Alden"
    assert dict((t, r) for r, t in _roles("Title\n\n" + long_line + "\n"))[long_line] == "heading"
    plain = "The harbour council voted to fund repairs to the old sea wall at Port Alden on Monday"
    assert dict((t, r) for r, t in _roles("Title\n\n" + plain + "\n"))[plain] == "body"


def test_related_links_and_wire_credits_are_boilerplate():
    text = ("Harbour wall plan approved\n\n"
            "The council approved the $40 million plan on Tuesday.\n\n"
            "SEE ALSO: 5 Ports That Rebuilt Their Walls for Under $10 Million\n\n"
            "Also read: Mayor says 3 more towns will follow\n\n"
            "(Reporting by Sam Porter in Port Alden; Editing by Lee Chan)\n")
    roles = dict((t, r) for r, t in _roles(text))
    assert roles["The council approved the $40 million plan on Tuesday."] == "body"
    assert roles["SEE ALSO: 5 Ports That Rebuilt Their Walls for Under $10 Million"] == "boilerplate"
    assert roles["Also read: Mayor says 3 more towns will follow"] == "boilerplate"
    assert roles["(Reporting by Sam Porter in Port Alden; Editing by Lee Chan)"] == "boilerplate"


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_sentence_ending_in_a_decimal_figure_ends_there():
    text = ("The pound ended at $1.9375. Traders expect more. Turnout rose to 61.4%. "
            "Pollsters were unsure. Mr. Ortiz and Corp. staff agreed.")
    assert _sentences(text) == ["The pound ended at $1.9375.", "Traders expect more.",
                                "Turnout rose to 61.4%.", "Pollsters were unsure.",
                                "Mr. Ortiz and Corp. staff agreed."]


def test_sentences_respect_titles_and_initials():
    text = "Mr. Ortiz met Dr. Yang and J. K. Lee in St. Louis. They agreed on a plan."
    assert _sentences(text) == ["Mr. Ortiz met Dr. Yang and J. K. Lee in St. Louis.", "They agreed on a plan."]


def test_sentences_with_country_abbreviations():
    text = ("The U.S. Treasury and the U.K. government disagreed. Talks moved to the U.S. "
            "The next round starts soon.")
    assert _sentences(text) == [
        "The U.S. Treasury and the U.K. government disagreed.",
        "Talks moved to the U.S.",
        "The next round starts soon.",
    ]


def test_sentences_with_dates_numbers_and_latin():
    text = ("The vote is set for Jan. 15 at 9 a.m. in Room No. 4, e.g. the old hall. "
            "Turnout was 3.5 points higher. Acme Inc. said little.")
    assert _sentences(text) == [
        "The vote is set for Jan. 15 at 9 a.m. in Room No. 4, e.g. the old hall.",
        "Turnout was 3.5 points higher.",
        "Acme Inc. said little.",
    ]


def test_sentences_ending_in_quotes_and_questions():
    text = ('"We will rebuild," she said. "Can we afford it?" he asked. '
            '"Not this year." The debate went on.')
    assert _sentences(text) == [
        '"We will rebuild," she said.',
        '"Can we afford it?" he asked.',
        '"Not this year."',
        "The debate went on.",
    ]


def test_sentence_offsets_are_shifted():
    text = "First one. Second one."
    assert split_sentences(text, 100) == [(100, 110), (111, 122)]


def test_police_and_council_titles_do_not_end_a_sentence():
    text = ("Nine guests were hurt, said Const. Ann Ruiz of the city police. "
            "Cllr. Tom Bray and Brig. Jo Hale were not at the dinner.")
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == ["Nine guests were hurt, said Const. Ann Ruiz of the city police.",
                         "Cllr. Tom Bray and Brig. Jo Hale were not at the dinner."]
