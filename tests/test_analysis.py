"""Question analysis: the answer type, the topic with its weights, and the constraints."""

import re

import pytest

from bot.answering.analysis import analyse
from bot.answering.pipeline import answer
from bot.answering.question_text import surname_initials
from bot.answering.lexicon import lexicon
from bot.answering.matching import Topic
from bot.answering.scope import SUMMED

PAPER = """Marsh Coast LDP

Initiatives
The maternity pathway will be redesigned by the Marsh Coast maternity team.
The Senior Responsible Officer (SRO) for the digital programme is named below.
Each work programme has its own board, which meets monthly.
"""


@pytest.fixture
def lex(papers, tokenizer):
    return lexicon(papers({"marsh.txt": PAPER}), tokenizer)


@pytest.mark.parametrize(("question", "wants"), [
    ("who leads the maternity work?", ("person",)),
    ("clinical lead for the maternity pathway?", ("person",)),
    ("when is the maternity pathway due?", ("date",)),
    ("how many practices are there, and when was it agreed?", ("number", "date")),
    ("how much funding does digital get?", ("money",)),
    ("what residual financial gap remains after the savings plans?", ("money",)),  # a verb after the noun makes it the head
    ("what's the residual gap after the savings schemes?", ("money",)),  # so does "after", "before" or "left"
    ("maternity 18/19 plan - surplus or deficit?", ("money",)),  # which of the two is the sum, signed
    ("what savings are expected from the hub?", ("money",)),
    ("How much is being invested in crisis care in 2018/19?", ("money",)),  # what is invested is a sum
    # chat naming the figure and its year, and nothing more, asks that figure
    ("digital & data budget 24/25? total allocation", ("money",)),
    ("maternity budget for 25/26?", ("money",)),
    ("efficiency target 2026/27?", ("number",)),  # a target may be a percentage
    ("agency spend in august?", ("number",)),  # so may agency spend
    ("vacancy rate at M7? for the bid", ("number",)),  # and a rate named, at its period
    ("the 24/25 plan?", ("text",)),
    ("what work is planned for the hub?", ("text",)),
    ("how often does the board meet?", ("frequency",)),
    ("what's the RAG status of the maternity work?", ("status",)),
    ("is the maternity hub on track?", ("status",)),
    ("are we on track to break even on maternity this year?", ("yesno",)),  # whether an outcome will come, not a RAG
    ("how highly is the maternity risk rated?", ("number", "status")),  # a degree: the score first
    ("how high does the maternity risk score?", ("number",)),
    ("does the plan include a maternity pathway?", ("yesno",)),
    ("tell me about the maternity pathway", ("text",)),
    ("is maternity among the services whose future the board will assess?", ("yesno",)),  # a relative "whose"
    ("are there any services those who commission will review?", ("yesno",)),
    ("does the plan say who leads the maternity work?", ("person",)),  # "who" asked after a verb of saying
    ("which services will those who lead the board review?", ("text",)),
    ("list of scheme owners for the maternity initiatives?", ("person",)),  # owners asked for as a list
    ("which work programmes own the five initiatives?", ("person",)),
    ("which work programme is the scheme owner for the maternity pathway?", ("person",)),  # the owner, whatever it is
    ("which non-executive took the decision on the maternity pathway?", ("person",)),
    ("which doctor will take medical charge of the maternity pathway?", ("person",)),
    ("who takes the chair of the maternity board when she is away?", ("person",)),  # "when" opens a clause: no date asked
    ("who chairs the maternity board and when does it meet?", ("person", "date")),
    ("which maternity scheme is the largest?", ("text",)),
    ("give me every name against the maternity work", ("person",)),
    ("which initiatives does the maternity team own?", ("text",)),  # what is owned, not who owns
    ("maternity pathway go live - new date and old date?", ("date",)),
    ("on what dates are the first two maternity meetings?", ("date",)),
    ("maternity do nothing gap figure?? £ by 2021", ("money",)),  # chat: the thing asked ends it, "£" the sum
    ("what is the £ for the maternity pathway", ("money",)),
    ("what is the 2026/27 transformation budget for the maternity workstream?", ("money",)),  # the sum named last
    ("whats the capital cost of the maternity unit?", ("money",)),
    ("what are the annual running costs of the maternity unit?", ("money",)),  # plural, after "are"
    ("total capital for maternity over the 3 yrs to 28/29?", ("money",)),  # chat opening with the sum asked
    ("overall plan for maternity in 26/27?", ("text",)),
    ("how far short of the 85% standard was maternity in july?", ("number",)),  # a gap is a figure
    ("what was the maternity financial position against plan at month 6?", ("money",)),
    ("how far behind its financial plan was maternity at month 6?", ("money",)),
    ("what were the budgets for the maternity pathway?", ("money",)),
    ("What is the capital envelope that the maternity unit build must fit within?", ("money",)),  # then a clause
    ("whats the winter funding for 27/28?", ("money",)),
    ("What is the funding model for the maternity unit?", ("text",)),  # the sum is not named last
    ("I start at the hospital next month - what will it cost me to park there?", ("money",)),  # a sum, not what's due
    ("what does the maternity scheme cost?", ("money",)),
    ("What is the registered population of the ICS?", ("number",)),  # a figure, whatever word says which
    ("When the memo talks about patients on discharge pathway 2, what does that mean?", ("text",)),  # the occasion, not a date
    ("When the new unit opens, how many beds will it add?", ("number",)),
    ("When does the new unit open, and who leads it?", ("date", "person")),
    # the occasion's clause may hold commas of its own; one opened by a verb still asks when
    ("When staff across the NHS, councils and education were asked, how many replied?", ("number",)),
    ("When was the hub approved, and who signed it off?", ("date", "person")),
    # "who" after a noun says which one: the question asks when
    ("When is the colorectal surgeon who leads the cancer programme stepping down?", ("date",)),
    ("The agenda item 4.1 paper - what was the date of the meeting it went to?", ("date",)),  # "the date of" asks it
    ("what's the opening date for the hub?", ("date",)),
    ("is there a date for the maternity hub opening?", ("date",)),  # the date, if there is one, answers
    ("is there a month set for the maternity review?", ("date",)),
    ("is there a dated plan for maternity?", ("yesno",)),
    ("what is the data source for the dashboard?", ("text",)),
    ("The service is out to tender - by when should we know who has won it?", ("date",)),  # when it is known
    ("do you know who leads the cancer work?", ("person",)),
    ("whats the estates & net zero budget for 26/27?", ("money",)),
    ("what is the maternity savings target for 2026/27?", ("number",)),
    ("what is the maternity budget setting process?", ("text",)),  # "budget" describes what is asked here
    ("which maternity scheme costs £3m?", ("text",)),  # a sum stated, not asked
    ("maternity pathway total?", ("number",)),
    ("From what number to what number are maternity beds to be reduced?", ("number",)),  # figures, not a phone number
    ("what number do I ring for the maternity team?", ("contact", "number")),
    # "how much did <a long description> cost?": a sum of money, however long the thing between
    ("How much did the additional specialist support secured for the maternity and newborn pathway review cost?", ("money",)),
    # a baseline and a trajectory are figures: the level a plan starts from, the levels it plans month by month
    ("What was the baseline for maternity bookings?", ("number",)),
    ("What is the planned maternity trajectory for March 2028?", ("number",)),
    ("What were the baseline and the current planned end dates for the maternity hub?", ("date",)),  # the baseline's date
    # a question opening with a holder's noun asks who holds it
    ("owner of the maternity hub milestone? rota question", ("person",)),
    # a thing of a post, named before "of" or "for", is asked; not who holds the post
    ("What is the salary range for the maternity programme director post?", ("text",)),
    ("whats the remit of the maternity clinical lead?", ("text",)),
    ("what is the clinical lead for maternity?", ("person",)),  # the post itself is what is named
    ("lead for maternity?", ("person",)),
    ("the leading causes of maternity delays?", ("text",)),
    # chat that opens with the figure asked, by its noun
    ("maternity savings target for 27/28? planning ahead", ("number",)),
    ("maternity budget in 2026/27?", ("money",)),  # a budget is a sum of money
    # the sum named after whose it is, and bounded by the years it runs over
    ("What are Planned Care & Maternity's total savings from 2016/17 to 2020/21?", ("money",)),
    ("What are the maternity programme's total savings over the five years?", ("money",)),
    ("What is the life expectancy gap between areas in maternity?", ("text",)),  # a difference, no sum of money
    ("cost of living pressures on maternity - who leads?", ("person",)),  # a "who" asks for someone
    # the size of a financial gap is a sum of money: a count ("five priorities") is no answer
    ("What is the size of the maternity 'do nothing' financial gap by 2020/21?", ("money",)),
    # a quarter asked is a date, however short it is written
    ("maternity hub go-live - which qtr?", ("date",)),
    ("In which quarter is the maternity hub due?", ("date",)),
    ("maternity hub due which week? the tracker format confuses me", ("date",)),  # a week is a date asked too
    # a rating the question names asks which items hold it; one it leaves open asks the rating
    ("which maternity recommendations are rated critical?", ("text",)),
    ("how is the maternity hub rated?", ("status",)),
    ("is the maternity hub rated by the CQC?", ("status",)),
])
def test_the_answer_type_asked_for(lex, question: str, wants: tuple[str, ...]) -> None:
    assert analyse(question, lex).wants == wants


