"""What kind of answer a question asks for: a person, a date, a number or a sum of money, a status, a
frequency, contact details, yes or no, or any text. Read from the question's own wording ("who",
"when", "how many", "what is the budget for ...", "is there ..."), with the clauses that only look like
asking ("the surgeon who leads ...", "when she is away") set aside."""

import re

from bot.answering.next_occasion import asks_occasion

PERSON_ASKED = re.compile(r"^\W*(?:who|whom|whose|whos)\b|\b(?:who|whom|whose|whos)\b|\bwhich (?:\w+ ){0,2}?(?:person|people|member|members|"
                          r"director|directors|officer|executive|non-executive|non-exec|consultant|psychiatrist|gp|clinician|clinicians|nurse|exec|"
                          r"lead|leads|chair|sro|manager|doctor|councillor|trustee|governor)\b|"
                          r"\bname of (?:the )?(?:person|sro|chair|lead|director|officer)\b|\bwhat(?:s| is) (?:the )?name\b|"
                          # owners asked for as a list: "list of scheme owners", "every name against", "which WPs own"
                          r"\b(?:list|all|every|full list of|names of)(?: \w+){0,2} (?:scheme )?owners\b|\bevery name\b|"
                          r"\bwhich (?:\w+ )?(?:wps?|work ?programmes?|teams?|organisations?|bodies|groups?) (?:own|owns)\b|"
                          # "which work programme is the scheme owner for ...": the owner asked for, whatever it is
                          r"\bwhich (?:\w+ ){1,2}?(?:is|are|was|were) (?:the )?(?:scheme |named |listed )?(?:owners?|sros?)\b")
DATE_ASKED = re.compile(r"\b(?:when|whens|(?:what|which) (?:dates?|days?|weeks?|months?|years?|quarters?|qtrs?)|by when|"
                        r"(?:what|which)(?:s|'s| is| was| are| were) the (?:[a-z-]+ )?(?:date|day|month)s?(?! of the week)(?!\s+\d)|"  # ("the month 5 forecast": a reporting period)
                        r"how soon|what time|deadline|due date|go.?live date|target date|timeline|timescale|timetable|time ?frame|by what date|"
                        # "is there a date for X?", "is a month set for X?": the date, if there is one, answers
                        r"(?:is|are) (?:there )?(?:a|any) (?:firm |set |target |fixed |planned )?(?:dates?|month|deadline)(?= for| set| yet| when| by)|"
                        r"(?:new|old|revised|original|latest|current|planned|start|end|finish|launch|opening|closing|completion) dates?|"
                        # "closing date for the stroke consultation?": a chat question headed by the date it wants
                        r"^\W*(?:(?:and|so|also|the|any|its)\s+)?(?:[a-z-]+\s+){0,2}(?:dates?|deadline)\s+(?:for|of|on)\b)\b|"
                        # "NHS 111 clinical hub go-live?": chat naming a thing and the event it waits on, and no more
                        # (read ahead only: the thing's own words stay the topic)
                        r"^(?![^?]*\b(?:who|whos|when|whens|where|which|why|how|what|whats)\b)(?=[^?]*\b(?:go.?live|launch|opening|kick.?off)\W*\?)")
# Which of several dates is asked ("the revised date", "the opening date"): these words name a kind of
# date papers write beside it, so they stay topic words while "date" itself only says what is asked.
# Everyday ones ("the new date", "the old date") are not written beside a date and stay out.
DATE_QUALIFIER = re.compile(r"\b(?:revised|original|launch|opening|completion)\b(?= dates?\b)")
_SUM_NOUNS = r"(?:capital|revenue|budgets?|costs?|spend|funding|savings?|investment|allocation|income|deficit)\b"
# A verb after the noun asked makes it the phrase's head as "for" or "of" does: "what residual gap remains?"
# (or a participle saying which of the sum: "the savings planned for 2019/20", "the funding needed in 18/19")
_HEAD_VERBS = (r"(?:remains?|is|are|was|were|will|would|does|do|did|has|have|planned|expected|forecast|needed|required|"
               r"agreed|proposed|assumed|budgeted|allocated|identified|committed|delivered|achieved|targeted)")
