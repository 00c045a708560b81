"""Short forms a question's spelled-out words are written as in the papers: a known abbreviation
("Health and Wellbeing Board" as "HWBB") or a name's initials ("Herefordshire and Worcestershire" as
"H&W"). Each word of the spelled-out form is then found in a text holding the short form."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answering.lexicon import Lexicon

if TYPE_CHECKING:
    from bot.answering.analysis import Analysis


def abbreviated(analysis: Analysis, lex: Lexicon) -> None:
    """A phrase the question spells out in full ("Health and Wellbeing Board") is written in the papers
    as its abbreviation too ("Herefordshire HWBB"): each of its words is found in a text holding the
    abbreviation. Only when every word of the spelled-out form is asked, so "health" alone never
    matches every "MH"; a one-word form only when the papers never spell it out ("which doctor": the
    papers write "Dr")."""
    tok = lex.tokenizer
    asked = set(analysis.terms)
    for short, long in lex.expansions.items():
        spelled = set(tok(long))
        if not spelled <= asked or len(spelled) < 2 and any(lex.df(t) for t in spelled):
            continue
        forms = {*tok(short), *tok(short + "s")}  # "PCN" is written "PCNs" for more than one
        if not any(lex.df(stem) for stem in forms):
            continue
        for stem in forms:  # both, where the papers write one: a title or file name may write the other
            if stem in asked:
                continue
            analysis.short_forms |= {stem}
            for term in spelled:
                analysis.kindred[term] = analysis.kindred.get(term, frozenset()) | {stem}


_JOINERS = frozenset({"&", "and", "of"})


def _name_runs(text: str, lex: Lexicon) -> list[list[str]]:
    """Runs of two or more name words (capitalised, or written by the papers only with a capital), joined
    by nothing, "&", "and" or "of": "Herefordshire & Worcestershire", "herefordshire & worcestershire"."""
    runs: list[list[str]] = [[]]
    for word in re.findall(r"[A-Za-z]+|&", text):
        low = word.lower()
        if low in _JOINERS:
            continue
        capitalised = word[0].isupper() and not word.isupper()  # "HRI" is a short form already
        named = word.islower() and low not in lex.common and _written(low, lex)  # the papers write it only as a name
        if len(word) > 2 and (capitalised or named):
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= 2]


def _written(word: str, lex: Lexicon) -> bool:
    """The papers write this very word (in whatever case)."""
    vocabulary = getattr(lex.common, "vocabulary", None)
    return word in vocabulary if vocabulary is not None else word not in lex.english


def initialled(analysis: Analysis, text: str, lex: Lexicon) -> None:
    """A name of two or more words the question spells out ("Herefordshire & Worcestershire") is written
    in the papers by its initials too ("the H&W footprint"): each of its words is found in a text holding
    them, as with a known abbreviation."""
    tok = lex.tokenizer
    asked = set(analysis.terms)
    for words in _name_runs(text, lex):
        stems = [tok.stem(w.lower()) for w in words]
        initials = "".join(w[0] for w in words).lower()
        if sum(s in asked for s in stems) < 2 or initials in asked or not lex.df(initials):
            continue  # "Shared" in "Kestle Vale Shared Care Record" may be no topic word: the name is still spelled out
        analysis.short_forms |= {initials}
        for stem in stems:
            if stem in asked:
                analysis.kindred[stem] = analysis.kindred.get(stem, frozenset()) | {initials}


def spelled_beside(analysis: Analysis, text: str, lex: Lexicon) -> None:
    """"lda sro? the learning disability and autism one": a short form no paper writes, whose letters
    are the initials of a run of the question's own words, is those words said twice. It is weighed and
    matched as its spelled-out form, not as a word no paper holds (which would weigh the most)."""
    tok = lex.tokenizer
    words = [w.lower() for w in re.findall(r"[A-Za-z]+|&", text)]
    for short in [t for t in analysis.terms if t.isalpha() and 2 <= len(t) <= 6 and not lex.df(t) and t not in analysis.synonyms]:
        run = _run_with_initials(words, short)
        if not run:
            continue
        spelled = frozenset(tok.stem(w) for w in run) - {short}
        weights = [lex.idf(s) for s in spelled if lex.df(s)]
        if len(weights) < len(spelled):
            continue  # some of the spelled-out words are in no paper either
        analysis.synonyms[short] = spelled
        analysis.terms[short] = max(weights)


def _run_with_initials(words: list[str], short: str) -> list[str]:
    """The run of words, joiners ("and", "of", "&") skipped, whose first letters spell the short form."""
    for start, word in enumerate(words):
        if word in _JOINERS or word[0] != short[0] or word == short:
            continue
        run = [w for w in words[start:] if w not in _JOINERS][:len(short)]
        if len(run) == len(short) and "".join(w[0] for w in run) == short:
            return run
    return []


def given_names(analysis: Analysis, text: str, lex: Lexicon) -> None:
    """"When does Rupert Elstob retire?": papers write a person they have named in full by title and
    surname ("Mr Elstob retires on ..."), so a line with the surname holds the given name the question
    writes before it, or a line naming the person in full would beat the one saying what is asked."""
    words = re.findall(r"[a-z][a-z'’-]*", text.lower())
    known = lex.first_names()
    tok = lex.tokenizer
    for first, last in zip(words, words[1:]):
        given = tok.stem(first)
        if last in known.get(first, ()) and given in analysis.terms:
            analysis.kindred[given] = analysis.kindred.get(given, frozenset()) | {tok.stem(last)}


RUN_PASSAGES = 10  # the passages the question's other words find best, read for a short form's name


def initials_of_names(analysis: Analysis, text: str, lex: Lexicon) -> None:
    """"RN vacancies at QTH?": staff write a local body by its initials where the papers only ever write
    its name ("Quarrendon Teaching Hospitals"). A short form the question writes in capitals (or as
    initials joined by "&": "the F&P committee" for "Finance and Performance"), that no list of
    abbreviations spells out, is the capitalised name whose initials it
    spells in the passages the question's other words find best: the name written there most often,
    when one is. It is then matched as that name's words too, and weighed as them where no paper writes
    it (one written only as a reference's letters, "NCT-01", says nothing of the rows naming the scheme)."""
    tok = lex.tokenizer
    # (the term, the initials): "NCTs" for more than one is the plural's term, the singular's initials
    shorts = {(m.group(1).lower() if m.group(1).lower() in analysis.terms else m.group(0).lower(), m.group(1).lower())
              for m in _CAPITALS.finditer(text)}
    joined = {m.group(0).replace("&", "").lower() for m in _AMPERSANDED.finditer(text)}
    shorts |= {(s, s) for s in joined}  # "F&P committee"
    shorts = {(s, i) for s, i in shorts if s in analysis.terms and s not in analysis.synonyms and s not in analysis.kindred}
    # the role asked is looked for too: "who chairs the LWAB?" finds the lines naming chairs, one of them its
    query = [t for t in analysis.terms if lex.df(t)] + [t for r in analysis.roles for t in tok(r) if lex.df(t)]
    query += [i for s, i in shorts if i != s and lex.df(i)]  # "NCTs" asked, "NCT-01" written: where the singular stands
    if not shorts or not query:
        return
    hits = lex.index.engine.search(query, k=RUN_PASSAGES)
    passages = lex.index.passages([h.seq for h in hits])
    texts = [p.text for p in passages] + [p.header.text for p in passages if p.header]  # a row's header names its columns
    for short, initials in shorts:
        name = _most_written(texts, initials, short in joined)
        if not name:
            continue
        spelled = frozenset(tok(name)) - {short}
        if not spelled or not all(lex.df(s) for s in spelled):
            continue
        analysis.synonyms[short] = spelled
        if not lex.df(short):  # (one the papers write too, as a reference's letters "NCT-01", keeps its own weight)
            analysis.terms[short] = max(lex.idf(s) for s in spelled)


_CAPITALS = re.compile(r"(?<![\w&-])([A-Z]{2,5})s?(?![\w&-])")
_AMPERSANDED = re.compile(r"(?<![\w&-])[A-Z](?:&[A-Z]){1,3}(?![\w&-])")
_NAME_RUN = re.compile(r"[A-Z][a-z]+(?:\s+(?:(?:&|and|of)\s+)?[A-Za-z][a-z]+)+")


def _most_written(texts: list[str], short: str, joined: bool = False) -> str | None:
    """The run of words opening with a capital (joiners aside) with the short form's initials written
    most often in the texts, when one is written more often than any other."""
    counts: dict[str, int] = {}
    for text in texts:
        for m in _NAME_RUN.finditer(text):
            words = m.group(0).split()
            names = [w for w in words if w not in _JOINERS]
            for start in range(len(names) - len(short) + 1):
                run = names[start:start + len(short)]
                # a name opens with a capital; its later words may not ("Virtual fracture clinic" for VFC)
                if run[0][0].isupper() and "".join(w[0] for w in run).lower() == short:
                    key = " ".join(run)
                    counts[key] = counts.get(key, 0) + 1
    if joined and not counts:  # "G&A" says its words are joined by "and": "general and acute" in lower case
        for key in (run for text in texts for run in _joined_runs(text.lower(), short)):
            counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]



def _joined_runs(text: str, short: str) -> list[str]:
    """Runs of words, "and" or "&" between two of them, whose initials spell the short form: "general and
    acute" for G&A, "health and social care" for H&SC."""
    words = re.findall(r"[a-z]+|&", text)
    runs = []
    for start, word in enumerate(words):
        if word in _JOINERS or word[0] != short[0]:
            continue
        run, joined, at = [word], False, start + 1
        while len(run) < len(short) and at < len(words):
            if words[at] in ("and", "&") and not joined:
                joined, at = True, at + 1
                continue
            run.append(words[at])
            at += 1
        if joined and len(run) == len(short) and all(len(w) > 1 for w in run) and "".join(w[0] for w in run) == short:
            runs.append(" ".join(run))
    return runs