def test_a_typo_is_read_as_the_papers_word_and_an_english_word_is_not(lex, tokenizer) -> None:
    a = analyse("who owns the matenity pathway?", lex)
    assert tokenizer.stem("maternity") in a.terms and not a.unknown
    blank = analyse("which priority is left blank?", lex)
    assert tokenizer.stem("blank") in blank.terms  # "blank" is English: not "corrected" to a paper's word


PLANNER = "Board planner\nThe next Partnership Board meeting is on 4 May 2017 at the Guildhall.\nThe September board practice session.\n"


@pytest.mark.parametrize(("question", "asked"), [
    # an English word a thousand times rarer than a paper's word one edit from it is that word mistyped
    ("next board meting?", "next board meeting?"),
    ("is the practise session in sept?", "is the practise session in sept?"),  # a tenth as common: a word; a month's short form stays
    # a clipping keeping a word's first and last letters is the papers' word
    ("who chairs the P'ship board?", "who chairs the partnership board?"),
    ("is it in O'Neill's paper?", "is it in O'Neill's paper?"),  # a name is no clipping
])
def test_rare_slips_and_clippings_read_as_the_papers_words(papers, tokenizer, question: str, asked: str) -> None:
    lex = lexicon(papers({"planner.txt": PLANNER}), tokenizer)
    assert analyse(question, lex).asked == asked


def test_a_slip_near_two_families_is_read_as_the_one_the_papers_use_far_more(papers, tokenizer) -> None:
    """"apointed" is one edit from "appointed" and from "pointed": the papers write of appointments a dozen
    times and of a point once, so it is the appointment asked after; with the two as common, no telling."""
    letters = {f"letter_{n}.txt": f"Letter {n}\nYour appointment as SRO for programme {n}.\n" for n in range(12)}
    lex = lexicon(papers({**letters, "minutes.txt": "Minutes\nA point of order.\n"}), tokenizer)
    assert analyse("who was apointed first?", lex).asked == "who was appointed first?"
    even = lexicon(papers({"even.txt": "Your appointment as SRO.\nA point of order.\n"}), tokenizer)
    assert analyse("who was apointed first?", even).asked == "who was apointed first?"


def test_a_role_named_beside_a_where_question_does_not_make_it_ask_who(papers, tokenizer) -> None:
    """"where's the board held? need directions for a new director": the place is asked; "where's" loses
    its apostrophe before it is read, and is still "where"."""
    lex = lexicon(papers({"planner.txt": PLANNER}), tokenizer)
    assert analyse("where's the partnership board held? sending the clinical director", lex).wants == ("text",)
    assert analyse("clinical director for the partnership board?", lex).wants == ("person",)


@pytest.mark.parametrize(("question", "asked"), [
    ("what's comming up this month?", "what's coming up this month?"),  # a word of asking no paper need use
    ("how many maternity hubs altogther?", "how many maternity hubs altogether?"),  # "altogether" asks the whole count
    # a long asking word with its vowels slipped, its consonants all in place; a short one is left
    ("what's the smoking prevelance?", "what's the smoking prevalence?"),
    ("what are the 4 prioritys?", "what are the 4 prioritys?"),  # a plural stays a plural, whatever its slip
    # a short word opening a sentence before an asking verb, one letter short of a question word
    ("wat is the stroke plan? asking for a friend", "what is the stroke plan? asking for a friend"),
    ("ok. wen is the go-live?", "ok. when is the go-live?"),
    ("ho is the sro?", "ho is the sro?"),  # "who" or "how": no telling which
    # a role's own word ("instead" asks for a deputy), but not an errand's verb made a role by its slip
    ("if the chair cant make the board, who goes insted?", "if the chair cant make the board, who goes instead?"),
    ("who leads the stroke plan? need to emial them", "who leads the stroke plan? need to emial them"),
])
def test_a_slip_in_a_word_of_asking_is_read_as_that_word(lex, question: str, asked: str) -> None:
    assert analyse(question, lex).asked == asked


@pytest.mark.parametrize("question", ["who leads the staffing side of the plan?", "who leads the staffing aspects of the plan?"])
def test_the_side_of_a_topic_asked_is_no_word_of_it(papers, tokenizer, question: str) -> None:
    """"The staffing side of the plan": a part of a topic, said as staff say it; the word "side", in no
    paper, must not weigh most and rule out a line about staffing."""
    lex = lexicon(papers({"people.txt": "Workforce\nThe workforce lead is Ann Example. Staffing plans follow.\n"}), tokenizer)
    a = analyse(question, lex)
    assert tokenizer.stem("staffing") in a.terms, a.terms
    assert not {tokenizer.stem("side"), tokenizer.stem("aspects")} & set(a.terms), a.terms


def test_a_contraction_is_not_a_typo(papers, tokenizer) -> None:
    """"wasn't" is not "wast" + "'t": the typo reader sees a contraction whole, and its stop word
    without the apostrophe is no topic."""
    lex = lexicon(papers({"risks.txt": "Risk register\nThe wast disposal risk is new this quarter.\n"}), tokenizer)
    a = analyse("which risk wasn't on the register the quarter before?", lex)
    assert set(a.terms) == {tokenizer.stem("risk"), tokenizer.stem("register")}  # no "wastt" from "wast't"
    assert tokenizer.stem("disposal") in analyse("when is the wast disposl risk due?", lex).terms  # a typo still is


def test_a_word_in_no_paper_weighs_the_most(lex, tokenizer) -> None:
    a = analyse("what is the capital of france?", lex)
    france = tokenizer.stem("france")
    assert france in a.unknown and a.terms[france] == max(a.terms.values()) and a.unknown_share() > 0.5


def test_a_second_sentence_of_chat_counts_for_little(lex, tokenizer) -> None:
    from bot.answering.clauses import SIDE_CLAUSE_WEIGHT

    a = analyse("who runs the maternity pathway? need to book a meeting with them", lex)
    assert a.terms[tokenizer.stem("book")] == pytest.approx(SIDE_CLAUSE_WEIGHT * lex.unknown_weight)


@pytest.mark.parametrize(("question", "framing", "asked"), [
    ("For the staff briefing I want to say how much the gap is", "briefing", "gap"),
    ("Finance want to know the total sum set aside for digital", "finance", "digital"),
    ("A family carer asked how many beds there will be", "carer", "beds"),
])
def test_who_wants_to_know_and_why_is_said_beside_the_question(lex, tokenizer, question: str, framing: str, asked: str) -> None:
    """The framing before "want to know" / "asked" says who asks and what for: its words weigh as a side
    clause's, and what follows is the asking clause."""
    from bot.answering.clauses import asked_low

    a = analyse(question, lex)
    assert tokenizer.stem(framing) in a.aside and tokenizer.stem(asked) not in a.aside
    assert framing not in asked_low(question) and asked in asked_low(question)


@pytest.mark.parametrize("question", ["what do we need to know about digital?", "who owns digital? need to know for the board"])
def test_a_framing_that_asks_is_the_asking_clause(question: str) -> None:
    from bot.answering.clauses import asked_low

    assert "digital" in asked_low(question)


@pytest.mark.parametrize(("question", "roles"), [
    ("who is the SRO for digital?", ["sro"]),
    ("who chairs the board?", ["chair"]),
    ("who is the clinical lead for maternity?", ["clinical lead"]),
    ("who deputised for the SRO at the meeting?", ["deputy"]),
    ("Jo is on leave - who is second in command on the digital programme?", ["deputy"]),  # a deputy, in other words
    # standing in *as* a post is acting in it, not holding a deputy's title; the accountable lead is the SRO
    ("who is standing in as SRO while the chief executive is away?", ["sro", "acting"]),
    ("who is the accountable lead for digital?", ["sro", "lead"]),
    # a body that meets is run by its chair; a workstream is led
    ("who runs the weekly handover group?", ["chair"]),
    ("the weekly handover group - who runs it?", ["chair"]),
    ("the digital workstream reports to the board in december - who leads it?", ["lead"]),
    ("who leads the digital workstream?", ["lead"]),
    ("who is the vice-chair?", ["vice chair"]),
    # an office named after a role's words is the remit: its head is the role asked
    ("Who is the Head of the STP Programme Management Office?", ["lead"]),
    ("who is the programme manager for maternity?", ["programme manager"]),
    ("who is the senior owner of the cancer work?", ["sro", "owner"]),  # the senior (responsible) owner
    ("who seconded the maternity decision?", ["seconder"]),  # a meeting's roles: who proposed and seconded
    ("who proposed the maternity pathway business case?", ["proposer"]),
    # the clinician who leads a programme is its clinical lead, however it is put
    ("I need the senior clinician who leads the workforce programme. Who is that?", ["clinical lead"]),
    ("who is the lead clinician for maternity?", ["clinical lead"]),
    ("Which GP guides the clinical side of the extended access work?", ["clinical lead"]),
    ("Which doctor gives the medical steer to the dementia navigators?", ["clinical lead"]),
    ("the finance report at the September board - who took that item?", ["presenter"]),  # taking an item is presenting it
    # a role said beside a question that asks for no person says who is talking, not whose figure is asked
    ("how much does digital cost? the directors keep quoting different numbers", []),
    ("how much budget does the SRO for digital hold?", ["sro"]),
    # whoever wants the answer, said beside the question, is the asker, not the post asked for
    # (what follows the question mark says why it is asked: "wants a contact" asks no post of its own)
    ("who owns the maternity hub task? retail park manager wants a contact", ["owner"]),
    ("who's the clinical lead for maternity? practice nurses want to ask about referrals", ["clinical lead"]),
    # "lay" alone is the verb ("to lay the foundations"); the post is a lay member, rep or person
    ("Which work programme owns the initiative to lay the foundations for an accountable care system?", ["owner"]),
    ("who is the lay rep on the board?", ["lay member"]),
])
def test_the_role_asked_for(lex, question: str, roles: list[str]) -> None:
    assert analyse(question, lex).roles == roles