# "how highly is it rated?", "how high does it score?": a degree asked is a figure (a register's score),
# not a RAG status
DEGREE_ASKED = re.compile(r"\bhow (?:high|highly|seriously|severely)\b|"
                          # "how far behind plan?", "how far short of the standard?": a gap, which is a figure
                          r"\bhow far (?:off|behind|ahead|short|adrift|above|below)\b")
# Chat that names the figure asked and its year, and nothing more: "digital & data budget 24/25?",
# "efficiency target 2026/27?" (no question word; the year right after the figure's noun).
_FIGURE_FRAGMENT = (r"^(?![^?]*\b(?:who|whos|when|where|which|why|how|what|whats)\b)\W*(?:the\s+|our\s+)?(?:[\w&-]+\s+){0,3}?"
                    r"(?:target|budget|deficit|allocation|spend|savings?|cost)\s+(?:20)?\d\d\s*/\s*\d\d\b")
# ... and a sum so named ("cancer budget for 25/26?"; a target or agency spend may be a percentage)
_SUM_FRAGMENT = (r"^(?![^?]*\b(?:who|whos|when|where|which|why|how|what|whats)\b)\W*(?:the\s+|our\s+)?(?:[\w&-]+\s+){0,3}?"
                 r"(?:budget|deficit|allocation|savings?|cost)\s+(?:(?:for|in|of|at|by)\b|(?:20)?\d\d\s*/\s*\d\d\b)")
NUMBER_ASKED = re.compile(r"\bhow (?:many|much|big|large|high|highly|seriously|severely)\b|\bwhat(?:s| is| was)? (?:the )?(?:[\w/-]+ ){0,3}?(?:forecast|outturn)\b(?!\s+(?:date|day|month|go-live|completion))|\b(?:surplus or (?:a )?deficit|deficit or (?:a )?surplus)\b|\broughly\b|\bwhat(?:s| is| was| are| were)? (?:the )?(?:total |estimated |"
                          r"expected |planned |current |[a-z]+ed )?(?:%|(?:percent|percentage|proportion|share|number|figure|value|size|cost|total|"
                          r"target|budget|amount|population|rate|prevalence|incidence|ratio|level|saving|savings|return|roi|gap|deficit|quorum|score|count|baseline(?![^?]*\bdates?\b)|trajectory)\b)|"
                          # chat shorthand: the thing asked for ends the question ("do nothing gap figure??"), or a
                          # "£" stands for the sum without one ("£ by 2021"); "£3m" is a sum stated, not asked
                          r"\b(?:figure|number|amount|total)\W*\?|£(?!\s*\d)|"
                          r"\bhow far (?:off|behind|ahead|short|adrift|above|below)\b|\b(?:financial|finance) position\b|"
                          # chat that opens with the sum asked: "total capital over the 3 yrs?", "net budget for 26/27?"
                          r"^\W*(?:the\s+)?(?:total|overall|combined|net|annual)\s+(?:[\w&-]+\s+)?" + _SUM_NOUNS + r"|"
                          # chat that opens with the figure asked, named by its noun: "efficiency target for 27/28?",
                          # "agency spend in august?"
                          r"^(?![^?]*\b(?:who|whos|when|where|which|why|how|what|whats)\b)\W*(?:the\s+|our\s+)?(?:[\w&-]+\s+){0,3}?"
                          r"(?:target|budget|deficit|allocation|backlog|spend|savings?|cost|rate)\s+(?:for|in|of|at|by)\b|" + _FIGURE_FRAGMENT + r"|"
                          # "cressbrook valley population?": chat naming only the place and the figure's noun
                          r"^(?![^?]*\b(?:who|whos|when|where|which|why|how|what|whats)\b)\W*(?:the\s+|our\s+)?(?:[\w&-]+\s+){0,3}?population\W*(?:\?|$)|"
                          # "what will it cost me", "what does the scheme cost": a sum, however the verb is put
                          r"\bwhat (?:will|would|does|did|do) (?:[\w/&'-]+ ){1,4}?cost\b|"
                          # "what is the 2026/27 transformation budget for X", "what was TRI's A&E four-hour performance
                          # in October?": the figure or measure named last in its phrase
                          r"\bwhat(?:s| is| was| are| were)? (?:the )?(?:[\w/&-]+ ){0,6}?(?:costs?|budgets?|savings?|deficit|allocation|target|"
                          r"performance|backlog|occupancy|uptake|envelope|funding|investment|spend|baseline(?![^?]*\bdates?\b)|trajectory|gap|shortfall|population|"
                          # a change measured ("what demographic growth in demand does the model assume?")
                          r"growth|increase|reduction|uplift|inflation)\b"
                          r"(?:\s+(?:figure|total|amount))?(?=\s+(?:for|of|in|on|at|to|by|from|over|that|which|after|before|once|left|" + _HEAD_VERBS + r")\b|\W*$)")
