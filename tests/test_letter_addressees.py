"""A letter gives its post to "you" ("your appointment as Senior Responsible Owner for the Urgent Care
programme"): the person is its addressee, named only in the address block above the salutation that
calls them by a name of theirs ("Dear Patrick"). A bundle of such letters names every SRO."""

from pathlib import Path

import pytest

from bot.reading.files import read_document
from bot.records.extract import extract_records

LETTERS = [  # (address block, salutation, programme)
    ("Dr Nkechi Ameobi\nDirector of Public Health\nFellingshire County Council", "Dear Nkechi", "Prevention & Healthy Lives"),
    ("Patrick Okorafor\nChief Operating Officer\nFellingham Hospitals NHS Trust", "Dear Patrick", "Urgent Care"),
    ("Lorna Hebblethwaite\nAccountable Officer\nMarl Valley CCG", "Dear Ms Hebblethwaite", "Neighbourhood Care"),
]


def _bundle(path: Path, salutations: bool = True) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("SRO letters of appointment, as issued")
    for address, greeting, programme in LETTERS:
        document.add_paragraph("Our ref: QF/SRO/01")
        document.add_paragraph("25 November 2016")
        document.add_paragraph(address)  # one paragraph, its lines parted by breaks, as a mail merge sets it
        if salutations:
            document.add_paragraph(greeting)
        document.add_paragraph(f"I am delighted to confirm your appointment as Senior Responsible Owner (SRO) for the {programme} "
                               "programme, with effect from 1 December 2016.")
        document.add_paragraph("Yours sincerely")
        document.add_paragraph("Professor Rosalind Achterberg")
        document.add_paragraph("Independent Chair")
    document.save(str(path))
    return path


def _posts(path: Path) -> dict[str, str]:
    return {r["name"]: r["role"] for r in extract_records(read_document(path, 10**7))["people"]}


@pytest.mark.parametrize("name, programme", [("Dr Nkechi Ameobi", "Prevention & Healthy Lives"), ("Patrick Okorafor", "Urgent Care"),
                                             ("Lorna Hebblethwaite", "Neighbourhood Care")])
def test_the_addressee_holds_the_post_the_letter_gives_you(tmp_path: Path, name: str, programme: str) -> None:
    posts = _posts(_bundle(tmp_path / "letters.docx"))
    assert posts.get(name) == f"Senior Responsible Owner (SRO) for the {programme} programme", posts


def test_without_a_salutation_naming_them_no_one_is_given_the_post(tmp_path: Path) -> None:
    posts = _posts(_bundle(tmp_path / "letters.docx", salutations=False))
    assert not any("Senior Responsible Owner" in role for role in posts.values()), posts
