"""Must-do coverage written as a statement per programme, not a grid (bot/records/mustdo_prose.py)."""

from pathlib import Path

import pytest

from bot.answering.pipeline import answer
from bot.reading.files import read_document
from bot.records.extract import extract_records
from bot.textnorm import Tokenizer
from tests.conftest import assert_says

STATEMENTS = """Holmbridge Partnership Board, 12 March 2025: delivery update

5. Alignment with the nine national must-dos

5.1\tThe revised alignment is set out below as a statement for each programme rather than as a grid.
5.2\tProgramme 1 Prevention - contributes to must-dos 1 and 2: prevention is a core theme of the
\tplan, and fewer smoking-related admissions support financial balance.
5.3\tProgramme 2 Primary Care at Scale - contributes to must-dos 1, 3 and 4: the GP Forward View
\tdelivery plan and the hubs; GP streaming reduces A&E attendances.
5.4\tProgramme 3 Urgent & Emergency Care - contributes to must-do 4 only: recovery of the
\tfour-hour standard.
5.5\tProgramme 5 Mental Health - contributes to must-dos 7 and 8: IAPT access of 19% (must-do 7);
\tTransforming Care, reducing inpatients to 27 by March 2026 (must-do 8).
5.6\tNo programme currently contributes to must-do 9 (improving quality in organisations in special
\tmeasures). The Quality Surveillance Group will report to the Board in June 2025.
"""

UNDER_HEADINGS = """Holmbridge programmes on a page

P6 Children and Maternity
Lead: Dr Amara Quist
Contributes to: must-dos 2 and 7

P7 Digital
Lead: Tom Ferris
Contributes to: must-do 3
"""


def _cells(tmp_path: Path, text: str) -> dict[tuple[int, str], str]:
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    return {(r["mustdo"], r["priority"]): r["text"] for r in extract_records(read_document(path, 10**7))["mustdos"]}


def test_each_must_do_a_statement_names_is_a_cell_of_its_programme(tmp_path: Path) -> None:
    cells = _cells(tmp_path, STATEMENTS)
    assert {n for n, p in cells if p == "Programme 2 Primary Care at Scale"} == {1, 3, 4}
    assert cells[(4, "Programme 3 Urgent & Emergency Care")] == "recovery of the four-hour standard."  # "only:" is no reason
    assert cells[(7, "Programme 5 Mental Health")] == "IAPT access of 19%"  # the clause marked for must-do 7
    assert cells[(8, "Programme 5 Mental Health")].startswith("Transforming Care")
    assert not any(n == 9 for n, _ in cells), cells  # "No programme ... contributes": a gap, no cell


PRONOUN_SUBJECT = """GP Forward View plan

5. Fit with the national must-dos

5.1 The plan is the delivery plan for STP Priority 2. It delivers national must-do 3 (general practice) in full and
contributes to must-do 4 (A&E and ambulance waits) through extended access.

5.2 Programme 3 Urgent Care - contributes to must-do 4 only: the four-hour standard.
"""


def test_a_pronoun_or_a_clause_naming_a_must_do_is_no_programme(tmp_path: Path) -> None:
    """"It delivers must-do 3 in full and contributes to must-do 4": no cell is filed under "It" (or under
    "It delivers national must-do 3 ..."), which no question could name; the named programme's stands."""
    cells = _cells(tmp_path, PRONOUN_SUBJECT)
    assert set(cells) == {(4, "Programme 3 Urgent Care")}, cells


def test_a_statement_with_no_subject_is_the_programme_it_sits_under(tmp_path: Path) -> None:
    cells = _cells(tmp_path, UNDER_HEADINGS)
    assert {(n, p) for n, p in cells} == {(2, "P6 Children and Maternity"), (7, "P6 Children and Maternity"), (3, "P7 Digital")}, cells


CARDS = """Holmbridge programme definition summaries

P3 Planned Care and Cancer
SRO: Gwen Pell
Must-dos addressed: 5 (RTT 18 weeks) and 6 (cancer 62 days)

P7 Digital
SRO: Tom Ferris
Must-dos addressed: None directly (enabler)
"""


def test_a_cards_must_dos_field_names_the_cells_of_the_programme_it_sits_under(tmp_path: Path) -> None:
    """"Must-dos addressed: 5 (RTT 18 weeks) and 6 (cancer 62 days)": must-dos 5 and 6, each with what the
    card says of it; the 1, 8 and 2 inside the brackets are no must-dos, and "None directly" names none."""
    cells = _cells(tmp_path, CARDS)
    assert cells == {(5, "P3 Planned Care and Cancer"): "RTT 18 weeks", (6, "P3 Planned Care and Cancer"): "cancer 62 days"}, cells


@pytest.mark.parametrize("text", [
    "Our plan contributes to the national ambition on prevention.",  # no must-do named
    "The STP Board will consider must-dos 2 and 3 in April.",  # named, but nothing said to cover them
    "We reviewed how the whole system of care across the two counties and their many partners contributes to must-do 4.",
])
def test_sentences_that_state_no_programmes_coverage_give_no_cells(tmp_path: Path, text: str) -> None:
    assert _cells(tmp_path, f"Holmbridge note\n\n{text}\n") == {}