# An amount of money is asked: only a sum of money answers ("four plans" does not answer "how much funding").
MONEY_ASKED = re.compile(_SUM_FRAGMENT + r"|£|\b(?:surplus or (?:a )?deficit|deficit or (?:a )?surplus)\b|\b(?:financial|finance|finances) position\b|\b(?:financial|finance|funding) (?:gap|shortfall)\b|\bhow far (?:off|behind|ahead|short|adrift)\b[^?]{0,60}?\b(?:financial|finance|budget|control total)\b|^\W*(?:the\s+)?(?:total|overall|combined|net|annual)\s+(?:[\w&-]+\s+)?" + _SUM_NOUNS + r"|\bhow much\b(?:\W+\w+){0,5}?\W+(?:funding|funds?|money|budget|cost|costs|investment|savings?|worth|spend|"
                         r"spent|deficit|gap|income|allocation|capital|pounds)\b|\bhow much (?:does|did|will|would|is|was|are|were) .{0,160}?\b(?:cost|save|spend|raise|invest|invested|investing)\b|"
                         r"\bwhat (?:will|would|does|did|do) (?:[\w/&'-]+ ){1,4}?cost\b|"
                         r"\bwhat(?:s| is| was)? (?:the )?(?:total |estimated )?(?:cost|budget|saving|savings|value|deficit|roi|return on investment)\b|"
                         # "what is the 2026/27 transformation budget for X", "whats the capital cost of X": the sum
                         # named last in its phrase, after a few words saying which
                         r"\bwhat(?:s| is| was| are| were)? (?:the )?(?:[\w/&-]+ ){0,6}?(?:costs?|budgets?|savings?|deficit|allocation|envelope|funding|investment|spend|gap|shortfall)\b"
                         # ... and "the savings figure", "the budget total": the sum, named by what it is (a "savings
                         # target" may be a percentage)
                         r"(?:\s+(?:figure|total|amount))?(?=\s+(?:for|of|in|on|at|to|by|from|over|that|which|after|before|once|left|" + _HEAD_VERBS + r")\b|\W*$)")
# Contact details asked for: a phone number or an email address, not a person.
# A phone is asked for by its number or as someone's ("their phone"); "the non-emergency phone line", "over
# the phone" and "phone triage" name a service or a channel, which is what the question is about.
CONTACT_ASKED = re.compile(r"\bcontact (?:details?|numbers?|info(?:rmation)?)\b|\b(?:tele)?phone numbers?\b|"
                           r"\b(?:their|his|her|your|my|a|direct|mobile|office) (?:tele)?phone\b(?! (?:line|service|triage|call)s?\b)|"
                           r"\be-?mail(?: address(?:es)?)?\b|\bnumber to (?:call|ring)\b|"
                           # "what number do I ring?", "what's her number?"; not "from what number to what number"
                           r"\bwhat number (?:do|should|can|could|would|will) \w+ (?:call|ring|phone|dial|use|try)\b|"
                           r"\bwhat(?:'s| is) (?:the|their|his|her|your) (?:direct |office |mobile )?number\b|"
                           # "who do I ring about it? need the number too": a person, then how to reach them
                           r"\b(?:need|want|with|and|plus|send)\s+(?:me\s+)?(?:the|their|his|her)\s+(?:phone\s+|contact\s+)?number\b")
# "goes by an acronym", "the three-letter term for ...": a short form asked for, how the question asks
# (bot/answering/acronyms.py), not what about
SHORT_FORM_ASKED = re.compile(r"\b(?:acronym|abbreviation|initialism|initials|(?:two|three|four|five|[2-5])[- ]letter "
                              r"(?:term|name|acronym|abbreviation|code|word))s?\b", re.IGNORECASE)
