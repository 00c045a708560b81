"""Names written surname first ("Farrimond, Duncan"), as registers of interests and interviewee lists write
them: a person where the name fills its line or cell, never a list of places run on past a second comma."""

import pytest

from bot.answering.pipeline import answer
from bot.records.names import PaperWords, inverted_name, names_in
from bot.textnorm import Tokenizer


@pytest.mark.parametrize(("text", "names"), [
    ("Farrimond, Duncan | SRO of the programme; STP Lead", ["Duncan Farrimond"]),
    ("Tregarthen, Dr Ewan", ["Dr Ewan Tregarthen"]),
    ("Kavanagh-Reeve, Professor Imelda", ["Professor Imelda Kavanagh-Reeve"]),
    ("Blackburn, Burnley, Pendle", []),  # a list runs on past a second comma
    ("We met in Lancaster, Morecambe and Carnforth.", []),  # prose: the pair does not fill a line or cell
    ("Finance, Estates", []),  # words of bodies and roles
    ("NFP | Visiting Professor of Health Policy, University of Wyvernford", []),  # a post ending in an honorific
])
def test_a_name_written_surname_first_fills_its_line_or_cell(text: str, names: list[str]) -> None:
    assert [name for _, _, name in names_in(text)] == names


def test_a_plan_area_pair_is_no_person() -> None:
    common = PaperWords({"plan"}, frozenset(), places={"halsmoor", "wyvernford"})
    assert inverted_name("Halsmoor, Wyvernford", common) is None
    assert inverted_name("Farrimond, Duncan", common) == "Duncan Farrimond"


REGISTER = """# Register of Declared Interests

**Partnership Board members and programme SROs**

Ashby-Nwosu, Cllr Margaret
*Vice Chair, Partnership Board; Leader, Halsmoor County Council*
: NFP | Trustee, Lyne Valley Community Transport Trust | declared 03/10/2016

Kavanagh-Reeve, Professor Imelda
*Independent Chair, Partnership Board*
: F | Non-executive director, Coldbrook Housing Association | declared 26/09/2016
: NFP | Visiting Professor of Health Policy, University of Wyvernford | declared 26/09/2016

Tregarthen, Dr Ewan
*SRO, Primary Care at Scale; Clinical Chair, Wyvernford CCG*
: F | GP partner, Millbrook Surgery | declared 03/10/2016 | Action: withdraws from decisions on hub contracts
"""


@pytest.mark.parametrize(("question", "who"), [
    ("Who is the independent chair of the Partnership Board?", "Kavanagh-Reeve"),
    ("Who is the vice chair of the partnership board?", "Ashby-Nwosu"),
    ("Who is the SRO for primary care at scale?", "Tregarthen"),
])
def test_a_register_entry_headed_surname_first_gives_its_person_the_roles_under_it(papers, question: str, who: str) -> None:
    index = papers({"register.md": REGISTER})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and who in reply.answer[:80], reply.answer
