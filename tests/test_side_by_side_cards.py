"""Cards set side by side on a sheet (one record in columns A-B, the next in D-E, each a label beside its
value under its own title) are read card after card, so each card's fields stay with its own title;
and a common role asked with the word naming its kind ("the initiative lead") is held by whoever the
papers give that very role, not by an SRO or a clinical lead of the same work."""

from pathlib import Path

import pytest

from bot.answering.analysis import analyse
from bot.answering.asked_roles import qualified_role
from bot.answering.lexicon import lexicon
from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.reading.files import read_document
from bot.reading.side_by_side import cards_apart
from bot.textnorm import Tokenizer
from tests.office_files import workbook

CARDS = [
    ["Delivery tracker - initiative cards"],
    [],
    ["K1.1 Harbourside urgent treatment centre", None, None, "K1.2 Falls response service"],
    ["Workstream", "K1 Urgent care", None, "Workstream", "K1 Urgent care"],
    ["SRO", "Imogen Treharne-Bell", None, "SRO", "Imogen Treharne-Bell"],
    ["Initiative lead", "Caspian Oduya-Fell", None, "Initiative lead", "Wilhelmina Spratt"],
    ["Milestone", "UTC designated", None, "Milestone", "Falls car on the road"],
    ["Due", "30 June 2018", None, "Due", "October 2018"],
    [],
    ["K2.1 Community eye clinics", None, None, "K2.2 Glaucoma monitoring"],
    ["Workstream", "K2 Planned care", None, "Workstream", "K2 Planned care"],
    ["SRO", "Dr Lorcan Fairweather", None, "SRO", "Dr Lorcan Fairweather"],
    ["Initiative lead", "Ottilie Brannagh", None, "Initiative lead", "Dr Rufus Kettleby"],
]


def test_cards_side_by_side_are_read_one_after_the_other() -> None:
    rows = [(1, "K1.1 UTC\t\t\tK1.2 Falls"), (2, "SRO\tA Person\t\tSRO\tB Person"), (3, "Lead\tC Person\t\tLead\tD Person"),
            (4, "Due\tJune\t\tDue\tJuly"), (6, "K2.1 Eyes\t\t\tK2.2 Glaucoma"), (7, "SRO\tE Person\t\tSRO\tF Person")]
    assert cards_apart(rows) == [(1, "K1.1 UTC"), (2, "SRO: A Person"), (3, "Lead: C Person"), (4, "Due: June"),
                                 (1, "K1.2 Falls"), (2, "SRO: B Person"), (3, "Lead: D Person"), (4, "Due: July"),
                                 (6, "K2.1 Eyes"), (7, "SRO: E Person"), (6, "K2.2 Glaucoma"), (7, "SRO: F Person")]


@pytest.mark.parametrize("rows", [
    # a table: its columns' first cells differ row by row
    [(1, "Ref\tScheme\t\tOwner\tDue"), (2, "K1\tUTC\t\tA Person\tJune"), (3, "K2\tFalls\t\tB Person\tJuly")],
    # the same label on both sides twice only
    [(1, "SRO\tA\t\tSRO\tB"), (2, "Lead\tC\t\tLead\tD"), (3, "Due\tJune\t\tOwner\tE")],
])
def test_a_sheet_without_alike_cards_is_read_row_by_row(rows: list[tuple[int, str]]) -> None:
    assert cards_apart(rows) == rows


def test_a_workbook_of_cards_reads_each_card_under_its_title(tmp_path: Path) -> None:
    lines = [line.text for line in read_document(workbook(tmp_path / "tracker.xlsx", {"Tracker": CARDS}), 10**7).lines]
    at = lines.index("K1.2 Falls response service")
    assert lines[at + 3] == "Initiative lead: Wilhelmina Spratt"  # a label and its value, as a labelled block writes it
    assert lines.index("K1.1 Harbourside urgent treatment centre") < at < lines.index("K2.1 Community eye clinics")


@pytest.mark.parametrize(("question", "words"), [
    ("who is the initiative lead for k1.2?", "initiative lead"),
    ("who's the benefits lead on falls?", "benefits lead"),
    ("who is the lead for falls?", None),  # no kind named
    ("who is the clinical lead for falls?", None),  # a role of its own
    ("who now leads the falls service?", None),  # an adverb before it: "leads" is the verb, naming no kind of lead
    ("who currently leads on falls?", None),
])
def test_a_common_role_asked_with_its_kind(papers, tokenizer, question: str, words: str | None) -> None:
    lex = lexicon(papers({"note.txt": "Falls\nThe falls service is led by the community team.\n"}), tokenizer)
    assert analyse(question, lex).role_words == words
    assert qualified_role(question, ["lead"], tokenizer.stopwords) == (words if "clinical" not in question else "clinical lead")


@pytest.mark.parametrize(("question", "words"), [
    # "who owns the A3 on ...": the kind of thing owned, its "A3 owner"
    ("who owns the a3 on ambulance handovers?", "a3 owner"),
    ("who owns the risk for falls?", "risk owner"),
    ("who owns the falls service?", None),  # the thing itself, named by its words: no kind of owner
])
def test_an_owner_asked_by_the_kind_of_thing_owned(tokenizer, question: str, words: str | None) -> None:
    assert qualified_role(question, ["owner"], tokenizer.stopwords) == words


def test_the_holder_of_the_very_role_asked_answers(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    workbook(folder / "tracker.xlsx", {"Tracker": CARDS})
    build_index([folder], tmp_path / "index", Tokenizer(), 10**7)
    index = PlanIndex.open(tmp_path / "index")
    try:
        reply = answer("Who is the initiative lead for the K1.2 falls response service?", index, Tokenizer())
        assert reply.answered and reply.answer.startswith("Wilhelmina Spratt"), reply.answer
    finally:
        index.close()


PROSE = """Urgent care workstream: who leads what

K1.2 Falls response service
Senior Responsible Owner: Imogen Treharne-Bell (Director of Operations); Initiative lead: Wilhelmina Spratt (Falls Service Manager)

K1.1 Harbourside urgent treatment centre
Senior Responsible Owner: Imogen Treharne-Bell (Director of Operations); Initiative lead: Caspian Oduya-Fell (UTC Manager)
"""


def test_a_person_stated_in_the_very_role_asked_answers(papers) -> None:
    """An SRO leads the work too, of a kind: the line naming the initiative lead says the role asked."""
    reply = answer("Who is the initiative lead for the falls response service?", papers({"leads.txt": PROSE}), Tokenizer())
    assert reply.answered and reply.answer.startswith("Wilhelmina Spratt"), reply.answer
