"""A must-do table of one row per must-do whose columns say things of it ("Our commitment | Delivered
through | Executive lead | By"): only the delivery column covers the must-do, and the lead and the date
are the row's, answered as a row's cells are."""

import pytest

from bot.answering.pipeline import answer
from bot.records.mustdo_named import attribute_columns, attributes_apart
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

ANNEX = """Annex A: our commitments against the nine national must-dos, 2017-19

Must-do\tOur commitment 2017-19\tDelivered through\tExecutive lead\tBy
1. STPs\tImplement the agreed milestones of our plan.\tAll workstreams (K1-K6)\tDame Ysolde Pembury, STP Lead\t31 March 2019
2. Finance\tDeliver the system control total of a £6.1m deficit.\tK2, K5\tAlaric Thistlewood, System Director of Finance\tEach year end
3. Primary care\tExtended GP access for the whole population.\tK1\tMarguerite Oyelaran, Director of Primary Care\t1 October 2018
4. Urgent and emergency care\tFour-hour standard of 95%.\tK3, K4\tFenwick Adebayo-Hart, Chief Operating Officer\tMarch 2019
6. Cancer\t62-day standard of 85%.\tK6\tDr Serafina Lowbridge, Medical Director\tEnd of Q4 2018/19
9. Improving quality in organisations\tEach trust keeps its own quality plan.\t-\tDirectors of Nursing\tOngoing
"""


def _records(columns: dict[str, list[tuple[int, str]]]) -> list[dict]:
    return [{"mustdo": n, "priority": label, "text": text} for label, cells in columns.items() for n, text in cells]


def test_only_the_delivery_column_covers_the_must_do() -> None:
    records = _records({"Our commitment": [(2, "Deliver the control total"), (3, "Extended access"), (9, "Own quality plan")],
                        "Delivered through": [(2, "K2, K5"), (3, "K1"), (9, "-")],
                        "Executive lead": [(2, "A Person, Director of Finance"), (3, "B Person"), (9, "Directors of Nursing")],
                        "By": [(2, "Each year end"), (3, "1 October 2018"), (9, "Ongoing")]})
    out = attributes_apart(records, lambda r: f"{r['mustdo']}-{r['priority']}")
    assert [(r["mustdo"], r["priority"], r["text"]) for r in out] == [
        (2, "K2", "Deliver the control total"), (2, "K5", "Deliver the control total"), (3, "K1", "Extended access")]  # 9: a gap


def test_a_grid_of_programmes_is_left_as_it_is() -> None:
    records = _records({"P1 Neighbourhoods": [(1, "Yes"), (3, "Yes"), (4, "Partial")], "P2 Frailty": [(1, "Yes"), (4, "Yes"), (9, "Yes")]})
    assert attributes_apart(records, lambda r: "x") == records


@pytest.mark.parametrize(("labels", "attributes"), [
    (["Must-do", "Our commitment", "Delivered through", "Executive lead", "By"], True),
    (["Must-do", "P1 Neighbourhoods", "P2 Frailty", "P3 Digital"], False),
    (["National must-do", "Local programme(s)", "Coverage"], False),
])
def test_a_must_do_table_saying_who_and_when(labels: list[str], attributes: bool) -> None:
    assert attribute_columns(labels) is attributes


@pytest.mark.parametrize(("question", "start"), [
    ("Who is the executive lead for the finance must-do?", "Alaric Thistlewood"),
    ("By when has the STP committed to extended GP access for the whole population under the primary care must-do?", "1 October 2018"),
])
def test_the_lead_and_the_date_of_a_must_do_are_its_rows(papers, question: str, start: str) -> None:
    reply = answer(question, papers({"annex.txt": ANNEX, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith(start), reply.answer


def test_which_programmes_deliver_a_must_do(papers) -> None:
    reply = answer("Which workstreams deliver the urgent and emergency care must-do?", papers({"annex.txt": ANNEX, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and "K3" in reply.answer and "K4" in reply.answer, reply.answer
    assert "Executive lead" not in reply.answer[:200] and "Fenwick" not in reply.answer[:120]


def test_a_programme_named_in_the_delivery_column_covers_its_must_dos(papers) -> None:
    """Not "covered by By, Delivered through, Executive lead": the columns are said of the must-do. (Must-do 1
    is delivered through "All workstreams (K1-K6)", K5 among them.)"""
    reply = answer("Which must-dos does K5 contribute to?", papers({"annex.txt": ANNEX, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("In the plans, K5 contributes to 2 must-dos: must do 1"), reply.answer
    assert "must do 2" in reply.answer and "Executive lead" not in reply.answer


@pytest.mark.parametrize(("cell", "programmes"), [
    ("All workstreams (W1-W4)", ["W1", "W2", "W3", "W4"]),  # a range of codes names each
    ("K2, K5", ["K2", "K5"]),
    ("P1 Neighbourhoods; P2 Frailty", ["P1 Neighbourhoods", "P2 Frailty"]),
    ("Covid-19 recovery", ["Covid-19 recovery"]),  # a number after a word is no range of codes
])
def test_the_programmes_a_delivery_cell_names(cell: str, programmes: list[str]) -> None:
    from bot.records.mustdo_named import _programmes

    assert _programmes(cell) == programmes


def test_a_local_priorities_column_names_who_covers_each_must_do() -> None:
    """"Local priorities | Executive lead" with "Covered by: PBO (lead); PLC" cells: each named priority
    covers the must-do (its part in brackets the cell's text); "Not covered - see ..." is a gap."""
    records = _records({"Local priorities": [(2, "Covered by: PBO (lead); PLC; UEC"), (4, "Covered by: UEC (lead); MHLD (liaison psychiatry)"),
                                             (6, "Not covered - see Tarrow Cancer Alliance delivery plan")],
                        "Executive lead": [(2, "Anselm Carraway"), (4, "Harriet Lansdowne-Pike"), (6, "-")]})
    out = attributes_apart(records, lambda r: f"{r['mustdo']}-{r['priority']}")
    assert [(r["mustdo"], r["priority"], r["text"]) for r in out] == [
        (2, "PBO", "lead"), (2, "PLC", "Covered by: PBO (lead); PLC; UEC"), (2, "UEC", "Covered by: PBO (lead); PLC; UEC"),
        (4, "UEC", "lead"), (4, "MHLD", "liaison psychiatry")]
