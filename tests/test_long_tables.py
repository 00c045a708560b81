"""A table in long form (thing | attribute | value, with the days each value held), as PMO tools export
their records, read as the wide rows it stands for."""

import json
from datetime import date
from pathlib import Path

from bot.answering.pipeline import answer
from bot.reading.files import read_document
from bot.records.extract import extract_records

EXPORT = """record_id,scheme_id,attribute,value,effective_from,effective_to,change_ref,recorded_by
R01,HB1,scheme_name,Harbour Rapid Diagnostic Centre,2017-04-01,,,pmo
R02,HB1,sro,Cordelia Ashgrove,2017-04-01,,,pmo
R03,HB1,milestone.M1.title,Diagnostic centre opens at Harbour Vale Hospital,2017-04-01,,,pmo
R04,HB1,milestone.M1.due,2018-11-05,2017-04-01,,,pmo
R05,HB2,scheme_name,Harbour Shared Care Record,2017-04-01,,,pmo
R06,HB2,sro,Wystan Pargeter,2017-04-01,2018-03-31,,pmo
R07,HB2,sro,Idony Kershaw-Bello (interim),2018-04-01,,,pmo
R08,HB2,milestone.M1.title,Shared record live in every GP practice,2017-04-01,,,pmo
R09,HB2,milestone.M1.due,2018-10-01,2017-04-01,2018-04-30,,pmo
R10,HB2,milestone.M1.due,2018-12-03,2018-05-01,,CR-014,pmo
"""
NOTE = "Harbour STP board note\nThe board met in March and agreed the winter plan for Harbour Vale Hospital.\n"


def test_each_thing_and_group_of_attributes_is_one_wide_row(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(EXPORT, encoding="utf-8")
    rows = extract_records(read_document(path, 10**7))["rows"]
    wide = [dict(zip(json.loads(row["labels"]), (c["text"] for c in json.loads(row["cells"])))) for row in rows]
    assert {"scheme id": "HB1", "scheme name": "Harbour Rapid Diagnostic Centre", "sro": "Cordelia Ashgrove"} in wide
    assert {"scheme id": "HB1", "scheme name": "Harbour Rapid Diagnostic Centre", "item": "milestone M1",  # a milestone names its scheme
            "title": "Diagnostic centre opens at Harbour Vale Hospital", "due": "2018-11-05"} in wide
    record = next(w for w in wide if w.get("scheme name") == "Harbour Shared Care Record" and "sro" in w)
    assert record["sro"] == "Wystan Pargeter to 2018-03-31; Idony Kershaw-Bello (interim) from 2018-04-01"
    milestone = next(w for w in wide if w.get("scheme name") == "Harbour Shared Care Record" and "due" in w)
    assert milestone["due"] == "2018-12-03 (was 2018-10-01; CR-014)"
    assert not any("R01" in row["row_text"] for row in rows)  # the long rows are read as the wide ones, not beside them


def test_questions_over_a_long_table(papers, tokenizer) -> None:
    index = papers({"export.csv": EXPORT, "note.txt": NOTE})
    reply = answer("When will the diagnostic centre open at Harbour Vale Hospital?", index, tokenizer)
    assert reply.answered and "2018-11-05" in reply.answer.split("(")[0], reply.answer
    reply = answer("Who is the SRO for the Harbour Shared Care Record?", index, tokenizer, date(2018, 5, 14))
    assert reply.answered and reply.answer.startswith("Idony Kershaw-Bello"), reply.answer
    reply = answer("When will the shared record be live in every GP practice?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("2018-12-03"), reply.answer
