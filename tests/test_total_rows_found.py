"""A total asked of a table is its Total row, found through the table's other rows: "the total 2017/18 cost
of the action plan" matches the rows that say "suicide prevention" in their own cells, and the Total row
says only "Total 2017/18 | 902". A PDF table that writes its Total label under the second column, the first
(the reference) left blank, gives the Total a row of its own: it does not carry on the last action's row.
The PDF is a bank's (other_ics_bc), its action table running over a page break."""

import shutil
from pathlib import Path

import pytest

from bot.reading.files import read_document
from bot.records.extract import extract_records
from tests.conftest import write_docx

PLAN = Path(__file__).parent / "questions/other_ics_bc/papers/01_SC_Suicide_Prevention_Action_Plan_2017-20_v1.3_Dec2016.pdf"


def test_a_total_label_under_the_second_column_is_a_row_of_its_own() -> None:
    texts = [r["row_text"] for r in extract_records(read_document(PLAN, 10**7))["rows"]]
    assert "Total 2017/18 | 902" in texts, [t for t in texts if "902" in t]
    assert not any(t.startswith("SP16") and "Total" in t for t in texts)


@pytest.mark.parametrize("question", ["How much does the suicide prevention action plan cost in total in 2017/18?",
                                      "total cost of the suicide prevention actions for 17/18?"])
def test_a_total_asked_of_an_action_table_is_its_total_row(tmp_path: Path, ask_folder, question: str) -> None:
    folder = tmp_path / "papers"
    folder.mkdir(exist_ok=True)
    shutil.copy(PLAN, folder / PLAN.name)
    reply = ask_folder(folder, question)
    assert reply.answered and reply.answer.startswith("£902k"), reply.answer


def test_the_total_row_is_read_though_every_other_row_says_the_topic(tmp_path: Path, ask_folder) -> None:
    """In a Word table, whose cells never wrap onto a row of their own, a Total row's blank first cell is
    not the reference of the row above it carried down."""
    folder = tmp_path / "papers"
    folder.mkdir()
    rows = [["Ref", "Action", "Lead", "2017/18 £k"]]
    rows += [[f"FP{n}", f"Falls prevention {what}", "Ann Tester", str(10 * n)] for n, what in
             enumerate(["exercise classes", "home hazard checks", "care home training", "fracture liaison service",
                        "strength and balance leaflets", "ambulance pick-up service", "community falls team"], start=1)]
    rows += [["", "Total", "", "280"]]
    write_docx(folder / "falls.docx", ["Wexbury falls prevention plan", "Actions and costs"], rows)
    reply = ask_folder(folder, "What is the total cost of the falls prevention actions in 2017/18?")
    assert reply.answered and reply.answer.startswith("£280k"), reply.answer