@pytest.mark.parametrize(("question", "priority"), [
    ("what does P2 give for must do 7?", "P2"), ("what does priority 3 do?", "P3"),
    ("how does the second priority help?", "P2"), ("who owns WP9?", "WP9"), ("what about work programme 4?", "WP4"),
])
def test_a_priority_named_in_any_form(lex, question: str, priority: str) -> None:
    assert analyse(question, lex).priority == priority


def test_areas_by_the_names_staff_use(lex) -> None:
    assert analyse("what's due next month in marsh?", lex).areas == ["Marsh Coast"]
    assert analyse("who leads it?", lex, default_area="Marsh Coast").channel_area


def test_must_do_named_by_its_topic(lex) -> None:
    a = analyse("which priority carries the cancer must-do?", lex)
    assert a.mustdo and a.mustdos == [6]
    gap = analyse("which must dos are left blank?", lex)
    assert gap.mustdo and gap.gap


@pytest.mark.parametrize("question, gap", [
    ("which must-dos aren't covered in marsh?", True), ("which must dos doesn't marsh cover", True),
    ("what must-dos haven't got a priority against them?", True), ("which must dos are covered in marsh?", False),
])
def test_a_gap_asked_with_a_contraction(lex, question: str, gap: bool) -> None:
    a = analyse(question, lex)
    assert a.mustdo and a.gap == gap


@pytest.mark.parametrize("question, gap", [
    # the gap without a negation, the must-dos in other words
    ("where are the holes in marsh's plan against the national priorities?", True),
    ("which of the national priorities does marsh leave untouched?", True),
    ("which national 2016/17 requirements has marsh got nothing lined up for?", True),
    ("which of the things every area was told to deliver does marsh have nothing planned for?", True),
    ("which MDs aren't covered by any scheme?", True), ("which MDs are covered in marsh?", False),
])
def test_a_gap_asked_in_other_words(lex, question: str, gap: bool) -> None:
    a = analyse(question, lex)
    assert a.mustdo and a.gap == gap


def test_mds_without_coverage_are_directors_not_must_dos(lex) -> None:
    assert not analyse("which MDs sit on the board?", lex).mustdo


@pytest.mark.parametrize("question, numbers", [
    ("which workstreams contribute to the national cancer priority?", [6]),
    ("what maps to the national learning disability and autism priority?", [8]),
    # the must-dos as the planning guidance's asks, expectations and requirements
    ("Which programmes line up against the national four-hour A&E and ambulance requirement?", [4]),
    ("which of our schemes count towards the national expectation on cancer waiting standards?", [6]),
])
def test_national_priorities_are_the_must_dos(lex, question: str, numbers: list[int]) -> None:
    a = analyse(question, lex)
    assert a.mustdo and a.mustdos == numbers
    assert not {"requir", "expect", "nation"} & set(a.terms)  # the words naming a must-do are not its topic


def test_a_local_priority_is_no_must_do(lex) -> None:
    assert not analyse("what are the local priorities for maternity?", lex).mustdo


def test_a_word_is_matched_by_its_word_family_in_the_papers(papers, tokenizer) -> None:
    from bot.answering.matching import Topic

    lex = lexicon(papers({"acute.txt": "Acute services\nServices in scope: vascular, neonatology including NICU, and stroke.\n"}),
                  tokenizer)
    a = analyse("are neonatal services in scope?", lex)
    neonatal = tokenizer.stem("neonatal")
    assert tokenizer.stem("neonatology") in a.kindred[neonatal] and neonatal not in a.unknown
    assert Topic(a, tokenizer).matched("neonatology including NICU") >= {neonatal}
    short = analyse("what care is there?", lex)
    assert not short.kindred  # short roots are never stretched to other words


@pytest.mark.parametrize(("question", "word", "other"), [
    ("who owns the relationship with healthwatch?", "healthwatch", "health"),
    ("who keeps the spreadsheet of vacancies?", "spreadsheet", "spread"),
])
def test_a_compound_is_no_word_of_its_first_parts_family(papers, tokenizer, question: str, word: str, other: str) -> None:
    """"Healthwatch" (a body) is not matched by every "health" in the papers: a stem ending in a whole
    word more is a compound, not a derivation of its first part."""
    lex = lexicon(papers({"map.txt": "Stakeholders\nThe Joint Health Overview Committee meets each quarter to spread good practice.\n"}),
                  tokenizer)
    a = analyse(question, lex)
    assert tokenizer.stem(other) not in a.kindred.get(tokenizer.stem(word), ()), a.kindred


@pytest.mark.parametrize(("question", "word", "root"), [
    ("Is the capital approval unconditional?", "unconditional", "conditions"),
    ("is the plan unaffordable?", "unaffordable", "affordable"),
])
def test_a_word_negated_by_its_prefix_is_of_its_roots_family(papers, tokenizer, question: str, word: str, root: str) -> None:
    """"Is the approval unconditional?" is answered by "approved subject to six conditions"."""
    lex = lexicon(papers({"letter.txt": "Approval\nCapital approved subject to six conditions; the plan is affordable.\n"}), tokenizer)
    a = analyse(question, lex)
    stem = tokenizer.stem(word)
    assert tokenizer.stem(root) in a.kindred.get(stem, ()) and stem not in a.unknown, a


@pytest.mark.parametrize(("question", "roles", "excluded"), [
    ("who's the digital programme director (not the SRO)?", ["programme director"], ["sro"]),
    ("which directors apart from the clinical director work on maternity?", [], ["clinical director"]),
    ("who is the SRO for digital?", ["sro"], []),
    # the one named beside the asked role is who the answer works alongside, not the answer
    ("which doctor is the clinical lead alongside the alliance's managing director?", ["clinical lead"], ["director", "manager"]),
    ("who is the clinical lead, as well as the SRO, for digital?", ["clinical lead"], ["sro"]),
    # a post said to be empty: who covers it is asked
    ("until a maternity clinical lead is appointed, to whom do escalations go?", [], ["clinical lead"]),
    ("no maternity clinical lead yet - who do we escalate to?", [], ["clinical lead"]),
    ("with nobody yet in the children's clinical lead post, who takes the calls?", [], ["clinical lead"]),
    ("who covers while the maternity clinical lead post is vacant?", [], ["clinical lead"]),
    ("who is the clinical lead until the new SRO is appointed?", ["clinical lead"], ["sro"]),
])
def test_a_role_named_only_to_set_it_aside_is_not_asked(lex, question: str, roles: list[str], excluded: list[str]) -> None:
    a = analyse(question, lex)
    assert [r for r in a.roles if r in ("programme director", "sro", "clinical director", "clinical lead")] == roles
    assert a.excluded_roles == excluded


def test_a_word_of_a_papers_file_name_is_not_one_the_papers_lack(papers, tokenizer) -> None:
    """Staff name papers by their files ("the p8 highlight report" for highlight_report_p8_nov2025.md):
    such a word is no sign the papers cannot answer, and it says which paper is meant."""
    index = papers({"highlight_report_p8_nov2025.md": "# Highlight report\n\nUrgent care is rated Red.\n",
                    "finance.txt": "Finance Report\nThe system reported a deficit of £12m at month six.\n"})
    lex = lexicon(index, tokenizer)
    analysis = analyse("what is the urgent care rag in the p8 highlight report?", lex)
    assert "p8" in analysis.terms and "p8" not in analysis.unknown
    assert "p9" in analyse("what does the p9 highlight report say?", lex).unknown  # no paper has it
    assert "p8" in lex.about("highlight_report_p8_nov2025.md")


def test_the_phrase_asking_for_the_type_is_not_topic(lex) -> None:
    """"new date and old date?" asks for dates: "new" and "old" say which dates, not what about."""
    terms = analyse("maternity pathway go live - new date and old date?", lex).terms
    assert "matern" in terms and "new" not in terms and "old" not in terms


@pytest.mark.parametrize("kind", ["revised", "original", "opening"])
def test_the_kind_of_date_asked_is_topic(lex, tokenizer, kind: str) -> None:
    """"what is the revised date?": papers write "revised" beside the date it names; "date" asks the type."""
    terms = analyse(f"what is the {kind} date for the maternity pathway?", lex).terms
    assert tokenizer.stem(kind) in terms and "date" not in terms


def test_the_financial_year_named_by_its_start_is_a_time(lex) -> None:
    terms = analyse("what is the maternity savings target for the financial year starting April 2026?", lex).terms
    assert "matern" in terms and not {"financi", "start", "april"} & set(terms)


def test_the_end_of_a_period_is_a_time_and_end_of_life_a_topic(lex) -> None:
    terms = analyse("which maternity deliverables are due by the end of the current quarter?", lex).terms
    assert "end" not in terms and "matern" in terms
    assert "end" in analyse("who leads end of life care?", lex).terms


