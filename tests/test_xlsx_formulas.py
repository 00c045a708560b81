"""Formulas a workbook holds with no saved value (written by a program that never calculated it) are
worked out where they are simple arithmetic; anything else stays empty, never guessed."""

from pathlib import Path

import pytest

from bot.reading.files import read_document
from bot.reading.xlsx_formulas import worked_out

GRID = [
    ["Risk ID", "Likelihood (L)", "Impact (I)", "Score"],
    ["R01", 5, 4, None],
    ["R02", 3, 4, None],
    ["Total", None, None, None],
]


@pytest.mark.parametrize("formula, row, value", [
    ("=B2*C2", 2, 20.0),
    ("=$B$3*$C$3", 3, 12.0),
    ("=tblRisks[[#This Row],[Likelihood (L)]]*tblRisks[[#This Row],[Impact (I)]]", 2, 20.0),
    ("=SUM(B2:B3)", 4, 8.0),
    ("=(B2-B3)/2", 2, 1.0),
    ("=VLOOKUP(A2,Sheet2!A:B,2,FALSE)", 2, None),  # another function, another sheet: not worked out
    ("=B2&C2", 2, None),  # text
    ("=B9*2", 2, None),  # a cell with no number
    ("=B2/0", 2, None),
])
def test_simple_arithmetic_is_worked_out(formula: str, row: int, value: float | None) -> None:
    assert worked_out(formula, row, GRID) == value


def test_a_register_saved_without_values_reads_its_scores(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Risk register"
    sheet.append(["Risk ID", "Risk", "Likelihood (L)", "Impact (I)", "Score"])
    sheet.append(["R01", "Ambulance handover delays", 5, 4, "=C2*D2"])
    sheet.append(["R02", "GP recruitment", 3, 4, "=C3*D3"])
    sheet.append(["Total", "", "", "", "=SUM(E2:E3)"])
    path = tmp_path / "register.xlsx"
    book.save(path)  # openpyxl saves formulas with no value, as any program that never calculates does
    lines = [ln.text for ln in read_document(path, 10**6).lines]
    assert "R01\tAmbulance handover delays\t5\t4\t20" in lines, lines
    assert "R02\tGP recruitment\t3\t4\t12" in lines, lines
    assert any(text.startswith("Total") and text.endswith("32") for text in lines), lines


def test_a_tables_label_is_looked_for_once_per_sheet() -> None:
    """A long table's own-row references find each label's column once: the rows above are not searched
    again for every row (the second grid has no header row left, yet the column is known)."""
    columns: dict[str, int] = {}
    formula = "=tblRisks[[#This Row],[Likelihood (L)]]*tblRisks[[#This Row],[Impact (I)]]"
    assert worked_out(formula, 2, GRID, columns) == 20.0
    assert columns == {"Likelihood (L)": 1, "Impact (I)": 2}
    headless = [["", "", "", ""], ["R01", 2, 3, None]]
    assert worked_out(formula, 2, headless, columns) == 6.0
