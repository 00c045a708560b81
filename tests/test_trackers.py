"""Milestone trackers (an Excel sheet, a tab-separated text) read into initiative and milestone records."""

from datetime import date, datetime
from pathlib import Path

import pytest

from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.digests.digest import build_digest, digest_text
from bot.reading.files import read_document
from bot.records.extract import extract_records
from bot.records.trackers import tracker_header
from bot.render import reply_text
from bot.service import Planbot
from tests.conftest import BOARD_PAPER
from tests.office_files import workbook

TRACKER = [
    ["Fylde Coast LDP milestone tracker 2016/17"],
    [],
    ["Lead", "Scheme", "LDP", "Key milestone", "Target date", "RAG"],
    ["Alex Sample (Exec Lead)", "Stroke pathway redesign", "Fylde", "New pathway agreed", "Qtr 3", "G"],
    [None, None, None, "Pathway implemented", datetime(2017, 1, 20), "R"],
    ["Pat Owner", "Care homes support", "Fylde Coast", "Care home team in place", "January 2017", "A"],
]


def _tracker(tmp_path: Path) -> Path:
    return workbook(tmp_path / "tracker.xlsx", {
        "Milestones": TRACKER,
        "Contacts": [["Team", "Email"], ["PMO", "pmo@example.nhs.uk"]],
        "Old": [["Scheme", "Milestone", "Due"], ["Gone", "Gone", "Qtr 1"]],
    }, hidden=("Old",))


def test_an_excel_tracker_gives_initiatives_and_milestones_like_the_ldp_tables(tmp_path: Path) -> None:
    from bot.records.areas import build_book

    # the build's plan areas (from the annex's headings) name "Fylde" as Fylde Coast
    records = extract_records(read_document(_tracker(tmp_path), 10**7), build_book(["Fylde Coast"]))
    ldp = extract_records(read_document(_write(tmp_path, "board.txt", BOARD_PAPER), 10**7))
    assert set(records["initiatives"][0]) == set(ldp["initiatives"][0])
    assert set(records["milestones"][0]) == set(ldp["milestones"][0]) | {"status"}
    stroke = next(r for r in records["initiatives"] if r["title"] == "Stroke pathway redesign")
    assert (stroke["area"], stroke["owners"], stroke["page"], stroke["line"]) == ("Fylde Coast", '["Alex Sample (Exec Lead)"]', 1, 4)
    due = {m["text"]: (m["initiative"], m["due_raw"], m["start"], m["end"], m["precision"], m["status"], m["line"])
           for m in records["milestones"]}
    assert due == {
        "New pathway agreed": ("Stroke pathway redesign", "Qtr 3", "2016-10-01", "2016-12-31", "quarter", "G", 4),
        "Pathway implemented": ("Stroke pathway redesign", "20 January 2017", "2017-01-20", "2017-01-20", "day", "R", 5),
        "Care home team in place": ("Care homes support", "January 2017", "2017-01-01", "2017-01-31", "month", "A", 6),
    }
    assert all(m["owner"] for m in records["milestones"])  # a merged owner cell carries down
    assert "Gone" not in {r["title"] for r in records["initiatives"]}  # hidden sheet


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_tab_separated_tracker_in_text_reads_the_same_way(tmp_path: Path) -> None:
    text = ("Delivery tracker 2025/26\n\nRef\tScheme\tWorkstream\tLead\tNext milestone\tDue\tRAG\n"
            "DD-01\tCare record\tDigital\tGwen Atter\tSocial care feed live\t31/10/2025\tA\n"
            "DD-02\tPortal\tDigital\tKieran Odd\tLetters in the portal\tQ3 2025/26\tR\n\nSummary: 2 schemes.\n")
    records = extract_records(read_document(_write(tmp_path, "t.txt", text), 10**7))
    assert [(r["number"], r["title"], r["owner_raw"]) for r in records["initiatives"]] == [
        ("DD-01", "Care record", "Gwen Atter"), ("DD-02", "Portal", "Kieran Odd")]
    assert [(m["end"], m["precision"], m["status"]) for m in records["milestones"]] == [
        ("2025-10-31", "day", "A"), ("2025-12-31", "quarter", "R")]


