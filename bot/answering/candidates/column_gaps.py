"""The row with the widest gap between two number columns the question names: "which programme has the
largest gap between planned and forecast savings?", "which is furthest behind, plan vs forecast?".

No cell holds the gap: each row's two figures are read and their difference compared, the row at the
asked end named with both figures and the difference, citing the row."""

import re
from collections.abc import Callable, Sequence

from bot.answering.candidates import Candidate, Context, trim, unique
from bot.answering.thresholds import Amount, Bound
from bot.models import Citation

# A gap asked between two figures of each row: the difference, the shortfall, how far behind.
GAP_ASKED = re.compile(r"\b(?:gap|gaps|difference|differences|shortfall|short of|furthest behind|furthest off|behind|variance)\b|"
                       r"\bvs\.?\b|\bversus\b", re.IGNORECASE)


def asked_pair(ctx: Context, labels: list[str], numeric: dict[int, list[Amount | None]]) -> tuple[int, int] | None:
    """The two number columns the question names (each shares a word with it), in the table's order."""
    named = [k for k in sorted(numeric) if k < len(labels) and ctx.tokenizer.stem_set(labels[k]) & ctx.analysis.words]
    return (named[0], named[1]) if len(named) == 2 else None


def widest_gap(bound: Bound, rows: Sequence[dict], cells: list[list[dict]], numeric: dict[int, list[Amount | None]],
               pair: tuple[int, int], labels: list[str], where: str, name: Callable[[list[dict], int], str],
               cite: Callable[[dict, list[dict], int], Citation]) -> Candidate | None:
    """The row (rows, when tied) whose two figures differ the most (the least, asked so)."""
    first, second = pair
    gaps = [(round(abs(a.whole - b.whole), 6), i) for i, (a, b) in enumerate(zip(numeric[first], numeric[second]))
            if a is not None and b is not None and a.money == b.money and a.percent == b.percent]
    if len(gaps) < 2:
        return None
    end = (max if bound.op == "max" else min)(g for g, _ in gaps)
    top = [i for g, i in gaps if g == end]
    word = "widest" if bound.op == "max" else "narrowest"
    said = "; ".join(f"{name(cells[i], first)} ({labels[first]} {cells[i][first]['text']}, {labels[second]} {cells[i][second]['text']})"
                     for i in top)
    answer = f"{said}: the {word} gap between {labels[first]} and {labels[second]}, {end:g} (of the {len(gaps)} rows of {trim(where, 80)})"
    head = rows[0]
    return Candidate(source="filter", main=" ".join(filter(None, (head.get("header_text"), head.get("section"), head.get("caption"),
                                                                      head.get("doc_title")))), context="",
                     area=head.get("area"), answer=trim(answer, 590), citations=unique([cite(rows[i], cells[i], first) for i in top]),
                     fits_form=1.0, nearest=trim(where, 160))
