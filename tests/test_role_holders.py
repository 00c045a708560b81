""""Who is the SRO for X?" asks for the person holding that role for X: an owner cell that gives the
role without a name answers that no person is named, and an owner is the SRO for what the initiative
is (its title and heading), not for a word in its risks."""

from datetime import date
from pathlib import Path

import pytest

from bot.answering.analysis import analyse
from bot.answering.lexicon import lexicon
from bot.answering.pipeline import answer
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.records.names import PaperWords, names_in, person_name
from bot.textnorm import Tokenizer
from tests.conftest import OTHER_PAPERS
from tests.office_files import deck

ANNEX = """Wyvern Key milestones, Owners, Risks, Governance & Interdependencies 1/1

\tInitiatives which we will focus in 2016/17 - 17/18\tScheme Owner\tRisks\tDo you have governance in place for this?\tMain Interdependencies
1\tCrisis mental health support model Key milestones: Qtr 3: Model agreed\tHarbour SRO\tFunding\tYes\tAcute workstream
2\tEstates rationalisation Key milestones: Qtr 4: Two sites vacated\tDr Alex Sample (SRO)\tDelays to the cancer unit move\tYes\tCancer workstream
3\tStroke pathway redesign Key milestones: Qtr 3: New pathway agreed\tDr Jo Other (SRO)\tWorkforce gaps\tYes\tAcute workstream
4\tChildren's asthma bundle Key milestones: Qtr 4: Bundle live\tAnn Tester Director of Nursing, CYP Clinical Lead (vacant)\tRecruitment\tYes\tCYP workstream
"""


@pytest.fixture
def wyvern(papers):
    return papers({"annex.txt": ANNEX, **OTHER_PAPERS})


def test_an_owner_cell_naming_only_a_role_names_no_person(wyvern) -> None:
    reply = answer("Who is the SRO for the crisis mental health support model?", wyvern, Tokenizer())
    assert not reply.answered and "Harbour SRO" in reply.answer and "name no person" in reply.answer, reply.answer
    owns = answer("Who owns the crisis mental health support model?", wyvern, Tokenizer())
    assert owns.answered and owns.answer.startswith("Harbour SRO"), owns.answer  # the owner is what the cell says


ROSTER = ANNEX.replace("Harbour SRO", "Crisis clinical lead") + """
Who's who
Post\tName
Crisis clinical lead\tDr Bella Quayle
"""


def test_an_owner_cell_naming_a_role_the_paper_gives_a_holder_names_that_person(papers) -> None:
    """An owner cell giving a post, in a paper whose roster names who holds it: the person is named, not
    "a role, and name no person"."""
    reply = answer("Who is the clinical lead for the crisis mental health support model?", papers({"annex.txt": ROSTER, **OTHER_PAPERS}),
                   Tokenizer())
    assert reply.answered and reply.answer.startswith("Dr Bella Quayle"), reply.answer
    assert "name no person" not in reply.answer, reply.answer


def test_a_post_marked_vacant_is_the_answer(wyvern) -> None:
    """"Who is the CYP clinical lead?" over "CYP Clinical Lead (vacant)": the paper says no one holds the
    post, which answers the question; it is not a role given without its holder."""
    reply = answer("Who is the CYP clinical lead for the children's asthma bundle?", wyvern, Tokenizer())
    assert reply.answered and reply.answer.startswith("Vacant") and "Ann Tester" not in reply.answer, reply.answer
    director = answer("Who is the director of nursing for the children's asthma bundle?", wyvern, Tokenizer())
    assert director.answered and director.answer.startswith("Ann Tester"), director.answer


def test_the_remit_is_the_initiatives_title_not_its_risks(wyvern) -> None:
    assert not answer("Who is the SRO for cancer?", wyvern, Tokenizer()).answered
    stroke = answer("Who is the SRO for stroke?", wyvern, Tokenizer())
    assert stroke.answered and stroke.answer.startswith("Dr Jo Other"), stroke.answer


EVERYDAY = {"evaluation", "midwife", "case", "loading", "corporate", "functions", "mark", "spencer", "sick", "child"}
PAPER_WORDS = PaperWords({"evaluation", "case", "functions", "mark"}, EVERYDAY, known={"mark spencer"}, places={"lancashire"})


