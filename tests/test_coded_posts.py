"""A Role | Name table whose posts name their programme by its code ("SRO, P1 Healthier Lives | Dr Maren
Quilliam"): each row is a person in that post, as "Independent Chair, STP Partnership Board | ..." is;
a date label ("Q3 2017/18: ...") is no post."""

import pytest

from bot.answering.pipeline import answer
from bot.records.people import people_in
from bot.reading.files import read_document
from tests.conftest import OTHER_PAPERS

WHOS_WHO = """Table 1: Who's who

Role\tName
Independent Chair, STP Partnership Board\tProfessor Annelise Thornby
SRO, P1 Healthier Lives\tDr Maren Quillfield (Director of Public Health)
Clinical lead, P1 Healthier Lives\tDr Osric Tellbury
SRO, P2 Care Closer to Home\tHelena Briscombe
Clinical lead, P2 Care Closer to Home\tDr Amara Idowu-Barnsley
Q3 2017/18\tDr Amara Idowu-Barnsley
"""


@pytest.fixture
def found(tmp_path):
    path = tmp_path / "whos_who.txt"
    path.write_text(WHOS_WHO)
    return [(p["name"], p["role"]) for p in people_in(read_document(path, 10**7), {}, lambda doc, line, section: {})]


@pytest.mark.parametrize("name, role", [
    ("Dr Maren Quillfield", "SRO, P1 Healthier Lives (Director of Public Health)"),
    ("Dr Osric Tellbury", "Clinical lead, P1 Healthier Lives"),
    ("Dr Amara Idowu-Barnsley", "Clinical lead, P2 Care Closer to Home"),
])
def test_a_post_named_by_its_programmes_code_is_read(found, name: str, role: str) -> None:
    assert (name, role) in found, found


def test_a_date_label_is_no_post(found) -> None:
    assert not [role for _, role in found if role.startswith("Q3")], found


def test_the_clinical_leads_of_the_programmes_are_listed(papers, tokenizer) -> None:
    index = papers({"whos_who.txt": WHOS_WHO, **OTHER_PAPERS})
    reply = answer("List the clinical leads of the programmes.", index, tokenizer)
    assert reply.answered and "Tellbury" in reply.answer and "Idowu-Barnsley" in reply.answer, reply.answer
    assert "Quillfield" not in reply.answer, reply.answer
