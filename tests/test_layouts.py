"""Records from the layouts papers come in: people with roles, table rows with their labels,
labelled blocks, lists. Each is read from a tiny paper written here."""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.models import SourceLine
from bot.reading.files import read_document
from bot.records.extract import extract_records
from bot.records.lists import on_line


def _records(tmp_path: Path, name: str, text: str) -> dict[str, list[dict]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_records(read_document(path, 10**7))


@pytest.mark.parametrize(("text", "name", "role"), [
    ("We welcome the appointment of Dr Ada Quill as the SRO for the Digital Workstream.\n", "Dr Ada Quill", "SRO for the Digital Workstream"),
    ("Presented by: Tom Rook, Director of Estates\n", "Tom Rook", "Presented by (Director of Estates)"),
    ("PRESENT\n  Helen Marsh            Chair; Chief Executive\n", "Helen Marsh", "Chair; Chief Executive"),
    ("Contact for further information:\n\nSam Nolan, Programme Office, 01234 567890\n", "Sam Nolan", "Contact for further information"),
    ("Ivo Trent\n    Interim Chief Finance Officer\n    Attendance: 4/5\n", "Ivo Trent", "Interim Chief Finance Officer; Attendance: 4/5"),
    ("  Oakcroft       Devi Oakcroft - Chief Finance Officer\n", "Devi Oakcroft", "Chief Finance Officer"),  # a key to columns
    ("1. Matter. Interim SRO for scheme 3 (Elective Care and MSK).\n2. Decision. Wilhelmina Dray, Deputy Chief Operating Officer, "
     "Orlescote Hospitals NHS FT, is appointed interim SRO for scheme 3 with effect from 1 April 2017.\n", "Wilhelmina Dray",
     "interim SRO for scheme 3 (Elective Care and MSK)"),  # appointed to a post, its scheme glossed where the paper first names it
    # a label over a list of people, each with their own role in brackets: each is the label's, in their role
    ("Panel: Saffron Wilmott (STP Finance Lead), Idris Catt (SRO, Mental Health) and Cllr Hester Vane (Chair, HWB).\n",
     "Idris Catt", "Panel (SRO, Mental Health)"),
    ("Panel: Saffron Wilmott (STP Finance Lead), Idris Catt (SRO, Mental Health) and Cllr Hester Vane (Chair, HWB).\n",
     "Saffron Wilmott", "Panel (STP Finance Lead)"),
])
def test_people_are_read_from_any_layout(tmp_path: Path, text: str, name: str, role: str) -> None:
    people = _records(tmp_path, "paper.txt", text)["people"]
    assert any(p["name"] == name and p["role"] == role for p in people), people


def test_an_attendance_paragraph_names_each_person_with_their_role(tmp_path: Path) -> None:
    """"Present: A (role), B (role), ..." run on over lines: each person, with the role in brackets after
    their name, on the line their name stands on; apologies name people without a role."""
    text = ("Note of the meeting\n\nPresent: Imran Chaudhry (Place Director, Redwater), Angela Fairweather (Director of\n"
            "Adult Social Services, Redwater City Council), Carys Mabbott (Acting Place Director,\n"
            "Fallowbridge & Kelsbury, attending as an observer).\n\nApologies: Amara Nwosu, Tom Ebdon.\n")
    people = {(p["name"], p["role"], p["line"]) for p in _records(tmp_path, "note.txt", text)["people"]}
    assert ("Angela Fairweather", "Present (Director of Adult Social Services, Redwater City Council)", 3) in people
    assert ("Carys Mabbott", "Present (Acting Place Director, Fallowbridge & Kelsbury, attending as an observer)", 4) in people
    assert {("Amara Nwosu", "Apologies", 7), ("Tom Ebdon", "Apologies", 7)} <= people
    assert not [p for p in people if "Angela" in p[1]]  # no role runs on into the next person


def test_a_name_never_runs_over_into_the_next_cell(tmp_path: Path) -> None:
    md = "| Name | Role on the Board | Organisation |\n| --- | --- | --- |\n| Dr Rafe Quill | Vice-Chair | Wyvern ICB (Chief Medical Officer) |\n"
    people = _records(tmp_path, "tor.md", md)["people"]
    assert not [p["name"] for p in people if "\t" in p["name"] or "Vice" in p["name"]], people


def test_capitalised_everyday_words_are_no_name(tmp_path: Path) -> None:
    text = "The corporate functions work. Corporate Functions\n    enabling work across the system\n"
    assert not _records(tmp_path, "paper.txt", text)["people"]


def test_markdown_and_box_tables_are_rows_with_their_labels(tmp_path: Path) -> None:
    md = "| Name | Role on the Board |\n|------|------|\n| Helen Marsh | Chair |\n| Ivo Trent | SRO, Digital |\n"
    rows = _records(tmp_path, "tor.md", md)["rows"]
    assert [json.loads(r["labels"]) for r in rows] == [["Name", "Role on the Board"]] * 2
    assert [json.loads(r["cells"])[0]["text"] for r in rows] == ["Helen Marsh", "Ivo Trent"]
    box = "+------+-----+\n| Site | Backlog £m |\n+------+-----+\n| Hill House | 4.5 |\n+------+-----+\n"
    row = _records(tmp_path, "estates.txt", box)["rows"][0]
    assert json.loads(row["labels"]) == ["Site", "Backlog £m"] and row["line"] == 4


@pytest.mark.parametrize(("text", "rows", "labels"), [
    # a metrics list joined by dotted leaders: its first line is a row like the rest, not labels
    ("KEY METRICS - May\n  Four-hour wait, North ..... 86.4%  (plan 90%)\n  Four-hour wait, South ..... 90.1%  (plan 90%)\n"
     "  Handovers over an hour .... 47  (April: 63)\n", 3, [[]] * 3),
    # labels over figures, one of them a year, stay labels
    ("Site\t2025\tBacklog £m\nHill House\t12\t4.5\nDale Court\t9\t3.1\nMoor Lane\t4\t0.8\n", 3, [["Site", "2025", "Backlog £m"]] * 3),
])
def test_a_first_line_like_the_rows_below_it_is_a_row(tmp_path: Path, text: str, rows: int, labels: list) -> None:
    """A first line that begins a column with a figure, as the lines under it do, is a row, not labels."""
    found = _records(tmp_path, "metrics.txt", text)["rows"]
    assert len(found) == rows and [json.loads(r["labels"]) for r in found] == labels, found


def test_a_space_aligned_table_keeps_a_wrapped_cell_in_its_row(tmp_path: Path) -> None:
    text = ("No.      Action                                   Owner              Due\n"
            "-------  ---------------------------------------  -----------------  ----------\n"
            "25/031   Send the winter review to partners       Dr Kay Vale        21/03/2025\n"
            "25/035   Options paper on a crisis cafe, with     Ines Loft          15 May 2025\n"
            "         people with lived experience\n"
            "25/036   Circulate the finance report             Lee Farr           14/04/2025\n")
    rows = _records(tmp_path, "minutes.txt", text)["rows"]
    cafe = next(json.loads(r["cells"]) for r in rows if "cafe" in r["row_text"])
    assert cafe[1]["text"].endswith("with people with lived experience") and cafe[2]["text"] == "Ines Loft"
    assert len(rows) == 3


def test_a_cell_wrapped_over_three_lines_stays_in_its_row(tmp_path: Path) -> None:
    """A wrapped end under a line that is itself a wrapped end continues the row when it starts where a
    column starts; the next numbered row is then read under the same labels, not as a table of its own."""
    text = ("No.   Scheme          SRO                   Key milestones\n"
            "1     Urgent Care     Ann Lee               Consultation - Jan 2017\n"
            "      Redesign                              Centre opens\n"
            "                                            - March 2017\n"
            "2     Elective Care   Bo Tran               Triage live - Feb 2017\n"
            "      and MSK         (Director of Ops)     Clinic - Qtr 3 17/18\n")
    rows = _records(tmp_path, "plan.txt", text)["rows"]
    cells = [[c["text"] for c in json.loads(r["cells"])] for r in rows]
    assert cells[0][3].endswith("Centre opens - March 2017")
    assert cells[1][:3] == ["2", "Elective Care and MSK", "Bo Tran (Director of Ops)"]
    assert all(json.loads(r["labels"]) == ["No.", "Scheme", "SRO", "Key milestones"] for r in rows) and len(rows) == 2


@pytest.mark.parametrize("mark", ['"', "〃", "ditto", "do."])
def test_a_ditto_mark_is_the_value_above_it_across_a_page_break(tmp_path: Path, mark: str) -> None:
    """A ditto in a column means the cell above, cited where that value is written; at the top of a
    table's continuation (the same labels again) it means the last row before the break."""
    text = ("No.   Scheme          SRO\n"
            "1     Urgent Care     Ann Lee\n"
            f"2     Elective Care   {mark}\n"
            "\nTable 1 (continued)\n\n"
            "No.   Scheme          SRO\n"
            f"3     Cancer          {mark}\n"
            "4     Maternity       Cy Ode\n")
    rows = _records(tmp_path, "plan.txt", text)["rows"]
    sro = {json.loads(r["cells"])[1]["text"]: json.loads(r["cells"])[2] for r in rows}
    assert {k: v["text"] for k, v in sro.items()} == {"Urgent Care": "Ann Lee", "Elective Care": "Ann Lee", "Cancer": "Ann Lee",
                                                      "Maternity": "Cy Ode"}
    assert sro["Cancer"]["quote"] == "Ann Lee"


def test_a_grid_under_period_labels_keeps_blank_cells_as_columns(tmp_path: Path) -> None:
    """"Q4 25/26  Q1 26/27 ..." are labels, not figures, and "Ref  Deliverable" two spaces apart are two:
    a row's mark stays under its quarter, its owner under "Owner", whatever cells are blank."""
    text = ("Ref  Deliverable                      Q4 25/26  Q1 26/27  Q2 26/27  Owner             Status\n"
            "---  -----------------------------  --------  --------  --------  ----------------  --------\n"
            "D01  Staff consultation closes      27/02/26                      Tam Garside       On track\n"
            "D03  Virtual ward reaches 150 beds  >         X                   Dr Ada Quill      On track\n")
    rows = _records(tmp_path, "plan.txt", text)["rows"]
    assert json.loads(rows[0]["labels"]) == ["Ref", "Deliverable", "Q4 25/26", "Q1 26/27", "Q2 26/27", "Owner", "Status"]
    first, third = ([c["text"] for c in json.loads(r["cells"])] for r in rows)
    assert first[2] == "27/02/26" and first[3] == first[4] == "" and first[5] == "Tam Garside"
    assert third[2:5] == [">", "X", ""] and third[5] == "Dr Ada Quill"


RACI = """Programme accountability matrix

This matrix shows who is Responsible (R), Accountable (A), Consulted (C) and Informed (I).

  Quill        Dr Ada Quill - Chief Medical Officer
  Oakcroft     Devinder Oakcroft - Chief Finance Officer
  Vanstone     Priya Vanstone - Director of Place

No  Deliverable                                Quill Oakcroft Vanstone
--  -----------------------------------------  ----- -------- --------
1   Virtual wards (VW) expansion to 180 beds   A     C        C
2   Coast UTC mobilisation and go-live         C     I        A/R
"""


def test_a_pipe_table_without_outer_pipes_is_a_table(tmp_path: Path) -> None:
    text = ("Risk register\n\nRisk ID | Description | Owner | Review date\n--- | --- | --- | ---\n"
            "UEC-01 | Handover delays | Mo Slocum | 31-Jan-2026\nWF-02 | Vacancies | Anji Verhoef | 30-Apr-2026\n\n"
            "A line of prose with a | pipe | or two stays prose.\n")
    rows = _records(tmp_path, "register.txt", text)["rows"]
    assert json.loads(rows[0]["labels"]) == ["Risk ID", "Description", "Owner", "Review date"]
    assert [json.loads(r["cells"])[2]["text"] for r in rows] == ["Mo Slocum", "Anji Verhoef"]


def test_a_simple_tables_columns_are_where_its_rule_says(tmp_path: Path) -> None:
    """Under "Quill Oakcroft Vanstone", one space apart, the dash rule shows three columns; a row
    numbered "1" with many cells is a table row, not a numbered paragraph."""
    rows = _records(tmp_path, "raci.txt", RACI)["rows"]
    assert json.loads(rows[0]["labels"]) == ["No", "Deliverable", "Quill", "Oakcroft", "Vanstone"]
    assert [c["text"] for c in json.loads(rows[1]["cells"])] == ["2", "Coast UTC mobilisation and go-live", "C", "I", "A/R"]


def test_a_responsibility_matrix_is_a_list_of_people_per_code_and_row(tmp_path: Path) -> None:
    lists = {r["intro"]: r for r in _records(tmp_path, "raci.txt", RACI)["lists"]}
    consulted = lists["Consulted (C): Virtual wards (VW) expansion to 180 beds"]
    assert consulted["items_text"] == "Devinder Oakcroft ; Priya Vanstone"
    assert [i["quote"] for i in json.loads(consulted["items"])] == ["Oakcroft", "Vanstone"]  # on the header line
    assert lists["Accountable (A): Coast UTC mobilisation and go-live"]["items_text"] == "Priya Vanstone"
    assert lists["Responsible (R): Coast UTC mobilisation and go-live"]["items_text"] == "Priya Vanstone"


def test_numbered_paragraphs_are_prose_not_a_table(tmp_path: Path) -> None:
    text = "1.0\tBackground:\n1.1\tThe programme began in 2013 with a director.\n1.2\tIn 2015 the guidance asked for plans.\n"
    assert not _records(tmp_path, "report.txt", text)["rows"]


def test_labelled_blocks_are_rows_of_their_labels(tmp_path: Path) -> None:
    text = ("WORKSTREAM 2  Urgent community response\n"
            "  Lead:            Fay Holt, Associate Director\n"
            "  Next milestone:  Seven-day cover across the Vale\n"
            "                   - due end of Q1 2026/27\n"
            "  Status:          GREEN\n\n"
            "3. Validate the waiting list for Hill Hospital. Owner: Dr Abe Lind. Due: Friday 21 November.\n")
    rows = _records(tmp_path, "report.txt", text)["rows"]
    block = next(r for r in rows if "Urgent community" in r["row_text"])
    cells = {label: c["text"] for label, c in zip(json.loads(block["labels"]), json.loads(block["cells"]))}
    assert cells["Lead"] == "Fay Holt, Associate Director" and cells["Status"] == "GREEN"
    assert cells["Next milestone"].endswith("due end of Q1 2026/27")
    inline = next(r for r in rows if "waiting list" in r["row_text"])
    assert json.loads(inline["labels"]) == ["Item", "Owner", "Due"]


def test_numbered_sections_are_the_items_of_the_heading_above(tmp_path: Path) -> None:
    """A list written as sections: "Our five priorities", then "## Priority 1: ...", "## Priority 2: ...",
    each with its own text. A Markdown heading is a heading however long it is."""
    md = ("# Joint Forward Plan\n\n### Our priorities\n\n"
          "#### Priority 1: Give every child the best start in life and in school\n\nWhat we will do: more health visitors.\n\n"
          "#### Priority 2: Help people live well for longer and reduce health inequalities\n\nWhat we will do: more checks.\n\n"
          "#### Priority 3: Faster access to planned care and diagnostics for everyone\n\nWhat we will do: two new centres.\n")
    lists = _records(tmp_path, "plan.md", md)["lists"]
    found = next(r for r in lists if r["intro"] == "Our priorities")
    items = [i["text"] for i in json.loads(found["items"])]
    assert items == ["Priority 1: Give every child the best start in life and in school",
                     "Priority 2: Help people live well for longer and reduce health inequalities",
                     "Priority 3: Faster access to planned care and diagnostics for everyone"]


def test_sections_numbered_by_a_code_are_the_items_of_the_heading_above(tmp_path: Path) -> None:
    """"Six prevention programmes", then "HL1 Smokefree Wexbury", "HL2 Healthy Weight", ...: a programme's
    code and number lead each section's name, with no colon between."""
    md = ("# Prevention plan\n\n### Three prevention programmes and who leads them\n\n"
          "#### HL1 Smokefree Wexbury\n\nLead: Director of Public Health.\n\n"
          "#### HL2 Healthy Weight\n\nLead: Consultant in Public Health.\n\n"
          "#### HL3 Alcohol Care Teams\n\nLead: Medical Director.\n")
    lists = _records(tmp_path, "plan.md", md)["lists"]
    found = next(r for r in lists if r["intro"].startswith("Three prevention programmes"))
    assert [i["text"] for i in json.loads(found["items"])] == ["HL1 Smokefree Wexbury", "HL2 Healthy Weight", "HL3 Alcohol Care Teams"]


def test_a_blocks_wrapped_title_is_read_whole(tmp_path: Path) -> None:
    """An action log writes the action over two lines, then its fields: the title is both lines, cited
    where it starts."""
    text = ("ACTION LOG\n\n"
            "QPC/25/41   Circulate the revised ambulance handover trajectory for Hill\n"
            "            Royal Infirmary to members.\n"
            "            Owner: Sue Bram       Due: 09/01/2026    Status: OPEN\n")
    rows = _records(tmp_path, "minutes.txt", text)["rows"]
    block = next(r for r in rows if "Sue Bram" in r["row_text"])
    title = json.loads(block["cells"])[0]
    assert title["text"].startswith("QPC/25/41 Circulate") and title["text"].endswith("Royal Infirmary to members.")
    assert title["line"] == 3 and title["quote"].startswith("QPC/25/41")


@pytest.mark.parametrize(("text", "intro", "items"), [
    ("Our 4 priorities:\n- Healthier starts\n- Neighbourhood care\n- Faster urgent care\n- A workforce that stays\n",
     "Our 4 priorities:", ["Healthier starts", "Neighbourhood care", "Faster urgent care", "A workforce that stays"]),
    ("List of background papers\n\nThe Five Year Forward View (2014)\nThe planning guidance (2015)\n",
     "List of background papers", ["The Five Year Forward View (2014)", "The planning guidance (2015)"]),
    # a line of lettered items under a heading: the heading's list
    ("Enablers\nA. Shared records B. One workforce C. Common estate D. Digital first\n",
     "Enablers", ["Shared records", "One workforce", "Common estate", "Digital first"]),
    # with nothing above to introduce it, the line is a list of its own
    ("A. Shared records B. One workforce C. Common estate D. Digital first\n",
     "A. Shared records B. One workforce C. Common estate D. Digital first",
     ["Shared records", "One workforce", "Common estate", "Digital first"]),
    # a PDF wraps lines where the page ends them: the intro's sentence starts on the line above, and an
    # item's unfinished sentence carries on in lower case on a line of its own
    ("It was agreed by the board. The document sets out three broad themes\nwhich drive the plan. The themes are:\n"
     "- Record sharing across organisations\n- Enabled citizens using technology to care at home and to\ntest patients in the community\n"
     "- Enabling IT for staff\n",
     "The document sets out three broad themes which drive the plan. The themes are:",
     ["Record sharing across organisations", "Enabled citizens using technology to care at home and to test patients in the community",
      "Enabling IT for staff"]),
])
def test_lists_keep_their_items(tmp_path: Path, text: str, intro: str, items: list[str]) -> None:
    lists = _records(tmp_path, "plan.txt", text)["lists"]
    found = next(lst for lst in lists if lst["intro"] == intro)
    assert [i["text"] for i in json.loads(found["items"])] == items


def test_abbreviations_and_code_keys_the_papers_define(tmp_path: Path) -> None:
    text = ("The Wyvern Integrated Care Board (ICB) met.\nRAG key: G = green, on track; A = amber, at risk; R = red\n")
    rows = _records(tmp_path, "paper.txt", text)["abbreviations"]
    pairs = {(r["kind"], r["short"], r["long"]) for r in rows}
    assert ("abbreviation", "ICB", "Wyvern Integrated Care Board") in pairs or ("abbreviation", "ICB", "Integrated Care Board") in pairs
    assert ("code", "A", "amber, at risk") in pairs


@pytest.mark.parametrize(("line", "pairs"), [
    ("  UTC  Urgent Treatment Centre        PCN  Primary Care Network", [("UTC", "Urgent Treatment Centre"), ("PCN", "Primary Care Network")]),
    ("CYP: Children and Young People", [("CYP", "Children and Young People")]),
    ("A&E | Accident and Emergency |", [("A&E", "Accident and Emergency")]),
    ("• MHSTs – Mental Health Support Teams", [("MHST", "Mental Health Support Teams")]),
    ("  FTE  whole-time equivalent staff", []),  # the words do not spell it
    ("The UTC will open in June", []),  # prose using the short form defines nothing
    # a paper's key run together in one line, each after a semicolon
    ("Abbreviations: BSOTS - Birmingham Symptom-specific Obstetric Triage System; MSSP - Maternity Safety Support Programme",
     [("BSOTS", "Birmingham Symptom-specific Obstetric Triage System"), ("MSSP", "Maternity Safety Support Programme")]),
])
def test_a_list_of_abbreviations_defines_them(line: str, pairs: list[tuple[str, str]]) -> None:
    from bot.records.abbreviations import listed

    assert list(listed([line])) == pairs


def test_rows_of_two_tables_are_joined_by_their_reference(tmp_path: Path) -> None:
    """Initiatives named in one table and owned in another, keyed only by "PC-04": each row is read
    with the other's words; a reference in one table alone joins nothing."""
    text = ("Table 1: Initiatives\n\nID\tInitiative\tPlace\nPC-04\tAdvice and Guidance expansion\tAll\n"
            "PC-05\tCataract pathway\tCastle\n\nSome prose between the two tables of this delivery plan.\n\n"
            "Table 2: Owners (by ID)\n\nID\tOwner\tMilestone\tDate\nPC-04\tDr Harriet Moss\tIn all 24 specialties\t30/11/2026\n")
    rows = {r["row_text"]: r for r in _records(tmp_path, "plan.txt", text)["rows"]}
    owner = rows["PC-04 | Dr Harriet Moss | In all 24 specialties | 30/11/2026"]
    assert "Advice and Guidance expansion" in owner["caption"]
    assert "Dr Harriet Moss" in rows["PC-04 | Advice and Guidance expansion | All"]["caption"]
    assert "Moss" not in rows["PC-05 | Cataract pathway | Castle"]["caption"]


REGISTER = ("C5 Risk register\n\n"
            "Ref             Scheme                Risk owner                          L          I\n"
            "R01             KEL1                  Gwendolyn Strake                    4          4\n"
            "   Risk: ENP recruitment does not fill the 24/7 rota, delaying the UCH.\n"
            "   Mitigation: Joint recruitment with KEL2.\n\n"
            "R07             HAT3                  Duncan Fairweather                  3          4\n"
            "   Risk: Too few community placements for people with learning disabilities.\n"
            "   Mitigation: Framework tender open to providers from outside the footprint.\n")


def test_a_registers_fields_written_under_each_row_are_that_rows_cells(tmp_path: Path) -> None:
    """Two-line records: "R07 | HAT3 | Duncan Fairweather | 3 | 4", then "Risk: ..." and "Mitigation: ..."
    indented under it, are one row of the register, the notes labelled as their lines label them."""
    rows = [r for r in _records(tmp_path, "register.txt", REGISTER)["rows"] if r["header_text"].startswith("Ref |")]
    assert [r["row_text"].split(" | ")[0] for r in rows] == ["R01", "R07"]
    r07 = rows[1]
    assert json.loads(r07["labels"]) == ["Ref", "Scheme", "Risk owner", "L", "I", "Risk", "Mitigation"]
    cells = [c["text"] for c in json.loads(r07["cells"])]
    assert cells[2] == "Duncan Fairweather" and cells[5].startswith("Too few community placements") and cells[6].startswith("Framework")


CHAT = ("Skype for Business - conversation history\nSubject: February tracker update\nDate: 14/02/2018\n"
        "Participants: Thea Wainscott; Kwabena Stott; Anselm Pryde\n\n"
        "[09:31] Thea Wainscott: Morning all. Reminder that February tracker updates need to be with the PMO by 5pm Fri 23 Feb please\n"
        "[09:32] Kwabena Stott: I'll send the template round today\n")


def test_a_chats_header_dates_the_chat_not_the_deadline_in_it(papers, tokenizer) -> None:
    """"Subject: ... / Date: 14/02/2018 / Participants: ...": the header of a conversation dates it, as an
    email's From / To / Subject header does; it does not fit a question asking when something is due."""
    from bot.answering.pipeline import context_for, ranked_candidates
    from bot.answering.scorer import load_scorer

    ctx = context_for("deadline for feb tracker updates to PMO? lost the skype message", papers({"chat.txt": CHAT}), tokenizer,
                      None, 1000, None)
    header = [c for c in ranked_candidates(ctx, load_scorer()) if c.source == "row" and c.answer.startswith("14/02/2018")]
    assert header and all(c.fits_form <= 0 for c in header), [(c.answer[:60], c.fits_form) for c in header]


OWNERS_BY_ID = ("Delivery tracker\n\nScheme ID\tScheme\tPlace\nRV3\tHome First discharge to assess\tRavensmere\n"
                "HT2\tLung Health Check\tHatchmoor\n\nOwners sheet\n\nScheme ID\tSRO\tDelivery lead\n"
                "RV3\tAnselm Pryde\tRosamund Keddie\nHT2\tMoira Tulloch\tHenrietta Lisle\n")


def test_a_row_giving_only_names_against_a_reference_is_about_what_the_reference_names(papers, tokenizer) -> None:
    """"RV3 | Anselm Pryde | Rosamund Keddie" says nothing of its own about what RV3 is: the tracker's
    row for RV3 does, so "who is the delivery lead for home first?" is answered from the owners' row."""
    from bot.answering.pipeline import answer

    reply = answer("who is the delivery lead for home first?", papers({"tracker.txt": OWNERS_BY_ID}), tokenizer)
    assert reply.answered and "Keddie" in reply.answer[:120], reply.answer


def test_a_group_label_over_the_column_labels_joins_them(tmp_path: Path) -> None:
    """"2026" written once over "Nov | Dec" (a merged cell) and "2027" over "Jan": each month column is
    labelled with its year; the group ends where the kind of label changes ("Note")."""
    text = ("Milestone plan\n\n\t\t2026\t\t2027\t\nRef\tMilestone\tNov\tDec\tJan\tNote\n"
            "M12\tEPR full business case submitted\t◆\t\t\tApproval expected Q4 2026/27\n"
            "M13\tEPR go-live\t\t\t◆\t\n")
    rows = _records(tmp_path, "plan.txt", text)["rows"]
    assert json.loads(rows[0]["labels"]) == ["Ref", "Milestone", "Nov 2026", "Dec 2026", "Jan 2027", "Note"]
    assert [r["row_text"].split(" | ")[0] for r in rows] == ["M12", "M13"]  # the label rows are no rows


@pytest.mark.parametrize(("line", "heading"), [
    ("5 Meetings", True),
    ("Lancashire and South Cumbria Integrated Care System Strategic Plan Development - Update Report", True),
    ("St. Helens and Knowsley Teaching Hospitals", True),
    ("The Board meets monthly, on the second Thursday of the month, from 2.00pm to 4.30pm. There", False),  # a wrapped sentence
    ("The Board will meet on the Second Thursday of each month at Aldercott House in Orrinmouth town", False),  # long, not title case
    # a label with its figure, a two-column table's row read as one line, is no heading
    ("Sustainability and Transformation Fund (STF) (35.0)", False),
    ("Provider Efficiencies (CIP) £168.9m", False),
    ("Registered Population 1,846", False),
    ("Residual Gap 14.2", False),
    # a numbering word with its number, a year in brackets and a count are still headings
    ("Section 2.1", True),
    ("Strategy Refresh (2018)", True),
    ("Priority 3", True),
])
def test_a_heading_is_a_title_not_the_first_line_of_a_wrapped_paragraph(line: str, heading: bool) -> None:
    from bot.reading.layout import is_heading

    assert is_heading(line, blank_before=True) is heading


def test_a_date_at_the_end_of_a_sentence_is_read_without_the_full_stop() -> None:
    from bot.answering import types

    assert [d for _, _, d in types.dates("There is no meeting in August. Papers go out early.")] == ["August"]
    assert [d for _, _, d in types.dates("It closes in Sept. next year")] == ["Sept."]


@pytest.mark.parametrize(("text", "amounts"), [
    ("Update WF-02 in the corporate risk register.", []),  # a reference code's number is no amount
    ("Six risks are rated high; UEC-01 scores 20.", ["Six", "20"]),
    ("The estate has 43 sites and a backlog of £94.7m.", ["43 sites", "£94.7m"]),
])
def test_amounts_and_counts_in_text(text: str, amounts: list[str]) -> None:
    from bot.answering.types import numbers

    assert [phrase for _, _, phrase in numbers(text)] == amounts


@given(st.lists(st.sampled_from(["Plan", "plan", "due", "Q4", "2017", "(SC)", "and", "x"]), max_size=12),
       st.lists(st.sampled_from(["Plan", "plan", "due", "Q4", "2017", "(SC)", "and", "x"]), max_size=12))
def test_an_item_quotes_the_most_leading_words_its_line_holds(line: list[str], item: list[str]) -> None:
    """on_line finds the count by halving: the same words as dropping the last word until the line holds them."""
    words = list(item)
    while words and " ".join(words) not in " ".join(line):
        words = words[:-1]
    assert on_line(SourceLine(line=1, text="  ".join(line)), " ".join(item)) == " ".join(words)


def test_a_table_is_read_with_its_title_and_the_note_under_it() -> None:
    """A sheet's title over a note over its table ("Transformation programmes - planned spend 2025/26" /
    "Values in £000, refreshed monthly from the schemes sheet." / the table): every row is read with both,
    as a reader reads the table under its title."""
    from bot.records.table_rows import table_caption

    lines = [SourceLine(page=1, line=None, text=t) for t in (
        "Summary", "Transformation programmes - planned spend 2025/26", "Values in £000, refreshed monthly from the schemes sheet.",
        "Programme\tApr-25\tMay-25\tTotal", "HT01 Urgent care\t440\t460\t900")]
    assert table_caption(lines, 3) == ("Transformation programmes - planned spend 2025/26 "
                                       "Values in £000, refreshed monthly from the schemes sheet.")
    ended = [SourceLine(page=1, line=None, text=t) for t in ("The board agreed the plan.", "Values in £000 for the year to date.", "A\tB", "1\t2")]
    assert table_caption(ended, 2) == "Values in £000 for the year to date."  # a sentence above is no title