@pytest.mark.parametrize(("text", "name"), [
    ("Evaluation Midwife Case Loading", None),  # everyday words, some written in lower case: a heading
    ("Corporate Functions", None),
    ("Mark Spencer", "Mark Spencer"),  # everyday words, but the records name him
    ("Dr Mark Spencer", "Dr Mark Spencer"),
    ("Foluke Ajayi", "Foluke Ajayi"),  # a word of its own
    ("Sick Child", "Sick Child"),  # no word of it is written in lower case: it may be a name
    ("Pan Lancashire", None),  # a word of a plan area's name: a place
    ("Senior Responsible Officers", None),  # a role's word, in the plural too
    ("Greywater Royal Infirmary", None),  # a body's head noun: a hospital, not a person
    ("Ellisvale General", None),
    ("Healthwatch Together", None),
    ("Ormsby Vale", None),  # a place's head noun that is no one's surname
    ("Skelbrook Coast", None),
    ("Ashby Wolds", None),
])
def test_a_capitalised_phrase_of_everyday_words_is_no_person(text: str, name: str | None) -> None:
    assert person_name(text, PAPER_WORDS) == name


def test_a_body_named_in_a_sentence_is_no_person() -> None:
    text = "Martin Example told the Board he will leave Greywater Royal Infirmary on 30 November; Ellisvale General agreed."
    assert [n for _, _, n in names_in(text)] == ["Martin Example"]


def test_each_part_of_a_hyphenated_name_is_capitalised() -> None:
    assert [n for _, _, n in names_in("Consistent Walk-in centres, led by Sunita Bramwell-Hayes")] == ["Sunita Bramwell-Hayes"]


BAY = """Bay LDP

Initiatives
Evaluation Midwife Case Loading: Integrated maternity pathways Key milestones: Qtr 2: Midwife Case Loading Project model agreed.
The Midwife Case Loading Project is led by John Howarth (Clinical Director, Women's and Children's).
An evaluation of the case mix will follow in the autumn.
"""


def test_a_heading_of_everyday_words_does_not_answer_who(papers) -> None:
    index = papers({"bay.txt": BAY, **OTHER_PAPERS})
    common = lexicon(index, Tokenizer()).common  # the papers' words, everyday English and the people on record
    assert person_name("Evaluation Midwife Case Loading", common) is None
    assert person_name("John Howarth", common) == "John Howarth"
    reply = answer("Which clinician should I speak to about the midwife case loading project?", index, Tokenizer())
    assert reply.answered and "John Howarth" in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "named"), [
    ("Dr Ridgeway isn't doing the transformation work alone - which clinician is aiding him?", {"ridgeway"}),
    ("who deputised for Jayne Mellor at the board?", {"mellor"}),
    ("who is Jayne Mellor's deputy at the board?", {"mellor"}),  # the possessive is not part of the name
    ("who is Dr Amanda Doyle?", set()),  # asks who she is: she is the answer
    ("who owns the Fylde Coast urgent care work?", set()),  # a plan area, not a person
    ("when is the Fylde Coast work due, Dr Ridgeway?", set()),  # not a "who" question
])
def test_the_people_a_who_question_names(question: str, named: set[str], papers) -> None:
    index = papers({"fylde.txt": "Fylde Coast LDP\n\nInitiatives\nUrgent care work is led by WP2.\n", **OTHER_PAPERS})
    assert set(analyse(question, lexicon(index, Tokenizer())).named) == named


BOARD = """Programme Board update

Primary care transformation
Dr Malcolm Ridgeway: Senior Responsible Officer (SRO) for the Primary Care Transformation Workstream.
Dr Mark Spencer: Clinical Lead for the Primary Care Transformation Workstream, working with Dr Ridgeway.
"""


def test_the_person_a_who_question_names_is_not_its_answer(papers) -> None:
    index = papers({"board.txt": BOARD, **OTHER_PAPERS})
    reply = answer("Which clinician is working with Dr Ridgeway on primary care transformation?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Dr Mark Spencer"), reply.answer


PROGRAMMES = """Wyvern Key milestones, Owners, Risks, Governance & Interdependencies 1/1

\tInitiatives which we will focus in 2016/17 - 17/18\tScheme Owner\tRisks\tDo you have governance in place for this?\tMain Interdependencies
1\tReview and redesign of urgent care services Key milestones: Qtr 3: Model agreed\tWP2\tFunding\tYes\tAcute workstream
2\tStroke pathway redesign Key milestones: Qtr 3: New pathway agreed\tDr Jo Other (SRO)\tWorkforce gaps\tYes\tAcute workstream
"""


def test_a_named_person_is_not_answered_by_a_programme(papers) -> None:
    index = papers({"annex.txt": PROGRAMMES, **OTHER_PAPERS})
    owner = answer("Who owns the review and redesign of urgent care services?", index, Tokenizer())
    assert owner.answered and owner.answer.startswith("WP2"), owner.answer  # the owner is what the cell says
    named = answer("Which named person leads the review and redesign of urgent care services?", index, Tokenizer())
    assert not named.answer.startswith("WP2"), named.answer