GRID = ("Quarterly delivery plan 2026/27\n\n"
        "Ref  Deliverable                      Q4 25/26  Q1 26/27  Q2 26/27  Owner             Status\n"
        "---  -----------------------------  --------  --------  --------  ----------------  ------------------\n"
        "D01  Staff consultation closes      27/02/26                      Tam Garside       On track\n"
        "D03  Virtual ward reaches 150 beds  >         X                   Dr Ada Quill      On track\n"
        "D05  Care record phase 2 live       >         >         X         Hal Quennell      Moved (was Mar-26)\n"
        "D07  Nurse cohort 2 in post                   >                   Bo Ennis          Not started\n")


def test_a_delivery_grid_dates_each_row_by_its_marked_quarter(tmp_path: Path) -> None:
    """Rows marked "X" under a quarter are due by its end, a date in the cell on that day, ">" is work
    under way (no milestone); the owner and status columns are kept, and "was Mar-26" is the date before."""
    records = extract_records(read_document(_write(tmp_path, "plan.txt", GRID), 10**7))
    assert [(r["number"], r["title"], r["owner_raw"]) for r in records["initiatives"]][:2] == [
        ("D01", "Staff consultation closes", "Tam Garside"), ("D03", "Virtual ward reaches 150 beds", "Dr Ada Quill")]
    assert [(m["text"], m["end"], m["due_raw"], m["status"]) for m in records["milestones"]] == [
        ("Staff consultation closes", "2026-02-27", "27/02/26", "On track"),
        ("Virtual ward reaches 150 beds", "2026-06-30", "Q1 26/27", "On track"),
        ("Care record phase 2 live", "2026-09-30", "Q2 26/27 (moved from Mar-26)", "Moved (was Mar-26)")]


@pytest.mark.parametrize("note", ["Moved from Nov 2026 (asbestos)", "moved from Nov 2026", "Was Nov 2026"])
def test_a_note_giving_the_date_before_is_read_however_it_is_capitalised(tmp_path: Path, note: str) -> None:
    text = ("Milestone plan\n\nRef\tMilestone\tOwner\tStatus\tDec 2026\tJan 2027\tNote\n"
            f"M01\tSDEC extension opens\tDr Owen Maddox\tAmber\t\t◆\t{note}\n"
            "M02\tHub live\tAnn Fair\tGreen\t◆\t\t\n")
    records = extract_records(read_document(_write(tmp_path, "plan.txt", text), 10**7))
    assert [m["due_raw"] for m in records["milestones"]] == ["Jan 2027 (moved from Nov 2026)", "Dec 2026"]


def test_an_action_log_is_not_read_as_a_delivery_plan(tmp_path: Path) -> None:
    text = ("No.      Action                                   Owner              Due\n"
            "-------  ---------------------------------------  -----------------  ----------\n"
            "25/031   Send the winter review to partners       Dr Kay Vale        21/03/2025\n"
            "25/036   Circulate the finance report             Lee Farr           14/04/2025\n")
    records = extract_records(read_document(_write(tmp_path, "minutes.txt", text), 10**7))
    assert not records["milestones"] and len(records["rows"]) == 2


def test_whats_due_this_quarter_is_read_from_a_delivery_grid(tmp_path: Path, tokenizer) -> None:
    papers = tmp_path / "papers"
    papers.mkdir()
    _write(papers, "plan.txt", GRID)
    build_index([papers], tmp_path / "index", tokenizer, 10**7)
    reply = Planbot(tmp_path / "index", tokenizer).ask(
        "Which deliverables are due by the end of the current quarter?", as_of=date(2026, 2, 16))
    assert reply.answered and "Staff consultation closes" in reply.answer and "150 beds" not in reply.answer, reply.answer


