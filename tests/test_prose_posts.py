"""Programme posts stated a clause at a time in running prose (bot/records/prose_posts.py), of the
paragraph's own title, and answered as the holders of those posts."""

import pytest

from bot.answering.pipeline import answer
from bot.records.names import person_name
from bot.records.prose_posts import paragraph_title, posts_in
from bot.textnorm import Tokenizer

# Words the paper writes in lower case somewhere: a capitalised pair of them is no name.
COMMON = frozenset("consultant geriatrician programme delivery home first".split())


@pytest.mark.parametrize(("text", "found"), [
    ("(a) Home First (LP1). Fenwick Adebayo-Sturrock, Director of Strategy at VGH, is the Senior Responsible Owner. "
     "Clinical leadership is provided by Dr Isolde Marchetti-Kaye, Consultant Geriatrician, and day-to-day delivery is "
     "managed by Cordelia Ashworth-Nnamdi.",
     [("Fenwick Adebayo-Sturrock", "SRO (Home First (LP1))"), ("Dr Isolde Marchetti-Kaye", "Clinical lead (Home First (LP1))"),
      ("Cordelia Ashworth-Nnamdi", "Programme manager (Home First (LP1))")]),
    # a post in brackets is one clause's words, whatever "and" it holds; a capitalised place after "in" is nobody
    ("(c) General Practice Resilience (LP3). Dr Perpetua Ngata-Lowe (Chief Officer, NHS Northrey and Garth Moor CCG) "
     "holds the SRO role, with Dr Benedikt Strachan, a GP in Garth Moor, alongside her as clinical lead and Lowenna "
     "Kassam running the programme.",
     [("Dr Perpetua Ngata-Lowe", "SRO (General Practice Resilience (LP3))"),
      ("Dr Benedikt Strachan", "Clinical lead (General Practice Resilience (LP3))"),
      ("Lowenna Kassam", "Programme manager (General Practice Resilience (LP3))")]),
    ("Dr Kwame Threlfall leads clinically; Bartholomew Szabo is the programme manager.",
     [("Dr Kwame Threlfall", "Clinical lead"), ("Bartholomew Szabo", "Programme manager")]),
    ("Programme management is by Anouk de Villiers-Hobbs.", [("Anouk de Villiers-Hobbs", "Programme manager")]),
    # two people in one clause: which one holds the post is not said
    ("Ann Example and Bob Sample share the SRO role.", []),
    # an item led by its programme's code says whose post it is; a label that is itself a post does not
    ("- MH: the programme manager vacancy is filled - Suki Brandreth joins the programme from 06/02/2017.",
     [("Suki Brandreth", "Programme manager (MH)")]),
    ("CCH-02: Dr Ann Example leads clinically.", [("Dr Ann Example", "Clinical lead (CCH-02)")]),
    ("SRO: Ann Example is the SRO.", [("Ann Example", "SRO")]),
    # the remit a post is held for, said straight after it, up to where the clause says when or goes on
    ("Dr Mairead Kennaway, Medical Director of Orlwick Royal Hospitals, is clinical lead for the urgent and emergency "
     "care workstream and chairs the A&E Delivery Board.", [("Dr Mairead Kennaway", "Clinical lead (urgent and emergency care workstream)")]),
    ("Desmond Achterberg will take over as SRO for Urgent & Emergency Care with effect from 1 March 2017.",
     [("Desmond Achterberg", "SRO (Urgent & Emergency Care)")]),
])
def test_posts_stated_a_clause_at_a_time(text: str, found: list[tuple[str, str]]) -> None:
    assert [(name, post) for name, post, _ in posts_in(text, COMMON)] == found


@pytest.mark.parametrize(("text", "title"), [
    ("(a) Home First (LP1). Fenwick Adebayo-Sturrock is SRO.", "Home First (LP1)"),
    ("(g) Transforming Care for people with a learning disability (LP7). Giselle Harcastle-Mbatha is SRO.",
     "Transforming Care for people with a learning disability (LP7)"),
    ("(h) Enabling programmes. The digital programme is led by Wystan Polglase.", "Enabling programmes"),
    ("The Board met in public. Ann Example chaired it.", None),  # a sentence, not a title
    ("NMAS = Northmoor Ambulance Service NHS Trust. Prepared by Femi Lockhart.", None),  # a key, not a title
])
def test_a_paragraph_opening_with_its_own_title(text: str, title: str | None) -> None:
    assert paragraph_title(text) == title


def test_a_surnames_particle_is_part_of_the_name() -> None:
    assert person_name("Anouk de Villiers-Hobbs") == "Anouk de Villiers-Hobbs"
    assert person_name("Pieter van der Berg") == "Pieter van der Berg"


PID = """Programme Initiation Document: local priorities 2017-19

2. Responsibilities
(a) Home First (LP1). Fenwick Adebayo-Sturrock, Director of Strategy at VGH, is the Senior Responsible Owner. Clinical leadership is provided by Dr Isolde Marchetti-Kaye, and day-to-day delivery is managed by Cordelia Ashworth-Nnamdi.
(b) Urgent Care Redesign (LP2). Accountable as SRO: Ottilie Brackenbury, Chief Operating Officer of NGMH. Dr Kwame Threlfall leads clinically; Bartholomew Szabo is the programme manager.
(c) Planned Care and Outpatients (LP6). Leopold Ferncastle, Deputy Chief Executive of VGH, is SRO; the surgeon Mr Thaddeus Okonjo-Pryor is clinical lead. Programme management is by Anouk de Villiers-Hobbs.
"""


@pytest.mark.parametrize(("question", "holder"), [
    ("Who is the Senior Responsible Owner for the Home First priority?", "Adebayo-Sturrock"),
    ("Who is the programme manager for Planned Care and Outpatients?", "de Villiers-Hobbs"),
    ("Who is the clinical lead for Urgent Care Redesign?", "Threlfall"),
])
def test_the_holder_of_a_post_stated_in_prose_is_answered(papers, question: str, holder: str) -> None:
    folder = papers({"pid.txt": PID})
    reply = answer(question, folder, Tokenizer())
    assert reply.answered and holder in reply.answer, reply.answer


LEADS = """6. Footprint-wide workstreams and their leads
Dr Mairead Kennaway, Medical Director of Orlwick Royal Hospitals NHS Foundation Trust, is clinical lead for the urgent and emergency care workstream and chairs the A&E Delivery Board.
Dr Kwabena Ashdown-Reyes, Associate Medical Director of Marram Vale Partnership NHS Foundation Trust, is clinical lead for the mental health workstream.
Dr Ifeoma Lazenby, Consultant Oncologist at Tessmoor Hospitals NHS Trust, is clinical lead for the planned care and cancer workstream.
"""


@pytest.mark.parametrize(("question", "holder"), [
    ("who's clin lead for UEC across the STP?", "Kennaway"),
    ("Who is the clinical lead for the mental health workstream?", "Ashdown-Reyes"),
    ("who is clinical lead for cancer?", "Lazenby"),
])
def test_a_clinical_lead_stated_for_a_workstream_answers_for_it(papers, question: str, holder: str) -> None:
    """Three clinical leads in one paragraph, each "for" a workstream: each answers only for their own."""
    reply = answer(question, papers({"tor.txt": LEADS}), Tokenizer())
    assert reply.answered and holder in reply.answer[:40], reply.answer