def test_who_deputised_is_only_someone_said_to_deputise(papers) -> None:
    """The minutes name the SRO (as presenter of a paper) and, among those in attendance, who deputised
    for him: the deputy is the answer, never the SRO, though the SRO matches the question better."""
    folder = Path(__file__).parent / "questions" / "other_ics" / "papers"
    index = papers({p.name: p.read_text(encoding="utf-8") for p in folder.iterdir() if p.is_file()})
    reply = answer("Who deputised for the SRO for Estates and Infrastructure at the Transformation Programme Board "
                   "meeting on 13 March 2025?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Norah Kilbride"), reply.answer


@pytest.mark.parametrize(("role", "text", "score"), [
    ("member", "Local Authority Member", 1.0),
    ("member", "In attendance (not members)", 0.0),  # said not to hold it
    ("member", "Non-member observer", 0.0),
    ("chair", "Vice-Chair", 0.0),
    # the role held at the meeting is co-chair; "Clinical Chair" in brackets is a post held elsewhere
    ("chair", "Co-chair (GP and Clinical Chair, Redwater Place.)", 0.5),
    ("chair", "Chair (Chair of Redwater Health and Wellbeing Board.)", 1.0),
    ("chair", "Member (Clinical Chair, Redwater Place)", 1.0),  # no other chair role said: the title says it
    ("sro", "Joint SROs", 1.0),  # two people holding it together hold it
    ("clinical lead", "Clinical leads", 1.0),
    ("member", "Non-members", 0.0),
    # a post of the same kind by its own words, or by the title in its brackets; not by what another post is of
    ("clinical lead", "Lead (Clinical Director for Emergency Medicine, CHFT)", 0.5),
    ("programme director", "Programme Manager", 0.5),
    ("programme director", "Chair (The STP Programme Board, on which every partner is represented)", 0.0),
])
def test_a_role_said_not_to_be_held_is_not_held(role: str, text: str, score: float) -> None:
    from bot.answering.candidates import role_score

    assert role_score(role, text) == score


DECISIONS = """System Leadership Group: decision log

Each entry gives the decision, who proposed it, who seconded it and the date.

## Meeting of 5 February 2026

19. **Defer go-live of the shared care record phase 2 to September 2026**.
    Proposed by Hana Quill (Director of Strategy); seconded by Professor Ed Raikes.
    Date: 8 Jan 2026. Vote: agreed unanimously.

20. **Approve capital of £18.7m for the Ambersett elective hub**, up from £16.9m.
    Proposed by Owen Trelawny (acting Director of Place); seconded by Devi Oakcroft (Chief Finance Officer).
    Date: 5th February 2026. Vote: agreed, 9 for, 1 against.
"""


@pytest.mark.parametrize(("question", "person"), [
    ("Who seconded the decision to approve capital for the Ambersett elective hub?", "Devi Oakcroft"),
    ("who proposed deferring the shared care record go-live?", "Hana Quill"),
])
def test_the_lines_indented_under_a_numbered_decision_are_read_with_it(papers, question: str, person: str) -> None:
    """"    Proposed by ...; seconded by ..." under "20. Approve capital ... hub": who seconded the hub's
    capital is on a line that names no hub, read with the item it is indented under."""
    index = papers({"decisions.md": DECISIONS, **OTHER_PAPERS})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and reply.answer.startswith(person), reply.answer


MEMBERS = """Transformation Board: terms of reference

| Name | Role on the Board | Organisation |
| --- | --- | --- |
| Helen Marsh | Chair | Wyvern ICB (Chief Executive) |
| Dr Rafe Quill | Vice-Chair | Wyvern ICB (Chief Medical Officer) |
| Tom Wren | Member | Wyvern ICB (Director of Estates) |

Minutes, 13 March 2025
Present: Helen Marsh (Chair); Dr Rafe Quill; Nora Kilby, Head of Estates Strategy (deputising for Tom Wren).
"""


def test_a_chairs_deputy_is_the_vice_chair(papers) -> None:
    """"Who is Helen Marsh's deputy?": she chairs, so her deputy is the vice-chair, not whoever
    deputised for someone else at one meeting."""
    index = papers({"members.md": MEMBERS, **OTHER_PAPERS})
    reply = answer("Who is Helen Marsh's deputy on the transformation board?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Dr Rafe Quill"), reply.answer


