"""Answer a question: analysis -> candidates -> one scorer with abstention -> the answer first,
then its citations, each quote checked to be on the page or line it cites."""

import math
from collections.abc import Callable, Iterator
from datetime import date

from bot.answering import (asked_kind, comparison, compound, counting, date_subjects, decision_days, decisions, footnoted, per_unit, definitions, next_occasion, position_dates, reasons, revisions, series, span_ends, stated_verb, successors,
                           succession, superseded, tense, types)
from bot.answering.acronyms import described_acronym
from bot.answering.analysis import analyse, dated_form, grid_asked
from bot.answering.date_clauses import dated_elsewhere
from bot.answering.joint_posts import held_together
from bot.answering.candidates import Candidate, Context, LeftUnbuilt, asked_files, role_score
from bot.answering.candidates.filtered import filtered_rows
from bot.answering.composer import compose, verified
from bot.answering.ceiling import held_ceilings, score_eligible_readable, score_readable, unbuilt_unread
from bot.answering.candidates.lists import list_candidates
from bot.answering.candidates.milestones import milestone_candidates
from bot.answering.candidates.mustdos import mustdo_candidates
from bot.answering.candidates.post_holders import with_post_holders
from bot.answering.candidates.programme_list import programme_list
from bot.answering.candidates.role_roster import role_roster
from bot.answering.candidates.owners import area_owners, initiative_owners, owned_by, people, programme_holders
from bot.answering.candidates.rows import row_candidates
from bot.answering.candidates.sentences import sentence_candidates
from bot.answering.candidates.slipped import slipped_rows
from bot.answering.candidates.valued import valued_rows
from bot.answering.candidates.weighted import weighted_best
from bot.answering.asked_titles import asked_titles
from bot.answering.question_text import area_word
from bot.answering.eligibility import (GROUPS, WINDOWED, as_parts, asked_about, asks_itself, blocked, chairs_another_body, departed, misses_deputised, stood_in_first, lacks_title, misses_asked_title,
                                      misses_names,
                                      misses_remit, points_ahead, points_elsewhere, post_unfilled, top_chair, topic_may_block, unmet_how_to)
from bot.answering.features import NAMES, area_match, features, role_match
from bot.answering.lexicon import lexicon
from bot.answering.matching import Topic
from bot.answering.other_place import rule_out_other_places
from bot.answering.near_miss import (asked_year_of_figure, before_given, count_of_batch, figure_of_whole, month_asked, names_a_kind, other_month, other_name, other_ordinal,
                                     other_part, other_year, part_of_span, spans_asked, unstated_year)
from bot.answering.quoted import holds_quoted, quoted_stems
from bot.answering.scorer import Scorer, load_scorer
from bot.answering.ties import MAX_TIED, PRECISE_LOOKAHEAD, closest_wording_first, later_row_first, latest_paper_first, most_precise_first, paper_days, revised_first
from bot.answering.windows import dated_within
from bot.index.store import PlanIndex
from bot.records.mustdos import names_mustdo
from bot.models import Reply
from bot.textnorm import Tokenizer

Generator = Callable[[Context], Iterator[Candidate]]
GENERATORS: tuple[Generator, ...] = (mustdo_candidates, milestone_candidates, initiative_owners, area_owners, people, owned_by, programme_holders,
                                     row_candidates, filtered_rows, weighted_best, slipped_rows, valued_rows, list_candidates, programme_list, role_roster,
                                     sentence_candidates)


