"""The words of asking, of NHS governance and of NHS shorthand: general English and NHS usage that
holds for any ICS's papers. Nothing here names a paper, a place, a person or an initiative."""

# Words that say how a question is asked or what kind of answer is wanted, not what it is about.
ASKING_WORDS = frozenset(
    "many much get gets getting got make makes big large number no tell know say says said cover covers covering happen "
    "happening due going should would currently whats anything give list show find name names named "
    "please pls plz thanks thank thx cheers quick quickly q need needs want wants wanted looking look help anyone re wrt abt "
    "idea ideas remind reminder me us our my i we you sure exactly actually basically roughly approximately estimated "
    "about around just also again still ok okay hi hey hello question ask asking wondering wonder altogether "
    "according paper papers plan plans document documents say said mention mentioned written".split())

# Words that steer a question ("apart from", "besides", "the other ones") without naming its topic.
DISCOURSE_WORDS = frozenset(
    "apart besides alongside else extra aside beyond except excluding including incl excl plus too whole entire particular specific "
    "kind sort type bit lot other others another one ones thing things stuff way ways part parts piece pieces side sides aspect aspects "
    "currently ever yet still already really actually certain various overall main usual usually meant supposed "
    "able among amongst "
    # pronouns that stand for no thing in particular ("if nobody changed anything")
    "nobody anybody everybody somebody everyone someone everything something".split())

# Words naming the answer type itself; the answering sentence need not repeat them.
TYPE_WORDS = frozenset(
    "who whom whose when where which what how date dates day days time deadline deadlines timeline timescale "
    "timescales timeframe timeframes timetable schedule scheduled month months year years week weeks quarter quarters figure figures "
    "total amount value size cost costs percentage percent proportion share level rate count often frequently "
    "prevalence incidence ratio "  # (a measure's kind: "smoking prevalence" is the share who smoke, "bed ratio" a figure)
    "role roles hold holds holding held post posts job title".split())

# Words naming a kind of body or piece of work: in "the SRO for the STP mental health workstream" they
# say what sort of thing the remit is, never which one (every workstream is a workstream).
BODY_WORDS = frozenset(
    "workstream workstreams stream streams programme programmes program programs project projects group groups "
    "board boards plan plans stp stps ics icb icp partnership partnerships team teams committee committees network "
    "networks collaborative portfolio system work strand strands priority priorities scheme schemes initiative "
    "initiatives".split())  # ("the Home First priority": a plan's local priorities are its programmes)

# Bodies that are whole organisations: "the SRO for the Wyvern partnership", "the lead for the ICB" name
# where a role is held, not what it is for (a "cancer programme" is a remit; a "Wyvern partnership" is not).
ORGANISATION_WORDS = frozenset("partnership partnerships ics icb icp stp stps system board boards committee committees "
                               "ccg ccgs trust trusts council councils".split())

