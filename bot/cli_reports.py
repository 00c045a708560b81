"""CLI commands that make a report or a picture from what the bot keeps: `planbot feedback` (what staff
said about answers in Discord) and `planbot timeline` (the milestones by NHS quarter as a PNG)."""

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bot.config import Settings
from bot.errors import PlanbotError

Parser = argparse.ArgumentParser


def as_date(value: str) -> date:
    """An argparse type: YYYY-MM-DD, or a one-line error saying so."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date; use YYYY-MM-DD, e.g. 2017-01-15") from None


def add_report_commands(sub: "argparse._SubParsersAction[Parser]", with_index: Callable[[Parser], Parser]) -> None:
    fb = sub.add_parser("feedback", help="what staff said about answers in Discord")
    fb_sub = fb.add_subparsers(dest="feedback_command", required=True)
    export = with_index(fb_sub.add_parser("export", help="answers marked wrong, as QA items to complete and add to the question bank"))
    export.add_argument("--format", choices=["qa"], default="qa", help="qa: the ../shared/eval JSON-lines format")
    export.add_argument("--output", "-o", type=Path, help="write to this file (default: standard output)")
    with_index(fb_sub.add_parser("report", help="helpful and wrong answers per week"))

    tl = with_index(sub.add_parser("timeline", help="the milestones by NHS quarter as a PNG picture"))
    tl.add_argument("--out", "-o", type=Path, required=True, help="the PNG file to write")
    tl.add_argument("--area", help="plan area, e.g. Fylde, 'Central Lancs' (default: all)")
    tl.add_argument("--from", dest="date_from", help="from this date or period ('2016-10-01', 'Qtr 3 2016/17'; default: the first milestone)")
    tl.add_argument("--to", dest="date_to", help="to this date or period ('2017-09-30', '2017/18'; default: the last milestone)")
    tl.add_argument("--as-of", type=as_date, help="today's date, marked on the picture (YYYY-MM-DD)")


def _index_dir(args: argparse.Namespace, settings: Settings) -> Path:
    return getattr(args, "index", None) or settings.planbot_index


def cmd_feedback(args: argparse.Namespace, settings: Settings) -> int:
    """Read the bot's state database (never creating one): a report, or the wrong answers as QA lines."""
    from bot.feedback import qa_lines, weekly_counts
    from bot.state import StateStore

    path = settings.state_db or _index_dir(args, settings) / "state.db"
    if not path.exists():
        raise PlanbotError(f"No bot state at {path}: feedback is collected by the Discord bot (`planbot run`).")
    state = StateStore(path)
    try:
        rows = state.feedback()
    finally:
        state.close()
    if args.feedback_command == "report":
        weeks = weekly_counts(rows)
        print("\n".join(f"{w.week}: {w.helpful} helpful, {w.wrong} wrong" for w in weeks) or "No feedback yet.")
        return 0
    lines = qa_lines(rows)
    text = "".join(line + "\n" for line in lines)
    if args.output:
        _write(args.output, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    print(f"{len(lines)} wrong answers exported; fill in each item's answer_any before adding it to the question bank.",
          file=sys.stderr)
    return 0


def today(settings: Settings) -> date:
    """Today in PLANBOT_TIMEZONE."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo(settings.timezone)).date()


def cmd_timeline(args: argparse.Namespace, settings: Settings) -> int:
    from bot.digests.timeline_png import render_png
    from bot.service import Planbot

    if args.out.suffix.lower() != ".png":
        raise PlanbotError(f"--out {args.out} should name a .png file.")
    timeline = Planbot(_index_dir(args, settings)).timeline(args.area, args.date_from, args.date_to,
                                                            args.as_of or today(settings))
    _write(args.out, render_png(timeline))
    print(f"Wrote {timeline.title()}: {len(timeline.rows)} initiatives, {timeline.milestones} milestones, to {args.out}",
          file=sys.stderr)
    return 0


def _write(path: Path, data: bytes) -> None:
    """Whole or not at all: written beside the target, then renamed over it."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
