"""What a plan's cells say besides the date and the owner: a date the plan says is not known is the
answer to "when", said as the plan says it; an owner cell repeating its column's label ("Owner: Owen
Treharne") names the owner without it; a footnote's marker after a date ("Q4 16/17 1") is not the date's."""

import pytest

from bot.answering.pipeline import answer
from bot.models import DocumentInfo, ParsedDocument, SourceLine
from bot.records.owners import split_owners
from bot.records.trackers import tracker_records
from bot.records.dates import without_marker
from bot.records.footnotes import due_with_note, page_footnotes
from bot.records.owners import unlabelled
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

TRACKER = """Wexbury STP delivery tracker 2016/17

Ref\tMilestone\tOwner\tDue\tStatus
PB1\tE-rostering live in all three providers\tOwner: Wilhelmina Grout (Deputy Director of Workforce)\ttime frame as yet unknown\tAmber
PB2\tShared payroll service live\tOwner: Jerome Athelstan (Director of Corporate Services)\tApr-18\tGreen
PB3\tOpt-out referral pathway live in both maternity units\tOwner: Lucinda Farraday (Head of Midwifery)\tQ4 16/17 1\tGreen

1 Subject to the maternity network's sign-off.
"""


@pytest.fixture
def index(papers):
    return papers({"tracker.txt": TRACKER, **OTHER_PAPERS})


LDP = """Wexbury Local Delivery Plan 2016/17

\tInitiatives which we will focus on in 2016/17 - 17/18\tScheme Owner\tRisks
1\tCarter productivity: e-rostering for all clinical staff groups Key milestones: e-rostering in all three providers - time frame as yet unknown\tWilhelmina Grout\tRoster system funding
2\tShared back office: payroll and recruitment Key milestones: Qtr 4: shared payroll service live\tJerome Athelstan\tStaff consultation
"""


def test_a_date_the_plan_says_is_unknown_answers_when(papers, tokenizer: Tokenizer) -> None:
    reply = answer("When will e-rostering be in place for all clinical staff groups?", papers({"ldp.txt": LDP, **OTHER_PAPERS}), tokenizer)
    assert reply.answered and "time frame as yet unknown" in reply.answer, reply.answer


def test_an_owner_is_named_without_the_label_it_repeats(index, tokenizer: Tokenizer) -> None:
    reply = answer("Who owns the shared payroll service?", index, tokenizer)
    assert reply.answered and "Jerome Athelstan" in reply.answer and "Owner: Owner" not in reply.answer, reply.answer


def test_a_footnote_marker_is_not_part_of_the_date(index, tokenizer: Tokenizer) -> None:
    reply = answer("When will the opt-out referral pathway be live?", index, tokenizer)
    assert reply.answered and "Q4 16/17" in reply.answer and "16/17 1" not in reply.answer, reply.answer


def test_a_trackers_date_is_read_with_its_footnote() -> None:
    lines = [SourceLine(page=2, line=None, text=t) for t in (
        "Ref\tInitiative\tOwner\tKey milestone\tDate", "UEC2\tAshcombe UTC\tSimone Gathercole\tUTC open 24/7\tWinter 2017/18 3",
        "UEC3\tDischarge to Assess\tKieran Mallowby\tD2A on all wards\tQ4 16/17", "3", "Subject to the outcome of public consultation.")]
    doc = ParsedDocument(info=DocumentInfo(id="d", file_name="annex.pdf", title="annex", kind="pdf", sha256="0" * 64), lines=lines)
    dues = {m["text"]: (m["due_raw"], m["precision"]) for m in tracker_records(doc, {}, split_owners).milestones}
    assert dues["UTC open 24/7"] == ("Winter 2017/18 (note 3: Subject to the outcome of public consultation.)", "season")
    assert dues["D2A on all wards"] == ("Q4 16/17", "quarter")


def test_footnotes_below_the_table_by_page() -> None:
    lines = [SourceLine(page=2, line=None, text=t) for t in (
        "Ref\tMilestone\tDate", "UEC2\tUTC open 24/7\tWinter 2017/18 3", "3", "Subject to the outcome of public consultation.",
        "1 Depends on the maternity tariff agreement.", "OFFICIAL Page 2")]
    assert page_footnotes(lines) == {(2, "3"): "Subject to the outcome of public consultation.",
                                     (2, "1"): "Depends on the maternity tariff agreement."}
    assert due_with_note("Winter 2017/18", "Winter 2017/18 3", 2, page_footnotes(lines)).endswith("(note 3: Subject to the outcome of public consultation.)")


def test_a_marker_of_a_table_running_over_pages_is_explained_under_its_end() -> None:
    """Notes sit under a table's end: a marker on page 2 with no note there is explained on page 3, the
    next page with notes; a later page's notes (another table's) are not read for it."""
    lines = [SourceLine(page=p, line=None, text=t) for p, t in (
        (2, "Ref\tMilestone\tDate"), (2, "UEC1\tUTC opens\tWinter 2017/18 1"), (2, "OFFICIAL Page 2"),
        (3, "Ref\tMilestone\tDate"), (3, "PC2\tGlaucoma clinics\tQ2 17/18"),
        (3, "1 UEC1: opening planned for 15/01/2018, subject to registration."), (3, "OFFICIAL Page 3"),
        (5, "Risk\tOwner\tScore"), (5, "R1\tAnn Tester\t12"), (5, "2 Scored before mitigation by the board."))]
    notes = page_footnotes(lines)
    assert due_with_note("Winter 2017/18", "Winter 2017/18 1", 2, notes).endswith("(note 1: UEC1: opening planned for 15/01/2018, subject to registration.)")
    assert due_with_note("Mar-18", "Mar-18 2", 2, notes) == "Mar-18"


@pytest.mark.parametrize(("raw", "date"), [("Q4 16/17 1", "Q4 16/17"), ("Winter 2017/18 3", "Winter 2017/18"),
                                           ("Mar-18 2", "Mar-18"), ("Wave 1", "Wave 1"), ("31/03/2017", "31/03/2017")])
def test_without_marker(raw: str, date: str) -> None:
    assert without_marker(raw, 2016) == date


@pytest.mark.parametrize(("cell", "owner"), [("Owner: Owen Treharne (Head of Public Health)", "Owen Treharne (Head of Public Health)"),
                                             ("SRO: Dr A Bell", "Dr A Bell"), ("Leadership Academy", "Leadership Academy")])
def test_unlabelled(cell: str, owner: str) -> None:
    assert unlabelled(cell) == owner


BLOCKS = """Fernbrook STP programme on a page

OH2 Extended GP access
  Lead: Dr Hamish Vent
  Glasswick hub go-live: 2 October 2017
OH3 Enhanced health in care homes
  Lead: Rachel Tiplow, Head of Community Services
  Roll-out: time frame as yet unknown
"""


def test_a_block_whose_only_date_is_said_unknown_answers_when(papers) -> None:
    """A labelled block with no date, one field saying its date is not known: that is the answer to "when"."""
    index = papers({"page.txt": BLOCKS, **OTHER_PAPERS})
    reply = answer("When will enhanced health in care homes (OH3) be rolled out?", index, Tokenizer())
    assert reply.answered and "as yet unknown" in reply.answer[:120] and "2 October" not in reply.answer, reply.answer