def _programme_sheets(path: Path) -> Path:
    """A workbook of one sheet per programme: a key-value block naming it, then its milestones with a
    baseline and a forecast date and no initiative column."""
    def sheet(programme: str, sro: str, milestones: list[list[object]]) -> list[list[object]]:
        return [["Programme", programme], ["SRO", sro], ["Overall RAG", "Amber"], [],
                ["Ref", "Milestone", "Lead", "Baseline", "Forecast", "Status"], *milestones]
    return workbook(path, {
        "Read me": [["Milestone tracker, one sheet per programme"], ["Baseline = date in v2.1; Forecast = current expected date"]],
        "P3 UEC": sheet("P3 Urgent & Emergency Care", "Helen Braithwaite", [
            ["P3-01", "Urgent treatment centre opens", "Lena Hartigan", datetime(2018, 10, 1), datetime(2018, 12, 3), "Re-planned"]]),
        "P8 Workforce": sheet("P8 Workforce & OD", "Marion Quaye", [
            ["P8-01", "Nursing associates: cohort 2 starts", "Gemma Strickland", datetime(2019, 1, 14), datetime(2019, 1, 14), "On track"],
            ["P8-02", "Collaborative bank go-live", "Peter Nwachukwu", datetime(2019, 4, 1), datetime(2019, 4, 1), "On track"]]),
    })


def test_a_sheet_per_programme_gives_that_programmes_milestones(tmp_path: Path) -> None:
    records = extract_records(read_document(_programme_sheets(tmp_path / "tracker.xlsx"), 10**7))
    due = {(m["initiative"], m["text"]): (m["end"], m["owner"]) for m in records["milestones"]}
    assert due[("P8 Workforce & OD", "Nursing associates: cohort 2 starts")] == ("2019-01-14", "Gemma Strickland"), due
    assert due[("P3 Urgent & Emergency Care", "Urgent treatment centre opens")][0] == "2018-12-03"  # the forecast, not the baseline
    assert len(due) == 3  # each row once: not read again as a grid


def test_whats_due_for_a_programme_is_read_from_its_own_sheet(tmp_path: Path, ask_folder) -> None:
    (tmp_path / "papers").mkdir()
    _programme_sheets(tmp_path / "papers" / "tracker.xlsx")
    reply = ask_folder(tmp_path / "papers", "Which Workforce & OD milestones fall due in Q4 2018/19?")
    assert reply.answered and "cohort 2" in reply.answer and "Collaborative bank" not in reply.answer, reply.answer


@pytest.mark.parametrize(("header", "is_tracker"), [
    ("Scheme\tLead\tMilestone\tDue date\tRAG", True),
    ("Initiative\tOwner\tTarget date\tStatus", True),
    ("Project\tKey deliverable\tDeadline", True),
    ("Scheme\tOwner", False),  # no dates: an owner list, not a tracker
    ("Ref\tAction\tLead\tMilestone\tBy when\tRAG", True),  # an action plan: each action with the milestone marking it done
    ("Action\tOwner\tDue\tStatus", False),  # an action log: the action is what is due
    ("Team\tEmail\tPhone", False),
])
def test_tracker_headers_in_common_wordings(header: str, is_tracker: bool) -> None:
    assert (tracker_header(header) is not None) == is_tracker


def test_tracker_answers_cite_sheet_and_row_and_the_digest_shows_its_status(tmp_path: Path, tokenizer) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _tracker(corpus)
    report = build_index([corpus], tmp_path / "index", tokenizer, 10**7)
    assert report.files[0].warnings == ["tracker.xlsx: sheet 'Old' is hidden and was skipped"]
    bot = Planbot(tmp_path / "index", tokenizer)
    reply = bot.ask("who leads care homes support in fylde?")
    assert reply.answered and "Pat Owner" in reply.answer
    assert "tracker.xlsx" in reply.citations[0].document and "sheet 1, row 6" in reply_text(reply)
    index = PlanIndex.open(tmp_path / "index")
    try:
        digest = build_digest(index, date(2017, 1, 25), days=7, weeks=4, passed_days=14)
    finally:
        index.close()
    passed = [i for i in digest.items if i.section == "passed"]
    assert [(i.milestone, i.status) for i in passed] == [("Pathway implemented", "R")]
    assert "status: R" in digest_text(digest)
    assert {i["milestone"]: i["status"] for i in digest.as_json()["items"]} == {"Care home team in place": "A", "Pathway implemented": "R"}