def answer(text: str, index: PlanIndex, tokenizer: Tokenizer, as_of: date | None = None, max_chars: int = 1000,
           default_area: str | None = None, scorer: Scorer | None = None) -> Reply:
    """The direct answer first, then citations whose quotes are checked against the source."""
    scorer = scorer or index.memo("scorer", load_scorer)
    ctx = context_for(text, index, tokenizer, as_of, max_chars, default_area)
    ranked = ranked_candidates(ctx, scorer, leave_unbuilt=True)
    spelled = described_acronym(ctx, ranked)  # "it goes by an acronym - what is it in full?"
    reply = compose(ctx.analysis, [spelled, *ranked] if spelled else ranked, scorer)
    pieces = compound.parts(ctx.analysis.text)
    if len(pieces) > 1:
        answers = []
        for k in range(len(pieces)):
            part = context_for(compound.asked_with_subject(pieces, k), index, tokenizer, as_of, max_chars + 200, default_area)
            answers.append(verified(compose(part.analysis, ranked_candidates(part, scorer, leave_unbuilt=True), scorer), index))
        reply = compound.joined(reply, answers, posts=bool(compound.post_pair(ctx.analysis.text)))
    compared = comparison.asked_comparison(ctx.analysis.text)
    if compared is not None:  # "which gets more, the hub or the ambulance schemes?": each asked, then compared
        parts = tuple(verified(compose(part.analysis, ranked_candidates(part, scorer, leave_unbuilt=True), scorer), index)
                      for part in (context_for(comparison.part_question(compared, o), index, tokenizer, as_of, max_chars + 200, default_area)
                                   for o in (compared.first, compared.second)))
        reply = comparison.compared_reply(ctx.analysis.text, compared, parts) or reply  # type: ignore[arg-type]
    return verified(reply, index)


def context_for(text: str, index: PlanIndex, tokenizer: Tokenizer, as_of: date | None, max_chars: int,
                default_area: str | None) -> Context:
    lex = lexicon(index, tokenizer)
    analysis = analyse(text, lex, as_of, max_chars, default_area)
    return Context(index, tokenizer, lex, analysis, Topic(analysis, tokenizer))


def ranked_candidates(ctx: Context, scorer: Scorer, leave_unbuilt: bool = False) -> list[Candidate]:
    """Every generator's candidates, best first, the best given its probability; with `leave_unbuilt`,
    those a reply reads (the eligible ones, when at least the three it reads are), as every candidate
    would rank them, but not those ruled out by their area or role alone (features.unbuilt): only where
    no rule across candidates reads a ruled-out one (not for a text question, whose lists are read by
    their lines, nor one naming a thing by its name: near_miss.other_name reads every candidate)."""
    if leave_unbuilt and ctx.analysis.want != "text" and not names_a_kind(ctx.analysis):
        ctx.left_unbuilt = LeftUnbuilt()
        try:
            found = _ranked(ctx, scorer)
        finally:
            ctx.left_unbuilt = None
        if found is not None:
            return found
    return _ranked(ctx, scorer) or []


