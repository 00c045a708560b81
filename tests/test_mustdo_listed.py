"""Must-dos listed one table each ("Must-do 4 - A&E ..." over "LDP area | Local priority | Role"), an
area's cell on its first row only: each row is a grid's cell, so coverage and gap questions are answered
as from a grid, and an area missing from a must-do's table has nothing against it."""

import pytest

from bot.answering.pipeline import answer
from bot.textnorm import Tokenizer

TITLES = {1: "Deliver a high-quality and agreed STP", 2: "Return the system to aggregate financial balance",
          3: "Sustainability and quality of general practice", 4: "A&E and ambulance access standards",
          5: "Referral to treatment (RTT): 92% within 18 weeks", 6: "Cancer: the 62-day waiting standard"}
LISTED = {  # must-do -> rows (area written on its first row only, priority, role)
    1: [("Marsh Coast", "LDP as a whole", "Primary"), ("Dale Valley", "LDP as a whole", "Primary")],
    2: [("Marsh Coast", "MC2 Home First", "Primary"), ("", "MC3 Frailty Pathway", "Supporting")],
    3: [("Marsh Coast", "MC4 GP Resilience", "Primary"), ("Dale Valley", "DV1 Valley Practices Together", "Primary")],
    4: [("Marsh Coast", "MC1 Urgent Treatment Centre", "Primary"), ("", "MC3 Frailty Pathway", "Supporting"),
        ("Dale Valley", "DV2 Valley Urgent Care Hub", "Primary")],
    5: [("Dale Valley", "DV3 MSK Triage", "Primary")],
    6: [("Dale Valley", "DV3 MSK Triage", "Supporting")],
}
ANNEX = "Annex C: local priorities against the national must-dos\n" + "".join(
    f"Must-do {n} - {TITLES[n]}\nLDP area\tLocal priority\tRole\n" + "".join("\t".join(row) + "\n" for row in rows)
    for n, rows in LISTED.items())
PLANS = {"marsh_coast.txt": "Marsh Coast Local Delivery Plan 2016/17 - 2020/21\nOur priorities are MC1 to MC4.\n"
                            "MC1 Urgent Treatment Centre opens in December 2017.\n",
         "dale_valley.txt": "Dale Valley Local Delivery Plan 2016/17 - 2020/21\nOur priorities are DV1 to DV3.\n"
                            "DV3 MSK Triage goes live in June 2017.\n"}


@pytest.fixture
def listed(papers):
    return papers({"annex_c.txt": ANNEX, **PLANS})


@pytest.mark.parametrize("question, says, never", [
    # the area's rows under must do 4, its second one without the area written
    ("Which Marsh Coast priorities cover the A&E must-do?", ["MC1 Urgent Treatment Centre", "MC3 Frailty Pathway"], ["DV2"]),
    ("Which priorities address must do 4 in Dale Valley?", ["DV2 Valley Urgent Care Hub"], ["MC1"]),
    # an area listed under no row of a must-do: nothing entered against it
    ("Which must-dos does Marsh Coast not cover?", ["must do 5", "must do 6"], ["must do 3", "must do 4"]),
    ("Which must-dos has Dale Valley left blank?", ["must do 2"], ["must do 5"]),
])
def test_listed_rows_answer_as_a_grid(listed, question: str, says: list[str], never: list[str]) -> None:
    reply = answer(question, listed, Tokenizer())
    assert reply.answered, reply.answer
    assert all(s in reply.answer for s in says) and not any(n in reply.answer for n in never), reply.answer


@pytest.mark.parametrize("question, says, never", [
    # no area asked: every area's priorities against the must-do, each under its area
    ("Which priorities cover must do 4?", ["Marsh Coast: MC1 Urgent Treatment Centre, MC3 Frailty Pathway", "Dale Valley: DV2"], []),
    # a lead asked ("Primary": a main means of delivering it): the supporting ones left out
    ("Which local priorities are marked Primary against the A&E must-do?", ["MC1 Urgent Treatment Centre", "DV2"], ["MC3"]),
    ("Which schemes lead on the A&E and ambulance must-do?", ["MC1 Urgent Treatment Centre", "DV2"], ["MC3"]),
])
def test_a_must_do_across_the_areas(listed, question: str, says: list[str], never: list[str]) -> None:
    reply = answer(question, listed, Tokenizer())
    assert reply.answered, reply.answer
    assert all(s in reply.answer for s in says) and not any(n in reply.answer for n in never), reply.answer


