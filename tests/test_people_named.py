"""People as staff name them: "Responsible: <name>" lines under an item's numbered heading answer for
that item, and a first name alone ("while fiona is on secondment") names the one person the papers
give it to, who is then who the question is about, not its answer."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

PLAN = """Greywater Delivery Plan 2017-19 (draft v0.7)

2.2 Same Day Urgent Care (GO2)
Responsible: Bernadette Okonjo-Hale, Director of Operations, Oxhollow Hospitals NHS Trust (SRO)
By: 31 March 2018
Status: Amber

2.8 Digital Shared Care Record (GO8)
Responsible: Yasmin Delacourt, Interim Chief Digital Officer (SRO)
By: Qtr 1 2018/19
Status: Green

2.9 Mental Health Crisis Alternatives (GO4)
SRO: Fiona Achebe, Chief Executive, Wykedale Care (on secondment to NHS England until 31 January 2027)
Acting SRO: Gideon Threlfall, Director of Operations, Wykedale Care
By: 15 January 2018
"""


@pytest.fixture
def plan(papers):
    return papers({"delivery_plan.txt": PLAN})


@pytest.mark.parametrize("question, who, not_who", [
    ("Who is the SRO for the shared care record?", "Yasmin Delacourt", "Bernadette"),
    ("who's sro for same day urgent care?", "Bernadette Okonjo-Hale", "Yasmin"),
])
def test_a_responsible_line_answers_for_the_heading_above_it(plan, question: str, who: str, not_who: str) -> None:
    reply = answer(question, plan, Tokenizer())
    assert reply.answered and reply.answer.startswith(who) and not_who not in reply.answer.split(".")[0], reply.answer


def test_a_first_name_alone_is_who_the_question_is_about(plan) -> None:
    reply = answer("who's acting SRO for mental health crisis while fiona is on secondment?", plan, Tokenizer())
    assert reply.answered and reply.answer.startswith("Gideon Threlfall"), reply.answer


LOG = """Wyvern ICB. Position as at 2 October 2026. Chair of the System Delivery Group (SDG): Tom Example, Director of Strategy.
Action log
SDG-01\tEstates plan to the Board\tAnn Tester\t30/11/26
"""


def test_a_role_label_opening_a_later_sentence_of_a_line_names_the_person(papers) -> None:
    """A page's header line runs several sentences together; the label opening one ("Chair of the System
    Delivery Group (SDG): Tom Example") states that person's role as a line of its own would."""
    index = papers({"sdg_log.txt": LOG})
    people = {(p["name"], p["role"]) for p in index.table("people")}
    assert ("Tom Example", "Chair of the System Delivery Group (SDG) (Director of Strategy)") in people
    reply = answer("who chairs SDG?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Tom Example"), reply.answer


def test_an_honorifics_stop_ends_no_sentence() -> None:
    from bot.records.people import _SENTENCE_BREAK

    assert _SENTENCE_BREAK.split("Met Dr. Jones and Mrs. Smith. A. B. Example agreed.") == ["Met Dr. Jones and Mrs. Smith", "A. B. Example agreed."]


LETTER = """Wyvern ICB
14 March 2026
Dear Ann,
Harbour Urgent Treatment Centre: capital approval
I am pleased to confirm approval of capital of £6.35m for the Harbour UTC, subject to the conditions below.
My team's contact for the scheme is Bo Sample, Senior Capital Manager.
Yours sincerely,

Cy Example
Director of Strategy and Transformation
NHS England - Wyvern Region
cc: Di Placeholder, Independent Chair
"""


@pytest.mark.parametrize("question", ["Who signed the letter approving capital for the Harbour UTC?",
                                      "who signed the harbour utc capital approval letter?"])
def test_whoever_signs_a_letter_off_is_its_signatory(papers, question: str) -> None:
    """A letter's close ("Yours sincerely,") stands above the name of who signed it; the scheme's contact
    named in the letter did not sign it."""
    reply = answer(question, papers({"approval_letter.txt": LETTER}), Tokenizer())
    assert reply.answered and reply.answer.startswith("Cy Example") and "Signatory" in reply.answer, reply.answer


FAQ = """Harbour UTC: staff questions and answers
Q: Who is leading the change?
A: Ann Tester, Director of Place for Harbour, is leading the change. The clinical director of the new UTC will be Dr Bo Sample, who is the minor injuries unit lead today.
"""