# Roles in NHS governance, each with the words that name it in a question or a paper.
ROLES: dict[str, tuple[str, ...]] = {
    "sro": ("sro", "senior responsible officer", "senior responsible owner", "accountable officer", "accountable lead", "senior owner", "in overall charge"),
    "chair": ("chair", "chairs", "chairing", "chaired", "chairman", "chairwoman", "chairperson", "presides", "presiding"),
    "vice chair": ("vice chair", "vice-chair", "deputy chair", "vice chairman"),
    "clinical lead": ("clinical lead", "clinical leads", "clinical voice", "lead clinician", "clinician who leads", "clinician leading",
                      "clinician who heads", "clinician in charge", "clinical side", "clinical steer", "medical steer"),
    "clinical director": ("clinical director",),
    "programme director": ("programme director", "program director"),
    "programme manager": ("programme manager", "program manager", "project manager", "programme management", "project management"),
    "director": ("director", "directors"),
    "executive lead": ("exec lead", "executive lead", "exec leads", "executive leads"),
    "project lead": ("project lead", "project leads"),
    "operational lead": ("operational lead", "operational leads", "ops lead"),
    "lead": ("lead", "leads", "leading", "led", "heading", "heads", "head", "in charge", "in day-to-day charge", "runs", "running", "responsible"),
    "owner": ("owner", "owners", "owns", "own", "scheme owner"),
    "manager": ("manager", "managers", "managing"),
    "contact": ("contact", "get in touch", "talk to", "speak to", "email", "phone", "ring", "who do i call", "who should i call"),
    "member": ("member", "members", "membership"),
    "lay member": ("lay member", "lay members", "lay rep", "lay reps", "lay representative", "lay person", "patient and public voice"),
    "presenter": ("presented", "presenting", "presents", "presenter", "present", "speak to agenda item", "speak to item",
                  "speak to the item", "speak to the paper", "speak to this paper", "speak to the report", "introduce the paper",
                  "took the item", "took that item", "took this item", "take the item", "taking the item", "took the paper", "take the paper"),
    "deputy": ("deputy", "deputise", "deputises", "deputised", "deputising", "deputize", "deputizes", "deputized", "deputizing",
               "stood in", "stand in", "stands in", "standing in", "instead", "second in command", "number two", "2ic"),
    "acting": ("acting", "interim", "covering", "standing in as", "stands in as", "stood in as", "stand in as"),
    "portfolio holder": ("portfolio holder", "cabinet member"),
    "author": ("author", "authors", "authored", "wrote", "writer", "drafted", "drafter", "drafted by", "written by", "prepared by",
               "prepared the paper", "prepared the report", "prepared this paper", "prepared this report"),
    "signatory": ("signatory", "signed the letter", "signed this letter", "signed that letter", "who signed the", "who signed it",
                  "letter signed", "letter was signed", "signature", "signed by"),
    "proposer": ("proposer", "proposed", "proposing", "moved the motion", "put forward"),
    "seconder": ("seconder", "seconded", "seconding"),
    "action owner": ("action", "actions", "writing to", "write to", "take up", "took up", "follow up", "promised", "agreed to",
                     "undertook", "come back", "report back", "bring back", "circulate", "pass round"),
}
# Words that open an NHS job title: a table cell that runs a title on after a name ("Stephen Marwood
# Chief Executive, MTH", a wrapped cell read as one line) ends the name where one of them starts.
JOB_TITLE_WORDS = frozenset(
    "Chief Executive Director Officer Consultant Manager Head Lead Nurse Clinical Medical Deputy Interim Acting "
    "Associate Assistant Senior Programme Place Chair Vice Professor Councillor Cabinet Portfolio".split())
# Roles whose words also run through ordinary questions: they name a role only next to a person asked for.
WEAK_ROLES = frozenset({"lead", "owner", "member", "contact", "action owner", "deputy", "acting", "presenter", "proposer", "seconder"})