@pytest.mark.parametrize("question", ["Who chairs the Transformation Board when the Chair is absent?",
                                      "who runs the transformation board if helen marsh is away?",
                                      "Who chairs the transformation board in the chair's absence?"])
def test_who_chairs_when_the_chair_is_away_is_the_vice_chair(papers, question: str) -> None:
    """A post's holder said to be away ("when the Chair is absent") asks who stands in: the vice-chair,
    and the words saying so are how it is asked, not a topic the line must share."""
    index = papers({"members.md": MEMBERS, **OTHER_PAPERS})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Dr Rafe Quill"), reply.answer


@pytest.mark.parametrize(("question", "roles"), [
    ("who chairs the board when the chair is absent?", ["deputy", "vice chair"]),
    ("who chairs the board if the independent chair is away?", ["deputy", "vice chair"]),
    ("who chairs the board?", ["chair"]),
    ("when is the chair away next?", ["chair"]),  # when, not who stands in
])
def test_a_holder_away_asks_who_stands_in(question: str, roles: list[str]) -> None:
    from bot.answering.asked_roles import asked_roles, deputy_asked
    assert deputy_asked(asked_roles(question, True))[0] == roles

SUB_GROUPS = """
Sub-groups reporting to the Board:
- Estates Strategy Group, chaired by Tom Wren
- Digital Design Authority, chaired by Dr Rafe Quill
"""


