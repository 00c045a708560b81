import json
import re
from pathlib import Path

import pytest

from bot.records.extract import extract_records
from bot.records.owners import split_owners
from bot.reading.files import read_document
from bot.records.mustdos import identify_mustdo, mustdos_in_question
from tests.conftest import BOARD_PAPER
from tests.pdf_tables import INITIATIVE_HEADER, initiative_rows, table_pdf

ROOT = Path(__file__).resolve().parent.parent

MUSTDO_TEXT = """West Lancashire priorities against the 9 National Must Do's 2/3

\t(continued) 9 Must Do's\tWest Lancashire priorities\t\t\t
\t\tTransforming Community\tTransforming Urgent Care\tTransforming Planned Care
4\tGet back on track with access standards for A&E and ambulance waits, ensuring more than 95 percent of patients wait no more than four hours in A&E.\tSkill mix will reduce admissions\tOut of Hospital urgent care programme\t
S\tDevelop and implement an affordable plan to make improvements in quality particularly for organisations in special measures.\t\tOverarching action plan at Trust - CQC report\t
\t\tcontinued community text\t\t
"""


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path, 10**7)


def test_text_table_rows_owners_and_milestones(tmp_path: Path) -> None:
    records = extract_records(_read(tmp_path, "board.txt", BOARD_PAPER))
    initiatives = {r["number"]: r for r in records["initiatives"]}
    assert set(initiatives) == {"1", "2"}
    first = initiatives["1"]
    assert first["area"] == "Fylde Coast" and first["title"] == "Stroke pathway redesign"
    assert json.loads(first["owners"]) == ["Alex Sample (Exec Lead)"]
    assert first["line"] == BOARD_PAPER.split("\n").index(next(l for l in BOARD_PAPER.split("\n") if l.startswith("1\t"))) + 1
    due = {m["text"]: (m["due_raw"], m["start"], m["end"], m["precision"]) for m in records["milestones"]}
    assert due["Pathway implemented"] == ("Qtr 4", "2017-01-01", "2017-03-31", "quarter")
    assert due["Care home team in place"] == ("January 2017", "2017-01-01", "2017-01-31", "month")


def test_people_named_in_prose(tmp_path: Path) -> None:
    people = extract_records(_read(tmp_path, "board.txt", BOARD_PAPER))["people"]
    assert any(p["name"] == "Dr Jane Example" and "Digital Workstream" in p["role"] for p in people)


def test_mustdo_matrix_with_sub_header_and_garbled_numbers(tmp_path: Path) -> None:
    rows = extract_records(_read(tmp_path, "wl.txt", MUSTDO_TEXT))["mustdos"]
    got = {(r["mustdo"], r["priority"]) for r in rows}
    assert (4, "Transforming Community") in got and (4, "Transforming Urgent Care") in got
    assert (9, "Transforming Urgent Care") in got  # "S" read as must do 9 from its wording
    assert all(r["area"] == "West Lancashire" for r in rows)
    nine = next(r for r in rows if r["mustdo"] == 9 and r["priority"] == "Transforming Community")
    assert nine["text"] == "continued community text"


def test_pdf_table_over_two_pages(tmp_path: Path) -> None:
    path = table_pdf(tmp_path / "fylde.pdf", "Fylde Coast Key milestones, Owners, Risks, Governance & Interdependencies 1/2",
                     INITIATIVE_HEADER, initiative_rows(12), [25, 300, 120, 110, 100, 110])
    doc = read_document(path, 10**7)
    assert doc.info.pages == 2
    records = extract_records(doc)
    initiatives = sorted(records["initiatives"], key=lambda r: int(r["number"]))
    assert [r["number"] for r in initiatives] == [str(i) for i in range(1, 13)]
    assert all(r["owner_raw"] == f"Owner Person{i + 1} (Exec Lead)" for i, r in enumerate(initiatives))
    assert all(r["area"] == "Fylde Coast" for r in initiatives)
    assert {r["page"] for r in initiatives} == {1, 2}
    assert len(records["milestones"]) == 12
    first = next(m for m in records["milestones"] if m["initiative"] == initiatives[0]["title"])
    assert (first["due_raw"], first["precision"], first["start"]) == ("Qtr 2", "quarter", "2016-07-01")