@pytest.mark.parametrize(("question", "start", "label"), [
    ("When is the next meeting of the board after 17 October 2018?", "2018-10-18", "after 17 October 2018"),
    ("When does the board next meet after its October 2018 meeting?", "2018-11-01", "after October 2018"),
    ("Which maternity milestones were due before 1 March 2019?", None, "before 1 March 2019"),
    # words saying which occasion between "after" and its day
    ("When is the Partnership Board meeting after the one held on 16 March 2017?", "2017-03-17", "after 16 March 2017"),
    ("When does the board meet following the meeting of 9 May 2018?", "2018-05-10", "after 9 May 2018"),
])
def test_after_a_date_is_what_comes_after_it_not_its_month(lex, question: str, start: str | None, label: str) -> None:
    window = analyse(question, lex).window
    assert window is not None and window.label == label
    assert (window.start.isoformat() if window.start else None) == start
    if label.startswith("before"):
        assert window.end is not None and window.end.isoformat() == "2019-02-28"


def test_a_season_with_its_year_is_a_time_not_a_topic(lex) -> None:
    """"in summer 2016" says when, as "in June 2016" would: "summer" is in no paper, and weighed as
    the topic's rarest word it would leave every answer uncovered."""
    analysis = analyse("whose nomination to lead the OD strand was supported in summer 2016?", lex)
    assert analysis.window is not None and analysis.window.label == "in summer 2016"
    assert "summer" not in analysis.terms and "nomin" in analysis.terms


@pytest.mark.parametrize(("question", "remit"), [
    ("who is the SRO for the digital programme?", {"digit"}),
    ("who is the maternity clinical lead?", {"matern"}),
    # "for that trust's services" points back at what the question named: no remit of its own
    ("which Marsh consultant gives the clinical voice for that trust's services on the board?", set()),
    ("who is the SRO for its digital programme?", set()),
    # a plan's local priorities, schemes and initiatives are kinds of programme: the kind is no remit
    ("who is the SRO for the Home First priority?", {"home", "first"}),
    ("who is the clinical lead for the frailty scheme?", {"frailti"}),
    ("who is now the SRO for the digital programme?", {"digit"}),  # "now" says when, not what for
    ("who's SRO for digital right now, has the handover happened?", {"digit"}),  # so after the remit
    ("who is the SRO for digital currently?", {"digit"}),
    # a role asked of "it" is held for the thing the question names first
    ("The mental health workstream is bringing its plan to the board in December - which named person leads it?", {"mental", "health"}),
    ("our digital programme - who is in charge of it?", {"digit"}),
    ("who leads it?", set()),
    # in overall charge of something is its SRO's post; the work "on" a thing is for that thing
    ("Who is the named senior lead in overall charge of the Lancashire-wide work on A&E and urgent care?", {"ae", "urgent", "care"}),
    ("who is in overall charge of estates?", {"estat"}),
])
def test_the_remit_of_an_asked_role(lex, question: str, remit: set[str]) -> None:
    assert set(analyse(question, lex).remit) == remit


def test_a_phrase_spelled_out_in_full_matches_its_abbreviation(papers, tokenizer) -> None:
    """The papers write "Wyvern HWBB"; the question spells out "Health and Wellbeing Board". Only a
    phrase asked in full reaches its abbreviation: "health" alone never matches every HWBB."""
    index = papers({"timetable.txt": "Approval timetable\n\nBody\tFebruary\tMay\nWyvern HWBB\t23 rd Feb - Briefing\t24 th May - Review of draft plan\n"})
    lex = lexicon(index, tokenizer)
    full = analyse("when does the plan go to the Wyvern Health and Wellbeing Board?", lex)
    assert Topic(full, tokenizer).matched("Wyvern HWBB 23 rd Feb - Briefing") >= {tokenizer.stem("health"), tokenizer.stem("board")}
    partial = analyse("when does the plan go to the Wyvern health team?", lex)
    assert tokenizer.stem("health") not in Topic(partial, tokenizer).matched("Wyvern HWBB 23 rd Feb - Briefing")


def test_a_list_of_abbreviations_lets_a_spelled_out_question_match_the_plural_short_form(papers, tokenizer) -> None:
    """The plan writes "all 12 WCLs" and defines WCL only in its list of abbreviations at the end: a
    question that spells out "Wellbeing Care Localities" matches the line."""
    index = papers({"plan.txt": "Delivery plan\nD13  Anticipatory care model live in all 12 WCLs   Kofi Adjei\n\n"
                                "Abbreviations\n  UTC  Urgent Treatment Centre        WCL  Wellbeing Care Locality\n"})
    a = analyse("who owns the anticipatory care model in all 12 wellbeing care localities?", lexicon(index, tokenizer))
    assert Topic(a, tokenizer).matched("Anticipatory care model live in all 12 WCLs") >= {tokenizer.stem("wellbeing"), tokenizer.stem("locality")}


@pytest.mark.parametrize(("question", "asks_list"), [
    ("which policy areas does the plan embed health in?", True),
    ("In which policy areas does the plan want to embed health?", True),  # a preposition before "which"
    ("Through which routes will councillors influence the programme?", True),
    ("In which month is the plan approved?", False),  # one month, not a list
    ("what are the maternity priorities?", True),
    ("when is the maternity pathway due?", False),
])
def test_a_list_is_asked(lex, question: str, asks_list: bool) -> None:
    assert analyse(question, lex).asks_list is asks_list


@pytest.mark.parametrize(("question", "roles"), [
    ("who will speak to agenda item 9 on the maternity pathway?", ["presenter"]),  # presents it
    ("who should I speak to about the maternity pathway?", ["contact"]),
    ("who presented the maternity paper?", ["presenter"]),
    ("who promised to send the revised maternity plan to the board?", ["action owner"]),  # a commitment in the minutes
    ("who has to come back to the board with a maternity plan?", ["action owner"]),
])
def test_roles_read_from_what_people_do_at_a_meeting(lex, question: str, roles: list[str]) -> None:
    assert analyse(question, lex).roles == roles


def test_a_word_the_papers_only_abbreviate_is_known_by_its_short_form(papers, tokenizer) -> None:
    """"The doctor leading ...": the papers write "Dr", never "doctor", so the word is no sign they cannot answer.
    ("Which doctor ...?" asks the kind of person, and the word is no topic at all: tests/test_clinician_asked.py.)"""
    lex = lexicon(papers({"board.txt": "Maternity pathway\nDr Jane Example is the clinical lead for maternity.\n"}), tokenizer)
    a = analyse("who is the doctor leading on maternity?", lex)
    assert "doctor" in a.terms and "doctor" not in a.unknown and "dr" in a.kindred["doctor"]
    health = analyse("who leads mental health?", lex)  # "health" alone is written in full: never every "MH"
    assert not health.short_forms


@pytest.mark.parametrize("question", ["if the chair is away, who deputises for her?", "who deputized for the SRO?",
                                      "who stood in for the SRO?"])
def test_a_deputy_is_asked_in_any_form_of_the_verb(lex, question: str) -> None:
    a = analyse(question, lex)
    assert a.deputised in ([], ["chair"], ["sro"])
    # a chair's standing deputy is the vice chair, asked for beside anyone deputising
    assert a.roles == (["deputy", "vice chair"] if a.deputised == ["chair"] else ["deputy"])


@pytest.mark.parametrize("question, label", [
    ("According to the March 2026 board paper, when is the next maternity meeting?", None),  # the month names the paper
    ("what maternity work is due in March 2026?", "in March 2026"),
    ("which documents does the December 2016 maternity update name?", "in December 2016"),  # no date asked: kept
])
def test_a_papers_month_does_not_bound_the_date_asked(lex, question: str, label: str | None) -> None:
    window = analyse(question, lex).window
    assert (window.label if window else None) == label


@pytest.mark.parametrize(("question", "initials"), [
    ("How many CCGs does the Herefordshire & Worcestershire footprint cover?", "hw"),
    ("what does the Collaborative Commissioning Board discuss in September?", "ccb"),
    ("When does the Kestle Vale Shared Care Record go live?", "kvscr"),  # some of the name's words are no topic words
])
def test_a_name_spelled_out_matches_its_initials_in_the_papers(papers, tokenizer, question: str, initials: str) -> None:
    """The papers write "the H&W footprint", "the CCB": a question naming them in full finds those lines."""
    index = papers({"note.txt": "Footprint\nThe H&W footprint covers four existing CCGs.\n"
                                "A first iteration will be discussed at the CCB at its meeting on 13th September 2016.\n"
                                "KVSCR phase 1 go-live was revised to 18 November 2019.\n"})
    analysis = analyse(question, lexicon(index, tokenizer))
    assert initials in analysis.short_forms and any(initials in kin for kin in analysis.kindred.values()), analysis.kindred


def test_a_run_of_everyday_words_gives_no_initials(papers, tokenizer) -> None:
    index = papers({"note.txt": "Notes\nThe PC team met.\n"})
    assert "pc" not in analyse("Is the primary care plan agreed?", lexicon(index, tokenizer)).short_forms


