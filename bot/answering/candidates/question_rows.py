"""The record rows one question can score above nothing, instead of whole record tables.

A record scores only when it holds a word of the question's topic (or of its word family, or of its
spelled-out form), states an asked role, or comes from a paper whose title and opening hold a topic
word (bot.answering.candidates.DocumentField). Those rows are found from the version's record
postings (bot.index.record_terms.rows_sharing) and read as they are used, so a question over a
national corpus touches hundreds of rows, not every record of every paper."""

import re
from collections.abc import Callable, Collection, Sequence

import numpy as np

from bot.answering.candidates import Context, documents_about
from bot.answering.vocabulary import ROLES
from bot.index.record_terms import RecordTable, rows_in_areas, rows_sharing


def question_records(ctx: Context, name: str, role_field: str | None = None, documents: bool = False) -> RecordTable:
    """The rows of record table `name` sharing the question's topic stems; with `role_field`, also the
    rows whose field holds every stem of a name of an asked role (as `rows.role_bonus` reads it); with
    `documents`, also every row of a paper whose opening holds a topic stem."""
    stems = set(ctx.topic.any_stem) if ctx.topic else set()
    phrases = [(role_field, tuple(words)) for words in _role_stems(ctx)] if role_field else []
    papers: Collection[str] = documents_about(ctx, stems) if documents and stems else ()
    return rows_sharing(ctx.index, ctx.tokenizer, name, stems, papers, phrases)


def tables_of(table: RecordTable, near: Collection[int] | None = None) -> dict[tuple[str, str], list[int]]:
    """The positions of a record table's rows, grouped into the tables they came from: one paper's
    rows under the same column labels. With `near` (positions), only the tables of those rows' papers,
    each whole (the labels of every other paper's rows are not read)."""
    if near is None:
        table.columns("document", "labels")
        return _grouped(table, range(len(table)), table.column("document"), table.column("labels"))
    documents = table.column("document").tolist()  # from each paper's run of rows: no row is read
    papers = {str(documents[i]) for i in near}
    positions = [i for i, document in enumerate(documents) if str(document) in papers]
    return _grouped(table, positions, [documents[i] for i in positions])


def _grouped(table: RecordTable, positions: Sequence[int], documents: Sequence[object],
             labels: Sequence[object] | None = None) -> dict[tuple[str, str], list[int]]:
    groups: dict[tuple[str, str], list[int]] = {}
    for i, document, label in zip(positions, documents, table.column_at("labels", positions) if labels is None else labels):
        groups.setdefault((str(document), str(label)), []).append(i)
    return groups


def best_tables(table: RecordTable, scores: np.ndarray, n: int) -> list[tuple[tuple[str, str], list[int]]]:
    """The n tables (as `tables_of`) whose best row scores most, best first, ties in table order: the n
    first of sorting every table so. Only the papers that can hold one of them have their rows' labels
    read: papers in turn by their best row, until no paper left holds a table that could rank before
    the n-th found (a better row, or as good a row earlier in the table)."""
    documents = table.column("document").tolist()
    if not documents:
        return []
    codes: dict[str, int] = {}
    paper = np.fromiter((codes.setdefault(str(d), len(codes)) for d in documents), dtype=np.int64, count=len(documents))
    best = np.full(len(codes), -np.inf)
    np.maximum.at(best, paper, scores)
    first = np.full(len(codes), len(documents))
    np.minimum.at(first, paper, np.arange(len(documents)))  # each paper's first row
    order = np.argsort(-best, kind="stable")
    taken = n
    while True:
        positions = np.flatnonzero(np.isin(paper, order[:taken])).tolist()
        groups = _grouped(table, positions, [documents[i] for i in positions])
        ranked = sorted(groups.items(), key=lambda kv: -max(scores[i] for i in kv[1]))
        if taken >= len(order) or len(ranked) < n:
            if taken >= len(order):
                return ranked[:n]
            taken *= 2
            continue
        nth, rest = ranked[n - 1][1], order[taken:]
        worst = max(scores[i] for i in nth)
        if not ((best[rest] > worst) | ((best[rest] == worst) & (first[rest] < nth[0]))).any():
            return ranked[:n]
        taken *= 2


def row_name(cells: list[dict], skip: Collection[int]) -> str:
    """A row by its first cells, the columns in `skip` aside: a code ("P-0101") with the name after it."""
    texts = [c["text"] for k, c in enumerate(cells) if k not in skip and c["text"].strip()]
    if not texts or len(texts[0]) > 10:
        return texts[0] if texts else ""
    # the name is the first cell of words after the code: an agenda's "7. | 15:20 | Winter Resilience Plan"
    # is item 7, the winter plan, not "7. 15:20"
    wordy = next((t for t in texts[1:4] if len(_WORDS.findall(t)) >= 2), texts[1] if len(texts) > 1 else "")
    return f"{texts[0]} {wordy}".strip()


_WORDS = re.compile(r"[A-Za-z]{2,}")


def area_records(ctx: Context, name: str) -> RecordTable:
    """The rows of record table `name` in the asked plan areas (every row when none is asked)."""
    return rows_in_areas(ctx.index, ctx.tokenizer, name, ctx.analysis.areas)


def _role_stems(ctx: Context) -> list[list[str]]:
    return [words for role in ctx.analysis.roles for words in (ctx.tokenizer(p) for p in ROLES[role]) if words]


def with_bonus(base: np.ndarray, bonus: float, holds: Callable[[np.ndarray], np.ndarray], k: int, floor: float) -> np.ndarray:
    """`base + bonus * holds(rows)` wherever it can change which k rows rank first (score, then table
    order) at or above `floor`; `base` elsewhere. `holds` (0 or 1 for the rows at some positions) can
    be costly, so it is asked for the best rows by `base` first, in growing batches, until no row left
    could reach the k-th best found: the k first rows, and their order, are those of computing it for all."""
    out = base.copy()
    lifted = base + bonus  # the most a row can reach
    order = np.lexsort((np.arange(len(base)), -base))
    order = order[lifted[order] >= floor]  # a row that cannot reach the floor is never taken
    done, step = 0, max(k, 16)
    while done < len(order):
        batch = order[done:done + step]
        out[batch] = base[batch] + bonus * holds(batch)
        done += len(batch)
        computed = order[:done]
        ranked = computed[np.lexsort((computed, -out[computed]))]
        if done >= len(order) or len(ranked) < k:
            step *= 2
            continue
        kth, rest = ranked[k - 1], order[done:]
        if not ((lifted[rest] > out[kth]) | ((lifted[rest] == out[kth]) & (rest < kth))).any():
            break
        step *= 2
    return out


def best_first(scores: np.ndarray, k: int) -> np.ndarray:
    """`np.argsort(-scores, kind="stable")[:k]`: the k best positions, best first, the earlier first among
    equals, without sorting every row (a national corpus's question shares a word with a hundred
    thousand rows, and reads the best few): those above the k-th best score, and as many tying with it
    as fill k, are sorted alone."""
    if len(scores) <= k or k <= 0 or np.isnan(scores).any():
        return np.argsort(-scores, kind="stable")[:k]
    kth = np.partition(scores, len(scores) - k)[len(scores) - k]  # the k-th best score
    above, tied = np.flatnonzero(scores > kth), np.flatnonzero(scores == kth)
    chosen = np.concatenate([above, tied[:k - len(above)]])
    return chosen[np.lexsort((chosen, -scores[chosen]))]