def test_a_tracker_replacing_a_decks_milestones_shows_as_moved_milestones(tmp_path: Path, tokenizer) -> None:
    from bot.index.changes import change_lines, changes_between
    from tests.office_files import deck

    header = ["", "Initiatives which we will focus in 2016/17 - 17/18", "Scheme Owner", "Risks"]
    rows = [["1", "Stroke pathway redesign Key milestones: Qtr 3: New pathway agreed Qtr 4: Pathway implemented",
             "Alex Sample (Exec Lead)", "Workforce"],
            ["2", "Care homes support Key milestones: Care home team in place (January 2017)", "Pat Owner", "Funding"]]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    title = "Fylde Coast Key milestones, Owners, Risks, Governance & Interdependencies 1/1"
    deck(corpus / "annex.pptx", [{"title": "Fylde Coast LDP"}, {"title": title, "table": (30, 100, [header, *rows])}])
    build_index([corpus], tmp_path / "index", tokenizer, 10**7)
    deck(corpus / "annex.pptx", [{"title": "Fylde Coast LDP", "boxes": [(40, 120, 400, ["Milestones are in the tracker."])]}])
    workbook(corpus / "tracker.xlsx", {"Milestones": [
        ["LDP milestone tracker 2016/17"], ["LDP", "Scheme", "Milestone", "Owner", "Due", "RAG"],
        ["Fylde Coast", "Stroke pathway redesign", "New pathway agreed", "Alex Sample (Exec Lead)", "Qtr 4", "A"],
        ["Fylde Coast", "Stroke pathway redesign", "Pathway implemented", "Alex Sample (Exec Lead)", "Qtr 4", "G"],
        ["Fylde Coast", "Care homes support", "Care home team in place", "Pat Owner", "January 2017", "G"]]})
    build_index([corpus], tmp_path / "index", tokenizer, 10**7)
    report = changes_between(tmp_path / "index")
    assert not report.added and not report.removed
    assert [(c.kind, c.subject, c.before, c.after) for c in report.changed] == [
        ("milestone", "New pathway agreed (Stroke pathway redesign)", "Qtr 3", "Qtr 4")]
    assert "[LDP milestone tracker 2016/17, sheet 1, row 3]" in change_lines(report)[0]


@pytest.mark.parametrize(("labels", "roles"), [
    # an export's record number is no project, and its start and baseline dates are not when work is due
    (["project id", "project name", "sro", "start date", "planned end", "baseline end"],
     {"number": 0, "initiative": 1, "owner": 2, "due": 4}),
    # (the original date is kept apart as the row's baseline: it stands where the revised cell is blank)
    (["Scheme ref", "Scheme", "Lead", "Original date", "Revised date"], {"number": 0, "initiative": 1, "owner": 2, "baseline": 3, "due": 4}),
    (["Initiative", "Owner", "Last updated", "Target date"], {"initiative": 0, "owner": 1, "due": 3}),
])
def test_numbers_starts_and_baselines_are_not_the_initiative_or_its_due_date(labels: list[str], roles: dict[str, int]) -> None:
    from bot.records.trackers import label_roles

    assert label_roles(labels) == roles


def _page(n: int, rows: list[str], footer: bool = True) -> list:
    from bot.models import SourceLine

    return [SourceLine(page=n, text=t) for t in rows] + ([SourceLine(page=n, text=f"Action log - OFFICIAL {n}")] if footer else [])