# "by the end of the current quarter": when, not what about ("end of life care" stays a topic)
PERIOD_END = re.compile(r"\b(?:the )?end of (?:the |this |next |last )?(?:current )?(?:financial )?(?:quarter|month|year|week)\b")
# "How long will she be away?", "how long is the money there for?": papers answer with the end date
# ("on secondment until 31 January 2027") as often as with a length ("120 days").
DURATION_ASKED = re.compile(r"\bhow long\b")
FREQUENCY_ASKED = re.compile(r"\bhow often\b|\bhow frequently\b|\bhow regularly\b")
# "is the hub on track?" asks its RAG; "are we on track to break even?" asks whether an outcome will come
# ("which recommendations are rated critical?" names the rating: it asks which items hold it, not a rating)
STATUS_ASKED = re.compile(r"\b(?:rag|status|rated(?!\s+(?:as\s+)?(?!by\b|in\b|on\b|at\b|against\b|overall\b)(?:[a-z]+\s+)?[a-z]+\s*(?:\?|$|,|and\b|or\b))"
                          r"|rating|on track|off track)\b(?!\s+(?:to|for)\b)")
# "can you list the programmes?", "could someone tell me the dates?": a request for them, not a yes or no
REQUEST = re.compile(r"^\W*(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone)\s+(?:please\s+|pls\s+)?"
                     r"(?:list|tell|give|send|name|share|show|remind|explain|confirm what|confirm which|confirm who|confirm when)\b"
                     # "can i get a list of the clinical leads?", "could we have the dates?": asking to be given them
                     r"|^\W*(?:can|could|may)\s+(?:i|we)\s+(?:please\s+|pls\s+)?(?:get|have|see|grab)\s+(?:a|an|the|all|any)\b")
YESNO_ASKED = re.compile(r"^\W*(?:is|are|does|do|did|has|have|can|will|was|were|could)\b")


def asked_types(low: str) -> tuple[str, ...]:
    """The kinds of answer asked, the first asked first ("when ..., and who ...?" asks a date, then a
    person), from the question in lower case without apostrophes; "text" when none is."""
    found = []
    for kind, pattern in (("person", PERSON_ASKED), ("date", DATE_ASKED), ("status", STATUS_ASKED), ("number", NUMBER_ASKED),
                          ("frequency", FREQUENCY_ASKED), ("contact", CONTACT_ASKED), ("duration", DURATION_ASKED)):
        m = next((m for m in pattern.finditer(low) if not (kind == "person" and _relative(low, m.start()))
                  and not (kind == "contact" and (_a_message(low, m) or _the_figure(low, m)))
                  and not (kind == "date" and _conjunction(low, m))), None)
        if m:
            found.append((m.start(), kind))
    wants = [kind for _, kind in sorted(found)]
    if "number" in wants and MONEY_ASKED.search(low):
        wants[wants.index("number")] = "money"
    if not wants and YESNO_ASKED.search(low) and not REQUEST.search(low):
        wants.append("yesno")
    if not wants and asks_occasion(low) and not _ASKING_WORD.search(low):  # "next CRG meeting? want the audit on it": when
        wants.append("date")
    return tuple(wants) or ("text",)


# An email that is a message or an account, not an address: "an email", "my email", "the UEC update email",
# "this week's round-up email" (a determiner, then the words naming which one).
_MESSAGE = re.compile(r"\b(?:an|my|our)\s+(?:[a-z'-]+\s+){0,3}$|\b(?:the|this|that|his|her|their|your)\s+(?:[a-z'-]+\s+){1,3}$")


def _a_message(low: str, m: re.Match[str]) -> bool:
    """"want to cc them on the handover email" asks who, not for an email address: an email named as a
    message (or an account) asks for no contact, unless its address is asked ("my manager's email address");
    so is one that said or was sent something ("andreas email said 1 march")."""
    return (m.group(0).startswith(("email", "e-mail")) and "address" not in m.group(0)
            and bool(_MESSAGE.search(low[max(0, m.start() - MESSAGE_WORDS_CHARS):m.start()]) or _SAID.match(low, m.end())))


MESSAGE_WORDS_CHARS = 80  # the determiner and up to three words before "email": never the whole question read again