@pytest.mark.parametrize(("question", "spelled"), [
    ("lda sro? the learning disability and autism one", {"learn", "disabl", "autism"}),
    ("who chairs the QSG (quality and safety group)?", {"qualiti", "safeti", "group"}),
    ("who leads on zzq for the learning disability work?", None),  # no run of the question's words spells it
])
def test_a_short_form_spelled_out_beside_it_is_those_words(papers, tokenizer, question: str, spelled: set | None) -> None:
    """A short form no paper writes is no unknown word when the question spells it out itself: it weighs
    what its words weigh and is found where they are written."""
    index = papers({"note.txt": "Programmes\nLearning Disability and Autism: SRO Priya Ormerod.\n"
                                "The Quality and Safety Group is chaired by Dr Ann Tester.\n"})
    analysis = analyse(question, lexicon(index, tokenizer))
    short = next(t for t in analysis.terms if t in ("lda", "qsg", "zzq"))
    if spelled is None:
        assert short in analysis.unknown
    else:
        assert analysis.synonyms[short] == spelled and short not in analysis.unknown, analysis


@pytest.mark.parametrize("question", ["which progs cover must do 4?", "who brings the initiation docs to prog board?"])
def test_chat_shorthand_for_programme_is_spelled_out(lex, tokenizer, question: str) -> None:
    """Staff type "prog" and "progs" for programme(s); the papers spell it out, and the question is read
    with the word written out (question_text.unshortened)."""
    a = analyse(question, lex)
    assert "programme" in a.asked and not re.search(r"\bprogs?\b", a.asked), a.asked


@pytest.mark.parametrize(("question", "short", "spelled"), [
    ("when does the utc open?", "utc", "treatment"),
    ("who owns the baf?", "baf", "assurance"),
    ("how many wte in the team?", "wte", "equivalent"),
    ("when does the fbc go to the board?", "fbc", "business"),
    ("how many leaders meetings are planned with the CEOs?", "ceos", "executive"),  # more than one: no typo, still spelled out
    ("when is the new UTC open in all three EDs?", "eds", "department"),
    ("what's left after CIP/QIPP?", "qipp", "productivity"),
    ("when's the next partnership brd?", "brd", "board"),
    ("who's the BI lead in the PMO?", "bi", "intelligence"),
    ("who's the fin lead for the hub?", "fin", "finance"),
    ("who's the indep chair of the board?", "indep", "independent"),
])
def test_nhs_abbreviations_are_spelled_out_where_the_papers_do_not(lex, tokenizer, question: str, short: str, spelled: str) -> None:
    """Staff type the NHS's standard abbreviations; a paper may only spell them out. Chat shorthand
    ("brd", "fin") is written out before the question is read; an acronym is matched with its expansion."""
    a = analyse(question, lex)
    assert tokenizer.stem(spelled) in a.synonyms.get(tokenizer.stem(short), ()) or tokenizer.stem(spelled) in a.terms, a.synonyms


@pytest.mark.parametrize(("question", "read"), [
    ("there's an acronym T-E-S-C-R - what is it?", "there's an acronym TESCR - what is it?"),
    ("what does N.H.S.T. stand for?", "what does NHST stand for?"),
    ("does Q1-Q2 cover A-E and e.g. P1-P2?", "does Q1-Q2 cover A-E and e.g. P1-P2?"),  # codes and two letters stay
])
def test_capitals_spelled_one_by_one_are_a_short_form(question: str, read: str) -> None:
    from bot.answering.question_text import spelled_letters
    assert spelled_letters(question) == read


@pytest.mark.parametrize(("question", "mustdos"), [
    ("How is Fylde's second priority supposed to help keep patients within 18 weeks of referral?", [5]),
    ("What does priority 3 do for cancer waits?", [6]),
    ("What is the first priority meant to do to ease pressure on the four-hour target?", [4]),  # as written: "four-hour"
    ("How does the first priority tackle the pressures on GP practices?", [3]),  # everyday words, beside a priority
    ("What is Fylde's second priority?", None),  # no must-do's words: the priority itself
    ("How will Fylde keep patients within 18 weeks of referral?", None),  # no priority: asked of every text
])
def test_a_priority_asked_after_a_mustdos_words_is_a_cell_of_the_grid(lex, question: str, mustdos: list[int] | None) -> None:
    analysis = analyse(question, lex)
    assert (analysis.mustdos if analysis.mustdo else None) == mustdos, analysis


def test_the_work_of_a_role_names_the_role(lex) -> None:
    """"Who does the programme management for X?" asks for X's programme manager, not its owner."""
    assert "programme manager" in analyse("Who does the day-to-day programme management for the cancer work?", lex).roles


def test_a_short_words_derivation_doubling_its_last_letter_is_of_its_family(papers, tokenizer) -> None:
    """"Phase 1 slipped - from when to when?" is answered by the note giving the "reason for slippage"."""
    lex = lexicon(papers({"report.txt": "Exception report\nReason for slippage: the agreement was not signed.\n"}), tokenizer)
    a = analyse("Phase 1 slipped - from which date to which?", lex)
    assert tokenizer.stem("slippage") in a.kindred.get("slip", ()) and "slip" not in a.unknown, a
    assert not analyse("what care is there?", lex).kindred


@pytest.mark.parametrize(("question", "word", "joined"), [
    ("When are the builders due to hand over the new hub?", "hand", "handover"),
    ("who has to sign off the business case?", "sign", "signoff"),
])
def test_a_compound_asked_as_two_words_is_the_papers_one_word(papers, tokenizer, question: str, word: str, joined: str) -> None:
    lex = lexicon(papers({"tracker.txt": "Estates tracker\nSaltergate hub: practical completion and handover, 15 December 2025.\n"
                                         "Business case signoff by the board in January.\n"}), tokenizer)
    a = analyse(question, lex)
    assert tokenizer.stem(joined) in a.kindred.get(tokenizer.stem(word), ()), a.kindred


def test_a_doers_noun_is_of_its_verbs_family(papers, tokenizer) -> None:
    """"Who is getting a builder signed up?" is answered by "Theatre build contractor appointed"."""
    lex = lexicon(papers({"tracker.txt": "Estates tracker\nTheatre build contractor appointed by June.\n"}), tokenizer)
    a = analyse("Who is getting a builder signed up for the theatres?", lex)
    assert "build" in a.kindred.get(tokenizer.stem("builder"), ()) and tokenizer.stem("builder") not in a.unknown, a.kindred


@pytest.mark.parametrize(("question", "word", "written"), [
    ("which 6 neighbourhoods get teams by dec?", "6", "six"),
    ("which 6 neighbourhoods get teams by dec?", "dec", "december"),
    ("what was the backlog at end of September?", "september", "sept"),
])
def test_a_number_or_month_as_the_papers_write_it(papers, tokenizer, question: str, word: str, written: str) -> None:
    lex = lexicon(papers({"notes.txt": "Speaker notes\nThe six neighbourhoods going live by December 2026 are named.\n"
                                       "Backlog 236 at 27 Sept.\n"}), tokenizer)
    a = analyse(question, lex)
    assert tokenizer.stem(written) in a.kindred.get(tokenizer.stem(word), ()), a.kindred


def test_a_number_word_is_not_read_as_digits(papers, tokenizer) -> None:
    """"Four-hour" names a standard: it is not the 4 of a count."""
    lex = lexicon(papers({"notes.txt": "Metrics\nA&E 4-hour performance 86.4%; 4 trusts reported.\n"}), tokenizer)
    assert "4" not in analyse("What was the four-hour performance?", lex).kindred.get("four", ())


def test_a_given_name_is_held_by_a_line_with_the_surname_after_it(papers, tokenizer) -> None:
    """"When does Rupert Example retire?": papers say "Mr Example retires on ..." once they have named him
    in full, so a line with the surname holds the given name too."""
    lex = lexicon(papers({"board.txt": "Cancer\nClinical lead: Mr Rupert Example\nMr Example retires on 31 March 2027.\n"}), tokenizer)
    a = analyse("when does rupert example retire?", lex)
    said = tokenizer.stem_set("Mr Example retires on 31 March 2027.")
    assert Topic(a, tokenizer).has(tokenizer.stem("rupert"), said)
    alone = analyse("when does rupert retire?", lex)  # no surname after it: the given name is all the question says
    assert not Topic(alone, tokenizer).has(tokenizer.stem("rupert"), said)


def test_a_short_form_the_papers_write_only_in_the_plural_is_known_singular_too(papers, tokenizer) -> None:
    """The papers' lines write "PCNs"; a paper's title or file name may write "PCN": a text holding
    either holds the spelled-out words."""
    lex = lexicon(papers({"bundle.txt": "Asthma bundle\nAll 12 PCNs have signed up to the bundle.\n"}), tokenizer)
    a = analyse("have all the primary care networks signed up?", lex)
    assert {"pcn", "pcns"} <= a.kindred[tokenizer.stem("network")]


def test_a_verb_and_the_word_after_it_are_of_a_compound_the_papers_write(papers, tokenizer) -> None:
    """"Who do I speak to about drawing down the money?": the papers write "drawdown"; the verb's stem
    joined to the word after it is that compound, as "hand over" is "handover"."""
    lex = lexicon(papers({"letter.txt": "Funding\nFor drawdown arrangements please contact Fay Test, Head of Finance.\n"}), tokenizer)
    a = analyse("who do i speak to about drawing down the money?", lex)
    assert Topic(a, tokenizer).has(tokenizer.stem("drawing"), tokenizer.stem_set("drawdown arrangements"))


