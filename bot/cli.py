"""The command-line edge: parses arguments, builds settings and index, prints results. No business logic."""

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from bot import __version__
from bot.answering.pipeline import answer
from bot.answering.warmup import prepare
from bot.cli_reports import add_report_commands, as_date as _date, cmd_feedback, cmd_timeline, today
from bot.config import Settings, load_settings
from bot.errors import ConfigError, PlanbotError, QuestionError
from bot.index.engines import AUTO, ENGINES, TANTIVY_FROM_PASSAGES
from bot.index.indexer import Progress, build_index
from bot.logs import configure_logging
from bot.records.glossary import find_glossary
from bot.models import Reply
from bot.index.changes import changes_between, changes_text
from bot.render import reply_text, report_text
from bot.index.store import PlanIndex
from bot.index.versions import live_version
from bot.cli_admin import (
    cmd_changes, cmd_check, cmd_rollback, cmd_state, cmd_versions, damage_behind, index_dir, state_path,
)
from bot.textnorm import Tokenizer

log = logging.getLogger("planbot")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="planbot",
        description="Cited answers from NHS STP papers. With no command: the Discord bot when DISCORD_TOKEN is set, "
        "else a terminal chat over the bundled corpus.",
    )
    parser.add_argument("--version", action="version", version=f"planbot {__version__}")
    sub = parser.add_subparsers(dest="command")

    def with_index(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--index", type=Path, help="index folder (default: $PLANBOT_INDEX, else ./index)")
        return p

    ingest = with_index(sub.add_parser("ingest", help="read documents and build a new index version"))
    ingest.add_argument("paths", nargs="*", type=Path, help="files or folders (default: corpus/)")
    ingest.add_argument("--json", action="store_true", help="print the report as JSON")
    ingest.add_argument("--full", action="store_true",
                        help="read every file again, even those unchanged since the live version (by SHA-256)")
    ingest.add_argument("--engine", choices=[*ENGINES, AUTO], default=AUTO,
                        help=f"what holds the passages (default auto: builtin below {TANTIVY_FROM_PASSAGES:,} passages, tantivy from there)")

    ask = with_index(sub.add_parser("ask", help="answer one question, or one per line from standard input"))
    ask.add_argument("question", nargs="?", help="the question; omit to read questions from standard input")
    ask.add_argument("--as-of", type=_date, help="today's date for 'this month', 'overdue' (YYYY-MM-DD)")
    ask.add_argument("--json", action="store_true", help="one JSON object per question, one per line")

    chat = with_index(sub.add_parser("chat", help="interactive terminal chat (builds the index on first run)"))
    chat.add_argument("--as-of", type=_date, help="today's date for relative dates (YYYY-MM-DD)")

    ev = with_index(sub.add_parser("eval", help="score a QA file (../shared/eval format): accuracy per kind and the wrong items"))
    ev.add_argument("qa_file", type=Path)
    ev.add_argument("--min-correct", type=float, default=0.0, help="exit 1 when accuracy is below this fraction")

    for name, text in (("owners", "initiatives and their scheme owners, and people named in the papers"),
                       ("milestones", "milestones with their due wording and normalised period"),
                       ("mustdos", "which priorities cover each national must-do")):
        p = with_index(sub.add_parser(name, help=text))
        p.add_argument("--area", help="plan area, e.g. Fylde, 'Central Lancs', Bay, Pennine, 'West Lancs'")
        p.add_argument("--json", action="store_true", help="one JSON object per line")
        if name == "milestones":
            p.add_argument("--from", dest="date_from", type=_date, help="due on or after (YYYY-MM-DD)")
            p.add_argument("--to", dest="date_to", type=_date, help="due on or before (YYYY-MM-DD)")

    dg = with_index(sub.add_parser("digest", help="the weekly milestone digest a channel would get"))
    dg.add_argument("--as-of", type=_date, help="the digest's date (YYYY-MM-DD; default: today in PLANBOT_TIMEZONE)")
    dg.add_argument("--days", type=int, help="'due' window in days (default: PLANBOT_DIGEST_DAYS, 7)")
    dg.add_argument("--weeks", type=int, help="'coming up' weeks after that (default: PLANBOT_DIGEST_WEEKS, 4)")
    dg.add_argument("--passed-days", type=int, help="'recently passed' look-back in days (default: PLANBOT_DIGEST_PASSED_DAYS, 14)")
    dg.add_argument("--area", help="plan area, e.g. Fylde, 'Central Lancs'")
    dg.add_argument("--json", action="store_true", help="one JSON object; each item carries 'due' and 'citation'")

    ics = with_index(sub.add_parser("ics", help="milestones as an iCalendar file to import or subscribe to"))
    ics.add_argument("--area", help="plan area, e.g. Fylde, 'Central Lancs'")
    ics.add_argument("--output", "-o", type=Path, help="write to this file (default: standard output)")

    with_index(sub.add_parser("versions", help="index versions kept: when, who, files (the live one marked)"))
    with_index(sub.add_parser("check", help="check every kept index version (file hashes, SQLite integrity): one line each"))
    rb = with_index(sub.add_parser("rollback", help="make an older index version live again (default: the previous one)"))
    rb.add_argument("version", nargs="?", help="version id from `planbot versions`")
    ch = with_index(sub.add_parser("changes", help="what changed between two index versions (default: previous -> live)"))
    ch.add_argument("--from", dest="from_version", help="older version (default: the one the --to version replaced)")
    ch.add_argument("--to", dest="to_version", help="newer version (default: the live one)")
    ch.add_argument("--json", action="store_true", help='one JSON object with "added", "removed" and "changed" lists')

    add_report_commands(sub, with_index)

    with_index(sub.add_parser("run", help="run the Discord bot (DISCORD_TOKEN from the environment or .env)"))
    state = sub.add_parser("state", help="the bot's own state database (subscriptions, posted digests, answers)")
    state_sub = state.add_subparsers(dest="state_command", required=True)
    backup = with_index(state_sub.add_parser("backup", help="copy the state database to FILE (safe while the bot runs)"))
    backup.add_argument("file", type=Path, help="where to write the copy")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
        configure_logging(settings.log_level)
        if args.command is None:  # the main job: the bot with a token, else the terminal chat
            args = parser.parse_args(["run" if settings.discord_token else "chat"])
            args.build_missing = True
        command = args.command
        handler = {"ingest": cmd_ingest, "ask": cmd_ask, "chat": cmd_chat, "run": cmd_run, "eval": cmd_eval,
                   "owners": cmd_records, "milestones": cmd_records, "mustdos": cmd_records,
                   "digest": cmd_digest, "ics": cmd_ics, "versions": cmd_versions, "rollback": cmd_rollback,
                   "changes": cmd_changes, "check": cmd_check, "state": cmd_state, "feedback": cmd_feedback,
                   "timeline": cmd_timeline}[command]
        return handler(args, settings)
    except PlanbotError as exc:
        print(f"planbot: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stops the interpreter complaining at exit
        return 0
    except Exception:
        damage = damage_behind(args, settings)
        if damage is not None:  # not a bug: the files are damaged, and the sentence says what to run
            log.debug("reading the index failed", exc_info=True)
            print(f"planbot: {damage.message}", file=sys.stderr)
            return 2
        log.exception("unexpected error")
        print("planbot: something went wrong inside planbot; the log above has the details.", file=sys.stderr)
        return 1


def _within(path: Path, folder: Path) -> bool:
    """A path inside the corpus folder (a drafts subfolder, one paper): the corpus's glossary is for its
    papers. Another ICS's folder is read with its own glossary or none: the bundled papers' area names
    ("Bay Health & Care Partners", alias "Bay") would otherwise be found in its text ("Pellow Bay")."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    paths = args.paths or [settings.planbot_corpus]
    progress = None if args.json else progress_bar()
    folder = index_dir(args, settings)
    glossary = find_glossary(paths, fallback=settings.planbot_corpus if all(_within(p, settings.planbot_corpus) for p in paths) else None)
    report = build_index(paths, folder, Tokenizer(), settings.max_file_bytes, settings.keep_versions, progress, glossary=glossary,
                         engine=args.engine, full=args.full)
    changes = changes_between(folder, report.previous, report.version) if report.previous else None
    if args.json:
        data = report.model_dump()
        data.update(documents=report.documents, passages=report.passages, reused=report.reused, read=report.read, records=report.records(),
                    changes=changes.model_dump() if changes else None)
        print(json.dumps(data))
    else:
        print(report_text(report))
        print(changes_text(changes) if changes else "First version: nothing to compare with.")
    return 0


def _questions(stream: TextIO) -> Iterator[tuple[str, date | None]]:
    """Questions from standard input: plain lines, or JSON objects with "question" and "as_of"."""
    for raw in stream:
        line = raw.strip()
        if not line:
            continue
        if line.startswith("{"):
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                yield line, None
                continue
            as_of = item.get("as_of")
            try:
                yield str(item.get("question") or ""), date.fromisoformat(as_of) if as_of else None
            except ValueError:
                yield str(item.get("question") or ""), None
        else:
            yield line, None


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    index = open_index(args, settings)
    tokenizer = Tokenizer()
    if args.question is not None:
        reply = answer(args.question, index, tokenizer, args.as_of, settings.max_question_chars)
        print(json.dumps(reply.model_dump()) if args.json else reply_text(reply))
        return 0
    failures = 0
    for text, as_of in _questions(sys.stdin):
        try:
            reply = answer(text, index, tokenizer, as_of or args.as_of, settings.max_question_chars)
        except QuestionError as exc:
            failures += 1
            reply = Reply(question=text[:200], kind="invalid", answered=False, answer=exc.message)
        print(json.dumps(reply.model_dump()) if args.json else reply_text(reply) + "\n", flush=True)
    return 0 if not failures else 2


def ensure_index(folder: Path, settings: Settings) -> None:
    """First use of the default index (the chat, ask, the data commands): build it from the bundled corpus."""
    if live_version(folder) is None:
        print(f"No index yet: building it from {settings.planbot_corpus} (first run only)...", file=sys.stderr)
        glossary = find_glossary([settings.planbot_corpus])
        report = build_index([settings.planbot_corpus], folder, Tokenizer(), settings.max_file_bytes, settings.keep_versions,
                             progress_bar(), glossary=glossary)
        print(f"Built it: {report.documents} documents, {report.passages} passages.", file=sys.stderr)


def open_index(args: argparse.Namespace, settings: Settings) -> PlanIndex:
    """The live index; the default one is built on first use, one named with --index must exist."""
    folder = index_dir(args, settings)
    if getattr(args, "index", None) is None:
        ensure_index(folder, settings)
    return PlanIndex.open(folder)


def progress_bar() -> Progress | None:
    """A progress bar on a terminal (tqdm, to standard error); plain lines when output is captured."""
    if not sys.stderr.isatty():
        return lambda message: print(message, file=sys.stderr)
    from tqdm import tqdm

    bar = tqdm(total=None, unit=" file", file=sys.stderr, leave=False)

    def step(message: str) -> None:
        bar.set_description_str(message[:70])
        bar.update(1 if message.startswith("[") else 0)

    return step


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    folder = index_dir(args, settings)
    ensure_index(folder, settings)
    index = PlanIndex.open(folder)
    tokenizer = Tokenizer()
    prepare(index, tokenizer)
    print("planbot: ask about the STP papers (owners, milestones, must-dos, anything else). Ctrl-D or 'quit' to leave.")
    while True:
        try:
            text = input("you> ")
        except EOFError:
            print()
            return 0
        if text.strip().lower() in {"quit", "exit", ":q"}:
            return 0
        if not text.strip():
            continue
        try:
            print(reply_text(answer(text, index, tokenizer, args.as_of, settings.max_question_chars)))
        except QuestionError as exc:
            print(exc.message)


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """The Discord bot. Checks everything it can before logging in, so a bad start fails in one sentence."""
    if not settings.discord_token:
        raise ConfigError("DISCORD_TOKEN is not set: put it in the environment or .env (see .env.example), "
                          "or run `planbot chat` for the terminal chat.")
    import asyncio

    from bot.discord_app.client import run_bot
    from bot.service import Planbot
    from bot.state import StateStore

    folder = index_dir(args, settings)
    if getattr(args, "build_missing", False):
        ensure_index(folder, settings)
    service = Planbot(folder, Tokenizer(), settings.max_question_chars)
    service.prepare()  # fails fast: "No index at ...: run `planbot ingest` first."
    state = StateStore(state_path(args, settings), degrade=True, notices=service.notices)
    if state.problem:  # answer anyway: digests pause, and the first admin to run a command is told
        log.error("%s", state.problem)
    try:
        asyncio.run(run_bot(settings, service, state))
    finally:
        state.close()
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from bot.evaluate import evaluate, load_items

    index = PlanIndex.open(index_dir(args, settings))
    tokenizer = Tokenizer()
    items = load_items(args.qa_file)
    result = evaluate(items, lambda q, as_of: answer(q, index, tokenizer, as_of, settings.max_question_chars))
    for item, reply in result.wrong:
        got = reply["answer"][:160].replace("\n", " ")
        print(f"WRONG {item.get('id', '?')} [{item.get('kind')}] {item['question']}\n      -> answered={reply['answered']}: {got}")
    for line in result.breakdown():
        print(line)
    print(result.summary())
    return 0 if result.accuracy >= args.min_correct else 1


def cmd_records(args: argparse.Namespace, settings: Settings) -> int:
    from bot.listing import list_records

    index = open_index(args, settings)
    rows, lines = list_records(index, args.command, args.area, getattr(args, "date_from", None), getattr(args, "date_to", None))
    if args.json:
        for row in rows:
            print(json.dumps(row))
    else:
        print("\n".join(lines) if lines else "Nothing recorded for that selection.")
    return 0


def _window_arg(value: int | None, default: int, name: str, low: int, high: int) -> int:
    chosen = default if value is None else value
    if not low <= chosen <= high:
        raise PlanbotError(f"--{name} must be between {low} and {high}; got {chosen}.")
    return chosen


def cmd_digest(args: argparse.Namespace, settings: Settings) -> int:
    from bot.digests.digest import build_digest, digest_text

    days = _window_arg(args.days, settings.digest_days, "days", 1, 31)
    weeks = _window_arg(args.weeks, settings.digest_weeks, "weeks", 0, 26)
    passed = _window_arg(args.passed_days, settings.digest_passed_days, "passed-days", 0, 365)
    index = open_index(args, settings)
    digest = build_digest(index, args.as_of or today(settings), days, weeks, passed, args.area, Tokenizer())
    print(json.dumps(digest.as_json()) if args.json else digest_text(digest))
    return 0


def cmd_ics(args: argparse.Namespace, settings: Settings) -> int:
    from bot.digests.ics import milestones_ics

    text = milestones_ics(open_index(args, settings), args.area)
    if args.output:
        tmp = args.output.with_name(args.output.name + ".tmp")
        tmp.write_text(text, encoding="utf-8", newline="")
        tmp.replace(args.output)
        print(f"Wrote {text.count('BEGIN:VEVENT')} milestones to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
