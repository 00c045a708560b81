"""A tracker's "Original date" is the date first planned; its "Revised date" column, where filled,
supersedes it, and where blank leaves it standing. A line stating one move ("deferred from Summer 2017
to Autumn 2017") answers "when" with the date moved to, whatever other date it names first."""

from bot.answering.pipeline import answer
from bot.models import DocumentInfo, ParsedDocument, SourceLine
from bot.records.owners import split_owners
from bot.records.trackers import tracker_records
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

ROWS = ("Programme\tRef\tMilestone\tLead\tOriginal date\tRevised date\tStatus",
        "P6 Acute Collaboration\tP6.1\tShared pathology business case\tGideon Strathairn\tQ3 16/17\t28 February 2017\tDelayed",
        "\tP6.2\tPublic consultation on a single stroke unit\tOriel Tennant\tSummer 2017\t\tOn track")


def test_the_original_date_stands_where_no_revised_one_is_given() -> None:
    doc = ParsedDocument(info=DocumentInfo(id="d", file_name="tracker.xlsx", title="tracker", kind="xlsx", sha256="0" * 64),
                         lines=[SourceLine(page=1, line=None, text=t) for t in ROWS])
    dues = {m["text"]: (m["due_raw"], m["precision"]) for m in tracker_records(doc, {}, split_owners).milestones}
    assert dues["Public consultation on a single stroke unit"] == ("Summer 2017", "season")
    assert dues["Shared pathology business case"] == ("28 February 2017 (revised from Q3 16/17)", "day")


NOTE = """Wexbury Programme Board - note of the meeting held on 14 March 2017

5. Stroke (P6.2). The Clinical Senate review will not report until June, so the public consultation on a single stroke unit is deferred from Summer 2017 to Autumn 2017.
"""
PLAN = """Wexbury STP acute collaboration plan

Ref\tMilestone\tLead\tDue
P6.2\tPublic consultation on a single stroke unit\tOriel Tennant\tSummer 2017
"""


def test_a_line_stating_one_move_leads_with_the_date_moved_to(papers) -> None:
    reply = answer("When will the public consultation on a single stroke unit take place?",
                   papers({"plan.txt": PLAN, "note.txt": NOTE, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("Autumn 2017"), reply.answer
