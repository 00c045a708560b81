"""Formulas a workbook holds with no saved value. Excel saves each formula's last value beside it, but a
workbook written by another program (a script, an export) may never have been calculated, so its risk
scores ("=L*I"), differences and totals read as empty cells. The simple ones are worked out here: sums,
differences, products and quotients of numbers, cell references in the sheet ("=B4-C4", "=SUM(B4:B10)")
and a table's own-row references ("=tblRisks[[#This Row],[Likelihood (L)]]*..."). Anything else (another
sheet, a function other than SUM, text) stays empty: a value is never guessed."""

import ast
import operator
import re
from collections.abc import Sequence

_CELL = re.compile(r"\$?([A-Z]{1,3})\$?(\d{1,7})")
_RANGE = re.compile(rf"SUM\(\s*{_CELL.pattern}\s*:\s*{_CELL.pattern}\s*\)", re.IGNORECASE)
_THIS_ROW = re.compile(r"[A-Za-z_][\w.]*\[\[#This Row\],\[([^\]]+)\]\]")
_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def column_index(letters: str) -> int:
    """0-based index of a column's letters ("A" 0, "AA" 26)."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def worked_out(formula: str, row: int, grid: Sequence[Sequence[object]], columns: dict[str, int] | None = None) -> float | None:
    """The value of a formula in 1-based row `row` of a sheet whose values (None where none was saved)
    are `grid`, or None when it is not one this can work out. `columns` keeps, per sheet, the column each
    table label was found over, so a long table's own-row references do not search the rows above again."""
    text = formula.lstrip("=").strip()
    known = columns if columns is not None else {}
    text = _THIS_ROW.sub(lambda m: _own_row(m.group(1), row, grid, known), text)
    text = _RANGE.sub(lambda m: _sum(m, grid), text)
    text = _CELL.sub(lambda m: _number(grid, int(m.group(2)), column_index(m.group(1))), text)
    if "?" in text or not re.fullmatch(r"[\d.+\-*/() ]+", text):
        return None
    try:
        return _eval(ast.parse(text, mode="eval").body)
    except (SyntaxError, ValueError, ZeroDivisionError, TypeError):
        return None


def _own_row(label: str, row: int, grid: Sequence[Sequence[object]], columns: dict[str, int]) -> str:
    """The number in this row under the column a row above labels so (a table's header)."""
    label = label.strip()
    if label not in columns:
        found = next((k for above in range(row - 1, 0, -1) for k, cell in enumerate(grid[above - 1])
                      if isinstance(cell, str) and cell.strip() == label), None)
        if found is None:
            return "?"
        columns[label] = found
    return _number(grid, row, columns[label])


def _sum(m: re.Match[str], grid: Sequence[Sequence[object]]) -> str:
    first, last = (column_index(m.group(1)), int(m.group(2))), (column_index(m.group(3)), int(m.group(4)))
    total = 0.0
    for r in range(min(first[1], last[1]), max(first[1], last[1]) + 1):
        for c in range(min(first[0], last[0]), max(first[0], last[0]) + 1):
            value = _value_at(grid, r, c)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                total += value
    return repr(total)


def _number(grid: Sequence[Sequence[object]], row: int, col: int) -> str:
    value = _value_at(grid, row, col)
    return repr(float(value)) if isinstance(value, (int, float)) and not isinstance(value, bool) else "?"


def _value_at(grid: Sequence[Sequence[object]], row: int, col: int) -> object:
    if 1 <= row <= len(grid) and 0 <= col < len(grid[row - 1]):
        return grid[row - 1][col]
    return None


def _eval(node: ast.expr) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_eval(node.left), _eval(node.right))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        return -_eval(node.operand) if isinstance(node.op, ast.USub) else _eval(node.operand)
    raise ValueError("not arithmetic")