def test_a_sub_groups_chair_reads_as_its_chair(papers) -> None:
    """"- Estates Strategy Group, chaired by Tom Wren": he chairs that group, and the answer says so
    rather than the sentence cut before his name."""
    index = papers({"members.md": MEMBERS + SUB_GROUPS, **OTHER_PAPERS})
    reply = answer("Who chairs the Estates Strategy Group?", index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Tom Wren: Chair (Estates Strategy Group)"), reply.answer


GROUP_LINES = """Wyvern governance handbook

Each group reports to the group above it in this list.
Wyvern Partnership Board (WPB). Independent Chair: Lionel Carr. Meets bi-monthly.
UEC Delivery Group. Chair: Dr Nkechi Obiora
Planned Care and Cancer Group. Chair: Mr Stellan Rooke, Consultant Colorectal Surgeon
Mental Health Group. Chair: Dr Rhiannon Feather
Finance and Investment Group (FIG), chaired by Oonagh Tredwell, Finance Lead
"""


@pytest.mark.parametrize(("question", "chair"), [
    ("Who chairs the Planned Care and Cancer Group?", "Mr Stellan Rooke"),
    ("who chairs the mental health group?", "Dr Rhiannon Feather"),
    ("who is the independent chair of the partnership board?", "Lionel Carr"),
    ("who chairs the finance and investment group?", "Oonagh Tredwell"),
])
def test_a_bare_post_after_a_bodys_name_is_that_bodys_post(papers, question: str, chair: str) -> None:
    """"Planned Care and Cancer Group. Chair: Mr Stellan Rooke": the sentence before the label names the
    body he chairs, so he answers for it and not for the groups on the lines around it."""
    reply = answer(question, papers({"handbook.md": GROUP_LINES, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith(chair), reply.answer



@pytest.mark.parametrize(("question", "chair"), [
    ("Who chairs the Transformation Board?", "Helen Marsh"),
    ("Who chairs the Digital Design Authority?", "Dr Rafe Quill"),
    ("who chairs the estates group?", "Tom Wren"),
])
def test_a_chair_of_another_body_is_not_the_chair_asked(papers, question: str, chair: str) -> None:
    """The Board's chair is Helen Marsh; Tom Wren and Dr Rafe Quill chair groups under it: each answers
    only for the body they chair."""
    index = papers({"members.md": MEMBERS + SUB_GROUPS, **OTHER_PAPERS})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and reply.answer.startswith(chair), reply.answer


@pytest.mark.parametrize("question", ["Who stood in for Tom Wren at the March transformation board?",
                                      "who deputised for tom wren at the march board? estates update"])
def test_standing_in_for_the_chair_of_another_body_is_no_vice_chair(papers, question: str) -> None:
    """Tom Wren chairs the Estates Strategy Group, not the Board: who stood in for him at the Board is
    who deputised for him there, not the Board's vice-chair."""
    index = papers({"members.md": MEMBERS + SUB_GROUPS, **OTHER_PAPERS})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and reply.answer.startswith("Nora Kilby"), reply.answer


STATUS_SLIDES = [
    {"title": "Urgent and Emergency Care - status: Amber",
     "boxes": [(40, 120, 600, ["Lead: Karen Holt (SRO); Deputy SRO: Tariq Mahmood; clinical lead: Dr Samuel Adeyemi",
                               "Next milestone: winter plan agreed (Sep 2026)"])]},
    {"title": "Digital and Data - status: Green",
     "boxes": [(40, 120, 600, ["Lead: Alistair Crewe (SRO); programme manager: Kelly Danson; clinical lead: Dr Priya Sandhu"])]},
    {"title": "Cancer - status: Amber",
     "boxes": [(40, 120, 600, ["Lead: Dr Anjali Raghavan (SRO)",
                               "Programme Management Office: Gareth Lomax, Head of PMO, manages the programme office"])]},
    {"title": "Mental Health - status: Green",
     "boxes": [(40, 120, 600, ["Lead: Paul Dunmore (SRO); clinical lead: Dr Nadia Kowalczyk",
                               "Next milestone: crisis cafe open (Jun 2026)"])]},
]

MINUTES = """Programme Board minutes, 12 March 2026

Present: Karen Holt (Chair); Norah Kilbride, Head of Estates Strategy (deputising for Paul Dunmore).
"""


@pytest.fixture
def slides(tmp_path: Path, tokenizer: Tokenizer):
    """A status deck (one slide per workstream) and board minutes, with the other papers."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    deck(corpus / "status.pptx", STATUS_SLIDES)
    for name, text in {"minutes.txt": MINUTES, **OTHER_PAPERS}.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build_index([corpus], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    yield index
    index.close()


@pytest.mark.parametrize("question, person", [
    ("Who is the deputy SRO for urgent and emergency care?", "Tariq Mahmood"),
    ("Who is the clinical lead for urgent and emergency care?", "Samuel Adeyemi"),
    ("Who is the clinical lead for mental health?", "Nadia Kowalczyk"),
    ("Who is the programme manager for digital and data?", "Kelly Danson"),
])
def test_each_label_on_a_line_of_roles_names_its_own_person(slides, question: str, person: str) -> None:
    """"Lead: A (SRO); Deputy SRO: B; clinical lead: C" names three people, each in their own role."""
    reply = answer(question, slides, Tokenizer())
    assert reply.answered and reply.answer.startswith(("Dr " + person, person)), reply.answer


def test_a_deputy_sro_is_for_the_remit_of_the_sro(slides) -> None:
    """The only deputy SRO the papers name is for urgent care: none is named for mental health. Someone
    deputising for a person is that person's deputy, whatever the line says of the remit."""
    nobody = answer("Who is the deputy SRO for mental health?", slides, Tokenizer())
    assert not nobody.answered, nobody.answer
    stood_in = answer("Who deputised for Paul Dunmore at the March programme board?", slides, Tokenizer())
    assert stood_in.answered and stood_in.answer.startswith("Norah Kilbride"), stood_in.answer


def test_a_programme_manager_is_for_a_remit(slides) -> None:
    """Only digital names a programme manager: cancer's is not named, whoever runs the PMO."""
    reply = answer("Who is the programme manager for the cancer workstream?", slides, Tokenizer())
    assert not reply.answered, reply.answer


WORKSTREAM_TABLE = """Programme workstreams, leads and key milestones 2026/27

Each workstream has a senior responsible owner, usually a chief executive or director, and a clinical
lead. The elective recovery and diagnostics workstream reports on waiting list recovery each month.

No.\tWorkstream\tSenior Responsible Owner\tClinical lead\tKey milestone\tDue
1\tUrgent and Emergency Care\tKaren Holt Director of Operations, BTH\tDr Samuel Adeyemi Consultant in Emergency Medicine\tWinter plan agreed\tSep 2026
2\tElective Recovery and Diagnostics\tStephen Marwood Chief Executive, MTH\tDr Lucy Farrant Consultant Anaesthetist, MTH\tElective hub opens\tNov 2026
"""


@pytest.mark.parametrize("question, person", [
    ("Who is the Senior Responsible Owner for the Elective Recovery and Diagnostics workstream?", "Stephen Marwood"),
    ("who's SRO for urgent and emergency care?", "Karen Holt"),
    ("Who is the clinical lead for elective recovery?", "Dr Lucy Farrant"),
])
def test_a_column_named_for_a_role_holds_that_role_for_its_row(papers, question: str, person: str) -> None:
    """A name in the "Senior Responsible Owner" column is that row's SRO, though the cell runs the job
    title on after the name ("Stephen Marwood Chief Executive, MTH", a wrapped cell read as one line)."""
    reply = answer(question, papers({"board_paper.txt": WORKSTREAM_TABLE, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith(person), reply.answer


LEAVING = """Holmbridge Partnership Board: delivery update, October 2018

3. Leadership and governance
3.1 Stephen Marwood, Chief Information Officer at the General Hospital and SRO for Programme 7 (Digital & Shared Care Record), retired on 30 September 2018.
3.2 The Board is asked to note the programme SROs below.

Programme SROs
P6 Children and Maternity SRO: Dr Amara Quist (Medical Director)
P7 Digital & Shared Care Record SRO: Gareth Pell (Chief Information Officer, the Royal)
"""


def test_a_holder_the_papers_say_has_retired_holds_the_role_no_more(papers, tokenizer: Tokenizer) -> None:
    """The sentence naming the SRO says he retired: he is no answer to who the SRO is, the
    programme's line naming its SRO now is."""
    index = papers({"update.txt": LEAVING, **OTHER_PAPERS})
    reply = answer("Who is the SRO for the Digital & Shared Care Record programme?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("Gareth Pell"), reply.answer


def test_asked_who_held_the_role_before_the_holder_who_left_answers(papers, tokenizer: Tokenizer) -> None:
    index = papers({"update.txt": LEAVING, **OTHER_PAPERS})
    reply = answer("Who was the SRO for the Digital & Shared Care Record programme before October 2018?", index, tokenizer)
    assert reply.answered and reply.answer.startswith("Stephen Marwood"), reply.answer


@pytest.mark.parametrize("question", ["who's the digital SRO now that stephen marwood has retired?",
                                      "Who holds the SRO role for the Digital & Shared Care Record programme, now Stephen Marwood has left?"])
def test_the_circumstance_of_a_change_of_holder_is_not_the_remit(papers, tokenizer: Tokenizer, question: str) -> None:
    """"... now that Stephen Marwood has retired": whom the question is about, not words the
    answer's line must hold; the holder now answers."""
    index = papers({"update.txt": LEAVING, **OTHER_PAPERS})
    analysis = analyse(question, lexicon(index, tokenizer))
    assert not {"marwood", "stephen", "retir", "left"} & set(analysis.terms), analysis.terms
    reply = answer(question, index, tokenizer)
    assert reply.answered and reply.answer.startswith("Gareth Pell"), reply.answer


TRACKER_AND_NOTE = {
    "tracker.txt": "Scheme tracker, October 2017\nScheme\tTitle\tOwner\tDue\nSC2\tA&E Streaming\tBeatrice Nuttall\t4 December 2017\n"
                   "SC3\tPerinatal\tDr Ann Example\t31 March 2018\n",
    "note.txt": "Leadership group note, 14 November 2017\nSennastow A&E streaming\nBeatrice Nuttall leaves Sennastow Hospitals "
                "on 30 November 2017. Angus Merriweather, Deputy Chief Operating Officer, will take over as owner of SC2 A&E "
                "Streaming from 1 December 2017.\n",
}


@pytest.mark.parametrize(("as_of", "expected", "gone"), [(date(2018, 1, 8), "Angus Merriweather", "Beatrice"),
                                                        (date(2017, 11, 20), "Beatrice Nuttall", "Angus")])
def test_a_holder_whose_going_another_paper_dates_holds_nothing_after_it(papers, tokenizer: Tokenizer, as_of: date,
                                                                          expected: str, gone: str) -> None:
    """The tracker still names Beatrice Nuttall; a note says she leaves on 30 November 2017. Asked who
    owns it in January 2018, she is no answer; asked in November, she still is."""
    reply = answer("who owns SC2 A&E streaming now?", papers({**TRACKER_AND_NOTE, **OTHER_PAPERS}), tokenizer, as_of)
    assert reply.answered and reply.answer.startswith(expected) and not reply.answer.startswith(gone), reply.answer


PMO_EXPORT = """project id,project name,programme,sro,project lead,stage
P-0701,Shared care record,LC7,Marcus Ilesanmi,Declan Hoskins,S3
P-0702,Coastal electronic patient record,LC7,Marcus Ilesanmi,Priya Oduya,S2
"""


@pytest.mark.parametrize(("question", "expected", "not_expected"), [
    ("Who is the project lead for the coastal electronic patient record?", "Priya Oduya", "Marcus Ilesanmi"),
    ("Who is the SRO for the coastal electronic patient record?", "Marcus Ilesanmi", "Priya Oduya"),
])
def test_a_project_lead_is_a_role_of_its_own(papers, question: str, expected: str, not_expected: str) -> None:
    """A PMO export gives each project an SRO and a project lead: asked for the project lead, the
    project lead's column answers, not the SRO's (whom the project's owner record names first)."""
    index = papers({"pmo_export.csv": PMO_EXPORT, **OTHER_PAPERS})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and reply.answer.startswith(expected) and not_expected not in reply.answer.split("(")[0], reply.answer


LEADERSHIP = """Wexbury programme plan 2026/27

Strategy: Robert Ainsley, Director of Strategy, ICB
Finance: Helen Marsh, Director of Finance

4. Leadership changes
4.1 Fiona Castellan took up the post of Interim Director of Place Partnerships on 5 January 2026, covering the
vacancy while the permanent post is recruited to; she also leads the refresh of the estates strategy.
"""


@pytest.mark.parametrize(("question", "expected", "absent"), [
    ("who's the interim director for the strategy?", "Fiona Castellan", "Robert Ainsley"),
    ("Who is the acting director leading the strategy refresh?", "Fiona Castellan", "Robert Ainsley"),
])
def test_a_role_held_for_a_while_is_answered_by_someone_said_to_hold_it_so(papers, question: str, expected: str, absent: str) -> None:
    """"Interim", "acting": the question's point; a permanent director of the same words is no answer."""
    index = papers({"plan.txt": LEADERSHIP, **OTHER_PAPERS})
    reply = answer(question, index, Tokenizer())
    assert reply.answered and expected in reply.answer and absent not in reply.answer, reply.answer


LEADS = """Programme leads 2026/27

The programme board agreed the following leads for the year.
Digital: Jane Example, Chief Digital Officer, leads on the shared care record and digital inclusion.
Workforce: Omar Sample, Director of People, leads on recruitment and retention.
"""


@pytest.mark.parametrize(("question", "remit"), [
    ("Who leads on digital inclusion?", {"digit", "inclus"}),
    ("Who is in charge of the care record?", {"care", "record"}),
    ("Who is the head of workforce?", {"workforc"}),
    ("Which doctor is the professional lead on the cancer programme?", {"cancer"}),  # "professional": how it is held
    ("Who is the vice chair of the transformation board?", set()),  # a chair of a body: the body, not a remit
    ("Who is the lead for the Wyvern partnership?", set()),  # a whole organisation: where, not what for
    ("Who leads on estates for the Wyvern partnership?", {"estat"}),
    ("Who is in charge of setting up the estates hub?", {"estat", "hub"}),  # the verb: what is done, not the remit
])
def test_a_leads_remit_follows_on_of_and_for(papers, tokenizer: Tokenizer, question: str, remit: set[str]) -> None:
    index = papers({"leads.txt": LEADS, **OTHER_PAPERS})
    assert set(analyse(question, lexicon(index, tokenizer)).remit) == remit


@pytest.mark.parametrize("question", ["Who leads on staff wellbeing?", "Who is in charge of digital estates?",
                                      "Who is the lead for primary care recruitment?"])
def test_a_lead_for_another_remit_is_no_answer(papers, tokenizer: Tokenizer, question: str) -> None:
    """The papers name leads for digital and for workforce only: a lead holds the role for what their
    line says, so neither answers for wellbeing, estates or primary care."""
    index = papers({"leads.txt": LEADS, **OTHER_PAPERS})
    nobody = answer(question, index, tokenizer)
    assert not nobody.answered, nobody.answer
    digital = answer("Who leads on digital inclusion?", index, tokenizer)
    assert digital.answered and digital.answer.startswith("Jane Example"), digital.answer


def test_a_plan_areas_name_is_no_person_whatever_a_record_says() -> None:
    """"Fylde Coast" is a plan area's name: never a person's, even where a table's first cell was read
    as someone's (the records' names are known people otherwise)."""
    words = PaperWords(set(), set(), known={"fylde coast", "mark spencer"}, places={"fylde coast", "lancashire"})
    assert person_name("Fylde Coast", words) is None
    assert person_name("Mark Spencer", words) == "Mark Spencer"


def test_a_plan_areas_whole_name_is_a_place_of_the_lexicon(papers, tokenizer: Tokenizer) -> None:
    """A word of it may be written in lower case somewhere ("wyvern.nhs.uk"); the name whole is a place."""
    ldp = ("Wyvern Coast Local Delivery Plan\n\nContact enquiries@wyvern.nhs.uk.\n\n"
           "Wyvern Coast\tDr Jo Other (SRO)\tEstates\n")
    index = papers({"ldp.txt": ldp, **OTHER_PAPERS})
    common = lexicon(index, tokenizer).common
    assert "wyvern coast" in common.places and person_name("Wyvern Coast", common) is None


def test_a_post_named_in_a_when_question_is_its_subject_not_the_answer(papers) -> None:
    """"When does the action on the interim SRO go for ratification?" asks a date: the line giving it need
    not name the post, as the answer to "who is the interim SRO?" must; it is not ruled out for that."""
    from bot.answering.pipeline import context_for, ranked_candidates
    from bot.answering.scorer import load_scorer
    from bot.textnorm import Tokenizer
    from tests.conftest import OTHER_PAPERS

    record = ("Record of Chair's Action CA/2017/02\n"
              "2. Decision. Ann Lee, Deputy Chief Operating Officer, is appointed interim SRO for scheme 3 with effect from 1 April 2017.\n"
              "5. Ratification. This action will be reported for ratification to the Partnership Board on 25 May 2017.\n")
    index = papers({"ca.txt": record, **OTHER_PAPERS})
    ctx = context_for("when does the chairs action on the interim SRO go to the board for ratification?", index, Tokenizer(), None, 1000, None)
    found = ranked_candidates(ctx, load_scorer())
    assert any(c.eligible and c.answer.startswith("25 May 2017") for c in found)


@pytest.mark.parametrize(("question", "roles"), [
    ("who is in overall charge of estates?", ["sro"]),
    ("who is in charge of estates?", ["lead"]),
])
def test_in_overall_charge_is_the_senior_responsible_post(question: str, roles: list[str]) -> None:
    from bot.answering.asked_roles import asked_roles
    assert asked_roles(question, True) == roles


ATTENDANCE = """Wexbury Programme Delivery Board
Note of the meeting held on Wednesday 15 March 2017

Present: Dame Philippa Stone (Chair), Rosa Achter, Imogen Varley, Owain Treloar (for Margery Olufemi), Austin Mabb
Apologies: Margery Olufemi, Gavin Leather

Actions
A1 Update the tracker for the urgent treatment centre - Kieran Bastow - 24/03/2017
Kieran Bastow, Head of Urgent Care Performance, is scheme owner of the GP streaming audit reported to the Delivery Board.
"""


@pytest.mark.parametrize("question", ["who's margery's deputy for the delivery board? she sent apologies",
                                      "Who attends the Delivery Board for Margery Olufemi when she cannot?"])
def test_a_named_persons_deputy_is_on_a_line_naming_them(papers, question: str) -> None:
    """Whoever stands in for Margery is written beside her name ("Owain Treloar (for Margery Olufemi)"): a scheme
    owner whose line names neither is no answer."""
    reply = answer(question, papers({"note.txt": ATTENDANCE, **OTHER_PAPERS}), Tokenizer())
    assert reply.answered and reply.answer.startswith("Owain Treloar"), reply.answer


def _asked_for_deputy_of(*named: str):
    from types import SimpleNamespace
    return SimpleNamespace(analysis=SimpleNamespace(roles=["deputy"], named=frozenset(named)))


@pytest.mark.parametrize(("answer_text", "misses"), [
    ('Kieran Bastow: scheme owner of "GP streaming audit reported to the Delivery Board".', True),
    ("Dame Philippa Stone (Chair), Rosa Achter, Owain Treloar (for Margery Olufemi), Austin Mabb", False),
    ("Selina March, Director of Commissioning, is the nominated deputy for Margery Olufemi.", False),
])
def test_a_deputy_of_a_named_person_is_on_a_line_naming_them(answer_text: str, misses: bool) -> None:
    from bot.answering.candidates import Candidate
    from bot.answering.eligibility import misses_deputised
    candidate = Candidate(source="sentence", main=answer_text, context="", area=None, answer=answer_text, citations=[])
    assert misses_deputised(candidate, _asked_for_deputy_of("olufemi")) is misses


@pytest.mark.parametrize(("answer_text", "lead"), [
    ("Dame Philippa Stone (Chair), Rosa Achter, Owain Treloar (for Margery Olufemi), Austin Mabb", "Owain Treloar (for Margery Olufemi): "),
    ("Nora Kilby, Head of Estates Strategy (deputising for Margery Olufemi).", "Nora Kilby"),  # a title's words are no name
])
def test_an_attendance_line_leads_with_who_came_for_the_person(answer_text: str, lead: str) -> None:
    from bot.answering.candidates import Candidate
    from bot.answering.eligibility import stood_in_first
    candidate = Candidate(source="row", main=answer_text, context="", area=None, answer=answer_text, citations=[])
    stood_in_first(candidate, _asked_for_deputy_of("olufemi"))
    assert candidate.answer.startswith(lead), candidate.answer
