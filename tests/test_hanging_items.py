"""A plain-text e-mail wraps its list items with a hanging indent ("- PCC: ... Dr Leonie" over "  Example-Smith
(Medical Director) is SRO for Planned Care ..."): the indented lines go on with the item, so the person it
names is read whole, and every other line keeps its number in the file."""

from bot.answering.pipeline import answer
from bot.reading.text import hanging_items
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

BULLETIN = """From: PMO
Subject: Bulletin No.7 - changes since workbook v3

Changes since the last draft:
- PCC: Anthony Example steps down as SRO at the end of January. Dr Leonie
  Example-Smith (Medical Director, SRI) is SRO for Planned Care & Cancer
  with effect from 01/02/2017.
- MH: the programme manager vacancy is filled.

Kind regards
   Naomi
"""


def test_an_items_hanging_lines_join_it_and_the_rest_keep_their_numbers() -> None:
    lines = BULLETIN.split("\n")
    joined = hanging_items(lines)
    assert joined[4] == ("- PCC: Anthony Example steps down as SRO at the end of January. Dr Leonie Example-Smith "
                         "(Medical Director, SRI) is SRO for Planned Care & Cancer with effect from 01/02/2017.")
    assert joined[5] is None and joined[6] is None
    assert joined[7] == "- MH: the programme manager vacancy is filled."
    assert joined[10] == "   Naomi"  # an indented line under no item is its own


def test_a_line_indented_under_an_item_that_ended_its_sentence_is_its_own() -> None:
    decision = ["19. Defer go-live of the shared care record to September 2026.",
                "    Proposed by Hana Example (Director of Strategy); seconded by Ed Sample."]
    assert hanging_items(decision) == decision


def test_the_person_a_wrapped_item_names_is_read_whole(papers, tokenizer: Tokenizer) -> None:
    index = papers({"bulletin.txt": BULLETIN, **OTHER_PAPERS})
    reply = answer("Who is the SRO for Planned Care & Cancer?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("Dr Leonie Example-Smith"), reply.answer
    assert all(index.quote_is_on_source(c.document, c.page, c.line, c.quote) for c in reply.citations)
    assert {c.line for c in reply.citations if c.document == "bulletin.txt"} == {5}  # the item's first line in the file


CORRIGENDUM = """PART B  CORRIGENDUM
The following corrections were agreed by the Board.

C1  Page 3, Section D, P3.2 Coldstowe Urgent Treatment Centre, Date:
        for "Winter 2017/18"         read "Q1 18/19"
C2  Page 4, Section D, P5.2 Brennerton crisis cafe, Date:
        for "Q4 16/17"               read "31 July 2017"
Present:
    Dame R Ebury
    A Stradling
    Dr A Whitcombe
Next meeting: Thursday 13 April 2017
"""


def test_a_labels_value_set_in_under_it_is_read_on_its_line() -> None:
    """A line ending in a label with its value set in on the line under it (the next line back at the
    label's margin) is one line; a list of more lines under a heading stays a list."""
    from bot.reading.text import labelled_values

    texts = CORRIGENDUM.split("\n")
    out = labelled_values(list(texts))
    assert out[texts.index("C2  Page 4, Section D, P5.2 Brennerton crisis cafe, Date:")] == \
        'C2  Page 4, Section D, P5.2 Brennerton crisis cafe, Date: for "Q4 16/17" read "31 July 2017"'
    assert out[texts.index('        for "Q4 16/17"               read "31 July 2017"')] is None  # joined in: its number kept by the rest
    assert out[texts.index("Present:")] == "Present:" and out[texts.index("    A Stradling")] == "    A Stradling"


def test_an_erratums_correction_is_a_move_to_the_date_it_reads(papers, tokenizer: Tokenizer) -> None:
    """"for "Winter 2017/18" read "Q1 18/19"": the date now is the one to read; the plan's Winter 2017/18 is
    superseded by it."""
    from bot.answering import types
    from bot.answering.superseded import moves

    assert moves('Date: for "Winter 2017/18" read "Q1 18/19"', types.dates)[0][1] == "Q1 18/19"
    index = papers({"01_plan_Oct2016.txt": "Delivery plan\n\nRef\tMilestone\tDue\nP3.2\tColdstowe Urgent Treatment Centre opens\tWinter 2017/18\n",
                    "05_record_Mar2017.txt": CORRIGENDUM})
    reply = answer("When does the Coldstowe Urgent Treatment Centre open now?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("Q1 18/19"), reply.answer
