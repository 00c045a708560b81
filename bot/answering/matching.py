"""How much of a question's topic a text covers: the idf-weighted share of its topic words found in
the text itself, words found only in the text's context (its heading, row, plan area) counting 60%.
Words in no paper stay in the total, so a question about something the papers never mention is
never well covered by a text that shares its commoner words."""

from collections.abc import Sequence

import numpy as np

from bot.answering.analysis import Analysis
from bot.index.record_terms import FieldTerms
from bot.textnorm import Tokenizer

CONTEXT_CREDIT = 0.6


class Topic:
    def __init__(self, analysis: Analysis, tokenizer: Tokenizer, drop: frozenset[str] = frozenset()) -> None:
        self.tokenizer = tokenizer
        self.weights = {t: w for t, w in analysis.terms.items() if t not in drop}
        self.synonyms = analysis.synonyms
        self.aside = analysis.aside
        self.kindred = analysis.kindred
        self.total = sum(self.weights.values())
        self.any_stem = frozenset(self.weights) | frozenset(s for t in self.weights for s in self.synonyms.get(t, ())) | \
            frozenset(s for t in self.weights for s in self.kindred.get(t, ()))
        # One question scores the same texts again and again (a cell for its candidate, its features,
        # its grid's answer): each text's coverage is worked out once per question.
        self._coverage: dict[tuple[str, str | tuple[str, ...]], tuple[float, float]] = {}
        self._missing: dict[tuple[str, str | tuple[str, ...]], float] = {}
        self._parts: dict[tuple[str, ...], frozenset[str]] = {}
        self._joined: dict[str, frozenset[str]] = {}  # a main text's stems from its parts, for its coverage and what it misses

    def __bool__(self) -> bool:
        return self.total > 0

    def has(self, term: str, stems: frozenset[str] | set[str]) -> bool:
        """The word itself, one of its word family, or its spelled-out form: all of it, or all but one
        word of a long one ("ACS" in "Accountable Care Delivery Vehicle")."""
        if term in stems:
            return True
        kin = self.kindred.get(term)
        if kin and not kin.isdisjoint(stems):
            return True
        spelled = self.synonyms.get(term)
        return bool(spelled and len(spelled & stems) >= max(1, len(spelled) - (len(spelled) >= 3)))

    def share(self, term: str, stems: frozenset[str] | set[str]) -> float:
        """How much of a topic word a text holds: all of it when `has` finds it whole, and a long spelled-out
        form found but for one word only in part: "Care Partnership" is two thirds of "TCP" (Transforming
        Care Partnership), and a partnership of another name holds the rest no better than any text does."""
        if not self.has(term, stems):
            return 0.0
        spelled = self.synonyms.get(term)
        if term in stems or not spelled or (kin := self.kindred.get(term)) and not kin.isdisjoint(stems):
            return 1.0
        return len(spelled & stems) / len(spelled)

    def own_share(self, text: str) -> float:
        """The share of the question's own clause (its side remarks aside: "doing the clinical board update") that a
        text holds: how far a paper's title names what is asked ("breathe well", "the route map")."""
        asked = {t: w for t, w in self.weights.items() if t not in self.aside}
        total = sum(asked.values())
        if not total:
            return 0.0
        held = self.stems(text)
        return sum(w for t, w in asked.items() if self.has(t, held)) / total

    def stems(self, text: str | tuple[str, ...]) -> frozenset[str]:
        """Stems of a text, or of each part of one (each part's stems cached on its own)."""
        if isinstance(text, str):
            return self.tokenizer.stem_set(text) if text else frozenset()
        found = self._parts.get(text)
        if found is None:  # a context (a heading, a row, a paper's opening) is shared by many candidates
            found = self._parts[text] = frozenset().union(*(self.tokenizer.stem_set(part) for part in text if part))
        return found

    def coverage(self, main: str, context: str | tuple[str, ...] = "", parts: tuple[str, ...] = (),
                 held: tuple[frozenset[str], frozenset[str]] | None = None,
                 context_held: tuple[frozenset[str], frozenset[str]] | None = None) -> tuple[float, float]:
        """(coverage with context credit, coverage by the main text alone). `parts`, when given, are
        what `main` was joined from by single spaces: its stems are read from theirs. `held`, when given,
        is (the stems of `main` among a set, the set): enough, where the set holds every stem read here;
        `context_held` the same of `context`."""
        if not self.total:
            return 0.0, 0.0
        found = self._coverage.get((main, context))
        if found is None:
            found = self._coverage[main, context] = self._covered(main, context, self._main_stems(main, parts, held), context_held)
        return found

    def _main_stems(self, main: str, parts: tuple[str, ...], held: tuple[frozenset[str], frozenset[str]] | None) -> frozenset[str]:
        if held is not None and self.any_stem <= held[1]:
            return held[0]  # coverage reads only stems in `any_stem`
        if not parts:
            return self.tokenizer.stem_set(main)
        found = self._joined.get(main)
        if found is None:
            found = self._joined[main] = self.tokenizer.joined_stem_set(parts)
        return found

    def joined_coverage(self, main: tuple[str, ...], context: str | tuple[str, ...] = "") -> tuple[float, float]:
        """`coverage(" ".join(main), context)`, the main text's stems gathered part by part (each part
        read once however many texts it is joined into)."""
        if not self.total:
            return 0.0, 0.0
        return self._covered(" ".join(main), context, self.tokenizer.joined_stem_set(main))

    def covered_by(self, stems: frozenset[str]) -> tuple[float, float]:
        """`coverage` of a text with no context whose stems are `stems`. Coverage reads only the stems in
        `any_stem` (a word, its family, its spelled-out form), so these may be only those of a text's."""
        if not self.total:
            return 0.0, 0.0
        return self._covered("", "", stems)

    def coverage_bound(self, stems: frozenset[str]) -> tuple[float, float]:
        """The most `coverage` can give a main text whose stems among `any_stem` are `stems`, whatever its
        context: (with context credit, by the main text alone). Bit for bit: the main text's share is summed
        as `_covered` sums it, and every other topic word counted as found in the context, a sum over more
        of the same non-negative weights in the same order (rounding is monotone)."""
        if not self.total:
            return 0.0, 0.0
        if any(weight < 0 for weight in self.weights.values()):
            return 1.0, 1.0  # (no topic weighs less than nothing; were one to, the bound would not hold)
        hit = near = 0.0
        for term, weight in self.weights.items():
            own = self.share(term, stems)
            hit += weight * own
            if own < 1:
                near += weight * (1 - own)
        return (hit + CONTEXT_CREDIT * near) / self.total, hit / self.total

    def _context_stems(self, context: str | tuple[str, ...], held: tuple[frozenset[str], frozenset[str]] | None) -> frozenset[str]:
        if held is not None and self.any_stem <= held[1]:
            return held[0]  # (what is read of a context is only its stems in `any_stem`, as of a main text)
        return self.stems(context)

    def _covered(self, main: str, context: str | tuple[str, ...], stems: frozenset[str] | None = None,
                 context_held: tuple[frozenset[str], frozenset[str]] | None = None) -> tuple[float, float]:
        stems = self.tokenizer.stem_set(main) if stems is None else stems
        context_stems = self._context_stems(context, context_held) | stems if context else stems
        if self.any_stem.isdisjoint(context_stems):
            return 0.0, 0.0
        hit = near = 0.0
        worded = False  # a number matches only beside a word of the topic: "7" alone is about nothing
        for term, weight in self.weights.items():
            own = self.share(term, stems)
            beside = self.share(term, context_stems) if own < 1 else own
            if not beside:
                continue
            hit += weight * own
            if beside > own:
                near += weight * (beside - own)
            worded = worded or not term.isdigit()
        if not worded:
            return 0.0, 0.0
        return (hit + CONTEXT_CREDIT * near) / self.total, hit / self.total

    def heaviest_missing(self, main: str, context: str | tuple[str, ...] = "", parts: tuple[str, ...] = (),
                         held: tuple[frozenset[str], frozenset[str]] | None = None,
                         context_held: tuple[frozenset[str], frozenset[str]] | None = None) -> float:
        """The share of the topic's weight held by its weightiest word found nowhere in the text or its
        context: a near-miss names the topic's commoner words but not the one that matters."""
        if not self.total:
            return 0.0
        found = self._missing.get((main, context))
        if found is None:
            found = self._missing[main, context] = self._heaviest_missing(main, context, parts, held, context_held)
        return found

    def _heaviest_missing(self, main: str, context: str | tuple[str, ...], parts: tuple[str, ...] = (),
                          held: tuple[frozenset[str], frozenset[str]] | None = None,
                          context_held: tuple[frozenset[str], frozenset[str]] | None = None) -> float:
        stems = self._main_stems(main, parts, held) | self._context_stems(context, context_held)
        # a word said only beside the question ("... ? want it on the October agenda") says why it is asked:
        # no answer is missing it
        missing = [w for t, w in self.weights.items() if t not in self.aside and not self.has(t, stems)]
        return max(missing, default=0.0) / self.total

    def matched(self, text: str) -> set[str]:
        stems = self.tokenizer.stem_set(text)
        return {t for t in self.weights if self.has(t, stems)}

    def scores(self, main: Sequence[FieldTerms], context: Sequence[FieldTerms] = ()) -> np.ndarray:
        """`coverage` (with context credit) for every row of a record table at once."""
        size = main[0].size
        if not self.total:
            return np.zeros(size)
        hit, near = np.zeros(size), np.zeros(size)
        worded = np.zeros(size, dtype=bool)  # as in `coverage`: a number matches only beside a word
        for term, weight in self.weights.items():
            in_main = self._rows_share(term, main)
            in_any = self._rows_share(term, (*main, *context)) if context else in_main
            hit += weight * in_main
            near += weight * np.maximum(in_any - in_main, 0.0)
            if not term.isdigit():
                worded |= in_any > 0
        return np.where(worded, (hit + CONTEXT_CREDIT * near) / self.total, 0.0)

    def _rows_share(self, term: str, fields: Sequence[FieldTerms]) -> np.ndarray:
        """`share` of a topic word for every row at once."""
        whole = _any_field(term, fields)
        for kin in self.kindred.get(term, ()):
            whole |= _any_field(kin, fields)
        spelled = self.synonyms.get(term)
        if not spelled:
            return whole.astype(float)
        count = np.zeros(fields[0].size, dtype=np.int32)
        for word in spelled:
            count += _any_field(word, fields)
        part = np.where(count >= max(1, len(spelled) - (len(spelled) >= 3)), count / len(spelled), 0.0)
        return np.where(whole, 1.0, part)


def _any_field(stem: str, fields: Sequence[FieldTerms]) -> np.ndarray:
    found = fields[0].mask(stem)
    for field in fields[1:]:
        found |= field.mask(stem)
    return found
