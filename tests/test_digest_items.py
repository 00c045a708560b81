"""Readable digests and milestone lists: one item per milestone, owners as people, work programme codes
by the names the plan gives them, a year-only date apart from "this week", grouped by initiative."""

from datetime import date
from pathlib import Path

import pytest

from bot.digests.digest import build_digest, digest_sources, digest_text
from bot.digests.items import group_items
from bot.discord_app.plan_embeds import digest_embeds, field_embeds, group_fields
from bot.index.indexer import build_index
from bot.index.store import PlanIndex
from bot.listing import milestone_rows
from bot.records.items import split_items
from bot.records.owners import owner_label
from tests.test_discord_messages import within_limits


@pytest.mark.parametrize(
    ("cell", "items"),
    [
        ("ICC Development Plans implemented & evaluated (SC) ICC risk strategy, care plans & case management embedded (SC) "
         "Integrated Care Coordination implemented (SC) Fall Pilot evaluated Take Home & Settle service implemented",
         ["ICC Development Plans implemented & evaluated (SC)", "ICC risk strategy, care plans & case management embedded (SC)",
          "Integrated Care Coordination implemented (SC)", "Fall Pilot evaluated", "Take Home & Settle service implemented"]),
        ("Maternity Pathway Implementation Plan Midwife Case Loading Project PDSA Test Cycle complete",
         ["Maternity Pathway Implementation Plan", "Midwife Case Loading Project PDSA Test Cycle complete"]),
        ("ICNT model evaluated & Implementation Plan 17/18, Children O/P Clinics in Community Evaluation & Plan 17/18, "
         "Sick Child pathways evaluation & plan for 17/18",
         ["ICNT model evaluated & Implementation Plan 17/18", "Children O/P Clinics in Community Evaluation & Plan 17/18",
          "Sick Child pathways evaluation & plan for 17/18"]),
        ("Community based intermediate care review Implement bed modelling Develop 10 Integrated Neighbourhoods",
         ["Community based intermediate care review", "Implement bed modelling", "Develop 10 Integrated Neighbourhoods"]),
        ("Hub sites agreed; Booking line live; Evaluation report to Board",
         ["Hub sites agreed", "Booking line live", "Evaluation report to Board"]),
        # one milestone stays one, commas and all
        ("Implementation plan for delivering a common platform for system enablers including IM&T, Workforce, Procurement",
         ["Implementation plan for delivering a common platform for system enablers including IM&T, Workforce, Procurement"]),
        ("Bay Wide Frailty Model Approved", ["Bay Wide Frailty Model Approved"]),
        ("Strategic Plan Development agreed", ["Strategic Plan Development agreed"]),
        ("Case for Change published", ["Case for Change published"]),
    ],
)
def test_a_cell_splits_into_its_milestones(cell: str, items: list[str]) -> None:
    assert split_items(cell) == items


@pytest.mark.parametrize(
    ("cell", "said"),
    [
        ("Hilary Fordham/ Anthony Gardner/ Foluke Ajayi/ Joanna Forster-Adams (ACS Exec Lead Integrated Provision) "
         "John Howarth (ACS Clinical Director Integrated Provision)", "Hilary Fordham, Anthony Gardner and 3 more"),
        ("Aaron Cummins/ Kevin Parkinson (Exec Lead for Finance)", "Aaron Cummins and Kevin Parkinson"),
        ("A One/ B Two/ C Three", "A One, B Two and C Three"),
        ("Jayne Mellor", "Jayne Mellor"),
        ("WP5", "WP5 Planned Care"),
        ("WP 7", "WP7"),  # a code the plan does not name stays a code
    ],
)
def test_owners_as_people_or_named_programmes(cell: str, said: str) -> None:
    assert owner_label(cell, {"WP5": "Planned Care"}) == said


@pytest.fixture(scope="module")
def bundled(bundled_dir: Path):
    index = PlanIndex.open(bundled_dir)
    yield index
    index.close()


