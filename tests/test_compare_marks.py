"""A comparison report's word-level marks ("[-old-]{+new+}", git --word-diff and wdiff): the line says the
revised text, the text it replaced noted beside it, so "who is the SRO now?" and "what was the date in the
first version?" are both answered, and a hunk's header is the section of its lines."""

import pytest

from bot.answering.pipeline import answer
from bot.reading.compare_marks import read_marks
from bot.textnorm import Tokenizer

REPORT = """DOCUMENT COMPARISON REPORT
Original : Delivery Plan v1.2
Revised  : Delivery Plan v1.3

@@ 4.3 Urgent Care (UC) @@
~ Senior Responsible Owner: [-Patrick Okorafor, Chief Operating Officer-]{+Sunita Gillespie, Chief Operating
  Officer, from 1 February 2017+}. Clinical lead: Dr Fiona Lambeth.
  UC2 Ashby Lane Urgent Treatment Centre. Lead: Dr Fiona Lambeth.
~ Milestone: centre opens [-October 2017-]{+December 2017 (moved by the Delivery Group on 11 January 2017)+}.

@@ 4.6 Hospital Sustainability (HS) @@
~ [-HS3 Elective orthopaedic hub. Lead: Andrew Kittow.
  Milestone: business case, March 2017.-]
~ {+HS4 Shared payroll service. Lead: Eleanor Fairbairn.+}

@@ 6.2 Governance: meetings @@
~ The Partnership Board meets on the [-first-]{+last+} Thursday of each month{+, from March 2017+}.
"""


def test_the_revised_text_is_read_with_the_replaced_text_beside_it() -> None:
    text, hunks = read_marks(REPORT)
    lines = text.split("\n")
    assert len(lines) == len(REPORT.split("\n"))  # every later line keeps its number
    assert lines[4] == "4.3 Urgent Care (UC)" and 5 in hunks
    assert "Sunita Gillespie, Chief Operating" in lines[5]
    assert "from 1 February 2017 (was Patrick Okorafor, Chief Operating Officer). Clinical lead" in lines[6]
    assert "centre opens December 2017 (was October 2017) (moved by" in lines[8]
    assert "(deleted: HS3 Elective orthopaedic hub. Lead: Andrew Kittow. Milestone: business case, March 2017.)" in lines[11]
    assert "HS4 Shared payroll service (added). Lead: Eleanor Fairbairn." in lines[13]
    # a note is moved past the words that follow, so as not to split their phrase
    assert "meets on the last Thursday of each month (was first), from March 2017." in lines[16]


def test_a_stray_mark_is_no_report() -> None:
    text = "Budget {+2%} uplift\nA note [-see below-]\n"
    assert read_marks(text) == (text, set())


@pytest.mark.parametrize("question, says", [
    ("Who is the SRO for urgent care now?", "Sunita Gillespie"),
    ("When will the Ashby Lane UTC open?", "December 2017"),
    ("In version 1.2, when was the Ashby Lane UTC due to open?", "October 2017"),
    ("Which Thursday does the Partnership Board meet on?", "last Thursday"),
])
def test_a_compare_report_answers_for_the_revised_plan(papers, question: str, says: str) -> None:
    reply = answer(question, papers({"compare.txt": REPORT}), Tokenizer())
    assert reply.answered and says in reply.answer, reply.answer


def test_a_keys_example_marks_are_left_as_written() -> None:
    key = "Key\n  [-text-]   deleted from v1.2\n  {+text+}   inserted in v1.3\n" + REPORT
    text, _ = read_marks(key)
    assert "  [-text-]   deleted from v1.2" in text and "  {+text+}   inserted in v1.3" in text


def test_which_initiative_is_answered_by_a_line_naming_it_by_its_code(papers) -> None:
    reply = answer("which initiative was withdrawn?", papers({"compare.txt": REPORT.replace(
        "~ {+HS4 Shared payroll service. Lead: Eleanor Fairbairn.+}", "~ {+HS3 has been withdrawn; its capacity moves to PS1.+}")}), Tokenizer())
    assert reply.answered and "HS3" in reply.answer, reply.answer


def test_an_opening_mark_never_closed_near_it_is_text() -> None:
    """A "[-" with no "-]" within a paragraph's length is not read on to a far one: it stays as written."""
    from bot.reading.compare_marks import MARK_CHARS

    far = "Note [- see below\n" + "x" * (MARK_CHARS + 10) + "\nend -] here\n" + REPORT
    text, _ = read_marks(far)
    assert text.startswith("Note [- see below\n") and "end -] here" in text
    assert "from 1 February 2017 (was Patrick Okorafor, Chief Operating Officer)" in text  # the report's marks still read
