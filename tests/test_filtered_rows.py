"""A question that sets a bound ("risks scoring 15 or more", "schemes over £2m") is answered with every
row of the table passing it, in the column the question names (or the one the bound splits)."""

import pytest

from bot.answering.pipeline import answer
from bot.answering.thresholds import Amount, asked_bound, cell_amount
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS, assert_says

REGISTER = """Wexbury ICS programme risk register
As at 30 June 2026. Score = likelihood x impact.

Risk ID\tRisk description\tLikelihood\tImpact\tScore\tRisk owner
WR1\tCommunity nursing vacancies delay the virtual ward expansion\t4\t4\t16\tAmira Stone, Chief Nurse
WR2\tEstates works at Holt Lane overrun into the winter period\t3\t3\t9\tDavid Crane, Director of Estates
WR3\tThe efficiency requirement for 2026/27 is not delivered in full\t4\t5\t20\tLucy Barr, Chief Finance Officer
WR4\tShared care record supplier fails to meet the go-live date\t2\t4\t8\tOmar Hale, Chief Digital Officer
"""

BUDGET = """Wexbury ICS capital schemes 2026/27

Scheme\tLead\tCost (£m)
Holt Lane diagnostic centre\tDavid Crane\t4.2
Urgent treatment centre refit\tAmira Stone\t1.1
Theatre ventilation upgrade\tDavid Crane\t2.6
"""

OTHER = "Wexbury ICS winter letter\nThe winter plan was agreed by the board in September.\n"


@pytest.mark.parametrize(("question", "op", "value", "scale", "money"), [
    ("which risks score 15 or more?", ">=", 15, 1.0, False),
    ("which risks score 15+ on the register?", ">=", 15, 1.0, False),
    ("schemes costing over £2m", ">", 2, 1e6, True),
    ("anything at least 12?", ">=", 12, 1.0, False),
    ("which ones are under 10?", "<", 10, 1.0, False),
    ("risks rated 8 or below", "<=", 8, 1.0, False),
    ("uptake above 90%", ">", 90, 1.0, False),
    ("which risks on the register score 20?", "==", 20, 1.0, False),  # a verb of measuring, no comparison: equal to
    ("risks with a score of 12", "==", 12, 1.0, False),
    ("which risks are rated 20+", ">=", 20, 1.0, False),
])
def test_bounds_are_read(question: str, op: str, value: float, scale: float, money: bool) -> None:
    bound = asked_bound(question)
    assert bound is not None and bound.op == op
    assert (bound.amount.value, bound.amount.scale, bound.amount.money) == (value, scale, money)


@pytest.mark.parametrize("question", [
    "how many people wait over 18 weeks?",  # a time
    "what is done for children under 5?",  # an age
    "services for over 65s",  # an age
    "what changed after 2020 or more recently?",  # a year
    "who owns the plan?",
    "total HEE funding for the workstreams, 16/17 + 17/18?",  # a "+" between two years adds them
    "savings 3 + 4.5 in the two years?",
])
def test_no_bound(question: str) -> None:
    assert asked_bound(question) is None


@pytest.mark.parametrize(("text", "label", "whole"), [
    ("16", "Score", 16), ("20 (L4 x I5)", "Current score", 20), ("£2.4m", "Cost", 2.4e6),
    ("4.2", "Cost (£m)", 4.2e6), ("1,250", "Patients", 1250),
    ("4 × 5 = 20", "Current score (L x I)", 20), ("3x4=12", "Score", 12),  # a score shown with its working
])
def test_cell_amounts(text: str, label: str, whole: float) -> None:
    amount = cell_amount(text, label)
    assert isinstance(amount, Amount) and amount.whole == pytest.approx(whole)


@pytest.mark.parametrize("text", ["WR1", "Community nursing vacancies", "16 risks were closed in the year to March"])
def test_not_a_number_cell(text: str) -> None:
    assert cell_amount(text) is None