def test_bay_digest_for_the_week_of_27_march_2017(bundled: PlanIndex) -> None:
    digest = build_digest(bundled, date(2017, 3, 27), days=7, weeks=4, passed_days=14, area="Bay")
    due = [i for i in digest.items if i.section == "due"]
    milestones = [i.milestone for i in due]
    assert "ICC Development Plans implemented & evaluated (SC)" in milestones and "Fall Pilot evaluated" in milestones
    assert all(len(i.milestone) < 160 for i in due)
    assert {i.owner for i in due} >= {"Hilary Fordham, Anthony Gardner and 3 more", "John Taylor"}
    assert not any("/" in i.owner or "(" in i.owner for i in digest.items)
    # "16/17" is the whole year: due by its end, listed apart, never as due this week
    [year] = [i for i in digest.items if i.due == "16/17"]
    assert year.section == "year" and year.end == date(2017, 3, 31)
    for item in digest.items:  # every split item keeps its cell's citation
        c = item.citation
        assert bundled.quote_is_on_source(c.document, c.page, c.line, c.quote)
    text = digest_text(digest)
    assert text.count("(owner: Hilary Fordham, Anthony Gardner and 3 more)") == len(
        {i.initiative for i in due if i.owner.startswith("Hilary")})  # the owner said once per initiative
    assert "Joanna Forster-Adams" not in text and "001_73bed42a91822009.txt" not in text
    assert "Annexes to Healthier Lancashire & South Cumbria" in text
    lines = text.splitlines()
    assert lines.index("Due by the end of the year (the plans give only the year):") > lines.index("Due in the next 7 days:")


def test_the_full_owner_cell_is_behind_sources(bundled: PlanIndex) -> None:
    digest = build_digest(bundled, date(2017, 3, 27), area="Bay")
    quotes = [c.quote for c in digest_sources(digest).citations]
    assert any("Joanna Forster-Adams (ACS Exec Lead Integrated Provision) John Howarth" in q for q in quotes)


def test_a_workstream_code_owner_is_named_from_the_annex(bundled: PlanIndex) -> None:
    items = milestone_rows(bundled, [r for r in bundled.table("milestones") if r.get("area") == "Fylde Coast"])
    owners = {i.owner for i in items}
    assert {"WP5 Planned Care", "WP3 Care Model Delivery", "WP9 System Design"} <= owners
    planned = next(i for i in items if i.owner.startswith("WP5"))
    assert any(c.quote.startswith("WP5") for c in planned.owner_citations)


def test_a_made_up_paper_names_its_own_codes(tmp_path: Path, tokenizer) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "plan.txt").write_text(
        "Orrinmouth Local Delivery Plan\n\nOur work programmes:\nWP1 Digital Front Door WP2 Community Hubs\nWP3\n\n"
        "Estates Rationalisation\n\n"
        "\tInitiatives which we will focus in 2016/17 - 17/18\tScheme Owner\tRisks\n"
        "1\tHub network Key milestones: Qtr 2: Hub sites agreed Booking line live Qtr 4: Evaluation report to Board\tWP2\tCost\n"
        "2\tSurplus estate disposal Key milestones: Qtr 3: Disposal plan agreed\tWP3\tMarket\n"
        "3\tOnline booking Key milestones: Qtr 3: Booking app launched\tWP7\tUptake\n", encoding="utf-8")
    build_index([corpus], tmp_path / "index", tokenizer, 10**7)
    index = PlanIndex.open(tmp_path / "index")
    try:
        items = milestone_rows(index, index.table("milestones"))
        said = {(i.milestone, i.owner) for i in items}
        assert ("Hub sites agreed", "WP2 Community Hubs") in said and ("Booking line live", "WP2 Community Hubs") in said
        assert ("Disposal plan agreed", "WP3 Estates Rationalisation") in said
        assert ("Booking app launched", "WP7") in said  # WP7 is not defined in this paper
        [hubs] = [g for g in group_items(items) if g.initiative == "Hub network"]
        assert [i.due for i in hubs.items] == ["Qtr 2", "Qtr 2", "Qtr 4"]
    finally:
        index.close()


@pytest.mark.parametrize("as_of", [date(2016, 6, 27), date(2016, 12, 26), date(2017, 3, 27)])
def test_digest_embeds_stay_within_discord_limits_and_drop_nothing(bundled: PlanIndex, as_of: date) -> None:
    digest = build_digest(bundled, as_of, days=7, weeks=8, passed_days=60)
    embeds = digest_embeds(digest)
    for embed in embeds:
        within_limits(embed)
    shown = "\n".join(f.value for e in embeds for f in e.fields)
    for item in digest.items:
        assert item.milestone[:40] in shown.replace("\\", "") or item.milestone == item.initiative


def test_a_long_group_continues_in_further_fields_and_embeds(bundled: PlanIndex) -> None:
    items = milestone_rows(bundled, bundled.table("milestones")) * 6
    groups = group_items(items)
    fields = [f for g in groups for f in group_fields(g)]
    embeds = field_embeds("All milestones", fields)
    assert len(embeds) > 1 and any("(continued)" in f.name for e in embeds for f in e.fields)
    for embed in embeds:
        within_limits(embed)