def _ranked(ctx: Context, scorer: Scorer) -> list[Candidate] | None:
    """Every generator's candidates, best first, the best given its probability (None when candidates
    were left unbuilt and fewer than a reply reads are eligible: they must be built). Every eligible candidate
    has its features and score; one ruled out whatever its topic features (another area's, a role
    other than the one asked) gets only its area and role features, and a score of 0, unless fewer than
    the TOP_READ candidates a reply reads are eligible: a national corpus's near-copies make a thousand
    such candidates a question, and their features were most of its time."""
    found: list[Candidate] = []
    topics: list[Topic] = []  # each candidate's topic: the whole one for a group
    # (a text question's list candidates are rescored by their lines before eligibility: all scored up front)
    eager = ctx.analysis.want == "text"
    term = definitions.asked_term(ctx.analysis.asked) if ctx.analysis.want == "text" else []
    kind = types.money_kind_asked(ctx.analysis.text) if ctx.analysis.want == "money" else None
    pasts = tense.asked_pasts(ctx.analysis.text) if ctx.analysis.want == "date" else frozenset()
    acts = stated_verb.asked_act(ctx.analysis.asked or ctx.analysis.text) if ctx.analysis.want == "date" and not pasts else frozenset()
    ahead = ctx.analysis.want == "date" and not pasts  # a date asked of work to be done, not of what happened
    cues = [cue for cue in FORM_CUES if cue.want == ctx.analysis.want and cue.asks(ctx.analysis.asked)]
    both = ctx.analysis.want == "date" and revisions.asks_both(ctx.analysis.asked)
    moving = ctx.analysis.want == "date" and not both and not superseded.ASKS_ORIGINAL.search(ctx.analysis.text)
    why = ctx.analysis.want == "text" and reasons.asks_reason(ctx.analysis.text)
    thing = asked_kind.asked_kind(ctx.analysis.text) if ctx.analysis.want == "text" else None  # "which plan?"
    quoted = quoted_stems(ctx.analysis.text, ctx.tokenizer)
    counted = counting.counted_nouns(ctx.analysis.asked) if ctx.analysis.want == "number" else []
    whole = Topic(ctx.analysis, ctx.tokenizer, ctx.lex.setting())
    grid_form, due_form = grid_asked(ctx.analysis), dated_form(ctx.analysis)  # the question's, read once for all its candidates
    dated_lines = 0  # lines giving a date inside the asked window
    for generate in GENERATORS:
        for candidate in with_post_holders(ctx, generate(ctx)):
            if candidate.citations and candidate.source not in ("window", "area-owners", "mustdo-gap"):
                about = ctx.lex.about(candidate.citations[0].document)
                candidate.context = (*as_parts(candidate.context), about)
                if candidate.context_held is not None:  # what the postings said of its context, and the paper's opening
                    held, over = candidate.context_held
                    candidate.context_held = (held | (ctx.tokenizer.stem_set(about) & over), over)
            if candidate.source in ("mustdo", "mustdo-cell") and ctx.analysis.want == "date" and not types.holds("date", candidate.answer):
                candidate.has_type = False  # "by when is the must-do to be met?": which programmes cover it is no date
            elif candidate.source in WINDOWED and ctx.analysis.want == "money" and not types.holds("money", candidate.answer):
                candidate.has_type = False  # "what savings are planned in 2018/19?": what falls due that year is no sum
            if grid_form and not candidate.source.startswith("mustdo"):
                # a must-do question is answered from the grid, or by a line naming a must-do in prose ("the UTC
                # supports delivery of national must-do 4")
                candidate.fits_form = 1.0 if names_mustdo(candidate.main) else -1.0
            elif due_form and candidate.source not in WINDOWED:
                # "what's due next month?" is answered by what falls in it: a line giving a date inside it
                # says so, though no table lists it; any other line does not
                within = dated_within(candidate.answer, ctx.analysis.window)  # type: ignore[arg-type]
                candidate.fits_form = DATED_LINE_FIT if within else -1.0
                dated_lines += within
            if candidate.area is None and ctx.analysis.areas:
                candidate.area = addressed_area(candidate, ctx)
            if top_chair(candidate, ctx.analysis):  # "who chairs the top board?": its independent chair
                candidate.fits_form = max(candidate.fits_form, 1.0)
            if term and definitions.defines(candidate.answer, term):
                candidate.fits_form = max(candidate.fits_form, 1.0)  # "what does P2 mean?": the text defining it
            if tense.states_past(candidate.answer, pasts):  # "when did the café open?": the line saying it opened
                candidate.fits_form = max(candidate.fits_form, 1.0)
            if acts and stated_verb.states_act(candidate.main or candidate.answer, acts, types.dates):
                candidate.fits_form = max(candidate.fits_form, ACT_FIT)  # "by when must it be reviewed?": "reviewed ... by 31 March 2018"
            if moving:  # "30/06/2017†" and the note "† Moved ... from 30/06/2017 to 30/09/2017": the date moved to
                footnoted.moved_by_note(candidate, ctx)
            if ahead and position_dates.reports_position(candidate.answer):  # "by when?" is not "14 waiting at end August"
                candidate.has_type = False
            if any(cue.states(candidate.answer) for cue in cues) or next_occasion.NEXT in cues and next_occasion.under_next_heading(candidate):
                # "when will it now open?": the line saying it moved; "when is the next?": the line under "Date of next meeting"
                candidate.fits_form = max(candidate.fits_form, 1.0)
                if next_occasion.NEXT in cues and ctx.analysis.as_of is not None:  # a schedule's next, from the day asked
                    _lead_with(candidate, next_occasion.first_after(candidate.main, ctx.analysis.as_of))
            if both:  # "from when to when?": the text giving the date moved from and the one moved to
                candidate.fits_form = 1.0 if revisions.gives_both(candidate.answer, types.dates) else min(candidate.fits_form, 0.0)
            if thing and candidate.source == "sentence" and asked_kind.names_kind(candidate.main, thing):  # "which plan?": a plan named
                candidate.fits_form = max(candidate.fits_form, KIND_FIT)
            if why and reasons.gives_reason(candidate.answer):  # "why did it slip?": the line giving the cause
                candidate.fits_form = max(candidate.fits_form, REASON_FIT)
            if counted and counting.states_count_of(candidate.main, counted, ctx.tokenizer.stem):
                candidate.fits_form = max(candidate.fits_form, COUNT_FIT)  # "how many survey responses": "1,846 survey responses"
            if holds_quoted(candidate.main, quoted, ctx.tokenizer):  # "'health in all policies' - which areas?"
                candidate.fits_form = max(candidate.fits_form, 1.0)
            if "contact" in ctx.analysis.wants:  # a phone number or email must be in the answer itself ("who? need the number too")
                candidate.has_type = candidate.has_type and bool(types.contacts(candidate.answer))
            if kind and candidate.has_type:  # "how much capital": a sum the paper calls revenue is no answer
                candidate.has_type = not types.other_kind_of_money(candidate.answer, kind)
            if kind in types.NAMED_KINDS and candidate.has_type:  # ... nor one it never calls capital
                candidate.has_type = types.called(kind, " ".join([candidate.answer, candidate.main, *as_parts(candidate.context)]))
            # a group gathers the footprint's records by the question's constraints: the footprint's own
            # names ("what must-do has no MKV programme?") are where, which every record of it is
            topics.append(whole if candidate.source in GROUPS else ctx.topic)
            if eager and candidate.source not in GROUPS:  # (a group's eligibility never reads its topic: scored below)
                _score(candidate, ctx, topics[-1], scorer)
            else:  # what eligibility reads besides the topic: the rest once it is eligible (or needed)
                candidate.features = {"area": area_match(candidate, ctx.analysis), "role": role_match(candidate, ctx.analysis)}
            found.append(candidate)
    if ctx.analysis.want == "text":
        _lists_for_their_lines(found, ctx, scorer)
    if moving:  # "moves from 1 April 2018 to 2 July 2018", where another line gives 1 April: the line saying so answers
        for candidate, now in superseded.moving_lines(found, types.dates):
            _lead_with(candidate, now)
            candidate.fits_form = max(candidate.fits_form, MOVE_FIT)
        for candidate in found:  # "moves from 30/11/2017 to Q4 17/18" led by the date it moves from: the date now leads
            if candidate.item:
                _lead_with(candidate, superseded.moved_to(candidate.item, candidate.main, types.dates))
    if ctx.analysis.want == "date" and decision_days.asks_decision_day(ctx.analysis.text):
        decision_days.lead_with_meeting_day(found, ctx.index)  # "on what date did the Board agree ...?": the meeting's day
    left = ctx.left_unbuilt
    grid = grid_asked(ctx.analysis) and (any(c.source in GRID for c in found) or left is not None and bool(left.sources & GRID))
    files = asked_files(ctx)
    # "the Transforming Care Partnership" (not the remit of one a deputy stood in for: the deputy's line names the person)
    titles = [] if ctx.analysis.deputised else asked_titles(ctx.analysis.asked or ctx.analysis.text,
                                                            lambda w: (w in ctx.lex.common or w in ctx.lex.english) and not area_word(w, ctx.lex))
    others: set[str] = set()  # the names of asked things the papers hold another of ("the Hallamby UTC", and one at Saltharbour)
    # which rules read a candidate's joined texts: most questions name no month, year or span of years
    month, year, span = month_asked(ctx.analysis), bool(asked_year_of_figure(ctx.analysis)), spans_asked(ctx.analysis)
    end = span_ends.asked_end(ctx.analysis.asked or ctx.analysis.text) if ctx.analysis.want == "date" else None  # "when does it close?", not open
    head = date_subjects.head_stems(ctx.analysis.asked or ctx.analysis.text, ctx.analysis.terms, ctx.analysis.unknown,
                                    ctx.tokenizer) if end is not None else []  # the thing whose start or end is asked
    deferred: list[tuple[Candidate, Topic]] = []  # eligible whatever their topic: scored below, as far as a reply reads
    for candidate, topic in zip(found, topics):
        led = span_ends.end_first(candidate.answer) if end == "end" else candidate.answer
        if led != candidate.answer:  # "until when?": a span's last day leads
            candidate.answer, candidate.item = led, led.partition(": ")[0] if candidate.item else candidate.item
        named = other_name(candidate.answer, ctx.analysis, ctx.tokenizer.stem, ctx.lex.english)
        others |= {named} if named and _distinguishing(named, ctx) else set()
        candidate.eligible = not (named or blocked(candidate, ctx.analysis) or (grid and candidate.source not in GRID)
                                  or files and not any(c.document in files for c in candidate.citations)
                                  and not (term and definitions.defines(candidate.answer, term))  # the key may be elsewhere
                                  or year and other_year(candidate.answer, ctx.analysis) or other_ordinal(candidate.answer, ctx.analysis)
                                  or before_given(candidate.answer, ctx.analysis) or other_part(candidate.role_text if candidate.source == "sentence" else candidate.answer, ctx.analysis)
                                  or span_ends.gives_other_end(candidate.main or candidate.answer, end)
                                  or ctx.analysis.want == "date" and span_ends.period_for_close(candidate.answer, ctx.analysis.asked or ctx.analysis.text, candidate.main)
                                  or head and date_subjects.misses_subject(candidate, head, topic, ctx.lex.expansions)
                                  or ctx.analysis.want == "date" and candidate.source == "sentence" and dated_elsewhere(candidate.role_text or candidate.main, topic)
                                  or month and other_month(" ".join([candidate.answer, *as_parts(candidate.context)]), ctx.analysis, candidate.answer)
                                  or year and unstated_year(" ".join([candidate.answer, candidate.main, *as_parts(candidate.context)]), ctx.analysis)
                                  or span and part_of_span(" ".join([candidate.answer, candidate.main, *as_parts(candidate.context)]), ctx.analysis)
                                  or misses_remit(candidate, ctx) or lacks_title(candidate, ctx) or misses_names(candidate, ctx) or misses_asked_title(candidate, ctx, titles) or asked_about(candidate, ctx)
                                  or departed(candidate, ctx) or misses_deputised(candidate, ctx) or post_unfilled(candidate, ctx) or chairs_another_body(candidate, ctx) or points_elsewhere(candidate, ctx)
                                  or asks_itself(candidate) or count_of_batch(candidate.role_text or candidate.main, candidate.item or _figure_by_topic(candidate, ctx), ctx.analysis)
                                  or figure_of_whole(candidate.main, ctx.analysis, ctx.tokenizer.stem, ctx.lex.setting())
                                  or ctx.analysis.want == "number" and per_unit.said_per_unit(candidate.item, candidate.role_text or "", ctx.analysis.text))
        if candidate.eligible and _unscored(candidate) and not topic_may_block(candidate, ctx.analysis, topic):
            deferred.append((candidate, topic))  # every rule passed, and `blocked`'s topic one cannot rule it out
        elif candidate.eligible and _unscored(candidate):
            # every rule but `blocked`'s topic one passed on the area and role features alone: that one decides
            _score(candidate, ctx, topic, scorer)
            candidate.eligible = not blocked(candidate, ctx.analysis)
    for gone, taken in list(successors.successors(found, ctx, departed)):  # "X takes over from Y": Y's row answers with X
        found.append(taken)
        topics.append(topics[next(k for k, c in enumerate(found) if c is gone)])
        _score(taken, ctx, topics[-1], scorer)
        # (held to the rules of what it is about, as the row was: only its holder's going ruled the row out)
        taken.eligible = not (blocked(taken, ctx.analysis) or misses_remit(taken, ctx) or lacks_title(taken, ctx)
                              or misses_names(taken, ctx) or misses_asked_title(taken, ctx, titles) or chairs_another_body(taken, ctx))
    if dated_lines and any(c.eligible and c.fits_form == DATED_LINE_FIT and c.source not in WINDOWED for c in found):
        for candidate in found:  # "the plans list nothing due in March" is no answer beside a line saying what is
            candidate.eligible = candidate.eligible and not (candidate.source in WINDOWED and not candidate.answered)
    for candidate in found:  # another one of the kind is there: only a text naming the asked one is about it
        candidate.eligible = candidate.eligible and not (others and misses_names(candidate, ctx, others))
    for candidate in found:  # "who is Margery's deputy?": an attendance line leads with who came for her
        if candidate.eligible:
            stood_in_first(candidate, ctx)
    if ctx.analysis.want == "person" and succession.PREDECESSOR_ASKED.search(ctx.analysis.asked or ctx.analysis.text):
        succession.set_aside_newcomers(found, lambda text: next((p for _, _, p in types.people(text[:LEAD_NAME], ctx.lex.common)), None))
        # ("who held it before the change?": not whom the change put in)
    if thing and any(c.eligible and c.fits_form >= KIND_FIT and c.source == "sentence" and asked_kind.names_kind(c.main, thing) for c in found):
        for candidate in found:  # "which plan?": a sentence naming no plan does not say which
            if candidate.source == "sentence" and not asked_kind.names_kind(candidate.main, thing):
                candidate.eligible = False
    rule_out_other_places(found, ctx.analysis, ctx.tokenizer.stem_set)  # "in Draymere": not the Ostleigh row
    moved_pairs = []
    if moving:
        moved_pairs = superseded.supersede(found, types.dates, lambda text: types.nearest("date", text, sorted(ctx.topic.matched(text), key=len, reverse=True)))
    if next_occasion.NEXT in cues and next_occasion.asks_occasion(ctx.analysis.asked):
        next_occasion.only_stated_next(found, ctx.analysis.asked or ctx.analysis.text)  # "when is the next board meeting?": the line saying when it is
    if any(c.eligible and c.features.get("role", 0) == 1.0 for c in found):
        for candidate in found:  # someone holds the very role asked: a kindred role is no answer
            if 0 < candidate.features.get("role", 0) < 1.0:
                candidate.eligible = False
        held_together(found, ctx.analysis)
    if ctx.analysis.count is not None and any(c.eligible and c.counted for c in found):
        for candidate in found:  # "what are the four priorities?" and the papers list four under "Our 4 priorities":
            if candidate.fits_form < 0 or (candidate.source in ("list", "window") and not candidate.counted):
                candidate.eligible = False  # not a sentence listing nothing, nor four lines under another heading, nor all that falls due
    if any(c.eligible and c.source == "roster" for c in found):
        for candidate in found:  # "who are the SROs of the programmes?": all of them, not the one a row names
            candidate.eligible = candidate.eligible and candidate.source == "roster"
    bound = ctx.analysis.bound
    if bound is not None and not bound.extreme and ctx.analysis.want not in ("person", "date") and any(c.eligible and c.source == "filter" for c in found):
        for candidate in found:  # "which risks score 20?": the rows that do, not a line about the register
            # (asked who or when, the bound describes the one row asked about: "who owns spend at or below 3.2%?")
            candidate.eligible = candidate.eligible and candidate.source == "filter"
    if set(ctx.analysis.roles) & OCCASIONAL_ROLES and (ctx.analysis.deputised or any(c.eligible and c.features.get("role", 0) > 0 for c in found)):
        for candidate in found:  # "who deputised for the SRO?": only someone said to deputise, never the SRO
            if candidate.features.get("role", 0) <= 0:
                candidate.eligible = False
    occasional = [r for r in ctx.analysis.roles if r in OCCASIONAL_ROLES]
    if occasional and any(c.eligible and _states_any(occasional, c) for c in found):
        for candidate in found:  # "who's the interim director of strategy?": someone said to be interim, not any director
            candidate.eligible = candidate.eligible and _states_any(occasional, candidate)
    _settle(found, deferred, eager, ctx, scorer, topics)
    if moved_pairs:  # the line stating a move matches as the line it moves did
        topic_of = {id(c): t for c, t in zip(found, topics)}
        superseded.inherit_match(moved_pairs, lambda c: _score(c, ctx, topic_of[id(c)], scorer), _unscored,
                                 lambda c: setattr(c, "score", scorer.score(c.features)))
    unmet_how_to(found, ctx.analysis)
    if sum(c.eligible for c in found) < TOP_READ:  # ineligible candidates are among those a reply reads: the best scored
        topic_of = {id(c): t for c, t in zip(found, topics)}
        score_readable(found, _unscored, lambda c: _score(c, ctx, topic_of[id(c)], scorer), ctx.analysis, scorer, TOP_READ)
        if left is not None and left.count and not unbuilt_unread(found, left, ctx.analysis, scorer, TOP_READ):
            return None
    found.sort(key=lambda c: (not c.eligible, -c.score))
    closest_wording_first(found, ctx.analysis.asked, paper_days(ctx.analysis.as_of) if ctx.analysis.want == "person" else None,
                          FIGURE_TIE if ctx.analysis.want in ("number", "money") else 0.0)
    if found:  # the abstention rule looks at the best candidate only
        found[0].probability = scorer.probability(found[0].features, found[0].score)
        if ctx.analysis.want == "date":
            if moving and revisions.REVISED in cues:  # (not asked what it was first)
                revised_first(found, revisions.REVISED.states, paper_days(None))
            latest_paper_first(found, ctx, paper_days(None))  # (a paper after the asked day still says where a date has moved)
            most_precise_first(found, ctx)
        elif ctx.analysis.want == "person":
            later_row_first(found, ctx, paper_days(ctx.analysis.as_of))  # (a paper after the asked day is not yet written)
    return found