@pytest.mark.parametrize(("question", "present", "absent"), [
    ("Which risks on the programme risk register score 15 or more?", ["WR3", "WR1", "2 of the 4"], ["WR2", "WR4"]),
    ("how many risks score under 10?", ["2 of the 4", "WR2", "WR4"], ["WR1", "WR3"]),
    # names no column ("rated ... on likelihood times impact" names two and bounds a third): the one it splits
    ("List anything on the risk log rated 15 or above on likelihood times impact", ["WR3", "WR1"], ["WR2"]),
    ("Which capital schemes cost more than £2m?", ["Holt Lane diagnostic centre", "Theatre ventilation"], ["Urgent treatment centre"]),
])
def test_rows_passing_the_bound(papers, tokenizer: Tokenizer, question: str, present: list[str], absent: list[str]) -> None:
    index = papers({"register.txt": REGISTER, "capital.txt": BUDGET, "letter.txt": OTHER})
    reply = answer(question, index, tokenizer)
    assert reply.answered, reply.answer
    assert_says(reply.answer, present, absent)
    assert reply.citations


def test_a_score_asked_exactly_gives_the_rows_with_that_score(papers, tokenizer: Tokenizer) -> None:
    """"Which risks score 20?": the rows scoring 20, not a line about the register; "score" names the
    column, so the bound is the number alone."""
    bound = asked_bound("which risks on the register score 20?")
    assert bound is not None and "which risks on the register score 20?"[bound.start:bound.end] == "20"
    index = papers({"register.txt": REGISTER, "letter.txt": OTHER,
                    "notes.txt": "Wexbury ICS board notes\nAll risks are held on the Wexbury ICS programme risk register and reviewed monthly.\n"})
    reply = answer("Which risks on the Wexbury ICS programme risk register score 16?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("1 of the 4 rows"), reply.answer
    assert_says(reply.answer, ["WR1"], ["WR3", "WR2"])


def test_asked_who_the_bound_describes_the_row(papers, tokenizer: Tokenizer) -> None:
    """"Who owns the risk scoring 20?" asks for a person: the filter's list is not the only answer."""
    index = papers({"register.txt": REGISTER, "letter.txt": OTHER})
    reply = answer("Who owns the efficiency risk that scores 20 on the register?", index, tokenizer)
    assert reply.answered and "Lucy Barr" in reply.answer[:200], reply.answer


@pytest.mark.parametrize(("register", "owner"), [
    (REGISTER, "Lucy Barr"),
    # the owner's column naming a post, whose holder the paper's key names
    (REGISTER.replace("Lucy Barr, Chief Finance Officer", "Chief Finance Officer, Wexbury ICB")
     + "\nKey to posts\nName\tPost\tOrganisation\nLucinda Barrow\tChief Finance Officer\tWexbury ICB\n", "Lucinda Barrow"),
])
def test_asked_who_owns_the_highest_the_owner_leads(papers, tokenizer: Tokenizer, register: str, owner: str) -> None:
    """"Who owns the highest-scoring risk?": the row at the top, answered with its owner, by name."""
    reply = answer("Who owns the highest-scoring risk on the register?", papers({"register.txt": register, "letter.txt": OTHER}), tokenizer)
    assert reply.answered and reply.answer.startswith(owner) and "WR3" in reply.answer, reply.answer


def test_none_passing_says_so_with_the_highest(papers, tokenizer: Tokenizer) -> None:
    index = papers({"register.txt": REGISTER, "letter.txt": OTHER})
    reply = answer("which risks score over 20?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("None of the 4 rows")
    assert "highest is 20" in reply.answer and "WR3" in reply.answer


@pytest.mark.parametrize(("question", "expected", "absent"), [
    ("Which is the highest scoring risk on the register, and what is its score?", ["WR3", "20"], ["WR1"]),
    ("which capital scheme has the lowest cost?", ["Urgent treatment centre", "1.1"], ["Holt Lane"]),
])
def test_superlatives_give_the_row_at_that_end(papers, tokenizer: Tokenizer, question: str, expected: list[str], absent: list[str]) -> None:
    index = papers({"register.txt": REGISTER, "capital.txt": BUDGET, "letter.txt": OTHER})
    reply = answer(question, index, tokenizer)
    assert reply.answered and all(t in reply.answer for t in expected) and not any(t in reply.answer for t in absent), reply.answer


GROUPED = """Wexbury ICS transformation budget 2026/27

Programme / scheme\tBudget holder\tRecurrent\tNon-recurrent\tTotal 2026/27
Urgent Care\t\t\t\t
Clinical assessment service\tKay Lund\t1100\t350\t1450
Frequent caller service\tDan Pope\t240\t80\t320
Subtotal\t\t1340\t430\t1770
Primary Care\t\t\t\t
Network development\tNia Cole\t800\t300\t1100
Extended access\tHal Dunn\t1200\t0\t1200
Subtotal\t\t2000\t300\t2300
Net transformation budget\t\t3340\t730\t4070
"""


@pytest.mark.parametrize(("question", "expected", "absent"), [
    # programmes (the first level of "Programme / scheme") by their subtotals, never by the budget's total
    ("Which programme has the largest allocation in the transformation budget?", ["Primary Care", "2300"], ["4070", "Urgent Care"]),
    # schemes by their own rows, without the subtotals or the total
    ("Which scheme has the largest total in the transformation budget?", ["Clinical assessment service", "1450"], ["4070", "2300"]),
])
def test_a_grouped_budget_compares_the_level_asked(papers, tokenizer: Tokenizer, question: str, expected: list[str], absent: list[str]) -> None:
    index = papers({"budget.txt": GROUPED, "letter.txt": OTHER})
    reply = answer(question, index, tokenizer)
    assert reply.answered and all(t in reply.answer for t in expected) and not any(t in reply.answer for t in absent), reply.answer


def test_a_superlative_names_its_column_or_gives_nothing() -> None:
    bound = asked_bound("what is the most urgent thing?")
    assert bound is not None and bound.extreme  # read, but only a column named "urgent" could answer it


def test_only_the_best_fitting_tables_are_read(papers, tokenizer: Tokenizer, monkeypatch: pytest.MonkeyPatch) -> None:
    """A corpus of many registers: the question reads the tables of its best-fitting rows, not all of them."""
    from bot.answering.candidates import filtered

    registers = {f"register{n:02d}.txt": REGISTER.replace("Wexbury", f"Place{n:02d}").replace("WR", f"R{n:02d}-")
                 for n in range(filtered.TABLES_READ + 8)}
    index = papers({**registers, "letter.txt": OTHER})
    read = []
    real = filtered._filtered
    monkeypatch.setattr(filtered, "_filtered", lambda ctx, bound, rows: read.append(rows[0]["document"]) or real(ctx, bound, rows))
    reply = answer("Which risks on the Place03 risk register score 15 or more?", index, tokenizer)
    assert len(read) <= filtered.TABLES_READ and "register03.txt" in read
    assert reply.answered and "R03-3" in reply.answer and "R03-1" in reply.answer


def test_the_tables_of_the_best_fitting_rows_are_read_first(papers, tokenizer: Tokenizer, monkeypatch: pytest.MonkeyPatch) -> None:
    """More tables than are read share a word with the question: the one its rows fit best is read,
    wherever it stands in the papers."""
    from bot.answering.candidates import filtered

    budgets = {f"a_budget{n:02d}.txt": BUDGET.replace("Wexbury ICS capital schemes", f"Wexbury ICS budget {n:02d} scores")
               for n in range(filtered.TABLES_READ + 4)}
    index = papers({**budgets, "z_register.txt": REGISTER, "letter.txt": OTHER})
    reply = answer("Which risks on the programme risk register score 15 or more?", index, tokenizer)
    assert reply.answered and "WR3" in reply.answer and "WR1" in reply.answer, reply.answer


@pytest.mark.parametrize(("cells", "quote"), [
    ([{"text": "R01", "line": 4, "quote": "R01"}], "R01"),  # the rated column is past the end of a short row
    ([{"text": "", "line": 4, "quote": ""}, {"text": "", "line": 4, "quote": ""}], "Risk register"),  # nothing names it
])
def test_a_row_shorter_than_its_labels_is_still_cited(cells: list[dict], quote: str) -> None:
    from bot.answering.candidates.filtered import _cite
    row = {"document": "risks.txt", "doc_title": "Risks", "quote": "Risk register", "section": None, "area": None}
    assert _cite(row, cells, 3).quote == quote


KEYED = """Wexbury ICS board assurance framework

Scoring: likelihood (1-5) multiplied by impact (1-5).
1-6 = low; 8-12 = moderate; 15-25 = high.

Risk ID\tRisk description\tCurrent score\tPrevious score\tTarget score\tRisk owner
BAF-01\tRisk that urgent care demand exceeds capacity\t20\t20\t12\tAmira Stone
BAF-02\tRisk that the efficiency requirement is not delivered\t16\t12\t9\tLucy Barr
BAF-03\tRisk that estates works overrun into winter\t9\t15\t6\tDavid Crane
BAF-04\tRisk that the shared care record go-live slips\t8\t8\t4\tOmar Hale
"""


@pytest.mark.parametrize(("question", "expected", "absent"), [
    ("How many BAF risks are rated high?", ["2 BAF risks", "BAF-01", "BAF-02", "15-25"], ["BAF-03"]),
    ("Which risks are in the highest band?", ["BAF-01", "BAF-02"], ["BAF-03", "BAF-04"]),
    ("which risks are moderate on the framework?", ["BAF-03", "BAF-04"], ["BAF-01"]),
])
def test_a_band_the_registers_key_names_is_a_range_of_its_current_score(papers, tokenizer: Tokenizer, question: str,
                                                                          expected: list[str], absent: list[str]) -> None:
    """"Rated high" is the key's "15-25 = high", read on the current score, not the previous or target one."""
    index = papers({"baf.txt": KEYED, "letter.txt": OTHER})
    reply = answer(question, index, tokenizer)
    assert reply.answered and all(t in reply.answer for t in expected) and not any(t in reply.answer for t in absent), reply.answer


@pytest.mark.parametrize(("text", "bands"), [
    ("1-6 = low; 8-12 = moderate; 15-25 = high.", {"low": (1, 6), "moderate": (8, 12), "high": (15, 25)}),
    ("  1-6    Low       managed locally\n  15-25  High      reported to the Board", {"low": (1, 6), "high": (15, 25)}),
    ("Low (1-6), Moderate (8-12), High (15-25)", {"low": (1, 6), "moderate": (8, 12), "high": (15, 25)}),
    ("The plan runs 2025-26 with high ambitions.", {}),  # one range, not a key
])
def test_a_scoring_keys_bands(text: str, bands: dict) -> None:
    from bot.answering.bands import key_bands
    assert key_bands(text) == bands


MEANT = """Wexbury corporate risk register

SCORING KEY
  1-6    Low       managed by the directorate
  8-12   Moderate  reviewed quarterly by the lead committee
  15-25  High      reported to the Board at every meeting

Risk ID\tRisk description\tScore\tRisk owner
CR-01\tRisk that urgent care demand exceeds capacity\t20\tAmira Stone
CR-02\tRisk that the efficiency requirement is not delivered\t16\tLucy Barr
CR-03\tRisk that estates works overrun into winter\t9\tDavid Crane
CR-04\tRisk that the shared care record go-live slips\t8\tOmar Hale
"""


def test_a_band_asked_by_what_the_key_says_it_means(papers, tokenizer: Tokenizer) -> None:
    """"Serious enough to be reported to every Board meeting" is the key's High band, in the key's words."""
    index = papers({"register.txt": MEANT, "letter.txt": OTHER})
    reply = answer("How many of the ICB's corporate risks are serious enough to be reported to every Board meeting?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("2 corporate risks") and "CR-01" in reply.answer and "CR-03" not in reply.answer, reply.answer
    from bot.answering.bands import key_meanings
    assert key_meanings(MEANT)["high"] == "reported to the Board at every meeting"


@pytest.mark.parametrize("question", [
    "How highly is the risk of estates works at Holt Lane overrunning into the winter rated on the register?",
    "how high does the Holt Lane estates overrun risk score?",
])
def test_a_degree_asked_is_the_rows_score(papers, tokenizer: Tokenizer, question: str) -> None:
    """"How highly is X rated?" asks a degree: the register's score for X (a figure), not a RAG status,
    though no column's label shares a word of the question."""
    index = papers({"register.txt": REGISTER, "letter.txt": OTHER})
    reply = answer(question, index, tokenizer)
    assert reply.answered and reply.answer.startswith("9"), reply.answer


WORKSTREAMS = """Wexbury ICS workstreams 2026/27

No.\tWorkstream\tSRO\tAttendees
1\tUrgent and Emergency Care\tDavid Crane Chief Operating Officer\tAmira Stone
2\tElective Recovery and Diagnostics\tLucy Barr Chief Executive\tOmar Hale
"""


def test_a_row_naming_its_person_under_a_persons_label_fits_who_fully(papers, tokenizer: Tokenizer) -> None:
    """"Who ...?" from a row whose person stands under "SRO" fits the question as fully as a line naming
    someone in a role."""
    from bot.answering.candidates.rows import row_candidates
    from bot.answering.pipeline import context_for

    index = papers({"workstreams.txt": WORKSTREAMS, "letter.txt": OTHER})
    ctx = context_for("Who is accountable for elective recovery and diagnostics?", index, tokenizer, None, 1000, None)
    found = {c.answer.split(" (")[0]: c.fits_form for c in row_candidates(ctx)}
    assert found.get("Lucy Barr Chief Executive") == 1.0, found


PIVOT = [
    ["Transformation programmes - planned spend 2025/26"],
    ["Pivot of the Schemes sheet, refreshed 14/11/2025. Values in £000."],
    ["Sum of Planned", "Column Labels"],
    ["Row Labels", "Dec-25", "Jan-26", "Feb-26", "Mar-26", "Grand Total"],
    ["HT01 Urgent & Emergency Care", 600, 620, 640, 660, 2520],
    ["HT04 Planned Care & Diagnostics", 640, 670, 700, 1150, 3160],
    ["HT07 Digital & Population Health", 585, 605, 625, 1165, 2980],
    ["Grand Total", 1825, 1895, 1965, 2975, 8660],
]


@pytest.mark.parametrize("question", [
    "Which programme has the largest planned transformation spend in 2025/26?",
    "which programme gets the most transformation money this year?",
])
def test_an_excel_pivot_is_read_under_its_own_labels_and_its_title(tmp_path, ask_folder, question: str) -> None:
    """Excel's words over a pivot ("Sum of Planned | Column Labels") are no header of the table: its
    columns are the months and the Grand Total under them; the sheet's title over it is what the table is
    about; and a year asked ("in 2025/26") names the year's total, not the "Jan-26" column."""
    from tests.office_files import workbook

    corpus = tmp_path / "finance"
    corpus.mkdir()
    workbook(corpus / "finance.xlsx", {"Summary": PIVOT})
    (corpus / "note.txt").write_text("Transformation board note\nThe board met in November.\n", encoding="utf-8")
    reply = ask_folder(corpus, question)
    assert reply.answered and reply.answer.startswith("HT04 Planned Care & Diagnostics: the highest Grand Total, 3160"), reply.answer


@pytest.mark.parametrize(("question", "says"), [
    ("In which month is total planned transformation spend highest?", "Mar-26: the highest month of Grand Total, 2975"),
    ("which month has the lowest total planned transformation spend?", "Dec-25: the lowest month of Grand Total, 1825"),
])
def test_the_month_asked_is_compared_along_the_total_row(tmp_path, ask_folder, question: str, says: str) -> None:
    """"Which month is highest?" over a table with months as its columns compares the months along its
    total row, not the programmes down a month's column."""
    from tests.office_files import workbook

    corpus = tmp_path / "finance"
    corpus.mkdir()
    workbook(corpus / "finance.xlsx", {"Summary": PIVOT})
    reply = ask_folder(corpus, question)
    assert reply.answered and reply.answer.startswith(says), reply.answer


WORKED = """Wexbury ICS board assurance framework
Scores are likelihood x impact.

Ref\tStrategic risk\tRisk owner\tCurrent score\tTarget score
SR1\tUrgent care demand exceeds capacity this winter\tAmira Stone\t4 × 5 = 20\t2 × 4 = 8
SR2\tThe efficiency plan is not delivered\tLucy Barr\t3 × 3 = 9\t2 × 3 = 6
SR3\tA cyber attack disables clinical systems\tOmar Hale\t3 × 5 = 15\t2 × 5 = 10
"""


def test_scores_shown_with_their_working_are_filtered_by_their_result(papers, tokenizer: Tokenizer) -> None:
    reply = answer("Which strategic risks have a current score of 15 or more?", papers({"baf.txt": WORKED, "letter.txt": OTHER}), tokenizer)
    assert reply.answered, reply.answer
    assert_says(reply.answer, ["SR1", "SR3"], ["SR2"])


UNSCORED = """Wexbury ICS risk register
Likelihood (L) and impact (I) are each scored 1 to 5; the score is not printed.

Ref\tRisk\tOwner\tL\tI
WR1\tCommunity nursing vacancies delay the virtual ward expansion\tAmira Stone\t4\t4
WR2\tEstates works at Holt Lane overrun into the winter period\tDavid Crane\t3\t3
WR3\tThe efficiency requirement is not delivered in full\tLucy Barr\t4\t5
WR4\tShared care record supplier misses the go-live date\tOmar Hale\t2\t4
"""


@pytest.mark.parametrize(("question", "present", "absent"), [
    ("Which risk has the highest score?", ["WR3", "20"], ["WR1 (", "WR4"]),
    ("which risks score 15 or more?", ["WR3", "WR1"], ["WR2", "WR4"]),
])
def test_a_register_printing_no_score_is_scored_likelihood_times_impact(papers, tokenizer: Tokenizer, question: str,
                                                                         present: list[str], absent: list[str]) -> None:
    """The NHS 5x5 matrix scores a risk as likelihood times impact: a register giving only L and I is
    read with that product as its score column."""
    reply = answer(question, papers({"register.txt": UNSCORED, "letter.txt": OTHER}), tokenizer)
    assert reply.answered, reply.answer
    assert_says(reply.answer, present, absent)


NARROW = """Wexbury STP programme risk and milestone register, as at 09/12/2016

Ref\tWS\tDescription\tOwner\tBaseline\tForecast\tL\tI\tSc\tRAG
M-01\tUEC\tCAS go-live behind NHS 111\tP Strand\tMar-17\t31/05/2017\t-\t-\t-\tA
M-02\tPLC\tMSK triage service go-live\tO Pettifer\t31/03/2017\t30/06/2017\t-\t-\t-\tA
M-03\tOOH\tWave 1 locality teams live\tG Ashby\tJan-17\t16/01/2017\t-\t-\t-\tG
R-01\tPBO\tResidual financial gap not closed by 2020/21\tA Carraway\t-\t-\t4\t5\t20\tR
R-02\tOOH\tNot enough GPs to staff the extended access hubs\tT Wrenfield\t-\t-\t4\t4\t16\tR
R-03\tMHLD\tCrisis line cannot be staffed overnight\tT Holroyd\t-\t-\t2\t3\t6\tG
"""


def test_a_narrow_registers_short_label_and_dashes(papers, tokenizer: Tokenizer) -> None:
    """"Sc" is the score cut short, as a register of many narrow columns heads it; a dash in a number
    column (a milestone's row has no score) gives no number, as a blank cell does."""
    reply = answer("Which risks score 15 or more?", papers({"register.txt": NARROW, "letter.txt": OTHER}), tokenizer)
    assert reply.answered, reply.answer
    assert_says(reply.answer, ["R-01", "R-02"], ["R-03", "M-01"])


PIPELINE = ("Business case pipeline register\n"
            "Ref\tScheme\tCapital (£000)\tStatus\n"
            "BC01\tUrgent treatment centre, Tamsford\t3200\tOBC approved\n"
            "BC02\tHyper-acute stroke unit, BGI\t6800\tOBC in development\n"
            "BC03\tCrisis house, Brenthurst\t780\tFBC approved\n"
            "BC04\tShared care record\t1200\tFBC approved\n"
            "BC09\tTotal capital, excluding withdrawn\t11980\t\n")


def test_a_numbered_registers_total_row_is_no_row_of_its_own(papers) -> None:
    """"BC09 | Total capital, excluding withdrawn": a register numbering every row numbers its total too;
    asked which case needs the most capital, the total is no case."""
    reply = answer("Which business case in the pipeline has the largest capital requirement?",
                   papers({"pipeline.txt": PIPELINE, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("BC02"), reply.answer