def test_pdf_mustdo_matrix(tmp_path: Path) -> None:
    header = ["", "9 Must Do's", "P1", "P2", "P3", "P4", "P5"]
    rows = [
        ["4.", "Get back on track with access standards for A&E and ambulance waits.", "OOH work reducing demand", "LTC pathway work", "", "", "Frailty project"],
        ["5.", "Improvement against the NHS Constitution standards that more than 92 percent wait no more than 18 weeks from referral to treatment.", "", "Planned care projects", "", "", ""],
    ]
    path = table_pdf(tmp_path / "bay.pdf", "Bay Health & Care Partners priorities against the 9 National Must Do's 2/3",
                     header, rows, [30, 250, 90, 90, 90, 90, 90])
    got = {(r["mustdo"], r["priority"]) for r in extract_records(read_document(path, 10**7))["mustdos"]}
    assert got == {(4, "P1"), (4, "P2"), (4, "P5"), (5, "P2")}


@pytest.mark.parametrize(
    ("raw", "owners"),
    [
        ("Jayne Mellor", ["Jayne Mellor"]),
        ("A One/ B Two (SRO role) C Three (Clinical SRO)", ["A One (SRO role)", "B Two (SRO role)", "C Three (Clinical SRO)"]),
        ("Marc Schmid Michelle Cloney", ["Marc Schmid", "Michelle Cloney"]),
        ("WP9", ["WP9"]),
        ("", []),
        # people written one after another, each with their job after them
        ("Ben Oduya Programme Manager, MHLDA Gideon Threlfall Director of Operations, WCP (acting SRO)",
         ["Ben Oduya (Programme Manager, MHLDA)", "Gideon Threlfall (Director of Operations, WCP (acting SRO))"]),
        # a post nobody holds, written after someone's job, is not theirs
        ("Imogen Deverill Director of Midwifery, LTH CYP Clinical Lead (vacant)",
         ["Imogen Deverill (Director of Midwifery)", "vacant (LTH CYP Clinical Lead)"]),
        # a cell written "Name; Job": the job is the person's, not a second owner
        ("Heledd Morgan; Programme Manager", ["Heledd Morgan (Programme Manager)"]),
        ("Ann Tester / Head of Delivery, LTH", ["Ann Tester (Head of Delivery, LTH)"]),
        ("Ann Tester; Bo Sample", ["Ann Tester", "Bo Sample"]),
        ("OHOC SRO", ["OHOC SRO"]),
    ],
)
def test_split_owners(raw: str, owners: list[str]) -> None:
    assert split_owners(raw) == owners


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("which priorities cover must do 4?", [4]), ("the A&E must-do", [4]), ("RTT 18 week must do", [5]),
     ("learning disabilities must do (8)", [8]), ("dementia diagnosis on the must-do grid", [7]),
     ("which programmes are mapped against MD8?", [8]), ("md 4 coverage", [4]),
     # the words just before "must-do" name it, however common ("GP", "quality") and whatever else is asked
     ("which schemes cover the GP must-do?", [3]), ("the quality must do - who covers it?", [9]),
     # a must-do named by its topic in other words: the disease, the service
     ("which programme delivers the national requirement on the wait for treatment of malignant disease?", [6]),
     ("the national waiting standard for tumours", [6]), ("national requirements on emotional wellbeing services", [7])],
)
def test_mustdos_in_question(text: str, numbers: list[int]) -> None:
    assert mustdos_in_question(text) == numbers


def test_identify_mustdo_prefers_wording_to_garbled_number() -> None:
    assert identify_mustdo("2. Achieve and maintain the two new mental health access standards", "7") == 7