def _settle(found: list[Candidate], deferred: list[tuple[Candidate, Topic]], eager: bool, ctx: Context, scorer: Scorer,
            topics: list[Topic]) -> None:
    """Score what the rules across candidates left of the deferred: each made ineligible since (and, for
    a text question, every group ruled out) as before; the eligible ones as far as a reply reads them
    (ceiling.score_eligible_readable; every one where a series is asked, whose members are gathered
    from anywhere in the ranking)."""
    topic_of = {id(c): t for c, t in deferred}
    for candidate, topic in deferred:
        if not candidate.eligible:
            _score(candidate, ctx, topic, scorer)
    if eager:
        for candidate, topic in zip(found, topics):
            if not candidate.eligible and _unscored(candidate):
                _score(candidate, ctx, topic, scorer)
    waiting = [c for c, _ in deferred if c.eligible]
    several = ctx.analysis.want == "date" and series.asked_series(ctx.analysis.asked or ctx.analysis.text)
    bound = held_ceilings(ctx.analysis, scorer)
    score_eligible_readable(found, waiting, lambda c: _score(c, ctx, topic_of[id(c)], scorer),
                            (lambda c: math.inf) if several else (lambda c: bound(c, topic_of[id(c)])), PRECISE_LOOKAHEAD + 1, MAX_TIED)