@pytest.mark.parametrize(("question", "present", "absent"), [
    ("Which programmes contribute to must-do 4?", ["Programme 2 Primary Care", "Programme 3 Urgent"], ["Programme 1 Prevention"]),
    ("Which programmes line up against the cancer must-do?", [], []),  # none does: no programme is invented
    ("Which must-dos does Programme 1 Prevention contribute to?", ["must do 1", "must do 2"], ["must do 4"]),
])
def test_questions_over_statements_of_coverage(papers, tokenizer: Tokenizer, question: str, present: list[str],
                                                absent: list[str]) -> None:
    index = papers({"update.txt": STATEMENTS})
    reply = answer(question, index, tokenizer)
    if not present:
        assert not reply.answered or "Programme" not in reply.answer.split(".")[0], reply.answer
        return
    assert reply.answered, reply.answer
    assert_says(reply.answer, present, absent)


def _self_assessment(folder: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading("Mid-year self-assessment against the national must-dos", level=0)
    doc.add_paragraph("For each must-do we give a rating (GREEN, AMBER or RED) and a short narrative.")
    sections = [("Must-do 3 - General practice", "GREEN", "Extended access covers the whole population."),
                ("Must-do 4 - A&E and ambulance performance", "RED", "The main reason is ambulance handover delays at the Royal."),
                ("Must-dos 5 and 6 - Referral to treatment and cancer", "AMBER (RTT) / AMBER (cancer)", "Cancer 62-day performance was 78.4%."),
                ("Must-do 9 - Quality and special measures", "NOT RATED", "No Partnership programme leads on this must-do.")]
    for heading, rating, narrative in sections:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(rating)
        doc.add_paragraph(narrative)
    folder.mkdir(exist_ok=True)
    path = folder / "self_assessment.docx"
    doc.save(path)
    return path


def test_a_section_per_must_do_gives_each_its_rating_and_narrative(tmp_path: Path) -> None:
    """Each must-do heading's section is that must-do's cell (a rating set on its own line is its body, not
    a heading); a section saying no programme leads the must-do is a gap."""
    cells = {r["mustdo"]: r["text"] for r in extract_records(read_document(_self_assessment(tmp_path / "papers"), 10**7))["mustdos"]}
    assert set(cells) == {3, 4, 5, 6}, cells
    assert cells[4].startswith("RED") and "handover" in cells[4]
    assert cells[5] == cells[6] and cells[6].startswith("AMBER (RTT)") and "78.4%" in cells[6]


def test_why_is_a_must_do_rated_red(tmp_path: Path, ask_folder) -> None:
    _self_assessment(tmp_path / "papers")
    reply = ask_folder(tmp_path / "papers", "Why is the A&E must-do rated red in the self-assessment?")
    assert reply.answered and "handover" in reply.answer[:600], reply.answer


BY_MUSTDO = """Harbour STP - national must-dos 2017-19: how our schemes contribute

- Must-do 1 (STPs) is supported by every scheme in the plan.
- Must-do 3 (General practice) is supported by schemes HA2, FE1 and FE3.
- Must-do 4 (Urgent and emergency care) is supported by schemes HA1, FE2 and FE3.
- Must-do 5 (Referral to treatment and elective care) is supported by scheme FE4, and partly by HA3.
- Must-do 6 (Cancer) is supported by scheme FE5 only.
"""


def test_a_must_dos_own_sentence_names_the_programmes_covering_it(tmp_path: Path) -> None:
    """"Must-do 5 ... is supported by scheme FE4, and partly by HA3": the must-do first, its programmes after
    the verb, the partial ones after "partly"; "every scheme" leaves no gap, and is no programme's code."""
    cells = _cells(tmp_path, BY_MUSTDO)
    assert {p for n, p in cells if n == 4} == {"HA1", "FE2", "FE3"}
    assert cells[(5, "FE4")] == "Yes" and cells[(5, "HA3")] == "Partial" and cells[(6, "FE5")] == "Yes"
    assert {p for n, p in cells if n == 1} == {"every scheme in the plan"}


@pytest.mark.parametrize("question, said, not_said", [
    ("which schemes support the cancer must-do?", ["FE5"], ["HA1"]),
    ("which schemes cover the GP must-do?", ["HA2", "FE1", "FE3"], ["FE5"]),
    # "support" is the paper's own verb: a scheme leading a must-do supports it too
    ("which national must-dos does the FE3 A&E scheme support?", ["must do 3", "must do 4"], []),
])
def test_programmes_named_by_a_must_dos_sentence_answer_coverage(papers, question: str, said: list[str], not_said: list[str]) -> None:
    reply = answer(question, papers({"mustdos.md": BY_MUSTDO}), Tokenizer())
    assert reply.answered and all(s in reply.answer for s in said) and not any(s in reply.answer for s in not_said), reply.answer
