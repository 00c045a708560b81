"""A post taken over from someone, said the other way round: "B (Interim CIO) is SRO from 1 May 2018,
replacing A, who has left the Trust". From that day A holds the post no more, though a table still names
them, and B, named in the line, does; a double-barrelled surname is found by both its halves."""

from datetime import date
from pathlib import Path

import pytest

from bot.answering.handovers import handover
from bot.answering.pipeline import answer
from bot.reading.files import read_document
from bot.records.people import people_in
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS

LINE = ("K8 Digital: Ottoline Marchetti-Vane (Interim Chief Information Officer, NCH) is SRO from 1 May 2018, "
        "replacing Bartholomew Okonjo-Reese, who has left the Trust.")
PACK = f"""Programme board pack, May 2018

Workstream leads
K7 Stroke - SRO: Dr Hester Quarrie (Medical Director)
K8 Digital (shared care record) - SRO: Bartholomew Okonjo-Reese (Chief Information Officer)

Changes agreed since the April board
{LINE}
Next meeting: 21 June 2018.
"""


@pytest.mark.parametrize(("today", "handed"), [
    (date(2018, 6, 1), ("Bartholomew Okonjo-Reese", "Ottoline Marchetti-Vane")),
    (date(2018, 4, 20), None),  # not yet taken effect
])
def test_a_post_taken_over_by_replacing_its_holder(today: date, handed: tuple[str, str] | None) -> None:
    assert handover(LINE, today) == handed


def test_the_new_holder_is_read_with_what_the_role_is_for(tmp_path: Path) -> None:
    (tmp_path / "pack.txt").write_text(PACK, encoding="utf-8")
    found = {(p["name"], p["role"]) for p in people_in(read_document(tmp_path / "pack.txt", 10**6), {}, lambda d, line, section: {})}
    assert ("Ottoline Marchetti-Vane", "SRO from 1 May 2018 (K8 Digital)") in found


def test_asked_after_the_day_the_new_holder_answers(papers) -> None:
    index = papers({"pack.txt": PACK, **OTHER_PAPERS})
    reply = answer("Who is the SRO for the K8 digital workstream?", index, Tokenizer(), date(2018, 6, 1))
    assert reply.answered and reply.answer.startswith("Ottoline Marchetti-Vane"), reply.answer


GOING = """Programme board pack, May 2018

Workstream leads
K7 Stroke - SRO: Dr Hester Quarrie (Medical Director)
K8 Digital (shared care record) - SRO: Bartholomew Okonjo-Reese (Chief Information Officer)

Notices
Bartholomew Okonjo-Reese leaves the Trust on 30 April 2018; an interim SRO will be named by the June board.
"""


def test_a_holder_whose_going_is_dated_holds_the_post_no_more_after_it(papers) -> None:
    """The going is found by the surname's halves: "Okonjo-Reese" is two words to the index."""
    index = papers({"pack.txt": GOING, **OTHER_PAPERS})
    reply = answer("Who is the SRO for the K8 digital workstream?", index, Tokenizer(), date(2018, 6, 1))
    assert "Okonjo-Reese" not in reply.answer.split(":")[0] or not reply.answered, reply.answer