def _score(candidate: Candidate, ctx: Context, topic: Topic, scorer: Scorer) -> None:
    candidate.features = features(candidate, ctx.analysis, topic)
    candidate.score = scorer.score(candidate.features)


def _unscored(candidate: Candidate) -> bool:
    """Given its area and role features alone so far (ranked_candidates)."""
    return len(candidate.features) < len(NAMES)


def _states_any(roles: list[str], candidate: Candidate) -> bool:
    return bool(candidate.role_text) and any(role_score(r, candidate.role_text) > 0 for r in roles)


# The ranked candidates a reply reads: the answer and the next two's citations (composer.compose, composer._abstain).
TOP_READ = 3
def _lead_with(candidate: Candidate, item: str | None) -> None:
    """The answer led by `item` in place of the item it was led by ("9 January 2018: Dates of future ...")."""
    if item and candidate.item and candidate.item != item and candidate.answer.startswith(f"{candidate.item}: "):
        candidate.answer = f"{item}: {candidate.answer[len(candidate.item) + 2:]}"
        candidate.item = item


FIGURE_TIE = 0.02  # figures scored this close are told apart by the question's own wording beside them
DATED_LINE_FIT = 0.5  # a line giving a date inside the asked window fits "what's due then?" as a row fits a look-up
def _figure_by_topic(candidate: Candidate, ctx: Context) -> str | None:
    """The figure a candidate's text writes nearest the question's words, for a "how many" question."""
    if ctx.analysis.want != "number":
        return None
    text = candidate.role_text or candidate.main
    return types.nearest("number", text, sorted(ctx.topic.matched(text), key=len, reverse=True))