EXPECTED_ROWS = {"Bay Health & Care Partners": 10, "Central Lancashire": 5, "Fylde Coast": 5, "Pennine Lancashire": 6, "West Lancashire": 6}


def test_bundled_annex_tables_are_read_completely() -> None:
    doc = read_document(ROOT / "corpus" / "001_73bed42a91822009.txt", 10**8)
    initiatives = extract_records(doc)["initiatives"]
    counts = {area: sum(1 for r in initiatives if r["area"] == area) for area in EXPECTED_ROWS}
    assert counts == EXPECTED_ROWS
    owners = {(r["area"], r["number"]): r["owner_raw"] for r in initiatives}
    assert owners[("Pennine Lancashire", "3")] == "Mark Youlton"
    assert owners[("Fylde Coast", "5")] == "WP9"
    assert owners[("Central Lancashire", "5")] == "OHOC SRO"
    assert all(r["owner_raw"] for r in initiatives)


@pytest.mark.parametrize("area", sorted(EXPECTED_ROWS))
def test_bundled_ldp_tables_survive_a_pdf_rendering(tmp_path: Path, area: str) -> None:
    """Each LDP's initiatives table, re-rendered as a real PDF table (wrapped cells, page breaks),
    reads back with the same rows and the same owners."""
    doc = read_document(ROOT / "corpus" / "001_73bed42a91822009.txt", 10**8)
    source = [r for r in extract_records(doc)["initiatives"] if r["area"] == area]
    rows = [[r["number"] or "", re.sub(r"^\d{1,2}\s+", "", r["row_text"].split(r["owner_raw"])[0].strip()),
             r["owner_raw"], r["risks"], r["governance"], r["interdependencies"]] for r in source]
    for i, row in enumerate(rows, start=1):
        row[0] = row[0] or str(i)
    path = table_pdf(tmp_path / "ldp.pdf", f"{area} Key milestones, Owners, Risks, Governance & Interdependencies 1/2",
                     INITIATIVE_HEADER, rows, [25, 330, 130, 110, 90, 100])
    back = sorted(extract_records(read_document(path, 10**7))["initiatives"], key=lambda r: int(r["number"]))
    assert len(back) == len(source) == EXPECTED_ROWS[area]
    assert [" ".join(r["owner_raw"].split()) for r in back] == [" ".join(r["owner_raw"].split()) for r in source]
    assert all(r["area"] == area for r in back)


def test_prose_running_through_dated_steps_is_a_milestone_per_step() -> None:
    from bot.records.milestones import parse_milestones

    text = ("Partner boards will review the proposals and agree the next stage for December 2016/January 2017, "
            "with the system working in shadow form by October 2017 and formal arrangements by April 2018.")
    steps = parse_milestones(text, 2016)
    assert [s.due_raw for s in steps] == ["December 2016/January 2017", "October 2017", "April 2018"]
    assert steps[0].text.endswith("December 2016/January 2017") and "shadow form" in steps[1].text
    assert (steps[0].period.start.isoformat(), steps[0].period.end.isoformat()) == ("2016-12-01", "2017-01-31")
    [one] = parse_milestones("The new service goes live from April 2017.", 2016)
    assert one.due_raw == "April 2017"


@pytest.mark.parametrize(("text", "names"), [
    ("Mrs Claire Example Director of Population Strategy & Transformation", ["Mrs Claire Example"]),
    ("Dr Amanda Sample", ["Dr Amanda Sample"]),
    ("Blackpool Teaching Hospitals", []),  # no honorific: a run of capitalised words is not trimmed into a name
    ("Ben Oduya Programme Manager", ["Ben Oduya"]),  # ...unless it ends in a job: the job runs on from the name
    ("run by Sallow Vale Community Trust", []),  # a body's name ends in no job
    ("Ann Example Interim Director of Performance", ["Ann Example"]),  # a job's first word is none of the name
    ("Dear Janice", []),  # a letter's greeting: "Dear" is no one's first name
    ("Bo McSample Programme Manager", ["Bo McSample"]),  # "Mc" and the capital after it are one word
    ("Cy Test Chief Finance Officer & Deputy Chief Executive", ["Cy Test"]),  # the run goes on into its job's last word
])
def test_a_job_title_run_on_from_an_honorifics_name_is_cut(text: str, names: list[str]) -> None:
    from bot.records.names import names_in

    assert [n for _, _, n in names_in(text)] == names