# NHS shorthand staff type and papers spell out (or the other way round), common to every ICS.
NHS_ABBREVIATIONS: dict[str, str] = {
    "ae": "a&e accident emergency", "a&e": "a&e accident emergency", "gp": "gp general practice", "gps": "gp general practice",
    "ld": "learning disabilities", "mh": "mental health", "cyp": "children young people", "uec": "urgent emergency care",
    "ltc": "long term conditions", "msk": "musculoskeletal", "rtt": "referral to treatment 18 weeks",
    "sro": "senior responsible officer", "ics": "integrated care system", "icb": "integrated care board",
    "icp": "integrated care partnership", "stp": "sustainability transformation plan", "ldp": "local delivery plan",
    "ccg": "clinical commissioning group", "acs": "accountable care system", "aco": "accountable care organisation",
    "nhse": "nhs england", "nhsei": "nhs england improvement", "ooh": "out of hospital", "ed": "emergency department",
    "hwb": "health wellbeing board", "hwbb": "health wellbeing board", "t&f": "task finish", "comms": "communications",
    "scr": "summary care record", "iapt": "improving access psychological therapies", "cqc": "care quality commission",
    "pcn": "primary care network", "fyfv": "five year forward view", "5yfv": "five year forward view",
    "lod": "leadership organisational development", "l&od": "leadership organisational development",
    "od": "organisational development", "ppl": "people", "pts": "patients",
    "clin": "clinical", "mgr": "manager", "pop": "population", "popn": "population", "prog": "programme", "progs": "programmes", "dept": "department", "govt": "government", "yr": "year", "yrs": "years", "wk": "week", "nxt": "next", "mth": "month", "mnth": "month", "mths": "months", "prev": "previous",
    "wks": "weeks", "approx": "approximately", "info": "information", "ref": "reference", "rag": "rag status",
    "sop": "standard operating procedure", "sops": "standard operating procedures", "kpi": "key performance indicator",
    "kpis": "key performance indicators", "dr": "doctor", "exec": "executive", "execs": "executives", "ceo": "chief executive",
    "cfo": "chief finance officer director finance", "cno": "chief nursing officer", "cmo": "chief medical officer",
    "mtg": "meeting", "mtgs": "meetings", "brd": "board", "grp": "group", "cttee": "committee", "bi": "business intelligence", "fin": "finance", "indep": "independent", "mgmt": "management", "org": "organisation", "orgs": "organisations",
    "hosp": "hospital", "ops": "operations", "perf": "performance", "mat": "maternity", "ltp": "long term plan", "jfp": "joint forward plan",
    "utc": "urgent treatment centre", "sdec": "same day emergency care", "cdc": "community diagnostic centre",
    "epr": "electronic patient record", "baf": "board assurance framework", "cip": "cost improvement programme",
    "wte": "whole time equivalent", "fte": "full time equivalent", "dtoc": "delayed transfers care",
    "fds": "faster diagnosis standard", "2ww": "two week wait", "rdc": "rapid diagnostic centre",
    "smi": "severe mental illness", "ptl": "patient tracking list", "mdt": "multidisciplinary team",
    "eol": "end life", "vcse": "voluntary community social enterprise",
    "a&g": "advice guidance", "nel": "non elective", "los": "length stay", "ooa": "out area", "cas": "clinical assessment service",
    "iuc": "integrated urgent care", "copd": "chronic obstructive pulmonary disease", "cvd": "cardiovascular disease",
    "icu": "intensive care", "itu": "intensive care", "nicu": "neonatal intensive care",
    "camhs": "child adolescent mental health services", "eip": "early intervention psychosis", "asc": "adult social care",
    "rn": "registered nurse", "rns": "registered nurses", "hca": "healthcare assistant", "hcas": "healthcare assistants",
    "roi": "return investment", "cio": "chief information officer",
    "esr": "electronic staff record", "wf": "workforce",
    "bcf": "better care fund", "pmo": "programme management office", "tor": "terms reference", "obc": "outline business case",
    "fbc": "full business case", "mou": "memorandum understanding", "ig": "information governance",
    "gpfv": "gp forward view", "lmc": "local medical committee", "qipp": "quality innovation productivity prevention",
}

# Plain English staff use for the NHS's own words, and the NHS's words for each other, common to every
# ICS: each group's words stand for one thing ("planned surgery" is elective surgery; "buildings" are
# the estate). A question word is matched by any word of its groups the papers use.
PLAIN_EQUIVALENTS: tuple[frozenset[str], ...] = tuple(frozenset(g.split()) for g in (
    "elective planned", "neonatal newborn", "estates estate buildings premises", "workforce staff staffing",
    "integrated joined", "frailty frail elderly", "paediatric paediatrics children child kids",
    "savings efficiency efficiencies", "funding money cash financial finance finances", "gap gaps hole holes",
    "cut cuts cutting reduce reduced reducing reduction reductions", "casualty a&e", "backlog waiting",
    "vacancy vacancies unfilled", "ambulance paramedic paramedics", "cancer tumour tumours oncology",
    "cardiac cardiology heart cardiovascular", "respiratory lung lungs breathing", "maternity pregnancy pregnant birth mothers",
    "dental teeth oral", "smoking tobacco", "housing homes", "surgeries practices",
    "kidney kidneys renal", "eye eyes ophthalmology", "skin dermatology", "bones joints muscles orthopaedic orthopaedics musculoskeletal",
    "medicines medication drugs", "hearing audiology", "replied replies reply responses response respondents",
    "environmental environment green carbon co2 emissions climate",
    "politicians mps parliament parliamentary", "nurse nurses nursing", "psychiatric psychiatry psychological mental",
    "pharmacy pharmacies pharmacist pharmacists chemist chemists", "vaccination vaccinations immunisation immunisations vaccine vaccines jabs",
    "palliative hospice dying", "deficit overspend shortfall", "recruitment recruit recruiting hiring",
    "babies baby infant infants neonatal", "dementia memory", "alcohol drinking",
    "obesity overweight weight", "diabetes diabetic", "domiciliary homecare", "older elderly",
    "buy buys buying bought purchase purchases purchasing purchased commission commissions commissioned commissioning",
    "quorum quorate quoracy", "online website websites internet",
    "wte fte equivalent equivalents", "population populations people",
    "pathology lab labs laboratory laboratories",
    "talking psychological iapt",  # (NHS Talking Therapies: the service IAPT was renamed)
    "cap caps limit limits ceiling",  # (an agency spending cap is a limit on it)
    "hit hits hitting meet meets meeting achieve achieves achieving achieved",  # (a target is hit, met or achieved)
    "sell sells selling sold sale sales disposal disposals dispose disposing",  # (a site sold is the papers' disposal)
))

