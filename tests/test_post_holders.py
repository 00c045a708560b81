"""Posts named where people are asked for ("chaired by the Director of Finance of QCH", "SRO: Chief Operating
Officer, HUH"), answered with the holder the papers' own schedule of post-holders names."""

from pathlib import Path

import docx

import pytest

from bot.answering.candidates.post_holders import named_posts
from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS, write_docx
from tests.office_files import deck

SCHEDULE = [
    ["Party", "Post", "Post-holder"],
    ["Hexford University Hospitals NHS Foundation Trust (HUH)", "Chief Executive", "Philippa Rowan"],
    ["", "Chief Operating Officer", "Declan Ostler"],
    ["", "Chief Information Officer", "Kofi Abbot"],
    ["Quarry & Cole Hospitals NHS Trust (QCH)", "Chief Executive", "Anthea Burrows"],
    ["", "Director of Finance", "Marisol Kendal"],
    ["", "Chief Operating Officer", "Yasmin Hale"],
]
PROSE = [
    "Memorandum of Understanding",
    "4.3 The Finance and Investment Group is chaired by the Director of Finance of QCH.",
    "4.4 Two enabling groups report to the executive: the Digital Enabling Group, chaired by the Chief Information "
    "Officer of HUH, and the Workforce Enabling Group, whose chair is to be confirmed.",
    "4.5 The Estates Group is chaired by a Chief Operating Officer.",
    "Schedule 1 - The Parties and Post-holders",
]


