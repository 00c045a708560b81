"""A bulleted list in a note, some items "Label: value" and some plain sentences: the labelled items
are a block of fields, and a plain bullet after them is the next item, never the last field's value
wrapped ("- Partnership Board: 25 April" then "- Network agreements signed by 15 May, ready for go-live
on 1 July" gives the board no July date)."""

import json

from bot.answering.pipeline import answer
from bot.models import SourceLine
from bot.records.blocks import block_records

NOTE = """HANDOVER NOTE - PROGRAMME DIRECTOR

2. DATES YOU CAN'T MISS

   - Partnership Board: Thursday 25 April 2019, 10:00, Carrowby Town Hall.
     The Home First business case has slipped to this one.
   - Finance and Investment Committee: 9 May 2019.
   - Network agreements for the primary care networks signed by
     15 May 2019, ready for go-live on 1 July 2019.

3. PROJECTS

   - Care navigation training for reception teams
       - Owner: inherits
       - 140 staff trained by March 2020
       - Status: on track

   Lead: Dr Ana Pell
   Projects:
   - Care navigation training for reception teams
   - Online consultation roll-out
"""


def _records(text: str) -> list[dict]:
    lines = [SourceLine(line=k, text=t) for k, t in enumerate(text.splitlines())]
    return list(block_records(lines, {}, "note", lambda line, section: {"line": line.line}))


def test_a_plain_bullet_after_bulleted_fields_is_no_fields_value() -> None:
    dates = next(r for r in _records(NOTE) if "Partnership Board" in r["header_text"])
    cells = dict(zip(json.loads(dates["labels"]), (c["text"] for c in json.loads(dates["cells"]))))
    assert "slipped" in cells["Partnership Board"]  # the field's own wrapped line is still its value
    assert "Network agreements" not in cells["Partnership Board"], cells
    assert all("Network" not in text for text in cells.values()), cells  # an item of its own, not of this block


def test_an_unlabelled_bullet_under_a_bulleted_item_is_one_of_its_details() -> None:
    item = next(r for r in _records(NOTE) if "Owner" in r["header_text"])
    assert "140 staff trained" in item["row_text"] and "on track" in item["row_text"], item["row_text"]


def test_bullets_under_an_unbulleted_field_are_still_its_values() -> None:
    projects = [r["row_text"] for r in _records(NOTE) if "Lead" in r["header_text"]]  # a row per bullet, each with the lead
    assert any("Online consultation" in row and "Ana Pell" in row for row in projects), projects


def test_the_go_live_date_is_read_from_its_own_bullet(papers, tokenizer) -> None:
    reply = answer("When do the primary care networks go live?", papers({"handover.txt": NOTE}), tokenizer)
    assert reply.answered and "1 July 2019" in reply.answer, reply.answer
