"""People listed under a heading naming the post they hold ("3.3 Programme managers", then "Crisis and
Liaison Mental Health - Jasper Wetherell"): each holds that post for what their line names."""

from pathlib import Path

import docx
import pytest

from bot.reading.files import read_document
from bot.records.extract import extract_records

SECTIONS = [
    ("3.1 Senior Responsible Owners", ["Ageing Well and Frailty - Marisol Dunlevy (Director of Operations, Saltings FT)",
                                       "Crisis and Liaison Mental Health - Conall Mbeki (Director of Strategy, Saltings FT)"]),
    ("3.2 Clinical leads", ["Ageing Well and Frailty - Dr Tobias Grimsby (Consultant Geriatrician, WTH)",
                            "Crisis and Liaison Mental Health - Dr Annika Holloway (Consultant Liaison Psychiatrist)"]),
    ("3.3 Programme managers", ["Ageing Well and Frailty - Kezia Hallam", "Crisis and Liaison Mental Health - Jasper Wetherell"]),
    ("4. How we are governed", ["Caspian Moore, STP Programme Director, runs the Programme Management Office."]),
]


def leads_document(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Programme Definition Document 2018-19", level=1)
    document.add_heading("3. Who leads the programme", level=2)
    document.add_paragraph("People are listed by the role they hold.")
    for heading, lines in SECTIONS:
        document.add_heading(heading, level=3)
        for line in lines:
            document.add_paragraph(line)
    document.save(str(path))
    return path


def test_each_person_holds_the_post_their_heading_names(tmp_path) -> None:
    people = {(p["name"], p["role"]) for p in extract_records(read_document(leads_document(tmp_path / "pdd.docx"), 10**7))["people"]}
    assert ("Jasper Wetherell", "Programme manager for Crisis and Liaison Mental Health") in people
    assert ("Dr Tobias Grimsby", "Clinical lead for Ageing Well and Frailty (Consultant Geriatrician, WTH)") in people
    assert ("Marisol Dunlevy", "Senior Responsible Owner for Ageing Well and Frailty (Director of Operations, Saltings FT)") in people
    # a line stating its own post keeps it, under whatever heading
    assert ("Caspian Moore", "STP Programme Director") in people


@pytest.mark.parametrize(("question", "holder"), [
    ("Who is the programme manager for Crisis and Liaison Mental Health?", "Wetherell"),
    ("who's the PM for crisis & liason MH?", "Wetherell"),
    ("Who is the clinical lead for Ageing Well and Frailty?", "Grimsby"),
])
def test_a_post_asked_is_answered_from_its_heading_s_list(tmp_path, ask_folder, question: str, holder: str) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    leads_document(folder / "pdd.docx")
    reply = ask_folder(folder, question)
    assert reply.answered and holder in reply.answer[:200], reply.answer
