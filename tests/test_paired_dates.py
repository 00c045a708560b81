"""A tracker row of several milestones, each followed by its date, is answered with the date of the
milestone asked about, not the row's first date."""

import pytest

from tests.office_files import workbook

HEADER = ["Ref", "Scheme", "Milestone 1", "Due", "RAG", "Milestone 2", "Due", "RAG", "Milestone 3", "Due", "RAG"]
ROWS = [
    ["NV1", "Frailty Hub", "Geriatrician rota agreed with the acute trust", "19 December 2026", "Complete",
     "Frailty hub opens to patients", "23 April 2027", "On track", "Admissions of over-75s down 10%", "March 2028", "On track"],
    ["NV2", "Stroke Unit", "Consultation closes", "5 February 2027", "On track",
     "Hyper-acute stroke unit opens", "1 October 2027", "At risk", "Thrombolysis in 60 minutes", "June 2028", "On track"],
]


@pytest.mark.parametrize("header", [True, False])
@pytest.mark.parametrize(("question", "date"), [
    ("When does the frailty hub open to patients?", "23 April 2027"),
    ("when will the geriatrician rota be agreed for the frailty hub?", "19 December 2026"),
    ("When is the hyper-acute stroke unit due to open?", "1 October 2027"),
])
def test_the_date_beside_the_asked_milestone(tmp_path, ask_folder, header: bool, question: str, date: str) -> None:
    folder = tmp_path / f"papers_{header}"
    folder.mkdir()
    workbook(folder / "tracker.xlsx", {"Tracker": ([HEADER] if header else []) + ROWS})
    (folder / "note.txt").write_text("Northvale ICS delivery note\nThe tracker is updated monthly.\n", encoding="utf-8")
    reply = ask_folder(folder, question)
    assert reply.answered and date in reply.answer[:100], reply.answer
