"""Owners written as initials ("BN") are given with the name the same paper's key spells out
(a Contacts sheet), citing the key's row; initials no key of that paper spells stay as written."""

from pathlib import Path

import pytest

from bot.answering.candidates.initials import _initials_of
from bot.answering.pipeline import answer
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer
from tests.office_files import workbook

PLAN = [
    ["Wexbury ICS delivery tracker"],
    [],
    ["Ref", "Programme", "Milestone", "Due date", "Owner", "Status"],
    ["W4", "Diagnostic Centre", "Building contract signed", "15 January 2027", "PR", "On track"],
    ["W5", "Talking Therapies", "Crisis café opens in Holt Lane", "30 June 2027", "BN", "At risk"],
    ["W6", "Care Record", "Care Record live in all practices", "31 March 2027", "ZZ", "On track"],
    ["W7", "Respiratory", "Spirometry hubs taking referrals", "30 September 2027", "AT", "On track"],
]
CONTACTS = [
    ["Initials", "Name", "Role"],
    ["PR", "Dr Priya Ramaswamy", "Chief Medical Officer"],
    ["BN", "Bernadette Nwosu", "Director of Mental Health Commissioning"],
    ["AT", "Dr Anoushka Tellwright", "GP and Clinical Lead for Respiratory"],
]


@pytest.fixture
def index(workbook_papers) -> PlanIndex:
    return workbook_papers({"tracker.xlsx": {"Plan": PLAN, "Contacts": CONTACTS},
                            "note.txt": "Wexbury ICS board note\nThe board met in March.\n"})


@pytest.mark.parametrize(("question", "name", "initials"), [
    ("Who owns signing the diagnostic centre building contract?", "Dr Priya Ramaswamy", "PR"),
    ("who is responsible for the crisis café opening in Holt Lane?", "Bernadette Nwosu", "BN"),
    # initials that spell a word too common to search by ("AT") are still found in their paper's key
    ("who leads the spirometry hubs?", "Dr Anoushka Tellwright", "AT"),
])
def test_initials_are_spelled_from_the_papers_key(index: PlanIndex, tokenizer: Tokenizer, question: str, name: str,
                                                   initials: str) -> None:
    reply = answer(question, index, tokenizer)
    assert reply.answered and f"{name} ({initials})" in reply.answer, reply.answer
    assert any(c.document == "tracker.xlsx" and "Contacts" in (c.section or "") and c.quote == name for c in reply.citations)


def test_initials_no_key_spells_stay_as_written(index: PlanIndex, tokenizer: Tokenizer) -> None:
    reply = answer("when does the care record go live in all practices?", index, tokenizer)
    assert "31 March 2027" in reply.answer and "Owner: ZZ" in reply.answer


@pytest.mark.parametrize(("name", "initials"), [
    ("Dr Kwame Asante", "KA"), ("Liam O'Donoghue", "LO"), ("Professor Imogen Vasquez", "IV"), ("Bernadette Nwosu", "BN"),
])
def test_initials_of_a_name(name: str, initials: str) -> None:
    assert _initials_of(name) == initials


def test_a_milestones_owner_is_spelled_too(index: PlanIndex, tokenizer: Tokenizer) -> None:
    reply = answer("when will the diagnostic centre building contract be signed?", index, tokenizer)
    assert "15 January 2027" in reply.answer and "Owner: Dr Priya Ramaswamy (PR)" in reply.answer, reply.answer


SCHEMES = [
    ["Scheme ID", "Programme", "Scheme", "Budget holder", "Total 2025/26"],
    ["S07", "Planned Care", "CDC CT and phlebotomy", "P006", "3720"],
    ["S08", "Planned Care", "CDC MRI enabling works", "P022", "3480"],
    ["S09", "Digital", "Shared care record", "P031", "900"],
]
LOOKUPS = [
    ["Code", "Name", "Job title"],
    ["P006", "Dr Kwame Asante", "Clinical Director, Diagnostics"],
    ["P022", "Nkechi Obiora", "Head of Imaging"],
]


@pytest.mark.parametrize(("question", "says"), [
    ("Who is the budget holder for the CDC MRI enabling works scheme?", "Nkechi Obiora (P022)"),
    ("who holds the budget for the CDC CT and phlebotomy scheme?", "Dr Kwame Asante (P006)"),
])
def test_a_person_code_is_spelled_from_the_papers_lookup(tmp_path: Path, ask_folder, question: str, says: str) -> None:
    """A workbook keying its people by code ("P022") on a Lookups sheet: the code's row names the person."""
    corpus = tmp_path / "finance"
    corpus.mkdir()
    workbook(corpus / "finance.xlsx", {"Schemes": SCHEMES, "Lookups": LOOKUPS})
    reply = ask_folder(corpus, question)
    assert reply.answered and reply.answer.startswith(says), reply.answer


MINUTES = """Partnership Board minutes, 8 November 2018

Present
ASB\tProfessor Alaric Szymanski-Bright - Independent Chair (Chair)
TG\tTemperance Gollancz - STP Programme Director (minutes)

Apologies
Morwenna Tallis-Oduro (MTO); Anselm Kowalczyk-Reid (AKR).

Actions
No.\tAction\tLead\tBy
A17/04\tReport on the second round of recruitment to the cancer post\tMTO\t10/01/19
A17/05\tCirculate the updated governance handbook showing the new SRO\tTG\t30/11/18
"""


@pytest.mark.parametrize(("question", "name"), [
    ("Who is to circulate the updated governance handbook?", "Temperance Gollancz (TG)"),  # the attendance list's key
    ("Who is to report on the second round of recruitment?", "Morwenna Tallis-Oduro (MTO)"),  # the apologies'
])
def test_initials_spelled_by_the_papers_own_key_in_its_text(papers, tokenizer: Tokenizer, question: str, name: str) -> None:
    """No table keys the initials: the minutes' attendance ("TG  Temperance Gollancz - ...") and apologies
    ("Morwenna Tallis-Oduro (MTO)") do, and the answer cites the line that writes the name."""
    reply = answer(question, papers({"minutes.txt": MINUTES}), tokenizer)
    assert reply.answered and name in reply.answer, reply.answer
    assert any(c.quote == name.split(" (")[0] for c in reply.citations), reply.citations