ACT_FIT = 0.5  # a line stating the asked act with its day fits "when is it done?" as a row read for its date does
KIND_FIT = 0.5  # a sentence naming a thing of the asked kind fits "which plan?" as a look-up's row does
LEAD_NAME = 60  # where the person an answer leads with is written
MOVE_FIT = 0.5  # a line moving the date another line gives fits a "when" question as a row fits a look-up
COUNT_FIT = 0.5  # a number of the very things counted fits "how many?" as a row fits a look-up
REASON_FIT = 0.5  # a reason given fits a why-question as a row fits a look-up: some, not all, of the form


def _lists_for_their_lines(found: list[Candidate], ctx: Context, scorer) -> None:
    """A line ending in a colon found by the question's words stands for the list it introduces: the
    list is read as found as well as its line ("The UTC will offer three services the MIU does not:"
    then the three), since the line itself names none of them."""
    for line in (c for c in found if points_ahead(c) and c.citations):
        at = line.citations[0]
        for listed in (c for c in found if c.source == "list" and c.score < line.score):
            if any(x.document == at.document and x.page == at.page and x.line == at.line for x in listed.citations):
                listed.retrieval = max(listed.retrieval, line.retrieval)
                listed.features = features(listed, ctx.analysis, ctx.topic)
                listed.score = scorer.score(listed.features)