_SAID = re.compile(r"\s+(?:said|says|saying|sent|went|came|from|mentioned|earlier|yesterday|today|this morning|last week|"
                   # "nadine's email is bouncing": an account said to be or do something, not an address asked for
                   # (not "their email is what I need", "her email is needed": asked for)
                   r"(?:is|was|keeps|kept|has been)\s+(?!(?:what|which|the|a|an|needed|required|wanted)\b)[a-z]+|bounces|bounced)\b")


def _the_figure(low: str, m: re.Match[str]) -> bool:
    """"how many beds are we cutting? unions want the number": of a question asking a figure, "the number"
    staff want is that figure, not a telephone's."""
    return m.group(0).rstrip().endswith(" the number") and bool(NUMBER_ASKED.search(low))


_ASKING_WORD = re.compile(r"\b(?:what|which|who|whom|whose|how|where|why)\b")

_PRONOUN_HEADS = {"those", "anyone", "everyone", "someone", "people", "one", "ones", "all", "others", "person"}
_ASKING_VERBS = {"say", "says", "said", "state", "states", "show", "shows", "mention", "mentions", "know", "tell", "name",
                 "names", "confirm", "specify", "specifies", "record", "records", "clear", "list", "lists", "identify",
                 "identifies", "decided", "agreed", "and", "or", "but", "as", "to"}


def _conjunction(low: str, m: re.Match[str]) -> bool:
    """"... takes the chair when she is away?": a "when" that opens a clause of its own subject, after
    another question word has asked, says on what occasion, not that a date is asked."""
    if m.group(0) == "when" and not low[:m.start()].strip(" \"'(") and _OCCASION.match(low[m.end():]):
        return True  # "When the memo talks about pathway 2, what does that mean?": the occasion, then the question
    return (m.group(0) == "when" and bool(re.match(r"\s+(?:she|he|they|it|we|you|i)\s", low[m.end():]))
            and bool(re.search(r"\b(?:who|whom|whose|which|what)\b", low[:m.start()])))


# A clause opened by "when" and closed by a comma, then the question's own asking word.
# The clause may hold commas of its own ("When staff across the NHS, councils and education were asked, how
# many replied?"); one opened by a verb ("When was it approved, and by whom?") asks when.
_OCCASION = re.compile(r"(?!\s+(?:is|was|are|were|will|would|does|did|do|should|can|could|has|have|had)\b)"
                       r"\s+[^?]{6,}?,\s*(?:what|who|whom|which|how|where|is|are|does|do|can|should)\b")


# A noun straight before "who" (not a verb of asking or a conjunction): "the colorectal surgeon who leads".
_NOUN_THEN_WHO = re.compile(r"\b(?:the|a|an|our|their|its)\s+(?:[a-z&'-]+\s+){0,3}?[a-z]{3,}\s*$")


def _relative(low: str, at: int) -> bool:
    """"who"/"whose" opening a relative clause ("among those whose delivery ...", "is the board, which
    meets ..., the one who ...") describes something; it does not ask for a person. It is relative when
    it follows a pronoun head, or, in a yes/no question, any word but a verb of saying ("does it say who ...")."""
    before = re.findall(r"[a-z']+", low[:at])
    if not before:
        return False
    if before[-1] in _PRONOUN_HEADS:
        return True
    if _NOUN_THEN_WHO.search(low[:at]) and re.match(r"\s*(?:when|what|which|where|how)\b", low):
        return True  # "When is the surgeon who leads the cancer programme stepping down?": which surgeon, not who
    if _NOUN_THEN_WHO.search(low[:at]) and _TOLD_THEN_ASKED.match(low[at:]):
        return True  # "our GPs are joining the clinicians who handle 111 calls. from what date ...?": a sentence told first
    if before[-1] in _LEARNING and re.search(r"\b(?:when|how long|how soon|what date|which date)\b", low[:at]):
        return True  # "by when should we know who has won it?": when it will be known, not who
    return bool(YESNO_ASKED.search(low)) and before[-1] not in _ASKING_VERBS


# The rest of a told sentence (ended by a full stop), then a sentence that asks.
_TOLD_THEN_ASKED = re.compile(r"[^.?!]*\.\s+[^?]*\?")


# Verbs of coming to know: a "who" after them, once the question has asked when, is what will be known.
_LEARNING = {"know", "learn", "hear", "out", "confirmed", "announced", "decided"}