# Everyday words for what the papers name more narrowly ("the local health budget" for its finances, "the
# patients it serves" for its registered population): read as the papers' words only where no paper uses
# the everyday word, since where one does ("the Budget sheet") it means what it says there.
STAND_INS: tuple[frozenset[str], ...] = tuple(frozenset(g.split()) for g in (
    "budget budgets financial finance finances funding",
    "patients population people",
))

# Chat shorthand for compass points before a place ("w lancs").
COMPASS = {"n": "north", "s": "south", "e": "east", "w": "west", "ne": "north east", "nw": "north west",
           "se": "south east", "sw": "south west"}

# Words that say a question's form (a must-do grid question, a "what's due" question), not its topic.
MUSTDO_FORM_WORDS = frozenset(
    "must do dos priority priorities cover covers covered covering line lines up against grid matrix pick picks "
    "picked column columns ticked tick ticks work programme programmes entered entry entries mapped map maps blank "
    "gap gaps missing address addresses addressed carry carries carried left nothing empty contribute contributes "
    "contributing set actions national nine standard standards coverage mapping local workstream workstreams "
    "scheme schemes initiative initiatives project projects count counts counted towards toward expectation expectations ask asks requirement requirements "
    "lead leads leading led owns own owned owning delivery fully full partly partially partial part wholly completely entirely "
    "complete hole holes untouched unaddressed unmet every area areas told md mds".split())
# ("no lead programme", "owns delivery", "fully or in part": a level of coverage; "where are the holes?",
# "what every area was told to deliver": the gap and the must-dos in other words)
# Words that ask for a definition ("what does TESCR stand for?"), not what it is about.
DEFINITION_FORM_WORDS = frozenset("mean means meant stand stands short acronym abbreviation full form expansion define "
                                  "definition".split())
WINDOW_FORM_WORDS = frozenset(
    "due milestone milestones deliver delivered deliverable deliverables done complete completed land lands landing "
    "coming up happen happening expected should met finish finished overdue late passed track tracker fall falls "
    "outstanding pending upcoming horizon this next last month quarter week weeks months before out follow ups "
    "deadline deadlines gone past now calendar current plan plans delivery today couple few achieve achieved without "
    "wk wks mth mths mnth mnths qtr qtrs fortnight".split())  # (periods as staff shorten them: "the next 6 wks")

# What staff call a kind of file ("in the PMO spreadsheet", "on the board slides"): the question asks
# within the files of that kind, when the papers hold any (bot/answering/pipeline.py: in_asked_files).
FILE_KINDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("spreadsheet", "spreadsheets", "workbook", "excel"), (".xlsx", ".xlsm")),
    **dict.fromkeys(("slides", "slide", "deck", "powerpoint", "pptx"), (".pptx",)),
    **dict.fromkeys(("csv", "export", "exports"), (".csv", ".tsv")),
}