@pytest.mark.parametrize("question", ["who will be clinical director of the harbour utc?",
                                      "Who is the clinical director of the new urgent treatment centre in Harbour?"])
def test_a_post_named_before_who_holds_it_names_the_person(papers, question: str) -> None:
    """"The clinical director of the new UTC will be Dr Bo Sample": the post first, then who will hold it."""
    index = papers({"utc_faq.txt": FAQ})
    assert ("Dr Bo Sample", "clinical director of the new UTC") in {(p["name"], p["role"]) for p in index.table("people")}
    reply = answer(question, index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Dr Bo Sample"), reply.answer


FUNDING_LETTER = """Harbour Health and Care Partnership
Janice Example
Director of Children's Services
Dear Janice
Mental Health Support Teams in Harbour schools: investment decision
Funding will be released quarterly in arrears against the agreed recruitment plan. For drawdown
arrangements please contact Fay Test, Head of System Finance, on 01632 960 118.
Yours sincerely
"""


@pytest.mark.parametrize("question", ["Whom should Children's Services contact about drawdown arrangements for the schools funding?",
                                      "who do i speak to about drawing down the schools money?"])
def test_a_contact_is_the_contact_for_what_the_sentence_says(papers, question: str) -> None:
    """"For drawdown arrangements please contact Fay Test, Head of System Finance": she is the contact for
    drawdown, the sentence starting on the line above; the letter's "Dear Janice" names no one."""
    index = papers({"funding_letter.txt": FUNDING_LETTER})
    people = {(p["name"], p["role"]) for p in index.table("people")}
    assert ("Fay Test", "Contact for drawdown arrangements (Head of System Finance)") in people
    assert not any(name.startswith("Dear") for name, _ in people)
    reply = answer(question, index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Fay Test"), reply.answer


UPDATE_PAPER = """Contact for further information:

Sam Test, Wyvern ICS, 01253 951613, samtest@nhs.net

Executive Summary
The digital programme has made progress since the last Board.
Dr Bo Example, SRO for the Digital Health Programme, will present a full STP update paper at the December Board.
"""


@pytest.mark.parametrize("question", ["who do i ring about the stp update paper? need the number too",
                                      "Who should I contact about the STP update, and what is their phone number?"])
def test_a_person_asked_with_their_number_is_answered_with_it(papers, question: str) -> None:
    """"Who do I ring ...? need the number too": a person and how to reach them, so an answer naming a
    person without a phone number or email is no answer."""
    from bot.answering.asked_type import asked_types

    assert "contact" in asked_types(question.lower())
    reply = answer(question, papers({"hwb_stp_update.txt": UPDATE_PAPER}), Tokenizer())
    assert reply.answered and reply.answer.startswith("Sam Test") and "951613" in reply.answer, reply.answer


REPORT = """Programme 3 - Urgent and Emergency Care
HIGHLIGHT REPORT  |  Week commencing 5 November 2018
Prepared by: Owen Pritchard, Programme Manager      SRO: Helen Braithwaite
Distribution: A&E Delivery Board

Primary Care at Scale    SRO: Dr Rafiq Osei (Clinical Chair, Tarnford CCG)
"""


def test_labelled_fields_side_by_side_each_name_their_own_person(papers) -> None:
    """A report's header sets labelled fields side by side: the author is not made the SRO's holder too,
    and a label after a gap that follows no label of its own keeps what the text before it names."""
    roles = {(r["name"], r["role"]) for r in papers({"report.txt": REPORT}).db["people"].rows}
    assert ("Owen Pritchard", "Prepared by (Programme Manager)") in roles, roles
    assert ("Helen Braithwaite", "SRO") in roles, roles
    assert not any(name == "Owen Pritchard" and "SRO" in role for name, role in roles), roles
    assert any("Rafiq Osei" in name and role.startswith("Primary Care at Scale SRO") for name, role in roles), roles


SUMMARY = """Harbour & Fenside STP - Summary
3. How we will lead it
Ann Tester, Chief Officer of NHS Harbour CCG, is the STP Lead and the Senior Responsible Officer
for the plan. The Programme Board is chaired by Bo Sample, Independent Chair.
Cy Example, Director of Finance at Harbour Hospitals, is the STP Finance Lead.
"""


@pytest.mark.parametrize("question, who", [("who is the senior responsible officer for the plan?", "Ann Tester"),
                                           ("who's the stp finance lead?", "Cy Example")])
def test_the_role_after_a_title_in_commas_is_the_persons_role(papers, question: str, who: str) -> None:
    """"Ann Tester, Chief Officer of NHS Harbour CCG, is the STP Lead and the SRO": the title between the
    commas says what she is; the role the sentence then gives her is what she is asked as."""
    index = papers({"summary.txt": SUMMARY})
    roles = {(p["name"], p["role"]) for p in index.table("people")}
    assert ("Ann Tester", "STP Lead and the Senior Responsible Officer") in roles
    assert ("Cy Example", "STP Finance Lead") in roles
    reply = answer(question, index, Tokenizer())
    assert reply.answered and reply.answer.startswith(who), reply.answer


NARROW_COLUMN = [
    "2. How we are led",
    "Ann Tester, Chief Executive of Harbour",
    "Teaching Hospitals NHS Foundation Trust, is the",
    "STP Lead and Senior Responsible Officer. The",
    "Partnership Board meets every other month and is",
    "chaired by Professor Bo Sample, Independent",
    "Chair. The Programme Board is chaired by Cy Example.",
]


def test_a_sentence_a_narrow_column_wraps_still_names_the_person(pdf_papers, tokenizer) -> None:
    """A PDF column wraps "Ann Tester, Chief Executive of ... , is the / STP Lead and SRO" over three lines:
    the sentence is read as one, the quote checked against the page it is on."""
    index = pdf_papers({"summary.pdf": [NARROW_COLUMN]})
    roles = {(p["name"], p["role"]) for p in index.table("people")}
    assert ("Ann Tester", "STP Lead and Senior Responsible Officer") in roles
    assert any(name == "Professor Bo Sample" and "Partnership Board" in role for name, role in roles), roles
    reply = answer("who is the senior responsible officer for the stp?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("Ann Tester"), reply.answer
    assert all(index.quote_is_on_source(c.document, c.page, c.line, c.quote) for c in reply.citations)
    # "Chair (... Programme Board)" is not a kind of programme director: the post is another
    assert not answer("who is the programme director?", index, tokenizer).answered


WRAPPED_FAQ = """Staff FAQ

Who leads the plan?
The Partnership Board oversees the plan. It is chaired by Dame Ada Sample, Independent Chair. The STP lead is
Graham Tester, Accountable Officer of Harbour CCG, and the programme office is run by Mo Example.
"""


def test_a_sentence_a_text_paper_wraps_by_hand_still_names_the_person(papers, tokenizer) -> None:
    """A text paper wrapped by hand: "The STP lead is" / "Graham Tester, ...". The sentence is read as one,
    and quoted for its part on the line naming the person, which is checked against that line."""
    index = papers({"faq.md": WRAPPED_FAQ})
    assert ("Graham Tester", "STP lead") in {(p["name"], p["role"]) for p in index.table("people")}
    reply = answer("Who is the STP lead?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("Graham Tester"), reply.answer
    assert all(index.quote_is_on_source(c.document, c.page, c.line, c.quote) for c in reply.citations)


CORE_BRIEF = """STP core brief, issue 7

3. PEOPLE

  Gideon Marwood, Director of Finance at Thrandale & Wexley Hospitals
  NHS FT, is the STP Finance Lead and chairs the STP Finance & Investment
  Group.

  Risks are reviewed monthly by the programme board.
"""

REGISTER = """Medicines optimisation risks

| Ref | Risk | Owner | Score |
| --- | --- | --- | --- |
| R4 | The two acute trusts do not agree the hosting of an aseptic unit | STP Finance Lead | 9 |
| R5 | Community pharmacy uptake stalls | Head of Medicines Optimisation | 6 |
"""


def test_a_paragraph_a_text_paper_wraps_by_hand_gives_the_post_it_names(papers, tokenizer) -> None:
    """"Gideon Marwood, Director of Finance at ... Hospitals" / "NHS FT, is the STP Finance Lead and chairs ...": a
    long line ending in no stop runs on into the next, indented as it is, so the post the sentence gives is read;
    and a register naming only that post as a risk's owner is answered with him."""
    index = papers({"brief.txt": CORE_BRIEF, "register.md": REGISTER})
    assert ("Gideon Marwood", "STP Finance Lead") in {(p["name"], p["role"]) for p in index.table("people")}
    reply = answer("Who owns the risk that the acute trusts do not agree the hosting of an aseptic unit?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("Gideon Marwood"), reply.answer
    assert all(index.quote_is_on_source(c.document, c.page, c.line, c.quote) for c in reply.citations)


PLANNER = """Forward planner 2018/19
The Partnership Board meets six times a year, at the Moot Hall. It is chaired by its independent chair, Professor Ada Greatorex. Papers go out a week before.
The System Delivery Group meets monthly, on the second Wednesday, at Ember House. It is chaired by the STP Programme Director, Mara Ollerenshaw, and reports to the Partnership Board. The Clinical Board (chair: Dr Finn Aldiss) keeps its own planner.
"""


@pytest.mark.parametrize("question, who, not_who", [
    ("Who chairs the System Delivery Group?", "Mara Ollerenshaw", "Aldiss"),
    ("Who chairs the Partnership Board?", "Professor Ada Greatorex", "Ollerenshaw"),
])
def test_chaired_by_a_post_and_its_holder_is_the_chair_of_what_the_sentence_before_names(papers, question: str, who: str,
                                                                                         not_who: str) -> None:
    """"It is chaired by the STP Programme Director, Mara Ollerenshaw": the person after the post chairs
    what "it" stands for, the body the sentence before opens with, and holds the post too."""
    index = papers({"planner.txt": PLANNER})
    roles = {(p["name"], p["role"]) for p in index.table("people")}
    assert ("Mara Ollerenshaw", "Chair (System Delivery Group) (STP Programme Director)") in roles, roles
    reply = answer(question, index, Tokenizer())
    assert reply.answered and reply.answer.startswith(who) and not_who not in reply.answer[:60], reply.answer


NUMBERED = """Data sharing agreement
6.3 The Care Record Programme Board oversees this Agreement. It is chaired by the Senior Responsible Officer, Ivy Thorne, and reports to the Board.

Schedule 2
It is chaired by Olwen Price.
"""


def test_it_stands_for_a_numbered_paragraphs_subject_and_names_nothing_alone(papers) -> None:
    """"6.3 The Care Record Programme Board oversees ... It is chaired by ...": the paragraph's number is no
    part of its subject; where no sentence before says what "it" is, the role is the chair of nothing named,
    never of "It"."""
    roles = {(p["name"], p["role"]) for p in papers({"dsa.txt": NUMBERED}).table("people")}
    assert ("Ivy Thorne", "Chair (Care Record Programme Board) (Senior Responsible Officer)") in roles, roles
    assert not any("(It)" in role for _, role in roles), roles


COVER_SHEET = ("Report to\tHealth and Wellbeing Board\n"
               "Date of meeting\t15 December 2016\n"
               "Report author and contact details\tLucinda Farthing, Health Partnerships Manager. Tel: 01632 960418. "
               "Email: lucinda.farthing@aldwyke.example.gov.uk\n"
               "Web\thttps://www.aldwyke.example.gov.uk/lucinda-farthing\n\n"
               "1. Purpose of the report\n1.1 To update the Board on the plan.\n")


def test_a_name_written_in_lower_case_only_in_an_address_is_still_a_name(papers) -> None:
    """An e-mail or web address spells its owner's name in lower case; that does not make the name's
    words the paper's ordinary words, so the cover sheet's author is still read as a person."""
    index = papers({"hwb_report.txt": COVER_SHEET})
    assert "Lucinda Farthing" in {p["name"] for p in index.table("people")}
    reply = answer("Who is the contact officer for the Health and Wellbeing Board report?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Lucinda Farthing"), reply.answer


CARDS = ("Programme leadership\n\n"
         "Community Care (CC)\nSRO:\nGideon Arkholme\nChief Officer, Stainmoor CCG\nCLINICAL LEAD:\nDr Philippa Naismith\n"
         "GP, Ambleford Federation\n\n"
         "Urgent Care (UC)\nSRO:\nAnnika Swarbrick\nChief Operating Officer, Valley Hospitals\nCLINICAL LEAD:\nDr Rohan Tillotson\n"
         "Consultant in Emergency Medicine\n")


@pytest.mark.parametrize(("question", "who"), [("Who is the clinical lead for Community Care?", "Dr Philippa Naismith"),
                                               ("who's clin lead for urgent care?", "Dr Rohan Tillotson")])
def test_a_label_in_a_card_is_held_for_the_cards_title(papers, question: str, who: str) -> None:
    """A card (a short block: its title, then "SRO:" and "CLINICAL LEAD:" each over a name) holds its posts
    for its title: the clinical lead under the SRO's job title is still the card's programme's."""
    reply = answer(question, papers({"leaders.txt": CARDS}), Tokenizer())
    assert reply.answered and reply.answer.startswith(who), reply.answer
