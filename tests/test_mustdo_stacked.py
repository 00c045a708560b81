"""Must-dos as columns with the programmes stacked under each (bot/records/mustdo_stacked.py)."""

from pathlib import Path

from bot.reading.files import read_document
from bot.records.extract import extract_records

STACKED = ("Our programmes against the nine national must-dos\n"
           "1 STP\t2 Financial balance\t3 General practice\t4 A&E and ambulance\t8 Learning disabilities\n"
           "All programmes\tPlanned Care (lead)\tPrimary Care Networks (lead)\tSame Day Urgent Care (lead)\tnone - planned through the TCP\n"
           "\tHome First\tHome First\tHome First\t\n"
           "\t\t\tMental Health\t\n"
           "\n"
           "Investment by programme (£k)\n"
           "Programme\t2018/19\t2019/20\n"
           "Home First\t2850\t3400\n")


def test_each_programme_under_a_must_do_is_its_cell(tmp_path: Path) -> None:
    path = tmp_path / "alignment.txt"
    path.write_text(STACKED, encoding="utf-8")
    cells = {(r["mustdo"], r["priority"]): r["text"] for r in extract_records(read_document(path, 10**7))["mustdos"]}
    assert cells == {(1, "All programmes"): "All programmes", (2, "Planned Care"): "Planned Care (lead)", (2, "Home First"): "Home First",
                     (3, "Primary Care Networks"): "Primary Care Networks (lead)", (3, "Home First"): "Home First",
                     (4, "Same Day Urgent Care"): "Same Day Urgent Care (lead)", (4, "Home First"): "Home First",
                     (4, "Mental Health"): "Mental Health"}  # must-do 8's "none": the gap; the next table is no must-do's


def test_a_header_with_a_row_label_column_is_no_stacked_grid(tmp_path: Path) -> None:
    """"Programme | MD1 ... | MD4": the programmes are the rows (bot/records/mustdo_across.py), not stacked lists."""
    from bot.records.mustdo_stacked import stacked_columns
    from bot.models import SourceLine

    header = SourceLine(page=None, line=1, text="Programme\tMD1 STP\tMD2 Finance\tMD3 General practice\tMD4 A&E")
    assert stacked_columns([header], 0) == {}