@pytest.mark.parametrize(("question", "read"), [
    ("when does the lead retirng?", "retiring"),  # the papers write "retires": the slip is of that family
    ("who deputises for the lead?", "deputises"),  # the British spelling of an English word is no slip
    ("which meeting did the board reccomend?", "reccomend"),  # no one family one edit away: left as written
])
def test_a_slip_in_an_everyday_word_is_read_as_the_papers_family(papers, tokenizer, question: str, read: str) -> None:
    lex = lexicon(papers({"board.txt": "Cancer\nClinical lead: Mr Rupert Example\nMr Example retires on 31 March 2027.\n"}), tokenizer)
    assert read in re.findall(r"[a-z]+", analyse(question, lex).asked)


NAMES_PAPER = """Wyvern urgent care
The Brackenmoor UTC will cost £1.9 million a year to run from 2020/21.
Dr Tarrant leads the Kestlebury Workstream review. Kestlebury has its own UTC, designated in 2018.
Official figures are published monthly.
Shropshire has its own UTC too. The Orthopaedic Hub opens in 2021.
"""


@pytest.mark.parametrize(("question", "names"), [
    ("how much does the kestlebury utc cost to run each year?", {"kestleburi"}),  # a place the papers only capitalise
    # a county English word lists hold, at their least count, is a name still; a rare medical word is not
    ("does shropshire have a utc?", {"shropshir"}),
    ("when does the orthopaedic hub open?", set()),
    ("who is taking over from dr tarrant?", set()),  # a person, after an honorific
    ("which workstream reviews it?", set()),  # a body's kind, though the papers capitalise it here
    ("the offical figures pls", set()),  # a slip sharing a stem with a paper's word is no name of it
    # a clause giving only the asker's errand, or who has gone, names nothing the answer must name
    ("who runs the Brackenmoor UTC? need sign off for the Kestlebury business case", {"brackenmoor"}),
    ("Hugo Kestlebury used to sign off our UTC papers but he has retired. Who do I send the Brackenmoor report to?", {"brackenmoor"}),
    ("who chairs the Brackenmoor UTC board now Peter Kestlebury has stood down?", {"brackenmoor"}),
    # a month or a day in its short form is a day, not a name ("the letter in Dec", "on Weds")
    ("who signed the Brackenmoor letter in Dec?", {"brackenmoor"}),
    ("is the Brackenmoor UTC board still on Weds or Thurs?", {"brackenmoor"}),
])
def test_a_chat_question_names_in_lower_case(papers, tokenizer, question: str, names: set) -> None:
    lex = lexicon(papers({"urgent_care.txt": NAMES_PAPER}), tokenizer)
    assert analyse(question, lex).proper == frozenset(names)


def test_a_set_of_words_is_read_word_by_word_whatever_its_order(lex, tokenizer) -> None:
    """A set of words joined into one text runs in hash order, and "work" then "stream" reads as
    "workstream": which stems a role's remit drops changed with the process's hash seed."""
    from bot.answering.asked_roles import _stems

    for order in (("work", "stream"), ("stream", "work")):
        assert _stems(frozenset(order), lex) >= {tokenizer.stem("work"), tokenizer.stem("stream")}


@pytest.mark.parametrize("question, mustdos", [("which programmes are mapped against MD8?", [8]), ("who is the MD for the trust?", [])])
def test_a_trackers_short_form_of_a_must_do_asks_the_grid(lex, question: str, mustdos: list[int]) -> None:
    """"MD8" is how trackers head must do 8's column; "MD" alone is a medical director."""
    a = analyse(question, lex)
    assert a.mustdo is bool(mustdos) and a.mustdos == mustdos


def test_among_is_no_topic(lex, tokenizer) -> None:
    """"Is neonatal care among the services ...?": "among" says where to look, not what about."""
    assert tokenizer.stem("among") not in analyse("Is neonatal care among the services the plan will assess?", lex).terms


@pytest.mark.parametrize("question", ["any mental health milestones due in the next couple of months?",
                                      "what's due in the next few weeks for mental health?"])
def test_the_words_of_a_window_are_no_topic(lex, tokenizer, question: str) -> None:
    """"The next couple of months" says when, as "next month" does: "couple" is no word of the topic."""
    a = analyse(question, lex)
    assert a.window is not None and not {tokenizer.stem("couple"), tokenizer.stem("few")} & set(a.terms)


@pytest.mark.parametrize("question, wants", [
    ("Which programme leads on must-do 3, sustainable general practice?", ("text",)),
    ("who's the lead programme on MD2 financial balance? ie who owns the deficit", ("text",)),
    ("which workstream is P for MD2 finance?", ("text",)),
    ("who is the programme lead for must-do 2?", ("person",)),
    ("who's exec lead for must do 2 (finance)?", ("person",)),
])
def test_a_kind_of_work_asked_of_the_grid_is_no_person(lex, question: str, wants: tuple[str, ...]) -> None:
    """"Which programme leads on must-do 3?" asks the grid which programme carries it, though "leads" names
    a role; "the programme lead for must-do 2" is a post, and its holder is asked."""
    a = analyse(question, lex)
    assert a.mustdo and a.wants == wants


@pytest.mark.parametrize("question, named, dated", [
    ("How much is Priority 6 expected to save by 2020/21?", "6", "2020"),
    ("What will Lot 4 cost in March 2021?", "4", "2021"),
    ("total capital over the 3 yrs to 28/29?", None, "3"),
    ("what did we get on cancer 62 day in jan-18?", None, "62"),
])
def test_a_number_naming_a_thing_stays_topic_beside_a_window(lex, tokenizer, question: str, named: str | None, dated: str) -> None:
    """A window's own numbers are no topic ("by 2020/21", "the 3 yrs"), nor a period's or a standard's
    ("62 day"); a number that is part of a name ("Priority 6") is what the question asks about."""
    a = analyse(question, lex)
    assert a.window is not None
    assert dated not in a.terms
    if named:
        assert a.terms.get(named, 0) > 0


@pytest.mark.parametrize("question, roles", [
    ("when does the solution design phase kick off - next SRO group meeting date?", []),
    ("when is the next chairs' meeting?", []),
    ("which papers go to the clinical leads network in May?", []),
    ("when does the SRO sign off the plan?", ["sro"]),
])
def test_a_role_naming_a_body_is_no_role_asked(question: str, roles: list[str]) -> None:
    from bot.answering.asked_roles import asked_roles
    from bot.answering.asked_type import asked_types

    low = question.lower()
    assert [r for r in asked_roles(low, "person" in asked_types(low)) if r not in ("lead", "owner")] == roles


@pytest.mark.parametrize("question", ["how many leaders meetings are planned with the CEOs?", "which GBs sign off the plan?"])
def test_a_short_form_in_the_plural_is_no_typo(papers, tokenizer, question: str) -> None:
    """"CEOs" is one edit from the papers' "ces" (a service's short form): capitals and an "s" are more
    than one short form, not a slip."""
    from bot.answering.question_text import corrected

    lex = lexicon(papers({"ces.txt": "The Community Equipment Service (CES) ces pathway opens in May.\nThe GB ges panel meets monthly."}),
                  tokenizer)
    assert corrected(question, lex) == question


MINUTES = """Wexbury System Delivery Board: minutes of the meeting held on 17 September 2026

Present
Name\tInitials\tRole
Dr Ann Lee\tAL\tChief Executive, Wexbury ICB (Chair)
Bob Ray\tBR\tDirector of Finance
Cara Mole\tCM\tDirector of Nursing
"""


def test_a_word_said_beside_the_question_is_missing_from_no_answer(papers, tokenizer) -> None:
    """"... ? want to get an item on the October agenda" says why it is asked: the chair is no less the
    answer for not saying "October" or "agenda"."""
    index = papers({"minutes.txt": MINUTES})
    reply = answer("who chairs the system delivery board? want to get an item on the october agenda", index, tokenizer)
    assert reply.answered and "Ann Lee" in reply.answer, reply.answer
    lex = lexicon(index, tokenizer)
    assert {"octob", "agenda"} <= analyse("who chairs the board? want an item on the october agenda", lex).aside


PLACES = """Harbour STP - delivery plan annex
Our places
Place\tRegistered population\tGP practices\tLead commissioner
Harbour City\t284,300\t31\tNHS Harbour City CCG
Harbour Vale\t118,600\t21\tNHS Harbour Vale CCG
Total\t402,900\t52\t
"""


@pytest.mark.parametrize("aside", ["doing the diabetes prevention roll-out maths and need the totl",
                                   "filling in the place profle for the practice nurses' bid, thanks"])
def test_a_long_aside_leaves_the_question_answered(papers, tokenizer, aside: str) -> None:
    """Chat adds why it asks after the question mark; however many words the aside has, the answer to
    the question it follows is still given."""
    from tests.conftest import OTHER_PAPERS

    index = papers({"places.txt": PLACES, **OTHER_PAPERS})
    reply = answer(f"how many GP practices in harbour vale? {aside}", index, tokenizer)
    assert reply.answered and reply.answer.startswith("21"), reply.answer


@pytest.mark.parametrize(("question", "contact"), [
    ("who's the SRO for UEC? want to cc them on the handover email", False),  # the email is a message
    ("who do I ask about the UEC update email from 2 Oct?", False),
    ("I got an email saying the UTC is late. Who is the lead?", False),
    ("what is Claire Richardson's email address?", True),
    ("email for claire richardson?", True),
    ("what's her email?", True),
    ("when does jerome start as UEC SRO? andrea's email said 1 march, is that still right?", False),  # it said something
    ("the email from the PMO says 30 June - is that still the date?", False),
    ("who's the PHB programme manager now? Nadine's email is bouncng", False),  # an account said to do something (a typo too)
    ("who runs the hub? her email is needed", True),
    ("who runs the hub? their email is what I need", True),
    ("how many acute beds are we cutting by 20/21? unions want the number", False),  # the figure asked is the number
    ("who leads the UTC work? need the number too", True),  # a person, then how to reach them
    ("how many beds are closing? send me the phone number of the lead", True),
])
def test_an_email_named_as_a_message_asks_for_no_address(question: str, contact: bool) -> None:
    from bot.answering.asked_type import asked_types
    assert ("contact" in asked_types(question.lower().replace("'", ""))) is contact