@pytest.fixture
def memorandum(tmp_path: Path, tokenizer: Tokenizer):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_docx(corpus / "memorandum.docx", PROSE, SCHEDULE)
    deck(corpus / "plan.pptx", [{"title": "Quarryside plan on a page", "boxes": [
        (40, 80, 400, ["QS1 Urgent Treatment Centre", "SRO: Chief Operating Officer, QCH", "Jan 2018", "Business case approved"]),
        (40, 240, 400, ["QS2 Frailty Unit", "SRO: Chief Operating Officer, HUH", "Apr 2018", "Unit opens"]),
    ]}])
    build_index([corpus], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    yield index
    index.close()


@pytest.mark.parametrize(("question", "holder"), [
    ("who chairs the finance and investment group?", "Marisol Kendal"),
    ("who is the SRO for the QS1 urgent treatment centre?", "Yasmin Hale"),  # the post's organisation tells which
    ("who is the SRO for the frailty unit?", "Declan Ostler"),
])
def test_a_post_named_as_the_holder_is_answered_with_whoever_holds_it(memorandum, tokenizer, question: str, holder: str) -> None:
    reply = answer(question, memorandum, tokenizer)
    assert reply.answered and reply.answer.startswith(holder)
    assert {c.document for c in reply.citations} >= {"memorandum.docx"}  # the schedule's row, where the name is written


@pytest.mark.parametrize("question", [
    "who chairs the workforce enabling group?",  # the sentence's post chairs the digital group
    "who chairs the estates group?",  # two organisations have a Chief Operating Officer: which one is not said
])
def test_a_post_for_something_else_or_of_no_one_organisation_names_nobody(memorandum, tokenizer, question: str) -> None:
    reply = answer(question, memorandum, tokenizer)
    assert not any(name in reply.answer for name in ("Kofi Abbot", "Declan Ostler", "Yasmin Hale")) or not reply.answered


def test_the_posts_a_line_names_with_their_organisation() -> None:
    assert list(named_posts("chaired by the Director of Finance of QCH."))[:2] == [
        (15, 41, "Director of Finance of QCH", ""), (15, 41, "Director of Finance", "QCH")]
    assert [(p, o) for _, _, p, o in named_posts("SRO: Chief Operating Officer, HUH")] == [("Chief Operating Officer", "HUH")]


PHARMACY_PLAN = """Medicines optimisation programme: delivery plan 2017/18

1. Purpose
1.1 The Medicines Optimisation Programme Board meets monthly and is chaired by the Chief Pharmacist of WGH.

2. Schemes
| Ref | Scheme | Lead |
| --- | --- | --- |
| MO1 | Medicines optimisation in care homes: medicines optimisation board scheme | PT |
| MO2 | Medicines optimisation of repeat prescribing, reported to the programme board | KD |

Medicines optimisation programme board: terms of reference are in Annex B.
The medicines optimisation programme board reviews the schemes each quarter.

Annex A: key to initials
| Initials | Name | Post | Organisation |
| --- | --- | --- | --- |
| PT | Priya Tamworth | Chief Pharmacist | Wexley General Hospitals NHS Trust |
| KD | Kit Dunmore | Head of Medicines Optimisation | NHS Wexley CCG |
"""


def test_a_chair_named_by_a_post_of_a_trusts_initials_is_its_holder(papers, tokenizer) -> None:
    """"chaired by the Chief Pharmacist of WGH", and a key naming the Chief Pharmacist of "Wexley General Hospitals
    NHS Trust": the post's organisation by its initials is the trust written out, the pharmacist's post is a post,
    and the line saying who chairs is searched for by the chairing it names, among lines saying the board's name
    more often."""
    reply = answer("Who chairs the Medicines Optimisation Programme Board?", papers({"plan.md": PHARMACY_PLAN}), tokenizer)
    assert reply.answered and reply.answer.startswith("Priya Tamworth"), reply.answer
    assert any(c.quote == "Priya Tamworth" for c in reply.citations), reply.citations


def test_the_line_saying_who_chairs_is_found_among_many_naming_the_board(papers, tokenizer) -> None:
    """Sixty short notes name the board more densely than the long paragraph saying who chairs it: the chairing
    the question asks about is searched for with its topic, so that paragraph is still read."""
    notes = "\n\n".join(f"Update {n}\nThe Medicines Optimisation Programme Board noted medicines optimisation report {n}."
                        for n in range(1, 61))
    paragraph = ("Governance\nThe programme has five workstreams, each with a scheme lead, a finance lead and a clinical "
                 "adviser, and reports quarterly on savings, quality and safety to the commissioners and the trusts. "
                 "The Medicines Optimisation Programme Board meets monthly and is chaired by the Chief Pharmacist of WGH.")
    key = "Key to posts\n| Name | Post | Organisation |\n| --- | --- | --- |\n| Ama Ferriday | Chief Pharmacist | Wexley General Hospitals |\n"
    reply = answer("Who chairs the Medicines Optimisation Programme Board?", papers({"notes.md": notes, "plan.md": paragraph, "key.md": key}),
                   tokenizer)
    assert reply.answered and reply.answer.startswith("Ama Ferriday"), reply.answer


def test_a_post_beside_another_roles_person_is_not_held_by_them(papers, tokenizer) -> None:
    """"Lead: Director of Workforce, WGH" in a column beside "Clinical champion: Dr Samir Quade": two people, so
    the row says nothing of who the Director of Workforce is; the key's row does."""
    from bot.answering.candidates.post_holders import post_holder
    from bot.answering.pipeline import context_for

    boxes = "| Item | Lead | Clinical champion |\n| --- | --- | --- |\n| PP6 Staff wellbeing | Director of Workforce, WGH | Dr Samir Quade |\n"
    alone = papers({"plan.md": boxes})
    ctx = context_for("Who leads PP6?", alone, tokenizer, None, 1000, None)
    assert post_holder(ctx, "Director of Workforce", "WGH") is None
    key = "| Name | Post | Organisation |\n| --- | --- | --- |\n| Colin Fraine | Director of Workforce | WGH |\n"
    both = papers({"plan.md": boxes, "key.md": key})
    ctx = context_for("Who leads PP6?", both, tokenizer, None, 1000, None)
    assert post_holder(ctx, "Director of Workforce", "WGH")[0] == "Colin Fraine"


def test_a_chairs_post_outranks_another_roles_person_in_the_next_sentence(papers, tokenizer) -> None:
    """"... is chaired by the Chief Pharmacist of WGH. It reports to the P4 Board, whose Senior Responsible Owner is
    Martin Gethwin": the chair asked is the post's holder, not the SRO named a sentence on."""
    plan = PHARMACY_PLAN.replace(
        "and is chaired by the Chief Pharmacist of WGH.",
        "and is chaired by the Chief Pharmacist of WGH. It reports to the P4 Planned Care Board, whose Senior Responsible "
        "Owner is Martin Gethwin, Chief Officer of NHS Wexley CCG.")
    reply = answer("Who chairs the Medicines Optimisation Programme Board?", papers({"plan.md": plan}), tokenizer)
    assert reply.answered and reply.answer.startswith("Priya Tamworth") and "Gethwin" not in reply.answer, reply.answer


INCIDENT_ROLES = [
    ["Role", "Post", "Deputy"],
    ["Incident Director (strategic)", "Director of Operations", "Medical Director"],
    ["Business Continuity Lead (tactical)", "Head of Governance & Resilience", "Duty Operations Manager"],
    ["IT recovery lead", "Head of IT & Digital", "IT Service Desk Manager"],
]
POST_HOLDERS = [
    ["Post", "Name", "Organisation"],
    ["Director of Operations", "Rhiannon Castellane", "Marrick Urgent Care CIC"],
    ["Head of Governance & Resilience", "Priyanka Lowther-Shah", "Marrick Urgent Care CIC"],
    ["Head of IT & Digital", "Gideon Tarrant", "Marrick Urgent Care CIC"],
]


@pytest.mark.parametrize(("question", "holder"), [
    ("Who is the IT recovery lead?", "Gideon Tarrant"),
    # the remit named is the one the whole paper is for: its title says so for every role in it
    ("Who is the Business Continuity Lead for integrated urgent care?", "Priyanka Lowther-Shah"),
    ("Who is the Business Continuity Lead for the integrated urgent care service?", "Priyanka Lowther-Shah"),
])
def test_a_role_filled_by_post_is_answered_with_the_posts_holder(tmp_path: Path, ask_folder, question: str, holder: str) -> None:
    """An incident plan's "Role | Post | Deputy" table names no one: the role's holder is whoever holds the post, as
    the post-holders' appendix names them; the deputy's column is not the role's holder."""
    folder = tmp_path / "plan"
    folder.mkdir()
    plan = write_docx(folder / "continuity.docx", ["Marrick Urgent Care CIC", "2. Roles in an incident",
                                                   "Roles in this plan are named by post; the appendix gives the post-holders."], INCIDENT_ROLES)
    titled = docx.Document(str(plan))
    titled.core_properties.title = "Business Continuity Plan: Integrated Urgent Care (NHS 111)"  # named only as the paper's title
    titled.save(str(plan))
    write_docx(folder / "appendix.docx", ["Appendix A: post-holders"], POST_HOLDERS)
    for name, text in OTHER_PAPERS.items():  # (other papers, so the service's words are rarer than the plan's furniture)
        (folder / name).write_text(text)
    reply = ask_folder(folder, question)
    assert reply.answered and reply.answer.startswith(holder), reply.answer


DEMENTIA = ("Living well with dementia: strategy summary\n\nOur six priorities\n\n"
            "P2 Diagnosing well Memory assessment within six weeks of referral; diagnosis rate up to the national ambition\n\n"
            "Lead: Clinical Lead for Dementia, Harlowen\n\n"
            "P3 Supporting well A dementia adviser for every person newly diagnosed\n\n"
            "Lead: Head of Mental Health Commissioning, Grettlesham CCG\n\n"
            "Who's who\n\nPost\tName\tOrganisation\n"
            "Clinical Lead for Dementia\tDr Beatrix Olumide-Hart\tHarlowen Health & Care NHS FT\n"
            "Head of Mental Health Commissioning\tYvette Marchmont\tGrettlesham CCG\n")


@pytest.mark.parametrize(("question", "person"), [
    ("Who leads priority P2, Diagnosing well, in the dementia strategy?", "Dr Beatrix Olumide-Hart"),
    ("who leads P3 supporting well?", "Yvette Marchmont"),
])
def test_a_boxs_lead_field_under_its_title_is_the_boxs_lead(papers, tokenizer: Tokenizer, question: str, person: str) -> None:
    """A deck's priority box: its title line, then "Lead: <post>, <organisation>" on its own line; the post is the
    title's lead ("for" and "of" alike in the post's name), and the who's who names its holder."""
    reply = answer(question, papers({"dementia.txt": DEMENTIA, **OTHER_PAPERS}), tokenizer)
    assert reply.answered and reply.answer.startswith(person), reply.answer
