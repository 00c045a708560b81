"""A figure looked up in a table: the row named by the question's name ("Ebbdale") and the column by
its other words ("registered population") is the answer, as a reader looks it up."""

import pytest

from bot.answering.pipeline import context_for, ranked_candidates
from bot.answering.scorer import load_scorer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer
from tests.conftest import write_docx


@pytest.mark.parametrize(("question", "expected"), [
    ("What is the registered population of Ebbdale?", "74,200"),
    ("What is the registered population of Kingsferry?", "187,900"),
])
def test_a_figure_is_looked_up_by_its_row_and_column(tmp_path, ask_folder, question: str, expected: str) -> None:
    reply = ask_folder(footprint(tmp_path), question)
    assert reply.answered and reply.answer.startswith(expected), reply.answer


@pytest.mark.parametrize(("question", "looked_up"), [
    ("What is the registered population of Ebbdale?", True),
    ("How many GP practices are there in Ebbdale?", True),
    ("What is the deficit in Ebbdale?", False),  # no column says what is asked
])
def test_a_row_named_and_a_column_labelled_fit_as_a_look_up(tmp_path, question: str, looked_up: bool) -> None:
    tokenizer = Tokenizer()
    build_index([footprint(tmp_path)], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    try:
        ctx = context_for(question, index, tokenizer, None, 1000, None)
        rows = [c for c in ranked_candidates(ctx, load_scorer()) if c.source == "row" and c.main.startswith("Ebbdale")]
        assert rows and (rows[0].fits_form == 1.0) is looked_up, [(c.answer[:60], c.fits_form) for c in rows]
    finally:
        index.close()


@pytest.mark.parametrize(("question", "expected"), [
    ("What are the total savings planned for 2019/20?", "49.4"),
    ("What is the total saving in 2018/19 across all programmes?", "33.2"),
    ("What are the urgent care savings planned for 2019/20?", "7.2"),  # a named row is still its own
    # a sum said in words, not by "total": the Total row all the same
    ("Adding up every programme, how much should we save in 2019/20?", "49.4"),
    ("What savings do the programmes make between them in 2018/19?", "33.2"),
])
def test_a_total_asked_is_read_from_the_tables_total_row(tmp_path, ask_folder, question: str, expected: str) -> None:
    """"The total savings for 2019/20": the table's Total row under its 2019/20 column, not the first
    programme's row, which matches the question's words as well as the Total row does."""
    folder = tmp_path / "papers"
    folder.mkdir()
    write_docx(folder / "finance.docx", ["Programme savings plan", "Savings by programme (£m), recurrent, by year"],
               [["Programme", "2017/18", "2018/19", "2019/20", "Total"],
                ["Urgent care", "2.1", "4.8", "7.2", "14.1"],
                ["Care closer to home", "3.4", "7.9", "11.6", "22.9"],
                ["Mental health", "0.6", "1.3", "2.2", "4.1"],
                ["Primary care", "2.8", "5.5", "8.1", "16.4"],
                ["Acute services", "5.9", "12.6", "18.3", "36.8"],
                ["Workforce", "0.4", "1.1", "2.0", "3.5"],
                ["Total", "15.2", "33.2", "49.4", "97.8"]])
    reply = ask_folder(folder, question)
    assert reply.answered and reply.answer.split(" ")[0].strip("£m") == expected, reply.answer


@pytest.mark.parametrize(("question", "expected"), [
    ("What are total programme savings in 2019/20?", "21.0"),
    ("total savings 19/20 across all programmes? £m", "21.0"),
    ("What are the total savings of Care closer to home?", "22.9"),  # a row named by its key: its own Total column
])
def test_a_total_row_is_about_what_its_table_is_about(tmp_path, ask_folder, question: str, expected: str) -> None:
    """Only the caption says "savings by programme": the Total row shares none of the question's words in its
    own cells, while a risk register's row says "savings" and a figure for 2019/20. The Total row sums the
    table, so the table's caption is its topic; "across all programmes" reaches over them, it is no topic word."""
    folder = tmp_path / "papers"
    folder.mkdir()
    write_docx(folder / "finance.docx", ["Finance annex", "Savings by programme (£m), recurrent, by year"],
               [["Programme", "2017/18", "2018/19", "2019/20", "Total"],
                ["Urgent care", "2.1", "4.8", "7.2", "14.1"],
                ["Care closer to home", "3.4", "7.9", "11.6", "22.9"],
                ["Mental health", "0.6", "1.3", "2.2", "4.1"],
                ["Total", "6.1", "14.0", "21.0", "41.1"]])
    write_docx(folder / "risks.docx", ["Programme risk register"],
               [["Ref", "Risk", "Exposure"],
                ["R3", "Programme savings slip across all schemes in 2019/20", "£2.0m"],
                ["R4", "Recruitment to the new hubs is slower than planned", "£0.5m"]])
    reply = ask_folder(folder, question)
    assert reply.answered and reply.answer.split(" ")[0].strip("£m") == expected, reply.answer


@pytest.mark.parametrize(("question", "expected"), [
    ("How many GP practices are there in the Ebbdale footprint?", None),  # the table counts people, not practices
    ("How many patients are registered in the Ebbdale footprint?", "74,200"),
    ("How many posts does the Ebbdale hub add in 2018/19?", "24.5"),
    ("how many PHBs are in place in total?", "187"),  # asked by the short form of the words the table counts
])
def test_a_rows_figure_answers_how_many_only_of_what_its_table_counts(tmp_path, ask_folder, question: str, expected: str | None) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    write_docx(folder / "places.docx", ["Our places", "Who we serve"],
               [["Footprint", "Ebbdale"],
                ["Registered population", "74,200 (GP registered, April 2018)"],
                ["Acute beds", "640"]])
    write_docx(folder / "workforce.docx", ["Workforce plan", "New posts by scheme"],
               [["Scheme", "Unit", "2018/19"],
                ["Ebbdale hub", "WTE", "24.5"],
                ["Wrayholme crisis team", "WTE", "12.0"]])
    write_docx(folder / "budgets.docx", ["Personal health budgets in place at 28 February 2017"],
               [["Place", "Home care", "Wheelchair", "Total"],
                ["Ebbdale", "115", "47", "162"], ["Wrayholme", "20", "5", "25"], ["Total", "135", "52", "187"]])
    (folder / "hubs.txt").write_text("Primary care\nEvery practice in Ebbdale will join the hub by March 2019.\n"
                                     "The hubs will help people with PHBs.\n", encoding="utf-8")
    reply = ask_folder(folder, question)
    if expected is None:
        assert not reply.answered and "74,200" not in reply.answer.split("nearest")[0], reply.answer
    else:
        assert reply.answered and reply.answer.startswith(expected), reply.answer


def footprint(tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    write_docx(folder / "pdd.docx", ["Programme Definition Document 2018-19", "1. Our footprint",
                                     "The footprint covers three places on the Ebb estuary and eight partner organisations."],
               [["Place", "Registered population (persons)", "Aged 75+ (%)", "GP practices (no.)", "Acute site"],
                ["Wrayholme", "268,400", "8.9", "38", "Wrayholme General Hospital"],
                ["Kingsferry", "187,900", "9.6", "29", "Kingsferry Royal Infirmary"],
                ["Ebbdale", "74,200", "12.3", "17", "None (served from Kingsferry Royal Infirmary)"]])
    (folder / "minutes.txt").write_text("Partnership Board minutes, 8 November 2018\n\nThe Board noted the update on primary care.\n",
                                        encoding="utf-8")
    return folder


def test_a_seat_a_membership_table_gives_as_vacant_is_answered_as_vacant(tmp_path, ask_folder) -> None:
    """"Who is the Healthwatch representative?" over "Healthwatch representative | Vacant - nomination
    awaited": no one holds the seat, and the row says so; the secretariat's name in the next row is not it."""
    folder = tmp_path / "papers"
    folder.mkdir()
    write_docx(folder / "tor.docx", ["Programme Board: revised terms of reference and membership", "3. Membership"],
               [["Role", "Member"],
                ["Independent Chair", "Professor Alistair Membury"],
                ["Finance lead (Director of Finance, OGI)", "Gareth Follingsby"],
                ["Healthwatch representative", "Vacant - nomination awaited from Healthwatch Fenwardenshire"],
                ["Secretariat", "Bryony Castleford, Head of STP PMO"]])
    reply = ask_folder(folder, "Who is the Healthwatch representative on the Programme Board?")
    assert reply.answered and reply.answer.startswith("Vacant"), reply.answer
    chair = ask_folder(folder, "Who is the independent chair of the Programme Board?")
    assert chair.answered and "Membury" in chair.answer[:80], chair.answer
    # asked what a person named is, the cell holding only their name says nothing new: their row's role does
    role = ask_folder(folder, "What is Gareth Follingsby's role on the Programme Board?")
    assert role.answered and "Finance lead" in role.answer[:80], role.answer


def test_a_total_rows_own_year_fits_a_total_asked_for_that_year(tmp_path) -> None:
    """"Total pooled fund 2017/18 | 18,610" under a plain "£k" column: the year is the Total row's own, and it is
    the year asked, so the row fits "the total value of the pooled fund in 2017/18" as a Total row under a
    "2017/18" column would; another year's total does not."""
    folder = tmp_path / "papers"
    folder.mkdir()
    write_docx(folder / "s75.docx", ["Section 75 agreement: schedules", "Schedule 3: Financial contributions"],
               [["Contribution", "£k"],
                ["NHS Wexbury CCG (Better Care Fund minimum)", "9,880"],
                ["Wexbury County Council (adult social care)", "8,730"],
                ["Total pooled fund 2017/18", "18,610"]])
    write_docx(folder / "ibcf.docx", ["Improved Better Care Fund: allocation by change (£k)"],
               [["Change", "2017/18 £k"],
                ["Home first / discharge to assess", "610"],
                ["Trusted assessors", "240"]])
    tokenizer = Tokenizer()
    build_index([folder], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    try:
        for question, fits in (("What is the total value of the pooled fund in 2017/18?", True),
                               ("What is the total value of the pooled fund in 2018/19?", False)):
            ctx = context_for(question, index, tokenizer, None, 1000, None)
            rows = [c for c in ranked_candidates(ctx, load_scorer()) if c.source == "row" and c.main.startswith("Total pooled")]
            assert rows and (rows[0].fits_form == 1.0) is fits, (question, [(c.answer[:60], c.fits_form) for c in rows])
    finally:
        index.close()


@pytest.mark.parametrize(("question", "fits"), [
    ("What is the total grant across all schemes on the tracker?", 1.0),  # a total of no year: the table's whole
    ("What is the total grant for 2017/18?", 0.5),  # a year the Total row's column does not name
])
def test_a_total_asked_of_no_year_fits_the_total_row(tmp_path, question: str, fits: float) -> None:
    """Asked for a total of no year, a table's Total row is the form asked, as fully as a row and column the
    question names are: a read-me row matching as many of its words ("one row per scheme") is not."""
    folder = tmp_path / "papers"
    folder.mkdir()
    write_docx(folder / "tracker.docx", ["Primary care grant tracker", "Read me: one row per scheme; grant in £k."],
               [["Scheme", "Type", "Grant (£k)"], ["Care hub refurbishment", "Estates", "860"],
                ["Online consultation", "Technology", "120"], ["Practice resilience support", "Resilience", "48"],
                ["Total", "", "1028"]])
    tokenizer = Tokenizer()
    build_index([folder], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    try:
        ctx = context_for(question, index, tokenizer, None, 1000, None)
        totals = [c for c in ranked_candidates(ctx, load_scorer()) if c.source == "row" and c.main.startswith("Total")]
        assert totals and totals[0].fits_form == fits, [(c.answer[:60], c.fits_form) for c in totals]
    finally:
        index.close()
