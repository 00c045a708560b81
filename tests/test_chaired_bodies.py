"""A chair's brackets name the body chaired ("Chair (Estates Strategy Group)"), unless they give the
holder's own post, as membership tables write them ("Chair (Medical Director, ...)")."""

import pytest

from bot.answering.asked_roles import chaired_body
from bot.answering.pipeline import answer
from tests.conftest import write_docx


@pytest.mark.parametrize(("role", "body"), [
    ("Chair (Estates Strategy Group)", "Estates Strategy Group"),
    ("Chair (Finance Group (FIG))", "Finance Group (FIG)"),
    ("Chair (Digital)", "Digital"),
    ("Vice chair (System Leadership Executive (SLE))", "System Leadership Executive (SLE)"),
    ("Chair (Medical Director, Quarrendon Teaching Hospitals)", None),
    ("Chair (Independent Member)", None),
    ("Chair (STP Programme Director)", None),
    ("Independent Chair", None),
    # a chair "of" a body named by its title, in a sentence
    ("The Board noted that the deputy chair of the Clinical Reference Group has been filled", "Clinical Reference Group"),
    ("Professor Tallis, chair of the STP Partnership Board, opened the meeting", "STP Partnership Board"),
    ("the chair of the meeting thanked members", None),
    # a chair then its body after a comma, as a who's who writes a second post
    ("Medical Director, PCMH; chair, Clinical Board", "Clinical Board"),
    ("Director of Finance, Brenthurst CCG; Chair, STP Capital & Investment Committee", "STP Capital & Investment Committee"),
    ("Chair, Quarlby Hospitals NHS Trust", None),  # (a trust chaired is an organisation, not a body of the plan's)
])
def test_the_body_a_chair_chairs(role: str, body: str | None) -> None:
    assert chaired_body(role) == body


def test_a_chair_whose_brackets_give_their_post_chairs_the_table_s_body(tmp_path, ask_folder) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    write_docx(folder / "crg.docx", ["Clinical Reference Group: terms of reference",
                                     "The Clinical Reference Group advises the Partnership Board on clinical pathways.",
                                     "Clinical Reference Group membership"],
               [["Name", "Role"], ["Dr Aled Pritchard", "Chair (Medical Director, Quarrendon Teaching Hospitals)"],
                ["Dr Sara Quince", "Member (GP, Holt Lane Surgery)"]])
    (folder / "board.txt").write_text("Partnership Board\nThe board meets monthly.\n", encoding="utf-8")
    reply = ask_folder(folder, "who chairs the clinical reference group?")
    assert reply.answered and "Pritchard" in reply.answer[:300], reply.answer


@pytest.mark.parametrize(("question", "answered"), [
    # the body named by its title shares only "health" with the one whose chair is given: not that body
    ("Who chairs the Population Health Management group?", False),
    ("Who chairs the Mental Health and LD Group?", True),
    # a body described, not titled, is matched by the words it shares ("the group for mental health")
    ("who chairs the group for mental health and learning disability?", True),
])
def test_a_body_named_by_its_title_is_chaired_by_a_chair_of_that_body(tmp_path, ask_folder, question: str, answered: bool) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    write_docx(folder / "handbook.docx", ["Governance handbook", "Enabling groups", "Mental Health and LD Group. Chair: Dr Rhian Fetherby.",
                                          "Population Health Management group: chair to be confirmed; it will report to the Partnership Board.",
                                          "Finance and Investment Group (FIG), chaired by Oona Tredway, Finance Lead."])
    reply = ask_folder(folder, question)
    assert reply.answered is answered, reply.answer
    if answered:
        assert "Fetherby" in reply.answer[:200]


@pytest.mark.parametrize(("question", "holder"), [
    ("Who is the STP Estates Lead?", None),  # the post is vacant: the Programme Director does not hold it
    ("Who is the STP Finance Lead?", "Eddowes"),
    ("Who is the STP Programme Director?", "Greenhalgh"),
])
def test_a_post_asked_by_its_title_is_held_by_one_whose_post_names_its_remit(tmp_path, ask_folder, question: str, holder: str | None) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    write_docx(folder / "narrative.docx", ["Delivery plan narrative",
                                           "The STP Estates Lead post is vacant; estates work is coordinated by the programme office.",
                                           "Estates rationalisation across the footprint is a key enabler.", "Who's who"],
               [["Post", "Name"], ["STP Finance Lead", "Rupert Eddowes"], ["STP Programme Director", "Tobias Greenhalgh"]])
    reply = ask_folder(folder, question)
    assert reply.answered is (holder is not None), reply.answer
    if holder:
        assert holder in reply.answer[:200]


GOVERNANCE_BOXES = """How we will govern delivery

STP Partnership Board
Independent Chair: Professor Dame Hilary Oxenbury
Meets the first Thursday of each month

STP Delivery Group
Chair: Wendell Marchbank, STP Programme Director
Monthly highlight reports from every workstream

Finance & Investment Group
Chair: Fenella Darkwood
"""


def test_a_boxs_title_is_the_body_its_chair_chairs(papers, tokenizer) -> None:
    """Governance drawn as boxes: the body is the box's title, the chair a "Chair:" line under it. The
    Delivery Group's chair does not chair the Partnership Board, however many words the two share."""
    index = papers({"governance.txt": GOVERNANCE_BOXES, "other.txt": "STP board papers\nThe board met in March.\n"})
    reply = answer("Who chairs the STP Partnership Board?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("Professor Dame Hilary Oxenbury"), reply.answer


def test_a_deputy_chair_of_another_group_is_no_vice_chair_of_the_board(tmp_path, ask_folder) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "minutes.txt").write_text(
        "STP Partnership Board minutes, 16 March 2017\n\n17/022 Leadership changes\n"
        "The Board noted that the deputy chair of the Clinical Reference Group, shown as TBC in the terms of reference, "
        "has been filled: Dr Imran Halloway will deputise for Dr Marchetti.\n", encoding="utf-8")
    (folder / "tor.txt").write_text("Partnership Board terms of reference\nThe Board is chaired by its Independent Chair, "
                                    "Professor Gwen Tallis.\n", encoding="utf-8")
    reply = ask_folder(folder, "Who is the Vice Chair of the STP Partnership Board?")
    assert "Halloway" not in reply.answer.split("The nearest")[0], reply.answer


def test_the_footprints_own_name_in_a_bodys_title_names_no_other_body(tmp_path, ask_folder) -> None:
    """"Chair (The Tarnford & Ellisvale Partnership Board)": the footprint's name, which every paper opens
    with, says where the board is, not which one; asked "who chairs the partnership board?", she does."""
    folder = tmp_path / "papers"
    folder.mkdir()
    write_docx(folder / "members.docx", ["Tarnford & Ellisvale STP: Partnership Board membership"],
               [["Name", "Role"], ["Margery Oakhurst", "Chair (The Tarnford & Ellisvale Partnership Board)"],
                ["Dr Sara Quince", "Member (GP, Holt Lane Surgery)"]])
    for n, topic in enumerate(["urgent care", "estates", "workforce"]):
        (folder / f"paper_{n}.txt").write_text(f"Tarnford & Ellisvale STP: {topic} update\nThe {topic} group met in March.\n", encoding="utf-8")
    reply = ask_folder(folder, "who chairs the partnership board? writing to invite her")
    assert reply.answered and "Oakhurst" in reply.answer[:200], reply.answer