def addressed_area(candidate: Candidate, ctx: Context) -> str | None:
    """A line under no plan's heading may still belong to one area: its own words or its column name
    one area and no other ("West Lancs: Cllr ... (portfolio holder for health)" in a county-wide grid),
    or its paper's opening does ("a report to Blackburn with Darwen and East Lancashire CCG Governing
    Bodies"). Then it is that area's line."""
    if not candidate.citations:
        return None
    for text in (candidate.main, ctx.lex.about(candidate.citations[0].document)):
        named = ctx.lex.areas.in_text(text)
        if named:
            return named[0] if len(named) == 1 and named[0] in ctx.analysis.areas else None
    return None


def _distinguishing(name: str, ctx: Context) -> bool:
    """A name that tells one thing from others of its kind ("Hallamby"): not a word of English
    ("the Outline Business Case", beside a Full one) nor one of the footprint's own names."""
    return name.lower() not in ctx.lex.english and ctx.tokenizer.stem(name) not in ctx.lex.setting()


# Roles held for a day or a while, true only where the papers say so: the question's whole point.
OCCASIONAL_ROLES = frozenset({"deputy", "acting", "presenter", "proposer", "seconder"})


# A must-do question is answered from the grid when the grid has the area and must-do asked about.
GRID = frozenset({"mustdo", "mustdo-cell", "mustdo-gap"})


# Forms of question answered best by a line stating that form: a revision, the next occasion, an appointment.
FORM_CUES = (revisions.REVISED, next_occasion.NEXT, succession.SUCCESSOR, decisions.DECIDED)