def test_a_tracker_running_onto_the_next_page_without_its_header_is_read_on() -> None:
    from bot.models import DocumentInfo, ParsedDocument

    header = "Ref\tProject\tLead\tDue\tStatus"
    lines = _page(1, ["Delivery log", header, "A-01\tStroke unit\tAlex Sample\t20/10/26\tOT"]) + \
        _page(2, ["A-02\tFrailty hub\tSam Teal\t23/10/26\tAR", "A-03\tCare record\tJo Bloggs\tw/c 19/10/26\tOT", "", "Notes: the key"])
    doc = ParsedDocument(info=DocumentInfo(id="d", file_name="log.pdf", title="t", kind="pdf", sha256="0" * 64), lines=lines)
    records = extract_records(doc)
    assert [m["initiative"] for m in records["milestones"]] == ["Stroke unit", "Frailty hub", "Care record"]
    row_labels = {r["row_text"].split(" | ")[1]: r["header_text"] for r in records["rows"]}
    assert row_labels["Frailty hub"] == "Ref | Project | Lead | Due | Status"


def test_a_table_on_the_next_page_of_another_width_is_another_table() -> None:
    from bot.records.tables import runs_on

    lines = _page(1, ["Ref\tProject\tLead\tDue", "A-01\tStroke unit\tAlex Sample\t20/10/26"]) + _page(2, ["Name\tEmail", "Sam Teal\ts@nhs.net"])
    assert runs_on(lines, 2, lines[0].text) is None
    same = _page(1, ["Ref\tProject\tLead\tDue", "A-01\tStroke unit\tAlex Sample\t20/10/26"]) + \
        _page(2, ["Ref\tProject\tLead\tDue", "A-02\tFrailty hub\tSam Teal\t23/10/26"], footer=False)
    assert runs_on(same, 2, same[0].text) == 4  # a repeated header is passed over


LOG = """SDG action log

Ref\tAction / milestone\tProg\tLead\tDue\tStatus
SDG-01\tCare record: Hallamby practices onboarded\tLC7\tDeclan Hoskins\t26/10/26\tOT
SDG-02\tMutual aid agreement for orthopaedics\tLC2\tLeonie Farquharson\t19/10/26\tOT
SDG-03\tAgency spend at 3.2% of the pay bill\tLC7\tBeatrix Lowther\t30/11/26\tAR
"""


def test_a_window_narrowed_to_a_programme_code_is_answered_with_its_rows(papers, tokenizer) -> None:
    from bot.answering.pipeline import answer

    reply = answer("what LC7 milestones are due this qtr?", papers({"log.txt": LOG}), tokenizer, date(2026, 10, 18))
    assert reply.answered, reply.answer
    assert "Care record" in reply.answer and "Agency spend" in reply.answer and "orthopaedics" not in reply.answer


def test_an_action_plans_actions_are_initiatives_with_their_milestones(tmp_path: Path) -> None:
    """"Ref | Action | Lead | Milestone | By when": each action is a piece of work, led by its lead, done when its
    milestone is met by its date; what falls due is the milestone, of that action."""
    text = ("End of life care implementation plan\n\nRef\tAction\tLead\tMilestone\tBy when\tRAG\n"
            "EL04\tSix Steps training for care home staff\tPO\tFirst cohort of 20 care homes complete\tw/c 5 June 2017\tG\n"
            "EL10\tJust in case anticipatory medicines\tJB\tAll 12 pharmacies stocking\tby end of June 2017\tA\n")
    records = extract_records(read_document(_write(tmp_path, "plan.txt", text), 10**7))
    assert [(r["number"], r["title"], r["owner_raw"]) for r in records["initiatives"]] == [
        ("EL04", "Six Steps training for care home staff", "PO"), ("EL10", "Just in case anticipatory medicines", "JB")]
    assert [(m["text"], m["end"]) for m in records["milestones"]] == [
        ("First cohort of 20 care homes complete", "2017-06-05"), ("All 12 pharmacies stocking", "2017-06-30")]

