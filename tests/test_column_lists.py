"""A table's first column as a list ("LDP area | Registered population | Commissioner" over four rows
lists the four areas), asked for by a question that counts as many items; never a column of prose
fragments that a page's text columns made look like a table."""

import json

import pytest

from bot.answering.pipeline import answer
from bot.records.column_lists import column_lists
from bot.textnorm import Tokenizer

SUMMARY = ("Our footprint\nThe footprint brings together four clinical commissioning groups and three councils.\n"
           "LDP area\tRegistered population\tCommissioner\n"
           "Marsh Coast\t402,300\tNHS Marsh Coast CCG\nDale Valley\t236,900\tNHS Dale Valley CCG\n"
           "Upper Fenn\t318,700\tNHS Upper Fenn CCG\nHarbour Side\t326,700\tNHS Harbour Side CCG\n"
           "The LDP boards report to the STP Programme Board, which meets monthly.\n")
FILLER = "Workforce update\nVacancy rates fell in the autumn and the bank staff spend is down by a tenth.\n"


@pytest.fixture
def summary(papers):
    return papers({"summary.txt": SUMMARY, "workforce.txt": FILLER})


@pytest.mark.parametrize("question", ["What are the 4 LDP areas?", "what are the four LDP areas?", "list the LDP areas"])
def test_a_counted_list_is_the_tables_column(summary, question: str) -> None:
    reply = answer(question, summary, Tokenizer())
    assert reply.answered and all(a in reply.answer for a in ("Marsh Coast", "Dale Valley", "Upper Fenn", "Harbour Side")), reply.answer


@pytest.mark.parametrize("question", ["What are the 3 LDP areas?", "Which LDP areas are coastal?"])
def test_a_question_asking_more_is_not_answered_by_the_whole_column(summary, question: str) -> None:
    reply = answer(question, summary, Tokenizer())
    assert not all(a in reply.answer for a in ("Marsh Coast", "Dale Valley", "Upper Fenn", "Harbour Side")), reply.answer


def _row(table: str, first: str, labels: list[str]) -> dict:
    cells = [{"text": first, "page": 1, "line": None, "quote": first}, {"text": "x", "page": 1, "line": None, "quote": "x"}]
    return {"table_id": table, "labels": json.dumps(labels), "cells": json.dumps(cells), "quote": first, "caption": None,
            "document": "a.pdf", "doc_title": "A", "doc_id": "1", "page": 1, "line": None, "section": None}


def test_prose_cut_by_a_pages_columns_is_no_list() -> None:
    names = [_row("t1", name, ["Area", "Lead"]) for name in ("Marsh Coast", "Dale Valley", "Upper Fenn")]
    cut = [_row("t2", text, ["Brackenmoor; and", "Lead"]) for text in ("3. reduce ambulance handover delays at", "Kestlebury General")]
    found = list(column_lists(names + cut, "doc"))
    assert [r["intro"] for r in found] == ["Area"]
    assert json.loads(found[0]["items"])[1]["text"] == "Dale Valley"