MERGED_CELL_TEXT = """Fylde Coast priorities against the 9 National Must Do's

Each work programme maps its work to the must-dos below.

\t9 Must Do's\tP1\tP2\tP3
7.\tAchieve and maintain the two new mental health access standards for psychosis and IAPT.\tWe will w\tvork with the Mer\tntal Health programme
8.\tDeliver actions set out in local plans to transform care for people with learning disabilities.\tWe will work with the Mental Health programme on learning disabilities\t\t
"""


def test_mustdo_cell_merged_over_columns_is_read_whole(tmp_path: Path) -> None:
    """A sentence written over P1-P3 and cut at the column edges is each priority's cell, whole, and
    its quote is the line as written."""
    rows = extract_records(_read(tmp_path, "fylde.txt", MERGED_CELL_TEXT))["mustdos"]
    seven = sorted((r for r in rows if r["mustdo"] == 7), key=lambda r: r["priority"])
    assert [r["priority"] for r in seven] == ["P1", "P2", "P3"]
    assert {r["text"] for r in seven} == {"We will work with the Mental Health programme"}
    assert {r["quote"] for r in seven} == {"We will w vork with the Mer ntal Health programme"}
    assert [r["text"] for r in rows if r["mustdo"] == 8] == ["We will work with the Mental Health programme on learning disabilities"]


ACROSS_TEXT = """National priorities (the nine must-dos) - coverage by local programme

Programme\tMD1 System plan\tMD2 Financial balance\tMD5 Elective: RTT 18 weeks\tMD6 Cancer\tMD7 Mental health access
Elective Recovery\tY\tY - theatre productivity\tY\tY - CDC diagnostics\t
Mental Health\tY\t\t\t\tPerinatal access
"""

TOPIC_COLUMNS = """Must-do coverage by programme

Programme\tFinancial balance\tGeneral practice\tCancer\tMental health\tQuality
Primary Care\tY\tSame-day hubs\tGP direct access to CT\t\t
"""

BUDGET_BY_PROGRAMME = """Transformation budget 2026/27 (GBP m)

Line\tFinancial balance\tGeneral practice\tCancer\tMental health\tQuality
Recurrent\t1.2\t0.8\t0.5\t2.1\t0.3
"""


@pytest.mark.parametrize("text, cells", [
    (ACROSS_TEXT, {(1, "Elective Recovery", "Y"), (2, "Elective Recovery", "Y - theatre productivity"),
                   (5, "Elective Recovery", "Y"), (6, "Elective Recovery", "Y - CDC diagnostics"),
                   (1, "Mental Health", "Y"), (7, "Mental Health", "Perinatal access")}),
    (TOPIC_COLUMNS, {(2, "Primary Care", "Y"), (3, "Primary Care", "Same-day hubs"), (6, "Primary Care", "GP direct access to CT")}),
    (BUDGET_BY_PROGRAMME, set()),  # columns named like must-dos, but nothing says the table is about must-dos
])
def test_mustdo_matrix_with_mustdos_across(tmp_path: Path, text: str, cells: set) -> None:
    """Programmes as rows and must-dos as columns (a tracker workbook's layout) give the same records."""
    rows = extract_records(_read(tmp_path, "coverage.txt", text))["mustdos"]
    assert {(r["mustdo"], r["priority"], r["text"]) for r in rows} == cells
    assert all(r["quote"] == r["text"] and r["line"] for r in rows)
