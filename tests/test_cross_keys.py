"""A cross means what the document's key says: under a readiness checklist keyed "✗ not ready: a risk to
go-live" it is a status, asked after like any other ("which criteria were rated not ready?"); in a matrix
keyed "✗ = not covered", or with no key, it is no entry."""

import pytest

from bot.answering.pipeline import answer
from bot.models import SourceLine
from bot.reading.marks import cell_text, cross_meaning, read_cross_marks
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

CHECKLIST = """Lowenby urgent treatment centre: go-live readiness checklist

Domain\tRef\tCriterion\tStatus\tOwner\tDue
Workforce\t1.1\tRota filled to 90% for the first 8 weeks\t✗ (78%)\tCarla Moss\tw/c 20 Mar 2017
Workforce\t1.2\tNurse practitioners trained to request X-rays\t◐\tTom Grey\t31 March 2017
Estates\t2.1\tSecond triage room works complete\t✗\tPaul Grist\tend of April 2017
Estates\t2.2\tInternal and external signage\t✓\tPaul Grist\tDone
IT\t3.1\tDirect booking from NHS 111 tested\t◐\tAnna Vale\tw/c 27 Mar 2017
Governance\t4.1\tStandard operating procedures signed off\t✓\tTom Grey\tDone

✓ ready    ◐ on track, not yet complete    ✗ not ready: a risk to go-live
"""


@pytest.mark.parametrize(("key", "meaning"), [
    ("✓ ready    ◐ on track, not yet complete    ✗ not ready: a risk to go-live", "not ready"),
    ("Attendance is shown below (✓ attended, ✗ gave apologies).", "gave apologies"),  # up to the bracket's close
    ("Key: ✓ = lead; ✗ = not covered", ""),  # a matrix's cross is no entry
    ("Key: ✓ lead programme; ○ contributing programme", None),  # says nothing of a cross
])
def test_what_a_key_makes_of_a_cross(key: str, meaning: str | None) -> None:
    assert cross_meaning(key) == meaning


def test_a_cross_reads_as_its_key_says_and_as_no_entry_without_one() -> None:
    cells = [cell_text(c) for c in ("✗", "✗ (78%)", "✗1")]
    keyed = read_cross_marks([SourceLine(text="\t".join(["R1", *cells]), page=None, line=1),
                              SourceLine(text="✓ ready   ✗ not ready", page=None, line=2)])
    assert keyed[0].text.split("\t") == ["R1", "not ready", "not ready (78%)", ""]
    alone = read_cross_marks([SourceLine(text="\t".join(["R1", *cells]), page=None, line=1)])
    assert alone[0].text.split("\t") == ["R1", "", "(78%)", ""]


@pytest.mark.parametrize("question", ["Which UTC readiness criteria were rated not ready?",
                                      "Which UTC readiness criteria are not ready?"])
def test_the_rows_a_keyed_cross_marks_are_asked_after(papers, question: str) -> None:
    reply = answer(question, papers({"readiness.txt": CHECKLIST, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and "Rota filled to 90%" in reply.answer and "Second triage room" in reply.answer, reply.answer
    assert "signage" not in reply.answer and "X-rays" not in reply.answer, reply.answer