@pytest.mark.parametrize(("question", "contact"), [
    ("Who should I talk to about the round-the-clock phone line for people in crisis?", False),  # a service
    ("when will the non-emergency phone service have clinicians?", False),
    ("how many calls are resolved over the phone?", False),  # a channel
    ("who runs phone triage in the hub?", False),
    ("what's the phone number for the PMO?", True),
    ("who's the UEC lead? need their phone too", True),
    ("telephone numbers for the SROs?", True),
])
def test_a_phone_named_as_a_service_asks_for_no_number(question: str, contact: bool) -> None:
    from bot.answering.asked_type import asked_types
    assert ("contact" in asked_types(question.lower().replace("'", ""))) is contact


@pytest.mark.parametrize("question", [
    "how much would we be short if nobody changed anything?",
    "has anyone said whether everyone on the board agreed something?",
])
def test_a_pronoun_for_no_thing_in_particular_is_no_topic(lex, tokenizer, question: str) -> None:
    """A word in no paper weighs the most: "nobody" or "something" read as topic would refuse a
    question whose every other word the papers hold."""
    terms = analyse(question, lex).terms
    assert not {tokenizer.stem(w) for w in ("nobody", "anything", "anyone", "everyone", "something")} & set(terms)


def test_a_season_beside_another_period_is_what_the_question_is_about(lex) -> None:
    """"the winter funding for 27/28": the window is 2027/28; winter is what the funding is for."""
    assert "winter" in analyse("whats the winter funding for 27/28?", lex).terms
    assert "summer" not in analyse("what was agreed in summer 2016?", lex).terms  # the season is the window


def test_a_kind_of_money_weighs_lightly_but_still_counts(lex) -> None:
    """"How much funding": the amount answers it, so the word weighs little; but of a row's savings and
    its investment, the one the question calls by name is the one asked."""
    a = analyse("what savings does digital plan to make?", lex)
    assert 0 < a.terms.get("save", 0) < lex.idf("save")
    assert "save" not in analyse("which programmes are expected to deliver savings?", lex).terms or \
        analyse("which programmes are expected to deliver savings?", lex).terms["save"] == lex.idf("save")  # not asked for an amount


@pytest.mark.parametrize(("question", "roles"), [
    ("who's the PM on the digital work?", ["programme manager"]),  # PM alone, in capitals
    ("who's PM on digital? lab managers want a contact for the plan", ["programme manager"]),  # after the "?": why it is asked
])
def test_the_roles_asked_are_the_questions_own(lex, question: str, roles: list[str]) -> None:
    a = analyse(question, lex)
    assert a.roles == roles and not {"plan"} & set(a.remit), (a.roles, a.remit)


def test_pm_as_a_time_is_no_role(lex) -> None:
    assert "programme manager" not in analyse("what is on at 2 PM on Tuesday?", lex).roles


@pytest.mark.parametrize(("question", "wants"), [
    ("what is the month 5 forecast of total savings in 2018/19?", ("money",)),  # "month 5": a reporting period; savings a sum
    ("whats the forecast outturn for 18/19?", ("number",)),
    ("what is the forecast date for go-live?", ("date",)),
    ("what is the month of the launch?", ("date",)),
])
def test_a_forecast_is_a_figure_and_month_5_a_period(question: str, wants: tuple[str, ...]) -> None:
    from bot.answering.asked_type import asked_types
    assert asked_types(question) == wants


AREAS_PAPER = """Bay LDP
Frailty
Key milestones: Qtr 2: Frailty Assessor Protocols implemented
Fylde Coast LDP
Frailty
Key milestones: Qtr 3: Frailty hub opened
The hub serves people living with frailty.
"""


@pytest.mark.parametrize(("question", "area", "dropped", "kept"), [
    # a place named more fully than its plan ("Morecambe Bay" for "Bay") is the area, not a further name
    ("when do the Morecambe Bay frailty protocols go live?", "Bay", {"morecamb"}, {"frailti", "protocol"}),
    ("when do the Greater Morecambe Bay frailty protocols go live?", "Bay", {"greater", "morecamb"}, {"frailti"}),
    # a word the papers write in lower case is no part of a place's name ("Frailty Bay" is frailty at Bay)
    ("when is the Frailty Bay hub open?", "Bay", set(), {"frailti", "hub"}),
    # nor the question's first word
    ("Morecambe Bay frailty - when?", "Bay", set(), {"frailti"}),
])
def test_a_place_named_more_fully_than_its_area_is_the_area(papers, tokenizer, question: str, area: str, dropped: set, kept: set) -> None:
    lex = lexicon(papers({"ldp.txt": AREAS_PAPER}), tokenizer)
    a = analyse(question, lex)
    assert a.areas == [area]
    assert not dropped & set(a.terms) and not dropped & a.proper
    assert kept <= set(a.terms)
    if not dropped and question.startswith("Morecambe"):
        assert "morecamb" in a.terms


@pytest.mark.parametrize(("question", "asking", "topic"), [
    # "the estimated gap" asks the gap: papers say "will be £94 million", rarely "estimated"
    ("What is the estimated funding gap for maternity?", "estim", {"fund", "gap", "matern"}),
    ("What makes a maternity board meeting quorate?", "make", {"matern", "quorat"}),  # "what makes" asks what it takes
    ("When will the maternity consultation take place?", "place", {"matern", "consult"}),  # how an event is asked after
])
def test_words_of_asking_are_no_topic(lex, question: str, asking: str, topic: set) -> None:
    a = analyse(question, lex)
    assert asking not in a.terms and topic <= set(a.terms)


def test_a_verb_in_ify_is_of_its_nouns_family(papers, tokenizer) -> None:
    """The stemmer gives "ratified" as "ratifi" and "ratification" as "ratif": one family all the same."""
    lex = lexicon(papers({"ca.txt": "Ratification. This action will be reported for ratification on 25 May 2017.\n"}), tokenizer)
    a = analyse("when will the action be ratified?", lex)
    assert tokenizer.stem("ratification") in a.kindred[tokenizer.stem("ratified")] and tokenizer.stem("ratified") not in a.unknown


@pytest.mark.parametrize(("question", "person"), [
    ("What does Jane Example own?", "Jane Example"),
    ("Fenella Darkwood is the senior owner of which of the programmes?", "Fenella Darkwood"),  # the post first
    ("Which initiatives is Mike Example the scheme owner for?", "Mike Example"),  # the post's preposition left at the end
    ("What is Jane Example the SRO of?", "Jane Example"),
    ("Who is the senior owner of the cancer work?", None),
])
def test_the_person_whose_work_is_asked(question: str, person: str | None) -> None:
    from bot.answering.asked_roles import person_asked

    assert person_asked(question, question.lower()) == person


@pytest.mark.parametrize(("question", "kept"), [
    ("Which of the nine national must-dos has no STP programme against it?", False),  # whose programmes, not what about
    ("Which ICS workstreams cover cancer?", False),
    ("When was the STP submitted?", True),  # the plan itself asked about
])
def test_the_footprints_kind_before_its_work_says_whose_it_is(lex, tokenizer, question: str, kept: bool) -> None:
    stems = {tokenizer.stem("stp"), tokenizer.stem("ics")}
    assert bool(stems & set(analyse(question, lex).terms)) is kept


@pytest.mark.parametrize(("question", "wants"), [
    ("what are the urgent care savings planned for 2019/20?", ("money",)),  # a participle says which of the sum
    ("what is the funding needed in 2018/19 for the hubs?", ("money",)),
    ("what is the plan agreed for the hubs?", ("text",)),  # a participle after a thing that is no sum
])
def test_a_sum_named_then_said_which_asks_an_amount(question: str, wants: tuple[str, ...]) -> None:
    from bot.answering.asked_type import asked_types
    assert asked_types(question) == wants


def test_a_slip_of_an_asking_word_is_not_read_as_a_name_the_papers_hold(papers, tokenizer) -> None:
    """"by wehn?" is one edit from "when" and from "Wenn", a name the papers write only capitalised: it
    asks when, not about Ms Wenn. A word the papers write in lower case is still the papers' word."""
    lex = lexicon(papers({"team.txt": "Neighbourhood teams\nThe teams are led by Alys Wenn. Teams go live in all PCNs by Q4.\n"}),
                  tokenizer)
    a = analyse("teams live in all PCNs by wehn? ours isn't yet", lex)
    assert a.want == "date" and "when" in a.asked, (a.want, a.asked)


@pytest.mark.parametrize(("question", "wants"), [
    ("can u list the 3 STP progs?", ("text",)),  # a request for the list, not whether it can be listed
    ("could someone tell me the stroke consultation dates?", ("text",)),
    ("can the hub open in March?", ("yesno",)),  # asks whether it can: no request to anyone
    ("can the hub be funded from the STF?", ("yesno",)),
])
def test_a_request_is_no_yes_or_no_question(question: str, wants: tuple[str, ...]) -> None:
    from bot.answering.asked_type import asked_types
    assert asked_types(question.lower()) == wants