def test_rows_are_cells_with_their_area_and_role(listed) -> None:
    cells = {(r["area"], r["mustdo"], r["priority"]): r["text"] for r in listed.table("mustdos")}
    assert cells[("Marsh Coast", 4, "MC3 Frailty Pathway")] == "Supporting"  # the area carried down
    assert cells[("Dale Valley", 5, "DV3 MSK Triage")] == "Primary"
    assert not any(area == "Marsh Coast" and n == 5 for area, n, _ in cells)


def test_a_single_table_under_one_must_do_is_not_this_layout(papers) -> None:
    one = "Must-do 4 - A&E and ambulance access standards\nLDP area\tLocal priority\tRole\nMarsh Coast\tMC1 UTC\tPrimary\n"
    index = papers({"note.txt": one, **PLANS})
    assert not list(index.table("mustdos"))


def _crosswalk(folder) -> None:
    """A workbook with one sheet per must-do: a title "Must-do n of 9: topic", a line of what the must-do
    asks, then the initiatives that serve it with their role; a sheet whose only row is "None" is the gap."""
    from openpyxl import Workbook

    sheets = {  # must-do -> (topic, rows of initiative, programme, role, measure)
        2: ("Finance", [("HS1 Shared pathology", "Hospital Sustainability", "Leads", "Cost per test")]),
        3: ("Primary care", [("NC2 Extended access hubs", "Neighbourhood Care", "Leads", "Evening access"),
                             ("NC4 Pharmacy minor ailments", "Neighbourhood Care", "Contributes", "GP appointments released")]),
        6: ("Cancer", [("PS2 Rapid diagnostic centre", "Planned Care", "Contributes", "62-day standard")]),
        8: ("Learning disabilities", [("None", "", "", "")]),
    }
    book = Workbook()
    book.remove(book.active)
    for number, (topic, rows) in sheets.items():
        sheet = book.create_sheet(f"MD{number}")
        sheet.append([f"Must-do {number} of 9: {topic}"])
        sheet.append(["National requirement: what the planning guidance asks of every footprint."])
        sheet.append(["Initiative", "Programme", "Role", "Local measure"])
        for row in rows:
            sheet.append(list(row))
    folder.mkdir()
    book.save(folder / "crosswalk.xlsx")


@pytest.mark.parametrize("question, says, never", [
    # the sheet's number, not the nine it is one of; the role column, not the programme, says how
    ("Which initiatives serve must-do 3?", ["NC2 Extended access hubs", "NC4 Pharmacy minor ailments"], ["PS2", "HS1"]),
    ("Which must-do does the rapid diagnostic centre support?", ["6"], []),
    ("Which must-do is not addressed by any initiative?", ["8"], []),  # a "None" row is the gap
    ("Which initiatives lead on must-do 3?", ["NC2 Extended access hubs"], ["NC4"]),  # the role column marks the lead
])
def test_a_sheet_per_must_do_under_a_numbered_title_answers_as_a_grid(tmp_path, ask_folder, question: str, says: list[str],
                                                                       never: list[str]) -> None:
    _crosswalk(tmp_path / "papers")
    reply = ask_folder(tmp_path / "papers", question)
    assert reply.answered, reply.answer
    assert all(s in reply.answer for s in says) and not any(n in reply.answer for n in never), reply.answer


@pytest.mark.parametrize("question, level", [
    ("Which initiatives serve must-do 3, primary care?", None),  # a must-do's topic, not how it is covered
    ("which schemes deliver the secondary care must-do?", None),
    ("Which priorities are primary against must-do 4?", "lead"),
    ("which schemes play a secondary role on must do 4?", "contribute"),
])
def test_primary_care_is_a_topic_not_a_level(question: str, level) -> None:
    from bot.answering.mustdo_asked import asked_level

    assert asked_level(question.lower())[0] == level


@pytest.mark.parametrize("question", ["any must do with zero initiatives against it?", "Which must-do has no initiative?"])
def test_zero_asks_the_gap(question: str) -> None:
    from bot.answering.mustdo_asked import mustdo_asked

    assert mustdo_asked(question, question.lower()).gap
