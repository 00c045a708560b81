"""A slide or form names each post's holder by initials under a label ("SRO: TGA     Evaluation lead: MT")
and spells the initials out once, in a key of its own (a Contacts slide: "TGA | Tamsin Greaves-Adeyemi |
Chief Executive"). "Who is the SRO for Minds Matter?" is answered from the programme's slide with the name
the key gives, as a people record would be: a double-barrelled surname may give one initial or two."""

import pytest

from tests.office_files import deck


def _logic_models(path):
    slides = []
    for title, sro, lead, outcome in [("Logic model 1 of 3: PH Healthier Lives (prevention)", "HQ", "GL", "Smoking prevalence down to 14%"),
                                      ("Logic model 2 of 3: MH Minds Matter (mental health)", "TGA", "MT", "Eight-bed crisis house open"),
                                      ("Logic model 3 of 3: PC Planned Care", "OPV", "PR", "MSK triage live in all practices")]:
        slides.append({"title": title, "boxes": [(30, 120, 300, ["Inputs", "Activities", "Outputs"]),
                                                 (360, 120, 300, [outcome]),
                                                 (30, 400, 600, [f"SRO: {sro}     Evaluation lead: {lead}"])]})
    slides.append({"title": "Contacts", "table": (30, 120, [["Initials", "Name", "Role"],
                                                           ["HQ", "Dr Harriet Quennell", "Director of Public Health, Brenthurst City Council"],
                                                           ["TGA", "Tamsin Greaves-Adeyemi", "Chief Executive, Greyfriars Partnership NHS FT"],
                                                           ["OPV", "Owain Pritchard-Voss", "Accountable Officer, Callowmere CCG"],
                                                           ["GL", "Dr Greta Lindqvist", "Evaluation lead, WHEEU"],
                                                           ["MT", "Marcus Thorne", "Evaluation analyst, WHEEU"],
                                                           ["PR", "Priya Rahman", "Evaluation analyst, WHEEU"]])})
    return deck(path, slides)


@pytest.mark.parametrize("name, code, matches", [
    ("Tamsin Greaves-Adeyemi", "TGA", True), ("Tamsin Greaves-Adeyemi", "TG", True), ("Dr Harriet Quennell", "HQ", True),
    ("Tamsin Greaves-Adeyemi", "TA", False),
    # keys write a surname's parts or its prefix: "IB-P", "SOR" (O'Rourke), "FMcC", "EMc", "LdV", "KD'S"
    ("Dr Imogen Blackwood-Price", "IB-P", True), ("Sean O'Rourke", "SOR", True), ("Fiona McCreadie", "FMcC", True),
    ("Ms Eilidh McAllister", "EMc", True), ("Miss Louisa de Vries", "LdV", True), ("Dr Kieran D'Souza", "KD'S", True),
    ("Dr Alastair Kinnear", "AKR", False), ("Sean O'Rourke", "SR-O", False),
    # two people with the same initials told apart by a surname's first two letters: "JB" and "JBr"
    ("Jonah Brereton", "JBr", True), ("Jacqueline Barrowclough", "JBr", False), ("Jacqueline Barrowclough", "JB", True),
    ("Jonah Brereton", "JBR", False),
])
def test_a_double_barrelled_surname_gives_one_initial_or_two(name: str, code: str, matches: bool) -> None:
    from bot.answering.candidates.initials import initials_match

    assert initials_match(name, code) is matches


@pytest.mark.parametrize("question, person", [
    ("Who is the SRO for Minds Matter?", "Tamsin Greaves-Adeyemi"),
    ("Who is the SRO for Planned Care?", "Owain Pritchard-Voss"),
])
def test_initials_under_a_role_label_are_answered_by_the_papers_key(tmp_path, ask_folder, question: str, person: str) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    _logic_models(folder / "logic_models.pptx")
    (folder / "board.txt").write_text("Partnership Board\nThe board meets monthly and oversees each programme of the plan.\n", encoding="utf-8")
    reply = ask_folder(folder, question)
    assert reply.answered and reply.answer.startswith(person), reply.answer


TRACKER_KEYED = ("MH5YFV delivery tracker\n\nRef\tArea\tMilestone\tLead\tPlanned date\n"
                 "MH01\tIAPT\tLong-term conditions IAPT service live in Maddersley\tSOR\t1 April 2017\n"
                 "MH04\tPerinatal\tSpecialist community perinatal team live\tIB-P\tOct-17\n\n"
                 "Key to initials\nInitials\tName\tRole\n"
                 "SOR\tSean O'Rourke\tIAPT Service Manager\nIB-P\tDr Imogen Blackwood-Price\tConsultant Perinatal Psychiatrist\n")


@pytest.mark.parametrize("question, person", [
    ("Who leads the long-term conditions IAPT service milestone?", "Sean O'Rourke"),
    ("Who is the lead for the specialist community perinatal team?", "Dr Imogen Blackwood-Price"),
])
def test_initials_with_a_surnames_parts_are_answered_by_the_key(papers, question: str, person: str) -> None:
    from bot.answering.pipeline import answer
    from bot.textnorm import Tokenizer

    reply = answer(question, papers({"tracker.txt": TRACKER_KEYED}), Tokenizer())
    assert reply.answered and reply.answer.startswith(person), reply.answer


def test_a_long_name_is_matched_word_by_word() -> None:
    """Each word's readings are tried in turn, never every combination at once: a line read as a name of
    thirty hyphenated words is checked as quickly as a short one."""
    from bot.answering.candidates.initials import initials_match

    assert initials_match("Dr " + "Ab-Cd " * 30 + "Ef", "AB-C") is False
    assert initials_match("Ann " + "Bee-Cee " * 30 + "Dee", "A" + "B" * 30 + "D") is True
