"""A PDF's column of prose is wrapped at the column's edge: a line that ran into the edge, or left its
phrase, list or sentence open, is carried on by the next however title-like that one is; a sentence
naming a heading's items between semicolons lists them."""

import pytest

from bot.answering.pipeline import answer
from bot.models import SourceLine
from bot.records.lists import list_records
from bot.reading.wrapped_lines import left_open
from bot.records.sections import heading_marks
from bot.textnorm import Tokenizer

COLUMN = [
    "Fernwick Partnership News",
    "Welcome to the spring issue of our bulletin. Our",
    "Partnership Board agreed the final plan on 3 March",
    "and it now goes to the national team for assurance,",
    "with the five councils and four trusts signed up to it.",
    "If we change nothing the gap reaches £96.2m in 2021.",
    "The plan closes it through five programmes of work",
    "and three enabling programmes run across the patch.",
    "Our five programmes",
    "Starting Well & Families; Neighbourhood Care;",
    "Same Day Care; Elective Recovery; Minds Matter",
    "& Wellbeing. They are supported by three enablers:",
    "Digital, People and Estates, each with its own lead.",
    "",
    "Community Hubs",
    "The first two hubs open in June.",
]


def _lines() -> list[SourceLine]:
    return [SourceLine(page=1, line=k, text=text) for k, text in enumerate(COLUMN, start=1)]


@pytest.mark.parametrize("line, is_open", [
    ("Welcome to the spring issue of our bulletin. Our", True), ("Starting Well & Families; Neighbourhood Care;", True),
    ("Digital, People and Estates, each with its own lead &", True), ("10. Status", False), ("Dr. Ada Brightwell", False),
    ("The first two hubs open in June.", False), ("Community Hubs", False)])
def test_a_line_left_open(line: str, is_open: bool) -> None:
    assert left_open(line) is is_open


def test_wrapped_lines_carried_on_are_no_headings() -> None:
    marks = dict((line.text, heading) for line, heading in heading_marks(_lines(), wrapped=True))
    for carried in ("Partnership Board agreed the final plan on 3 March", "Same Day Care; Elective Recovery; Minds Matter",
                    "& Wellbeing. They are supported by three enablers:"):
        assert not marks[carried], carried
    assert marks["Community Hubs"]  # after a blank line, a heading still opens
    unwrapped = dict((line.text, heading) for line, heading in heading_marks(_lines(), wrapped=False))
    assert unwrapped["Same Day Care; Elective Recovery; Minds Matter"]  # (a Word paragraph is no wrapped line)


def test_an_indented_line_below_a_full_one_starts_an_entry() -> None:
    index = ["Cancer early diagnosis (must-do 6) see", " Elective recovery, 2", "Mental health access (must-do 7)",
             " Minds Matter & Wellbeing, 2", "Urgent and emergency care (must-do 4)", " Same Day Care, 1"]
    lines = [SourceLine(page=1, line=k, text=t) for k, t in enumerate(index, start=1)]
    marks = [heading for _, heading in heading_marks(lines, wrapped=True)]
    assert marks == [heading for _, heading in heading_marks(lines, wrapped=False)]


def test_a_sentence_naming_a_headings_items_between_semicolons_lists_them() -> None:
    lines = _lines()
    headings = {k for k, (_, heading) in enumerate(heading_marks(lines, wrapped=True)) if heading}
    found = [r for r in list_records(lines, {}, headings, "doc", lambda source, section: {}, wrapped=True)
             if r["intro"] == "Our five programmes"]
    assert found and found[0]["items_text"] == ("Starting Well & Families ; Neighbourhood Care ; Same Day Care ; "
                                                 "Elective Recovery ; Minds Matter & Wellbeing")
    assert not any(r["intro"] == "Fernwick Partnership News" for r in
                   list_records(lines, {}, headings, "doc", lambda source, section: {}, wrapped=True))  # its prose is no list


def test_a_newsletters_programmes_are_answered_from_its_wrapped_column(pdf_papers, tokenizer: Tokenizer) -> None:
    index = pdf_papers({"Fernwick_News_Spring_2017.pdf": [COLUMN]})
    reply = answer("What are the five programmes?", index, tokenizer)
    assert reply.answered, reply.answer
    for item in ("Starting Well & Families", "Neighbourhood Care", "Same Day Care", "Elective Recovery", "Minds Matter & Wellbeing"):
        assert item in reply.answer, reply.answer
    assert all(index.quote_is_on_source(c.document, c.page, c.line, c.quote) for c in reply.citations)


@pytest.mark.parametrize("line", ["Teaching Hospitals NHS Foundation Trust, is the", "Inchcape, and by a Finance & Investment Group of",
                                  "Questions about the STP? Email the PMO at"])
def test_a_wrapped_line_ending_mid_phrase_is_no_heading(line: str) -> None:
    """A title never ends on "of", "the" or "at": in a PDF's wrapped column such a line is prose cut at the
    column's edge, however capitalised its words."""
    lines = [SourceLine(page=1, line=1, text="Board papers are published on the website."), SourceLine(page=1, line=2, text=line),
             SourceLine(page=1, line=3, text="the nine directors of finance.")]
    assert [h for _, h in heading_marks(lines, wrapped=True)][1] is False
    assert [h for _, h in heading_marks(lines, wrapped=False)][1] is True  # (a Word paragraph's line is as written)