def test_the_footprints_initials_weigh_no_more_than_its_name(papers, tokenizer) -> None:
    """"what's the T&Q population?": the initials say where, as the name every paper opens with does; rare
    in the papers' text, they would otherwise weigh most and rule out the line giving the population."""
    opening = "Tenterby & Quarnford STP: {}\n"
    files = {"TQ_plan.txt": opening.format("our plan on a page") + "The footprint has a registered population of 1,124,000.\n",
             "TQ_minutes.txt": opening.format("board minutes") + "The T&Q board met on 16 March 2017.\n",
             **{f"TQ_note_{k}.txt": opening.format(f"note {k}") + f"Item {k}: the estates plan is on track.\n" for k in range(4)}}
    index = papers(files)
    lex = lexicon(index, tokenizer)
    assert "tq" in lex.setting()  # the initials every paper's file is named with
    a = analyse("what's the T&Q population?", lex)
    assert a.terms["tq"] < a.terms[tokenizer.stem("population")], a.terms


def test_the_footprints_initials_name_the_footprint_not_a_remit(papers, tokenizer) -> None:
    """"who's the overall SRO for the T&Q STP programme?": initials joined by "&" are a name's run like a name
    written out, so they say whose programme, not what the SRO's remit is."""
    from bot.answering.question_names import setting_names

    opening = "Tenterby & Quarnford STP: {}\n"
    files = {"TQ_plan.txt": opening.format("our plan on a page") + "The STP Lead is the SRO of the programme.\n",
             "TQ_minutes.txt": opening.format("board minutes") + "The T&Q board met on 16 March 2017.\n",
             **{f"TQ_note_{k}.txt": opening.format(f"note {k}") + f"Item {k}: the estates plan is on track.\n" for k in range(4)}}
    lex = lexicon(papers(files), tokenizer)
    assert "tq" in setting_names("who's the overall SRO for the T&Q STP programme?", lex)
    assert "ae" not in setting_names("who's the A&E lead?", lex)


@pytest.mark.parametrize(("question", "reached"), [
    ("total savings across all programmes in 2019/20?", True),
    ("how many beds across both hospitals?", True),
    ("which services are shared across the two trusts?", False),  # what is shared across them is the topic
])
def test_across_all_of_them_says_how_far_a_question_reaches(papers, tokenizer, question: str, reached: bool) -> None:
    """"across all programmes" sums or searches each programme: "across" is no word of the topic, though
    the papers write it ("rotas shared across the two trusts"); the programmes stay the topic."""
    lex = lexicon(papers({"plan.txt": "Rotas are shared across the two trusts. Savings by programme: 21.0 in 2019/20. "
                                      "Beds: 640 at the General and 210 at the Royal, across both hospitals."}), tokenizer)
    terms = analyse(question, lex).terms
    assert (tokenizer.stem("across") not in terms) is reached, terms
    assert (tokenizer.stem("programmes") in terms) is ("programmes" in question)


@pytest.mark.parametrize("question", ["what did the board decide re the maternity pathway?",
                                      "any news wrt the maternity pathway?", "who to speak to abt the maternity pathway?"])
def test_chat_shorthand_for_about_is_no_topic_word(lex, tokenizer, question: str) -> None:
    """"re", "wrt", "abt" say what the question is about; in no paper, they would weigh the most."""
    terms = analyse(question, lex).terms
    assert tokenizer.stem("maternity") in terms and not {"re", "wrt", "abt"} & set(terms), terms


def test_a_slip_of_an_english_word_the_papers_say_otherwise_is_read_as_that_word(papers, tokenizer) -> None:
    """"quoram" is one edit from "quorum", which no paper writes, though they write "quorate": read as
    "quorum", it is matched by "quorate", and is not weighed as a word no paper holds."""
    lex = lexicon(papers({"tor.txt": "Terms of reference\nThe Board is quorate when five members are present.\n"}), tokenizer)
    a = analyse("what's the quoram for the board?", lex)
    assert "quorum" in a.asked and not a.unknown, (a.asked, a.unknown)


@pytest.mark.parametrize(("question", "named"), [
    ("who's the maternity lead? is it still Jane? need her surname", False),  # a guess at the answer
    ("who chaired the maternity board in March? was it Jane Example?", False),
    ("who is Jane Example's deputy?", True),  # whose deputy: the person the question is about
])
def test_a_person_named_as_the_askers_guess_is_not_whom_it_asks_about(papers, tokenizer, question: str, named: bool) -> None:
    """"is it still Jane?": the asker guesses the answer; a person so named may be it, and is not ruled out as
    the one the question is about."""
    lex = lexicon(papers({"board.txt": "Maternity pathway\nJane Example is the maternity lead.\nAmy Other is her deputy.\n"}), tokenizer)
    assert bool(analyse(question, lex).named) is named


def test_a_guess_at_the_answer_can_be_the_answer(papers, tokenizer) -> None:
    from tests.conftest import OTHER_PAPERS
    index = papers({"board.txt": "Maternity pathway\nJane Example is the maternity lead.\n", **OTHER_PAPERS})
    reply = answer("who's the maternity lead? is it still jane? need her surname for the invite", index, tokenizer)
    assert reply.answered and reply.answer.startswith("Jane Example"), reply.answer


PEOPLE_PAPER = ("Programme Delivery Board: membership\n\nImogen Varley-Statham, Director of Finance, is a member.\n"
                "Selina Marchetti, Director of Commissioning, is the nominated deputy for Imogen Varley-Statham.\n"
                "Owen Ross, Medical Director, and Owen Tate, Chief Nurse, are members.\n")


@pytest.mark.parametrize(("question", "read"), [
    ("who deputises for imogen V-S at the board?", "who deputises for imogen varley-statham at the board?"),
    ("who deputises for Imogen VS?", "who deputises for Imogen varley-statham?"),
    ("who deputises for owen RT?", "who deputises for owen RT?"),  # two Owens, and neither is R. T.
    ("who deputises for imogen XY?", "who deputises for imogen XY?"),  # not her initials
])
def test_a_first_name_then_a_surnames_initials_is_that_person(papers, tokenizer, question: str, read: str) -> None:
    assert surname_initials(question, lexicon(papers({"board.txt": PEOPLE_PAPER}), tokenizer)) == read


def test_a_person_asked_by_first_name_and_initials_is_answered(papers, tokenizer) -> None:
    """A guard end to end (these few papers answer it without the reading too; the reading's own test is above)."""
    from tests.conftest import OTHER_PAPERS
    reply = answer("who deputises for imogen V-S at the delivery board? she can't make the next one", papers({"board.txt": PEOPLE_PAPER, **OTHER_PAPERS}), tokenizer)
    assert reply.answered and reply.answer.startswith("Selina Marchetti"), reply.answer


SUMS_PAPER = """Working together
Every maternity scheme reports to the board, which meets between the two committees; the programmes and schemes report monthly.
Altogether two adult smoking services and one maternity prevalence audit are planned, with savings to follow.
"""


@pytest.mark.parametrize(("question", "form", "topic"), [
    # a sum said in words: how the figure is asked, never a word a line must hold
    ("In the final year of the plan, how much do all the programmes together save?", "togeth", "save"),
    ("How much will the maternity programmes save between them?", "between", "matern"),
    ("Adding up every programme, how much should maternity save?", "everi", "matern"),
    ("How much do the maternity schemes save altogether?", "altogeth", "matern"),
    # the count of the periods of a window is the window's ("the next two months")
    ("Which maternity milestones are due in the next two months?", "two", "matern"),
    # a measure's kind is the type asked ("smoking prevalence" is the share who smoke)
    ("What is the adult smoking prevalence in Marsh Coast?", "preval", "smoke"),
])
def test_the_words_saying_how_a_figure_is_taken_are_not_topic(papers, tokenizer, question: str, form: str, topic: str) -> None:
    """(Each word is one the papers use, so only how the question uses it can keep it out of the topic.)"""
    lex = lexicon(papers({"marsh.txt": PAPER + SUMS_PAPER}), tokenizer)
    terms = analyse(question, lex).terms
    assert form not in terms and topic in terms, terms


def test_a_word_like_a_sums_is_topic_where_it_names_the_thing(lex) -> None:
    assert not SUMMED.search("when does the working together programme start?")  # a name's word, no sum
    assert "nine" in analyse("When will all nine maternity hubs be live?", lex).terms  # a count that says which milestone


def test_a_priority_named_in_words_is_matched_by_its_code(papers, tokenizer) -> None:
    """"Priority 4" asked, only "P4" written (a slide's box): the code holds both words of the name."""
    lex = lexicon(papers({"deck.txt": "Our six priorities\nP4 Urgent & Emergency Care\nSRO: Chief Executive, WDH\n"
                                      "P5 Mental Health\nSRO: Chief Executive, Thrushcombe\n"}), tokenizer)
    topic = Topic(analyse("Who is the SRO for Priority 4?", lex), tokenizer)
    assert topic.has("prioriti", frozenset({"p4"})) and topic.has("4", frozenset({"p4"}))
    assert not topic.has("prioriti", frozenset({"p5"}))
    plain = Topic(analyse("Who is the SRO for the fourth priority area of work?", lex), tokenizer)
    assert not plain.has("prioriti", frozenset({"p4"}))  # one word of the name asked: no code stands for it
