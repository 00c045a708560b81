""""Which projects are rated red?": the rows of a table whose status column says so, in words, by the
RAG letter, or by a code the paper's key spells out; "none" said plainly with how many were read."""

import pytest

from bot.answering.candidates.filtered import asked_rating
from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

EXPORT = """PMO project export, 5 October 2026
Project ID\tProject name\tSRO\tRAG\tStage
P-0101\tSaltharbour Urgent Treatment Centre\tNiamh Rathbone\tR\tS3
P-0102\tVirtual wards expansion\tNiamh Rathbone\tG\tS3
P-0202\tPellow Bay CDC phase 2 (endoscopy)\tCallum Breckon\tR\tS2
P-0301\tNon-specific symptoms pathway\tDr Aoife Brannigan\tA\tS3

RAG in the PMO exports: G = green, A = amber, R = red, B = blue (complete or live).
"""


@pytest.fixture
def export(papers):
    return papers({"pmo_export.txt": EXPORT})


@pytest.mark.parametrize("question, rating", [("List the projects rated red in the PMO export.", "red"),
                                              ("which projects are RAG amber?", "amber"),
                                              ("how many milestones are at risk?", "at risk"),
                                              ("which milestones r red in the plan?", "red"),  # chat's "r"
                                              ("which schemes were red overall last month?", "red"),
                                              ("what is the red line for the budget?", None)])
def test_the_rating_asked(question: str, rating: str | None) -> None:
    assert asked_rating(question) == rating


def test_rows_rated_red_by_their_rag_letter(export) -> None:
    reply = answer("List the projects rated red in the PMO export.", export, Tokenizer())
    assert reply.answered and "P-0101" in reply.answer and "P-0202" in reply.answer, reply.answer
    assert "P-0102" not in reply.answer and "P-0301" not in reply.answer, reply.answer


def test_a_rag_letter_says_its_colour_and_what_its_papers_key_calls_it(papers) -> None:
    """"R" is red, and "off track" where its paper's key says "R = off track" (another paper's key may
    give the same letter another meaning)."""
    plan = EXPORT.replace("RAG in the PMO exports: G = green, A = amber, R = red, B = blue (complete or live).",
                          "RAG: G = on track; A = at risk; R = off track; C = complete")
    tracker = "Estates tracker\nRef\tScheme\tRAG\nE1\tTheatre refit\tC\nE2\tCar park\tG\n\nKey: C = cancelled; G = go\n"
    index = papers({"pmo_export.txt": plan, "estates.txt": tracker})
    for question in ("Which projects in the PMO export are off track?", "List the projects rated red in the PMO export."):
        reply = answer(question, index, Tokenizer())
        assert reply.answered and "P-0101" in reply.answer and "P-0202" in reply.answer and "P-0102" not in reply.answer, reply.answer


def test_one_field_across_slides_filtered_by_the_number_the_question_names(tmp_path, ask_folder) -> None:
    """Each programme's slide gives its "Top risk" with a score in words ("- score 20 (L5 x I4)"): "for
    which programmes does the top risk score 15 or more?" reads that field across the slides."""
    from tests.office_files import deck

    (tmp_path / "papers").mkdir()
    risks = [("LC1 Right Care, First Time", "Ambulance handover delays - score 20 (L5 x I4)"),
             ("LC3 Cancer", "Histopathology turnaround times - score 9 (L3 x I3)"),
             ("LC4 Primary Care", "GP partner retirements - score 16 (L4 x I4)"),
             ("LC6 Start Well", "Maternity staffing - score 12 (L4 x I3)")]
    deck(tmp_path / "papers" / "programmes.pptx", [
        {"title": title, "table": (40, 120, [["SRO", "Jo Bloggs"], ["Budget", "£2.1m"], ["Top risk", risk]])} for title, risk in risks])
    reply = ask_folder(tmp_path / "papers", "For which programmes does the top risk score 15 or more?")
    assert reply.answered and "LC1" in reply.answer and "LC4" in reply.answer, reply.answer
    assert "LC3" not in reply.answer and "LC6" not in reply.answer, reply.answer


@pytest.mark.parametrize("cells, name", [
    (["7.", "15:20", "Winter Resilience Plan 2018/19", "Simon Drabble", "Decision"], "7. Winter Resilience Plan 2018/19"),
    (["P-0101", "Saltharbour Urgent Treatment Centre", "Niamh Rathbone"], "P-0101 Saltharbour Urgent Treatment Centre"),
    (["Pellow Bay CDC phase 2", "Callum Breckon"], "Pellow Bay CDC phase 2"),
])
def test_a_row_is_named_by_its_code_and_first_cell_of_words(cells: list[str], name: str) -> None:
    """An agenda row is item 7, the winter plan: not "7. 15:20", the time between them being no name."""
    from bot.answering.candidates.question_rows import row_name

    assert row_name([{"text": c} for c in cells], set()) == name


DASHBOARD = """Scheme assurance dashboard - February 2018
Ref\tScheme\tSRO\tDelivery\tFinance\tOverall\tDue
NF-01\tHome First\tWilma Dacre\tA\tR\tA\tend of June 2018
NF-02\tExtended Access\tAmos Pettigrew\tR\tA\tR\t13 April 2018
NF-03\tPerinatal Team\tConnie Ibbot\tG\tG\tAG\t22 June 2018
EM-01\tCommunity Hospital Hub\tGideon Thwaite\tR\tA\tAR\tw/c 04/06/18

Key
RAG code\tMeaning
G\tGreen: on track
AG\tAmber/Green: minor slippage
A\tAmber: slippage, recovery plan in place
AR\tAmber/Red: significant slippage
R\tRed: off track, escalated
"""


@pytest.mark.parametrize("question, named, unnamed", [
    # "Overall" is named: its column's R, not Delivery's or Finance's
    ("Which schemes are rated red overall on the dashboard?", ["NF-02"], ["NF-01", "EM-01", "NF-03"]),
    ("Which schemes are rated red for finance on the dashboard?", ["NF-01"], ["NF-02", "EM-01", "NF-03"]),
])
def test_columns_of_rag_codes_are_ratings_whatever_their_label(papers, question: str, named: list[str], unnamed: list[str]) -> None:
    """A dashboard's rating columns are labelled for what they rate ("Delivery", "Finance", "Overall"), not
    "RAG": a column holding only RAG letters and codes its key spells out is one, and the question names
    which. The key is a table of its own ("RAG code | Meaning") and sits under it."""
    reply = answer(question, papers({"dashboard.txt": DASHBOARD}), Tokenizer())
    assert reply.answered, reply.answer
    assert all(n in reply.answer for n in named) and not any(n in reply.answer for n in unnamed), reply.answer


def test_a_code_the_keys_table_spells_out_is_read_as_its_meaning(papers) -> None:
    """"AR" is amber by the key's table ("AR | Amber/Red: ..."), though no "AR = ..." is written anywhere."""
    reply = answer("Which schemes are rated amber overall on the dashboard?", papers({"dashboard.txt": DASHBOARD}), Tokenizer())
    assert reply.answered and "NF-01" in reply.answer and "EM-01" in reply.answer and "NF-02" not in reply.answer, reply.answer
